// The bundled sample domain survives read -> write unchanged, and is really read into the model
// (a reader that parked every member in `extra` would round-trip too, so the model is checked).
#include "wire/wire_json.h"
#include "wire_test_support.h"

#include <QTest>
#include <map>
#include <set>

using namespace cw;
using namespace cw::wiretest;

namespace {
const std::string kSnapshotFile = "resources/sample/support-centre.snapshot.json";
const std::string kCasesFile = "resources/sample/support-centre.cases.json";

void collectConditionExtras(const Condition &condition, const std::string &where,
                            std::vector<std::string> &out)
{
    if (!condition.operandsExtra.empty())
        out.push_back(where + " operands");
    if (!condition.compoundExtra.empty())
        out.push_back(where + " compound");
    if (condition.kind == Condition::Kind::Unknown || condition.operand.kind == Value::Kind::Unknown)
        out.push_back(where + " unknown kind");
    for (const Condition &child : condition.children)
        collectConditionExtras(child, where + " > child", out);
}

// Everything the sample uses is a known member, so anything found here is a reader bug.
std::vector<std::string> unexpectedExtras(const DomainSnapshot &snapshot)
{
    std::vector<std::string> out;
    if (!snapshot.extra.empty())
        out.push_back("snapshot");
    for (const Field &field : snapshot.fields)
        if (!field.extra.empty())
            out.push_back("field " + field.name);
    for (const auto &[fieldId, options] : snapshot.fieldOptions)
        for (const FieldOption &option : options)
            if (!option.extra.empty())
                out.push_back("option " + fieldId + "/" + option.value);
    for (const Layout &layout : snapshot.layouts)
        if (!layout.extra.empty())
            out.push_back("layout " + layout.name);
    for (const CaseTemplate &t : snapshot.templates) {
        if (!t.extra.empty() || (t.layoutConfiguration && !t.layoutConfiguration->extra.empty()))
            out.push_back("template " + t.name);
        for (const TemplateRule &rule : t.rules.value_or(std::vector<TemplateRule>{}))
            if (!rule.extra.empty())
                out.push_back("template rule in " + t.name);
        for (const RequiredField &field : t.requiredFields.value_or(std::vector<RequiredField>{}))
            if (!field.extra.empty())
                out.push_back("required field in " + t.name);
    }
    for (const CaseRule &rule : snapshot.caseRules) {
        if (!rule.extra.empty() || !rule.rule.boolean.extra.empty() || !rule.rule.options.extra.empty() ||
            rule.rule.kind == RuleDetails::Kind::Unknown)
            out.push_back("rule " + rule.name);
        for (const OptionsMapping &mapping : rule.rule.options.mappings)
            if (!mapping.extra.empty())
                out.push_back("mapping in " + rule.name);
        for (const Condition &condition : rule.rule.boolean.conditions)
            collectConditionExtras(condition, "rule " + rule.name, out);
    }
    return out;
}

void collectKinds(const Condition &condition, std::set<Condition::Kind> &kinds,
                  std::set<Value::Kind> &operands)
{
    kinds.insert(condition.kind);
    if (condition.isComparison())
        operands.insert(condition.operand.kind);
    for (const Condition &child : condition.children)
        collectKinds(child, kinds, operands);
}

const Field *fieldNamed(const DomainSnapshot &snapshot, const std::string &name)
{
    for (const Field &field : snapshot.fields)
        if (field.name == name)
            return &field;
    return nullptr;
}
} // namespace

class TestWireRoundTrip : public QObject {
    Q_OBJECT
private slots:
    void sampleFilesRoundTripLosslessly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("isSnapshot");
        QTest::newRow("snapshot") << QString::fromStdString(kSnapshotFile) << true;
        QTest::newRow("cases") << QString::fromStdString(kCasesFile) << false;
    }

    void sampleFilesRoundTripLosslessly()
    {
        QFETCH(QString, file);
        QFETCH(bool, isSnapshot);
        auto json = readJsonFile(sourcePath(file.toStdString()));
        QVERIFY2(json.ok(), describe(json));

        Json written;
        if (isSnapshot) {
            auto snapshot = wire::readSnapshot(*json);
            QVERIFY2(snapshot.ok(), describe(snapshot));
            written = wire::writeSnapshot(*snapshot);
        } else {
            auto cases = wire::readSampleCaseSet(*json);
            QVERIFY2(cases.ok(), describe(cases));
            written = wire::writeSampleCaseSet(*cases);
        }
        QVERIFY2(*json == written, describeDifference(*json, written));
        QVERIFY2(sameJson(*json, written),
                 "same values, but a number changed its spelling (e.g. 120 -> 120.0)");
    }

    void sampleSnapshotIsReadIntoTheModel()
    {
        auto snapshot = wire::loadSnapshotFile(sourcePath(kSnapshotFile));
        QVERIFY2(snapshot.ok(), describe(snapshot));
        QCOMPARE(snapshot->name, std::string("Support Centre"));
        QCOMPARE(snapshot->fields.size(), std::size_t(16));
        QCOMPARE(snapshot->caseRules.size(), std::size_t(10));
        QCOMPARE(snapshot->templates.size(), std::size_t(3));
        QCOMPARE(snapshot->layouts.size(), std::size_t(2));
        QCOMPARE(snapshot->fieldOptions.size(), std::size_t(6));

        const auto extras = unexpectedExtras(*snapshot);
        QVERIFY2(extras.empty(), describeProblems(extras)); // known members that landed in `extra`

        std::set<FieldType> types;
        for (const Field &field : snapshot->fields)
            types.insert(field.fieldType());
        QCOMPARE(types.size(), std::size_t(7));
        QVERIFY(types.count(FieldType::Unknown) == 0);

        const Field *notes = fieldNamed(*snapshot, "Resolution notes");
        QVERIFY(notes != nullptr);
        QVERIFY(notes->attributes.has_value());
        COMPARE_JSON(notes->attributes->at("text").at("isMultiline"), Json(true));
        QVERIFY(snapshot->findField("status") != nullptr);
        QCOMPARE(snapshot->optionsOf("status")->size(), std::size_t(3));
    }

    void sampleRulesUseEveryKind()
    {
        auto snapshot = wire::loadSnapshotFile(sourcePath(kSnapshotFile));
        QVERIFY2(snapshot.ok(), describe(snapshot));
        std::map<RuleDetails::Kind, int> ruleKinds;
        std::set<Condition::Kind> conditionKinds;
        std::set<Value::Kind> operandKinds;
        for (const CaseRule &rule : snapshot->caseRules) {
            ++ruleKinds[rule.rule.kind];
            for (const Condition &condition : rule.rule.boolean.conditions)
                collectKinds(condition, conditionKinds, operandKinds);
        }
        QCOMPARE(ruleKinds[RuleDetails::Kind::Required], 5);
        QCOMPARE(ruleKinds[RuleDetails::Kind::Hidden], 3);
        QCOMPARE(ruleKinds[RuleDetails::Kind::FieldOptions], 2);
        QCOMPARE(conditionKinds,
                 (std::set<Condition::Kind>{Condition::Kind::EqualTo, Condition::Kind::NotEqualTo,
                                            Condition::Kind::AndAll, Condition::Kind::OrAll}));
        QCOMPARE(operandKinds, (std::set<Value::Kind>{Value::Kind::String, Value::Kind::Double,
                                                      Value::Kind::Boolean, Value::Kind::Empty}));

        const CaseRule *subcategories = nullptr;
        for (const CaseRule &rule : snapshot->caseRules)
            if (rule.name == "Subcategories by category")
                subcategories = &rule;
        QVERIFY(subcategories != nullptr);
        QCOMPARE(subcategories->rule.options.mappings.size(), std::size_t(4));
        QCOMPARE(subcategories->rule.options.mappings[0].parentValue, std::string("billing"));
        QCOMPARE(subcategories->rule.options.mappings[0].childValues,
                 (std::vector<std::string>{"refund", "overcharge", "invoice"}));
    }

    void sampleCasesAreReadIntoTheModel()
    {
        auto snapshot = wire::loadSnapshotFile(sourcePath(kSnapshotFile));
        auto cases = wire::loadSampleCasesFile(sourcePath(kCasesFile));
        QVERIFY2(snapshot.ok(), describe(snapshot));
        QVERIFY2(cases.ok(), describe(cases));
        QCOMPARE(cases->cases.size(), std::size_t(17));
        QVERIFY(cases->extra.empty());

        std::set<Value::Kind> valueKinds;
        for (const SampleCase &sampleCase : cases->cases) {
            QVERIFY(sampleCase.extra.empty());
            QVERIFY2(snapshot->findTemplate(sampleCase.templateId) != nullptr, sampleCase.id.c_str());
            for (const CaseFieldValue &field : sampleCase.fields) {
                QVERIFY(field.extra.empty());
                QVERIFY2(snapshot->findField(field.id) != nullptr, field.id.c_str());
                valueKinds.insert(field.value.kind);
            }
        }
        QCOMPARE(valueKinds,
                 (std::set<Value::Kind>{Value::Kind::String, Value::Kind::Double, Value::Kind::Boolean,
                                        Value::Kind::Empty, Value::Kind::UserArn}));
    }

    void numbersKeepTheirSpelling_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("number");
        QTest::newRow("integer") << QStringLiteral("5") << 5.0;
        QTest::newRow("fraction") << QStringLiteral("2.5") << 2.5;
        QTest::newRow("zero") << QStringLiteral("0") << 0.0;
        QTest::newRow("negative") << QStringLiteral("-3") << -3.0;
        QTest::newRow("cents") << QStringLiteral("49.99") << 49.99;
        QTest::newRow("large") << QStringLiteral("1500000") << 1500000.0;
    }

    void numbersKeepTheirSpelling()
    {
        QFETCH(QString, text);
        QFETCH(double, number);
        auto wire = parseJsonText("{\"doubleValue\": " + text.toStdString() + "}");
        QVERIFY2(wire.ok(), describe(wire));

        auto operand = wire::readOperandTwo(*wire);
        QVERIFY2(operand.ok(), describe(operand));
        QCOMPARE(operand->kind, Value::Kind::Double);
        QCOMPARE(operand->number, number);
        QCOMPARE(wire::writeOperandTwo(*operand).dump(), wire->dump());

        auto fieldValue = wire::readFieldValue(*wire);
        QVERIFY2(fieldValue.ok(), describe(fieldValue));
        QCOMPARE(wire::writeFieldValue(*fieldValue).dump(), wire->dump());

        // And inside a whole rule, where the number is deep in the tree.
        Condition condition = Condition::equalTo("f-refund", *operand, true);
        const std::string ruleText = wire::writeCondition(condition).dump();
        QVERIFY2(ruleText.find("\"doubleValue\":" + text.toStdString() + "}") != std::string::npos,
                 ruleText.c_str());
    }

    void editedNumberIsWrittenAsEdited()
    {
        auto operand = wire::readOperandTwo(Json::parse(R"({"doubleValue": 5})"));
        QVERIFY2(operand.ok(), describe(operand));
        Value edited = *operand;
        edited.number = 7.25;
        QCOMPARE(wire::writeOperandTwo(edited).at("doubleValue").get<double>(), 7.25);
    }

    void writerSpellsTheModelAsTheWire()
    {
        CaseRule rule;
        rule.name = "Notes required when closed";
        rule.rule.kind = RuleDetails::Kind::Required;
        rule.rule.boolean.defaultValue = false;
        rule.rule.boolean.conditions = {
            Condition::equalTo("status", Value::string("closed"), true),
            Condition::orAll({Condition::notEqualTo("f-vip", Value::boolean_(false), true),
                              Condition::equalTo("f-notes", Value::empty(), true)})};
        // No caseRuleId/caseRuleArn: a rule designed offline has none until it is published.
        const Json expected = Json::parse(R"({
          "name": "Notes required when closed",
          "rule": {"required": {"defaultValue": false, "conditions": [
            {"equalTo": {"operandOne": {"fieldId": "status"}, "operandTwo": {"stringValue": "closed"}, "result": true}},
            {"orAll": {"conditions": [
              {"notEqualTo": {"operandOne": {"fieldId": "f-vip"}, "operandTwo": {"booleanValue": false}, "result": true}},
              {"equalTo": {"operandOne": {"fieldId": "f-notes"}, "operandTwo": {"emptyValue": {}}, "result": true}}
            ]}}
          ]}}
        })");
        const Json written = wire::writeCaseRule(rule);
        QVERIFY2(written == expected, describeDifference(expected, written));
    }

    void absentOptionalMembersStayAbsent()
    {
        // TemplateRule.fieldId defaults to "NULL" in the model; inventing it would change the template.
        const Json wire = Json::parse(R"({"templateId": "t-1", "templateArn": "arn:t-1", "name": "Support",
                                          "status": "Active", "rules": [{"caseRuleId": "r-1"}]})");
        auto caseTemplate = wire::readTemplate(wire);
        QVERIFY2(caseTemplate.ok(), describe(caseTemplate));
        QVERIFY(!caseTemplate->rules->at(0).fieldId.has_value());
        QVERIFY(!caseTemplate->deleted.has_value());
        const Json written = wire::writeTemplate(*caseTemplate);
        QVERIFY2(written == wire, describeDifference(wire, written));
    }
};

QTEST_APPLESS_MAIN(TestWireRoundTrip)
#include "test_wire_round_trip.moc"
