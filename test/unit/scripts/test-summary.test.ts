/*
 * The end of the test command (scripts/test.sh): scripts/test-phases.sh's phases and trap, and
 * scripts/test-summary.mjs adding up jest's --json results (fixtures/jest-results.json was written by this
 * repository's jest: 3 tests passed, 1 failed, 1 skipped, 1 todo, and one test file that failed to run).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../harness/run-action.js';

const recorded = join(repoRoot, 'test/unit/scripts/fixtures/jest-results.json');

/** Runs `body` as scripts/test.sh runs its phases; returns its status, output and what it left in TMPDIR. */
function run(body: string) {
  const tmp = mkdtempSync(join(tmpdir(), 'test-summary-'));
  const script = `set -euo pipefail\n. scripts/test-phases.sh\n${body}\nphases_done\n`;
  const r = spawnSync('bash', ['--noprofile', '--norc', '-c', script], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: tmp, RECORDED: recorded },
  });
  const out = r.stdout.trimEnd().split('\n');
  return { status: r.status, signal: r.signal, out, last: out.at(-1), left: readdirSync(tmp), tmp };
}

/** The table's rows: [phase, result] (the seconds column is the clock's, not asserted). */
const rows = (out: string[]) => {
  const start = out.findIndex((l) => /^phase +seconds +result$/.test(l));
  const end = out.findIndex((l, i) => i > start && l.startsWith('total '));
  expect(start).toBeGreaterThanOrEqual(0);
  return out.slice(start + 1, end).map((l) => {
    const m = /^(.+?) +(\d+\.\d) {2}(.*)$/.exec(l);
    expect(m).not.toBeNull();
    return [m![1], m![3]];
  });
};

test('a phase fails: the table up to it, every jest run added up, the closing line last, the status kept', () => {
  const r = run(`
step "lint"; true
step "cluster infra"; cp "$RECORDED" "$(jest_out cluster-infra)"
step "tests"; cp "$RECORDED" "$(jest_out main)"
step "a run that died"; : "$(jest_out died)"
step "fails"; false
step "never reached"; true`);
  expect(r.status).toBe(1);
  expect(rows(r.out)).toEqual([
    ['lint', 'ok'],
    ['cluster infra', 'ok'],
    ['tests', 'ok'],
    ['a run that died', 'ok'],
    ['fails', 'failed (exit 1)'],
  ]);
  expect(r.out).toContainEqual(
    expect.stringMatching(/^main: .*b\.test\.js failed to run: Cannot find module '\.\/does-not-exist'/),
  );
  expect(r.out).toContainEqual(expect.stringMatching(/^died: jest left no results/));
  // 2 × (3 passed; 1 failed test + 1 file that did not run; 1 skipped + 1 todo) + 1 run without results
  expect(r.last).toBe('6 passed, 5 failed, 4 skipped');
  // Every skipped (and todo) test by run, file and name: the e2e suites put the reason in the title.
  const skipped = r.out.slice(r.out.indexOf('skipped:') + 1).filter((l) => l.startsWith('  '));
  expect(skipped).toHaveLength(4);
  for (const l of skipped) expect(l).toMatch(/^ {2}(main|cluster-infra): \S+\.test\.js: \S/);
  expect(r.left).toEqual([]);
});

test('a background phase: its own row beside the others, its output kept, its failure the run’s', () => {
  const ok = run(`
background "builds" bash -c 'echo built; sleep 0.2'
step "checks"; true
step "joined"; join_background "builds"`);
  expect(ok.status).toBe(0);
  expect(rows(ok.out)).toEqual([
    ['checks', 'ok'],
    ['builds (background)', 'ok'],
    ['joined', 'ok'],
  ]);
  expect(ok.out).toContain('built');
  expect(ok.out).toContainEqual(expect.stringMatching(/^total \(wall time\) +\d+\.\d$/));
  const failed = run(`
background "builds" bash -c 'echo cannot build >&2; exit 3'
step "checks"; true
step "joined"; join_background "builds"`);
  expect(failed.status).toBe(3);
  expect(failed.out).toContain('cannot build');
  expect(rows(failed.out)).toEqual([
    ['checks', 'ok'],
    ['builds (background)', 'failed (exit 3)'],
    ['joined', 'failed (exit 3)'],
  ]);
  expect(failed.left).toEqual([]);
});

test('a run that ends before joining stops its background phase, children included', () => {
  const r = run(`
background "builds" bash -c 'sleep 30 & echo "$!" > "$1"; wait' _ "$TMPDIR/child-pid"
while [ ! -s "$TMPDIR/child-pid" ]; do sleep 0.05; done
step "fails"; false`);
  expect(r.status).toBe(1);
  const child = Number(readFileSync(join(r.tmp, 'child-pid'), 'utf8'));
  // SIGTERM is delivered at once, the exit (and init reaping it) a moment later: wait for it to settle.
  const alive = () => {
    try {
      process.kill(child, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (let i = 0; i < 100 && alive(); i++) spawnSync('sleep', ['0.05']);
  expect(alive()).toBe(false);
});

test('all phases pass: every phase ok, exit 0', () => {
  const r = run('step "one"; true\nstep "two"; true');
  expect(r.status).toBe(0);
  expect(rows(r.out)).toEqual([
    ['one', 'ok'],
    ['two', 'ok'],
  ]);
  expect(r.last).toBe('0 passed, 0 failed, 0 skipped');
});

test('killed (SIGTERM) during a phase: that phase reported killed, the summary still printed, still killed', () => {
  const r = run('step "one"; true\nstep "killed"; kill -TERM $$; sleep 0.1');
  expect(r.signal).toBe('SIGTERM');
  expect(rows(r.out)).toEqual([
    ['one', 'ok'],
    ['killed', 'killed'],
  ]);
  expect(r.last).toBe('0 passed, 0 failed, 0 skipped');
});

test('interrupted (SIGINT) during a phase: that phase failed with 130', () => {
  const r = run('step "one"; true\nstep "interrupted"; kill -INT $$; sleep 0.1');
  expect(r.status).toBe(130);
  expect(rows(r.out)).toEqual([
    ['one', 'ok'],
    ['interrupted', 'failed (exit 130)'],
  ]);
});

test('scripts/test.sh gives every jest run a --json --outputFile from jest_out', () => {
  const text = readFileSync(join(repoRoot, 'scripts/test.sh'), 'utf8');
  const runs = text.split('\n').filter((l) => /npm (run test:\w+|test) /.test(l));
  expect(runs.length).toBeGreaterThanOrEqual(2);
  for (const l of runs) expect(l).toMatch(/--json --outputFile="\$\(jest_out [a-z0-9-]+\)"/);
  expect(text.trimEnd().split('\n').at(-1)).toBe('phases_done');
});
