#!/usr/bin/env bash
# Rebuilds the README's screenshots (docs/screenshots/*.png) from the build, the same way every
# time: the Fusion style, 1280×800, the sample project, offscreen (no display needed).
#  - main-window.png: `casewright --screenshot` on a copy of the sample project, as a user first
#    sees it (the project overview);
#  - condition-builder, template-editor, options-matrix, preview, publish-dialog (two conflicts,
#    against the project's Cases emulator on 127.0.0.1) and dark-mode: the GUI test
#    tests/ui/test_ui_readme_screenshots.cpp, which checks each scene before saving it.
# Usage: scripts/readme-screenshots.sh [BUILD_DIR]   (default: build; configured like CI if new)
# Other PNGs in docs/screenshots (added by later changes with their own tests) are left alone.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
cd "$root"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASEWRIGHT_WERROR=ON >/dev/null
fi
cmake --build "$build" --target casewright test_ui_readme_screenshots -j"$(nproc 2>/dev/null || echo 2)"

out="$root/docs/screenshots"
# A fixed folder: the overview shows the project's path, the same on every run.
work="${TMPDIR:-/tmp}/casewright-readme"
rm -rf "$work"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/home"
# Neither the designer nor the test reads or writes the user's settings or ~/.aws.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export QT_QPA_PLATFORM=offscreen QT_STYLE_OVERRIDE=Fusion QT_SCALE_FACTOR=1 LANG=C.UTF-8 LANGUAGE=en

project="$work/Support Centre"
cp -r resources/sample-project "$project"
"$build/bin/casewright" --screenshot "$out/main-window.png" "$project"

CASEWRIGHT_README_SCREENSHOTS="$out" "$build/tests/ui/test_ui_readme_screenshots"

for name in main-window condition-builder template-editor options-matrix preview publish-dialog dark-mode; do
  test -s "$out/$name.png" || { echo "missing $out/$name.png" >&2; exit 1; }
  echo "docs/screenshots/$name.png"
done
