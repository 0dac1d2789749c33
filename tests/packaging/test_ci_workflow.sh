#!/usr/bin/env bash
# Lints .github/workflows/ci.yml offline: action-validator checks it against GitHub's workflow
# schema, check_workflow.mjs against what it must do. The npm packages are installed with `npm ci`
# (the exact versions of package-lock.json) into WORK_DIR, again only when the lock file changes.
# When npm or the registry is unreachable the test FAILS rather than passing unrun.
#   test_ci_workflow.sh SOURCE_DIR WORK_DIR
set -euo pipefail
source_dir=${1:?usage: test_ci_workflow.sh SOURCE_DIR WORK_DIR}
work=${2:?usage: test_ci_workflow.sh SOURCE_DIR WORK_DIR}
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "WORKFLOW TEST FAILED: $*" >&2; exit 1; }
command -v node >/dev/null || fail "node is not installed (apt-get install nodejs npm)"
command -v npm >/dev/null || fail "npm is not installed (apt-get install npm)"

mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$here/check_workflow.mjs" "$work/"
stamp="$work/node_modules/.casewright-lock-sha256"
lock_sum=$(sha256sum "$work/package-lock.json" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci could not install the pinned linters"
  echo "$lock_sum" >"$stamp"
fi

workflows=("$source_dir"/.github/workflows/*.yml)
[ -e "${workflows[0]}" ] || fail "no workflow in $source_dir/.github/workflows"
validator="$work/node_modules/.bin/action-validator"
echo "== action-validator (GitHub's workflow schema)"
# The validator must be able to say no: a workflow with a misspelt key and a job without a runner.
printf 'on: push\njobs:\n  build:\n    step:\n      - run: echo\n' >"$work/broken-workflow.yml"
if "$validator" "$work/broken-workflow.yml" >/dev/null 2>&1; then
  fail "action-validator accepted a broken workflow: it checks nothing"
fi
for workflow in "${workflows[@]}"; do
  "$validator" "$workflow" || fail "action-validator rejected $workflow"
  echo "ok - $workflow matches GitHub's workflow schema"
done
echo "== check_workflow.mjs"
node "$work/check_workflow.mjs" "$source_dir" || fail "the workflow does not do what CI needs"
