#pragma once
// Which part of the template editor a validation or lint finding is about, and the findings of
// one template out of the document's (their pointers start "/templates/N").

#include "validation/finding.h"

#include <QString>
#include <cstddef>
#include <string>
#include <vector>

namespace cw::ui {

class ProjectDocument;

struct TemplateFindingTarget {
    enum class Element { Template, Name, Description, Status, Layout, RequiredFields, Attachment };
    Element element = Element::Template;
    std::size_t index = 0; // Attachment: the index in the template's rules
};

// From a pointer inside the template: "/name", "/requiredFields/2/fieldId", "/rules/4/caseRuleId".
TemplateFindingTarget locateTemplateFinding(const std::string &pointerInTemplate);

// The document's findings whose pointer lies inside the template, with "/templates/N" removed.
std::vector<Finding> templateFindings(const ProjectDocument &document, const QString &slug);

} // namespace cw::ui
