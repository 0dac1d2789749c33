// Text from project files in messages: elided, control characters escaped, in every message
// (issue #18: a 5 MB name was printed six times; an escape sequence in a name reached the terminal).

#include "common/result.h"
#include "common/user_text.h"

#include <QTest>

using namespace cw;

namespace {
bool hasRawControlByte(const std::string &text)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F)
            return true;
    }
    return false;
}
} // namespace

class TestUserText : public QObject {
    Q_OBJECT
private slots:
    void shortTextIsQuotedAsItIs()
    {
        QCOMPARE(quoteUserText("Close notes"), std::string("'Close notes'"));
        QCOMPARE(quoteUserText("Closed", '"'), std::string("\"Closed\""));
        QCOMPARE(elideUserText("Résumé \U0001F600 שלום"), std::string("Résumé \U0001F600 שלום"));
    }

    void longTextIsElidedWithItsLength()
    {
        const std::string huge(5'000'000, 'a');
        const std::string quoted = quoteUserText(huge);
        QCOMPARE(quoted, "'" + std::string(kQuotedTextLimit, 'a') + "\u2026(5,000,000 characters)'");
        // Counted in characters, not bytes; cut on a character boundary.
        std::string accents;
        for (int i = 0; i < 200; ++i)
            accents += "é";
        const std::string elided = elideUserText(accents);
        QVERIFY(elided.find("(200 characters)") != std::string::npos);
        QCOMPARE(elided.substr(0, 2 * kQuotedTextLimit), accents.substr(0, 2 * kQuotedTextLimit));
        // Just over the limit: shown whole, eliding would save nothing.
        const std::string nearly(kQuotedTextLimit + 5, 'b');
        QCOMPARE(elideUserText(nearly), nearly);
    }

    void controlCharactersAreEscaped()
    {
        const std::string hostile =
            std::string("a\0b", 3) + "\x1b[31mred\r\n\t\x7f" + "\u202eevil\u2066" + "\xc2\x9b" + "\xff\xc3";
        QVERIFY(hasControlCharacters(hostile));
        const std::string escaped = escapeControlCharacters(hostile);
        QCOMPARE(escaped,
                 std::string("a\\x00b\\x1b[31mred\\r\\n\\t\\x7f\\u202eevil\\u2066\\u009b\\xff\\xc3"));
        QVERIFY(!hasControlCharacters(escaped));
        QVERIFY(!hasControlCharacters("plain, accented é, emoji \U0001F600, Hebrew שלום"));
        // Overlong forms and surrogates are not UTF-8.
        QVERIFY(hasControlCharacters("\xc0\x80"));
        QVERIFY(hasControlCharacters("\xed\xa0\x80"));
    }

    void boundedMessageKeepsLinesAndIsIdempotent()
    {
        QCOMPARE(boundedMessage("two\nlines\tand a tab"), std::string("two\nlines\tand a tab"));
        const std::string message = "Rule " + std::string(100'000, '\x1b') + " is wrong";
        const std::string bounded = boundedMessage(message);
        QVERIFY(bounded.size() < kMessageLimit + 64);
        QVERIFY(!hasRawControlByte(bounded));
        QVERIFY(bounded.find("(100,014 characters)") != std::string::npos);
        QCOMPARE(boundedMessage(bounded), bounded);
        QCOMPARE(elideUserText(elideUserText(std::string(1000, '\x01'))),
                 elideUserText(std::string(1000, '\x01')));
    }

    void everyErrorMessageIsBounded()
    {
        Location where;
        where.file = "rules/\x1b]0;pwned\x07.json";
        where.entity = std::string(1'000'000, 'n');
        where.pointer = "/" + std::string(1'000'000, 'p');
        const Error error =
            makeError("x.y", "name '" + std::string(3'000'000, 'x') + "\x1b[2J' is bad", where);
        const std::string text = error.toString();
        QVERIFY(text.size() < 4 * kMessageLimit);
        QVERIFY(!hasRawControlByte(text));
        QVERIFY(text.find("rules/\\x1b]0;pwned\\x07.json") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestUserText)
#include "test_user_text.moc"
