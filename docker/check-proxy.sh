#!/usr/bin/env bash
# Checks docker/nginx.conf for real, without Docker: two application nodes of
# the packaged jar on one MariaDB (the local server by default), the same
# nginx.conf in Debian's nginx with app-a/app-b pointed at them, then:
#  1. a webapp log-in through nginx gets a session id ending in its node's route,
#     and 20 requests with that cookie all find their session (sticky);
#  2. logins alternate between the nodes (both routes are seen);
#  3. a node stopped: its users' requests reach the other node, which has no
#     session and asks them to log in again, not an nginx error page (502);
#  4. REST through nginx works on the surviving node.
# Needs: nginx (apt-get install nginx-light), curl, a MariaDB at QCDC_CHECK_DB
# (default the local server's qcdc_proxy, dropped and re-created), and
# target/qcdc-flow-*.jar (./mvnw package). Usage: docker/check-proxy.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DB_NAME="${QCDC_CHECK_DB:-qcdc_proxy}"
DB_HOST="${QCDC_CHECK_DB_HOST:-127.0.0.1}"
WORK="$(mktemp -d)"
PORT_A=18081 PORT_B=18082 PORT_PROXY=18080
jar=$(ls target/qcdc-flow-*.jar | grep -v original | head -1)
command -v nginx >/dev/null || { echo "nginx missing: apt-get install nginx-light" >&2; exit 2; }

mariadb -h "$DB_HOST" -u root -e "DROP DATABASE IF EXISTS $DB_NAME;
  CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci;"

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [[ -f "$WORK/nginx.pid" ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  mariadb -h "$DB_HOST" -u root -e "DROP DATABASE IF EXISTS $DB_NAME;" || true
}
trap cleanup EXIT

start_node() { # route port
  SPRING_PROFILES_ACTIVE=mariadb \
  QCDC_DB_URL="jdbc:mariadb://$DB_HOST:3306/$DB_NAME?nullDatabaseMeansCurrent=true" \
  QCDC_DB_USER=root QCDC_DB_PASSWORD= QCDC_ADMIN_PASSWORD='Kiem-tra-proxy-2026!' \
  QCDC_AUDIT_SEAL_KEY=check-proxy-seal-key-0123456789abcdef0123 \
  QCDC_NODE_ROUTE="$1" \
    java -jar "$jar" --server.port="$2" >"$WORK/node-$1.log" 2>&1 &
  pids+=($!)
}
wait_ready() { # port: until StartupGate lets requests through
  for _ in $(seq 1 180); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/camunda/app/welcome/default/" || true)
    [[ "$code" == "200" ]] && return 0
    sleep 1
  done
  echo "node on $1 not ready" >&2; exit 1
}

# Like compose: app-a first (it creates the schema), app-b once app-a is ready.
start_node a $PORT_A; wait_ready $PORT_A
start_node b $PORT_B; wait_ready $PORT_B

# The same nginx.conf, its server block wrapped in what the nginx image adds.
sed -e "s/app-a:8080/127.0.0.1:$PORT_A/g" -e "s/app-b:8080/127.0.0.1:$PORT_B/g" \
    -e "s/listen 80;/listen $PORT_PROXY;/" docker/nginx.conf > "$WORK/site.conf"
cat > "$WORK/nginx.conf" <<CONF
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events {}
http {
  access_log $WORK/nginx-access.log;
  client_body_temp_path $WORK; proxy_temp_path $WORK;
  include $WORK/site.conf;
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK"
PROXY="http://127.0.0.1:$PORT_PROXY"

failed=0
check() { if [[ "$1" == "$2" ]]; then echo "ok   $3"; else echo "FAIL $3 (got $1, expected $2)"; failed=1; fi; }

login() { # jar-file user: the webapp's own log-in, through nginx; prints the route
  curl -s -c "$1" -b "$1" -o /dev/null "$PROXY/camunda/app/welcome/default/"
  local xsrf; xsrf=$(awk '$6=="XSRF-TOKEN"{print $7}' "$1")
  curl -s -c "$1" -b "$1" -o /dev/null -H "X-XSRF-TOKEN: $xsrf" \
    --data-urlencode "username=$2" --data-urlencode "password=$2" \
    "$PROXY/camunda/api/admin/auth/user/default/login/welcome"
  awk '$6=="JSESSIONID"{print $7}' "$1" | sed 's/.*\.//'
}
whoami() { curl -s -b "$1" -o /dev/null -w '%{http_code}' "$PROXY/camunda/api/admin/auth/user/default"; }

routes=""
for i in 1 2 3 4; do
  r=$(login "$WORK/c$i" tonghop)
  routes="$routes $r"
  ok=0; for _ in $(seq 1 20); do [[ $(whoami "$WORK/c$i") == 200 ]] && ok=$((ok + 1)); done
  check "$ok" 20 "session $i (route .$r): 20 of 20 requests found their session"
done
check "$(echo $routes | tr ' ' '\n' | sort -u | tr '\n' ' ')" "a b " "log-ins spread over both nodes (routes:$routes)"

check "$(curl -s -o /dev/null -w '%{http_code}' "$PROXY/camunda/api/admin/auth/user/default")" 404 \
  "without a session, the webapps' who-am-I answers 404 (they show the log-in page)"

# Stop node a: its browsers must reach node b and be asked to log in again.
victim=$(for i in 1 2 3 4; do [[ $(awk '$6=="JSESSIONID"{print $7}' "$WORK/c$i") == *.a ]] && echo "$WORK/c$i" && break; done)
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true
check "$(whoami "$victim")" 404 "node a stopped: its user reaches node b, which asks for a new log-in (not nginx's 502)"
r=$(login "$WORK/c9" tonghop)
check "$r" b "a new log-in lands on node b"
check "$(whoami "$WORK/c9")" 200 "and keeps its session there"
check "$(curl -s -o /dev/null -w '%{http_code}' -u tonghop:tonghop "$PROXY/engine-rest/task?maxResults=1")" 200 "REST through nginx with node a down"

[[ $failed == 0 ]] && echo "All proxy checks passed." || { echo "FAILED; logs in $WORK" >&2; trap - EXIT; cleanup; exit 1; }
