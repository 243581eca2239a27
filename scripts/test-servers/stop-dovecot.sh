#!/usr/bin/env bash
# Usage: stop-dovecot.sh DIR  -- stops the Dovecot started by start-dovecot.sh DIR and waits until it is gone.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR
. "$HERE/lib.sh"

[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
DIR=$(realpath -m "$1")
pidfile="$DIR/run/master.pid"
if [ ! -f "$pidfile" ]; then
  log "no dovecot pid file in $DIR/run: nothing to stop"
  exit 0
fi
pid=$(cat "$pidfile")
# Dovecot takes ~3 s to stop on TERM; KILL after 5 s frees the ports just as well for a test server.
if stop_pid "$pid" 50; then
  rm -f "$pidfile"
  log "dovecot (pid $pid) stopped"
else
  log "dovecot (pid $pid) did not exit"
  exit 1
fi
