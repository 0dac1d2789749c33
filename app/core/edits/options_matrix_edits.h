#pragma once
// The options matrix as data: which parent values (rows) and child values (columns) it shows, and
// the edits a check box, a row or a column makes to a fieldOptions rule. No Qt: the model and the
// editor only present these.
//
// A row's check boxes are the child values its mapping lists. Checking the first one adds the
// parent value's mapping; clearing the last one removes it, so the parent value goes back to
// "not mapped" (the child then offers all its options -- docs/evaluation.md). Mappings are kept in
// the parent field's option order and child values in the child field's, so edits make small diffs.

#include "model/case_rule.h"
#include "model/field.h"

#include <cstddef>
#include <string>
#include <vector>

namespace cw {

// The service's limits on one fieldOptions rule.
inline constexpr std::size_t kMinOptionMappings = 1;
inline constexpr std::size_t kMaxOptionMappings = 200;
inline constexpr std::size_t kMaxChildValuesPerMapping = 1500;

// One row or column: a field option, or a value the rule maps that is no option of the field.
struct MatrixEntry {
    std::string value;
    std::string name; // the option's name; the value itself when it is no option
    bool active = true;
    bool isOption = true;
};

// The field's options in their order, then the values the rule names that are no option, in the
// rule's order. `options` may be null (the project holds none for the field).
std::vector<MatrixEntry> parentEntries(const std::vector<FieldOption> *options, const FieldOptionsRule &rule);
std::vector<MatrixEntry> childEntries(const std::vector<FieldOption> *options, const FieldOptionsRule &rule);

const OptionsMapping *findMapping(const FieldOptionsRule &rule, const std::string &parentValue);
bool isOffered(const FieldOptionsRule &rule, const std::string &parentValue, const std::string &childValue);

// Every (parent, child) pair of the two lists made offered or not, as described above.
// `parentOrder` and `childOrder` are the matrix's rows and columns (their values), which place new
// mappings and new child values.
void setOffered(FieldOptionsRule &rule, const std::vector<MatrixEntry> &parentOrder,
                const std::vector<MatrixEntry> &childOrder, const std::vector<std::string> &parents,
                const std::vector<std::string> &children, bool offered);

// After another parent (child) field is picked: the mappings (child values) that are options of
// the new field are kept, the others dropped; a mapping left without child values is dropped too.
// Returns how many mappings (child values) were dropped. Null `options`: nothing is known, all kept.
std::size_t keepParentValues(FieldOptionsRule &rule, const std::vector<FieldOption> *options);
std::size_t keepChildValues(FieldOptionsRule &rule, const std::vector<FieldOption> *options);

} // namespace cw
