#pragma once
// The sample domain's ids and files the sync tests edit, its pull into a project, and the edits
// they share: a new rule attached to the customer-support template, and the knowledge-article
// rule deleted (detached from every template first), made in the files as a person would with
// an editor.

#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QString>

namespace cw::testing {

inline const QString kDomain = QStringLiteral("09360fd9-e272-549f-9122-b5c47c94cb3b");
inline const std::string kPriority = "10fd19fe-bb18-514b-978f-b601f0533303";
inline const std::string kEscalationReason = "7f00a1fc-790b-59f4-8b89-b43c8a6ab407";
inline const std::string kKnowledgeRule = "a7922b84-f7ea-5bdc-b2f7-886425e6f77b";
inline const QString kResolutionRuleFile = QStringLiteral("rules/resolution-notes-required-when-closed.json");
inline const QString kSubcategoryRuleFile = QStringLiteral("rules/subcategories-by-category.json");
inline const QString kKnowledgeRuleFile =
    QStringLiteral("rules/knowledge-article-required-for-technical-fixes.json");

// `casewright-cli pull --domain kDomain FOLDER` through `cli`: the folder, or empty (the CLI's
// output printed as a warning) when the pull failed.
inline QString pullSampleDomain(const CliRunner &cli, const QString &folder)
{
    const CliRun pulled = cli.run({QStringLiteral("pull"), QStringLiteral("--domain"), kDomain, folder});
    if (pulled.exitCode != 0)
        qWarning("%s", qPrintable(pulled.all()));
    return pulled.exitCode == 0 ? folder : QString();
}

// rules/new-rule.json ("local:new-rule"), attached to customer-support; the knowledge-article
// rule's file removed and its attachments with it. False when the rule file could not be removed.
inline bool addNewRuleAndDeleteKnowledgeRule(const QString &project)
{
    const QDir dir(project);
    writeJson(dir.filePath(QStringLiteral("rules/new-rule.json")),
              {{"name", "New rule"},
               {"description", "Escalation reason is required for urgent cases"},
               {"rule",
                {{"required",
                  {{"defaultValue", false},
                   {"conditions", Json::array({{{"equalTo",
                                                 {{"operandOne", {{"fieldId", kPriority}}},
                                                  {"operandTwo", {{"stringValue", "urgent"}}},
                                                  {"result", true}}}}})}}}}}});
    if (!QFile::remove(dir.filePath(kKnowledgeRuleFile)))
        return false;
    const QStringList templates =
        QDir(dir.filePath(QStringLiteral("templates"))).entryList({QStringLiteral("*.json")});
    for (const QString &name : templates) {
        const QString path = dir.filePath(QStringLiteral("templates/") + name);
        Json caseTemplate = readJson(path);
        Json kept = Json::array();
        for (const Json &attachment : caseTemplate.value("rules", Json::array()))
            if (attachment["caseRuleId"] != kKnowledgeRule)
                kept.push_back(attachment);
        if (name == QLatin1String("customer-support.json"))
            kept.push_back({{"caseRuleId", "local:new-rule"}, {"fieldId", kEscalationReason}});
        caseTemplate["rules"] = kept;
        writeJson(path, caseTemplate);
    }
    return true;
}

} // namespace cw::testing
