/*
 * Where a path input may lead. A relative path stays inside its root (the workspace, or a build context):
 * one that leads out by `..` or through a symbolic link is an InputError naming the input. An absolute
 * path is taken as given: the user wrote it on purpose. One rule, used by every action that reads or
 * writes files named by an input.
 */
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from './errors.js';

export interface ConfineOptions {
  /** The input the path came from, named in the error. */
  input: string;
  /** What the input should name (the error's "Expected …"). */
  expected: string;
  /** The root's name in messages (default: `the workspace (<root>)`). */
  rootName?: string;
  /** How the user can go on (default: use an absolute path on purpose). */
  hint?: string;
  /** What the user wrote, when `given` was derived from it (a glob pattern and one of its matches). */
  shownAs?: string;
}

/** True when `path` is `root` or below it (both absolute, compared as written). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The absolute path `given` names, resolved against `root`; throws an InputError when a relative `given`
 * leads outside `root`, by its name or through a link on the part of it that exists (a file not written
 * yet is judged by its nearest existing parent).
 */
export function confinedPath(given: string, root: string, o: ConfineOptions): string {
  const path = resolve(root, given);
  if (isAbsolute(given)) return path;
  const absRoot = resolve(root);
  const where = o.rootName ?? `the workspace (${absRoot})`;
  const refuse = (problem: string) =>
    new InputError(
      o.input,
      problem,
      o.expected,
      o.hint ??
        'Relative paths stay inside the workspace; give an absolute path to use one elsewhere on purpose.',
    );
  const shownAs = o.shownAs ?? given;
  if (!isInside(absRoot, path)) throw refuse(`'${shownAs}' is outside ${where}`);
  const realRoot = realpathOrUndefined(absRoot) ?? absRoot;
  const existing = nearestExisting(path, absRoot);
  const real = existing === undefined ? undefined : realpathOrUndefined(existing);
  if (real !== undefined && !isInside(realRoot, real)) {
    const shown = relative(absRoot, existing as string) || '.';
    throw refuse(`'${shownAs}' reaches ${shown}, a link to ${real}, outside ${where}`);
  }
  return path;
}

/** The deepest part of `path` that exists, not above `root`; undefined when not even the root does. */
function nearestExisting(path: string, root: string): string | undefined {
  for (let p = path; isInside(root, p); p = dirname(p)) {
    if (realpathOrUndefined(p) !== undefined) return p;
    if (p === root) break;
  }
  return undefined;
}

export function realpathOrUndefined(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}
