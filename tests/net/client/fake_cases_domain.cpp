#include "fake_cases_domain.h"

#include "client/api_request.h"
#include "wire/wire_json.h"

#include <QRegularExpression>

namespace cw::net::testing {
namespace {

QByteArray dump(const Json &json)
{
    return QByteArray::fromStdString(json.dump());
}

FakeResponse notFound(const std::string &what)
{
    return FakeResponse::error(404, "ResourceNotFoundException",
                               QByteArray::fromStdString(what + " not found"));
}

// One page of `all` (each already in wire form) under `key`.
FakeResponse page(const FakeRequest &request, const std::vector<Json> &all, const char *key, int pageSize)
{
    int offset = 0;
    const QList<QByteArray> tokens = request.queryValues("nextToken");
    if (!tokens.isEmpty()) {
        if (!tokens.front().startsWith("page+/="))
            return FakeResponse::error(400, "ValidationException", "bad nextToken");
        offset = tokens.front().mid(7).toInt();
    }
    int size = pageSize;
    if (const QList<QByteArray> max = request.queryValues("maxResults"); !max.isEmpty())
        size = std::min(size, max.front().toInt());
    Json body = Json::object();
    body[key] = Json::array();
    for (int i = offset; i < int(all.size()) && i < offset + size; ++i)
        body[key].push_back(all[std::size_t(i)]);
    if (offset + size < int(all.size()))
        body["nextToken"] = fakePageToken(offset + size).toStdString();
    return FakeResponse::json(dump(body));
}

std::vector<std::string> idsIn(const QByteArray &body, const char *key)
{
    std::vector<std::string> ids;
    const Json json = Json::parse(body.toStdString(), nullptr, false);
    if (json.is_object() && json.contains(key) && json[key].is_array()) {
        for (const Json &item : json[key])
            ids.push_back(item.value("id", std::string()));
    }
    return ids;
}

} // namespace

QByteArray fakePageToken(int offset)
{
    return "page+/=" + QByteArray::number(offset);
}

QByteArray FakeCasesDomain::operationOf(const FakeRequest &request)
{
    static const struct {
        const char *pattern;
        const char *operation;
    } routes[] = {
        {"^/domains/[^/]+$", "GetDomain"},
        {"^/domains/[^/]+/fields-list$", "ListFields"},
        {"^/domains/[^/]+/fields-batch$", "BatchGetField"},
        {"^/domains/[^/]+/fields/[^/]+/options-list$", "ListFieldOptions"},
        {"^/domains/[^/]+/layouts-list$", "ListLayouts"},
        {"^/domains/[^/]+/layouts/[^/]+$", "GetLayout"},
        {"^/domains/[^/]+/templates-list$", "ListTemplates"},
        {"^/domains/[^/]+/templates/[^/]+$", "GetTemplate"},
        {"^/domains/[^/]+/rules-list/$", "ListCaseRules"},
        {"^/domains/[^/]+/rules-batch$", "BatchGetCaseRule"},
    };
    for (const auto &route : routes) {
        if (QRegularExpression(QString::fromLatin1(route.pattern))
                .match(QString::fromLatin1(request.path))
                .hasMatch())
            return route.operation;
    }
    return {};
}

FakeResponse FakeCasesDomain::respond(const FakeRequest &request) const
{
    const QList<QByteArray> segments = request.path.split('/');
    const std::string domainId = QByteArray::fromPercentEncoding(segments.value(2)).toStdString();
    if (domainId != m_snapshot.domainId)
        return notFound("domain " + domainId);
    const std::string itemId = QByteArray::fromPercentEncoding(segments.value(4)).toStdString();
    const QByteArray operation = operationOf(request);

    if (operation == "GetDomain")
        return FakeResponse::json(dump({{"domainId", m_snapshot.domainId},
                                        {"domainArn", m_snapshot.domainArn},
                                        {"name", m_snapshot.name},
                                        {"createdTime", "2026-01-01T00:00:00Z"},
                                        {"domainStatus", "Active"}}));
    if (operation == "ListFields") {
        std::vector<Json> summaries;
        for (const Field &field : m_snapshot.fields)
            summaries.push_back({{"fieldId", field.fieldId},
                                 {"fieldArn", field.fieldArn},
                                 {"name", field.name},
                                 {"type", field.type},
                                 {"namespace", field.nameSpace}});
        return page(request, summaries, "fields", m_pageSize);
    }
    if (operation == "BatchGetField") {
        Json body = {{"fields", Json::array()}, {"errors", Json::array()}};
        for (const std::string &id : idsIn(request.body, "fields")) {
            if (const Field *field = m_snapshot.findField(id))
                body["fields"].push_back(wire::writeField(*field));
            else
                body["errors"].push_back(
                    {{"id", id}, {"errorCode", "NotFound"}, {"message", "no such field"}});
        }
        return FakeResponse::json(dump(body));
    }
    if (operation == "ListFieldOptions") {
        const auto *options = m_snapshot.optionsOf(itemId);
        if (!m_snapshot.findField(itemId))
            return notFound("field " + itemId);
        std::vector<Json> all;
        if (options) {
            for (const FieldOption &option : *options)
                all.push_back(wire::writeFieldOption(option));
        }
        return page(request, all, "options", m_pageSize);
    }
    if (operation == "ListLayouts") {
        std::vector<Json> summaries;
        for (const Layout &layout : m_snapshot.layouts)
            summaries.push_back(
                {{"layoutId", layout.layoutId}, {"layoutArn", layout.layoutArn}, {"name", layout.name}});
        return page(request, summaries, "layouts", m_pageSize);
    }
    if (operation == "GetLayout") {
        const Layout *layout = m_snapshot.findLayout(itemId);
        return layout ? FakeResponse::json(dump(wire::writeLayout(*layout))) : notFound("layout " + itemId);
    }
    if (operation == "ListTemplates") {
        std::vector<Json> summaries;
        for (const CaseTemplate &caseTemplate : m_snapshot.templates)
            summaries.push_back({{"templateId", caseTemplate.templateId},
                                 {"templateArn", caseTemplate.templateArn},
                                 {"name", caseTemplate.name},
                                 {"status", caseTemplate.status}});
        return page(request, summaries, "templates", m_pageSize);
    }
    if (operation == "GetTemplate") {
        const CaseTemplate *caseTemplate = m_snapshot.findTemplate(itemId);
        return caseTemplate ? FakeResponse::json(dump(wire::writeTemplate(*caseTemplate)))
                            : notFound("template " + itemId);
    }
    if (operation == "ListCaseRules") {
        std::vector<Json> summaries;
        for (const CaseRule &rule : m_snapshot.caseRules)
            summaries.push_back({{"caseRuleId", rule.caseRuleId},
                                 {"caseRuleArn", rule.caseRuleArn},
                                 {"name", rule.name},
                                 {"ruleType", "Required"}});
        return page(request, summaries, "caseRules", m_pageSize);
    }
    if (operation == "BatchGetCaseRule") {
        Json body = {{"caseRules", Json::array()}, {"errors", Json::array()}};
        for (const std::string &id : idsIn(request.body, "caseRules")) {
            if (const CaseRule *rule = m_snapshot.findRule(id))
                body["caseRules"].push_back(wire::writeCaseRule(*rule));
            else
                body["errors"].push_back(
                    {{"id", id}, {"errorCode", "NotFound"}, {"message", "no such rule"}});
        }
        return FakeResponse::json(dump(body));
    }
    return notFound("path " + request.path.toStdString());
}

} // namespace cw::net::testing
