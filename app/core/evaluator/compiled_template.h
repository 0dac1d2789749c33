#pragma once
// A case template compiled for the preview, which re-runs every sample case on each keystroke.
// compile() does all the string work once: the fields conditions read get dense slot indexes,
// every operand a ValueId, every condition a place in three flat passes (comparisons, compounds,
// rules). A case is then bound once -- its values become ValueIds in slot order -- and
// evaluate() runs integer compares and bit operations only, writing into a caller-owned buffer
// without allocating. After compile() nothing changes: threads may share one CompiledTemplate,
// each evaluating into its own OutcomeBuffer.
//
// Semantics, and the project's decisions where the service documents none: docs/evaluation.md.

#include "common/result.h"
#include "evaluator/case_outcome.h"
#include "evaluator/case_table.h"
#include "evaluator/value_interner.h"
#include "model/domain_snapshot.h"
#include "model/sample_case.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace cw {

// One case's values as ValueIds, one per field the template's conditions read. Only valid with
// the CompiledTemplate that bound it.
class BoundCase {
public:
    const std::string &caseId() const { return m_caseId; }

private:
    friend class CompiledTemplate;
    std::string m_caseId;
    std::vector<ValueId> m_values;
};

// A CaseTable bound to one CompiledTemplate (CompiledTemplate::bindTable): for each slot, the
// table's column and the ValueId of each of that column's codes, found with one interner lookup
// per distinct value. Binding a row is then a gather. Only valid with the template and the table
// that made it.
class TableBinding {
private:
    friend class CompiledTemplate;
    static constexpr std::uint32_t kNoColumn = ~std::uint32_t{0};
    std::vector<std::uint32_t> m_columns; // per slot: the table's column, or kNoColumn
    std::vector<std::uint32_t> m_offsets; // per slot: where its codes' ValueIds start in m_valueIds
    std::vector<ValueId> m_valueIds;      // per slot, per code; code 0 (absent) is kEmptyValueId
    std::size_t m_rows = 0;
    std::size_t m_tableColumns = 0;
};

// Where evaluate() writes one case's results; make it with CompiledTemplate::makeBuffer() and
// reuse it for every case.
class OutcomeBuffer {
public:
    static constexpr std::uint8_t kRequiredBit = 1;
    static constexpr std::uint8_t kHiddenBit = 2;

    std::size_t fieldCount() const { return m_flags.size(); }
    bool required(std::size_t field) const { return (m_flags[field] & kRequiredBit) != 0; }
    bool hidden(std::size_t field) const { return (m_flags[field] & kHiddenBit) != 0; }

private:
    friend class CompiledTemplate;
    std::vector<std::uint8_t> m_flags;       // per governed field
    std::vector<std::uint8_t> m_truth;       // per comparison and compound: 0 or 1
    std::vector<std::uint8_t> m_ruleValues;  // per compiled required/hidden rule
    std::vector<std::uint32_t> m_optionSets; // per fieldOptions attachment: the option set offered
};

class CompiledTemplate {
public:
    // Fails only when the template is not in the snapshot. Rules the template references but
    // cannot apply (unknown id, deleted, no fieldId, unknown kind) are skipped and listed.
    static Result<CompiledTemplate> compile(const DomainSnapshot &snapshot, const std::string &templateId);

    const std::string &templateId() const { return m_templateId; }
    const std::vector<SkippedAttachment> &skipped() const { return m_skipped; }

    // Governed fields: every field the template's requiredFields or rules name, indexed
    // 0..fieldCount()-1 in that order. These are the indexes of OutcomeBuffer.
    std::size_t fieldCount() const { return m_fieldIds.size(); }
    const std::string &fieldId(std::size_t field) const { return m_fieldIds[field]; }
    const std::string &fieldName(std::size_t field) const { return m_fieldNames[field]; }
    std::optional<std::size_t> indexOf(const std::string &fieldId) const;

    // Distinct required/hidden rules compiled (a rule attached to several fields counts once).
    std::size_t booleanRuleCount() const { return m_rules.size(); }

    // Values of fields no condition or fieldOptions parent reads are ignored; when a case lists
    // a field twice the first value counts (as SampleCase::find does).
    BoundCase bindCase(const SampleCase &sampleCase) const;
    void bindCase(const SampleCase &sampleCase, BoundCase &out) const; // reuses out's storage

    // The same binding for every case of a CaseTable (case_table.h): for re-running unchanged
    // cases after a rule edit, when only the template is new. bindRow gives exactly what
    // bindCase gives for the table's row-th case; a row or binding that does not fit binds no
    // values (every field absent).
    TableBinding bindTable(const CaseTable &table) const;
    void bindRow(const TableBinding &binding, const CaseTable &table, std::size_t row, BoundCase &out) const;

    OutcomeBuffer makeBuffer() const;
    // The hot path: no allocation once `out` came from makeBuffer().
    void evaluate(const BoundCase &boundCase, OutcomeBuffer &out) const;
    // The options a governed field offers after evaluate(); nullopt when no fieldOptions rule
    // governs it. Allocates: for reporting, not for the hot path.
    std::optional<std::vector<std::string>> allowedOptions(const OutcomeBuffer &buffer, std::size_t field,
                                                           bool *allOptionsAllowed = nullptr) const;
    // The same without copying, for writers of many cases: the template's own option list, or
    // `scratch` when several rules had to be intersected; nullptr when none governs the field.
    const std::vector<std::string> *allowedOptionsView(const OutcomeBuffer &buffer, std::size_t field,
                                                       bool *allOptionsAllowed,
                                                       std::vector<std::string> &scratch) const;

    // Bind, evaluate and report in one call; explanations only with Explain::Yes.
    CaseOutcome evaluate(const SampleCase &sampleCase, Explain explain = Explain::No) const;

private:
    friend class TemplateCompiler;

    enum class Op : std::uint8_t { Equal, NotEqual, All, Any, Never };

    // Every condition of every rule, in pre-order, for the structure explanations walk: the
    // children of node i start at i + 1 and `end` is one past its subtree. Evaluation does not
    // walk this tree; it runs the three flat passes below, which leave every condition's truth
    // in OutcomeBuffer::m_truth at the node's `truth` index.
    struct Node {
        std::uint32_t end = 0;
        std::uint32_t truth = 0; // index into OutcomeBuffer::m_truth
        Op op = Op::Never;
        bool value = false; // top-level nodes: the rule's value when this condition is true
    };
    struct NodeInfo {
        std::string description; // `Status equals "Closed"`
        bool leavesDisagree = false;
    };
    // Truth indexes: 0 is a condition that is never true; comparison c puts "equal" at
    // 1 + 2c and "not equal" at 2 + 2c; compounds follow. Rules of one template test the same
    // few fields against the same few values, so equal comparisons are evaluated once.
    static constexpr std::uint32_t kNeverTrue = 0;
    // Pass 1, one per distinct (field, operand).
    struct ComparisonCode {
        std::uint32_t slot = 0;
        ValueId operand = kUnmatchableValueId;
    };
    // Pass 2, in post-order so children are ready: all / any of the children's truths.
    struct CompoundCode {
        std::uint32_t truth = 0;
        std::uint32_t childBegin = 0; // into m_compoundChildren (truth indexes)
        std::uint32_t childCount = 0;
        bool all = false;
    };
    // Pass 3: the first true top-level condition gives the value, else the default.
    struct BooleanRuleCode {
        std::uint32_t topBegin = 0; // into m_ruleTops (node indexes)
        std::uint32_t topEnd = 0;
        std::uint64_t valueMask = 0; // bit k: the value of top-level condition k (first 64)
        bool defaultValue = false;
        std::uint32_t info = 0; // index into m_ruleInfos
    };
    struct RuleInfo {
        std::string caseRuleId;
        std::string name;
    };
    struct BooleanAttachment {
        std::uint32_t rule = 0;  // index into m_rules
        std::uint32_t field = 0; // governed field
        std::uint8_t bit = 0;    // OutcomeBuffer::kRequiredBit or kHiddenBit
    };
    struct OptionsAttachment {
        std::uint32_t field = 0;       // governed field
        std::uint32_t parent = 0;      // slot of the parent (the never-bound slot when none)
        std::uint32_t tableOffset = 0; // into m_optionTables: one option set per ValueId
        std::uint32_t allSet = 0;      // the set offered when the parent does not restrict
        std::uint32_t info = 0;        // index into m_ruleInfos
        bool optionsKnown = false;     // the snapshot lists the child field's options
    };

    bool evaluateRule(const BooleanRuleCode &rule, const std::uint8_t *truth) const;

    CaseOutcome report(const OutcomeBuffer &buffer, const SampleCase &sampleCase, Explain explain) const;
    Explanation explainRule(const BooleanRuleCode &rule, bool hiddenAspect, const std::uint8_t *truth) const;
    std::string conditionPath(std::uint32_t top, std::uint32_t ordinal, const std::uint8_t *truth,
                              std::uint32_t *decider) const;
    Explanation explainOptions(const OptionsAttachment &attachment, std::uint32_t set,
                               const SampleCase &sampleCase) const;

    std::string m_templateId;
    // Governed fields (outputs).
    std::vector<std::string> m_fieldIds;
    std::vector<std::string> m_fieldNames; // display names
    std::unordered_map<std::string, std::uint32_t> m_fieldIndex;
    std::vector<std::uint8_t> m_templateFlags; // per governed field: required by the template
    // Fields conditions and fieldOptions parents read (inputs), plus one slot no case fills.
    std::vector<std::string> m_slotFieldIds;
    std::vector<std::string> m_slotFieldNames;
    std::unordered_map<std::string, std::uint32_t> m_slotIndex;
    std::uint32_t m_emptySlot = 0;
    ValueInterner m_values;

    std::vector<Node> m_nodes;
    std::vector<NodeInfo> m_nodeInfos;
    std::vector<ComparisonCode> m_comparisons;
    std::vector<CompoundCode> m_compounds;
    std::uint32_t m_truthCount = 1;
    std::vector<std::uint32_t> m_compoundChildren;
    std::vector<std::uint32_t> m_ruleTops;      // node index of each rule's top-level conditions
    std::vector<std::uint32_t> m_ruleTopTruths; // their truth indexes, parallel to m_ruleTops
    std::vector<BooleanRuleCode> m_rules;
    std::vector<RuleInfo> m_ruleInfos;
    std::vector<BooleanAttachment> m_booleanAttachments;
    std::vector<OptionsAttachment> m_optionsAttachments;
    std::vector<std::uint32_t> m_optionTables;
    std::vector<std::vector<std::string>> m_optionSets; // option values in display order
    std::vector<SkippedAttachment> m_skipped;
};

// Every case in order, single-threaded (the GUI runs it off its thread).
std::vector<CaseOutcome> evaluateAll(const CompiledTemplate &compiled, const std::vector<SampleCase> &cases,
                                     Explain explain = Explain::No);

} // namespace cw
