#!/usr/bin/env bash
# Usage: install-packages.sh [--browser]
# Installs, from Debian, only the server packages that are missing and whose service does not already
# answer on its port: dovecot-imapd, redis-server, postgresql (and chromium with --browser).
# Runs `apt-get update` at most once, and only when something is missing.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR
. "$HERE/lib.sh"

with_browser=
[ "${1:-}" = --browser ] && with_browser=1

need=()
[ -x /usr/sbin/dovecot ] || need+=(dovecot-imapd)
command -v redis-server >/dev/null || redis_ready "${REDIS_PORT:-6379}" || need+=(redis-server)
compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || port_open "${PGPORT:-5432}" || need+=(postgresql)
[ -z "$with_browser" ] || [ -x /usr/bin/chromium ] || need+=(chromium)

if [ ${#need[@]} -eq 0 ]; then
  log "all packages present"
  exit 0
fi
[ "$(id -u)" = 0 ] || { log "missing packages (${need[*]}) and not root: install them by hand"; exit 1; }
log "installing: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
