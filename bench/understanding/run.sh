#!/usr/bin/env bash
# Time per message of the offline understanding (rules, word lists, places, and the embedding model for what no rule
# understands): UnderstandingBench reads every answer and opening of the screening fixture, 5,000 messages after
# 1,000 to warm up, and embeds one message 100 times. Needs nothing running. Results: bench/results/understanding.txt
#
#   bench/understanding/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test -Dtest=UnderstandingBench -Dsurefire.failIfNoSpecifiedTests=false "$@" >/dev/null
cat bench/results/understanding.txt
