// The JsonLogic `casewright-cli export --format jsonlogic` writes means what the rule means: applied
// by json-logic-js to each case (as the flat {fieldId: value} data README.md describes), the
// required and hidden rules attached to a template give, field by field, the required and hidden
// that `casewright-cli evaluate --json` reports. Run on the sample domain's cases, on the
// evaluation docs' edge cases, and on seeded random cases built from the values the rules test
// (plus empty, absent, other values and values of the wrong type).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { flattenCase } from "../../bench/js/flatten.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, "..", "..", "..");
const cli = process.env.CASEWRIGHT_CLI;
const work = process.env.JSONLOGIC_WORK;
const jsonLogic = createRequire(join(work, "package.json"))("json-logic-js");

function runCli(args) {
  return execFileSync(cli, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
}

// Per case and field, what json-logic-js says, for the fields evaluate reports.
function jsonLogicOutcomes(snapshotPath, casesPath) {
  const snapshot = JSON.parse(readFileSync(snapshotPath, "utf8"));
  const exported = JSON.parse(runCli(["export", "--format", "jsonlogic", snapshotPath]));
  const logicOf = new Map(exported.rules.map((rule) => [rule.caseRuleId, rule]));
  const cases = JSON.parse(readFileSync(casesPath, "utf8")).cases;
  const outcomes = new Map();
  for (const sampleCase of cases) {
    const template = snapshot.templates.find((t) => t.templateId === sampleCase.templateId);
    const data = flattenCase(sampleCase);
    const fields = {};
    const field = (id) => (fields[id] ??= { required: false, hidden: false });
    for (const required of template.requiredFields ?? []) field(required.fieldId).required = true;
    for (const attachment of template.rules ?? []) {
      if (attachment.fieldId === undefined) continue;
      const rule = snapshot.caseRules.find((r) => r.caseRuleId === attachment.caseRuleId);
      if (!rule || rule.deleted === true || rule.rule.fieldOptions) {
        field(attachment.fieldId);
        continue;
      }
      const exportedRule = logicOf.get(rule.caseRuleId);
      assert.ok(exportedRule, `rule ${rule.name} was not exported`);
      const value = jsonLogic.truthy(jsonLogic.apply(exportedRule.jsonLogic, data));
      if (value) field(attachment.fieldId)[exportedRule.type] = true;
      else field(attachment.fieldId);
    }
    outcomes.set(sampleCase.id, fields);
  }
  return outcomes;
}

function compare(snapshotPath, casesPath) {
  const expected = JSON.parse(runCli(["evaluate", snapshotPath, "--cases", casesPath, "--json"]));
  const actual = jsonLogicOutcomes(snapshotPath, casesPath);
  let compared = 0;
  const seen = { required: 0, hidden: 0 };
  for (const result of expected.results) {
    const fields = actual.get(result.case);
    assert.ok(fields, `no JsonLogic outcome for case ${result.case}`);
    for (const [fieldId, outcome] of Object.entries(result.fields)) {
      const mine = fields[fieldId] ?? { required: false, hidden: false };
      assert.equal(mine.required, outcome.required, `case ${result.case}, field ${fieldId}: required`);
      assert.equal(mine.hidden, outcome.hidden, `case ${result.case}, field ${fieldId}: hidden`);
      compared += 1;
      seen.required += outcome.required ? 1 : 0;
      seen.hidden += outcome.hidden ? 1 : 0;
    }
  }
  return { compared, seen, cases: expected.results.length };
}

// A small seeded generator (mulberry32), so a failure can be reproduced.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Every {"var": field} compared with a literal, as field -> set of literals.
function testedValues(logic, into = new Map()) {
  if (Array.isArray(logic)) logic.forEach((item) => testedValues(item, into));
  else if (logic && typeof logic === "object") {
    for (const [op, args] of Object.entries(logic)) {
      if ((op === "===" || op === "!==") && Array.isArray(args) && args[0]?.var !== undefined) {
        if (!into.has(args[0].var)) into.set(args[0].var, []);
        into.get(args[0].var).push(args[1]);
      } else testedValues(args, into);
    }
  }
  return into;
}

function wireValue(value, pick) {
  if (value === null) return { emptyValue: {} };
  if (typeof value === "boolean") return { booleanValue: value };
  if (typeof value === "number") return { doubleValue: value };
  return pick() < 0.2 ? { userArnValue: value } : { stringValue: value };
}

function randomCases(snapshotPath, count, seed) {
  const snapshot = JSON.parse(readFileSync(snapshotPath, "utf8"));
  const exported = JSON.parse(runCli(["export", "--format", "jsonlogic", snapshotPath]));
  const tested = testedValues(exported.rules.map((r) => r.jsonLogic));
  const pick = random(seed);
  const cases = [];
  for (let i = 0; i < count; i += 1) {
    const template = snapshot.templates[Math.floor(pick() * snapshot.templates.length)];
    const fields = [];
    for (const [fieldId, literals] of tested) {
      const choice = pick();
      if (choice < 0.15) continue; // absent
      let value;
      if (choice < 0.25) value = null;
      else if (choice < 0.35) value = ["other", 7, false, ""][Math.floor(pick() * 4)];
      else {
        value = literals[Math.floor(pick() * literals.length)];
        // The same text or number in the wrong type: "5" for 5, 5 for "5", "true" for true.
        if (value !== null && pick() < 0.1) value = typeof value === "string" ? Number(value) || 0 : String(value);
      }
      fields.push({ id: fieldId, value: wireValue(value, pick) });
    }
    cases.push({ id: `random-${i}`, templateId: template.templateId, fields });
  }
  const path = join(work, `random-${seed}.cases.json`);
  writeFileSync(path, JSON.stringify({ cases }));
  return path;
}

const supportCentre = join(source, "resources/sample/support-centre.snapshot.json");
const helpDesk = join(source, "tests/core/evaluator/data/help_desk_snapshot.json");

test("the sample domain's cases", () => {
  const { compared, seen } = compare(supportCentre, join(source, "resources/sample/support-centre.cases.json"));
  assert.ok(compared > 50 && seen.required > 0 && seen.hidden > 0, `too little compared: ${compared}`);
});

test("the evaluation docs' edge cases (types, userArn, empty, disagreeing compounds)", () => {
  const { compared, seen } = compare(helpDesk, join(source, "tests/core/evaluator/data/help_desk_cases.json"));
  assert.ok(compared > 20 && seen.required > 0 && seen.hidden > 0, `too little compared: ${compared}`);
});

test("seeded random cases over the values the rules test", () => {
  for (const [snapshot, seed] of [[supportCentre, 1], [supportCentre, 2], [helpDesk, 3]]) {
    const { cases, seen } = compare(snapshot, randomCases(snapshot, 400, seed));
    assert.equal(cases, 400);
    assert.ok(seen.required > 20 && seen.hidden > 20, `seed ${seed}: outcomes too uniform ${JSON.stringify(seen)}`);
  }
});
