/*
 * The layers assemble writes itself: the small rootfs a scratch image gets (/etc/passwd, /etc/group, CA
 * certificates, /tmp, the nonroot home) and the binary's layer, each streamed tar → gzip → file with its
 * diff ID and digest computed on the way (deterministic bytes: the image digest is reproducible).
 */

import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { FileBlob } from '../layout.js';
import { MediaType } from '../media.js';
import { type TarEntry, tarChunks } from '../tar.js';

const PASSWD =
  'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n';
const GROUP = 'root:x:0:\nnonroot:x:65532:\n';

export function scratchRootfs(caBundlePath: string | undefined): TarEntry[] {
  const entries: TarEntry[] = [
    { path: 'etc/passwd', type: 'file', mode: 0o644, data: Buffer.from(PASSWD) },
    { path: 'etc/group', type: 'file', mode: 0o644, data: Buffer.from(GROUP) },
    { path: 'tmp', type: 'dir', mode: 0o1777 },
    { path: 'home/nonroot', type: 'dir', mode: 0o755, uid: 65532, gid: 65532 },
  ];
  const ca = caBundlePath ?? '/etc/ssl/certs/ca-certificates.crt';
  if (existsSync(ca))
    entries.push({
      path: 'etc/ssl/certs/ca-certificates.crt',
      type: 'file',
      mode: 0o644,
      data: readFileSync(ca),
    });
  return entries;
}

export interface Layer {
  blob: FileBlob;
  diffId: string;
  description: string;
}

/** Passes chunks through, hashing and counting them. */
function tap(hash: ReturnType<typeof createHash>, count: { bytes: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      count.bytes += chunk.length;
      done(null, chunk);
    },
  });
}

/**
 * tar → gzip → file, streamed: the diff ID (over the tar) and the digest (over the gzip) are computed on
 * the way, so a layer of any size costs a few MB of memory. zlib's output does not depend on how its
 * input is chunked, so the bytes (and the digest) are the same as gzipping the whole tar at once.
 */
export async function makeLayer(
  entries: TarEntry[],
  mtime: number,
  description: string,
  dir: string,
): Promise<Layer> {
  const path = join(dir, `layer-${randomUUID()}.tar.gz`);
  const tarHash = createHash('sha256');
  const gzHash = createHash('sha256');
  const tarBytes = { bytes: 0 };
  const gzBytes = { bytes: 0 };
  await pipeline(
    Readable.from(tarChunks(entries, mtime)),
    tap(tarHash, tarBytes),
    createGzip({ level: 6 }),
    tap(gzHash, gzBytes),
    createWriteStream(path),
  );
  return {
    blob: {
      path,
      descriptor: {
        mediaType: MediaType.ociLayerGzip,
        digest: `sha256:${gzHash.digest('hex')}`,
        size: gzBytes.bytes,
      },
    },
    diffId: `sha256:${tarHash.digest('hex')}`,
    description,
  };
}
