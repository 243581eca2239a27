#!/usr/bin/env bash
# Usage (on the host): docker compose exec -T dovecot deliver USER [FOLDER] < message.eml
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: deliver USER [FOLDER] < message.eml" >&2; exit 2; }
conf=${DOVECOT_DIR:-/srv/dovecot}/dovecot.conf
folder=${2:-INBOX}
if [ "$folder" != INBOX ] && ! doveadm -c "$conf" mailbox list -u "$1" | grep -qxF "$folder"; then
  doveadm -c "$conf" mailbox create -u "$1" "$folder"
fi
exec doveadm -c "$conf" save -u "$1" -m "$folder"
