#!/usr/bin/env bash
# The golden test: for the same calls, the requests Casewright's CasesClient sends equal the
# requests AWS's own JavaScript SDK sends (method, path, query, content type, JSON body), modulo
# signature and date.
#   run_golden.sh <golden_client_driver> <work-dir>
# npm packages are installed with `npm ci` into <work-dir> (skipped while package-lock.json is
# unchanged). When npm or the registry is unreachable the test FAILS rather than passing unrun.
set -euo pipefail
driver=${1:?usage: run_golden.sh <golden_client_driver> <work-dir>}
work=${2:?usage: run_golden.sh <golden_client_driver> <work-dir>}
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "GOLDEN TEST FAILED: $*" >&2; exit 1; }
command -v node >/dev/null || fail "node is not installed (apt-get install nodejs npm)"
command -v npm >/dev/null || fail "npm is not installed"

mkdir -p "$work"
cp "$here"/package.json "$here"/package-lock.json "$here"/*.mjs "$here"/calls.json "$work/"
stamp="$work/node_modules/.casewright-lock-sha256"
lock_sum=$(sha256sum "$work/package-lock.json" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci could not install the pinned AWS SDK"
  echo "$lock_sum" > "$stamp"
fi
cd "$work"

node capture_server.mjs > server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' server.log | head -n 1 || true)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || fail "the capture server did not start: $(cat server.log)"

node sdk_calls.mjs "$url" calls.json || fail "the SDK could not make every call"
node -e "fetch('$url/__captured').then(r=>r.text()).then(t=>process.stdout.write(t))" > sdk.json
node -e "fetch('$url/__reset',{method:'POST'}).then(()=>{})"
"$driver" "$url" calls.json || fail "Casewright's client could not make every call"
node -e "fetch('$url/__captured').then(r=>r.text()).then(t=>process.stdout.write(t))" > casewright.json
node compare.mjs sdk.json casewright.json
