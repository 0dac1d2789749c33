// Where rules are used (editing/rule_usage.h): the explorer's and the rule editor's list of every
// attachment, and the template editor's "also used by" list, both with the one label
// "Template › Field" (a field without a name shows its id, an attachment without a field says so).

#include "editing/rule_usage.h"

#include <QtTest>

using namespace cw;
using namespace cw::editing;

namespace {
TemplateRule attachment(const std::string &caseRuleId, std::optional<std::string> fieldId)
{
    return TemplateRule{caseRuleId, std::move(fieldId), Json::object()};
}

CaseTemplate caseTemplate(const std::string &id, const std::string &name, std::vector<TemplateRule> rules)
{
    CaseTemplate made;
    made.templateId = id;
    made.name = name;
    made.rules = std::move(rules);
    return made;
}

DomainSnapshot domain()
{
    DomainSnapshot snapshot;
    Field notes;
    notes.fieldId = "notes";
    notes.name = "Resolution notes";
    Field unnamed;
    unnamed.fieldId = "f-2";
    snapshot.fields = {notes, unnamed};
    snapshot.templates = {
        caseTemplate("t1", "Customer support", {attachment("r1", "notes"), attachment("r2", "f-2")}),
        caseTemplate("t2", "Billing", {attachment("r1", "notes"), attachment("r1", std::nullopt)}),
        caseTemplate("t3", "Gone", {attachment("r1", "notes")}),
    };
    snapshot.templates[2].deleted = true;
    return snapshot;
}
} // namespace

class TestRuleUsage : public QObject {
    Q_OBJECT
private slots:
    void everyAttachmentOfALiveTemplateIsListed()
    {
        const auto usages = ruleUsages(domain());
        QCOMPARE(usages.size(), std::size_t(2));
        QCOMPARE(usages.at("r1"), (QStringList{QString::fromUtf8("Customer support \u203a Resolution notes"),
                                               QString::fromUtf8("Billing \u203a Resolution notes"),
                                               QString::fromUtf8("Billing \u203a (no field)")}));
        QCOMPARE(usages.at("r2"), QStringList{QString::fromUtf8("Customer support \u203a f-2")});
    }

    void otherUsagesLeaveOutTheOneShown()
    {
        const QStringList others = otherUsages(domain(), "r1", "t1", "notes");
        QCOMPARE(others, (QStringList{QString::fromUtf8("Billing \u203a Resolution notes"),
                                      QString::fromUtf8("Billing \u203a (no field)")}));
        QCOMPARE(otherUsages(domain(), "r2", "t1", "f-2"), QStringList{});
        QCOMPARE(otherUsages(domain(), "r2", "t2", "f-2").size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRuleUsage)
#include "test_rule_usage.moc"
