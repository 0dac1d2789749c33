#!/usr/bin/env bash
# Runs the SDK conformance test (conformance.test.mjs) against a cases-emulator binary.
#   run_sdk_conformance.sh <cases-emulator> <work-dir>
# The npm packages are installed with `npm ci` (exact versions of package-lock.json) into
# <work-dir>, a folder of the build tree, so source trees and build trees never share a
# node_modules. The install is skipped while package-lock.json is unchanged. When npm or the
# registry is unreachable the test FAILS: a conformance test that cannot run has not passed.
set -euo pipefail
emulator=${1:?usage: run_sdk_conformance.sh <cases-emulator> <work-dir>}
work=${2:?usage: run_sdk_conformance.sh <cases-emulator> <work-dir>}
here=$(cd "$(dirname "$0")" && pwd)
sample="$here/../../../resources/sample/support-centre.snapshot.json"

fail() { echo "SDK CONFORMANCE FAILED: $*" >&2; exit 1; }
command -v node >/dev/null || fail "node is not installed (apt-get install nodejs npm)"
command -v npm >/dev/null || fail "npm is not installed (apt-get install npm)"
[ -x "$emulator" ] || fail "no cases-emulator at $emulator (build the cases-emulator target)"
[ -f "$sample" ] || fail "no sample snapshot at $sample"

mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$here/conformance.test.mjs" "$work/"
stamp="$work/node_modules/.casewright-lock-sha256"
lock_sum=$(sha256sum "$work/package-lock.json" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  echo "Installing @aws-sdk/client-connectcases with npm ci ..."
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error) ||
    fail "npm ci could not install the pinned AWS SDK (is the npm registry reachable?)"
  echo "$lock_sum" > "$stamp"
fi

cd "$work"
CASES_EMULATOR="$emulator" CASES_EMULATOR_SAMPLE="$sample" exec node --test conformance.test.mjs
