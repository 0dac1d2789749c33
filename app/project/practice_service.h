#pragma once
// The practice service: casewright-emulator (the local Cases service the packages ship) run as a
// child process, so an admin can pull, edit and publish without an AWS account and without any
// risk to a real domain. It serves either the sample domain or a copy of a project's last pulled
// state; its state file lives under the user's data folder, never in a project.
//
// The child gets a fresh key pair on every start and environment() is the AWS environment that
// signs for it: the project's real profile, region and credentials are not used while practising,
// so a practice publish can never reach the real service.

#include "auth/aws_environment.h"
#include "common/result.h"
#include "model/domain_snapshot.h"

#include <QObject>
#include <QProcess>
#include <QString>

namespace cw::project {

class PracticeService : public QObject {
    Q_OBJECT
public:
    explicit PracticeService(QObject *parent = nullptr);
    ~PracticeService() override; // stops the child

    // The emulator program: CASEWRIGHT_EMULATOR when set, else casewright-emulator beside the
    // running program (an installed package), else cases-emulator there (a build tree).
    static QString findProgram();
    // Where practice state lives: QStandardPaths' AppDataLocation + "/practice".
    static QString defaultStateDirectory();

    // Starts the service on the sample domain; its state (stateDirectory/sample.snapshot.json)
    // is kept between runs, so practice edits survive a restart.
    Status startOnSample(const QString &stateDirectory = defaultStateDirectory());
    // Starts it on a fresh copy of `snapshot` (a project's .casewright/base.json): whatever an
    // earlier practice run did to that domain is replaced.
    Status startOnSnapshot(const DomainSnapshot &snapshot,
                           const QString &stateDirectory = defaultStateDirectory());
    void stop();

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    bool isListening() const { return !m_endpoint.isEmpty(); }
    QString endpoint() const { return m_endpoint; } // "http://127.0.0.1:PORT" once listening
    QString domainId() const { return m_domainId; }
    QString stateFile() const { return m_stateFile; }
    // The AWS environment to connect with: the child's key pair, its endpoint and its region.
    net::AwsEnvironment environment() const;

signals:
    void listening(const QString &endpoint);
    void failed(const QString &message); // it could not start, or stopped by itself
    void stopped();

private:
    Status start(const QStringList &stateArguments);
    void readOutput();
    void finished();

    QProcess m_process;
    QString m_endpoint;
    QString m_domainId;
    QString m_stateFile;
    QString m_accessKeyId;
    QString m_secretAccessKey;
    QByteArray m_output;
    bool m_stopping = false;
};

} // namespace cw::project
