/*
 * A test checkout: a fresh git repository holding a copy of a folder of this repository — only what git would
 * commit there (test/harness/copy-tracked.ts: no build outputs, no ignored files), as a real checkout holds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyTracked } from './copy-tracked.js';
import { repoRoot } from './run-action.js';

export interface Checkout {
  ws: string;
  sha: string;
  /** git in the checkout, as a fixed test author. */
  git: (...args: string[]) => string;
}

/** A new repository with `folder`'s tracked files committed (and tagged `tag`); `edit` changes files first. */
export function checkout(folder: string, opts: { tag?: string; edit?: (ws: string) => void } = {}): Checkout {
  const ws = mkdtempSync(join(tmpdir(), 'goship-checkout-'));
  copyTracked(join(repoRoot, folder), ws);
  opts.edit?.(ws);
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@e',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@e',
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ws, encoding: 'utf8', env }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'import');
  if (opts.tag) git('tag', opts.tag);
  return { ws, sha: git('rev-parse', 'HEAD'), git };
}
