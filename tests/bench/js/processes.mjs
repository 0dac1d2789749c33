// Process helpers the pull and startup benchmarks share: the emulator, timed runs, medians.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";

// A clean environment under `home`: no profile, config file or endpoint of the person running
// the benchmark leaks in; the emulator's keys sign every request.
export function cleanEnvironment(home, extra = {}) {
  return {
    PATH: process.env.PATH, HOME: home, LANG: "C.UTF-8",
    AWS_ACCESS_KEY_ID: "CASEWRIGHTEMULATOR", AWS_SECRET_ACCESS_KEY: "casewright-emulator-secret-key",
    AWS_REGION: "us-east-1", ...extra,
  };
}

// Starts cases-emulator on a free port; resolves with the child and its URL once it listens.
export function startEmulator(emulatorPath, statePath, { latencyMs = 0, extraArgs = [] } = {}) {
  const child = spawn(emulatorPath, ["--state", statePath, "--latency-ms", String(latencyMs), "--port", "0", ...extraArgs],
                      { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("cases-emulator did not report its URL within 15 s")), 15000);
    child.once("exit", (code) => reject(new Error(`cases-emulator exited early with code ${code}`)));
    createInterface({ input: child.stdout }).on("line", (line) => {
      const match = /^cases-emulator listening on (http:\/\/\S+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
  });
}

// Runs a process to its end; `onStderr` sees each chunk with the time it arrived. Resolves with
// the wall time (spawn to exit) and the output; rejects on a non-zero exit.
export function runTimed(command, argv, env, onStderr) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, argv, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      onStderr?.(String(chunk), Number(process.hrtime.bigint() - started) / 1e9);
    });
    child.once("error", reject);
    child.once("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${command} ${argv.join(" ")} exited with ${code}:\n${stderr}${stdout}`));
      else resolve({ seconds, stdout, stderr });
    });
  });
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// One process under /usr/bin/time: wall seconds, peak RSS, CPU seconds; stdout to `stdoutPath`
// ("ignore" drops it), the time report to `timeFile`. A non-zero exit throws unless `anyExit`.
// spawn_wall_s: the same wall time measured here to the microsecond (time's own %e has 10 ms steps,
// too coarse for a 100 ms target); it includes starting /usr/bin/time, about a millisecond.
export function timedProcess(command, argv, stdoutPath, timeFile, { anyExit = false, env } = {}) {
  const out = stdoutPath === "ignore" ? "ignore" : openSync(stdoutPath, "w");
  const started = process.hrtime.bigint();
  const run = spawnSync("/usr/bin/time", ["-f", "%e %M %U %S", "-o", timeFile, command, ...argv],
                        { stdio: ["ignore", out, "inherit"], env: env ?? process.env });
  const spawnWall = Number(process.hrtime.bigint() - started) / 1e9;
  if (out !== "ignore") closeSync(out);
  if (run.status !== 0 && !anyExit) throw new Error(`${command} ${argv.join(" ")} exited with ${run.status}`);
  // The last line: /usr/bin/time puts "Command exited with non-zero status N" before it.
  const [wall, rssKb, user, system] = readFileSync(timeFile, "utf8").trim().split("\n").pop().split(/\s+/).map(Number);
  return { wall_s: wall, spawn_wall_s: spawnWall, peak_rss_mb: rssKb / 1024, cpu_s: user + system };
}

// Instructions a process executes, counted by valgrind's callgrind (this machine's VM has no
// hardware counters for perf): the total over all threads and the largest single thread's share
// (with two cores the critical path is at least the larger of total / 2 and that). null when
// valgrind is not installed. Takes some 50 times the process's CPU time.
export function instructionCounts(command, argv, workDir, { env } = {}) {
  if (spawnSync("valgrind", ["--version"], { stdio: "ignore" }).status !== 0) return null;
  const prefix = join(workDir, `callgrind.${process.pid}.${Date.now()}`);
  const run = spawnSync("valgrind", ["--tool=callgrind", "--separate-threads=yes", `--callgrind-out-file=${prefix}`,
                                     command, ...argv], { stdio: ["ignore", "ignore", "pipe"], env: env ?? process.env });
  if (run.error) return null;
  const threads = [];
  for (const name of readdirSync(workDir).filter((entry) => entry.startsWith(basename(prefix)))) {
    const totals = /^totals:\s+(\d+)/m.exec(readFileSync(join(workDir, name), "utf8"));
    if (totals) threads.push(Number(totals[1]));
    rmSync(join(workDir, name));
  }
  if (threads.length === 0) return null;
  const total = threads.reduce((a, b) => a + b, 0);
  return { instructions_m: Math.round(total / 1e6), largest_thread_m: Math.round(Math.max(...threads) / 1e6),
           threads: threads.length };
}
