import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/*
 * File patterns for inputs that name files: a file, a folder (its files, not recursive, as
 * `kubectl apply -f dir`), or a glob with `*`, `?`, `**`, `{a,b}` and `[…]`. Node 20 (the test runner) has
 * no fs.glob, and this is the whole of what the inputs need.
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
}

/** Each pattern's matches, sorted; duplicates across patterns dropped (the first pattern keeps them). */
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
  if (!WILDCARD.test(pattern)) {
    const st = statOrUndefined(abs);
    if (!st) return { all: [], missing: true };
    if (st.isFile()) return { all: [abs], missing: false };
    const all = readdirSync(abs)
      .filter((n) => wanted(n) && statOrUndefined(join(abs, n))?.isFile())
      .sort()
      .map((n) => join(abs, n));
    return { all, missing: false };
  }
  const parts = abs.split(sep);
  const firstGlob = parts.findIndex((p) => WILDCARD.test(p));
  const base = parts.slice(0, firstGlob).join(sep) || sep;
  const re = globToRegExp(parts.slice(firstGlob).join('/'));
  const skip = opts.skip ?? SKIPPED_DIRS;
  const all: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = join(dir, name);
      const st = statOrUndefined(full);
      if (!st) continue;
      if (st.isDirectory()) {
        if (!skip.has(name)) walk(full);
      } else if (wanted(name) && re.test(relative(base, full).split(sep).join('/'))) all.push(full);
    }
  };
  walk(base);
  return { all: all.sort(), missing: false };
}

function statOrUndefined(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}
