#!/usr/bin/env bash
# Prints the table of bench/run-all.sh from the SUMMARY lines in the results directory.
set -uo pipefail   # missing figures print as empty, they do not stop the table
r="${1:?results directory}"
# get FILE KEY [SELECTOR]: the value of KEY on the (first) SUMMARY line of FILE containing SELECTOR.
get() { grep -h '^SUMMARY' "$r/$1" 2>/dev/null | grep -- "${3:-}" | head -n 1 | tr ' ' '\n' | sed -n "s/^$2=//p" || true; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }
# verdict VALUE OP TARGET: met / MISSED; a value ">N" (later than a timeout) misses an upper bound.
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {
  if (v ~ /^>/ && op == "<=") { print "MISSED"; exit }
  if (v !~ /^-?[0-9]+(\.[0-9]+)?$/) { print "n/a"; exit }
  ok = (op == ">=") ? (v + 0 >= t + 0) : (v + 0 <= t + 0); print ok ? "met" : "MISSED" }'; }

# Warm rounds ("SUMMARY rps=") and the cold one before the warm-up ("phase=cold").
gw_rps=$(get create-gateway.txt rps "SUMMARY rps="); gw_p50=$(get create-gateway.txt p50_ms "SUMMARY rps="); gw_p99=$(get create-gateway.txt p99_ms "SUMMARY rps=")
dr_rps=$(get create-direct.txt rps "SUMMARY rps="); dr_p50=$(get create-direct.txt p50_ms "SUMMARY rps="); dr_p99=$(get create-direct.txt p99_ms "SUMMARY rps=")
gw_cold=$(get create-gateway.txt rps phase=cold); dr_cold=$(get create-direct.txt rps phase=cold)
store_cmds=$(get create-gateway.txt store_commands_per_create store_commands); store_bound=$(ratio 1 "$store_cmds")
st_rps=$(get create-store.txt rps); st_p50=$(get create-store.txt p50_ms); st_p99=$(get create-store.txt p99_ms)
create_ratio=$(ratio "$gw_rps" "$st_rps")

lat() { get gateway-hop-latency.txt "$2" "target=$1 "; }
hop() { get gateway-hop-throughput.txt "$2" "target=$1 "; }
bare_add=$(lat bare-gw added_p50_ms); full_add=$(lat gateway added_p50_ms); nginx_add=$(lat nginx added_p50_ms)
direct_p50=$(lat direct p50_ms)
full_rps=$(hop gateway rps); nginx_rps=$(hop nginx rps); bare_rps=$(hop bare-gw rps); direct_rps=$(hop direct rps)
tput_ratio=$(ratio "$full_rps" "$nginx_rps")
# Full chain within 2x the bare route's added p50: a bare route that adds nothing measurable (<= 0) leaves no ratio,
# and the full chain then misses unless it adds nothing either.
hop_ratio=$(awk -v f="$full_add" -v b="$bare_add" 'BEGIN { if (f == "" || b == "") print "n/a"; else if (b + 0 <= 0) print "n/a"; else printf "%.2fx", f / b }')
hop_verdict=$(awk -v f="$full_add" -v b="$bare_add" 'BEGIN { if (f !~ /^-?[0-9.]+$/ || b !~ /^-?[0-9.]+$/) print "n/a"; else print (f + 0 <= 2 * (b > 0 ? b : 0)) ? "met" : "MISSED" }')
cold() { get gateway-hop-latency.txt "$2" "of=$1 "; }
cold_full=$(cold gateway cold_added_p50_ms); cold_bare=$(cold bare-gw cold_added_p50_ms); cold_nginx=$(cold nginx cold_added_p50_ms)
direct_ratio=$(ratio "$dr_rps" "$st_rps")

prop_p50=$(get propagation.txt p50_ms); prop_p99=$(get propagation.txt p99_ms); prop_rate=$(get propagation.txt created_rate); prop_lost=$(get propagation.txt lost)
low_rate=$(get propagation-low.txt created_rate); low_p50=$(get propagation-low.txt p50_ms); low_p99=$(get propagation-low.txt p99_ms); low_lost=$(get propagation-low.txt lost)
low_relay_p50=$(get propagation-low.txt relay_p50_ms relay); low_relay_p99=$(get propagation-low.txt relay_p99_ms relay)
k_p50=$(get kafka-e2e.txt p50_ms); k_p99=$(get kafka-e2e.txt p99_ms); relay_p50=$(get kafka-e2e.txt relay_p50_ms relay); relay_p99=$(get kafka-e2e.txt relay_p99_ms relay)

raw_eps=$(get kpi-rebuild.txt raw_eps); rb_eps=$(get kpi-rebuild.txt rebuild_eps); rb_ratio=$(ratio "$rb_eps" "$raw_eps")

# kpi-scale: p50 of BENCH at SIZE along PATH (after: running totals, before: aggregation over the facts).
ks() { grep -h "^SUMMARY bench=$1 size=$2 path=$3 " "$r/kpi-scale.txt" 2>/dev/null | head -n 1 | tr ' ' '\n' | sed -n 's/^p50_ms=//p' || true; }
sc_1k=$(ks scorecard 1000 after); sc_10k=$(ks scorecard 10000 after); sc_100k=$(ks scorecard 100000 after)
scb_1k=$(ks scorecard 1000 before); scb_10k=$(ks scorecard 10000 before); scb_100k=$(ks scorecard 100000 before)
rk_1k=$(ks ranking 1000 after); rk_100k=$(ks ranking 100000 after); rkb_1k=$(ks ranking 1000 before); rkb_100k=$(ks ranking 100000 before)
ev_1k=$(ks evaluation 1000 after); ev_10k=$(ks evaluation 10000 after); evb_1k=$(ks evaluation 1000 before); evb_10k=$(ks evaluation 10000 before)
wr=$(grep -h '^SUMMARY bench=write ' "$r/kpi-scale.txt" 2>/dev/null | grep 'path=after' | tr ' ' '\n' | sed -n 's/^p50_ms=//p' | head -n 1)
wrb=$(grep -h '^SUMMARY bench=write ' "$r/kpi-scale.txt" 2>/dev/null | grep 'path=before' | tr ' ' '\n' | sed -n 's/^p50_ms=//p' | head -n 1)
sc_growth=$(ratio "$sc_100k" "$sc_1k"); rk_growth=$(ratio "$rk_100k" "$rk_1k")

stack_mb=$(get memory.txt peak_mb process=stack-total)
# "MB process" per JVM (Redis is not one), read once for the largest and for those above the target.
jvm_peaks=$(grep -h '^SUMMARY process=' "$r/memory.txt" 2>/dev/null | grep -v -e stack-total -e process=redis | sed 's/.*process=\([^ ]*\) peak_mb=\([0-9]*\).*/\2 \1/' | sort -n || true)
max_jvm=$(tail -n 1 <<<"$jvm_peaks")
startup=$(sed -n 's/^stack UP in \([0-9.]*\) s.*/\1/p' "$r/startup.txt" 2>/dev/null | tail -n 1)

echo
echo "serviceops benchmarks — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average now $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %-44s %-22s %s\n' "benchmark" "measured (medians)" "target" "result"
printf '%-34s %-44s %-22s %s\n' "complaint creation (gateway), warm" "${gw_rps} req/s, p50 ${gw_p50} ms, p99 ${gw_p99} ms" "" ""
printf '%-34s %-44s %-22s %s\n' "  straight to the service (diag.)" "${dr_rps} req/s, p50 ${dr_p50} ms, p99 ${dr_p99} ms" "" ""
printf '%-34s %-44s %-22s %s\n' "  cold (before the warm-up)" "gateway ${gw_cold} req/s${dr_cold:+, straight ${dr_cold} req/s}" "" ""
printf '%-34s %-44s %-22s %s\n' "  store commands per create (diag.)" "${store_cmds} (all services, the events included: 1/n = ${store_bound}x)" "" ""
printf '%-34s %-44s %-22s %s\n' "  raw store insert (ceiling)" "${st_rps} ins/s, p50 ${st_p50} ms, p99 ${st_p99} ms" "" ""
printf '%-34s %-44s %-22s %s\n' "  ratio through the gateway" "${create_ratio}x" ">= 0.2x" "$(verdict "$create_ratio" ">=" 0.2)"
printf '%-34s %-44s %-22s %s\n' "  ratio straight to the service" "${direct_ratio}x" ">= 0.35x" "$(verdict "$direct_ratio" ">=" 0.35)"
printf '%-34s %-44s %-22s %s\n' "gateway hop, added p50, 1 client" "nginx ${nginx_add}, bare ${bare_add}, full ${full_add} ms (direct p50 ${direct_p50} ms), warm" "<= 1 ms" "$(verdict "$full_add" "<=" 1)"
printf '%-34s %-44s %-22s %s\n' "  cold (first requests after start)" "nginx ${cold_nginx}, bare ${cold_bare}, full ${cold_full} ms added p50" "" ""
printf '%-34s %-44s %-22s %s\n' "  full chain / bare route (p50)" "${hop_ratio} (added ${full_add} vs ${bare_add} ms)" "<= 2x" "$hop_verdict"
printf '%-34s %-44s %-22s %s\n' "  throughput, 16 clients" "direct ${direct_rps}, nginx ${nginx_rps}, bare ${bare_rps}, full ${full_rps} req/s" "" ""
printf '%-34s %-44s %-22s %s\n' "  full gateway / nginx throughput" "${tput_ratio}x" ">= 0.5x" "$(verdict "$tput_ratio" ">=" 0.5)"
printf '%-34s %-44s %-22s %s\n' "complaint -> KPI visible" "p50 ${prop_p50} ms, p99 ${prop_p99} ms at ${prop_rate}/s created, ${prop_lost} not seen" "p99 < 1 s, >= 95/s" "$(awk -v v="$(verdict "$prop_p99" "<=" 999.999)" -v r="$prop_rate" 'BEGIN { print v == "n/a" ? "n/a" : (v == "met" && r + 0 >= 95) ? "met" : "MISSED" }')"
printf '%-34s %-44s %-22s %s\n' "  at ${low_rate}/s (diagnostic)" "p50 ${low_p50} ms, p99 ${low_p99} ms, ${low_lost} not seen" "" ""
printf '%-34s %-44s %-22s %s\n' "    its outbox relay delay" "p50 ${low_relay_p50} ms, p99 ${low_relay_p99} ms" "" ""
printf '%-34s %-44s %-22s %s\n' "  Kafka end to end (same broker)" "p50 ${k_p50} ms, p99 ${k_p99} ms at 100/s" "reference" ""
printf '%-34s %-44s %-22s %s\n' "  outbox relay delay (diagnostic)" "p50 ${relay_p50} ms, p99 ${relay_p99} ms" "" ""
printf '%-34s %-44s %-22s %s\n' "KPI rebuild" "${rb_eps} events/s vs raw consumer ${raw_eps}" "" ""
printf '%-34s %-44s %-22s %s\n' "  ratio" "${rb_ratio}x" ">= 0.3x" "$(verdict "$rb_ratio" ">=" 0.3)"
printf '%-34s %-44s %-22s %s\n' "KPI scorecard read p50 (kpi-scale)" "1k ${sc_1k}, 10k ${sc_10k}, 100k ${sc_100k} ms (before: ${scb_1k}, ${scb_10k}, ${scb_100k})" "" ""
printf '%-34s %-44s %-22s %s\n' "  p50 at 100k facts / at 1k" "${sc_growth}x" "<= 1.5x" "$(verdict "$sc_growth" "<=" 1.5)"
printf '%-34s %-44s %-22s %s\n' "  store ranking p50 (diagnostic)" "1k ${rk_1k}, 100k ${rk_100k} ms = ${rk_growth}x (before: ${rkb_1k}, ${rkb_100k})" "" ""
printf '%-34s %-44s %-22s %s\n' "  evaluation reads (diagnostic)" "1k staff ${ev_1k}, 10k staff ${ev_10k} ms (before: ${evb_1k}, ${evb_10k})" "" ""
printf '%-34s %-44s %-22s %s\n' "  one fact's write (diagnostic)" "${wr} ms (before: ${wrb} ms)" "" ""
printf '%-34s %-44s %-22s %s\n' "largest JVM peak RSS" "${max_jvm% *} MB (${max_jvm#* })" "<= 384 MB" "$(verdict "${max_jvm% *}" "<=" 384)"
printf '%-34s %-44s %-22s %s\n' "whole stack, sum of peak RSS" "${stack_mb} MB" "<= 3072 MB" "$(verdict "$stack_mb" "<=" 3072)"
printf '%-34s %-44s %-22s %s\n' "local stack start-up to UP" "${startup} s" "<= 60 s" "$(verdict "$startup" "<=" 60)"
# Every target missed, with the cause this run measured (bench/profile's shares, the references beside
# each figure) and the next step, so that a MISSED line is never read alone (issue 18).
share() { awk -v p="$2" -v c="$3" '$0 ~ "^-- " p ":" { on = 1; next } /^-- / { on = 0 }
  on && index($0, "%  " c) && substr($0, index($0, "%  ") + 3) == c { print $1; exit }' "$r/profile-$1.txt" 2>/dev/null; }
core() { grep -h "^SUMMARY profile=$1 process=$2 " "$r/profile-$1.txt" 2>/dev/null | sed 's/.*core_pct=//'; }
busiest() { grep -h "^SUMMARY profile=$1 " "$r/profile-$1.txt" 2>/dev/null | sed 's/.*process=\([^ ]*\) core_pct=\([0-9]*\).*/\2 \1/' \
  | sort -rn | head -n 3 | awk '{ printf "%s%s %s %%", (NR > 1 ? ", " : ""), $2, $1 }'; }
missed() { [[ "$1" == MISSED ]]; }
causes=()
if missed "$(verdict "$create_ratio" ">=" 0.2)" || missed "$(verdict "$direct_ratio" ">=" 0.35)"; then
  causes+=("complaint creation: ${gw_rps}/s through the gateway, ${dr_rps}/s straight (warm; cold ${gw_cold} through the gateway), against ${st_rps} raw inserts/s. One create costs ${store_cmds} MongoDB commands across the stack, its events' handling included (per service in create-gateway.txt), so on this shared store the ratio is bounded near 1/${store_cmds} = ${store_bound}x even if the services cost nothing. Measured (bench/profile, % of one core): through the gateway $(busiest gateway); straight $(busiest direct). In complaint-service the JIT compiler is $(share direct complaint-service 'JIT compiler') % of its samples, Spring Security $(share direct complaint-service 'Spring Security') % (inclusive: its filters wrap the request), the MongoDB driver $(share direct complaint-service 'MongoDB driver') %; in the store mongo-java-server $(share direct store 'mongo-java-server') %, GC $(share direct store 'GC') %. Two cores serve nine JVMs, the load generator and the store: one create costs the whole stack's CPU, not one insert. Next: fewer commands per event in the consumers (kpi-service's fact write: a read, a pending mark, its clearing and the totals; the inbox's check before its mark), then the request path of complaint-service filter by filter (bench/README.md, causes).")
fi
if missed "$(verdict "$full_add" "<=" 1)" || missed "$hop_verdict" || missed "$(verdict "$tput_ratio" ">=" 0.5)"; then
  causes+=("gateway hop: a bare Spring Cloud Gateway route adds ${bare_add} ms and serves ${bare_rps} req/s (nginx ${nginx_add} ms, ${nginx_rps} req/s); the full chain adds ${full_add} ms and serves ${full_rps} req/s, so the gateway's own filters cost the difference. Measured in the warm gateway under the GET load alone (bench/profile hop, $(core hop gateway) % of a core): Spring Security $(share hop gateway 'Spring Security') %, Spring Cloud Gateway $(share hop gateway 'Spring Cloud Gateway') %, Micrometer/tracing $(share hop gateway 'Micrometer/tracing') %, resilience4j $(share hop gateway 'resilience4j') %, Netty/Reactor Netty $(share hop gateway 'Netty/Reactor Netty') %, JIT compiler $(share hop gateway 'JIT compiler') % of its samples (the hottest frames in profile-hop.txt); cold it adds ${cold_full} ms. Next: profile the warm gateway under the GET load and remove each filter in turn (JWT and identity assertion, limiter, breaker and retry, request id, metrics); warm a new replica before it reports ready.")
fi
prop_verdict=$(awk -v v="$(verdict "$prop_p99" "<=" 999.999)" -v r="$prop_rate" 'BEGIN { print v == "n/a" ? "n/a" : (v == "met" && r + 0 >= 95) ? "met" : "MISSED" }')
if missed "$prop_verdict"; then
  causes+=("complaint -> KPI: events reached Kafka ${relay_p50} ms (p50) / ${relay_p99} ms (p99) after they were stored (the outbox relay, diagnostic), against Kafka's own ${k_p50} / ${k_p99} ms end to end; ${prop_rate}/s were created of 100/s offered. $(awk -v r="$relay_p99" -v p="$prop_p99" 'BEGIN { if (p ~ /^>/) { bound = substr(p, 2) + 0; p = "" }
  if (r == "" || (p == "" && (bound == 0 || r + 0 < 0.5 * bound))) print "Where the rest of the p99 goes is not separated by this run.";
  else if (p == "" || r + 0 >= 0.5 * p) print "Most of the p99 is spent before Kafka: the relay, behind creates the cores do not sustain.";
  else print "Most of the p99 is spent after Kafka: the KPI consumer and its fact writes." }') At ${low_rate}/s, where the stack keeps up: visible after ${low_p50} ms (p50), of which the relay ${low_relay_p50} ms and Kafka ${k_p50} ms; $(awk -v p="$low_p50" -v r="$low_relay_p50" 'BEGIN { if (p !~ /^[0-9.]+$/ || r !~ /^[0-9.]+$/) print "the split is not measured in this run."; else if (r + 0 >= 0.5 * p) print "the relay is most of it."; else print "the KPI consumer and the read are most of it." }') Next: the relay's poll interval and batch against its delay at the low rate; the creates the stack can sustain (above) bound the 100/s figure.")
fi
if missed "$(verdict "$rb_ratio" ">=" 0.3)"; then
  rb_secs=$(awk '$2 == "rebuild" { printf "%s%s", (n++ ? ", " : ""), $4 }' "$r/kpi-rebuild.txt" 2>/dev/null)
  causes+=("KPI rebuild: ${rb_eps} events/s against a raw consumer's ${raw_eps}. It already writes each poll's facts in one bulk write and fills the totals in one pass at the end; its rounds took ${rb_secs} s for the same history (kpi-rebuild.txt), so what the store and kpi-service do meanwhile decides much of it. Measured under rebuilds back to back (bench/profile rebuild, % of one core): $(busiest rebuild); in kpi-service the MongoDB driver $(share rebuild kpi-service 'MongoDB driver') %, Kafka $(share rebuild kpi-service 'Kafka') %, Jackson $(share rebuild kpi-service 'Jackson') %, GC $(share rebuild kpi-service 'GC') % of its samples; in the store mongo-java-server $(share rebuild store 'mongo-java-server') %, GC $(share rebuild store 'GC') %. Next: what the profile's hottest frames name (profile-rebuild.txt): the store's share is the embedded store's, on MongoDB not ours.")
fi
if missed "$(verdict "$sc_growth" "<=" 1.5)"; then
  causes+=("KPI reads: p50 grows ${sc_growth}x from 1k to 100k facts; the running totals are read by id, so check that the read did not fall back to the aggregation (kpi-service README, running totals).")
fi
if missed "$(verdict "${max_jvm% *}" "<=" 384)" || missed "$(verdict "$stack_mb" "<=" 3072)" || missed "$(verdict "$startup" "<=" 60)"; then
  over=$(awk '$1 > 384 { printf "%s%s %s MB", (n++ ? ", " : ""), $2, $1 }' <<<"$jvm_peaks")
  causes+=("memory or start-up: above 384 MB: ${over:-none}; start-up ${startup} s. The peak is VmHWM, read before the profiler attaches: heap, metaspace, code cache, the class-data archive, thread stacks, NIO buffers and what glibc keeps after frees (each JVM's flags in memory.txt; deploy/local/README.md). Measured with Native Memory Tracking in session 11 (bench/README.md): C2's arenas and code and the memory glibc kept after them, not the heap, put the services above 384 MB; start-up is about 17 s of CPU per service on two cores. Next: Native Memory Tracking of the process named (JAVA_TOOL_OPTIONS=-XX:NativeMemoryTracking=summary bench/run-all.sh, jcmd <pid> VM.native_memory summary at its peak).")
fi
if ((${#causes[@]} > 0)); then
  echo
  echo "targets missed: the cause measured in this run, and the next step"
  for c in "${causes[@]}"; do printf '%s\n' "- $c" | fold -s -w 110 | sed '2,$s/^/  /'; done
fi
ck() { grep -h "^SUMMARY path=$1 keys=$2 " "$r/customer-keys.txt" 2>/dev/null | head -n 1 | tr ' ' '\n' | sed -n "s/^$3=//p" || true; }
if [[ -f "$r/customer-keys.txt" ]]; then
  echo
  echo "customer key lookup at 50k keys (diagnostic): $(ck after 50000 lookup_p50_ms) ms p50 (before: $(ck before 50000 lookup_p50_ms) ms); key relay sweeps $(ck after 50000 sweep_core_pct) % of a core (before: $(ck before 50000 sweep_core_pct) %)"
fi

echo
echo "load average during each benchmark:"; grep -h -o '^== .*' "$r"/*.txt | sed 's/^== /  /'
# Where the CPU went under the creates (bench/profile): each process's share of one core, so that a
# missed creation target is read next to its measured cause (the frames are in profile-*.txt).
for p in gateway direct hop; do
  [[ -f "$r/profile-$p.txt" ]] || continue
  echo
  [[ $p == hop ]] && { echo "CPU under the gateway hop's GET load (% of one core; hottest frames in $r/profile-hop.txt):"; } || echo "CPU under complaint creation through the $p (% of one core; hottest frames in $r/profile-$p.txt):"
  grep -h "^SUMMARY profile=$p " "$r/profile-$p.txt" | sed 's/.*process=\([^ ]*\) core_pct=\([0-9]*\).*/\2 \1/' \
    | sort -rn | awk '{ printf "  %-20s %4s %%\n", $2, $1 }'
done
