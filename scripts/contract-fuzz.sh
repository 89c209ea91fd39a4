#!/usr/bin/env bash
# Contract fuzz of the HTTP API: schemathesis (from PyPI, in its own virtual environment) generates
# requests from /api/openapi.json and checks every answer: no 5xx, and every response matches the
# schema the document declares for its status. Self-contained: creates the venv, imports the
# illustrative fixtures into the TEST Neo4j instance (never `main`; the tests clear it anyway),
# analyses them, starts the service on a free loopback port with an admin token, runs a bounded
# number of examples per operation, and stops the service.
# Each request may take up to 60 s (schemathesis waits 10 s by default): the first report of a fresh
# service plans its queries and loads its renderers (3.6 s on a quiet machine, over 10 s once on a
# shared one); latency is what the benchmarks measure, not this check.
#
#   bash scripts/contract-fuzz.sh            # from the repository root
#
# Settings: NEO4J_URI (default: this checkout's test instance), FUZZ_MAX_EXAMPLES (default 20),
# FUZZ_VENV (default: a per-version folder under ~/.cache/diagonal, kept between runs),
# SCHEMATHESIS_VERSION (default 4.32.5).
set -euo pipefail
cd "$(dirname "$0")/.."

MAX_EXAMPLES="${FUZZ_MAX_EXAMPLES:-20}"
VERSION="${SCHEMATHESIS_VERSION:-4.32.5}"
VENV="${FUZZ_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/diagonal/contract-fuzz-$VERSION}"

if [ ! -x "$VENV/bin/schemathesis" ]; then
  mkdir -p "$(dirname "$VENV")"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$VERSION"
fi

# The service and the CLI talk to this checkout's test instance, never `main`.
if [ -z "${NEO4J_URI:-}" ]; then
  node scripts/neo4j.mjs start --instance test >/dev/null
  export NEO4J_URI="bolt://127.0.0.1:$(node scripts/neo4j.mjs port --instance test)" NEO4J_PASSWORD="${DIAGONAL_NEO4J_PASSWORD:-diagonal-local}"
fi
export DIAGONAL_NEO4J_DOCKER=never
node bin/diagonal.mjs import fixtures/mvo >/dev/null
node bin/diagonal.mjs analyze --seed 1 >/dev/null
TOKEN="$(node bin/diagonal.mjs token create --role admin --name contract-fuzz 2>/dev/null)"

PORT="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
LOG="$(mktemp)"
# Generous budgets: the fuzzer sends many requests from one address within a minute.
PORT="$PORT" HOST=127.0.0.1 LOG_LEVEL=warn RATE_LIMIT_WRITE_MAX=1000000 RATE_LIMIT_TOKEN_MAX=1000000 RATE_LIMIT_VIEW_MAX=1000000 RATE_LIMIT_FAILED_AUTH_MAX=1000000 \
  RATE_LIMIT_EXPORT_MAX=1000000 PUBLIC_EXPORT_BUILDS_MAX=100 EVENT_STREAMS_PER_CLIENT=10000 \
  node bin/diagonal.mjs serve >"$LOG" 2>&1 &
SERVICE=$!
stop() { kill "$SERVICE" 2>/dev/null || true; wait "$SERVICE" 2>/dev/null || true; rm -f "$LOG"; }
trap stop EXIT

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVICE" 2>/dev/null; then cat "$LOG"; echo "contract fuzz: the service did not start" >&2; exit 1; fi
  sleep 0.5
done

# Deterministic and bounded: a fixed seed, MAX_EXAMPLES per operation, no stateful phase; once with
# an admin token (every operation reachable) and once anonymously (what the public may send, and
# every 401 declared). The fuzzer's own report goes to a file: printed whole when it fails,
# summarised in one line when it passes, so that the test runner's summary stays the last word of
# a CI log.
fuzz() { # $1: who (admin or anonymous); the rest: schemathesis options
  local who="$1"
  shift
  local report status cases warnings mismatched
  report="$(mktemp)"
  set +e
  "$VENV/bin/schemathesis" run "http://127.0.0.1:$PORT/api/openapi.json" \
    --url "http://127.0.0.1:$PORT" \
    "$@" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
    --max-examples "$MAX_EXAMPLES" \
    --request-timeout 60 \
    --seed 1 \
    --phases examples,coverage,fuzzing \
    --workers 1 \
    --no-color >"$report" 2>&1
  status=$?
  set -e
  if [ "$status" -ne 0 ]; then
    cat "$report"
    echo "contract fuzz ($who): schemathesis failed (exit $status)" >&2
    rm -f "$report"
    exit "$status"
  fi
  cases="$(grep -Eo '[0-9]+ generated, [0-9]+ passed' "$report" | tail -n 1)"
  warnings="$(grep -E '^ *⚠️' "$report" | sed -E 's/^ *⚠️ *//' | paste -sd ';' -)"
  # Which operations the validation-mismatch note is about (listed under its heading in the report).
  mismatched="$(awk '/^Schema validation mismatch/ {on=1; next} on && /^$/ && n > 0 {exit} on && /^ *- / {sub(/^ *- /, ""); print; n++}' "$report" | paste -sd ',' -)"
  warnings="${warnings}${mismatched:+ (mismatch: $mismatched)}"
  echo "contract fuzz ($who): every operation conforms (${cases:-no cases counted})${warnings:+; notes: $warnings}"
  rm -f "$report"
}
fuzz admin --header "Authorization: Bearer $TOKEN"
fuzz anonymous
