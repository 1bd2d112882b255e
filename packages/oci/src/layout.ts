/*
 * OCI image layouts (image-spec image-layout.md): `oci-layout`, `index.json` naming the image by
 * `org.opencontainers.image.ref.name` (one entry per tag, as skopeo's `oci:dir:tag` reads it), and
 * `blobs/sha256/<hex>`. A path ending in .tar gets the same layout as one deterministic tar
 * (an oci-archive).
 */
import { copyFileSync, createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Blob } from './image.js';
import type { Descriptor } from './media.js';
import { type TarEntry, tarChunks } from './tar.js';

/** A blob stored in a file (layers: never read into memory). */
export interface FileBlob {
  descriptor: Descriptor;
  path: string;
}

export interface LayoutContent {
  /** Every blob the top descriptor reaches (layers, configs, manifests, index). */
  blobs: (Blob | FileBlob)[];
  top: Descriptor;
  tags: string[];
}

type LayoutFile = { path: string; data: Buffer } | { path: string; from: string; size: number };

function layoutFiles(content: LayoutContent): LayoutFile[] {
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
  const files: LayoutFile[] = [
    { path: 'oci-layout', data: Buffer.from(JSON.stringify({ imageLayoutVersion: '1.0.0' })) },
    { path: 'index.json', data: Buffer.from(JSON.stringify(index)) },
  ];
  for (const b of content.blobs) {
    if (seen.has(b.descriptor.digest)) continue;
    seen.add(b.descriptor.digest);
    const path = `blobs/sha256/${b.descriptor.digest.slice('sha256:'.length)}`;
    files.push('data' in b ? { path, data: b.data } : { path, from: b.path, size: b.descriptor.size });
  }
  return files;
}

/** Writes a layout directory, or an oci-archive when `path` ends in `.tar` (streamed). Returns what was written. */
export async function writeLayout(
  path: string,
  content: LayoutContent,
  mtime: number,
): Promise<{ kind: 'directory' | 'archive'; path: string }> {
  const files = layoutFiles(content);
  if (path.endsWith('.tar')) {
    mkdirSync(dirname(path), { recursive: true });
    const entries: TarEntry[] = files.map((f) => ({
      path: f.path,
      type: 'file',
      mode: 0o644,
      ...('data' in f ? { data: f.data } : { source: { path: f.from, size: f.size } }),
    }));
    await pipeline(Readable.from(tarChunks(entries, mtime)), createWriteStream(path));
    return { kind: 'archive', path };
  }
  for (const f of files) {
    mkdirSync(dirname(join(path, f.path)), { recursive: true });
    if ('data' in f) writeFileSync(join(path, f.path), f.data);
    else copyFileSync(f.from, join(path, f.path));
  }
  return { kind: 'directory', path };
}
