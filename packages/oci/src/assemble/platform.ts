/*
 * One platform's image: the binary's layer (after the scratch rootfs, if any) on that platform's base
 * layers, its config and its manifest, and the report of its layers. BuiltImage gathers them, with the
 * top manifest or index, for the push or the layout write.
 */

import { formatReference } from '@goship/contract';
import type { ResolvedBase } from '../base.js';
import { type Blob, buildConfig, buildManifest, jsonBlob } from '../image.js';
import { type Descriptor, MediaType, type Platform } from '../media.js';
import { checkArtifact, entrypointName } from './artifacts.js';
import { type Layer, makeLayer } from './layers.js';
import type { AssembleRequest, LayerReport } from './request.js';

export interface PlatformBuild {
  platform: Platform;
  base?: ResolvedBase;
  ownLayers: Layer[];
  config: Blob;
  manifest: Blob;
}

/** One platform's image: its binary layer (after the scratch rootfs, if any) on its base, config and manifest. */
export async function buildPlatform(
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
export function layerReports(
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

/** The assembled image, ready to be pushed or written. */
export interface BuiltImage {
  builds: PlatformBuild[];
  /** The one platform's manifest, or the index over several. */
  top: Blob;
  /** Layer reports by digest; their transfer is filled in as the blobs go out. */
  report: Map<string, LayerReport>;
  fetchBaseLayer: (l: Descriptor) => Promise<string>;
}
