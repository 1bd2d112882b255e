#!/usr/bin/env node
// The end of the test command (scripts/test.sh, through scripts/test-phases.sh): a table of its phases
// (seconds, result) and one closing line `N passed, N failed, N skipped` adding up every jest run.
//   node scripts/test-summary.mjs RESULTS_DIR
// RESULTS_DIR holds phases.tsv (name, start, end in epoch seconds, result; one line per phase), jest-runs
// (one run name per line) and jest-<name>.json (jest --json --outputFile). A run named in jest-runs that
// left no JSON, and a test file that failed to run (no test in it ran), each count as one failed.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const lines = (file) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
    : [];

/** Counts of one jest --json result; `notes` say what was counted as failed beyond failing tests. */
function countJest(result, runName) {
  const counts = {
    passed: result.numPassedTests ?? 0,
    failed: result.numFailedTests ?? 0,
    skipped: (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0),
    notes: [],
    skippedTests: [],
  };
  for (const file of result.testResults ?? []) {
    // Every skipped test by name: the e2e suites put the reason in a skipped test's title.
    for (const t of file.assertionResults ?? [])
      if (['pending', 'todo', 'skipped', 'disabled'].includes(t.status))
        counts.skippedTests.push(
          `${runName}: ${relative(process.cwd(), file.name)}: ${t.fullName ?? t.title}`,
        );
    if (file.status !== 'failed' || (file.assertionResults ?? []).length > 0) continue;
    counts.failed += 1;
    const why = (file.message ?? '')
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '' && !l.startsWith('●'));
    counts.notes.push(
      `${runName}: ${relative(process.cwd(), file.name)} failed to run: ${why ?? 'no message'}`,
    );
  }
  return counts;
}

/** The table and closing line for RESULTS_DIR, as text. */
function summarize(dir) {
  const total = { passed: 0, failed: 0, skipped: 0, notes: [], skippedTests: [] };
  for (const run of lines(join(dir, 'jest-runs'))) {
    const file = join(dir, `jest-${run}.json`);
    let counts;
    try {
      counts = countJest(JSON.parse(readFileSync(file, 'utf8')), run);
    } catch (e) {
      counts = {
        passed: 0,
        failed: 1,
        skipped: 0,
        notes: [`${run}: jest left no results (${e.message})`],
        skippedTests: [],
      };
    }
    for (const k of ['passed', 'failed', 'skipped']) total[k] += counts[k];
    total.notes.push(...counts.notes);
    total.skippedTests.push(...counts.skippedTests);
  }
  const phases = lines(join(dir, 'phases.tsv')).map((l) => {
    const [name, start, end, result] = l.split('\t');
    return { name, start: Number(start), end: Number(end), seconds: Number(end) - Number(start), result };
  });
  const width = Math.max(5, ...phases.map((p) => p.name.length));
  const row = (name, seconds, result) => `${name.padEnd(width)}  ${seconds.padStart(7)}  ${result}`.trimEnd();
  const out = ['', row('phase', 'seconds', 'result')];
  for (const p of phases) out.push(row(p.name, p.seconds.toFixed(1), p.result));
  // Wall time: background phases overlap the others, so their seconds do not add up.
  const wall = phases.length
    ? Math.max(...phases.map((p) => p.end)) - Math.min(...phases.map((p) => p.start))
    : 0;
  out.push(row('total (wall time)', wall.toFixed(1), ''));
  if (total.notes.length > 0) out.push('', ...total.notes);
  if (total.skippedTests.length > 0) out.push('', 'skipped:', ...total.skippedTests.map((t) => `  ${t}`));
  out.push('', `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  return out.join('\n');
}

if (!process.argv[2]) {
  process.stderr.write('usage: node scripts/test-summary.mjs RESULTS_DIR\n');
  process.exit(2);
}
process.stdout.write(`${summarize(process.argv[2])}\n`);
