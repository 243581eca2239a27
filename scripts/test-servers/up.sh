#!/usr/bin/env bash
# Usage: up.sh
# Brings up what the integration tests need, reusing whatever already answers:
#   PostgreSQL on PGPORT (5432), Redis on REDIS_PORT (6379), Dovecot on IMAP_PORT/IMAPS_PORT (1143/1993).
# Writes the variables for the tests to $CAP4CITY_TEST_RUN_DIR/env (default /tmp/cap4city-test-servers/env)
# and records what it started in $CAP4CITY_TEST_RUN_DIR/started, so down.sh stops only that.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR
. "$HERE/lib.sh"

RUN_DIR=${CAP4CITY_TEST_RUN_DIR:-/tmp/cap4city-test-servers}
PGPORT=${PGPORT:-5432}
REDIS_PORT=${REDIS_PORT:-6379}
IMAP_PORT=${IMAP_PORT:-1143}
IMAPS_PORT=${IMAPS_PORT:-1993}
export IMAP_PORT IMAPS_PORT

# Not mktemp -d: Dovecot's auth and mail processes (not root) must traverse this folder.
mkdir -p "$RUN_DIR"
chmod 755 "$RUN_DIR"
STARTED="$RUN_DIR/started"
touch "$STARTED"
mark_started() { grep -qxF "$1" "$STARTED" || echo "$1" >>"$STARTED"; }

# PID of the running postmaster of cluster VERSION/main, or nothing.
postmaster_pid() {
  local datadir
  datadir=$(pg_lsclusters -h 2>/dev/null | awk -v v="$1" '$1 == v && $2 == "main" && $4 == "online" { print $6 }')
  [ -n "$datadir" ] && [ -f "$datadir/postmaster.pid" ] && head -n1 "$datadir/postmaster.pid"
  return 0
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Forget entries whose server is gone (e.g. a machine restarted since the last up.sh), so that
# down.sh never stops a server that someone else started meanwhile.
prune_started() {
  local name arg kept=()
  while read -r name arg; do
    case "$name" in
      dovecot) pid_alive "$RUN_DIR/dovecot/run/master.pid" && kept+=("dovecot") ;;
      redis) pid_alive "$RUN_DIR/redis/redis.pid" && kept+=("redis $arg") ;;
      postgres) [ "$(postmaster_pid "${arg% *}")" = "${arg#* }" ] && kept+=("postgres $arg") ;;
    esac
  done <"$STARTED"
  if [ ${#kept[@]} -gt 0 ]; then printf '%s\n' "${kept[@]}" >"$STARTED"; else : >"$STARTED"; fi
}
prune_started

"$HERE/install-packages.sh"

pg_ready() {
  if command -v pg_isready >/dev/null; then pg_isready -q -h "$TEST_SERVERS_HOST" -p "$PGPORT"; else port_open "$PGPORT"; fi
}

start_postgres() {
  local t0 version hba
  t0=$(now_s)
  if pg_ready; then
    log "postgres: reusing the server on $PGPORT"
  else
    version=$(find /etc/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V | tail -n1)
    [ -n "$version" ] || { log "postgres: no cluster in /etc/postgresql"; return 1; }
    hba="/etc/postgresql/$version/main/pg_hba.conf"
    # A cluster fresh from apt asks loopback clients for a password; tests connect as postgres without one.
    if ! grep -qE '^host\s+all\s+all\s+127\.0\.0\.1/32\s+trust' "$hba"; then
      sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
      log "postgres: trust added for loopback in $hba"
    fi
    pg_ctlcluster --skip-systemctl-redirect "$version" main start </dev/null >"$RUN_DIR/postgres-start.log" 2>&1 ||
      { log "postgres: start failed"; cat "$RUN_DIR/postgres-start.log" >&2; return 1; }
    for _ in $(seq 1 100); do pg_ready && break; sleep 0.1; done
    pg_ready || { log "postgres: did not become ready"; return 1; }
    mark_started "postgres $version $(postmaster_pid "$version")"
    log "postgres $version: started"
  fi
  if command -v psql >/dev/null &&
    [ "$(psql -h "$TEST_SERVERS_HOST" -p "$PGPORT" -U postgres -d postgres -tAc "select 1 from pg_database where datname = 'test'")" != 1 ]; then
    psql -h "$TEST_SERVERS_HOST" -p "$PGPORT" -U postgres -d postgres -qc 'create database test' && log "postgres: created database test"
  fi
  log "postgres: ready in $(elapsed_since "$t0") s"
}

start_redis() {
  local t0
  t0=$(now_s)
  if redis_ready "$REDIS_PORT"; then
    log "redis: reusing the server on $REDIS_PORT"
    return 0
  fi
  if port_open "$REDIS_PORT"; then
    log "redis: port $REDIS_PORT is taken by something that does not answer PING; using 6390"
    REDIS_PORT=6390
    redis_ready "$REDIS_PORT" && { log "redis: reusing the server on $REDIS_PORT"; return 0; }
  fi
  mkdir -p "$RUN_DIR/redis"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --appendonly yes --save '' \
    --dir "$RUN_DIR/redis" --pidfile "$RUN_DIR/redis/redis.pid" --logfile "$RUN_DIR/redis/redis.log" \
    </dev/null >/dev/null 2>&1
  mark_started "redis $REDIS_PORT"
  for _ in $(seq 1 50); do redis_ready "$REDIS_PORT" && break; sleep 0.1; done
  redis_ready "$REDIS_PORT" || { log "redis: did not answer PING"; cat "$RUN_DIR/redis/redis.log" >&2; return 1; }
  log "redis: started on $REDIS_PORT in $(elapsed_since "$t0") s"
}

start_dovecot() {
  local t0
  t0=$(now_s)
  if imap_ready "$IMAP_PORT"; then
    log "dovecot: reusing the IMAP server on $IMAP_PORT"
    return 0
  fi
  "$HERE/start-dovecot.sh" "$RUN_DIR/dovecot"
  mark_started dovecot
  log "dovecot: ready in $(elapsed_since "$t0") s"
}

write_env() {
  local ca="$RUN_DIR/dovecot/cert.pem"
  {
    echo "# written by scripts/test-servers/up.sh; source it before running integration tests or benchmarks"
    echo "export CAP4CITY_TEST_RUN_DIR=$RUN_DIR"
    echo "export IMAP_HOST=$TEST_SERVERS_HOST"
    echo "export IMAP_PORT=$IMAP_PORT"
    echo "export IMAPS_PORT=$IMAPS_PORT"
    echo "export IMAP_USER=cap4city IMAP_PASS=secret"
    echo "export IMAP_USER2=other IMAP_PASS2=secret2"
    echo "export IMAP_PEC_USER=pec IMAP_PEC_PASS=secret3"
    [ -f "$ca" ] && echo "export IMAP_CA_FILE=$ca"
    echo "export REDIS_URL=redis://$TEST_SERVERS_HOST:$REDIS_PORT"
    echo "export DATABASE_URL=postgres://postgres@$TEST_SERVERS_HOST:$PGPORT/test"
  } >"$RUN_DIR/env"
  chmod 644 "$RUN_DIR/env"
  log "env written to $RUN_DIR/env"
}

start_postgres
start_redis
start_dovecot
write_env
