# shellcheck shell=bash
# test/infra/lib.sh: small helpers shared by the infra scripts (source it; needs bash, node, curl).
# Conventions: state (pids, logs, configs) under $GOSHIP_STATE/<piece>, build caches under
# $GOSHIP_CACHE/<piece>; KEY=VALUE lines go to stdout, everything else to stderr.

: "${GOSHIP_STATE:=/tmp/goship-infra}"
: "${GOSHIP_CACHE:=${HOME:-/root}/.cache/goship}"

infra_log() { printf '[%s] %s\n' "${INFRA_PIECE:-infra}" "$*" >&2; }
infra_die() { infra_log "error: $*"; exit 1; }

# infra_state_dir PIECE / infra_cache_dir PIECE: create and print the directory.
infra_state_dir() { mkdir -p "$GOSHIP_STATE/$1" && printf '%s\n' "$GOSHIP_STATE/$1"; }
infra_cache_dir() { mkdir -p "$GOSHIP_CACHE/$1" && printf '%s\n' "$GOSHIP_CACHE/$1"; }

# infra_free_port: print a TCP port that is free on 127.0.0.1 right now (the kernel picks it).
infra_free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port)+"\n");s.close()})'
}

# infra_pid_alive PIDFILE: true if PIDFILE names a running process.
infra_pid_alive() {
  local pid
  [[ -s "$1" ]] || return 1
  pid=$(<"$1")
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null
}

# infra_stop_pidfile PIDFILE [GRACE_SECONDS]: SIGTERM the process named in PIDFILE, SIGKILL after
# the grace period (default 5 s), then remove PIDFILE. Quiet and successful when nothing runs.
infra_stop_pidfile() {
  local f=$1 grace=${2:-5} pid i
  [[ -e "$f" ]] || return 0
  pid=$(<"$f")
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < grace * 10; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; sleep 0.1; fi
  fi
  rm -f "$f"
}

# infra_wait_http URL [TIMEOUT_SECONDS] [CURL_ARGS...]: wait until URL answers with any HTTP status
# (no connection error). Prints the last status code. Returns 1 on timeout.
infra_wait_http() {
  local url=$1 timeout=${2:-20} code i
  shift 2 || shift $#
  for ((i = 0; i < timeout * 10; i++)); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$@" "$url" 2>/dev/null) || code=000
    if [[ "$code" != 000 ]]; then printf '%s\n' "$code"; return 0; fi
    sleep 0.1
  done
  return 1
}

# infra_spawn PIDFILE LOGFILE CMD...: start CMD detached (own session, stdin from /dev/null,
# output to LOGFILE) and write its PID to PIDFILE. The PID is CMD itself (exec), so down can kill it.
infra_spawn() {
  local pidfile=$1 log=$2
  shift 2
  rm -f "$pidfile"
  # the child writes its own PID, then execs CMD: correct whether or not setsid had to fork
  setsid sh -c 'echo $$ >"$0.tmp" && mv "$0.tmp" "$0" && exec "$@"' "$pidfile" "$@" </dev/null >>"$log" 2>&1 &
  local i
  for ((i = 0; i < 50; i++)); do [[ -s "$pidfile" ]] && return 0; sleep 0.02; done
  infra_log "could not start $1"; return 1
}

# infra_print_var NAME VALUE: print NAME=VALUE as one line that bash can source and that gives back VALUE
# exactly (scripts/example.sh sources these lines; test/harness/infra.ts reads them the same way). A value
# of only [A-Za-z0-9_@%+=:,./-] is printed as it is (so `grep '^NAME=.'` and `sed 's/^NAME=//'` keep
# working on those); anything else is single-quoted, a ' inside written as '\''. Line breaks become spaces
# (one line per variable).
infra_print_var() {
  local name=$1 value=${2//[$'\n\r']/ } q="'"
  [[ "$name" =~ ^[A-Z][A-Z0-9_]*$ ]] || infra_die "infra_print_var: '$name' is not a variable name ([A-Z][A-Z0-9_]*)"
  if [[ "$value" =~ ^[A-Za-z0-9_@%+=:,./-]*$ ]]; then
    printf '%s=%s\n' "$name" "$value"
  else
    printf '%s=%s\n' "$name" "$q${value//$q/$q\\$q$q}$q"
  fi
}
