// The project folder on disk: save -> load keeps everything, files sit where project.h says,
// output is deterministic and canonical, unchanged files are left alone, and every refusal
// (malformed input, a file changed on disk) leaves the folder exactly as it was.
#include "project/project_io.h"
#include "project/slug.h"
#include "project_test_support.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using namespace cw::project;
using namespace cw::projecttest;

namespace {
// Every key of every object in `json`, in file order, is sorted.
bool keysSorted(const nlohmann::ordered_json &json, std::string &where)
{
    if (json.is_object()) {
        std::string previous;
        bool first = true;
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (!first && !(previous < it.key())) {
                where = previous + " before " + it.key();
                return false;
            }
            previous = it.key();
            first = false;
            if (!keysSorted(it.value(), where))
                return false;
        }
    } else if (json.is_array()) {
        for (const auto &item : json)
            if (!keysSorted(item, where))
                return false;
    }
    return true;
}

// Wire forms of what a project holds, keyed so two projects compare member by member.
Json contentOf(const Project &project)
{
    Json out = Json::object();
    out["config"] = configJson(project.config);
    DomainSnapshot pulled;
    pulled.fields = project.fields;
    pulled.fieldOptions = project.fieldOptions;
    pulled.layouts = project.layouts;
    out["pulled"] = wire::writeSnapshot(pulled);
    for (const RuleFile &file : project.rules)
        out["rules"][file.slug] = ruleFileJson(file.rule);
    for (const TemplateFile &file : project.templates)
        out["templates"][file.slug] = templateFileJson(file.caseTemplate);
    for (const SampleFile &file : project.samples)
        out["samples"][file.name] = wire::writeSampleCaseSet(file.cases);
    out["base"] = project.base ? wire::writeSnapshot(*project.base) : Json();
    out["state"] = stateJson(project.state);
    return out;
}

const QDateTime kOldTime = QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);

// Sets every file's modification time to kOldTime, so a later rewrite is visible without sleeping.
void ageAllFiles(const std::string &directory)
{
    for (const auto &[relative, hash] : fingerprint(directory)) {
        QFile file(QString::fromStdString(filePath(directory, relative)));
        file.open(QIODevice::ReadWrite);
        file.setFileTime(kOldTime, QFileDevice::FileModificationTime);
    }
}

std::vector<std::string> filesNewerThanOldTime(const std::string &directory)
{
    std::vector<std::string> out;
    for (const auto &[relative, hash] : fingerprint(directory))
        if (QFileInfo(QString::fromStdString(filePath(directory, relative))).lastModified() != kOldTime)
            out.push_back(relative);
    return out;
}

std::string joined(const std::vector<std::string> &items)
{
    std::string text;
    for (const std::string &item : items)
        text += item + " ";
    return text;
}
} // namespace

class TestProjectIo : public QObject {
    Q_OBJECT

    DomainSnapshot m_sample;
    SampleCaseSet m_cases;

    // The sample saved into a fresh folder; `disk` is what that save knows.
    bool saveSample(const QTemporaryDir &dir, DiskState &disk, Project *out = nullptr)
    {
        Project project = sampleProject(m_sample, dir.path().toStdString());
        project.samples.push_back(SampleFile{"support.json", m_cases});
        const Status saved = saveProject(project, disk);
        if (!saved) {
            qWarning("%s", saved.error().toString().c_str());
            return false;
        }
        if (out)
            *out = project;
        return true;
    }

    // Loading fails with `code` naming `relativeFile`, and the folder is left byte for byte alone.
    void expectLoadError(const std::string &directory, const std::string &code,
                         const std::string &relativeFile, Error *out = nullptr)
    {
        const auto before = fingerprint(directory);
        const auto loaded = loadProject(directory);
        QVERIFY2(!loaded, "loading should fail");
        const Error &error = loaded.error();
        QVERIFY2(error.code == code, error.toString().c_str());
        QVERIFY2(error.where.file == filePath(directory, relativeFile), error.toString().c_str());
        QVERIFY2(!error.message.empty(), error.toString().c_str());
        QVERIFY2(fingerprint(directory) == before, "loading a broken project changed the folder");
        if (out)
            *out = error;
    }

private slots:
    void initTestCase()
    {
        auto sample = loadSample();
        QVERIFY2(sample, describe(sample));
        m_sample = std::move(sample).value();
        auto cases = loadSampleCases();
        QVERIFY2(cases, describe(cases));
        m_cases = std::move(cases).value();
    }

    void saveThenLoadKeepsEverything()
    {
        QTemporaryDir dir;
        DiskState disk;
        Project saved;
        QVERIFY(saveSample(dir, disk, &saved));
        auto loaded = loadProject(dir.path().toStdString());
        QVERIFY2(loaded, describe(loaded));
        QCOMPARE(loaded->project.rules.size(), m_sample.caseRules.size());
        QCOMPARE(loaded->project.templates.size(), m_sample.templates.size());
        QCOMPARE(loaded->project.samples.size(), std::size_t(1));
        COMPARE_JSON(contentOf(loaded->project), contentOf(saved));
        // The base is the pulled snapshot itself, metadata included.
        QVERIFY(loaded->project.base.has_value());
        COMPARE_JSON(wire::writeSnapshot(*loaded->project.base), wire::writeSnapshot(m_sample));
        COMPARE_STR(loaded->project.state.lastPullTime, kPulledAt);
        COMPARE_STR(loaded->project.config.profile, std::string("support-admin"));
        // What loadProject read is what is on disk, so a save right away is not refused.
        QCOMPARE(loaded->disk.contentHashes.size(), fingerprint(dir.path().toStdString()).size());
    }

    void workingSnapshotSurvivesSaveAndLoad()
    {
        QTemporaryDir dir;
        DiskState disk;
        Project saved;
        QVERIFY(saveSample(dir, disk, &saved));
        auto loaded = loadProject(dir.path().toStdString());
        QVERIFY2(loaded, describe(loaded));
        // ARNs and timestamps come back from the base. The rule files do not keep "deleted":
        // false (service metadata), so it is left out of the comparison.
        Json before = wire::writeSnapshot(saved.workingSnapshot());
        Json after = wire::writeSnapshot(loaded->project.workingSnapshot());
        for (Json *snapshot : {&before, &after}) {
            for (Json &rule : (*snapshot)["caseRules"])
                rule.erase("deleted");
            for (Json &caseTemplate : (*snapshot)["templates"])
                caseTemplate.erase("deleted");
        }
        COMPARE_JSON(after, before);
    }

    void filesAreWhereTheFormatSays()
    {
        QTemporaryDir dir;
        DiskState disk;
        QVERIFY(saveSample(dir, disk));
        const std::string root = dir.path().toStdString();
        std::set<std::string> expected = {"casewright.json",        "fields.json",
                                          "layouts.json",           ".casewright/base.json",
                                          ".casewright/state.json", "samples/support.json"};
        for (const CaseRule &rule : m_sample.caseRules)
            expected.insert("rules/" + slugify(rule.name) + ".json");
        for (const CaseTemplate &caseTemplate : m_sample.templates)
            expected.insert("templates/" + slugify(caseTemplate.name, "template") + ".json");
        QVERIFY(expected.count("rules/resolution-notes-required-when-closed.json") == 1);
        QVERIFY(expected.count("templates/complaint-legacy.json") == 1);
        std::set<std::string> actual;
        for (const auto &[relative, hash] : fingerprint(root))
            actual.insert(relative);
        // Nothing else either: no temporary file from the atomic writes is left behind.
        QVERIFY2(actual == expected, listOf(fingerprint(root)).c_str());
        // The saved DiskState knows every file it wrote.
        for (const std::string &relative : expected)
            QVERIFY2(disk.contentHashes.count(relative) == 1, relative.c_str());
    }

    void outputIsDeterministic()
    {
        QTemporaryDir first, second;
        DiskState firstDisk, secondDisk;
        QVERIFY(saveSample(first, firstDisk));
        QVERIFY(saveSample(second, secondDisk));
        const auto a = fingerprint(first.path().toStdString());
        const auto b = fingerprint(second.path().toStdString());
        QVERIFY2(!a.empty() && a == b, "two saves of the same project differ");
        // Load -> save into a third folder gives the same bytes again.
        auto loaded = loadProject(first.path().toStdString());
        QVERIFY2(loaded, describe(loaded));
        QTemporaryDir third;
        loaded->project.directory = third.path().toStdString();
        DiskState thirdDisk;
        const Status saved = saveProject(loaded->project, thirdDisk);
        QVERIFY2(saved, describe(saved));
        QVERIFY2(fingerprint(third.path().toStdString()) == a, "load -> save changed bytes");
    }

    void secondSaveWritesNothing()
    {
        QTemporaryDir dir;
        DiskState disk;
        Project project;
        QVERIFY(saveSample(dir, disk, &project));
        const std::string root = dir.path().toStdString();
        ageAllFiles(root);
        QVERIFY2(filesNewerThanOldTime(root).empty(), "cannot set file times here");
        const auto before = fingerprint(root);
        const Status again = saveProject(project, disk);
        QVERIFY2(again, describe(again));
        QVERIFY2(filesNewerThanOldTime(root).empty(), joined(filesNewerThanOldTime(root)).c_str());
        QVERIFY(fingerprint(root) == before);

        // The same after a load: the DiskState from reading is enough to skip unchanged files.
        auto loaded = loadProject(root);
        QVERIFY2(loaded, describe(loaded));
        const Status fromLoad = saveProject(loaded->project, loaded->disk);
        QVERIFY2(fromLoad, describe(fromLoad));
        QVERIFY2(filesNewerThanOldTime(root).empty(), joined(filesNewerThanOldTime(root)).c_str());
    }

    void editingOneRuleRewritesOnlyItsFile()
    {
        QTemporaryDir dir;
        DiskState disk;
        QVERIFY(saveSample(dir, disk));
        const std::string root = dir.path().toStdString();
        ageAllFiles(root);
        auto loaded = loadProject(root);
        QVERIFY2(loaded, describe(loaded));
        RuleFile *file = ruleFileById(loaded->project, kResolutionNotesRule);
        QVERIFY(file != nullptr);
        file->rule.description = std::string("Edited offline.");
        const Status saved = saveProject(loaded->project, loaded->disk);
        QVERIFY2(saved, describe(saved));
        const auto touched = filesNewerThanOldTime(root);
        QVERIFY2(touched == std::vector<std::string>{"rules/" + file->slug + ".json"},
                 joined(touched).c_str());
        QVERIFY(readText(filePath(root, touched.front())).find("Edited offline.") != std::string::npos);
    }

    void textIsCanonical()
    {
        QTemporaryDir dir;
        DiskState disk;
        QVERIFY(saveSample(dir, disk));
        const std::string root = dir.path().toStdString();
        for (const auto &[relative, hash] : fingerprint(root)) {
            const std::string text = readText(filePath(root, relative));
            const std::string label = relative + ": ";
            QVERIFY2(text.size() > 2 && text.back() == '\n', (label + "no trailing newline").c_str());
            QVERIFY2(text[text.size() - 2] != '\n', (label + "more than one trailing newline").c_str());
            QVERIFY2(text.find('\t') == std::string::npos, (label + "tab").c_str());
            QVERIFY2(text.find("\r") == std::string::npos, (label + "carriage return").c_str());
            // Second line: an object's first member, indented by exactly two spaces.
            const std::size_t lineStart = text.find('\n') + 1;
            QVERIFY2(text.compare(lineStart, 3, "  \"") == 0, (label + "not a 2-space indent").c_str());
            const auto parsed = nlohmann::ordered_json::parse(text, nullptr, false);
            QVERIFY2(!parsed.is_discarded(), (label + "not JSON").c_str());
            std::string where;
            QVERIFY2(keysSorted(parsed, where), (label + "keys not sorted: " + where).c_str());
            // Every indentation step is two spaces.
            std::size_t pos = 0;
            while ((pos = text.find('\n', pos)) != std::string::npos && pos + 1 < text.size()) {
                const std::size_t indent = text.find_first_not_of(' ', pos + 1) - (pos + 1);
                QVERIFY2(indent % 2 == 0, (label + "odd indentation").c_str());
                ++pos;
            }
        }
    }

    void ruleAndTemplateFilesCarryNoServerMetadata()
    {
        QTemporaryDir dir;
        DiskState disk;
        QVERIFY(saveSample(dir, disk));
        const std::string root = dir.path().toStdString();
        int rules = 0, templates = 0;
        for (const auto &[relative, hash] : fingerprint(root)) {
            const bool isRule = relative.rfind("rules/", 0) == 0;
            const bool isTemplate = relative.rfind("templates/", 0) == 0;
            if (!isRule && !isTemplate)
                continue;
            auto json = readJsonFile(filePath(root, relative));
            QVERIFY2(json, describe(json));
            for (const char *key :
                 {"caseRuleArn", "templateArn", "createdTime", "lastModifiedTime", "deleted"})
                QVERIFY2(!json->contains(key), (relative + " holds " + key).c_str());
            QVERIFY2(json->contains(isRule ? "caseRuleId" : "templateId"), relative.c_str());
            QVERIFY2(readText(filePath(root, relative)).find("arn:aws:") == std::string::npos,
                     relative.c_str());
            (isRule ? rules : templates)++;
        }
        QCOMPARE(rules, int(m_sample.caseRules.size()));
        QCOMPARE(templates, int(m_sample.templates.size()));
        // The metadata is not lost: the base keeps it.
        auto base = readJsonFile(filePath(root, ".casewright/base.json"));
        QVERIFY2(base, describe(base));
        QVERIFY((*base)["caseRules"][0].contains("caseRuleArn"));
        QVERIFY((*base)["caseRules"][0].contains("lastModifiedTime"));
    }

    void newRuleIsSavedWithoutAnId()
    {
        QTemporaryDir dir;
        DiskState disk;
        Project project;
        QVERIFY(saveSample(dir, disk, &project));
        project.rules.push_back(RuleFile{"title-required", requiredRule("Title required", kTitleField, "x")});
        QVERIFY(saveProject(project, disk).ok());
        auto json = readJsonFile(filePath(dir.path().toStdString(), "rules/title-required.json"));
        QVERIFY2(json, describe(json));
        QVERIFY(!json->contains("caseRuleId"));
        auto loaded = loadProject(dir.path().toStdString());
        QVERIFY2(loaded, describe(loaded));
        const RuleFile *file = loaded->project.findRuleBySlug("title-required");
        QVERIFY(file != nullptr);
        QVERIFY(file->rule.caseRuleId.empty());
        COMPARE_STR(Project::ruleRef(*file), std::string("local:title-required"));
    }

    void badJsonInARuleFile()
    {
        QTemporaryDir dir;
        DiskState disk;
        QVERIFY(saveSample(dir, disk));
        const std::string root = dir.path().toStdString();
        QVERIFY(
            writeText(filePath(root, "rules/broken.json"), "{\n  \"name\": \"Broken\",\n  \"rule\": }\n"));
        Error error;
        expectLoadError(root, "json.syntax", "rules/broken.json", &error);
        QCOMPARE(error.where.line, 3);
        QVERIFY2(error.where.column > 0, error.toString().c_str());
    }

    void wrongTypeInARuleFileNamesTheMember()
    {
        QTemporaryDir dir;
        DiskState disk;
        QVERIFY(saveSample(dir, disk));
        const std::string root = dir.path().toStdString();
        QVERIFY(writeText(filePath(root, "rules/typed.json"),
                          "{\n  \"name\": 5,\n  \"rule\": {\"required\": {\"conditions\": [], "
                          "\"defaultValue\": false}}\n}\n"));
        Error error;
        expectLoadError(root, "wire.type", "rules/typed.json", &error);
        COMPARE_STR(error.where.pointer, std::string("/name"));
    }

    void newerFormatVersionIsRefused()
    {
        QTemporaryDir dir;
        DiskState disk;
        Project project;
        QVERIFY(saveSample(dir, disk, &project));
        const std::string root = dir.path().toStdString();
        Json config = configJson(project.config);
        config["formatVersion"] = kProjectFormatVersion + 1;
        QVERIFY(writeText(filePath(root, "casewright.json"), toJsonText(config)));
        Error error;
        expectLoadError(root, "project.version-newer", "casewright.json", &error);
        QVERIFY2(error.message.find(std::to_string(kProjectFormatVersion + 1)) != std::string::npos,
                 error.message.c_str());
    }

    void missingOrInvalidFormatVersion()
    {
        QTemporaryDir dir;
        DiskState disk;
        Project project;
        QVERIFY(saveSample(dir, disk, &project));
        const std::string root = dir.path().toStdString();
        Json config = configJson(project.config);
        config["formatVersion"] = "1";
        QVERIFY(writeText(filePath(root, "casewright.json"), toJsonText(config)));
        expectLoadError(root, "project.version", "casewright.json");
        config["formatVersion"] = 0;
        QVERIFY(writeText(filePath(root, "casewright.json"), toJsonText(config)));
        expectLoadError(root, "project.version", "casewright.json");
    }

    void missingConfigFile()
    {
        QTemporaryDir dir;
        DiskState disk;
        QVERIFY(saveSample(dir, disk));
        const std::string root = dir.path().toStdString();
        QVERIFY(QFile::remove(QString::fromStdString(filePath(root, "casewright.json"))));
        expectLoadError(root, "project.missing-file", "casewright.json");
    }

    void missingFolder()
    {
        QTemporaryDir dir;
        const std::string missing = filePath(dir.path().toStdString(), "nowhere");
        const auto loaded = loadProject(missing);
        QVERIFY(!loaded);
        COMPARE_STR(loaded.error().code, std::string("project.missing"));
        COMPARE_STR(loaded.error().where.file, missing);
        QVERIFY(!QFileInfo::exists(QString::fromStdString(missing)));
    }

    void danglingLocalReferenceInATemplate()
    {
        QTemporaryDir dir;
        DiskState disk;
        QVERIFY(saveSample(dir, disk));
        const std::string root = dir.path().toStdString();
        CaseTemplate caseTemplate = simpleTemplate(
            "New template", {kResolutionNotesRule, "local:no-such-rule"}, kResolutionNotesField);
        QVERIFY(writeText(filePath(root, "templates/new-template.json"),
                          toJsonText(templateFileJson(caseTemplate))));
        Error error;
        expectLoadError(root, "project.dangling-local-ref", "templates/new-template.json", &error);
        COMPARE_STR(error.where.pointer, std::string("/rules/1/caseRuleId"));
        QVERIFY2(error.message.find("no-such-rule") != std::string::npos, error.message.c_str());
    }

    void localReferenceToAnExistingRuleFileLoads()
    {
        QTemporaryDir dir;
        DiskState disk;
        Project project;
        QVERIFY(saveSample(dir, disk, &project));
        project.rules.push_back(RuleFile{"new-rule", requiredRule("New rule", kTitleField, "x")});
        project.templates.push_back(
            TemplateFile{"new-template", simpleTemplate("New template", {"local:new-rule"}, kTitleField)});
        QVERIFY(saveProject(project, disk).ok());
        auto loaded = loadProject(dir.path().toStdString());
        QVERIFY2(loaded, describe(loaded));
        QVERIFY(loaded->project.findTemplateBySlug("new-template") != nullptr);
    }

    void duplicateCaseRuleIdInTwoFiles()
    {
        QTemporaryDir dir;
        DiskState disk;
        QVERIFY(saveSample(dir, disk));
        const std::string root = dir.path().toStdString();
        const std::string original =
            readText(filePath(root, "rules/resolution-notes-required-when-closed.json"));
        // "zz-" sorts after the original, so the copy is the file reported.
        QVERIFY(writeText(filePath(root, "rules/zz-copy.json"), original));
        Error error;
        expectLoadError(root, "project.duplicate-id", "rules/zz-copy.json", &error);
        QVERIFY2(error.message.find(kResolutionNotesRule) != std::string::npos, error.message.c_str());
        QVERIFY2(error.message.find("resolution-notes-required-when-closed.json") != std::string::npos,
                 error.message.c_str());
    }

    void malformedFieldsFileIsNamed()
    {
        QTemporaryDir dir;
        DiskState disk;
        QVERIFY(saveSample(dir, disk));
        const std::string root = dir.path().toStdString();
        QVERIFY(writeText(filePath(root, "fields.json"),
                          "{\"fields\": [{\"fieldId\": 7}], \"fieldOptions\": {}}\n"));
        Error error;
        expectLoadError(root, "wire.type", "fields.json", &error);
        QVERIFY2(error.where.pointer.rfind("/fields/0", 0) == 0, error.toString().c_str());
    }

    void saveRefusesWhenAFileChangedOnDisk()
    {
        QTemporaryDir dir;
        DiskState disk;
        QVERIFY(saveSample(dir, disk));
        const std::string root = dir.path().toStdString();
        auto loaded = loadProject(root);
        QVERIFY2(loaded, describe(loaded));
        // Someone edits a rule file by hand while the project is open ...
        const std::string edited = filePath(root, "rules/resolution-notes-required-when-closed.json");
        QVERIFY(writeText(edited, readText(edited) + " "));
        // ... and the designer saves an edit to another rule.
        RuleFile *other = ruleFileById(loaded->project, kRefundShownRule);
        QVERIFY(other != nullptr);
        other->rule.name = "Renamed";
        const auto before = fingerprint(root);
        const DiskState diskBefore = loaded->disk;
        const Status saved = saveProject(loaded->project, loaded->disk);
        QVERIFY(!saved);
        COMPARE_STR(saved.error().code, std::string("project.changed-on-disk"));
        COMPARE_STR(saved.error().where.file, edited);
        QVERIFY2(fingerprint(root) == before, "a refused save wrote something");
        QVERIFY(loaded->disk.contentHashes == diskBefore.contentHashes);
    }

    void saveRefusesToRemoveAFileChangedOnDisk()
    {
        QTemporaryDir dir;
        DiskState disk;
        Project project;
        QVERIFY(saveSample(dir, disk, &project));
        const std::string root = dir.path().toStdString();
        const std::string slug = "resolution-notes-required-when-closed";
        QVERIFY(writeText(filePath(root, "rules/" + slug + ".json"),
                          readText(filePath(root, "rules/" + slug + ".json")) + "\n"));
        project.rules.erase(std::remove_if(project.rules.begin(), project.rules.end(),
                                           [&](const RuleFile &file) { return file.slug == slug; }),
                            project.rules.end());
        const auto before = fingerprint(root);
        const Status saved = saveProject(project, disk);
        QVERIFY(!saved);
        COMPARE_STR(saved.error().code, std::string("project.changed-on-disk"));
        QVERIFY2(fingerprint(root) == before, "a refused save wrote or removed something");
    }

    void saveRefusesToOverwriteAFileThatAppearedOnDisk()
    {
        QTemporaryDir dir;
        DiskState disk;
        Project project;
        QVERIFY(saveSample(dir, disk, &project));
        const std::string root = dir.path().toStdString();
        // A git checkout brings a rule file with the name a new rule is about to get.
        QVERIFY(writeText(filePath(root, "rules/title-required.json"),
                          toJsonText(ruleFileJson(requiredRule("From git", kTitleField, "y")))));
        project.rules.push_back(RuleFile{"title-required", requiredRule("Title required", kTitleField, "x")});
        const auto before = fingerprint(root);
        const Status saved = saveProject(project, disk);
        QVERIFY(!saved);
        COMPARE_STR(saved.error().code, std::string("project.changed-on-disk"));
        QVERIFY2(fingerprint(root) == before, "a refused save wrote something");
    }

    void saveNeverRemovesARuleFileItDidNotRead()
    {
        QTemporaryDir dir;
        DiskState disk;
        QVERIFY(saveSample(dir, disk));
        const std::string root = dir.path().toStdString();
        auto loaded = loadProject(root);
        QVERIFY2(loaded, describe(loaded));
        // A colleague's rule arrives through git after the project was opened: it is not in the
        // project, but it is no deletion either.
        QVERIFY(writeText(filePath(root, "rules/from-git.json"),
                          toJsonText(ruleFileJson(requiredRule("From git", kTitleField, "y")))));
        const auto before = fingerprint(root);
        const Status saved = saveProject(loaded->project, loaded->disk);
        QVERIFY(!saved);
        COMPARE_STR(saved.error().code, std::string("project.changed-on-disk"));
        COMPARE_STR(saved.error().where.file, filePath(root, "rules/from-git.json"));
        QVERIFY(fingerprint(root) == before);
    }

    void deletingARuleFileRemovesIt()
    {
        QTemporaryDir dir;
        DiskState disk;
        QVERIFY(saveSample(dir, disk));
        const std::string root = dir.path().toStdString();
        auto loaded = loadProject(root);
        QVERIFY2(loaded, describe(loaded));
        auto &rules = loaded->project.rules;
        const std::string slug = "refund-amount-shown-for-billing-only";
        QVERIFY(loaded->project.findRuleBySlug(slug) != nullptr);
        rules.erase(std::remove_if(rules.begin(), rules.end(),
                                   [&](const RuleFile &file) { return file.slug == slug; }),
                    rules.end());
        const Status saved = saveProject(loaded->project, loaded->disk);
        QVERIFY2(saved, describe(saved));
        QVERIFY(!fileExists(root, "rules/" + slug + ".json"));
        QVERIFY(loaded->disk.contentHashes.count("rules/" + slug + ".json") == 0);
        QCOMPARE(fingerprint(root).size(), loaded->disk.contentHashes.size());
        // The deletion is still a deletion after reopening; the base keeps the rule for the plan.
        auto reopened = loadProject(root);
        QVERIFY2(reopened, describe(reopened));
        QVERIFY(reopened->project.findRuleBySlug(slug) == nullptr);
        QVERIFY(reopened->project.base->findRule(kRefundShownRule) != nullptr);
    }

    void deletingATemplateFileRemovesIt()
    {
        QTemporaryDir dir;
        DiskState disk;
        Project project;
        QVERIFY(saveSample(dir, disk, &project));
        auto &templates = project.templates;
        templates.erase(
            std::remove_if(templates.begin(), templates.end(),
                           [](const TemplateFile &file) { return file.slug == "complaint-legacy"; }),
            templates.end());
        QVERIFY(saveProject(project, disk).ok());
        QVERIFY(!fileExists(dir.path().toStdString(), "templates/complaint-legacy.json"));
        QVERIFY(fileExists(dir.path().toStdString(), "templates/customer-support.json"));
    }

    void samplesRoundTrip()
    {
        QTemporaryDir dir;
        DiskState disk;
        QVERIFY(saveSample(dir, disk));
        const std::string root = dir.path().toStdString();
        auto onDisk = readJsonFile(filePath(root, "samples/support.json"));
        QVERIFY2(onDisk, describe(onDisk));
        auto original = readJsonFile(sourcePath("resources/sample/support-centre.cases.json"));
        QVERIFY2(original, describe(original));
        COMPARE_JSON(*onDisk, *original);
        auto loaded = loadProject(root);
        QVERIFY2(loaded, describe(loaded));
        QCOMPARE(loaded->project.samples.size(), std::size_t(1));
        COMPARE_STR(loaded->project.samples[0].name, std::string("support.json"));
        QCOMPARE(loaded->project.samples[0].cases.cases.size(), m_cases.cases.size());
        COMPARE_JSON(wire::writeSampleCaseSet(loaded->project.samples[0].cases),
                     wire::writeSampleCaseSet(m_cases));
    }

    void stateWithConflictsRoundTrips()
    {
        QTemporaryDir dir;
        DiskState disk;
        Project project;
        QVERIFY(saveSample(dir, disk, &project));
        project.state.conflicts.push_back(
            Conflict{"rule", "some-rule", kResolutionNotesRule, wire::writeCaseRule(m_sample.caseRules[0])});
        project.state.conflicts.push_back(Conflict{"template", "gone", kComplaintTemplate, Json()});
        project.state.extra["futureMember"] = 42; // kept for a newer Casewright
        QVERIFY(saveProject(project, disk).ok());
        auto loaded = loadProject(dir.path().toStdString());
        QVERIFY2(loaded, describe(loaded));
        COMPARE_JSON(stateJson(loaded->project.state), stateJson(project.state));
        QCOMPARE(loaded->project.state.conflicts.size(), std::size_t(2));
        QVERIFY(loaded->project.state.conflicts[1].theirs.is_null());
    }

    void writeFileAtomicallyCreatesFoldersAndReplaces()
    {
        QTemporaryDir dir;
        const std::string path = filePath(dir.path().toStdString(), "a/b/c.json");
        QVERIFY(writeFileAtomically(path, "one\n").ok());
        COMPARE_STR(readText(path), std::string("one\n"));
        QVERIFY(writeFileAtomically(path, "two\n").ok());
        COMPARE_STR(readText(path), std::string("two\n"));
        QCOMPARE(fingerprint(dir.path().toStdString()).size(), std::size_t(1));
        // A path under a regular file cannot be created: the error names the file.
        const std::string blocked = filePath(dir.path().toStdString(), "a/b/c.json/d.json");
        const Status status = writeFileAtomically(blocked, "x");
        QVERIFY(!status);
        COMPARE_STR(status.error().where.file, blocked);
    }
};

QTEST_GUILESS_MAIN(TestProjectIo)
#include "test_project_io.moc"
