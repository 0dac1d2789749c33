#!/usr/bin/env bash
# Builds Casewright and opens the designer on the bundled sample project (a support-centre
# domain: 16 fields, 10 rules, 3 templates, sample cases). The sample is copied to
# build/sample-project first, so your edits never touch the repository's copy; delete that
# folder to start again from the original.
# Without a display (no $DISPLAY / $WAYLAND_DISPLAY) it renders the window offscreen to
# build/sample-project.png instead, and prints what the engine says about the sample.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/install-deps-debian.sh"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target casewright casewright-cli -j"$(nproc 2>/dev/null || echo 2)"
if [ ! -d build/sample-project ]; then
  cp -r resources/sample-project build/sample-project
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: checking the sample with casewright-cli, and rendering the window offscreen."
  ./build/bin/casewright-cli validate build/sample-project
  ./build/bin/casewright-cli evaluate build/sample-project --template "Customer support" | head -n 30
  QT_QPA_PLATFORM=offscreen ./build/bin/casewright --screenshot build/sample-project.png build/sample-project
  echo "Window rendered to build/sample-project.png"
  exit 0
fi
exec ./build/bin/casewright build/sample-project
