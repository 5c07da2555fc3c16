#!/usr/bin/env bash
# The TLS proxy config (deploy/nginx) checked by nginx itself and used for real: nginx runs the
# shipped queue-bot.conf unchanged, with only the three deployment files (upstream address,
# listen port, certificate paths) pointing at a test instance of queue-service and a
# self-signed certificate.
#   tests/ops/nginx.sh SOURCE_DIR QUEUE_SERVICE_BINARY
source "$(dirname "$0")/lib.sh"
src=$1
service=$2
need nginx openssl curl

site="$src/deploy/nginx/queue-bot.conf"
shipped="$src/deploy/nginx/queue-bot"

# The shipped deployment files agree with docker-compose.yml: the upstream is the compose
# service on its port, the certificates are where the compose file mounts them.
grep -Eq '^\s*server queue-bot:8080;' "$shipped/upstream.conf" || fail "upstream.conf must point at queue-bot:8080"
grep -Eq '^\s*listen 443 ssl;' "$shipped/listen.conf" || fail "listen.conf must listen on 443 with TLS"
grep -q '/etc/nginx/certs/fullchain.pem' "$shipped/certificates.conf" || fail "certificates.conf: fullchain.pem path"
grep -q '/etc/nginx/certs/privkey.pem' "$shipped/certificates.conf" || fail "certificates.conf: privkey.pem path"

start_service "$service"
port=$(free_port)

conf="$OPS_TMP/nginx"
mkdir -p "$conf/queue-bot" "$conf/temp"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" \
    -keyout "$conf/privkey.pem" -out "$conf/fullchain.pem" >/dev/null 2>&1 || fail "openssl could not make a certificate"
printf 'upstream queue_bot {\n    server 127.0.0.1:%s;\n}\n' "$SERVICE_PORT" >"$conf/queue-bot/upstream.conf"
printf 'listen 127.0.0.1:%s ssl;\n' "$port" >"$conf/queue-bot/listen.conf"
printf 'ssl_certificate %s/fullchain.pem;\nssl_certificate_key %s/privkey.pem;\n' "$conf" "$conf" >"$conf/queue-bot/certificates.conf"
cat >"$conf/nginx.conf" <<EOF
daemon off;
master_process off;
worker_processes 1;
pid $conf/nginx.pid;
error_log $conf/error.log warn;
events { worker_connections 256; }
http {
    access_log $conf/access.log;
    client_body_temp_path $conf/temp/body;
    proxy_temp_path $conf/temp/proxy;
    fastcgi_temp_path $conf/temp/fastcgi;
    uwsgi_temp_path $conf/temp/uwsgi;
    scgi_temp_path $conf/temp/scgi;
    default_type application/octet-stream;
    include $site;
}
EOF

nginx -t -p "$conf" -c "$conf/nginx.conf" >"$conf/t.log" 2>&1 || { cat "$conf/t.log" >&2; fail "nginx -t rejects the config"; }
pass "nginx -t accepts deploy/nginx/queue-bot.conf"

# docker-compose.scale.yml runs the same site with deploy/nginx/scale/upstream.conf (every replica
# of the compose service queue-service); nginx -t on it with the name made this host's service.
scale_upstream="$src/deploy/nginx/scale/upstream.conf"
grep -Eq '^\s*server queue-service:8080[ ;]' "$scale_upstream" || fail "scale/upstream.conf must point at queue-service:8080"
mkdir -p "$conf/scale/queue-bot" "$conf/scale/temp"
cp "$conf/queue-bot/listen.conf" "$conf/queue-bot/certificates.conf" "$conf/scale/queue-bot/"
sed "s/queue-service:8080/127.0.0.1:$SERVICE_PORT/" "$scale_upstream" >"$conf/scale/queue-bot/upstream.conf"
sed "s|$conf/|$conf/scale/|g" "$conf/nginx.conf" >"$conf/scale/nginx.conf"
nginx -t -p "$conf/scale" -c "$conf/scale/nginx.conf" >"$conf/scale/t.log" 2>&1 \
    || { cat "$conf/scale/t.log" >&2; fail "nginx -t rejects the site with deploy/nginx/scale/upstream.conf"; }
pass "nginx -t accepts deploy/nginx/queue-bot.conf with the scale upstream"

nginx -p "$conf" -c "$conf/nginx.conf" >"$conf/stdout.log" 2>&1 &
OPS_PIDS+=("$!")
base="https://localhost:$port"
for i in $(seq 1 50); do
    curl -sk -o /dev/null "$base/" && break
    sleep 0.1
done

# request OUTFILE CURL-ARGS...: prints the status code, writes headers and body next to OUTFILE.
request() {
    local out=$1
    shift
    curl -sk --max-time 10 -D "$out.headers" -o "$out" -w '%{http_code}' "$@"
}
is_service_json_error() {
    "$PY" -c 'import json, sys; d = json.load(open(sys.argv[1])); sys.exit(0 if isinstance(d.get("error"), dict) and "code" in d["error"] else 1)' "$1"
}

# 1. A webhook POST goes through nginx to queue-service. Until the Telegram webhook route exists
#    queue-service answers 404, with it 401 (no secret header): either way the JSON error is the
#    service's own, not an nginx page.
update='{"update_id":1,"message":{"message_id":1,"date":0,"chat":{"id":1,"type":"private"},"text":"/start"}}'
code=$(request "$OPS_TMP/webhook" -X POST -H 'Content-Type: application/json' --data "$update" "$base/webhook")
[[ $code == 404 || $code == 401 ]] || fail "POST /webhook through nginx: expected 404 or 401 from queue-service, got $code"
grep -qi '^content-type: application/json' "$OPS_TMP/webhook.headers" || fail "POST /webhook: answer is not JSON ($(cat "$OPS_TMP/webhook"))"
is_service_json_error "$OPS_TMP/webhook" || fail "POST /webhook: not queue-service's JSON error: $(cat "$OPS_TMP/webhook")"
grep -q 'POST /webhook ' "$conf/access.log" || fail "nginx did not log the webhook request"
pass "POST /webhook reaches queue-service over TLS ($code $(cat "$OPS_TMP/webhook"))"

# 2. The admin API is proxied too (queue-service's 401/404 JSON, never an nginx page).
code=$(request "$OPS_TMP/api" "$base/api/v1/queues")
is_service_json_error "$OPS_TMP/api" || fail "GET /api/v1/queues through nginx: not queue-service's JSON ($code $(cat "$OPS_TMP/api"))"
pass "GET /api/v1/queues reaches queue-service ($code)"

# 3. A body over client_max_body_size is refused by nginx itself (its HTML 413 page) and never
#    reaches the service.
head -c $((2 * 1024 * 1024)) /dev/zero | tr '\0' 'x' >"$OPS_TMP/big.json"
code=$(request "$OPS_TMP/big" -X POST -H 'Content-Type: application/json' --data-binary "@$OPS_TMP/big.json" "$base/webhook")
[[ $code == 413 ]] || fail "2 MiB POST /webhook: expected 413 from nginx, got $code"
grep -qi '<center>nginx</center>\|<title>413' "$OPS_TMP/big" || fail "2 MiB POST /webhook: 413 page is not nginx's: $(head -c 300 "$OPS_TMP/big")"
pass "2 MiB webhook body refused by nginx with 413"

# 4. Only POST on /webhook, and nothing but /webhook and /api/v1/ is exposed (/metrics and
#    /health stay internal).
code=$(request "$OPS_TMP/get" "$base/webhook")
[[ $code == 403 ]] || fail "GET /webhook: expected 403 from nginx, got $code"
code=$(request "$OPS_TMP/metrics" "$base/metrics")
[[ $code == 404 ]] && ! grep -q queue_bot_ "$OPS_TMP/metrics" || fail "GET /metrics through nginx: expected nginx's 404, got $code"
pass "GET /webhook refused (403); /metrics not exposed (404)"

# 5. The per-client rate limit: 150 webhook calls in one burst (30 r/s, burst 60) get 429s.
urls=()
for i in $(seq 1 150); do urls+=(-o /dev/null "$base/webhook"); done
codes=$(curl -sk --max-time 30 -X POST -H 'Content-Type: application/json' --data "$update" \
    -w '%{http_code}\n' "${urls[@]}")
limited=$(grep -c '^429$' <<<"$codes" || true)
passed=$(grep -c -E '^(401|404)$' <<<"$codes" || true)
((limited > 0)) || fail "150 webhook calls in a burst: none was rate limited"
((passed >= 60)) || fail "150 webhook calls in a burst: only $passed reached queue-service (burst is 60)"
pass "rate limit: $passed of 150 burst calls passed, $limited got 429"

kill -0 "$SERVICE_PID" 2>/dev/null || fail "queue-service died during the test"
