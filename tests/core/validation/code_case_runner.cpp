#include "code_cases.h"
#include "snapshot_fixture.h"
#include "validation/lint.h"
#include "wire/wire_json.h"

#include <QTest>
#include <set>

namespace cw::test {

QString describeFindings(const std::vector<Finding> &findings)
{
    QString text;
    for (const Finding &finding : findings)
        text += QString::fromStdString(finding.toString()) + QLatin1Char('\n');
    return text;
}

namespace {

bool pointerResolves(const Json &document, const std::string &pointer)
{
    try {
        return document.contains(Json::json_pointer(pointer));
    } catch (const Json::exception &) {
        return false;
    }
}

} // namespace

void verifyCodeCase(const CodeCase &codeCase)
{
    DomainSnapshot broken = realisticSnapshot();
    codeCase.breakIt(broken);
    const std::vector<Finding> findings = checkSnapshot(broken, "customer-care.json");

    std::set<std::string> expected{codeCase.code};
    expected.insert(codeCase.alsoExpected.begin(), codeCase.alsoExpected.end());
    std::set<std::string> actual;
    for (const Finding &finding : findings)
        actual.insert(finding.code);
    QVERIFY2(actual == expected,
             qPrintable(QStringLiteral("unexpected codes:\n") + describeFindings(findings)));

    const Json document = wire::writeSnapshot(broken);
    bool found = false;
    for (const Finding &finding : findings) {
        QCOMPARE(finding.where.file, std::string("customer-care.json"));
        QVERIFY2(!finding.message.empty() && !finding.where.entity.empty(),
                 qPrintable(describeFindings({finding})));
        QVERIFY2(pointerResolves(document, finding.where.pointer),
                 qPrintable(QStringLiteral("pointer does not resolve: ") + describeFindings({finding})));
        const bool isLint = finding.code.rfind("lint.", 0) == 0;
        QVERIFY2(finding.severity == (isLint ? Finding::Severity::Warning : Finding::Severity::Error),
                 qPrintable(describeFindings({finding})));
        found = found || (finding.code == codeCase.code && finding.where.pointer == codeCase.pointer);
    }
    QVERIFY2(found, qPrintable(QStringLiteral("no %1 at %2:\n")
                                   .arg(QString::fromStdString(codeCase.code),
                                        QString::fromStdString(codeCase.pointer)) +
                               describeFindings(findings)));

    if (codeCase.nearMiss) {
        DomainSnapshot legal = realisticSnapshot();
        codeCase.nearMiss(legal);
        const std::vector<Finding> legalFindings = checkSnapshot(legal, "customer-care.json");
        for (const Finding &finding : legalFindings)
            QVERIFY2(finding.code != codeCase.code, qPrintable(QStringLiteral("near miss gives the code:\n") +
                                                               describeFindings(legalFindings)));
    }
}

} // namespace cw::test
