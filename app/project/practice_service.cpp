#include "practice_service.h"

#include "project_io.h"
#include "wire/wire_json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

namespace cw::project {
namespace {
#ifdef Q_OS_WIN
const QString kProgramSuffix = QStringLiteral(".exe");
#else
const QString kProgramSuffix;
#endif

QString randomKey(int length)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    QString key;
    for (int i = 0; i < length; ++i)
        key += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return key;
}

Error practiceError(const std::string &message)
{
    return makeError("practice.start", message);
}
} // namespace

PracticeService::PracticeService(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &PracticeService::readOutput);
    connect(&m_process, &QProcess::finished, this, &PracticeService::finished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(tr("The practice service could not be started (%1): %2")
                            .arg(m_process.program(), m_process.errorString()));
    });
}

PracticeService::~PracticeService()
{
    // Its owner (the main window) may be half destroyed by now: stop without telling anyone.
    blockSignals(true);
    stop();
}

QString PracticeService::findProgram()
{
    const QString chosen = qEnvironmentVariable("CASEWRIGHT_EMULATOR");
    if (!chosen.isEmpty())
        return chosen;
    const QDir programs(QCoreApplication::applicationDirPath());
    for (const QString &name : {QStringLiteral("casewright-emulator"), QStringLiteral("cases-emulator")}) {
        const QString path = programs.filePath(name + kProgramSuffix);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return programs.filePath(QStringLiteral("casewright-emulator") + kProgramSuffix);
}

QString PracticeService::defaultStateDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/practice");
}

Status PracticeService::startOnSample(const QString &stateDirectory)
{
    m_stateFile = QDir(stateDirectory).filePath(QStringLiteral("sample.snapshot.json"));
    return start({QStringLiteral("--seed-sample"), QStringLiteral("--state"), m_stateFile});
}

Status PracticeService::startOnSnapshot(const DomainSnapshot &snapshot, const QString &stateDirectory)
{
    // One file per domain id, so practising on two projects never mixes their domains.
    QString name = QString::fromStdString(snapshot.domainId);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    m_stateFile = QDir(stateDirectory).filePath(name + QStringLiteral(".snapshot.json"));
    if (!QDir().mkpath(stateDirectory))
        return practiceError("cannot create the practice folder " + stateDirectory.toStdString());
    if (auto written =
            writeFileAtomically(m_stateFile.toStdString(), wire::writeSnapshot(snapshot).dump(2) + "\n");
        !written)
        return written.error();
    return start({QStringLiteral("--state"), m_stateFile});
}

Status PracticeService::start(const QStringList &stateArguments)
{
    stop();
    if (!QDir().mkpath(QFileInfo(m_stateFile).absolutePath()))
        return practiceError("cannot create the practice folder " +
                             QFileInfo(m_stateFile).absolutePath().toStdString());
    const QString program = findProgram();
    if (!QFileInfo(program).isExecutable())
        return practiceError("the practice service " + program.toStdString() +
                             " is missing: reinstall Casewright, or set CASEWRIGHT_EMULATOR to its path");
    m_accessKeyId = QStringLiteral("PRACTICE") + randomKey(12);
    m_secretAccessKey = randomKey(40);
    m_endpoint.clear();
    m_domainId.clear();
    m_output.clear();
    m_stopping = false;
    m_process.start(program,
                    QStringList{QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--access-key"),
                                m_accessKeyId, QStringLiteral("--secret-key"), m_secretAccessKey} +
                        stateArguments);
    return Ok{};
}

void PracticeService::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    if (!m_endpoint.isEmpty())
        return;
    static const QRegularExpression line(QStringLiteral("^\\S+ listening on (http://\\S+)$"),
                                         QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromUtf8(m_output));
    if (!match.hasMatch())
        return;
    // The state file now holds the domain the service serves (the sample's, or the copy's).
    auto snapshot = wire::loadSnapshotFile(m_stateFile.toStdString());
    if (!snapshot) {
        emit failed(tr("The practice service started, but its state cannot be read: %1")
                        .arg(QString::fromStdString(snapshot.error().toString())));
        stop();
        return;
    }
    m_domainId = QString::fromStdString(snapshot->domainId);
    m_endpoint = match.captured(1);
    emit listening(m_endpoint);
}

void PracticeService::finished()
{
    const bool expected = m_stopping;
    m_endpoint.clear();
    if (!expected)
        emit failed(tr("The practice service stopped: %1")
                        .arg(QString::fromUtf8(m_process.readAllStandardError()).trimmed()));
    emit stopped();
}

void PracticeService::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

net::AwsEnvironment PracticeService::environment() const
{
    net::AwsEnvironment environment;
    // Nothing of the user's AWS set-up: no profile, no config files, only the child's key pair.
    environment.homeDirectory = QDir(QFileInfo(m_stateFile).absolutePath()).filePath(QStringLiteral("home"));
    environment.variables.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), m_accessKeyId);
    environment.variables.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), m_secretAccessKey);
    environment.variables.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    environment.variables.insert(QStringLiteral("AWS_ENDPOINT_URL_CONNECTCASES"), m_endpoint);
    // The identity shown before a publish (sts:GetCallerIdentity) comes from the practice service too.
    environment.variables.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), m_endpoint);
    environment.variables.insert(QStringLiteral("AWS_CONFIG_FILE"),
                                 environment.homeDirectory + QStringLiteral("/none"));
    environment.variables.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                                 environment.homeDirectory + QStringLiteral("/none"));
    return environment;
}

} // namespace cw::project
