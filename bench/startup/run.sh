#!/usr/bin/env bash
# Start-up and footprint benchmark on the embedded default (H2, sandbox gateway, offline agents):
#   time from `java` to /health/startup = 200, idle resident memory, health endpoint latency (p50/p99), and resident
#   memory after the health load (bench/webhook/run.sh reports it after the webhook load).
#
#   bench/startup/run.sh            # 3 starts; per endpoint 10 s of warm-up, then 10 s measured
#   RUNS=6 CDS=true LATENCY_SECONDS=20 PORT=8083 bench/startup/run.sh
#   AOT=false bench/startup/run.sh  # without the bean definitions prepared at build time
#   TEMPLATE=false bench/startup/run.sh  # each start migrates its embedded database instead of copying the template
#
# Latency is measured with wrk (Debian package wrk) over one keep-alive connection, one request after the other as
# fast as they are answered: a native client, so the figures are the server's and not a cold client JVM's.
#
# The service runs as the production image runs it: the extracted jar (java -Djarmode=tools extract), with the image's
# JVM options and the heap its Initial/MaxRAMPercentage give in a 512 MB container, EMBEDDING_MODEL_DIR filled by a
# start before the measured ones and the embedded database's template (EMBEDDED_DATABASE_TEMPLATE), as the image's
# build makes them. CDS=true adds a class data sharing archive made by
# that start, a training run until ready (record-class-data.sh), as the image's build makes it.
# Each run first starts the baseline, bench/startup/BareApp.java: a bare Spring Boot web application on the service's
# own Tomcat, Spring MVC and Jackson jars, with the same JVM options, timed and measured the same way.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

runs="${RUNS:-3}"
latency_warmup="${LATENCY_WARMUP:-10}"
latency_seconds="${LATENCY_SECONDS:-10}"
port="${PORT:-8083}"
java_opts="${BENCH_JAVA_OPTS:--Xms128m -Xmx384m -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -Xss512k}"
export MALLOC_ARENA_MAX=2 # as the image sets it
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
# the service starts from the bean definitions the build prepared, as start.sh starts it (AOT=false: the classic way);
# the baseline never gets them, nor the service's archive, which was made for another class path
service_opts="$java_opts"
if [[ "${AOT:-true}" == "true" ]]; then
  service_opts="$java_opts -Dspring.aot.enabled=true"
fi
export EMBEDDING_MODEL_DIR="$PWD/$extracted/model" # read by the service only
archive="$PWD/$extracted/app.jsa"
if [[ "${CDS:-false}" == "true" ]]; then
  service_opts="-XX:SharedArchiveFile=$archive $service_opts"
fi
# as the image's build does it: the model unpacked with the intent examples' vectors, and a training start until ready
# that records the archive (used with CDS=true; otherwise the start only brings the jars into the page cache)
java -cp "$jar:$extracted/lib/*" io.recruitbot.conversation.understanding.UnpackEmbeddingModel "$EMBEDDING_MODEL_DIR" \
  >/dev/null
# and the embedded database's template, which every start's fresh working directory copies (TEMPLATE=false: each start
# makes its database from the migrations)
if [[ "${TEMPLATE:-true}" == "true" ]]; then
  java -cp "$jar:$extracted/lib/*" io.recruitbot.system.EmbeddedDatabaseTemplate "$extracted/template" >/dev/null
  export EMBEDDED_DATABASE_TEMPLATE="$PWD/$extracted/template/recruitbot.mv.db" # read by the service only
fi
APP_JAR="$PWD/$jar" JAVA_OPTS="$java_opts" SPRING_AOT="${AOT:-true}" PORT="$port" ./record-class-data.sh "$archive"

# the baseline, compiled against the web jars of the service's own libraries (nothing else, so no other
# auto-configuration joins in)
bare="target/bench-bare"
rm -rf "$bare"
bare_classpath="$(bench/startup/bare-classpath.sh "$PWD/$extracted/lib")"
javac -d "$bare" -cp "$bare_classpath" bench/startup/BareApp.java
bare_classpath="$PWD/$bare:$bare_classpath"

rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

now_ms() { date +%s%3N; }

report() { printf '%s\n' "$*" | tee -a "$results"; }

# latency LABEL PATH: p50, p99 and max of PATH on the running service, after a warm-up
latency() {
  local url="http://127.0.0.1:$port$2"
  wrk -t1 -c1 -d"${latency_warmup}s" -H 'Accept: application/json' "$url" >/dev/null
  wrk -t1 -c1 -d"${latency_seconds}s" --latency -H 'Accept: application/json' "$url" | awk -f bench/wrk-summary.awk \
    | awk -v label="$1" '{ printf "%-18s p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%d requests/s, %d non-2xx)\n",
      label, $2, $3, $5, $1, $4 }'
}

# start_service [bare]: the service, or the baseline, in a fresh working directory; returns once it answers
start_service() {
  workdir="$(mktemp -d)"
  started_at="$(now_ms)"
  if [[ "${1:-}" == "bare" ]]; then
    # shellcheck disable=SC2086 # the options are meant to be split
    (cd "$workdir" && exec java $java_opts -cp "$bare_classpath" bench.BareApp --server.port="$port" \
      >"$workdir/service.log" 2>&1) &
  else
    # shellcheck disable=SC2086 # the options are meant to be split
    (cd "$workdir" && PORT="$port" exec java $service_opts -jar "$OLDPWD/$jar" >"$workdir/service.log" 2>&1) &
  fi
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

report "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), java: $service_opts"
for ((run = 1; run <= runs; run++)); do
  start_service bare
  sleep 5
  bare_ready_ms="$ready_ms" bare_idle="$(rss_mb "$pid")"
  if ((run == runs)); then
    # the latency baseline: the bare app's one endpoint, loaded as the service's health endpoints are below
    latency "bare Spring Boot" /health/startup >"$workdir/latency"
  fi
  bare_latency="$(cat "$workdir/latency" 2>/dev/null || true)"
  stop_service
  start_service
  sleep 5
  idle="$(rss_mb "$pid")"
  report "run $run: ready in ${ready_ms} ms, idle RSS ${idle} MB; bare Spring Boot ${bare_ready_ms} ms, ${bare_idle} MB;" \
    "ratio $(awk -v a="$ready_ms" -v b="$bare_ready_ms" 'BEGIN { printf "%.2f", a / b }')" \
    "and $(awk -v a="$idle" -v b="$bare_idle" 'BEGIN { printf "%.2f", a / b }')"
  if ((run < runs)); then
    stop_service
  fi
done

report "$bare_latency"
for path in /health /health/readiness /health/detailed; do
  latency "$path" "$path" | tee -a "$results"
done
report "RSS after the health load: $(rss_mb "$pid") MB (bench/webhook/run.sh reports it under webhook load)"
stop_service
echo "results in $results"
