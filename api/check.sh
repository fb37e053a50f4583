#!/usr/bin/env bash
# Checks the committed API documents the way a client team uses them, with the tool versions pinned in
# package-lock.json: Redocly's recommended rules (0 errors; the accepted warnings are listed in
# redocly.yaml), TypeScript types generated with openapi-typescript and compiled with strict tsc, and the
# AsyncAPI event catalogue validated. Run by .ci/run; needs node and npm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

started=$SECONDS
npm ci --no-audit --no-fund --loglevel=error
echo "api/check.sh: npm ci took $((SECONDS - started)) s"

export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
# The AsyncAPI CLI reports usage unless its analytics file says not to; keep that file out of $HOME.
analytics="$(mktemp)"
trap 'rm -f "$analytics"' EXIT
echo '{"analyticsEnabled":"false","infoMessageShown":"true"}' >"$analytics"
export ASYNCAPI_METRICS_CONFIG_PATH="$analytics"

npx redocly lint --config redocly.yaml serviceops.openapi.json services/*.openapi.json
npx openapi-typescript serviceops.openapi.json --output typescript/serviceops-api.d.ts
npx tsc --project typescript
npx asyncapi validate ../docs/asyncapi.yaml --fail-severity error
echo "api/check.sh: documents linted, TypeScript types compiled strictly, event catalogue valid"
