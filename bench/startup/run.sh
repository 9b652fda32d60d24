#!/usr/bin/env bash
# Start-up and footprint benchmark on the embedded default (H2, sandbox gateway, offline agents):
#   time from `java` to /health/startup = 200, idle resident memory, health endpoint latency (p50/p99), and resident
#   memory after the health load (bench/webhook/run.sh reports it after the webhook load).
#
#   bench/startup/run.sh            # 3 starts, 2000 requests per endpoint (REQUESTS=10000 for steadier p99)
#   RUNS=5 REQUESTS=5000 PORT=8083 bench/startup/run.sh
#
# The service runs as the production image runs it: the extracted jar (java -Djarmode=tools extract), with the image's
# JVM options and the heap its Initial/MaxRAMPercentage give in a 512 MB container. CDS=true adds a class data
# sharing archive made by a training run (Spring Boot's -Dspring.context.exit=onRefresh), which the image can use too.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs="${RUNS:-3}"
requests="${REQUESTS:-2000}"
port="${PORT:-8083}"
java_opts="${BENCH_JAVA_OPTS:--Xms128m -Xmx384m -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -Xss512k}"
results="bench/results/startup-$(date -u +%Y%m%dT%H%M%SZ).txt"
mkdir -p bench/results

if [[ "${SKIP_BUILD:-false}" != "true" ]]; then
  ./mvnw -B -q package -DskipTests
fi
jars=(target/recruitbot-*.jar)
extracted="target/bench-extracted"
rm -rf "$extracted"
java -Djarmode=tools -jar "${jars[0]}" extract --destination "$extracted" >/dev/null
jar="$extracted/$(basename "${jars[0]}")"
if [[ "${CDS:-false}" == "true" ]]; then
  training="$(mktemp -d)"
  (cd "$training" && java -XX:ArchiveClassesAtExit="$OLDPWD/$extracted/app.jsa" -Dspring.context.exit=onRefresh \
    -jar "$OLDPWD/$jar" >/dev/null 2>&1)
  rm -rf "$training"
  java_opts="-XX:SharedArchiveFile=$PWD/$extracted/app.jsa $java_opts"
fi

rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

now_ms() { date +%s%3N; }

report() { printf '%s\n' "$*" | tee -a "$results"; }

start_service() {
  workdir="$(mktemp -d)"
  started_at="$(now_ms)"
  # shellcheck disable=SC2086 # the options are meant to be split
  (cd "$workdir" && PORT="$port" exec java $java_opts -jar "$OLDPWD/$jar" >"$workdir/service.log" 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health/startup"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the service died during start-up; log: $workdir/service.log" >&2
      exit 1
    fi
    sleep 0.05
  done
  ready_ms=$(($(now_ms) - started_at))
}

stop_service() {
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rm -rf "$workdir"
}

report "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), java: $java_opts"
for ((run = 1; run <= runs; run++)); do
  start_service
  sleep 5
  idle="$(rss_mb "$pid")"
  report "run $run: ready in ${ready_ms} ms, idle RSS ${idle} MB"
  if ((run < runs)); then
    stop_service
  fi
done

for path in /health /health/readiness /health/detailed; do
  java bench/startup/HealthLatency.java "http://127.0.0.1:$port" "$path" "$requests" | tee -a "$results"
done
report "RSS after the health load: $(rss_mb "$pid") MB (bench/webhook/run.sh reports it under webhook load)"
stop_service
echo "results in $results"
