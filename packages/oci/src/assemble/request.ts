/*
 * What the daemonless backend is asked and what it answers: the request (binaries per platform, base,
 * tags, labels, where the image goes), the images handed to the listening check before anything leaves,
 * and the result with a report per layer. Every other file of assemble/ speaks these types.
 */

import type { ImageReference } from '@goship/contract';
import type { ImageConfig } from '../image.js';
import type { Platform } from '../media.js';
import type { RegistryPool } from '../registry/pool.js';
import type { Artifact } from './artifacts.js';

export interface AssembleRequest {
  /** Target repository (a tag or digest in it is ignored; tags come from `tags`). */
  image: ImageReference;
  tags: string[];
  /** Binary per platform (see selectArtifacts). */
  binaries: { platform: Platform; artifact: Artifact }[];
  /** Base image; undefined = scratch (plus /etc/passwd, /etc/group, CA certificates, /tmp). */
  base?: ImageReference;
  port?: number;
  /** The variable the port is set in (port-env; PORT by default). */
  portEnv?: string;
  user: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** RFC 3339 commit time, for `created` and history. */
  created: string;
  /** Seconds since the epoch for every file in our layers. */
  mtime: number;
  push: boolean;
  /** Layout directory or `.tar` archive when not pushing. */
  output?: string;
  /** Where layers are written while the image is assembled (default: the OS temp dir); removed after. */
  tempDir?: string;
  /** CA bundle copied into scratch images (default: the runner's /etc/ssl/certs/ca-certificates.crt). */
  caBundlePath?: string;
  pool: RegistryPool;
  log?: (message: string) => void;
  /**
   * Called once every platform image is assembled and before any blob is pushed or written (the
   * listening check): each image's config and, on demand, its layer files bottom first.
   */
  beforePush?: (images: AssembledImage[]) => Promise<void>;
}

export interface AssembledImage {
  platform: string;
  config: ImageConfig;
  layers(): Promise<string[]>;
}

export interface LayerReport {
  digest: string;
  size: number;
  from: 'base' | 'goship';
  description: string;
  transfer?: 'exists' | 'mounted' | 'uploaded' | 'copied' | 'written';
}

export interface PlatformImage {
  platform: string;
  digest: string;
  /** Config + layers, compressed. */
  size: number;
  layers: LayerReport[];
}

export interface AssembleResult {
  digest: string;
  mediaType: string;
  platforms: PlatformImage[];
  tags: string[];
  pushed: boolean;
  output?: { kind: 'directory' | 'archive'; path: string };
  /** Blobs uploaded vs already present/mounted (re-push of an unchanged image uploads none). */
  uploaded: number;
  reused: number;
  /** Bytes of the blobs uploaded (0 for an unchanged re-push). */
  uploadedBytes: number;
}

export const DEFAULT_USER = '65532:65532';
