#!/usr/bin/env bash
# Files complaints with a fixed number of concurrent clients and prints req/s and p50/p90/p99/max.
# Needs a running complaint-service (8081) or local stack (gateway 8080) and a JDK 17+. See README.md.
set -euo pipefail
cd "$(dirname "$0")"
exec java -XX:+UseSerialGC -Xmx256m ComplaintCreateBench.java "$@"
