#pragma once
// Reads one case folder of the aws-c-auth SigV4 test suite (tests/data/sigv4-testsuite), parsing
// request files the way aws-c-auth's own harness does (see the suite's README.md).

#include "auth/sigv4_types.h"

#include <QString>
#include <QStringList>

namespace cw::net::testing {

struct SuiteCase {
    QString name;
    HttpRequestParts request;
    SigningParams params;
};

QString suiteDirectory();
// Names of the case folders, sorted.
QStringList suiteCaseNames();
// The bytes of <case>/<file>; fails the calling test through QVERIFY if the file is missing.
QByteArray readSuiteFile(const QString &caseName, const QString &fileName);
// "METHOD target HTTP/1.1", headers (folded lines continue the previous value), blank line, body.
HttpRequestParts parseRequestText(const QByteArray &text);
// Builds the case from request.txt and context.json; `ok` is false when context.json is unusable.
SuiteCase loadSuiteCase(const QString &caseName, bool *ok);

} // namespace cw::net::testing
