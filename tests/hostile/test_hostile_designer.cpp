// The designer's headless mode (`casewright --screenshot FILE DIR`) on every hostile variant of the
// sample project (issue #18): it finishes within 20 s on each. A folder that opens is rendered
// (exit 0, a PNG); a folder that cannot be read never waits on a dialog: the message goes to
// stderr, naming the file, and the exit status is 1.
#include "hostile_projects.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace cw::hostile;

class TestHostileDesigner : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(m_home.isValid());
        m_projects = makeHostileProjects(m_root.path());
        QVERIFY(m_projects.size() >= 13);
    }

    void screenshotFinishesOnEveryHostileProject()
    {
        for (const HostileProject &project : m_projects) {
            const QByteArray name = project.name.toUtf8();
            const QString shot = m_home.filePath(project.name + QStringLiteral(".png"));
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            // The designer's settings (recent projects) go to a throwaway home.
            environment.insert(QStringLiteral("HOME"), m_home.path());
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
            process.setProcessEnvironment(environment);
            QElapsedTimer timer;
            timer.start();
            process.start(QStringLiteral(CASEWRIGHT_DESIGNER_PATH),
                          {QStringLiteral("--screenshot"), shot, project.folder});
            const bool finished = process.waitForFinished(20'000);
            const qint64 elapsed = timer.elapsed();
            if (!finished) {
                process.kill();
                process.waitForFinished();
            }
            const QByteArray errors = process.readAllStandardError();
            qInfo("%s: exit %d in %lld ms", name.constData(), process.exitCode(), elapsed);
            QVERIFY2(finished, QByteArray(name + ": still running after 20 s").constData());
            QVERIFY2(process.exitStatus() == QProcess::NormalExit, name.constData());
            if (project.loads) {
                QVERIFY2(process.exitCode() == 0, QByteArray(name + ": " + errors.left(2000)).constData());
                QVERIFY2(QFileInfo(shot).size() > 0, name.constData());
            } else {
                QVERIFY2(process.exitCode() == 1, QByteArray(name + ": " + errors.left(2000)).constData());
                QVERIFY2(errors.contains(project.culprit.toUtf8()),
                         QByteArray(name + ": " + errors.left(2000)).constData());
                QVERIFY2(errors.size() <= 64 * 1024, name.constData());
            }
        }
    }

private:
    QTemporaryDir m_root;
    QTemporaryDir m_home;
    std::vector<HostileProject> m_projects;
};

QTEST_GUILESS_MAIN(TestHostileDesigner)
#include "test_hostile_designer.moc"
