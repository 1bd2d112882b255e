/*
 * Writes a rendered set: one file with every object (`manifests.yaml`, for `kubectl apply -f`), one file
 * per object under objects/, and ports.json. The directory is built next to its destination and renamed
 * into place, so a reader never sees half a set, and a previous render's stale objects never linger.
 * A directory that is not one of ours is never emptied.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '@goship/kit';
import type { RenderResult } from './render.js';

const MARKER = '.goship-render';

export interface WrittenSet {
  dir: string;
  /** The all-in-one file. */
  manifests: string;
  objectsDir: string;
}

/** Fails when `dir` holds files that are not a previous render: checked before rendering, and again when writing. */
export function checkOutputDir(dir: string): void {
  if (!existsSync(dir)) return;
  const entries = readdirSync(dir);
  if (entries.length > 0 && !entries.includes(MARKER)) {
    throw new UserError(
      `Input 'output-dir': ${dir} already exists and holds files that render-manifests did not write`,
      {
        hint: 'Use an empty or new directory; a previous render-manifests output is replaced as a whole.',
      },
    );
  }
}

export function writeRendered(result: RenderResult, dir: string): WrittenSet {
  checkOutputDir(dir);
  mkdirSync(dirname(dir), { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'objects'), { recursive: true });
  const all = result.documents.map((d) => `---\n${d}`).join('');
  writeFileSync(join(tmp, 'manifests.yaml'), all);
  for (const [i, o] of result.objects.entries())
    writeFileSync(join(tmp, 'objects', o.file), result.documents[i]!);
  writeFileSync(join(tmp, 'ports.json'), `${JSON.stringify(result.ports, null, 2)}\n`);
  writeFileSync(join(tmp, MARKER), `${JSON.stringify({ objects: result.objects.map((o) => o.file) })}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { dir, manifests: join(dir, 'manifests.yaml'), objectsDir: join(dir, 'objects') };
}
