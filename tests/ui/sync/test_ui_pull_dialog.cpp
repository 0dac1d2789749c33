// The pull dialog against the emulator: the sample domain pulled into a new folder with progress
// and the report, a refresh that merges a remote change, and a cancelled pull that writes nothing.

#include "sync/pull_dialog.h"
#include "sync_test_support.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;
using cw::emu::testing::EmulatorClient;
using cw::emu::testing::EmulatorProcess;

class TestPullDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    EmulatorProcess m_emulator;

private slots:
    void initTestCase()
    {
        useEmulatorEnvironment(m_home.path());
        QVERIFY2(startEmulator(m_emulator), qPrintable(m_emulator.errorText()));
    }

    void pullsTheSampleDomainIntoANewFolder()
    {
        const QString folder = m_work.filePath(QStringLiteral("new"));
        PullDialog dialog;
        dialog.open();
        dialog.setFolder(folder);
        dialog.connectionForm()->setChoice(emulatorChoice(m_emulator.url()));
        QSignalSpy finished(&dialog, &PullDialog::pullFinished);
        QTest::mouseClick(dialog.pullButton(), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(dialog.cancelButton()->isEnabled());
        QVERIFY(!dialog.pullButton()->isEnabled());
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.front().front().toBool(), qPrintable(dialog.reportView()->toPlainText()));
        QVERIFY(!dialog.isRunning());

        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("casewright.json"))));
        QVERIFY(QFile::exists(QDir(folder).filePath(kResolutionRuleFile)));
        const Json config = readJson(QDir(folder).filePath(QStringLiteral("casewright.json")));
        QCOMPARE(config["domainId"].get<std::string>(), kDomainId.toStdString());
        QVERIFY(!config.dump().empty() && config.dump().find("secret") == std::string::npos);
        QVERIFY(dialog.result()->created);
        QCOMPARE(dialog.result()->rules, std::size_t(10));
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
        QVERIFY(dialog.progressBar()->maximum() > 20); // the counts, not a busy indicator
        QVERIFY(dialog.progressLabel()->text().contains(QStringLiteral("rules 10/10")));
        const QString report = dialog.reportView()->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("Created the project")), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("10 rules")));
        QVERIFY(dialog.openButton()->isEnabled());
        QSignalSpy open(&dialog, &PullDialog::openProjectRequested);
        QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.front().front().toString(), folder);
    }

    void aRefreshMergesAndReports()
    {
        const QString folder = m_work.filePath(QStringLiteral("refresh"));
        QVERIFY(pullSample(m_emulator.url(), folder));
        // A local edit to one rule, a remote edit to another, and both sides editing a third.
        const QString mineFile = QDir(folder).filePath(kResolutionRuleFile);
        Json mine = readJson(mineFile);
        mine["description"] = "Mine";
        QVERIFY(writeJson(mineFile, mine));
        EmulatorClient client(m_emulator.url());
        const std::string subcategoryId = readJson(QDir(folder).filePath(kSubcategoryRuleFile))["caseRuleId"];
        QCOMPARE(client
                     .call("PUT", "/domains/" + kDomainId.toStdString() + "/case-rules/" + subcategoryId,
                           {{"description", "Theirs"}})
                     .status,
                 200);
        QCOMPARE(client
                     .call("PUT",
                           "/domains/" + kDomainId.toStdString() + "/case-rules/" +
                               mine["caseRuleId"].get<std::string>(),
                           {{"description", "Theirs too"}})
                     .status,
                 200);

        PullDialog dialog;
        dialog.setFolder(folder);
        // An existing project: its stored domain and endpoint, the domain fixed.
        QCOMPARE(dialog.connectionForm()->choice().domainId, kDomainId);
        QCOMPARE(dialog.connectionForm()->choice().endpoint, m_emulator.url().toString());
        QVERIFY(!dialog.connectionForm()->domainCombo()->isEnabled());
        QSignalSpy finished(&dialog, &PullDialog::pullFinished);
        dialog.startPull();
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.front().front().toBool(), qPrintable(dialog.reportView()->toPlainText()));
        const QString report = dialog.reportView()->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("Refreshed the project")), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("Updated from the remote: subcategories-by-category")));
        QVERIFY(report.contains(QStringLiteral("rule resolution-notes-required-when-closed")));
        QCOMPARE(readJson(QDir(folder).filePath(kSubcategoryRuleFile))["description"].get<std::string>(),
                 std::string("Theirs"));
        QCOMPARE(readJson(mineFile)["description"].get<std::string>(), std::string("Mine"));
    }

    void aCancelledPullWritesNothing()
    {
        const QString folder = m_work.filePath(QStringLiteral("cancelled"));
        PullDialog dialog;
        dialog.setFolder(folder);
        dialog.connectionForm()->setChoice(emulatorChoice(m_emulator.url()));
        QSignalSpy finished(&dialog, &PullDialog::pullFinished);
        dialog.startPull();
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.count() == 1 || finished.wait(15000));
        QCOMPARE(finished.front().front().toBool(), false);
        QVERIFY2(dialog.reportView()->toPlainText().contains(QStringLiteral("cancel")),
                 qPrintable(dialog.reportView()->toPlainText()));
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("casewright.json"))));
        QVERIFY(dialog.pullButton()->isEnabled());
    }

    void missingChoicesAreExplained()
    {
        PullDialog dialog;
        QSignalSpy finished(&dialog, &PullDialog::pullFinished);
        dialog.startPull();
        QCOMPARE(finished.count(), 1);
        QVERIFY(dialog.reportView()->toPlainText().contains(QStringLiteral("folder")));
        dialog.setFolder(m_work.filePath(QStringLiteral("no-domain")));
        dialog.startPull();
        QVERIFY(dialog.reportView()->toPlainText().contains(QStringLiteral("domain")));
    }
};

QTEST_MAIN(TestPullDialog)
#include "test_ui_pull_dialog.moc"
