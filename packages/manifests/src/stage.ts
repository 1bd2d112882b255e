/*
 * render-manifests as one stage: options in (from readRenderOptions), the rendered set written and the
 * action's outputs out. No process.env and no runner I/O: the adapter (actions/render-manifests) and the
 * pipeline print warnings, masks and summaries themselves.
 */
import type { RenderOptions } from './options.js';
import type { PortReport } from './ports/index.js';
import { type RenderResult, render } from './render.js';
import { renderSummary } from './summary.js';
import { checkOutputDir, type WrittenSet, writeRendered } from './write.js';

export interface RenderStageOptions extends RenderOptions {
  signal?: AbortSignal;
  /** Receives every Secret value before any check can quote one (the runner's add-mask). */
  registerSecret?: (value: string) => void;
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
}

export async function renderManifestsStage(o: RenderStageOptions): Promise<RenderStageResult> {
  // A foreign output directory fails before any work (helm, kustomize) is done.
  checkOutputDir(o.outputDir);
  const result = await render({ ...o.request, signal: o.signal, registerSecret: o.registerSecret });
  const written = writeRendered(result, o.outputDir);
  return {
    result,
    written,
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
