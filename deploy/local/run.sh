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
# This script only builds; the supervision (checks, start order, health, Ctrl-C, stop tiers, the pids
# file) is Java: deploy/local-infra, package io.serviceops.localinfra.launch.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
BUILT_JAR="$REPO_ROOT/deploy/local-infra/target/local-infra-0.1.0-SNAPSHOT.jar"
# A relative SERVICEOPS_DATA_DIR is relative to where run.sh was run; the default is shared by every run.
DATA_DIR="${SERVICEOPS_DATA_DIR:-$REPO_ROOT/.serviceops-data}"
[[ "$DATA_DIR" == /* ]] || DATA_DIR="$(pwd)/$DATA_DIR"
# The launcher runs from a copy in the data directory, so a rebuild (or `mvnw clean`) while the stack
# runs can neither pull classes from under it nor leave stop.sh without a launcher.
LAUNCHER_JAR="$DATA_DIR/launcher.jar"
# In the foreground the launcher's JVM lives as long as the stack and counts in its memory budget
# (bench/memory): a small heap, serial GC, the client compiler only.
LAUNCHER_FLAGS=(-XX:+UseSerialGC -Xms8m -Xmx32m -XX:MaxMetaspaceSize=32m -XX:ReservedCodeCacheSize=16m
  -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -Xss256k -Xshare:auto -Dserviceops.component=launcher)

die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

build=true stop=false
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --stop) build=false stop=true ;;
    --detach | --prepare-only) ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $arg" ;;
  esac
done

command -v "$JAVA" >/dev/null 2>&1 || die "java not found (install a JDK 17+ or set JAVA_HOME)."
major="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[[ "${major%%.*}" -ge 17 ]] 2>/dev/null || die "Java 17 or newer is needed (found '${major:-unknown}' at $JAVA)."

# Replaced by renaming, so a launcher that runs from the old copy keeps reading the file it opened.
refresh_launcher() {
  [[ -f "$BUILT_JAR" ]] || return 0
  mkdir -p "$DATA_DIR"
  cp "$BUILT_JAR" "$LAUNCHER_JAR.new" && mv -f "$LAUNCHER_JAR.new" "$LAUNCHER_JAR"
}
export SERVICEOPS_DATA_DIR="$DATA_DIR"
LAUNCHER=("$JAVA" "${LAUNCHER_FLAGS[@]}" -Dserviceops.repo="$REPO_ROOT" -cp "$LAUNCHER_JAR" io.serviceops.localinfra.launch.Launcher)

if $stop && [[ ! -f "$LAUNCHER_JAR" && ! -f "$BUILT_JAR" ]]; then
  [[ -f "$DATA_DIR/pids" ]] || { echo "Nothing to stop (no $DATA_DIR/pids)."; exit 0; }
  die "cannot stop the stack in $DATA_DIR: deploy/local-infra is not built (./mvnw -q -DskipTests package -pl deploy/local-infra)."
fi
if $build; then
  # Ports and a running stack are checked before building too, so a clash is reported in seconds.
  refresh_launcher
  if [[ -f "$LAUNCHER_JAR" ]]; then "${LAUNCHER[@]}" --preflight "$@"; fi
  only_infra=(); [[ "${SERVICEOPS_ONLY:-}" == infra ]] && only_infra=(-pl deploy/local-infra -am)
  echo "Building (./mvnw -B -q -DskipTests package) ..."
  (cd "$REPO_ROOT" && ./mvnw -B -q -DskipTests package "${only_infra[@]}") || die "build failed (see the Maven output above)."
fi
refresh_launcher
[[ -f "$LAUNCHER_JAR" ]] || die "not built yet: run deploy/local/run.sh without --no-build (or ./mvnw -DskipTests package) first."
# exec: Ctrl-C and stop.sh's SIGTERM reach the launcher itself, which stops the stack in order.
exec "${LAUNCHER[@]}" "$@"
