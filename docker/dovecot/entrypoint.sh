#!/usr/bin/env bash
# Renders the test Dovecot config for a container (listen on all interfaces, log to stderr)
# and runs Dovecot in the foreground.
set -euo pipefail
DIR=${DOVECOT_DIR:-/srv/dovecot}
TEMPLATE=${DOVECOT_TEMPLATE:-/etc/cap4city/dovecot.conf.tmpl}
IMAP_PORT=${IMAP_PORT:-143}
IMAPS_PORT=${IMAPS_PORT:-993}
LISTEN=${DOVECOT_LISTEN:-*}

mkdir -p "$DIR"/{mail,state,run}
chmod 755 "$DIR"
chown mail:mail "$DIR/mail"
printf 'cap4city:{PLAIN}secret\nother:{PLAIN}secret2\npec:{PLAIN}secret3\n' >"$DIR/users"
chmod 644 "$DIR/users"
if [ ! -s "$DIR/cert.pem" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj /CN=dovecot \
    -addext "subjectAltName=DNS:dovecot,DNS:localhost,IP:127.0.0.1" \
    -keyout "$DIR/key.pem" -out "$DIR/cert.pem" 2>/dev/null
  chmod 644 "$DIR/cert.pem"
fi
sed -e "s|@DIR@|$DIR|g" -e "s|@IMAP_PORT@|$IMAP_PORT|g" -e "s|@IMAPS_PORT@|$IMAPS_PORT|g" \
  -e "s|^listen = .*|listen = $LISTEN|" -e "s|^log_path = .*|log_path = /dev/stderr|" \
  "$TEMPLATE" >"$DIR/dovecot.conf"
exec /usr/sbin/dovecot -F -c "$DIR/dovecot.conf"
