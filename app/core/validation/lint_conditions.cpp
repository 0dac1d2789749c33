// The lint of a required/hidden rule's conditions, on the exact truth table of the rule
// (condition_table.h): groups that can never be true, conditions that can never decide because
// earlier ones always decide first, and conditions whose removal would change nothing.

#include "validation/condition_table.h"
#include "validation/describe.h"
#include "validation/finding_codes.h"
#include "validation/lint_checks.h"

#include <algorithm>

namespace cw::validation {
namespace {

class RuleAnalysis {
public:
    RuleAnalysis(FindingSink &sink, const DomainSnapshot &context, const std::string &ruleTitle,
                 RuleDetails::Kind kind, const BooleanRule &rule, const ConditionTable &table)
        : m_sink(sink), m_context(context), m_title(ruleTitle), m_kind(kind), m_rule(rule), m_table(table),
          m_count(rule.conditions.size()), m_truth(m_count, std::vector<char>(table.rowCount()))
    {
        for (std::size_t i = 0; i < m_count; ++i)
            for (std::size_t row = 0; row < table.rowCount(); ++row)
                m_truth[i][row] = table.holds(rule.conditions[i], row);
    }

    void reportContradictoryGroups(const std::vector<Condition> &conditions, const std::string &listPointer,
                                   const std::string &numberPrefix)
    {
        for (std::size_t i = 0; i < conditions.size(); ++i) {
            const Condition &condition = conditions[i];
            const std::string number =
                (numberPrefix.empty() ? std::string() : numberPrefix + ".") + std::to_string(i + 1);
            const std::string pointer = pointerJoin(listPointer, i);
            if (condition.kind == Condition::Kind::AndAll && neverHolds(condition))
                m_sink.warning(codes::LintConditionContradictory, pointer,
                               m_title + ": condition " + number + " (" +
                                   describeCondition(condition, m_context) +
                                   ") can never be true: " + contradiction(condition) +
                                   ". Correct the values it compares, or remove it.");
            if (condition.isCompound())
                reportContradictoryGroups(condition.children,
                                          pointerJoin(pointer, toString(condition.kind)) + "/conditions",
                                          number);
        }
    }

    void reportDecisionProblems(const std::string &listPointer)
    {
        std::vector<bool> live(m_count, false);
        for (std::size_t i = 0; i < m_count; ++i) {
            if (!satisfiable(i))
                continue; // a contradictory group, reported above
            const std::vector<std::size_t> coverers = earlierCoverers(i);
            live[i] = coverers.empty();
            if (!live[i])
                m_sink.warning(
                    codes::LintConditionShadowed, pointerJoin(listPointer, i),
                    m_title + ": condition " + std::to_string(i + 1) + " (" + describe(i) +
                        ") can never decide: whenever it is true, " +
                        (coverers.size() == 1 ? std::string() : "one of ") + conditionList(coverers) +
                        " is true as well and decides first. Remove it, or move it up if it should "
                        "win.");
        }
        for (std::size_t i = 0; i < m_count; ++i)
            if (live[i])
                reportIfChangesNothing(i, live, listPointer);
    }

private:
    bool neverHolds(const Condition &condition) const
    {
        for (std::size_t row = 0; row < m_table.rowCount(); ++row)
            if (m_table.holds(condition, row))
                return false;
        return true;
    }

    // Names two conditions of the group that exclude each other, when there are such two.
    std::string contradiction(const Condition &group) const
    {
        const auto &children = group.children;
        for (std::size_t a = 0; a < children.size(); ++a)
            for (std::size_t b = a + 1; b < children.size(); ++b)
                if (neverHolds(Condition::andAll({children[a], children[b]})))
                    return "it needs " + describeCondition(children[a], m_context) + " and " +
                           describeCondition(children[b], m_context) + " at once";
        return "its conditions exclude each other";
    }

    bool satisfiable(std::size_t i) const
    {
        for (char value : m_truth[i])
            if (value)
                return true;
        return false;
    }

    // Empty when condition i decides in some case. Otherwise the earlier conditions that decide
    // instead: the first single one that is true whenever i is, or else all that ever are.
    std::vector<std::size_t> earlierCoverers(std::size_t i) const
    {
        for (std::size_t row = 0; row < m_table.rowCount(); ++row)
            if (m_truth[i][row] && firstTrue(row, 0) == i)
                return {};
        for (std::size_t j = 0; j < i; ++j) {
            bool covers = true;
            for (std::size_t row = 0; row < m_table.rowCount() && covers; ++row)
                covers = !m_truth[i][row] || m_truth[j][row];
            if (covers)
                return {j};
        }
        std::vector<std::size_t> coverers;
        for (std::size_t j = 0; j < i; ++j)
            for (std::size_t row = 0; row < m_table.rowCount(); ++row)
                if (m_truth[i][row] && m_truth[j][row]) {
                    coverers.push_back(j);
                    break;
                }
        return coverers;
    }

    std::size_t firstTrue(std::size_t row, std::size_t from,
                          const std::vector<bool> *onlyLive = nullptr) const
    {
        for (std::size_t j = from; j < m_count; ++j)
            if (m_truth[j][row] && (!onlyLive || (*onlyLive)[j]))
                return j;
        return m_count;
    }

    bool valueFrom(std::size_t decider) const
    {
        return decider < m_count ? conditionResult(m_rule.conditions[decider]) : m_rule.defaultValue;
    }

    // Condition i changes nothing when, in every case it decides, the rule would have the same
    // value without it. That must hold both with the later conditions as they are and with the
    // ones that never decide removed, so that following this warning and the "shadowed" ones
    // together keeps the rule's behaviour.
    void reportIfChangesNothing(std::size_t i, const std::vector<bool> &live, const std::string &listPointer)
    {
        const bool result = valueFrom(i);
        std::vector<std::size_t> takers;
        for (std::size_t row = 0; row < m_table.rowCount(); ++row) {
            if (!m_truth[i][row] || firstTrue(row, 0) != i)
                continue;
            const std::size_t next = firstTrue(row, i + 1);
            const std::size_t nextLive = firstTrue(row, i + 1, &live);
            if (valueFrom(next) != result || valueFrom(nextLive) != result)
                return;
            if (nextLive < m_count && std::find(takers.begin(), takers.end(), nextLive) == takers.end())
                takers.push_back(nextLive);
        }
        const std::string pointer = pointerJoin(listPointer, i);
        const std::string head = m_title + ": condition " + std::to_string(i + 1) + " (" + describe(i) +
                                 ") makes the field " + outcomeWord(m_kind, result);
        if (result == m_rule.defaultValue) {
            m_sink.warning(
                codes::LintConditionSameAsDefault, pointer,
                head +
                    ", which is the rule's default value, and no later condition would give "
                    "anything else where it decides, so it changes nothing. Remove it, or change its "
                    "result to " +
                    outcomeWord(m_kind, !result) + ".");
            return;
        }
        std::sort(takers.begin(), takers.end());
        m_sink.warning(codes::LintConditionRedundant, pointer,
                       head + ", but wherever it decides, " + conditionList(takers) + " would make it " +
                           outcomeWord(m_kind, result) + " anyway, so it changes nothing. Remove it.");
    }

    std::string describe(std::size_t i) const { return describeCondition(m_rule.conditions[i], m_context); }

    FindingSink &m_sink;
    const DomainSnapshot &m_context;
    const std::string &m_title;
    RuleDetails::Kind m_kind;
    const BooleanRule &m_rule;
    const ConditionTable &m_table;
    std::size_t m_count;
    std::vector<std::vector<char>> m_truth; // m_truth[condition][row]
};

} // namespace

void lintBooleanRule(FindingSink &sink, const DomainSnapshot &context, const std::string &ruleTitle,
                     RuleDetails::Kind kind, const BooleanRule &details, const std::string &pointer)
{
    const std::string listPointer = pointer + "/conditions";
    if (details.conditions.empty()) {
        sink.warning(codes::LintRuleNoConditions, listPointer,
                     ruleTitle + " has no conditions, so it always makes the field " +
                         outcomeWord(kind, details.defaultValue) +
                         (kind == RuleDetails::Kind::Required && details.defaultValue
                              ? "; to make a field always required, list it in the template's required fields"
                              : std::string()) +
                         ". Add conditions, or detach and delete the rule.");
        return;
    }
    if (!isAnalyzable(details))
        return;
    const std::optional<ConditionTable> table = ConditionTable::build({&details.conditions}, context);
    if (!table)
        return;
    RuleAnalysis analysis(sink, context, ruleTitle, kind, details, *table);
    analysis.reportContradictoryGroups(details.conditions, listPointer, {});
    analysis.reportDecisionProblems(listPointer);
}

} // namespace cw::validation
