/*
 * Image configs, manifests and indexes as exact bytes. Pure: same inputs → same bytes → same digests.
 * JSON is serialized once here and never re-serialized: a manifest's digest is over the bytes pushed.
 */
import { PORT_ENV } from '@goship/contract';
import { type Descriptor, MediaType, type Platform, sha256 } from './media.js';

export interface ImageConfig {
  created?: string;
  author?: string;
  architecture: string;
  os: string;
  variant?: string;
  config: {
    User?: string;
    ExposedPorts?: Record<string, object>;
    Env?: string[];
    Entrypoint?: string[];
    Cmd?: string[] | null;
    WorkingDir?: string;
    Labels?: Record<string, string>;
    StopSignal?: string;
    Volumes?: Record<string, object>;
  };
  rootfs: { type: 'layers'; diff_ids: string[] };
  history?: { created?: string; created_by?: string; comment?: string; empty_layer?: boolean }[];
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}

export interface Blob {
  descriptor: Descriptor;
  data: Buffer;
}

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface RuntimeSettings {
  entrypoint: string[];
  /** Replaces or adds the port variable in Env and adds `<port>/tcp` to ExposedPorts. */
  port?: number;
  /** The port variable (port-env), PORT by default. */
  portEnv?: string;
  env?: Record<string, string>;
  user?: string;
  labels?: Record<string, string>;
  workingDir?: string;
  created: string;
}

/**
 * The config of the new image: the base config kept (Env, WorkingDir, Labels, history, layers...), then
 * ours on top. Setting Entrypoint clears the base Cmd, as a Dockerfile ENTRYPOINT does.
 */
export function buildConfig(
  base: ImageConfig | undefined,
  platform: Platform,
  settings: RuntimeSettings,
  newLayers: { diffId: string; createdBy: string }[],
): ImageConfig {
  const baseCfg = base?.config ?? {};
  const env = new Map<string, string>();
  for (const e of baseCfg.Env ?? [DEFAULT_PATH]) {
    const eq = e.indexOf('=');
    env.set(eq < 0 ? e : e.slice(0, eq), eq < 0 ? '' : e.slice(eq + 1));
  }
  if (!env.has('PATH')) env.set('PATH', DEFAULT_PATH.slice(5));
  for (const [k, v] of Object.entries(settings.env ?? {})) env.set(k, v);
  if (settings.port !== undefined) env.set(settings.portEnv ?? PORT_ENV, String(settings.port));
  const exposed: Record<string, object> = { ...(baseCfg.ExposedPorts ?? {}) };
  if (settings.port !== undefined) exposed[`${settings.port}/tcp`] = {};
  const config: ImageConfig['config'] = {
    ...baseCfg,
    Env: [...env].map(([k, v]) => `${k}=${v}`),
    Entrypoint: settings.entrypoint,
    Cmd: null,
    Labels: { ...(baseCfg.Labels ?? {}), ...(settings.labels ?? {}) },
  };
  if (settings.user) config.User = settings.user;
  if (settings.workingDir) config.WorkingDir = settings.workingDir;
  if (Object.keys(exposed).length > 0) config.ExposedPorts = exposed;
  delete config.Cmd;
  return {
    created: settings.created,
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant ? { variant: platform.variant } : {}),
    config: sortKeys(config),
    rootfs: {
      type: 'layers',
      diff_ids: [...(base?.rootfs.diff_ids ?? []), ...newLayers.map((l) => l.diffId)],
    },
    history: [
      ...(base?.history ?? []),
      ...newLayers.map((l) => ({ created: settings.created, created_by: l.createdBy, comment: 'goship' })),
    ],
  };
}

function sortKeys<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))) as T;
}

export function jsonBlob(value: unknown, mediaType: string, extra: Partial<Descriptor> = {}): Blob {
  const data = Buffer.from(JSON.stringify(value));
  return { data, descriptor: { mediaType, digest: sha256(data), size: data.length, ...extra } };
}

/** Docker layer media types are the same bytes; an OCI manifest names them with the OCI type. */
export function ociLayerType(mediaType: string): string {
  if (mediaType === MediaType.dockerLayerGzip) return MediaType.ociLayerGzip;
  return mediaType;
}

export function buildManifest(
  config: Blob,
  layers: Descriptor[],
  annotations?: Record<string, string>,
): Blob {
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: config.descriptor,
    layers: layers.map((l) => ({ mediaType: ociLayerType(l.mediaType), digest: l.digest, size: l.size })),
    ...(annotations && Object.keys(annotations).length > 0 ? { annotations } : {}),
  };
  return jsonBlob(manifest, MediaType.ociManifest);
}

export function buildIndex(
  manifests: { manifest: Blob; platform: Platform }[],
  annotations?: Record<string, string>,
): Blob {
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MediaType.ociIndex,
    manifests: manifests.map((m) => ({ ...m.manifest.descriptor, platform: m.platform })),
    ...(annotations && Object.keys(annotations).length > 0 ? { annotations } : {}),
  };
  return jsonBlob(index, MediaType.ociIndex);
}
