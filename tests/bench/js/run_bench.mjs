// Runs every benchmark of docs/performance.md and writes bench-results.json; scripts/bench.sh
// builds the programs, installs the npm peers and calls this.
//
//   node run_bench.mjs --bin BUILD/bin --work DIR --out RESULTS.json --sample-project DIR [--smoke]
//                      [--no-peers REASON]
//
// Order: correctness first (every peer must agree with Casewright, and Casewright's fast path
// with `casewright-cli evaluate`), then the timings, then the pull, then the designer's startup
// (skipped, with a note, in a smoke run of a build without the GUI). Any disagreement fails the
// run. --smoke uses tiny sizes and judges no target: it proves the pipeline works, not speed.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { machineDescription, loadAverage } from "./machine.mjs";
import { assembleResults, printSummary } from "./results.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    bin: { type: "string" }, work: { type: "string" }, out: { type: "string" }, smoke: { type: "boolean" },
    "no-peers": { type: "string" }, "sample-project": { type: "string" },
  },
});
for (const name of ["bin", "work", "out", "sample-project"])
  if (!args[name]) {
    console.error(`run_bench: --${name} is required`);
    process.exit(2);
  }

const sizes = args.smoke
  ? { cases: 400, sample: 400, cwRepetitions: 1, cwWarmup: 0, peerRepetitions: 1, peerWarmup: 0,
      whole: { repetitions: 1, scaling: [100, 400, 1000] },
      pull: { fields: 40, templates: 4, rules: 40, latencyMs: 5, repetitions: 1, warmup: 0 },
      startup: { fields: 60, templates: 3, rules: 30, runs: 1 } }
  : { cases: 100000, sample: 2000, cwRepetitions: 7, cwWarmup: 2, peerRepetitions: 3, peerWarmup: 1,
      whole: { repetitions: 3, scaling: [10000, 100000, 1000000] },
      pull: { fields: 500, templates: 25, rules: 500, latencyMs: 20, repetitions: 5, warmup: 1 },
      startup: { fields: 1000, templates: 25, rules: 500, runs: 5 } };
const bin = (name) => join(args.bin, name);
const work = args.work;
const evalDir = join(work, "evaluator");
mkdirSync(evalDir, { recursive: true });
const peersSkipped = args["no-peers"] ?? null;

let stepNumber = 0;
const step = (text) => console.log(`\n== ${++stepNumber}. ${text}`);

// Runs a program; its stderr goes to ours. Returns its stdout.
function runProgram(command, argv, { quiet = false } = {}) {
  try {
    const stdout = execFileSync(command, argv, { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "inherit"] });
    if (!quiet && stdout.trim()) console.log(stdout.trimEnd());
    return stdout;
  } catch (error) {
    throw new Error(`${command} ${argv.join(" ")} failed (exit ${error.status}):\n${error.stdout ?? ""}`);
  }
}
const node = (script, argv, options) => runProgram(process.execPath, [join(here, script), ...argv], options);
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  return JSON.stringify(value);
}

async function main() {
  const machine = machineDescription(args.bin);
  const snapshot = join(evalDir, "rules.snapshot.json");
  const sample = join(evalDir, "cases.sample.json");
  const allCases = join(evalDir, "cases.json");
  const mainTemplate = "bench-template";
  const templates = [mainTemplate, "bench-template-per-rule"];

  step(`Generating the evaluator workload (${sizes.cases} cases, ${sizes.sample} in the checked sample)`);
  runProgram(bin("casewright_bench_workload"),
             ["evaluator", "--out", evalDir, "--cases", String(sizes.cases), "--sample", String(sizes.sample)]);

  step("Correctness: every engine against Casewright on the sample");
  for (const template of templates) {
    const outcomes = join(evalDir, `casewright.${template}.outcomes.json`);
    const program = join(evalDir, `program.${template}`);
    runProgram(bin("casewright_bench_evaluator"),
               ["--snapshot", snapshot, "--cases", sample, "--template", template, "--outcomes", outcomes]);
    node("translate.mjs", [snapshot, template, program, bin("casewright-cli")]);
    if (peersSkipped) console.log(`peers NOT checked: ${peersSkipped}`);
    else node("run_peers.mjs", ["check", "--program", program, "--cases", sample, "--expected", outcomes]);
  }
  // The harness reads the fast path; the CLI reports through CompiledTemplate::evaluate(SampleCase).
  const cli = JSON.parse(runProgram(bin("casewright-cli"),
                                    ["evaluate", snapshot, "--cases", sample, "--template", mainTemplate, "--json"],
                                    { quiet: true }));
  const harness = readJson(join(evalDir, `casewright.${mainTemplate}.outcomes.json`));
  if (cli.results.length !== harness.results.length ||
      cli.results.some((r, i) => canonical(r) !== canonical(harness.results[i])))
    throw new Error("casewright-cli evaluate --json and casewright_bench_evaluator disagree on the sample");
  console.log(`agree: casewright-cli evaluate --json = casewright_bench_evaluator on ${cli.results.length} cases`);

  step(`Timing Casewright (${sizes.cwRepetitions} runs after ${sizes.cwWarmup} warm-up, median)`);
  const cwTimings = join(evalDir, "casewright.timings.json");
  runProgram(bin("casewright_bench_evaluator"), ["--snapshot", snapshot, "--cases", allCases, "--timings", cwTimings,
             "--repetitions", String(sizes.cwRepetitions), "--warmup", String(sizes.cwWarmup)]);
  const casewright = readJson(cwTimings);
  console.log(`  evaluate only: ${(casewright.evaluate_only.rule_evals_per_s / 1e6).toFixed(1)} M rule evaluations/s; ` +
              `rebind from case table + evaluate: ` +
              `${(casewright.rebind_from_case_table_and_evaluate.rule_evals_per_s / 1e6).toFixed(1)} M/s; ` +
              `bind + evaluate: ${(casewright.bind_and_evaluate.rule_evals_per_s / 1e6).toFixed(1)} M/s`);

  let peers = { engines: [], unavailable: {} };
  if (peersSkipped) {
    console.log(`peers NOT timed: ${peersSkipped}`);
  } else {
    step(`Timing the peers (${sizes.peerRepetitions} runs after ${sizes.peerWarmup} warm-up, median)`);
    const peerTimings = join(evalDir, "peers.timings.json");
    node("run_peers.mjs", ["time", "--program", join(evalDir, `program.${mainTemplate}`), "--cases", allCases,
                           "--out", peerTimings, "--repetitions", String(sizes.peerRepetitions),
                           "--warmup", String(sizes.peerWarmup)]);
    peers = readJson(peerTimings);
    // The whole workload, not only the sample: every engine's per-field flags summed over all cases.
    for (const engine of peers.engines)
      if (engine.flags_checksum !== casewright.flags_checksum)
        throw new Error(`${engine.name} (${engine.variant}) flags checksum ${engine.flags_checksum} != ` +
                        `Casewright's ${casewright.flags_checksum} over all ${peers.cases} cases`);
    console.log(`agree: every peer's flags checksum = Casewright's (${casewright.flags_checksum}) over ${peers.cases} cases`);
  }

  step("Whole process: casewright-cli evaluate --json vs json-logic-engine's whole process (side by side), " +
       "scaling, and a 1,000-field project");
  let wholeProcess = null;
  if (peersSkipped) {
    console.log(`whole process NOT compared: ${peersSkipped}`);
  } else {
    const wholeResults = join(work, "whole-process.results.json");
    node("bench_whole_process.mjs", ["--cli", bin("casewright-cli"), "--workload", bin("casewright_bench_workload"),
                                     "--emulator", bin("cases-emulator"), "--snapshot", snapshot, "--cases", allCases,
                                     "--program", join(evalDir, `program.${mainTemplate}`), "--template", mainTemplate,
                                     "--work", join(work, "whole-process"), "--out", wholeResults,
                                     "--repetitions", String(sizes.whole.repetitions),
                                     "--scaling", sizes.whole.scaling.join(","), ...(args.smoke ? ["--smoke"] : [])]);
    wholeProcess = readJson(wholeResults);
  }

  step(`Pull: casewright-cli pull vs the AWS SDK (${sizes.pull.fields} fields, ${sizes.pull.templates} templates, ` +
       `${sizes.pull.rules} rules, ${sizes.pull.latencyMs} ms latency)`);
  const pullDir = join(work, "pull");
  mkdirSync(pullDir, { recursive: true });
  runProgram(bin("casewright_bench_workload"), ["pull", "--out", pullDir, "--fields", String(sizes.pull.fields),
             "--templates", String(sizes.pull.templates), "--rules", String(sizes.pull.rules)]);
  let pull = null;
  if (peersSkipped) {
    console.log(`pull NOT compared: ${peersSkipped}`);
  } else {
    const pullResults = join(pullDir, "pull.results.json");
    node("bench_pull.mjs", ["--emulator", bin("cases-emulator"), "--cli", bin("casewright-cli"),
                            "--snapshot", join(pullDir, "pull.snapshot.json"), "--work", join(pullDir, "runs"),
                            "--out", pullResults, "--latency-ms", String(sizes.pull.latencyMs),
                            "--repetitions", String(sizes.pull.repetitions), "--warmup", String(sizes.pull.warmup)]);
    pull = readJson(pullResults);
  }

  const s = sizes.startup;
  step(`Startup: the designer on the sample project and on ${s.fields} fields, ${s.templates} templates, ` +
       `${s.rules} rules (${s.runs} runs each, median)`);
  let startup = null;
  let startupSkipped = null;
  if (!existsSync(bin("casewright"))) {
    startupSkipped = `no ${bin("casewright")}: this build has no GUI (CASEWRIGHT_BUILD_GUI=OFF)`;
    if (!args.smoke) throw new Error(startupSkipped);
    console.log(`startup NOT measured: ${startupSkipped}`);
  } else {
    const startupResults = join(work, "startup.results.json");
    node("bench_startup.mjs", ["--gui", bin("casewright"), "--cli", bin("casewright-cli"), "--emulator", bin("cases-emulator"),
                               "--workload", bin("casewright_bench_workload"), "--sample-project", args["sample-project"],
                               "--work", join(work, "startup"), "--out", startupResults, "--fields", String(s.fields),
                               "--templates", String(s.templates), "--rules", String(s.rules), "--runs", String(s.runs)]);
    startup = readJson(startupResults);
  }

  machine.load_average_at_end = loadAverage();
  const results = assembleResults({ casewright, peers, pull, startup, machine, smoke: Boolean(args.smoke), peersSkipped,
                                    startupSkipped, wholeProcess });
  writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
  printSummary(results, args.out);
}

main().catch((error) => {
  console.error(`\nBENCHMARK FAILED: ${error.message}`);
  process.exit(1);
});
