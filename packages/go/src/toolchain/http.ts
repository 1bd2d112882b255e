/*
 * setup-go's HTTP: the release manifest and the Go archive, on node:http/https with the agents of the project's
 * one proxy rule (@goship/kit proxy.ts: HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the job's environment, loopback
 * never proxied), as the registry client does. Not the global fetch: under Node 24 it ignores the proxy
 * variables unless NODE_USE_ENV_PROXY=1 is set for the whole process. The response body is the socket's own
 * stream (the archive is hashed and unpacked while it arrives). No slower than the fetch it replaced
 * (bench/setup-go.ts, GET + sha256 of the 66.7 MB Go 1.26.8 tarball from the loopback mirror, alternating:
 * 0.86× and 0.92× fetch's median time in two runs of 7 and 9 rounds, 2 shared cores at load 2–5).
 */
import http from 'node:http';
import https from 'node:https';
import {
  agentFor,
  errorMessage,
  formatMs,
  type ProxyEnv,
  proxyFailure,
  proxyFor,
  proxyRefusal,
  redactProxy,
  retry,
  UserError,
} from '@goship/kit';

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
  // Network failures (connection refused/reset, DNS, a body cut short) and timeouts.
  const code = String((err as NodeJS.ErrnoException)?.code ?? '');
  return (
    /^(ECONN|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR)/.test(code) ||
    (err instanceof Error && /ECONN|ETIMEDOUT|EPIPE|socket|terminated|timeout|aborted/i.test(err.message))
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
  /** The job's environment, read for HTTPS_PROXY/HTTP_PROXY/NO_PROXY (never process.env); none: direct. */
  proxyEnv?: ProxyEnv;
}

/** Why a request failed, in words (a wrapped reason in `cause` is added when the message lacks it). */
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

/** A 2xx answer whose body is still to be read (as it arrives). */
export interface OpenResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: http.IncomingMessage;
  /** The URL that answered (after redirects). */
  url: string;
}

/**
 * GET `url`, following up to 5 redirects, through the proxy `opts.proxyEnv` names for each URL (or directly).
 * Authorization goes only to the origin it was meant for: a redirect to another scheme, host or port drops it
 * (as fetch does); through a proxy, https requests are tunnelled (CONNECT), so the proxy never sees it. A non-2xx
 * answer is an HttpError (a 407 from a proxy, a ProxyError naming it); a proxy that refuses the tunnel or cannot
 * be reached is a ProxyError (its password never appears).
 */
export async function openGet(url: string, opts: RequestOptions, signal: AbortSignal): Promise<OpenResponse> {
  const origin = new URL(url).origin;
  let current = new URL(url);
  let headers = { ...opts.headers };
  for (let hop = 0; ; hop++) {
    const res = await getOnce(current, headers, opts.proxyEnv, signal);
    const location = res.headers.location;
    if ([301, 302, 303, 307, 308].includes(res.statusCode ?? 0) && location && hop < 5) {
      res.resume();
      current = new URL(location, current);
      if (current.origin !== origin) {
        const { Authorization: _dropped, authorization: _dropped2, ...rest } = headers;
        headers = rest;
      }
      continue;
    }
    const status = res.statusCode ?? 0;
    if (status < 200 || status > 299) {
      res.resume();
      const route = proxyFor(current, opts.proxyEnv);
      if (status === 407 && route) throw proxyRefusal(route, current, status);
      throw new HttpError(url, status);
    }
    return { status, headers: res.headers, body: res, url: current.href };
  }
}

function getOnce(
  url: URL,
  headers: Record<string, string>,
  proxyEnv: ProxyEnv | undefined,
  signal: AbortSignal,
): Promise<http.IncomingMessage> {
  const route = proxyFor(url, proxyEnv);
  const mod = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : undefined;
  if (!mod) throw new UserError(`${url.href}: only http and https URLs can be downloaded`);
  return new Promise((resolve, reject) => {
    const req = mod.request(
      url,
      {
        method: 'GET',
        headers: { 'User-Agent': 'goship-setup-go/1', ...headers },
        agent: agentFor(url, { env: proxyEnv }),
        signal,
      },
      resolve,
    );
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (signal.aborted) return reject(signal.reason ?? err);
      const fromProxy = route && proxyFailure(err, route, url);
      if (fromProxy) return reject(fromProxy);
      if (!route) return reject(err);
      // Reset or timeout through the proxy: still worth a retry; named, and never with the proxy's password.
      const named = new Error(
        `${redactProxy(err.message, route)} (through the proxy ${route.shown} from ${route.variable})`,
      ) as NodeJS.ErrnoException;
      named.code = err.code;
      reject(named);
    });
    req.end();
  });
}

/** GET a text body with retries. */
export function getText(url: string, what: string, opts: RequestOptions = {}): Promise<string> {
  return withRetries(url, what, opts, async (signal) => {
    const res = await openGet(url, opts, signal);
    res.body.setEncoding('utf8');
    let text = '';
    for await (const chunk of res.body) text += chunk;
    return text;
  });
}

/**
 * Authorization for a manifest request: only for GitHub hosts (a manifest kept in a repository, or this GitHub
 * Enterprise server), and only over https, so neither a third-party mirror nor anyone on the path of a plain-http
 * request ever receives the job's token. The scheme, host and port must all be the server's (or github.com's).
 * openGet drops Authorization on a redirect to another origin, so a redirect does not carry it away either.
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
