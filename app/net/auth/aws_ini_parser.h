#pragma once
// The INI dialect of ~/.aws/config and ~/.aws/credentials, as the AWS CLI reads it (Python's
// configparser): [sections], "key = value" or "key: value", full-line '#'/';' comments, keys
// case-insensitive, and indented lines under an empty key forming a nested block:
//     [services local]
//     connectcases =
//       endpoint_url = http://127.0.0.1:4566
// Like the AWS CLI, a section or key that appears twice is an error, not silently merged.

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace cw::net {

struct IniSection {
    QString name;                                 // text between the brackets, trimmed
    int line = 0;                                 // 1-based line of the [header]
    QMap<QString, QString> values;                // lowercased key -> trimmed value
    QMap<QString, int> valueLines;                // lowercased key -> 1-based line
    QMap<QString, QMap<QString, QString>> nested; // "key =" followed by indented "k = v" lines
};

struct IniFile {
    QString path;
    bool exists = false;
    QList<IniSection> sections;

    const IniSection *find(const QString &name) const;
};

// `path` only labels errors. Errors carry code "aws.config-syntax", the file and the line.
cw::Result<IniFile> parseIni(const QByteArray &text, const QString &path);
// A missing file is an empty IniFile with exists == false; an unreadable one is an error.
cw::Result<IniFile> readIniFile(const QString &path);

} // namespace cw::net
