#!/usr/bin/env bash
# KPI rebuild (POST /api/v1/kpi/rebuild) against the broker's raw consumer rate on the same topics.
# Needs the benchmark stack (bench/stack.sh start) with some history (e.g. after complaint-create). JDK 17+.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/env.sh"
export ROUNDS="${ROUNDS:-3}"
mkdir -p "$BENCH_WORK/results"
# Replay a quiet history: not competing with the tail of an earlier load (lib/env.sh).
wait_quiet 90
cd "$here"
{ echo "== KPI rebuild ($(load_line))"
  java -XX:+UseSerialGC -Xmx256m -cp "$BENCH_CP" RebuildBench.java 2>&1 | grep -v -E '^(SLF4J|[0-9]{4}-[0-9]{2}-[0-9]{2}[ T])'; } \
  | tee "$BENCH_WORK/results/kpi-rebuild.txt"
