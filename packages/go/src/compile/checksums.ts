import { createHash } from 'node:crypto';
import { createReadStream, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/** sha256 of a file, streamed (binaries can be large). */
export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (d) => hash.update(d))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** The deepest directory containing all the given absolute paths. */
export function commonDir(paths: readonly string[]): string {
  const dirs = paths.map((p) => dirname(p).split(sep));
  const first = dirs[0] ?? [];
  let n = first.length;
  for (const d of dirs) {
    let k = 0;
    while (k < n && k < d.length && d[k] === first[k]) k++;
    n = k;
  }
  return first.slice(0, n).join(sep) || sep;
}

/**
 * Writes `sha256sums.txt` in the format of coreutils `sha256sum` (`<hex>  <path>`, two spaces, paths
 * relative to the file, sorted), so `sha256sum -c sha256sums.txt` verifies it from its own directory.
 */
export function writeChecksums(file: string, entries: readonly { path: string; sha256: string }[]): string {
  const base = dirname(file);
  const lines = entries
    .map((e) => {
      const rel = relative(base, e.path).split(sep).join('/');
      if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`${e.path} is outside ${base}`);
      return `${e.sha256}  ${rel}`;
    })
    .sort((a, b) => a.slice(66).localeCompare(b.slice(66)));
  writeFileSync(file, lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return file;
}

export const CHECKSUMS_FILE = 'sha256sums.txt';

/** Where the checksums file goes: next to the artifacts (their common directory). */
export function checksumsPath(artifactPaths: readonly string[], fallbackDir: string): string {
  return join(artifactPaths.length > 0 ? commonDir(artifactPaths) : fallbackDir, CHECKSUMS_FILE);
}
