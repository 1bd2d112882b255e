import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { type ProxyRoute, proxyFailure, redactProxy } from '@goship/kit';

/*
 * One HTTP exchange with Node's own client, measured from the first byte sent to the last byte of the
 * body. Each request opens its own connection (no keep-alive agent): behind a Service, kube-proxy picks a
 * backend per connection, so reusing one would ask the same pod every time and never see an old one.
 * Redirects are not followed (a 3xx is an answer to check), so credentials never leave their origin.
 */

export interface HttpRequest {
  url: URL;
  method: string;
  headers: readonly [string, string][];
  body?: string;
  timeoutMs: number;
  /** A URL target's CAs, or the API server's TLS as the kubeconfig gives it (@goship/cluster's TlsMaterial). */
  tls?: {
    ca?: string | Buffer | (string | Buffer)[];
    cert?: string | Buffer;
    key?: string | Buffer;
    rejectUnauthorized: boolean;
    servername?: string;
  };
  /** Cancellation of the whole run (not a timeout): the promise rejects with its reason. */
  signal?: AbortSignal;
  /** The API server's proxy (the kubeconfig's proxy-url, or HTTPS_PROXY): the request goes through its tunnel. */
  proxy?: ProxyRoute;
  /** Bytes of body kept for the checks (the rest is read and counted, not kept). */
  maxBodyBytes?: number;
}

export interface HttpResponse {
  kind: 'response';
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  bodyBytes: number;
  truncated: boolean;
  latencyMs: number;
}

export interface HttpFailure {
  kind: 'error';
  /** ECONNREFUSED, ECONNRESET, TIMEOUT, ENOTFOUND, a TLS code, … */
  code: string;
  message: string;
  /** Connection refused/reset and timeouts: the service may be starting or restarting. */
  retryable: boolean;
  latencyMs: number;
}

export type HttpOutcome = HttpResponse | HttpFailure;

const RETRYABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'TIMEOUT',
]);

export const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_SIGNATURE_FAILURE',
  'EPROTO',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

export function sendRequest(req: HttpRequest): Promise<HttpOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  const maxBody = req.maxBodyBytes ?? 1 << 20;
  return new Promise<HttpOutcome>((resolve, reject) => {
    if (req.signal?.aborted) return reject(req.signal.reason);
    let settled = false;
    const finish = (outcome: HttpOutcome | { reject: unknown }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
      if ('reject' in outcome) reject(outcome.reject);
      else resolve(outcome);
    };
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of req.headers) {
      const prev = headers[name];
      headers[name] = prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value];
    }
    if (req.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length'))
      headers['Content-Length'] = String(Buffer.byteLength(req.body));
    const secure = req.url.protocol === 'https:';
    const options: https.RequestOptions = {
      method: req.method,
      headers,
      // A fresh connection each time; through the API server's proxy with Node's proxyEnv (≥ 24.5).
      agent: req.proxy
        ? new (secure ? https.Agent : http.Agent)({
            keepAlive: false,
            proxyEnv: { [secure ? 'HTTPS_PROXY' : 'HTTP_PROXY']: req.proxy.url.href },
          } as http.AgentOptions)
        : false,
      ...(secure && req.tls
        ? {
            ca: req.tls.ca,
            cert: req.tls.cert,
            key: req.tls.key,
            rejectUnauthorized: req.tls.rejectUnauthorized,
            servername: req.tls.servername,
          }
        : {}),
    };
    const request = (secure ? https : http).request(req.url, options, (res) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      let total = 0;
      res.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (kept < maxBody) {
          const part = chunk.subarray(0, maxBody - kept);
          chunks.push(part);
          kept += part.length;
        }
      });
      res.on('end', () =>
        finish({
          kind: 'response',
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          bodyBytes: total,
          truncated: total > kept,
          latencyMs: elapsed(),
        }),
      );
      res.on('error', (err) => finish(failure(err, elapsed(), req)));
    });
    request.on('error', (err) => finish(failure(err, elapsed(), req)));
    const timer = setTimeout(() => {
      finish({
        kind: 'error',
        code: 'TIMEOUT',
        message: `no complete answer within ${req.timeoutMs} ms`,
        retryable: true,
        latencyMs: elapsed(),
      });
      request.destroy();
    }, req.timeoutMs);
    const onAbort = () => {
      finish({ reject: req.signal!.reason });
      request.destroy();
    };
    req.signal?.addEventListener('abort', onAbort, { once: true });
    request.end(req.body);
  });
}

function failure(err: unknown, latencyMs: number, req: HttpRequest): HttpFailure {
  const e = err as NodeJS.ErrnoException;
  const code = e.code ?? 'ERROR';
  // Through a proxy: its refusal named without its password (Node's message quotes the proxy URL), not retried.
  const proxied = req.proxy && proxyFailure(err, req.proxy, req.url);
  if (proxied) return { kind: 'error', code, message: proxied.message, retryable: false, latencyMs };
  let message = redactProxy(e.message || String(err), req.proxy);
  if (code === 'ECONNRESET' && /socket hang up/.test(message))
    message = 'connection closed before an answer (socket hang up)';
  if (TLS_CODES.has(code) || /certificate|SSL routines|wrong version number/i.test(message)) {
    return { kind: 'error', code, message: `TLS: ${message}`, retryable: false, latencyMs };
  }
  if (code.startsWith('HPE_')) {
    return {
      kind: 'error',
      code,
      message: `the answer is not HTTP (${message})`,
      retryable: false,
      latencyMs,
    };
  }
  return {
    kind: 'error',
    code,
    message: code !== 'ERROR' && !message.includes(code) ? `${code}: ${message}` : message,
    retryable: RETRYABLE_CODES.has(code),
    latencyMs,
  };
}

/** What to do about a transport failure, for the report's hint. */
export function failureHint(f: HttpFailure, secure: boolean): string | undefined {
  if (f.code === 'ECONNREFUSED')
    return 'Nothing listens on that host and port (yet): check the port and that the service is running.';
  if (f.code === 'ECONNRESET')
    return secure
      ? 'The connection was closed without an answer: the service crashed or restarted.'
      : 'The connection was closed without an answer: the service crashed or restarted, or the port speaks TLS (use https://).';
  if (f.code === 'ENOTFOUND') return 'The host name does not resolve: check the URL.';
  if (f.code === 'TIMEOUT')
    return 'The service accepted or stalled but did not answer in time: raise request-timeout or look at the service.';
  if (f.message.startsWith('TLS:')) {
    if (/wrong version number|packet length too long/i.test(f.message))
      return 'The server does not speak TLS on that port: use http://, or the TLS port.';
    return secure
      ? 'The server certificate is not trusted or does not name the host: pass its CA with ca-file (or, for a throwaway test only, insecure: true).'
      : undefined;
  }
  if (f.code.startsWith('HPE_')) return 'Check the scheme: http:// to a TLS port answers with TLS bytes.';
  return undefined;
}
