// Fields and their options: ListFields, BatchGetField, CreateField, ListFieldOptions,
// BatchPutFieldOptions.
#include "error_response.h"
#include "operations.h"
#include "request_body.h"
#include "wire/wire_json.h"

#include <algorithm>

namespace cw::emu::ops {
namespace {
ApiResult<const Field *> fieldOf(const DomainState &domain, const ApiRequest &request)
{
    const std::string &fieldId = request.label("fieldId");
    const Field *field = domain.snapshot.findField(fieldId);
    if (field == nullptr)
        return notFoundError("Field", fieldId);
    return field;
}
} // namespace

ApiResult<Json> listFields(OperationContext &context, const ApiRequest &request)
{
    auto domain = context.domain(request);
    if (!domain)
        return domain.error();
    std::vector<const Field *> fields;
    for (const Field &field : domain.value()->snapshot.fields)
        if (!field.isDeleted())
            fields.push_back(&field);
    return listPage(context, request, fields, "fields", "ListFields|" + domain.value()->snapshot.domainId,
                    [](const Field &field) {
                        Json summary = {{"fieldId", field.fieldId},
                                        {"fieldArn", field.fieldArn},
                                        {"name", field.name},
                                        {"type", field.type},
                                        {"namespace", field.nameSpace}};
                        if (field.attributes)
                            summary["attributes"] = *field.attributes;
                        return summary;
                    });
}

ApiResult<Json> batchGetField(OperationContext &context, const ApiRequest &request)
{
    auto read = context.domainAndBody(request);
    if (!read)
        return read.error();
    auto ids = readIdentifierList(read->body, "fields", 50);
    if (!ids)
        return ids.error();
    const DomainSnapshot &snapshot = read->domain->snapshot;
    BatchGetLists lists = batchGetItems(
        ids.value(), "Field", [&](const std::string &id) { return snapshot.findField(id); },
        [](const Field &field) { return wire::writeField(field); });
    return Json{{"fields", std::move(lists.found)}, {"errors", std::move(lists.errors)}};
}

ApiResult<Json> createField(OperationContext &context, const ApiRequest &request)
{
    auto read = context.domainAndBody(request);
    if (!read)
        return read.error();
    const Json &json = read->body;
    for (const char *member : {"name", "type"})
        if (!json.contains(member) || !json[member].is_string())
            return validationError(std::string(member) + " is required and must be a string.");
    if (json.contains("description") && !json["description"].is_string())
        return validationError("description must be a string.");
    if (json.contains("attributes") && !json["attributes"].is_object())
        return validationError("attributes must be an object (the FieldAttributes union).");
    Field field;
    field.name = json["name"].get<std::string>();
    field.type = json["type"].get<std::string>();
    if (json.contains("description"))
        field.description = json["description"].get<std::string>();
    for (const ApiStatus &check :
         {checkName(field.name, "name"), checkDescription(field.description, "description"),
          checkEnum(field.type, "type",
                    {"Text", "Number", "Boolean", "DateTime", "SingleSelect", "Url", "User"})})
        if (!check)
            return check.error();
    DomainSnapshot &snapshot = read->domain->snapshot;
    for (const Field &existing : snapshot.fields)
        if (!existing.isDeleted() && existing.name == field.name)
            return conflictError("A field named \"" + field.name + "\" already exists in this domain.");
    if (json.contains("attributes"))
        field.attributes = json["attributes"];
    stampCreated(context, snapshot.domainId, "field", field, &Field::fieldId, &Field::fieldArn);
    field.nameSpace = "Custom";
    snapshot.fields.push_back(field);
    context.markChanged(*read->domain);
    return Json{{"fieldId", field.fieldId}, {"fieldArn", field.fieldArn}};
}

ApiResult<Json> listFieldOptions(OperationContext &context, const ApiRequest &request)
{
    auto domain = context.domain(request);
    if (!domain)
        return domain.error();
    auto field = fieldOf(*domain.value(), request);
    if (!field)
        return field.error();
    const std::vector<std::string> values = request.queryValues("values");
    if (values.size() > 1)
        return validationError("values may hold at most 1 value.");
    std::vector<const FieldOption *> options;
    if (const auto *all = domain.value()->snapshot.optionsOf(field.value()->fieldId))
        for (const FieldOption &option : *all)
            if (values.empty() || option.value == values.front())
                options.push_back(&option);
    const std::string scope = "ListFieldOptions|" + domain.value()->snapshot.domainId + "|" +
                              field.value()->fieldId + "|" + (values.empty() ? "" : values.front());
    return listPage(context, request, options, "options", scope, [](const FieldOption &option) {
        return Json{{"name", option.name}, {"value", option.value}, {"active", option.active}};
    });
}

ApiResult<Json> batchPutFieldOptions(OperationContext &context, const ApiRequest &request)
{
    auto domain = context.domain(request);
    if (!domain)
        return domain.error();
    auto field = fieldOf(*domain.value(), request);
    if (!field)
        return field.error();
    if (field.value()->type != "SingleSelect")
        return validationError("Field \"" + field.value()->fieldId +
                               "\" is not SingleSelect; only those have options.");
    auto body = parseBody(request);
    if (!body)
        return body.error();
    const auto list = body->find("options");
    if (list == body->end() || !list->is_array() || list->size() > 50)
        return validationError("options is required and must be a list of at most 50 field options.");
    std::vector<FieldOption> incoming;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string member = "options[" + std::to_string(i) + "]";
        auto option = wire::readFieldOption((*list)[i], "/options/" + std::to_string(i));
        if (!option)
            return fromWireError(option.error());
        for (const ApiStatus &check :
             {checkName(option->name, member + ".name"), checkName(option->value, member + ".value")})
            if (!check)
                return check.error();
        option->extra = Json::object();
        incoming.push_back(std::move(option).value());
    }
    DomainSnapshot &snapshot = domain.value()->snapshot;
    auto &options = snapshot.fieldOptions[field.value()->fieldId];
    for (FieldOption &option : incoming) {
        auto existing = std::find_if(options.begin(), options.end(),
                                     [&](const FieldOption &known) { return known.value == option.value; });
        if (existing != options.end())
            *existing = std::move(option);
        else
            options.push_back(std::move(option));
    }
    for (Field &known : snapshot.fields)
        if (known.fieldId == field.value()->fieldId)
            known.lastModifiedTime = context.store.now();
    context.markChanged(*domain.value());
    return Json{{"errors", Json::array()}};
}

} // namespace cw::emu::ops
