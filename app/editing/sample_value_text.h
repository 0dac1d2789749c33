#pragma once
// How the preview writes and reads a case's field value: single-selects by option name,
// numbers as JSON writes them (whatever the desktop's locale), booleans as true/false, an
// explicit emptyValue as "(empty)" and an absent field as nothing at all.

#include "model/domain_snapshot.h"
#include "model/sample_case.h"

#include <QMetaType>
#include <QString>
#include <optional>

Q_DECLARE_METATYPE(cw::Value)

namespace cw::editing {

QString numberText(double number);
// "(empty)" for emptyValue, "" for nullptr (absent).
QString valueDisplayText(const Value *value, const Field *field, const std::vector<FieldOption> *options);
// For tooltips: what is stored, e.g. `stringValue "closed"`, `emptyValue`, `(absent)`.
QString valueWireText(const Value *value);

// What a user typed, as a value of the field's type: "" leaves the field out (nullopt inside an
// ok result), "(empty)" stores emptyValue; a number field wants a number, a boolean one
// true/false. A single-select takes an option's name or value and stores the value.
Result<std::optional<Value>> valueFromText(const QString &text, const Field *field,
                                           const std::vector<FieldOption> *options);

// A value of another type than the field's (the evaluator compares by the value's own type,
// so such a value never equals the rules' operands).
bool valueFitsField(const Value &value, const Field *field);

} // namespace cw::editing
