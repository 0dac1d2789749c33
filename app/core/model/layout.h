#pragma once
// A layout (GetLayoutResponse). Casewright reads layouts but does not edit them, so the content
// is kept as sent; fieldIds() lists the fields it places, for reference checks.

#include "common/json_text.h"

#include <optional>
#include <string>
#include <vector>

namespace cw {

struct Layout {
    std::string layoutId;
    std::string layoutArn;
    std::string name;
    Json content = Json::object(); // LayoutContent union, kept as sent
    std::optional<Json> tags;
    std::optional<bool> deleted;
    std::optional<std::string> createdTime;
    std::optional<std::string> lastModifiedTime;
    Json extra = Json::object();

    std::vector<std::string> fieldIds() const;
};

} // namespace cw
