#!/usr/bin/env bash
# Complaint creation through the gateway against the store's raw insert ceiling, side by side.
#   bench/complaint-create/run.sh          both, on the benchmark stack (bench/stack.sh start), medians of ROUNDS
#   bench/complaint-create/run.sh http     only the HTTP client, against TARGET_URL (any stack; see README.md)
#   bench/complaint-create/run.sh store    only the raw inserts, against MONGO_URI (direct: only straight to the service)
# Needs a JDK 17+. Settings: see README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mode="${1:-compare}"
if [[ "$mode" == http ]]; then
  # Straight to a service it signs as the gateway: SERVICEOPS_IDENTITY_KEYS must be that stack's key ring.
  IDENTITY_JAR="$here/../../common-events/identity/target/identity-0.1.0-SNAPSHOT.jar"
  cd "$here"; exec java -XX:+UseSerialGC -Xmx256m -cp "$IDENTITY_JAR" ComplaintCreateBench.java
fi
source "$here/../lib/env.sh"
export ROUNDS="${ROUNDS:-3}" REQUESTS="${REQUESTS:-400}" WARMUP="${WARMUP:-200}" CONCURRENCY="${CONCURRENCY:-16}"
# The measured rounds are warm: a cold round first, then creates for WARMUP_SECONDS (ComplaintCreateBench.warmUp).
export WARMUP_SECONDS="${WARMUP_SECONDS:-90}"
cd "$here"
out="$BENCH_WORK/results"; mkdir -p "$out"
if [[ "$mode" == compare || "$mode" == gateway ]]; then
  { echo "== complaint creation through the gateway ($(load_line))"
    TARGET_URL="$GATEWAY_URL" java -XX:+UseSerialGC -Xmx256m -cp "$IDENTITY_JAR" ComplaintCreateBench.java; } | tee "$out/create-gateway.txt"
fi
if [[ "$mode" == compare || "$mode" == direct ]]; then
  # Diagnostic: the same creates straight to complaint-service, to split the gap into gateway and service.
  { echo "== complaint creation straight to complaint-service ($(load_line))"
    TARGET_URL="$DIRECT_URL" java -XX:+UseSerialGC -Xmx256m -cp "$IDENTITY_JAR" ComplaintCreateBench.java; } | tee "$out/create-direct.txt"
fi
if [[ "$mode" == compare || "$mode" == store ]]; then
  { echo "== raw inserts into the same store, same concurrency ($(load_line))"
    REQUESTS="${STORE_REQUESTS:-2000}" java -XX:+UseSerialGC -Xmx256m -cp "$BENCH_CP" StoreInsertBench.java 2>&1 | grep -v -E '^(SLF4J|[A-Z][a-z]{2} [0-9]{2}, [0-9]{4}|INFO:)'; } \
    | tee "$out/create-store.txt"
fi
