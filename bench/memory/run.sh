#!/usr/bin/env bash
# Peak RSS (VmHWM from /proc/<pid>/status) of every process of the benchmark stack, from run.sh's
# pids file, and their sum. Run it after the load (bench/run-all.sh does): VmHWM is the peak so far.
set -euo pipefail
source "$(dirname "$0")/../lib/env.sh"
pids="$SERVICEOPS_DATA_DIR/pids"
[[ -f "$pids" ]] || { echo "no $pids: is the benchmark stack running (bench/stack.sh start)?" >&2; exit 1; }
mkdir -p "$BENCH_WORK/results"
{
  echo "== peak RSS per process ($(load_line))"
  printf '%-18s %8s %12s %12s  %s\n' process pid "peak MB" "now MB" "JVM flags"
  total=0 now_total=0
  while read -r _ name pid; do
    [[ -r "/proc/$pid/status" ]] || { printf '%-18s %8s %12s\n' "$name" "$pid" "gone"; continue; }
    hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status"); rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
    flags="$(tr '\0' ' ' <"/proc/$pid/cmdline" | grep -o -E -- '-X[^ ]+' | tr '\n' ' ' || true)"
    printf "%-18s %8s %12d %12d  %s\n" "$name" "$pid" $((hwm / 1024)) $((rss / 1024)) "$flags"
    echo "SUMMARY process=$name peak_mb=$((hwm / 1024))"
    total=$((total + hwm)); now_total=$((now_total + rss))
  done <"$pids"
  printf '%-18s %8s %12d %12d  (sum of peaks: an upper bound of the stack at any one time)\n' "stack total" "" $((total / 1024)) $((now_total / 1024))
  echo "SUMMARY process=stack-total peak_mb=$((total / 1024)) now_mb=$((now_total / 1024))"
} | tee "$BENCH_WORK/results/memory.txt"
