# shellcheck shell=bash
# The phases of the test command (sourced by scripts/test.sh). `step NAME` starts a phase (ending the one
# before); `jest_out NAME` is a jest run's --outputFile (with --json), so that its tests are counted. On
# exit, however it comes (a phase failing under `set -e` included), scripts/test-summary.mjs prints the
# table of phases (seconds, result) and the closing line `N passed, N failed, N skipped`, and the exit
# status stays the one the script had.
TEST_RESULTS=$(mktemp -d "${TMPDIR:-/tmp}/goship-test.XXXXXX")
_phase=''
_phase_t0=''
_now() { printf '%s' "${EPOCHREALTIME/,/.}"; }
_end_phase() {
  if [ -n "$_phase" ]; then
    printf '%s\t%s\t%s\t%s\n' "$_phase" "$_phase_t0" "$(_now)" "$1" >>"$TEST_RESULTS/phases.tsv"
  fi
  _phase=''
}
step() {
  _end_phase ok
  _phase=$1
  _phase_t0=$(_now)
  printf '\n=== %s (%s)\n' "$1" "$(date +%T)"
}
jest_out() {
  printf '%s\n' "$1" >>"$TEST_RESULTS/jest-runs"
  printf '%s/jest-%s.json' "$TEST_RESULTS" "$1"
}
_test_summary() {
  local rc=$?
  if [ "$rc" = 0 ]; then _end_phase ok; else _end_phase "failed (exit $rc)"; fi
  node "$(dirname "${BASH_SOURCE[0]}")/test-summary.mjs" "$TEST_RESULTS" || true
  rm -rf "$TEST_RESULTS"
  exit "$rc"
}
trap _test_summary EXIT
# Killed or interrupted: exit with the signal's status, which the EXIT trap reports as the phase's failure.
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
