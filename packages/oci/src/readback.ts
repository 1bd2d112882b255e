/*
 * The pushed image as the registry serves it: the manifest or index under the pushed digest, the
 * platform manifest and config blob of the native platform (else the first), and what a tag resolves
 * to. What the integrity report compares is read back, not taken from what we meant to push.
 */
import type { ImageReference } from '@goship/contract';
import type { ImageConfig, ImageIndex, ImageManifest } from './image.js';
import { isNative } from './listening.js';
import { formatPlatform, INDEX_TYPES } from './media.js';
import type { RegistryPool } from './registry/pool.js';

export interface PushedImage {
  /** The digest of the top manifest/index, computed over the bytes the registry sent. */
  digest: string;
  mediaType: string;
  /** The platform whose config was read (the native one when the image has it). */
  platform: string;
  /** That platform's manifest digest. */
  manifestDigest: string;
  config: ImageConfig;
  /** What each asked tag resolves to now (undefined: the registry has no such tag). */
  tags: Record<string, string | undefined>;
}

/** Reads `repository@digest` back through the pool's client (its credentials and origin rules). */
export async function readPushedImage(
  pool: RegistryPool,
  image: ImageReference,
  digest: string,
  tags: string[] = [],
): Promise<PushedImage> {
  const client = pool.client(image.registry);
  const repo = image.repository;
  const top = await client.getManifest(repo, digest);
  if (!top) throw new Error(`${image.registry}/${repo} has no manifest ${digest}`);
  let manifestDigest = top.digest;
  let manifest: ImageManifest;
  if (INDEX_TYPES.includes(top.mediaType)) {
    const index = JSON.parse(top.body.toString('utf8')) as ImageIndex;
    const entries = index.manifests.filter((m) => m.platform && m.platform.os !== 'unknown');
    const chosen = entries.find((m) => isNative(m.platform!)) ?? entries[0];
    if (!chosen) throw new Error(`index ${digest} in ${image.registry}/${repo} lists no platform image`);
    const m = await client.getManifest(repo, chosen.digest);
    if (!m)
      throw new Error(`${image.registry}/${repo} has no manifest ${chosen.digest} (listed in ${digest})`);
    manifestDigest = m.digest;
    manifest = JSON.parse(m.body.toString('utf8')) as ImageManifest;
  } else manifest = JSON.parse(top.body.toString('utf8')) as ImageManifest;
  const config = JSON.parse(
    (await client.getBlob(repo, manifest.config.digest)).toString('utf8'),
  ) as ImageConfig;
  const resolved = await Promise.all(
    tags.map(async (t) => [t, (await client.getManifest(repo, t))?.digest] as const),
  );
  return {
    digest: top.digest,
    mediaType: top.mediaType,
    platform: formatPlatform({ os: config.os, architecture: config.architecture, variant: config.variant }),
    manifestDigest,
    config,
    tags: Object.fromEntries(resolved),
  };
}
