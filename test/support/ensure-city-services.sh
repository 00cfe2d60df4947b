#!/usr/bin/env bash
# The services a city deployment runs beside the app, for `npm run test:city` (test/city/*.city-spec.ts).
# Idempotent: installs what is missing (only as root, with apt-get), starts what is not answering, on
# loopback ports of its own, without persistence. Add a service as one more ensure_* function.
set -euo pipefail

REDIS_PORT="${CITY_REDIS_PORT:-6390}"
PG_PORT="${CITY_PG_PORT:-5439}"
PG_CLUSTER=onewindow
PG_USER=onewindow

have() { command -v "$1" >/dev/null 2>&1; }

apt_install() {
  if [ "$(id -u)" != 0 ] || ! have apt-get; then
    echo "ensure-city-services: $* missing; install it (needs root and apt-get)" >&2
    exit 1
  fi
  apt-get install -y "$@" >/dev/null || { apt-get update >/dev/null && apt-get install -y "$@" >/dev/null; }
}

ensure_redis() {
  have redis-server || apt_install redis-server
  if redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; then return; fi
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
    --dir /tmp --pidfile "/tmp/onewindow-redis-$REDIS_PORT.pid" --logfile "/tmp/onewindow-redis-$REDIS_PORT.log"
  for _ in $(seq 1 50); do
    redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && return
    sleep 0.1
  done
  echo "ensure-city-services: redis-server did not answer on 127.0.0.1:$REDIS_PORT" >&2
  exit 1
}

pg_ready() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT" 2>/dev/null; }

# A cluster of its own (Debian's pg_createcluster: initdb and postgres refuse to run as root), listening on
# loopback only, with a role that may create the per-test databases (test/support/test-database.ts).
ensure_postgres() {
  have pg_createcluster || apt_install postgresql
  if ! pg_ready; then
    local version
    version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
    if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$PG_CLUSTER"; then
      pg_createcluster "$version" "$PG_CLUSTER" -p "$PG_PORT" >/dev/null
      pg_conftool "$version" "$PG_CLUSTER" set listen_addresses localhost # loopback only
      pg_conftool "$version" "$PG_CLUSTER" set max_connections 300
    fi
    pg_ctlcluster "$version" "$PG_CLUSTER" start
    for _ in $(seq 1 100); do pg_ready && break; sleep 0.1; done
    pg_ready || { echo "ensure-city-services: PostgreSQL did not answer on 127.0.0.1:$PG_PORT" >&2; exit 1; }
  fi
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- psql -q -p "$PG_PORT" -h /var/run/postgresql -v ON_ERROR_STOP=1 >/dev/null <<SQL
SELECT 'CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD ''$PG_USER''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER')\\gexec
SELECT 'CREATE DATABASE $PG_USER OWNER $PG_USER' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$PG_USER')\\gexec
SQL
  fi
}

ensure_redis
ensure_postgres
echo "city services: redis on 127.0.0.1:$REDIS_PORT, postgresql on 127.0.0.1:$PG_PORT (role $PG_USER)"
