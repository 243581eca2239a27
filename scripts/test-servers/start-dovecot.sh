#!/usr/bin/env bash
# Usage: start-dovecot.sh DIR
# Starts a private Dovecot on 127.0.0.1 (IMAP_PORT, default 1143; IMAPS_PORT, default 1993) with its
# config, users, self-signed cert and Maildirs under DIR. Reuses a server that already answers on IMAP_PORT.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR
. "$HERE/lib.sh"

[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
DIR=$(realpath -m "$1")
IMAP_PORT=${IMAP_PORT:-1143}
IMAPS_PORT=${IMAPS_PORT:-1993}

if imap_ready "$IMAP_PORT"; then
  log "an IMAP server already answers on $IMAP_PORT: reusing it"
  exit 0
fi
if port_open "$IMAP_PORT"; then
  log "port $IMAP_PORT is taken by something that is not a ready IMAP server"
  exit 1
fi
[ -x /usr/sbin/dovecot ] || { log "dovecot is not installed (apt-get install dovecot-imapd)"; exit 1; }

# DIR and every parent must be traversable by the dovecot and mail users: never a 0700 mktemp dir.
mkdir -p "$DIR"/{mail,state,run}
chmod 755 "$DIR"
chown mail:mail "$DIR/mail"
printf 'cap4city:{PLAIN}secret\nother:{PLAIN}secret2\npec:{PLAIN}secret3\n' >"$DIR/users"
chmod 644 "$DIR/users"
if [ ! -s "$DIR/cert.pem" ] || [ ! -s "$DIR/key.pem" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj /CN=localhost \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$DIR/key.pem" -out "$DIR/cert.pem" 2>/dev/null
  chmod 644 "$DIR/cert.pem"
fi

version=$(/usr/sbin/dovecot --version)
case "$version" in
  2.3*) template=dovecot-2.3.conf.tmpl ;;
  2.4*) template=dovecot-2.4.conf.tmpl; log "dovecot $version: using the untested 2.4 config" ;;
  *) log "unsupported dovecot version $version"; exit 1 ;;
esac
sed -e "s|@DIR@|$DIR|g" -e "s|@IMAP_PORT@|$IMAP_PORT|g" -e "s|@IMAPS_PORT@|$IMAPS_PORT|g" \
  "$HERE/$template" >"$DIR/dovecot.conf"

# A master that is still shutting down keeps the ports: wait for it first.
if [ -f "$DIR/run/master.pid" ]; then
  stop_pid "$(cat "$DIR/run/master.pid")" || true
fi

# The daemon must not inherit our stdout/stderr: a caller reading them through a pipe would wait forever.
if ! /usr/sbin/dovecot -c "$DIR/dovecot.conf" </dev/null >"$DIR/start.log" 2>&1; then
  log "dovecot failed to start:"; cat "$DIR/start.log" "$DIR/dovecot.log" >&2 2>/dev/null || true
  exit 1
fi
for _ in $(seq 1 100); do
  if imap_ready "$IMAP_PORT"; then
    log "dovecot $version ready on $IMAP_PORT/$IMAPS_PORT (pid $(cat "$DIR/run/master.pid"))"
    exit 0
  fi
  sleep 0.1
done
log "dovecot did not become ready; log:"; cat "$DIR/dovecot.log" >&2 2>/dev/null || true
exit 1
