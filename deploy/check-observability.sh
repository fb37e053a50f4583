#!/usr/bin/env bash
# Checks that the running stack is observable the way production will watch it: starts a real
# Prometheus (the distribution's binary, e.g. Debian's `prometheus` package) with the project's
# scrape configuration and alert rules rewritten for 127.0.0.1, then asserts through its HTTP API
#   - every serviceops target (gateway + five services) is up,
#   - every alert rule evaluates without error against the real metrics,
#   - every metric listed in deploy/prometheus/expected-metrics.txt is present.
#
#   deploy/check-observability.sh            uses the stack on 127.0.0.1 if it is up, otherwise starts
#                                            it with deploy/local/run.sh --detach and stops it after
#
# Environment: GATEWAY_PORT COMPLAINT_PORT FEEDBACK_PORT KPI_PORT TRAINING_PORT (as deploy/local/run.sh),
# PROMETHEUS (binary, default: prometheus on PATH), SERVICEOPS_RUN_ARGS (default: --detach),
# SERVICEOPS_CHECK_TIMEOUT (seconds to wait for scrapes, default 90).
# Talks to 127.0.0.1 only. Exits non-zero if anything is missing.
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROMETHEUS="${PROMETHEUS:-prometheus}"
TIMEOUT="${SERVICEOPS_CHECK_TIMEOUT:-90}"
declare -A PORTS=(
  [gateway]="${GATEWAY_PORT:-8080}"
  [complaint-service]="${COMPLAINT_PORT:-8081}"
  [feedback-service]="${FEEDBACK_PORT:-8082}"
  [kpi-service]="${KPI_PORT:-8083}"
  [training-service]="${TRAINING_PORT:-8084}"
  [notification-service]="${NOTIFICATION_PORT:-8085}"
)

say()  { printf 'check-observability: %s\n' "$*"; }
fail() { printf 'check-observability: FAILED: %s\n' "$*" >&2; exit 1; }

command -v "$PROMETHEUS" >/dev/null || fail "no '$PROMETHEUS' binary (apt-get install -y prometheus)"
command -v curl >/dev/null || fail "curl is needed"
command -v python3 >/dev/null || fail "python3 is needed (to read the Prometheus API's JSON)"

WORK="$(mktemp -d)"
PROM_PID=""
STARTED_STACK=false
cleanup() {
  if [[ -n "$PROM_PID" ]]; then kill "$PROM_PID" 2>/dev/null || true; wait "$PROM_PID" 2>/dev/null || true; fi
  if $STARTED_STACK; then say "stopping the stack it started"; "$ROOT/deploy/local/stop.sh" || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

ready() { curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:$1/actuator/health/readiness"; }

# 1. The stack
if ! ready "${PORTS[gateway]}"; then
  say "stack not running: starting it with deploy/local/run.sh ${SERVICEOPS_RUN_ARGS:---detach}"
  STARTED_STACK=true
  # shellcheck disable=SC2086
  "$ROOT/deploy/local/run.sh" ${SERVICEOPS_RUN_ARGS:---detach}
fi
for component in "${!PORTS[@]}"; do
  deadline=$((SECONDS + TIMEOUT))
  until ready "${PORTS[$component]}"; do
    ((SECONDS < deadline)) || fail "$component is not ready on 127.0.0.1:${PORTS[$component]}"
    sleep 2
  done
done
say "all ${#PORTS[@]} components ready"

# A request on every gateway route, so the gateway's request meters exist (a 401 is recorded too).
for path in /api/v1/complaints /api/v1/feedback /api/v1/kpi /api/v1/training /api/v1/webhooks/subscriptions; do
  curl -s -o /dev/null --max-time 5 "http://127.0.0.1:${PORTS[gateway]}$path" || true
done

# 2. Prometheus with the project's configuration, pointed at 127.0.0.1
PROM_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
cp -r "$ROOT/deploy/prometheus/rules" "$WORK/rules"
sed_args=(-e 's/scrape_interval: 15s/scrape_interval: 5s/' -e 's/scrape_timeout: 10s/scrape_timeout: 4s/' -e 's/evaluation_interval: 15s/evaluation_interval: 5s/'
          -e "s/\"localhost:9090\"/\"127.0.0.1:$PROM_PORT\"/")
for component in "${!PORTS[@]}"; do
  sed_args+=(-e "s/\"$component:[0-9]*\"/\"127.0.0.1:${PORTS[$component]}\"/")
done
sed "${sed_args[@]}" "$ROOT/deploy/prometheus/prometheus.yml" > "$WORK/prometheus.yml"
if grep -nE 'targets: \["[a-z-]+:[0-9]+"\]' "$WORK/prometheus.yml"; then fail "a target was not rewritten to 127.0.0.1"; fi
# As many targets as the scrape configuration lists, so a new component cannot go unchecked.
EXPECTED_TARGETS="$(grep -c 'labels: {component:' "$WORK/prometheus.yml")"
export EXPECTED_TARGETS

"$PROMETHEUS" --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/data" \
  --web.listen-address="127.0.0.1:$PROM_PORT" > "$WORK/prometheus.log" 2>&1 &
PROM_PID=$!
API="http://127.0.0.1:$PROM_PORT"
deadline=$((SECONDS + 30))
until curl -fsS -o /dev/null "$API/-/ready" 2>/dev/null; do
  kill -0 "$PROM_PID" 2>/dev/null || { tail -n 20 "$WORK/prometheus.log" >&2; fail "prometheus exited (log above)"; }
  ((SECONDS < deadline)) || fail "prometheus not ready on $API"
  sleep 0.5
done
say "prometheus $("$PROMETHEUS" --version 2>&1 | head -n1 | awk '{print $3}') scraping on $API"

# 3. Assertions, by reading the API's JSON with python3
api() { local path="$1"; shift; curl -fsS --max-time 10 "$@" "$API$path"; }

check_targets() {
  api /api/v1/targets | python3 -c '
import json, os, sys
expected = int(os.environ["EXPECTED_TARGETS"])
targets = [t for t in json.load(sys.stdin)["data"]["activeTargets"] if t["labels"].get("job") == "serviceops"]
down = ["%s (%s): %s %s" % (t["labels"].get("component"), t["scrapeUrl"], t["health"], t.get("lastError", ""))
        for t in targets if t["health"] != "up"]
print("\n".join(down) if down or len(targets) != expected else "", end="")
sys.exit(0 if len(targets) == expected and not down else 1)'
}
deadline=$((SECONDS + TIMEOUT))
until problems="$(check_targets)"; do
  ((SECONDS < deadline)) || fail "not every serviceops target is up:"$'\n'"$problems"
  sleep 3
done
say "$EXPECTED_TARGETS/$EXPECTED_TARGETS serviceops targets up"

# Let the rules run once more over data from at least two scrapes.
sleep 11
rule_errors="$(api /api/v1/rules | python3 -c '
import json, sys
for group in json.load(sys.stdin)["data"]["groups"]:
    for rule in group["rules"]:
        if rule.get("health") == "err":
            print("%s: %s" % (rule["name"], rule.get("lastError")))')"
[[ -z "$rule_errors" ]] || fail "alert rules fail to evaluate:"$'\n'"$rule_errors"
rules="$(api /api/v1/rules | python3 -c 'import json,sys; print(sum(len(g["rules"]) for g in json.load(sys.stdin)["data"]["groups"]))')"
((rules > 0)) || fail "no alert rules loaded"
say "$rules alert rules evaluate without errors"

missing=()
while read -r metric application _; do
  [[ -z "$metric" || "$metric" == \#* ]] && continue
  selector="$metric"; [[ -n "$application" ]] && selector="$metric{application=\"$application\"}"
  found="$(api "/api/v1/query" --get --data-urlencode "query=count($selector)" \
           | python3 -c 'import json,sys; r=json.load(sys.stdin)["data"]["result"]; print(r[0]["value"][1] if r else 0)')"
  [[ "$found" != 0 ]] || missing+=("$selector")
done < "$ROOT/deploy/prometheus/expected-metrics.txt"
((${#missing[@]} == 0)) || fail "metrics missing from the scrapes:"$'\n'"$(printf '  %s\n' "${missing[@]}")"
say "all $(grep -cvE '^\s*(#|$)' "$ROOT/deploy/prometheus/expected-metrics.txt") expected metrics present"
say "OK"
