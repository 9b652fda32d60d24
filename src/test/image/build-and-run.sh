#!/usr/bin/env bash
# Builds Dockerfile.production on this machine, which reaches no container registry, and checks the image as
# production runs it: in a container limited to MEMORY, with the Meta provider configured (fake credentials), it must
# become ready, run as a user other than root, pass its own HEALTHCHECK and stop cleanly within `docker stop -t 30`,
# logging no warning or error while it stops.
# Measures the image's size, the time from `docker run` to ready (the median of ROUNDS new containers), the idle memory,
# the time to ready when the stopped container starts again (its database there), and, in the same run and the same
# image, started in turn with the service, the time to ready of a bare Spring Boot application
# (bench/startup/BareApp.java) with the same JVM options.
#
#   ./mvnw -B -DskipTests package && src/test/image/build-and-run.sh
#
# Prints KEY=value lines on stdout (IMAGE_MB, BARE_READY_SAMPLES_MS, READY_SAMPLES_MS, BARE_READY_MS, READY_MS,
# READY_RATIO, IDLE_MEMORY_MB, USER_ID, STOP_MS, EXIT_CODE, RESTART_READY_MS, RESTART_READY_RATIO), progress on stderr;
# exits 1 when a check fails. Needs root and a Docker engine: when none answers, dockerd is started here and stopped at
# the end. The base images come from Debian's packages
# (base-images.sh) and are kept by the engine for the next run.
# Env: DOCKER (client; default Debian's /usr/bin/docker, whose BuildKit needs no buildx plugin), HOST_PORT (18080),
# MEMORY (512m), JAR_FROM (prebuilt: target/recruitbot-*.jar; maven builds it inside, as Railway does), IMAGE
# (recruitbot:image-test) and CONTAINER (recruitbot-image-test): other names let two runs share one engine; ROUNDS (5).
set -euo pipefail
shopt -s inherit_errexit # a failed step inside $(...) fails the run too
cd "$(dirname "$0")/../../.."

docker="${DOCKER:-$(command -v /usr/bin/docker || command -v docker)}"
readonly docker host_port="${HOST_PORT:-18080}" memory="${MEMORY:-512m}" jar_from="${JAR_FROM:-prebuilt}"
readonly image="${IMAGE:-recruitbot:image-test}" service="${CONTAINER:-recruitbot-image-test}" rounds="${ROUNDS:-5}"
readonly bare="$service-bare"
export DOCKER="$docker" DOCKER_BUILDKIT=1
work="$(mktemp -d)"
started_dockerd=""

say() { printf 'build-and-run: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
now_ms() { date +%s%3N; }

cleanup() {
  "$docker" rm -f "$service" "$bare" >/dev/null 2>&1 || true
  rm -rf "$work"
  if [[ -n "$started_dockerd" ]]; then
    kill "$started_dockerd"
    while kill -0 "$started_dockerd" 2>/dev/null; do sleep 0.5; done
  fi
}
trap cleanup EXIT

if ! "$docker" info >/dev/null 2>&1; then
  say "no Docker engine answers: starting dockerd"
  /usr/sbin/dockerd >"$work/dockerd.log" 2>&1 &
  started_dockerd=$!
  for _ in $(seq 1 60); do "$docker" info >/dev/null 2>&1 && break; sleep 0.5; done
  "$docker" info >/dev/null 2>&1 || { cat "$work/dockerd.log" >&2; fail "dockerd did not start"; }
fi

if [[ "$jar_from" == prebuilt ]]; then
  jars=(target/recruitbot-*.jar)
  if ((${#jars[@]} != 1)) || [[ ! -f "${jars[0]}" ]]; then
    fail "build exactly one jar first: ./mvnw -B -DskipTests package"
  fi
fi
bash src/test/image/base-images.sh
"$docker" rm -f "$service" "$bare" >/dev/null 2>&1 || true # left by a run whose engine stopped under it
say "building $image"
started="$(now_ms)"
"$docker" build -q -f Dockerfile.production -t "$image" \
  --build-arg JDK_IMAGE=local/jdk:17 --build-arg RUNTIME_IMAGE=local/debian:bookworm-slim \
  --build-arg JAR_FROM="$jar_from" --build-arg GIT_COMMIT_SHA="$(git rev-parse HEAD 2>/dev/null || echo image-test)" \
  . >/dev/null
say "built in $((($(now_ms) - started) / 1000)) s"
echo "IMAGE_MB=$(("$("$docker" image inspect -f '{{.Size}}' "$image")" / 1000000))"

java_opts="$("$docker" image inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$image" | sed -n 's/^JAVA_OPTS=//p')"

# wait_until_ready CONTAINER PATH: milliseconds from its `docker run` (STARTED) until PATH answers 200
wait_until_ready() {
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$host_port$2"; then
      echo $(($(now_ms) - started))
      return 0
    fi
    if [[ "$("$docker" inspect -f '{{.State.Running}}' "$1")" != true ]]; then
      "$docker" logs --tail 20 "$1" >&2
      fail "$1 exited during start-up"
    fi
    sleep 0.1
  done
  fail "$1 was not ready after 2 minutes"
}

# start_bare: the baseline, compiled here against the same libraries and started in the same image with the same JVM
# options; prints its milliseconds to ready and removes it
java -Djarmode=tools -jar "$(ls target/recruitbot-*.jar)" extract --destination "$work/extracted" >/dev/null
classpath="$(bench/startup/bare-classpath.sh "$work/extracted/lib")"
javac -d "$work/bare" -cp "$classpath" bench/startup/BareApp.java
start_bare() {
  started="$(now_ms)"
  # shellcheck disable=SC2086 # the options are meant to be split
  "$docker" run -d --name "$bare" --memory "$memory" -p "127.0.0.1:$host_port:8080" -v "$work/bare:/bare:ro" \
    --entrypoint java "$image" $java_opts -cp "/bare:${classpath//$work\/extracted/\/app}" bench.BareApp >/dev/null
  wait_until_ready "$bare" /health/startup
  "$docker" rm -f "$bare" >/dev/null
}

# start_service: a new container of the image, so a first start: no embedded database yet, copied from the template
# the build made; prints its milliseconds to ready and leaves it running
start_service() {
  started="$(now_ms)"
  "$docker" run -d --name "$service" --memory "$memory" -p "127.0.0.1:$host_port:8080" \
    -e WHATSAPP_PROVIDER=meta -e WHATSAPP_ACCESS_TOKEN=image-test-token -e WHATSAPP_PHONE_NUMBER_ID=100000000000001 \
    -e WHATSAPP_VERIFY_TOKEN=image-test-verify -e WHATSAPP_APP_SECRET=image-test-secret \
    -e ADMIN_API_TOKEN=image-test-admin "$image" >/dev/null
  wait_until_ready "$service" /health/readiness
}

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# ROUNDS of the baseline and the service's first start, one after the other: the ratio of their medians, since one start
# of each on a shared machine can be slowed down by another job
bare_samples=() ready_samples=()
for ((round = 1; round <= rounds; round++)); do
  "$docker" rm -f "$service" >/dev/null 2>&1 || true
  bare_samples+=("$(start_bare)")
  ready_samples+=("$(start_service)")
done
bare_ready_ms="$(median "${bare_samples[@]}")"
ready_ms="$(median "${ready_samples[@]}")"
echo "BARE_READY_SAMPLES_MS=${bare_samples[*]}"
echo "READY_SAMPLES_MS=${ready_samples[*]}"
echo "BARE_READY_MS=$bare_ready_ms"
echo "READY_MS=$ready_ms"
echo "READY_RATIO=$(awk -v a="$ready_ms" -v b="$bare_ready_ms" 'BEGIN { printf "%.2f", a / b }')"

# a new container's embedded database is the template the build made, not eighteen migrations run again (the log read
# whole first: grep -q would stop reading early, and with pipefail the writer's SIGPIPE would fail the check)
first_start_log="$("$docker" logs "$service" 2>&1)"
grep -q 'Made the embedded database from the template' <<<"$first_start_log" \
  || fail "the first start did not copy the embedded database's template"

user_id="$("$docker" exec "$service" id -u)"
echo "USER_ID=$user_id"
((user_id != 0)) || fail "the service runs as root"
"$docker" exec "$service" /app/healthcheck.sh || fail "the image's HEALTHCHECK fails on a ready service"

sleep 10 # idle: start-up work done, nothing asked
memory_used="$("$docker" stats --no-stream --format '{{.MemUsage}}' "$service" | awk '{ print $1 }')"
echo "IDLE_MEMORY_MB=$(awk -v m="$memory_used" 'BEGIN { v = m + 0; if (m ~ /GiB/) v *= 1024; if (m ~ /KiB/) v /= 1024; printf "%d", v }')"
# by now the embedding model has loaded in the background, from the libraries the build left in the image
errors="$("$docker" logs "$service" 2>&1 | grep -E '"level":"ERROR"' || true)"
if [[ -n "$errors" ]]; then
  printf '%s\n' "$errors" >&2
  fail "logged an error while it started or idled"
fi

started="$(now_ms)"
"$docker" stop -t 30 "$service" >/dev/null
stop_ms=$(($(now_ms) - started))
exit_code="$("$docker" inspect -f '{{.State.ExitCode}}' "$service")"
echo "STOP_MS=$stop_ms"
echo "EXIT_CODE=$exit_code"
# 143 is the JVM's answer to SIGTERM after its shutdown hooks ran; 137 would be docker's SIGKILL after the 30 s
if ((stop_ms >= 30000)) || [[ "$exit_code" != 0 && "$exit_code" != 143 ]]; then
  "$docker" logs --tail 20 "$service" >&2
  fail "did not stop cleanly on SIGTERM"
fi
# a graceful shutdown finishes its work without complaint: nothing warned or failed after it began
shutdown_complaints="$("$docker" logs "$service" 2>&1 | sed -n '/Commencing graceful shutdown/,$p' \
  | grep -E '"level":"(WARN|ERROR)"' || true)"
if [[ -n "$shutdown_complaints" ]]; then
  printf '%s\n' "$shutdown_complaints" >&2
  fail "warned or failed while it shut down"
fi

# the same container started again: its embedded database is there, with what the first start wrote in it
started="$(now_ms)"
"$docker" start "$service" >/dev/null
restart_ready_ms="$(wait_until_ready "$service" /health/readiness)"
echo "RESTART_READY_MS=$restart_ready_ms"
echo "RESTART_READY_RATIO=$(awk -v a="$restart_ready_ms" -v b="$bare_ready_ms" 'BEGIN { printf "%.2f", a / b }')"
"$docker" stop -t 30 "$service" >/dev/null
say "all checks passed"
