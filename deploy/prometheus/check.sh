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

# The Grafana dashboards' queries must parse too: wrap each one in a recording rule and let promtool
# check them (Grafana's own variables replaced by plain values first).
dashboard_rules="$(mktemp --suffix=.yml)"
trap 'rm -f "$dashboard_rules"' EXIT
python3 - ../grafana/dashboards/*.json > "$dashboard_rules" <<'PY'
import json, sys
def exprs(panels):
    for panel in panels:
        yield from exprs(panel.get("panels", []))
        for target in panel.get("targets", []):
            yield panel["title"], target["expr"]
print("groups:\n  - name: dashboard-queries\n    rules:")
for path in sys.argv[1:]:
    for n, (title, expr) in enumerate(exprs(json.load(open(path))["panels"])):
        expr = expr.replace("$__rate_interval", "5m").replace("$__range", "1d").replace("$application", ".*")
        print("      - record: dashboard_query:%s:%d" % (path.split("/")[-1].split(".")[0].replace("-", "_"), n))
        print("        expr: %s" % json.dumps(expr))
PY
echo "Checking the dashboards' queries"
promtool check rules "$dashboard_rules"
echo "prometheus config, rules and rule tests: OK"
