// The peers' side of the evaluator benchmark.
//
//   node run_peers.mjs check --program DIR --cases CASES.json --expected OUTCOMES.json
//     Runs every peer on the cases and compares each case's outcome (required, hidden, options
//     per field) with Casewright's (casewright_bench_evaluator --outcomes). Exit 1 on any
//     difference, listing the first ones.
//   node run_peers.mjs time --program DIR --cases CASES.json --out TIMINGS.json
//                           [--repetitions R] [--warmup W] [--engines a,b]
//     Flattens the cases once (untimed), then times each engine's loop over all of them:
//     every rule on every case, plus folding the values into per-field flags and a checksum --
//     the same work Casewright's evaluate-only loop does.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { flattenCases } from "./flatten.mjs";
import {
  makeCombiner, makeJsonLogicEngine, makeJsonLogicJs, makeZenExpression, makeZenTables, zenUnavailable,
} from "./peers.mjs";

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

function loadEngines(programDir) {
  const program = readJson(join(programDir, "program.json"));
  const engines = [
    makeJsonLogicJs(program),
    makeJsonLogicEngine(program),
    makeZenTables(program, readJson(join(programDir, "zen-tables.json"))),
    makeZenExpression(program, readJson(join(programDir, "zen-expression.json"))),
  ].filter(Boolean);
  if (zenUnavailable) console.error(`zen-engine NOT RUN: ${zenUnavailable}`);
  return { program, engines };
}

const label = (engine) => `${engine.name} (${engine.variant})`;

// Key order does not matter; array order does (options are listed in display order).
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  return JSON.stringify(value);
}

async function check({ program: programDir, cases: casesPath, expected: expectedPath }) {
  const { program, engines } = loadEngines(programDir);
  const cases = flattenCases(readJson(casesPath));
  const expected = new Map(readJson(expectedPath).results.map((r) => [r.case, r.fields]));
  if (expected.size !== cases.length)
    throw new Error(`Casewright reported ${expected.size} cases, the sample has ${cases.length}`);
  const combiner = makeCombiner(program);
  let failed = false;
  for (const engine of engines) {
    const values = new Array(program.rules.length);
    const flags = new Uint8Array(combiner.fieldCount);
    const options = new Array(combiner.fieldCount);
    const differences = [];
    for (const sampleCase of cases) {
      await engine.evaluate(sampleCase.values, values);
      combiner.combine(values, flags, options);
      const got = combiner.report(flags, options);
      const want = expected.get(sampleCase.id);
      if (!want) throw new Error(`Casewright has no outcome for case ${sampleCase.id}`);
      for (const fieldId of new Set([...Object.keys(want), ...Object.keys(got)]))
        if (canonical(got[fieldId]) !== canonical(want[fieldId]))
          differences.push(`  case ${sampleCase.id} field ${fieldId}: Casewright ${canonical(want[fieldId])}, ` +
                           `${engine.name} ${canonical(got[fieldId])}`);
    }
    engine.dispose?.();
    if (differences.length) {
      failed = true;
      console.error(`MISMATCH: ${label(engine)} differs from Casewright on ${differences.length} field outcomes:`);
      console.error(differences.slice(0, 10).join("\n"));
    } else {
      console.log(`agree: ${label(engine)} = Casewright on ${cases.length} cases x ${program.fields.length} fields`);
    }
  }
  return failed ? 1 : 0;
}

function cpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function timeEngine(engine, cases, program, combiner, repetitions, warmup) {
  const values = new Array(program.rules.length);
  const flags = new Uint8Array(combiner.fieldCount);
  const options = new Array(combiner.fieldCount);
  let checksum = 0;
  const fold = () => {
    combiner.combine(values, flags, options);
    for (let f = 0; f < flags.length; f++) checksum += flags[f];
  };
  const inFlight = engine.inFlight ?? 1;
  const slots = Array.from({ length: inFlight }, () => new Array(program.rules.length));
  const pass = engine.async
    ? async () => {
        for (let c = 0; c < cases.length; c += inFlight) {
          const end = Math.min(cases.length, c + inFlight);
          const pending = [];
          for (let i = c; i < end; i++) pending.push(engine.evaluate(cases[i].values, slots[i - c]));
          await Promise.all(pending);
          for (let i = c; i < end; i++) {
            for (let k = 0; k < values.length; k++) values[k] = slots[i - c][k];
            fold();
          }
        }
      }
    : async () => {
        for (let c = 0; c < cases.length; c++) {
          engine.evaluate(cases[c].values, values);
          fold();
        }
      };
  for (let i = 0; i < warmup; i++) await pass();
  const wall = [];
  const cpu = [];
  let passChecksum = 0;
  for (let i = 0; i < repetitions; i++) {
    checksum = 0;
    const wallStart = process.hrtime.bigint();
    const cpuStart = cpuSeconds();
    await pass();
    cpu.push(cpuSeconds() - cpuStart);
    wall.push(Number(process.hrtime.bigint() - wallStart) / 1e9);
    passChecksum = checksum;
  }
  const evaluations = cases.length * program.attachments.length;
  const wallMedian = median(wall);
  const cpuMedian = median(cpu);
  return {
    variant: engine.variant,
    label: engine.label,
    in_flight: inFlight,
    median_s: wallMedian,
    cpu_median_s: cpuMedian,
    runs_s: wall,
    cases_per_s: cases.length / wallMedian,
    rule_evals_per_s: evaluations / wallMedian,
    rule_evals_per_cpu_s: evaluations / cpuMedian,
    flags_checksum: passChecksum,
  };
}

async function time({ program: programDir, cases: casesPath, out, repetitions, warmup, engines: only }) {
  const { program, engines } = loadEngines(programDir);
  const document = readJson(casesPath);
  const flattenStart = process.hrtime.bigint();
  const cases = flattenCases(document);
  const flattenSeconds = Number(process.hrtime.bigint() - flattenStart) / 1e9;
  const combiner = makeCombiner(program);
  const wanted = only ? new Set(only.split(",")) : null;
  const results = { cases: cases.length, rules: program.attachments.length, flatten_s: flattenSeconds, engines: [],
                    unavailable: zenUnavailable ? { "zen-engine": zenUnavailable } : {} };
  for (const engine of engines) {
    if (wanted && !wanted.has(engine.name)) continue;
    process.stderr.write(`  timing ${label(engine)} ...`);
    const timing = await timeEngine(engine, cases, program, combiner, Number(repetitions), Number(warmup));
    process.stderr.write(` ${(timing.rule_evals_per_s / 1e6).toFixed(2)} M rule evaluations/s\n`);
    results.engines.push({ name: engine.name, ...timing });
    engine.dispose?.();
  }
  writeFileSync(out, JSON.stringify(results, null, 1));
  return 0;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    program: { type: "string" }, cases: { type: "string" }, expected: { type: "string" }, out: { type: "string" },
    repetitions: { type: "string", default: "5" }, warmup: { type: "string", default: "1" }, engines: { type: "string" },
  },
});
const command = { check, time }[positionals[0]];
if (!command || !values.program || !values.cases) {
  console.error("usage: node run_peers.mjs check|time --program DIR --cases CASES.json [--expected F | --out F]");
  process.exit(2);
}
process.exitCode = await command(values);
