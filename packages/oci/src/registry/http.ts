/*
 * A small HTTP client on node:http/https for the Distribution API: exact request bodies (digests are
 * over exact bytes), per-registry CA bundles, keep-alive, redirects (blob GETs are often sent to object
 * storage, which must not receive our Authorization header), and errors that say which host failed.
 * Every request has an overall deadline besides the idle timeout: a server that trickles bytes cannot
 * hold a step forever. Bodies may be a file range, streamed from disk (a 1 GB layer never sits in memory),
 * and a successful response may be streamed to a file the same way.
 * Proxies: HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the given environment, by the project's one rule and agents
 * (@goship/kit proxy.ts: CONNECT tunnels for https, so the CA and the Authorization reach only the registry;
 * loopback registries are never proxied, as Docker (Go's ProxyFromEnvironment) does).
 * Kept instead of undici or @actions/http-client (bench/libraries.ts, loopback, 2 cores at load ~16): a
 * @actions/http-client redirect to the same hostname on another port keeps the Authorization header (it
 * compares hostnames, not origins); neither has an overall deadline per request (idle/socket timeouts only);
 * a streamed 128 MiB PUT is on par (their time 0.89–1.53× ours); 300 small GETs vary from run to run between
 * 0.36× and 1.34× ours (≤ 2 ms a request, against a registry's network round trip), and no dependency to bundle.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { agentFor, closeAgents, proxyFor, redactProxy } from '@goship/kit';

/** Bytes `start`..`start + size - 1` of a file, read from disk while they are sent. */
export interface FileRange {
  path: string;
  start: number;
  size: number;
}

export type RequestBody = Buffer | FileRange;

export function bodySize(body: RequestBody | undefined): number {
  return body === undefined ? 0 : Buffer.isBuffer(body) ? body.length : body.size;
}

export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: RequestBody;
  /** PEM bundle added to the system roots for https. */
  ca?: string;
  /** Idle timeout: no byte in either direction for this long (default 120 s). */
  timeoutMs?: number;
  /**
   * Overall deadline for the whole exchange, body and answer included (default: 60 s plus one second per
   * MiB of request body, i.e. a floor of 1 MiB/s).
   */
  deadlineMs?: number;
  signal?: AbortSignal;
  /** Follow 3xx for GET/HEAD (default true), dropping Authorization when the origin changes. */
  followRedirects?: boolean;
  /** A 2xx answer's body goes to this file instead of memory (`body` is then empty). */
  saveTo?: string;
  /** Environment read for HTTPS_PROXY/HTTP_PROXY/NO_PROXY (and lower-case); none: no proxy. */
  proxyEnv?: Record<string, string | undefined>;
}

export function defaultDeadline(bytes: number): number {
  return 60_000 + Math.ceil(bytes / (1 << 20)) * 1000;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  url: string;
}

/** A network-level failure (no HTTP response): connection refused, reset, TLS, timeout. */
export class NetworkError extends Error {
  constructor(
    readonly url: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'NetworkError';
  }
}

/** Lets the process exit: idle keep-alive sockets would otherwise hold it open. */
export function closeConnections(): void {
  closeAgents();
}

function once(req: HttpRequest): Promise<HttpResponse> {
  const url = new URL(req.url);
  const mod = url.protocol === 'https:' ? https : http;
  const deadlineMs = req.deadlineMs ?? defaultDeadline(bodySize(req.body));
  const deadline = AbortSignal.timeout(deadlineMs);
  const signal = req.signal ? AbortSignal.any([req.signal, deadline]) : deadline;
  const route = proxyFor(url, req.proxyEnv);
  const failure = (e: NodeJS.ErrnoException): Error => {
    if (req.signal?.aborted) return req.signal.reason as Error;
    if (deadline.aborted)
      return new NetworkError(
        req.url,
        'ETIMEDOUT',
        `${url.host}: no complete answer to ${req.method} ${url.pathname} within ${Math.round(deadlineMs / 1000)} s`,
      );
    // Through a proxy, say which (never with its password: Node's tunnel errors quote its full URL).
    const via = route ? ` (through the proxy ${route.shown} from ${route.variable})` : '';
    return new NetworkError(
      req.url,
      e.code ?? 'ENETWORK',
      `${url.host}: ${redactProxy(e.message, route)}${e.code ? ` (${e.code})` : ''}${via}`,
    );
  };
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'User-Agent': 'goship-oci/1', ...req.headers };
    if (req.body) headers['Content-Length'] = bodySize(req.body);
    else if (req.method === 'PUT' || req.method === 'POST' || req.method === 'PATCH')
      headers['Content-Length'] = 0;
    const r = mod.request(
      url,
      { method: req.method, headers, agent: agentFor(url, { ca: req.ca, env: req.proxyEnv }), signal },
      (res) => {
        const status = res.statusCode ?? 0;
        const done = (body: Buffer) => resolve({ status, headers: res.headers, body, url: req.url });
        res.on('error', (e: NodeJS.ErrnoException) =>
          reject(failure(Object.assign(e, { code: e.code ?? 'ERESPONSE' }))),
        );
        if (req.saveTo && status >= 200 && status < 300) {
          const file = createWriteStream(req.saveTo);
          file.on('error', reject);
          file.on('finish', () => done(Buffer.alloc(0)));
          res.pipe(file);
          return;
        }
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(Buffer.concat(chunks)));
      },
    );
    r.setTimeout(req.timeoutMs ?? 120_000, () =>
      r.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })),
    );
    r.on('error', (e: NodeJS.ErrnoException) => reject(failure(e)));
    if (req.body === undefined || Buffer.isBuffer(req.body)) r.end(req.body);
    else {
      const { path, start, size } = req.body;
      const file = createReadStream(path, { start, end: start + size - 1 });
      file.on('error', (e) => r.destroy(e));
      if (size === 0) r.end();
      else file.pipe(r);
    }
  });
}

/**
 * One request, following redirects for GET/HEAD. Authorization goes only to the origin (scheme, host and
 * port) it was meant for: a redirect to another host, or to http on the same host, is followed without it.
 */
export async function request(req: HttpRequest): Promise<HttpResponse> {
  const origin = new URL(req.url).origin;
  let current = req;
  for (let hop = 0; ; hop++) {
    const res = await once(current);
    const location = res.headers.location;
    const redirect = [301, 302, 303, 307, 308].includes(res.status) && location;
    if (!redirect || req.followRedirects === false || !['GET', 'HEAD'].includes(req.method) || hop >= 5)
      return res;
    const next = new URL(location, current.url);
    const headers = { ...current.headers };
    if (next.origin !== origin) delete headers.Authorization;
    current = { ...current, url: next.toString(), headers };
  }
}

/** Errors worth another attempt: connection resets/timeouts, 5xx and 429. */
export function isTransient(err: unknown): boolean {
  if (err instanceof NetworkError) {
    return [
      'ECONNRESET',
      'ETIMEDOUT',
      'EPIPE',
      'ECONNABORTED',
      'ERESPONSE',
      'EAI_AGAIN',
      'ECONNREFUSED',
    ].includes(err.code);
  }
  const status = (err as { status?: number }).status;
  return status !== undefined && (status >= 500 || status === 429);
}

/** TLS failures where the server speaks plain HTTP (so an insecure registry may be retried over http). */
export function isPlainHttpServer(err: unknown): boolean {
  return (
    err instanceof NetworkError &&
    (err.code === 'EPROTO' || /wrong version number|packet length too long/i.test(err.message))
  );
}

export function isCertificateError(err: unknown): boolean {
  return (
    err instanceof NetworkError &&
    /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_CERT|unable to get local issuer/i.test(
      `${err.code} ${err.message}`,
    )
  );
}
