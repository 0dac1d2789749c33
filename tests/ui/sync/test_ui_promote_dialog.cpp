// File > Promote to Another Project, through real widgets: the sample project promoted into the
// same domain under other ids, where "Priority" is called "Urgency". The mapping table (under
// QAbstractItemModelTester) shows the field missing in red and Promote disabled; a map file makes
// it "overridden"; the plan shows what the target's publish would send; Promote writes the target
// folder, after which there is nothing left to promote. A rule comparing a User field with a user
// of the staging instance: the user ARN is a row, missing in red until the map names the
// production user. Screenshots: <build>/screenshots/promote-dialog-missing.png, promote-dialog.png
// and promote-dialog-user-arn.png.
#include "../../project/promote_test_support.h"
#include "../ui_test_support.h"
#include "common/tone_colors.h"
#include "dialogs/message_box.h"
#include "mainwindow/main_window.h"
#include "project/project_io.h"
#include "project/pull_merge.h"
#include "sync/promote_dialog.h"
#include "sync/promote_mapping_model.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace cw;
using namespace cw::ui;
using cw::promotetest::otherId;
using cw::promotetest::withOtherIds;

namespace {
const std::string kPriorityField = "10fd19fe-bb18-514b-978f-b601f0533303";
const QString kEscalationShown = QStringLiteral("Escalation reason shown for high priority");
const std::string kEscalatedToField = "9c58283d-2717-542c-b01b-b9eab6dc99cb"; // a User field
const std::string kStagingUser =
    "arn:aws:connect:us-east-1:123456789012:instance/"
    "27205ca8-312d-51b5-b491-fc040b3ede2d/agent/0da49ac1-bc90-5747-ae1e-82f72adc6c21";
const std::string kProductionUser =
    "arn:aws:connect:us-east-1:123456789012:instance/"
    "5b0e6f0c-9a1e-4a57-8d1c-3f6f3c2b9e71/agent/e1f1c5b2-3a44-4c0e-9a0b-6a5d1f2b7c88";
const QString kTeamLead = QStringLiteral("Escalation reason required for the team lead");

DomainSnapshot sample()
{
    return wire::loadSnapshotFile(CASEWRIGHT_SOURCE_DIR "/resources/sample/support-centre.snapshot.json")
        .value();
}

project::Project projectOf(const DomainSnapshot &snapshot, const QString &directory)
{
    project::ProjectConfig config;
    config.domainId = snapshot.domainId;
    config.domainName = snapshot.name;
    config.region = "us-east-1";
    return project::projectFromSnapshot(snapshot, config, directory.toStdString(), "2026-05-01T10:00:00Z");
}

// The rows of the mapping for `source` (a field's or rule's name).
QList<int> rowsNamed(const PromoteMappingModel &model, const QString &source)
{
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, PromoteMappingModel::SourceColumn).data().toString() == source)
            rows << row;
    return rows;
}

void saveShot(QWidget &widget, const QString &name)
{
    test::settleLayouts();
    QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots"));
    QVERIFY(widget.grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/") + name));
}
} // namespace

class TestUiPromoteDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_target;
    project::Project m_source;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("casewright-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("designer-tests"));
        MessageBox::setScripted(true);
        QSettings().clear();
        const DomainSnapshot staging = sample();
        m_source = projectOf(staging, m_work.filePath(QStringLiteral("staging")));
        for (project::RuleFile &file : m_source.rules)
            if (file.rule.name == kEscalationShown.toStdString())
                file.rule.description = "Shown when the priority is high or urgent";
        DomainSnapshot production = withOtherIds(staging);
        for (Field &field : production.fields)
            if (field.name == "Priority")
                field.name = "Urgency";
        m_target = m_work.filePath(QStringLiteral("production"));
        project::DiskState disk;
        QVERIFY(project::saveProject(projectOf(production, m_target), disk).ok());
    }

    void missingFieldInRedThenMappedAndPromoted()
    {
        PromoteDialog dialog(m_source, {});
        QAbstractItemModelTester tester(dialog.mappingModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(dialog.allRulesButton()->isChecked());
        QVERIFY(!dialog.selectedRulesButton()->isEnabled());
        QVERIFY(!dialog.promoteButton()->isEnabled());

        dialog.targetEdit()->setText(m_target);
        emit dialog.targetEdit()->editingFinished();
        PromoteMappingModel &model = *dialog.mappingModel();
        QVERIFY(model.rowCount() > 0);
        const QList<int> priority = rowsNamed(model, QStringLiteral("Priority"));
        QCOMPARE(priority.size(), 1);
        const QModelIndex how = model.index(priority.front(), PromoteMappingModel::MatchColumn);
        QCOMPARE(how.data().toString(),
                 PromoteMappingModel::matchText(project::PromoteMapping::Match::Missing));
        QCOMPARE(how.data(Qt::ForegroundRole).value<QColor>(), toneColor(Tone::Error));
        QCOMPARE(priority.front(), 0); // what does not map comes first
        QVERIFY(!how.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.missingCount() >= 1);
        QVERIFY(dialog.errorList()->isVisible());
        QVERIFY(dialog.errorList()->count() >= 2);
        QVERIFY(dialog.errorList()->item(0)->text().contains(QStringLiteral("promote.missing-field")));
        QVERIFY(!dialog.promoteButton()->isEnabled());
        QCOMPARE(dialog.planTree()->topLevelItemCount(), 0);
        saveShot(dialog, QStringLiteral("promote-dialog-missing.png"));

        const QString map = m_work.filePath(QStringLiteral("map.json"));
        QFile file(map);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"fields": {"Priority": "Urgency"}})");
        file.close();
        dialog.mapEdit()->setText(map);
        emit dialog.mapEdit()->editingFinished();
        QCOMPARE(model.missingCount(), 0);
        const int row = rowsNamed(model, QStringLiteral("Priority")).front();
        QCOMPARE(model.index(row, PromoteMappingModel::TargetColumn).data().toString(),
                 QStringLiteral("Urgency"));
        QCOMPARE(model.index(row, PromoteMappingModel::MatchColumn).data().toString(),
                 PromoteMappingModel::matchText(project::PromoteMapping::Match::Overridden));
        QVERIFY(!dialog.errorList()->isVisible());
        QVERIFY(dialog.promoteButton()->isEnabled());
        QCOMPARE(dialog.planTree()->topLevelItemCount(), 1); // ~ update rule
        QVERIFY(dialog.planTree()->topLevelItem(0)->text(0).contains(kEscalationShown));
        saveShot(dialog, QStringLiteral("promote-dialog.png"));

        QSignalSpy promoted(&dialog, &PromoteDialog::promoted);
        QTest::mouseClick(dialog.promoteButton(), Qt::LeftButton);
        QCOMPARE(promoted.count(), 1);
        auto written = project::loadProject(m_target.toStdString());
        QVERIFY(written.ok());
        bool found = false;
        for (const project::RuleFile &rule : written->project.rules)
            found = found || (rule.rule.name == kEscalationShown.toStdString() &&
                              rule.rule.description ==
                                  std::optional<std::string>("Shown when the priority is high or urgent") &&
                              rule.rule.rule.boolean.conditions.front().children.front().fieldId ==
                                  otherId(kPriorityField));
        QVERIFY(found);
        // Nothing is left to promote.
        QVERIFY(!dialog.promoteButton()->isEnabled());
        QVERIFY(dialog.statusLabel()->text().contains(m_target));
    }

    void rulesSelectedInTheExplorer()
    {
        PromoteDialog dialog(m_source, {kEscalationShown});
        QAbstractItemModelTester tester(dialog.mappingModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.selectedRulesButton()->isChecked());
        QVERIFY(dialog.selectedRulesButton()->text().contains(kEscalationShown));
        dialog.setTargetDirectory(m_target);
        dialog.review();
        int rules = 0;
        for (const project::PromoteMapping &row : dialog.mappingModel()->mapping())
            rules += row.kind == project::PromoteMapping::Kind::Rule ? 1 : 0;
        QCOMPARE(rules, 1);
        // On its indicator: a radio button stretched across the box takes clicks on its text only.
        QTest::mouseClick(dialog.allRulesButton(), Qt::LeftButton, {},
                          QPoint(6, dialog.allRulesButton()->height() / 2));
        QVERIFY(dialog.allRulesButton()->isChecked());
        rules = 0;
        for (const project::PromoteMapping &row : dialog.mappingModel()->mapping())
            rules += row.kind == project::PromoteMapping::Kind::Rule ? 1 : 0;
        QCOMPARE(rules, static_cast<int>(m_source.rules.size()));
    }

    void userArnOfTheStagingInstanceIsARow()
    {
        project::Project source = m_source;
        project::RuleFile rule;
        rule.slug = "team-lead";
        rule.rule.name = kTeamLead.toStdString();
        rule.rule.rule.kind = RuleDetails::Kind::Required;
        rule.rule.rule.boolean.defaultValue = false;
        rule.rule.rule.boolean.conditions.push_back(
            Condition::equalTo(kEscalatedToField, Value::string(kStagingUser), true));
        source.rules.push_back(rule);
        PromoteDialog dialog(source, {kTeamLead});
        QAbstractItemModelTester tester(dialog.mappingModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.resize(900, 600);
        dialog.show();
        dialog.setTargetDirectory(m_target);
        dialog.mapEdit()->clear();
        dialog.review();
        PromoteMappingModel &model = *dialog.mappingModel();
        const QList<int> user = rowsNamed(model, QString::fromStdString(kStagingUser));
        QCOMPARE(user.size(), 1);
        QCOMPARE(user.front(), 0); // missing: first
        QCOMPARE(model.index(0, PromoteMappingModel::KindColumn).data().toString(),
                 PromoteMappingModel::kindText(project::PromoteMapping::Kind::User));
        const QModelIndex how = model.index(0, PromoteMappingModel::MatchColumn);
        QCOMPARE(how.data().toString(),
                 PromoteMappingModel::matchText(project::PromoteMapping::Match::Missing));
        QCOMPARE(how.data(Qt::ForegroundRole).value<QColor>(), toneColor(Tone::Error));
        QVERIFY(how.data(Qt::ToolTipRole).toString().contains(QStringLiteral("\"users\"")));
        QCOMPARE(dialog.errorList()->count(), 1);
        QVERIFY2(dialog.errorList()->item(0)->text().contains(QStringLiteral("promote.unmapped-user")),
                 qPrintable(dialog.errorList()->item(0)->text()));
        QVERIFY(dialog.errorList()->item(0)->text().contains(QStringLiteral("team-lead.json")));
        QVERIFY(!dialog.promoteButton()->isEnabled());
        saveShot(dialog, QStringLiteral("promote-dialog-user-arn.png"));

        const QString map = m_work.filePath(QStringLiteral("users.json"));
        QFile file(map);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(Json{{"users", {{kStagingUser, kProductionUser}}}}.dump()));
        file.close();
        dialog.setMapFile(map);
        dialog.review();
        QCOMPARE(model.missingCount(), 0);
        const int row = rowsNamed(model, QString::fromStdString(kStagingUser)).front();
        QCOMPARE(model.index(row, PromoteMappingModel::TargetColumn).data().toString(),
                 QString::fromStdString(kProductionUser));
        QCOMPARE(model.index(row, PromoteMappingModel::MatchColumn).data().toString(),
                 PromoteMappingModel::matchText(project::PromoteMapping::Match::Overridden));
        QVERIFY(dialog.promoteButton()->isEnabled());
        QVERIFY(dialog.apply());
        auto written = project::loadProject(m_target.toStdString());
        QVERIFY(written.ok());
        bool mapped = false;
        for (const project::RuleFile &promoted : written->project.rules)
            if (promoted.rule.name == kTeamLead.toStdString())
                mapped = promoted.rule.rule.boolean.conditions.front().operand.text == kProductionUser;
        QVERIFY(mapped);
    }

    void fileMenuHasTheEntry()
    {
        MainWindow window;
        QVERIFY(window.promoteAction() != nullptr);
        QVERIFY(!window.promoteAction()->isEnabled()); // no project open
        bool inFileMenu = false;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu() != nullptr && menu->menu()->actions().contains(window.promoteAction()))
                inFileMenu = true;
        QVERIFY(inFileMenu);
        QVERIFY(window.openProject(m_target));
        QVERIFY(window.promoteAction()->isEnabled());
        window.promoteAction()->trigger();
        auto *dialog = window.findChild<PromoteDialog *>();
        QVERIFY(dialog != nullptr);
        QVERIFY(dialog->isVisible());
        dialog->close();
        QCOMPARE(MessageBox::unexpectedQuestions(), 0);
    }
};

QTEST_MAIN(TestUiPromoteDialog)
#include "test_ui_promote_dialog.moc"
