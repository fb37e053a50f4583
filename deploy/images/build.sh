#!/usr/bin/env bash
# Builds one OCI image per runnable module with Jib, without a Docker daemon.
#
#   deploy/images/build.sh                       # all six images as tars in deploy/images/out/
#   MODULES="gateway" deploy/images/build.sh     # only some
#   JIB_GOAL=build IMAGE_PREFIX=registry.example.com/serviceops/ TAG=1.2.0 deploy/images/build.sh
#                                                # push straight to a registry instead of writing tars
#
# Jib pulls the base image from its registry (BASE_IMAGE); that needs network access to that
# registry, or a mirror given as BASE_IMAGE, or a local base tar as BASE_IMAGE=tar:///path/base.tar.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
MODULES="${MODULES:-gateway complaint-service feedback-service kpi-service training-service notification-service}"
BASE_IMAGE="${BASE_IMAGE:-eclipse-temurin:21-jre}"
IMAGE_PREFIX="${IMAGE_PREFIX:-serviceops/}"
# The project version: the <version> right after the root artifactId (the parent block comes first).
TAG="${TAG:-$(sed -n '/<artifactId>serviceops<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;}' "$ROOT/pom.xml")}"
JIB_GOAL="${JIB_GOAL:-buildTar}"
OUT_DIR="${OUT_DIR:-$ROOT/deploy/images/out}"
# 65532 is the conventional "nonroot" uid; the base image needs no passwd entry for it.
RUN_AS="${RUN_AS:-65532:65532}"
# Heap sized from the container's memory limit, leaving a quarter for metaspace, threads and buffers.
JVM_FLAGS="${JVM_FLAGS:--XX:MaxRAMPercentage=75,-XX:InitialRAMPercentage=50,-XX:+ExitOnOutOfMemoryError,-Djava.security.egd=file:/dev/urandom}"
JIB="com.google.cloud.tools:jib-maven-plugin:3.5.2:${JIB_GOAL}"

declare -A PORTS=([gateway]=8080 [complaint-service]=8081 [feedback-service]=8082 [kpi-service]=8083 [training-service]=8084 [notification-service]=8085)

cd "$ROOT"
mkdir -p "$OUT_DIR"

# Install the shared libraries and the apps once, so each per-module Jib run below resolves its
# siblings from the local repository (Jib needs a main class, which the library modules lack,
# so it cannot run over the whole reactor in one go).
pl="$(echo "$MODULES" | tr ' ' ',')"
./mvnw -B -q -DskipTests -pl "$pl" -am install

for module in $MODULES; do
  port="${PORTS[$module]:?unknown module $module}"
  image="${IMAGE_PREFIX}${module}:${TAG}"
  echo "building $image"
  ./mvnw -B -q -pl "$module" "$JIB" \
    -Djib.from.image="$BASE_IMAGE" \
    -Djib.to.image="$image" \
    -Djib.container.user="$RUN_AS" \
    -Djib.container.jvmFlags="$JVM_FLAGS" \
    -Djib.container.ports="$port" \
    -Djib.container.environment="SERVER_PORT=$port" \
    -Djib.outputPaths.tar="$OUT_DIR/$module.tar"
  [[ "$JIB_GOAL" == buildTar ]] && echo "  -> $OUT_DIR/$module.tar (docker load -i / podman load -i / ctr images import)"
done
