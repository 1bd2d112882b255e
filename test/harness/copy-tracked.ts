/*
 * Test workspaces are copies of examples/hello or a test fixture made from what git would commit there
 * (tracked files, and new files no .gitignore matches), as they are in the working tree. Never the directory
 * wholesale: the main job (`bash scripts/example.sh`, README) leaves its build output in examples/hello/dist/
 * (ignored), and a copied dist/ is one the test did not write.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  rmdirSync,
  symlinkSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/** The files git would commit under `source` (paths relative to it). */
export function trackedFiles(source: string): string[] {
  let out: string;
  try {
    out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], {
      cwd: source,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    throw new Error(`copyTracked: cannot list the files of ${source} with git: ${(e as Error).message}`);
  }
  // --cached lists a tracked file deleted from the working tree too: only what exists is copied
  const files = [...new Set(out.split('\0').filter(Boolean))].filter((f) => {
    try {
      lstatSync(join(source, f));
      return true;
    } catch {
      return false;
    }
  });
  if (files.length === 0) throw new Error(`copyTracked: git lists no file under ${source}`);
  return files;
}

/** Copies the files git would commit under `source` into `dest` (created if needed); returns their paths. */
export function copyTracked(source: string, dest: string): string[] {
  const files = trackedFiles(source);
  for (const f of files) {
    const from = join(source, f);
    const to = join(dest, f);
    mkdirSync(dirname(to), { recursive: true });
    if (lstatSync(from).isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else copyFileSync(from, to); // keeps the mode (an executable stays executable)
  }
  return files;
}

/** Removes `dir` if it is empty (a test's own scratch dir inside the repository, never someone's output). */
export function rmdirIfEmpty(dir: string): void {
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}
