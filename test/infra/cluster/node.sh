# Sourced by up/down (after common.sh): the real node — containerd + runc (Debian), CNI bridge
# (Debian's containernetworking-plugins), kubelet and kube-proxy (iptables mode) built from the same
# module set as the control plane, CoreDNS as a host process behind the kube-dns Service.
# shellcheck shell=bash
#
# Machine-wide resources (there can be one real node per machine: kube-proxy owns the KUBE-* iptables
# chains): the node IP as a /32 on lo, the bridge, a few sysctls, the kubepods cgroups. The state dir
# that holds them is written to $REAL_NODE_CLAIM before any of them is touched, so down (or the next
# up's down) of that state dir undoes an interrupted up, and any other state dir leaves them alone.

REAL_NODE_NAME=real-node-0
NODE_IP=${GOSHIP_NODE_IP:-10.255.77.1}
REAL_POD_CIDR=10.245.0.0/24     # kwok hands out 10.244.0.0/16; kube-proxy's cluster CIDR covers both
REAL_POD_GW=10.245.0.1
CLUSTER_CIDR=10.244.0.0/15
CLUSTER_DNS=10.96.0.10
CNI_BRIDGE=goship-cni0
CNI_BIN_DIR=/usr/lib/cni
REAL_NODE_CLAIM=/run/goship-real-node.owner
REAL_NODE_TAINT=goship.test/real-node
NODE_COMPONENTS=(containerd coredns kube-proxy kubelet)
# kubelet sets these (kernel tunables) and CNI/kube-proxy need forwarding: down restores the values.
REAL_NODE_SYSCTLS=(net.ipv4.ip_forward vm.overcommit_memory vm.panic_on_oom kernel.panic kernel.panic_on_oops
  kernel.keys.root_maxkeys kernel.keys.root_maxbytes)
# folders outside the state dir that containerd and kubelet make on their own (see real_node_claim)
REAL_NODE_MACHINE_DIRS=(/run/containerd /var/lib/kubelet)
NODE_DIR=$STATE_DIR/node
CTRD_SOCK=$NODE_DIR/containerd/containerd.sock

# real_node_unavailable: prints why the real node cannot run here (one line), or nothing when it can.
real_node_unavailable() {
  local b owner
  [ "${GOSHIP_REAL_NODE:-1}" = 0 ] && { echo "disabled by GOSHIP_REAL_NODE=0"; return; }
  [ "$(id -u)" = 0 ] || { echo "needs root (kubelet, containerd, CNI and iptables), running as uid $(id -u)"; return; }
  [ "$(uname -s)" = Linux ] || { echo "needs Linux"; return; }
  for b in kubelet kube-proxy coredns cri-clean; do
    [ -x "$NODE_BIN_DIR/$b" ] || { echo "$NODE_BIN_DIR/$b is missing (test/infra/cluster/build builds it)"; return; }
  done
  for b in containerd containerd-shim-runc-v2 runc iptables ip6tables ip conntrack \
    "$CNI_BIN_DIR/bridge" "$CNI_BIN_DIR/host-local" "$CNI_BIN_DIR/portmap" "$CNI_BIN_DIR/loopback"; do
    command -v "$b" >/dev/null || { echo "$b is not installed (test/infra/install-apt installs containerd runc containernetworking-plugins iptables iproute2 conntrack)"; return; }
  done
  [ -d /sys/fs/cgroup/memory ] || [ -f /sys/fs/cgroup/cgroup.controllers ] || { echo "no memory cgroup controller under /sys/fs/cgroup"; return; }
  if [ -f "$REAL_NODE_CLAIM" ]; then
    owner=$(cat "$REAL_NODE_CLAIM")
    [ "$owner" = "$STATE_DIR" ] || { echo "the real node of this machine belongs to the cluster in $owner (one per machine: kube-proxy owns the KUBE-* iptables chains); stop it with GOSHIP_STATE=${owner%/cluster} test/infra/cluster/down"; return; }
  fi
  if ip -4 addr show dev lo | grep -q " $NODE_IP/"; then
    [ -f "$REAL_NODE_CLAIM" ] || { echo "$NODE_IP is already on lo but no cluster claims it (remove it: ip addr del $NODE_IP/32 dev lo)"; return; }
  fi
  if ip link show "$CNI_BRIDGE" >/dev/null 2>&1 && [ ! -f "$REAL_NODE_CLAIM" ]; then
    echo "bridge $CNI_BRIDGE exists but no cluster claims it (remove it: ip link del $CNI_BRIDGE)"; return
  fi
}

# node_pki: certificates of a real cluster's node (run in $PKI with the sign/key helpers of up).
#   kubelet-client: the API server's client certificate towards kubelets (kubelet webhook authz)
#   node:           kubelet's own identity system:node:<name> (Node authorizer, NodeRestriction)
#   kubelet-serving: kubelet's HTTPS serving certificate for the node IP (API server verifies it)
#   kube-proxy, coredns: their API identities
node_pki_spec() {
  cat <<EOF
kubelet-client|/O=kubeadm:cluster-admins/CN=kube-apiserver-kubelet-client|clientAuth|
node|/O=system:nodes/CN=system:node:$REAL_NODE_NAME|clientAuth|
kubelet-serving|/O=system:nodes/CN=system:node:$REAL_NODE_NAME|serverAuth|subjectAltName=IP:$NODE_IP,DNS:$REAL_NODE_NAME
kube-proxy|/CN=system:kube-proxy|clientAuth|
coredns|/CN=system:coredns|clientAuth|
EOF
}

# node_kubeconfig NAME CERT: a kubeconfig for one node component.
node_kubeconfig() {
  cat >"$NODE_DIR/$1.kubeconfig" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: goship-test
  cluster: {server: "$SERVER", certificate-authority: "$PKI/ca.crt"}
users:
- name: $1
  user: {client-certificate: "$PKI/$2.crt", client-key: "$PKI/$2.key"}
contexts:
- name: goship-test
  context: {cluster: goship-test, user: $1}
current-context: goship-test
EOF
}

# sysctl_set NAME VALUE: remember the first value seen (down restores it), then set.
sysctl_set() {
  local f=$NODE_DIR/sysctl.orig
  grep -q "^$1=" "$f" 2>/dev/null || echo "$1=$(sysctl -n "$1")" >>"$f"
  sysctl -q -w "$1=$2" >/dev/null
}

# real_node_claim: record the state dir as owner of the machine-wide resources, and their original values.
real_node_claim() {
  local s
  mkdir -p "$NODE_DIR"
  echo "$STATE_DIR" >"$REAL_NODE_CLAIM"
  for s in "${REAL_NODE_SYSCTLS[@]}"; do
    grep -q "^$s=" "$NODE_DIR/sysctl.orig" 2>/dev/null || echo "$s=$(sysctl -n "$s")" >>"$NODE_DIR/sysctl.orig"
  done
  # Folders containerd (its shim sockets, /run/containerd/s) and kubelet (/var/lib/kubelet) make outside
  # the state dir whatever their configuration says: on a machine that never had them, down removes them.
  for s in "${REAL_NODE_MACHINE_DIRS[@]}"; do
    [ -e "$s" ] || grep -qx -- "$s" "$NODE_DIR/created-dirs" 2>/dev/null || echo "$s" >>"$NODE_DIR/created-dirs"
  done
}

# real_node_configs: containerd, CNI, kubelet, kube-proxy, CoreDNS configuration files.
real_node_configs() {
  local d=$NODE_DIR
  mkdir -p "$d/containerd/certs.d" "$d/cni/net.d" "$d/cni/ipam" "$d/kubelet" "$d/pod-logs" "$d/runc"
  cat >"$d/containerd/config.toml" <<EOF
version = 2
root = "$d/containerd/root"
state = "$d/containerd/state"
disabled_plugins = ["io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs",
  "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper",
  "io.containerd.tracing.processor.v1.otlp", "io.containerd.internal.v1.tracing"]
[grpc]
  address = "$CTRD_SOCK"
[ttrpc]
  address = "$CTRD_SOCK.ttrpc"
[debug]
  level = "warn"
[plugins."io.containerd.internal.v1.opt"]
  path = "$d/containerd/opt"
[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "$PAUSE_IMAGE"
  # the sandbox would set oom_score_adj -998, which needs CAP_SYS_RESOURCE (not granted here): KUBELET.md
  restrict_oom_score_adj = true
  netns_mounts_under_state_dir = true
  enable_selinux = false
  stream_server_address = "127.0.0.1"
  stream_server_port = "0"
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        SystemdCgroup = false
        Root = "$d/runc"
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "$CNI_BIN_DIR"
    conf_dir = "$d/cni/net.d"
  [plugins."io.containerd.grpc.v1.cri".registry]
    # one hosts.toml per registry (plain HTTP, or TLS with the test CA); credentials come only
    # from a pod's imagePullSecrets, never from here
    config_path = "$d/containerd/certs.d"
EOF
  # Pods get routes to the cluster's own ranges only (no default route): nothing in a pod can reach
  # beyond this machine.
  cat >"$d/cni/net.d/10-goship.conflist" <<EOF
{
  "cniVersion": "0.4.0",
  "name": "goship",
  "plugins": [
    {
      "type": "bridge", "bridge": "$CNI_BRIDGE", "isGateway": true, "ipMasq": false, "hairpinMode": true,
      "ipam": {
        "type": "host-local", "dataDir": "$d/cni/ipam",
        "ranges": [[{"subnet": "$REAL_POD_CIDR", "gateway": "$REAL_POD_GW"}]],
        "routes": [{"dst": "10.96.0.0/16"}, {"dst": "$CLUSTER_CIDR"}, {"dst": "$NODE_IP/32"}]
      }
    },
    {"type": "portmap", "capabilities": {"portMappings": true}}
  ]
}
EOF
  printf 'nameserver %s\n' "$NODE_IP" >"$d/resolv.conf"
  cat >"$d/kubelet.yaml" <<EOF
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
address: $NODE_IP
port: $KUBELET_PORT
readOnlyPort: 0
healthzBindAddress: 127.0.0.1
healthzPort: $KUBELET_HEALTHZ_PORT
tlsCertFile: $PKI/kubelet-serving.crt
tlsPrivateKeyFile: $PKI/kubelet-serving.key
authentication:
  anonymous: {enabled: false}
  webhook: {enabled: true, cacheTTL: 10s}
  x509: {clientCAFile: $PKI/ca.crt}
authorization:
  mode: Webhook
  webhook: {cacheAuthorizedTTL: 10s, cacheUnauthorizedTTL: 5s}
containerRuntimeEndpoint: unix://$CTRD_SOCK
cgroupDriver: cgroupfs
failCgroupV1: false
failSwapOn: false
clusterDNS: [$CLUSTER_DNS]
clusterDomain: cluster.local
resolvConf: $d/resolv.conf
podLogsDir: $d/pod-logs
serializeImagePulls: false
registerWithTaints:
- {key: $REAL_NODE_TAINT, value: "true", effect: NoSchedule}
evictionHard: {memory.available: 100Mi, nodefs.available: 1%, imagefs.available: 1%, nodefs.inodesFree: 1%}
imageGCHighThresholdPercent: 100
imageGCLowThresholdPercent: 99
nodeStatusUpdateFrequency: 4s
syncFrequency: 10s
fileCheckFrequency: 20s
shutdownGracePeriod: 0s
EOF
  cat >"$d/kube-proxy.yaml" <<EOF
apiVersion: kubeproxy.config.k8s.io/v1alpha1
kind: KubeProxyConfiguration
clientConnection: {kubeconfig: $d/kube-proxy.kubeconfig}
mode: iptables
hostnameOverride: $REAL_NODE_NAME
bindAddress: $NODE_IP
clusterCIDR: $CLUSTER_CIDR
healthzBindAddress: 127.0.0.1:$PROXY_HEALTHZ_PORT
metricsBindAddress: 127.0.0.1:$PROXY_METRICS_PORT
# NodePorts answer on the node IP only (not on this machine's other addresses)
nodePortAddresses: [$NODE_IP/32]
# leave the conntrack sysctls as they are
conntrack: {maxPerCore: 0, min: 0, tcpEstablishedTimeout: 0s, tcpCloseWaitTimeout: 0s}
iptables: {syncPeriod: 30s, minSyncPeriod: 0s, localhostNodePorts: false}
# raising its own OOM protection needs CAP_SYS_RESOURCE, which this sandbox does not grant
oomScoreAdj: 0
EOF
  cat >"$d/Corefile" <<EOF
cluster.local:53 in-addr.arpa:53 ip6.arpa:53 {
  bind $NODE_IP
  errors
  health 127.0.0.1:$DNS_HEALTH_PORT
  ready 127.0.0.1:$DNS_READY_PORT
  kubernetes cluster.local in-addr.arpa ip6.arpa {
    kubeconfig $d/coredns.kubeconfig goship-test
    pods insecure
    ttl 5
  }
  cache 5
  loadbalance
}
EOF
}

# real_node_rbac: what kubeadm would create for these identities, and the kube-dns Service whose
# endpoint is CoreDNS on the node IP.
real_node_rbac_yaml() {
  cat <<EOF
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: "kubeadm:kubelet-api-admin"}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "system:kubelet-api-admin"}
subjects: [{apiGroup: rbac.authorization.k8s.io, kind: User, name: kube-apiserver-kubelet-client}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: "system:coredns"}
rules:
- {apiGroups: [""], resources: [endpoints, services, pods, namespaces], verbs: [list, watch]}
- {apiGroups: [discovery.k8s.io], resources: [endpointslices], verbs: [list, watch]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: "system:coredns"}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "system:coredns"}
subjects: [{apiGroup: rbac.authorization.k8s.io, kind: User, name: "system:coredns"}]
---
apiVersion: v1
kind: Service
metadata:
  name: kube-dns
  namespace: kube-system
  labels: {k8s-app: kube-dns, kubernetes.io/name: CoreDNS}
spec:
  clusterIP: $CLUSTER_DNS
  ports:
  - {name: dns, port: 53, protocol: UDP, targetPort: 53}
  - {name: dns-tcp, port: 53, protocol: TCP, targetPort: 53}
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: kube-dns-host
  namespace: kube-system
  labels: {kubernetes.io/service-name: kube-dns, endpointslice.kubernetes.io/managed-by: goship.test}
addressType: IPv4
endpoints:
- addresses: [$NODE_IP]
  conditions: {ready: true}
  nodeName: $REAL_NODE_NAME
ports:
- {name: dns, port: 53, protocol: UDP}
- {name: dns-tcp, port: 53, protocol: TCP}
EOF
}

# registry_hosts HOSTPORT [CA]: containerd's hosts.toml for one registry (HTTP, or HTTPS with CA).
registry_hosts() {
  local dir=$NODE_DIR/containerd/certs.d/$1
  mkdir -p "$dir"
  if [ -n "${2:-}" ]; then
    cp "$2" "$dir/ca.crt"
    printf 'server = "https://%s"\n[host."https://%s"]\n  capabilities = ["pull", "resolve"]\n  ca = "%s"\n' "$1" "$1" "$dir/ca.crt" >"$dir/hosts.toml"
  else
    printf 'server = "http://%s"\n[host."http://%s"]\n  capabilities = ["pull", "resolve"]\n' "$1" "$1" >"$dir/hosts.toml"
  fi
}

# real_node_trust_registries: hosts.toml for the test registries when their env is known
# (the registry piece of the same GOSHIP_STATE, or REGISTRY/REGISTRY_TLS/REGISTRY_CA in the env).
real_node_trust_registries() {
  local env=$STATE_ROOT/registry/env reg=${REGISTRY:-} tls=${REGISTRY_TLS:-} ca=${REGISTRY_CA:-}
  if [ -f "$env" ]; then
    reg=$(sed -n 's/^REGISTRY=//p' "$env"); tls=$(sed -n 's/^REGISTRY_TLS=//p' "$env"); ca=$(sed -n 's/^REGISTRY_CA=//p' "$env")
  fi
  [ -n "$reg" ] && registry_hosts "$reg"
  [ -n "$tls" ] && [ -f "$ca" ] && registry_hosts "$tls" "$ca"
  return 0
}

# real_node_runtime: claim the machine-wide resources, write the configs, start containerd (it needs
# no API server, so up starts it before etcd).
real_node_runtime() {
  real_node_claim
  ip addr add "$NODE_IP/32" dev lo 2>/dev/null || ip -4 addr show dev lo | grep -q " $NODE_IP/" ||
    { log "cannot add $NODE_IP/32 to lo"; return 1; }
  sysctl_set net.ipv4.ip_forward 1
  real_node_configs
  node_kubeconfig kubelet node
  node_kubeconfig kube-proxy kube-proxy
  node_kubeconfig coredns coredns
  real_node_trust_registries
  args containerd --config="$NODE_DIR/containerd/config.toml"
  start_component containerd "$STATE_DIR/containerd.args"
}

# real_node_agents: the sandbox image into containerd, then kubelet, kube-proxy and CoreDNS (the API
# server is ready and the RBAC objects exist).
real_node_agents() {
  wait_for containerd 30 "containerd on $CTRD_SOCK" ctr --address "$CTRD_SOCK" version
  # the sandbox ("pause") image comes from the node cache: no registry needed
  ctr --address "$CTRD_SOCK" -n k8s.io images import --base-name "${PAUSE_IMAGE%:*}" "$PAUSE_TAR" >/dev/null ||
    { fail_with_log containerd "importing $PAUSE_TAR into containerd failed"; return 1; }
  # pinned, as CRI pins an image it pulls as the sandbox image: image GC (a disk filled to 100 %) never removes
  # it, which would leave every later pod without a sandbox ("lookup goship.local: no such host")
  ctr --address "$CTRD_SOCK" -n k8s.io images label "$PAUSE_IMAGE" io.cri-containerd.pinned=pinned >/dev/null ||
    { fail_with_log containerd "pinning $PAUSE_IMAGE in containerd failed"; return 1; }
  args kubelet --config="$NODE_DIR/kubelet.yaml" --kubeconfig="$NODE_DIR/kubelet.kubeconfig" \
    --root-dir="$NODE_DIR/kubelet" --cert-dir="$NODE_DIR/kubelet/pki" \
    --hostname-override="$REAL_NODE_NAME" --node-ip="$NODE_IP" \
    --node-labels="type=real,node.kubernetes.io/instance-type=real,topology.kubernetes.io/zone=zone-real" \
    --v=1
  args kube-proxy --config="$NODE_DIR/kube-proxy.yaml" --v=1
  args coredns -conf "$NODE_DIR/Corefile"
  start_component kubelet "$STATE_DIR/kubelet.args"
  start_component kube-proxy "$STATE_DIR/kube-proxy.args"
  start_component coredns "$STATE_DIR/coredns.args"
}

# real_node_wait: node Ready, kube-proxy and CoreDNS healthy. On failure prints one line saying why
# (with the component's last log line) and returns 1; the logs stay in the state dir.
real_node_wait() {
  local deadline=$(( $(date +%s) + 60 )) c
  node_real_ready() {
    [ "$(kc get node "$REAL_NODE_NAME" -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null)" = True ]
  }
  until node_real_ready && curl -fsS --max-time 2 "http://127.0.0.1:$PROXY_HEALTHZ_PORT/healthz" >/dev/null 2>&1 &&
    curl -fsS --max-time 2 "http://127.0.0.1:$DNS_READY_PORT/ready" >/dev/null 2>&1; do
    for c in "${NODE_COMPONENTS[@]}"; do
      pid_alive "$c" || { echo "$c exited ($STATE_DIR/$c.log: $(grep -v '^====' "$STATE_DIR/$c.log" | tail -n 1 | cut -c1-300))"; return 1; }
    done
    if [ "$(date +%s)" -ge "$deadline" ]; then
      node_real_ready || { echo "node $REAL_NODE_NAME not Ready after 60 s ($STATE_DIR/kubelet.log: $(tail -n 1 "$STATE_DIR/kubelet.log" | cut -c1-300))"; return 1; }
      echo "kube-proxy or CoreDNS not healthy after 60 s (logs: $STATE_DIR/kube-proxy.log, $STATE_DIR/coredns.log)"; return 1
    fi
    sleep 0.1
  done
}

# real_node_stop: undo everything real_node_start did, in reverse; every step is safe to repeat and
# works on a half-started node (interrupted up) as well as on one whose processes died.
real_node_stop() {
  local owner="" f pid m i
  [ -f "$REAL_NODE_CLAIM" ] && owner=$(cat "$REAL_NODE_CLAIM")
  # nothing of ours on this machine? then only our own PID files may remain
  if [ "$owner" != "$STATE_DIR" ]; then
    for c in "${NODE_COMPONENTS[@]}"; do stop_component "$c" 15; done
    return 0
  fi
  stop_component kubelet 15
  # pods: stop and remove every sandbox through CRI, so CNI DEL removes veths, leases and iptables rules.
  # containerd died or was never asked to stop (killed up, crash)? Start it again for the cleanup.
  if ! pid_alive containerd && [ -f "$STATE_DIR/containerd.args" ] && [ -d "$NODE_DIR/containerd/root" ]; then
    log "starting containerd again to remove its pods"
    start_component containerd "$STATE_DIR/containerd.args"
    for ((i = 0; i < 100; i++)); do ctr --address "$CTRD_SOCK" version >/dev/null 2>&1 && break; sleep 0.1; done
  fi
  if pid_alive containerd && [ -S "$CTRD_SOCK" ]; then
    "$NODE_BIN_DIR/cri-clean" "unix://$CTRD_SOCK" 2>&1 | sed 's/^/  /' >&2 || log "cri-clean reported errors (continuing)"
  fi
  stop_component containerd 15
  # shims of our containerd (they outlive it by design) and anything runc still lists under our root
  for f in /proc/[0-9]*/cmdline; do
    pid=${f#/proc/}; pid=${pid%/cmdline}
    if tr '\0' ' ' 2>/dev/null <"$f" | grep -q -- "containerd-shim.* -address $CTRD_SOCK "; then kill -KILL "$pid" 2>/dev/null || true; fi
  done
  if [ -d "$NODE_DIR/runc" ]; then
    for i in "$NODE_DIR"/runc/*/; do
      [ -d "$i" ] || continue
      for c in $(runc --root "$i" list -q 2>/dev/null); do runc --root "$i" delete -f "$c" >/dev/null 2>&1 || true; done
    done
  fi
  stop_component coredns 15
  stop_component kube-proxy 15
  # kube-proxy's own cleanup of its iptables/ip6tables/nftables rules; then kubelet's canary chains
  if [ -x "$NODE_BIN_DIR/kube-proxy" ]; then "$NODE_BIN_DIR/kube-proxy" --cleanup >/dev/null 2>&1 || true; fi
  kube_chains_cleanup
  # mounts under the state dir (kubelet bind-mounts its root onto itself, netns, overlay snapshots)
  for ((i = 0; i < 3; i++)); do
    m=$(awk -v p="$NODE_DIR/" 'index($2, p) == 1 || $2 == substr(p, 1, length(p) - 1) { print $2 }' /proc/mounts | sort -r)
    [ -z "$m" ] && break
    while read -r f; do [ -n "$f" ] && { umount "$f" 2>/dev/null || umount -l "$f" 2>/dev/null || true; }; done <<<"$m"
  done
  ip link del "$CNI_BRIDGE" 2>/dev/null || true
  ip addr del "$NODE_IP/32" dev lo 2>/dev/null || true
  cgroups_cleanup
  if [ -f "$NODE_DIR/sysctl.orig" ]; then
    while IFS='=' read -r f m; do [ -n "$f" ] && sysctl -q -w "$f=$m" >/dev/null 2>&1 || true; done <"$NODE_DIR/sysctl.orig"
  fi
  # only empty folders go (a socket or file someone else put there stays, and so does its folder)
  if [ -f "$NODE_DIR/created-dirs" ]; then
    while read -r f; do
      case "$f" in
        /run/containerd | /var/lib/kubelet)
          # kubelet's device-plugin registration socket has a fixed path, whatever --root-dir says
          [ "$f" = /var/lib/kubelet ] && rm -f /var/lib/kubelet/device-plugins/kubelet.sock
          [ -d "$f" ] && find "$f" -depth -type d -empty -delete 2>/dev/null || true
          ;;
      esac
    done <"$NODE_DIR/created-dirs"
  fi
  rm -f "$REAL_NODE_CLAIM"
}

# kube_chains_cleanup: the KUBE-* chains kubelet (canaries, iptables hint) and kube-proxy leave.
kube_chains_cleanup() {
  local cmd table chain
  for cmd in iptables ip6tables; do
    command -v "$cmd" >/dev/null || continue
    for table in filter nat mangle; do
      # rules in built-in chains that jump to KUBE-* chains, then the chains themselves
      # (xargs splits each rule as iptables quoted it: comments contain spaces)
      "$cmd" -w -t "$table" -S 2>/dev/null | grep -E '^-A [A-Z]+ .*-j KUBE-' | grep -vE '^-A KUBE-' |
        sed 's/^-A /-D /' | xargs -r -L1 "$cmd" -w -t "$table" 2>/dev/null || true
      for chain in $("$cmd" -w -t "$table" -S 2>/dev/null | awk '$1 == "-N" && $2 ~ /^KUBE-/ { print $2 }'); do
        "$cmd" -w -t "$table" -F "$chain" 2>/dev/null || true
      done
      for chain in $("$cmd" -w -t "$table" -S 2>/dev/null | awk '$1 == "-N" && $2 ~ /^KUBE-/ { print $2 }'); do
        "$cmd" -w -t "$table" -X "$chain" 2>/dev/null || true
      done
    done
  done
}

# cgroups_cleanup: kubelet's kubepods hierarchy (empty once every container is gone).
cgroups_cleanup() {
  local d
  for d in /sys/fs/cgroup/*/kubepods /sys/fs/cgroup/kubepods /sys/fs/cgroup/*/kubepods.slice; do
    [ -d "$d" ] || continue
    find "$d" -depth -type d -exec rmdir {} + 2>/dev/null || true
  done
}
