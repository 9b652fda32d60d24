#!/usr/bin/env bash
# The recruiter console's inbox on 10,000 candidates: builds the service, starts it on a fresh PostgreSQL database,
# seeds the candidates (seed.sql), warms up, then measures the inbox's first page, a search and the "needs a human"
# queue against the bare GET /api/vacancies (six rows) in the same run, with wrk. Figures, not assertions: the
# results go to docs/benchmarks.md by hand, with date and machine. Stops the service at the end.
#
#   PORT         default 8082
#   CONNECTIONS  default 4 (a few recruiters at once);  WARMUP  seconds, default 20;  DURATION  seconds, default 20
#   JAVA_OPTS    default: the production image's options with the heap a 512 MB container gives
#   SKIP_BUILD=true  use the jar in target/
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${PORT:-8082}"
CONNECTIONS="${CONNECTIONS:-4}"
WARMUP="${WARMUP:-20}"
DURATION="${DURATION:-20}"
TOKEN="bench-token-$RANDOM$RANDOM"
DB=recruitbot_bench_console

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)"
psql -h 127.0.0.1 -U postgres -qc "create database $DB"

if [[ "${SKIP_BUILD:-false}" != "true" ]]; then
  ./mvnw -B -q -DskipTests package
fi
JARS=(target/recruitbot-*.jar)
JAR="${JARS[0]}"

read -r -a java_options <<< "${JAVA_OPTS:--XX:InitialRAMPercentage=25 -Xmx384m -XX:+UseSerialGC -Xss512k}"
DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres" PORT="$PORT" ADMIN_API_TOKEN="$TOKEN" \
  java "${java_options[@]}" -jar "$JAR" > target/bench-console-service.log 2>&1 &
SERVICE=$!
trap 'kill "$SERVICE" 2>/dev/null; wait "$SERVICE" 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
  if curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/startup"; then break; fi
  sleep 1
done
psql -h 127.0.0.1 -U postgres -d "$DB" -q -f bench/console/seed.sql

# measure SECONDS PATH: GET PATH with the token, back to back over the connections
measure() {
  wrk -t2 -c"$CONNECTIONS" -d"${1}s" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$2"
}
summary() { awk -f bench/wrk-summary.awk; }
check() { # the inbox answers what it should before it is timed
  curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$1" | python3 -c \
    'import json, sys; body = json.load(sys.stdin); print("  %s: %s of %s" % (sys.argv[1], len(body["items"]), body["total"]))' "$1"
}

INBOX="/api/candidates?page=0&size=50"
SEARCH="/api/candidates?q=jansen&page=0&size=50"
ATTENTION="/api/candidates?needsAttention=true&page=0&size=50"
FILTERED="/api/candidates?status=QUALIFIED&status=SHORTLISTED&vacancy=forklift-tilburg&page=3&size=50"
BARE="/api/vacancies"
check "$INBOX"; check "$SEARCH"; check "$ATTENTION"; check "$FILTERED"

echo "warming up ${WARMUP} s over $CONNECTIONS connections"
for path in "$INBOX" "$SEARCH" "$ATTENTION" "$FILTERED" "$BARE"; do
  measure $((WARMUP / 5 + 1)) "$path" > /dev/null
done
read -r bare_rps bare_p50 bare_p99 bare_bad _ < <(measure "$DURATION" "$BARE" | summary)
read -r inbox_rps inbox_p50 inbox_p99 inbox_bad _ < <(measure "$DURATION" "$INBOX" | summary)
read -r search_rps search_p50 search_p99 search_bad _ < <(measure "$DURATION" "$SEARCH" | summary)
read -r attention_rps attention_p50 attention_p99 attention_bad _ < <(measure "$DURATION" "$ATTENTION" | summary)
read -r filtered_rps filtered_p50 filtered_p99 filtered_bad _ < <(measure "$DURATION" "$FILTERED" | summary)

report() { # what, requests/s, p50, p99, not 2xx, p50 ratio to the bare endpoint
  printf "%-58s %6s/s  p50 %7s ms  p99 %7s ms  (%s not 2xx)  p50 x%s\n" "$1" "$2" "$3" "$4" "$5" \
    "$(awk -v a="$3" -v b="$bare_p50" 'BEGIN { printf "%.1f", a / b }')"
}
echo "10,000 candidates, connections $CONNECTIONS, $(nproc) cores, $(date -u +%F)"
report "bare GET $BARE" "$bare_rps" "$bare_p50" "$bare_p99" "$bare_bad"
report "inbox GET $INBOX" "$inbox_rps" "$inbox_p50" "$inbox_p99" "$inbox_bad"
report "search GET $SEARCH" "$search_rps" "$search_p50" "$search_p99" "$search_bad"
report "needs a human GET ...needsAttention=true" "$attention_rps" "$attention_p50" "$attention_p99" "$attention_bad"
report "filtered GET ...status x2, vacancy, page 3" "$filtered_rps" "$filtered_p50" "$filtered_p99" "$filtered_bad"
