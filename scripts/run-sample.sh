#!/usr/bin/env bash
# Builds Casewright and opens it on the bundled sample domain.
# Until the designer window lands, this runs the command-line engine on the sample: it checks
# the rules and shows, case by case, what an agent would see and why.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/install-deps-debian.sh"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target casewright-cli -j"$(nproc 2>/dev/null || echo 2)"
sample=resources/sample
./build/bin/casewright-cli validate "$sample/support-centre.snapshot.json"
./build/bin/casewright-cli evaluate "$sample/support-centre.snapshot.json" \
  --cases "$sample/support-centre.cases.json" --explain
