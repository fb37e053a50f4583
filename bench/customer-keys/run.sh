#!/usr/bin/env bash
# A customer key's lookup and the key relay's sweep on the local store as the customers grow: the queries
# before (customerId and shredded, sorted; swept every 500 ms) against after (customerId alone, answered from
# the unique index; swept every 5 s), in process, no stack. Settings: SIZES (1000,10000,50000), LOOKUPS (200).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/env.sh"
cp="$REPO_ROOT/deploy/local-infra/target/classes:$REPO_ROOT/deploy/local-infra/target/lib/*:$BENCH_CP"
mkdir -p "$BENCH_WORK/results"
{ echo "== customer keys on the local store ($(load_line))"
  cd "$here" && java -XX:+UseSerialGC -Xmx512m -cp "$cp" CustomerKeysBench.java 2>&1 | grep -v -E '^(SLF4J|[A-Z][a-z]{2} [0-9]{2}, [0-9]{4}|INFO:|[0-9:.]+ \[|[0-9]{4}-[0-9]{2}-[0-9]{2}T)'; } \
  | tee "$BENCH_WORK/results/customer-keys.txt"
