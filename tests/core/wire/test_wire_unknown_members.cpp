// Members and union kinds a newer service (or another tool) adds must survive read -> write, at every
// level, and must land in `extra` / the Unknown kinds rather than being dropped or misread.
#include "wire/wire_json.h"
#include "wire_test_support.h"

#include <QTest>

using namespace cw;
using namespace cw::wiretest;

class TestWireUnknownMembers : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto snapshot = wire::loadSnapshotFile(fixturePath("unknown-members.snapshot.json"));
        QVERIFY2(snapshot.ok(), describe(snapshot));
        m_snapshot = *snapshot;
        auto cases = wire::loadSampleCasesFile(fixturePath("unknown-members.cases.json"));
        QVERIFY2(cases.ok(), describe(cases));
        m_cases = *cases;
    }

    void snapshotRoundTripsLosslessly()
    {
        auto json = readJsonFile(fixturePath("unknown-members.snapshot.json"));
        QVERIFY2(json.ok(), describe(json));
        const Json written = wire::writeSnapshot(m_snapshot);
        QVERIFY2(sameJson(*json, written), describeDifference(*json, written));
    }

    void casesRoundTripLosslessly()
    {
        auto json = readJsonFile(fixturePath("unknown-members.cases.json"));
        QVERIFY2(json.ok(), describe(json));
        const Json written = wire::writeSampleCaseSet(m_cases);
        QVERIFY2(sameJson(*json, written), describeDifference(*json, written));
    }

    void snapshotFieldAndOptionExtrasAreKept()
    {
        COMPARE_JSON(m_snapshot.extra.at("snapshotFormat").at("version"), Json(2));
        COMPARE_JSON(m_snapshot.fields.at(0).extra, Json::parse(R"({"readOnly": true})"));
        QVERIFY(!m_snapshot.fields.at(0).extra.contains("fieldId"));

        const Field &score = m_snapshot.fields.at(1);
        QCOMPARE(score.type, std::string("Rating")); // a field type this version does not know
        QCOMPARE(score.fieldType(), FieldType::Unknown);
        COMPARE_JSON(*score.attributes, Json::parse(R"({"rating": {"maxStars": 5}})"));
        COMPARE_JSON(*score.tags, Json::parse(R"({"team": null})")); // sparse map: null values allowed
        QVERIFY(score.extra.empty());

        const FieldOption &open = m_snapshot.optionsOf("status")->at(0);
        QCOMPARE(open.value, std::string("open"));
        COMPARE_JSON(open.extra, Json::parse(R"({"colour": "#00aa00"})"));
        COMPARE_JSON(m_snapshot.layouts.at(0).extra, Json::parse(R"({"layoutVersion": 3})"));
    }

    void templateExtrasAreKept()
    {
        const CaseTemplate &t = m_snapshot.templates.at(0);
        COMPARE_JSON(t.extra, Json::parse(R"({"slaPolicy": {"targetMinutes": 240}})"));
        QCOMPARE(t.layoutConfiguration->defaultLayout, std::optional<std::string>("l-1"));
        COMPARE_JSON(t.layoutConfiguration->extra, Json::parse(R"({"mobileLayout": "l-1"})"));
        COMPARE_JSON(t.requiredFields->at(0).extra, Json::parse(R"({"when": "always"})"));
        COMPARE_JSON(t.rules->at(0).extra, Json::parse(R"({"order": 1})"));
        QCOMPARE(t.rules->at(1).caseRuleId, std::string("r-2"));
        QVERIFY(!t.rules->at(1).fieldId.has_value());
        QVERIFY(t.rules->at(1).extra.empty());
    }

    void ruleAndConditionExtrasAreKept()
    {
        const CaseRule &rule = m_snapshot.caseRules.at(0);
        COMPARE_JSON(rule.extra, Json::parse(R"({"priority": 10})"));
        QCOMPARE(rule.rule.kind, RuleDetails::Kind::Hidden);
        COMPARE_JSON(rule.rule.boolean.extra, Json::parse(R"({"evaluationOrder": "firstMatch"})"));
        QCOMPARE(rule.rule.boolean.conditions.size(), std::size_t(3));

        const Condition &first = rule.rule.boolean.conditions[0];
        QCOMPARE(first.kind, Condition::Kind::EqualTo);
        QCOMPARE(first.fieldId, std::string("status"));
        COMPARE_JSON(first.operandsExtra, Json::parse(R"({"caseSensitive": false})"));

        const Condition &group = rule.rule.boolean.conditions[1];
        QCOMPARE(group.kind, Condition::Kind::OrAll);
        COMPARE_JSON(group.compoundExtra, Json::parse(R"({"shortCircuit": true})"));

        // An empty operand may carry members too; they are written back as they came.
        const Condition &third = rule.rule.boolean.conditions[2];
        QCOMPARE(third.operand.kind, Value::Kind::Empty);
        COMPARE_JSON(wire::writeOperandTwo(third.operand),
                     Json::parse(R"({"emptyValue": {"reason": "unset"}})"));

        const FieldOptionsRule &options = m_snapshot.caseRules.at(2).rule.options;
        COMPARE_JSON(options.extra, Json::parse(R"({"sortOrder": "alphabetical"})"));
        QCOMPARE(options.mappings.at(0).parentValue, std::string()); // "" is a valid parent value
        COMPARE_JSON(options.mappings.at(0).extra, Json::parse(R"({"note": "empty parent"})"));
    }

    void unknownUnionMembersAreKept()
    {
        const Condition &group = m_snapshot.caseRules.at(0).rule.boolean.conditions[1];
        QCOMPARE(group.children.size(), std::size_t(2));
        const Condition &newKind = group.children[0];
        QCOMPARE(newKind.kind, Condition::Kind::Unknown);
        QCOMPARE(newKind.unknownKey, std::string("greaterThan"));
        COMPARE_JSON(newKind.unknownValue.at("operandTwo"), Json::parse(R"({"doubleValue": 3})"));

        const Condition &newOperand = group.children[1];
        QCOMPARE(newOperand.kind, Condition::Kind::NotEqualTo);
        QCOMPARE(newOperand.operand.kind, Value::Kind::Unknown);
        QCOMPARE(newOperand.operand.text, std::string("integerValue"));
        COMPARE_JSON(newOperand.operand.raw, Json(7));

        const RuleDetails &future = m_snapshot.caseRules.at(1).rule;
        QCOMPARE(future.kind, RuleDetails::Kind::Unknown);
        QCOMPARE(future.unknownKey, std::string("readOnly"));
        COMPARE_JSON(future.unknownValue, Json::parse(R"({"defaultValue": false, "conditions": []})"));
    }

    void caseExtrasAndUnknownValuesAreKept()
    {
        COMPARE_JSON(m_cases.extra.at("generatedBy").at("tool"), Json("export-script"));
        const SampleCase &sampleCase = m_cases.cases.at(0);
        COMPARE_JSON(sampleCase.extra, Json::parse(R"({"ownerTeam": "tier-2"})"));
        COMPARE_JSON(sampleCase.fields.at(0).extra, Json::parse(R"({"source": "import"})"));
        QCOMPARE(sampleCase.fields.at(0).value, Value::string("open"));

        const Value *score = sampleCase.find("f-score");
        QVERIFY(score != nullptr);
        QCOMPARE(score->kind, Value::Kind::Unknown);
        QCOMPARE(score->text, std::string("integerValue"));
        QCOMPARE(sampleCase.find("f-when")->kind, Value::Kind::Empty);
        QCOMPARE(*sampleCase.find("f-user"),
                 Value::userArn("arn:aws:connect:us-east-1:123456789012:instance/i-1/agent/a-1"));
    }

    void unknownKindsBuiltInCodeAreWritten()
    {
        Condition condition;
        condition.kind = Condition::Kind::Unknown;
        condition.unknownKey = "between";
        condition.unknownValue = Json::parse(R"({"low": 1, "high": 2})");
        COMPARE_JSON(wire::writeCondition(condition), Json::parse(R"({"between": {"low": 1, "high": 2}})"));

        RuleDetails details;
        details.kind = RuleDetails::Kind::Unknown;
        details.unknownKey = "readOnly";
        details.unknownValue = Json::object();
        COMPARE_JSON(wire::writeRuleDetails(details), Json::parse(R"({"readOnly": {}})"));

        Value value;
        value.kind = Value::Kind::Unknown;
        value.text = "dateValue";
        value.raw = "2026-05-01";
        COMPARE_JSON(wire::writeFieldValue(value), Json::parse(R"({"dateValue": "2026-05-01"})"));
    }

    void extrasNeverOverrideKnownMembers()
    {
        // `extra` is the base the writer starts from; a known member edited in the model must win.
        auto field = wire::readField(Json::parse(R"({"fieldId": "f-1", "name": "Old", "fieldArn": "arn:f-1",
                                                     "type": "Text", "namespace": "Custom", "hint": "x"})"));
        QVERIFY2(field.ok(), describe(field));
        field->name = "New";
        const Json written = wire::writeField(*field);
        COMPARE_JSON(written.at("name"), Json("New"));
        COMPARE_JSON(written.at("hint"), Json("x"));
    }

private:
    DomainSnapshot m_snapshot;
    SampleCaseSet m_cases;
};

QTEST_APPLESS_MAIN(TestWireUnknownMembers)
#include "test_wire_unknown_members.moc"
