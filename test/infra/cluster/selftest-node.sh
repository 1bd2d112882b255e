# shellcheck shell=bash
# Sourced by selftest (check, k, pod_field, wait_pod_field, KUBECTL, HERE in scope): the real node.
# Real pods from busybox pulled from the test registries: HTTP on the pod IP, ClusterIP and DNS from a
# pod, NodePort from the host, an init container waiting for a Service, an imagePullSecret pull,
# real ImagePullBackOff / CrashLoopBackOff, a readiness probe that never passes, logs/exec/port-forward.

if [ -z "${REAL_NODE:-}" ]; then
  echo "skip real node: ${REAL_NODE_UNAVAILABLE:-up printed no REAL_NODE}"
  return 0
fi

# the registries (same GOSHIP_STATE) and the busybox base in both of them
reg_env=$("$HERE/../registry/up") || { check "registry up" false; return 0; }
while IFS= read -r line; do [[ "$line" =~ ^([A-Z][A-Z0-9_]*)=(.*)$ ]] && export "${BASH_REMATCH[1]}=${BASH_REMATCH[2]}"; done <<<"$reg_env"
"$HERE/trust-registries" 2>/dev/null
bb_dir=$(mktemp -d)
node "$HERE/../images/bases.mjs" busybox "$bb_dir" >/dev/null
check "real: busybox pushed to the plain registry" \
  skopeo copy -q --dest-tls-verify=false "oci:$bb_dir:latest" "docker://$REGISTRY/library/busybox:latest"
check "real: busybox pushed to the TLS+auth registry" \
  skopeo copy -q --dest-cert-dir "$REGISTRY_CERT_DIR" --dest-creds "$REGISTRY_USER:$REGISTRY_PASSWORD" \
  "oci:$bb_dir:latest" "docker://$REGISTRY_TLS/library/busybox:latest"
rm -rf "$bb_dir"
BB=$REGISTRY/library/busybox:latest

RNS=$NS-real
kr() { "$KUBECTL" -n "$RNS" "$@"; }
# pods of this namespace go to the real node: PodNodeSelector + PodTolerationRestriction (up enables both)
check "real: namespace pinned to the real node" "$KUBECTL" apply -f - <<EOF
apiVersion: v1
kind: Namespace
metadata:
  name: $RNS
  annotations:
    scheduler.alpha.kubernetes.io/node-selector: type=real
    scheduler.alpha.kubernetes.io/defaultTolerations: '[{"key":"goship.test/real-node","operator":"Exists","effect":"NoSchedule"}]'
EOF
check "real: node $REAL_NODE Ready at $NODE_IP, tainted for kwok-bound pods" bash -c \
  "[ \"\$(\"$KUBECTL\" get node $REAL_NODE -o jsonpath='{.status.conditions[?(@.type==\"Ready\")].status} {.status.addresses[?(@.type==\"InternalIP\")].address} {.spec.taints[0].key}')\" = 'True $NODE_IP goship.test/real-node' ]"

rpod_field() { kr get pods -l "app=$1" -o "jsonpath={.items[0]$2}"; }
rwait() {  # rwait APP JSONPATH VALUE TIMEOUT
  local i
  for ((i = 0; i < $4 * 10; i++)); do
    [ "$(rpod_field "$1" "$2" 2>/dev/null)" = "$3" ] && return 0
    sleep 0.1
  done
  echo "pod of $1: $2 is '$(rpod_field "$1" "$2")', want '$3'"
  kr get pods -l "app=$1" -o wide
  kr describe pods -l "app=$1" | tail -20
  return 1
}
# web: busybox httpd on 8080 answering "ok <pod name>"
web_yaml() {
  cat <<EOF
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      terminationGracePeriodSeconds: 1
      containers:
      - name: web
        image: $BB
        command: [sh, -c, 'mkdir -p /www && echo "ok \$HOSTNAME" >/www/index.html && echo web-started && exec httpd -f -vv -p 8080 -h /www']
        ports: [{containerPort: 8080}]
        readinessProbe: {httpGet: {path: /, port: 8080}, periodSeconds: 1}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080, nodePort: 30001}]
---
apiVersion: v1
kind: Pod
metadata: {name: client, labels: {app: client}}
spec:
  terminationGracePeriodSeconds: 1
  containers:
  - {name: client, image: $BB, command: [sh, -c, 'echo client-started; exec sleep 3600']}
EOF
}
t_web=$(now)
check "real: web Deployment, Service (NodePort 30001) and client pod applied" bash -c "$(declare -f web_yaml); BB=$BB; web_yaml | \"$KUBECTL\" -n $RNS apply -f -"
check "real: web pod Ready on $REAL_NODE" bash -c "$(declare -f kr rpod_field rwait); KUBECTL=$KUBECTL RNS=$RNS; rwait web '.status.conditions[?(@.type==\"Ready\")].status' True 60 && rwait web '.spec.nodeName' $REAL_NODE 1"
echo "     (web: created -> Ready in $(since "$t_web")s)"
POD_IP=$(rpod_field web .status.podIP)
check "real: pod IP $POD_IP answers HTTP from the host" bash -c "curl -fsS --max-time 5 http://$POD_IP:8080/ | grep -q '^ok web-'"
# retry: kube-proxy programs a Service's rules once its endpoints are ready (a sync, ~0.1-2 s)
retry() { local i; for ((i = 0; i < 100; i++)); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done; "$@"; }
check "real: NodePort $NODE_IP:30001 answers from the host" retry bash -c "curl -fsS --max-time 5 http://$NODE_IP:30001/ | grep -q '^ok web-'"
check "real: client pod Running" rwait client '.status.phase' Running 60
CIP=$(kr get service web -o jsonpath='{.spec.clusterIP}')
# (no wget -T: Debian's static busybox wget segfaults with it)
check "real: ClusterIP $CIP:80 from a pod" retry bash -c "\"$KUBECTL\" -n $RNS exec client -- wget -qO- http://$CIP/ | grep -q '^ok web-'"
check "real: DNS web.$RNS.svc.cluster.local resolves in a pod" retry bash -c "\"$KUBECTL\" -n $RNS exec client -- nslookup web.$RNS.svc.cluster.local | grep -q \"$CIP\""
check "real: HTTP by Service name from a pod" retry bash -c "\"$KUBECTL\" -n $RNS exec client -- wget -qO- http://web.$RNS.svc.cluster.local/ | grep -q '^ok web-'"
check "real: kubectl logs" bash -c "\"$KUBECTL\" -n $RNS logs client | grep -qx client-started"
check "real: kubectl exec" bash -c "[ \"\$(\"$KUBECTL\" -n $RNS exec client -- cat /etc/hostname)\" = client ]"
portfwd() {
  local port=$((32000 + RANDOM % 2000)) pid i out=1
  "$KUBECTL" -n "$RNS" port-forward --address 127.0.0.1 deployment/web "$port:8080" >/dev/null 2>&1 &
  pid=$!
  for ((i = 0; i < 50; i++)); do
    curl -fsS --max-time 2 "http://127.0.0.1:$port/" 2>/dev/null | grep -q '^ok web-' && { out=0; break; }
    sleep 0.1
  done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  return $out
}
check "real: kubectl port-forward" portfwd

# an init container that waits for a dependency Service (Debian's busybox nc has no -z: -w 1 </dev/null
# connects and closes, the same zero-I/O probe)
check "real: init container waiting for Service dep" kr apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata: {name: waiter, labels: {app: waiter}}
spec:
  terminationGracePeriodSeconds: 1
  initContainers:
  - {name: wait-dep, image: $BB, command: [sh, -c, 'until nc -w 1 dep 8080 </dev/null; do sleep 0.5; done']}
  containers:
  - {name: app, image: $BB, command: [sh, -c, 'echo app-started; exec sleep 3600']}
EOF
waiter_in_init() {
  local i
  for ((i = 0; i < 300; i++)); do
    [ -n "$(kr get pod waiter -o jsonpath='{.status.initContainerStatuses[0].state.running.startedAt}')" ] && break
    sleep 0.1
  done
  sleep 3
  [ "$(kr get pod waiter -o jsonpath='{.status.phase} {.status.initContainerStatuses[0].ready}')" = 'Pending false' ]
}
check "real: waiter stays in Init while dep is missing" waiter_in_init
check "real: dep Service created" kr create service clusterip dep --tcp=8080:8080
check "real: dep selects web" kr patch service dep -p '{"spec":{"selector":{"app":"web"}}}'
check "real: waiter's app container starts once dep has endpoints" rwait waiter '.status.phase' Running 30

# image pulled from the TLS + basic-auth registry through an imagePullSecret, and refused without it
check "real: imagePullSecret created" kr create secret docker-registry regcred \
  --docker-server="$REGISTRY_TLS" --docker-username="$REGISTRY_USER" --docker-password="$REGISTRY_PASSWORD"
check "real: pods from the auth registry applied" kr apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata: {name: private, labels: {app: private}}
spec:
  terminationGracePeriodSeconds: 1
  imagePullSecrets: [{name: regcred}]
  containers: [{name: app, image: $REGISTRY_TLS/library/busybox:latest, command: [sleep, "3600"]}]
---
apiVersion: v1
kind: Pod
metadata: {name: nosecret, labels: {app: nosecret}}
spec:
  terminationGracePeriodSeconds: 1
  containers: [{name: app, image: $REGISTRY_TLS/library/busybox:latest, command: [sleep, "3600"]}]
EOF
check "real: pulled with the imagePullSecret, Running" rwait private '.status.phase' Running 60
check "real: without the secret, ImagePullBackOff" bash -c "$(declare -f kr rpod_field rwait); KUBECTL=$KUBECTL RNS=$RNS; rwait nosecret '.status.containerStatuses[0].state.waiting.reason' ImagePullBackOff 60"

# real failures
check "real: failing pods applied" kr apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata: {name: missing, labels: {app: missing}}
spec:
  containers: [{name: app, image: $REGISTRY/library/busybox:no-such-tag}]
---
apiVersion: v1
kind: Pod
metadata: {name: crash, labels: {app: crash}}
spec:
  terminationGracePeriodSeconds: 1
  containers: [{name: app, image: $BB, command: [sh, -c, 'echo crashing; exit 1']}]
---
apiVersion: v1
kind: Pod
metadata: {name: wrongport, labels: {app: wrongport}}
spec:
  terminationGracePeriodSeconds: 1
  containers:
  - name: app
    image: $BB
    command: [sh, -c, 'mkdir -p /www && exec httpd -f -p 8080 -h /www']
    readinessProbe: {tcpSocket: {port: 9090}, periodSeconds: 1}
EOF
check "real: missing tag -> ImagePullBackOff" rwait missing '.status.containerStatuses[0].state.waiting.reason' ImagePullBackOff 60
check "real: missing tag -> message names the image" bash -c "\"$KUBECTL\" -n $RNS get pod missing -o jsonpath='{.status.containerStatuses[0].state.waiting.message}' | grep -q 'no-such-tag'"
check "real: exit 1 -> CrashLoopBackOff" rwait crash '.status.containerStatuses[0].state.waiting.reason' CrashLoopBackOff 60
check "real: CrashLoopBackOff lastState exit code 1" rwait crash '.status.containerStatuses[0].lastState.terminated.exitCode' 1 5
check "real: readiness on the wrong port: Running" rwait wrongport '.status.phase' Running 60
sleep 4
check "real: readiness on the wrong port: never Ready" bash -c "[ \"\$(\"$KUBECTL\" -n $RNS get pod wrongport -o jsonpath='{.status.containerStatuses[0].started} {.status.containerStatuses[0].ready}')\" = 'true false' ]"

# arm64: a kwok node carries the label; an impossible arch stays Unschedulable (default namespace rules)
check "arm64: pod with nodeSelector arm64 lands on kwok-arm64-0" bash -c "\"$KUBECTL\" -n $NS run arm --image=example.invalid/arm:1 --overrides='{\"spec\":{\"nodeSelector\":{\"kubernetes.io/arch\":\"arm64\"}}}' >/dev/null && for i in \$(seq 100); do [ \"\$(\"$KUBECTL\" -n $NS get pod arm -o jsonpath='{.spec.nodeName}')\" = kwok-arm64-0 ] && exit 0; sleep 0.1; done; exit 1"

"$KUBECTL" delete namespace "$RNS" --wait=false >/dev/null 2>&1 || true
