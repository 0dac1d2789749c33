// ProjectDocument: edits through undo commands, merged typing, findings after each change,
// save, autosave into the recovery copy, and the recovery question on the next open.

#include "commands/edit_rule_command.h"
#include "document/document_opener.h"
#include "project/recovery.h"
#include "sample_project_support.h"
#include "wire/wire_json.h"

#include <QSignalSpy>
#include <QtTest>

using namespace cw;
using namespace cw::ui;

namespace {
const QString kClosedNotes = QStringLiteral("resolution-notes-required-when-closed");

std::unique_ptr<ProjectDocument>
openCopy(const QString &directory, RecoveryChoice choice = RecoveryChoice::Discard, int *asked = nullptr)
{
    auto opened = openProjectDocument(directory, [&](const project::RecoveryInfo &) {
        if (asked)
            ++*asked;
        return choice;
    });
    if (!opened)
        qFatal("%s", opened.error().toString().c_str());
    return std::move(opened->document);
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CaseRule renamed(const ProjectDocument &document, const QString &slug, const std::string &name)
{
    CaseRule rule = document.rule(slug)->rule;
    rule.name = name;
    return rule;
}
} // namespace

class TestProjectDocument : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("p%1").arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(test::copySampleProject(m_project));
    }

    void editsAreUndoableAndAnnounced()
    {
        auto document = openCopy(m_project);
        QSignalSpy changed(document.get(), &ProjectDocument::ruleChanged);
        QSignalSpy findings(document.get(), &ProjectDocument::findingsChanged);
        QSignalSpy modified(document.get(), &ProjectDocument::modifiedChanged);
        QVERIFY(!document->isModified());

        document->editRule(kClosedNotes, renamed(*document, kClosedNotes, "Notes when closed"),
                           QStringLiteral("Rename"));
        QCOMPARE(document->rule(kClosedNotes)->rule.name, std::string("Notes when closed"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.front().front().toString(), kClosedNotes);
        QCOMPARE(findings.count(), 1);
        QCOMPARE(modified.count(), 1);
        QVERIFY(document->isModified());
        QCOMPARE(document->snapshot().findRule("f6e5c101-ac35-5737-849f-9d43f00e9135")->name,
                 std::string("Notes when closed"));

        document->undoStack()->undo();
        QCOMPARE(document->rule(kClosedNotes)->rule.name,
                 std::string("Resolution notes required when closed"));
        QVERIFY(!document->isModified());
        document->undoStack()->redo();
        QCOMPARE(document->rule(kClosedNotes)->rule.name, std::string("Notes when closed"));
    }

    void typingMergesIntoOneStep()
    {
        auto document = openCopy(m_project);
        const std::string original = document->rule(kClosedNotes)->rule.name;
        for (const char *name : {"N", "No", "Not", "Note"})
            document->editRule(kClosedNotes, renamed(*document, kClosedNotes, name), QStringLiteral("Rename"),
                               QStringLiteral("name"));
        QCOMPARE(document->undoStack()->count(), 1);
        CaseRule described = document->rule(kClosedNotes)->rule;
        described.description = "changed";
        document->editRule(kClosedNotes, described, QStringLiteral("Describe"),
                           QStringLiteral("description"));
        QCOMPARE(document->undoStack()->count(), 2); // another member: another step
        document->undoStack()->undo();
        document->undoStack()->undo();
        QCOMPARE(document->rule(kClosedNotes)->rule.name, original);

        // Typing back to where it started leaves nothing to undo.
        document->editRule(kClosedNotes, renamed(*document, kClosedNotes, original + "x"),
                           QStringLiteral("Rename"), QStringLiteral("name"));
        document->editRule(kClosedNotes, renamed(*document, kClosedNotes, original), QStringLiteral("Rename"),
                           QStringLiteral("name"));
        QCOMPARE(document->undoStack()->count(), 0);
        QVERIFY(!document->isModified());
    }

    // Every ReplaceValueCommand family merges typing on its own item only: a rule, a template and a
    // sample case typed into with the same merge key are three steps; each merges with itself.
    void typingMergesPerFamilyAndItem()
    {
        auto document = openCopy(m_project);
        const QString key = QStringLiteral("name");
        document->editRule(kClosedNotes, renamed(*document, kClosedNotes, "R"), QStringLiteral("Rename"),
                           key);
        const QString templateSlug = QString::fromStdString(document->project().templates.front().slug);
        CaseTemplate caseTemplate = document->caseTemplate(templateSlug)->caseTemplate;
        for (const char *name : {"T", "Te"}) {
            caseTemplate.name = name;
            document->editTemplate(templateSlug, caseTemplate, QStringLiteral("Rename"), key);
        }
        QVERIFY(document->sampleCount() > 1);
        const SampleCase original = document->sampleCase(0);
        for (const char *id : {"s", "sa"}) {
            SampleCase sampleCase = document->sampleCase(0);
            sampleCase.id = id;
            document->editSampleCase(0, sampleCase, QStringLiteral("Rename"), key);
        }
        QCOMPARE(document->undoStack()->count(), 3);
        // Another row is another item, even with the same key.
        SampleCase second = document->sampleCase(1);
        second.id = "other";
        document->editSampleCase(1, second, QStringLiteral("Rename"), key);
        QCOMPARE(document->undoStack()->count(), 4);
        document->undoStack()->undo();
        document->undoStack()->undo();
        QCOMPARE(document->sampleCase(0).id, original.id);
        QCOMPARE(document->caseTemplate(templateSlug)->caseTemplate.name, std::string("Te"));
        document->undoStack()->undo();
        QVERIFY(document->caseTemplate(templateSlug)->caseTemplate.name != "Te");
        QVERIFY(document->caseTemplate(templateSlug)->caseTemplate.name != "T");
    }

    void findingsFollowEachChange()
    {
        auto document = openCopy(m_project);
        const auto index = document->ruleIndex(kClosedNotes);
        QVERIFY(index);
        QVERIFY(document->ruleFindings(kClosedNotes).empty());
        CaseRule rule = document->rule(kClosedNotes)->rule;
        rule.rule.boolean.conditions[0].operand = Value::string("archived"); // not a Status option
        document->editRule(kClosedNotes, rule, QStringLiteral("Change value"));
        const auto findings = document->ruleFindings(kClosedNotes);
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings[0].code, std::string("rule.operand.option-unknown"));
        QCOMPARE(findings[0].where.pointer,
                 std::string("/rule/required/conditions/0/equalTo/operandTwo/stringValue"));
        const bool inDocument =
            std::any_of(document->findings().begin(), document->findings().end(), [&](const Finding &f) {
                return f.where.pointer.rfind("/caseRules/" + std::to_string(*index) + "/", 0) == 0;
            });
        QVERIFY(inDocument);
        document->undoStack()->undo();
        QVERIFY(document->ruleFindings(kClosedNotes).empty());
    }

    void addingAndRemovingRules()
    {
        auto document = openCopy(m_project);
        QSignalSpy reset(document.get(), &ProjectDocument::rulesReset);
        CaseRule rule;
        rule.name = "Title required when closed";
        rule.rule.kind = RuleDetails::Kind::Required;
        const QString slug = document->addRule(rule, QStringLiteral("Add"));
        QCOMPARE(slug, QStringLiteral("title-required-when-closed"));
        QVERIFY(document->rule(slug));
        QCOMPARE(reset.count(), 1);
        // The same name again gets another file.
        QCOMPARE(document->addRule(rule, QStringLiteral("Add")),
                 QStringLiteral("title-required-when-closed-2"));
        document->undoStack()->undo();
        QVERIFY(!document->rule(QStringLiteral("title-required-when-closed-2")));

        // Removing a rule detaches it from the templates that use it, in the same step.
        const auto attachments = [&] {
            int count = 0;
            for (const auto &file : document->project().templates)
                if (file.caseTemplate.rules)
                    for (const TemplateRule &attachment : *file.caseTemplate.rules)
                        count += attachment.caseRuleId == "f6e5c101-ac35-5737-849f-9d43f00e9135" ? 1 : 0;
            return count;
        };
        QCOMPARE(attachments(), 3);
        const int steps = document->undoStack()->index();
        document->removeRule(kClosedNotes);
        QVERIFY(!document->rule(kClosedNotes));
        QCOMPARE(attachments(), 0);
        QCOMPARE(document->undoStack()->index(), steps + 1);
        document->undoStack()->undo();
        QVERIFY(document->rule(kClosedNotes));
        QCOMPARE(attachments(), 3);
    }

    void saveWritesTheChangedFiles()
    {
        auto document = openCopy(m_project);
        const QString ruleFile =
            m_project + QStringLiteral("/rules/") + kClosedNotes + QStringLiteral(".json");
        const QByteArray before = fileContent(ruleFile);
        const QByteArray templateBefore =
            fileContent(m_project + QStringLiteral("/templates/customer-support.json"));
        document->editRule(kClosedNotes, renamed(*document, kClosedNotes, "Notes when closed"),
                           QStringLiteral("Rename"));
        QVERIFY(document->writeRecoveryNow().ok());
        QSignalSpy saved(document.get(), &ProjectDocument::saved);
        QVERIFY(document->save().ok());
        QCOMPARE(saved.count(), 1);
        QVERIFY(!document->isModified());
        const QByteArray after = fileContent(ruleFile);
        QVERIFY(after != before);
        QVERIFY(after.contains("\"name\": \"Notes when closed\""));
        QCOMPARE(fileContent(m_project + QStringLiteral("/templates/customer-support.json")), templateBefore);
        // Saved edits need no recovery copy.
        auto recovery = project::findRecovery(m_project.toStdString());
        QVERIFY(recovery.ok());
        QVERIFY(!recovery->has_value());
        // What was saved reads back.
        auto reopened = openCopy(m_project);
        QCOMPARE(reopened->rule(kClosedNotes)->rule.name, std::string("Notes when closed"));
    }

    void aRefusedSaveKeepsTheEditsInTheRecoveryCopy()
    {
        auto document = openCopy(m_project);
        document->editRule(kClosedNotes, renamed(*document, kClosedNotes, "Kept"), QStringLiteral("Rename"));
        QFile changed(m_project + QStringLiteral("/rules/") + kClosedNotes + QStringLiteral(".json"));
        QVERIFY(changed.open(QIODevice::Append));
        changed.write("\n"); // someone else edited the file meanwhile
        changed.close();
        const Status saved = document->save();
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, std::string("project.changed-on-disk"));
        QVERIFY(document->isModified());
        auto recovery = project::findRecovery(m_project.toStdString());
        QVERIFY(recovery.ok() && recovery->has_value());
    }

    void autosaveWritesTheRecoveryCopyWhileModified()
    {
        auto document = openCopy(m_project);
        document->setAutosaveInterval(std::chrono::milliseconds(20));
        QVERIFY(!document->isAutosaveRunning());
        document->editRule(kClosedNotes, renamed(*document, kClosedNotes, "Autosaved name"),
                           QStringLiteral("Rename"));
        QVERIFY(document->isAutosaveRunning());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto found = project::findRecovery(m_project.toStdString());
                return found.ok() && found->has_value();
            }(),
            10000);
        document->undoStack()->undo();
        QVERIFY(!document->isAutosaveRunning()); // clean again: nothing to protect
    }

    void reopeningOffersTheRecoveryCopy()
    {
        {
            auto document = openCopy(m_project);
            document->editRule(kClosedNotes, renamed(*document, kClosedNotes, "Unsaved name"),
                               QStringLiteral("Rename"));
            QVERIFY(document->writeRecoveryNow().ok());
        } // closed without saving, as a crash would

        int asked = 0;
        auto later = openCopy(m_project, RecoveryChoice::KeepForLater, &asked);
        QCOMPARE(asked, 1);
        QCOMPARE(later->rule(kClosedNotes)->rule.name, std::string("Resolution notes required when closed"));
        later.reset();

        auto restored = openCopy(m_project, RecoveryChoice::Restore, &asked);
        QCOMPARE(asked, 2);
        QCOMPARE(restored->rule(kClosedNotes)->rule.name, std::string("Unsaved name"));
        QVERIFY(restored->isModified());
        QVERIFY(restored->isAutosaveRunning());
        restored.reset();

        auto discarded = openCopy(m_project, RecoveryChoice::Discard, &asked);
        QCOMPARE(asked, 3);
        QCOMPARE(discarded->rule(kClosedNotes)->rule.name,
                 std::string("Resolution notes required when closed"));
        QVERIFY(!discarded->isModified());
        discarded.reset();
        openCopy(m_project, RecoveryChoice::Restore, &asked);
        QCOMPARE(asked, 3); // nothing left to offer
    }

    void aFolderThatIsNoProjectIsReported()
    {
        auto opened =
            openProjectDocument(m_dir.filePath(QStringLiteral("missing")),
                                [](const project::RecoveryInfo &) { return RecoveryChoice::Restore; });
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, std::string("project.missing"));
    }
};

QTEST_GUILESS_MAIN(TestProjectDocument)
#include "test_ui_document.moc"
