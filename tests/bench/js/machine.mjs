// What the numbers were measured on: bench-results.json's "machine".
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem } from "node:os";
import { join } from "node:path";

function firstLine(command, argv) {
  try {
    return execFileSync(command, argv, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).split("\n")[0].trim();
  } catch {
    return "unknown";
  }
}

function cpuinfo(key) {
  const match = new RegExp(`^${key}\\s*:\\s*(.*)$`, "m").exec(readFileSync("/proc/cpuinfo", "utf8"));
  return match ? match[1].trim() : "unknown";
}

function osName() {
  const match = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(existsSync("/etc/os-release") ? readFileSync("/etc/os-release", "utf8") : "");
  return match ? match[1] : "unknown";
}

function cmakeCache(binDir, key) {
  const cache = join(binDir, "..", "CMakeCache.txt");
  const match = existsSync(cache) ? new RegExp(`^${key}:[A-Z]+=(.*)$`, "m").exec(readFileSync(cache, "utf8")) : null;
  return match ? match[1] : "unknown";
}

export const loadAverage = () => loadavg().map((value) => Math.round(value * 100) / 100);

export function machineDescription(binDir) {
  const compiler = cmakeCache(binDir, "CMAKE_CXX_COMPILER");
  return {
    nproc: Number(firstLine("nproc", [])),
    cpu_model: cpuinfo("model name"),
    cpu_mhz: Number(cpuinfo("cpu MHz")),
    virtualised: / hypervisor /.test(` ${cpuinfo("flags")} `),
    memory_gib: Math.round(totalmem() / 2 ** 30),
    os: osName(),
    kernel: release(),
    node: process.version,
    compiler: compiler === "unknown" ? compiler : firstLine(compiler, ["--version"]),
    build_type: cmakeCache(binDir, "CMAKE_BUILD_TYPE"),
    logical_cpus_seen_by_node: cpus().length,
    load_average_at_start: loadAverage(),
    date: new Date().toISOString(),
  };
}
