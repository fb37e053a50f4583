#!/usr/bin/env bash
# Runs the whole serviceops stack on this machine, no Docker needed:
#   an embedded MongoDB-compatible store, a real single-node Kafka broker, Redis (if installed),
#   GreenMail (SMTP + POP3, inside the store's JVM), the five services and the gateway — each in its own process, logs under <dataDir>/logs.
#
#   deploy/local/run.sh              build, start, wait until healthy, stay in the foreground (Ctrl-C stops all)
#   deploy/local/run.sh --no-build   same, without building first
#   deploy/local/run.sh --detach     start, print the summary, exit; stop later with deploy/local/stop.sh
#   deploy/local/run.sh --stop       stop a detached stack (what stop.sh does)
#   deploy/local/run.sh --prepare-only   build (unless --no-build), prepare the services' JVMs, exit
#
# See deploy/local/README.md for ports, environment variables and how to use a real MongoDB/Kafka.
set -Eeuo pipefail

# ----------------------------------------------------------------------------------------------
# Configuration (everything can be overridden from the environment)
# ----------------------------------------------------------------------------------------------

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CALLER_DIR="$(pwd)"
VERSION="0.1.0-SNAPSHOT"

# A relative SERVICEOPS_DATA_DIR means relative to where the user ran the script; the default
# lives in the repo (and is gitignored) so that every run from any directory shares one data set.
DATA_DIR="${SERVICEOPS_DATA_DIR:-$REPO_ROOT/.serviceops-data}"
[[ "$DATA_DIR" == /* ]] || DATA_DIR="$CALLER_DIR/$DATA_DIR"
LOG_DIR="$DATA_DIR/logs"
PID_FILE="$DATA_DIR/pids"

# The key ring the gateway signs each request's identity with and the services verify it with
# (docs/architecture.md §10): SERVICEOPS_IDENTITY_KEYS when set, else one random key made for this data
# directory and kept in it (readable by its owner only), so every process of the stack, restarted or
# not, shares it and nobody else knows it.
IDENTITY_KEY_FILE="$DATA_DIR/identity-keys"
if [[ -z "${SERVICEOPS_IDENTITY_KEYS:-}" ]]; then
  if [[ ! -s "$IDENTITY_KEY_FILE" ]]; then
    mkdir -p "$DATA_DIR"
    (umask 077 && printf 'local:%s\n' "$(head -c 48 /dev/urandom | base64 | tr -d '=+/\n')" >"$IDENTITY_KEY_FILE")
  fi
  SERVICEOPS_IDENTITY_KEYS="$(<"$IDENTITY_KEY_FILE")"
fi
export SERVICEOPS_IDENTITY_KEYS

# The keys customers' contact data is encrypted with at rest (docs/privacy.md): SERVICEOPS_PRIVACY_KEYS
# (ring id:base64, newest first) and SERVICEOPS_PRIVACY_HASH_KEY when set, else made once for this data
# directory and kept in it like the identity keys (losing them makes the stored contacts unreadable).
PRIVACY_KEY_FILE="$DATA_DIR/privacy-keys"
PRIVACY_HASH_KEY_FILE="$DATA_DIR/privacy-hash-key"
if [[ -z "${SERVICEOPS_PRIVACY_KEYS:-}" ]]; then
  if [[ ! -s "$PRIVACY_KEY_FILE" ]]; then
    mkdir -p "$DATA_DIR"
    (umask 077 && printf '1:%s\n' "$(head -c 32 /dev/urandom | base64 | tr -d '\n')" >"$PRIVACY_KEY_FILE")
  fi
  SERVICEOPS_PRIVACY_KEYS="$(<"$PRIVACY_KEY_FILE")"
fi
if [[ -z "${SERVICEOPS_PRIVACY_HASH_KEY:-}" ]]; then
  if [[ ! -s "$PRIVACY_HASH_KEY_FILE" ]]; then
    mkdir -p "$DATA_DIR"
    (umask 077 && head -c 32 /dev/urandom | base64 | tr -d '\n' >"$PRIVACY_HASH_KEY_FILE")
  fi
  SERVICEOPS_PRIVACY_HASH_KEY="$(<"$PRIVACY_HASH_KEY_FILE")"
fi
export SERVICEOPS_PRIVACY_KEYS SERVICEOPS_PRIVACY_HASH_KEY

GATEWAY_PORT="${GATEWAY_PORT:-8080}"
COMPLAINT_PORT="${COMPLAINT_PORT:-8081}"
FEEDBACK_PORT="${FEEDBACK_PORT:-8082}"
KPI_PORT="${KPI_PORT:-8083}"
TRAINING_PORT="${TRAINING_PORT:-8084}"
NOTIFICATION_PORT="${NOTIFICATION_PORT:-8085}"
MONGO_PORT="${MONGO_PORT:-27017}"
# GreenMail runs inside the store's JVM (no process of its own): notification-service sends to the SMTP
# port, mailboxes are read over POP3 with the address as user name and password.
MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-3025}"
MAIL_POP3_PORT="${MAIL_POP3_PORT:-3110}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
REDIS_PORT="${REDIS_PORT:-6379}"

START_TIMEOUT="${SERVICEOPS_START_TIMEOUT:-180}"   # seconds for all services to report UP
INFRA_TIMEOUT=60                                   # seconds for store/broker/redis to listen
STOP_TIMEOUT=15                                    # seconds between SIGTERM and SIGKILL

# Embedded infrastructure is started only when the user has not pointed us at a real one.
USE_EMBEDDED_MONGO=true;  [[ -n "${MONGODB_URI_BASE:-}" ]] && USE_EMBEDDED_MONGO=false
USE_EMBEDDED_KAFKA=true;  [[ -n "${KAFKA_BOOTSTRAP_SERVERS:-}" ]] && USE_EMBEDDED_KAFKA=false
# Redis shares the gateway's rate-limit buckets (RATE_LIMIT_STORE=redis); without it the gateway keeps
# them in process (the gateway's default), so limits hold either way. Started only if redis-server is
# installed and no REDIS_HOST is given; a given REDIS_HOST is used.
USE_LOCAL_REDIS=false
if [[ -z "${REDIS_HOST:-}" ]] && command -v redis-server >/dev/null 2>&1; then USE_LOCAL_REDIS=true; fi
if [[ -z "${RATE_LIMIT_STORE:-}" ]]; then
  if $USE_LOCAL_REDIS || [[ -n "${REDIS_HOST:-}" ]]; then RATE_LIMIT_STORE=redis; else RATE_LIMIT_STORE=in-process; fi
fi
REDIS_HOST="${REDIS_HOST:-127.0.0.1}"

KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:$KAFKA_PORT}"
MONGODB_URI_BASE="${MONGODB_URI_BASE:-mongodb://127.0.0.1:$MONGO_PORT}"

# SERVICEOPS_ONLY=infra starts just the store, the broker and Redis (a troubleshooting aid,
# e.g. to run one service from the IDE against them).
ONLY="${SERVICEOPS_ONLY:-}"
case "$ONLY" in "" | infra) ;; *) echo "SERVICEOPS_ONLY must be empty or 'infra' (got '$ONLY')" >&2; exit 2 ;; esac

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

INFRA_JAR="$REPO_ROOT/deploy/local-infra/target/local-infra-$VERSION.jar"
INFRA_CP="$INFRA_JAR:$REPO_ROOT/deploy/local-infra/target/lib/*"

# The services, in start order: name|port variable|database name (empty: the gateway).
# The gateway comes last: it only forwards to the others.
SERVICES=(
  "complaint-service|COMPLAINT_PORT|complaints"
  "feedback-service|FEEDBACK_PORT|feedback"
  "kpi-service|KPI_PORT|kpi"
  "training-service|TRAINING_PORT|training"
  "notification-service|NOTIFICATION_PORT|notifications"
  "gateway|GATEWAY_PORT|"
)

# JVM flags, sized so that each process stays within 384 MB of resident memory under the
# benchmarks' load (bench/README.md) on a small machine: the serial collector (G1's remembered sets
# and extra threads buy nothing on 2 cores and a heap this small), heaps a bit above twice the live
# data seen under load, capped metaspace, code cache, thread stacks and direct buffers.
SERVICE_JVM_FLAGS=(-XX:+UseSerialGC -Xms64m -Xmx192m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m
  -Xss512k -XX:MaxDirectMemorySize=64m)
STORE_JVM_FLAGS=(-XX:+UseSerialGC -Xms64m -Xmx224m -XX:ReservedCodeCacheSize=48m -Xss512k)
KAFKA_JVM_FLAGS=(-XX:+UseSerialGC -Xms64m -Xmx192m -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=64m
  -Xss512k -XX:MaxDirectMemorySize=64m)

# Stop tiers: higher tiers depend on lower ones and are stopped first.
TIER_INFRA=0 TIER_REDIS=1 TIER_SERVICE=2 TIER_GATEWAY=3

# Processes started by this run: parallel arrays, in start order.
STARTED_NAMES=() STARTED_PIDS=() STARTED_TIERS=()
DETACHED=false
STOPPING=false

# ----------------------------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------------------------

# Output never fails the script: after the terminal is closed (SIGHUP) writes fail with EIO,
# and under `set -e` that would abort the shutdown half-way and orphan the processes.
say()  { printf '%s\n' "$*" 2>/dev/null || true; }
warn() { printf 'run.sh: %s\n' "$*" >&2 2>/dev/null || true; }
die()  { warn "$*"; exit 1; }

usage() { sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

# Mongo URI for one database, from MONGODB_URI_BASE. Keeps any options after '?', so a base like
# mongodb://h1,h2/?replicaSet=rs0 becomes mongodb://h1,h2/complaints?replicaSet=rs0.
mongo_uri_for() {
  local db="$1" base="$MONGODB_URI_BASE" query=""
  if [[ "$base" == *\?* ]]; then query="?${base#*\?}"; base="${base%%\?*}"; fi
  base="${base%/}"
  printf '%s/%s%s' "$base" "$db" "$query"
}

# True if something already listens on the port (any local address). ss sees listeners bound to
# non-loopback addresses too, which would still clash with a service binding 0.0.0.0; the
# /dev/tcp probe is the fallback where ss is missing.
port_in_use() {
  local port="$1"
  if command -v ss >/dev/null 2>&1 && ss -Hltn "sport = :$port" 2>/dev/null | grep -q .; then
    return 0
  fi
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

# Wait until something listens on 127.0.0.1:port, while the process is alive.
wait_for_port() {
  local name="$1" pid="$2" port="$3" deadline=$((SECONDS + INFRA_TIMEOUT))
  while ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    process_alive "$pid" || startup_failed "$name" "exited during startup"
    ((SECONDS < deadline)) || startup_failed "$name" "did not listen on port $port within ${INFRA_TIMEOUT}s"
    sleep 0.3
  done
}

# kill -0 also succeeds for a zombie (a child that exited but was not reaped yet), so look at
# its state too where /proc exists.
process_alive() {
  local pid="$1" stat
  kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r "/proc/$pid/stat" ]]; then
    stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || return 1
    stat="${stat##*) }"
    [[ "${stat:0:1}" != Z ]] || return 1
  fi
  return 0
}

# Every process we start carries -Dserviceops.component=<name> (or is redis-server), so a pid
# from an old pids file is only signalled if it is still that process, not a recycled pid.
pid_is_component() {
  local pid="$1" name="$2" cmd
  if [[ -r "/proc/$pid/cmdline" ]]; then
    cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  else
    cmd="$(ps -o command= -p "$pid" 2>/dev/null)" || return 1
  fi
  if [[ "$name" == redis ]]; then [[ "$cmd" == *redis-server* ]]; else [[ "$cmd" == *"-Dserviceops.component=$name "* ]]; fi
}

log_tail() {
  local name="$1"
  warn "---- last 40 lines of $LOG_DIR/$name.log ----"
  tail -n 40 "$LOG_DIR/$name.log" >&2 2>/dev/null || true
  warn "----"
}

startup_failed() {
  local name="$1" why="$2"
  warn "$name $why."
  log_tail "$name"
  warn "stopping everything that was started."
  exit 1   # the EXIT trap stops the rest
}

# ----------------------------------------------------------------------------------------------
# Pre-flight: build, artifacts, ports — all before anything is started
# ----------------------------------------------------------------------------------------------

build() {
  say "Building (./mvnw -B -q -DskipTests package) ..."
  if [[ "$ONLY" == infra ]]; then
    (cd "$REPO_ROOT" && ./mvnw -B -q -DskipTests package -pl deploy/local-infra -am) || die "build failed (see the Maven output above)."
  else
    (cd "$REPO_ROOT" && ./mvnw -B -q -DskipTests package) || die "build failed (see the Maven output above)."
  fi
}

# Each service runs from its jar unpacked (target/runtime/: the application jar and lib/) with a
# class-data-sharing archive of the classes it loads while starting: the JVM then maps those classes
# instead of reading, verifying and parsing them again, which roughly halves a service's start-up on
# two cores (bench/README.md). The archive comes from a training run that refreshes the Spring
# context and exits (spring.context.exit=onRefresh) without touching the store or the broker, and is
# made again whenever the jar is newer. A missing or stale archive only costs speed: -Xshare:auto
# (the default) starts without it.
runtime_dir() { printf '%s/%s/target/runtime' "$REPO_ROOT" "$1"; }

runtime_ready() {
  local name="$1" dir
  dir="$(runtime_dir "$name")"
  [[ -f "$dir/app.jsa" && "$dir/app.jsa" -nt "$REPO_ROOT/$name/target/$name-$VERSION.jar" ]]
}

prepare_runtime() {
  local name="$1" dir jar log
  dir="$(runtime_dir "$name")" jar="$REPO_ROOT/$name/target/$name-$VERSION.jar" log="$LOG_DIR/$name.prepare.log"
  rm -rf "$dir"
  "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir" >"$log" 2>&1 || return 1
  # Unreachable store and broker on purpose: the training run must not depend on them or change them.
  env SERVER_PORT=0 MONGODB_URI=mongodb://127.0.0.1:1/training KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 \
    "$JAVA" "${SERVICE_JVM_FLAGS[@]}" -XX:ArchiveClassesAtExit="$dir/app.jsa" -Xlog:cds=off \
    -Dspring.context.exit=onRefresh -Dspring.data.mongodb.auto-index-creation=false \
    -Dspring.kafka.admin.auto-create=false -jar "$dir/$name-$VERSION.jar" >>"$log" 2>&1 || return 1
  [[ -f "$dir/app.jsa" ]]
}

# Prepares every service whose runtime is missing or older than its jar, two at a time.
prepare_runtimes() {
  local entry name i j stale=() pids=() failed=()
  for entry in "${SERVICES[@]}"; do
    IFS='|' read -r name _ _ <<<"$entry"
    runtime_ready "$name" || stale+=("$name")
  done
  ((${#stale[@]})) || return 0
  say "Preparing the JVMs of ${stale[*]} (unpacked jars and class-data archives; once per build) ..."
  for ((i = 0; i < ${#stale[@]}; i += 2)); do
    pids=()
    for name in "${stale[@]:i:2}"; do prepare_runtime "$name" & pids+=($!); done
    for ((j = 0; j < ${#pids[@]}; j++)); do
      wait "${pids[j]}" || failed+=("${stale[i + j]}")
    done
  done
  # A failed preparation only loses the speed-up; the service still starts from the unpacked jar.
  if ((${#failed[@]})); then
    for name in "${failed[@]}"; do
      warn "could not prepare $name's class-data archive (see $LOG_DIR/$name.prepare.log); it starts without it."
      [[ -f "$(runtime_dir "$name")/$name-$VERSION.jar" ]] || die "could not unpack $name's jar (see $LOG_DIR/$name.prepare.log)."
    done
  fi
}

check_tools() {
  command -v "$JAVA" >/dev/null 2>&1 || die "java not found (install a JDK 17+ or set JAVA_HOME)."
  command -v curl >/dev/null 2>&1 || die "curl not found; it is needed for the health checks."
  local major
  major="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [[ "${major%%.*}" -ge 17 ]] 2>/dev/null || die "Java 17 or newer is needed (found '${major:-unknown}' at $JAVA)."
}

check_artifacts() {
  local missing=() entry name
  if $USE_EMBEDDED_MONGO || $USE_EMBEDDED_KAFKA; then
    [[ -f "$INFRA_JAR" && -d "$REPO_ROOT/deploy/local-infra/target/lib" ]] || missing+=("deploy/local-infra/target (local-infra jar and lib/)")
  fi
  if [[ "$ONLY" != infra ]]; then
    for entry in "${SERVICES[@]}"; do
      IFS='|' read -r name _ _ <<<"$entry"
      [[ -f "$REPO_ROOT/$name/target/$name-$VERSION.jar" ]] || missing+=("$name/target/$name-$VERSION.jar")
    done
  fi
  if ((${#missing[@]})); then
    warn "not built yet: ${missing[*]}"
    die "run deploy/local/run.sh without --no-build (or ./mvnw -DskipTests package) first."
  fi
}

# Every port this run will listen on, as "port|what it is for|variable to change it".
needed_ports() {
  if $USE_EMBEDDED_MONGO; then echo "$MONGO_PORT|embedded MongoDB store|MONGO_PORT"; fi
  if $USE_EMBEDDED_MONGO; then
    echo "$MAIL_SMTP_PORT|GreenMail SMTP|MAIL_SMTP_PORT"
    echo "$MAIL_POP3_PORT|GreenMail POP3|MAIL_POP3_PORT"
  fi
  if $USE_EMBEDDED_KAFKA; then
    echo "$KAFKA_PORT|Kafka broker|KAFKA_PORT"
    echo "$KAFKA_CONTROLLER_PORT|Kafka controller|KAFKA_CONTROLLER_PORT"
  fi
  if $USE_LOCAL_REDIS; then echo "$REDIS_PORT|Redis (gateway rate limiter)|REDIS_PORT"; fi
  if [[ "$ONLY" != infra ]]; then
    local entry name var
    for entry in "${SERVICES[@]}"; do
      IFS='|' read -r name var _ <<<"$entry"
      echo "${!var}|$name HTTP|$var"
    done
  fi
}

check_ports() {
  local port what var
  declare -A seen=()
  while IFS='|' read -r port what var; do
    if ! [[ "$port" =~ ^[0-9]{1,5}$ ]] || ((10#$port < 1 || 10#$port > 65535)); then
      die "$var must be a port number (got '$port')."
    fi
    [[ -z "${seen[$port]:-}" ]] || die "port $port is configured twice: for ${seen[$port]} and for $what."
    seen[$port]="$what"
    if port_in_use "$port"; then
      local hint=""
      if stack_running; then hint=" A stack started by run.sh is still running: stop it with deploy/local/stop.sh."; fi
      die "port $port ($what) is already in use; free it or set $var to another port.$hint"
    fi
  done < <(needed_ports)
}

# True if the pids file names a process that is still ours.
stack_running() {
  [[ -f "$PID_FILE" ]] || return 1
  local tier name pid
  while read -r tier name pid; do
    [[ -n "${pid:-}" ]] && process_alive "$pid" && pid_is_component "$pid" "$name" && return 0
  done <"$PID_FILE"
  return 1
}

# ----------------------------------------------------------------------------------------------
# Starting processes
# ----------------------------------------------------------------------------------------------

# Start one process in the background with its output appended to <logs>/<name>.log.
# setsid gives it its own session: Ctrl-C in the terminal reaches only this script, which then
# stops everything in order, and a --detach'ed stack survives the terminal closing.
launch() {
  local name="$1" tier="$2"; shift 2
  local log="$LOG_DIR/$name.log"
  printf '\n===== %s: starting %s =====\n' "$(date '+%Y-%m-%d %H:%M:%S')" "$name" >>"$log"
  if command -v setsid >/dev/null 2>&1; then
    setsid "$@" </dev/null >>"$log" 2>&1 &
  else
    "$@" </dev/null >>"$log" 2>&1 &
  fi
  local pid=$!
  STARTED_NAMES+=("$name") STARTED_PIDS+=("$pid") STARTED_TIERS+=("$tier")
  echo "$tier $name $pid" >>"$PID_FILE"
  LAST_PID="$pid"
}

start_store() {
  say "Starting embedded MongoDB store on 127.0.0.1:$MONGO_PORT ..."
  MONGO_PORT="$MONGO_PORT" SERVICEOPS_DATA_DIR="$DATA_DIR" MAIL_SMTP_PORT="$MAIL_SMTP_PORT" MAIL_POP3_PORT="$MAIL_POP3_PORT" \
    launch store "$TIER_INFRA" "$JAVA" "${STORE_JVM_FLAGS[@]}" -Dserviceops.component=store -cp "$INFRA_CP" \
    io.serviceops.localinfra.LocalStore
  wait_for_port store "$LAST_PID" "$MONGO_PORT"
}

# The broker's properties are regenerated on every run so port overrides take effect; the log
# directory is formatted (KRaft, this node as the only controller) only on the first run.
start_kafka() {
  local kdir="$DATA_DIR/kafka" props="$DATA_DIR/kafka/server.properties" logdir="$DATA_DIR/kafka/data"
  mkdir -p "$kdir"
  cat >"$props" <<EOF
# Generated by deploy/local/run.sh on every start; edits are overwritten.
process.roles=broker,controller
node.id=1
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
controller.quorum.bootstrap.servers=127.0.0.1:$KAFKA_CONTROLLER_PORT
log.dirs=$logdir
num.partitions=3
auto.create.topics.enable=true
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# The log cleaner (compacting __consumer_offsets) takes a 128 MB buffer by default, two thirds of the
# broker's heap here; 16 MB compacts this stack's offsets just as well.
log.cleaner.dedupe.buffer.size=16777216
EOF
  if [[ ! -f "$logdir/meta.properties" ]]; then
    say "Formatting the Kafka log directory (first run) ..."
    printf '\n===== %s: formatting %s =====\n' "$(date '+%Y-%m-%d %H:%M:%S')" "$logdir" >>"$LOG_DIR/kafka.log"
    local cluster_id
    # random-uuid prints the id on a line of its own; anything else on stdout would be log output.
    cluster_id="$("$JAVA" -cp "$INFRA_CP" kafka.tools.StorageTool random-uuid 2>>"$LOG_DIR/kafka.log" \
      | grep -E '^[A-Za-z0-9_-]{22}$' | tail -n 1)" || true
    [[ -n "$cluster_id" ]] || { warn "could not generate a Kafka cluster id."; log_tail kafka; exit 1; }
    "$JAVA" -cp "$INFRA_CP" kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$props" \
      >>"$LOG_DIR/kafka.log" 2>&1 || { warn "formatting the Kafka log directory failed."; log_tail kafka; exit 1; }
  fi
  say "Starting Kafka broker on 127.0.0.1:$KAFKA_PORT ..."
  launch kafka "$TIER_INFRA" "$JAVA" "${KAFKA_JVM_FLAGS[@]}" -Djava.awt.headless=true \
    -Dserviceops.component=kafka -cp "$INFRA_CP" kafka.Kafka "$props"
  wait_for_port kafka "$LAST_PID" "$KAFKA_PORT"
}

start_redis() {
  say "Starting Redis on 127.0.0.1:$REDIS_PORT (no persistence; it only holds rate-limit counters) ..."
  launch redis "$TIER_REDIS" redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no
  wait_for_port redis "$LAST_PID" "$REDIS_PORT"
}

start_service() {
  local name="$1" port="$2" db="$3"
  local env=(SERVER_PORT="$port" KAFKA_BOOTSTRAP_SERVERS="$KAFKA_BOOTSTRAP_SERVERS")
  local tier="$TIER_SERVICE"
  if [[ -n "$db" ]]; then
    env+=(MONGODB_URI="$(mongo_uri_for "$db")" PUBLIC_GATEWAY_URL="${PUBLIC_GATEWAY_URL:-http://127.0.0.1:$GATEWAY_PORT}")
    if [[ "$name" == notification-service ]]; then
      # The local profile allows plain-http webhook targets; SMTP goes to GreenMail unless SMTP_HOST is set.
      env+=(SPRING_PROFILES_ACTIVE=local SMTP_HOST="${SMTP_HOST:-127.0.0.1}" SMTP_PORT="${SMTP_PORT:-$MAIL_SMTP_PORT}")
    fi
  else
    tier="$TIER_GATEWAY"
    # The gateway's own database: the API keys managed at run time (gateway/README.md).
    env+=(MONGODB_URI="$(mongo_uri_for gateway)" COMPLAINT_SERVICE_URL="http://127.0.0.1:$COMPLAINT_PORT"
          FEEDBACK_SERVICE_URL="http://127.0.0.1:$FEEDBACK_PORT"
          KPI_SERVICE_URL="http://127.0.0.1:$KPI_PORT"
          TRAINING_SERVICE_URL="http://127.0.0.1:$TRAINING_PORT"
          NOTIFICATION_SERVICE_URL="http://127.0.0.1:$NOTIFICATION_PORT"
          REDIS_HOST="$REDIS_HOST" REDIS_PORT="$REDIS_PORT" RATE_LIMIT_STORE="$RATE_LIMIT_STORE")
  fi
  say "Starting $name on 127.0.0.1:$port ..."
  launch "$name" "$tier" env "${env[@]}" \
    "$JAVA" "${SERVICE_JVM_FLAGS[@]}" -XX:SharedArchiveFile="$(runtime_dir "$name")/app.jsa" -Xlog:cds=off \
    -Dserviceops.component="$name" -jar "$(runtime_dir "$name")/$name-$VERSION.jar"
}

# A service is healthy when /actuator/health answers 200 with status UP (DOWN answers 503).
service_up() {
  local port="$1" body
  body="$(curl -fsS --max-time 3 "http://127.0.0.1:$port/actuator/health" 2>/dev/null)" || return 1
  [[ "$body" == *'"status":"UP"'* ]]
}

wait_for_services() {
  local deadline=$((SECONDS + START_TIMEOUT)) entry name var pid i pending
  say "Waiting for the services to report UP (up to ${START_TIMEOUT}s) ..."
  while :; do
    pending=()
    for entry in "${SERVICES[@]}"; do
      IFS='|' read -r name var _ <<<"$entry"
      pid="$(pid_of "$name")"
      service_up "${!var}" && continue
      process_alive "$pid" || startup_failed "$name" "exited during startup"
      pending+=("$name")
    done
    ((${#pending[@]} == 0)) && return 0
    if ((SECONDS >= deadline)); then
      for name in "${pending[@]}"; do
        warn "$name did not report UP within ${START_TIMEOUT}s."
        log_tail "$name"
      done
      warn "stopping everything that was started."
      exit 1
    fi
    sleep 2
  done
}

pid_of() {
  for i in "${!STARTED_NAMES[@]}"; do
    [[ "${STARTED_NAMES[$i]}" == "$1" ]] && { echo "${STARTED_PIDS[$i]}"; return; }
  done
  echo 0
}

# ----------------------------------------------------------------------------------------------
# Stopping
# ----------------------------------------------------------------------------------------------

# Stop a group of processes together: SIGTERM, wait up to STOP_TIMEOUT, then SIGKILL.
# Arguments are "name:pid" pairs.
stop_group() {
  local item name pid deadline remaining
  for item in "$@"; do
    name="${item%%:*}" pid="${item##*:}"
    if process_alive "$pid"; then say "Stopping $name (pid $pid) ..."; kill -TERM "$pid" 2>/dev/null || true; fi
  done
  deadline=$((SECONDS + STOP_TIMEOUT))
  while :; do
    remaining=()
    for item in "$@"; do process_alive "${item##*:}" && remaining+=("$item"); done
    ((${#remaining[@]} == 0)) && break
    if ((SECONDS >= deadline)); then
      for item in "${remaining[@]}"; do
        warn "${item%%:*} did not stop within ${STOP_TIMEOUT}s; killing it."
        kill -KILL "${item##*:}" 2>/dev/null || true
      done
      break
    fi
    sleep 0.3
  done
  # Reap our own children so they do not linger as zombies (no-op for a detached stack's pids).
  for item in "$@"; do wait "${item##*:}" 2>/dev/null || true; done
}

# Stop "tier name pid" records, highest tier first: gateway, then services, then Redis, then
# the broker and the store, so nothing loses a dependency while it is still shutting down.
stop_records() {
  local rec t tier name pid group
  for t in $TIER_GATEWAY $TIER_SERVICE $TIER_REDIS $TIER_INFRA; do
    group=()
    for rec in "$@"; do
      read -r tier name pid <<<"$rec"
      [[ "$tier" == "$t" ]] && group+=("$name:$pid")
    done
    ((${#group[@]})) && stop_group "${group[@]}"
  done
  return 0
}

stop_started() {
  $STOPPING && return 0
  STOPPING=true
  local i records=()
  for i in "${!STARTED_PIDS[@]}"; do records+=("${STARTED_TIERS[$i]} ${STARTED_NAMES[$i]} ${STARTED_PIDS[$i]}"); done
  ((${#records[@]})) || return 0
  stop_records "${records[@]}"
  rm -f "$PID_FILE"
  say "Stopped. Data kept in $DATA_DIR"
}

# deploy/local/stop.sh: stop what a --detach run left in the pids file.
stop_detached() {
  if [[ ! -f "$PID_FILE" ]]; then say "Nothing to stop (no $PID_FILE)."; return 0; fi
  local records=() tier name pid
  while read -r tier name pid; do
    [[ -n "${pid:-}" ]] || continue
    if process_alive "$pid" && pid_is_component "$pid" "$name"; then
      records+=("$tier $name $pid")
    fi
  done <"$PID_FILE"
  if ((${#records[@]} == 0)); then
    say "Nothing running (stale $PID_FILE removed)."
  else
    stop_records "${records[@]}"
    say "Stopped. Data kept in $DATA_DIR"
  fi
  rm -f "$PID_FILE"
}

# The shutdown path runs without `set -e`: one failing command must not skip stopping the rest.
on_exit() {
  local rc=$?
  set +e
  $DETACHED || stop_started
  exit "$rc"
}

on_signal() {
  set +e
  trap '' INT TERM HUP   # a second Ctrl-C must not interrupt the orderly stop
  say ""
  say "Interrupted; stopping in reverse order ..."
  stop_started
  exit 130
}

# ----------------------------------------------------------------------------------------------
# Summary and foreground supervision
# ----------------------------------------------------------------------------------------------

print_summary() {
  local entry name var port
  say ""
  say "serviceops is up."
  say ""
  if [[ "$ONLY" != infra ]]; then
    say "  Gateway     http://127.0.0.1:$GATEWAY_PORT"
    say "  Swagger UI  http://127.0.0.1:$GATEWAY_PORT/swagger-ui.html"
    say ""
    printf '  %-18s %-44s %s\n' "process" "health" "metrics"
    for entry in "${SERVICES[@]}"; do
      IFS='|' read -r name var _ <<<"$entry"
      port="${!var}"
      printf '  %-18s %-44s %s\n' "$name" "http://127.0.0.1:$port/actuator/health" "http://127.0.0.1:$port/actuator/prometheus"
    done
    say ""
  fi
  if $USE_EMBEDDED_MONGO; then
    say "  Mail        smtp://127.0.0.1:$MAIL_SMTP_PORT, mailboxes pop3://127.0.0.1:$MAIL_POP3_PORT (GreenMail, in the store's JVM)"
  fi
  if $USE_EMBEDDED_MONGO; then say "  MongoDB     $MONGODB_URI_BASE  (embedded store: $DATA_DIR/mongo/store.mv)"
  else say "  MongoDB     $MONGODB_URI_BASE  (external)"; fi
  if $USE_EMBEDDED_KAFKA; then say "  Kafka       $KAFKA_BOOTSTRAP_SERVERS  (embedded broker: $DATA_DIR/kafka/data)"
  else say "  Kafka       $KAFKA_BOOTSTRAP_SERVERS  (external)"; fi
  if $USE_LOCAL_REDIS; then say "  Redis       $REDIS_HOST:$REDIS_PORT  (local, not persisted)"
  elif [[ "$RATE_LIMIT_STORE" == redis ]]; then say "  Redis       $REDIS_HOST:$REDIS_PORT  (not started here)"
  else say "  Redis       none: the gateway keeps its rate-limit buckets in process"; fi
  say "  Data dir    $DATA_DIR"
  say "  Logs        $LOG_DIR/<name>.log"
  say ""
}

# Stay in the foreground until Ctrl-C/SIGTERM; report any process that dies meanwhile.
supervise() {
  say "Running in the foreground; press Ctrl-C to stop everything."
  local reported=() i rc
  while :; do
    for i in "${!STARTED_PIDS[@]}"; do
      [[ -n "${reported[$i]:-}" ]] && continue
      if ! process_alive "${STARTED_PIDS[$i]}"; then
        rc=0; wait "${STARTED_PIDS[$i]}" 2>/dev/null || rc=$?
        reported[i]=1
        warn "${STARTED_NAMES[$i]} (pid ${STARTED_PIDS[$i]}) exited with status $rc; see $LOG_DIR/${STARTED_NAMES[$i]}.log."
      fi
    done
    if ((${#reported[@]} == ${#STARTED_PIDS[@]})); then
      # stop.sh removes the pids file once it has stopped everything: then this was on purpose.
      STOPPING=true
      if [[ -f "$PID_FILE" ]]; then rm -f "$PID_FILE"; warn "every process has exited."; exit 1; fi
      say "Stopped by stop.sh."; exit 0
    fi
    # Waiting on a background sleep (not a foreground one) lets the signal traps run at once.
    sleep 2 &
    wait $! 2>/dev/null || true
  done
}

# ----------------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------------

main() {
  local do_build=true mode=foreground arg
  for arg in "$@"; do
    case "$arg" in
      --no-build) do_build=false ;;
      --detach) mode=detach ;;
      --stop) mode=stop ;;
      --prepare-only) mode=prepare ;;
      -h | --help) usage; exit 0 ;;
      *) usage >&2; die "unknown option: $arg" ;;
    esac
  done

  if [[ "$mode" == stop ]]; then stop_detached; return; fi

  check_tools
  mkdir -p "$LOG_DIR"
  if [[ "$mode" == prepare ]]; then
    if $do_build; then build; fi
    check_artifacts
    prepare_runtimes
    return
  fi
  # One stack per data directory: the store file and the Kafka log dir cannot be shared.
  if stack_running; then
    die "a stack started by run.sh is already running with data dir $DATA_DIR; stop it with deploy/local/stop.sh."
  fi
  # Ports are checked before building too, so a clash is reported in seconds, not after a build.
  check_ports
  if $do_build; then build; fi
  check_artifacts
  if [[ "$ONLY" != infra ]]; then prepare_runtimes; fi
  check_ports

  : >"$PID_FILE"
  trap on_exit EXIT
  trap on_signal INT TERM HUP

  if $USE_EMBEDDED_MONGO; then start_store; fi
  if $USE_EMBEDDED_KAFKA; then start_kafka; fi
  if $USE_LOCAL_REDIS; then start_redis; fi

  if [[ "$ONLY" != infra ]]; then
    local entry name var db
    for entry in "${SERVICES[@]}"; do
      IFS='|' read -r name var db <<<"$entry"
      start_service "$name" "${!var}" "$db"
    done
    wait_for_services
  fi

  print_summary
  if [[ "$mode" == detach ]]; then
    DETACHED=true
    say "Detached: pids are in $PID_FILE; stop with deploy/local/stop.sh"
    return 0
  fi
  supervise
}

main "$@"
