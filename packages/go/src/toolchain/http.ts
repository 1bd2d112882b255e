import { errorMessage, formatMs, retry, UserError } from '@goship/kit';

/** An HTTP answer other than 2xx. 5xx, 408 and 429 are worth retrying; other 4xx are not. */
export class HttpError extends UserError {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`GET ${url} answered HTTP ${status}`);
    this.name = 'HttpError';
  }
}

/** A download that ended before all its bytes arrived. Worth retrying. */
export class TruncatedError extends UserError {
  constructor(
    readonly url: string,
    readonly received: number,
    readonly expected: number,
  ) {
    super(`The download of ${url} was truncated: received ${received} of ${expected} bytes`);
    this.name = 'TruncatedError';
  }
}

export function isTransient(err: unknown): boolean {
  if (err instanceof HttpError) return err.status >= 500 || err.status === 408 || err.status === 429;
  if (err instanceof TruncatedError) return true;
  if (err instanceof UserError) return false;
  // fetch's network failures (connection refused/reset, DNS, "terminated" mid-body) and timeouts.
  return (
    err instanceof TypeError ||
    (err instanceof Error && /ECONN|ETIMEDOUT|EPIPE|socket|terminated|timeout/i.test(err.message))
  );
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Extra request headers (e.g. Authorization for hosts that need it). */
  headers?: Record<string, string>;
  /** Per-attempt time limit for the response headers and body (default 5 minutes). */
  timeoutMs?: number;
  attempts?: number;
  baseDelayMs?: number;
  log?: (message: string) => void;
}

/** Why a fetch failed, in words: node's fetch hides the reason ("fetch failed") in `cause`. */
export function describeFetchError(err: unknown): string {
  if (err instanceof UserError) return err.message;
  const cause = (err as { cause?: unknown })?.cause;
  const detail = cause ? errorMessage(cause) : '';
  const base = errorMessage(err);
  return detail && !base.includes(detail) ? `${base} (${detail})` : base;
}

/**
 * Runs `attempt` with retries on transient failures (5xx, network errors, truncation), full-jitter backoff,
 * and a log line per retry; the final error names the URL and the number of attempts.
 */
export async function withRetries<T>(
  url: string,
  what: string,
  opts: RequestOptions,
  attempt: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const attempts = opts.attempts ?? 4;
  let tries = 0;
  try {
    return await retry(
      async () => {
        tries++;
        const signals = [AbortSignal.timeout(opts.timeoutMs ?? 300_000)];
        if (opts.signal) signals.push(opts.signal);
        return await attempt(AbortSignal.any(signals));
      },
      {
        attempts,
        baseDelayMs: opts.baseDelayMs ?? 500,
        maxDelayMs: 8000,
        signal: opts.signal,
        retryable: isTransient,
        onRetry: (err, n, delay) =>
          opts.log?.(
            `${what}: ${describeFetchError(err)}; retrying in ${formatMs(delay)} (attempt ${n + 1} of ${attempts})`,
          ),
      },
    );
  } catch (err) {
    if (opts.signal?.aborted) throw opts.signal.reason ?? err;
    const after = tries > 1 ? ` after ${tries} attempts` : '';
    if (err instanceof HttpError && err.status === 404) {
      throw new UserError(`${what}: ${url} does not exist (HTTP 404)`, { cause: err });
    }
    if (err instanceof HttpError && !isTransient(err)) {
      const auth =
        err.status === 401 || err.status === 403
          ? ' (the server wants credentials or refuses this client)'
          : '';
      throw new UserError(`${what}: ${err.message}${auth}`, { cause: err });
    }
    if (err instanceof UserError && !isTransient(err)) throw err;
    throw new UserError(`${what} failed${after}: ${describeFetchError(err)}`, {
      hint: `URL: ${url}`,
      cause: err,
    });
  }
}

/** GET a text body with retries. */
export function getText(url: string, what: string, opts: RequestOptions = {}): Promise<string> {
  return withRetries(url, what, opts, async (signal) => {
    const res = await fetch(url, { signal, headers: opts.headers, redirect: 'follow' });
    if (!res.ok) {
      await res.body?.cancel();
      throw new HttpError(url, res.status);
    }
    return await res.text();
  });
}

/**
 * Authorization for a manifest request: only for GitHub hosts (a manifest kept in a repository, or this GitHub
 * Enterprise server), and only over https, so neither a third-party mirror nor anyone on the path of a plain-http
 * request ever receives the job's token. The scheme, host and port must all be the server's (or github.com's).
 * fetch drops Authorization on a redirect to another origin, so a redirect does not carry it away either.
 */
export function manifestAuthHeaders(
  token: string,
  baseUrl: string,
  serverUrl = 'https://github.com',
): Record<string, string> | undefined {
  if (!token) return undefined;
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:') return undefined;
  const origins = ['https://github.com', 'https://api.github.com', 'https://raw.githubusercontent.com'];
  const server = new URL(serverUrl);
  if (server.protocol === 'https:') origins.push(server.origin);
  return origins.includes(url.origin) ? { Authorization: `token ${token}` } : undefined;
}
