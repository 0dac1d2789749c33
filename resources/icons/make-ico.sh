#!/usr/bin/env bash
# Regenerates casewright.ico (the Windows executable and installer icon) from casewright.svg.
# The .ico is committed because Windows builders have neither rsvg-convert nor ImageMagick;
# run this again whenever the SVG changes. Needs rsvg-convert (librsvg2-bin) and ImageMagick.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }
# /usr/bin first: a "convert" earlier on PATH may be a stand-in rather than ImageMagick.
magick=$(PATH=/usr/bin:$PATH command -v magick || PATH=/usr/bin:$PATH command -v convert) ||
  { echo "ImageMagick is missing (apt-get install imagemagick)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pngs=()
for size in 16 20 24 32 40 48 64 256; do
  rsvg-convert -w "$size" -h "$size" "$here/casewright.svg" -o "$work/$size.png"
  pngs+=("$work/$size.png")
done
"$magick" "${pngs[@]}" "$here/casewright.ico"
echo "wrote $here/casewright.ico"
