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
  grep '^cores' "$BENCH_WORK/startup-times.txt" | tail -n 1; tail -n 1 "$BENCH_WORK/startup-times.txt"; } >"$results/startup.txt"

# A benchmark that fails is named and the others still run: the table shows what it could not measure
# (n/a), and the failure is the finding (the KPI rebuild's 500 on 2026-12-04 was the store's heap running out).
failed=()
step() {
  local rc=0
  "$@" || rc=$?
  if ((rc)); then failed+=("$*"); echo "FAILED: $* (exit $rc)" | tee -a "$results/failures.txt"; fi
}
step "$here/complaint-create/run.sh"
step "$here/gateway-hop/run.sh"
step "$here/event-propagation/run.sh"
step "$here/kpi-rebuild/run.sh"
step "$here/memory/run.sh"
# The profiles last: an attached profiler's own memory is not the stack's, and their creates (as fast as the stack
# goes) would add to the history the embedded store holds in its heap (bench/README.md, session 11).
step "$here/profile/run.sh" gateway   # where the CPU of the creates goes, per process
step "$here/profile/run.sh" direct
step "$here/profile/run.sh" hop       # where the gateway's CPU goes on the hop alone, warm by now
step "$here/profile/run.sh" rebuild   # where the KPI rebuild's time goes: kpi-service, the store, the broker
"$here/stack.sh" stop >/dev/null; stack_started=false
step "$here/kpi-scale/run.sh"          # in process, no stack: after it stopped, so nothing competes
step "$here/customer-keys/run.sh"      # in process too

"$here/lib/report.sh" "$results"
((${#failed[@]} == 0)) || { printf 'FAILED: %s\n' "${failed[@]}"; exit 1; }
