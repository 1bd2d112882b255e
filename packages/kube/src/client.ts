import { errorMessage, retry, UserError } from '@goship/kit';
import type { KubeConfig } from '@kubernetes/client-node';
import { kubeconfigDir, type ResolvedKubeconfig } from './kubeconfig.js';
import type { ApiStatus } from './types.js';

/*
 * A small JSON client over @kubernetes/client-node: the library does what is hard to get right
 * (kubeconfig loading, client certificates, bearer/basic auth, exec and auth-provider plugins, CA
 * bundles, proxies, its undici transport), and we send plain JSON requests through it so every status
 * code and `Status` body reaches us untouched — server-side apply, dry-run and watch need that control.
 * The library is imported lazily: it costs ~100–300 ms to load, and bad inputs should fail before that.
 */

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** A non-2xx answer from the API server, with its `Status` body. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly status: ApiStatus,
    readonly method: string,
    readonly path: string,
  ) {
    super(status.message || `${method} ${path}: HTTP ${statusCode}`);
    this.name = 'ApiError';
  }

  get reason(): string {
    return this.status.reason ?? '';
  }
}

/** The API server could not be reached at all (refused, DNS, TLS, timeout). */
export class ConnectionError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'ConnectionError';
  }
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  contentType?: string;
  signal?: AbortSignal;
  /** Attempts for transient failures (connection errors, 429, 5xx). Default 4; 1 turns retries off. */
  attempts?: number;
  timeoutMs?: number;
}

type ClientNode = typeof import('@kubernetes/client-node');

const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'EPROTO',
]);

export class KubeClient {
  private readonly http: InstanceType<ClientNode['IsomorphicFetchHttpLibrary']>;

  private constructor(
    private readonly lib: ClientNode,
    readonly config: KubeConfig,
    readonly target: ResolvedKubeconfig,
    readonly log: Logger,
  ) {
    this.http = new lib.IsomorphicFetchHttpLibrary();
  }

  static async create(target: ResolvedKubeconfig, log: Logger): Promise<KubeClient> {
    const lib = await import('@kubernetes/client-node');
    const config = new lib.KubeConfig();
    try {
      config.loadFromString(target.text);
      const dir = kubeconfigDir(target);
      if (dir) config.makePathsAbsolute(dir);
      config.setCurrentContext(target.context);
    } catch (err) {
      throw new UserError(`Input 'kubeconfig': cannot be loaded: ${errorMessage(err)}`);
    }
    return new KubeClient(lib, config, target, log);
  }

  /** Where we talk to, for messages: the server URL and the context/user, never credentials. */
  describe(): string {
    return `${this.target.server} (context '${this.target.context}'${this.target.user ? `, user '${this.target.user}'` : ''})`;
  }

  url(path: string, query?: RequestOptions['query']): string {
    const u = new URL(this.target.server.replace(/\/+$/, '') + path);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) u.searchParams.set(k, String(v));
    return u.toString();
  }

  /** One JSON request; transient failures are retried with backoff, everything else is thrown typed. */
  async request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    return (await this.requestWithStatus<T>(method, path, opts)).body;
  }

  /** As `request`, with the HTTP status (201 tells a creating apply from an updating one). */
  async requestWithStatus<T>(
    method: string,
    path: string,
    opts: RequestOptions = {},
  ): Promise<{ statusCode: number; body: T }> {
    return retry(
      async () => {
        const res = await this.send(method, path, opts);
        const text = await res.body.text();
        if (res.httpStatusCode >= 200 && res.httpStatusCode < 300) {
          return { statusCode: res.httpStatusCode, body: (text ? JSON.parse(text) : {}) as T };
        }
        throw new ApiError(res.httpStatusCode, parseStatus(text, res.httpStatusCode), method, path);
      },
      {
        attempts: opts.attempts ?? 4,
        baseDelayMs: 400,
        maxDelayMs: 4000,
        signal: opts.signal,
        retryable: isTransient,
        onRetry: (err, attempt, delay) =>
          this.log.info(
            `  ${method} ${path}: ${errorMessage(err)}; retrying in ${delay} ms (attempt ${attempt + 1})`,
          ),
      },
    ).catch((err) => {
      // Unreachable and unauthorized are the same for every request; other API errors (403, 404, 409, 422)
      // mean something different to each caller, which explains them itself.
      throw err instanceof ApiError && err.statusCode !== 401 ? err : this.explain(err);
    });
  }

  /** A streaming GET (watch): resolves once the headers arrived, with the body as text lines. */
  async stream(
    path: string,
    query: RequestOptions['query'],
    signal: AbortSignal,
  ): Promise<AsyncIterable<string>> {
    const res = await this.send('GET', path, { query, signal, timeoutMs: 0 });
    if (res.httpStatusCode !== 200) {
      throw new ApiError(
        res.httpStatusCode,
        parseStatus(await res.body.text(), res.httpStatusCode),
        'GET',
        path,
      );
    }
    const body = res.body.stream();
    if (!body) throw new ConnectionError('watch response has no body', undefined, true);
    return lines(body);
  }

  private async send(method: string, path: string, opts: RequestOptions) {
    const { RequestContext } = this.lib;
    const ctx = new RequestContext(this.url(path, opts.query), method as never);
    ctx.setHeaderParam('Accept', 'application/json');
    ctx.setHeaderParam('User-Agent', 'goship-k8s-rollout');
    if (opts.body !== undefined) {
      ctx.setHeaderParam('Content-Type', opts.contentType ?? 'application/json');
      ctx.setBody(typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body));
    }
    const timeout = opts.timeoutMs ?? 30_000;
    const signals = [opts.signal, timeout > 0 ? AbortSignal.timeout(timeout) : undefined].filter(
      Boolean,
    ) as AbortSignal[];
    if (signals.length > 0) ctx.setSignal(AbortSignal.any(signals));
    try {
      await this.config.applySecurityAuthentication(ctx);
    } catch (err) {
      throw new UserError(
        `Input 'kubeconfig': the credentials of context '${this.target.context}' cannot be used: ${errorMessage(err)}`,
      );
    }
    try {
      return await this.http.send(ctx).toPromise();
    } catch (err) {
      if (opts.signal?.aborted) throw opts.signal.reason ?? err;
      throw toConnectionError(err, method, path);
    }
  }

  /** Turns the errors a user can cause or fix into messages that say what to do. */
  explain(err: unknown): unknown {
    if (err instanceof ConnectionError) {
      const tls = err.code && TLS_CODES.has(err.code);
      return new UserError(`Cannot reach the API server at ${this.describe()}: ${err.message}`, {
        hint: tls
          ? "The server's certificate is not trusted by the kubeconfig's certificate-authority(-data), or does not name this host."
          : 'Check the server URL in the kubeconfig and that the cluster is reachable from the runner.',
        cause: err,
      });
    }
    if (err instanceof ApiError && err.statusCode === 401) {
      return new UserError(
        `Unauthorized: the API server at ${this.target.server} rejected the credentials of user '${this.target.user || '(none)'}' (context '${this.target.context}')`,
        {
          hint: 'The token or client certificate in the kubeconfig is wrong or expired; create a fresh kubeconfig secret.',
          cause: err,
        },
      );
    }
    if (err instanceof ApiError && err.statusCode === 403) {
      return new UserError(`Forbidden: ${err.message}`, {
        hint: `The kubeconfig's user '${this.target.user || '(none)'}' lacks RBAC permission for this; grant it (a Role/ClusterRole and binding) or use a different kubeconfig.`,
        cause: err,
      });
    }
    return err;
  }
}

function isTransient(err: unknown): boolean {
  if (err instanceof ConnectionError) return err.retryable;
  if (err instanceof ApiError) return err.statusCode === 429 || err.statusCode >= 500;
  return false;
}

function toConnectionError(err: unknown, method: string, path: string): ConnectionError {
  let cause: unknown = err;
  // undici wraps the socket error: TypeError('fetch failed', { cause: Error{ code } }), sometimes twice.
  for (let i = 0; i < 3 && cause instanceof Error && cause.cause; i++) cause = cause.cause;
  const code = (cause as { code?: string }).code;
  const name = (err as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new ConnectionError(`${method} ${path} timed out`, 'ETIMEDOUT', true);
  }
  const message = cause instanceof Error ? cause.message : errorMessage(err);
  const retryable = !(code && TLS_CODES.has(code)) && !/certificate|self[- ]signed/i.test(message);
  return new ConnectionError(
    code && !message.includes(code) ? `${code}: ${message}` : message,
    code,
    retryable,
  );
}

export function parseStatus(text: string, code: number): ApiStatus {
  try {
    const parsed = JSON.parse(text) as ApiStatus;
    if (parsed && typeof parsed === 'object') return { code, ...parsed };
  } catch {
    /* not JSON: a proxy or load balancer answered */
  }
  return { code, message: text.trim().slice(0, 500) || `HTTP ${code}` };
}

async function* lines(body: ReadableStream<Uint8Array>): AsyncIterable<string> {
  const decoder = new TextDecoder();
  let buffer = '';
  const reader = body.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let nl = buffer.indexOf('\n');
      while (nl >= 0) {
        const line = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        if (line) yield line;
        nl = buffer.indexOf('\n');
      }
    }
    const rest = (buffer + decoder.decode()).trim();
    if (rest) yield rest;
  } finally {
    reader.releaseLock();
    body.cancel().catch(() => {});
  }
}
