// The pull benchmark: casewright-cli pull against sdk_pull.mjs (AWS's SDK, one request after
// another), both against one cases-emulator serving the generated domain with a fixed latency.
//
//   node bench_pull.mjs --emulator PATH --cli PATH --snapshot pull.snapshot.json --work DIR --out F
//                       [--latency-ms 20] [--repetitions 3] [--warmup 1]
//
// Each run starts from POST /_emulator/reset (state as loaded, counters zeroed) and ends with
// GET /_emulator/stats, whose per-operation counts are the run's requests. Runs alternate which
// tool goes first. Wall time is the whole process, spawn to exit, for both tools: what a person
// waits for. Both must fetch every field, template, rule and layout, or the benchmark fails.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { cleanEnvironment, median, runTimed, startEmulator } from "./processes.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    emulator: { type: "string" }, cli: { type: "string" }, snapshot: { type: "string" }, work: { type: "string" },
    out: { type: "string" }, "latency-ms": { type: "string", default: "20" },
    repetitions: { type: "string", default: "3" }, warmup: { type: "string", default: "1" },
  },
});
for (const name of ["emulator", "cli", "snapshot", "work", "out"])
  if (!args[name]) {
    console.error(`bench_pull: --${name} is required`);
    process.exit(2);
  }

const snapshot = JSON.parse(readFileSync(args.snapshot, "utf8"));
const domainId = snapshot.domainId;
const expected = {
  fields: snapshot.fields.length, templates: snapshot.templates.length, rules: snapshot.caseRules.length,
  layouts: snapshot.layouts.length,
};
const work = args.work;
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, "home"), { recursive: true });
const statePath = join(work, `${domainId}.snapshot.json`);
copyFileSync(args.snapshot, statePath); // the emulator saves its state file: never the original

const env = cleanEnvironment(join(work, "home"));
const run = (command, argv, onStderr) => runTimed(command, argv, env, onStderr);

function checkCounts(tool, got) {
  for (const [kind, count] of Object.entries(expected))
    if (got[kind] !== count) throw new Error(`${tool} fetched ${got[kind]} ${kind}, the domain has ${count}`);
}

let runNumber = 0;

// The project folder goes in the work folder (a disk), as a person's would. A second series
// writes it to tmpfs, where fdatasync costs next to nothing, to show how much of the time is
// the project layer's durable writes (QSaveFile, one fdatasync per file) rather than the network.
const tmpfs = existsSync("/dev/shm") ? mkdtempSync("/dev/shm/casewright-bench-pull-") : null;

async function casewrightPull(root = work) {
  const dir = join(root, `casewright-${runNumber++}`);
  let networkSeconds = 0;
  // The progress line is rewritten after every answer; its last rewrite comes with the last
  // answer, before the project files are written.
  const { seconds, stdout } = await run(args.cli, ["pull", "--domain", domainId, "--endpoint", url, dir],
                                        (text, at) => { if (text.includes("fields ")) networkSeconds = at; });
  const match = /: (\d+) fields, (\d+) templates, (\d+) rules, (\d+) layouts\./.exec(stdout);
  if (!match) throw new Error(`casewright-cli pull printed no summary:\n${stdout}`);
  checkCounts("casewright-cli pull", { fields: +match[1], templates: +match[2], rules: +match[3], layouts: +match[4] });
  rmSync(dir, { recursive: true, force: true });
  return { seconds, network_phase_s: networkSeconds };
}

async function sdkPull() {
  const out = join(work, `sdk-${runNumber++}.json`);
  const { seconds, stdout } = await run(process.execPath,
                                        [join(here, "sdk_pull.mjs"), "--endpoint", url, "--domain", domainId, "--out", out]);
  const report = JSON.parse(stdout.trim().split("\n").pop());
  checkCounts("sdk_pull.mjs", report);
  rmSync(out, { force: true });
  return { seconds, in_script_s: report.seconds };
}

async function emulatorCall(method, path) {
  const response = await fetch(new URL(path, url), { method });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
  return response.json();
}

async function measured(pull) {
  await emulatorCall("POST", "/_emulator/reset");
  const timing = await pull();
  const stats = await emulatorCall("GET", "/_emulator/stats");
  return { ...timing, requests: stats.requests, operations: stats.operations };
}

function summarise(runs) {
  const last = runs[runs.length - 1];
  const requests = new Set(runs.map((r) => r.requests));
  if (requests.size !== 1) console.error(`note: request counts varied between runs: ${[...requests].join(", ")}`);
  const summary = { seconds: median(runs.map((r) => r.seconds)), requests: last.requests, runs_s: runs.map((r) => r.seconds),
                    operations: last.operations };
  for (const key of ["network_phase_s", "in_script_s"])
    if (key in last) summary[key] = median(runs.map((r) => r[key]));
  return summary;
}

const { child: emulator, url } = await startEmulator(args.emulator, statePath, { latencyMs: args["latency-ms"] });
try {
  for (let i = 0; i < Number(args.warmup); i++) {
    await measured(casewrightPull);
    await measured(sdkPull);
  }
  const casewright = [];
  const sdk = [];
  for (let i = 0; i < Number(args.repetitions); i++) {
    if (i % 2 === 0) {
      casewright.push(await measured(casewrightPull));
      sdk.push(await measured(sdkPull));
    } else {
      sdk.push(await measured(sdkPull));
      casewright.push(await measured(casewrightPull));
    }
    process.stderr.write(`  pull run ${i + 1}: casewright ${casewright[i].seconds.toFixed(2)} s, ` +
                         `aws-sdk-js ${sdk[i].seconds.toFixed(2)} s\n`);
  }
  const intoTmpfs = [];
  for (let i = 0; tmpfs && i < Number(args.repetitions); i++) intoTmpfs.push(await measured(() => casewrightPull(tmpfs)));
  const singleSelect = snapshot.fields.filter((f) => f.type === "SingleSelect").length;
  writeFileSync(args.out, JSON.stringify({
    latency_ms: Number(args["latency-ms"]),
    domain: { ...expected, single_select_fields: singleSelect },
    casewright: {
      ...summarise(casewright),
      into_tmpfs: tmpfs ? { ...summarise(intoTmpfs), folder: "/dev/shm (tmpfs)" } : "not measured: no /dev/shm",
    },
    "aws-sdk-js": summarise(sdk),
  }, null, 1));
} finally {
  emulator.kill();
  if (tmpfs) rmSync(tmpfs, { recursive: true, force: true });
}
