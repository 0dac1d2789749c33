// Templates, explanations and the compiled API (docs/evaluation.md sections 5-7).
#include "evaluator_test_support.h"

using namespace cw;
using namespace cw::fixture;

class TestEvaluatorTemplate : public QObject {
    Q_OBJECT

private slots:
    void requiredFieldsOfTheTemplate()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {requiredRule("r1", "Closed needs resolution", {statusIs("Closed")})};
        const auto outcome = run(snapshot, caseTemplate("t1", {"notes", "status"}, {attach("r1", "notes")}),
                                 sample("c", {{"status", Value::string("Open")}}));
        const FieldOutcome *notes = outcome.find("notes");
        QVERIFY(notes->required);
        QCOMPARE(notes->requiredBecause.size(), std::size_t{2});
        QCOMPARE(notes->requiredBecause[0].source, Explanation::Source::Template);
        QCOMPARE(qs(notes->requiredBecause[0].text), QStringLiteral("required by the template"));
        QCOMPARE(notes->requiredBecause[1].source, Explanation::Source::DefaultValue);
        QVERIFY(!notes->requiredBecause[1].value);
        QVERIFY(outcome.find("status")->required);
        QVERIFY(!outcome.find("status")->hidden);
    }

    void oneRuleOnSeveralFields()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {requiredRule("r1", "Closed needs details", {statusIs("Closed")})};
        snapshot.templates = {caseTemplate("t1", {}, {attach("r1", "notes"), attach("r1", "reason")})};
        const auto compiled = CompiledTemplate::compile(snapshot, "t1");
        QVERIFY(compiled);
        QCOMPARE(compiled->booleanRuleCount(), std::size_t{1}); // compiled and evaluated once
        const auto closed = compiled->evaluate(sample("c", {{"status", Value::string("Closed")}}));
        QVERIFY(closed.find("notes")->required);
        QVERIFY(closed.find("reason")->required);
        const auto open = compiled->evaluate(sample("c", {{"status", Value::string("Open")}}));
        QVERIFY(!open.find("notes")->required);
        QVERIFY(!open.find("reason")->required);
    }

    void severalRulesOnOneFieldAnyWins()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {
            requiredRule("r1", "When closed", {statusIs("Closed")}),
            requiredRule("r2", "When high", {priorityIs("High")}),
            hiddenRule("h1", "Hide unless urgent", {priorityIs("Urgent", false)}, true),
            hiddenRule("h2", "Hide for VIP", {Condition::equalTo("vip", Value::boolean_(true), true)})};
        const CaseTemplate t = caseTemplate(
            "t1", {},
            {attach("r1", "notes"), attach("r2", "notes"), attach("h1", "notes"), attach("h2", "notes")});
        const auto high = run(snapshot, t, sample("c", {{"priority", Value::string("Urgent")}}));
        QVERIFY(!high.find("notes")->required);
        QVERIFY(!high.find("notes")->hidden);
        const auto closed =
            run(snapshot, t,
                sample("c", {{"status", Value::string("Closed")}, {"priority", Value::string("Urgent")}}));
        QVERIFY(closed.find("notes")->required);
        QVERIFY(!closed.find("notes")->hidden);
        const auto vip =
            run(snapshot, t,
                sample("c", {{"priority", Value::string("Urgent")}, {"vip", Value::boolean_(true)}}));
        QVERIFY(vip.find("notes")->hidden);
        QCOMPARE(vip.find("notes")->hiddenBecause.size(), std::size_t{2});
        QVERIFY(!vip.find("notes")->hiddenBecause[0].value);
        QVERIFY(vip.find("notes")->hiddenBecause[1].value);
    }

    void requiredAndHiddenBothReported()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {requiredRule("r1", "Closed needs resolution", {statusIs("Closed")}),
                              hiddenRule("h1", "Hide when closed", {statusIs("Closed")})};
        const auto outcome =
            run(snapshot, caseTemplate("t1", {}, {attach("r1", "notes"), attach("h1", "notes")}),
                sample("c", {{"status", Value::string("Closed")}}));
        QVERIFY(outcome.find("notes")->required);
        QVERIFY(outcome.find("notes")->hidden);
    }

    void explanationTexts()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {
            requiredRule("r1", "Closed needs resolution", {statusIs("Closed")}),
            hiddenRule("h1", "Reason only when escalated",
                       {statusIs("Closed", true),
                        Condition::orAll({priorityIs("High", false), priorityIs("Urgent", false)})},
                       true)};
        const CaseTemplate t = caseTemplate("t1", {}, {attach("r1", "notes"), attach("h1", "reason")});

        const auto closed = run(snapshot, t, sample("c", {{"status", Value::string("Closed")}}));
        const Explanation &required = closed.find("notes")->requiredBecause.at(0);
        QCOMPARE(required.source, Explanation::Source::Condition);
        QCOMPARE(qs(required.caseRuleId), QStringLiteral("r1"));
        QCOMPARE(qs(required.ruleName), QStringLiteral("Closed needs resolution"));
        QCOMPARE(qs(required.conditionPath), QStringLiteral("conditions[0]"));
        QCOMPARE(qs(required.text),
                 QStringLiteral(
                     "rule \"Closed needs resolution\": condition 1 (Status equals \"Closed\") is true → "
                     "required"));

        const auto urgent = run(snapshot, t, sample("c", {{"priority", Value::string("Urgent")}}));
        const Explanation &notRequired = urgent.find("notes")->requiredBecause.at(0);
        QCOMPARE(notRequired.source, Explanation::Source::DefaultValue);
        QVERIFY(notRequired.conditionPath.empty());
        QCOMPARE(qs(notRequired.text),
                 QStringLiteral("rule \"Closed needs resolution\": no condition is true → "
                                "default value applied: not required"));
        const Explanation &shown = urgent.find("reason")->hiddenBecause.at(0);
        QCOMPARE(qs(shown.conditionPath), QStringLiteral("conditions[1].orAll.conditions[1]"));
        QCOMPARE(qs(shown.text),
                 QStringLiteral(
                     "rule \"Reason only when escalated\": condition 2 (any of (Priority equals \"High\", "
                     "Priority equals \"Urgent\")) is true (Priority equals \"Urgent\" holds) → shown"));
        QVERIFY(!urgent.find("reason")->hidden);

        const auto low = run(snapshot, t, sample("c", {{"priority", Value::string("Low")}}));
        QVERIFY(low.find("reason")->hidden);
        QCOMPARE(qs(low.find("reason")->hiddenBecause.at(0).text),
                 QStringLiteral(
                     "rule \"Reason only when escalated\": no condition is true → default value applied: "
                     "hidden"));

        // Nested: the path descends through orAll and stops at the andAll that holds.
        snapshot.caseRules[0] = requiredRule(
            "r1", "Nested",
            {Condition::orAll({statusIs("Open"),
                               Condition::andAll({statusIs("Closed"),
                                                  Condition::notEqualTo("amount", Value::empty(), true)})})});
        const auto nested =
            run(snapshot, t, sample("c", {{"status", Value::string("Closed")}, {"amount", Value::dbl(3)}}));
        const Explanation &why = nested.find("notes")->requiredBecause.at(0);
        QCOMPARE(qs(why.conditionPath), QStringLiteral("conditions[0].orAll.conditions[1]"));
        QCOMPARE(qs(why.text),
                 QStringLiteral("rule \"Nested\": condition 1 (any of (Status equals \"Open\", all of "
                                "(Status equals \"Closed\", Amount is not empty))) is true (all of "
                                "(Status equals \"Closed\", Amount is not empty) holds) → required"));
    }

    void explanationsOnlyOnDemand()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {requiredRule("r1", "R", {statusIs("Closed")}),
                              optionsRule("o1", "O", "category", "subcategory", {})};
        const auto outcome =
            run(snapshot, caseTemplate("t1", {"notes"}, {attach("r1", "notes"), attach("o1", "subcategory")}),
                sample("c", {{"status", Value::string("Closed")}}), Explain::No);
        for (const FieldOutcome &field : outcome.fields) {
            QVERIFY(field.requiredBecause.empty());
            QVERIFY(field.hiddenBecause.empty());
            QVERIFY(field.optionsBecause.empty());
        }
        QVERIFY(outcome.find("notes")->required);
    }

    void bindCaseIgnoresUnknownFieldsAndKeepsTheFirstDuplicate()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {requiredRule("r1", "R", {statusIs("Closed")})};
        const CaseTemplate t = caseTemplate("t1", {}, {attach("r1", "notes")});
        QVERIFY(run(snapshot, t,
                    sample("c", {{"ghost", Value::string("Closed")},
                                 {"status", Value::string("Closed")},
                                 {"another ghost", Value::dbl(1)}}))
                    .find("notes")
                    ->required);
        QVERIFY(!run(snapshot, t, sample("c", {{"ghost", Value::string("Closed")}})).find("notes")->required);
        QVERIFY(run(snapshot, t,
                    sample("c", {{"status", Value::string("Closed")}, {"status", Value::string("Open")}}))
                    .find("notes")
                    ->required);
        QVERIFY(!run(snapshot, t,
                     sample("c", {{"status", Value::string("Open")}, {"status", Value::string("Closed")}}))
                     .find("notes")
                     ->required);
    }

    // The case table gives what bindCase gives: first duplicate wins, unknown fields ignored,
    // a value equal under the template's semantics (userArn vs string) still matches; a binding
    // used with another table, or a row out of range, binds nothing rather than reading past.
    void caseTableRowsBindAsTheirCasesDo()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {requiredRule("r1", "R", {statusIs("Closed")})};
        snapshot.templates = {caseTemplate("t1", {}, {attach("r1", "notes")})};
        const auto compiled = CompiledTemplate::compile(snapshot, "t1");
        QVERIFY(compiled);
        const std::vector<SampleCase> cases = {
            sample("first-wins", {{"status", Value::string("Closed")}, {"status", Value::string("Open")}}),
            sample("second-loses", {{"status", Value::string("Open")}, {"status", Value::string("Closed")}}),
            sample("ghost-only", {{"ghost", Value::string("Closed")}}),
            sample("arn-text", {{"status", Value::userArn("Closed")}}),
            sample("none", {}),
        };
        const CaseTable table(cases);
        QCOMPARE(table.rowCount(), cases.size());
        QCOMPARE(table.columnCount(), std::size_t(2)); // status, ghost
        const TableBinding binding = compiled->bindTable(table);
        OutcomeBuffer fromRow = compiled->makeBuffer();
        OutcomeBuffer fromCase = compiled->makeBuffer();
        BoundCase rowBound;
        BoundCase caseBound;
        const std::size_t notes = *compiled->indexOf("notes");
        std::vector<bool> required;
        for (std::size_t row = 0; row < cases.size(); ++row) {
            compiled->bindRow(binding, table, row, rowBound);
            compiled->evaluate(rowBound, fromRow);
            compiled->bindCase(cases[row], caseBound);
            compiled->evaluate(caseBound, fromCase);
            QCOMPARE(fromRow.required(notes), fromCase.required(notes));
            required.push_back(fromRow.required(notes));
        }
        QCOMPARE(required, (std::vector<bool>{true, false, false, true, false}));

        const CaseTable other(std::vector<SampleCase>{cases[0]});
        compiled->bindRow(binding, other, 0, rowBound); // another table: nothing bound
        compiled->evaluate(rowBound, fromRow);
        QVERIFY(!fromRow.required(notes));
        compiled->bindRow(binding, table, cases.size(), rowBound); // out of range
        compiled->evaluate(rowBound, fromRow);
        QVERIFY(!fromRow.required(notes));
    }

    void governedFieldsAndSkippedRules()
    {
        DomainSnapshot snapshot = helpDesk();
        CaseRule deleted = requiredRule("gone", "Deleted", {}, true);
        deleted.deleted = true;
        CaseRule future = requiredRule("future", "From a newer service", {}, true);
        future.rule.kind = RuleDetails::Kind::Unknown;
        future.rule.unknownKey = "readOnly";
        snapshot.caseRules = {requiredRule("r1", "R", {}, true), deleted, future};
        snapshot.templates = {
            caseTemplate("t1", {"notes", "status"},
                         {attach("r1", "reason"), attach("r1", "notes"), attach("missing", "priority"),
                          attach("r1", std::nullopt), attach("gone", "vip"), attach("future", "amount")})};
        const auto compiled = CompiledTemplate::compile(snapshot, "t1");
        QVERIFY(compiled);
        QStringList fields;
        for (std::size_t i = 0; i < compiled->fieldCount(); ++i)
            fields << qs(compiled->fieldId(i));
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("notes"), QStringLiteral("status"), QStringLiteral("reason"),
                              QStringLiteral("priority"), QStringLiteral("vip"), QStringLiteral("amount")}));
        QCOMPARE(compiled->indexOf("reason"), std::optional<std::size_t>{2});
        QVERIFY(!compiled->indexOf("ghost"));

        const auto &skipped = compiled->skipped();
        QCOMPARE(skipped.size(), std::size_t{4});
        QCOMPARE(qs(skipped[0].caseRuleId), QStringLiteral("missing"));
        QCOMPARE(skipped[0].ruleIndex, std::size_t{2});
        QVERIFY(skipped[0].reason.find("no case rule with this id") != std::string::npos);
        QVERIFY(!skipped[1].fieldId);
        QVERIFY(skipped[1].reason.find("applies to nothing") != std::string::npos);
        QVERIFY(skipped[2].reason.find("deleted") != std::string::npos);
        QVERIFY(skipped[3].reason.find("readOnly") != std::string::npos);

        const auto outcome = compiled->evaluate(sample("c", {}));
        QCOMPARE(outcome.fields.size(), std::size_t{6});
        QVERIFY(outcome.find("reason")->required);
        QVERIFY(!outcome.find("priority")->required);
        QVERIFY(!outcome.find("vip")->required);    // the deleted rule does not apply
        QVERIFY(!outcome.find("amount")->required); // nor the unknown kind
    }

    void unknownTemplateIsAnError()
    {
        const auto compiled = CompiledTemplate::compile(helpDesk(), "nope");
        QVERIFY(!compiled);
        QCOMPARE(qs(compiled.error().code), QStringLiteral("evaluator.unknown-template"));
        QCOMPARE(qs(compiled.error().where.entity), QStringLiteral("nope"));
    }

    void fastPathMatchesTheReport()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {
            requiredRule("r1", "R", {statusIs("Closed")}), hiddenRule("h1", "H", {priorityIs("Low")}),
            optionsRule("o1", "O", "category", "subcategory", {mapping("tech", {"b_crash"})})};
        snapshot.templates = {caseTemplate(
            "t1", {"status"}, {attach("r1", "notes"), attach("h1", "notes"), attach("o1", "subcategory")})};
        const auto compiled = CompiledTemplate::compile(snapshot, "t1");
        QVERIFY(compiled);
        OutcomeBuffer buffer = compiled->makeBuffer();
        BoundCase bound;
        const std::vector<SampleCase> cases{
            sample("a", {{"status", Value::string("Closed")}, {"category", Value::string("tech")}}),
            sample("b", {{"priority", Value::string("Low")}}), sample("c", {})};
        const auto reports = evaluateAll(*compiled, cases);
        QCOMPARE(reports.size(), cases.size());
        for (std::size_t i = 0; i < cases.size(); ++i) {
            compiled->bindCase(cases[i], bound);
            compiled->evaluate(bound, buffer);
            QCOMPARE(qs(bound.caseId()), qs(cases[i].id));
            QCOMPARE(qs(reports[i].caseId), qs(cases[i].id));
            QCOMPARE(buffer.fieldCount(), reports[i].fields.size());
            for (std::size_t field = 0; field < buffer.fieldCount(); ++field) {
                QCOMPARE(buffer.required(field), reports[i].fields[field].required);
                QCOMPARE(buffer.hidden(field), reports[i].fields[field].hidden);
                QCOMPARE(compiled->allowedOptions(buffer, field), reports[i].fields[field].allowedOptions);
            }
        }
        QVERIFY(reports[0].find("notes")->required);
        QVERIFY(reports[1].find("notes")->hidden);
        QCOMPARE(qsList(*reports[0].find("subcategory")->allowedOptions),
                 QStringList{QStringLiteral("b_crash")});

        // A case bound by another template evaluates as if it had no values, without crashing.
        DomainSnapshot other = helpDesk();
        other.templates = {caseTemplate("t2", {}, {})};
        const auto otherCompiled = CompiledTemplate::compile(other, "t2");
        QVERIFY(otherCompiled);
        compiled->evaluate(otherCompiled->bindCase(cases[0]), buffer);
        QVERIFY(buffer.required(*compiled->indexOf("status")));
        QVERIFY(!buffer.required(*compiled->indexOf("notes")));
    }
};

QTEST_GUILESS_MAIN(TestEvaluatorTemplate)
#include "test_evaluator_template.moc"
