// JsonLogic export and import of required/hidden rules: every condition kind and operand type
// round-trips through JsonLogic to the same wire JSON, the exported shape is the documented one
// (if-chain, ===/!==, var, null for emptyValue), the import accepts the forms other tools write
// (react-querybuilder's ==, bare expressions, !, nested if) and refuses everything else with the
// JSON pointer of the construct.
#include "wire/jsonlogic_export.h"
#include "wire/jsonlogic_import.h"
#include "wire/wire_json.h"
#include "wire_test_support.h"

#include <QTest>

using namespace cw;
using namespace cw::wiretest;

namespace {
// The fields the import knows: ids, and names for two of them.
std::optional<std::string> resolve(const std::string &name)
{
    for (const char *id : {"status", "amount", "vip", "owner", "notes", "category"})
        if (name == id)
            return std::string(id);
    if (name == "Status")
        return std::string("status");
    if (name == "Amount")
        return std::string("amount");
    return std::nullopt;
}

RuleDetails booleanRule(RuleDetails::Kind kind, std::vector<Condition> conditions, bool defaultValue)
{
    RuleDetails details;
    details.kind = kind;
    details.boolean.conditions = std::move(conditions);
    details.boolean.defaultValue = defaultValue;
    return details;
}

Value number(double value, const char *spelled)
{
    Value v = Value::dbl(value);
    v.raw = Json::parse(spelled);
    return v;
}

Value emptyOperand()
{
    Value v = Value::empty();
    v.raw = Json::object();
    return v;
}

Result<BooleanRule> import(const Json &logic)
{
    return wire::ruleFromJsonLogic(logic, resolve, "rule.json");
}
} // namespace

class TestJsonLogic : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("rule"); // wire JSON of the rule details
        const auto add = [](const char *name, const RuleDetails &details) {
            QTest::newRow(name) << int(details.kind)
                                << QByteArray::fromStdString(wire::writeRuleDetails(details).dump());
        };
        using K = RuleDetails::Kind;
        add("equalTo string",
            booleanRule(K::Required, {Condition::equalTo("status", Value::string("Closed"), true)}, false));
        add("notEqualTo string",
            booleanRule(K::Hidden, {Condition::notEqualTo("category", Value::string("billing"), true)},
                        false));
        add("equalTo double kept as written",
            booleanRule(K::Required, {Condition::equalTo("amount", number(5, "5"), true)}, false));
        add("notEqualTo fractional double",
            booleanRule(K::Required, {Condition::notEqualTo("amount", number(2.5, "2.5"), false)}, true));
        add("equalTo boolean",
            booleanRule(K::Hidden, {Condition::equalTo("vip", Value::boolean_(false), true)}, false));
        add("equalTo emptyValue",
            booleanRule(K::Required, {Condition::equalTo("notes", emptyOperand(), true)}, false));
        add("notEqualTo emptyValue",
            booleanRule(K::Hidden, {Condition::notEqualTo("owner", emptyOperand(), false)}, true));
        add("empty string is a value",
            booleanRule(K::Required, {Condition::equalTo("notes", Value::string(""), true)}, false));
        add("andAll",
            booleanRule(K::Required,
                        {Condition::andAll({Condition::equalTo("status", Value::string("Closed"), true),
                                            Condition::notEqualTo("vip", emptyOperand(), true)})},
                        false));
        add("orAll with result false",
            booleanRule(K::Hidden,
                        {Condition::orAll({Condition::equalTo("category", Value::string("a"), false),
                                           Condition::equalTo("category", Value::string("b"), false)})},
                        true));
        add("nested groups and order",
            booleanRule(K::Required,
                        {Condition::equalTo("status", Value::string("Open"), false),
                         Condition::orAll(
                             {Condition::andAll({Condition::equalTo("amount", number(0, "0"), true),
                                                 Condition::equalTo("vip", Value::boolean_(true), true)}),
                              Condition::notEqualTo("notes", emptyOperand(), true)}),
                         Condition::equalTo("category", Value::string("tech"), true)},
                        false));
        add("no conditions, default true", booleanRule(K::Hidden, {}, true));
        add("no conditions, default false", booleanRule(K::Required, {}, false));
    }
    void roundTrip()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, rule);
        const Json wireRule = Json::parse(rule.toStdString());
        auto details = wire::readRuleDetails(wireRule);
        QVERIFY2(details, describe(details));
        QCOMPARE(int(details->kind), kind);
        auto logic = wire::jsonLogicFromRule(*details);
        QVERIFY2(logic, describe(logic));
        auto back = import(*logic);
        QVERIFY2(back, describe(back));
        RuleDetails imported;
        imported.kind = details->kind;
        imported.boolean = *back;
        const Json again = wire::writeRuleDetails(imported);
        QVERIFY2(sameJson(wireRule, again), describeDifference(wireRule, again));
    }

    void exportedShape()
    {
        const RuleDetails details =
            booleanRule(RuleDetails::Kind::Required,
                        {Condition::equalTo("status", Value::string("Closed"), true),
                         Condition::andAll({Condition::notEqualTo("amount", number(5, "5"), false),
                                            Condition::equalTo("vip", emptyOperand(), false)})},
                        false);
        auto logic = wire::jsonLogicFromRule(details);
        QVERIFY2(logic, describe(logic));
        const Json expected = Json::parse(R"({"if": [
            {"===": [{"var": "status"}, "Closed"]}, true,
            {"and": [{"!==": [{"var": "amount"}, 5]}, {"===": [{"var": "vip"}, null]}]}, false,
            false]})");
        QVERIFY2(sameJson(*logic, expected), describeDifference(expected, *logic));
        // No conditions: the bare default.
        auto constant = wire::jsonLogicFromRule(booleanRule(RuleDetails::Kind::Hidden, {}, true));
        QVERIFY(constant && *constant == Json(true));
    }

    void compoundWithDisagreeingLeavesTakesTheFirstLeaf()
    {
        // docs/evaluation.md 3.1: the first leaf in tree order gives the value.
        const RuleDetails details =
            booleanRule(RuleDetails::Kind::Required,
                        {Condition::andAll(
                            {Condition::orAll({Condition::equalTo("status", Value::string("Closed"), false)}),
                             Condition::equalTo("vip", Value::boolean_(true), true)})},
                        true);
        auto logic = wire::jsonLogicFromRule(details);
        QVERIFY2(logic, describe(logic));
        QVERIFY((*logic)["if"][1] == Json(false));
    }

    void exportRefusals_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("unknown condition kind")
            << QByteArray(R"({"required": {"defaultValue": false, "conditions": [
                   {"equalTo": {"operandOne": {"fieldId": "status"}, "operandTwo": {"stringValue": "x"}, "result": true}},
                   {"greaterThan": {"operandOne": {"fieldId": "amount"}, "operandTwo": {"doubleValue": 1}, "result": true}}]}})")
            << QStringLiteral("/rule/required/conditions/1");
        QTest::newRow("unknown operand type")
            << QByteArray(R"({"hidden": {"defaultValue": false, "conditions": [{"andAll": {"conditions": [
                   {"equalTo": {"operandOne": {"fieldId": "status"}, "operandTwo": {"dateValue": "2024"}, "result": true}}]}}]}})")
            << QStringLiteral("/rule/hidden/conditions/0/andAll/conditions/0/equalTo/operandTwo");
        QTest::newRow("dotted field id")
            << QByteArray(R"({"required": {"defaultValue": false, "conditions": [
                   {"notEqualTo": {"operandOne": {"fieldId": "a.b"}, "operandTwo": {"stringValue": "x"}, "result": true}}]}})")
            << QStringLiteral("/rule/required/conditions/0/notEqualTo/operandOne/fieldId");
        QTest::newRow("field options rule")
            << QByteArray(
                   R"({"fieldOptions": {"parentFieldId": "a", "childFieldId": "b", "parentChildFieldOptionsMappings": []}})")
            << QStringLiteral("/rule");
    }
    void exportRefusals()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QString, pointer);
        auto details = wire::readRuleDetails(Json::parse(rule.toStdString()));
        QVERIFY2(details, describe(details));
        auto logic = wire::jsonLogicFromRule(*details, "/rule");
        QVERIFY(!logic);
        QCOMPARE(QString::fromStdString(logic.error().where.pointer), pointer);
        QCOMPARE(QString::fromStdString(logic.error().code), QStringLiteral("jsonlogic.inexpressible"));
    }

    void deepCompoundIsRefused()
    {
        Condition deep = Condition::equalTo("status", Value::string("x"), true);
        for (int i = 0; i < 40; ++i)
            deep = Condition::andAll({deep});
        auto logic = wire::jsonLogicFromRule(booleanRule(RuleDetails::Kind::Required, {deep}, false));
        QVERIFY(!logic);
        QVERIFY2(logic.error().message.find("32") != std::string::npos, logic.error().message.c_str());
    }

    void importsWhatOtherToolsWrite_data()
    {
        QTest::addColumn<QByteArray>("logic");
        QTest::addColumn<QByteArray>("expected"); // wire JSON of a required rule
        // react-querybuilder's formatQuery(query, "jsonlogic"): loose ==, a group, names as vars.
        QTest::newRow("react-querybuilder group")
            << QByteArray(
                   R"({"and": [{"==": [{"var": "Status"}, "Closed"]}, {"!=": [{"var": "notes"}, null]}]})")
            << QByteArray(R"({"required": {"defaultValue": false, "conditions": [{"andAll": {"conditions": [
                   {"equalTo": {"operandOne": {"fieldId": "status"}, "operandTwo": {"stringValue": "Closed"}, "result": true}},
                   {"notEqualTo": {"operandOne": {"fieldId": "notes"}, "operandTwo": {"emptyValue": {}}, "result": true}}]}}]}})");
        QTest::newRow("literal first, var as array")
            << QByteArray(R"({"===": [5, {"var": ["amount"]}]})")
            << QByteArray(R"({"required": {"defaultValue": false, "conditions": [
                   {"equalTo": {"operandOne": {"fieldId": "amount"}, "operandTwo": {"doubleValue": 5}, "result": true}}]}})");
        QTest::newRow("negated group (De Morgan)")
            << QByteArray(
                   R"({"!": {"and": [{"===": [{"var": "vip"}, true]}, {"!": [{"!==": [{"var": "status"}, "Open"]}]}]}})")
            << QByteArray(R"({"required": {"defaultValue": false, "conditions": [{"orAll": {"conditions": [
                   {"notEqualTo": {"operandOne": {"fieldId": "vip"}, "operandTwo": {"booleanValue": true}, "result": true}},
                   {"notEqualTo": {"operandOne": {"fieldId": "status"}, "operandTwo": {"stringValue": "Open"}, "result": true}}]}}]}})");
        QTest::newRow("nested if in else, expression at the end")
            << QByteArray(R"({"if": [{"===": [{"var": "status"}, "Open"]}, false,
                   {"if": [{"===": [{"var": "vip"}, true]}, true, {"===": [{"var": "category"}, "tech"]}]}]})")
            << QByteArray(R"({"required": {"defaultValue": false, "conditions": [
                   {"equalTo": {"operandOne": {"fieldId": "status"}, "operandTwo": {"stringValue": "Open"}, "result": false}},
                   {"equalTo": {"operandOne": {"fieldId": "vip"}, "operandTwo": {"booleanValue": true}, "result": true}},
                   {"equalTo": {"operandOne": {"fieldId": "category"}, "operandTwo": {"stringValue": "tech"}, "result": true}}]}})");
        QTest::newRow("if without else")
            << QByteArray(R"({"if": [{"===": [{"var": "status"}, "Open"]}, true]})")
            << QByteArray(R"({"required": {"defaultValue": false, "conditions": [
                   {"equalTo": {"operandOne": {"fieldId": "status"}, "operandTwo": {"stringValue": "Open"}, "result": true}}]}})");
        QTest::newRow("constant") << QByteArray("true")
                                  << QByteArray(R"({"required": {"defaultValue": true, "conditions": []}})");
    }
    void importsWhatOtherToolsWrite()
    {
        QFETCH(QByteArray, logic);
        QFETCH(QByteArray, expected);
        auto imported = import(Json::parse(logic.toStdString()));
        QVERIFY2(imported, describe(imported));
        RuleDetails details;
        details.kind = RuleDetails::Kind::Required;
        details.boolean = *imported;
        const Json actual = wire::writeRuleDetails(details);
        const Json wanted = Json::parse(expected.toStdString());
        QVERIFY2(sameJson(actual, wanted), describeDifference(wanted, actual));
    }

    void importRefusals_data()
    {
        QTest::addColumn<QByteArray>("logic");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("in")
            << QByteArray(
                   R"({"and": [{"===": [{"var": "status"}, "a"]}, {"in": [{"var": "status"}, ["a", "b"]]}]})")
            << "jsonlogic.unsupported"
            << "/and/1";
        QTest::newRow("less than in an if")
            << QByteArray(R"({"if": [{"<": [{"var": "amount"}, 5]}, true, false]})")
            << "jsonlogic.unsupported"
            << "/if/0";
        QTest::newRow("non-boolean result")
            << QByteArray(R"({"if": [{"===": [{"var": "status"}, "a"]}, "yes", false]})")
            << "jsonlogic.unsupported"
            << "/if/1";
        QTest::newRow("var with default")
            << QByteArray(R"({"===": [{"var": ["status", "Open"]}, "Open"]})") << "jsonlogic.unsupported"
            << "/===/0/var";
        QTest::newRow("unknown field")
            << QByteArray(R"({"or": [{"==": [{"var": "Priority"}, "High"]}]})") << "jsonlogic.unknown-field"
            << "/or/0/==/0/var";
        QTest::newRow("two vars") << QByteArray(R"({"===": [{"var": "status"}, {"var": "notes"}]})")
                                  << "jsonlogic.unsupported"
                                  << "/===";
        QTest::newRow("array literal")
            << QByteArray(R"({"===": [{"var": "status"}, ["a"]]})") << "jsonlogic.unsupported"
            << "/===/1";
        QTest::newRow("constant inside a group")
            << QByteArray(R"({"and": [true]})") << "jsonlogic.unsupported"
            << "/and/0";
        QTest::newRow("two keys")
            << QByteArray(R"({"==": [{"var": "status"}, "a"], "!=": [{"var": "status"}, "b"]})")
            << "jsonlogic.unsupported"
            << "";
        QTest::newRow("three operands")
            << QByteArray(R"({"===": [{"var": "status"}, "a", "b"]})") << "jsonlogic.malformed"
            << "/===";
        QTest::newRow("deep else") << QByteArray(R"({"if": [{"===": [{"var": "status"}, "a"]}, true,
                                        {"if": [{"===": [{"var": "status"}, "b"]}, true, {"+": [1, 2]}]}]})")
                                   << "jsonlogic.unsupported"
                                   << "/if/2/if/2";
    }
    void importRefusals()
    {
        QFETCH(QByteArray, logic);
        QFETCH(QString, code);
        QFETCH(QString, pointer);
        auto imported = import(Json::parse(logic.toStdString()));
        QVERIFY(!imported);
        QCOMPARE(QString::fromStdString(imported.error().code), code);
        QCOMPARE(QString::fromStdString(imported.error().where.pointer), pointer);
        QCOMPARE(QString::fromStdString(imported.error().where.file), QStringLiteral("rule.json"));
    }
};

QTEST_GUILESS_MAIN(TestJsonLogic)
#include "test_jsonlogic.moc"
