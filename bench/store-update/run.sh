#!/usr/bin/env bash
# An update guarded by a version on the local store as history grows: mongo-java-server's H2 backend
# (before) against the local stack's (after), in process, no stack; then the outbox sweep and an existsById on
# each, and the escalation scan and the open-complaints gauge. Settings: SIZES (1000,10000), UPDATES (200).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/env.sh"
in_process_store_bench "$here" StoreUpdateBench.java store-update "update by _id and version on the local store"
