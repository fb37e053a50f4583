#!/usr/bin/env bash
# Complaint creation through the gateway against the store's raw insert ceiling, side by side.
#   bench/complaint-create/run.sh          both, on the benchmark stack (bench/stack.sh start), medians of ROUNDS
#   bench/complaint-create/run.sh http     only the HTTP client, against TARGET_URL (any stack; see README.md)
#   bench/complaint-create/run.sh store    only the raw inserts, against MONGO_URI (direct: only straight to the service)
# Needs a JDK 17+. Settings: see README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mode="${1:-compare}"
if [[ "$mode" == http ]]; then
  # Straight to a service it signs as the gateway: SERVICEOPS_IDENTITY_KEYS must be that stack's key ring.
  IDENTITY_JAR="$here/../../common-events/identity/target/identity-0.1.0-SNAPSHOT.jar"
  cd "$here"; exec java -XX:+UseSerialGC -Xmx256m -cp "$IDENTITY_JAR" ComplaintCreateBench.java
fi
source "$here/../lib/env.sh"
export ROUNDS="${ROUNDS:-3}" REQUESTS="${REQUESTS:-400}" WARMUP="${WARMUP:-200}" CONCURRENCY="${CONCURRENCY:-16}"
# The measured rounds are warm: a cold round first, then creates for WARMUP_SECONDS (ComplaintCreateBench.warmUp),
# through the gateway; straight to the service it is warm by then (DIRECT_WARMUP_SECONDS). Bounded: every create
# stays in the embedded store, whose 224 MB heap ran out at about 9 000 open complaints (bench/README.md, session 11).
WARMUP_SECONDS="${WARMUP_SECONDS:-30}" DIRECT_WARMUP_SECONDS="${DIRECT_WARMUP_SECONDS:-0}"
cd "$here"
out="$BENCH_WORK/results"; mkdir -p "$out"
# Every service's MongoDB commands so far (its driver's command counter), and the complaints inserted.
store_commands() {
  local service
  for service in complaint-service:$COMPLAINT_PORT feedback-service:$FEEDBACK_PORT kpi-service:$KPI_PORT \
      training-service:$TRAINING_PORT notification-service:$NOTIFICATION_PORT gateway:$GATEWAY_PORT; do
    echo "${service%%:*} $(metric_sum "http://127.0.0.1:${service#*:}" mongodb_driver_commands_seconds_count)"
  done
  echo "complaints-inserted $(complaints_inserted)"
}
complaints_inserted() {
  curl -fsS --max-time 5 "$DIRECT_URL/actuator/prometheus" | awk '/^mongodb_driver_commands_seconds_count\{/ \
    && /collection="complaints"/ && /command="insert"/ { s += $NF } END { printf "%d\n", s }'
}
# What one create costs the shared store: the commands of every service over the gateway run and the events it
# caused (after they are handled), per complaint inserted.
commands_per_create() {
  awk 'NR == FNR { before[$1] = $2; next } { delta[$1] = $2 - before[$1]; order[++n] = $1 }
    END { c = delta["complaints-inserted"]; if (c <= 0) { print "store commands per create: no complaint inserted"; exit }
          line = ""; for (i = 1; i <= n; i++) if (order[i] != "complaints-inserted") { total += delta[order[i]]
            line = line sprintf("%s%s %.1f", (line == "" ? "" : ", "), order[i], delta[order[i]] / c) }
          printf "store (MongoDB) commands per complaint created, over %d creates and their events: %s; all %.1f\n", c, line, total / c
          printf "SUMMARY store_commands_per_create=%.1f\n", total / c }' "$1" "$2"
}
# Waits (up to $1 s) until kpi-service and notification-service have handled every complaint filed since they
# started: a consumer's lag is zero once it has fetched, before it has written what it fetched.
wait_handled() {
  local filed kpi notification
  for _ in $(seq 1 "$1"); do
    filed=$(complaints_inserted)
    kpi=$(handled "$KPI_URL"); notification=$(handled "http://127.0.0.1:$NOTIFICATION_PORT")
    (( kpi >= filed && notification >= filed )) && return 0
    sleep 1
  done
  echo "not every complaint handled after $1 s (filed $filed, kpi-service $kpi, notification-service $notification)"
}
handled() {
  curl -fsS --max-time 5 "$1/actuator/prometheus" 2>/dev/null | awk '/^serviceops_events_consumed_total\{/ \
    && /type="ComplaintFiled"/ && /outcome="(applied|duplicate)"/ { s += $NF } END { printf "%d\n", s }'
}
if [[ "$mode" == compare || "$mode" == gateway ]]; then
  store_commands >"$BENCH_WORK/store-commands-before.txt"
  { echo "== complaint creation through the gateway ($(load_line))"
    TARGET_URL="$GATEWAY_URL" WARMUP_SECONDS="$WARMUP_SECONDS" java -XX:+UseSerialGC -Xmx256m -cp "$IDENTITY_JAR" ComplaintCreateBench.java
    wait_handled 180; store_commands >"$BENCH_WORK/store-commands-after.txt"
    commands_per_create "$BENCH_WORK/store-commands-before.txt" "$BENCH_WORK/store-commands-after.txt"; } | tee "$out/create-gateway.txt"
fi
if [[ "$mode" == compare || "$mode" == direct ]]; then
  # Diagnostic: the same creates straight to complaint-service, to split the gap into gateway and service.
  { echo "== complaint creation straight to complaint-service ($(load_line))"
    TARGET_URL="$DIRECT_URL" WARMUP_SECONDS="$DIRECT_WARMUP_SECONDS" java -XX:+UseSerialGC -Xmx256m -cp "$IDENTITY_JAR" ComplaintCreateBench.java; } | tee "$out/create-direct.txt"
fi
if [[ "$mode" == compare || "$mode" == store ]]; then
  { echo "== raw inserts into the same store, same concurrency ($(load_line))"
    REQUESTS="${STORE_REQUESTS:-2000}" java -XX:+UseSerialGC -Xmx256m -cp "$BENCH_CP" StoreInsertBench.java 2>&1 | grep -v -E '^(SLF4J|[A-Z][a-z]{2} [0-9]{2}, [0-9]{4}|INFO:)'; } \
    | tee "$out/create-store.txt"
fi
