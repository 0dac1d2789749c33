#pragma once
// What the pull-cases tests read back: the samples file a pull wrote today, and a case's values.

#include "common/json_text.h"

#include <QDate>
#include <QDir>
#include <QString>
#include <map>
#include <string>

namespace cw::testing {

// <project>/samples/pulled-<today><suffix>.json: the file pull-cases writes (suffix "-2", ... for
// the later pulls of a day).
inline QString todaysPulledFile(const QString &project, const QString &suffix = {})
{
    return QDir(project).filePath(QStringLiteral("samples/pulled-") +
                                  QDate::currentDate().toString(Qt::ISODate) + suffix +
                                  QStringLiteral(".json"));
}

// A case's field values keyed by field id (the order of `fields` follows the request, not the case).
inline std::map<std::string, Json> valuesById(const Json &fields)
{
    std::map<std::string, Json> values;
    for (const Json &field : fields)
        values[field["id"].get<std::string>()] = field["value"];
    return values;
}

} // namespace cw::testing
