/*
 * The GitHub REST client every goship stage uses: @actions/github's Octokit with the retry plugin (5xx and
 * network errors) and the throttling plugin (primary and secondary rate limits, GitHub's spacing of
 * writes), against `apiUrl` (GITHUB_API_URL on a runner, so GitHub Enterprise Server works).
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
// The throttling plugin's own limiter (its light build, already in every bundle through the plugin).
import Bottleneck from 'bottleneck/light.js';

export interface GitHubTarget {
  token: string;
  /** https://api.github.com, or GHES's https://<host>/api/v3. */
  apiUrl: string;
  /** owner/name */
  repository: string;
}

export interface ClientOptions extends GitHubTarget {
  log: { info(message: string): void; warning(message: string): void };
  /** Retries of a 5xx or a rate-limited request (default 3). */
  retries?: number;
  /**
   * The retry plugin's base delay in ms (default 1000; the n-th retry waits base × n²), and the ms waited
   * per second of a rate limit's Retry-After.
   */
  retryAfterBaseMs?: number;
  /**
   * The least time between two writes, in ms. By default the throttling plugin's: 1 s between writes and
   * 3 s between writes that notify people (a comment), as GitHub asks integrations to avoid secondary rate
   * limits. A loopback API in a test or a GitHub Enterprise Server with its own limits may set less.
   */
  writeSpacingMs?: number;
}

export type GitHubClient = ReturnType<typeof getOctokit>;

export function githubClient(opts: ClientOptions): GitHubClient {
  const retries = opts.retries ?? 3;
  const limited =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
      const again = retryCount < retries;
      opts.log.warning(
        `GitHub ${kind} rate limit on ${options.method} ${options.url}${again ? `; retrying in ${retryAfter} s` : '; giving up'}`,
      );
      return again;
    };
  return getOctokit(
    opts.token,
    {
      baseUrl: opts.apiUrl.replace(/\/+$/, ''),
      userAgent: 'goship',
      // A 4xx is an answer, not a hiccup: only 5xx and network errors are retried (rate limits are the
      // throttling plugin's).
      retry: {
        retries,
        retryAfterBaseValue: opts.retryAfterBaseMs ?? 1000,
        doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      },
      throttle: {
        onRateLimit: limited('primary'),
        onSecondaryRateLimit: limited('secondary'),
        retryAfterBaseValue: opts.retryAfterBaseMs ?? 1000,
        // The plugin's own write groups are shared by every client in the process; a client with its own
        // spacing gets groups of its own.
        ...(opts.writeSpacingMs === undefined
          ? {}
          : {
              write: spacing('write', opts.writeSpacingMs),
              notifications: spacing('notifications', opts.writeSpacingMs),
            }),
      },
    },
    retry,
    throttling,
  );
}

function spacing(kind: string, minTime: number): Bottleneck.Group {
  return new Bottleneck.Group({ id: `goship-${kind}`, maxConcurrent: 1, minTime });
}

export function splitRepository(repository: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (!m) throw new Error(`'${repository}' is not an owner/name repository`);
  return { owner: m[1]!, repo: m[2]! };
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

/**
 * The `permissions:` entries of an X-Accepted-GitHub-Permissions header: each `;`-separated set is one way
 * to be allowed (`issues=write; pull_requests=write` → either), each `,` inside a set one more permission
 * the set needs. Names become the workflow's keys (`pull_requests` → `pull-requests`).
 */
export function acceptedPermissions(header: string): string[] {
  return header
    .split(';')
    .map((set) =>
      set
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => {
          const [scope, level] = p.split('=');
          return `${scope!.trim().replace(/_/g, '-')}: ${level?.trim() ?? 'write'}`;
        })
        .join(', '),
    )
    .filter(Boolean);
}

/**
 * A GitHub API failure in words a workflow author can act on: a 403 names the permission GitHub asked for
 * (its X-Accepted-GitHub-Permissions header) and the `permissions:` line that grants it.
 */
export function describeGitHubError(err: unknown, what: string): { message: string; permission?: string } {
  const e = err as RequestErrorLike;
  const status = e.status;
  const headers = e.response?.headers ?? {};
  const accepted = headers['x-accepted-github-permissions'];
  if (status === 403 && accepted) {
    const wanted = accepted.split(/[,;]/)[0]!.trim();
    const grants = acceptedPermissions(accepted).map((g) => `\`permissions: { ${g} }\``);
    const lacks = grants.length > 1 ? 'any of the permissions GitHub accepts' : `the '${wanted}' permission`;
    const add = grants.length > 1 ? `${grants.slice(0, -1).join(', ')} or ${grants.at(-1)}` : grants[0];
    return {
      message: `${what}: GitHub refused (403): the token lacks ${lacks} (X-Accepted-GitHub-Permissions: ${accepted}); add ${add} to the job`,
      permission: wanted,
    };
  }
  const body = e.response?.data as
    | { message?: string; errors?: { message?: string; code?: string }[] }
    | undefined;
  const detail = [body?.message, ...(body?.errors ?? []).map((x) => x.message ?? x.code)]
    .filter(Boolean)
    .join('; ');
  return {
    message: `${what}: GitHub answered ${status ?? 'no response'}${detail ? `: ${detail}` : e.message ? `: ${e.message}` : ''}`,
  };
}
