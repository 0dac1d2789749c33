#!/usr/bin/env bash
# Renders casewright.svg into an .icns for the macOS app bundle.
#   make-icns.sh <casewright.svg> <output.icns>
# Runs on macOS at configure time: iconutil ships with Xcode's command-line tools, rsvg-convert
# comes from Homebrew's librsvg (the CI workflow installs it).
set -euo pipefail
svg=${1:?usage: make-icns.sh <svg> <output.icns>}
out=${2:?usage: make-icns.sh <svg> <output.icns>}
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing (brew install librsvg)" >&2; exit 1; }
command -v iconutil >/dev/null || { echo "iconutil is missing (xcode-select --install)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
iconset="$work/Casewright.iconset"
mkdir -p "$iconset"
# The sizes and names iconutil expects: each size at 1x and 2x.
for size in 16 32 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$iconset/icon_${size}x${size}.png"
  rsvg-convert -w $((size * 2)) -h $((size * 2)) "$svg" -o "$iconset/icon_${size}x${size}@2x.png"
done
iconutil --convert icns --output "$out" "$iconset"
