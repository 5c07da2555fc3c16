#!/usr/bin/env bash
# docker-compose.yml (+ docker-compose.monitoring.yml) validated by Debian's docker-compose
# (`config` needs no Docker engine) for the default stack, monitoring and the proxy profile, and
# the resolved configuration checked for what the README promises: limits, fixed volume and
# network names (the bot alone declares no monitoring volume), log rotation, retention,
# provisioning, proxy. tests/ops/docker.sh runs the default stack for real.
#   tests/ops/compose.sh SOURCE_DIR
source "$(dirname "$0")/lib.sh"
# The Python checks below import composecheck.py from this folder.
export OPS_DIR
OPS_DIR=$(cd "$(dirname "$0")" && pwd)
src=$1
need docker-compose

# Resolve as an operator would, but deterministic: the committed env template instead of the
# operator's queue-bot.env, an empty .env, and a known Grafana password.
: >"$OPS_TMP/empty.env"
compose() {
    QUEUE_BOT_ENV_FILE=queue-bot.env.example GRAFANA_ADMIN_PASSWORD=test-password-from-env \
        docker-compose --project-directory "$src" --env-file "$OPS_TMP/empty.env" "$@"
}

# Which services each way of starting the stack brings up. docker-compose 1.29 prints every
# service with its profiles, so the active set is worked out here (as `up` does): a service
# without profiles always, one with profiles when one of them is given.
declare -A expected=(
    [default]="queue-bot"
    [monitoring]="grafana node-exporter prometheus queue-bot"
    [proxy]="nginx queue-bot"
    [all]="grafana nginx node-exporter prometheus queue-bot"
)
# "monitoring" is the second compose file (make monitoring), "proxy" a profile.
declare -A profiles=([default]="" [monitoring]="monitoring" [proxy]="proxy" [all]="monitoring proxy")
for run in default monitoring proxy all; do
    flags=(-f "$src/docker-compose.yml")
    for p in ${profiles[$run]}; do
        if [[ $p == monitoring ]]; then
            flags+=(-f "$src/docker-compose.monitoring.yml")
        else
            flags+=(--profile "$p")
        fi
    done
    compose "${flags[@]}" config >"$OPS_TMP/$run.yml" 2>"$OPS_TMP/$run.err" \
        || { cat "$OPS_TMP/$run.err" >&2; fail "docker-compose config ($run) rejects docker-compose.yml"; }
    services=$("$PY" - "$OPS_TMP/$run.yml" ${profiles[$run]} <<'EOF'
import sys, yaml
services = yaml.safe_load(open(sys.argv[1]))["services"]
given = set(sys.argv[2:])
active = {n for n, s in services.items() if not s.get("profiles") or given & set(s["profiles"])}
for n in sorted(active):
    for dep in services[n].get("depends_on", []):
        if dep not in active:
            sys.exit(f"{n} depends on {dep}, which this profile does not start")
print(" ".join(sorted(active)))
EOF
) || fail "profile $run: a service depends on one that is not started"
    [[ $services == "${expected[$run]}" ]] || fail "profile $run starts [$services], expected [${expected[$run]}]"
    pass "docker-compose config ($run): $services"
done

"$PY" - "$src" "$OPS_TMP/all.yml" <<'EOF' || fail "the resolved compose configuration is not what README promises (PROBLEM lines above)"
import os, sys, yaml
sys.path.insert(0, os.environ["OPS_DIR"])
from composecheck import expect, check_mounts, report

src, resolved = sys.argv[1:3]
c = yaml.safe_load(open(resolved))
s = c["services"]

bot = s["queue-bot"]
expect(bot.get("restart") == "unless-stopped", "queue-bot: restart unless-stopped")
limits = bot.get("deploy", {}).get("resources", {}).get("limits", {})
expect(str(limits.get("cpus")) == "0.5", f"queue-bot: cpus 0.5 (got {limits.get('cpus')})")
expect(str(limits.get("memory")).upper() in ("256M", "268435456"), f"queue-bot: memory 256M (got {limits.get('memory')})")
expect(bot.get("networks") and "queue-network" in bot["networks"], "queue-bot: on queue-network")
expect(c["networks"]["queue-network"].get("name") == "queue-network", "network named queue-network")
# Fixed names: the data does not depend on the checkout's folder (the compose project name).
names = {k: (v or {}).get("name") for k, v in c.get("volumes", {}).items()}
expect(names == {"queue-bot-data": "queue-bot-data", "prometheus-data": "queue-bot-prometheus-data",
                 "grafana-data": "queue-bot-grafana-data"}, f"volumes with fixed names (got {names})")
bot_alone = yaml.safe_load(open(os.path.join(os.path.dirname(resolved), "default.yml")))
expect(set(bot_alone.get("volumes", {})) == {"queue-bot-data"},
       f"the bot alone declares (so creates) only its data volume (got {sorted(bot_alone.get('volumes', {}))})")
expect(bot.get("image") == "queue-bot:latest", f"queue-bot: image QUEUE_BOT_IMAGE, default queue-bot:latest (got {bot.get('image')})")
vols = {v.split(":")[0]: v.split(":")[1] for v in bot.get("volumes", [])} if isinstance(bot.get("volumes", [None])[0], str) else \
       {v["source"]: v["target"] for v in bot.get("volumes", [])}
expect(vols.get("queue-bot-data") == "/data", f"queue-bot: named volume queue-bot-data on /data (got {vols})")
env = bot.get("environment", {})
expect("TELEGRAM_BOT_TOKEN" in env, "queue-bot: env file (queue-bot.env.example) loaded")
expect(env.get("DATABASE_URL") == "sqlite:/data/queue.db", "queue-bot: database on the data volume")
expect(env.get("HTTP_PORT") == "8080", "queue-bot: HTTP_PORT 8080, the port Prometheus scrapes")
for name, svc in s.items():
    log = svc.get("logging", {})
    opts = log.get("options", {})
    expect(log.get("driver") == "json-file" and opts.get("max-size") and opts.get("max-file"),
           f"{name}: json-file logging with rotation")

prom = s["prometheus"]
cmd = " ".join(prom.get("command", []))
expect("--storage.tsdb.retention.time=200h" in cmd, "prometheus: retention 200h")
expect("--config.file=/etc/prometheus/prometheus.yml" in cmd, "prometheus: config file")
mounts = " ".join(v if isinstance(v, str) else f'{v["source"]}:{v["target"]}' for v in prom.get("volumes", []))
expect("monitoring/prometheus.yml:/etc/prometheus/prometheus.yml" in mounts, "prometheus: mounts monitoring/prometheus.yml")
expect("monitoring/alerts.yml:/etc/prometheus/alerts.yml" in mounts, "prometheus: mounts the alert rules next to prometheus.yml")
expect(any(p for p in prom.get("ports", []) if "9090" in str(p)), "prometheus: port 9090")

graf = s["grafana"]
genv = graf.get("environment", {})
expect(genv.get("GF_SECURITY_ADMIN_PASSWORD") == "test-password-from-env", "grafana: admin password from GRAFANA_ADMIN_PASSWORD")
expect("GF_SECURITY_ADMIN_PASSWORD" in " ".join(graf.get("entrypoint", [])), "grafana: refuses to start without a password")
gm = " ".join(v if isinstance(v, str) else f'{v["source"]}:{v["target"]}' for v in graf.get("volumes", []))
expect("monitoring/grafana/provisioning:/etc/grafana/provisioning" in gm, "grafana: provisioning mounted")
expect("monitoring/grafana/dashboards:/var/lib/grafana/dashboards" in gm, "grafana: dashboards mounted")
expect(any(p for p in graf.get("ports", []) if "3000" in str(p)), "grafana: port 3000")
expect("node-exporter" in s, "node exporter in the monitoring file")

ngx = s["nginx"]
nm = " ".join(v if isinstance(v, str) else f'{v["source"]}:{v["target"]}' for v in ngx.get("volumes", []))
expect("deploy/nginx/queue-bot.conf:/etc/nginx/conf.d/default.conf" in nm, "nginx: site config mounted")
expect("deploy/nginx/queue-bot:/etc/nginx/queue-bot" in nm, "nginx: includes mounted")
expect(any(p for p in ngx.get("ports", []) if "443" in str(p)), "nginx: HTTPS port")

check_mounts(s, src)
report()
EOF
pass "resolved stack: limits 0.5 CPU / 256M, fixed volume names (bot alone: data only), queue-network, log rotation, retention 200h, provisioning, proxy"

# Without the password the Grafana entrypoint stops instead of starting with admin/admin.
grep -q 'if \[ -z "\$\$GF_SECURITY_ADMIN_PASSWORD" \]' "$src/docker-compose.monitoring.yml" || fail "grafana password guard missing"

# docker-compose.scale.yml (profile scale): PostgreSQL and QUEUE_BOT_REPLICAS instances of the
# service on it behind nginx, resolved alone as README says to start it.
scale() {
    QUEUE_BOT_ENV_FILE=queue-bot.env.example docker-compose --project-directory "$src" \
        --env-file "$OPS_TMP/empty.env" -f "$src/docker-compose.scale.yml" --profile scale "$@"
}
if scale config >"$OPS_TMP/scale-nopassword.yml" 2>"$OPS_TMP/scale-nopassword.err"; then
    fail "docker-compose.scale.yml resolves without POSTGRES_PASSWORD"
fi
grep -q "set POSTGRES_PASSWORD" "$OPS_TMP/scale-nopassword.err" || fail "scale: no hint when POSTGRES_PASSWORD is missing"
POSTGRES_PASSWORD=test-pg-password scale config >"$OPS_TMP/scale.yml" 2>"$OPS_TMP/scale.err" \
    || { cat "$OPS_TMP/scale.err" >&2; fail "docker-compose config rejects docker-compose.scale.yml"; }
POSTGRES_PASSWORD=test-pg-password QUEUE_BOT_REPLICAS=3 scale config >"$OPS_TMP/scale3.yml" 2>"$OPS_TMP/scale3.err" \
    || { cat "$OPS_TMP/scale3.err" >&2; fail "docker-compose config rejects QUEUE_BOT_REPLICAS=3"; }
"$PY" - "$src" "$OPS_TMP/scale.yml" "$OPS_TMP/scale3.yml" <<'EOF2' || fail "the scale stack is not what README promises (PROBLEM lines above)"
import os, re, sys, yaml
sys.path.insert(0, os.environ["OPS_DIR"])
from composecheck import expect, check_mounts, report

src, resolved, resolved3 = sys.argv[1:4]
c = yaml.safe_load(open(resolved))
s = c["services"]

active = sorted(n for n, v in s.items() if "scale" in v.get("profiles", []))
expect(active == ["nginx", "postgres", "queue-service"], f"scale: postgres, queue-service, nginx (got {active})")
for name, svc in s.items():
    deps = svc.get("depends_on", {})
    for dep in deps:
        expect(dep in s, f"{name} depends on {dep}, which the scale file does not define")

pg = s["postgres"]
expect(pg.get("image") == "postgres:15", f"postgres: official image postgres:15 (got {pg.get('image')})")
expect(pg["environment"].get("POSTGRES_PASSWORD") == "test-pg-password", "postgres: password from POSTGRES_PASSWORD")
expect("pg_isready" in " ".join(pg.get("healthcheck", {}).get("test", [])), "postgres: healthcheck with pg_isready")
pgvols = [v if isinstance(v, str) else f'{v["source"]}:{v["target"]}' for v in pg.get("volumes", [])]
expect(any(v.startswith("postgres-data:/var/lib/postgresql/data") for v in pgvols), f"postgres: named volume on its data directory (got {pgvols})")
names = {k: (v or {}).get("name") for k, v in c.get("volumes", {}).items()}
expect(names == {"postgres-data": "queue-bot-postgres-data"}, f"scale: one volume with a fixed name (got {names})")

svc = s["queue-service"]
expect("container_name" not in svc, "queue-service: no container name (replicas cannot share one)")
expect(not svc.get("ports"), "queue-service: no published port (replicas cannot share one; nginx reaches them)")
expect(svc.get("deploy", {}).get("replicas") == 2, f"queue-service: 2 replicas by default (got {svc.get('deploy', {}).get('replicas')})")
three = yaml.safe_load(open(resolved3))["services"]["queue-service"].get("deploy", {}).get("replicas")
expect(three == 3, f"queue-service: QUEUE_BOT_REPLICAS=3 gives 3 replicas (got {three})")
url = svc.get("environment", {}).get("DATABASE_URL", "")
expect(re.fullmatch(r"postgresql://queuebot:test-pg-password@postgres:5432/queuebot", url) is not None,
       f"queue-service: DATABASE_URL to the postgres service (got {url})")
expect(svc.get("depends_on", {}).get("postgres", {}).get("condition") == "service_healthy",
       "queue-service: starts once PostgreSQL is healthy")
expect("TELEGRAM_BOT_TOKEN" in svc.get("environment", {}), "queue-service: env file loaded")

ngx = s["nginx"]
nm = {(v.split(":")[0] if isinstance(v, str) else v["source"]): (v.split(":")[1] if isinstance(v, str) else v["target"])
      for v in ngx.get("volumes", [])}
upstream = os.path.join(src, "deploy/nginx/scale/upstream.conf")
expect(nm.get(upstream) == "/etc/nginx/queue-bot/upstream.conf", "nginx: the scale upstream replaces the single one")
expect(nm.get(os.path.join(src, "deploy/nginx/queue-bot.conf")) == "/etc/nginx/conf.d/default.conf", "nginx: the same site config")
expect(re.search(r"server\s+queue-service:8080", open(upstream).read()) is not None, "nginx: upstream is the queue-service replicas")
for name, v in s.items():
    log = v.get("logging", {})
    expect(log.get("driver") == "json-file" and log.get("options", {}).get("max-size"), f"{name}: json-file logging with rotation")
check_mounts(s, src)
report()
EOF2
pass "docker-compose config (scale): postgres:15 with pg_isready and volume queue-bot-postgres-data, QUEUE_BOT_REPLICAS instances (default 2) on it, nginx across them; refuses without POSTGRES_PASSWORD"
