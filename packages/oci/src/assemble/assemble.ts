/*
 * The daemonless backend (ko-style): prebuilt Go binaries + a base image → one image per platform
 * (base layers, a small rootfs layer for scratch, the binary layer) → an OCI index when there are
 * several platforms → pushed through the Distribution API or written as an OCI layout.
 *
 * This file is the entry and the order of the steps; each step lives beside it: which binary goes where
 * (artifacts.ts), the layers we write (layers.ts), one platform's config and manifest (platform.ts), the
 * push (push.ts) or the layout write (write.ts), and the request and result types (request.ts).
 */

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveBase } from '../base.js';
import { buildIndex, type ImageConfig } from '../image.js';
import { type Descriptor, formatPlatform } from '../media.js';
import { makeLayer, scratchRootfs } from './layers.js';
import { type BuiltImage, buildPlatform, layerReports, type PlatformBuild } from './platform.js';
import { pushImage, type Transfers } from './push.js';
import type { AssembleRequest, AssembleResult, LayerReport } from './request.js';
import { writeImage } from './write.js';

export { type Artifact, entrypointName, selectArtifacts } from './artifacts.js';
export * from './request.js';

export async function assemble(req: AssembleRequest): Promise<AssembleResult> {
  const root = req.tempDir ?? tmpdir();
  mkdirSync(root, { recursive: true });
  const work = mkdtempSync(join(root, 'goship-assemble-'));
  try {
    return await assembleIn(req, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function assembleIn(req: AssembleRequest, work: string): Promise<AssembleResult> {
  const log = req.log ?? (() => {});
  const platforms = req.binaries.map((b) => b.platform);
  const bases = req.base ? await resolveBase(req.pool, req.base, platforms) : undefined;
  const rootfs = req.base
    ? undefined
    : await makeLayer(
        scratchRootfs(req.caBundlePath),
        req.mtime,
        'rootfs: /etc/passwd, /etc/group, CA certificates, /tmp',
        work,
      );
  const builds: PlatformBuild[] = await Promise.all(
    req.binaries.map((binary, i) => buildPlatform(req, work, binary, bases?.[i], rootfs)),
  );
  const top =
    builds.length === 1
      ? builds[0]!.manifest
      : buildIndex(
          builds.map((b) => ({ manifest: b.manifest, platform: b.platform })),
          req.annotations,
        );
  const report = new Map<string, LayerReport>();
  for (const b of builds) for (const r of layerReports(req, report, b)) report.set(r.digest, r);
  const fetchBaseLayer = baseLayerFetcher(req, work);
  if (req.beforePush)
    await req.beforePush(
      builds.map((b) => ({
        platform: formatPlatform(b.platform),
        config: JSON.parse(b.config.data.toString('utf8')) as ImageConfig,
        layers: async () => [
          ...(await Promise.all((b.base?.layers ?? []).map(fetchBaseLayer))),
          ...b.ownLayers.map((l) => l.blob.path),
        ],
      })),
    );
  const image: BuiltImage = { builds, top, report, fetchBaseLayer };
  const transfers: Transfers = { uploaded: 0, reused: 0, uploadedBytes: 0 };
  let output: AssembleResult['output'];
  if (req.push) await pushImage(req, image, transfers, log);
  else output = await writeImage(req, image);

  return {
    digest: top.descriptor.digest,
    mediaType: top.descriptor.mediaType,
    platforms: builds.map((b) => ({
      platform: formatPlatform(b.platform),
      digest: b.manifest.descriptor.digest,
      size:
        b.config.descriptor.size +
        [...(b.base?.layers ?? []), ...b.ownLayers.map((l) => l.blob.descriptor)].reduce(
          (n, l: Descriptor) => n + l.size,
          0,
        ),
      layers: layerReports(req, report, b),
    })),
    tags: req.tags,
    pushed: req.push,
    output,
    ...transfers,
  };
}

/** Base layers are copied through a file: a layer is never held in memory whole. Each is fetched once. */
function baseLayerFetcher(req: AssembleRequest, work: string): (l: Descriptor) => Promise<string> {
  const fetched = new Map<string, Promise<string>>();
  return (l) => {
    let pending = fetched.get(l.digest);
    if (!pending) {
      const path = join(work, `base-${l.digest.slice('sha256:'.length)}`);
      pending = req.pool
        .client(req.base!.registry)
        .downloadBlob(req.base!.repository, l.digest, path, l.size)
        .then(() => path);
      fetched.set(l.digest, pending);
    }
    return pending;
  };
}
