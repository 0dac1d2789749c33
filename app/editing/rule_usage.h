#pragma once
// Where rules are used: the template fields each rule is attached to, as the explorer, the rule
// editor and the template editor's rule chips show it ("Customer support › Resolution notes").

#include "model/domain_snapshot.h"

#include <QStringList>
#include <map>
#include <string>
#include <vector>

namespace cw::editing {

// Keyed by the id templates use for the rule (its caseRuleId, or "local:<slug>" while it is new),
// in template order. Deleted templates are left out.
std::map<std::string, QStringList> ruleUsages(const DomainSnapshot &snapshot);

// The same labels for every attachment of `caseRuleId` except this template's to this field.
QStringList otherUsages(const DomainSnapshot &snapshot, const std::string &caseRuleId,
                        const std::string &templateId, const std::string &fieldId);

// "Where is this used" for one field, as its page shows it before the field is changed.
struct FieldUsage {
    enum class Reading { Condition, OptionsParent, OptionsChild };
    struct Reader {
        std::string caseRuleId; // as templates refer to it (caseRuleId or "local:<slug>")
        QString ruleName;
        Reading as = Reading::Condition;
    };
    struct Attachment {
        QString templateName;
        std::string caseRuleId;
        QString ruleName;
    };
    std::vector<Reader> readers;         // rules reading the field, in rule order
    std::vector<Attachment> attachments; // rules attached to the field, in template order
    QStringList requiredIn;              // templates that always require it
};

FieldUsage fieldUsage(const DomainSnapshot &snapshot, const std::string &fieldId);

} // namespace cw::editing
