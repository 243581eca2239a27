#!/usr/bin/env bash
# Usage: down.sh [--purge]
# Stops only what up.sh started (listed in $CAP4CITY_TEST_RUN_DIR/started), each by PID or cluster.
# --purge also removes the run folder (mail, Redis data, certificate).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR
. "$HERE/lib.sh"

RUN_DIR=${CAP4CITY_TEST_RUN_DIR:-/tmp/cap4city-test-servers}
STARTED="$RUN_DIR/started"
status=0

if [ -f "$STARTED" ]; then
  # newest first
  while read -r name arg; do
    case "$name" in
      dovecot) "$HERE/stop-dovecot.sh" "$RUN_DIR/dovecot" || status=1 ;;
      redis)
        if [ -f "$RUN_DIR/redis/redis.pid" ]; then
          stop_pid "$(cat "$RUN_DIR/redis/redis.pid")" 50 && log "redis on $arg stopped" || status=1
        fi ;;
      postgres) # arg: "VERSION PID" of the postmaster up.sh started
        pg_ctlcluster --skip-systemctl-redirect "${arg% *}" main stop && log "postgres ${arg% *} stopped" || status=1 ;;
      '') ;;
      *) log "unknown entry in $STARTED: $name" ;;
    esac
  done < <(tac "$STARTED")
  rm -f "$STARTED"
else
  log "nothing recorded as started in $RUN_DIR"
fi
rm -f "$RUN_DIR/env"
if [ "${1:-}" = --purge ]; then
  rm -rf "$RUN_DIR"
  log "removed $RUN_DIR"
fi
exit "$status"
