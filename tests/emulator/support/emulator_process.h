#pragma once
// Starts cases-emulator as a child process for a test and stops it again. The emulator listens on
// a free port (--port 0) and prints "cases-emulator listening on http://127.0.0.1:PORT"; start()
// waits for that line, so url() is ready to use when it returns true.
//
//   EmulatorProcess emulator;
//   QVERIFY2(emulator.start({"--seed-sample"}), qPrintable(emulator.errorText()));
//   QUrl base = emulator.url();
//
// Link `cases_emulator_testsupport`; the executable's path comes from CASES_EMULATOR_PATH (set
// for that library's users) unless one is given.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cw::emu::testing {

// The cases-emulator this build made.
QString defaultEmulatorPath();
// The sample domain snapshot (resources/sample/support-centre.snapshot.json).
QString sampleSnapshotPath();

class EmulatorProcess {
public:
    explicit EmulatorProcess(QString executable = defaultEmulatorPath());
    ~EmulatorProcess(); // stops the emulator

    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;

    // Starts it with `arguments` (plus "--port 0" unless a port is given) and waits up to
    // `timeoutMs` for its URL. False, with errorText(), when it exits or stays silent.
    bool start(const QStringList &arguments, int timeoutMs = 15000);
    // Terminates it and waits for it to end.
    void stop();

    QUrl url() const { return m_url; }
    quint16 port() const { return static_cast<quint16>(m_url.port()); }
    QString errorText() const { return m_error; }
    QByteArray standardError(); // what it printed on stderr so far

private:
    QString m_executable;
    QProcess m_process;
    QUrl m_url;
    QString m_error;
    QByteArray m_stderr;
};

} // namespace cw::emu::testing
