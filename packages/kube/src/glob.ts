import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/*
 * File patterns for the `manifests` input: a file, a folder (its *.yaml/*.yml/*.json, not recursive, as
 * `kubectl apply -f dir`), or a glob with `*`, `?`, `**` and `{a,b}`. Node 20 (the test runner) has no
 * fs.glob, and this is the whole of what the input needs.
 */

const MANIFEST_FILE = /\.(ya?ml|json)$/i;

export interface ExpandedPattern {
  pattern: string;
  /** Its matches that no earlier pattern had. */
  files: string[];
  /** All its matches, for "matched nothing" checks. */
  matched: number;
}

/** Absolute paths, each pattern's matches sorted, duplicates across patterns dropped (first one wins). */
export function expandPatterns(patterns: string[], cwd: string): ExpandedPattern[] {
  const seen = new Set<string>();
  return patterns.map((pattern) => {
    const all = expandOne(pattern, cwd);
    const files = all.filter((f) => !seen.has(f));
    for (const f of files) seen.add(f);
    return { pattern, files, matched: all.length };
  });
}

function expandOne(pattern: string, cwd: string): string[] {
  if (!/[*?{[]/.test(pattern)) {
    const abs = resolve(cwd, pattern);
    const st = statOrUndefined(abs);
    if (!st) return [];
    if (st.isFile()) return [abs];
    return readdirSync(abs)
      .filter((n) => MANIFEST_FILE.test(n) && statOrUndefined(join(abs, n))?.isFile())
      .sort()
      .map((n) => join(abs, n));
  }
  const abs = resolve(cwd, pattern);
  const parts = abs.split(sep);
  const firstGlob = parts.findIndex((p) => /[*?{[]/.test(p));
  const base = parts.slice(0, firstGlob).join(sep) || sep;
  const re = globToRegExp(parts.slice(firstGlob).join('/'));
  const out: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name === 'node_modules' || name === '.git') continue;
      const full = join(dir, name);
      const st = statOrUndefined(full);
      if (!st) continue;
      if (st.isDirectory()) walk(full);
      else if (re.test(relative(base, full).split(sep).join('/'))) out.push(full);
    }
  };
  walk(base);
  return out;
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` matches everything below.
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
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
          .map((a) => a.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
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
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function statOrUndefined(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}
