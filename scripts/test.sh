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

# Infra binaries build in the background while the checks below run: they share no file, and on an empty
# cache the builds are the longest part of the run. The control plane, kwok, etcd, the real node's kubelet,
# kube-proxy and CoreDNS (test/infra/cluster/build), and a docker credential helper (docker-credential-helpers'
# protocol) for the registry-credential tests, the OpenTelemetry Collector (test/infra/otel/build). Each is
# cached by a key of its inputs.
build_infra() {
  [ ! -x test/infra/cluster/build ] || test/infra/cluster/build
  [ ! -x test/infra/registry/build-credential-helper ] || test/infra/registry/build-credential-helper >/dev/null
  [ ! -x test/infra/otel/build ] || test/infra/otel/build >/dev/null
}
background "infra builds" build_infra

step "lint";        npm run lint
step "typecheck";   npm run typecheck
step "check-docs";  npm run check-docs
step "unit tests";  npm run test:unit -- --ci --json --outputFile="$(jest_out unit)"
step "infra builds: joined"
join_background "infra builds"
# Before any shared cluster exists: the real node is this suite's, so `down` is proven to leave nothing behind
# with real pods, kube-proxy rules and CNI. (In the e2e run below the shared cluster holds the real node and
# this suite reports its real-node test as skipped, with the reason.)
step "cluster infra: up/down leave nothing behind"
GOSHIP_INFRA='' npm run test:e2e -- --ci --json --outputFile="$(jest_out cluster-infra)" test/e2e/cluster-infra.test.ts
# check-dist (a full rebundle, CPU for minutes) runs beside the e2e suites, which mostly wait on rollouts and
# servers. The e2e suites run four at a time: those that need the machine alone say so (@goship-alone) and
# take the machine lock (docs/ARCHITECTURE.md). cluster-infra ran above, with the real node.
background "check-dist" npm run check-dist
step "e2e tests"
npm run test:e2e -- --ci --maxWorkers="${GOSHIP_E2E_WORKERS:-4}" --json --outputFile="$(jest_out e2e)" \
  --testPathIgnorePatterns=/node_modules/ --testPathIgnorePatterns='/test/e2e/cluster-infra\.test\.ts$'
step "check-dist: joined"
join_background "check-dist"
phases_done
