#!/usr/bin/env bash
# Stops a stack started with `deploy/local/run.sh --detach`: gateway first, then the services,
# Redis, and finally the broker and the store (SIGTERM, then SIGKILL after 15 s).
# Uses the same SERVICEOPS_DATA_DIR as run.sh to find <dataDir>/pids. Afterwards the launcher compacts the
# embedded store's file (LocalStore --compact), so erased values leave its old pages (docs/privacy.md).
exec "$(dirname "${BASH_SOURCE[0]}")/run.sh" --stop "$@"
