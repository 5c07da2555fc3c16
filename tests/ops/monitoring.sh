#!/usr/bin/env bash
# monitoring/ checked by the real tools: promtool (config, rules, rule unit tests), and the
# Grafana dashboard and the alert rules against the metrics a running queue-service exposes.
#   tests/ops/monitoring.sh SOURCE_DIR QUEUE_SERVICE_BINARY
source "$(dirname "$0")/lib.sh"
src=$1
service=$2
need promtool curl
mon="$src/monitoring"

promtool check config "$mon/prometheus.yml" >"$OPS_TMP/config.log" 2>&1 || { cat "$OPS_TMP/config.log" >&2; fail "promtool check config"; }
pass "promtool check config monitoring/prometheus.yml"
promtool check rules "$mon/alerts.yml" >"$OPS_TMP/rules.log" 2>&1 || { cat "$OPS_TMP/rules.log" >&2; fail "promtool check rules"; }
pass "promtool check rules monitoring/alerts.yml: $(grep -o '[0-9]* rules found' "$OPS_TMP/rules.log")"
(cd "$mon" && promtool test rules alerts_test.yml) >"$OPS_TMP/test.log" 2>&1 || { cat "$OPS_TMP/test.log" >&2; fail "promtool test rules"; }
pass "promtool test rules monitoring/alerts_test.yml"

# Live metrics: a real instance, with some traffic so the request families have series.
start_service "$service"
for path in /health /health/live /health/ready /no-such-route; do
    curl -s -o /dev/null "$SERVICE_URL$path"
done
curl -sf "$SERVICE_URL/metrics" >"$OPS_TMP/metrics.txt" || fail "GET /metrics failed"

# Every dashboard query and alert expression must parse as PromQL: promtool checks them as
# recording rules (Grafana's $instance and $__ variables replaced by plain values).
"$PY" - "$src" "$OPS_TMP/metrics.txt" "$OPS_TMP/exprs.yml" <<'EOF' || fail "the dashboard or the alert rules do not match queue-service (PROBLEM lines above)"
import json, re, sys, yaml

src, metrics_file, exprs_file = sys.argv[1:4]
mon = src + "/monitoring"
problems = []

dashboard = json.load(open(mon + "/grafana/dashboards/queue-bot.json"))
if dashboard.get("uid") != "queue-bot-overview":
    problems.append("dashboard uid must stay queue-bot-overview (links and the provisioned home page use it)")

def panels(items):
    for p in items:
        yield p
        yield from panels(p.get("panels", []))

datasource = yaml.safe_load(open(mon + "/grafana/provisioning/datasources/prometheus.yml"))["datasources"][0]
dash_exprs = []
for p in panels(dashboard["panels"]):
    if p.get("type") == "row":
        continue
    targets = p.get("targets", [])
    if not targets:
        problems.append(f'panel "{p.get("title")}" has no query')
    if p.get("datasource", {}).get("uid") != datasource["uid"]:
        problems.append(f'panel "{p.get("title")}" does not use the provisioned datasource uid {datasource["uid"]}')
    for t in targets:
        dash_exprs.append((p["title"], t["expr"]))
for var in dashboard.get("templating", {}).get("list", []):
    q = var.get("query", {})
    dash_exprs.append(("variable " + var["name"], (q.get("query") if isinstance(q, dict) else q) or ""))

alerts = yaml.safe_load(open(mon + "/alerts.yml"))
alert_exprs = [(r["alert"], r["expr"]) for g in alerts["groups"] for r in g["rules"]]
for name, rule in ((r["alert"], r) for g in alerts["groups"] for r in g["rules"]):
    if rule.get("labels", {}).get("severity") not in ("critical", "warning"):
        problems.append(f"alert {name}: severity label must be critical or warning")
    if not rule.get("annotations", {}).get("summary") or not rule.get("annotations", {}).get("description"):
        problems.append(f"alert {name}: needs summary and description annotations")
if len(alert_exprs) < 8:
    problems.append(f"only {len(alert_exprs)} alert rules; the stack promises at least 8")
tests = yaml.safe_load(open(mon + "/alerts_test.yml"))
tested = {t["alertname"] for case in tests["tests"] for t in case.get("alert_rule_test", [])}
for name, _ in alert_exprs:
    if name not in tested:
        problems.append(f"alert {name} has no promtool unit test in alerts_test.yml")

# Queries as recording rules, so promtool parses every one of them.
def plain(expr):
    expr = expr.replace("$instance", ".*")
    if expr.startswith("label_values("):  # Grafana variable query, not PromQL
        m = re.match(r"label_values\((\w+)\s*,\s*\w+\)", expr)
        return m.group(1) if m else expr
    return re.sub(r"\$__\w+", "5m", expr)
rules = [{"record": f"dashboard:query_{i}", "expr": plain(e)} for i, (_, e) in enumerate(dash_exprs)]
yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}, open(exprs_file, "w"))

# Metric names: what a live /metrics exposes ("# TYPE" lines; a histogram is name_bucket,
# name_sum and name_count) and what service/metrics/metrics.cpp registers. prometheus-cpp prints
# a family only once it has a series, so a registered family whose labelled series appear with
# traffic (bookings, Telegram, database ...) may be missing from a fresh instance: such names
# are accepted from the source and listed.
live = {}
for line in open(metrics_file):
    m = re.match(r"# TYPE (\S+) (\S+)", line)
    if m:
        live[m.group(1)] = m.group(2)
registered = set(re.findall(r'"(queue_bot_[a-z0-9_]+)"', open(src + "/service/metrics/metrics.cpp").read()))
families = set(live) | registered

def family_of(name):
    if name in families:
        return name
    for suffix in ("_bucket", "_sum", "_count"):
        base = name[: -len(suffix)] if name.endswith(suffix) else None
        if base and base in families:
            if base in live and live[base] != "histogram" and suffix == "_bucket":
                return None
            return base
    return None

not_yet = set()
def check_names(what, exprs):
    used = set()
    for title, expr in exprs:
        for name in set(re.findall(r"\bqueue_bot_[a-z0-9_]+\b", expr)):
            fam = family_of(name)
            if fam is None:
                problems.append(f'{what} "{title}" queries {name}, which queue-service does not expose')
                continue
            used.add(fam)
            if fam not in live:
                not_yet.add(fam)
    return used

on_dashboard = check_names("dashboard panel", dash_exprs)
check_names("alert", alert_exprs)
for fam in sorted(families - on_dashboard):
    problems.append(f"metric family {fam} has no panel on the dashboard")

print(f"dashboard: {sum(1 for p in panels(dashboard['panels']) if p.get('type') != 'row')} panels, "
      f"{len(dash_exprs)} queries over {len(on_dashboard)} metric families; "
      f"{len(set(live) & on_dashboard)} of them live in /metrics now")
if not_yet:
    print("registered in metrics.cpp, no series yet on a fresh instance: " + ", ".join(sorted(not_yet)))
for p in problems:
    print("PROBLEM: " + p)
sys.exit(1 if problems else 0)
EOF
promtool check rules "$OPS_TMP/exprs.yml" >"$OPS_TMP/exprs.log" 2>&1 || { cat "$OPS_TMP/exprs.log" >&2; fail "a dashboard query is not valid PromQL"; }
pass "every dashboard query parses (promtool), names exist in live /metrics or metrics.cpp, every family has a panel"

# The memory alerts and the dashboard's memory panel assume the compose limit.
grep -Eq '^\s+memory: 256M$' "$src/docker-compose.yml" || fail "docker-compose.yml memory limit is no longer 256M: update alerts.yml and the dashboard"
grep -q '(256 \* 1024 \* 1024)' "$mon/alerts.yml" || fail "alerts.yml memory rules must divide by the 256 MiB limit"
pass "memory alerts match the 256 MiB container limit"

# A real Prometheus (Debian's) runs the shipped prometheus.yml and alerts.yml against the live
# instance: only the scrape targets and intervals differ (host names of the compose network,
# 10 s). It must load every rule, scrape the bot, evaluate the rules without errors and with
# none pending or firing, and every dashboard query over a family that has series must return
# data: the dashboard is populated.
need prometheus
prom_port=$(free_port)
"$PY" - "$mon/prometheus.yml" "$mon/alerts.yml" "$SERVICE_PORT" "$prom_port" "$OPS_TMP/prometheus.yml" <<'EOF'
import sys, yaml
shipped, rules, bot_port, prom_port, out = sys.argv[1:6]
c = yaml.safe_load(open(shipped))
c["global"]["scrape_interval"] = c["global"]["evaluation_interval"] = "1s"
c["rule_files"] = [rules]
targets = {"queue-bot": f"127.0.0.1:{bot_port}", "prometheus": f"127.0.0.1:{prom_port}"}
c["scrape_configs"] = [j for j in c["scrape_configs"] if j["job_name"] in targets]
for job in c["scrape_configs"]:
    job["scrape_interval"] = "1s"
    job["scrape_timeout"] = "1s"
    job["static_configs"][0]["targets"] = [targets[job["job_name"]]]
yaml.safe_dump(c, open(out, "w"))
EOF
prometheus --config.file="$OPS_TMP/prometheus.yml" --storage.tsdb.path="$OPS_TMP/tsdb" \
    --web.listen-address="127.0.0.1:$prom_port" >"$OPS_TMP/prometheus.log" 2>&1 &
OPS_PIDS+=("$!")
prom="http://127.0.0.1:$prom_port"
for i in $(seq 1 300); do
    curl -sf -o /dev/null "$prom/-/ready" && break
    sleep 0.1
done
curl -sf -o /dev/null "$prom/-/ready" || { tail -20 "$OPS_TMP/prometheus.log" >&2; fail "Prometheus did not start"; }
# Traffic for a few scrapes, so rate() and histogram_quantile() have two points.
for i in $(seq 1 4); do
    for path in /health /health/live /health/ready /metrics /no-such-route; do
        curl -s -o /dev/null "$SERVICE_URL$path"
    done
    sleep 1
done
"$PY" - "$src" "$prom" <<'EOF' || fail "the running Prometheus does not show what the dashboard and the rules promise (PROBLEM lines above)"
import json, re, sys, time, urllib.parse, urllib.request
src, prom = sys.argv[1:3]
def api(path, **params):
    url = prom + path + ("?" + urllib.parse.urlencode(params) if params else "")
    return json.load(urllib.request.urlopen(url, timeout=10))["data"]
dashboard = json.load(open(src + "/monitoring/grafana/dashboards/queue-bot.json"))
def panels(items):
    for p in items:
        yield p
        yield from panels(p.get("panels", []))

def check():
    problems, notes = [], []
    targets = {t["labels"]["job"]: t["health"] for t in api("/api/v1/targets")["activeTargets"]}
    if targets.get("queue-bot") != "up":
        problems.append(f"the queue-bot target is not up: {targets}")
    # rate() and histogram_quantile() need at least two scrapes of the bot.
    if not api("/api/v1/query", query='count_over_time(up{job="queue-bot"}[1m]) >= 3')["result"]:
        problems.append("fewer than 3 scrapes of the bot so far")
    groups = api("/api/v1/rules")["groups"]
    rules = [r for g in groups for r in g["rules"]]
    for r in rules:
        if r.get("health") != "ok":
            problems.append(f'rule {r["name"]}: health {r.get("health")} {r.get("lastError", "")}')
    active = sorted(f'{r["name"]} ({r["state"]})' for r in rules if r.get("state", "inactive") != "inactive")
    notes.append(f"Prometheus loaded {len(rules)} rules in {len(groups)} groups; pending or firing: {active or 'none'}")
    for name in active:
        problems.append(f"{name} against a healthy instance with the bot off")
    checked = empty_ok = 0
    for p in panels(dashboard["panels"]):
        for t in p.get("targets", []):
            expr = t["expr"].replace("$instance", ".*")
            # A query must return data when every series selector in it matches something; one
            # that filters on a label value nobody has recorded yet (no refusals, no 5xx) may not.
            selectors = re.findall(r"\bqueue_bot_[a-z0-9_]+(?:\{[^}]*\})?", expr)
            if all(api("/api/v1/query", query=sel)["result"] for sel in selectors):
                checked += 1
                result = api("/api/v1/query", query=expr)["result"]
                if not result:
                    problems.append(f'panel "{p["title"]}": no data for {expr}')
                # Each label a legend names must be on every series: a service label renamed on
                # the way (a service label named `job` would be stored as `exported_job`) shows up here.
                for label in re.findall(r"\{\{\s*(\w+)\s*\}\}", t.get("legendFormat", "")):
                    if any(not s["metric"].get(label) for s in result):
                        problems.append(f'panel "{p["title"]}": legend label {label} missing from {expr}')
            else:
                empty_ok += 1
    notes.append(f"dashboard queries with data: {checked}; over series not recorded yet: {empty_ok}")
    return problems, notes

# A slow machine may need a few more scrapes or evaluations; a real problem stays.
deadline = time.time() + 30
while True:
    problems, notes = check()
    if not problems or time.time() > deadline:
        break
    time.sleep(1)
for n in notes:
    print(n)
for p in problems:
    print("PROBLEM: " + p)
sys.exit(1 if problems else 0)
EOF
pass "Prometheus runs the shipped config and rules: target up, every rule healthy, dashboard queries return data with their legend labels"
