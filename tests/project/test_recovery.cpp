// Autosave and crash recovery: the recovery copy holds the editable part of the project, can be
// found, applied and discarded; a damaged copy is reported and changes nothing; leftovers of an
// interrupted atomic write are not mistaken for a copy.
#include "project/project_io.h"
#include "project/recovery.h"
#include "project_test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using namespace cw::project;
using namespace cw::projecttest;

namespace {
const std::string kRecoveryFile = ".casewright/recovery.json";

// The part of a project recovery covers, in wire form.
Json editableContent(const Project &project)
{
    Json out = {{"rules", Json::object()}, {"templates", Json::object()}, {"samples", Json::object()}};
    for (const RuleFile &file : project.rules)
        out["rules"][file.slug] = ruleFileJson(file.rule);
    for (const TemplateFile &file : project.templates)
        out["templates"][file.slug] = templateFileJson(file.caseTemplate);
    for (const SampleFile &file : project.samples)
        out["samples"][file.name] = wire::writeSampleCaseSet(file.cases);
    return out;
}
} // namespace

class TestRecovery : public QObject {
    Q_OBJECT

    DomainSnapshot m_sample;
    SampleCaseSet m_cases;

    // A saved sample project in `dir`, loaded back as the designer would open it.
    bool openSample(const QTemporaryDir &dir, LoadedProject &out)
    {
        Project project = sampleProject(m_sample, dir.path().toStdString());
        project.samples.push_back(SampleFile{"support.json", m_cases});
        DiskState disk;
        if (!saveProject(project, disk))
            return false;
        auto loaded = loadProject(dir.path().toStdString());
        if (!loaded)
            return false;
        out = std::move(loaded).value();
        return true;
    }

    // Unsaved edits of every kind: a changed rule, a new rule, a removed template, a new sample.
    static void editWithoutSaving(Project &project)
    {
        ruleFileById(project, kResolutionNotesRule)->rule.name = "Notes required when closed";
        project.rules.push_back(RuleFile{"brand-new", requiredRule("Brand new", kStatusField, "open")});
        project.templates.erase(project.templates.begin());
        SampleCaseSet one;
        one.cases.push_back(project.samples[0].cases.cases[0]);
        project.samples.push_back(SampleFile{"one.json", one});
    }

    // Writes `text` as the recovery copy and checks that both find and apply refuse it without
    // touching the project, its files, or the copy itself.
    void expectDamaged(const std::string &text, const std::string &code, const std::string &pointer = {})
    {
        QTemporaryDir dir;
        LoadedProject loaded;
        QVERIFY(openSample(dir, loaded));
        const std::string root = dir.path().toStdString();
        QVERIFY(writeText(filePath(root, kRecoveryFile), text));
        const auto filesBefore = fingerprint(root);
        const Json contentBefore = editableContent(loaded.project);

        const auto found = findRecovery(root);
        QVERIFY2(!found, "a damaged copy must be reported");
        COMPARE_STR(found.error().code, code);
        COMPARE_STR(found.error().where.file, filePath(root, kRecoveryFile));
        if (!pointer.empty())
            COMPARE_STR(found.error().where.pointer, pointer);

        const Status applied = applyRecovery(loaded.project);
        QVERIFY(!applied);
        COMPARE_STR(applied.error().code, code);
        COMPARE_STR(applied.error().where.file, filePath(root, kRecoveryFile));
        COMPARE_JSON(editableContent(loaded.project), contentBefore);
        QVERIFY(fingerprint(root) == filesBefore);

        // The way out: discard it.
        QVERIFY(discardRecovery(root).ok());
        auto after = findRecovery(root);
        QVERIFY2(after, describe(after));
        QVERIFY(!after->has_value());
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

    void noCopyMeansNothingToRecover()
    {
        QTemporaryDir dir;
        LoadedProject loaded;
        QVERIFY(openSample(dir, loaded));
        auto found = findRecovery(dir.path().toStdString());
        QVERIFY2(found, describe(found));
        QVERIFY(!found->has_value());
        QVERIFY(discardRecovery(dir.path().toStdString()).ok()); // nothing to discard is fine
    }

    void writeThenFindDescribesTheCopy()
    {
        QTemporaryDir dir;
        LoadedProject loaded;
        QVERIFY(openSample(dir, loaded));
        const std::string root = dir.path().toStdString();
        editWithoutSaving(loaded.project);
        const auto before = fingerprint(root);
        const Status written = writeRecovery(loaded.project, "2026-05-01T12:34:56Z");
        QVERIFY2(written, describe(written));
        QVERIFY(fileExists(root, kRecoveryFile));
        // Only the recovery copy was written: the project's own files are untouched.
        auto after = fingerprint(root);
        QVERIFY(after.erase(kRecoveryFile) == 1);
        QVERIFY(after == before);

        auto found = findRecovery(root);
        QVERIFY2(found, describe(found));
        QVERIFY(found->has_value());
        const RecoveryInfo &info = **found;
        COMPARE_STR(info.savedAt, std::string("2026-05-01T12:34:56Z"));
        QCOMPARE(info.rules, loaded.project.rules.size());
        QCOMPARE(info.templates, loaded.project.templates.size());
        QCOMPARE(info.samples, std::size_t(2));
        QCOMPARE(info.rules, m_sample.caseRules.size() + 1);
        QCOMPARE(info.templates, m_sample.templates.size() - 1);
    }

    void applyBringsBackTheUnsavedEdits()
    {
        QTemporaryDir dir;
        LoadedProject session;
        QVERIFY(openSample(dir, session));
        const std::string root = dir.path().toStdString();
        editWithoutSaving(session.project);
        QVERIFY(writeRecovery(session.project, "2026-05-01T12:34:56Z").ok());
        const Json edited = editableContent(session.project);

        // The session dies; the next one opens the files, which lack the edits.
        auto reopened = loadProject(root);
        QVERIFY2(reopened, describe(reopened));
        QVERIFY(editableContent(reopened->project) != edited);
        const Status applied = applyRecovery(reopened->project);
        QVERIFY2(applied, describe(applied));
        COMPARE_JSON(editableContent(reopened->project), edited);
        // Everything recovery does not cover stays as loaded.
        QVERIFY(reopened->project.base.has_value());
        COMPARE_STR(reopened->project.config.domainId, kDomainId);

        // Saving the recovered project then discarding the copy finishes the recovery.
        const Status saved = saveProject(reopened->project, reopened->disk);
        QVERIFY2(saved, describe(saved));
        QVERIFY(discardRecovery(root).ok());
        QVERIFY(!fileExists(root, kRecoveryFile));
        auto reread = loadProject(root);
        QVERIFY2(reread, describe(reread));
        COMPARE_JSON(editableContent(reread->project), edited);
    }

    void aNewerCopyReplacesTheOlder()
    {
        QTemporaryDir dir;
        LoadedProject loaded;
        QVERIFY(openSample(dir, loaded));
        QVERIFY(writeRecovery(loaded.project, "2026-05-01T12:00:00Z").ok());
        loaded.project.rules.pop_back();
        QVERIFY(writeRecovery(loaded.project, "2026-05-01T12:00:05Z").ok());
        auto found = findRecovery(dir.path().toStdString());
        QVERIFY2(found, describe(found));
        COMPARE_STR((*found)->savedAt, std::string("2026-05-01T12:00:05Z"));
        QCOMPARE((*found)->rules, m_sample.caseRules.size() - 1);
    }

    void damagedJsonIsReported()
    {
        expectDamaged("{\"savedAt\": \"2026-05-01T12:00:00Z\", \"rules\": {", "json.syntax");
    }

    void missingMemberIsReported()
    {
        expectDamaged("{\"savedAt\": \"x\", \"rules\": {}, \"templates\": {}}\n", "recovery.malformed",
                      "/samples");
    }

    void wrongShapeIsReported()
    {
        expectDamaged("[1, 2, 3]\n", "recovery.malformed", "/rules");
        expectDamaged("{\"rules\": [], \"templates\": {}, \"samples\": {}}\n", "recovery.malformed",
                      "/rules");
    }

    void savedAtOfTheWrongTypeIsAnErrorNotAnException()
    {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        QVERIFY(writeText(filePath(root, kRecoveryFile),
                          "{\"savedAt\": 1714560000, \"rules\": {}, \"templates\": {}, \"samples\": {}}\n"));
        // Caught here only so that the test can report it: no exception may leave the layer.
        bool threw = false;
        try {
            const auto found = findRecovery(root);
            Q_UNUSED(found);
        } catch (const std::exception &) {
            threw = true;
        }
        QVERIFY2(!threw, "findRecovery threw an exception");
    }

    void badRuleInsideIsReportedAndNothingIsApplied()
    {
        QTemporaryDir dir;
        LoadedProject loaded;
        QVERIFY(openSample(dir, loaded));
        const std::string root = dir.path().toStdString();
        QVERIFY(writeRecovery(loaded.project, "2026-05-01T12:00:00Z").ok());
        auto json = readJsonFile(filePath(root, kRecoveryFile));
        QVERIFY2(json, describe(json));
        // One template is broken: the rules before it read fine, and still nothing is applied.
        (*json)["templates"]["customer-support"]["name"] = 5;
        QVERIFY(writeText(filePath(root, kRecoveryFile), toJsonText(*json)));
        editWithoutSaving(loaded.project);
        const Json before = editableContent(loaded.project);
        const Status applied = applyRecovery(loaded.project);
        QVERIFY(!applied);
        COMPARE_STR(applied.error().where.file, filePath(root, kRecoveryFile));
        COMPARE_STR(applied.error().where.pointer, std::string("/templates/customer-support/name"));
        COMPARE_JSON(editableContent(loaded.project), before);
    }

    void staleTemporaryFilesAreIgnored()
    {
        QTemporaryDir dir;
        LoadedProject loaded;
        QVERIFY(openSample(dir, loaded));
        const std::string root = dir.path().toStdString();
        // What a write killed before its rename could leave behind: half a file under another name.
        const std::string half = "{\"savedAt\": \"2026-05-01T11:00:00Z\", \"rules\": {\"x\": {\"na";
        for (const std::string name : {".casewright/recovery.json.aB3xYz", ".casewright/recovery.json~",
                                       ".casewright/recovery.json.tmp", ".casewright/.recovery.json.XXXXXX"})
            QVERIFY(writeText(filePath(root, name), half));
        auto none = findRecovery(root);
        QVERIFY2(none, describe(none));
        QVERIFY(!none->has_value());

        QVERIFY(writeRecovery(loaded.project, "2026-05-01T12:00:00Z").ok());
        auto found = findRecovery(root);
        QVERIFY2(found, describe(found));
        QVERIFY(found->has_value());
        COMPARE_STR((*found)->savedAt, std::string("2026-05-01T12:00:00Z"));
        QCOMPARE((*found)->rules, m_sample.caseRules.size());
        const Status applied = applyRecovery(loaded.project);
        QVERIFY2(applied, describe(applied));
        QVERIFY(discardRecovery(root).ok());
        QVERIFY(!fileExists(root, kRecoveryFile));
        // Discarding removes only the copy itself; the leftovers are someone else's business.
        QVERIFY(fileExists(root, ".casewright/recovery.json.aB3xYz"));
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "test_recovery.moc"
