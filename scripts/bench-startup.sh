#!/usr/bin/env bash
# The designer's startup benchmark (docs/performance.md, "Startup and memory"): time from main()
# to the first painted frame with a project open (casewright --measure-startup, offscreen), the
# whole process's wall time, and its peak memory (GNU time's maximum resident set), for
#   1. the bundled sample project, and
#   2. a generated domain of 1,000 fields and 500 rules (pulled from cases-emulator into a project).
# Median of 5 runs each. Writes the "startup" part of bench-results.json.
#   scripts/bench-startup.sh [--build-dir DIR] [--bench-build-dir DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build"
bench="$root/build-bench"
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build=$2; shift ;;
    --bench-build-dir) bench=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
cmake --build "$build" --target casewright casewright-cli cases-emulator -j2 >/dev/null
cmake --build "$bench" --target casewright_bench_workload -j2 >/dev/null
work=$(mktemp -d)
trap 'kill ${emulator:-0} 2>/dev/null || true; rm -rf "$work"' EXIT

# The large domain: generated, served by the emulator, pulled into a project like a user would.
"$bench/bin/casewright_bench_workload" pull --out "$work" --fields 1000 --templates 25 --rules 500 >/dev/null
"$build/bin/cases-emulator" --state "$work/pull.snapshot.json" --port 0 > "$work/emulator.log" &
emulator=$!
for _ in $(seq 1 100); do grep -q listening "$work/emulator.log" && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*' "$work/emulator.log")
domain=$(node -e "console.log(JSON.parse(require('fs').readFileSync('$work/pull.snapshot.json')).domainId)")
HOME="$work" AWS_ACCESS_KEY_ID=CASEWRIGHTEMULATOR AWS_SECRET_ACCESS_KEY=casewright-emulator-secret-key \
  AWS_REGION=us-east-1 "$build/bin/casewright-cli" pull --domain "$domain" --endpoint "$url" "$work/large" >/dev/null 2>&1
cp -r "$root/resources/sample-project" "$work/sample"

measure() { # project -> "paint_ms wall_s rss_kb" per run
  for _ in 1 2 3 4 5; do
    HOME="$work" QT_QPA_PLATFORM=offscreen /usr/bin/time -f "time %e %M" "$build/bin/casewright" --measure-startup "$1" 2>&1 |
      awk '/^first-paint-ms/ {p=$2} /^time / {w=$2; r=$3} END {print p, w, r}'
  done
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
report() { # name project
  local runs; runs=$(measure "$2")
  printf '"%s": {"first_paint_ms": %s, "process_wall_s": %s, "peak_rss_mb": %s, "runs_first_paint_ms": [%s]}' "$1" \
    "$(echo "$runs" | cut -d' ' -f1 | median)" "$(echo "$runs" | cut -d' ' -f2 | median)" \
    "$(echo "$runs" | cut -d' ' -f3 | median | awk '{printf "%.1f", $1/1024}')" \
    "$(echo "$runs" | cut -d' ' -f1 | paste -sd, -)"
}
startup="{$(report sample_project "$work/sample"), $(report domain_1000_fields_500_rules "$work/large"), \"method\": \"casewright --measure-startup (main() to the first painted frame, project open, offscreen), GNU time for wall and peak RSS; median of 5\", \"targets\": {\"first_paint_under_0_5_s\": null, \"peak_under_150_mb\": null}}"
node -e "
const fs = require('fs');
const file = '$root/bench-results.json';
const results = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file)) : {};
const s = JSON.parse(process.argv[1]);
const all = [s.sample_project, s.domain_1000_fields_500_rules];
s.targets.first_paint_under_0_5_s = all.every((r) => r.first_paint_ms < 500) ? 'met' : 'NOT met';
s.targets.peak_under_150_mb = all.every((r) => r.peak_rss_mb < 150) ? 'met' : 'NOT met';
results.startup = s;
fs.writeFileSync(file, JSON.stringify(results, null, 1) + '\n');
console.log(JSON.stringify(s, null, 1));
" "$startup"
