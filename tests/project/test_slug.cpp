// File names for rules and templates: slugify keeps ASCII letters and digits, folds every other
// run into one '-', never returns an empty name and stops at 60 characters; uniqueSlug numbers
// collisions; local references round-trip.
#include "project/slug.h"
#include "project_test_support.h"

#include <QTest>

using namespace cw;
using namespace cw::project;

class TestSlug : public QObject {
    Q_OBJECT

private slots:
    void slugifyCases_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sentence") << QStringLiteral("Resolution notes required when closed")
                                  << QStringLiteral("resolution-notes-required-when-closed");
        QTest::newRow("upper case") << QStringLiteral("VIP Customer") << QStringLiteral("vip-customer");
        QTest::newRow("digits kept") << QStringLiteral("Response 24h target 2")
                                     << QStringLiteral("response-24h-target-2");
        QTest::newRow("punctuation runs fold")
            << QStringLiteral("Refund -- (amount) / shown!!") << QStringLiteral("refund-amount-shown");
        QTest::newRow("leading and trailing junk")
            << QStringLiteral("  ...Hello, world!?  ") << QStringLiteral("hello-world");
        QTest::newRow("underscore is a separator")
            << QStringLiteral("lost_parcel") << QStringLiteral("lost-parcel");
        QTest::newRow("already a slug")
            << QStringLiteral("already-a-slug") << QStringLiteral("already-a-slug");
        // Non-ASCII letters are separators: every UTF-8 byte is outside [A-Za-z0-9].
        QTest::newRow("accents") << QStringLiteral("Caf\u00e9 r\u00e9sum\u00e9")
                                 << QStringLiteral("caf-r-sum");
        QTest::newRow("cjk with ascii") << QStringLiteral("\u4e2d\u6587 rule 1") << QStringLiteral("rule-1");
        QTest::newRow("emoji inside") << QStringLiteral("Hot\U0001F525case") << QStringLiteral("hot-case");
        QTest::newRow("empty") << QString() << QStringLiteral("rule");
        QTest::newRow("only punctuation") << QStringLiteral("!!! --- ???") << QStringLiteral("rule");
        QTest::newRow("only unicode") << QStringLiteral("\u00e9\u00e8\u00ea") << QStringLiteral("rule");
        QTest::newRow("path separators")
            << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
        QTest::newRow("dots") << QStringLiteral("rule.json") << QStringLiteral("rule-json");
    }

    void slugifyCases()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const std::string slug = slugify(name.toStdString());
        QCOMPARE(QString::fromStdString(slug), expected);
    }

    void slugOnlyHoldsSafeCharacters()
    {
        for (const std::string name : {"A/B\\C:D*E?F\"G<H>I|J", "\t\n\r tabs", "x\0y", "..", "-"}) {
            const std::string slug = slugify(name);
            QVERIFY(!slug.empty());
            QVERIFY2(slug.front() != '-' && slug.back() != '-', slug.c_str());
            QVERIFY2(slug.find("--") == std::string::npos, slug.c_str());
            for (const char c : slug)
                QVERIFY2((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-', slug.c_str());
        }
    }

    void fallbackIsUsedWhenNothingIsLeft()
    {
        COMPARE_STR(slugify("", "template"), std::string("template"));
        COMPARE_STR(slugify("???", "template"), std::string("template"));
        COMPARE_STR(slugify("Billing", "template"), std::string("billing"));
    }

    void longNamesAreCutAt60()
    {
        const std::string longWord(200, 'a');
        COMPARE_STR(slugify(longWord), std::string(60, 'a'));
        const std::string exact = std::string(30, 'a') + " " + std::string(29, 'b'); // 60 with the dash
        COMPARE_STR(slugify(exact + " more words"), std::string(30, 'a') + "-" + std::string(29, 'b'));
    }

    void cutRightAfterASeparatorStaysWithin60()
    {
        // 59 letters, a separator, more letters: the '-' is the 60th character and the next
        // letter is the 61st. slug.cpp checks the length only after appending both.
        const std::string slug = slugify(std::string(59, 'b') + " cdef");
        QVERIFY2(slug.back() != '-', slug.c_str());
        QVERIFY(slug.rfind(std::string(59, 'b'), 0) == 0);
        QVERIFY2(slug.size() <= 60, (std::to_string(slug.size()) + " characters: " + slug).c_str());
    }

    void uniqueSlugNumbersCollisions()
    {
        std::set<std::string> taken;
        COMPARE_STR(uniqueSlug("Billing rule", taken), std::string("billing-rule"));
        taken = {"billing-rule"};
        COMPARE_STR(uniqueSlug("Billing rule", taken), std::string("billing-rule-2"));
        taken = {"billing-rule", "billing-rule-2", "billing-rule-3"};
        COMPARE_STR(uniqueSlug("BILLING  rule!", taken), std::string("billing-rule-4"));
        // A gap is reused: -2 is free again.
        taken = {"billing-rule", "billing-rule-3"};
        COMPARE_STR(uniqueSlug("billing_rule", taken), std::string("billing-rule-2"));
    }

    void uniqueSlugWithFallbackAndNumberedNames()
    {
        COMPARE_STR(uniqueSlug("", {"rule"}), std::string("rule-2"));
        COMPARE_STR(uniqueSlug("", {"template"}, "template"), std::string("template-2"));
        // A name that already ends in a number is numbered again, never merged with another file.
        COMPARE_STR(uniqueSlug("Rule 2", {"rule-2"}), std::string("rule-2-2"));
        COMPARE_STR(uniqueSlug("Rule", {"rule", "rule-2"}), std::string("rule-3"));
    }

    void uniqueSlugsOfManyEqualNamesAreAllDifferent()
    {
        std::set<std::string> taken;
        for (int i = 0; i < 25; ++i) {
            const std::string slug = uniqueSlug("Same name", taken);
            QVERIFY2(taken.insert(slug).second, slug.c_str());
        }
        QCOMPARE(taken.size(), std::size_t(25));
        QVERIFY(taken.count("same-name") == 1 && taken.count("same-name-25") == 1);
    }

    void localReferences()
    {
        COMPARE_STR(localRuleRef("refund-rule"), std::string("local:refund-rule"));
        QVERIFY(isLocalRuleRef("local:refund-rule"));
        QVERIFY(isLocalRuleRef(localRuleRef("x")));
        QVERIFY(!isLocalRuleRef("f6e5c101-ac35-5737-849f-9d43f00e9135"));
        QVERIFY(!isLocalRuleRef(""));
        QVERIFY(!isLocalRuleRef("LOCAL:x"));
        QVERIFY(!isLocalRuleRef("xlocal:x"));
        QVERIFY(!isLocalRuleRef("local"));
        COMPARE_STR(slugOfLocalRef("local:refund-rule"), std::string("refund-rule"));
        COMPARE_STR(slugOfLocalRef("f6e5c101"), std::string());
        COMPARE_STR(slugOfLocalRef("local:"), std::string());
        for (const std::string &slug : std::vector<std::string>{"a", "refund-rule-2", std::string(60, 'z')})
            COMPARE_STR(slugOfLocalRef(localRuleRef(slug)), slug);
    }
};

QTEST_GUILESS_MAIN(TestSlug)
#include "test_slug.moc"
