import { ApiError, type ApiStatus, ConnectionError, type KubeClient, type KubeObject } from '@goship/cluster';
import { backoffDelay, errorMessage, sleep, UserError } from '@goship/kit';

/*
 * List-then-watch that survives the API server: a dropped connection resumes from the last
 * resourceVersion seen (bookmarks included), and "410 Gone" (the version is older than the server's
 * watch window, e.g. after a restart) relists and starts over — the same contract as client-go's
 * reflector. It runs until the signal aborts; only errors that waiting cannot fix end it early.
 */

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchHandlers<T extends KubeObject> {
  /** The full current state after a (re)list; replaces everything known before. */
  onSync(items: T[]): void;
  onEvent(type: WatchEventType, object: T): void;
}

export interface WatchOptions {
  /** Collection path, e.g. /apis/apps/v1/namespaces/ns/deployments. */
  path: string;
  labelSelector?: string;
  fieldSelector?: string;
  signal: AbortSignal;
  /** Names the watch in log lines. */
  label: string;
  /** Server-side watch timeout; the watch is re-opened from the last version after it. */
  timeoutSeconds?: number;
}

interface WatchLine {
  type: WatchEventType | 'BOOKMARK' | 'ERROR';
  object: KubeObject & ApiStatus;
}

/** Errors that no amount of waiting fixes. */
function isPermanent(err: unknown): boolean {
  if (err instanceof ApiError) return [400, 401, 403, 404, 422].includes(err.statusCode);
  if (err instanceof ConnectionError) return !err.retryable;
  return err instanceof UserError;
}

export async function watchCollection<T extends KubeObject>(
  client: KubeClient,
  opts: WatchOptions,
  handlers: WatchHandlers<T>,
): Promise<void> {
  const { signal } = opts;
  const selectors = { labelSelector: opts.labelSelector, fieldSelector: opts.fieldSelector };
  const timeoutSeconds = opts.timeoutSeconds ?? 240;
  let version: string | undefined;
  let failures = 0;
  while (!signal.aborted) {
    try {
      if (version === undefined) {
        const list = await client.request<{ metadata: { resourceVersion: string }; items: T[] }>(
          'GET',
          opts.path,
          {
            query: selectors,
            signal,
          },
        );
        version = list.metadata.resourceVersion;
        handlers.onSync(list.items ?? []);
      }
      // A connection that stays silent past the server's own timeout is dead (half-open): drop it.
      const idleAbort = new AbortController();
      const streamSignal = AbortSignal.any([signal, idleAbort.signal]);
      let idle: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(idle);
        idle = setTimeout(
          () => idleAbort.abort(new Error(`no data for ${timeoutSeconds + 30}s`)),
          (timeoutSeconds + 30) * 1000,
        );
      };
      try {
        arm();
        const lines = await client.stream(
          opts.path,
          { ...selectors, watch: 1, resourceVersion: version, allowWatchBookmarks: true, timeoutSeconds },
          streamSignal,
        );
        if (failures > 0)
          client.log.info(`  watch ${opts.label}: reconnected, resuming from resourceVersion ${version}`);
        failures = 0;
        for await (const line of lines) {
          arm();
          const event = JSON.parse(line) as WatchLine;
          if (event.type === 'ERROR') {
            throw new ApiError(event.object.code ?? 500, event.object, 'WATCH', opts.path);
          }
          version = event.object.metadata?.resourceVersion ?? version;
          if (event.type !== 'BOOKMARK') handlers.onEvent(event.type, event.object as T);
        }
      } finally {
        clearTimeout(idle);
      }
      // The server closed the watch (its timeout): open it again from where we are.
    } catch (err) {
      if (signal.aborted) return;
      if (
        err instanceof ApiError &&
        (err.statusCode === 410 || err.reason === 'Expired' || err.reason === 'Gone')
      ) {
        client.log.info(`  watch ${opts.label}: resourceVersion ${version} is gone (410), listing again`);
        version = undefined;
        continue;
      }
      if (isPermanent(err)) throw client.explain(err);
      failures++;
      const delay = backoffDelay(failures, 250, 5000);
      if (failures <= 3 || failures % 10 === 0) {
        client.log.info(
          `  watch ${opts.label}: connection lost (${errorMessage(err)}); reconnecting in ${delay} ms${version ? ` from resourceVersion ${version}` : ''}`,
        );
      }
      await sleep(delay, signal).catch(() => {});
    }
  }
}
