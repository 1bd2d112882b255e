import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export const MediaType = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  dockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
} as const;

export const MANIFEST_TYPES: string[] = [MediaType.ociManifest, MediaType.dockerManifest];
export const INDEX_TYPES: string[] = [MediaType.ociIndex, MediaType.dockerManifestList];
/** A GET without these gets a 404 for OCI manifests, or a schema1 conversion (test/infra/registry/README.md, "Clients"). */
export const MANIFEST_ACCEPT = [...INDEX_TYPES, ...MANIFEST_TYPES].join(', ');

export function sha256(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** sha256 of a file, read as a stream (layers can be larger than memory should hold). */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return `sha256:${hash.digest('hex')}`;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
}

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export function formatPlatform(p: Platform): string {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}

/**
 * The index order when none is given: by platform name (code-point order, `linux/arm/v7` before
 * `linux/arm64`). assemble and merge both use it, so an index is the same bytes whichever built it.
 */
export function byPlatformName(a: { platform: Platform }, b: { platform: Platform }): number {
  const x = formatPlatform(a.platform);
  const y = formatPlatform(b.platform);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `linux/arm64`, `linux/arm/v7`; arm64's implicit `v8` is dropped so `linux/arm64/v8` equals `linux/arm64`. */
export function parsePlatform(text: string): Platform | undefined {
  const m = /^([a-z0-9]+)\/([a-z0-9_]+)(?:\/([a-z0-9]+))?$/.exec(text.trim());
  if (!m) return undefined;
  const variant = m[2] === 'arm64' && m[3] === 'v8' ? undefined : m[3];
  return { os: m[1]!, architecture: m[2]!, ...(variant ? { variant } : {}) };
}

export function samePlatform(a: Platform, b: Platform): boolean {
  const norm = (p: Platform) => formatPlatform(parsePlatform(formatPlatform(p)) ?? p);
  return norm(a) === norm(b);
}
