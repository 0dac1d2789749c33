#include "model/layout.h"

namespace cw {
namespace {
// LayoutContent.basic.{topPanel,moreInfo}.sections[].fieldGroup.fields[].id
void collectFieldIds(const Json &panel, std::vector<std::string> &out)
{
    if (!panel.is_object() || !panel.contains("sections") || !panel["sections"].is_array())
        return;
    for (const Json &section : panel["sections"]) {
        if (!section.is_object() || !section.contains("fieldGroup"))
            continue;
        const Json &group = section["fieldGroup"];
        if (!group.is_object() || !group.contains("fields") || !group["fields"].is_array())
            continue;
        for (const Json &item : group["fields"])
            if (item.is_object() && item.contains("id") && item["id"].is_string())
                out.push_back(item["id"].get<std::string>());
    }
}
} // namespace

std::vector<std::string> Layout::fieldIds() const
{
    std::vector<std::string> ids;
    if (content.is_object() && content.contains("basic")) {
        const Json &basic = content["basic"];
        if (basic.is_object()) {
            if (basic.contains("topPanel"))
                collectFieldIds(basic["topPanel"], ids);
            if (basic.contains("moreInfo"))
                collectFieldIds(basic["moreInfo"], ids);
        }
    }
    return ids;
}

} // namespace cw
