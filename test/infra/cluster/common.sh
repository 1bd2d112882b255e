# Sourced by build/up/down/restart-apiserver. Defines versions and paths; no side effects.
# shellcheck shell=bash

CLUSTER_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WRAPPER_DIR=$CLUSTER_DIR/wrapper

# Versions come from the wrapper go.mod files (the single source of truth).
_modver() { awk -v m="$2" '$1 == m && $2 ~ /^v/ { print $2; exit } $1 == "require" && $2 == m { print $3; exit }' "$1"; }
KUBE_VERSION=$(_modver "$WRAPPER_DIR/k8s/go.mod" k8s.io/kubernetes)
ETCD_VERSION=$(_modver "$WRAPPER_DIR/etcd/go.mod" go.etcd.io/etcd/server/v3)
KWOK_VERSION=$(_modver "$WRAPPER_DIR/kwok/go.mod" sigs.k8s.io/kwok)

# Bump when the build flags change in a way that must invalidate cached binaries.
BUILD_REV=1

BINARIES=(kube-apiserver kube-controller-manager kube-scheduler kubectl etcd kwok)

# Cache key: the versions, plus a short hash of everything that determines the binaries.
_inputs_hash() {
  {
    echo "rev=$BUILD_REV"
    cat "$WRAPPER_DIR"/k8s/go.mod "$WRAPPER_DIR"/k8s/go.sum \
        "$WRAPPER_DIR"/etcd/go.mod "$WRAPPER_DIR"/etcd/go.sum "$WRAPPER_DIR"/etcd/main.go \
        "$WRAPPER_DIR"/kwok/go.mod "$WRAPPER_DIR"/kwok/go.sum
  } | sha256sum | cut -c1-8
}
CACHE_ROOT=${GOSHIP_CACHE:-$HOME/.cache/goship}
CACHE_DIR=$CACHE_ROOT/k8s-$KUBE_VERSION-etcd-$ETCD_VERSION-kwok-$KWOK_VERSION-$(_inputs_hash)
BIN_DIR=$CACHE_DIR/bin

# The real node's binaries (kubelet, kube-proxy, cri-clean from wrapper/node; CoreDNS from
# wrapper/coredns) and its sandbox image: a cache dir of their own, so that they never change the
# control plane's key above.
COREDNS_VERSION=$(_modver "$WRAPPER_DIR/coredns/go.mod" github.com/coredns/coredns)
NODE_BUILD_REV=1
_node_inputs_hash() {
  {
    echo "rev=$NODE_BUILD_REV"
    cat "$WRAPPER_DIR"/node/go.mod "$WRAPPER_DIR"/node/go.sum "$WRAPPER_DIR"/node/cri-clean/main.go \
        "$WRAPPER_DIR"/coredns/go.mod "$WRAPPER_DIR"/coredns/go.sum "$WRAPPER_DIR"/coredns/main.go \
        "$CLUSTER_DIR/../images/mkimage.mjs"
  } | sha256sum | cut -c1-8
}
NODE_CACHE_DIR=$CACHE_ROOT/node-k8s-$KUBE_VERSION-coredns-$COREDNS_VERSION-$(_node_inputs_hash)
NODE_BIN_DIR=$NODE_CACHE_DIR/bin
NODE_BINARIES=(kubelet kube-proxy cri-clean coredns)
PAUSE_IMAGE=goship.local/pause:3.10
PAUSE_TAR=$NODE_CACHE_DIR/pause.tar

node_cache_complete() {
  local b
  for b in "${NODE_BINARIES[@]}"; do [ -x "$NODE_BIN_DIR/$b" ] || return 1; done
  [ -s "$PAUSE_TAR" ]
}

STATE_ROOT=${GOSHIP_STATE:-/tmp/goship-infra}
STATE_DIR=$STATE_ROOT/cluster

cache_complete() {
  local b
  for b in "${BINARIES[@]}"; do [ -x "$BIN_DIR/$b" ] || return 1; done
}

log() { printf 'cluster: %s\n' "$*" >&2; }

# lock_state: serialise up/down (and restart-apiserver) of the same state dir across processes.
# The lock file lives beside the state dir, which down removes. Nested calls (up -> down) skip it.
lock_state() {
  [ "${GOSHIP_CLUSTER_LOCKED:-}" = "$STATE_DIR" ] && return 0
  mkdir -p "$STATE_ROOT"
  exec 8>"$STATE_ROOT/.cluster.lock"
  if ! flock -n 8; then
    log "waiting for another up/down of $STATE_DIR"
    flock 8
  fi
  export GOSHIP_CLUSTER_LOCKED=$STATE_DIR
}

# Order matters: up starts them in this order, down stops them in reverse.
COMPONENTS=(etcd kube-apiserver kube-controller-manager kube-scheduler kwok)

# pid_alive NAME: true when the PID recorded for NAME runs the binary recorded with it.
pid_alive() {
  local pid exe
  [ -f "$STATE_DIR/$1.pid" ] || return 1
  read -r pid exe <"$STATE_DIR/$1.pid" || return 1
  [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 1
  # a binary replaced on disk shows as "PATH (deleted)": compare the prefix
  [ -z "$exe" ] || [[ "$(readlink "/proc/$pid/exe" 2>/dev/null)" == "$exe"* ]]
}

# stop_component NAME [TIMEOUT_S]: SIGTERM the recorded PID, wait, SIGKILL after the timeout.
stop_component() {
  local name=$1 timeout=${2:-15} pid exe i
  pid_alive "$name" || { rm -f "$STATE_DIR/$name.pid"; return 0; }
  read -r pid exe <"$STATE_DIR/$name.pid"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < timeout * 10; i++)); do
    pid_alive "$name" || break
    sleep 0.1
  done
  if pid_alive "$name"; then
    log "$name (pid $pid) did not stop in ${timeout}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do pid_alive "$name" || break; sleep 0.1; done
  fi
  rm -f "$STATE_DIR/$name.pid"
}

# start_component NAME ARGS_FILE: start the binary NAME with the NUL-separated arguments in
# ARGS_FILE, detached (own session, no stdin, output to NAME.log), and record "PID EXE".
start_component() {
  local name=$1 args_file=$2 exe pid
  # our builds first (control plane, then the real node's), else the system's (containerd)
  if [ -x "$BIN_DIR/$name" ]; then exe=$(readlink -f "$BIN_DIR/$name")
  elif [ -x "$NODE_BIN_DIR/$name" ]; then exe=$(readlink -f "$NODE_BIN_DIR/$name")
  else exe=$(readlink -f "$(command -v "$name")"); fi
  local -a args=()
  mapfile -d '' -t args <"$args_file"
  printf '==== %s start %s\n' "$(date -u +%FT%T.%3NZ)" "$name" >>"$STATE_DIR/$name.log"
  # The daemon keeps no descriptor of ours beyond 0-2: not the state lock (fd 8: it would hold
  # the lock for ever) nor a caller's pipe (the caller would wait for its EOF).
  (
    for fd in /proc/$BASHPID/fd/*; do
      fd=${fd##*/}
      if [ "$fd" -gt 2 ] 2>/dev/null; then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    exec setsid "$exe" "${args[@]}" </dev/null >>"$STATE_DIR/$name.log" 2>&1
  ) &
  pid=$!
  echo "$pid $exe" >"$STATE_DIR/$name.pid"
}

# fail_with_log NAME MESSAGE: report a failure with the tail of NAME's log.
fail_with_log() {
  log "$2"
  log "logs: $STATE_DIR/ (this one: $STATE_DIR/$1.log); last lines:"
  tail -n 30 "$STATE_DIR/$1.log" 2>/dev/null | sed 's/^/  | /' >&2 || true
}

# The simulated ranges: kwok hands its pods addresses in KWOK_POD_CIDR and Services get SERVICE_CIDR. The
# host has no route for them, so a connection to a simulated pod or a ClusterIP (the API server's service
# proxy, a smoke test) would leave the machine by the default route. While a cluster is up they get local
# `unreachable` routes: such a connection fails here at once (EHOSTUNREACH). The real node's pod range
# (10.245.0.0/24, on its bridge) is outside KWOK_POD_CIDR, and traffic from its pods to a ClusterIP is
# rewritten by kube-proxy before the route lookup, so both keep working. Routes are machine-wide and several
# clusters (other GOSHIP_STATE dirs) may be up: each registers its state dir in ROUTE_USERS, and the last
# one down removes the routes.
KWOK_POD_CIDR=10.244.0.0/16
SERVICE_CIDR=10.96.0.0/16
ROUTE_USERS=/run/goship-cluster-routes
LOCAL_ROUTES=("$KWOK_POD_CIDR" "$SERVICE_CIDR")

_route_user() { printf '%s/%s' "$ROUTE_USERS" "$(printf '%s' "$STATE_DIR" | sha256sum | cut -c1-16)"; }

# local_routes_add: the unreachable routes, and this state dir among their users (exits non-zero, saying
# why, when they cannot be set: the cluster would then leak packets, so up refuses to start).
local_routes_add() {
  local cidr
  command -v ip >/dev/null || { log "ip (iproute2) is required to keep the cluster's ranges local"; return 1; }
  mkdir -p "$ROUTE_USERS" && printf '%s\n' "$STATE_DIR" >"$(_route_user)" || return 1
  for cidr in "${LOCAL_ROUTES[@]}"; do
    ip route replace unreachable "$cidr" 2>/dev/null || {
      log "cannot add the local route 'unreachable $cidr' (root or CAP_NET_ADMIN is needed)"
      return 1
    }
  done
}

# local_routes_remove: drops this state dir from the users; the routes go with the last user. Safe to run
# twice and when they were never added.
local_routes_remove() {
  local cidr
  rm -f "$(_route_user)"
  if [ -z "$(ls -A "$ROUTE_USERS" 2>/dev/null)" ]; then
    for cidr in "${LOCAL_ROUTES[@]}"; do
      ip route del unreachable "$cidr" 2>/dev/null || true
    done
    rmdir "$ROUTE_USERS" 2>/dev/null || true
  fi
}
