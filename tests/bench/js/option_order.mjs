// The options a fieldOptions rule offers, in the order an agent sees them: a port of
// app/core/evaluator/option_order.cpp (docs/evaluation.md section 4), so the translated rules
// return exactly the arrays Casewright reports. Names compare ignoring ASCII case first, then
// exactly; ties go by value. JavaScript compares UTF-16 code units where C++ compares bytes: the
// two orders agree for ASCII, which is all the benchmark workload holds (translate.mjs checks).

const lower = (text) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function alphabeticalCompare(a, b) {
  return compareCodeUnits(lower(a), lower(b)) || compareCodeUnits(a, b);
}

// known: [{name, value, active}] or null when the snapshot has no option list for the child.
// mapped: the values a mapping lists, or null for "every active option".
export function orderedOptionValues(known, mapped) {
  if (!known) {
    if (!mapped) return [];
    return [...new Set(mapped)].sort(alphabeticalCompare);
  }
  const wanted = mapped ? new Set(mapped) : null;
  const seen = new Set();
  const offered = [];
  for (const option of known) {
    if (option.active === false || (wanted && !wanted.has(option.value))) continue;
    if (seen.has(option.value)) continue;
    seen.add(option.value);
    offered.push(option);
  }
  offered.sort((a, b) =>
    a.name !== b.name ? alphabeticalCompare(a.name, b.name) : alphabeticalCompare(a.value, b.value));
  return offered.map((option) => option.value);
}
