#!/usr/bin/env bash
# The test command (README "Tests"): on a fresh machine it installs what the tests need, then checks
# everything CI checks. Infra binaries (Kubernetes control plane, kwok, etcd, base images) are built once
# into ${GOSHIP_CACHE:-~/.cache/goship} and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOSHIP_CACHE="${GOSHIP_CACHE:-$HOME/.cache/goship}"
# step NAME, jest_out NAME, phases_done, and the closing table and `N passed, N failed, N skipped` (even when a phase fails).
# shellcheck source=scripts/test-phases.sh
. scripts/test-phases.sh

step "Debian packages"
[ -x test/infra/install-apt ] && test/infra/install-apt

step "npm ci (includes Node 24 for the runner harness)"
npm ci --no-audit --no-fund

step "infra builds (cached)"
# The control plane, kwok, etcd, and the real node's kubelet, kube-proxy and CoreDNS.
[ -x test/infra/cluster/build ] && test/infra/cluster/build
# A docker credential helper (docker-credential-helpers' protocol) for the registry-credential tests.
[ -x test/infra/registry/build-credential-helper ] && test/infra/registry/build-credential-helper >/dev/null

step "lint";        npm run lint
step "typecheck";   npm run typecheck
step "check-dist";  npm run check-dist
step "check-docs";  npm run check-docs
# Before any shared cluster exists: the real node is this suite's, so `down` is proven to leave nothing behind
# with real pods, kube-proxy rules and CNI. (In the full run below the shared cluster holds the real node and
# this suite reports its real-node test as skipped, with the reason.)
step "cluster infra: up/down leave nothing behind"
GOSHIP_INFRA='' npm run test:e2e -- --ci --json --outputFile="$(jest_out cluster-infra)" test/e2e/cluster-infra.test.ts
step "tests";       npm test -- --ci --json --outputFile="$(jest_out main)"
phases_done
