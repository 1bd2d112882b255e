/*
 * render-manifests as one stage: options in (from readRenderOptions), the rendered set written and the
 * action's outputs out. No process.env and no runner I/O: the adapter (actions/render-manifests) and the
 * pipeline print warnings, masks and summaries themselves.
 */
import type { ClusterLog, ResolvedKubeconfig } from '@goship/cluster';
import type { RenderOptions } from './options.js';
import type { PortReport } from './ports/index.js';
import type { PreviewResult } from './preview/index.js';
import { type RenderResult, render } from './render.js';
import { renderSummary } from './summary.js';
import { checkOutputDir, type WrittenSet, writeRendered } from './write.js';

export interface RenderStageOptions extends RenderOptions {
  signal?: AbortSignal;
  /**
   * Where the pull-request comment's cluster client and GitHub client log (the runner's log in the action);
   * its `secret` receives every Secret value before any check can quote one (the runner's add-mask).
   */
  log?: ClusterLog;
  /** GITHUB_WORKSPACE's environment for the `kubeconfig` input (relative paths, HOME). */
  home?: string;
}

/** The outputs of the render-manifests action (action.yml), as values. */
export interface RenderStageOutputs {
  manifests: string;
  'manifests-dir': string;
  objects: { apiVersion: string; kind: string; namespace: string; name: string }[];
  ports: PortReport;
  port: number | undefined;
  version: string;
}

export interface RenderStageResult {
  result: RenderResult;
  written: WrittenSet;
  outputs: RenderStageOutputs;
  /** The job summary (Markdown). */
  summary: string;
  /** The pull-request comment, when one was asked for (its warnings are for the caller to print). */
  comment?: PreviewResult;
}

const quiet: ClusterLog = {
  info() {},
  warning() {},
  debug() {},
  notice() {},
  secret() {},
};

export async function renderManifestsStage(o: RenderStageOptions): Promise<RenderStageResult> {
  // A foreign output directory fails before any work (helm, kustomize) is done.
  checkOutputDir(o.outputDir);
  const log = o.log ?? quiet;
  let kubeconfig: ResolvedKubeconfig | undefined;
  if (o.comment) {
    log.secret(o.comment.token);
    // A kubeconfig that does not load fails here, before anything is rendered; its secrets are masked first.
    if (o.comment.kubeconfig) {
      const { resolveKubeconfig } = await import('@goship/cluster');
      kubeconfig = resolveKubeconfig({
        value: o.comment.kubeconfig.value,
        context: o.comment.kubeconfig.context,
        cwd: o.request.workspace,
        home: o.home,
      });
      for (const secret of kubeconfig.secrets) log.secret(secret);
      for (const warning of kubeconfig.warnings) log.warning(warning);
    }
  }
  const result = await render({ ...o.request, signal: o.signal, log: o.log });
  const written = writeRendered(result, o.outputDir);
  let comment: PreviewResult | undefined;
  if (o.comment) {
    const { pullRequestPreview } = await import('./preview/index.js');
    comment = await pullRequestPreview({
      comment: o.comment,
      request: { ...o.request, log: o.log },
      result,
      manifestsFile: written.manifests,
      commit: o.commit,
      kubeconfig,
      log,
      signal: o.signal,
    });
  }
  return {
    result,
    written,
    comment,
    summary: renderSummary(result, written.manifests),
    outputs: {
      manifests: written.manifests,
      'manifests-dir': written.objectsDir,
      objects: result.objects.map(({ apiVersion, kind, namespace, name }) => ({
        apiVersion,
        kind,
        namespace: namespace ?? '',
        name,
      })),
      ports: result.ports,
      port: result.ports.port,
      version: o.version,
    },
  };
}
