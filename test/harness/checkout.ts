/*
 * A test checkout: a fresh git repository holding a copy of a folder of this repository — only the files git
 * tracks there (no build outputs, no editor files, no local go.work), as a real checkout of it would hold.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from './run-action.js';

/** Copies the files git tracks under `folder` (relative to the repository root) into `dest`. */
export function copyTracked(folder: string, dest: string): void {
  const listed = execFileSync('git', ['ls-files', '-z', '--', folder], { cwd: repoRoot, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  if (listed.length === 0) throw new Error(`git tracks no file under ${folder}`);
  const prefix = `${folder.replace(/\/+$/, '')}/`;
  for (const file of listed) {
    const to = join(dest, file.slice(prefix.length));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(repoRoot, file), to);
  }
}

export interface Checkout {
  ws: string;
  sha: string;
  /** git in the checkout, as a fixed test author. */
  git: (...args: string[]) => string;
}

/** A new repository with `folder`'s tracked files committed (and tagged `tag`); `edit` changes files first. */
export function checkout(folder: string, opts: { tag?: string; edit?: (ws: string) => void } = {}): Checkout {
  const ws = mkdtempSync(join(tmpdir(), 'goship-checkout-'));
  copyTracked(folder, ws);
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
