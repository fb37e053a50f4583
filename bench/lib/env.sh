# Shared settings of the benchmarks: sourced by bench/run-all.sh and every bench/<name>/run.sh.
# The benchmark stack runs on its own ports and data directory, next to a developer's stack.
BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_ROOT="$(cd "$BENCH_ROOT/.." && pwd)"

export GATEWAY_PORT="${GATEWAY_PORT:-38080}" COMPLAINT_PORT="${COMPLAINT_PORT:-38081}"
export FEEDBACK_PORT="${FEEDBACK_PORT:-38082}" KPI_PORT="${KPI_PORT:-38083}" TRAINING_PORT="${TRAINING_PORT:-38084}"
export NOTIFICATION_PORT="${NOTIFICATION_PORT:-38085}"
export MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-33025}" MAIL_POP3_PORT="${MAIL_POP3_PORT:-33110}"
export MONGO_PORT="${MONGO_PORT:-57017}" KAFKA_PORT="${KAFKA_PORT:-59092}" KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-59093}"
export REDIS_PORT="${REDIS_PORT:-56379}"
export NGINX_PORT="${NGINX_PORT:-38090}" BARE_GATEWAY_PORT="${BARE_GATEWAY_PORT:-38091}"
export SERVICEOPS_DATA_DIR="${SERVICEOPS_DATA_DIR:-/tmp/serviceops-bench-data}"
# The gateway's limiter would throttle the load itself (see gateway/README.md).
export RATE_LIMIT_PER_SECOND="${RATE_LIMIT_PER_SECOND:-1000000}" RATE_LIMIT_BURST="${RATE_LIMIT_BURST:-1000000}"

# The identity key ring of the bench stack (run.sh passes it to every process) and of the benchmarks that
# call a service directly, signing as the gateway does (common-events/identity).
export SERVICEOPS_IDENTITY_KEYS="${SERVICEOPS_IDENTITY_KEYS:-bench:serviceops-bench-identity-key-0123456789}"
IDENTITY_JAR="$REPO_ROOT/common-events/identity/target/identity-0.1.0-SNAPSHOT.jar"

export GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT" DIRECT_URL="http://127.0.0.1:$COMPLAINT_PORT"
export KPI_URL="http://127.0.0.1:$KPI_PORT" MONGO_URI="mongodb://127.0.0.1:$MONGO_PORT"
export KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT"
BENCH_WORK="$SERVICEOPS_DATA_DIR/bench"
mkdir -p "$BENCH_WORK"

# Kafka client (from the local stack's broker libraries) and the MongoDB sync driver (local Maven repo).
m2="${M2_REPO:-$HOME/.m2/repository}"
BENCH_CP="$REPO_ROOT/deploy/local-infra/target/lib/*:$IDENTITY_JAR"
for jar in org/mongodb/mongodb-driver-sync org/mongodb/mongodb-driver-core org/mongodb/bson; do
  found="$(ls -1 "$m2/$jar"/*/*.jar 2>/dev/null | grep -v -e sources -e javadoc | sort -V | tail -n 1)"
  [[ -n "$found" ]] && BENCH_CP="$BENCH_CP:$found"
done
export BENCH_CP
BENCH_JAVA=(java -XX:+UseSerialGC -Xmx256m)

# One line describing the machine's load, printed next to every result.
load_line() { printf 'load average: %s (%s cores)\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)"; }

# Runs an in-process benchmark of the local store (a single-file program beside the caller, on the local
# store's classes, no stack): in_process_store_bench DIR PROGRAM.java RESULT-NAME "TITLE"; prints and keeps
# its output, without the store's and the JDK's log lines.
in_process_store_bench() {
  local dir="$1" program="$2" result="$3" title="$4"
  local cp="$REPO_ROOT/deploy/local-infra/target/classes:$REPO_ROOT/deploy/local-infra/target/lib/*:$BENCH_CP"
  mkdir -p "$BENCH_WORK/results"
  { echo "== $title ($(load_line))"
    cd "$dir" && java -XX:+UseSerialGC -Xmx512m -cp "$cp" "$program" 2>&1 \
      | grep -v -E '^(SLF4J|[A-Z][a-z]{2} [0-9]{2}, [0-9]{4}|INFO:|[0-9:.]+ \[|[0-9]{4}-[0-9]{2}-[0-9]{2}T)'; } \
    | tee "$BENCH_WORK/results/$result.txt"
}

# Sum of a Prometheus metric's samples on a service (NaN samples skipped).
metric_sum() { curl -fsS --max-time 5 "$1/actuator/prometheus" 2>/dev/null | awk -v m="$2" '$1 ~ "^"m"[{ ]" && $2 != "NaN" { s += $2 } END { print s + 0 }'; }
# Waits (up to $1 s) until complaint-service's outbox is empty and kpi-service's consumer has no lag,
# so that a benchmark does not measure the tail of the previous one; prints what it found.
wait_quiet() {
  local pending lag
  for _ in $(seq 1 "${1:-90}"); do
    pending=$(metric_sum "$DIRECT_URL" serviceops_outbox_pending); lag=$(metric_sum "$KPI_URL" kafka_consumer_fetch_manager_records_lag)
    [[ "$pending" == 0 && "$lag" == 0 ]] && break
    sleep 1
  done
  echo "stack quiet? complaint outbox pending ${pending:-?}, kpi consumer lag ${lag:-?}"
}
