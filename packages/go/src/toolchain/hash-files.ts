import { createHash } from 'node:crypto';
import { createReadStream, type Dirent, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { globToRegExp } from '@goship/kit';

/** Folders never searched for dependency files: VCS data, JS dependencies, Go vendoring (hashed via go.sum). */
const SKIP = new Set(['.git', 'node_modules', 'vendor', '.goship']);

/**
 * Files under `root` matching any pattern (relative to root, or absolute inside it), sorted, as relative
 * `/`-separated paths. A pattern without wildcards names one file; patterns with `**` walk the tree.
 */
export function globFiles(root: string, patterns: readonly string[]): string[] {
  const res = patterns.map((p) =>
    globToRegExp((isAbsolute(p) ? relative(root, p) : p).split(sep).join('/').replace(/^\.\//, '')),
  );
  const found: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIP.has(e.name)) walk(join(dir, e.name), path);
      } else if (e.isFile() && res.some((r) => r.test(path))) found.push(path);
    }
  };
  walk(root, '');
  return found.sort();
}

/** sha256 over each file's path and content, in order: a changed, added or removed file changes the hash. */
export async function hashFiles(root: string, files: readonly string[]): Promise<string> {
  const all = createHash('sha256');
  for (const f of files) {
    const h = createHash('sha256');
    for await (const chunk of createReadStream(join(root, f))) h.update(chunk as Buffer);
    all.update(`${f}\0${h.digest('hex')}\n`);
  }
  return all.digest('hex');
}
