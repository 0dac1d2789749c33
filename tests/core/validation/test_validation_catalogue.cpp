// The list of codes, the documentation and the tests agree: docs/validation-codes.md lists every
// code exactly once, and every code has a case that produces it.

#include "code_cases.h"
#include "validation/finding_codes.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <set>

using namespace cw;
using namespace cw::test;

namespace {

std::set<std::string> knownCodes()
{
    std::set<std::string> codes;
    for (std::string_view code : codes::allFindingCodes())
        codes.insert(std::string(code));
    return codes;
}

std::vector<CodeCase> allCases()
{
    std::vector<CodeCase> all;
    for (auto table : {domainCodeCases, templateCodeCases, ruleCodeCases, optionsCodeCases, lintCodeCases})
        for (CodeCase &codeCase : table())
            all.push_back(std::move(codeCase));
    return all;
}

} // namespace

class TestValidationCatalogue : public QObject {
    Q_OBJECT
private slots:
    void codesAreUniqueAndWellFormed()
    {
        QCOMPARE(knownCodes().size(), codes::allFindingCodes().size());
        const QRegularExpression shape(QStringLiteral("^[a-z]+(\\.[a-z-]+)+$"));
        for (std::string_view code : codes::allFindingCodes())
            QVERIFY2(
                shape.match(QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size()))).hasMatch(),
                code.data());
    }

    void docsListEveryCodeOnce()
    {
        QFile file(QStringLiteral(CASEWRIGHT_SOURCE_DIR "/docs/validation-codes.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        // Table rows start with the code: | `rule.name.length` | error | ...
        const QRegularExpression row(QStringLiteral("^\\| `([a-z.-]+)` \\|"),
                                     QRegularExpression::MultilineOption);
        std::multiset<std::string> documented;
        for (auto it = row.globalMatch(text); it.hasNext();)
            documented.insert(it.next().captured(1).toStdString());
        const std::set<std::string> known = knownCodes();
        for (const std::string &code : documented)
            QVERIFY2(known.count(code) && documented.count(code) == 1, code.c_str());
        for (const std::string &code : known)
            QVERIFY2(documented.count(code), ("not documented: " + code).c_str());
    }

    void everyCodeHasACase()
    {
        std::set<std::string> covered;
        std::set<std::string> names;
        for (const CodeCase &codeCase : allCases()) {
            QVERIFY2(knownCodes().count(codeCase.code), codeCase.code.c_str());
            QVERIFY2(names.insert(codeCase.name).second, codeCase.name.c_str());
            covered.insert(codeCase.code);
        }
        for (const std::string &code : knownCodes())
            QVERIFY2(covered.count(code), ("no case for " + code).c_str());
    }
};

QTEST_APPLESS_MAIN(TestValidationCatalogue)
#include "test_validation_catalogue.moc"
