#!/usr/bin/env bash
# An update guarded by a version on the local store as history grows: mongo-java-server's H2 backend
# (before) against the local stack's (after), in process, no stack. Then the outbox sweep on each. Settings: SIZES (1000,10000), UPDATES (200).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/env.sh"
cp="$REPO_ROOT/deploy/local-infra/target/classes:$REPO_ROOT/deploy/local-infra/target/lib/*:$BENCH_CP"
mkdir -p "$BENCH_WORK/results"
{ echo "== update by _id and version on the local store ($(load_line))"
  cd "$here" && java -XX:+UseSerialGC -Xmx512m -cp "$cp" StoreUpdateBench.java 2>&1 | grep -v -E '^(SLF4J|[A-Z][a-z]{2} [0-9]{2}, [0-9]{4}|INFO:)'; } \
  | tee "$BENCH_WORK/results/store-update.txt"
