#!/usr/bin/env bash
# Every benchmark of bench/, side by side in one run on this machine: starts the local stack on the
# benchmark ports and data directory (bench/lib/env.sh; fresh data), runs each benchmark (medians over
# ROUNDS, default 3), takes the peak RSS of every process, stops the stack and prints the table with
# the issue's targets. Only 127.0.0.1. Output also in $SERVICEOPS_DATA_DIR/bench/results/.
#   bench/run-all.sh            (about 6-8 minutes on the 2-core development machine)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib/env.sh"
results="$BENCH_WORK/results"

stack_started=false
cleanup() { if $stack_started; then "$here/stack.sh" stop >/dev/null 2>&1 || true; fi; }
trap cleanup EXIT
trap 'exit 130' INT TERM

stack_started=true
"$here/stack.sh" start --fresh   # deletes the benchmark data directory first, results included
mkdir -p "$results"
{ echo "== local stack start-up ($(sed -n 's/^load average: //p' "$BENCH_WORK/startup-times.txt" | tail -n 1))"
  tail -n 1 "$BENCH_WORK/startup-times.txt"; } >"$results/startup.txt"

"$here/complaint-create/run.sh"
"$here/gateway-hop/run.sh"
"$here/event-propagation/run.sh"
"$here/kpi-rebuild/run.sh"
"$here/memory/run.sh"
"$here/stack.sh" stop >/dev/null; stack_started=false
"$here/kpi-scale/run.sh"          # in process, no stack: after it stopped, so nothing competes

"$here/lib/report.sh" "$results"
