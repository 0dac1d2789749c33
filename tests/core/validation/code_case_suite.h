#pragma once
// The one QtTest suite of the test_<area>_codes executables: a data row per code case ("code:
// name"), each checked by verifyCodeCase. Each executable is this suite over its area's tables.

#include "code_cases.h"

#include <QObject>
#include <vector>

namespace cw::test {

class CodeCaseSuite : public QObject {
    Q_OBJECT
public:
    explicit CodeCaseSuite(std::vector<CodeCase> cases);

private slots:
    void eachCodeAtItsPointer_data();
    void eachCodeAtItsPointer();

private:
    std::vector<CodeCase> m_cases;
};

// A test executable's main(): runs the suite over the tables, one after the other, and returns
// QTest::qExec's result (which the executable's name, not the suite's, tells apart in ctest).
int runCodeCaseSuite(std::vector<std::vector<CodeCase>> tables, int argc, char *argv[]);

} // namespace cw::test
