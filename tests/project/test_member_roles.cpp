// Each member of a rule and a template is treated as model/model_members.h says, in all three
// places that read the list: the project file (ruleFileJson), the plan's comparison
// (comparableRule) and the Create/Update request body. A change to one member shows (or not) in
// each form according to its role:
//
//               file   compared   body
//   Identity    yes    no         no
//   Editable    yes    yes        yes
//   Tags        yes    no         no
//   Service     no     no         no
//   Unknown     yes    yes        no

#include "../core/model/member_perturbation.h"
#include "client/api_requests.h"
#include "project/plan.h"
#include "project/project_io.h"
#include "wire/wire_json.h"

#include <QtTest>

using namespace cw;
using namespace cw::modeltest;

namespace {
struct Shows {
    bool file;
    bool compared;
    bool body;
};

Shows expected(MemberRole role)
{
    switch (role) {
    case MemberRole::Identity:
        return {true, false, false};
    case MemberRole::Editable:
        return {true, true, true};
    case MemberRole::Tags:
        return {true, false, false};
    case MemberRole::Service:
        return {false, false, false};
    case MemberRole::Unknown:
        return {true, true, false};
    }
    return {};
}

struct Forms {
    Json wire;
    Json file;
    Json compared;
    Json body;
};

Forms formsOf(const CaseRule &rule)
{
    return {wire::writeCaseRule(rule), project::ruleFileJson(rule), project::comparableRule(rule),
            net::updateCaseRuleRequest("domain", rule).body.value_or(Json())};
}

Forms formsOf(const CaseTemplate &caseTemplate)
{
    return {wire::writeTemplate(caseTemplate), project::templateFileJson(caseTemplate),
            project::comparableTemplate(caseTemplate),
            net::updateTemplateRequest("domain", caseTemplate).body.value_or(Json())};
}

// Changes each listed member of `full` in turn and checks what each form shows.
template <class Entity, class Members> QStringList wrongTreatments(const Entity &full, const Members &members)
{
    QStringList wrong;
    const Forms base = formsOf(full);
    const auto check = [&](const auto &member) {
        Entity changed = full;
        perturb(changed.*member.pointer);
        const Forms after = formsOf(changed);
        const Shows want = expected(member.role);
        const QString name = member.wireName.empty() ? QStringLiteral("(unknown members)")
                                                     : QString::fromUtf8(member.wireName.data(),
                                                                         qsizetype(member.wireName.size()));
        if (after.wire == base.wire)
            wrong << name + QStringLiteral(": the change does not reach the wire form");
        if ((after.file != base.file) != want.file)
            wrong << name + QStringLiteral(": file");
        if ((after.compared != base.compared) != want.compared)
            wrong << name + QStringLiteral(": plan comparison");
        if ((after.body != base.body) != want.body)
            wrong << name + QStringLiteral(": request body");
    };
    std::apply([&](const auto &...member) { (check(member), ...); }, members);
    return wrong;
}
} // namespace

class TestMemberRoles : public QObject {
    Q_OBJECT
private slots:
    void ruleMembersAreTreatedByTheirRole()
    {
        const QStringList wrong = wrongTreatments(fullRule(), kCaseRuleMembers);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void templateMembersAreTreatedByTheirRole()
    {
        const QStringList wrong = wrongTreatments(fullTemplate(), kCaseTemplateMembers);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    // The forms hold exactly the members their roles allow, nothing else.
    void eachFormHoldsOnlyItsMembers()
    {
        const Forms rule = formsOf(fullRule());
        QCOMPARE(rule.body, (Json{{"name", "Notes required when closed"},
                                  {"description", "A description"},
                                  {"rule", wire::writeCaseRule(fullRule())["rule"]}}));
        QVERIFY(!rule.file.contains("caseRuleArn") && !rule.file.contains("createdTime"));
        QVERIFY(rule.file.contains("someFutureMember") && rule.compared.contains("someFutureMember"));
        QVERIFY(!rule.compared.contains("caseRuleId") && !rule.compared.contains("tags"));
        const Forms caseTemplate = formsOf(fullTemplate());
        QVERIFY(!caseTemplate.body.contains("someFutureMember") && !caseTemplate.body.contains("tags") &&
                !caseTemplate.body.contains("templateId"));
        QVERIFY(caseTemplate.body.contains("tagPropagationConfigurations"));
    }
};

QTEST_GUILESS_MAIN(TestMemberRoles)
#include "test_member_roles.moc"
