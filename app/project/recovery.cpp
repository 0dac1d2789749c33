#include "recovery.h"

#include "project_io.h"
#include "wire/wire_json.h"

#include <QDir>
#include <QFile>

namespace cw::project {
namespace {
std::string recoveryPath(const std::string &directory)
{
    return QDir(QString::fromStdString(directory))
        .filePath(QStringLiteral(".casewright/recovery.json"))
        .toStdString();
}

Result<Json> readRecovery(const std::string &directory)
{
    auto json = readJsonFile(recoveryPath(directory));
    if (!json)
        return json.error();
    for (const char *key : {"rules", "templates", "samples"})
        if (!json->contains(key) || !(*json)[key].is_object()) {
            Location where;
            where.file = recoveryPath(directory);
            where.pointer = std::string("/") + key;
            return makeError("recovery.malformed", "the recovery copy is damaged; discard it", where);
        }
    return json;
}

template <typename T> Result<T> atRecovery(Result<T> result, const std::string &directory)
{
    if (result)
        return result;
    Error error = result.error();
    error.where.file = recoveryPath(directory);
    return error;
}
} // namespace

Status writeRecovery(const Project &project, const std::string &savedAt)
{
    Json json = {{"savedAt", savedAt},
                 {"rules", Json::object()},
                 {"templates", Json::object()},
                 {"samples", Json::object()}};
    for (const RuleFile &file : project.rules)
        json["rules"][file.slug] = ruleFileJson(file.rule);
    for (const TemplateFile &file : project.templates)
        json["templates"][file.slug] = templateFileJson(file.caseTemplate);
    for (const SampleFile &file : project.samples)
        json["samples"][file.name] = wire::writeSampleCaseSet(file.cases);
    return writeFileAtomically(recoveryPath(project.directory), toJsonText(json));
}

Result<std::optional<RecoveryInfo>> findRecovery(const std::string &directory)
{
    if (!QFile::exists(QString::fromStdString(recoveryPath(directory))))
        return std::optional<RecoveryInfo>();
    auto json = readRecovery(directory);
    if (!json)
        return json.error();
    RecoveryInfo info;
    if (const auto savedAt = json->find("savedAt"); savedAt != json->end() && savedAt->is_string())
        info.savedAt = savedAt->get<std::string>();
    info.rules = (*json)["rules"].size();
    info.templates = (*json)["templates"].size();
    info.samples = (*json)["samples"].size();
    return std::optional<RecoveryInfo>(info);
}

Status applyRecovery(Project &project)
{
    auto json = readRecovery(project.directory);
    if (!json)
        return json.error();
    // Read everything first, so a damaged copy leaves the project as it was.
    std::vector<RuleFile> rules;
    std::vector<TemplateFile> templates;
    std::vector<SampleFile> samples;
    for (auto it = (*json)["rules"].begin(); it != (*json)["rules"].end(); ++it) {
        auto rule = atRecovery(wire::readCaseRule(*it, pointerJoin("/rules", it.key())), project.directory);
        if (!rule)
            return rule.error();
        rules.push_back(RuleFile{it.key(), std::move(rule).value()});
    }
    for (auto it = (*json)["templates"].begin(); it != (*json)["templates"].end(); ++it) {
        auto caseTemplate =
            atRecovery(wire::readTemplate(*it, pointerJoin("/templates", it.key())), project.directory);
        if (!caseTemplate)
            return caseTemplate.error();
        templates.push_back(TemplateFile{it.key(), std::move(caseTemplate).value()});
    }
    for (auto it = (*json)["samples"].begin(); it != (*json)["samples"].end(); ++it) {
        auto cases =
            atRecovery(wire::readSampleCaseSet(*it, pointerJoin("/samples", it.key())), project.directory);
        if (!cases)
            return cases.error();
        samples.push_back(SampleFile{it.key(), std::move(cases).value()});
    }
    project.rules = std::move(rules);
    project.templates = std::move(templates);
    project.samples = std::move(samples);
    return Ok{};
}

Status discardRecovery(const std::string &directory)
{
    QFile file(QString::fromStdString(recoveryPath(directory)));
    if (file.exists() && !file.remove()) {
        Location where;
        where.file = recoveryPath(directory);
        return makeError("file.unwritable", "cannot remove the recovery copy", where);
    }
    return Ok{};
}

std::vector<RecoveredChange> recoveredChanges(const Project &saved, const Project &restored)
{
    using Kind = RecoveredChange::Kind;
    using Entity = RecoveredChange::Entity;
    std::vector<RecoveredChange> changes;
    for (const RuleFile &file : restored.rules) {
        const RuleFile *before = saved.findRuleBySlug(file.slug);
        if (!before)
            changes.push_back({Kind::Added, Entity::Rule, file.rule.name});
        else if (!(before->rule == file.rule))
            changes.push_back({Kind::Changed, Entity::Rule, file.rule.name});
    }
    for (const RuleFile &file : saved.rules)
        if (!restored.findRuleBySlug(file.slug))
            changes.push_back({Kind::Removed, Entity::Rule, file.rule.name});
    for (const TemplateFile &file : restored.templates) {
        const TemplateFile *before = saved.findTemplateBySlug(file.slug);
        if (!before)
            changes.push_back({Kind::Added, Entity::Template, file.caseTemplate.name});
        else if (!(before->caseTemplate == file.caseTemplate))
            changes.push_back({Kind::Changed, Entity::Template, file.caseTemplate.name});
    }
    for (const TemplateFile &file : saved.templates)
        if (!restored.findTemplateBySlug(file.slug))
            changes.push_back({Kind::Removed, Entity::Template, file.caseTemplate.name});
    const auto samplesNamed = [](const Project &project, const std::string &name) -> const SampleFile * {
        for (const SampleFile &file : project.samples)
            if (file.name == name)
                return &file;
        return nullptr;
    };
    for (const SampleFile &file : restored.samples) {
        const SampleFile *before = samplesNamed(saved, file.name);
        if (!before)
            changes.push_back({Kind::Added, Entity::Samples, file.name});
        else if (wire::writeSampleCaseSet(before->cases) != wire::writeSampleCaseSet(file.cases))
            changes.push_back({Kind::Changed, Entity::Samples, file.name});
    }
    for (const SampleFile &file : saved.samples)
        if (!samplesNamed(restored, file.name))
            changes.push_back({Kind::Removed, Entity::Samples, file.name});
    return changes;
}

} // namespace cw::project
