/*
 * The daemonless backend (ko-style): prebuilt Go binaries + a base image → one image per platform
 * (base layers, a small rootfs layer for scratch, the binary layer) → an OCI index when there are
 * several platforms → pushed through the Distribution API or written as an OCI layout.
 */

import { createHash, randomUUID } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { type BuildArtifact, formatReference, type ImageReference } from '@goship/contract';
import { UserError } from '@goship/kit';
import { type ResolvedBase, resolveBase } from './base.js';
import { type Blob, buildConfig, buildIndex, buildManifest, type ImageConfig, jsonBlob } from './image.js';
import { type FileBlob, writeLayout } from './layout.js';
import {
  byPlatformName,
  type Descriptor,
  formatPlatform,
  MediaType,
  type Platform,
  samePlatform,
  sha256File,
} from './media.js';
import { RegistryError } from './registry/errors.js';
import type { RegistryPool } from './registry/pool.js';
import { type TarEntry, tarChunks } from './tar.js';

/** One entry of go-build-ldflags' `artifacts` output. */
/** A binary to put in the image: go-build-ldflags' artifacts output (the contract's BuildArtifact). */
export type Artifact = BuildArtifact;

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

/**
 * Which binary goes into which platform image. No platforms → every linux artifact. A platform without a
 * binary is an error naming what the artifacts do contain.
 */
export function selectArtifacts(
  platforms: Platform[],
  artifacts: Artifact[],
): { platform: Platform; artifact: Artifact }[] {
  const artifactPlatform = (a: Artifact): Platform => ({
    os: a.os,
    architecture: a.arch,
    ...(a.variant ? { variant: a.variant } : {}),
  });
  // The index follows byPlatformName (as a merge of the same images does), not the order the platforms or
  // targets happened to be listed in: the same binaries give the same index bytes however they were listed.
  const wanted = (
    platforms.length > 0 ? platforms : artifacts.filter((a) => a.os === 'linux').map(artifactPlatform)
  )
    .map((platform) => ({ platform }))
    .sort(byPlatformName)
    .map((p) => p.platform);
  if (wanted.length === 0) {
    throw new UserError(
      `Input 'artifacts' has no linux binary (it has: ${artifacts.map((a) => formatPlatform(artifactPlatform(a))).join(', ') || 'nothing'}).`,
      {
        hint: 'Build at least one linux/<arch> target with go-build-ldflags.',
      },
    );
  }
  const missing: string[] = [];
  const out = wanted.map((platform) => {
    const artifact = artifacts.find((a) => samePlatform(artifactPlatform(a), platform));
    if (!artifact) missing.push(formatPlatform(platform));
    return { platform, artifact: artifact! };
  });
  if (missing.length > 0) {
    throw new UserError(
      `Input 'platforms': no binary for ${missing.join(', ')} in 'artifacts' (it has: ${artifacts.map((a) => formatPlatform(artifactPlatform(a))).join(', ')}).`,
      { hint: 'Add these targets to go-build-ldflags, or remove them from platforms.' },
    );
  }
  return out;
}

/** The binary as a file-backed layer entry source, after its sha256 is checked (streamed, never in memory). */
async function checkArtifact(a: Artifact): Promise<{ path: string; size: number }> {
  if (!existsSync(a.path)) {
    throw new UserError(`Input 'artifacts': binary ${a.path} (${a.os}/${a.arch}) does not exist.`, {
      hint: 'Run go-build-ldflags in the same job before this step, and pass its artifacts output unchanged.',
    });
  }
  const size = statSync(a.path).size;
  if (a.sha256) {
    const actual = (await sha256File(a.path)).slice('sha256:'.length);
    if (actual !== a.sha256.replace(/^sha256:/, '')) {
      throw new UserError(
        `Input 'artifacts': ${a.path} has sha256 ${actual}, but the artifacts list says ${a.sha256}; the file changed after it was built.`,
      );
    }
  }
  return { path: a.path, size };
}

export function entrypointName(a: Artifact): string {
  return a.name.replace(/\.exe$/, '').replace(/[^A-Za-z0-9._-]/g, '-') || 'app';
}

const PASSWD =
  'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n';
const GROUP = 'root:x:0:\nnonroot:x:65532:\n';

function scratchRootfs(caBundlePath: string | undefined): TarEntry[] {
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

interface Layer {
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
async function makeLayer(
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

interface PlatformBuild {
  platform: Platform;
  base?: ResolvedBase;
  ownLayers: Layer[];
  config: Blob;
  manifest: Blob;
}

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

/** One platform's image: its binary layer (after the scratch rootfs, if any) on its base, config and manifest. */
async function buildPlatform(
  req: AssembleRequest,
  work: string,
  { platform, artifact }: AssembleRequest['binaries'][number],
  base: ResolvedBase | undefined,
  rootfs: Layer | undefined,
): Promise<PlatformBuild> {
  const name = entrypointName(artifact);
  const binPath = `usr/local/bin/${name}`;
  const app = await makeLayer(
    [{ path: binPath, type: 'file', mode: 0o755, source: await checkArtifact(artifact) }],
    req.mtime,
    `/${binPath}`,
    work,
  );
  const ownLayers = rootfs ? [rootfs, app] : [app];
  const config = buildConfig(
    base?.config,
    platform,
    {
      entrypoint: [`/${binPath}`],
      port: req.port,
      portEnv: req.portEnv,
      user: req.user,
      labels: req.labels,
      created: req.created,
    },
    ownLayers.map((l) => ({ diffId: l.diffId, createdBy: `goship assemble: ${l.description}` })),
  );
  const configBlob = jsonBlob(config, MediaType.ociConfig);
  const annotations = { ...req.annotations };
  if (req.base && base) {
    annotations['org.opencontainers.image.base.name'] = formatReference({
      ...req.base,
      digest: undefined,
    });
    annotations['org.opencontainers.image.base.digest'] = base.manifestDigest;
  }
  const manifest = buildManifest(
    configBlob,
    [...(base?.layers ?? []), ...ownLayers.map((l) => l.blob.descriptor)],
    annotations,
  );
  return { platform, base, ownLayers, config: configBlob, manifest };
}

/** A platform's layers, bottom first, as reported: the entry in `report` once there is one. */
function layerReports(
  req: AssembleRequest,
  report: Map<string, LayerReport>,
  b: PlatformBuild,
): LayerReport[] {
  return [
    ...(b.base?.layers ?? []).map(
      (l) =>
        report.get(l.digest) ?? {
          digest: l.digest,
          size: l.size,
          from: 'base' as const,
          description: `base ${formatReference(req.base!)}`,
        },
    ),
    ...b.ownLayers.map(
      (l) =>
        report.get(l.blob.descriptor.digest) ?? {
          digest: l.blob.descriptor.digest,
          size: l.blob.descriptor.size,
          from: 'goship' as const,
          description: l.description,
        },
    ),
  ];
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

/** The assembled image, ready to be pushed or written. */
interface BuiltImage {
  builds: PlatformBuild[];
  /** The one platform's manifest, or the index over several. */
  top: Blob;
  /** Layer reports by digest; their transfer is filled in as the blobs go out. */
  report: Map<string, LayerReport>;
  fetchBaseLayer: (l: Descriptor) => Promise<string>;
}

type Transfers = Pick<AssembleResult, 'uploaded' | 'reused' | 'uploadedBytes'>;

async function pushImage(
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

async function writeImage(
  req: AssembleRequest,
  { builds, top, report, fetchBaseLayer }: BuiltImage,
): Promise<AssembleResult['output']> {
  if (!req.output)
    throw new UserError(
      "Input 'output' is required when push is false (an OCI layout directory, or a path ending in .tar).",
    );
  const blobs: (Blob | FileBlob)[] = [];
  for (const b of builds) {
    for (const l of b.base?.layers ?? []) {
      blobs.push({ path: await fetchBaseLayer(l), descriptor: l });
      report.get(l.digest)!.transfer = 'written';
    }
    for (const l of b.ownLayers) {
      blobs.push(l.blob);
      report.get(l.blob.descriptor.digest)!.transfer = 'written';
    }
    blobs.push(b.config, b.manifest);
  }
  if (builds.length > 1) blobs.push(top);
  return await writeLayout(req.output, { blobs, top: top.descriptor, tags: req.tags }, req.mtime);
}

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
