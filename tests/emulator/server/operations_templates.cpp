// Templates: ListTemplates (with the `status` filter), GetTemplate, CreateTemplate,
// UpdateTemplate, DeleteTemplate. Names are unique among the templates that are not deleted.
#include "error_response.h"
#include "operations.h"
#include "reference_checks.h"
#include "request_body.h"
#include "wire/wire_json.h"

#include <algorithm>

namespace cw::emu::ops {
namespace {
// The request members of CreateTemplate/UpdateTemplate; any other member is ignored.
const std::vector<std::string> kTemplateMembers = {
    "name",   "description", "layoutConfiguration",         "requiredFields",
    "status", "rules",       "tagPropagationConfigurations"};

Json summaryOf(const CaseTemplate &caseTemplate)
{
    Json summary = {{"templateId", caseTemplate.templateId},
                    {"templateArn", caseTemplate.templateArn},
                    {"name", caseTemplate.name},
                    {"status", caseTemplate.status}};
    if (caseTemplate.tagPropagationConfigurations)
        summary["tagPropagationConfigurations"] = *caseTemplate.tagPropagationConfigurations;
    return summary;
}

CaseTemplate *findTemplate(DomainSnapshot &snapshot, const std::string &templateId)
{
    auto it = std::find_if(snapshot.templates.begin(), snapshot.templates.end(),
                           [&](const CaseTemplate &item) { return item.templateId == templateId; });
    return it == snapshot.templates.end() ? nullptr : &*it;
}

// Reads and checks the template `input` describes, against the domain; rejects a name another
// live template has.
ApiResult<CaseTemplate> readCheckedTemplate(const Json &input, const DomainSnapshot &snapshot,
                                            const std::string &ownId)
{
    auto parsed = wire::readTemplate(input);
    if (!parsed)
        return fromWireError(parsed.error());
    CaseTemplate caseTemplate = std::move(parsed).value();
    if (caseTemplate.status.empty())
        caseTemplate.status = "Active";
    auto checked = checkTemplate(caseTemplate, snapshot);
    if (!checked)
        return checked.error();
    for (const CaseTemplate &other : snapshot.templates)
        if (other.templateId != ownId && !other.isDeleted() && other.name == caseTemplate.name)
            return conflictError("A template named \"" + caseTemplate.name +
                                 "\" already exists in this domain (" + other.templateId + ").");
    return caseTemplate;
}

ApiResult<CaseTemplate *> existingTemplate(DomainState &domain, const ApiRequest &request)
{
    const std::string &templateId = request.label("templateId");
    CaseTemplate *found = findTemplate(domain.snapshot, templateId);
    if (found == nullptr)
        return notFoundError("Template", templateId);
    return found;
}
} // namespace

ApiResult<Json> listTemplates(OperationContext &context, const ApiRequest &request)
{
    auto domain = context.domain(request);
    if (!domain)
        return domain.error();
    const std::vector<std::string> statuses = request.queryValues("status");
    if (statuses.size() > 2)
        return validationError("status may hold at most 2 values.");
    std::string filter;
    for (const std::string &status : statuses) {
        auto valid = checkEnum(status, "status", {"Active", "Inactive"});
        if (!valid)
            return valid.error();
        filter += status + ",";
    }
    std::vector<const CaseTemplate *> templates;
    for (const CaseTemplate &caseTemplate : domain.value()->snapshot.templates)
        if (!caseTemplate.isDeleted() &&
            (statuses.empty() ||
             std::find(statuses.begin(), statuses.end(), caseTemplate.status) != statuses.end()))
            templates.push_back(&caseTemplate);
    return listPage(context, request, templates, "templates",
                    "ListTemplates|" + domain.value()->snapshot.domainId + "|" + filter, summaryOf);
}

ApiResult<Json> getTemplate(OperationContext &context, const ApiRequest &request)
{
    auto domain = context.domain(request);
    if (!domain)
        return domain.error();
    auto found = existingTemplate(*domain.value(), request);
    if (!found)
        return found.error();
    Json body = wire::writeTemplate(*found.value());
    body["deleted"] = found.value()->isDeleted();
    return body;
}

ApiResult<Json> createTemplate(OperationContext &context, const ApiRequest &request)
{
    auto read = context.domainAndBody(request);
    if (!read)
        return read.error();
    Json input = Json::object();
    copyMembers(read->body, kTemplateMembers, input);
    DomainSnapshot &snapshot = read->domain->snapshot;
    auto caseTemplate = readCheckedTemplate(input, snapshot, {});
    if (!caseTemplate)
        return caseTemplate.error();
    CaseTemplate created = std::move(caseTemplate).value();
    stampCreated(context, snapshot.domainId, "template", created, &CaseTemplate::templateId,
                 &CaseTemplate::templateArn);
    snapshot.templates.push_back(created);
    context.markChanged(*read->domain);
    return Json{{"templateId", created.templateId}, {"templateArn", created.templateArn}};
}

ApiResult<Json> updateTemplate(OperationContext &context, const ApiRequest &request)
{
    auto domain = context.domain(request);
    if (!domain)
        return domain.error();
    auto found = existingTemplate(*domain.value(), request);
    if (!found)
        return found.error();
    CaseTemplate &current = *found.value();
    if (current.isDeleted())
        return validationError("Template \"" + current.templateId + "\" is deleted and cannot be updated.");
    auto body = parseBody(request);
    if (!body)
        return body.error();
    // Members sent as null (or not sent) keep their current value.
    Json merged = wire::writeTemplate(current);
    if (copyMembers(body.value(), kTemplateMembers, merged) == 0)
        return validationError(
            "At least one of name, description, layoutConfiguration, requiredFields, status, "
            "rules or tagPropagationConfigurations must be given.");
    auto updated = readCheckedTemplate(merged, domain.value()->snapshot, current.templateId);
    if (!updated)
        return updated.error();
    current = std::move(updated).value();
    current.lastModifiedTime = context.store.now();
    context.markChanged(*domain.value());
    return Json::object();
}

ApiResult<Json> deleteTemplate(OperationContext &context, const ApiRequest &request)
{
    auto domain = context.domain(request);
    if (!domain)
        return domain.error();
    auto found = existingTemplate(*domain.value(), request);
    if (!found)
        return found.error();
    // Deleting is idempotent (the model marks it so): a second delete changes nothing.
    if (!found.value()->isDeleted()) {
        found.value()->deleted = true;
        found.value()->lastModifiedTime = context.store.now();
        context.markChanged(*domain.value());
    }
    return Json::object();
}

} // namespace cw::emu::ops
