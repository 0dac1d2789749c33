#include "emulator_process.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

namespace cw::emu::testing {

QString defaultEmulatorPath()
{
#ifdef CASES_EMULATOR_PATH
    return QStringLiteral(CASES_EMULATOR_PATH);
#else
    return QStringLiteral("cases-emulator");
#endif
}

QString sampleSnapshotPath()
{
#ifdef CASES_EMULATOR_SAMPLE
    return QStringLiteral(CASES_EMULATOR_SAMPLE);
#else
    return {};
#endif
}

EmulatorProcess::EmulatorProcess(QString executable) : m_executable(std::move(executable))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

EmulatorProcess::~EmulatorProcess()
{
    stop();
}

bool EmulatorProcess::start(const QStringList &arguments, int timeoutMs)
{
    stop();
    m_url.clear();
    m_error.clear();
    m_stderr.clear();
    QStringList all = arguments;
    if (!all.contains(QStringLiteral("--port")))
        all << QStringLiteral("--port") << QStringLiteral("0");
    m_process.start(m_executable, all);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_executable, m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("^cases-emulator listening on (http://\\S+)$"));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() &&
            !m_process.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            const auto match = listening.match(line);
            if (match.hasMatch()) {
                m_url = QUrl(match.captured(1));
                return true;
            }
        }
    }
    m_stderr += m_process.readAllStandardError();
    m_error = QStringLiteral("cases-emulator did not report its URL (exit code %1): %2")
                  .arg(m_process.exitCode())
                  .arg(QString::fromUtf8(m_stderr));
    stop();
    return false;
}

void EmulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_stderr += m_process.readAllStandardError();
}

QByteArray EmulatorProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

} // namespace cw::emu::testing
