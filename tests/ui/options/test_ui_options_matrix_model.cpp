// The options matrix model on its own, under QAbstractItemModelTester: rows and columns from the
// fields' options (inactive ones and unknown values marked), check states from the mappings, the
// edits a cell, a row and a column make, the counts, and the service's limits refusing edits.

#include "options/options_matrix_model.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QtTest>

using namespace cw;
using namespace cw::ui;

namespace {
std::vector<FieldOption> options(std::initializer_list<const char *> values)
{
    std::vector<FieldOption> result;
    for (const char *value : values) {
        FieldOption option;
        option.value = value;
        option.name = std::string(value) + " name";
        result.push_back(option);
    }
    return result;
}

OptionsMapping mapping(const char *parent, std::vector<std::string> children)
{
    OptionsMapping result;
    result.parentValue = parent;
    result.childValues = std::move(children);
    return result;
}

std::vector<std::string> childrenOf(const FieldOptionsRule &rule, const std::string &parent)
{
    const OptionsMapping *found = findMapping(rule, parent);
    return found ? found->childValues : std::vector<std::string>{};
}
} // namespace

class TestOptionsMatrixModel : public QObject {
    Q_OBJECT
private:
    std::vector<FieldOption> m_parents = options({"p1", "p2", "p3"});
    std::vector<FieldOption> m_children = options({"c1", "c2", "c3", "c4"});
    std::unique_ptr<OptionsMatrixModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    Qt::CheckState state(int row, int column) const
    {
        return Qt::CheckState(m_model->data(m_model->index(row, column), Qt::CheckStateRole).toInt());
    }
    QString count(int row) const
    {
        return m_model->data(m_model->index(row, OptionsMatrixModel::kCountColumn)).toString();
    }

private slots:
    void init()
    {
        m_children[3].active = false;
        FieldOptionsRule rule;
        rule.parentFieldId = "parent";
        rule.childFieldId = "child";
        rule.mappings = {mapping("p1", {"c1", "c3"}), mapping("p2", {"c2", "gone"})};
        m_model = std::make_unique<OptionsMatrixModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setMatrix(&m_parents, &m_children, rule);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void showsOptionsAndMappings()
    {
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), 1 + 4 + 1); // count, four options, one unknown value
        QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), QStringLiteral("p1 name"));
        QCOMPARE(m_model->headerData(4, Qt::Horizontal).toString(), QStringLiteral("c4 name (inactive)"));
        QCOMPARE(m_model->headerData(5, Qt::Horizontal).toString(), QStringLiteral("gone (not an option)"));
        QVERIFY(m_model->headerData(4, Qt::Horizontal, Qt::FontRole).value<QFont>().italic());
        QCOMPARE(state(0, 1), Qt::Checked);
        QCOMPARE(state(0, 2), Qt::Unchecked);
        QCOMPARE(state(0, 3), Qt::Checked);
        QCOMPARE(state(1, 5), Qt::Checked);
        QCOMPARE(count(0), QStringLiteral("2 of 4"));
        QCOMPARE(count(1), QStringLiteral("2 of 4"));
        QCOMPARE(count(2), QStringLiteral("all (not mapped)"));
        QVERIFY(!(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(m_model->flags(m_model->index(0, 2)) & Qt::ItemIsUserCheckable);
    }

    void checkingACellEditsTheRule()
    {
        QSignalSpy edited(m_model.get(), &OptionsMatrixModel::mappingsEdited);
        QVERIFY(m_model->setData(m_model->index(0, 2), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).toString(), QStringLiteral("Offer c2 name for p1 name"));
        // Kept in the child field's option order.
        QCOMPARE(childrenOf(m_model->rule(), "p1"), (std::vector<std::string>{"c1", "c2", "c3"}));
        QCOMPARE(count(0), QStringLiteral("3 of 4"));

        // Checking in an unmapped row adds its mapping in the parent field's order.
        QVERIFY(m_model->setData(m_model->index(2, 1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(m_model->rule().mappings.size(), std::size_t(3));
        QCOMPARE(m_model->rule().mappings[2].parentValue, std::string("p3"));

        // Clearing a row's last check box unmaps it.
        QVERIFY(m_model->setData(m_model->index(2, 1), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!findMapping(m_model->rule(), "p3"));
        QCOMPARE(count(2), QStringLiteral("all (not mapped)"));
        QCOMPARE(edited.count(), 3);
    }

    void rowsAndColumnsAtOnce()
    {
        const QList<int> columns{1, 2, 3, 4, 5};
        QCOMPARE(m_model->activeOptionColumns(columns), (QList<int>{1, 2, 3})); // not inactive, not unknown
        QVERIFY(m_model->setCells({2}, m_model->activeOptionColumns(columns), true, QStringLiteral("all")));
        QCOMPARE(childrenOf(m_model->rule(), "p3"), (std::vector<std::string>{"c1", "c2", "c3"}));
        QVERIFY(m_model->setCells({0, 1, 2}, {2}, false, QStringLiteral("column none")));
        QCOMPARE(childrenOf(m_model->rule(), "p2"), std::vector<std::string>{"gone"});
        QCOMPARE(state(0, 2), Qt::Unchecked);
        QVERIFY(m_model->setCells({1}, columns, false, QStringLiteral("row none")));
        QVERIFY(!findMapping(m_model->rule(), "p2"));
    }

    void theLastMappingCannotBeCleared()
    {
        FieldOptionsRule rule = m_model->rule();
        rule.mappings = {mapping("p1", {"c1"})};
        m_model->setMatrix(&m_parents, &m_children, rule);
        QVERIFY(!(m_model->flags(m_model->index(0, 1)) & Qt::ItemIsEnabled));
        QVERIFY(m_model->data(m_model->index(0, 1), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("at least one mapping")));
        QVERIFY(!m_model->setData(m_model->index(0, 1), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!m_model->setCells({0}, {1, 2, 3}, false, QStringLiteral("none")));
        QCOMPARE(m_model->rule().mappings.size(), std::size_t(1));
    }

    void twoHundredMappingsAreTheMost()
    {
        std::vector<FieldOption> many;
        FieldOptionsRule rule = m_model->rule();
        rule.mappings.clear();
        for (int i = 0; i < 201; ++i) {
            FieldOption option;
            option.value = "v" + std::to_string(i);
            option.name = option.value;
            many.push_back(option);
            if (i < 200)
                rule.mappings.push_back(mapping(option.value.c_str(), {"c1"}));
        }
        m_model->setMatrix(&many, &m_children, rule);
        QCOMPARE(m_model->rowCount(), 201);
        const QModelIndex unmapped = m_model->index(200, 1);
        QVERIFY(!(m_model->flags(unmapped) & Qt::ItemIsEnabled));
        QVERIFY(m_model->data(unmapped, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("200 parent values")));
        QVERIFY(!m_model->setData(unmapped, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!m_model->refusal({200}, {1}, true).isEmpty());
        // Mapped rows can still gain child values.
        QVERIFY(m_model->flags(m_model->index(0, 2)) & Qt::ItemIsEnabled);
    }

    void sameRowsAndColumnsKeepTheStructure()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        FieldOptionsRule rule = m_model->rule();
        rule.mappings[0].childValues = {"c2"};
        m_model->setMatrix(&m_parents, &m_children, rule);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        rule.mappings[1].childValues = {"c2"}; // "gone" is no longer named: its column goes
        m_model->setMatrix(&m_parents, &m_children, rule);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->columnCount(), 5);
    }
};

QTEST_MAIN(TestOptionsMatrixModel)
#include "test_ui_options_matrix_model.moc"
