// The publish dialog's Rehearse button: the real publish path against a practice copy of the
// pulled state, its report in the dialog -- and the project's own service (an emulator the project
// was pulled from) receives no request, the project folder is unchanged.
#include "dialogs/message_box.h"
#include "sync/publish_dialog.h"
#include "sync_test_support.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;
using cw::emu::testing::answeredRequests;
using cw::emu::testing::EmulatorClient;
using cw::emu::testing::EmulatorProcess;

namespace {

QByteArray folderHash(const QString &folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList paths;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    for (const QString &path : paths) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(QByteArray(path.toUtf8() + file.readAll()));
    }
    return hash.result();
}
} // namespace

class TestPublishRehearsalButton : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    std::unique_ptr<EmulatorProcess> m_production;
    QString m_project;

private slots:
    void initTestCase()
    {
        useEmulatorEnvironment(m_home.path());
        qputenv("CASEWRIGHT_EMULATOR", CASES_EMULATOR_PATH);
        MessageBox::setScripted(true);
        m_production = std::make_unique<EmulatorProcess>();
        m_project = m_work.filePath(QStringLiteral("project"));
        const QString failed = startAndPullSample(*m_production, m_project);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase() { m_production.reset(); }

    void rehearseReportsTheStepsAndTheDomainAfterwards()
    {
        const QString rulePath = QDir(m_project).filePath(kResolutionRuleFile);
        Json edited = readJson(rulePath);
        QVERIFY(edited.is_object());
        edited["description"] = "Rehearsed in the dialog.";
        QVERIFY(writeJson(rulePath, edited));
        const QByteArray before = folderHash(m_project);
        EmulatorClient production(m_production->url());
        const int productionBefore = answeredRequests(production);

        PublishDialog dialog;
        QVERIFY(dialog.openProject(m_project).ok());
        dialog.connectionForm()->setChoice(emulatorChoice(m_production->url()));
        QVERIFY(dialog.rehearseButton()->isEnabled());
        QSignalSpy finished(&dialog, &PublishDialog::rehearsalFinished);
        QTest::mouseClick(dialog.rehearseButton(), Qt::LeftButton);
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        const QString report = dialog.resultView()->toPlainText();
        QVERIFY2(finished.front().front().toBool(), qPrintable(dialog.statusLabel()->text() + report));
        QVERIFY2(report.contains(QStringLiteral("changed (description)")), qPrintable(report));
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("Rehearsal succeeded")),
                 qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.publishButton()->isEnabled()); // the real publish is still to do
        QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots"));
        QVERIFY(
            dialog.grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/publish-rehearsal.png")));

        QCOMPARE(answeredRequests(production), productionBefore);
        QCOMPARE(folderHash(m_project), before);
    }
};

QTEST_MAIN(TestPublishRehearsalButton)
#include "test_ui_publish_rehearsal.moc"
