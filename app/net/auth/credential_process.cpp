#include "auth/credential_process.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace cw::net {

namespace {

cw::Error processError(const QString &origin, const QString &problem)
{
    return cw::makeError("aws.credential-process",
                         QString(origin + QStringLiteral(": ") + problem).toStdString(),
                         cw::Location{{}, {}, 0, 0, origin.toStdString()});
}

QString requiredString(const QJsonObject &object, const QString &key, QString *missing)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().isEmpty())
        *missing += (missing->isEmpty() ? QString() : QStringLiteral(", ")) + key;
    return value.toString();
}

QString shortened(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes).trimmed();
    if (text.size() > 400)
        text = text.left(400) + QStringLiteral("...");
    return text;
}

} // namespace

std::optional<QStringList> splitCommandLine(const QString &commandLine)
{
#ifdef Q_OS_WIN
    return QProcess::splitCommand(commandLine);
#else
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote; // '\'', '"' or null
    for (qsizetype i = 0; i < commandLine.size(); ++i) {
        const QChar c = commandLine[i];
        if (quote == QLatin1Char('\'')) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
            continue;
        }
        if (quote == QLatin1Char('"')) {
            if (c == quote) {
                quote = QChar();
            } else if (c == QLatin1Char('\\') && i + 1 < commandLine.size() &&
                       QStringLiteral("\"\\$`").contains(commandLine[i + 1])) {
                word += commandLine[++i];
            } else {
                word += c;
            }
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            quote = c;
        else if (c == QLatin1Char('\\') && i + 1 < commandLine.size())
            word += commandLine[++i];
        else
            word += c;
    }
    if (!quote.isNull())
        return std::nullopt;
    if (inWord)
        words << word;
    return words;
#endif
}

cw::Result<Credentials> parseCredentialProcessOutput(const QByteArray &output, const QString &origin)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return processError(origin,
                            QStringLiteral("the command did not print a JSON object (%1 at offset %2). "
                                           "It must print {\"Version\": 1, \"AccessKeyId\": ..., "
                                           "\"SecretAccessKey\": ...}.")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("Version")).toInt(-1) != 1)
        return processError(origin, QStringLiteral("the JSON must have \"Version\": 1."));
    Credentials credentials;
    QString missing;
    credentials.accessKeyId = requiredString(object, QStringLiteral("AccessKeyId"), &missing);
    credentials.secretAccessKey = requiredString(object, QStringLiteral("SecretAccessKey"), &missing);
    if (!missing.isEmpty())
        return processError(origin, QStringLiteral("the JSON lacks %1.").arg(missing));
    const QJsonValue token = object.value(QStringLiteral("SessionToken"));
    if (!token.isUndefined() && !token.isNull() && !token.isString())
        return processError(origin, QStringLiteral("\"SessionToken\" must be a string."));
    credentials.sessionToken = token.toString();
    const QJsonValue expiration = object.value(QStringLiteral("Expiration"));
    if (!expiration.isUndefined() && !expiration.isNull()) {
        QDateTime when = QDateTime::fromString(expiration.toString(), Qt::ISODateWithMs);
        if (!expiration.isString() || !when.isValid())
            return processError(origin, QStringLiteral("\"Expiration\" must be an ISO 8601 time such as "
                                                       "2024-05-01T12:00:00Z."));
        credentials.expiration = when.toUTC();
    }
    return credentials;
}

cw::Result<Credentials> runCredentialProcess(const QString &commandLine, const QString &origin,
                                             const CredentialProcessOptions &options)
{
    const std::optional<QStringList> split = splitCommandLine(commandLine);
    if (!split)
        return processError(origin, QStringLiteral("the command has a quote that is never closed."));
    const QStringList &arguments = *split;
    if (arguments.isEmpty())
        return processError(origin, QStringLiteral("the command is empty."));
    QProcess process;
    process.setProcessEnvironment(options.environment);
    process.setProgram(arguments.first());
    process.setArguments(arguments.mid(1));
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(static_cast<int>(options.timeout.count())))
        return processError(origin, QStringLiteral("could not start '%1': %2. Check the path and that the "
                                                   "file is executable.")
                                        .arg(arguments.first(), process.errorString()));
    if (!process.waitForFinished(static_cast<int>(options.timeout.count()))) {
        process.kill();
        process.waitForFinished(1000);
        return processError(origin, QStringLiteral("'%1' did not finish within %2 s and was stopped.")
                                        .arg(arguments.first())
                                        .arg(static_cast<double>(options.timeout.count()) / 1000.0));
    }
    const QString errors = shortened(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit)
        return processError(origin,
                            QStringLiteral("'%1' crashed.%2")
                                .arg(arguments.first(),
                                     errors.isEmpty() ? QString() : QStringLiteral(" It said: ") + errors));
    if (process.exitCode() != 0)
        return processError(origin,
                            QStringLiteral("'%1' failed with exit code %2.%3")
                                .arg(arguments.first())
                                .arg(process.exitCode())
                                .arg(errors.isEmpty() ? QString() : QStringLiteral(" It said: ") + errors));
    return parseCredentialProcessOutput(process.readAllStandardOutput(), origin);
}

CachedCredentialProcess::CachedCredentialProcess(QString commandLine, QString origin,
                                                 CredentialProcessOptions options,
                                                 std::chrono::seconds refreshMargin, Clock clock)
    : m_origin(origin),
      m_cache([commandLine = std::move(commandLine), origin = std::move(origin),
               options = std::move(options)] { return runCredentialProcess(commandLine, origin, options); },
              refreshMargin, std::move(clock))
{
}

} // namespace cw::net
