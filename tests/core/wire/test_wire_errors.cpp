// Malformed input gives an Error that says what is wrong and where (its JSON pointer), never a
// crash or an exception. Most inputs are one JSON Patch away from a valid fixture,
// so each row states exactly one problem.
#include "wire/wire_json.h"
#include "wire_test_support.h"

#include <QStringList>
#include <QTest>

using namespace cw;
using namespace cw::wiretest;

namespace {
// Applies one RFC 6902 operation ("remove" or "replace") to a fixture file; null when it cannot.
Json patched(const std::string &fixture, const QString &op, const QString &pointer, const QString &valueText)
{
    auto base = readJsonFile(fixturePath(fixture));
    if (!base)
        return Json();
    try {
        Json operation = {{"op", op.toStdString()}, {"path", pointer.toStdString()}};
        if (op != QLatin1String("remove"))
            operation["value"] = Json::parse(valueText.toStdString());
        return base->patch(Json::array({operation}));
    } catch (const std::exception &) {
        return Json(); // a typo in a test row, reported by the caller
    }
}

void addRow(const char *name, const char *fixture, const char *op, const char *pointer, const char *value,
            const char *code, const char *errorPointer, const QStringList &messageParts)
{
    QTest::newRow(name) << QString::fromUtf8(fixture) << QString::fromUtf8(op) << QString::fromUtf8(pointer)
                        << QString::fromUtf8(value) << QString::fromUtf8(code)
                        << QString::fromUtf8(errorPointer) << messageParts;
}

const char *const kRule = "/caseRules/0";
const char *const kConditions = "/caseRules/0/rule/required/conditions";

std::string at(const char *base, const char *rest)
{
    return std::string(base) + rest;
}

// Whether `pointer` names a value of `json` ("" is the whole document).
bool resolves(const Json &json, const std::string &pointer)
{
    try {
        return json.contains(Json::json_pointer(pointer));
    } catch (const std::exception &) {
        return false; // not even a well-formed pointer
    }
}

// Every value of `json` with its pointer, the document root excluded.
void allPointers(const Json &json, const std::string &pointer, std::vector<std::string> &out)
{
    if (json.is_object()) {
        for (auto it = json.begin(); it != json.end(); ++it) {
            const std::string child = pointerJoin(pointer, it.key());
            out.push_back(child);
            allPointers(it.value(), child, out);
        }
    } else if (json.is_array()) {
        for (std::size_t i = 0; i < json.size(); ++i) {
            const std::string child = pointerJoin(pointer, i);
            out.push_back(child);
            allPointers(json[i], child, out);
        }
    }
}
} // namespace

class TestWireErrors : public QObject {
    Q_OBJECT
private slots:
    void malformedInputIsReported_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("errorPointer");
        QTest::addColumn<QStringList>("messageParts");

        const char *snap = "minimal.snapshot.json";
        const char *cases = "minimal.cases.json";
        const std::string result = at(kConditions, "/0/equalTo/result");
        const std::string orAll = at(kConditions, "/1/orAll");
        const std::string operandTwo = at(kConditions, "/0/equalTo/operandTwo");
        const std::string mappings = "/caseRules/1/rule/fieldOptions/parentChildFieldOptionsMappings";
        const QStringList none;

        // Missing required members: the pointer names the object that lacks it, the message the member.
        addRow("rule without name", snap, "remove", "/caseRules/0/name", "", "wire.missing-member", kRule,
               {QStringLiteral("\"name\""), QStringLiteral("case rule")});
        addRow("rule with null name", snap, "replace", "/caseRules/0/name", "null", "wire.missing-member",
               kRule, {QStringLiteral("\"name\"")});
        addRow("rule without details", snap, "remove", "/caseRules/0/rule", "", "wire.missing-member", kRule,
               {QStringLiteral("\"rule\"")});
        addRow("field without type", snap, "remove", "/fields/1/type", "", "wire.missing-member", "/fields/1",
               {QStringLiteral("\"type\"")});
        addRow("template rule without id", snap, "remove", "/templates/0/rules/0/caseRuleId", "",
               "wire.missing-member", "/templates/0/rules/0", {QStringLiteral("\"caseRuleId\"")});
        addRow("group without conditions", snap, "replace", orAll.c_str(), "{}", "wire.missing-member",
               orAll.c_str(), {QStringLiteral("\"conditions\"")});
        addRow("options rule without mappings", snap, "remove", mappings.c_str(), "", "wire.missing-member",
               "/caseRules/1/rule/fieldOptions", {QStringLiteral("\"parentChildFieldOptionsMappings\"")});
        addRow("case field without id", cases, "remove", "/cases/0/fields/1/id", "", "wire.missing-member",
               "/cases/0/fields/1", {QStringLiteral("\"id\"")});

        // Wrong member types: the pointer is the member itself, the message says what was expected.
        addRow("defaultValue a string", snap, "replace", "/caseRules/0/rule/required/defaultValue", "\"yes\"",
               "wire.type", "/caseRules/0/rule/required/defaultValue",
               {QStringLiteral("\"defaultValue\""), QStringLiteral("true or false"),
                QStringLiteral("a string")});
        addRow("conditions an object", snap, "replace", kConditions, "{}", "wire.type", kConditions,
               {QStringLiteral("\"conditions\""), QStringLiteral("an array")});
        addRow("result a number", snap, "replace", result.c_str(), "1", "wire.type", result.c_str(),
               {QStringLiteral("\"result\""), QStringLiteral("true or false"), QStringLiteral("a number")});
        addRow("field name a number", snap, "replace", "/fields/0/name", "42", "wire.type", "/fields/0/name",
               {QStringLiteral("\"name\""), QStringLiteral("a string")});
        addRow("option active a string", snap, "replace", "/fieldOptions/status/1/active", "\"true\"",
               "wire.type", "/fieldOptions/status/1/active", {QStringLiteral("\"active\"")});
        addRow("option error under a key with a slash", snap, "replace", "/fieldOptions",
               R"({"a/b": [{"name": "X", "value": "x", "active": "yes"}]})", "wire.type",
               "/fieldOptions/a~1b/0/active", {QStringLiteral("\"active\"")});
        addRow("options not a list", snap, "replace", "/fieldOptions/status", "{}", "wire.type",
               "/fieldOptions/status", {QStringLiteral("status"), QStringLiteral("an array")});
        addRow("default layout a number", snap, "replace", "/templates/0/layoutConfiguration/defaultLayout",
               "7", "wire.type", "/templates/0/layoutConfiguration/defaultLayout",
               {QStringLiteral("\"defaultLayout\"")});
        addRow("child value a number", snap, "replace", (mappings + "/0/childFieldOptionValues/1").c_str(),
               "7", "wire.type", (mappings + "/0/childFieldOptionValues/1").c_str(),
               {QStringLiteral("a string")});
        addRow("stringValue a number", snap, "replace", (operandTwo + "/stringValue").c_str(), "3",
               "wire.type", (operandTwo + "/stringValue").c_str(),
               {QStringLiteral("\"stringValue\""), QStringLiteral("a string")});
        addRow("doubleValue a string", cases, "replace", "/cases/0/fields/1/value/doubleValue", "\"4\"",
               "wire.type", "/cases/0/fields/1/value/doubleValue",
               {QStringLiteral("\"doubleValue\""), QStringLiteral("a number")});
        addRow("emptyValue an array", cases, "replace", "/cases/0/fields/3/value/emptyValue", "[]",
               "wire.type", "/cases/0/fields/3/value/emptyValue", {QStringLiteral("\"emptyValue\"")});
        addRow("userArnValue a boolean", cases, "replace", "/cases/0/fields/4/value/userArnValue", "true",
               "wire.type", "/cases/0/fields/4/value/userArnValue", {QStringLiteral("\"userArnValue\"")});

        // Non-objects where an object is expected.
        addRow("rule a string", snap, "replace", "/caseRules/1", "\"r-2\"", "wire.type", "/caseRules/1",
               {QStringLiteral("case rule"), QStringLiteral("a string")});
        addRow("field a number", snap, "replace", "/fields/2", "3", "wire.type", "/fields/2",
               {QStringLiteral("field")});
        addRow("operandOne a string", snap, "replace",
               at(kConditions, "/1/orAll/conditions/0/equalTo/operandOne").c_str(), "\"status\"", "wire.type",
               at(kConditions, "/1/orAll/conditions/0/equalTo/operandOne").c_str(), none);
        addRow("required field a string", snap, "replace", "/templates/0/requiredFields/0", "\"f-priority\"",
               "wire.type", "/templates/0/requiredFields/0", none);
        addRow("case value a string", cases, "replace", "/cases/0/fields/0/value", "\"closed\"", "wire.type",
               "/cases/0/fields/0/value", none);
        addRow("caseRules an object", snap, "replace", "/caseRules", "{}", "wire.type", "/caseRules",
               {QStringLiteral("\"caseRules\"")});

        // Unions with zero or two members.
        addRow("rule details empty", snap, "replace", "/caseRules/0/rule", "{}", "wire.union-members",
               "/caseRules/0/rule", {QStringLiteral("exactly one")});
        addRow(
            "rule details two kinds", snap, "replace", "/caseRules/0/rule",
            R"({"required": {"defaultValue": true, "conditions": []}, "hidden": {"defaultValue": true, "conditions": []}})",
            "wire.union-members", "/caseRules/0/rule",
            {QStringLiteral("\"required\""), QStringLiteral("\"hidden\"")});
        addRow("condition empty", snap, "replace", at(kConditions, "/1").c_str(), "{}", "wire.union-members",
               at(kConditions, "/1").c_str(), {QStringLiteral("condition")});
        addRow("condition two kinds", snap, "replace", at(kConditions, "/1/orAll/conditions/1").c_str(),
               R"({"andAll": {"conditions": []}, "orAll": {"conditions": []}})", "wire.union-members",
               at(kConditions, "/1/orAll/conditions/1").c_str(),
               {QStringLiteral("\"andAll\""), QStringLiteral("\"orAll\"")});
        addRow("operandTwo empty", snap, "replace", operandTwo.c_str(), "{}", "wire.union-members",
               operandTwo.c_str(), none);
        addRow("operandTwo two values", snap, "replace", operandTwo.c_str(),
               R"({"stringValue": "closed", "booleanValue": true})", "wire.union-members", operandTwo.c_str(),
               {QStringLiteral("\"stringValue\""), QStringLiteral("\"booleanValue\"")});
        addRow("case value two members", cases, "replace", "/cases/0/fields/2/value",
               R"({"booleanValue": true, "emptyValue": {}})", "wire.union-members", "/cases/0/fields/2/value",
               {QStringLiteral("\"booleanValue\""), QStringLiteral("\"emptyValue\"")});
    }

    void malformedInputIsReported()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, op);
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QFETCH(QString, errorPointer);
        QFETCH(QStringList, messageParts);

        const Json input = patched(fixture.toStdString(), op, pointer, value);
        QVERIFY2(!input.is_null(), "the test row does not apply to its fixture");
        Error error;
        if (fixture.contains(QLatin1String("snapshot"))) {
            auto read = wire::readSnapshot(input);
            QVERIFY2(!read.ok(), "the malformed snapshot was accepted");
            error = read.error();
        } else {
            auto read = wire::readSampleCaseSet(input);
            QVERIFY2(!read.ok(), "the malformed cases were accepted");
            error = read.error();
        }
        QCOMPARE(QString::fromStdString(error.code), code);
        QCOMPARE(QString::fromStdString(error.where.pointer), errorPointer);
        QVERIFY(error.message.size() > 10);
        for (const QString &part : messageParts)
            QVERIFY2(
                QString::fromStdString(error.message).contains(part),
                qPrintable(
                    QStringLiteral("\"%1\" not in: %2").arg(part, QString::fromStdString(error.message))));
    }

    void readerPrefixesItsPointer()
    {
        const Json condition = Json::parse(
            R"({"andAll": {"conditions": [{"equalTo": {"operandOne": {"fieldId": "status"}, "result": true}}]}})");
        auto read = wire::readCondition(condition, "/caseRules/4/rule/hidden/conditions/2");
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, std::string("wire.missing-member"));
        QCOMPARE(read.error().where.pointer,
                 std::string("/caseRules/4/rule/hidden/conditions/2/andAll/conditions/0/equalTo"));
        QVERIFY(read.error().message.find("operandTwo") != std::string::npos);
    }

    void documentLevelErrorsPointAtTheRoot()
    {
        // RFC 6901: "" is the whole document; "/" would be a member named "".
        auto notAnObject = wire::readSnapshot(Json::array());
        QVERIFY(!notAnObject.ok());
        QCOMPARE(notAnObject.error().code, std::string("wire.type"));
        QCOMPARE(notAnObject.error().where.pointer, std::string());

        auto noDomain = wire::readSnapshot(Json::object());
        QVERIFY(!noDomain.ok());
        QCOMPARE(noDomain.error().code, std::string("wire.missing-member"));
        QVERIFY(noDomain.error().message.find("domainId") != std::string::npos);
        QCOMPARE(noDomain.error().where.pointer, std::string());
    }

    // Every value of the fixtures, replaced by every JSON type in turn: the reader either accepts
    // it or reports an error at that value or one of its ancestors -- never throws, never crashes.
    void anyWrongValueIsReportedWhereItIs_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("minimal snapshot") << QStringLiteral("minimal.snapshot.json");
        QTest::newRow("unknown-members snapshot") << QStringLiteral("unknown-members.snapshot.json");
        QTest::newRow("minimal cases") << QStringLiteral("minimal.cases.json");
    }

    void anyWrongValueIsReportedWhereItIs()
    {
        QFETCH(QString, fixture);
        auto base = readJsonFile(fixturePath(fixture.toStdString()));
        QVERIFY2(base.ok(), describe(base));
        const bool isSnapshot = fixture.contains(QLatin1String("snapshot"));
        std::vector<std::string> pointers;
        allPointers(*base, {}, pointers);
        const Json replacements = Json::parse(R"([null, true, 42, 2.5, "text", [], {}, [{}], {"x": {}}])");

        std::vector<std::string> problems;
        for (const std::string &pointer : pointers) {
            for (const Json &replacement : replacements) {
                Json input = *base;
                input[Json::json_pointer(pointer)] = replacement;
                std::optional<Error> error;
                try {
                    if (isSnapshot) {
                        auto read = wire::readSnapshot(input);
                        if (!read.ok())
                            error = read.error();
                    } else {
                        auto read = wire::readSampleCaseSet(input);
                        if (!read.ok())
                            error = read.error();
                    }
                } catch (const std::exception &e) {
                    problems.push_back(pointer + " = " + replacement.dump() + ": threw " + e.what());
                    continue;
                }
                // The error is at the replaced value, above it (a member now missing) or inside it.
                const auto related = [&](const std::string &at) {
                    return isPointerPrefix(at, pointer) || isPointerPrefix(pointer, at);
                };
                if (error && (!related(error->where.pointer) || !resolves(input, error->where.pointer) ||
                              error->message.empty() || error->code.empty()))
                    problems.push_back(pointer + " = " + replacement.dump() + ": " + error->toString());
            }
        }
        if (qEnvironmentVariableIsSet("CASEWRIGHT_TEST_VERBOSE"))
            for (const std::string &problem : problems)
                qInfo("%s", problem.c_str());
        QVERIFY2(problems.empty(), describeProblems(problems));
    }
};

QTEST_APPLESS_MAIN(TestWireErrors)
#include "test_wire_errors.moc"
