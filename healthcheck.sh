#!/usr/bin/env bash
# Docker HEALTHCHECK: GET /health/liveness (or the path given) over bash's /dev/tcp (the runtime image has no curl) and
# expect a 200.
set -euo pipefail
exec 3<>"/dev/tcp/127.0.0.1/${PORT:-8080}"
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "${1:-/health/liveness}" >&3
read -r _ status _ <&3
[[ "$status" == "200" ]]
