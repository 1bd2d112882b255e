/*
 * render-manifests as a stage (packages/kit/src/stage.ts): read = readRenderOptions; run renders, writes
 * the set, and posts the pull-request comment when asked. In the one-step pipeline the image (pinned by
 * digest), the version, the commit and the port arrive typed from the earlier stages (`chain`).
 */

import { readFileSync } from 'node:fs';
import { COMMIT_ANNOTATION, VERSION_ANNOTATION } from '@goship/contract';
import { type Stage, StageError } from '@goship/kit';
import { imagePin } from '../images.js';
import { type RenderOptions, readRenderOptions } from '../options.js';
import type { RenderStageResult } from '../stage.js';

export type RenderManifestsConfig = RenderOptions;

export interface RenderManifestsUpstream {
  /** docker-multistage's image, `registry/repository@sha256:…`. */
  image?: string;
  version?: string;
  commit?: string;
  /** The port the service listens on (the one-step action's `port`). */
  port?: number;
}

/** The options with what earlier stages produced: the one place typed upstream values enter a render. */
export function chain(o: RenderOptions, up: RenderManifestsUpstream): RenderOptions {
  const version = up.version ?? o.version;
  const commit = up.commit ?? o.commit;
  const request = { ...o.request };
  if (o.annotate && (up.version !== undefined || up.commit !== undefined))
    request.podAnnotations = {
      ...request.podAnnotations,
      [VERSION_ANNOTATION]: version,
      [COMMIT_ANNOTATION]: commit,
    };
  if (up.port !== undefined) request.expectedPort = up.port;
  if (request.telemetry) request.telemetry = { ...request.telemetry, version, commit };
  if (request.builtin) {
    request.builtin = {
      ...request.builtin,
      version,
      image: up.image ?? request.builtin.image,
      port: up.port ?? request.builtin.port,
    };
  } else if (up.image) {
    request.images = [...(request.images ?? []), imagePin(up.image)];
  }
  if (request.source === 'files') {
    const vars = new Map(request.vars);
    if (up.port !== undefined) for (const name of ['APP_PORT', 'PORT']) vars.set(name, String(up.port));
    if (up.image) vars.set('IMAGE', up.image);
    if (up.version !== undefined) vars.set('VERSION', version);
    request.vars = vars;
  }
  return { ...o, request, version, commit };
}

/** The workflow's event payload (GITHUB_EVENT_PATH), for the pull-request comment. */
function readEvent(env: Record<string, string | undefined>, warn: (m: string) => void) {
  const path = env.GITHUB_EVENT_PATH;
  let payload: unknown;
  try {
    payload = path ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
  } catch (e) {
    warn(`GITHUB_EVENT_PATH ${path}: cannot read the event payload: ${(e as Error).message}`);
  }
  return { name: env.GITHUB_EVENT_NAME, payload };
}

export const renderManifests: Stage<RenderManifestsConfig, RenderManifestsUpstream, RenderStageResult> = {
  name: 'render-manifests',
  read: (inputs, ctx) =>
    readRenderOptions(inputs, { ...ctx, event: () => readEvent(ctx.env, (m) => ctx.log.warning(m)) }),
  async run(config, upstream, ctx) {
    const lib = await import('../index.js');
    const options = chain(config, upstream);
    for (const n of options.notices) ctx.log.notice(n);
    let stage: RenderStageResult;
    try {
      stage = await ctx.log.group(`Render (${options.request.source})`, () =>
        // Secret values are masked as soon as the set is loaded, before a check could quote one.
        lib.renderManifestsStage({
          ...options,
          signal: ctx.signal,
          log: ctx.log,
          home: ctx.env.HOME,
        }),
      );
    } catch (e) {
      if (e instanceof lib.RenderError && e.ports)
        throw new StageError(e, {
          summary: `### render-manifests failed: port report\n\n${lib.portsTable(e.ports)}\n`,
        });
      throw e;
    }
    const { result, written, comment } = stage;
    for (const w of result.warnings) ctx.log.warning(w.message, w.location);
    for (const n of result.notices) ctx.log.notice(n.message, n.location);
    ctx.log.info(
      `Rendered ${result.objects.length} objects from ${result.producedBy} into ${written.manifests}`,
    );
    let summary = stage.summary;
    if (comment) {
      for (const w of comment.warnings) ctx.log.warning(w);
      if (comment.posted)
        ctx.log.info(`Pull-request comment ${comment.posted.action}: ${comment.posted.url}`);
      summary += `\n${comment.markdown}`;
    }
    return {
      outputs: { ...stage.outputs, 'comment-url': comment?.posted?.url ?? '' },
      summary,
      failures: [],
      value: stage,
    };
  },
};
