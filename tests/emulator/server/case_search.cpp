#include "case_search.h"

#include "error_response.h"

#include <algorithm>
#include <cctype>

namespace cw::emu {
namespace {
const std::vector<std::string> kUnionMembers = {"stringValue", "doubleValue", "booleanValue", "emptyValue",
                                                "userArnValue"};
const std::vector<std::string> kComparisons = {
    "equalTo", "contains", "greaterThan", "lessThan", "greaterThanOrEqualTo", "lessThanOrEqualTo"};
constexpr std::size_t kMaxFilterList = 10; // CaseFilterList: at most 10

// The one member a union object sets (members sent as null do not count), or "" with `count`
// telling none from several.
std::string onlyMember(const Json &object, std::size_t &count)
{
    std::string name;
    count = 0;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!it.value().is_null()) {
            name = it.key();
            ++count;
        }
    return count == 1 ? name : std::string();
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool isEmptyValue(const Json *value)
{
    return value == nullptr || value->contains("emptyValue");
}

// -1, 0, 1, or nullopt when the two are not comparable (different kinds, or no value).
std::optional<int> compareValues(const Json *caseValue, const Json &filterValue)
{
    if (caseValue == nullptr)
        return std::nullopt;
    for (const char *member : {"stringValue", "userArnValue"})
        if (filterValue.contains(member) && caseValue->contains(member)) {
            const auto a = (*caseValue)[member].get<std::string>();
            const auto b = filterValue[member].get<std::string>();
            return a < b ? -1 : (a == b ? 0 : 1);
        }
    if (filterValue.contains("doubleValue") && caseValue->contains("doubleValue")) {
        const double a = (*caseValue)["doubleValue"].get<double>();
        const double b = filterValue["doubleValue"].get<double>();
        return a < b ? -1 : (a == b ? 0 : 1);
    }
    if (filterValue.contains("booleanValue") && caseValue->contains("booleanValue")) {
        const bool a = (*caseValue)["booleanValue"].get<bool>();
        const bool b = filterValue["booleanValue"].get<bool>();
        return a == b ? 0 : (a ? 1 : -1);
    }
    return std::nullopt;
}

ApiResult<CaseFilterNode> readFieldFilter(const Json &json, const std::string &where)
{
    if (!json.is_object())
        return validationError(where + " must be an object.");
    std::size_t count = 0;
    const std::string comparison = onlyMember(json, count);
    if (count != 1 || std::find(kComparisons.begin(), kComparisons.end(), comparison) == kComparisons.end())
        return validationError(where + " must have exactly one of equalTo, contains, greaterThan, "
                                       "greaterThanOrEqualTo, lessThan, lessThanOrEqualTo.");
    const Json &fieldValue = json[comparison];
    const std::string at = where + "." + comparison;
    if (!fieldValue.is_object() || !fieldValue.contains("id") || !fieldValue["id"].is_string())
        return validationError(at + " must be an object with a string \"id\" and a \"value\".");
    const std::string id = fieldValue["id"].get<std::string>();
    if (id.empty() || id.size() > 500)
        return validationError(at + ".id must be 1 to 500 characters long.");
    if (!fieldValue.contains("value"))
        return validationError(at + ".value is required.");
    if (auto valid = checkFieldValueUnion(fieldValue["value"], at + ".value"); !valid)
        return valid.error();
    const Json &value = fieldValue["value"];
    if (comparison == "contains" && !value.contains("stringValue"))
        return validationError(at + ".value must be a stringValue: contains compares text.");
    if (comparison != "equalTo" && comparison != "contains" && !value.contains("stringValue") &&
        !value.contains("doubleValue"))
        return validationError(at + ".value must be a stringValue or a doubleValue: " + comparison +
                               " compares text, dates or numbers.");
    CaseFilterNode node;
    node.kind = CaseFilterNode::Kind::Field;
    node.comparison = comparison;
    node.fieldId = id;
    node.value = value;
    return node;
}

bool fieldMatches(const CaseFilterNode &node, const StoredCase &stored)
{
    const Json *caseValue = stored.value(node.fieldId);
    if (node.comparison == "equalTo") {
        if (node.value.contains("emptyValue"))
            return isEmptyValue(caseValue);
        const auto order = compareValues(caseValue, node.value);
        return order && *order == 0;
    }
    if (node.comparison == "contains") {
        if (caseValue == nullptr || !caseValue->contains("stringValue"))
            return false;
        return lower((*caseValue)["stringValue"].get<std::string>())
                   .find(lower(node.value["stringValue"].get<std::string>())) != std::string::npos;
    }
    const auto order = compareValues(caseValue, node.value);
    if (!order)
        return false;
    if (node.comparison == "greaterThan")
        return *order > 0;
    if (node.comparison == "greaterThanOrEqualTo")
        return *order >= 0;
    if (node.comparison == "lessThan")
        return *order < 0;
    return *order <= 0; // lessThanOrEqualTo
}
} // namespace

ApiStatus checkFieldValueUnion(const Json &value, const std::string &where)
{
    if (!value.is_object())
        return validationError(where + " must be an object.");
    std::size_t count = 0;
    const std::string member = onlyMember(value, count);
    if (count != 1 || std::find(kUnionMembers.begin(), kUnionMembers.end(), member) == kUnionMembers.end())
        return validationError(where + " must have exactly one of stringValue, doubleValue, booleanValue, "
                                       "emptyValue, userArnValue.");
    const Json &item = value[member];
    const bool typeOk = (member == "stringValue" || member == "userArnValue") ? item.is_string()
                        : member == "doubleValue"                             ? item.is_number()
                        : member == "booleanValue"                            ? item.is_boolean()
                                                   : item.is_object() && item.empty();
    if (!typeOk)
        return validationError(where + "." + member + " has the wrong type.");
    if (member == "stringValue" && item.get<std::string>().size() > 4100)
        return validationError(where + ".stringValue must be at most 4100 characters long.");
    return apiOk();
}

ApiResult<CaseFilterNode> readCaseFilter(const Json &json, const std::string &where)
{
    if (!json.is_object())
        return validationError(where + " must be an object.");
    std::size_t count = 0;
    const std::string member = onlyMember(json, count);
    if (count != 1)
        return validationError(where + " must have exactly one of field, not, tag, andAll, orAll.");
    const Json &inner = json[member];
    const std::string at = where + "." + member;
    CaseFilterNode node;
    if (member == "field")
        return readFieldFilter(inner, at);
    if (member == "not") {
        auto child = readCaseFilter(inner, at);
        if (!child)
            return child.error();
        node.kind = CaseFilterNode::Kind::Not;
        node.children.push_back(std::move(child).value());
        return node;
    }
    if (member == "tag") {
        if (!inner.is_object() || !inner.contains("equalTo") || !inner["equalTo"].is_object() ||
            inner.size() != 1)
            return validationError(at + " must be {\"equalTo\": {\"key\", \"value\"}}.");
        const Json &tag = inner["equalTo"];
        if (!tag.contains("key") || !tag["key"].is_string() || tag["key"].get<std::string>().empty() ||
            (tag.contains("value") && !tag["value"].is_string() && !tag["value"].is_null()))
            return validationError(at + ".equalTo needs a string \"key\" and a string \"value\".");
        node.kind = CaseFilterNode::Kind::Tag;
        node.value = tag;
        return node;
    }
    if (member == "andAll" || member == "orAll") {
        if (!inner.is_array() || inner.size() > kMaxFilterList)
            return validationError(at + " must be a list of at most 10 filters.");
        node.kind = member == "andAll" ? CaseFilterNode::Kind::AndAll : CaseFilterNode::Kind::OrAll;
        for (std::size_t i = 0; i < inner.size(); ++i) {
            auto child = readCaseFilter(inner[i], at + "[" + std::to_string(i) + "]");
            if (!child)
                return child.error();
            node.children.push_back(std::move(child).value());
        }
        return node;
    }
    return validationError(where + " has an unknown member \"" + member +
                           "\"; it must be one of field, not, tag, andAll, orAll.");
}

bool CaseFilterNode::matches(const StoredCase &stored) const
{
    switch (kind) {
    case Kind::Field:
        return fieldMatches(*this, stored);
    case Kind::Not:
        return !children.front().matches(stored);
    case Kind::Tag: {
        const std::string key = value["key"].get<std::string>();
        const auto it = stored.tags.find(key);
        if (it == stored.tags.end())
            return false;
        const Json expected = value.value("value", Json());
        return *it == expected;
    }
    case Kind::AndAll:
        return std::all_of(children.begin(), children.end(),
                           [&](const CaseFilterNode &child) { return child.matches(stored); });
    case Kind::OrAll:
        return std::any_of(children.begin(), children.end(),
                           [&](const CaseFilterNode &child) { return child.matches(stored); });
    }
    return false;
}

ApiResult<std::vector<CaseSort>> readCaseSorts(const Json &body)
{
    std::vector<CaseSort> sorts;
    const auto it = body.find("sorts");
    if (it == body.end() || it->is_null())
        return sorts;
    if (!it->is_array() || it->size() > 2)
        return validationError("sorts must be a list of at most 2 sorts.");
    for (std::size_t i = 0; i < it->size(); ++i) {
        const Json &sort = (*it)[i];
        const std::string where = "sorts[" + std::to_string(i) + "]";
        if (!sort.is_object() || !sort.contains("fieldId") || !sort["fieldId"].is_string() ||
            sort["fieldId"].get<std::string>().empty())
            return validationError(where + ".fieldId is required.");
        const std::string order = sort.value("sortOrder", Json()).is_string()
                                      ? sort["sortOrder"].get<std::string>()
                                      : std::string();
        if (order != "Asc" && order != "Desc")
            return validationError(where + ".sortOrder must be Asc or Desc.");
        sorts.push_back({sort["fieldId"].get<std::string>(), order == "Asc"});
    }
    return sorts;
}

std::vector<const StoredCase *> orderCases(std::vector<const StoredCase *> cases,
                                           const std::vector<CaseSort> &sorts)
{
    // Creation order reversed: newest first, the order ties fall back on.
    std::reverse(cases.begin(), cases.end());
    std::stable_sort(cases.begin(), cases.end(), [&](const StoredCase *a, const StoredCase *b) {
        for (const CaseSort &sort : sorts) {
            const Json *left = a->value(sort.fieldId);
            const Json *right = b->value(sort.fieldId);
            const bool leftEmpty = isEmptyValue(left);
            const bool rightEmpty = isEmptyValue(right);
            if (leftEmpty != rightEmpty)
                return rightEmpty; // a case without the field goes last either way
            if (leftEmpty)
                continue;
            const auto order = compareValues(left, *right);
            if (!order || *order == 0)
                continue;
            return sort.ascending ? *order < 0 : *order > 0;
        }
        return false;
    });
    return cases;
}

bool matchesSearchTerm(const StoredCase &stored, const std::string &term)
{
    if (term.empty())
        return true;
    const std::string needle = lower(term);
    for (const Json &field : stored.fields) {
        const Json &value = field["value"];
        for (const char *member : {"stringValue", "userArnValue"})
            if (value.contains(member) &&
                lower(value[member].get<std::string>()).find(needle) != std::string::npos)
                return true;
    }
    return false;
}

} // namespace cw::emu
