// Hostile nesting depth must give an Error or a result, never a stack overflow: a 200 KB file of
// nested andAll groups, or of nested arrays inside an unknown member, is easy to make by accident
// (a generator bug) or on purpose. Kept apart from the other wire tests so that a crash here does
// not hide their results.
#include "wire/wire_json.h"
#include "wire_test_support.h"

#include <QTest>

using namespace cw;
using namespace cw::wiretest;

namespace {
std::string nestedConditions(int depth)
{
    std::string text;
    for (int i = 0; i < depth; ++i)
        text += R"({"andAll": {"conditions": [)";
    text +=
        R"({"equalTo": {"operandOne": {"fieldId": "status"}, "operandTwo": {"stringValue": "closed"}, "result": true}})";
    for (int i = 0; i < depth; ++i)
        text += "]}}";
    return text;
}

std::string snapshotWithDeepExtra(int depth)
{
    return R"({"domainId": "d-1", "futureMember": )" + std::string(std::size_t(depth), '[') +
           std::string(std::size_t(depth), ']') + "}";
}

// Runs parse -> read -> write; true when every step either worked or reported an Error.
template <typename Read, typename Write>
bool survives(const std::string &text, Read read, Write write, std::string &outcome)
{
    auto json = parseJsonText(text);
    if (!json) {
        outcome = json.error().toString();
        return !json.error().message.empty();
    }
    auto model = read(*json);
    if (!model) {
        outcome = model.error().toString();
        return !model.error().message.empty();
    }
    outcome = "accepted";
    return write(*model).is_object();
}
} // namespace

class TestWireDeepInput : public QObject {
    Q_OBJECT
private slots:
    void realisticDepthStillRoundTrips()
    {
        // Far deeper than any real document, so a depth limit must not reject it.
        const std::string text = snapshotWithDeepExtra(40);
        auto json = parseJsonText(text);
        QVERIFY2(json.ok(), describe(json));
        auto snapshot = wire::readSnapshot(*json);
        QVERIFY2(snapshot.ok(), describe(snapshot));
        COMPARE_JSON(wire::writeSnapshot(*snapshot).at("futureMember"), json->at("futureMember"));
    }

    void deeplyNestedConditionsDoNotCrash_data()
    {
        QTest::addColumn<int>("depth");
        QTest::newRow("100") << 100;
        QTest::newRow("10000") << 10000;
        QTest::newRow("100000") << 100000;
    }

    void deeplyNestedConditionsDoNotCrash()
    {
        QFETCH(int, depth);
        std::string outcome;
        QVERIFY2(survives(
                     nestedConditions(depth), [](const Json &json) { return wire::readCondition(json); },
                     [](const Condition &condition) { return wire::writeCondition(condition); }, outcome),
                 outcome.c_str());
    }

    void deeplyNestedUnknownMemberDoesNotCrash_data()
    {
        QTest::addColumn<int>("depth");
        QTest::newRow("10000") << 10000;
        QTest::newRow("100000") << 100000;
    }

    void deeplyNestedUnknownMemberDoesNotCrash()
    {
        QFETCH(int, depth);
        std::string outcome;
        QVERIFY2(survives(
                     snapshotWithDeepExtra(depth), [](const Json &json) { return wire::readSnapshot(json); },
                     [](const DomainSnapshot &snapshot) { return wire::writeSnapshot(snapshot); }, outcome),
                 outcome.c_str());
    }
};

QTEST_APPLESS_MAIN(TestWireDeepInput)
#include "test_wire_deep_input.moc"
