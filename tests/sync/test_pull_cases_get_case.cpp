// casewright-cli pull-cases for a project that reads more fields than SearchCases returns (25):
// the sample domain with 240 more fields on the customer-support layout, filled with
// --generate-cases. SearchCases brings the first 25 fields, GetCase the rest in chunks of 220;
// every case's file entry must hold each field's value exactly as GetCase gives it for all the
// fields the project reads, with exactly the requests that takes -- and the same file when
// GetCase is throttled, fails with 500s and drops connections (the standard retries).
#include "cli_runner.h"
#include "emulator_client.h"
#include "emulator_process.h"
#include "pull_cases_support.h"
#include "sample_edits.h"
#include "samples/template_fields.h"
#include "wire/wire_json.h"

#include <QDate>
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cstdio>
#include <iterator>
#include <map>
#include <set>

using namespace cw;
using namespace cw::testing;
using cw::emu::testing::EmulatorClient;
using cw::emu::testing::EmulatorProcess;

namespace {
constexpr std::size_t kExtraFields = 240;
constexpr std::size_t kSearchFields = 25;   // SearchCases' `fields`: at most 25 (the model)
constexpr std::size_t kGetCaseFields = 220; // GetCase's `fields`: at most 220 (the model)
constexpr std::size_t kCases = 40;
constexpr std::size_t kServerPage = 15;

// Every type a case value can have, so each wire member (stringValue, doubleValue, booleanValue,
// userArnValue, emptyValue for a SingleSelect without options) is carried through.
const char *const kTypes[] = {"Text", "Number", "Boolean", "DateTime", "Url", "SingleSelect", "User"};

// The sample snapshot with kExtraFields more fields, all on the customer-support template's layout.
Json widenedSample()
{
    Json snapshot = readJson(cw::emu::testing::sampleSnapshotPath());
    std::string layoutId;
    for (const Json &caseTemplate : snapshot["templates"])
        if (caseTemplate["name"] == "Customer support")
            layoutId = caseTemplate["layoutConfiguration"]["defaultLayout"];
    Json *fieldGroup = nullptr;
    for (Json &layout : snapshot["layouts"])
        if (layout["layoutId"] == layoutId)
            fieldGroup = &layout["content"]["basic"]["topPanel"]["sections"][0]["fieldGroup"];
    if (fieldGroup == nullptr)
        return Json();
    const std::string arnPrefix = snapshot["domainArn"].get<std::string>() + "/field/";
    for (std::size_t i = 0; i < kExtraFields; ++i) {
        char id[40];
        std::snprintf(id, sizeof id, "e0000000-0000-4000-8000-%012zu", i + 1);
        const std::string type = kTypes[i % std::size(kTypes)];
        snapshot["fields"].push_back({{"fieldId", id},
                                      {"name", "Extra field " + std::to_string(i + 1)},
                                      {"fieldArn", arnPrefix + id},
                                      {"description", "One of many fields the agents fill."},
                                      {"type", type},
                                      {"namespace", "Custom"},
                                      {"deleted", false},
                                      {"createdTime", "2026-01-05T08:00:00Z"},
                                      {"lastModifiedTime", "2026-01-05T08:00:00Z"}});
        // Every other SingleSelect has options; the rest are always empty.
        if (type == "SingleSelect" && (i / std::size(kTypes)) % 2 == 0)
            snapshot["fieldOptions"][id] = Json::array({{{"name", "Yes"}, {"value", "yes"}, {"active", true}},
                                                        {{"name", "No"}, {"value", "no"}, {"active", true}}});
        (*fieldGroup)["fields"].push_back({{"id", id}});
    }
    return snapshot;
}

int operationCount(EmulatorClient &client, const char *operation)
{
    return client.call("GET", "/_emulator/stats").json()["operations"].value(operation, 0);
}

// The case's values for `fieldIds` straight from GetCase, 220 ids a request. Null when an
// answer fails or hands out a nextToken (the emulator answers every field at once).
Json getCaseFields(EmulatorClient &client, const std::string &caseId,
                   const std::vector<std::string> &fieldIds)
{
    Json fields = Json::array();
    for (std::size_t begin = 0; begin < fieldIds.size(); begin += kGetCaseFields) {
        Json ids = Json::array();
        for (std::size_t i = begin; i < std::min(fieldIds.size(), begin + kGetCaseFields); ++i)
            ids.push_back({{"id", fieldIds[i]}});
        const Json answer =
            client.call("POST", "/domains/" + kDomain.toStdString() + "/cases/" + caseId, {{"fields", ids}})
                .json();
        if (!answer.contains("fields") || answer.value("nextToken", std::string()) != "")
            return Json();
        for (const Json &field : answer["fields"])
            fields.push_back(field);
    }
    return fields;
}

} // namespace

class TestPullCasesGetCase : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    QString m_sample;                // the widened snapshot the emulators serve
    std::vector<std::string> m_read; // every field the project's templates and rules read

    QStringList emulatorArguments() const
    {
        return {QStringLiteral("--seed-sample"),    QStringLiteral("--sample"), m_sample,
                QStringLiteral("--generate-cases"), QString::number(kCases),    QStringLiteral("--page-size"),
                QString::number(kServerPage),       QStringLiteral("--seed"),   QStringLiteral("11")};
    }

private slots:
    void initTestCase()
    {
        const Json sample = widenedSample();
        QVERIFY(!sample.is_null());
        m_sample = m_work.filePath(QStringLiteral("widened.snapshot.json"));
        writeJson(m_sample, sample);
        auto snapshot = wire::loadSnapshotFile(m_sample.toStdString());
        QVERIFY2(snapshot, snapshot ? "" : snapshot.error().toString().c_str());
        for (const CaseTemplate &caseTemplate : snapshot->templates)
            for (const std::string &id : templateFieldIds(*snapshot, caseTemplate))
                if (std::find(m_read.begin(), m_read.end(), id) == m_read.end())
                    m_read.push_back(id);
        // Past SearchCases' 25 and past one GetCase's 220: both chunks of GetCase are needed.
        QVERIFY2(m_read.size() > kSearchFields + kGetCaseFields, std::to_string(m_read.size()).c_str());
    }

    void everyFieldIsWrittenAsGetCaseGivesIt()
    {
        EmulatorProcess emulator;
        QVERIFY2(emulator.start(emulatorArguments()), qPrintable(emulator.errorText()));
        const CliRunner cli(emulator.url(), m_home.path());
        const QString project = pullSampleDomain(cli, m_work.filePath(QStringLiteral("wide")));
        QVERIFY(!project.isEmpty());
        EmulatorClient client(emulator.url());
        const int searchesBefore = operationCount(client, "SearchCases");
        const int getsBefore = operationCount(client, "GetCase");

        const CliRun run = cli.run({QStringLiteral("pull-cases"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        const Json pulled = readJson(todaysPulledFile(project));
        QCOMPARE(pulled["cases"].size(), kCases);

        // One SearchCases a server page; per case, one GetCase a chunk of 220 of the fields
        // beyond the first 25 -- nothing more.
        const std::size_t chunks = (m_read.size() - kSearchFields + kGetCaseFields - 1) / kGetCaseFields;
        QCOMPARE(chunks, std::size_t(2));
        QCOMPARE(operationCount(client, "SearchCases") - searchesBefore,
                 static_cast<int>((kCases + kServerPage - 1) / kServerPage));
        QCOMPARE(operationCount(client, "GetCase") - getsBefore, static_cast<int>(kCases * chunks));

        std::size_t values = 0;
        std::set<std::string> distinct;
        std::set<std::string> members;
        for (const Json &item : pulled["cases"]) {
            const Json direct = getCaseFields(client, item["id"], m_read);
            QVERIFY2(!direct.is_null() && !direct.empty(), item["id"].get<std::string>().c_str());
            // Each field once, with exactly GetCase's value for it, and no field GetCase lacks.
            QCOMPARE(item["fields"].size(), direct.size());
            QCOMPARE(valuesById(item["fields"]), valuesById(direct));
            values += direct.size();
            for (const Json &field : item["fields"]) {
                distinct.insert(field["id"].get<std::string>());
                members.insert(field["value"].begin().key());
            }
        }
        // SearchCases names at most 25 fields and one GetCase 220: more fields than both hold
        // means every chunk of GetCase arrived; and every wire type of a value came through.
        QVERIFY2(distinct.size() > kSearchFields + kGetCaseFields, std::to_string(distinct.size()).c_str());
        for (const char *member :
             {"stringValue", "doubleValue", "booleanValue", "userArnValue", "emptyValue"})
            QVERIFY2(members.count(member) == 1, member);
        qInfo("compared %zu values of %zu fields in %zu cases", values, distinct.size(), kCases);
    }

    // GetCase throttled, failing with 500s and dropping connections: every case's fields are
    // still read in full (the file is byte for byte the fault-free one), and every failed
    // attempt was tried again exactly once more.
    void getCaseFaultsAreRetried()
    {
        EmulatorProcess clean;
        QVERIFY2(clean.start(emulatorArguments()), qPrintable(clean.errorText()));
        EmulatorProcess faulty;
        QVERIFY2(faulty.start(emulatorArguments() +
                              QStringList{QStringLiteral("--throttle-rate"), QStringLiteral("0.2"),
                                          QStringLiteral("--error-rate"), QStringLiteral("0.15"),
                                          QStringLiteral("--drop-rate"), QStringLiteral("0.1"),
                                          QStringLiteral("--fault-operations"), QStringLiteral("GetCase")}),
                 qPrintable(faulty.errorText()));
        const CliRunner viaClean(clean.url(), m_home.path());
        const CliRunner viaFaulty(faulty.url(), m_home.path());
        const QString cleanProject = pullSampleDomain(viaClean, m_work.filePath(QStringLiteral("clean")));
        const QString faultyProject = pullSampleDomain(viaFaulty, m_work.filePath(QStringLiteral("faulty")));
        QVERIFY(!cleanProject.isEmpty() && !faultyProject.isEmpty());
        EmulatorClient faultyClient(faulty.url());
        const int getsBefore = operationCount(faultyClient, "GetCase");

        // Enough attempts that a case failing several times in a row still gets through.
        const QStringList patient = {QStringLiteral("AWS_MAX_ATTEMPTS=8"),
                                     QStringLiteral("AWS_RETRY_MODE=standard")};
        const CliRun cleanRun = viaClean.run({QStringLiteral("pull-cases"), cleanProject}, patient);
        const CliRun faultyRun = viaFaulty.run({QStringLiteral("pull-cases"), faultyProject}, patient);
        QVERIFY2(cleanRun.exitCode == 0, qPrintable(cleanRun.all()));
        QVERIFY2(faultyRun.exitCode == 0, qPrintable(faultyRun.all()));
        const Json cleanCases = readJson(todaysPulledFile(cleanProject));
        QCOMPARE(cleanCases["cases"].size(), kCases);
        QCOMPARE(readJson(todaysPulledFile(faultyProject)), cleanCases);

        const Json stats = faultyClient.call("GET", "/_emulator/stats").json();
        const Json &faults = stats["faults"];
        const int failed = faults["throttled"].get<int>() + faults["internalErrors"].get<int>() +
                           faults["dropped"].get<int>();
        QVERIFY2(failed > 0, stats.dump().c_str());
        // Every attempt either failed by a fault or was needed: no case was read twice.
        QCOMPARE(operationCount(faultyClient, "GetCase") - getsBefore, static_cast<int>(kCases * 2) + failed);
    }
};

QTEST_GUILESS_MAIN(TestPullCasesGetCase)
#include "test_pull_cases_get_case.moc"
