#!/usr/bin/env bash
# The gateway hop: the same GET straight to complaint-service, through nginx (reference proxy),
# through a bare Spring Cloud Gateway route, and through the gateway's full filter chain.
#   bench/gateway-hop/run.sh          all four, on the benchmark stack (bench/stack.sh start), medians of ROUNDS
#   bench/gateway-hop/run.sh simple   only direct vs gateway, against GATEWAY_URL/DIRECT_URL (any stack; README.md)
# Needs a JDK 17+; nginx (Debian package) for the reference proxy, skipped if missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [[ "${1:-}" == simple ]]; then
  # Calls the service directly, signed as the gateway: SERVICEOPS_IDENTITY_KEYS must be the stack's key ring
  # (deploy/local/run.sh keeps it in <data dir>/identity-keys).
  IDENTITY_JAR="$here/../../common-events/identity/target/identity-0.1.0-SNAPSHOT.jar"
  cd "$here"; exec java -XX:+UseSerialGC -Xmx256m -cp "$IDENTITY_JAR" GatewayHop.java
fi
source "$here/../lib/env.sh"
export ROUNDS="${ROUNDS:-3}" REQUESTS="${REQUESTS:-500}" WARMUP="${WARMUP:-300}" CONCURRENCY="${CONCURRENCY:-16}"
LATENCY_REQUESTS="${LATENCY_REQUESTS:-300}"
work="$BENCH_WORK/gateway-hop"; mkdir -p "$work/nginx-temp" "$BENCH_WORK/results"
started=()
cleanup() { local pid; for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done; for pid in "${started[@]}"; do wait "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

targets="direct=$DIRECT_URL"
if command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]]; then
  # One worker, upstream keep-alive: a fair reference proxy for one keep-alive client pool.
  cat >"$work/nginx.conf" <<CONF
user root;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx-temp/body; proxy_temp_path $work/nginx-temp/proxy;
  fastcgi_temp_path $work/nginx-temp/fastcgi; uwsgi_temp_path $work/nginx-temp/uwsgi; scgi_temp_path $work/nginx-temp/scgi;
  upstream complaint_service { server 127.0.0.1:$COMPLAINT_PORT; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / { proxy_pass http://complaint_service; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$http_host; }
  }
}
CONF
  "$(command -v nginx || echo /usr/sbin/nginx)" -c "$work/nginx.conf" -g 'daemon off;' >"$work/nginx.out" 2>&1 &
  started+=($!)
  targets="$targets,nginx=http://127.0.0.1:$NGINX_PORT"
else
  echo "nginx not installed (apt-get install -y nginx): the reference proxy is skipped."
fi

# The bare gateway: compiled against the gateway jar's own libraries, minus security, Redis,
# resilience4j, springdoc and actuator (BareGateway.java).
lib="$work/bare/lib"
if [[ ! -d "$lib" || "$REPO_ROOT/gateway/target/gateway-0.1.0-SNAPSHOT.jar" -nt "$lib" ]]; then
  rm -rf "$work/bare"; mkdir -p "$work/bare/classes"
  (cd "$work/bare" && unzip -q -o "$REPO_ROOT/gateway/target/gateway-0.1.0-SNAPSHOT.jar" 'BOOT-INF/lib/*' && mv BOOT-INF/lib lib && rmdir BOOT-INF)
fi
# Truly bare: no observation, tracing or metrics either (Boot's micrometer auto-configuration jars,
# the tracing bridge, OpenTelemetry, registries); micrometer-observation itself stays, as a no-op.
bare_cp="$(ls "$lib"/*.jar | grep -v -i -E 'secur|redis|lettuce|resilience4j|circuitbreaker|springdoc|swagger|oauth|actuator|spring-boot-micrometer|micrometer-tracing|opentelemetry|micrometer-registry' | tr '\n' ':')"
javac -d "$work/bare/classes" -cp "$bare_cp" "$here/BareGateway.java"
java -Xmx384m -Dserviceops.component=bench-bare-gateway -cp "$work/bare/classes:$bare_cp" io.serviceops.bench.BareGateway \
  --server.port="$BARE_GATEWAY_PORT" --server.address=127.0.0.1 --logging.level.root=WARN \
  '--spring.cloud.gateway.server.webflux.routes[0].id=bare' \
  "--spring.cloud.gateway.server.webflux.routes[0].uri=$DIRECT_URL" \
  '--spring.cloud.gateway.server.webflux.routes[0].predicates[0]=Path=/api/v1/**' >"$work/bare.log" 2>&1 &
started+=($!)
for _ in $(seq 1 180); do
  curl -fsS -o /dev/null "http://127.0.0.1:$BARE_GATEWAY_PORT/api/v1/complaint-types?size=1" 2>/dev/null && break
  kill -0 "${started[-1]}" 2>/dev/null || { tail -n 30 "$work/bare.log" >&2; exit 1; }
  sleep 1
done
targets="$targets,bare-gw=http://127.0.0.1:$BARE_GATEWAY_PORT,gateway=$GATEWAY_URL"

cd "$here"
# Latency with one client (no queueing on the 2 shared cores: what each hop itself adds), throughput
# with CONCURRENCY clients.
{ echo "== gateway hop, latency, 1 client ($(load_line))"
  TARGETS="$targets" CONCURRENCY=1 REQUESTS="$LATENCY_REQUESTS" WARMUP=300 WARM_SECONDS="${WARM_SECONDS:-60}" java -XX:+UseSerialGC -Xmx256m -cp "$IDENTITY_JAR" GatewayHop.java; } \
  | tee "$BENCH_WORK/results/gateway-hop-latency.txt"
{ echo "== gateway hop, throughput, $CONCURRENCY clients ($(load_line))"
  TARGETS="$targets" java -XX:+UseSerialGC -Xmx256m -cp "$IDENTITY_JAR" GatewayHop.java; } | tee "$BENCH_WORK/results/gateway-hop-throughput.txt"
