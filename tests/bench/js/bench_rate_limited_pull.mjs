// The rate-limit benchmark (issue #12): casewright-cli pull, with DEFAULT settings (no
// AWS_RETRY_MODE, no AWS_MAX_ATTEMPTS), of the 500-field / 25-template / 500-rule domain from a
// cases-emulator that answers 429 ThrottlingException beyond N requests per second
// (--rate-limit N, a token bucket holding one second of requests). Targets: the pull completes,
// in at most 1.25x the time the limit itself imposes (successful requests / N seconds), with
// throttled answers under 10% of the successful requests. The result goes into the
// "rate_limited_pull" member of the results file (merged: other members are kept).
// Beside each limited pull, the same pull from a second emulator without the limit (same latency):
// the pure request time under the machine's load of the moment. Its share of the floor says how
// much of the wall time is CPU and latency rather than the limit -- on a loaded machine, the noise.
//
//   node bench_rate_limited_pull.mjs --bin BUILD/bin --work DIR --out bench-results.json
//                                    [--rate 20] [--latency-ms 20] [--repetitions 3]
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { execFileSync } from "node:child_process";
import { cleanEnvironment, median, runTimed, startEmulator } from "./processes.mjs";

const { values: args } = parseArgs({
  options: {
    bin: { type: "string" }, work: { type: "string" }, out: { type: "string" },
    rate: { type: "string", default: "20" }, "latency-ms": { type: "string", default: "20" },
    repetitions: { type: "string", default: "3" },
  },
});
for (const name of ["bin", "work", "out"])
  if (!args[name]) {
    console.error(`bench_rate_limited_pull: --${name} is required`);
    process.exit(2);
  }
const rate = Number(args.rate);
const work = args.work;
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, "home"), { recursive: true });
execFileSync(join(args.bin, "casewright_bench_workload"), ["pull", "--out", work, "--fields", "500", "--templates", "25",
                                                            "--rules", "500"], { stdio: "inherit" });
const snapshot = JSON.parse(readFileSync(join(work, "pull.snapshot.json"), "utf8"));
const statePath = join(work, `${snapshot.domainId}.snapshot.json`);
copyFileSync(join(work, "pull.snapshot.json"), statePath);
const env = cleanEnvironment(join(work, "home")); // no AWS_RETRY_MODE, no AWS_MAX_ATTEMPTS: the defaults

const { child: emulator, url } = await startEmulator(join(args.bin, "cases-emulator"), statePath, {
  latencyMs: args["latency-ms"], extraArgs: ["--rate-limit", String(rate)],
});
const unlimitedState = join(work, "unlimited", `${snapshot.domainId}.snapshot.json`);
mkdirSync(join(work, "unlimited"), { recursive: true });
copyFileSync(join(work, "pull.snapshot.json"), unlimitedState);
const { child: unlimitedEmulator, url: unlimitedUrl } = await startEmulator(join(args.bin, "cases-emulator"),
                                                                            unlimitedState, { latencyMs: args["latency-ms"] });
const call = async (method, path) => (await fetch(new URL(path, url), { method })).json();
const runs = [];
try {
  for (let i = 0; i < Number(args.repetitions); i++) {
    await call("POST", "/_emulator/reset"); // also fills the emulator's bucket again
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const dir = join(work, `pull-${i}`);
    const { seconds, stdout } = await runTimed(join(args.bin, "casewright-cli"),
                                               ["pull", "--domain", snapshot.domainId, "--endpoint", url, dir], env);
    const match = /: (\d+) fields, (\d+) templates, (\d+) rules, (\d+) layouts\./.exec(stdout);
    if (!match || +match[1] !== snapshot.fields.length || +match[3] !== snapshot.caseRules.length)
      throw new Error(`casewright-cli pull did not fetch the whole domain:\n${stdout}`);
    const stats = await call("GET", "/_emulator/stats");
    const throttled = stats.rateLimited;
    const served = stats.requests - throttled;
    rmSync(dir, { recursive: true, force: true });
    const unlimited = await runTimed(join(args.bin, "casewright-cli"),
                                     ["pull", "--domain", snapshot.domainId, "--endpoint", unlimitedUrl, dir], env);
    rmSync(dir, { recursive: true, force: true });
    runs.push({ seconds, requests: served, throttled, floor_s: served / rate, unlimited_s: unlimited.seconds });
    process.stderr.write(`  rate-limited pull run ${i + 1}: ${seconds.toFixed(2)} s, ${served} requests, ` +
                         `${throttled} throttled (floor ${(served / rate).toFixed(2)} s); without the limit ` +
                         `${unlimited.seconds.toFixed(2)} s\n`);
  }
} finally {
  emulator.kill();
  unlimitedEmulator.kill();
}

const seconds = median(runs.map((r) => r.seconds));
const requests = runs[runs.length - 1].requests;
const throttledMedian = median(runs.map((r) => r.throttled));
const floor = requests / rate;
const ratio = seconds / floor;
const throttledShare = throttledMedian / requests;
const result = {
  command: "casewright-cli pull --domain ID --endpoint URL DIR (default retry settings: adaptive, 3 attempts)",
  workload: `500 fields, 25 templates, 500 rules; cases-emulator --rate-limit ${rate} --latency-ms ${args["latency-ms"]}`,
  rate_limit_per_s: rate,
  seconds,
  runs_s: runs.map((r) => r.seconds),
  requests,
  throttled_answers: runs.map((r) => r.throttled),
  floor_s: floor,
  ratio_to_floor: ratio,
  throttled_share: throttledShare,
  unlimited_runs_s: runs.map((r) => r.unlimited_s),
  unlimited_s: median(runs.map((r) => r.unlimited_s)),
  unlimited_share_of_floor: median(runs.map((r) => r.unlimited_s)) / floor,
  targets: {
    completes_with_defaults: "met",
    at_most_1_25x_the_floor: ratio <= 1.25 ? "met" : "MISSED",
    throttled_under_10_percent: throttledShare < 0.1 ? "met" : "MISSED",
  },
};
const results = existsSync(args.out) ? JSON.parse(readFileSync(args.out, "utf8")) : {};
results.rate_limited_pull = result;
writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`rate-limited pull: ${seconds.toFixed(2)} s for ${requests} requests at ${rate}/s ` +
            `(floor ${floor.toFixed(2)} s, ratio ${ratio.toFixed(3)}), throttled ${(100 * throttledShare).toFixed(1)}%; ` +
            `without the limit ${result.unlimited_s.toFixed(2)} s (${(100 * result.unlimited_share_of_floor).toFixed(0)}% of the floor) -> ${args.out}`);
if (ratio > 1.25 || throttledShare >= 0.1) process.exitCode = 1;
