/*
 * docker-multistage as a stage (packages/kit/src/stage.ts): read = readPublishRequest (every input checked
 * before any registry or builder is touched); run = publishImage, its outputs assembled here once for the
 * action and the pipeline alike.
 */
import type { BuildArtifact } from '@goship/contract';
import type { Stage, StageContext } from '@goship/kit';
import { readPublishRequest } from '../inputs.js';
import type { PublishRequest, PublishResult } from '../publish.js';
import type { PushedImage } from '../readback.js';

export type DockerMultistageConfig = PublishRequest;

export interface DockerMultistageUpstream {
  /** go-build-ldflags' binaries (the `artifacts` input when the stage runs alone). */
  artifacts?: BuildArtifact[];
  /** The version go-build-ldflags injected: derived once, stamped on the image as it is. */
  version?: string;
}

export const dockerMultistage: Stage<DockerMultistageConfig, DockerMultistageUpstream, PublishResult> = {
  name: 'docker-multistage',
  read: (inputs, ctx) => readPublishRequest(inputs, { ...ctx, log: ctx.log }),
  async run(config, upstream, ctx) {
    const oci = await import('../index.js');
    const request: PublishRequest = {
      ...config,
      artifacts: upstream.artifacts ?? config.artifacts,
      version: upstream.version ?? config.version,
      env: ctx.env,
      signal: ctx.signal,
      registry: { ...config.registry, env: ctx.env, signal: ctx.signal },
    };
    const { mode } = request;
    // The builder's output is long: one collapsible group.
    const r = await ctx.log.group(`${mode}: ${request.image.registry}/${request.image.repository}`, () =>
      oci.publishImage(request).finally(oci.closeConnections),
    );
    ctx.log.info(`${r.pushed ? 'pushed' : 'wrote'} ${r.image} (${r.tags.join(', ') || 'no tags'})`);
    return {
      outputs: {
        image: r.image,
        digest: r.digest,
        tags: r.tags.join(','),
        platforms: r.platforms.join(','),
        platform: r.platforms.length === 1 ? r.platforms[0] : '',
        'listening-port': r.listening.port ?? '',
        metadata: r,
      },
      summary: oci.publishSummary(r),
      failures: [],
      value: r,
    };
  },
};

/**
 * The pushed image as the registry serves it (manifest, config, what `tags` resolve to), read with the
 * stage's own credentials and origin rules: what the pipeline's integrity report compares.
 */
export async function readBackImage(
  config: DockerMultistageConfig,
  published: PublishResult,
  tags: string[],
  ctx: Pick<StageContext, 'signal' | 'log' | 'env'>,
): Promise<PushedImage> {
  const oci = await import('../index.js');
  const pool = new oci.RegistryPool({
    ...config.registry,
    env: ctx.env,
    signal: ctx.signal,
    log: ctx.log,
  });
  return oci.readPushedImage(pool, config.image, published.digest, tags).finally(oci.closeConnections);
}
