#pragma once
// The order in which an agent sees a field's options. The admin website lists them
// alphabetically by name; Casewright compares names without regard to ASCII case, then exactly,
// so the order is total and the same on every platform (no locale involved).

#include "model/field.h"

#include <string>
#include <vector>

namespace cw {

// The option values offered, in display order, inactive options left out.
// `known`: the child field's options from the snapshot, or null when the snapshot has none --
// then the values are ordered by value, since no names are known.
// `mapped`: the values a mapping lists, or null for "every active option". With a known option
// list, mapped values that are not options of the field are left out (an agent cannot pick
// them); duplicates are listed once.
std::vector<std::string> orderedOptionValues(const std::vector<FieldOption> *known,
                                             const std::vector<std::string> *mapped);

// Case-insensitive (ASCII) first, then byte order.
bool alphabeticallyBefore(const std::string &a, const std::string &b);

} // namespace cw
