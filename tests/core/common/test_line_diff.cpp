// The line diff the publish dialog's side-by-side view marks differences with.

#include "common/line_diff.h"

#include <QtTest>

using namespace cw;

class TestLineDiff : public QObject {
    Q_OBJECT
private slots:
    void lineDiffMarksOnlyWhatDiffers()
    {
        const auto a = splitLines("{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}\n");
        const auto b = splitLines("{\n  \"a\": 1,\n  \"c\": 3,\n  \"d\": 4\n}\n");
        QCOMPARE(a.size(), std::size_t(5));
        QCOMPARE(unmatchedLines(a, b), (std::vector<bool>{false, false, true, true, false}));
        QCOMPARE(unmatchedLines(b, a), (std::vector<bool>{false, false, true, true, false}));
        QCOMPARE(unmatchedLines(a, a), std::vector<bool>(5, false));
    }
};

QTEST_MAIN(TestLineDiff)
#include "test_line_diff.moc"
