// Cases: CreateCase, GetCase and SearchCases, as the model shapes them. Cases live in memory
// (stored_case.h); the fields a case may carry are the domain's fields plus the system fields every
// real domain has (customer_id, created_datetime, ...), and each value must fit its field's type.
#include "case_search.h"
#include "error_response.h"
#include "operations.h"
#include "request_body.h"

#include <algorithm>
#include <set>

namespace cw::emu::ops {
namespace {
constexpr std::size_t kMaxCreateFields = 220;
constexpr std::size_t kMaxSearchFields = 25;
constexpr std::size_t kDefaultSearchResults = 25; // "When no value is provided, 25 is the default."
constexpr std::size_t kMaxSearchResults = 100;

// The system fields the service sets itself: CreateCase refuses them.
bool setByService(const std::string &fieldId)
{
    return fieldId == kCaseIdField || fieldId == kReferenceNumberField || fieldId == kCreatedField ||
           fieldId == kLastUpdatedField;
}

// The type of a field a case may carry: the domain's (not deleted), else an implicit system field.
std::optional<FieldType> caseFieldType(const DomainSnapshot &snapshot, const std::string &fieldId)
{
    for (const Field &field : snapshot.fields)
        if (field.fieldId == fieldId && !field.isDeleted())
            return field.fieldType();
    if (fieldId == kCustomerIdField || fieldId == kTitleField || setByService(fieldId))
        return fieldId == kCreatedField || fieldId == kLastUpdatedField ? FieldType::DateTime
                                                                        : FieldType::Text;
    return std::nullopt;
}

// The union member a value of `type` is sent as (emptyValue is allowed for every type).
const char *memberFor(FieldType type)
{
    switch (type) {
    case FieldType::Number:
        return "doubleValue";
    case FieldType::Boolean:
        return "booleanValue";
    case FieldType::User:
        return "userArnValue";
    default:
        return "stringValue"; // Text, Url, SingleSelect, DateTime (ISO 8601)
    }
}

ApiStatus checkCaseValue(const DomainSnapshot &snapshot, const std::string &fieldId, FieldType type,
                         const Json &value, const std::string &where)
{
    if (auto valid = checkFieldValueUnion(value, where); !valid)
        return valid;
    if (value.contains("emptyValue"))
        return apiOk();
    const char *expected = memberFor(type);
    if (!value.contains(expected))
        return validationError(where + ": field \"" + fieldId + "\" is of type " + toString(type) +
                               ", so its value must be a " + expected + ".");
    if (type == FieldType::SingleSelect) {
        const auto options = snapshot.fieldOptions.find(fieldId);
        if (options != snapshot.fieldOptions.end() && !options->second.empty()) {
            const std::string text = value["stringValue"].get<std::string>();
            const bool offered =
                std::any_of(options->second.begin(), options->second.end(),
                            [&](const FieldOption &o) { return o.active && o.value == text; });
            if (!offered)
                return validationError(where + ": \"" + text + "\" is not an active option of field \"" +
                                       fieldId + "\".");
        }
    }
    return apiOk();
}

bool hasValue(const Json &fields, const std::string &fieldId)
{
    return std::any_of(fields.begin(), fields.end(), [&](const Json &field) {
        return field["id"] == fieldId && !field["value"].contains("emptyValue");
    });
}

// The `fields` of a CreateCase body, checked against the domain and the template.
ApiResult<Json> readCreateFields(const Json &body, const DomainSnapshot &snapshot,
                                 const CaseTemplate &caseTemplate)
{
    const auto it = body.find("fields");
    if (it == body.end() || it->is_null())
        return validationError("fields is required.");
    if (!it->is_array() || it->size() > kMaxCreateFields)
        return validationError("fields must be a list of at most 220 field values.");
    std::set<std::string> seen;
    Json fields = Json::array();
    for (std::size_t i = 0; i < it->size(); ++i) {
        const Json &item = (*it)[i];
        const std::string where = "fields[" + std::to_string(i) + "]";
        if (!item.is_object() || !item.contains("id") || !item["id"].is_string() || !item.contains("value"))
            return validationError(where + " must be an object with a string \"id\" and a \"value\".");
        const std::string id = item["id"].get<std::string>();
        if (setByService(id))
            return validationError(where + ": field \"" + id + "\" is set by the service.");
        const auto type = caseFieldType(snapshot, id);
        if (!type)
            return validationError(where + ": \"" + id + "\" is not a field of this domain.");
        if (!seen.insert(id).second)
            return validationError(where + ": field \"" + id + "\" is given twice.");
        if (auto valid = checkCaseValue(snapshot, id, *type, item["value"], where + ".value"); !valid)
            return valid.error();
        fields.push_back({{"id", id}, {"value", item["value"]}});
    }
    for (const char *required : {kCustomerIdField, kTitleField})
        if (!hasValue(fields, required))
            return validationError(std::string("fields must give a value to \"") + required +
                                   "\": every case needs one.");
    for (const Json &field : fields)
        if (field["id"] == kCustomerIdField) {
            const std::string arn = field["value"].value("stringValue", std::string());
            if (arn.rfind("arn:aws:profile:", 0) != 0 || arn.find("/profiles/") == std::string::npos)
                return validationError("customer_id must be a customer profile ARN "
                                       "(arn:aws:profile:REGION:ACCOUNT:domains/DOMAIN/profiles/ID), not \"" +
                                       arn + "\".");
        }
    if (caseTemplate.requiredFields)
        for (const RequiredField &required : *caseTemplate.requiredFields)
            if (!hasValue(fields, required.fieldId))
                return validationError("fields must give a value to \"" + required.fieldId +
                                       "\": template \"" + caseTemplate.name + "\" requires it.");
    return fields;
}

ApiResult<const CaseTemplate *> activeTemplate(const DomainSnapshot &snapshot, const Json &body)
{
    const auto it = body.find("templateId");
    if (it == body.end() || !it->is_string() || it->get<std::string>().empty())
        return validationError("templateId is required.");
    const std::string templateId = it->get<std::string>();
    for (const CaseTemplate &caseTemplate : snapshot.templates)
        if (caseTemplate.templateId == templateId && !caseTemplate.isDeleted()) {
            if (caseTemplate.status != "Active")
                return validationError("Template \"" + templateId +
                                       "\" is not Active; cases are created "
                                       "from active templates only.");
            return &caseTemplate;
        }
    return notFoundError("Template", templateId);
}

// The requested fields of a case, in the order asked, leaving out those it has no value for.
Json fieldsOf(const StoredCase &stored, const std::vector<std::string> &fieldIds)
{
    Json fields = Json::array();
    for (const std::string &id : fieldIds)
        if (const Json *value = stored.value(id))
            fields.push_back({{"id", id}, {"value", *value}});
    return fields;
}

// SearchCases' `maxResults` and `nextToken`, which travel in the body (unlike the List operations).
ApiResult<PageRequest> readBodyPage(const Json &body, const std::string &scope, std::size_t serverPageSize)
{
    PageRequest page;
    page.size = std::min(kDefaultSearchResults, serverPageSize);
    if (hasMember(body, "maxResults")) {
        const Json &max = body["maxResults"];
        if (!max.is_number_integer() || max.get<long long>() < 1 ||
            max.get<long long>() > static_cast<long long>(kMaxSearchResults))
            return validationError("maxResults must be an integer between 1 and 100, not " + max.dump() +
                                   ".");
        page.size = std::min(static_cast<std::size_t>(max.get<long long>()), serverPageSize);
    }
    if (hasMember(body, "nextToken")) {
        if (!body["nextToken"].is_string())
            return validationError("nextToken must be a string.");
        const std::string token = body["nextToken"].get<std::string>();
        if (token.size() > 9000)
            return validationError("nextToken must be at most 9000 characters long.");
        if (!token.empty()) {
            auto offset = decodePageToken(token, scope);
            if (!offset)
                return offset.error();
            page.offset = offset.value();
        }
    }
    return page;
}

ApiResult<std::vector<std::string>> optionalIdentifiers(const Json &body, const std::string &member,
                                                        std::size_t maxItems)
{
    if (!hasMember(body, member) || (body[member].is_array() && body[member].empty()))
        return std::vector<std::string>{};
    return readIdentifierList(body, member, maxItems);
}
} // namespace

ApiResult<Json> createCase(OperationContext &context, const ApiRequest &request)
{
    auto read = context.domainAndBody(request);
    if (!read)
        return read.error();
    DomainState &domain = *read->domain;
    const Json &body = read->body;
    std::string clientToken;
    if (hasMember(body, "clientToken")) {
        if (!body["clientToken"].is_string() || body["clientToken"].get<std::string>().size() > 64)
            return validationError("clientToken must be a string of at most 64 characters.");
        clientToken = body["clientToken"].get<std::string>();
    }
    // The same token again is the same request: the case it created is answered, not a second one.
    if (const auto known = domain.cases.byClientToken.find(clientToken);
        !clientToken.empty() && known != domain.cases.byClientToken.end()) {
        const StoredCase &stored = domain.cases.cases[known->second];
        return Json{{"caseId", stored.caseId}, {"caseArn", stored.caseArn}};
    }
    auto caseTemplate = activeTemplate(domain.snapshot, body);
    if (!caseTemplate)
        return caseTemplate.error();
    auto fields = readCreateFields(body, domain.snapshot, *caseTemplate.value());
    if (!fields)
        return fields.error();
    Json tags = Json::object();
    if (hasMember(body, "tags")) {
        if (!body["tags"].is_object() || body["tags"].size() > 50)
            return validationError("tags must be a map of at most 50 tags.");
        for (auto it = body["tags"].begin(); it != body["tags"].end(); ++it)
            if (!it.value().is_string())
                return validationError("tags." + it.key() + " must be a string.");
        tags = body["tags"];
    }
    StoredCase stored;
    stored.caseId = context.store.newId();
    stored.caseArn = context.store.arn(domain.snapshot.domainId, "case", stored.caseId);
    stored.templateId = caseTemplate.value()->templateId;
    stored.fields = std::move(fields).value();
    stored.tags = std::move(tags);
    const std::string now = context.store.now();
    stored.fields.push_back({{"id", kCaseIdField}, {"value", {{"stringValue", stored.caseId}}}});
    stored.fields.push_back({{"id", kReferenceNumberField},
                             {"value", {{"stringValue", std::to_string(domain.cases.nextReferenceNumber)}}}});
    stored.fields.push_back({{"id", kCreatedField}, {"value", {{"stringValue", now}}}});
    stored.fields.push_back({{"id", kLastUpdatedField}, {"value", {{"stringValue", now}}}});
    Json answer = {{"caseId", stored.caseId}, {"caseArn", stored.caseArn}};
    domain.cases.add(std::move(stored), clientToken);
    return answer;
}

ApiResult<Json> getCase(OperationContext &context, const ApiRequest &request)
{
    auto read = context.domainAndBody(request);
    if (!read)
        return read.error();
    const std::string &caseId = request.label("caseId");
    const StoredCase *stored = read->domain->cases.find(caseId);
    if (stored == nullptr)
        return notFoundError("Case", caseId);
    auto fieldIds = readIdentifierList(read->body, "fields", kMaxCreateFields);
    if (!fieldIds)
        return fieldIds.error();
    // Every field asked for fits in one answer (at most 220), so no token is ever handed out.
    if (hasMember(read->body, "nextToken") && read->body["nextToken"] != "")
        return validationError("The nextToken is not valid: GetCase handed out none for this case.");
    Json body = {{"templateId", stored->templateId}, {"fields", fieldsOf(*stored, fieldIds.value())}};
    if (!stored->tags.empty())
        body["tags"] = stored->tags;
    return body;
}

ApiResult<Json> searchCases(OperationContext &context, const ApiRequest &request)
{
    auto read = context.domainAndBody(request);
    if (!read)
        return read.error();
    const Json &body = read->body;
    auto fieldIds = optionalIdentifiers(body, "fields", kMaxSearchFields);
    if (!fieldIds)
        return fieldIds.error();
    std::optional<CaseFilterNode> filter;
    if (hasMember(body, "filter")) {
        auto parsed = readCaseFilter(body["filter"]);
        if (!parsed)
            return parsed.error();
        filter = std::move(parsed).value();
    }
    auto sorts = readCaseSorts(body);
    if (!sorts)
        return sorts.error();
    std::string searchTerm;
    if (hasMember(body, "searchTerm")) {
        if (!body["searchTerm"].is_string() || characterCount(body["searchTerm"].get<std::string>()) > 255)
            return validationError("searchTerm must be a string of at most 255 characters.");
        searchTerm = body["searchTerm"].get<std::string>();
    }
    // A token belongs to one query: the same domain, filter, sorts and search term.
    const std::string scope = "SearchCases|" + read->domain->snapshot.domainId + "|" +
                              body.value("filter", Json()).dump() + "|" + body.value("sorts", Json()).dump() +
                              "|" + searchTerm;
    auto pageRequest = readBodyPage(body, scope, context.pageSize);
    if (!pageRequest)
        return pageRequest.error();

    std::vector<const StoredCase *> matched;
    for (const StoredCase &stored : read->domain->cases.cases)
        if ((!filter || filter->matches(stored)) && matchesSearchTerm(stored, searchTerm))
            matched.push_back(&stored);
    matched = orderCases(std::move(matched), sorts.value());

    const Page page = pageOf(matched.size(), pageRequest.value(), scope);
    Json cases = Json::array();
    for (std::size_t i = page.begin; i < page.end; ++i) {
        Json item = {{"caseId", matched[i]->caseId},
                     {"templateId", matched[i]->templateId},
                     {"fields", fieldsOf(*matched[i], fieldIds.value())}};
        if (!matched[i]->tags.empty())
            item["tags"] = matched[i]->tags;
        cases.push_back(std::move(item));
    }
    Json answer = {{"cases", std::move(cases)}, {"totalCount", matched.size()}};
    if (page.nextToken)
        answer["nextToken"] = *page.nextToken;
    return answer;
}

} // namespace cw::emu::ops
