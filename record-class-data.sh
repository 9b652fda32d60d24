#!/usr/bin/env bash
# Records the application's class data sharing archive: a training start of the service, as start.sh starts it, on the
# embedded database in a directory of its own, until /health/readiness answers 200; then SIGTERM, as a deployment
# stops it. The JVM writes the archive ($1) as it exits, with every class the start loaded up to ready: the web server's,
# the migrations', the workers' and the first request's too, which a start that exits when the context is refreshed
# (-Dspring.context.exit=onRefresh) never loads.
#   record-class-data.sh /app/app.jsa     # the image's build; JAVA_OPTS, APP_JAR, PORT and the rest as for start.sh
set -euo pipefail
archive="$(realpath -m "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
readonly archive here

training="$(mktemp -d)"
trap 'rm -rf "$training"' EXIT
cd "$training"
JAVA_OPTS="${JAVA_OPTS:-} -XX:ArchiveClassesAtExit=$archive" CDS_ARCHIVE="" "$here/start.sh" >/dev/null &
service=$!
for _ in $(seq 1 600); do
  if "$here/healthcheck.sh" /health/readiness 2>/dev/null; then
    kill -TERM "$service"
    status=0
    wait "$service" || status=$?
    # 143: the JVM's answer to SIGTERM once its shutdown hooks ran
    if [[ "$status" != 0 && "$status" != 143 ]]; then
      echo "record-class-data.sh: the training start exited with $status when stopped" >&2
      exit 1
    fi
    [[ -s "$archive" ]] || { echo "record-class-data.sh: the JVM wrote no archive at $archive" >&2; exit 1; }
    exit 0
  fi
  if ! kill -0 "$service" 2>/dev/null; then
    status=0
    wait "$service" || status=$?
    echo "record-class-data.sh: the training start exited with $status before it was ready" >&2
    exit 1
  fi
  sleep 0.2
done
kill -KILL "$service"
echo "record-class-data.sh: the training start was not ready after 2 minutes" >&2
exit 1
