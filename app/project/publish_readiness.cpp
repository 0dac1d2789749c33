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
    // A file that cannot be read holds a rule, template or samples the plan knows nothing of:
    // publishing without it could delete its rule on the service. Nothing goes until it is fixed.
    if (!project.unreadable.empty()) {
        const UnreadableFile &first = project.unreadable.front();
        return makeError(
            "publish.unreadable-file",
            std::to_string(project.unreadable.size()) +
                " file(s) of the project cannot be read; fix them before publishing. The first, " +
                first.relative + ": " + first.error.message,
            first.error.where);
    }
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
