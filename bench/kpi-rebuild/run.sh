#!/usr/bin/env bash
# KPI rebuild (POST /api/v1/kpi/rebuild) against the broker's raw consumer rate on the same topics.
# Needs the benchmark stack (bench/stack.sh start) with some history (e.g. after complaint-create). JDK 17+.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/env.sh"
export ROUNDS="${ROUNDS:-3}"
mkdir -p "$BENCH_WORK/results"
# Replay a quiet history: wait (up to 90 s) until complaint-service's outbox is empty and kpi-service's
# live consumer has no lag, so that the rebuild does not compete with the tail of an earlier load.
metric_sum() { curl -fsS --max-time 5 "$1/actuator/prometheus" 2>/dev/null | awk -v m="$2" '$1 ~ "^"m"[{ ]" && $2 != "NaN" { s += $2 } END { print s + 0 }'; }
for _ in $(seq 1 90); do
  pending=$(metric_sum "$DIRECT_URL" serviceops_outbox_pending); lag=$(metric_sum "$KPI_URL" kafka_consumer_fetch_manager_records_lag)
  [[ "$pending" == 0 && "$lag" == 0 ]] && break
  sleep 1
done
echo "before the rebuild: complaint outbox pending ${pending:-?}, kpi consumer lag ${lag:-?}"
cd "$here"
{ echo "== KPI rebuild ($(load_line))"
  java -XX:+UseSerialGC -Xmx256m -cp "$BENCH_CP" RebuildBench.java 2>&1 | grep -v -E '^(SLF4J|[0-9]{4}-[0-9]{2}-[0-9]{2}[ T])'; } \
  | tee "$BENCH_WORK/results/kpi-rebuild.txt"
