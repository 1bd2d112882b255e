#!/usr/bin/env bash
# The test command (README "Tests"): on a fresh machine it installs what the tests need, then checks
# everything CI checks. Infra binaries (Kubernetes control plane, kwok, etcd, base images) are built once
# into ${GOSHIP_CACHE:-~/.cache/goship} and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOSHIP_CACHE="${GOSHIP_CACHE:-$HOME/.cache/goship}"
step() { printf '\n=== %s (%s)\n' "$1" "$(date +%T)"; }

step "Debian packages"
[ -x test/infra/install-apt ] && test/infra/install-apt

step "npm ci (includes Node 24 for the runner harness)"
npm ci --no-audit --no-fund

step "infra builds (cached)"
[ -x test/infra/cluster/build ] && test/infra/cluster/build

step "lint";        npm run lint
step "typecheck";   npm run typecheck
step "check-dist";  npm run check-dist
step "tests";       npm test -- --ci
