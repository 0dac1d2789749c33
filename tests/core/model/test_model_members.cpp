// model/model_members.h lists every data member of CaseRule and CaseTemplate, in declaration
// order, and operator== sees every one of them.
//
// The structured bindings below name each struct's members by count: a member added to CaseRule
// or CaseTemplate makes this file fail to build until the binding -- and, for the address check
// to pass, the member list that files, plans and request bodies read -- names it too.

#include "member_perturbation.h"

#include <QtTest>
#include <tuple>

using namespace cw;
using namespace cw::modeltest;

namespace {
// The addresses of the listed members of `object`, in list order.
template <class Object, class Members>
std::vector<const void *> listedAddresses(const Object &object, const Members &members)
{
    std::vector<const void *> addresses;
    std::apply([&](const auto &...member) { (addresses.push_back(&(object.*member.pointer)), ...); },
               members);
    return addresses;
}

// How many of the listed members, changed one at a time, make a copy of `full` differ from it.
template <class Entity, class Members>
std::size_t membersThatChangeEquality(const Entity &full, const Members &members)
{
    std::size_t differing = 0;
    const auto check = [&](const auto &member) {
        Entity changed = full;
        perturb(changed.*member.pointer);
        if (!(changed == full))
            ++differing;
        else
            qWarning("changing %s leaves the copy equal", member.wireName.data());
    };
    std::apply([&](const auto &...member) { (check(member), ...); }, members);
    return differing;
}
} // namespace

class TestModelMembers : public QObject {
    Q_OBJECT
private slots:
    void theRuleListNamesEveryMemberInOrder()
    {
        const CaseRule rule;
        const auto &[caseRuleId, name, caseRuleArn, description, details, deleted, createdTime,
                     lastModifiedTime, tags, extra] = rule;
        const std::vector<const void *> declared{&caseRuleId, &name,    &caseRuleArn, &description,
                                                 &details,    &deleted, &createdTime, &lastModifiedTime,
                                                 &tags,       &extra};
        QCOMPARE(listedAddresses(rule, kCaseRuleMembers), declared);
    }

    void theTemplateListNamesEveryMemberInOrder()
    {
        const CaseTemplate caseTemplate;
        const auto &[templateId, templateArn, name, description, layoutConfiguration, requiredFields, tags,
                     status, deleted, createdTime, lastModifiedTime, rules, tagPropagationConfigurations,
                     extra] = caseTemplate;
        const std::vector<const void *> declared{&templateId,
                                                 &templateArn,
                                                 &name,
                                                 &description,
                                                 &layoutConfiguration,
                                                 &requiredFields,
                                                 &tags,
                                                 &status,
                                                 &deleted,
                                                 &createdTime,
                                                 &lastModifiedTime,
                                                 &rules,
                                                 &tagPropagationConfigurations,
                                                 &extra};
        QCOMPARE(listedAddresses(caseTemplate, kCaseTemplateMembers), declared);
    }

    void eachRoleHasTheNamesExpected()
    {
        QCOMPARE(caseRuleMemberNames(MemberRole::Editable),
                 (std::vector<std::string>{"name", "description", "rule"}));
        QCOMPARE(caseRuleMemberNames(MemberRole::Service),
                 (std::vector<std::string>{"caseRuleArn", "deleted", "createdTime", "lastModifiedTime"}));
        QCOMPARE(caseTemplateMemberNames(MemberRole::Editable),
                 (std::vector<std::string>{"name", "description", "layoutConfiguration", "requiredFields",
                                           "status", "rules", "tagPropagationConfigurations"}));
        QCOMPARE(caseTemplateMemberNames(MemberRole::Identity), std::vector<std::string>{"templateId"});
        QCOMPARE(caseTemplateMemberNames(MemberRole::Unknown), std::vector<std::string>{});
    }

    // operator== compares every member: a change to any one of them makes two copies differ.
    void equalitySeesEveryMember()
    {
        const CaseRule rule = fullRule();
        QVERIFY(rule == fullRule());
        QCOMPARE(membersThatChangeEquality(rule, kCaseRuleMembers),
                 std::tuple_size_v<decltype(kCaseRuleMembers)>);
        const CaseTemplate caseTemplate = fullTemplate();
        QVERIFY(caseTemplate == fullTemplate());
        QCOMPARE(membersThatChangeEquality(caseTemplate, kCaseTemplateMembers),
                 std::tuple_size_v<decltype(kCaseTemplateMembers)>);

        // Inside the rule too: a condition's operand, a mapping's child values.
        CaseRule deeper = rule;
        deeper.rule.boolean.conditions[0].operand = Value::string("open");
        QVERIFY(!(deeper == rule));
    }
};

QTEST_GUILESS_MAIN(TestModelMembers)
#include "test_model_members.moc"
