/*
 * mode: merge — single-platform images pushed by digest on separate runners (push-by-digest) become one
 * multi-platform index, built by the same buildIndex() a single-runner assemble uses, so the index is the
 * same bytes when the platform manifests are. Only manifests and configs are read: no layer moves.
 */
import {
  digestReference,
  formatReference,
  type ImageReference,
  InvalidReferenceError,
  isValidDigest,
  parseReference,
  repositoryName,
} from '@goship/contract';
import { UserError } from '@goship/kit';
import { type Blob, buildIndex, type ImageConfig, type ImageManifest } from './image.js';
import {
  byPlatformName,
  formatPlatform,
  INDEX_TYPES,
  MANIFEST_TYPES,
  type Platform,
  parsePlatform,
} from './media.js';
import type { RegistryPool } from './registry/pool.js';

/** Manifest annotations assemble adds per platform only (they name each platform's own base manifest). */
const PER_PLATFORM_ANNOTATIONS = [
  'org.opencontainers.image.base.name',
  'org.opencontainers.image.base.digest',
];
const VERSION_LABEL = 'org.opencontainers.image.version';
const REVISION_LABEL = 'org.opencontainers.image.revision';

const DIGESTS_FORM =
  "sha256:<64 hex> or registry/repository@sha256:<64 hex>, one per line, or a JSON list of those (or of docker-multistage's metadata output: objects with 'image' or 'digest')";

function digestsError(problem: string, hint?: string): UserError {
  return new UserError(`Input 'digests': ${problem}. Expected ${DIGESTS_FORM}.`, { hint });
}

/** Strings out of the JSON forms: a list of strings, `{image}`/`{digest}` objects, or one such object. */
function jsonEntries(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((v, i) => {
    if (typeof v === 'string') return v;
    const o = (v ?? {}) as { image?: unknown; digest?: unknown };
    if (typeof o.image === 'string' && o.image.includes('@')) return o.image;
    if (typeof o.digest === 'string') return o.digest;
    throw digestsError(`JSON entry ${i} has neither 'image' (name@digest) nor 'digest'`);
  });
}

/**
 * The digests input as references into `image`'s repository. Pure; every entry is checked before the
 * registry is asked anything. Identical references given twice are one image.
 */
export function parseDigests(raw: string, image: ImageReference): ImageReference[] {
  const text = raw.trim();
  if (text === '')
    throw digestsError('is empty', 'Pass the digest output of each push-by-digest job (see the README).');
  const json = (t: string, where: string): string[] => {
    try {
      return jsonEntries(JSON.parse(t));
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw digestsError(`${where} starts like JSON but is not JSON (${(e as Error).message})`);
    }
  };
  const isJson = (t: string) => t.startsWith('[') || t.startsWith('{');
  // One JSON document, or lines each a reference or a JSON document (a directory of metadata files).
  const entries =
    isJson(text) && isWholeJson(text)
      ? json(text, 'it')
      : text
          .split('\n')
          .flatMap((line, i) => (isJson(line.trim()) ? json(line.trim(), `line ${i + 1}`) : line.split(',')));
  const seen = new Set<string>();
  const refs: ImageReference[] = [];
  for (const entry of entries.map((e) => e.trim()).filter(Boolean)) {
    let ref: ImageReference;
    if (isValidDigest(entry)) ref = { registry: image.registry, repository: image.repository, digest: entry };
    else if (/^sha\d+:/.test(entry))
      // Would otherwise parse as docker.io/library/sha256 with a tag.
      throw digestsError(`'${entry}' is not a digest (sha256: and 64 lower-case hex digits)`);
    else {
      try {
        ref = parseReference(entry);
      } catch (e) {
        if (e instanceof InvalidReferenceError) throw digestsError(`'${entry}': ${e.problem}`);
        throw e;
      }
      if (!ref.digest) throw digestsError(`'${entry}' names no digest`);
    }
    if (ref.registry !== image.registry || ref.repository !== image.repository)
      throw digestsError(
        `'${entry}' is in ${repositoryName(ref)}, not in the image repository ${repositoryName(image)}`,
        'Push every platform (push-by-digest) to the repository given as image in the merge job.',
      );
    if (seen.has(ref.digest!)) continue;
    seen.add(ref.digest!);
    refs.push({ ...ref, tag: undefined });
  }
  if (refs.length === 0) throw digestsError('lists no digest');
  return refs;
}

function isWholeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export interface PlatformManifest {
  reference: ImageReference;
  platform: Platform;
  manifest: Blob;
  annotations: Record<string, string>;
  labels: Record<string, string>;
  /** Config + layers, compressed. */
  size: number;
  layers: { digest: string; size: number }[];
}

/** Reads one single-platform manifest and its config; refuses what is missing or not single-platform. */
export async function readPlatformManifest(
  pool: RegistryPool,
  ref: ImageReference,
): Promise<PlatformManifest> {
  const client = pool.client(ref.registry);
  const got = await client.getManifest(ref.repository, ref.digest!);
  if (!got)
    throw new UserError(
      `Input 'digests': ${formatReference(ref)} is not in the registry (manifest unknown).`,
      {
        hint: 'Check that the push-by-digest job for this platform succeeded and pushed to the same repository, and that the digest was passed unchanged.',
      },
    );
  if (INDEX_TYPES.includes(got.mediaType))
    throw new UserError(
      `Input 'digests': ${formatReference(ref)} is a multi-platform index, not a single-platform image.`,
      { hint: 'Pass the digest output of push-by-digest jobs (one platform each).' },
    );
  if (!MANIFEST_TYPES.includes(got.mediaType))
    throw new UserError(
      `Input 'digests': ${formatReference(ref)} has media type ${got.mediaType}, not an image manifest.`,
    );
  const manifest = JSON.parse(got.body.toString('utf8')) as ImageManifest;
  const config = JSON.parse(
    (await client.getBlob(ref.repository, manifest.config.digest)).toString('utf8'),
  ) as ImageConfig;
  const platform: Platform = {
    os: config.os,
    architecture: config.architecture,
    ...(config.variant ? { variant: config.variant } : {}),
  };
  return {
    reference: ref,
    platform: parsePlatform(formatPlatform(platform)) ?? platform,
    manifest: {
      data: got.body,
      descriptor: { mediaType: got.mediaType, digest: got.digest, size: got.body.length },
    },
    annotations: manifest.annotations ?? {},
    labels: config.config?.Labels ?? {},
    size: manifest.config.size + manifest.layers.reduce((n, l) => n + l.size, 0),
    layers: manifest.layers.map((l) => ({ digest: l.digest, size: l.size })),
  };
}

/**
 * Checks the images belong together (one per platform, one version, one revision, the same annotations)
 * and orders them by platform name (byPlatformName, as assemble does), so the index is the same bytes
 * however the platforms were listed; `platforms`, when given, must name exactly the merged ones.
 */
export function planMerge(images: PlatformManifest[], platforms: Platform[]): PlatformManifest[] {
  const byPlatform = new Map<string, PlatformManifest>();
  for (const img of images) {
    const key = formatPlatform(img.platform);
    const other = byPlatform.get(key);
    if (other)
      throw new UserError(
        `Input 'digests': two images for ${key}: ${other.reference.digest} and ${img.reference.digest}.`,
        { hint: 'Each matrix job must push a different platform; pass each job’s digest once.' },
      );
    byPlatform.set(key, img);
  }
  for (const label of [VERSION_LABEL, REVISION_LABEL]) {
    const values = new Set(images.map((i) => i.labels[label] ?? '(none)'));
    if (values.size > 1)
      throw new UserError(
        `Input 'digests': the images are of different ${label === VERSION_LABEL ? 'versions' : 'commits'} (label ${label}): ${images
          .map(
            (i) =>
              `${formatPlatform(i.platform)} ${i.manifest.descriptor.digest.slice(0, 19)} = ${i.labels[label] ?? '(none)'}`,
          )
          .join(', ')}.`,
        {
          hint: 'Merge only the digests of one workflow run (one commit); rerun the build jobs that are stale.',
        },
      );
  }
  const first = images[0]!;
  const shared = indexAnnotations(first.annotations);
  for (const img of images.slice(1)) {
    const own = indexAnnotations(img.annotations);
    const keys = new Set([...Object.keys(shared), ...Object.keys(own)]);
    const differing = [...keys].filter((k) => shared[k] !== own[k]);
    if (differing.length > 0)
      throw new UserError(
        `Input 'digests': ${formatPlatform(first.platform)} and ${formatPlatform(img.platform)} differ in the annotations ${differing.join(', ')}.`,
        { hint: 'Give every push-by-digest job the same labels input.' },
      );
  }
  const sorted = [...images].sort(byPlatformName);
  if (platforms.length === 0) return sorted;
  const wanted = platforms.map((p) => formatPlatform(parsePlatform(formatPlatform(p)) ?? p));
  const missing = wanted.filter((p) => !byPlatform.has(p));
  const extra = [...byPlatform.keys()].filter((p) => !wanted.includes(p));
  if (missing.length > 0 || extra.length > 0)
    throw new UserError(
      `Input 'platforms': ${missing.length > 0 ? `no digest for ${missing.join(', ')}` : ''}${missing.length > 0 && extra.length > 0 ? '; ' : ''}${extra.length > 0 ? `digests for ${extra.join(', ')} not listed` : ''} (the digests are for ${[...byPlatform.keys()].join(', ')}).`,
      {
        hint: 'List every merged platform in platforms, or leave platforms empty.',
      },
    );
  return sorted;
}

/** A platform manifest's annotations as the index carries them (assemble's per-platform ones dropped). */
export function indexAnnotations(annotations: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(annotations).filter(([k]) => !PER_PLATFORM_ANNOTATIONS.includes(k)),
  );
}

export interface MergeResult {
  digest: string;
  index: Blob;
  images: PlatformManifest[];
  /** The index annotations: the platforms' shared labels (+ the labels input). */
  annotations: Record<string, string>;
  version: string;
  revision: string;
}

/** Reads every digest (in parallel), checks, builds the index. Pushes nothing. */
export async function planIndex(
  pool: RegistryPool,
  refs: ImageReference[],
  platforms: Platform[],
  labels: Record<string, string>,
): Promise<MergeResult> {
  const images = planMerge(await Promise.all(refs.map((r) => readPlatformManifest(pool, r))), platforms);
  const annotations = { ...indexAnnotations(images[0]!.annotations), ...labels };
  const index = buildIndex(
    images.map((i) => ({ manifest: i.manifest, platform: i.platform })),
    annotations,
  );
  return {
    annotations,
    digest: index.descriptor.digest,
    index,
    images,
    version: images[0]!.labels[VERSION_LABEL] ?? '',
    revision: images[0]!.labels[REVISION_LABEL] ?? '',
  };
}

/** The index by digest, then under each tag (the platform manifests are already there). */
export async function pushIndex(
  pool: RegistryPool,
  image: ImageReference,
  index: Blob,
  tags: string[],
): Promise<string> {
  const client = pool.client(image.registry);
  await client.putManifest(image.repository, index.descriptor.digest, index.descriptor.mediaType, index.data);
  for (const tag of tags)
    await client.putManifest(image.repository, tag, index.descriptor.mediaType, index.data);
  return digestReference(image, index.descriptor.digest);
}
