/* Base images: resolve a reference to the manifest and config for each wanted platform. */
import { formatReference, type ImageReference } from '@goship/contract';
import { UserError } from '@goship/kit';
import type { ImageConfig, ImageIndex, ImageManifest } from './image.js';
import { type Descriptor, formatPlatform, INDEX_TYPES, type Platform, samePlatform } from './media.js';
import type { RegistryPool } from './registry/pool.js';

export interface ResolvedBase {
  ref: ImageReference;
  /** The digest of what the reference points at (index or manifest), for the base.digest annotation. */
  digest: string;
  platform: Platform;
  manifestDigest: string;
  layers: Descriptor[];
  config: ImageConfig;
}

export async function resolveBase(
  pool: RegistryPool,
  ref: ImageReference,
  platforms: Platform[],
): Promise<ResolvedBase[]> {
  const client = pool.client(ref.registry);
  const wanted = ref.digest ?? ref.tag ?? 'latest';
  const name = formatReference(ref);
  const top = await client.getManifest(ref.repository, wanted);
  if (!top) {
    throw new UserError(
      `Base image ${name} does not exist: registry ${ref.registry} has no manifest '${wanted}' in repository '${ref.repository}'.`,
      {
        hint: 'Check the base input (registry, repository and tag), or push the base image first.',
      },
    );
  }
  const parsed = JSON.parse(top.body.toString('utf8')) as ImageManifest | ImageIndex;
  const isIndex = INDEX_TYPES.includes(top.mediaType) || 'manifests' in parsed;
  const out: ResolvedBase[] = [];
  for (const platform of platforms) {
    let manifest: ImageManifest;
    let manifestDigest = top.digest;
    if (isIndex) {
      const entries = (parsed as ImageIndex).manifests;
      const entry = entries.find((m) => m.platform && samePlatform(m.platform, platform));
      if (!entry) {
        const available = entries.flatMap((m) => (m.platform ? [formatPlatform(m.platform)] : [])).join(', ');
        throw new UserError(
          `Base image ${name} has no ${formatPlatform(platform)} image (it has: ${available || 'none'}).`,
          {
            hint: 'Pick a base image that supports every platform in the platforms input, or drop that platform.',
          },
        );
      }
      const m = await client.getManifest(ref.repository, entry.digest);
      if (!m)
        throw new UserError(
          `Base image ${name}: its index lists ${entry.digest} for ${formatPlatform(platform)}, but the registry does not have it.`,
        );
      manifest = JSON.parse(m.body.toString('utf8')) as ImageManifest;
      manifestDigest = m.digest;
    } else {
      manifest = parsed as ImageManifest;
    }
    const config = JSON.parse(
      (await client.getBlob(ref.repository, manifest.config.digest)).toString('utf8'),
    ) as ImageConfig;
    const basePlatform = {
      os: config.os,
      architecture: config.architecture,
      ...(config.variant ? { variant: config.variant } : {}),
    };
    if (!samePlatform(basePlatform, platform)) {
      throw new UserError(
        `Base image ${name} is ${formatPlatform(basePlatform)} only, but ${formatPlatform(platform)} was asked for.`,
        {
          hint: 'Use a multi-platform base image (an image index) or build only for the base image’s platform.',
        },
      );
    }
    out.push({ ref, digest: top.digest, platform, manifestDigest, layers: manifest.layers, config });
  }
  return out;
}
