#!/usr/bin/env bash
# Runs each fuzz target for a few seconds, seeded with the project's own JSON files.
# Usage: run-fuzzers.sh BUILD_DIR SECONDS
set -euo pipefail
build=$1
seconds=${2:-20}
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
find "$root/resources" "$root/tests/data" -name '*.json' -size -200k -exec cp {} "$corpus/" \; 2>/dev/null || true
for target in fuzz_wire_readers fuzz_case_table_reader; do
  echo "== $target"
  "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
    -dict="$root/tests/fuzz/wire.dict" "$corpus" 2>&1 | tail -n 12
done
