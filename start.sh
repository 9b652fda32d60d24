#!/usr/bin/env bash
# Starts Recruitbot: checks that every configured provider has the variables it needs, waits for PostgreSQL and
# Redis when they are configured, then replaces itself with the JVM (so SIGTERM reaches it directly).
# Uses only bash and coreutils, which the runtime image has; no psql, redis-cli or curl.
#
# Tuning: START_WAIT_TRIES (30), START_WAIT_SECONDS (2), APP_JAR (/app/app.jar), JAVA_OPTS, CDS_ARCHIVE (a class data
# sharing archive of the same jar and JVM, used when the file exists; the image makes one at build time).
set -euo pipefail

readonly tries="${START_WAIT_TRIES:-30}"
readonly pause="${START_WAIT_SECONDS:-2}"
problems=()

say() { printf 'start.sh: %s\n' "$*" >&2; }

# require VARIABLE "why": records a problem when VARIABLE is unset or empty
require() {
  if [[ -z "${!1:-}" ]]; then
    problems+=("$1 is not set ($2)")
  fi
}

unsigned_allowed() { [[ "${ALLOW_UNSIGNED_WEBHOOKS:-false}" == "true" ]]; }

check_whatsapp() {
  local provider="${WHATSAPP_PROVIDER:-sandbox}"
  case "$provider" in
    sandbox) ;;
    360dialog)
      require DIALOG360_API_KEY "WHATSAPP_PROVIDER=360dialog sends through the 360dialog API"
      unsigned_allowed || require DIALOG360_WEBHOOK_SECRET "360dialog webhooks are refused without it"
      ;;
    meta)
      require WHATSAPP_ACCESS_TOKEN "WHATSAPP_PROVIDER=meta sends through the Cloud API"
      require WHATSAPP_PHONE_NUMBER_ID "WHATSAPP_PROVIDER=meta sends from this number"
      require WHATSAPP_VERIFY_TOKEN "Meta verifies the webhook with it"
      unsigned_allowed || require WHATSAPP_APP_SECRET "Meta webhooks are refused without it"
      ;;
    *) problems+=("WHATSAPP_PROVIDER must be 360dialog, meta or sandbox (got '$provider')") ;;
  esac
}

check_chatwoot() {
  local variable any=""
  for variable in CHATWOOT_BASE_URL CHATWOOT_API_TOKEN CHATWOOT_ACCOUNT_ID CHATWOOT_INBOX_ID; do
    [[ -n "${!variable:-}" ]] && any="$variable"
  done
  if [[ -n "$any" ]]; then
    for variable in CHATWOOT_BASE_URL CHATWOOT_API_TOKEN CHATWOOT_ACCOUNT_ID CHATWOOT_INBOX_ID; do
      require "$variable" "Chatwoot sync is on because $any is set"
    done
    if [[ -z "${CHATWOOT_WEBHOOK_SECRET:-}" ]] && ! unsigned_allowed; then
      say "warning: CHATWOOT_WEBHOOK_SECRET is not set, so Chatwoot webhooks (human handoff) are refused"
    fi
  fi
}

check_llm() {
  local provider="${LLM_PROVIDER:-}"
  case "${provider,,}" in
    ""|none) ;;
    anthropic) require ANTHROPIC_API_KEY "LLM_PROVIDER=anthropic" ;;
    openai) require OPENAI_MODEL "LLM_PROVIDER=openai" ;;
    *) problems+=("LLM_PROVIDER must be anthropic, openai or none (got '$provider')") ;;
  esac
  if [[ -z "$provider" && -n "${ANTHROPIC_MODEL:-}${ANTHROPIC_BASE_URL:-}" ]]; then
    require ANTHROPIC_API_KEY "ANTHROPIC_MODEL or ANTHROPIC_BASE_URL is set"
  fi
}

# production refuses what is only for trying the bot out, as the service itself does (ProductionRules)
check_deployment() {
  local environment="${ENVIRONMENT:-}"
  if [[ "${environment,,}" == "production" ]]; then
    [[ -n "${ADMIN_API_TOKEN:-}" ]] || say "warning: ADMIN_API_TOKEN is not set, so only signed-in recruiters reach /api/** (no scripts or monitoring)"
    local provider="${WHATSAPP_PROVIDER:-sandbox}"
    if [[ "${provider,,}" == "sandbox" ]]; then
      problems+=("WHATSAPP_PROVIDER must be 360dialog or meta when ENVIRONMENT=production (the sandbox sends no message to anyone)")
    fi
    if unsigned_allowed; then
      problems+=("ALLOW_UNSIGNED_WEBHOOKS must not be true when ENVIRONMENT=production (anyone could send forged webhooks)")
    fi
  fi
  return 0
}

# host_and_port URL default_port: prints "host port" of a URL with or without user info, for any scheme
host_and_port() {
  local rest="${1#*://}" default_port="$2" authority host port
  authority="${rest%%[/?]*}"
  authority="${authority##*@}"
  if [[ "$authority" == \[* ]]; then
    host="${authority%%]*}"
    host="${host#[}"
    port="${authority##*]}"
    port="${port#:}"
  else
    host="${authority%%:*}"
    port="${authority#"$host"}"
    port="${port#:}"
  fi
  printf '%s %s\n' "$host" "${port:-$default_port}"
}

# wait_for NAME HOST PORT: tries a TCP connection until it succeeds or the tries run out
wait_for() {
  local name="$1" host="$2" port="$3" attempt
  for ((attempt = 1; attempt <= tries; attempt++)); do
    # the inner bash expands $1 and $2, which are the host and port passed after it
    # shellcheck disable=SC2016
    if timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$host" "$port" 2>/dev/null; then
      say "$name is reachable at $host:$port"
      return 0
    fi
    say "waiting for $name at $host:$port (try $attempt of $tries)"
    ((attempt < tries)) && sleep "$pause"
  done
  say "error: $name at $host:$port did not accept connections after $tries tries; check its URL and that it is running"
  return 1
}

check_whatsapp
check_chatwoot
check_llm
check_deployment
if ((${#problems[@]} > 0)); then
  for problem in "${problems[@]}"; do
    say "error: $problem"
  done
  say "not starting: set the variables above (see .railway-env.template)"
  exit 64
fi

if [[ -n "${DATABASE_URL:-}" && "${DATABASE_URL}" != jdbc:h2:* ]]; then
  read -r db_host db_port < <(host_and_port "$DATABASE_URL" 5432)
  wait_for PostgreSQL "$db_host" "$db_port" || exit 69
fi
if [[ -n "${REDIS_URL:-}" ]]; then
  read -r redis_host redis_port < <(host_and_port "$REDIS_URL" 6379)
  wait_for Redis "$redis_host" "$redis_port" || exit 69
fi

read -r -a java_options <<< "${JAVA_OPTS:-}"
# the bean definitions the build prepared (Spring AOT, in every jar the build makes): no scanning or condition
# evaluation at start; SPRING_AOT=false starts the classic way
if [[ "${SPRING_AOT:-true}" == "true" ]]; then
  java_options+=("-Dspring.aot.enabled=true")
fi
if [[ -n "${CDS_ARCHIVE:-}" && -f "${CDS_ARCHIVE}" ]]; then
  java_options+=("-XX:SharedArchiveFile=${CDS_ARCHIVE}")
fi
exec java "${java_options[@]}" -jar "${APP_JAR:-/app/app.jar}" "$@"
