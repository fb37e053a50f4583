#!/usr/bin/env bash
# Validates the Prometheus configuration and alert rules, and runs the rule unit tests.
# Needs promtool (Debian/Ubuntu: apt-get install -y prometheus). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v promtool >/dev/null; then
  echo "promtool not found: apt-get install -y prometheus" >&2
  exit 2
fi

# check config also loads the rule files each configuration names
promtool check config prometheus.yml
promtool check config prometheus-k8s.yml
promtool check rules rules/*.yml
promtool test rules tests/*.yml
echo "prometheus config, rules and rule tests: OK"
