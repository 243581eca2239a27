# shellcheck shell=bash
# Shared shell helpers for the test-server scripts (sourced, not run).

TEST_SERVERS_HOST=127.0.0.1

log() { printf '[test-servers] %s\n' "$*" >&2; }

# True if something accepts TCP connections on 127.0.0.1:PORT.
port_open() {
  local port=$1
  (exec 3<>"/dev/tcp/$TEST_SERVERS_HOST/$port") 2>/dev/null
}

# True if an IMAP server on PORT sends a greeting that carries CAPABILITY.
# Dovecot first says "Waiting for authentication process" while auth is not up: that is not ready.
imap_ready() {
  local port=$1 line
  { exec 3<>"/dev/tcp/$TEST_SERVERS_HOST/$port"; } 2>/dev/null || return 1
  line=$(timeout 2 head -n1 <&3 2>/dev/null || true)
  exec 3<&- 3>&-
  [[ $line == "* OK"*CAPABILITY* ]]
}

redis_ready() {
  local port=$1 reply
  { exec 3<>"/dev/tcp/$TEST_SERVERS_HOST/$port"; } 2>/dev/null || return 1
  printf 'PING\r\n' >&3
  reply=$(timeout 2 head -n1 <&3 2>/dev/null || true)
  exec 3<&- 3>&-
  [[ $reply == "+PONG"* ]]
}

# Waits until PID has exited (TERM first, KILL after the grace period). Returns 0 once gone.
stop_pid() {
  local pid=$1 grace_tenths=${2:-100} i
  kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < grace_tenths; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  log "pid $pid still alive after TERM; sending KILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  return 1
}

# Seconds since the epoch with milliseconds, for step timings.
now_s() { date +%s.%N | cut -c1-14; }
elapsed_since() { awk -v a="$1" -v b="$(now_s)" 'BEGIN { printf "%.1f", b - a }'; }
