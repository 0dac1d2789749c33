// The tests of the rules (evaluator/expectation_check.h) on the sample domain: expectations keyed
// by field name or id hold or fail as the rules say, options compare in any order, a failure
// says why as `evaluate --explain` does, and a key naming no field, or options on a field that
// has none, is an error at the expectation's file and pointer.
#include "../sample_domain.h"
#include "common/json_text.h"
#include "evaluator/case_table.h"
#include "evaluator/case_table_reader.h"
#include "evaluator/compiled_template.h"
#include "evaluator/expectation_check.h"

#include <QtTest>

using namespace cw;
using namespace cw::coretest;

namespace {
QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

const std::string kCustomer = kCustomerSupport.toStdString();
const std::string kSubcategory = "ee84b1cd-0952-5c83-b7e1-64c2886bf74a";
const std::string kCategory = "494a2506-681f-5d8b-9091-d436305b9d66";

// A case file's text: {"cases": [CASES]}; read by the streaming reader, as `test --cases` does.
Result<ExpectationResults> check(const DomainSnapshot &snapshot, const std::string &cases)
{
    auto table = readCaseTableText("{\"cases\": [" + cases + "]}", "cases.json");
    if (!table)
        return table.error();
    ExpectationCheckOptions options;
    options.locate = [](std::size_t row) {
        return Location{"cases.json", pointerJoin("/cases", row), 0, 0, {}};
    };
    return checkExpectations(snapshot, *table, options);
}

std::string caseWith(const std::string &id, const std::string &status, const std::string &category,
                     const std::string &expect)
{
    std::string fields = R"({"id": "status", "value": {"stringValue": ")" + status + R"("}})";
    if (!category.empty())
        fields += R"(, {"id": ")" + kCategory + R"(", "value": {"stringValue": ")" + category + R"("}})";
    return R"({"id": ")" + id + R"(", "templateId": ")" + kCustomer + R"(", "fields": [)" + fields +
           R"(], "expect": )" + expect + "}";
}
} // namespace

class TestExpectationCheck : public QObject {
    Q_OBJECT
private slots:
    void holdingExpectationsByNameAndIdPass()
    {
        const DomainSnapshot snapshot = sampleDomain();
        const auto results = check(
            snapshot,
            caseWith("closed-by-name", "closed", "technical",
                     R"({"Resolution notes": {"required": true, "hidden": false},
                        "Subcategory": {"options": ["outage", "bug"]}})") +
                ", " +
                caseWith(
                    "closed-by-id", "closed", "",
                    R"({")" + kResolutionNotes + R"(": {"required": true}, ")" + kSubcategory +
                        R"(": {"options": ["bug", "outage", "password", "login", "lost_parcel", "damaged",
                                "refund", "overcharge", "invoice", "late_delivery"]}})") +
                R"(, {"id": "no-expect", "templateId": ")" + kCustomer + R"(", "fields": []})");
        QVERIFY2(results, results ? "" : results.error().toString().c_str());
        QVERIFY(results->passed());
        QCOMPARE(results->cases.size(), std::size_t(2)); // the case without "expect" is not a test
        QCOMPARE(results->expectations, std::size_t(5));
        QCOMPARE(qs(results->summary()), QStringLiteral("5 expectations in 2 cases: all hold"));
    }

    void optionsCompareAsSets()
    {
        const DomainSnapshot snapshot = sampleDomain();
        // Duplicates and order do not matter; a missing or an extra option does.
        auto results =
            check(snapshot, caseWith("a", "open", "technical",
                                     R"({"Subcategory": {"options": ["outage", "bug", "outage"]}})"));
        QVERIFY(results && results->passed());
        results =
            check(snapshot, caseWith("b", "open", "technical", R"({"Subcategory": {"options": ["bug"]}})"));
        QVERIFY(results && !results->passed());
        QCOMPARE(results->failures.size(), std::size_t(1));
        const ExpectationFailure &failure = results->failures.front();
        QCOMPARE(failure.aspect, ExpectAspect::Options);
        QCOMPARE(failure.expectedOptions, (std::vector<std::string>{"bug"}));
        QCOMPARE(failure.actualOptions.size(), std::size_t(2));
        QCOMPARE(qs(actualText(failure)), QStringLiteral("[\"bug\", \"outage\"]"));
        QVERIFY2(qs(failure.why.front()).contains(QStringLiteral("Subcategories by category")),
                 failure.why.front().c_str());
        results = check(snapshot, caseWith("c", "open", "technical",
                                           R"({"Subcategory": {"options": ["bug", "outage", "refund"]}})"));
        QVERIFY(results && results->failures.size() == 1);
    }

    void aFailureSaysWhatWhyAndWhere()
    {
        const DomainSnapshot snapshot = sampleDomain();
        const auto results = check(
            snapshot, caseWith("fine", "closed", "", R"({"Resolution notes": {"required": true}})") + ", " +
                          caseWith("open-case", "open", "",
                                   R"({"Resolution notes": {"required": true, "hidden": false}})"));
        QVERIFY2(results, results ? "" : results.error().toString().c_str());
        QVERIFY(!results->passed());
        QCOMPARE(results->failures.size(), std::size_t(1));
        const ExpectationFailure &failure = results->failures.front();
        QCOMPARE(qs(failure.caseId), QStringLiteral("open-case"));
        QCOMPARE(qs(failure.templateName), QStringLiteral("Customer support"));
        QCOMPARE(qs(failure.fieldName), QStringLiteral("Resolution notes"));
        QCOMPARE(qs(failure.fieldId), qs(kResolutionNotes));
        QCOMPARE(failure.aspect, ExpectAspect::Required);
        QCOMPARE(failure.expectedFlag, true);
        QCOMPARE(failure.actualFlag, false);
        QCOMPARE(qs(failure.where.file), QStringLiteral("cases.json"));
        QCOMPARE(qs(failure.where.pointer), QStringLiteral("/cases/1/expect/Resolution notes/required"));
        // "why" is evaluate --explain's own explanation of that field's required aspect.
        const CompiledTemplate compiled = *CompiledTemplate::compile(snapshot, kCustomer);
        SampleCase open;
        open.id = "open-case";
        open.fields.push_back({"status", Value::string("open"), Json::object()});
        const CaseOutcome explained = compiled.evaluate(open, Explain::Yes);
        std::vector<std::string> expectedWhy;
        for (const Explanation &explanation : explained.find(kResolutionNotes)->requiredBecause)
            expectedWhy.push_back(explanation.text);
        QCOMPARE(failure.why, expectedWhy);
        QVERIFY2(qs(failure.why.front()).contains(QStringLiteral("Resolution notes required when closed")),
                 failure.why.front().c_str());
        QCOMPARE(results->cases[1].failures, std::size_t(1));
        QCOMPARE(results->cases[1].expectations, std::size_t(2));
        QCOMPARE(qs(results->summary()), QStringLiteral("3 expectations in 2 cases: 1 fail (in 1 case)"));
    }

    void fieldsTheTemplateDoesNotGovern()
    {
        const DomainSnapshot snapshot = sampleDomain();
        // Channel: no rule of Customer support governs it: neither required nor hidden, and every
        // active option offered (fax is inactive).
        auto results = check(snapshot, caseWith("c", "open", "",
                                                R"({"Channel": {"required": false, "hidden": false,
                                                     "options": ["web_form", "phone", "email", "chat"]}})"));
        QVERIFY2(results, results ? "" : results.error().toString().c_str());
        QVERIFY(results->passed());
        results = check(snapshot, caseWith("c", "open", "", R"({"Channel": {"hidden": true}})"));
        QVERIFY(results && results->failures.size() == 1);
        QVERIFY2(qs(results->failures.front().why.front()).contains(QStringLiteral("no rule")),
                 results->failures.front().why.front().c_str());
        // Priority is required by the template itself, and says so.
        results = check(snapshot, caseWith("p", "open", "", R"({"Priority": {"required": false}})"));
        QVERIFY(results && results->failures.size() == 1);
        QCOMPARE(qs(results->failures.front().why.front()), QStringLiteral("required by the template"));
    }

    void errorsNameTheFileAndPointer_data()
    {
        QTest::addColumn<QString>("expect");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("unknown field")
            << R"({"Status": {"hidden": false}, "Resolution note": {"required": true}})"
            << "expect.unknown-field"
            << "/cases/0/expect/Resolution note";
        // Names compare exactly: "status" is the id of Status, "STATUS" neither id nor name.
        QTest::newRow("name in another case") << R"({"STATUS": {"hidden": false}})"
                                              << "expect.unknown-field"
                                              << "/cases/0/expect/STATUS";
        QTest::newRow("options on a text field") << R"({"Resolution notes": {"options": []}})"
                                                 << "expect.not-single-select"
                                                 << "/cases/0/expect/Resolution notes/options";
        QTest::newRow("wrong type") << R"({"Status": {"hidden": "no"}})"
                                    << "wire.type"
                                    << "/cases/0/expect/Status/hidden";
        QTest::newRow("unknown key") << R"({"Status": {"visible": true}})"
                                     << "expect.unknown-key"
                                     << "/cases/0/expect/Status/visible";
    }
    void errorsNameTheFileAndPointer()
    {
        QFETCH(QString, expect);
        QFETCH(QString, code);
        QFETCH(QString, pointer);
        const auto results = check(sampleDomain(), caseWith("bad", "open", "", expect.toStdString()));
        QVERIFY(!results);
        QCOMPARE(qs(results.error().code), code);
        QCOMPARE(qs(results.error().where.file), QStringLiteral("cases.json"));
        QCOMPARE(qs(results.error().where.pointer), pointer);
    }

    void aTestedCaseNeedsItsTemplate()
    {
        const auto results =
            check(sampleDomain(), R"({"id": "x", "fields": [], "expect": {"Status": {"hidden": false}}})");
        QVERIFY(!results);
        QCOMPARE(qs(results.error().code), QStringLiteral("evaluate.no-template"));
        QCOMPARE(qs(results.error().where.pointer), QStringLiteral("/cases/0/templateId"));
        // A case without "expect" is not run, so its missing template does not matter.
        QVERIFY(check(sampleDomain(), R"({"id": "x", "fields": []})"));
    }

    void theModelPathAgrees()
    {
        // A CaseTable made from SampleCases (the designer's and the project's path) checks alike.
        SampleCase sampleCase;
        sampleCase.id = "m";
        sampleCase.templateId = kCustomer;
        sampleCase.fields.push_back({"status", Value::string("open"), Json::object()});
        FieldExpectation expectation;
        expectation.key = kResolutionNotes;
        expectation.required = true;
        sampleCase.expect = std::vector<FieldExpectation>{expectation};
        const CaseTable table(std::vector<SampleCase>{sampleCase});
        const auto results = checkExpectations(sampleDomain(), table, {});
        QVERIFY(results && results->failures.size() == 1);
        QCOMPARE(qs(results->failures.front().where.pointer),
                 QStringLiteral("/cases/0/expect/") + qs(kResolutionNotes) + QStringLiteral("/required"));
    }
};

QTEST_APPLESS_MAIN(TestExpectationCheck)
#include "test_expectation_check.moc"
