#include "common/json_text.h"

#include <QTest>

using namespace cw;

class TestJsonText : public QObject {
    Q_OBJECT
private slots:
    void parsesValidJson()
    {
        auto parsed = parseJsonText(R"({"b": 1, "a": [true, null, 2.5]})");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->at("a").size(), std::size_t(3));
    }

    void syntaxErrorReportsLineAndColumn()
    {
        auto parsed = parseJsonText("{\n  \"a\": 1,\n  \"b\": ]\n}", "x.json");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, std::string("json.syntax"));
        QCOMPARE(parsed.error().where.file, std::string("x.json"));
        QCOMPARE(parsed.error().where.line, 3);
        QCOMPARE(parsed.error().where.column, 8);
    }

    void duplicateKeyIsRefusedWithPointer()
    {
        auto parsed = parseJsonText(R"({"rules": [{"id": 1}, {"id": 2, "id": 3}]})");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, std::string("json.duplicate-key"));
        QCOMPARE(parsed.error().where.pointer, std::string("/rules/1"));
    }

    // Objects with many keys are checked by a hash set rather than one by one: the repeat is
    // found before, at and after the switch, and a big object without repeats parses whole.
    void duplicateKeyIsFoundInObjectsOfEverySize()
    {
        for (const int keys : {2, 24, 25, 26, 300}) {
            for (const int repeated : {0, keys / 2, keys - 1}) {
                std::string text = "{\"outer\": {";
                for (int k = 0; k < keys; ++k)
                    text += "\"k" + std::to_string(k) + "\": " + std::to_string(k) + ", ";
                text += "\"k" + std::to_string(repeated) + "\": 0}}";
                auto parsed = parseJsonText(text);
                QVERIFY2(!parsed.ok(),
                         qPrintable(QStringLiteral("%1 keys, k%2 repeated").arg(keys).arg(repeated)));
                QCOMPARE(parsed.error().code, std::string("json.duplicate-key"));
                QCOMPARE(parsed.error().where.pointer, std::string("/outer"));
            }
            std::string unique = "{";
            for (int k = 0; k < keys; ++k)
                unique += (k ? ", \"k" : "\"k") + std::to_string(k) + "\": " + std::to_string(k);
            unique += "}";
            auto parsed = parseJsonText(unique);
            QVERIFY(parsed.ok());
            QCOMPARE(parsed->size(), std::size_t(keys));
        }
    }

    void sameKeyInSiblingObjectsIsFine() { QVERIFY(parseJsonText(R"([{"id": 1}, {"id": 2}])").ok()); }

    void truncatedInputIsAnError()
    {
        auto parsed = parseJsonText(R"({"a": [1, 2)");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().where.line, 1);
    }

    void deepNestingIsRefusedNotACrash()
    {
        const std::string deep = std::string(5000, '[') + std::string(5000, ']');
        auto parsed = parseJsonText(deep);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, std::string("json.too-deep"));
        const std::string fine = std::string(50, '[') + std::string(50, ']');
        QVERIFY(parseJsonText(fine).ok());
    }

    void outputIsDeterministic()
    {
        auto parsed = parseJsonText(R"({"b": 1, "a": {"d": 2, "c": 3}})");
        QVERIFY(parsed.ok());
        QCOMPARE(toJsonText(*parsed),
                 std::string("{\n  \"a\": {\n    \"c\": 3,\n    \"d\": 2\n  },\n  \"b\": 1\n}\n"));
    }

    void pointerTokensAreEscaped()
    {
        QCOMPARE(pointerJoin("/fieldOptions", "a/b~c"), std::string("/fieldOptions/a~1b~0c"));
        QCOMPARE(pointerJoin("", std::size_t(4)), std::string("/4"));
    }

    void missingFileIsAnError()
    {
        auto parsed = readJsonFile("/nonexistent/casewright.json");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, std::string("file.unreadable"));
    }

    void errorTextNamesPlaceAndCode()
    {
        Error error = makeError("wire.type", "must be a string", Location{"a.json", "/name", 0, 0, "Rule X"});
        QCOMPARE(error.toString(), std::string("a.json: /name (Rule X): must be a string [wire.type]"));
    }
};

QTEST_APPLESS_MAIN(TestJsonText)
#include "test_json_text.moc"
