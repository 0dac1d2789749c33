// GetFieldResponse, FieldOption and GetLayoutResponse.
#include "wire/object_reader.h"
#include "wire/wire_json.h"

namespace cw::wire {

Result<FieldOption> readFieldOption(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "field option");
    FieldOption option;
    option.name = reader.requiredString("name");
    option.value = reader.requiredString("value");
    option.active = reader.requiredBool("active");
    option.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return option;
}

Json writeFieldOption(const FieldOption &option)
{
    Json out = option.extra;
    out["name"] = option.name;
    out["value"] = option.value;
    out["active"] = option.active;
    return out;
}

Result<Field> readField(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "field");
    Field field;
    field.fieldId = reader.requiredString("fieldId");
    field.name = reader.requiredString("name");
    field.fieldArn = reader.requiredString("fieldArn");
    field.description = reader.optionalString("description");
    field.type = reader.requiredString("type");
    field.nameSpace = reader.requiredString("namespace");
    field.deleted = reader.optionalBool("deleted");
    field.createdTime = reader.optionalString("createdTime");
    field.lastModifiedTime = reader.optionalString("lastModifiedTime");
    if (const Json *tags = reader.optionalObject("tags"))
        field.tags = *tags;
    if (const Json *attributes = reader.optionalObject("attributes"))
        field.attributes = *attributes;
    field.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return field;
}

Json writeField(const Field &field)
{
    Json out = field.extra;
    out["fieldId"] = field.fieldId;
    out["name"] = field.name;
    out["fieldArn"] = field.fieldArn;
    putOptional(out, "description", field.description);
    out["type"] = field.type;
    out["namespace"] = field.nameSpace;
    if (field.deleted)
        out["deleted"] = *field.deleted;
    putOptional(out, "createdTime", field.createdTime);
    putOptional(out, "lastModifiedTime", field.lastModifiedTime);
    if (field.tags)
        out["tags"] = *field.tags;
    if (field.attributes)
        out["attributes"] = *field.attributes;
    return out;
}

Result<Layout> readLayout(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "layout");
    Layout layout;
    layout.layoutId = reader.requiredString("layoutId");
    layout.layoutArn = reader.requiredString("layoutArn");
    layout.name = reader.requiredString("name");
    if (const Json *content = reader.requiredObject("content"))
        layout.content = *content;
    if (const Json *tags = reader.optionalObject("tags"))
        layout.tags = *tags;
    layout.deleted = reader.optionalBool("deleted");
    layout.createdTime = reader.optionalString("createdTime");
    layout.lastModifiedTime = reader.optionalString("lastModifiedTime");
    layout.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return layout;
}

Json writeLayout(const Layout &layout)
{
    Json out = layout.extra;
    out["layoutId"] = layout.layoutId;
    out["layoutArn"] = layout.layoutArn;
    out["name"] = layout.name;
    out["content"] = layout.content;
    if (layout.tags)
        out["tags"] = *layout.tags;
    if (layout.deleted)
        out["deleted"] = *layout.deleted;
    putOptional(out, "createdTime", layout.createdTime);
    putOptional(out, "lastModifiedTime", layout.lastModifiedTime);
    return out;
}

} // namespace cw::wire
