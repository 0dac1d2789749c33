#!/usr/bin/env bash
# Runs the folder-level fuzz target (fuzz_project_folder) for a few seconds, seeded with the sample
# project written in the target's input format and with hostile variants of it (links out, loops,
# folders named like files), mutated with the JSON readers' dictionary plus the format's own tokens.
# Usage: run-folder-fuzzer.sh FUZZER SECONDS   (a missing FUZZER is skipped: it needs a Qt build)
set -euo pipefail
fuzzer=$1
seconds=${2:-20}
[ -x "$fuzzer" ] || { echo "run-folder-fuzzer: $fuzzer not built, skipped"; exit 0; }
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
sample="$root/resources/sample-project"
# The whole sample project as one input, then one input per file with a hostile twist.
(cd "$sample" && find . -type f -name '*.json' | sort | while read -r file; do
  printf '@@ f %s\n' "${file#./}"; cat "$file"; printf '\n'; done) > "$work/corpus/sample"
n=0
for file in "$sample"/rules/*.json "$sample"/templates/*.json "$sample"/samples/*.json; do
  n=$((n + 1))
  rel=${file#"$sample"/}
  { printf '@@ f casewright.json\n'; cat "$sample/casewright.json"; printf '\n@@ f fields.json\n'; cat "$sample/fields.json"
    printf '\n@@ f %s\n' "$rel"; cat "$file"
    printf '\n@@ l %s.json ../outside.json\n@@ l rules/loop.json loop.json\n@@ d templates/dir.json\n' "${rel%.json}-link"
  } > "$work/corpus/file-$n"
done
cp "$root/tests/fuzz/wire.dict" "$work/folder.dict"
cat >> "$work/folder.dict" <<'DICT'
"\x0a@@ f rules/"
"\x0a@@ f templates/"
"\x0a@@ f samples/"
"\x0a@@ d rules/"
"\x0a@@ l rules/"
" ../outside.json"
" ../../outside.json"
" /etc/passwd"
".json"
"\\u001b[31m"
"\\u0000"
"\\u202e"
DICT
"$fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 -print_final_stats=1 \
  -dict="$work/folder.dict" "$work/corpus" 2>&1 | tail -n 12
