#!/usr/bin/env bash
# Runs jsonlogic_semantics.test.mjs: the JsonLogic casewright-cli exports, applied by json-logic-js,
# against casewright-cli evaluate.
#   run_jsonlogic_semantics.sh <casewright-cli> <work-dir>
# json-logic-js is installed with `npm ci` (the exact version of package-lock.json) into <work-dir>
# in the build tree, and only again when package-lock.json changes. When node, npm or the registry
# is missing the test FAILS: a semantics check that cannot run has not passed.
set -euo pipefail
cli=${1:?usage: run_jsonlogic_semantics.sh <casewright-cli> <work-dir>}
work=${2:?usage: run_jsonlogic_semantics.sh <casewright-cli> <work-dir>}
here=$(cd "$(dirname "$0")" && pwd)

fail() { echo "JSONLOGIC SEMANTICS FAILED: $*" >&2; exit 1; }
command -v node >/dev/null || fail "node is not installed (apt-get install nodejs npm)"
command -v npm >/dev/null || fail "npm is not installed (apt-get install npm)"
[ -x "$cli" ] || fail "no casewright-cli at $cli (build the casewright-cli target)"

mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$work/"
stamp="$work/node_modules/.casewright-lock-sha256"
lock_sum=$(sha256sum "$work/package-lock.json" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  echo "Installing json-logic-js with npm ci ..."
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error) ||
    fail "npm ci could not install the pinned json-logic-js (is the npm registry reachable?)"
  echo "$lock_sum" > "$stamp"
fi

CASEWRIGHT_CLI="$cli" JSONLOGIC_WORK="$work" exec node --test "$here/jsonlogic_semantics.test.mjs"
