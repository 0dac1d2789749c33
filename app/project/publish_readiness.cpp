#include "publish_readiness.h"

#include "validation/validator.h"

#include <QDir>

namespace cw::project {
namespace {
std::string inProjectFolder(const Project &project, const std::string &relative)
{
    return QDir(QString::fromStdString(project.directory))
        .filePath(QString::fromStdString(relative))
        .toStdString();
}
} // namespace

std::optional<Error> publishBlocker(const Project &project)
{
    // What the service would reject is not sent: the first error says where, and the count how
    // much is left to fix (casewright-cli validate lists them all).
    const std::vector<Finding> findings = validateSnapshot(project.workingSnapshot());
    if (findings.empty())
        return std::nullopt;
    const Finding &first = findings.front();
    Location where = locateInProject(project, first.where.pointer);
    where.file = inProjectFolder(project, where.file);
    where.entity = first.where.entity;
    return makeError("publish.invalid",
                     std::to_string(findings.size()) +
                         " error(s) must be fixed before publishing (see 'casewright-cli validate'); "
                         "the first: " +
                         first.message + " [" + first.code + "]",
                     where);
}

} // namespace cw::project
