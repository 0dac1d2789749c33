#include "cli_runner.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>

namespace cw::testing {

CliRunner::CliRunner(QUrl endpoint, QString scratchHome) : m_endpoint(std::move(endpoint)), m_home(std::move(scratchHome))
{
}

CliRun CliRunner::run(const QStringList &arguments, const QStringList &extraEnvironment) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys())
        if (name.startsWith(QLatin1String("AWS_")))
            environment.remove(name);
    environment.insert(QStringLiteral("HOME"), m_home);
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("CASEWRIGHTEMULATOR"));
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("casewright-emulator-secret-key"));
    environment.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    for (const QString &assignment : extraEnvironment)
        environment.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));

    QStringList fullArguments = arguments;
    const QString command = arguments.value(0);
    if (command == QLatin1String("pull") || command == QLatin1String("publish"))
        fullArguments << QStringLiteral("--endpoint") << m_endpoint.toString();

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CASEWRIGHT_CLI_PATH), fullArguments);
    const bool finished = process.waitForFinished(120000);
    CliRun result;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (finished && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

Json readJson(const QString &path)
{
    auto json = readJsonFile(path.toStdString());
    return json ? *json : Json();
}

void writeJson(const QString &path, const Json &json)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(QByteArray::fromStdString(toJsonText(json)));
}

std::map<QString, Json> readTree(const QString &folder)
{
    std::map<QString, Json> tree;
    QDirIterator it(folder, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(folder).relativeFilePath(path);
        if (relative.startsWith(QLatin1Char('.')))
            continue;
        tree[relative] = readJson(path);
    }
    return tree;
}

} // namespace cw::testing
