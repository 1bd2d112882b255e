import { type Dirent, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { confinedPath, realpathOrUndefined } from './paths.js';

/*
 * File patterns for inputs that name files: a file, a folder (its files, not recursive, as
 * `kubectl apply -f dir`), or a glob with `*`, `?`, `**`, `{a,b}` and `[…]`. Not @actions/glob: it has no
 * `{a,b}` (it sets minimatch's nobrace), treats a folder as all its descendants, is async only, and found
 * every .yaml in a 4,000-file tree 2.95× slower than this walk (697 ms vs 236 ms on a loaded 2-CPU machine,
 * bench/glob.ts); Node 20 has no fs.glob.
 */

const WILDCARD = /[*?{[]/;
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/** A glob as a regular expression over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` matches everything below.
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]+/)*' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map((a) =>
            a
              .replace(/[.+^$()|[\]\\]/g, '\\$&')
              .replace(/\*/g, '[^/]*')
              .replace(/\?/g, '[^/]'),
          )
          .join('|')})`;
        i = end;
      }
    } else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export interface ExpandedPattern {
  pattern: string;
  /** Its matches (absolute, sorted) that no earlier pattern had. */
  files: string[];
  /** All its matches, for "matched nothing" checks. */
  matched: number;
  /** The pattern has no wildcard and names nothing that exists. */
  missing: boolean;
}

export interface ExpandOptions {
  /** Only these files count in folders and glob matches (e.g. /\.(ya?ml|json)$/i); a named file always does. */
  files?: RegExp;
  /** Folder names never descended into (default .git and node_modules). */
  skip?: ReadonlySet<string>;
  /** The input the patterns came from, named in errors (default 'files'). */
  input?: string;
}

/**
 * Each pattern's matches, sorted; duplicates across patterns dropped (the first pattern keeps them).
 *
 * A relative pattern stays inside `cwd` (the workspace): one that leads out of it, by `..` or through a
 * symbolic link, is an InputError; an absolute path is taken as given, on purpose. Directory links are
 * followed, each real folder at most once, so link cycles cannot make the walk loop or grow.
 */
export function expandPatterns(patterns: string[], cwd: string, opts: ExpandOptions = {}): ExpandedPattern[] {
  const seen = new Set<string>();
  return patterns.map((pattern) => {
    const { all, missing } = expandOne(pattern, cwd, opts);
    const files = all.filter((f) => !seen.has(f));
    for (const f of files) seen.add(f);
    return { pattern, files, matched: all.length, missing };
  });
}

function expandOne(pattern: string, cwd: string, opts: ExpandOptions): { all: string[]; missing: boolean } {
  const wanted = (name: string) => !opts.files || opts.files.test(name);
  const abs = resolve(cwd, pattern);
  const confine = isAbsolute(pattern) ? undefined : confinement(pattern, cwd, opts.input ?? 'files');
  if (!WILDCARD.test(pattern)) {
    confine?.(abs);
    const st = statOrUndefined(abs);
    if (!st) return { all: [], missing: true };
    if (st.isFile()) return { all: [abs], missing: false };
    const all = readdirSync(abs)
      .filter((n) => wanted(n) && statOrUndefined(join(abs, n))?.isFile())
      .sort()
      .map((n) => join(abs, n));
    for (const f of all) confine?.(f);
    return { all, missing: false };
  }
  const parts = abs.split(sep);
  const firstGlob = parts.findIndex((p) => WILDCARD.test(p));
  const base = parts.slice(0, firstGlob).join(sep) || sep;
  const glob = parts.slice(firstGlob);
  const re = globToRegExp(glob.join('/'));
  // Without `**` a match is exactly this many folders deep: deeper ones are not read at all.
  const maxDepth = glob.some((p) => p.includes('**')) ? Number.POSITIVE_INFINITY : glob.length - 1;
  const skip = opts.skip ?? SKIPPED_DIRS;
  const all: string[] = [];
  const walked = new Set<string>();
  const walk = (dir: string, depth: number) => {
    const real = realpathOrUndefined(dir);
    if (real === undefined || walked.has(real)) return;
    walked.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = join(dir, e.name);
      const link = e.isSymbolicLink();
      const st = link ? statOrUndefined(full) : e;
      if (!st) continue;
      if (st.isDirectory()) {
        if (skip.has(e.name) || depth >= maxDepth) continue;
        if (link) confine?.(full);
        walk(full, depth + 1);
      } else if (st.isFile() && wanted(e.name) && re.test(relative(base, full).split(sep).join('/'))) {
        if (link) confine?.(full);
        all.push(full);
      }
    }
  };
  confine?.(base);
  walk(base, 0);
  return { all: all.sort(), missing: false };
}

/** Throws when a path found for a relative pattern is outside `cwd`, by its name or by where it links. */
function confinement(pattern: string, cwd: string, input: string): (path: string) => void {
  const root = resolve(cwd);
  return (path) => {
    confinedPath(relative(root, resolve(path)) || '.', root, {
      input,
      expected: 'paths inside the workspace',
      hint: 'Relative paths and globs stay inside the workspace; give an absolute path to use a file elsewhere on purpose.',
      shownAs: pattern,
    });
  };
}

function statOrUndefined(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}
