#pragma once
// Everything Casewright knows about one Cases domain at one moment: the domain snapshot file,
// used by the CLI, the tests, the emulator's state and, later, a project's pulled base.

#include "model/case_rule.h"
#include "model/case_template.h"
#include "model/field.h"
#include "model/id_index.h"
#include "model/layout.h"

#include <map>
#include <string>
#include <vector>

namespace cw {

struct DomainSnapshot {
    std::string domainId;
    std::string domainArn;
    std::string name;
    std::vector<Field> fields;
    std::map<std::string, std::vector<FieldOption>> fieldOptions; // fieldId -> options
    std::vector<Layout> layouts;
    std::vector<CaseTemplate> templates;
    std::vector<CaseRule> caseRules;
    Json extra = Json::object();

    const Field *findField(const std::string &fieldId) const;
    const CaseRule *findRule(const std::string &caseRuleId) const;
    const CaseTemplate *findTemplate(const std::string &templateId) const;
    const Layout *findLayout(const std::string &layoutId) const;
    const std::vector<FieldOption> *optionsOf(const std::string &fieldId) const;

private:
    // Lookup caches only (see id_index.h): copies, moves and comparisons ignore them.
    IdIndex m_fieldIndex;
    IdIndex m_ruleIndex;
    IdIndex m_templateIndex;
    IdIndex m_layoutIndex;
};

} // namespace cw
