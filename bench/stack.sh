#!/usr/bin/env bash
# Starts (start) or stops (stop) the local stack on the benchmark ports and data directory, with the
# gateway's rate limit raised so it does not throttle the load. Prints the start-up time.
#   bench/stack.sh start [--fresh]   --fresh deletes the benchmark data directory first
#   bench/stack.sh stop
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"

# Percent of both cores idle over the next $1 seconds (/proc/stat: idle and iowait over all ticks).
idle_pct() {
  local a b
  read -r -a a < <(head -n 1 /proc/stat); sleep "$1"; read -r -a b < <(head -n 1 /proc/stat)
  local total=0 i; for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
  echo $(( total > 0 ? 100 * (b[4] + b[5] - a[4] - a[5]) / total : 100 ))
}
# The start-up figure is for a quiet machine: a build just before (or the archives above) can keep the
# cores busy for minutes, and six JVMs starting at once on two cores would measure that instead.
wait_idle() {
  local idle=0 waited=0
  while (( waited < 120 )); do
    idle=$(idle_pct 3); waited=$((waited + 3))
    (( idle >= 85 )) && break
  done
  echo "cores ${idle} % idle over the last 3 s before the start (waited ${waited} s, at most 120 for 85 %)"
}
case "${1:-}" in
  start)
    if [[ "${2:-}" == --fresh && -d "$SERVICEOPS_DATA_DIR" ]]; then
      [[ "$SERVICEOPS_DATA_DIR" == /tmp/* ]] || { echo "refusing to delete $SERVICEOPS_DATA_DIR (not under /tmp)" >&2; exit 2; }
      rm -rf "$SERVICEOPS_DATA_DIR"; mkdir -p "$BENCH_WORK"
    fi
    # The once-per-build preparation (unpacked jars, class-data archives; deploy/local/run.sh) is part
    # of the build, so it is done, and timed, before the start-up clock starts.
    p0=$(date +%s.%N)
    "$REPO_ROOT/deploy/local/run.sh" --prepare-only --no-build >"$BENCH_WORK/stack-prepare.log" 2>&1 \
      || { tail -n 30 "$BENCH_WORK/stack-prepare.log" >&2; exit 1; }
    awk -v a="$p0" -v b="$(date +%s.%N)" 'BEGIN { printf "JVMs prepared in %.1f s (0 when already prepared for these jars)\n", b - a }'
    wait_idle | tee -a "$BENCH_WORK/startup-times.txt"
    load_line | tee -a "$BENCH_WORK/startup-times.txt"
    # In the foreground (in the background of this shell) rather than --detach: the launcher's JVM then
    # stays, is listed in the pids file, and bench/memory counts it in the stack's budget.
    t0=$(date +%s.%N)
    setsid nohup "$REPO_ROOT/deploy/local/run.sh" --no-build >"$BENCH_WORK/stack-start.log" 2>&1 </dev/null &
    launcher=$!
    until grep -q '^serviceops is up' "$BENCH_WORK/stack-start.log"; do
      kill -0 "$launcher" 2>/dev/null || { tail -n 60 "$BENCH_WORK/stack-start.log" >&2; exit 1; }
      sleep 0.5
    done
    t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "stack UP in %.1f s (run.sh --no-build, every /actuator/health UP)\n", b - a }' \
      | tee -a "$BENCH_WORK/startup-times.txt"
    ;;
  stop) "$REPO_ROOT/deploy/local/stop.sh" ;;
  *) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
