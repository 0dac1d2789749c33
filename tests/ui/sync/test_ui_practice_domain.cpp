// File > Practice Domain through the real window: the practice service starts on a copy of the
// project's pulled state, the status bar says it is a practice service, File > Publish… publishes
// there -- and the project's own service ("production" here, a second emulator) receives nothing.
#include "dialogs/message_box.h"
#include "document/project_document.h"
#include "mainwindow/main_window.h"
#include "mainwindow/project_status_bar.h"
#include "project/practice_service.h"
#include "sync/publish_dialog.h"
#include "sync_test_support.h"
#include "wire/wire_json.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;
using cw::emu::testing::answeredRequests;
using cw::emu::testing::EmulatorClient;

namespace {
const QString kResolutionSlug = QStringLiteral("resolution-notes-required-when-closed");

} // namespace

class TestPracticeDomain : public QObject {
    Q_OBJECT
private:
    EmulatorProjectFixture m_production;

private slots:
    void initTestCase()
    {
        m_production.prepare(QStringLiteral("practice-domain-tests"));
        qputenv("CASEWRIGHT_EMULATOR", CASES_EMULATOR_PATH);
        const QString failed = startAndPullSample(*m_production.emulator, m_production.project);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase() { m_production.emulator.reset(); }

    void publishesToThePracticeServiceAndNeverToTheProjectsOwn()
    {
        MainWindow window;
        QVERIFY(window.openProject(m_production.project));
        window.show();
        ProjectDocument *document = window.document();
        QVERIFY(document);
        EmulatorClient production(m_production.emulator->url());
        const int productionBefore = answeredRequests(production);

        // File > Practice Domain… > "Copy of this project".
        MessageBox::setNextAnswer(QMessageBox::No);
        window.practiceAction()->trigger();
        QCOMPARE(MessageBox::unexpectedQuestions(), 0);
        project::PracticeService *practice = window.practiceService();
        QVERIFY(practice);
        QTRY_VERIFY_WITH_TIMEOUT(practice->isListening(), 15000);
        QVERIFY(window.practiceLabel() && window.practiceLabel()->isVisible());
        QVERIFY2(window.practiceLabel()->text().contains(QLatin1String("PRACTICE service, not AWS")),
                 qPrintable(window.practiceLabel()->text()));
        QVERIFY(window.practiceLabel()->text().contains(practice->endpoint()));
        // The status bar's "Target" names the practice service, not the project's own connection.
        const QString ownTarget =
            QStringLiteral("Target: us-east-1 \u00b7 ") + m_production.emulator->url().toString();
        QLabel *target = window.projectStatus()->targetLabel();
        QCOMPARE(target->text(),
                 QStringLiteral("Target: PRACTICE service %1 (not AWS)").arg(practice->endpoint()));
        QVERIFY2(!target->text().contains(m_production.emulator->url().toString()),
                 qPrintable(target->text()));
        QVERIFY2(target->toolTip().contains(m_production.emulator->url().toString()),
                 qPrintable(target->toolTip()));
        QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots"));
        QVERIFY(window.grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/practice-domain.png")));
        QCOMPARE(practice->domainId(), kDomainId);
        QVERIFY2(!practice->stateFile().startsWith(m_production.project),
                 "practice state must not live in the project");

        // An edit, published with File > Publish… while practising.
        CaseRule resolution = document->rule(kResolutionSlug)->rule;
        resolution.description = "Practised first.";
        document->editRule(kResolutionSlug, resolution, QStringLiteral("Change description"));
        window.publishAction()->trigger();
        auto *dialog = window.findChild<PublishDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->connectionForm()->choice().endpoint, practice->endpoint());
        // Whom it publishes as comes from the practice service too (its GetCallerIdentity).
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCheckingIdentity(), 15000);
        QVERIFY2(dialog->identityLabel()->text().startsWith(
                     QLatin1String("Publishing as user/casewright-emulator")),
                 qPrintable(dialog->identityLabel()->text()));
        QSignalSpy finished(dialog, &PublishDialog::publishFinished);
        QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QVERIFY2(finished.front().front().toBool(),
                 qPrintable(dialog->statusLabel()->text() + dialog->resultView()->toPlainText()));
        dialog->close();

        // The practice domain has the edit; the project's own service saw no request at all.
        auto practised = wire::loadSnapshotFile(practice->stateFile().toStdString());
        QVERIFY(practised);
        const CaseRule *published = practised->findRule(resolution.caseRuleId);
        QVERIFY(published);
        QCOMPARE(published->description.value_or(std::string()), std::string("Practised first."));
        QCOMPARE(answeredRequests(production), productionBefore);
        QVERIFY(remoteRule(production, resolution.caseRuleId)["description"] != Json("Practised first."));

        // File > Stop Practice Domain…: the status bar no longer says practice.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.practiceAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!practice->isRunning(), 10000);
        QVERIFY(!window.practiceLabel()->isVisible());
        QVERIFY2(target->text().startsWith(ownTarget),
                 qPrintable(target->text() + QStringLiteral(" vs ") + ownTarget));
        QCOMPARE(MessageBox::unexpectedQuestions(), 0);
    }
};

QTEST_MAIN(TestPracticeDomain)
#include "test_ui_practice_domain.moc"
