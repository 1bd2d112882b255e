import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { errorMessage, type Log, proxyRefusal, redactProxy, retry, UserError } from '@goship/kit';
import { Credentials, type TlsMaterial } from './credentials.js';
import type { ResolvedKubeconfig } from './kubeconfig.js';
import { apiServerProxyFailure, proxyAgentOptions } from './proxy.js';
import type { ApiStatus } from './types.js';

/*
 * A small JSON client over node:http(s): kubeconfig TLS and credentials (credentials.ts), keep-alive
 * connections, every status code and `Status` body reaching us untouched — server-side apply, dry-run and
 * watch need that control. No Kubernetes client library: @kubernetes/client-node took ~0.3 s only to be
 * parsed for the few plain requests made here, and its errors quoted kubeconfig content.
 */

/**
 * What the cluster code logs through: the stage's `Log` without groups. Exec credential plugins are
 * announced with `notice`, the credentials they return masked with `secret`.
 */
export type ClusterLog = Pick<Log, 'info' | 'warning' | 'debug' | 'notice' | 'secret'>;

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

/*
 * Once the API server has answered, a refused or dropped connection (or a 503 while it starts) is most
 * likely a restart: a managed control plane's upgrade or an API server pod rolling takes tens of seconds.
 * Requests then keep retrying for this long. Before its first answer, a refusal is most likely a wrong
 * server URL and fails after the request's few attempts.
 */
const OUTAGE_TOLERANCE_MS = 60_000;

interface RawResponse {
  statusCode: number;
  message: IncomingMessage;
}

export class KubeClient {
  private agent?: { tls: TlsMaterial; agent: HttpAgent };
  /** Whether the API server has answered this client (any status): see OUTAGE_TOLERANCE_MS. */
  private answered = false;

  private constructor(
    private readonly credentials: Credentials,
    readonly target: ResolvedKubeconfig,
    readonly log: ClusterLog,
  ) {}

  static async create(target: ResolvedKubeconfig, log: ClusterLog): Promise<KubeClient> {
    return new KubeClient(new Credentials(target, log), target, log);
  }

  /** Where we talk to, for messages: the server URL, the context/user and the proxy, never credentials. */
  describe(): string {
    const proxy = this.target.proxy ? `, through the proxy ${this.target.proxy.shown}` : '';
    return `${this.target.server} (context '${this.target.context}'${this.target.user ? `, user '${this.target.user}'` : ''}${proxy})`;
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
    const started = Date.now();
    let outage = false;
    return retry(
      async () => {
        const res = await this.send(method, path, opts);
        const text = await readText(res.message, method, path);
        if (res.statusCode >= 200 && res.statusCode < 300) {
          return { statusCode: res.statusCode, body: (text ? JSON.parse(text) : {}) as T };
        }
        throw new ApiError(res.statusCode, parseStatus(text, res.statusCode), method, path);
      },
      {
        attempts: opts.attempts ?? 4,
        baseDelayMs: 400,
        maxDelayMs: 4000,
        signal: opts.signal,
        retryable: isTransient,
        beyondAttempts: (err) => {
          outage =
            this.answered &&
            (err instanceof ConnectionError || (err instanceof ApiError && err.statusCode === 503));
          return outage && Date.now() - started < OUTAGE_TOLERANCE_MS;
        },
        onRetry: (err, attempt, delay) =>
          this.log.info(
            `  ${method} ${path}: ${errorMessage(err)}; retrying in ${delay} ms (attempt ${attempt + 1}${!outage ? '' : `; the API server answered before: waiting up to ${OUTAGE_TOLERANCE_MS / 1000} s for it`})`,
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
    if (res.statusCode !== 200) {
      throw new ApiError(
        res.statusCode,
        parseStatus(await readText(res.message, 'GET', path), res.statusCode),
        'GET',
        path,
      );
    }
    return lines(res.message, path);
  }

  private agentFor(tls: TlsMaterial, https: boolean): HttpAgent {
    // One keep-alive agent per TLS identity (an exec plugin may hand out a new client certificate). No socket
    // limit: every watch holds a connection for its whole life, and a cap would queue requests behind them.
    if (this.agent?.tls !== tls) {
      this.agent?.agent.destroy();
      // Through the kubeconfig's proxy-url or HTTPS_PROXY when there is one (proxy.ts): Node's proxyEnv.
      const proxy = proxyAgentOptions(this.target.proxy, https);
      const agent = https
        ? new HttpsAgent({ keepAlive: true, ...tls, ...proxy })
        : new HttpAgent({ keepAlive: true, ...proxy });
      this.agent = { tls, agent };
    }
    return this.agent.agent;
  }

  private async send(method: string, path: string, opts: RequestOptions): Promise<RawResponse> {
    const url = new URL(this.url(path, opts.query));
    const https = url.protocol === 'https:';
    const timeout = opts.timeoutMs ?? 30_000;
    const signals = [opts.signal, timeout > 0 ? AbortSignal.timeout(timeout) : undefined].filter(
      Boolean,
    ) as AbortSignal[];
    const signal = signals.length > 0 ? AbortSignal.any(signals) : undefined;
    const body =
      opts.body === undefined
        ? undefined
        : Buffer.from(typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body));
    for (let attempt = 0; ; attempt++) {
      const { tls, authorization, credential } = await this.credentials.current(opts.signal);
      const headers: Record<string, string> = {
        Accept: 'application/json',
        'User-Agent': 'goship-k8s-rollout',
      };
      if (authorization) headers.Authorization = authorization;
      if (body) {
        headers['Content-Type'] = opts.contentType ?? 'application/json';
        headers['Content-Length'] = String(body.length);
      }
      let res: RawResponse;
      try {
        res = await new Promise<RawResponse>((resolve, reject) => {
          const req = (https ? httpsRequest : httpRequest)(
            url,
            { method, headers, agent: this.agentFor(tls, https), signal },
            (message) => resolve({ statusCode: message.statusCode ?? 0, message }),
          );
          req.on('error', reject);
          req.end(body);
        });
      } catch (err) {
        if (opts.signal?.aborted) throw opts.signal.reason ?? err;
        // A refused tunnel quotes the proxy's URL, password included: named without it, and not retried.
        const proxied = apiServerProxyFailure(err, this.target.proxy, url);
        if (proxied) throw proxied;
        const failure = toConnectionError(err, method, path, signal);
        if (!this.target.proxy) throw failure;
        throw new ConnectionError(
          redactProxy(failure.message, this.target.proxy),
          failure.code,
          failure.retryable,
        );
      }
      this.answered ||= !this.target.proxy || https;
      // Through a proxy to a plain-http server, the proxy's own refusal is an answer: not the API server's.
      if (res.statusCode === 407 && this.target.proxy && !https) {
        res.message.resume();
        throw proxyRefusal(this.target.proxy, url, 407);
      }
      // An exec plugin's token may have been revoked or expired early: ask the plugin once more.
      if (res.statusCode === 401 && attempt === 0 && this.credentials.invalidate(credential)) {
        res.message.resume();
        continue;
      }
      return res;
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

function toConnectionError(
  err: unknown,
  method: string,
  path: string,
  signal?: AbortSignal,
): ConnectionError {
  const name = (err as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError' || signal?.aborted) {
    return new ConnectionError(`${method} ${path} timed out`, 'ETIMEDOUT', true);
  }
  if (err instanceof ConnectionError) return err;
  const code = (err as { code?: string }).code;
  const message = errorMessage(err);
  const retryable = !(code && TLS_CODES.has(code)) && !/certificate|self[- ]signed/i.test(message);
  return new ConnectionError(
    code && !message.includes(code) ? `${code}: ${message}` : message,
    code,
    retryable,
  );
}

async function readText(message: IncomingMessage, method: string, path: string): Promise<string> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of message) chunks.push(chunk as Buffer);
  } catch (err) {
    throw toConnectionError(err, method, path);
  }
  return Buffer.concat(chunks).toString('utf8');
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

async function* lines(body: IncomingMessage, path: string): AsyncIterable<string> {
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for await (const chunk of body) {
      buffer += decoder.decode(chunk as Buffer, { stream: true });
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
  } catch (err) {
    throw toConnectionError(err, 'WATCH', path);
  } finally {
    body.destroy();
  }
}
