#!/usr/bin/env bash
# Loads the demo data set into a running local stack, through its gateway:
#   deploy/demo/load.sh                     gateway http://127.0.0.1:8080, services' clocks on 8081-8084
#   SERVICEOPS_GATEWAY=http://127.0.0.1:18080 COMPLAINT_PORT=18081 ... deploy/demo/load.sh
#   deploy/demo/load.sh my-data.txt         another data set in the same format
# For months of history start the stack with the adjustable clock (see deploy/demo/README.md).
set -Eeuo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
DATA="${1:-$HERE/demo-data.txt}"
[[ -f "$DATA" ]] || { echo "load.sh: no data file $DATA" >&2; exit 2; }
# A JDK 17 single-file program: compiled in memory, nothing to build or install.
exec "$JAVA" -Xmx128m "$HERE/Demo.java" "$DATA"
