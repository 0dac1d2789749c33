// Translates one template's case rules into the peers' languages, with Casewright's semantics
// (docs/evaluation.md) -- the benchmark compares engines on the same question, so the
// translation must give the same answers, and run_peers.mjs checks that it does.
//
//   node translate.mjs SNAPSHOT.json TEMPLATE_ID OUT_DIR CASEWRIGHT_CLI
//     OUT_DIR/program.json        the template's shape and each rule in JSON Logic
//     OUT_DIR/zen-tables.json     a ZEN JDM graph: one decision table per rule, hit policy "first"
//     OUT_DIR/zen-expression.json a ZEN JDM graph: one expression node, a ternary chain per rule
//
// The required and hidden rules' JSON Logic is Casewright's own export (`casewright-cli export
// --format jsonlogic`, app/core/wire/jsonlogic_export), so the peers' check also proves that
// export right; a rule it leaves out fails the translation. JSON Logic has no export of
// fieldOptions rules and ZEN none at all: those are written here.
//
// Cases are given to every peer as flat objects {fieldId: value} (flatten.mjs): stringValue and
// userArnValue -> string, doubleValue -> number, booleanValue -> boolean, emptyValue -> null,
// absent -> no property. Then (the export follows the same rules for JSON Logic):
//   equalTo x          -> x === literal            (types never mix: "5" !== 5, true !== "true")
//   equalTo emptyValue -> x === null               (a missing property reads as null in both JSON
//                                                   Logic engines and in ZEN)
//   notEqualTo         -> the negation of the above
//   andAll / orAll     -> and / or; an empty one is false; nesting deeper than 32 is false
//   rule               -> first true condition wins: if(c1, v1, c2, v2, ..., default); a compound's
//                         value is its first comparison's result (depth first)
//   fieldOptions       -> if(parent === "p1", [options], ..., [every active option])
// An operand or condition kind this translation does not know is never true (docs 1.7).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { orderedOptionValues } from "./option_order.mjs";

const kMaxCompoundDepth = 32;

function fail(message) {
  throw new Error(`translate: ${message}`);
}

// operandTwo -> {empty: true} | {value} | null (unknown type: never true).
function operandOf(operandTwo) {
  if (!operandTwo || typeof operandTwo !== "object") return null;
  if ("stringValue" in operandTwo) return { value: operandTwo.stringValue };
  if ("doubleValue" in operandTwo) return { value: operandTwo.doubleValue };
  if ("booleanValue" in operandTwo) return { value: operandTwo.booleanValue };
  if ("emptyValue" in operandTwo) return { empty: true };
  return null;
}

// A condition as a small tree both target languages are written from.
function parseCondition(condition, depth) {
  const [kind] = Object.keys(condition ?? {});
  const body = condition?.[kind];
  if (kind === "equalTo" || kind === "notEqualTo") {
    const operand = operandOf(body?.operandTwo);
    const fieldId = body?.operandOne?.fieldId;
    if (!operand || typeof fieldId !== "string") return { op: "never" };
    return { op: kind === "equalTo" ? "eq" : "ne", fieldId, operand, result: body.result === true };
  }
  if (kind === "andAll" || kind === "orAll") {
    const children = body?.conditions ?? [];
    if (depth >= kMaxCompoundDepth || children.length === 0) return { op: "never" };
    return { op: kind === "andAll" ? "all" : "any", children: children.map((c) => parseCondition(c, depth + 1)) };
  }
  return { op: "never" };
}

// The rule's value when this top-level condition decides: the first comparison's result.
function firstResult(node) {
  if (node.op === "eq" || node.op === "ne") return node.result;
  for (const child of node.children ?? []) {
    const result = firstResult(child);
    if (result !== undefined) return result;
  }
  return undefined;
}

function zenIdentifier(fieldId) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(fieldId) || /^(and|or|not|in|true|false|null)$/.test(fieldId))
    fail(`field id "${fieldId}" is not a ZEN identifier; the benchmark workload uses plain ids`);
  return fieldId;
}

// ZEN literals: JSON's, for the printable ASCII text the workload holds.
function zenLiteral(value) {
  if (typeof value === "string" && !/^[\x20-\x7e]*$/.test(value)) fail(`string ${JSON.stringify(value)} needs escaping`);
  if (typeof value === "string" && /["\\]/.test(value)) fail(`string ${JSON.stringify(value)} needs escaping`);
  if (typeof value === "number") return Object.is(value, -0) ? "0" : String(value);
  return JSON.stringify(value);
}

function toZen(node) {
  switch (node.op) {
    case "eq":
    case "ne": {
      const literal = node.operand.empty ? "null" : zenLiteral(node.operand.value);
      return `${zenIdentifier(node.fieldId)} ${node.op === "eq" ? "==" : "!="} ${literal}`;
    }
    case "all":
      return `(${node.children.map(toZen).join(" and ")})`;
    case "any":
      return `(${node.children.map(toZen).join(" or ")})`;
    default:
      return "false";
  }
}

function checkAscii(values, what) {
  for (const value of values)
    if (!/^[\x00-\x7f]*$/.test(value)) fail(`${what} "${value}" is not ASCII: option_order.mjs orders ASCII only`);
}

// The required and hidden rules' JSON Logic as `casewright-cli export --format jsonlogic` writes
// it: caseRuleId -> JSON Logic, and the export's warnings (the rules it left out, and why).
export function exportedJsonLogic(cli, snapshotPath) {
  const run = spawnSync(cli, ["export", "--format", "jsonlogic", snapshotPath],
                        { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
  if (run.status !== 0)
    fail(`${cli} export --format jsonlogic ${snapshotPath} failed (${run.error ?? `exit ${run.status}`}): ${run.stderr}`);
  const rules = new Map(JSON.parse(run.stdout).rules.map((r) => [r.caseRuleId, r.jsonLogic]));
  return { rules, warnings: run.stderr };
}

// One rule as {kind, jsonLogic, branches: [{zen, value}], otherwise} -- branches tried in order.
function translateRule(rule, attachedFieldId, snapshot, exported) {
  const [kind] = Object.keys(rule.rule ?? {});
  const details = rule.rule?.[kind];
  if (kind === "required" || kind === "hidden") {
    const jsonLogic = exported.rules.get(rule.caseRuleId);
    if (jsonLogic === undefined)
      fail(`casewright-cli export gave no JSON Logic for rule "${rule.name}" (${rule.caseRuleId}); ` +
           `the peers would not answer the same question. ` +
           exported.warnings.split("\n").filter((line) => line.includes(`"${rule.name}"`)).join(" "));
    const tops = (details.conditions ?? []).map((c) => parseCondition(c, 1));
    const fallback = details.defaultValue === true;
    const branches = tops
      .map((node) => ({ node, value: firstResult(node) }))
      .filter((b) => b.value !== undefined) // no comparison inside: never true
      .map(({ node, value }) => ({ zen: toZen(node), value }));
    return { kind, jsonLogic, branches, otherwise: fallback };
  }
  if (kind === "fieldOptions") {
    const childId = details.childFieldId ?? attachedFieldId;
    const known = snapshot.fieldOptions?.[childId] ?? null;
    if (known) checkAscii(known.flatMap((o) => [o.name, o.value]), "option");
    const everything = orderedOptionValues(known, null);
    const parent = details.parentFieldId;
    const seen = new Set();
    const branches = [];
    for (const mapping of parent === undefined ? [] : details.parentChildFieldOptionsMappings ?? []) {
      if (seen.has(mapping.parentFieldOptionValue)) continue; // the first mapping of a value counts
      seen.add(mapping.parentFieldOptionValue);
      const offered = orderedOptionValues(known, mapping.childFieldOptionValues ?? []);
      branches.push({ parentValue: mapping.parentFieldOptionValue, value: offered });
    }
    const jsonLogic = branches.length
      ? { if: [...branches.flatMap((b) => [{ "===": [{ var: parent }, b.parentValue] }, b.value]), everything] }
      : everything;
    return {
      kind,
      jsonLogic,
      branches: branches.map((b) => ({ zen: `${zenIdentifier(parent)} == ${zenLiteral(b.parentValue)}`, value: b.value })),
      otherwise: everything,
    };
  }
  return null; // a kind this version does not know: skipped, like CompiledTemplate does
}

// The template's fields (requiredFields first, then the rules' fields, each once), its rules
// (each distinct rule once) and which rule applies to which field.
// `exported`: exportedJsonLogic() of the same snapshot.
export function translateTemplate(snapshot, templateId, exported) {
  const template = (snapshot.templates ?? []).find((t) => t.templateId === templateId);
  if (!template) fail(`no template "${templateId}" in the snapshot`);
  const fields = [];
  const fieldIndex = new Map();
  const governed = (id) => {
    if (!fieldIndex.has(id)) fieldIndex.set(id, fields.push(id) - 1);
    return fieldIndex.get(id);
  };
  for (const required of template.requiredFields ?? []) governed(required.fieldId);
  const templateRequired = fields.map(() => true);
  const rules = [];
  const ruleIndex = new Map();
  const attachments = [];
  for (const attachment of template.rules ?? []) {
    if (attachment.fieldId === undefined) continue; // applies to nothing
    const field = governed(attachment.fieldId);
    templateRequired[field] ??= false;
    const rule = (snapshot.caseRules ?? []).find((r) => r.caseRuleId === attachment.caseRuleId);
    if (!rule || rule.deleted === true) continue;
    const key = `${rule.caseRuleId}\u0000${attachment.fieldId}`; // fieldOptions depend on the field
    if (!ruleIndex.has(key)) {
      const translated = translateRule(rule, attachment.fieldId, snapshot, exported);
      if (!translated) continue;
      ruleIndex.set(key, rules.push({ caseRuleId: rule.caseRuleId, ...translated }) - 1);
    }
    const index = ruleIndex.get(key);
    const aspect = rules[index].kind === "fieldOptions" ? "options" : rules[index].kind;
    if (aspect === "options" && attachments.some((a) => a.aspect === "options" && a.field === field))
      fail(`field "${attachment.fieldId}" has two fieldOptions rules; this translation does not intersect them`);
    attachments.push({ rule: index, field, aspect });
  }
  for (const id of fields) if (id.includes(".")) fail(`field id "${id}" holds a dot, which JSON Logic's var splits on`);
  return { templateId, fields, templateRequired, rules, attachments };
}

const position = { x: 0, y: 0 };

function graph(middle) {
  const nodes = [{ id: "request", name: "request", type: "inputNode", position, content: {} }, ...middle,
                 { id: "response", name: "response", type: "outputNode", position, content: {} }];
  const edges = middle.flatMap((node) => [
    { id: `in-${node.id}`, sourceId: "request", targetId: node.id, type: "edge" },
    { id: `out-${node.id}`, sourceId: node.id, targetId: "response", type: "edge" },
  ]);
  return { nodes, edges };
}

const zenValue = (value) => (Array.isArray(value) ? `[${value.map(zenLiteral).join(", ")}]` : String(value));

// One decision table per rule: a condition column (a full expression per row) and an output
// column r<k>; the last row has an empty condition (always true) and gives the default.
export function zenDecisionTables(program) {
  return graph(program.rules.map((rule, k) => ({
    id: `rule${k}`,
    name: rule.caseRuleId,
    type: "decisionTableNode",
    position,
    content: {
      hitPolicy: "first",
      inputs: [{ id: "when", name: "condition" }],
      outputs: [{ id: "then", name: `r${k}`, field: `r${k}` }],
      rules: [...rule.branches, { zen: "", value: rule.otherwise }].map((b, row) => ({
        _id: `rule${k}-row${row}`, when: b.zen, then: zenValue(b.value) })),
    },
  })));
}

// One expression node: r<k> = c1 ? v1 : (c2 ? v2 : default).
export function zenExpression(program) {
  const chain = (rule) =>
    rule.branches.reduceRight((otherwise, b) => `(${b.zen}) ? ${zenValue(b.value)} : (${otherwise})`, zenValue(rule.otherwise));
  return graph([{
    id: "rules", name: "rules", type: "expressionNode", position,
    content: { expressions: program.rules.map((rule, k) => ({ id: `e${k}`, key: `r${k}`, value: chain(rule) })) },
  }]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [snapshotPath, templateId, outDir, cli] = process.argv.slice(2);
  if (!cli) {
    console.error("usage: node translate.mjs SNAPSHOT.json TEMPLATE_ID OUT_DIR CASEWRIGHT_CLI");
    process.exit(2);
  }
  const program = translateTemplate(JSON.parse(readFileSync(snapshotPath, "utf8")), templateId,
                                    exportedJsonLogic(cli, snapshotPath));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "program.json"), JSON.stringify(program, null, 1));
  writeFileSync(join(outDir, "zen-tables.json"), JSON.stringify(zenDecisionTables(program), null, 1));
  writeFileSync(join(outDir, "zen-expression.json"), JSON.stringify(zenExpression(program), null, 1));
  console.log(`translated ${program.rules.length} rules over ${program.fields.length} fields into ${outDir}`);
}
