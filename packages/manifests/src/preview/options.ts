/*
 * The pull-request comment's inputs (`comment`, `github-token`, `comment-header`, `kubeconfig`, `context`)
 * read and checked with the rest of render-manifests' inputs, before anything runs. The event payload is
 * handed in by the adapter (it reads GITHUB_EVENT_PATH); nothing here reads the environment itself.
 */
import { InputError, type Inputs } from '@goship/kit';
import type { RenderRequest } from '../render.js';

export interface PullRequest {
  number: number;
  baseRef: string;
  baseSha: string;
}

export interface CommentRequest {
  token: string;
  /** GITHUB_API_URL (GitHub Enterprise Server: https://<host>/api/v3). */
  apiUrl: string;
  /** owner/name */
  repository: string;
  pullRequest: PullRequest;
  /** What tells this comment from another render-manifests step's in the same PR (its marker). */
  id: string;
  title: string;
  /** The raw `kubeconfig` input (content, base64 or a path) and `context`; absent: compare with the base. */
  kubeconfig?: { value: string; context: string };
  runUrl?: string;
}

export interface CommentInputContext {
  env: Readonly<Record<string, string | undefined>>;
  /** GITHUB_EVENT_NAME and the parsed GITHUB_EVENT_PATH payload (read only when comment: true). */
  event?: () => { name?: string; payload?: unknown };
}

/** The marker id: the app's name, else where its manifests come from. */
export function commentId(req: RenderRequest): string {
  return (
    req.appName ||
    req.kustomizeDir ||
    req.helm?.chart ||
    (req.files?.length ? req.files.join(',') : undefined) ||
    req.source
  );
}

export async function readCommentOptions(
  inputs: Inputs,
  ctx: CommentInputContext,
  req: RenderRequest,
): Promise<{ comment?: CommentRequest; notices: string[] }> {
  const wanted = inputs.boolean('comment', false);
  const kubeconfig = inputs.string('kubeconfig');
  const title = inputs.string('comment-header');
  if (!wanted) {
    for (const [name, given] of [
      ['kubeconfig', kubeconfig],
      ['comment-header', title],
      ['context', inputs.string('context')],
    ] as const) {
      if (given)
        throw new InputError(
          name,
          'is set but comment is false',
          `'${name}' only with comment: true (it is used for the pull-request comment)`,
        );
    }
    return { notices: [] };
  }
  const token = inputs.string('github-token');
  if (!token)
    throw new InputError(
      'github-token',
      'is empty while comment is true',
      'a token allowed to comment on pull requests (the default ${{ github.token }} with `permissions: { pull-requests: write }`)',
    );
  const repository = ctx.env.GITHUB_REPOSITORY ?? '';
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
    throw new InputError(
      'comment',
      'is true but GITHUB_REPOSITORY is not owner/name',
      'a GitHub Actions run',
    );
  const { name, payload } = ctx.event?.() ?? {};
  const { pullRequestOf } = await import('@goship/github');
  const pr = pullRequestOf(name, payload);
  if (!pr) {
    return {
      notices: [
        `comment: true, but this run is ${name ? `a '${name}' event` : 'not started by an event'}, not a pull_request: no comment is posted`,
      ],
    };
  }
  const id = commentId(req);
  const { GITHUB_SERVER_URL: server, GITHUB_RUN_ID: run } = ctx.env;
  return {
    comment: {
      token,
      apiUrl: ctx.env.GITHUB_API_URL || 'https://api.github.com',
      repository,
      pullRequest: { number: pr.number, baseRef: pr.baseRef, baseSha: pr.baseSha },
      id,
      title: title || `render-manifests: ${id}`,
      kubeconfig: kubeconfig ? { value: kubeconfig, context: inputs.string('context') } : undefined,
      runUrl: server && run ? `${server}/${repository}/actions/runs/${run}` : undefined,
    },
    notices: [],
  };
}
