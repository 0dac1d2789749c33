// The template operations of the emulator, in-process: the status filter, unique names,
// reference checks, partial updates and soft deletes.
#include "service_fixture.h"

#include <QtTest>

using namespace cw;
using namespace cw::emu;
using cw::emu::testing::ServiceFixture;

namespace {
std::vector<std::string> templateIds(const Json &list)
{
    std::vector<std::string> ids;
    for (const Json &item : list["templates"])
        ids.push_back(item["templateId"].get<std::string>());
    return ids;
}

std::string firstLiveRuleId(const DomainSnapshot &snapshot)
{
    for (const CaseRule &rule : snapshot.caseRules)
        if (!rule.isDeleted())
            return rule.caseRuleId;
    return {};
}
} // namespace

class TestEmulatorTemplates : public QObject {
    Q_OBJECT

private slots:
    void listFiltersByStatus()
    {
        ServiceFixture fixture;
        fixture.snapshot().templates.at(1).status = "Inactive";
        const std::string path = ServiceFixture::domainPath("/templates-list");
        const auto all = templateIds(fixture.call("POST", path).body);
        QCOMPARE(all.size(), fixture.snapshot().templates.size());
        std::vector<std::string> expected;
        for (const CaseTemplate &caseTemplate : fixture.snapshot().templates)
            if (caseTemplate.status == "Inactive")
                expected.push_back(caseTemplate.templateId);
        QCOMPARE(expected.size(), std::size_t(2)); // the sample's own inactive template and this one
        const auto inactive = templateIds(fixture.call("POST", path, Json(), {{"status", "Inactive"}}).body);
        QCOMPARE(inactive, expected);
        const auto both = templateIds(
            fixture.call("POST", path, Json(), {{"status", "Active"}, {"status", "Inactive"}}).body);
        QCOMPARE(both, all);
        const ApiResponse bad = fixture.call("POST", path, Json(), {{"status", "Draft"}});
        QCOMPARE(bad.status, 400);
    }

    void createChecksNameAndAssignsIdentity()
    {
        ServiceFixture fixture;
        const std::string path = ServiceFixture::domainPath("/templates");
        const ApiResponse created = fixture.call("POST", path, {{"name", "Returns"}, {"status", nullptr}});
        QCOMPARE(created.status, 200);
        const CaseTemplate *stored =
            fixture.snapshot().findTemplate(created.body["templateId"].get<std::string>());
        QVERIFY(stored != nullptr);
        QCOMPARE(stored->status, std::string("Active"));
        QCOMPARE(stored->templateArn, created.body["templateArn"].get<std::string>());
        QVERIFY(stored->templateArn.find("/template/id-1") != std::string::npos);
        QCOMPARE(stored->createdTime.value_or(""), std::string("2026-06-01T00:00:00.001Z"));

        const ApiResponse duplicate = fixture.call("POST", path, {{"name", "Returns"}});
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(duplicate.errorType(), std::string("ConflictException"));
    }

    void aDeletedTemplateFreesItsName()
    {
        ServiceFixture fixture;
        const CaseTemplate existing = fixture.snapshot().templates.front();
        QCOMPARE(
            fixture.call("POST", ServiceFixture::domainPath("/templates"), {{"name", existing.name}}).status,
            409);
        QCOMPARE(
            fixture.call("DELETE", ServiceFixture::domainPath("/templates/" + existing.templateId)).status,
            200);
        QCOMPARE(
            fixture.call("POST", ServiceFixture::domainPath("/templates"), {{"name", existing.name}}).status,
            200);
    }

    void referencesMustExistAndBeLive_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown required field") << "requiredFields"
                                                << R"([{"fieldId":"nope"}])"
                                                << "nope";
        QTest::newRow("deleted required field") << "requiredFields"
                                                << R"([{"fieldId":"gone-field"}])"
                                                << "deleted";
        QTest::newRow("repeated required field") << "requiredFields"
                                                 << R"([{"fieldId":"status"},{"fieldId":"status"}])"
                                                 << "twice";
        QTest::newRow("unknown rule") << "rules"
                                      << R"([{"caseRuleId":"nope"}])"
                                      << "nope";
        QTest::newRow("deleted rule") << "rules"
                                      << R"([{"caseRuleId":"gone-rule"}])"
                                      << "deleted";
        QTest::newRow("unknown rule field") << "rules"
                                            << R"([{"caseRuleId":"LIVE","fieldId":"nope"}])"
                                            << "nope";
        QTest::newRow("unknown layout") << "layoutConfiguration"
                                        << R"({"defaultLayout":"nope"})"
                                        << "layout";
        QTest::newRow("bad status") << "status"
                                    << R"("Draft")"
                                    << "Active";
        QTest::newRow("two propagations") << "tagPropagationConfigurations"
                                          << R"([{},{}])"
                                          << "at most 1";
    }

    void referencesMustExistAndBeLive()
    {
        QFETCH(QString, member);
        QFETCH(QString, body);
        QFETCH(QString, messagePart);
        ServiceFixture fixture;
        DomainSnapshot &snapshot = fixture.snapshot();
        Field goneField = snapshot.fields.front();
        goneField.fieldId = "gone-field";
        goneField.deleted = true;
        snapshot.fields.push_back(goneField);
        CaseRule goneRule = snapshot.caseRules.front();
        goneRule.caseRuleId = "gone-rule";
        goneRule.deleted = true;
        snapshot.caseRules.push_back(goneRule);
        std::string text = body.toStdString();
        if (const auto at = text.find("LIVE"); at != std::string::npos)
            text.replace(at, 4, firstLiveRuleId(snapshot));

        const Json request = {{"name", "Checked"}, {member.toStdString(), Json::parse(text)}};
        const ApiResponse created = fixture.call("POST", ServiceFixture::domainPath("/templates"), request);
        QCOMPARE(created.status, 400);
        QCOMPARE(created.errorType(), std::string("ValidationException"));
        const std::string message = created.body["message"].get<std::string>();
        QVERIFY2(message.find(messagePart.toStdString()) != std::string::npos, message.c_str());

        // The same member in an update of a live template fails the same way and changes nothing.
        const CaseTemplate before = snapshot.templates.at(2);
        Json update = request;
        update.erase("name");
        const ApiResponse updated =
            fixture.call("PUT", ServiceFixture::domainPath("/templates/" + before.templateId), update);
        QCOMPARE(updated.status, 400);
        QCOMPARE(wire::writeTemplate(snapshot.templates.at(2)), wire::writeTemplate(before));
    }

    void updateKeepsMembersThatAreNotSent()
    {
        ServiceFixture fixture;
        const CaseTemplate before = fixture.snapshot().templates.front();
        const std::string path = ServiceFixture::domainPath("/templates/" + before.templateId);
        QCOMPARE(fixture.call("PUT", path, {{"status", "Inactive"}, {"requiredFields", nullptr}}).status,
                 200);
        const ApiResponse got = fixture.call("POST", path);
        QCOMPARE(got.body["status"], Json("Inactive"));
        QCOMPARE(got.body["name"], Json(before.name));
        QCOMPARE(got.body["requiredFields"].size(), before.requiredFields->size());
        QCOMPARE(got.body["rules"].size(), before.rules->size());
        QCOMPARE(got.body["createdTime"], Json(*before.createdTime));
        QCOMPARE(got.body["lastModifiedTime"], Json("2026-06-01T00:00:00.001Z"));
        QCOMPARE(got.body["deleted"], Json(false));
        QCOMPARE(fixture.call("PUT", path, Json::object()).status, 400);
        const ApiResponse rename =
            fixture.call("PUT", path, {{"name", fixture.snapshot().templates.at(1).name}});
        QCOMPARE(rename.status, 409);
    }

    void deleteIsSoft()
    {
        ServiceFixture fixture;
        const std::string templateId = fixture.snapshot().templates.front().templateId;
        const std::string path = ServiceFixture::domainPath("/templates/" + templateId);
        QCOMPARE(fixture.call("DELETE", path).status, 200);
        const auto listed =
            templateIds(fixture.call("POST", ServiceFixture::domainPath("/templates-list")).body);
        QVERIFY(std::find(listed.begin(), listed.end(), templateId) == listed.end());
        const ApiResponse got = fixture.call("POST", path);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body["deleted"], Json(true));
        QCOMPARE(fixture.call("PUT", path, {{"name", "Revived"}}).status, 400);
        QCOMPARE(fixture.call("DELETE", ServiceFixture::domainPath("/templates/nope")).status, 404);
    }

    void getOfAnUnknownTemplateNamesIt()
    {
        ServiceFixture fixture;
        const ApiResponse missing = fixture.call("POST", ServiceFixture::domainPath("/templates/nope"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.body["resourceId"], Json("nope"));
        QCOMPARE(missing.body["resourceType"], Json("Template"));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorTemplates)
#include "test_emulator_templates.moc"
