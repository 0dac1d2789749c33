// GetCase's wire shape {id, templateId, fields: [{id, value: {stringValue: ...}}]} as the flat
// {fieldId: value} object rule engines take. Done once, before any engine's timed loop.
//   stringValue, userArnValue -> string (a User field equals a stringValue with its text, docs 1.6)
//   doubleValue -> number, booleanValue -> boolean, emptyValue -> null, absent -> no property
//   a member this version does not know -> a fresh object, which equals no literal and is not null
// When a case lists a field twice the first value counts, as in Casewright (SampleCase::find).

function flatValue(value) {
  if (value && typeof value === "object") {
    if ("stringValue" in value) return value.stringValue;
    if ("userArnValue" in value) return value.userArnValue;
    if ("doubleValue" in value) return value.doubleValue;
    if ("booleanValue" in value) return value.booleanValue;
    if ("emptyValue" in value) return null;
  }
  return { unknownValue: value };
}

export function flattenCase(sampleCase) {
  const flat = {};
  for (const field of sampleCase.fields ?? [])
    if (!Object.prototype.hasOwnProperty.call(flat, field.id)) flat[field.id] = flatValue(field.value);
  return flat;
}

export function flattenCases(document) {
  return (document.cases ?? []).map((sampleCase) => ({ id: sampleCase.id, values: flattenCase(sampleCase) }));
}
