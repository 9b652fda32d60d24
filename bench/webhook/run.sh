#!/usr/bin/env bash
# Builds the service, starts it on PostgreSQL, warms it up, then measures signed webhook deliveries against a bare
# endpoint in the same run, with wrk (Debian package wrk) as the load generator, and PostgreSQL alone doing durable
# single-row inserts with pgbench (on the default database only). Stops the service at the end.
#
#   BENCH_DATABASE_URL  PostgreSQL to run on; default: a fresh database recruitbot_bench_intake on 127.0.0.1:5432
#   PORT                default 8081
#   BASELINE_PATH       the bare endpoint, default /health/railway (answers 200 with a fixed body)
#   CONNECTIONS         default 64;  WARMUP  seconds, default 40;  DURATION  seconds per measurement, default 30
#   TARGET              deliveries per second for the latency measurement at a fixed load, default 4000
#   MOST                the most deliveries per second the prepared files must cover, default 16000: a run that
#                       uses them up stops early and reports a capped rate, so summary() warns when that happens
#   WORKERS             inbox worker threads while measuring, default 4 (as in production); 0 measures the
#                       acknowledgement path alone, without the screening of the stored messages competing for the CPU
#   JAVA_OPTS           default: the production image's options with the heap a 512 MB container gives
#   SKIP_BUILD=true     use the jar in target/
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${PORT:-8081}"
SECRET="bench-secret-$RANDOM"
BASELINE_PATH="${BASELINE_PATH:-/health/railway}"
CONNECTIONS="${CONNECTIONS:-64}"
WARMUP="${WARMUP:-40}"
DURATION="${DURATION:-30}"
TARGET="${TARGET:-4000}"
MOST="${MOST:-16000}"
THREADS=2
DELIVERIES=target/bench-deliveries

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
if [[ -z "${BENCH_DATABASE_URL:-}" ]]; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists recruitbot_bench_intake with (force)"
  psql -h 127.0.0.1 -U postgres -qc "create database recruitbot_bench_intake"
fi
DATABASE="${BENCH_DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/recruitbot_bench_intake?user=postgres}"

if [[ "${SKIP_BUILD:-false}" != "true" ]]; then
  ./mvnw -B -q -DskipTests package
fi
JARS=(target/recruitbot-*.jar)
JAR="${JARS[0]}"

# signed deliveries with ids of their own, for the warm-up and for the measurement: none is a duplicate
rm -rf "$DELIVERIES"
for phase in warmup most target; do
  case $phase in
    warmup) count=$((MOST * (WARMUP / 2 + 1))) ;;
    most) count=$((MOST * (DURATION + 1))) ;;
    target) count=$((TARGET * (DURATION + 1))) ;;
  esac
  java bench/webhook/SignedDeliveries.java --secret "$SECRET" --out "$DELIVERIES/$phase" --threads "$THREADS" \
    --per-thread $((count / THREADS)) --run "$phase"
done

read -r -a java_options <<< "${JAVA_OPTS:--XX:InitialRAMPercentage=25 -Xmx384m -XX:+UseSerialGC -Xss512k}"
DATABASE_URL="$DATABASE" PORT="$PORT" WHATSAPP_APP_SECRET="$SECRET" WHATSAPP_VERIFY_TOKEN=bench-verify DEMO_VACANCIES=false \
  java "${java_options[@]}" -jar "$JAR" --recruitbot.inbox.workers="${WORKERS:-4}" \
  > target/bench-webhook-service.log 2>&1 &
SERVICE=$!
trap 'kill "$SERVICE" 2>/dev/null; wait "$SERVICE" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -s -o /dev/null "http://127.0.0.1:$PORT$BASELINE_PATH"; then break; fi
  sleep 1
done

# webhook SECONDS DELIVERIES [RATE]: signed deliveries, back to back or at RATE per second
webhook() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${1}s" --latency -s bench/webhook/load.lua \
    "http://127.0.0.1:$PORT/webhooks/whatsapp" -- $((${3:-0} / THREADS)) "$DELIVERIES/$2"
}
# baseline SECONDS [RATE]: the bare endpoint, the same way
baseline() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${1}s" --latency -s bench/webhook/load.lua \
    "http://127.0.0.1:$PORT$BASELINE_PATH" -- $((${2:-0} / THREADS))
}
# requests per second, p50 and p99 in ms, and the count of answers other than 2xx, from wrk's report
summary() { awk -f bench/wrk-summary.awk; }

echo "warming up ${WARMUP} s (webhook, then baseline) over $CONNECTIONS connections"
webhook $((WARMUP / 2)) warmup > /dev/null
baseline $((WARMUP - WARMUP / 2)) > /dev/null
read -r most_rps most_p50 most_p99 most_bad _ < <(webhook "$DURATION" most | summary)
read -r bare_rps bare_p50 bare_p99 bare_bad _ < <(baseline "$DURATION" | summary)
read -r at_rps at_p50 at_p99 at_bad _ < <(webhook "$DURATION" target "$TARGET" | summary)
read -r bare_at_rps bare_at_p50 bare_at_p99 bare_at_bad _ < <(baseline "$DURATION" "$TARGET" | summary)

report() { # what, requests/s, p50, p99, not 2xx
  printf "%-44s %6s/s  p50 %6s ms  p99 %6s ms  (%s not 2xx)\n" "$1" "$2" "$3" "$4" "$5"
}
# pg_alone SECONDS [RATE]: durable single-row inserts into a copy of the inbox table, from as many pgbench clients as
# there are connections; prints transactions per second, p50 and p99 in ms (from pgbench's per-transaction log)
pg_alone() {
  rm -f target/bench-pgbench.*
  (cd target && pgbench -h 127.0.0.1 -U postgres -n -M prepared -f ../bench/webhook/pg-alone.sql -c "$CONNECTIONS" \
    -j "$THREADS" -T "$1" ${2:+-R "$2"} -l --log-prefix=bench-pgbench recruitbot_bench_intake > /dev/null 2>&1)
  cat target/bench-pgbench.* | awk '{ print $3 / 1000 }' | sort -n | awk -v s="$1" '
    { t[NR] = $1 } END { printf "%.0f %.2f %.2f 0\n", NR / s, t[int(NR * 0.5)], t[int(NR * 0.99)] }'
}
pg_alone_rps="" pg_alone_at_p99=""
if [[ -z "${BENCH_DATABASE_URL:-}" ]] && command -v pgbench > /dev/null; then
  psql -h 127.0.0.1 -U postgres -d recruitbot_bench_intake -qc \
    "create table bench_pg_alone (like inbox_message including all)"
  read -r pg_alone_rps pg_alone_p50 pg_alone_p99 _ < <(pg_alone "$DURATION")
  read -r pg_alone_at_rps pg_alone_at_p50 pg_alone_at_p99 _ < <(pg_alone "$DURATION" "$TARGET")
fi

echo "connections $CONNECTIONS, wrk threads $THREADS, $(nproc) cores, inbox workers ${WORKERS:-4}"
report "webhook, as fast as it answers" "$most_rps" "$most_p50" "$most_p99" "$most_bad"
report "baseline $BASELINE_PATH, as fast as it answers" "$bare_rps" "$bare_p50" "$bare_p99" "$bare_bad"
report "webhook at $TARGET/s" "$at_rps" "$at_p50" "$at_p99" "$at_bad"
report "baseline at $TARGET/s" "$bare_at_rps" "$bare_at_p50" "$bare_at_p99" "$bare_at_bad"
if [[ -n "$pg_alone_rps" ]]; then
  report "PostgreSQL alone, as fast as it goes" "$pg_alone_rps" "$pg_alone_p50" "$pg_alone_p99" 0
  report "PostgreSQL alone at $TARGET/s" "$pg_alone_at_rps" "$pg_alone_at_p50" "$pg_alone_at_p99" 0
fi
awk -v a="$most_rps" -v b="$bare_rps" -v c="$at_p50" -v d="$bare_at_p50" -v e="$at_p99" -v f="$bare_at_p99" \
  'BEGIN { printf "ratio webhook/baseline: throughput %.2f; at the fixed load p50 %.2f, p99 %.2f\n", a / b, c / d, e / f }'
echo "service resident memory after the load: $(awk '/^VmRSS:/ { printf "%d MB", $2 / 1024 }' "/proc/$SERVICE/status")"
