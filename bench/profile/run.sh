#!/usr/bin/env bash
# Where the CPU goes under the complaint-create load, per process of the benchmark stack: async-profiler
# (Maven Central's tools.profiler:async-profiler, native library inside) attached to every JVM of run.sh's
# pids file for PROFILE_SECONDS while bench/complaint-create sends creates through TARGET (gateway|direct),
# or (hop) bench/gateway-hop's GET goes through the gateway, then each process's share of the two cores
# (from /proc ticks) and its hottest frames, self time.
#   bench/profile/run.sh [gateway|direct|hop|rebuild]   on the benchmark stack (bench/stack.sh start)
# Settings: PROFILE_SECONDS (30), TOP (12 frames per process), ASYNC_PROFILER_VERSION (4.2),
# INTERVAL (itimer sampling interval, default 1ms: itimer needs no perf_events permission).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/env.sh"
target="${1:-gateway}"
seconds="${PROFILE_SECONDS:-30}" top="${TOP:-12}" version="${ASYNC_PROFILER_VERSION:-4.2}" interval="${INTERVAL:-1ms}"
pids="$SERVICEOPS_DATA_DIR/pids"
[[ -f "$pids" ]] || { echo "no $pids: is the benchmark stack running (bench/stack.sh start)?" >&2; exit 1; }
work="$BENCH_WORK/profile-$target"; rm -rf "$work"; mkdir -p "$work" "$BENCH_WORK/results"

lib="$BENCH_WORK/async-profiler-$version/libasyncProfiler.so"
if [[ ! -f "$lib" ]]; then
  "$REPO_ROOT/mvnw" -B -q dependency:copy -Dartifact="tools.profiler:async-profiler:$version" \
    -DoutputDirectory="$BENCH_WORK/async-profiler-$version" >/dev/null
  unzip -q -o -j "$BENCH_WORK/async-profiler-$version/async-profiler-$version.jar" 'linux-x64/libasyncProfiler.so' \
    -d "$BENCH_WORK/async-profiler-$version"
fi

# jcmd reads name=value pairs, so the profiler's options go quoted, as one value.
jvms=()   # "name pid" of every JVM of the stack (Redis and other native processes are timed, not profiled)
while read -r _ name pid; do
  [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q java || continue
  jvms+=("$name $pid")
done <"$pids"
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

# Load first (the profile should see a warm stack under load, not the ramp-up), then attach.
case "$target" in gateway) url="$GATEWAY_URL" ;; direct) url="$DIRECT_URL" ;; hop) url="$GATEWAY_URL" ;; rebuild) url="$KPI_URL" ;;
  *) echo "target: gateway|direct|hop|rebuild" >&2; exit 2 ;; esac
rate=$(awk -v s="$seconds" 'BEGIN { print int(s * 400) }')   # enough creates to outlast the profile
if [[ "$target" == hop ]]; then
  # gateway-hop's GET through the gateway, 16 clients: the hop itself, without the create's work behind it.
  ( cd "$REPO_ROOT/bench/gateway-hop" && TARGETS="gateway=$url" CONCURRENCY=16 ROUNDS=1 WARMUP=300 WARM_SECONDS=0 \
      REQUESTS=$((rate * 10)) exec java -XX:+UseSerialGC -Xmx256m -cp "$IDENTITY_JAR" GatewayHop.java >"$work/load.txt" 2>&1 ) &
elif [[ "$target" == rebuild ]]; then
  # KPI rebuilds back to back over the stack's history (bench/kpi-rebuild's rounds, each a raw read then a rebuild;
  # the raw reads run in the load generator's JVM), as long as the profile lasts.
  ( cd "$REPO_ROOT/bench/kpi-rebuild" && ROUNDS=40 exec java -XX:+UseSerialGC -Xmx256m -cp "$BENCH_CP" RebuildBench.java \
      >"$work/load.txt" 2>&1 ) &
else
  ( cd "$REPO_ROOT/bench/complaint-create" && TARGET_URL="$url" ROUNDS=1 WARMUP=200 REQUESTS="$rate" \
      exec java -XX:+UseSerialGC -Xmx256m -cp "$IDENTITY_JAR" ComplaintCreateBench.java >"$work/load.txt" 2>&1 ) &
fi
load=$!
sleep 10
declare -A before
for entry in "${jvms[@]}"; do
  read -r name pid <<<"$entry"; before[$name]=$(ticks "$pid")
  jcmd "$pid" JVMTI.agent_load "$lib" "\"start,event=itimer,interval=$interval\"" >"$work/$name.attach" 2>&1 || true
done
before[loadgen]=$(ticks "$load")
t0=$(date +%s.%N); sleep "$seconds"
hz=$(getconf CLK_TCK)
for entry in "${jvms[@]}"; do
  read -r name pid <<<"$entry"
  jcmd "$pid" JVMTI.agent_load "$lib" "\"stop,file=$work/$name.collapsed,collapsed\"" >>"$work/$name.attach" 2>&1 || true
  echo "$name $(( $(ticks "$pid") - ${before[$name]} ))" >>"$work/cpu.txt"
done
echo "load-generator $(( $(ticks "$load") - ${before[loadgen]} ))" >>"$work/cpu.txt"
elapsed=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
kill "$load" 2>/dev/null || true; wait "$load" 2>/dev/null || true

{
  what="complaint creation through the $target"; [[ "$target" == hop ]] && what="GET ${BENCH_PATH:-/api/v1/complaint-types?size=5} through the gateway"
  [[ "$target" == rebuild ]] && what="KPI rebuilds back to back"
  echo "== CPU profile under $what ($(load_line)), ${seconds} s, async-profiler $version itimer $interval"
  echo "share of one core per process during the profile:"
  while read -r name t; do
    awk -v n="$name" -v t="$t" -v hz="$hz" -v e="$elapsed" 'BEGIN { printf "  %-20s %5.0f %%\n", n, 100 * t / hz / e }'
    echo "SUMMARY profile=$target process=$name core_pct=$(awk -v t="$t" -v hz="$hz" -v e="$elapsed" 'BEGIN { printf "%.0f", 100 * t / hz / e }')"
  done <"$work/cpu.txt"
  for entry in "${jvms[@]}"; do
    read -r name _ <<<"$entry"
    f="$work/$name.collapsed"
    if [[ ! -s "$f" ]]; then echo "-- $name: no profile ($(tr '\n' ' ' <"$work/$name.attach"))"; continue; fi
    # Collapsed stacks: "frame;frame;...;leaf samples". Inclusive share per component (a sample counts
    # once for every component on its stack), then the hottest leaves (self time).
    echo "-- $name: CPU samples by component (inclusive; a sample can count in several)"
    awk -v top="$top" '
      BEGIN { n = split("serviceops code=io/serviceops|io\\.serviceops;Spring Security=org/springframework/security|org\\.springframework\\.security;Spring Cloud Gateway=org/springframework/cloud/gateway|org\\.springframework\\.cloud\\.gateway;Spring Web/WebFlux/MVC=org/springframework/web|org\\.springframework\\.web;resilience4j=resilience4j;Micrometer/tracing=io/micrometer|io\\.micrometer|opentelemetry;Reactor=reactor/core|reactor\\.core;Netty/Reactor Netty=io/netty|io\\.netty|reactor/netty|reactor\\.netty;Tomcat=org/apache/(catalina|coyote|tomcat)|org\\.apache\\.(catalina|coyote|tomcat);Jackson=jackson;MongoDB driver=com/mongodb|com\\.mongodb|org/bson|org\\.bson;mongo-java-server=de/bwaldvogel|de\\.bwaldvogel|org/h2|org\\.h2;Kafka=org/apache/kafka|org\\.apache\\.kafka|kafka\\.;Logging=logback|slf4j;JIT compiler=CompileBroker|C2Compiler|Compilation::;GC=GCTask|VM_GenCollect|SerialHeap|GenCollectedHeap|DefNewGeneration|TenuredGeneration|MarkSweep", parts, ";")
              for (i = 1; i <= n; i++) { split(parts[i], kv, "="); label[i] = kv[1]; re[i] = kv[2] } }
      { count = $NF; stack = substr($0, 1, length($0) - length($NF) - 1); total += count
        for (i = 1; i <= n; i++) if (stack ~ re[i]) hit[i] += count
        leaf = stack; sub(/.*;/, "", leaf); self[leaf] += count }
      END { for (i = 1; i <= n; i++) if (hit[i] > 0) printf "  %6.1f %%  %s\n", 100 * hit[i] / total, label[i] | "sort -rn"
            close("sort -rn")
            printf "   hottest frames (self time, %d samples):\n", total
            for (l in self) printf "  %6.1f %%  %s\n", 100 * self[l] / total, l | "sort -rn | head -n " top }' "$f"
  done
} | tee "$BENCH_WORK/results/profile-$target.txt"
