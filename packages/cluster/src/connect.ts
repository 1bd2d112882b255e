import { UserError } from '@goship/kit';
import { ApiError, type ClusterLog, KubeClient } from './client.js';
import type { ResolvedKubeconfig } from './kubeconfig.js';

export interface Connection {
  client: KubeClient;
  serverVersion: string;
  /** The user as the API server authenticated it (SelfSubjectReview), when the server tells. */
  username?: string;
}

/**
 * Loads the client, checks the server answers (retrying a while: a cluster that is just starting, a
 * flaky network), and that our credentials are accepted — before anything is validated or applied.
 */
export async function connect(
  target: ResolvedKubeconfig,
  log: ClusterLog,
  signal?: AbortSignal,
): Promise<Connection> {
  const client = await KubeClient.create(target, log);
  // Who we are is asked alongside: one round trip, not two, before the real work starts.
  const review = client
    .request<{ status?: { userInfo?: { username?: string } } }>(
      'POST',
      '/apis/authentication.k8s.io/v1/selfsubjectreviews',
      { body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' }, signal, attempts: 1 },
    )
    .then(
      (r) => r.status?.userInfo?.username,
      // Older servers or restricted RBAC: who we are is only a nicety, a 401 is not.
      (err: unknown) =>
        err instanceof ApiError ? undefined : err instanceof Error ? err : new Error(String(err)),
    );
  let version: { gitVersion?: string };
  try {
    version = await client.request<{ gitVersion?: string }>('GET', '/version', {
      attempts: 5,
      signal,
      timeoutMs: 10_000,
    });
  } catch (err) {
    await review;
    if (err instanceof UserError && /Cannot reach/.test(err.message)) {
      throw new UserError(`${err.message} (gave up after 5 attempts)`, { hint: err.hint, cause: err });
    }
    throw err;
  }
  let username = await review;
  if (username instanceof Error) {
    // The server answered /version, so this was no outage: ask once more, as before.
    username = await client
      .request<{ status?: { userInfo?: { username?: string } } }>(
        'POST',
        '/apis/authentication.k8s.io/v1/selfsubjectreviews',
        { body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' }, signal },
      )
      .then(
        (r) => r.status?.userInfo?.username,
        (err: unknown) => {
          if (err instanceof ApiError) return undefined;
          throw err;
        },
      );
  }
  return { client, serverVersion: version.gitVersion ?? 'unknown', username };
}
