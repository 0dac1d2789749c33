// The explorer's model and filter: checked by QAbstractItemModelTester through edits, filtering
// by any text in any case, and a domain of 1,000 fields and 500 rules.

#include "document/document_opener.h"
#include "explorer/explorer_dock.h"
#include "explorer/explorer_filter_proxy.h"
#include "explorer/explorer_model.h"
#include "project/slug.h"
#include "sample_project_support.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>

using namespace cw;
using namespace cw::ui;

namespace {
using Category = ExplorerModel::Category;

std::unique_ptr<ProjectDocument> openSample(const QString &directory)
{
    auto opened =
        openProjectDocument(directory, [](const project::RecoveryInfo &) { return RecoveryChoice::Discard; });
    if (!opened)
        qFatal("%s", opened.error().toString().c_str());
    return std::move(opened->document);
}

// 1,000 fields (a quarter of them Number), 500 rules; rule i is attached to field i for i < 50.
std::unique_ptr<ProjectDocument> largeDocument(const QString &directory)
{
    project::LoadedProject loaded;
    project::Project &project = loaded.project;
    project.directory = directory.toStdString();
    const char *types[] = {"Text", "Number", "SingleSelect", "Boolean"};
    for (int i = 0; i < 1000; ++i) {
        Field field;
        field.fieldId = QStringLiteral("f-%1").arg(i, 4, 10, QLatin1Char('0')).toStdString();
        field.name = QStringLiteral("Field %1").arg(i, 4, 10, QLatin1Char('0')).toStdString();
        field.type = types[i % 4];
        field.nameSpace = "Custom";
        if (field.type == "SingleSelect")
            project.fieldOptions[field.fieldId] = {{"One", "one", true, Json::object()},
                                                   {"Two", "two", true, Json::object()}};
        project.fields.push_back(std::move(field));
    }
    CaseTemplate caseTemplate;
    caseTemplate.name = "Everything";
    caseTemplate.status = "Active";
    caseTemplate.rules = std::vector<TemplateRule>();
    for (int i = 0; i < 500; ++i) {
        project::RuleFile file;
        file.slug = QStringLiteral("rule-%1").arg(i, 3, 10, QLatin1Char('0')).toStdString();
        file.rule.name = QStringLiteral("Rule %1").arg(i, 3, 10, QLatin1Char('0')).toStdString();
        file.rule.rule.kind = RuleDetails::Kind::Required;
        file.rule.rule.boolean.conditions.push_back(
            Condition::notEqualTo(project.fields[std::size_t(i)].fieldId, Value::empty(), true));
        if (i < 50)
            caseTemplate.rules->push_back(
                {project::localRuleRef(file.slug), project.fields[std::size_t(i)].fieldId, Json::object()});
        project.rules.push_back(std::move(file));
    }
    project.templates.push_back({"everything", caseTemplate});
    return std::make_unique<ProjectDocument>(std::move(loaded));
}

int visibleChildren(const ExplorerFilterProxy &proxy, Category category)
{
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, 0);
        if (proxy.mapToSource(index).row() == int(category))
            return proxy.rowCount(index);
    }
    return -1; // the category itself is filtered out
}
} // namespace

class TestExplorer : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void sampleContents()
    {
        QVERIFY(test::copySampleProject(m_dir.filePath(QStringLiteral("contents"))));
        auto document = openSample(m_dir.filePath(QStringLiteral("contents")));
        ExplorerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(document.get());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.categoryIndex(Category::Fields).data().toString(), QStringLiteral("Fields (16)"));
        QCOMPARE(model.categoryIndex(Category::Templates).data().toString(), QStringLiteral("Templates (3)"));
        QCOMPARE(model.categoryIndex(Category::Rules).data().toString(), QStringLiteral("Rules (10)"));

        const QModelIndex rule = model.itemIndex(ExplorerModel::ItemKind::Rule,
                                                 QStringLiteral("resolution-notes-required-when-closed"));
        QVERIFY(rule.isValid());
        QCOMPARE(rule.data().toString(), QStringLiteral("Resolution notes required when closed"));
        QCOMPARE(rule.siblingAtColumn(ExplorerModel::TypeColumn).data().toString(),
                 QStringLiteral("required"));
        QCOMPARE(rule.siblingAtColumn(ExplorerModel::DetailColumn).data().toString(),
                 QStringLiteral(
                     "Billing dispute \u203a Resolution notes; Complaint (legacy) \u203a Resolution notes; "
                     "Customer support \u203a Resolution notes"));
        const QModelIndex subcategory = model.itemIndex(
            ExplorerModel::ItemKind::Field, QStringLiteral("ee84b1cd-0952-5c83-b7e1-64c2886bf74a"));
        QCOMPARE(subcategory.siblingAtColumn(ExplorerModel::TypeColumn).data().toString(),
                 QStringLiteral("SingleSelect"));
        QCOMPARE(subcategory.siblingAtColumn(ExplorerModel::DetailColumn).data().toString(),
                 QStringLiteral("11 options, 1 inactive"));
        const QModelIndex support =
            model.itemIndex(ExplorerModel::ItemKind::Template, QStringLiteral("customer-support"));
        QCOMPARE(support.siblingAtColumn(ExplorerModel::DetailColumn).data().toString(),
                 QStringLiteral("8 rules, 3 required fields"));
        // Fields are listed by name.
        const QModelIndex fields = model.categoryIndex(Category::Fields);
        QCOMPARE(model.index(0, 0, fields).data().toString(), QStringLiteral("Assigned user"));
    }

    void modelStaysConsistentThroughEdits()
    {
        QVERIFY(test::copySampleProject(m_dir.filePath(QStringLiteral("edits"))));
        auto document = openSample(m_dir.filePath(QStringLiteral("edits")));
        ExplorerModel model;
        model.setDocument(document.get());
        ExplorerFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const QString slug = QStringLiteral("resolution-notes-required-when-closed");
        CaseRule rule = document->rule(slug)->rule;
        rule.name = "Zebra notes";
        document->editRule(slug, rule, QStringLiteral("Rename"));
        QVERIFY(changed.count() > 0);
        QCOMPARE(model.itemIndex(ExplorerModel::ItemKind::Rule, slug).data().toString(),
                 QStringLiteral("Zebra notes"));

        proxy.setFilterText(QStringLiteral("zebra"));
        QCOMPARE(visibleChildren(proxy, Category::Rules), 1);
        CaseRule added;
        added.name = "Zebra crossing";
        added.rule.kind = RuleDetails::Kind::Hidden;
        const QString addedSlug = document->addRule(added, QStringLiteral("Add"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(visibleChildren(proxy, Category::Rules), 2);
        QCOMPARE(model.itemIndex(ExplorerModel::ItemKind::Rule, addedSlug)
                     .siblingAtColumn(ExplorerModel::DetailColumn)
                     .data()
                     .toString(),
                 QStringLiteral("not used"));
        QCOMPARE(model.categoryIndex(Category::Rules).data().toString(), QStringLiteral("Rules (11)"));

        document->removeRule(slug);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(visibleChildren(proxy, Category::Rules), 1);
        QVERIFY(!model.itemIndex(ExplorerModel::ItemKind::Rule, slug).isValid());
        document->undoStack()->undo();
        document->undoStack()->undo();
        document->undoStack()->redo();
        proxy.setFilterText({});
        QCOMPARE(model.rowCount(model.categoryIndex(Category::Rules)), 11);
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void filterMatchesAnyTextInAnyCase()
    {
        QVERIFY(test::copySampleProject(m_dir.filePath(QStringLiteral("filter"))));
        auto document = openSample(m_dir.filePath(QStringLiteral("filter")));
        ExplorerModel model;
        model.setDocument(document.get());
        ExplorerFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        proxy.setFilterText(QStringLiteral("REFUND"));
        QCOMPARE(visibleChildren(proxy, Category::Fields), 1);     // Refund amount
        QCOMPARE(visibleChildren(proxy, Category::Rules), 2);      // two rules named for refunds
        QCOMPARE(visibleChildren(proxy, Category::Templates), -1); // none: the category goes
        proxy.setFilterText(QStringLiteral("hidden"));             // a rule kind
        QCOMPARE(visibleChildren(proxy, Category::Rules), 3);
        proxy.setFilterText(QStringLiteral("billing dispute \u203a")); // where a rule is used
        QCOMPARE(visibleChildren(proxy, Category::Rules), 7);
        proxy.setFilterText(QStringLiteral("no such thing"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QStringLiteral("  "));
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(visibleChildren(proxy, Category::Fields), 16);
    }

    void aThousandFieldsAndFiveHundredRules()
    {
        auto document = largeDocument(m_dir.filePath(QStringLiteral("large")));
        ExplorerDock dock;
        dock.setDocument(document.get());
        ExplorerModel &model = *dock.model();
        QAbstractItemModelTester tester(dock.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(model.categoryIndex(Category::Fields)), 1000);
        QCOMPARE(model.rowCount(model.categoryIndex(Category::Rules)), 500);

        // Typed into the dock's filter box, as a user would, one key at a time.
        QTest::keyClicks(dock.filterEdit(), QStringLiteral("field 0049"));
        QCOMPARE(visibleChildren(*dock.proxy(), Category::Fields), 1);
        QCOMPARE(visibleChildren(*dock.proxy(), Category::Rules), 1); // used on Field 0049
        dock.filterEdit()->clear();
        QTest::keyClicks(dock.filterEdit(), QStringLiteral("Number"));
        QCOMPARE(visibleChildren(*dock.proxy(), Category::Fields), 250);
        QCOMPARE(visibleChildren(*dock.proxy(), Category::Rules), -1);
        dock.filterEdit()->clear();
        QCOMPARE(visibleChildren(*dock.proxy(), Category::Rules), 500);
    }

    void selectingAnItemAnnouncesIt()
    {
        QVERIFY(test::copySampleProject(m_dir.filePath(QStringLiteral("select"))));
        auto document = openSample(m_dir.filePath(QStringLiteral("select")));
        ExplorerDock dock;
        dock.setDocument(document.get());
        QSignalSpy rule(&dock, &ExplorerDock::ruleSelected);
        QSignalSpy field(&dock, &ExplorerDock::fieldSelected);
        dock.selectRule(QStringLiteral("subcategories-by-category"));
        QCOMPARE(rule.count(), 1);
        QCOMPARE(rule.front().front().toString(), QStringLiteral("subcategories-by-category"));
        const QModelIndex status = dock.proxy()->mapFromSource(
            dock.model()->itemIndex(ExplorerModel::ItemKind::Field, QStringLiteral("status")));
        dock.view()->setCurrentIndex(status);
        QCOMPARE(field.count(), 1);
        QCOMPARE(field.front().front().toString(), QStringLiteral("status"));
    }
};

QTEST_MAIN(TestExplorer)
#include "test_ui_explorer.moc"
