// Makes every call of calls.json with Casewright's CasesClient against the capture server, one
// after another, as sdk_calls.mjs does with the official SDK.
//   golden_client_driver URL calls.json
#include "client/cases_client.h"
#include "wire/wire_json.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <cstdio>

using namespace cw;
using namespace cw::net;

namespace {
PageRequest pageOf(const Json &call)
{
    PageRequest page;
    if (call.contains("maxResults"))
        page.maxResults = call["maxResults"].get<int>();
    if (call.contains("nextToken"))
        page.nextToken = call["nextToken"].get<std::string>();
    return page;
}

std::vector<std::string> idsOf(const Json &call)
{
    return call["ids"].get<std::vector<std::string>>();
}

// Runs one call and waits for its answer; false (with a message) when it failed.
bool runCall(CasesClient &client, const Json &call)
{
    bool finished = false;
    std::string failure;
    const auto done = [&](const auto &result) {
        if (!result)
            failure = result.error().toString();
        finished = true;
    };
    const std::string op = call["op"];
    const std::string domain = call.value("domainId", std::string());
    if (op == "ListDomains")
        client.listDomains(pageOf(call), done);
    else if (op == "GetDomain")
        client.getDomain(domain, done);
    else if (op == "ListFields")
        client.listFields(domain, pageOf(call), done);
    else if (op == "BatchGetField")
        client.batchGetField(domain, idsOf(call), done);
    else if (op == "ListFieldOptions")
        client.listFieldOptions(domain, call["fieldId"], pageOf(call), done);
    else if (op == "ListLayouts")
        client.listLayouts(domain, pageOf(call), done);
    else if (op == "GetLayout")
        client.getLayout(domain, call["layoutId"], done);
    else if (op == "ListTemplates")
        client.listTemplates(domain, pageOf(call), done, {},
                             call.value("status", Json::array()).get<std::vector<std::string>>());
    else if (op == "GetTemplate")
        client.getTemplate(domain, call["templateId"], done);
    else if (op == "CreateTemplate" || op == "UpdateTemplate") {
        auto caseTemplate = wire::readTemplate(call["template"]);
        if (!caseTemplate) {
            std::fprintf(stderr, "bad template in calls.json: %s\n", caseTemplate.error().toString().c_str());
            return false;
        }
        if (op == "CreateTemplate")
            client.createTemplate(domain, *caseTemplate, done);
        else
            client.updateTemplate(domain, *caseTemplate, done);
    } else if (op == "ListCaseRules")
        client.listCaseRules(domain, pageOf(call), done);
    else if (op == "BatchGetCaseRule")
        client.batchGetCaseRule(domain, idsOf(call), done);
    else if (op == "CreateCaseRule" || op == "UpdateCaseRule") {
        auto rule = wire::readCaseRule(call["rule"]);
        if (!rule) {
            std::fprintf(stderr, "bad rule in calls.json: %s\n", rule.error().toString().c_str());
            return false;
        }
        if (op == "CreateCaseRule")
            client.createCaseRule(domain, *rule, done);
        else
            client.updateCaseRule(domain, *rule, done);
    } else if (op == "DeleteCaseRule")
        client.deleteCaseRule(domain, call["caseRuleId"], done);
    else {
        std::fprintf(stderr, "unknown operation %s\n", op.c_str());
        return false;
    }
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!failure.empty())
        std::fprintf(stderr, "Casewright %s failed: %s\n", op.c_str(), failure.c_str());
    return failure.empty();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: golden_client_driver URL calls.json\n");
        return 2;
    }
    auto calls = readJsonFile(argv[2]);
    if (!calls) {
        std::fprintf(stderr, "%s\n", calls.error().toString().c_str());
        return 2;
    }
    CasesClientConfig config;
    config.endpoint = QUrl(QString::fromLocal8Bit(argv[1]));
    config.region = QStringLiteral("us-east-1");
    config.credentials = [] {
        Credentials credentials;
        credentials.accessKeyId = QStringLiteral("AKIDGOLDEN");
        credentials.secretAccessKey = QStringLiteral("golden-secret");
        return Result<Credentials>(credentials);
    };
    config.retry.maxAttempts = 1;
    CasesClient client(config);
    bool allPassed = true;
    for (const Json &call : (*calls)["calls"])
        allPassed = runCall(client, call) && allPassed;
    return allPassed ? 0 : 1;
}
