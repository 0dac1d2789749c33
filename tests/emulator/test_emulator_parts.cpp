// The emulator's parts on their own: page tokens, routing and query decoding, the seeded fault
// injector, the command line, and the state store (load, atomic save, folders, seeding).
#include "domain_store.h"
#include "emulator_options.h"
#include "emulator_setup.h"
#include "fault_injector.h"
#include "pagination.h"
#include "router.h"
#include "wire/wire_json.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <set>

using namespace cw;
using namespace cw::emu;

namespace {
const QString kSample =
    QStringLiteral(CASEWRIGHT_SOURCE_DIR "/resources/sample/support-centre.snapshot.json");

std::vector<Fault::Kind> faultSequence(FaultSettings settings, int count)
{
    FaultInjector injector(settings);
    std::vector<Fault::Kind> kinds;
    for (int i = 0; i < count; ++i)
        kinds.push_back(injector.next("ListFields").kind);
    return kinds;
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out{QStringLiteral("cases-emulator")};
    for (const char *item : list)
        out << QString::fromUtf8(item);
    return out;
}
} // namespace

class TestEmulatorParts : public QObject {
    Q_OBJECT

private slots:
    void pageTokensRoundTripAndNeedEncoding()
    {
        const std::string token = encodePageToken(42, "ListCaseRules|d");
        QVERIFY(token.find('+') != std::string::npos);
        QVERIFY(token.find('/') != std::string::npos);
        QVERIFY(token.find('=') != std::string::npos);
        auto offset = decodePageToken(token, "ListCaseRules|d");
        QVERIFY(offset.ok());
        QCOMPARE(offset.value(), std::size_t(42));
    }

    void garbledTokensAreRejected_data()
    {
        QTest::addColumn<QString>("token");
        const QString good = QString::fromStdString(encodePageToken(7, "scope"));
        QTest::newRow("plus read as space") << QString(good).replace(QLatin1Char('+'), QLatin1Char(' '));
        QTest::newRow("one character changed") << QString(good).replace(
            8, 1, good[8] == QLatin1Char('A') ? QStringLiteral("B") : QStringLiteral("A"));
        QTest::newRow("truncated") << good.left(good.size() - 4);
        QTest::newRow("not base64") << QStringLiteral("%%%");
        QTest::newRow("other list") << QString::fromStdString(encodePageToken(7, "another scope"));
        QTest::newRow("padding dropped") << QString(good).remove(QLatin1Char('='));
    }

    void garbledTokensAreRejected()
    {
        QFETCH(QString, token);
        auto offset = decodePageToken(token.toStdString(), "scope");
        QVERIFY(!offset.ok());
        QCOMPARE(offset.error().type, std::string("ValidationException"));
    }

    void pagesCoverTheListOnce()
    {
        PageRequest request{0, 3};
        std::size_t seen = 0;
        int pages = 0;
        while (true) {
            const Page page = pageOf(8, request, "s");
            seen += page.end - page.begin;
            ++pages;
            if (!page.nextToken)
                break;
            request.offset = decodePageToken(*page.nextToken, "s").value();
        }
        QCOMPARE(seen, std::size_t(8));
        QCOMPARE(pages, 3);
        QVERIFY(!pageOf(0, PageRequest{0, 3}, "s").nextToken);
        QCOMPARE(pageOf(5, PageRequest{9, 3}, "s").begin, std::size_t(5)); // past the end: empty
    }

    void routesMatchTheRawPathExactly()
    {
        auto rules = matchRoute("POST", "/domains/d%2F1/rules-list/");
        QVERIFY(rules.has_value());
        QCOMPARE(std::string(rules->route->operation), std::string("ListCaseRules"));
        QCOMPARE(rules->labels.at("domainId"), std::string("d/1"));
        QVERIFY(!matchRoute("POST", "/domains/d/rules-list").has_value());
        auto update = matchRoute("PUT", "/domains/d/case-rules/r");
        QCOMPARE(std::string(update->route->operation), std::string("UpdateCaseRule"));
        QCOMPARE(update->labels.at("caseRuleId"), std::string("r"));
        QVERIFY(!matchRoute("PATCH", "/domains/d/case-rules/r").has_value());
        QCOMPARE(casesRoutes().size(), std::size_t(22)); // + CreateCase, GetCase, SearchCases
    }

    void queriesDecodeLikeAForm()
    {
        const QueryParameters query =
            decodeQuery("status=Active&status=Inactive&nextToken=a%2Bb%2F%3D&x=a+b&flag");
        QCOMPARE(query.size(), std::size_t(5));
        QCOMPARE(query[1].second, std::string("Inactive"));
        QCOMPARE(query[2].second, std::string("a+b/="));
        QCOMPARE(query[3].second, std::string("a b")); // an unencoded '+' is a space, as on AWS
        QCOMPARE(query[4].first, std::string("flag"));
        QCOMPARE(percentDecode("100%"), std::string("100%"));
    }

    void faultsRepeatForTheSameSeed()
    {
        FaultSettings settings;
        settings.seed = 7;
        settings.throttleRate = 0.3;
        settings.errorRate = 0.2;
        settings.dropRate = 0.1;
        const auto first = faultSequence(settings, 200);
        QCOMPARE(faultSequence(settings, 200), first);
        settings.seed = 8;
        QVERIFY(faultSequence(settings, 200) != first);
        for (Fault::Kind kind :
             {Fault::Kind::None, Fault::Kind::Throttle, Fault::Kind::InternalError, Fault::Kind::Drop})
            QVERIFY(std::count(first.begin(), first.end(), kind) > 10);
    }

    void ratesOfZeroAndOneAreExact()
    {
        const auto none = faultSequence(FaultSettings{}, 50);
        QVERIFY(std::all_of(none.begin(), none.end(),
                            [](Fault::Kind kind) { return kind == Fault::Kind::None; }));
        FaultSettings always;
        always.errorRate = 1.0;
        FaultInjector injector(always);
        bool withRetryAfter = false;
        bool withoutRetryAfter = false;
        for (int i = 0; i < 50; ++i) {
            const Fault fault = injector.next("ListFields");
            QCOMPARE(fault.kind, Fault::Kind::InternalError);
            (fault.retryAfterSeconds ? withRetryAfter : withoutRetryAfter) = true;
        }
        QVERIFY(withRetryAfter && withoutRetryAfter);
    }

    // --lost-answer-rate and --fault-operations: faults only where asked, lost answers included.
    void faultsCanBeLimitedToSomeOperations()
    {
        auto options = parseEmulatorOptions(
            args({"--lost-answer-rate", "1", "--fault-operations", "CreateCaseRule, CreateTemplate"}),
            kSample);
        QVERIFY(options.ok());
        QCOMPARE(options->faults.operations, (std::set<std::string>{"CreateCaseRule", "CreateTemplate"}));
        FaultInjector injector(options->faults);
        QCOMPARE(injector.next("CreateCaseRule").kind, Fault::Kind::LostAnswer);
        QCOMPARE(injector.next("CreateTemplate").kind, Fault::Kind::LostAnswer);
        QCOMPARE(injector.next("ListCaseRules").kind, Fault::Kind::None);
        QVERIFY(
            !parseEmulatorOptions(args({"--lost-answer-rate", "0.6", "--error-rate", "0.6"}), kSample).ok());
    }

    void optionsHaveSafeDefaults()
    {
        auto options = parseEmulatorOptions(args({}), kSample);
        QVERIFY(options.ok());
        QCOMPARE(options->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(options->port, quint16(0));
        QVERIFY(options->auth);
        QCOMPARE(options->accessKeyId, QString::fromLatin1(kDefaultAccessKeyId));
        QCOMPARE(options->pageSize, 100);
        QCOMPARE(options->faults.seed, std::uint64_t(42));
        QCOMPARE(options->maxSkewSeconds, 900);
    }

    void optionsAreRead()
    {
        auto options = parseEmulatorOptions(args({"--port",
                                                  "8123",
                                                  "--state",
                                                  "a.json",
                                                  "--state",
                                                  "dir/",
                                                  "--seed-sample",
                                                  "--no-auth",
                                                  "--page-size",
                                                  "3",
                                                  "--latency-ms",
                                                  "20",
                                                  "--throttle-rate",
                                                  "0.25",
                                                  "--error-rate",
                                                  "0.5",
                                                  "--drop-rate",
                                                  "0.25",
                                                  "--seed",
                                                  "9",
                                                  "--region",
                                                  "eu-west-2",
                                                  "--max-skew-seconds",
                                                  "0"}),
                                            kSample);
        QVERIFY2(options.ok(), options.ok() ? "" : options.error().message.c_str());
        QCOMPARE(options->port, quint16(8123));
        QCOMPARE(options->statePaths, (QStringList{QStringLiteral("a.json"), QStringLiteral("dir/")}));
        QVERIFY(options->seedSample);
        QVERIFY(!options->auth);
        QCOMPARE(options->pageSize, 3);
        QCOMPARE(options->latencyMs, 20);
        QCOMPARE(options->faults.errorRate, 0.5);
        QCOMPARE(options->faults.seed, std::uint64_t(9));
        QCOMPARE(options->region, QStringLiteral("eu-west-2"));
        QCOMPARE(options->maxSkewSeconds, 0);
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("port") << args({"--port", "70000"});
        QTest::newRow("page size") << args({"--page-size", "0"});
        QTest::newRow("rate") << args({"--throttle-rate", "1.5"});
        QTest::newRow("rates add up") << args({"--throttle-rate", "0.6", "--error-rate", "0.6"});
        QTest::newRow("host") << args({"--host", "localhost.example"});
        QTest::newRow("unknown option") << args({"--frobnicate"});
        QTest::newRow("positional") << args({"extra"});
        QTest::newRow("empty key") << args({"--access-key", ""});
    }

    void badOptionsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QVERIFY(!parseEmulatorOptions(arguments, kSample).ok());
    }

    void stateFilesAreCreatedLoadedAndSavedAtomically()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("domain.json")).toStdString();
        auto sample = wire::loadSnapshotFile(kSample.toStdString());
        QVERIFY(sample.ok());
        {
            DomainStore store;
            QVERIFY(store.addStateFile(path, &*sample).ok());
            // The file is exactly the seed: the emulator adds nothing of its own to a snapshot.
            auto written = readJsonFile(path);
            QVERIFY(written.ok());
            QCOMPARE(written.value(), wire::writeSnapshot(*sample));
            store.domains().front().snapshot.name = "Renamed";
            QVERIFY(store.save(store.domains().front()).ok());
        }
        DomainStore reloaded;
        QVERIFY(reloaded.addStateFile(path).ok());
        QCOMPARE(reloaded.domains().front().snapshot.name, std::string("Renamed"));
        QCOMPARE(reloaded.domains().front().snapshot.caseRules.size(), sample->caseRules.size());
        // QSaveFile wrote through a temporary that it renamed: nothing else is left in the folder.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("domain.json")});
        QVERIFY(!reloaded.addStateFile(path).ok()); // the same domain twice
    }

    void setupCombinesStatesAndTheSample()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("domains/"));
        auto options = parseEmulatorOptions(
            args({"--seed-sample", "--state", "PLACEHOLDER", "--state", "PLACEHOLDER2"}), kSample);
        QVERIFY(options.ok());
        options->statePaths = {folder, dir.filePath(QStringLiteral("empty.json"))};
        DomainStore store;
        QVERIFY(loadDomains(store, *options).ok());
        QCOMPARE(store.domains().size(), std::size_t(2));
        QCOMPARE(store.domains()[0].snapshot.name,
                 std::string("Support Centre"));                          // the sample, in the folder
        QCOMPARE(store.domains()[1].snapshot.name, std::string("empty")); // named after its file
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);

        DomainStore again;
        QVERIFY(loadDomains(again, *options).ok()); // both exist now: loaded, the sample not added twice
        QCOMPARE(again.domains().size(), std::size_t(2));

        auto inMemory = parseEmulatorOptions(args({}), kSample);
        DomainStore single;
        QVERIFY(loadDomains(single, *inMemory).ok());
        QCOMPARE(single.domains().size(), std::size_t(1));
        QVERIFY(single.domains().front().stateFile.empty());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorParts)
#include "test_emulator_parts.moc"
