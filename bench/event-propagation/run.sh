#!/usr/bin/env bash
# Event propagation: complaint (through the gateway, RATE/s) -> visible in kpi-service's scorecard,
# p50/p99, against Kafka's own end-to-end latency on the same broker at the same rate.
# Needs the benchmark stack (bench/stack.sh start) and a JDK 17+. Settings: see README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/env.sh"
export ROUNDS="${ROUNDS:-3}" RATE="${RATE:-100}" DURATION_SECONDS="${DURATION_SECONDS:-10}"
mkdir -p "$BENCH_WORK/results"
cd "$here"
wait_quiet 60
# Diagnostic first (before the 100/s load leaves a backlog): one round at a rate the stack sustains.
{ echo "== complaint -> KPI visible at ${LOW_RATE:-20}/s, diagnostic ($(load_line))"
  RATE="${LOW_RATE:-20}" ROUNDS=1 java -XX:+UseSerialGC -Xmx256m -cp "$IDENTITY_JAR" Propagation.java
  # The relay's part of that delay, over the round's own events (the round offers LOW_RATE x DURATION_SECONDS).
  RELAY_SAMPLE=$(( ${LOW_RATE:-20} * DURATION_SECONDS )) java -XX:+UseSerialGC -Xmx256m -cp "$BENCH_CP" KafkaEndToEnd.java relay 2>&1 \
    | grep -v -E '^(SLF4J|[0-9]{4}-[0-9]{2}-[0-9]{2}[ T])'; } | tee "$BENCH_WORK/results/propagation-low.txt"
{ echo "== complaint -> KPI visible ($(load_line))"
  java -XX:+UseSerialGC -Xmx256m -cp "$IDENTITY_JAR" Propagation.java; } | tee "$BENCH_WORK/results/propagation.txt"
{ echo "== Kafka end to end on the same broker ($(load_line))"
  java -XX:+UseSerialGC -Xmx256m -cp "$BENCH_CP" KafkaEndToEnd.java 2>&1 | grep -v -E '^(SLF4J|[0-9]{4}-[0-9]{2}-[0-9]{2}[ T])'; } \
  | tee "$BENCH_WORK/results/kafka-e2e.txt"
