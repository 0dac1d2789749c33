#include "sigv4_suite_case.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace cw::net::testing {

QString suiteDirectory()
{
    return QStringLiteral(CASEWRIGHT_SOURCE_DIR "/tests/data/sigv4-testsuite");
}

QStringList suiteCaseNames()
{
    return QDir(suiteDirectory()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray readSuiteFile(const QString &caseName, const QString &fileName)
{
    QFile file(suiteDirectory() + QLatin1Char('/') + caseName + QLatin1Char('/') + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

HttpRequestParts parseRequestText(const QByteArray &text)
{
    HttpRequestParts parts;
    const QList<QByteArray> lines = text.split('\n');
    if (lines.isEmpty())
        return parts;
    const QByteArray &requestLine = lines.first();
    const qsizetype space = requestLine.indexOf(' ');
    parts.method = requestLine.left(space);
    // The target may itself contain spaces: it runs up to " HTTP/1.1".
    const QByteArray target = requestLine.mid(space + 1, requestLine.size() - space - 1 - 9);
    const qsizetype question = target.indexOf('?');
    parts.path = question < 0 ? target : target.left(question);
    parts.query = question < 0 ? QByteArray() : target.mid(question + 1);

    qsizetype index = 1;
    for (; index < lines.size(); ++index) {
        const QByteArray &line = lines[index];
        if (line.isEmpty())
            break;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !parts.headers.isEmpty()) {
            parts.headers.last().second += '\n' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        parts.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    if (index + 1 < lines.size())
        parts.body = lines.mid(index + 1).join('\n');
    return parts;
}

SuiteCase loadSuiteCase(const QString &caseName, bool *ok)
{
    SuiteCase suiteCase;
    suiteCase.name = caseName;
    suiteCase.request = parseRequestText(readSuiteFile(caseName, QStringLiteral("request.txt")));
    const QJsonDocument context =
        QJsonDocument::fromJson(readSuiteFile(caseName, QStringLiteral("context.json")));
    const QJsonObject root = context.object();
    const QJsonObject credentials = root.value(QStringLiteral("credentials")).toObject();
    SigningParams &params = suiteCase.params;
    params.credentials.accessKeyId = credentials.value(QStringLiteral("access_key_id")).toString();
    params.credentials.secretAccessKey = credentials.value(QStringLiteral("secret_access_key")).toString();
    params.credentials.sessionToken = credentials.value(QStringLiteral("token")).toString();
    params.region = root.value(QStringLiteral("region")).toString();
    params.service = root.value(QStringLiteral("service")).toString();
    params.time = QDateTime::fromString(root.value(QStringLiteral("timestamp")).toString(), Qt::ISODate);
    params.normalizePath = root.value(QStringLiteral("normalize")).toBool(true);
    params.signBody = root.value(QStringLiteral("sign_body")).toBool(false);
    params.omitSessionToken = root.value(QStringLiteral("omit_session_token")).toBool(false);
    params.expiresInSeconds = root.value(QStringLiteral("expiration_in_seconds")).toInt(3600);
    *ok = context.isObject() && params.credentials.isValid() && params.time.isValid() &&
          !params.region.isEmpty();
    return suiteCase;
}

} // namespace cw::net::testing
