/*
 * OCI image layouts (image-spec image-layout.md): `oci-layout`, `index.json` naming the image by
 * `org.opencontainers.image.ref.name` (one entry per tag, as skopeo's `oci:dir:tag` reads it), and
 * `blobs/sha256/<hex>`. A path ending in .tar gets the same layout as one deterministic tar
 * (an oci-archive).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Blob } from './image.js';
import type { Descriptor } from './media.js';
import { createTar, type TarEntry } from './tar.js';

export interface LayoutContent {
  /** Every blob the top descriptor reaches (layers, configs, manifests, index). */
  blobs: Blob[];
  top: Descriptor;
  tags: string[];
}

function layoutFiles(content: LayoutContent): { path: string; data: Buffer }[] {
  const refs = content.tags.length > 0 ? content.tags : [undefined];
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: refs.map((tag) => ({
      mediaType: content.top.mediaType,
      digest: content.top.digest,
      size: content.top.size,
      ...(tag ? { annotations: { 'org.opencontainers.image.ref.name': tag } } : {}),
    })),
  };
  const seen = new Set<string>();
  const files: { path: string; data: Buffer }[] = [
    { path: 'oci-layout', data: Buffer.from(JSON.stringify({ imageLayoutVersion: '1.0.0' })) },
    { path: 'index.json', data: Buffer.from(JSON.stringify(index)) },
  ];
  for (const b of content.blobs) {
    if (seen.has(b.descriptor.digest)) continue;
    seen.add(b.descriptor.digest);
    files.push({ path: `blobs/sha256/${b.descriptor.digest.slice('sha256:'.length)}`, data: b.data });
  }
  return files;
}

/** Writes a layout directory, or an oci-archive when `path` ends in `.tar`. Returns what was written. */
export function writeLayout(
  path: string,
  content: LayoutContent,
  mtime: number,
): { kind: 'directory' | 'archive'; path: string } {
  const files = layoutFiles(content);
  if (path.endsWith('.tar')) {
    mkdirSync(dirname(path), { recursive: true });
    const entries: TarEntry[] = files.map((f) => ({ path: f.path, type: 'file', mode: 0o644, data: f.data }));
    writeFileSync(path, createTar(entries, mtime));
    return { kind: 'archive', path };
  }
  for (const f of files) {
    mkdirSync(dirname(join(path, f.path)), { recursive: true });
    writeFileSync(join(path, f.path), f.data);
  }
  return { kind: 'directory', path };
}
