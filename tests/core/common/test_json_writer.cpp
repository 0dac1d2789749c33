// appendJsonString writes a string's JSON exactly as nlohmann's dump does (the streaming writer
// of casewright-cli evaluate relies on it for byte-identical output).
#include "common/json_text.h"
#include "common/json_writer.h"

#include <QtTest>

using namespace cw;

class TestJsonWriter : public QObject {
    Q_OBJECT

private slots:
    void sameBytesAsNlohmannDump_data()
    {
        QTest::addColumn<QByteArray>("text");
        const auto row = [](const char *name, std::string text) {
            QTest::newRow(name) << QByteArray(text.data(), static_cast<qsizetype>(text.size()));
        };
        row("empty", "");
        row("plain", "Customer support 42");
        row("quote", "say \"hi\"");
        row("backslash", "C:\\path\\");
        row("slash", "a/b</script>");
        row("short escapes", "\b\f\n\r\t");
        row("control characters", std::string("\x00\x01\x1f", 3));
        row("delete", "\x7f");
        row("utf-8", "Ünïcødé ✓ 😀");
        row("line separator", "a\u2028b\u2029c");
        row("invalid utf-8 byte", "abc\xff"
                                  "def");
        row("truncated sequence", "\xe2\x82");
        row("overlong", "\xc0\xaf");
        row("surrogate half", "\xed\xa0\x80");
        row("lone continuation", "x\x80y");
        row("percent", "%1 %2 %%");
        row("mixed", "\"\\\x01\xc3\xa9\xff\n");
    }

    void sameBytesAsNlohmannDump()
    {
        QFETCH(QByteArray, text);
        const std::string value(text.constData(), static_cast<std::size_t>(text.size()));
        std::string written = "prefix:";
        appendJsonString(written, value);
        const std::string expected =
            "prefix:" + Json(value).dump(-1, ' ', false, Json::error_handler_t::replace);
        QCOMPARE(QByteArray::fromStdString(written), QByteArray::fromStdString(expected));
        // And inside a document dumped with indentation, as toJsonText writes it.
        std::string item = "[\n  ";
        appendJsonString(item, value);
        item += "\n]\n";
        QCOMPARE(QByteArray::fromStdString(item),
                 QByteArray::fromStdString(toJsonText(Json::array({value}))));
    }
};

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "test_json_writer.moc"
