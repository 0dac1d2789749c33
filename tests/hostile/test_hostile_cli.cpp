// `casewright-cli validate` on every hostile variant of the sample project (issue #18): the real
// binary answers within 10 s, exits 1, names the file at fault, prints at most 64 KB and never
// passes a control character through to the terminal.
#include "hostile_projects.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cw::hostile;

namespace {

bool hasRawControlByte(const QByteArray &text)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F)
            return true;
    }
    return false;
}

} // namespace

class TestHostileCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_projects = makeHostileProjects(m_root.path());
        QVERIFY(m_projects.size() >= 13);
    }

    void validateAnswersEveryHostileProject()
    {
        for (const HostileProject &project : m_projects) {
            const QByteArray name = project.name.toUtf8();
            QProcess process;
            QElapsedTimer timer;
            timer.start();
            process.start(QStringLiteral(CASEWRIGHT_CLI_PATH), {QStringLiteral("validate"), project.folder});
            const bool finished = process.waitForFinished(10'000);
            const qint64 elapsed = timer.elapsed();
            if (!finished) {
                process.kill();
                process.waitForFinished();
            }
            const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
            qInfo("%s: exit %d in %lld ms, %lld bytes", name.constData(), process.exitCode(), elapsed,
                  qint64(output.size()));
            QVERIFY2(finished, name.constData());
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 1,
                     QByteArray(name + ": " + output.left(2000)).constData());
            QVERIFY2(output.size() <= 64 * 1024, name.constData());
            QVERIFY2(output.contains(project.culprit.toUtf8()),
                     QByteArray(name + ": " + output.left(2000)).constData());
            QVERIFY2(!hasRawControlByte(output), name.constData());
        }
    }

private:
    QTemporaryDir m_root;
    std::vector<HostileProject> m_projects;
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "test_hostile_cli.moc"
