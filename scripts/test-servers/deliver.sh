#!/usr/bin/env bash
# Usage: deliver.sh USER [FOLDER] < message.eml
# Stores a raw message straight into the test Dovecot's mailbox (doveadm save), without IMAP:
# handy to try the intake flow by hand. FOLDER defaults to INBOX and is created when missing.
set -euo pipefail
RUN_DIR=${CAP4CITY_TEST_RUN_DIR:-/tmp/cap4city-test-servers}
[ $# -ge 1 ] || { echo "usage: $0 USER [FOLDER] < message.eml" >&2; exit 2; }
conf=${DOVECOT_CONF:-$RUN_DIR/dovecot/dovecot.conf}
user=$1
folder=${2:-INBOX}
if [ "$folder" != INBOX ] && ! doveadm -c "$conf" mailbox list -u "$user" | grep -qxF "$folder"; then
  doveadm -c "$conf" mailbox create -u "$user" "$folder"
fi
exec doveadm -c "$conf" save -u "$user" -m "$folder"
