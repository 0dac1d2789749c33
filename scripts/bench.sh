#!/usr/bin/env bash
# Casewright's benchmarks side by side with its peers (docs/performance.md), in one command:
#   scripts/bench.sh                 build (Release, in build-bench), install the npm peers
#                                    with `npm ci`, check every engine agrees, time, write
#                                    bench-results.json at the repository root, print the ratios last
#   scripts/bench.sh --smoke         the same pipeline with tiny sizes (what ctest's bench_smoke
#                                    runs); results go to the work folder, no target is judged
# Options: --build-dir DIR (default build-bench), --work DIR (default BUILD/bench-work),
#          --out FILE, --no-build (use the programs already in BUILD/bin),
#          --stage rate-limited-pull (only that stage: the pull under cases-emulator --rate-limit 20,
#          merged into the results file; it also runs after the others in a full run),
#          --stage project (only validate/evaluate on a 1,000-field / 500-rule project, replacing
#          whole_process.project in the results file; part of the whole-process stage otherwise).
# The real run takes about 10 minutes on 2 cores; run it on an otherwise idle machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-bench"
work=""
out=""
smoke=0
do_build=1
stage=""

fail() { echo "BENCHMARK FAILED: $*" >&2; exit 1; }
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1 ;;
    --no-build) do_build=0 ;;
    --build-dir) build=${2:?--build-dir needs a folder}; shift ;;
    --work) work=${2:?--work needs a folder}; shift ;;
    --out) out=${2:?--out needs a file}; shift ;;
    --stage) stage=${2:?--stage needs a name}; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) fail "unknown option $1 (see --help)" ;;
  esac
  shift
done
work=${work:-$build/bench-work}
if [ -z "$out" ]; then
  if [ "$smoke" = 1 ]; then out="$work/bench-results.json"; else out="$root/bench-results.json"; fi
fi

# Stage: the pull under the service's rate limit (issue #12), with default retry settings.
rate_limited_pull() {
  for program in casewright_bench_workload casewright-cli cases-emulator; do
    [ -x "$build/bin/$program" ] || fail "no $build/bin/$program (build the target, or drop --no-build)"
  done
  echo "Pull under a rate limit: casewright-cli pull, default settings, cases-emulator --rate-limit 20 ..."
  node "$root/tests/bench/js/bench_rate_limited_pull.mjs" --bin "$build/bin" --work "$work/rate-limited-pull" \
    --out "$out" --rate 20 || fail "the rate-limited pull missed its targets (see $out, rate_limited_pull)"
}
case "$stage" in
  "") ;;
  rate-limited-pull)
    if [ "$do_build" = 1 ]; then
      cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
      cmake --build "$build" --target casewright_bench_workload_gen casewright-cli cases-emulator -j2
    fi
    rate_limited_pull; exit 0 ;;
  project)
    if [ "$do_build" = 1 ]; then
      cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
      cmake --build "$build" --target casewright_bench_workload_gen casewright-cli cases-emulator -j2
    fi
    for program in casewright_bench_workload casewright-cli cases-emulator; do
      [ -x "$build/bin/$program" ] || fail "no $build/bin/$program (build the target, or drop --no-build)"
    done
    echo "validate and evaluate on a 1,000-field / 500-rule project ..."
    node "$root/tests/bench/js/bench_project.mjs" --bin "$build/bin" --work "$work/project" --out "$out"
    exit 0 ;;
  *) fail "unknown stage $stage (known: rate-limited-pull, project)" ;;
esac

command -v node >/dev/null || fail "node is not installed (apt-get install nodejs npm); the peers and the driver need node >= 20"
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' ||
  fail "node $(node --version) is too old: the peers need node >= 20"

programs=(casewright_bench_workload_gen casewright_bench_evaluator casewright-cli cases-emulator casewright)
if [ "$do_build" = 1 ]; then
  # Release with the GUI (the startup benchmark opens the designer); an existing folder is
  # re-configured to those settings.
  generator=()
  [ ! -f "$build/CMakeCache.txt" ] && command -v ninja >/dev/null && generator=(-G Ninja)
  cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DCASEWRIGHT_BUILD_GUI=ON >/dev/null
  cmake --build "$build" --target "${programs[@]}" -j2
fi
for program in casewright_bench_workload casewright_bench_evaluator casewright-cli cases-emulator; do
  [ -x "$build/bin/$program" ] || fail "no $build/bin/$program (build the target, or drop --no-build)"
done


# The driver and the peers run from the work folder, where `npm ci` installs the exact versions
# of package-lock.json; the source tree never gets a node_modules. Skipped while the lock is
# unchanged.
js="$work/js"
mkdir -p "$js"
cp "$root"/tests/bench/js/*.mjs "$root/tests/bench/js/package.json" "$root/tests/bench/js/package-lock.json" "$js/"
no_peers=""
stamp="$js/node_modules/.casewright-lock-sha256"
lock_sum=$(sha256sum "$js/package-lock.json" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  echo "Installing the peers with npm ci (json-logic-js, json-logic-engine, @gorules/zen-engine, @aws-sdk/client-connectcases) ..."
  if command -v npm >/dev/null && (cd "$js" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error); then
    echo "$lock_sum" > "$stamp"
  elif [ "$smoke" = 1 ]; then
    no_peers="npm ci could not install the peers (is npm installed and the registry reachable?)"
    echo "NOTE: $no_peers -- the smoke run checks Casewright alone." >&2
  else
    fail "npm ci could not install the peers (is the npm registry reachable?)"
  fi
fi

args=(--bin "$build/bin" --work "$work" --out "$out" --sample-project "$root/resources/sample-project")
[ "$smoke" = 1 ] && args+=(--smoke)
[ -n "$no_peers" ] && args+=(--no-peers "$no_peers")
node "$js/run_bench.mjs" "${args[@]}"
[ "$smoke" = 1 ] || rate_limited_pull
