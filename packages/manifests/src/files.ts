/*
 * The files source: paths, directories (their *.yaml, *.yml, *.json, not recursive — as `kubectl apply
 * -f dir`) and globs (`*`, `?`, `**`, `{a,b}`), relative to the workspace. A pattern that matches nothing
 * is an error rather than an empty deploy.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '@goship/kit';

const MANIFEST_EXT = /\.(ya?ml|json)$/i;

export interface ManifestFile {
  /** Absolute path. */
  path: string;
  /** Workspace-relative path with / separators (for annotations). */
  display: string;
}

export function displayPath(workspace: string, path: string): string {
  const rel = relative(workspace, path);
  return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

/** Translates one glob into a regular expression over /-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more directories; a trailing `**` matches everything below.
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]+/)*' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, close)
          .split(',')
          .map((alt) =>
            alt
              .replace(/[.+^$()|[\]\\]/g, '\\$&')
              .replace(/\*/g, '[^/]*')
              .replace(/\?/g, '[^/]'),
          )
          .join('|')})`;
        i = close;
      }
    } else re += ch.replace(/[.+^$()|[\]\\}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.isFile()) out.push(p);
  }
}

export function expandFiles(input: string, patterns: string[], workspace: string): ManifestFile[] {
  if (patterns.length === 0) {
    throw new InputError(
      input,
      'is empty',
      'manifest files, directories or globs (one per line)',
      "source 'files' renders the files listed here.",
    );
  }
  const found = new Map<string, ManifestFile>();
  for (const pattern of patterns) {
    const hits: string[] = [];
    if (/[*?{]/.test(pattern)) {
      // Walk from the longest directory prefix without wildcards.
      const parts = pattern.split('/');
      const fixed: string[] = [];
      while (parts.length > 1 && !/[*?{]/.test(parts[0]!)) fixed.push(parts.shift()!);
      const base = resolve(workspace, fixed.join('/') || '.');
      const re = globToRegExp(parts.join('/'));
      const all: string[] = [];
      if (existsSync(base) && statSync(base).isDirectory()) walk(base, all);
      for (const f of all)
        if (re.test(relative(base, f).split(sep).join('/')) && MANIFEST_EXT.test(f)) hits.push(f);
    } else {
      const p = resolve(workspace, pattern);
      let st: ReturnType<typeof statSync> | undefined;
      try {
        st = statSync(p);
      } catch {
        throw new InputError(
          input,
          `'${pattern}' does not exist (looked in ${workspace})`,
          'existing files, directories or globs relative to the workspace',
        );
      }
      if (st.isDirectory()) {
        for (const e of readdirSync(p, { withFileTypes: true }))
          if (e.isFile() && MANIFEST_EXT.test(e.name)) hits.push(join(p, e.name));
      } else hits.push(p);
    }
    if (hits.length === 0) {
      throw new InputError(
        input,
        `'${pattern}' matches no .yaml, .yml or .json file`,
        'patterns that match manifest files',
      );
    }
    for (const h of hits.sort())
      if (!found.has(h)) found.set(h, { path: h, display: displayPath(workspace, h) });
  }
  return [...found.values()];
}

export function readManifestFile(f: ManifestFile): string {
  return readFileSync(f.path, 'utf8');
}
