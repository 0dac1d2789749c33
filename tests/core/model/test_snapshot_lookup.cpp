// DomainSnapshot's find* answer from an id index (model/id_index.h) that must always give what a
// linear scan would, whatever the code around it did to the public vectors in between.

#include "model/domain_snapshot.h"

#include <QTest>
#include <thread>

using namespace cw;

namespace {
Field field(const std::string &id)
{
    Field made;
    made.fieldId = id;
    made.name = "Field " + id;
    return made;
}

DomainSnapshot withFields(int count)
{
    DomainSnapshot snapshot;
    for (int i = 0; i < count; ++i)
        snapshot.fields.push_back(field("f" + std::to_string(i)));
    return snapshot;
}
} // namespace

class TestSnapshotLookup : public QObject {
    Q_OBJECT
private slots:
    void findsEveryIdInSmallAndLargeSnapshots()
    {
        for (const int count : {0, 1, 15, 16, 17, 1000}) {
            const DomainSnapshot snapshot = withFields(count);
            for (int i = 0; i < count; ++i) {
                const Field *found = snapshot.findField("f" + std::to_string(i));
                QVERIFY(found);
                QCOMPARE(found, &snapshot.fields[std::size_t(i)]);
            }
            QVERIFY(!snapshot.findField("missing"));
            QVERIFY(!snapshot.findField(""));
        }
    }

    void followsAppendsRemovalsAndReorders()
    {
        DomainSnapshot snapshot = withFields(100);
        QVERIFY(snapshot.findField("f50"));
        snapshot.fields.push_back(field("new"));
        QCOMPARE(snapshot.findField("new"), &snapshot.fields.back());
        snapshot.fields.erase(snapshot.fields.begin() + 50);
        QVERIFY(!snapshot.findField("f50"));
        QCOMPARE(snapshot.findField("f51"), &snapshot.fields[50]);
        std::reverse(snapshot.fields.begin(), snapshot.fields.end());
        QCOMPARE(snapshot.findField("f0"), &snapshot.fields.back());
        QCOMPARE(snapshot.findField("new"), &snapshot.fields.front());
    }

    // Same storage, same size: only the items' own ids tell the index it is stale.
    void followsIdsChangedInPlace()
    {
        DomainSnapshot snapshot = withFields(100);
        QVERIFY(snapshot.findField("f7"));
        snapshot.fields[7].fieldId = "renamed";
        QVERIFY(!snapshot.findField("f7"));
        QCOMPARE(snapshot.findField("renamed"), &snapshot.fields[7]);
        std::swap(snapshot.fields[3].fieldId, snapshot.fields[4].fieldId);
        QCOMPARE(snapshot.findField("f3"), &snapshot.fields[4]);
        QCOMPARE(snapshot.findField("f4"), &snapshot.fields[3]);
    }

    void copiesAndMovesLookUpTheirOwnItems()
    {
        DomainSnapshot original = withFields(50);
        QVERIFY(original.findField("f1"));
        DomainSnapshot copy = original;
        QCOMPARE(copy.findField("f1"), &copy.fields[1]);
        copy.fields[1].fieldId = "changed";
        QCOMPARE(original.findField("f1"), &original.fields[1]);
        DomainSnapshot assigned;
        assigned = copy;
        QCOMPARE(assigned.findField("changed"), &assigned.fields[1]);
        const Field *before = &copy.fields[2];
        DomainSnapshot moved = std::move(copy);
        QCOMPARE(moved.findField("f2"), before); // a move keeps the storage
    }

    void everyKindIsIndexed()
    {
        DomainSnapshot snapshot;
        for (int i = 0; i < 40; ++i) {
            CaseRule rule;
            rule.caseRuleId = "r" + std::to_string(i);
            snapshot.caseRules.push_back(rule);
            CaseTemplate caseTemplate;
            caseTemplate.templateId = "t" + std::to_string(i);
            snapshot.templates.push_back(caseTemplate);
            Layout layout;
            layout.layoutId = "l" + std::to_string(i);
            snapshot.layouts.push_back(layout);
        }
        QCOMPARE(snapshot.findRule("r39"), &snapshot.caseRules[39]);
        QCOMPARE(snapshot.findTemplate("t0"), &snapshot.templates[0]);
        QCOMPARE(snapshot.findLayout("l20"), &snapshot.layouts[20]);
        QVERIFY(!snapshot.findRule("t0"));
    }

    // The preview evaluates off the GUI thread while the GUI thread reads the same snapshot.
    void concurrentLookupsAgree()
    {
        const DomainSnapshot snapshot = withFields(500);
        std::vector<std::thread> threads;
        std::vector<int> found(4, 0);
        for (std::size_t t = 0; t < found.size(); ++t)
            threads.emplace_back([&snapshot, &found, t] {
                for (int round = 0; round < 20; ++round)
                    for (int i = 0; i < 500; ++i)
                        if (snapshot.findField("f" + std::to_string(i)) == &snapshot.fields[std::size_t(i)])
                            ++found[t];
            });
        for (std::thread &thread : threads)
            thread.join();
        for (const int count : found)
            QCOMPARE(count, 20 * 500);
    }
};

QTEST_APPLESS_MAIN(TestSnapshotLookup)
#include "test_snapshot_lookup.moc"
