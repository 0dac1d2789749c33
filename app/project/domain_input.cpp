#include "domain_input.h"

#include "wire/wire_json.h"

#include <QFileInfo>
#include <QString>

namespace cw::project {

Result<DomainInput> loadDomainInput(const std::string &path, BaseSnapshot base)
{
    const QFileInfo info(QString::fromStdString(path));
    if (!info.exists()) {
        Location where;
        where.file = path;
        return makeError("file.missing", "no such file or folder", where);
    }
    DomainInput input;
    if (info.isDir()) {
        auto loaded = loadProject(path, LoadMode::Strict, base);
        if (!loaded)
            return loaded.error();
        input.snapshot = loaded->project.workingSnapshot();
        input.project = std::move(loaded).value();
        return input;
    }
    auto snapshot = wire::loadSnapshotFile(path);
    if (!snapshot)
        return snapshot.error();
    input.snapshot = std::move(snapshot).value();
    return input;
}

} // namespace cw::project
