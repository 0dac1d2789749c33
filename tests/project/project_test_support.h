#pragma once
// Shared by the project-layer tests: the sample domain as a project, fingerprints of a folder
// (to prove that something wrote nothing), small rule/template builders, and failure text that
// says what differs.

#include "common/json_text.h"
#include "project/project.h"
#include "project/pull_merge.h"
#include "wire/wire_json.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <map>
#include <set>
#include <string>

namespace cw::projecttest {

// Ids of the sample domain (resources/sample/README.md).
inline const std::string kDomainId = "09360fd9-e272-549f-9122-b5c47c94cb3b";
inline const std::string kResolutionNotesRule = "f6e5c101-ac35-5737-849f-9d43f00e9135";  // required, equalTo
inline const std::string kEscalationReasonRule = "ee031235-eebe-5513-b83f-70a2654ae6b6"; // hidden, orAll
inline const std::string kRefundRequiredRule = "49dddbf0-a29b-57d3-8331-217e91c65e6a";   // required, andAll
inline const std::string kRefundShownRule = "7fa965cd-cf12-56e1-9349-3ddbaf468202";      // hidden, notEqualTo
inline const std::string kKnowledgeArticleRule = "a7922b84-f7ea-5bdc-b2f7-886425e6f77b"; // required, orAll
inline const std::string kSubcategoriesRule = "ba54fac0-be48-5e6b-b60a-a7f28f2edbc8";    // fieldOptions
inline const std::string kResponseTargetsRule = "d2913491-d98d-587a-ab8b-3d4bd17ec461";  // fieldOptions
inline const std::string kCustomerSupportTemplate = "66fb10d0-289e-58cc-94e8-03b79f8ad8b8";
inline const std::string kBillingDisputeTemplate = "b634f74e-0471-52bf-9c09-acf928781988";
inline const std::string kComplaintTemplate = "6fc5760c-e3ce-5f3e-bc08-31dd6fb0d8a6";
inline const std::string kStatusField = "status";
inline const std::string kTitleField = "title";
inline const std::string kCategoryField = "494a2506-681f-5d8b-9091-d436305b9d66";
inline const std::string kResolutionNotesField = "5bc86f00-ef3e-543d-a5c9-6dcb7c519552";
inline const std::string kPulledAt = "2026-05-01T10:00:00Z";

// Failure text for QVERIFY2, which wants a `const char *` that lives until the check is done.
class FailureText {
public:
    explicit FailureText(std::string text) : m_text(std::move(text)) {}
    explicit operator const char *() const { return m_text.c_str(); }

private:
    std::string m_text;
};

// QVERIFY2 evaluates its message even when the check passes, so this must not touch error() then.
template <typename T> inline FailureText describe(const Result<T> &result)
{
    return FailureText(result.ok() ? std::string() : result.error().toString());
}

inline FailureText describeDifference(const Json &expected, const Json &actual)
{
    std::string text = "differences (expected -> actual): " + Json::diff(expected, actual).dump();
    if (text.size() > 2000)
        text = text.substr(0, 2000) + " ...";
    return FailureText(std::move(text));
}

inline std::string sourcePath(const std::string &relative)
{
    return std::string(CASEWRIGHT_SOURCE_DIR) + "/" + relative;
}

inline Result<DomainSnapshot> loadSample()
{
    return wire::loadSnapshotFile(sourcePath("resources/sample/support-centre.snapshot.json"));
}

inline Result<SampleCaseSet> loadSampleCases()
{
    return wire::loadSampleCasesFile(sourcePath("resources/sample/support-centre.cases.json"));
}

inline project::ProjectConfig sampleConfig(const DomainSnapshot &snapshot)
{
    project::ProjectConfig config;
    config.domainId = snapshot.domainId;
    config.domainArn = snapshot.domainArn;
    config.domainName = snapshot.name;
    config.region = "us-east-1";
    config.profile = "support-admin";
    return config;
}

// The sample domain as a freshly pulled project in `directory` (nothing written yet).
inline project::Project sampleProject(const DomainSnapshot &snapshot, const std::string &directory = {})
{
    return project::projectFromSnapshot(snapshot, sampleConfig(snapshot), directory, kPulledAt);
}

inline std::string toStd(const QString &text)
{
    return text.toStdString();
}

inline std::string filePath(const std::string &directory, const std::string &relative)
{
    return QDir(QString::fromStdString(directory)).filePath(QString::fromStdString(relative)).toStdString();
}

inline bool fileExists(const std::string &directory, const std::string &relative)
{
    return QFile::exists(QString::fromStdString(filePath(directory, relative)));
}

inline std::string readText(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

inline bool writeText(const std::string &path, const std::string &text)
{
    QDir().mkpath(QFileInfo(QString::fromStdString(path)).absolutePath());
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.data(), qint64(text.size())) == qint64(text.size());
}

// Relative path -> SHA-256 of every file under `directory`, hidden ones included: two equal
// fingerprints mean nothing was written, created or removed.
inline std::map<std::string, std::string> fingerprint(const std::string &directory)
{
    std::map<std::string, std::string> out;
    const QDir root(QString::fromStdString(directory));
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        out[root.relativeFilePath(path).toStdString()] =
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex().toStdString();
    }
    return out;
}

inline std::string listOf(const std::map<std::string, std::string> &files)
{
    std::string text;
    for (const auto &[path, hash] : files)
        text += path + " ";
    return text;
}

// A required rule "<fieldId> = <value> -> true; default false" with no id (a new rule).
inline CaseRule requiredRule(const std::string &name, const std::string &fieldId, const std::string &value)
{
    CaseRule rule;
    rule.name = name;
    rule.rule.kind = RuleDetails::Kind::Required;
    rule.rule.boolean.defaultValue = false;
    rule.rule.boolean.conditions.push_back(Condition::equalTo(fieldId, Value::string(value), true));
    return rule;
}

inline CaseTemplate simpleTemplate(const std::string &name, const std::vector<std::string> &ruleIds,
                                   const std::string &fieldId)
{
    CaseTemplate caseTemplate;
    caseTemplate.name = name;
    caseTemplate.status = "Active";
    caseTemplate.rules.emplace();
    for (const std::string &id : ruleIds)
        caseTemplate.rules->push_back(TemplateRule{id, fieldId, Json::object()});
    return caseTemplate;
}

inline project::RuleFile *ruleFileById(project::Project &project, const std::string &caseRuleId)
{
    for (project::RuleFile &file : project.rules)
        if (file.rule.caseRuleId == caseRuleId)
            return &file;
    return nullptr;
}

inline project::TemplateFile *templateFileById(project::Project &project, const std::string &templateId)
{
    for (project::TemplateFile &file : project.templates)
        if (file.caseTemplate.templateId == templateId)
            return &file;
    return nullptr;
}

inline CaseRule *ruleIn(DomainSnapshot &snapshot, const std::string &caseRuleId)
{
    for (CaseRule &rule : snapshot.caseRules)
        if (rule.caseRuleId == caseRuleId)
            return &rule;
    return nullptr;
}

inline CaseTemplate *templateIn(DomainSnapshot &snapshot, const std::string &templateId)
{
    for (CaseTemplate &caseTemplate : snapshot.templates)
        if (caseTemplate.templateId == templateId)
            return &caseTemplate;
    return nullptr;
}

} // namespace cw::projecttest

// QCOMPARE cannot take nlohmann::json (its implicit conversions make QTest's overloads ambiguous),
// and a failure should show the difference, not two dumps.
#define COMPARE_JSON(actual, expected)                                                                       \
    do {                                                                                                     \
        const cw::Json actualJson_ = (actual);                                                               \
        const cw::Json expectedJson_ = (expected);                                                           \
        QVERIFY2(actualJson_ == expectedJson_,                                                               \
                 cw::projecttest::describeDifference(expectedJson_, actualJson_));                           \
    } while (false)

// QCOMPARE on std::string compiles but prints no values on failure; QString prints both.
#define COMPARE_STR(actual, expected)                                                                        \
    QCOMPARE(QString::fromStdString(actual), QString::fromStdString(expected))
