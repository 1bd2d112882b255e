/*
 * A small HTTP client on node:http/https for the Distribution API: exact request bodies (digests are
 * over exact bytes), per-registry CA bundles, keep-alive, redirects (blob GETs are often sent to object
 * storage, which must not receive our Authorization header), and errors that say which host failed.
 * node:https rather than fetch/undici: a custom CA needs an undici Agent (a bundled dependency and
 * slower start-up); https.Agent takes `ca` directly, and NODE_EXTRA_CA_CERTS applies to it as well.
 */
import http from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';

export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: Buffer;
  /** PEM bundle added to the system roots for https. */
  ca?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Follow 3xx for GET/HEAD (default true), dropping Authorization when the host changes. */
  followRedirects?: boolean;
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

const agents = new Map<string, http.Agent>();

function agentFor(url: URL, ca?: string): http.Agent {
  const key = `${url.protocol}${ca ?? ''}`;
  let agent = agents.get(key);
  if (!agent) {
    agent =
      url.protocol === 'https:'
        ? new https.Agent({
            keepAlive: true,
            maxSockets: 8,
            ...(ca ? { ca: [...rootCertificates, ca] } : {}),
          })
        : new http.Agent({ keepAlive: true, maxSockets: 8 });
    agents.set(key, agent);
  }
  return agent;
}

/** Lets the process exit: idle keep-alive sockets would otherwise hold it open. */
export function closeConnections(): void {
  for (const a of agents.values()) a.destroy();
  agents.clear();
}

function once(req: HttpRequest): Promise<HttpResponse> {
  const url = new URL(req.url);
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'User-Agent': 'goship-oci/1', ...req.headers };
    if (req.body) headers['Content-Length'] = req.body.length;
    else if (req.method === 'PUT' || req.method === 'POST' || req.method === 'PATCH')
      headers['Content-Length'] = 0;
    const r = mod.request(
      url,
      { method: req.method, headers, agent: agentFor(url, req.ca), signal: req.signal },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (e: NodeJS.ErrnoException) =>
          reject(new NetworkError(req.url, e.code ?? 'ERESPONSE', `${url.host}: ${e.message}`)),
        );
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
            url: req.url,
          }),
        );
      },
    );
    r.setTimeout(req.timeoutMs ?? 120_000, () =>
      r.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })),
    );
    r.on('error', (e: NodeJS.ErrnoException) => {
      if (req.signal?.aborted) return reject(req.signal.reason);
      reject(
        new NetworkError(
          req.url,
          e.code ?? 'ENETWORK',
          `${url.host}: ${e.message}${e.code ? ` (${e.code})` : ''}`,
        ),
      );
    });
    r.end(req.body);
  });
}

export async function request(req: HttpRequest): Promise<HttpResponse> {
  let current = req;
  for (let hop = 0; ; hop++) {
    const res = await once(current);
    const location = res.headers.location;
    const redirect = [301, 302, 303, 307, 308].includes(res.status) && location;
    if (!redirect || req.followRedirects === false || !['GET', 'HEAD'].includes(req.method) || hop >= 5)
      return res;
    const next = new URL(location, current.url);
    const headers = { ...current.headers };
    if (next.host !== new URL(current.url).host) delete headers.Authorization;
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
