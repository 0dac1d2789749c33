// The designer's startup benchmark: time from main() to the first painted frame with a project
// open (offscreen), the explorer filter's latency per keystroke, peak memory and the process's
// wall time, for the bundled sample project and for a generated domain pulled into a project
// the way a person would (casewright-cli pull from cases-emulator).
//
//   node bench_startup.mjs --gui PATH --cli PATH --emulator PATH --workload PATH
//                          --sample-project DIR --work DIR --out FILE
//                          [--fields 1000] [--templates 25] [--rules 500] [--runs 5]
//
// Every number comes from `casewright --measure-startup --measure-filter` (ui/mainwindow/
// first_paint_probe.h): first-paint-ms, filter-ms-median/-max over every keystroke of typing
// and erasing three queries, peak-rss-kb (getrusage). Median over the runs.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { cleanEnvironment, median, runTimed, startEmulator } from "./processes.mjs";

const { values: args } = parseArgs({
  options: {
    gui: { type: "string" }, cli: { type: "string" }, emulator: { type: "string" }, workload: { type: "string" },
    "sample-project": { type: "string" }, work: { type: "string" }, out: { type: "string" },
    fields: { type: "string", default: "1000" }, templates: { type: "string", default: "25" },
    rules: { type: "string", default: "500" }, runs: { type: "string", default: "5" },
  },
});
for (const name of ["gui", "cli", "emulator", "workload", "sample-project", "work", "out"])
  if (!args[name]) {
    console.error(`bench_startup: --${name} is required`);
    process.exit(2);
  }

const work = args.work;
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, "home"), { recursive: true });
// A fresh HOME: no recent projects, saved window state or language setting of the person
// running the benchmark.
const env = cleanEnvironment(join(work, "home"), { QT_QPA_PLATFORM: "offscreen" });

async function pullLargeProject() {
  const domainDir = join(work, "domain");
  mkdirSync(domainDir, { recursive: true });
  await runTimed(args.workload, ["pull", "--out", domainDir, "--fields", args.fields, "--templates", args.templates,
                                 "--rules", args.rules], env);
  const snapshotPath = join(domainDir, "pull.snapshot.json");
  const domainId = JSON.parse(readFileSync(snapshotPath, "utf8")).domainId;
  const { child, url } = await startEmulator(args.emulator, snapshotPath);
  try {
    const project = join(work, "large-project");
    await runTimed(args.cli, ["pull", "--domain", domainId, "--endpoint", url, project], env);
    return project;
  } finally {
    child.kill();
  }
}

function probeValue(stdout, name) {
  const match = new RegExp(`^${name} (\\S+)$`, "m").exec(stdout);
  if (!match) throw new Error(`casewright --measure-startup printed no ${name}:\n${stdout}`);
  return Number(match[1]);
}

async function measure(project) {
  const runs = [];
  for (let i = 0; i < Number(args.runs); i++) {
    const { seconds, stdout } = await runTimed(args.gui, ["--measure-startup", "--measure-filter", project], env);
    runs.push({
      first_paint_ms: probeValue(stdout, "first-paint-ms"), process_wall_s: seconds,
      peak_rss_mb: probeValue(stdout, "peak-rss-kb") / 1024, filter_ms_median: probeValue(stdout, "filter-ms-median"),
      filter_ms_max: probeValue(stdout, "filter-ms-max"), filter_keystrokes: probeValue(stdout, "filter-keystrokes"),
    });
  }
  const summary = { runs: runs.length };
  for (const key of ["first_paint_ms", "process_wall_s", "peak_rss_mb", "filter_ms_median", "filter_ms_max"])
    summary[key] = Number(median(runs.map((r) => r[key])).toFixed(3));
  summary.filter_keystrokes = runs[0].filter_keystrokes;
  summary.runs_first_paint_ms = runs.map((r) => r.first_paint_ms);
  return summary;
}

const sample = join(work, "sample-project");
cpSync(args["sample-project"], sample, { recursive: true }); // opening may write recovery files
const large = await pullLargeProject();
const results = {
  sample_project: await measure(sample),
  [`domain_${args.fields}_fields_${args.rules}_rules`]: await measure(large),
  method: "casewright --measure-startup --measure-filter, offscreen, fresh HOME: main() to the first painted frame " +
          "with the project open; filter latency per keystroke until the explorer is repainted; peak RSS from " +
          "getrusage; process wall time spawn to exit; median of the runs",
};
writeFileSync(args.out, `${JSON.stringify(results, null, 1)}\n`);
