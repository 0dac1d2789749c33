// The model's string constraints: lengths in code points, and the ^.*[\S]$ pattern.

#include "validation/text_constraints.h"

#include <QTest>

using namespace cw::validation;

class TestTextConstraints : public QObject {
    Q_OBJECT
private slots:
    void countsCodePointsNotBytes()
    {
        QCOMPARE(codePointCount(""), std::size_t(0));
        QCOMPARE(codePointCount("abc"), std::size_t(3));
        QCOMPARE(codePointCount("\xC3\xA9t\xC3\xA9"), std::size_t(3)); // été
        QCOMPARE(codePointCount("\xE2\x82\xAC"), std::size_t(1));      // €
        QCOMPARE(codePointCount("\xF0\x9F\x93\x9E!"), std::size_t(2)); // 📞!
        QCOMPARE(codePointCount("\xC3"), std::size_t(1));              // truncated: counted, no crash
        QCOMPARE(codePointCount("\x80\x80"), std::size_t(2));          // stray continuation bytes
    }

    void lengthLimits()
    {
        QVERIFY(checkText("", kNameLimits) == TextProblem::TooShort);
        QVERIFY(checkText(std::string(100, 'a'), kNameLimits) == TextProblem::None);
        QVERIFY(checkText(std::string(101, 'a'), kNameLimits) == TextProblem::TooLong);
        QVERIFY(checkText("", kDescriptionLimits) == TextProblem::None);
        QVERIFY(checkText(std::string(256, 'a'), kDescriptionLimits) == TextProblem::TooLong);
    }

    void trailingWhiteSpaceOfAnyKindIsRejected()
    {
        for (const char *tail : {" ", "\t", "\xC2\xA0", "\xE3\x80\x80", "\xEF\xBB\xBF", "\xE2\x80\x89"})
            QVERIFY2(checkText(std::string("Name") + tail, kNameLimits) == TextProblem::EndsInWhiteSpace,
                     tail);
        QVERIFY(checkText(" Name", kNameLimits) == TextProblem::None);
        QVERIFY(checkText("Two words", kNameLimits) == TextProblem::None);
    }

    void lineBreaksAreRejectedAnywhere()
    {
        for (const char *text : {"a\nb", "a\rb",
                                 "a\xC2\x85"
                                 "b",
                                 "a\xE2\x80\xA8"
                                 "b",
                                 "a\xE2\x80\xA9"
                                 "b"})
            QVERIFY2(checkText(text, kNameLimits) == TextProblem::LineBreak, text);
    }

    void mappingValuesMayBeEmpty()
    {
        QVERIFY(checkText("", kMappingValueLimits) == TextProblem::None);
        QVERIFY(checkText("billing ", kMappingValueLimits) == TextProblem::EndsInWhiteSpace);
        QVERIFY(checkText(std::string(101, 'a'), kMappingValueLimits) == TextProblem::TooLong);
    }
};

QTEST_APPLESS_MAIN(TestTextConstraints)
#include "test_text_constraints.moc"
