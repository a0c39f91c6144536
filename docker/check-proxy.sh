#!/usr/bin/env bash
# Checks docker/nginx.conf for real, without Docker: two application nodes of
# the packaged jar on one MariaDB (the local server by default), the same
# nginx.conf in Debian's nginx with app-a/app-b pointed at them and a TLS
# certificate generated here with openssl, then:
#  0. plain HTTP is redirected to HTTPS; HTTPS verifies against the generated
#     certificate; HSTS is sent; the session cookie is Secure, HttpOnly and
#     SameSite, the XSRF cookie Secure and SameSite;
#  1. a webapp log-in through nginx gets a session id ending in its node's route,
#     and 20 requests with that cookie all find their session (sticky);
#  2. logins alternate between the nodes (both routes are seen);
#  3. a node stopped: its users' requests reach the other node, which has no
#     session and asks them to log in again, not an nginx error page (502);
#  4. REST through nginx works on the surviving node;
#  5. a stranger's wrong passwords are throttled (429) before the account locks,
#     also when the stranger sends a different X-Forwarded-For each time.
# The nodes run the production profile with the test agency's file
# (src/test/resources/organisation/small-agency.yml, passwords from
# QCDC_TEST_PASSWORD), as a real agency's must pass the credential guard.
# Needs: nginx (apt-get install nginx-light), openssl, curl, a MariaDB at QCDC_CHECK_DB
# (default the local server's qcdc_proxy, dropped and re-created), and
# target/qcdc-flow-*.jar (./mvnw package). Usage: docker/check-proxy.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DB_NAME="${QCDC_CHECK_DB:-qcdc_proxy}"
DB_HOST="${QCDC_CHECK_DB_HOST:-127.0.0.1}"
WORK="$(mktemp -d)"
PORT_A=18081 PORT_B=18082 PORT_PROXY=18080 PORT_TLS=18443
PASSWORD='Qz-Kx!pW-0309' # QCDC_TEST_PASSWORD, as in src/test/java/.../support/TestPasswords
jar=$(ls target/qcdc-flow-*.jar | grep -v original | head -1)
command -v nginx >/dev/null || { echo "nginx missing: apt-get install nginx-light" >&2; exit 2; }
command -v openssl >/dev/null || { echo "openssl missing: apt-get install openssl" >&2; exit 2; }

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
  QCDC_AUDIT_SEAL_KEY=check-proxy-seal-key-0123456789abcdef0123 \
  QCDC_DB_USER=root QCDC_DB_PASSWORD= QCDC_TEST_PASSWORD="$PASSWORD" \
  QCDC_ORGANISATION_FILE="file:$PWD/src/test/resources/organisation/small-agency.yml" \
  QCDC_NODE_ROUTE="$1" \
    java -jar "$jar" --server.port="$2" >"$WORK/node-$1.log" 2>&1 &
  pids+=($!)
}
wait_ready() { # port: until StartupGate lets requests through (slow on a loaded machine)
  for _ in $(seq 1 600); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/camunda/app/welcome/default/" || true)
    [[ "$code" == "200" ]] && return 0
    sleep 1
  done
  echo "node on $1 not ready" >&2; exit 1
}

# Like compose: app-a first (it creates the schema), app-b once app-a is ready.
start_node a $PORT_A; wait_ready $PORT_A
start_node b $PORT_B; wait_ready $PORT_B

# A certificate for localhost, as the agency's would be mounted at /etc/nginx/tls/.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout "$WORK/key.pem" -out "$WORK/cert.pem" 2>/dev/null

# The same nginx.conf, its server blocks wrapped in what the nginx image adds.
sed -e "s/app-a:8080/127.0.0.1:$PORT_A/g" -e "s/app-b:8080/127.0.0.1:$PORT_B/g" \
    -e "s/listen 80;/listen $PORT_PROXY;/" -e "s/listen 443 /listen $PORT_TLS /" \
    -e "s#https://\$host\$request_uri#https://\$host:$PORT_TLS\$request_uri#" \
    -e "s#/etc/nginx/tls/#$WORK/#g" docker/nginx.conf > "$WORK/site.conf"
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
PROXY="https://localhost:$PORT_TLS"
curl() { command curl --cacert "$WORK/cert.pem" "$@"; } # the generated certificate, verified

failed=0
check() { if [[ "$1" == "$2" ]]; then echo "ok   $3"; else echo "FAIL $3 (got $1, expected $2)"; failed=1; fi; }

# 0. Transport.
check "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://localhost:$PORT_PROXY/camunda/app/tasklist/")" \
  "301 https://localhost:$PORT_TLS/camunda/app/tasklist/" "plain HTTP is redirected to HTTPS"
check "$(curl -s -o /dev/null -w '%{http_code} %{ssl_verify_result}' "$PROXY/camunda/app/welcome/default/")" "200 0" \
  "HTTPS answers and its certificate verifies against the generated one"
check "$(curl -s -D - -o /dev/null "$PROXY/camunda/app/welcome/default/" | tr -d '\r' | grep -i '^strict-transport-security:' | cut -d' ' -f2-)" \
  "max-age=31536000; includeSubDomains" "HSTS header"
curl -s -c "$WORK/t" -b "$WORK/t" -o /dev/null "$PROXY/camunda/app/welcome/default/"
xsrf_header=$(curl -s -D - -o /dev/null "$PROXY/camunda/app/welcome/default/" | tr -d '\r' | grep -i '^set-cookie: XSRF-TOKEN=' || true)
xsrf=$(awk '$6=="XSRF-TOKEN"{print $7}' "$WORK/t")
session_header=$(curl -s -D - -o /dev/null -c "$WORK/t" -b "$WORK/t" -H "X-XSRF-TOKEN: $xsrf" \
  --data-urlencode "username=tonghop" --data-urlencode "password=$PASSWORD" \
  "$PROXY/camunda/api/admin/auth/user/default/login/welcome" | tr -d '\r' | grep -i '^set-cookie: JSESSIONID=' || true)
for flag in Secure HttpOnly SameSite=Lax; do
  check "$(grep -ciw -- "$flag" <<<"$session_header" || true)" 1 "session cookie has $flag ($session_header)"
done
for flag in Secure SameSite=Lax; do
  check "$(grep -ciw -- "$flag" <<<"$xsrf_header" || true)" 1 "XSRF cookie has $flag"
done

login() { # jar-file user: the webapp's own log-in, through nginx; prints the route
  curl -s -c "$1" -b "$1" -o /dev/null "$PROXY/camunda/app/welcome/default/"
  local xsrf; xsrf=$(awk '$6=="XSRF-TOKEN"{print $7}' "$1")
  curl -s -c "$1" -b "$1" -o /dev/null -H "X-XSRF-TOKEN: $xsrf" \
    --data-urlencode "username=$2" --data-urlencode "password=$PASSWORD" \
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
check "$(curl -s -o /dev/null -w '%{http_code}' -u "tonghop:$PASSWORD" "$PROXY/engine-rest/task?maxResults=1")" 200 "REST through nginx with node a down"

# 5. A stranger guessing thanhtra's password: 5 refusals, then throttled by address.
codes=""
for i in $(seq 1 8); do
  codes="$codes $(curl -s -o /dev/null -w '%{http_code}' -H "X-Forwarded-For: 198.51.100.$i" \
    -u "thanhtra:sai-$i" "$PROXY/engine-rest/task?maxResults=1")"
done
check "$codes" " 401 401 401 401 401 429 429 429" "wrong passwords throttled per address before Camunda's lock-out"
attempts=$(mariadb -h "$DB_HOST" -u root -N -e "SELECT COALESCE(ATTEMPTS_,0) FROM $DB_NAME.ACT_ID_USER WHERE ID_='thanhtra'")
check "$(( attempts <= 5 ))" 1 "Camunda saw at most the 5 let through ($attempts counted; it locks at 100)"

[[ $failed == 0 ]] && echo "All proxy checks passed." || { echo "FAILED; logs in $WORK" >&2; trap - EXIT; cleanup; exit 1; }
