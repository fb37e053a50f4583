#!/usr/bin/env bash
# The cost curve of KPI reads as history grows: scorecard and ranking reads at 1k, 10k and 100k facts,
# the data of a periodic evaluation at 1k and 10k staff, and one fact's write; each "after" (running
# totals) beside "before" (aggregation over the facts) in the same run. kpi-service's classes in process
# on an embedded store of their own (mongo-java-server; BACKEND=memory or h2): no stack, no ports, no lock.
# Needs kpi-service built (./mvnw -pl kpi-service -am install -DskipTests).
#   bench/kpi-scale/run.sh        (LEVELS=1000,10000,100000 STAFF=1000,10000 READS=100 BEFORE_READS=20)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/env.sh"
results="$BENCH_WORK/results"; mkdir -p "$results"
out="$results/kpi-scale.txt"

# .mvn/maven.config may name another local repository; without the file, sed's failure must not end the run.
repo="$( { sed -n 's/.*-Dmaven.repo.local=\([^ ]*\).*/\1/p' "$REPO_ROOT/.mvn/maven.config" 2>/dev/null || true; } | head -n 1)"
repo="${repo:-${M2_REPO:-$HOME/.m2/repository}}"
cp_file="$BENCH_WORK/kpi-scale.classpath"
(cd "$REPO_ROOT" && ./mvnw -B -q -o -pl kpi-service dependency:build-classpath -Dmdep.outputFile="$cp_file" \
  -Dmdep.includeScope=runtime >/dev/null)
extra=""
for jar in de/bwaldvogel/mongo-java-server-core de/bwaldvogel/mongo-java-server-h2-backend \
    de/bwaldvogel/mongo-java-server-memory-backend com/h2database/h2; do
  found="$(ls -1 "$repo/$jar"/*/*.jar 2>/dev/null | grep -v -e sources -e javadoc | sort -V | tail -n 1)"
  [[ -n "$found" ]] && extra="$extra:$found"
done
cp="$REPO_ROOT/kpi-service/target/classes:$(cat "$cp_file")$extra"

{ echo "== kpi-scale ($(load_line))"
  java -XX:+UseSerialGC -Xmx512m -cp "$cp" -Dlevels="${LEVELS:-1000,10000,100000}" -Dstaff="${STAFF:-1000,10000}" \
    -Dreads="${READS:-100}" -DbeforeReads="${BEFORE_READS:-20}" -Dbackend="${BACKEND:-memory}" "$here/KpiScale.java" 2>&1 | grep -v -e ' INFO ' -e '^SLF4J'
  echo "== kpi-scale done ($(load_line))"; } | tee "$out"
