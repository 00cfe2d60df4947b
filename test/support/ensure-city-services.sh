#!/usr/bin/env bash
# The services a city deployment runs beside the app, for `npm run test:city` (test/city/*.city-spec.ts).
# Idempotent: installs what is missing (only as root, with apt-get), starts what is not answering, on
# loopback ports of its own, without persistence. Add a service as one more ensure_* function.
set -euo pipefail

REDIS_PORT="${CITY_REDIS_PORT:-6390}"

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

ensure_redis
echo "city services: redis on 127.0.0.1:$REDIS_PORT"
