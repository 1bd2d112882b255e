# shellcheck shell=bash
# The phases of the test command (sourced by scripts/test.sh). `step NAME` starts a phase (ending the one
# before); `jest_out NAME` is a jest run's --outputFile (with --json), so that its tests are counted. On
# exit, however it comes (a phase failing under `set -e`, a signal), scripts/test-summary.mjs prints the
# table of phases (seconds, result) and the closing line `N passed, N failed, N skipped`, and the exit
# status stays the one the script had. The script ends with `phases_done`.
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
# background NAME CMD...: a phase that runs beside the next ones (its output kept in a log); `join_background NAME`
# waits for it, prints its output, records its row (its own start and end) and fails when it failed.
declare -A _bg_pid=() _bg_t0=()
background() {
  local name=$1
  shift
  _bg_t0[$name]=$(_now)
  printf '\n=== %s (%s, in the background)\n' "$name" "$(date +%T)"
  # Its own process group (job control on for the launch), so that an early exit stops all of it.
  set -m
  # Its end is its own (written when it finishes), not the join's.
  local base="$TEST_RESULTS/bg-${name//[^A-Za-z0-9]/_}"
  { "$@" && rc=0 || rc=$?; _now >"$base.end"; exit "$rc"; } >"$base.log" 2>&1 &
  _bg_pid[$name]=$!
  set +m
}
join_background() {
  local name=$1 rc=0 log end
  log="$TEST_RESULTS/bg-${name//[^A-Za-z0-9]/_}.log"
  wait "${_bg_pid[$name]}" || rc=$?
  unset "_bg_pid[$name]"
  printf '\n=== %s (joined %s)\n' "$name" "$(date +%T)"
  cat "$log"
  end=$(cat "${log%.log}.end" 2>/dev/null || _now)
  printf '%s\t%s\t%s\t%s\n' "$name (background)" "${_bg_t0[$name]}" "$end" \
    "$([ "$rc" = 0 ] && echo ok || echo "failed (exit $rc)")" >>"$TEST_RESULTS/phases.tsv"
  return "$rc"
}
# phases_done: the last line of the script (an exit without it and with status 0 was a kill).
phases_done() {
  _end_phase ok
  _phases_done=1
}
_test_summary() {
  local rc=$?
  if [ "$rc" != 0 ]; then
    _end_phase "failed (exit $rc)"
  elif [ -z "${_phases_done:-}" ]; then
    _end_phase "killed" # by a signal without a trap (SIGTERM): bash runs this trap at once, with $? = 0
  fi
  local pid
  for pid in "${_bg_pid[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done # not joined: the run ended early
  node "$(dirname "${BASH_SOURCE[0]}")/test-summary.mjs" "$TEST_RESULTS" || true
  rm -rf "$TEST_RESULTS"
  exit "$rc"
}
trap _test_summary EXIT
# Interrupted (Ctrl-C reaches the running phase too): exit with the signal's status, reported as the
# phase's failure once it has stopped. SIGTERM keeps its default (bash exits at once).
trap 'exit 129' HUP
trap 'exit 130' INT
