/*
 * One pull-request comment per marker, kept up to date: the comments of the PR are listed (every page), the
 * one whose body holds the hidden marker is edited in place, else a new one is created — so every push
 * updates the same comment instead of adding another. A refusal (a missing `pull-requests: write`) is a
 * warning for the caller to print, never a thrown error: a preview must not fail the build.
 */
import { type ClientOptions, describeGitHubError, githubClient, splitRepository } from './client.js';

/** GitHub's limit for an issue or pull-request comment body, in characters. */
export const COMMENT_BODY_LIMIT = 65_536;

/** What a workflow's event payload says about its pull request. */
export interface PullRequestRef {
  number: number;
  /** The branch the PR merges into (`main`) and its commit when the event fired. */
  baseRef: string;
  baseSha: string;
  headSha?: string;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * The pull request of a `pull_request`/`pull_request_target` event payload (the JSON file GITHUB_EVENT_PATH
 * names); undefined for any other event, or a payload without one.
 */
export function pullRequestOf(eventName: string | undefined, payload: unknown): PullRequestRef | undefined {
  if (!eventName || !PR_EVENTS.has(eventName)) return undefined;
  const pr = (payload as { pull_request?: Record<string, unknown> } | undefined)?.pull_request;
  const base = pr?.base as { ref?: unknown; sha?: unknown } | undefined;
  const head = pr?.head as { sha?: unknown } | undefined;
  if (typeof pr?.number !== 'number' || typeof base?.ref !== 'string' || typeof base.sha !== 'string')
    return undefined;
  return {
    number: pr.number,
    baseRef: base.ref,
    baseSha: base.sha,
    headSha: typeof head?.sha === 'string' ? head.sha : undefined,
  };
}

/** A hidden HTML comment that finds the comment again; `-->` cannot appear in the id. */
export function commentMarker(kind: string, id: string): string {
  return `<!-- goship:${kind}:${id.replace(/-->|[\r\n]/g, '_')} -->`;
}

export interface UpsertCommentRequest extends ClientOptions {
  issueNumber: number;
  /** The hidden marker; the body must contain it. */
  marker: string;
  body: string;
}

export type UpsertCommentResult =
  | { action: 'created' | 'updated'; id: number; url: string }
  | { action: 'refused'; warning: string; permission?: string };

export async function upsertComment(req: UpsertCommentRequest): Promise<UpsertCommentResult> {
  if (!req.body.includes(req.marker)) throw new Error('the comment body must contain its marker');
  if (req.body.length > COMMENT_BODY_LIMIT)
    throw new Error(
      `the comment body has ${req.body.length} characters, over GitHub's ${COMMENT_BODY_LIMIT}`,
    );
  const client = githubClient(req);
  const { owner, repo } = splitRepository(req.repository);
  const where = `pull request #${req.issueNumber}`;
  let step = `listing the comments of ${where}`;
  try {
    let found: { id: number } | undefined;
    // Page by page, stopping at the first match (a busy PR has hundreds of comments).
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
      owner,
      repo,
      issue_number: req.issueNumber,
      per_page: 100,
    })) {
      found = page.data.find((c) => c.body?.includes(req.marker));
      if (found) break;
    }
    if (found) {
      step = `updating comment ${found.id} on ${where}`;
      const res = await client.rest.issues.updateComment({
        owner,
        repo,
        comment_id: found.id,
        body: req.body,
      });
      return { action: 'updated', id: res.data.id, url: res.data.html_url };
    }
    step = `commenting on ${where}`;
    const res = await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: req.issueNumber,
      body: req.body,
    });
    return { action: 'created', id: res.data.id, url: res.data.html_url };
  } catch (err) {
    const { message, permission } = describeGitHubError(err, step);
    return { action: 'refused', warning: message, permission };
  }
}
