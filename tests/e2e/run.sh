#!/usr/bin/env bash
# End-to-end tests of the dashboard: builds a database from examples/, starts `dyad serve` on a
# free loopback port, runs the browser tests in Debian's headless Chromium, stops the server.
#   bash tests/e2e/run.sh                      # release build (as CI)
#   DYAD_E2E_PROFILE=debug bash tests/e2e/run.sh
# Screenshots land in tests/e2e/screenshots/ (git-ignored).
set -euo pipefail
E2E="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$E2E/../.." && pwd)"
PROFILE="${DYAD_E2E_PROFILE:-release}"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "e2e: installing Debian's chromium" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
  else
    echo "e2e: $CHROMIUM not found (apt-get install chromium)" >&2; exit 1
  fi
fi
if [ ! -d "$E2E/node_modules/playwright-core" ]; then
  (cd "$E2E" && npm install --no-audit --no-fund) >&2
fi

flag=()
[ "$PROFILE" = release ] && flag=(--release)
(cd "$ROOT" && cargo build "${flag[@]}" -p dyad-serve --bins) >&2
BIN="$TARGET/$PROFILE"
# Prefer the main binary once it has the serve command.
SERVE=("$BIN/dyad-serve")
if [ -x "$BIN/dyad" ] && "$BIN/dyad" serve --help >/dev/null 2>&1; then SERVE=("$BIN/dyad" serve); fi

TMP="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

"$BIN/dyad-serve-fixture" "$TMP/e2e.db" "$ROOT/examples" 2>"$TMP/fixture.log" || { cat "$TMP/fixture.log" >&2; exit 1; }
PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
URL="http://127.0.0.1:$PORT"
"${SERVE[@]}" --db "$TMP/e2e.db" --addr "127.0.0.1:$PORT" 2>"$TMP/serve.log" &
pid=$!
for _ in $(seq 1 100); do
  if node -e "fetch('$URL/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))" 2>/dev/null; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "e2e: the server died:" >&2; cat "$TMP/serve.log" >&2; exit 1; fi
  sleep 0.2
done

set +e
(cd "$E2E" && DYAD_URL="$URL" CHROMIUM="$CHROMIUM" node --test --test-concurrency=1 --test-reporter=spec dashboard.test.mjs) 2>&1 | tee "$TMP/out.log"
status=${PIPESTATUS[0]}
set -e
passed="$(grep -E '^ℹ pass [0-9]+' "$TMP/out.log" | grep -oE '[0-9]+' | tail -1)"
failed="$(grep -E '^ℹ fail [0-9]+' "$TMP/out.log" | grep -oE '[0-9]+' | tail -1)"
echo "e2e: ${passed:-0} passed, ${failed:-0} failed"
if [ "$status" != 0 ]; then echo "e2e: server log:" >&2; tail -20 "$TMP/serve.log" >&2; fi
exit "$status"
