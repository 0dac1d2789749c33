// Where a finding of a rule belongs in the condition builder: a JSON pointer leads to the element
// and the condition (numbered as the builder shows it). (The builder's widget-free logic is
// tests/editing/test_condition_logic.cpp.)

#include "editing/condition_tree.h"
#include "rules/rule_finding_map.h"

#include <QtTest>

using namespace cw;
using namespace cw::ui;
using cw::editing::conditionNumber;

class TestConditionLogic : public QObject {
    Q_OBJECT
private slots:
    void findingPointersLeadToTheirElement_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<int>("element");
        QTest::addColumn<QString>("path");
        using E = FindingTarget::Element;
        QTest::newRow("name") << "/name" << int(E::Name) << "";
        QTest::newRow("description") << "/description" << int(E::Description) << "";
        QTest::newRow("list") << "/rule/required/conditions" << int(E::Conditions) << "";
        QTest::newRow("top") << "/rule/hidden/conditions/2" << int(E::Condition) << "3";
        QTest::newRow("operand") << "/rule/required/conditions/0/equalTo/operandTwo/stringValue"
                                 << int(E::Condition) << "1";
        QTest::newRow("nested") << "/rule/required/conditions/0/orAll/conditions/1/equalTo/operandOne/fieldId"
                                << int(E::Condition) << "1.2";
        QTest::newRow("deep") << "/rule/required/conditions/0/orAll/conditions/0/andAll/conditions/1"
                              << int(E::Condition) << "1.1.2";
        QTest::newRow("default") << "/rule/required/defaultValue" << int(E::DefaultValue) << "";
        QTest::newRow("options") << "/rule/fieldOptions/parentFieldId" << int(E::Options) << "";
        QTest::newRow("whole rule") << "" << int(E::Rule) << "";
    }

    void findingPointersLeadToTheirElement()
    {
        QFETCH(QString, pointer);
        QFETCH(int, element);
        QFETCH(QString, path);
        const FindingTarget target = locateRuleFinding(pointer.toStdString());
        QCOMPARE(int(target.element), element);
        QCOMPARE(conditionNumber(target.path), path);
    }
};

QTEST_GUILESS_MAIN(TestConditionLogic)
#include "test_ui_condition_logic.moc"
