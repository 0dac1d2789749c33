// CompiledTemplate::compile: turns a template and the rules it attaches into flat arrays.
#include "evaluator/compiled_template.h"
#include "evaluator/condition_text.h"
#include "evaluator/option_order.h"

#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace cw {
namespace {
// The service allows 2 levels; deeper trees only come from hand-edited files. Beyond this the
// subtree is never true, which keeps compile recursion bounded.
constexpr int kMaxConditionDepth = 32;

// A comparison leaf's `result`, in pre-order, as far as the depth limit reaches.
void collectLeafResults(const Condition &condition, int depth, std::vector<bool> &out)
{
    if (condition.isComparison()) {
        out.push_back(condition.result);
        return;
    }
    if (condition.isCompound() && depth < kMaxConditionDepth)
        for (const Condition &child : condition.children)
            collectLeafResults(child, depth + 1, out);
}

std::uint32_t sizeOf(std::size_t size)
{
    return static_cast<std::uint32_t>(size);
}

// A compound's truth index is known only once every comparison is: until finish() it is
// written as its ordinal with this bit set.
constexpr std::uint32_t kCompoundTag = 0x80000000u;
} // namespace

class TemplateCompiler {
public:
    TemplateCompiler(const DomainSnapshot &snapshot, CompiledTemplate &out) : m_snapshot(snapshot), m_out(out)
    {
    }

    void run(const CaseTemplate &caseTemplate)
    {
        m_out.m_templateId = caseTemplate.templateId;
        internGovernedFields(caseTemplate);
        if (caseTemplate.rules)
            for (std::size_t i = 0; i < caseTemplate.rules->size(); ++i)
                attach(i, (*caseTemplate.rules)[i]);
        finish();
    }

private:
    using Node = CompiledTemplate::Node;
    using Op = CompiledTemplate::Op;

    struct PendingTable {
        std::size_t attachment = 0;
        bool hasParent = false;
        std::vector<std::pair<ValueId, std::uint32_t>> setByValue;
    };

    std::string displayName(const std::string &fieldId) const
    {
        const Field *field = m_snapshot.findField(fieldId);
        return field && !field->name.empty() ? field->name : fieldId;
    }

    void internGovernedFields(const CaseTemplate &caseTemplate)
    {
        const auto govern = [&](const std::string &fieldId) {
            const auto [it, inserted] =
                m_out.m_fieldIndex.try_emplace(fieldId, sizeOf(m_out.m_fieldIds.size()));
            if (inserted) {
                m_out.m_fieldIds.push_back(fieldId);
                m_out.m_fieldNames.push_back(displayName(fieldId));
                m_out.m_templateFlags.push_back(0);
            }
            return it->second;
        };
        if (caseTemplate.requiredFields)
            for (const RequiredField &field : *caseTemplate.requiredFields)
                m_out.m_templateFlags[govern(field.fieldId)] = OutcomeBuffer::kRequiredBit;
        if (caseTemplate.rules)
            for (const TemplateRule &rule : *caseTemplate.rules)
                if (rule.fieldId)
                    govern(*rule.fieldId);
    }

    // A field a condition or a fieldOptions parent reads: it gets a slot in bound cases.
    std::uint32_t slotOf(const std::string &fieldId)
    {
        const auto [it, inserted] =
            m_out.m_slotIndex.try_emplace(fieldId, sizeOf(m_out.m_slotFieldIds.size()));
        if (inserted) {
            m_out.m_slotFieldIds.push_back(fieldId);
            m_out.m_slotFieldNames.push_back(displayName(fieldId));
        }
        return it->second;
    }

    void attach(std::size_t position, const TemplateRule &templateRule)
    {
        const auto skip = [&](std::string reason) {
            m_out.m_skipped.push_back(
                {position, templateRule.caseRuleId, templateRule.fieldId, std::move(reason)});
        };
        if (!templateRule.fieldId) {
            skip("it is attached to no field (fieldId is absent), so it applies to nothing");
            return;
        }
        const CaseRule *rule = m_snapshot.findRule(templateRule.caseRuleId);
        if (!rule) {
            skip("no case rule with this id is in the snapshot");
            return;
        }
        if (rule->isDeleted()) {
            skip("the case rule is deleted");
            return;
        }
        const std::uint32_t field = m_out.m_fieldIndex.at(*templateRule.fieldId);
        switch (rule->rule.kind) {
        case RuleDetails::Kind::Required:
            m_out.m_booleanAttachments.push_back({booleanRule(*rule), field, OutcomeBuffer::kRequiredBit});
            return;
        case RuleDetails::Kind::Hidden:
            m_out.m_booleanAttachments.push_back({booleanRule(*rule), field, OutcomeBuffer::kHiddenBit});
            return;
        case RuleDetails::Kind::FieldOptions:
            attachOptions(*rule, field);
            return;
        case RuleDetails::Kind::Unknown:
            skip("its kind " + quoted(rule->rule.unknownKey) + " is unknown to this version of Casewright");
            return;
        }
    }

    std::uint32_t ruleInfo(const CaseRule &rule)
    {
        const auto [it, inserted] = m_infoByRule.try_emplace(&rule, sizeOf(m_out.m_ruleInfos.size()));
        if (inserted)
            m_out.m_ruleInfos.push_back({rule.caseRuleId, rule.name});
        return it->second;
    }

    // A rule attached to several fields is compiled once and evaluated once per case.
    std::uint32_t booleanRule(const CaseRule &rule)
    {
        const auto found = m_booleanRuleByRule.find(&rule);
        if (found != m_booleanRuleByRule.end())
            return found->second;
        CompiledTemplate::BooleanRuleCode code;
        code.topBegin = sizeOf(m_out.m_ruleTops.size());
        for (const Condition &condition : rule.rule.boolean.conditions) {
            const std::uint32_t top = sizeOf(m_out.m_nodes.size());
            compileCondition(condition, 0);
            m_out.m_ruleTops.push_back(top);
            std::vector<bool> leafResults;
            collectLeafResults(condition, 0, leafResults);
            // A compound's value is its leaves' result; when they disagree the first one wins.
            m_out.m_nodes[top].value = leafResults.empty() ? false : leafResults.front();
            for (bool result : leafResults)
                if (result != leafResults.front())
                    m_out.m_nodeInfos[top].leavesDisagree = true;
        }
        code.topEnd = sizeOf(m_out.m_ruleTops.size());
        for (std::uint32_t k = 0; k < 64 && code.topBegin + k < code.topEnd; ++k)
            code.valueMask |= std::uint64_t{m_out.m_nodes[m_out.m_ruleTops[code.topBegin + k]].value} << k;
        code.defaultValue = rule.rule.boolean.defaultValue;
        code.info = ruleInfo(rule);
        const std::uint32_t index = sizeOf(m_out.m_rules.size());
        m_out.m_rules.push_back(code);
        m_booleanRuleByRule.emplace(&rule, index);
        return index;
    }

    // The truth index of "slot equals operand"; the same comparison is compiled once.
    std::uint32_t comparison(std::uint32_t slot, ValueId operand)
    {
        const std::uint64_t key = (std::uint64_t{slot} << 32) | operand;
        const auto [it, inserted] = m_comparisonByKey.try_emplace(key, sizeOf(m_out.m_comparisons.size()));
        if (inserted)
            m_out.m_comparisons.push_back({slot, operand});
        return 1 + 2 * it->second;
    }

    // Appends the condition's subtree to the pre-order node list and gives it a truth index: a
    // comparison's, or a compound's (added after its children). Returns its description.
    std::string compileCondition(const Condition &condition, int depth)
    {
        const std::uint32_t index = sizeOf(m_out.m_nodes.size());
        m_out.m_nodes.emplace_back();
        m_out.m_nodeInfos.emplace_back();
        Node node;
        node.truth = CompiledTemplate::kNeverTrue;
        std::string description;
        switch (condition.kind) {
        case Condition::Kind::EqualTo:
        case Condition::Kind::NotEqualTo: {
            const std::uint32_t slot = slotOf(condition.fieldId);
            description = describeComparison(condition.kind, m_out.m_slotFieldNames[slot], condition.operand);
            // An operand of unknown type leaves the condition never true, for notEqualTo too.
            if (const auto operand = m_out.m_values.intern(condition.operand)) {
                node.op = condition.kind == Condition::Kind::EqualTo ? Op::Equal : Op::NotEqual;
                node.truth = comparison(slot, *operand) + (node.op == Op::NotEqual ? 1 : 0);
            }
            break;
        }
        case Condition::Kind::AndAll:
        case Condition::Kind::OrAll: {
            if (depth >= kMaxConditionDepth) {
                description = "conditions nested deeper than " + std::to_string(kMaxConditionDepth) +
                              " levels (never true)";
                break;
            }
            node.op = condition.kind == Condition::Kind::AndAll ? Op::All : Op::Any;
            std::vector<std::uint32_t> childNodes;
            std::vector<std::string> children;
            for (const Condition &child : condition.children) {
                childNodes.push_back(sizeOf(m_out.m_nodes.size()));
                children.push_back(compileCondition(child, depth + 1));
            }
            CompiledTemplate::CompoundCode compound;
            compound.childBegin = sizeOf(m_out.m_compoundChildren.size());
            compound.childCount = sizeOf(childNodes.size());
            compound.all = node.op == Op::All;
            for (std::uint32_t child : childNodes)
                m_out.m_compoundChildren.push_back(m_out.m_nodes[child].truth);
            node.truth = kCompoundTag | sizeOf(m_out.m_compounds.size());
            m_out.m_compounds.push_back(compound);
            description = describeCompound(condition.kind, children);
            break;
        }
        case Condition::Kind::Unknown:
            description = describeUnknownCondition(condition.unknownKey);
            break;
        }
        node.end = sizeOf(m_out.m_nodes.size());
        m_out.m_nodes[index] = node;
        m_out.m_nodeInfos[index].description = std::move(description);
        return m_out.m_nodeInfos[index].description;
    }

    std::uint32_t addOptionSet(std::vector<std::string> values)
    {
        m_out.m_optionSets.push_back(std::move(values));
        return sizeOf(m_out.m_optionSets.size() - 1);
    }

    void attachOptions(const CaseRule &rule, std::uint32_t field)
    {
        const FieldOptionsRule &options = rule.rule.options;
        // The option list is the rule's child field's; the attached field stands in when the
        // rule names none (the validator reports a child that differs from the attached field).
        const std::string &childId = options.childFieldId ? *options.childFieldId : m_out.m_fieldIds[field];
        const std::vector<FieldOption> *known = m_snapshot.optionsOf(childId);

        CompiledTemplate::OptionsAttachment attachment;
        attachment.field = field;
        attachment.allSet = addOptionSet(orderedOptionValues(known, nullptr));
        attachment.info = ruleInfo(rule);
        attachment.optionsKnown = known != nullptr;
        PendingTable pending;
        pending.attachment = m_out.m_optionsAttachments.size();
        pending.hasParent = options.parentFieldId.has_value();
        if (options.parentFieldId)
            attachment.parent = slotOf(*options.parentFieldId);
        std::unordered_set<ValueId> mapped;
        for (const OptionsMapping &mapping : options.mappings) {
            const ValueId parentValue = m_out.m_values.internString(mapping.parentValue);
            if (!mapped.insert(parentValue).second)
                continue; // a repeated parent value: the first mapping counts
            pending.setByValue.emplace_back(parentValue,
                                            addOptionSet(orderedOptionValues(known, &mapping.childValues)));
        }
        m_out.m_optionsAttachments.push_back(attachment);
        m_pending.push_back(std::move(pending));
    }

    void finish()
    {
        resolveTruthIndexes();
        layOutOptionTables();
    }

    void resolveTruthIndexes()
    {
        const std::uint32_t compoundBase = 1 + 2 * sizeOf(m_out.m_comparisons.size());
        const auto resolve = [&](std::uint32_t &truth) {
            if (truth & kCompoundTag)
                truth = compoundBase + (truth & ~kCompoundTag);
        };
        for (Node &node : m_out.m_nodes)
            resolve(node.truth);
        for (std::uint32_t &child : m_out.m_compoundChildren)
            resolve(child);
        for (std::size_t k = 0; k < m_out.m_compounds.size(); ++k)
            m_out.m_compounds[k].truth = compoundBase + sizeOf(k);
        for (std::uint32_t top : m_out.m_ruleTops)
            m_out.m_ruleTopTruths.push_back(m_out.m_nodes[top].truth);
        m_out.m_truthCount = compoundBase + sizeOf(m_out.m_compounds.size());
    }

    // Option tables are indexed by ValueId, so they are laid out once every value is interned.
    void layOutOptionTables()
    {
        m_out.m_emptySlot = sizeOf(m_out.m_slotFieldIds.size());
        const std::size_t valueCount = m_out.m_values.count();
        for (const PendingTable &pending : m_pending) {
            CompiledTemplate::OptionsAttachment &attachment = m_out.m_optionsAttachments[pending.attachment];
            if (!pending.hasParent)
                attachment.parent = m_out.m_emptySlot;
            attachment.tableOffset = sizeOf(m_out.m_optionTables.size());
            m_out.m_optionTables.resize(m_out.m_optionTables.size() + valueCount, attachment.allSet);
            for (const auto &[value, set] : pending.setByValue)
                m_out.m_optionTables[attachment.tableOffset + value] = set;
        }
    }

    const DomainSnapshot &m_snapshot;
    CompiledTemplate &m_out;
    std::unordered_map<const CaseRule *, std::uint32_t> m_booleanRuleByRule;
    std::unordered_map<const CaseRule *, std::uint32_t> m_infoByRule;
    std::unordered_map<std::uint64_t, std::uint32_t> m_comparisonByKey;
    std::vector<PendingTable> m_pending;
};

Result<CompiledTemplate> CompiledTemplate::compile(const DomainSnapshot &snapshot,
                                                   const std::string &templateId)
{
    const CaseTemplate *caseTemplate = snapshot.findTemplate(templateId);
    if (!caseTemplate) {
        Location where;
        where.entity = templateId;
        return makeError(
            "evaluator.unknown-template",
            "No template with id " + quoted(templateId) +
                " is in the domain snapshot; pick one of its templates or pull the domain again.",
            where);
    }
    CompiledTemplate compiled;
    TemplateCompiler(snapshot, compiled).run(*caseTemplate);
    return compiled;
}

} // namespace cw
