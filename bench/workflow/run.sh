#!/usr/bin/env bash
# Messages per second through the full offline screening workflow, with checkpoints in PostgreSQL and in Redis.
# Needs PostgreSQL (TEST_DATABASE_URL) and Redis (TEST_REDIS_URL) as for the tests. Results: bench/results/workflow-*.txt
set -euo pipefail
cd "$(dirname "$0")/../.."
for store in ${STORES:-postgresql redis}; do
  ./mvnw -B -q verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=WorkflowBench \
    -Dbench.checkpoints="$store" -Dbench.candidates="${CANDIDATES:-200}" -Dbench.threads="${THREADS:-4}" "$@"
  cat "bench/results/workflow-$store.txt"
done
