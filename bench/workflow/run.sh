#!/usr/bin/env bash
# Messages per second through the full offline screening workflow, with checkpoints in PostgreSQL and in Redis.
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres) and Redis on 127.0.0.1:6379, as for the tests.
# Each store gets a fresh database, recruitbot_bench_workflow. Results: bench/results/workflow-*.txt
#
#   STORES="postgresql redis"   CANDIDATES=200   THREADS=4
#   JAVA_OPTS   default: the production image's options with the heap a 512 MB container gives
set -euo pipefail
cd "$(dirname "$0")/../.."
for store in ${STORES:-postgresql redis}; do
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists recruitbot_bench_workflow with (force)"
  psql -h 127.0.0.1 -U postgres -qc "create database recruitbot_bench_workflow"
  TEST_DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/recruitbot_bench_workflow?user=postgres" \
    ./mvnw -B -q verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=WorkflowBench \
    -Dbench.checkpoints="$store" -Dbench.candidates="${CANDIDATES:-200}" -Dbench.threads="${THREADS:-4}" \
    -DargLine="${JAVA_OPTS:--Xms128m -Xmx384m -XX:+UseSerialGC -Xss512k}" "$@"
  cat "bench/results/workflow-$store.txt"
done
