/*
 * The suites' environment (test/harness/machine-environment.cjs): each suite's temporary files go to a
 * directory of its own, which the environment removes when the suite ends (checked by the suite after it:
 * the directory this one used is recorded in a file outside it).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

const record = join(dirname(tmpdir()), 'goship-machine-environment-last');

test("a suite's TMPDIR is its own (gs-*), under the machine's", () => {
  expect(basename(tmpdir())).toMatch(/^gs-/);
  const made = mkdtempSync(join(tmpdir(), 'x-'));
  expect(made.startsWith(`${tmpdir()}/`)).toBe(true);
});

test('the TMPDIR of a suite that ran before this one on this machine is gone', () => {
  if (existsSync(record)) {
    const before = readFileSync(record, 'utf8');
    if (before !== tmpdir()) expect(existsSync(before)).toBe(false);
  }
  writeFileSync(record, tmpdir());
});
