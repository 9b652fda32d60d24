#!/usr/bin/env bash
# Builds the service, starts it on PostgreSQL, warms it up, measures the webhook against a bare endpoint, stops it.
#
#   BENCH_DATABASE_URL  PostgreSQL to run on (its inbox fills with benchmark messages)
#                       default: jdbc:postgresql://127.0.0.1:5432/recruitbot_test_intake?user=postgres
#   PORT                default 8081
#   BASELINE_PATH       the bare endpoint, default /health/railway; without the ops module use Meta's handshake,
#                       "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=bench-verify&hub.challenge=1"
#   CONNECTIONS         default 64;  WARMUP  seconds, default 40;  DURATION  seconds per measurement, default 30
#   WORKERS             inbox worker threads while measuring, default 4 (as in production); 0 measures the
#                       acknowledgement path alone, without the screening of the stored messages competing for the CPU
#   JAVA_OPTS           default: the production image's options with the heap a 512 MB container gives
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${PORT:-8081}"
SECRET="bench-secret-$RANDOM"
DATABASE="${BENCH_DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/recruitbot_test_intake?user=postgres}"
BASELINE_PATH="${BASELINE_PATH:-/health/railway}"

./mvnw -B -q -DskipTests package
JARS=(target/recruitbot-*.jar)
JAR="${JARS[0]}"

read -r -a java_options <<< "${JAVA_OPTS:--Xms128m -Xmx384m -XX:+UseSerialGC -Xss512k}"
DATABASE_URL="$DATABASE" PORT="$PORT" WHATSAPP_APP_SECRET="$SECRET" WHATSAPP_VERIFY_TOKEN=bench-verify DEMO_VACANCIES=false \
  java "${java_options[@]}" -jar "$JAR" --recruitbot.inbox.workers="${WORKERS:-4}" \
  > target/bench-webhook-service.log 2>&1 &
SERVICE=$!
trap 'kill "$SERVICE" 2>/dev/null; wait "$SERVICE" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -s -o /dev/null "http://127.0.0.1:$PORT$BASELINE_PATH"; then break; fi
  sleep 1
done

java bench/webhook/WebhookLoad.java --url "http://127.0.0.1:$PORT/webhooks/whatsapp" \
  --baseline "http://127.0.0.1:$PORT$BASELINE_PATH" --secret "$SECRET" \
  --connections "${CONNECTIONS:-64}" --warmup "${WARMUP:-40}" --duration "${DURATION:-30}"

echo "service resident memory after the load: $(awk '/^VmRSS:/ { printf "%d MB", $2 / 1024 }' "/proc/$SERVICE/status")"
