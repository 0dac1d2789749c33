#include "templates/template_finding_map.h"

#include "document/project_document.h"

namespace cw::ui {
namespace {

// The first reference token of `pointer` ("/rules/4/fieldId" -> "rules") and what follows it.
std::string firstToken(const std::string &pointer, std::string &rest)
{
    if (pointer.empty() || pointer[0] != '/') {
        rest.clear();
        return {};
    }
    const std::size_t end = pointer.find('/', 1);
    rest = end == std::string::npos ? std::string() : pointer.substr(end);
    return pointer.substr(1, end == std::string::npos ? std::string::npos : end - 1);
}

bool parseIndex(const std::string &token, std::size_t &index)
{
    if (token.empty() || token.size() > 9)
        return false;
    index = 0;
    for (const char c : token) {
        if (c < '0' || c > '9')
            return false;
        index = index * 10 + std::size_t(c - '0');
    }
    return true;
}

} // namespace

TemplateFindingTarget locateTemplateFinding(const std::string &pointerInTemplate)
{
    using Element = TemplateFindingTarget::Element;
    std::string rest;
    const std::string member = firstToken(pointerInTemplate, rest);
    if (member == "name")
        return {Element::Name, 0};
    if (member == "description")
        return {Element::Description, 0};
    if (member == "status")
        return {Element::Status, 0};
    if (member == "layoutConfiguration")
        return {Element::Layout, 0};
    if (member == "requiredFields")
        return {Element::RequiredFields, 0};
    if (member == "rules") {
        std::string after;
        std::size_t index = 0;
        if (parseIndex(firstToken(rest, after), index))
            return {Element::Attachment, index};
    }
    return {Element::Template, 0};
}

std::vector<Finding> templateFindings(const ProjectDocument &document, const QString &slug)
{
    const auto index = document.templateIndex(slug);
    if (!index)
        return {};
    return findingsUnder(document.findings(), pointerJoin("/templates", *index));
}

} // namespace cw::ui
