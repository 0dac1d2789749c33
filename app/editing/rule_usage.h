#pragma once
// Where rules are used: the template fields each rule is attached to, as the explorer and the
// rule editor show it ("Customer support › Resolution notes").

#include "model/domain_snapshot.h"

#include <QStringList>
#include <map>
#include <string>

namespace cw::ui {

// Keyed by the id templates use for the rule (its caseRuleId, or "local:<slug>" while it is new),
// in template order. Deleted templates are left out.
std::map<std::string, QStringList> ruleUsages(const DomainSnapshot &snapshot);

} // namespace cw::ui
