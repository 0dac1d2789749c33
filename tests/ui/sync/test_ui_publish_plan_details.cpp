// The publish dialog says what each update changes -- old → new, the conditions added and removed,
// the options a parent value gains, the rules attached and detached -- instead of only naming the
// changed members; and its Publish button is off, with the reason in its tooltip, while the
// project has validation errors (publish would refuse them after the click). A copy of the sample
// project, edited on disk; no service is needed for the plan. Screenshot:
// <build>/screenshots/publish-plan-details.png.

#include "../sample_project_support.h"
#include "../ui_test_support.h"
#include "common/json_text.h"
#include "sync/publish_dialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;

namespace {
const QString kResolutionRule = QStringLiteral("rules/resolution-notes-required-when-closed.json");
const QString kSubcategoryRule = QStringLiteral("rules/subcategories-by-category.json");
const QString kCustomerSupport = QStringLiteral("templates/customer-support.json");
const std::string kVipField = "eb956ec4-562b-5f25-a901-b5602f529bb3";
const std::string kOrderNumberField = "ad007165-26f5-5805-834a-9929af03a56b";
const std::string kFollowUpRule = "8fbbe10e-85ef-5ab8-a7e6-d70f28f7c6a1";

Json readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Json();
    return Json::parse(file.readAll().toStdString());
}

bool writeJsonFile(const QString &path, const Json &json)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(QByteArray::fromStdString(json.dump(2))) > 0;
}

// The lines under the plan step whose text contains `name`.
QStringList detailsOf(const QTreeWidget *tree, const QString &name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *step = tree->topLevelItem(i);
        if (!step->text(0).contains(name))
            continue;
        QStringList lines;
        for (int child = 0; child < step->childCount(); ++child)
            lines << step->child(child)->text(0);
        return lines;
    }
    return {QStringLiteral("(no step for %1)").arg(name)};
}
} // namespace

class TestPublishPlanDetails : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_work;
    int m_test = 0;
    QString m_project;

    QString file(const QString &relative) const { return QDir(m_project).filePath(relative); }

private slots:
    void init()
    {
        m_project = m_work.filePath(QString::number(++m_test));
        QVERIFY(copySampleProject(m_project));
        // These tests edit rules the samples' expectations pin; the tests' gate has its own tests
        // (test_ui_publish_dialog, test_ui_expect_outcome), so Publish here waits only on errors.
        const QString samples = m_project + QStringLiteral("/samples/support-centre.json");
        Json cases = readJsonFile(samples);
        for (Json &sampleCase : cases["cases"])
            sampleCase.erase("expect");
        QVERIFY(writeJsonFile(samples, cases));
    }

    void eachUpdateSaysWhatChanges()
    {
        // A rule renamed, one condition added, its default flipped.
        Json rule = readJsonFile(file(kResolutionRule));
        rule["name"] = "Notes required when closed";
        Json &required = rule["rule"]["required"];
        required["conditions"].push_back({{"equalTo",
                                           {{"operandOne", {{"fieldId", kVipField}}},
                                            {"operandTwo", {{"booleanValue", true}}},
                                            {"result", true}}}});
        required["defaultValue"] = true;
        QVERIFY(writeJsonFile(file(kResolutionRule), rule));
        // An options rule: "billing" offers one more subcategory, "account" loses "password".
        Json options = readJsonFile(file(kSubcategoryRule));
        for (Json &mapping : options["rule"]["fieldOptions"]["parentChildFieldOptionsMappings"]) {
            if (mapping["parentFieldOptionValue"] == "billing")
                mapping["childFieldOptionValues"].push_back("outage");
            if (mapping["parentFieldOptionValue"] == "account")
                mapping["childFieldOptionValues"] = Json::array({"login"});
        }
        QVERIFY(writeJsonFile(file(kSubcategoryRule), options));
        // A template: one rule detached, one required field added.
        Json caseTemplate = readJsonFile(file(kCustomerSupport));
        Json kept = Json::array();
        for (const Json &attachment : caseTemplate["rules"])
            if (attachment["caseRuleId"] != kFollowUpRule)
                kept.push_back(attachment);
        caseTemplate["rules"] = kept;
        caseTemplate["requiredFields"].push_back({{"fieldId", kOrderNumberField}});
        QVERIFY(writeJsonFile(file(kCustomerSupport), caseTemplate));

        PublishDialog dialog;
        dialog.show();
        QVERIFY(dialog.openProject(m_project));
        QVERIFY(dialog.plan());
        QCOMPARE(dialog.plan()->steps.size(), std::size_t(3));

        const QStringList rule1 = detailsOf(dialog.planTree(), QStringLiteral("Notes required when closed"));
        const QString joined1 = rule1.join(QLatin1Char('\n'));
        QVERIFY2(rule1.contains(QStringLiteral("name: \u201cResolution notes required when closed\u201d "
                                               "\u2192 \u201cNotes required when closed\u201d")),
                 qPrintable(joined1));
        QVERIFY2(rule1.filter(QStringLiteral("condition added: ")).size() == 1 &&
                     rule1.filter(QStringLiteral("condition added: "))
                         .front()
                         .contains(QStringLiteral("VIP customer")),
                 qPrintable(joined1));
        QVERIFY2(rule1.filter(QStringLiteral("condition removed")).isEmpty(), qPrintable(joined1));
        QVERIFY2(rule1.contains(QStringLiteral("otherwise: not required \u2192 required")),
                 qPrintable(joined1));
        QVERIFY2(rule1.filter(QStringLiteral("changed: ")).isEmpty(), qPrintable(joined1));

        const QStringList rule2 = detailsOf(dialog.planTree(), QStringLiteral("Subcategories by category"));
        const QString joined2 = rule2.join(QLatin1Char('\n'));
        QVERIFY2(rule2.contains(QStringLiteral("\u201cbilling\u201d: options added: \u201coutage\u201d")),
                 qPrintable(joined2));
        QVERIFY2(rule2.contains(QStringLiteral("\u201caccount\u201d: options removed: \u201cpassword\u201d")),
                 qPrintable(joined2));
        QCOMPARE(rule2.size(), 2);

        const QStringList template1 = detailsOf(dialog.planTree(), QStringLiteral("Customer support"));
        const QString joined3 = template1.join(QLatin1Char('\n'));
        QVERIFY2(template1.contains(QStringLiteral("required field added: Order number")),
                 qPrintable(joined3));
        QVERIFY2(
            template1.contains(QStringLiteral(
                "rule detached: \u201cFollow-up date hidden when nothing is due\u201d on Follow-up date")),
            qPrintable(joined3));
        QVERIFY2(template1.filter(QStringLiteral("rule attached")).isEmpty(), qPrintable(joined3));
        QCOMPARE(template1.size(), 2);

        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCheckingIdentity(), 15000);
        QVERIFY2(dialog.publishButton()->isEnabled(),
                 qPrintable(dialog.publishButton()->toolTip())); // the edits are valid
        dialog.resize(1000, 760);
        settleLayouts();
        QVERIFY(QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots")));
        QVERIFY(dialog.grab().save(
            QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/publish-plan-details.png")));
    }

    void publishIsOffWhileTheProjectHasErrors()
    {
        // A condition on a field the domain does not have: the service would reject the rule.
        Json rule = readJsonFile(file(kResolutionRule));
        rule["rule"]["required"]["conditions"][0]["equalTo"]["operandOne"]["fieldId"] = "no-such-field";
        QVERIFY(writeJsonFile(file(kResolutionRule), rule));

        PublishDialog dialog;
        dialog.show();
        QVERIFY(dialog.openProject(m_project));
        QVERIFY(dialog.plan()); // the plan is still shown: what would be published once fixed
        QVERIFY(!dialog.publishButton()->isEnabled());
        const QString tip = dialog.publishButton()->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("1 error(s) must be fixed before publishing")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("no-such-field")), qPrintable(tip));
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("must be fixed")),
                 qPrintable(dialog.statusLabel()->text()));
        // Clicking the disabled button starts nothing.
        QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
        QVERIFY(!dialog.isRunning());

        // Fixed on disk and opened again: Publish is offered.
        rule["rule"]["required"]["conditions"][0]["equalTo"]["operandOne"]["fieldId"] = "status";
        QVERIFY(writeJsonFile(file(kResolutionRule), rule));
        PublishDialog fixed;
        fixed.show();
        QVERIFY(fixed.openProject(m_project));
        QTRY_VERIFY_WITH_TIMEOUT(!fixed.isCheckingIdentity(), 15000);
        QVERIFY2(fixed.publishButton()->isEnabled(), qPrintable(fixed.publishButton()->toolTip()));
        QVERIFY(fixed.publishButton()->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestPublishPlanDetails)
#include "test_ui_publish_plan_details.moc"
