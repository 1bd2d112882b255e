/*
 * The assembled image pushed through the Distribution API: every blob once (base layers mounted or
 * copied, ours uploaded), a few at a time, then the platform manifests by digest and the top one under
 * each tag; a manifest refused for a blob the registry lost track of is retried once after a recheck.
 */

import { RegistryError } from '../registry/errors.js';
import type { BuiltImage } from './platform.js';
import type { AssembleRequest, AssembleResult } from './request.js';

export type Transfers = Pick<AssembleResult, 'uploaded' | 'reused' | 'uploadedBytes'>;

export async function pushImage(
  req: AssembleRequest,
  { builds, top, report, fetchBaseLayer }: BuiltImage,
  transfers: Transfers,
  log: (message: string) => void,
): Promise<void> {
  const client = req.pool.client(req.image.registry);
  const repo = req.image.repository;
  let recheck = false;
  const count = (result: string, size: number) => {
    if (recheck) return;
    if (result === 'uploaded') {
      transfers.uploaded++;
      transfers.uploadedBytes += size;
    } else transfers.reused++;
  };
  // Blobs once each (the scratch rootfs layer is shared by every platform), a few at a time.
  const jobs = new Map<string, () => Promise<void>>();
  for (const b of builds) {
    for (const l of b.base?.layers ?? []) {
      jobs.set(l.digest, async () => {
        const sameRegistry = req.base!.registry === req.image.registry;
        const result = await client.pushBlob(
          repo,
          l.digest,
          async () => ({ path: await fetchBaseLayer(l), start: 0, size: l.size }),
          sameRegistry ? req.base!.repository : undefined,
        );
        if (!recheck) report.get(l.digest)!.transfer = result === 'uploaded' ? 'copied' : result;
        count(result, l.size);
      });
    }
    for (const blob of [...b.ownLayers.map((l) => l.blob), b.config]) {
      jobs.set(blob.descriptor.digest, async () => {
        const body = 'path' in blob ? { path: blob.path, start: 0, size: blob.descriptor.size } : blob.data;
        const result = await client.pushBlob(repo, blob.descriptor.digest, () => body);
        const r = report.get(blob.descriptor.digest);
        if (r && !recheck) r.transfer = result;
        count(result, blob.descriptor.size);
      });
    }
  }
  await runLimited([...jobs.values()], 4);
  log(
    `blobs: ${transfers.uploaded} uploaded, ${transfers.reused} already in ${req.image.registry}/${repo} or mounted`,
  );
  // Platform manifests by digest first, then the top one under each tag: a tag never points at an
  // image whose parts are missing.
  const putManifests = async () => {
    if (builds.length > 1) {
      for (const b of builds)
        await client.putManifest(
          repo,
          b.manifest.descriptor.digest,
          b.manifest.descriptor.mediaType,
          b.manifest.data,
        );
    }
    const refs = req.tags.length > 0 ? req.tags : [top.descriptor.digest];
    for (const ref of refs) await client.putManifest(repo, ref, top.descriptor.mediaType, top.data);
  };
  try {
    await putManifests();
  } catch (err) {
    if (!(err instanceof RegistryError) || !err.codes.includes('MANIFEST_BLOB_UNKNOWN')) throw err;
    // Two pushes of one blob into one repository at once (matrix runners share the scratch rootfs layer)
    // can leave the registry's link to it unreadable for a moment (distribution 2.8 rewrites the link file
    // in place, seen in CI): both uploads succeeded, yet the manifest is refused for an unknown blob. Every
    // blob is checked again (HEAD; what is really missing is uploaded) and the manifests are put once more.
    log(`${req.image.registry} refused the manifest for a blob it did not find; checking every blob again`);
    await new Promise((resolve) => setTimeout(resolve, BLOB_RECHECK_DELAY_MS));
    recheck = true;
    await runLimited([...jobs.values()], 4);
    await putManifests();
  }
}

/** How long a refused manifest waits before its blobs are checked again (a concurrent push settling). */
const BLOB_RECHECK_DELAY_MS = 1000;

async function runLimited(jobs: (() => Promise<void>)[], limit: number): Promise<void> {
  const queue = [...jobs];
  const errors: unknown[] = [];
  await Promise.all(
    Array.from({ length: Math.min(limit, queue.length) }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        try {
          await job();
        } catch (e) {
          errors.push(e);
          queue.length = 0;
        }
      }
    }),
  );
  if (errors.length > 0) throw errors[0];
}
