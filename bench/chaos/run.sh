#!/usr/bin/env bash
# Crash and outage runs against the built jar: conversations are sent as signed Meta webhook deliveries while the
# service is killed, duplicated, cut off from PostgreSQL or Redis, or frozen; afterwards each run prints one line:
# sent / acknowledged / processed / replied / duplicates / lost / out-of-order / dead letters / personal data in logs.
# See docs/chaos.md.
#
#   bench/chaos/run.sh [--short] [RUN...]     RUN: kill-postgres kill-h2 replicas outage frozen (default: all;
#                                              with --short: kill-postgres kill-h2 outage)
#   SKIP_BUILD=true   use the jar in target/ as it is
#   CHAOS_DIR         where services run and logs stay (default target/chaos/<time>)
# --short exits 1 when a run lost, duplicated, reordered or dead-lettered a message, or logged personal data.
# Only 127.0.0.1: ports 18400-18499, databases recruitbot_chaos_1..4, Redis databases 8 and 9. The machine's own
# PostgreSQL and Redis are never stopped: outages are cut in a proxy this script starts.
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=bench/chaos

SHORT=false
RUNS=()
for arg in "$@"; do
  case "$arg" in
    --short) SHORT=true ;;
    kill-postgres | kill-h2 | replicas | outage | frozen) RUNS+=("$arg") ;;
    *) echo "unknown argument: $arg (see the head of $0)" >&2; exit 2 ;;
  esac
done
if [[ ${#RUNS[@]} -eq 0 ]]; then
  if $SHORT; then RUNS=(kill-postgres kill-h2 outage); else RUNS=(kill-postgres kill-h2 replicas outage frozen); fi
fi
if $SHORT; then
  CONVERSATIONS=20 MESSAGES=3 RATE=6 KILLS=1 KILL_EVERY=5 CUTS=(5) FREEZES=1 DRAIN=90
  # a killed service's claims are taken over when their lease ends: 10 s instead of 30 s keeps the run short
  SERVICE_ARGS=(--recruitbot.inbox.lease=10s)
else
  CONVERSATIONS=200 MESSAGES=5 RATE=8 KILLS=6 KILL_EVERY=15 CUTS=(30 75) FREEZES=3 DRAIN=240
  SERVICE_ARGS=()
fi

WORK="${CHAOS_DIR:-$PWD/target/chaos/$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$WORK"
REGISTRY="$WORK/pids"
: > "$REGISTRY"
SECRET="chaos-secret-$RANDOM$RANDOM"
TOKEN="chaos-admin-token-$RANDOM$RANDOM"
read -r -a JAVA_OPTIONS <<< "${JAVA_OPTS:--XX:InitialRAMPercentage=25 -Xmx384m -XX:+UseSerialGC -Xss512k}"

# everything started is in the registry; on any exit what still runs is woken (a frozen one) and stopped. A pid
# whose working directory is not under this checkout was reused by someone else's process: it is left alone.
# shellcheck disable=SC2317 # called by the trap
cleanup() {
  local pid
  while read -r pid; do
    if [[ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" == "$PWD"* ]]; then
      kill -CONT "$pid" 2>/dev/null || true
      kill -9 "$pid" 2>/dev/null || true
    fi
  done < "$REGISTRY"
}
trap cleanup EXIT

if [[ "${SKIP_BUILD:-false}" != "true" ]]; then
  ./mvnw -q -B -o -DskipTests package
fi
JARS=(target/recruitbot-*.jar)
JAR="$PWD/${JARS[0]}"
unzip -q -o -j "$JAR" 'BOOT-INF/lib/h2-*.jar' 'BOOT-INF/lib/postgresql-*.jar' -d "$WORK/drivers"

fresh_database() {
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $1 with (force)"
  psql -h 127.0.0.1 -U postgres -qc "create database $1"
}

# start DIR PORT DATABASE_URL REDIS_URL [ARG...]: one service in its own working directory (H2 writes ./data there);
# an empty URL leaves the variable unset. The pid goes to DIR/pid and the registry.
start() {
  local dir="$1" port="$2" database="$3" redis="$4"
  shift 4
  mkdir -p "$dir"
  (cd "$dir" && exec env -u DATABASE_URL -u REDIS_URL ${database:+"DATABASE_URL=$database"} ${redis:+"REDIS_URL=$redis"} \
    PORT="$port" WHATSAPP_APP_SECRET="$SECRET" ADMIN_API_TOKEN="$TOKEN" WHATSAPP_PROVIDER=sandbox \
    java "${JAVA_OPTIONS[@]}" -jar "$JAR" "${SERVICE_ARGS[@]}" "$@") >> "$dir/service.log" 2>&1 &
  echo $! > "$dir/pid"
  echo $! >> "$REGISTRY"
}

ready() { # DIR PORT: waits (at most 180 s) until the service answers ready
  local pid
  pid=$(cat "$1/pid")
  for _ in $(seq 1 360); do
    if curl -fs -o /dev/null "http://127.0.0.1:$2/health/readiness"; then return 0; fi
    kill -0 "$pid" 2>/dev/null || { echo "service in $1 died, see $1/service.log" >&2; return 1; }
    sleep 0.5
  done
  echo "service in $1 not ready after 180 s" >&2
  return 1
}

# launch DIR PORT DATABASE_URL REDIS_URL [ARG...]: start and wait until ready; a start that fails (on a loaded machine
# the pool can time out while the database opens) is tried again, at most three times, as a platform restarts it
launch() {
  local attempt
  for attempt in 1 2 3; do
    start "$@"
    if ready "$1" "$2"; then return 0; fi
    stop "$1"
    echo "$(date +%T) start $attempt of $1 failed" >> "$WORK/events.log"
  done
  return 1
}

crash() { # DIR: kill -9, as an OOM kill or a pulled plug
  local pid
  pid=$(cat "$1/pid")
  kill -9 "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$(date +%T) killed -9 $1" >> "$WORK/events.log"
}

stop() { # DIR: a graceful stop (SIGTERM), killed after 40 s
  local pid
  pid=$(cat "$1/pid")
  kill -CONT "$pid" 2>/dev/null || true
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 80); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

drain() { # PORT: waits (at most DRAIN s) until the inbox is empty twice in a row
  local depth quiet=0
  for _ in $(seq 1 $((DRAIN * 2))); do
    depth=$(curl -fs "http://127.0.0.1:$1/metrics" | awk '/^recruitbot_inbox_depth/ { print int($2) }') || depth=""
    if [[ "$depth" == "0" ]]; then quiet=$((quiet + 1)); else quiet=0; fi
    if [[ $quiet -ge 2 ]]; then return 0; fi
    sleep 0.5
  done
  echo "inbox of :$1 not drained after $DRAIN s (depth ${depth:-unknown})" >&2
}

calibrate() { # DIR PORT PREFIX
  python3 "$HERE/chaos.py" calibrate --port "$2" --secret "$SECRET" --token "$TOKEN" --prefix "$3" \
    --messages "$MESSAGES" --out "$1/calibration.json" >> "$1/traffic.log"
}

# traffic DIR PORTS PREFIX BOTH [RATE]: the conversations, in the background; the pid goes to DIR/sender
traffic() {
  python3 "$HERE/chaos.py" send --ports "$2" --secret "$SECRET" --prefix "$3" --conversations "$CONVERSATIONS" \
    --messages "$MESSAGES" --rate "${5:-$RATE}" --both "$4" --out "$1/sent.jsonl" >> "$1/traffic.log" 2>&1 &
  echo $! > "$1/sender"
  echo $! >> "$REGISTRY"
}

sending() { kill -0 "$(cat "$1/sender")" 2>/dev/null; }

verdict() { # DIR LABEL JDBC_URL USER: reads the database the stopped services left and prints the run's line
  java -cp "$WORK/drivers/*" "$HERE/Dump.java" "$3" "$4" > "$1/dump.tsv"
  python3 "$HERE/chaos.py" report --label "$2" --sent "$1/sent.jsonl" --calibration "$1/calibration.json" \
    --dump "$1/dump.tsv" --logs "$1"/*/service.log ${STRICT:+--strict} | tee "$1/summary.txt"
}

postgres_url() { echo "postgresql://postgres@127.0.0.1:${2:-5432}/$1"; }

jdbc_postgres() { echo "jdbc:postgresql://127.0.0.1:5432/$1"; }

# a: one service, killed -9 KILLS times while the conversations arrive, restarted after each kill
run_kills() { # NAME PORT PREFIX DATABASE(empty: H2) REDIS_INDEX
  local dir="$WORK/$1" port="$2" database="$4" redis=""
  if [[ -n "$database" ]]; then
    fresh_database "$database"
    redis-cli -n "$5" flushdb > /dev/null
    redis="redis://127.0.0.1:6379/$5"
  fi
  launch "$dir/s1" "$port" "${database:+$(postgres_url "$database")}" "$redis"
  calibrate "$dir" "$port" "$3"
  traffic "$dir" "$port" "$3" 0
  for _ in $(seq 1 "$KILLS"); do
    sleep "$KILL_EVERY"
    sending "$dir" || break
    crash "$dir/s1"
    launch "$dir/s1" "$port" "${database:+$(postgres_url "$database")}" "$redis"
  done
  wait "$(cat "$dir/sender")"
  drain "$port"
  stop "$dir/s1"
  if [[ -n "$database" ]]; then
    verdict "$dir" "$1" "$(jdbc_postgres "$database")" postgres
  else
    verdict "$dir" "$1" "jdbc:h2:file:$dir/s1/data/recruitbot;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" sa
  fi
}

# b: two replicas on one database; 10% of the deliveries go to both at once; three kills, replica by replica
run_replicas() {
  local dir="$WORK/replicas" database=recruitbot_chaos_2 redis="redis://127.0.0.1:6379/8" i
  fresh_database "$database"
  redis-cli -n 8 flushdb > /dev/null
  launch "$dir/r1" 18420 "$(postgres_url "$database")" "$redis"
  launch "$dir/r2" 18421 "$(postgres_url "$database")" "$redis"
  calibrate "$dir" 18420 31693
  # slower, so that the conversations go on through the three kills
  traffic "$dir" 18420,18421 31693 0.1 "$((RATE / 2))"
  for i in 1 2 3; do
    sleep "$KILL_EVERY"
    sending "$dir" || break
    crash "$dir/r$((i % 2 + 1))"
    launch "$dir/r$((i % 2 + 1))" "$((18420 + i % 2))" "$(postgres_url "$database")" "$redis"
  done
  wait "$(cat "$dir/sender")"
  drain 18420
  stop "$dir/r1"
  stop "$dir/r2"
  verdict "$dir" replicas "$(jdbc_postgres "$database")" postgres
}

# c: PostgreSQL, then Redis, cut for each of CUTS seconds in proxies the run starts; the service talks through them
run_outage() {
  local dir="$WORK/outage" database=recruitbot_chaos_3 cut target proxy
  fresh_database "$database"
  redis-cli -n 9 flushdb > /dev/null
  mkdir -p "$dir"
  python3 "$HERE/proxy.py" 18431 5432 >> "$dir/proxy.log" 2>&1 &
  echo $! > "$dir/postgres-proxy"
  echo $! >> "$REGISTRY"
  python3 "$HERE/proxy.py" 18432 6379 >> "$dir/proxy.log" 2>&1 &
  echo $! > "$dir/redis-proxy"
  echo $! >> "$REGISTRY"
  launch "$dir/s1" 18430 "$(postgres_url "$database" 18431)" "redis://127.0.0.1:18432/9"
  calibrate "$dir" 18430 31694
  # slower, so that the conversations go on through every cut
  traffic "$dir" 18430 31694 0 "$((RATE / 2))"
  for target in postgres redis; do
    proxy=$(cat "$dir/$target-proxy")
    for cut in "${CUTS[@]}"; do
      sleep 5
      kill -USR1 "$proxy"
      echo "$(date +%T) $target cut for $cut s" >> "$WORK/events.log"
      sleep "$cut"
      kill -USR2 "$proxy"
    done
  done
  wait "$(cat "$dir/sender")"
  drain 18430
  stop "$dir/s1"
  verdict "$dir" outage "$(jdbc_postgres "$database")" postgres
}

# d: two replicas; one is frozen (SIGSTOP) past its inbox lease, shortened to 10 s, then thawed (SIGCONT)
run_frozen() {
  local dir="$WORK/frozen" database=recruitbot_chaos_4 redis="redis://127.0.0.1:6379/9" pid
  fresh_database "$database"
  redis-cli -n 9 flushdb > /dev/null
  launch "$dir/r1" 18440 "$(postgres_url "$database")" "$redis" --recruitbot.inbox.lease=10s
  launch "$dir/r2" 18441 "$(postgres_url "$database")" "$redis" --recruitbot.inbox.lease=10s
  calibrate "$dir" 18440 31695
  traffic "$dir" 18440,18441 31695 0
  pid=$(cat "$dir/r2/pid")
  for _ in $(seq 1 "$FREEZES"); do
    sleep 10
    kill -STOP "$pid"
    echo "$(date +%T) frozen r2 for 25 s" >> "$WORK/events.log"
    sleep 25
    kill -CONT "$pid"
  done
  wait "$(cat "$dir/sender")"
  drain 18440
  stop "$dir/r1"
  stop "$dir/r2"
  verdict "$dir" frozen "$(jdbc_postgres "$database")" postgres
}

one() {
  case "$1" in
    kill-postgres) run_kills kill-postgres 18410 31691 recruitbot_chaos_1 8 ;;
    kill-h2) run_kills kill-h2 18415 31692 "" "" ;;
    replicas) run_replicas ;;
    outage) run_outage ;;
    frozen) run_frozen ;;
  esac
}

echo "chaos runs in $WORK: ${RUNS[*]} ($CONVERSATIONS conversations x $MESSAGES messages)"
if $SHORT; then STRICT=true; fi
# one at a time (side by side they starve each other on two cores), each in a background job of its own so that
# errexit stops it at its first failure
status=0
for run in "${RUNS[@]}"; do
  one "$run" > "$WORK/$run.out" 2>&1 &
  echo $! >> "$REGISTRY"
  wait $! || status=1
  grep "^$run: sent" "$WORK/$run.out" || { echo "$run: no result, see $WORK/$run.out"; tail -n 3 "$WORK/$run.out"; }
done
exit "$status"
