#include "code_case_suite.h"

#include <QTest>

namespace cw::test {

CodeCaseSuite::CodeCaseSuite(std::vector<CodeCase> cases) : m_cases(std::move(cases)) {}

void CodeCaseSuite::eachCodeAtItsPointer_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < m_cases.size(); ++i)
        QTest::newRow((m_cases[i].code + ": " + m_cases[i].name).c_str()) << static_cast<int>(i);
}

void CodeCaseSuite::eachCodeAtItsPointer()
{
    QFETCH(int, index);
    verifyCodeCase(m_cases[static_cast<std::size_t>(index)]);
}

int runCodeCaseSuite(std::vector<std::vector<CodeCase>> tables, int argc, char *argv[])
{
    std::vector<CodeCase> cases;
    for (std::vector<CodeCase> &table : tables)
        for (CodeCase &codeCase : table)
            cases.push_back(std::move(codeCase));
    CodeCaseSuite suite(std::move(cases));
    return QTest::qExec(&suite, argc, argv);
}

} // namespace cw::test
