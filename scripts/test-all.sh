#!/usr/bin/env bash
# Builds Casewright and runs the whole test suite, the way CI does:
#   1. the full build with warnings as errors, and every test (ctest);
#   2. the Qt-free core and its tests again under AddressSanitizer + UndefinedBehaviorSanitizer;
#   3. the libFuzzer targets, briefly: the JSON readers (a core-only tree) and whole project
#      folders (a tree with the project layer, no GUI).
# Usage: scripts/test-all.sh            (FUZZ_SECONDS=N to fuzz longer; default 20 per target)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

"$root/scripts/install-deps-debian.sh"

echo "== 1/3 build (warnings are errors) and test"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASEWRIGHT_WERROR=ON
cmake --build build -j"$jobs"
(cd build && ctest --output-on-failure -j"$jobs") | tee "$logs/main.log"

echo "== 2/3 core tests under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCASEWRIGHT_WERROR=ON \
  -DCASEWRIGHT_CORE_ONLY=ON -DCASEWRIGHT_SANITIZERS=address,undefined
cmake --build build-asan -j"$jobs"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j"$jobs") |
  tee "$logs/asan.log"

echo "== 3/3 fuzzing the JSON readers and project folders"
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCASEWRIGHT_CORE_ONLY=ON -DCASEWRIGHT_BUILD_TESTS=OFF -DCASEWRIGHT_FUZZ=ON
cmake --build build-fuzz -j"$jobs"
cmake -S . -B build-fuzz-folder -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCASEWRIGHT_BUILD_GUI=OFF -DCASEWRIGHT_BUILD_TESTS=OFF -DCASEWRIGHT_FUZZ=ON
cmake --build build-fuzz-folder -j"$jobs" --target fuzz_project_folder
"$root/tests/fuzz/run-fuzzers.sh" build-fuzz "${FUZZ_SECONDS:-20}"
# One closing line for the whole run (each ctest above stops the script if anything failed).
total=$(grep -ho 'tests failed out of [0-9]*' "$logs"/*.log | awk '{sum += $NF} END {print sum + 0}')
echo "All tests passed (both ctest runs and the fuzzers)."
echo "tests: $total passed, 0 failed"
