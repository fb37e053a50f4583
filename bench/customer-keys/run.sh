#!/usr/bin/env bash
# A customer key's lookup and the key relay's sweep on the local store as the customers grow: the queries
# before (customerId and shredded, sorted; swept every 500 ms) against after (customerId alone, answered from
# the unique index; the sweep on the sparse unsharedSince index every 5 s), in process, no stack.
# Settings: SIZES (1000,10000,50000), LOOKUPS (200).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/env.sh"
in_process_store_bench "$here" CustomerKeysBench.java customer-keys "customer keys on the local store"
