// The whole-process benchmark (issue #16): what a user runs, not the inner loop.
//
//   node bench_whole_process.mjs --cli PATH --workload PATH --emulator PATH --snapshot F --cases F
//                                --program DIR --template ID --work DIR --out FILE
//                                [--repetitions 3] [--scaling 10000,100000,1000000] [--smoke]
//
// 1. Side by side, in one run, interleaved: `casewright-cli evaluate --json` on every core, the
//    same with --threads 1, and json-logic-engine's whole process (whole_process_peer.mjs: node
//    reads, parses, evaluates and writes the same bytes). Wall time and peak RSS of each process
//    from /usr/bin/time; the outputs must be byte-identical.
// 2. Scaling: the CLI on 10k, 100k and 1M cases (the 1M file is the 100k cases ten times). Its
//    files (1.2 GB in, 1.9 GB out at 1M) go to a RAM-backed folder when there is room: on a
//    disk, the 1M run measures the disk's write-back (this VM: 23 s to a file, 15 s to /dev/null).
// 3. A 1,000-field / 500-rule project pulled from cases-emulator: `validate` and `evaluate`.
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statfsSync, statSync, writeFileSync,
         writeSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { measureProject } from "./bench_project.mjs";
import { median, timedProcess } from "./processes.mjs";

const { values: args } = parseArgs({
  options: {
    cli: { type: "string" }, workload: { type: "string" }, emulator: { type: "string" }, snapshot: { type: "string" },
    cases: { type: "string" }, program: { type: "string" }, template: { type: "string" }, work: { type: "string" },
    out: { type: "string" }, repetitions: { type: "string", default: "3" },
    scaling: { type: "string", default: "10000,100000,1000000" }, smoke: { type: "boolean" },
  },
});
for (const name of ["cli", "workload", "emulator", "snapshot", "cases", "program", "template", "work", "out"])
  if (!args[name]) {
    console.error(`bench_whole_process: --${name} is required`);
    process.exit(2);
  }
const work = args.work;
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const here = new URL(".", import.meta.url).pathname;

// One process under /usr/bin/time (processes.mjs): wall seconds, peak RSS, CPU seconds.
const timed = (command, argv, stdoutPath) => timedProcess(command, argv, stdoutPath, join(work, "time.txt"));

const sha256 = (path) => createHash("sha256").update(readFileSync(path)).digest("hex");
const mb = (path) => statSync(path).size / (1024 * 1024);

function summarize(runs) {
  return {
    median_s: median(runs.map((r) => r.wall_s)), cpu_median_s: median(runs.map((r) => r.cpu_s)),
    peak_rss_mb: Math.max(...runs.map((r) => r.peak_rss_mb)), runs_s: runs.map((r) => r.wall_s),
  };
}

// ---- 1. Casewright against json-logic-engine, whole process against whole process. ----------
const cliArgs = ["evaluate", args.snapshot, "--cases", args.cases, "--json"];
const contenders = {
  casewright: { command: args.cli, argv: cliArgs },
  casewright_one_thread: { command: args.cli, argv: [...cliArgs, "--threads", "1"] },
  json_logic_engine: {
    command: process.execPath,
    argv: [join(here, "whole_process_peer.mjs"), "--program", args.program, "--cases", args.cases,
           "--template", args.template, "--out", join(work, "peer.out.json")],
    writes: join(work, "peer.out.json"),
  },
};
const runs = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
const repetitions = Number(args.repetitions);
let digest = null;
for (let r = 0; r < repetitions; r++) {
  for (const [name, { command, argv, writes }] of Object.entries(contenders)) {
    const stdoutPath = join(work, `${name}.stdout`);
    process.stderr.write(`  ${name} run ${r + 1}/${repetitions} ...`);
    const run = timed(command, argv, stdoutPath);
    process.stderr.write(` ${run.wall_s.toFixed(2)} s, ${run.peak_rss_mb.toFixed(0)} MB\n`);
    runs[name].push(run);
    if (r === 0) {
      const hash = sha256(writes ?? stdoutPath);
      digest ??= hash;
      if (hash !== digest) throw new Error(`${name}'s output differs from casewright-cli evaluate --json's`);
    }
    rmSync(writes ?? stdoutPath, { force: true });
  }
}
const inputMb = mb(args.cases);
const comparison = {
  measured: "whole process, spawn to exit, /usr/bin/time: wall seconds and peak RSS (maximum resident set). " +
            "Each run of the three in turn, in one run of the benchmark; median of the runs. Every output " +
            "byte-identical (sha256) to casewright-cli's",
  input_mb: inputMb, cases: null, output_sha256: digest,
  ...Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, summarize(list)])),
};
comparison.cases = JSON.parse(readFileSync(args.cases, "utf8")).cases.length;
const peer = comparison.json_logic_engine.median_s;
comparison.ratios = {
  json_logic_engine_over_casewright: peer / comparison.casewright.median_s,
  json_logic_engine_over_casewright_one_thread: peer / comparison.casewright_one_thread.median_s,
  casewright_peak_rss_over_input: comparison.casewright.peak_rss_mb / inputMb,
  casewright_one_thread_peak_rss_over_input: comparison.casewright_one_thread.peak_rss_mb / inputMb,
};

// ---- 2. Scaling. -----------------------------------------------------------------------------
// Case files of other sizes from the 100k one, as text: its cases, cut or repeated.
// Where the scaling's cases files and outputs go: /dev/shm (tmpfs) when it has room for the
// largest input and output (3.2 GB for 1M cases), otherwise the work folder on disk.
function scalingFolder(largest) {
  const needed = (mb(args.cases) * 1024 * 1024 * (largest / comparison.cases)) * 2.6;
  try {
    const fs = statfsSync("/dev/shm");
    if (fs.bavail * fs.bsize > needed * 1.2) return { folder: mkdtempSync("/dev/shm/casewright-bench-"), tmpfs: true };
  } catch {
    // no /dev/shm: the disk it is
  }
  return { folder: work, tmpfs: false };
}
const scalingSizes = args.scaling.split(",").map(Number);
const scalingFiles = scalingFolder(Math.max(...scalingSizes));

function casesFileOf(count) {
  const text = readFileSync(args.cases, "utf8");
  const open = text.indexOf("[");
  const close = text.lastIndexOf("]");
  const inner = text.slice(open + 1, close);
  const total = comparison.cases;
  const path = join(scalingFiles.folder, `cases.${count}.json`);
  if (count === total) return args.cases;
  if (count < total) {
    const cases = JSON.parse(text).cases.slice(0, count);
    writeFileSync(path, JSON.stringify({ cases }));
    return path;
  }
  const fd = openSync(path, "w");
  writeSync(fd, text.slice(0, open + 1));
  for (let copy = 0; copy * total < count; copy++) {
    if (copy > 0) writeSync(fd, ",");
    writeSync(fd, inner);
  }
  writeSync(fd, text.slice(close));
  closeSync(fd);
  return path;
}
const scaling = [];
for (const count of scalingSizes) {
  const path = casesFileOf(count);
  const output = join(scalingFiles.folder, "scaling.stdout");
  const list = [];
  for (let r = 0; r < Math.max(1, Math.min(repetitions, count > 200000 ? 1 : repetitions)); r++)
    list.push(timed(args.cli, ["evaluate", args.snapshot, "--cases", path, "--json"], output));
  rmSync(output, { force: true });
  const s = summarize(list);
  scaling.push({ cases: count, input_mb: mb(path), median_s: s.median_s, peak_rss_mb: s.peak_rss_mb,
                 us_per_case: (s.median_s / count) * 1e6, rss_over_input: s.peak_rss_mb / mb(path),
                 files_on: scalingFiles.tmpfs ? "tmpfs (/dev/shm)" : "disk (the work folder)" });
  if (path !== args.cases) rmSync(path, { force: true });
  process.stderr.write(`  scaling ${count} cases: ${s.median_s.toFixed(2)} s, ${s.peak_rss_mb.toFixed(0)} MB\n`);
}
if (scalingFiles.tmpfs) rmSync(scalingFiles.folder, { recursive: true, force: true });

// ---- 3. validate and evaluate on a 1,000-field / 500-rule project (bench_project.mjs). -------
const projectSection = await measureProject({ cli: args.cli, workload: args.workload, emulator: args.emulator,
                                              work: join(work, "project-stage"), smoke: args.smoke });

writeFileSync(args.out, `${JSON.stringify({ comparison, scaling, project: projectSection }, null, 1)}\n`);
