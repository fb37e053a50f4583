#!/usr/bin/env bash
# Compares the same GET sent straight to a service and through the gateway (p50/p90/p99, req/s).
# Needs a running local stack (deploy/local/run.sh) and a JDK 17+. Settings: see README.md.
set -euo pipefail
cd "$(dirname "$0")"
exec java -XX:+UseSerialGC -Xmx256m GatewayHop.java "$@"
