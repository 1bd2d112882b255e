/*
 * The pull-request preview of a render: what would change (against the live cluster when a kubeconfig is
 * given, else against the base branch's rendering) and the port report, posted as one PR comment that
 * every push updates in place. GitHub refusing (a missing permission) or the comparison failing are
 * warnings: the render itself has succeeded by then.
 */
import { readFileSync } from 'node:fs';
import type { ClusterLog, ResolvedKubeconfig } from '@goship/cluster';
import { errorMessage } from '@goship/kit';
import type { RenderRequest, RenderResult } from '../render.js';
import { compareWithBase } from './base.js';
import { type CommentContent, commentBody } from './comment.js';
import type { ObjectChange } from './diff.js';
import { compareWithCluster } from './live.js';
import type { CommentRequest } from './options.js';

export * from './base.js';
export * from './comment.js';
export * from './diff.js';
export * from './options.js';

export interface PreviewOptions {
  comment: CommentRequest;
  request: RenderRequest;
  result: RenderResult;
  /** The written manifests.yaml. */
  manifestsFile: string;
  commit: string;
  /** Resolved (and its secrets masked) before the render started. */
  kubeconfig?: ResolvedKubeconfig;
  log: ClusterLog;
  signal?: AbortSignal;
}

export interface PreviewResult {
  /** The comment's Markdown (also for the job summary). */
  markdown: string;
  posted?: { action: 'created' | 'updated'; id: number; url: string };
  warnings: string[];
}

export async function pullRequestPreview(o: PreviewOptions): Promise<PreviewResult> {
  const { comment } = o;
  const warnings: string[] = [];
  let changes: ObjectChange[] = [];
  let comparedWith: string;
  let caveat: string | undefined;
  try {
    if (o.kubeconfig) {
      const live = await compareWithCluster({
        kubeconfig: o.kubeconfig,
        manifestsFile: o.manifestsFile,
        manifestsText: readFileSync(o.manifestsFile, 'utf8'),
        repository: comment.repository,
        log: o.log,
        signal: o.signal,
      });
      changes = live.changes;
      comparedWith = `the live cluster (server-side dry-run on ${live.target})`;
    } else {
      const { baseRef, baseSha } = comment.pullRequest;
      comparedWith = `the base branch \`${baseRef}\` (\`${baseSha.slice(0, 7)}\`)`;
      const base = await compareWithBase({ ...o.request, signal: o.signal }, o.result.manifests, baseSha);
      changes = base.changes;
      caveat = base.baseProblem && `Every object is shown as created: ${base.baseProblem}.`;
    }
  } catch (err) {
    comparedWith = o.kubeconfig ? 'the live cluster' : 'the base branch';
    caveat = `The comparison failed: ${errorMessage(err).split('\n')[0]}`;
    warnings.push(`pull-request comment: ${caveat}`);
  }
  const { COMMENT_BODY_LIMIT, commentMarker, upsertComment } = await import('@goship/github');
  const content: CommentContent = {
    marker: commentMarker('render-manifests', comment.id),
    title: comment.title,
    comparedWith,
    caveat,
    changes,
    ports: o.result.ports,
    objectCount: o.result.objects.length,
    producedBy: o.result.producedBy,
    commit: o.commit,
    runUrl: comment.runUrl,
  };
  const markdown = commentBody(content, COMMENT_BODY_LIMIT);
  const posted = await upsertComment({
    token: comment.token,
    apiUrl: comment.apiUrl,
    repository: comment.repository,
    issueNumber: comment.pullRequest.number,
    marker: content.marker,
    body: markdown,
    log: { info: o.log.info, warning: (m) => o.log.warning(m) },
  });
  if (posted.action === 'refused') {
    warnings.push(`${posted.warning} (the render succeeded; no pull-request comment was posted)`);
    return { markdown, warnings };
  }
  return { markdown, posted, warnings };
}
