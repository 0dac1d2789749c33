// Every template code: positive case at its pointer, near miss clean.

#include "code_cases.h"

#include <QTest>

using namespace cw::test;

namespace {
const std::vector<CodeCase> &cases()
{
    static const std::vector<CodeCase> all = [] {
        std::vector<CodeCase> list;
        for (CodeCase &c : templateCodeCases())
            list.push_back(std::move(c));
        return list;
    }();
    return all;
}
} // namespace

class TestTemplateCodes : public QObject {
    Q_OBJECT
private slots:
    void eachCodeAtItsPointer_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < cases().size(); ++i)
            QTest::newRow((cases()[i].code + ": " + cases()[i].name).c_str()) << static_cast<int>(i);
    }

    void eachCodeAtItsPointer()
    {
        QFETCH(int, index);
        verifyCodeCase(cases()[static_cast<std::size_t>(index)]);
    }
};

QTEST_APPLESS_MAIN(TestTemplateCodes)
#include "test_template_codes.moc"
