/*
 * A Distribution API (OCI distribution-spec) client for one registry: ping + scheme choice, basic and
 * token auth challenges, blob HEAD/GET/mount/upload (monolithic POST-then-PUT, or chunked PATCH), manifest
 * GET/PUT with exact bytes and media types, retries with backoff on 5xx / 429 / connection resets.
 * Credentials (basic or bearer) go only to the registry's own origin, as docker/distribution's client
 * does: an upload Location or redirect on another host, or on plain http, is followed without them, and a
 * challenge from such a host is never answered with them.
 */
import { apiHost } from '@goship/contract';
import { retry, span, UserError } from '@goship/kit';
import { MANIFEST_ACCEPT, sha256, sha256File } from '../media.js';
import { basicAuth, type Challenge, type CredentialLookup, parseChallenge } from './auth.js';
import { RegistryAuthError, RegistryError, registryErrorDetail } from './errors.js';
import {
  bodySize,
  defaultDeadline,
  type HttpResponse,
  isCertificateError,
  isPlainHttpServer,
  isTransient,
  NetworkError,
  type RequestBody,
  request,
} from './http.js';

export interface RegistryOptions {
  /** host[:port] as written in the image reference. */
  registry: string;
  /** Plain HTTP allowed (only for insecure-registries and loopback, as Docker does). */
  insecure: boolean;
  /** Extra PEM CA bundle for this registry's TLS certificate. */
  ca?: string;
  /** Environment read for HTTPS_PROXY/HTTP_PROXY/NO_PROXY (the runner's, behind a corporate proxy). */
  proxyEnv?: Record<string, string | undefined>;
  /** The lookup, or how to do it: run only when the registry asks for credentials (helpers are programs). */
  credentials: CredentialLookup | (() => Promise<CredentialLookup>);
  signal?: AbortSignal;
  attempts?: number;
  baseDelayMs?: number;
  log?: (message: string) => void;
  /** Blobs larger than this go up in PATCH chunks of `chunkSize` (default 64 MiB / 16 MiB). */
  monolithicLimit?: number;
  chunkSize?: number;
  /** What to say when this registry refuses an operation (403) or the credentials (ghcr.io: the token's permissions). */
  deniedHint?: string;
}

export class RegistryClient {
  private base?: string;
  private challenge?: Challenge;
  private pinging?: Promise<void>;
  /** Tokens (or in-flight token requests) per scope, so parallel uploads share one token request. */
  private readonly tokens = new Map<string, Promise<string | undefined>>();
  private readonly host: string;
  private lookup?: Promise<CredentialLookup>;

  constructor(readonly opts: RegistryOptions) {
    this.host = apiHost(opts.registry);
  }

  /** Where the credentials come from (looked up once, on first need). */
  credentials(): Promise<CredentialLookup> {
    const c = this.opts.credentials;
    this.lookup ??= typeof c === 'function' ? c() : Promise.resolve(c);
    return this.lookup;
  }

  /** scheme://host[:port] of the registry once ping() has run: the only origin that gets credentials. */
  get origin(): string | undefined {
    return this.base ? new URL(this.base).origin : undefined;
  }

  /** 'https' or 'http' once ping() has run. */
  get scheme(): 'https' | 'http' | undefined {
    return this.base ? (this.base.startsWith('https:') ? 'https' : 'http') : undefined;
  }

  private log(m: string): void {
    this.opts.log?.(m);
  }

  private withRetry<T>(what: string, fn: () => Promise<T>, attempts = this.opts.attempts ?? 5): Promise<T> {
    return retry(fn, {
      attempts,
      baseDelayMs: this.opts.baseDelayMs ?? 500,
      maxDelayMs: 8000,
      retryable: isTransient,
      signal: this.opts.signal,
      onRetry: (err, attempt, delay) =>
        this.log(`${what}: ${(err as Error).message}; attempt ${attempt + 1} in ${delay} ms`),
    });
  }

  /** Picks https (or http for insecure registries whose server speaks plain HTTP) and reads the challenge, once. */
  ping(): Promise<void> {
    if (!this.pinging) this.pinging = this.pingOnce();
    return this.pinging;
  }

  private async pingOnce(): Promise<void> {
    const tryScheme = async (scheme: 'https' | 'http') => {
      const res = await request({
        method: 'GET',
        url: `${scheme}://${this.host}/v2/`,
        ca: this.opts.ca,
        proxyEnv: this.opts.proxyEnv,
        signal: this.opts.signal,
        timeoutMs: 30_000,
      });
      if (res.status !== 200 && res.status !== 401) {
        throw new RegistryError(
          `${this.opts.registry} answered GET /v2/ with HTTP ${res.status}; it does not look like an OCI registry`,
          res.status,
          [],
        );
      }
      this.base = `${scheme}://${this.host}`;
      if (res.status === 401) this.challenge = parseChallenge(headerValue(res, 'www-authenticate'));
    };
    try {
      await this.withRetry(
        `ping ${this.opts.registry}`,
        async () => {
          try {
            await tryScheme('https');
          } catch (err) {
            if (this.opts.insecure && isPlainHttpServer(err)) return tryScheme('http');
            throw err;
          }
        },
        Math.min(3, this.opts.attempts ?? 3),
      );
    } catch (err) {
      if (isCertificateError(err)) {
        throw new UserError(
          `TLS certificate of registry ${this.opts.registry} is not trusted: ${(err as Error).message}`,
          {
            hint: 'Pass its CA certificate (PEM file) in the registry-ca input, or set NODE_EXTRA_CA_CERTS for the step.',
          },
        );
      }
      if (err instanceof NetworkError) {
        const plain = isPlainHttpServer(err)
          ? ` It speaks plain HTTP; list it in insecure-registries to allow that (loopback addresses are allowed by default).`
          : '';
        throw new UserError(`Cannot reach registry ${this.opts.registry}: ${err.message}.${plain}`, {
          hint: 'Check the registry host and port in the image input, and that the registry is running and reachable from the runner.',
        });
      }
      throw err;
    }
  }

  private async authFailure(kind: 'missing' | 'rejected', detail: string): Promise<RegistryAuthError> {
    const { credentials, searched } = await this.credentials();
    if (kind === 'missing' || !credentials) {
      return new RegistryAuthError(
        `Registry ${this.opts.registry} requires authentication (${detail}) and no credentials were found. Looked in: ${searched.join('; ')}.`,
        'Pass registry-username and registry-password, or run docker/login-action for this registry before this step.',
      );
    }
    return new RegistryAuthError(
      `Registry ${this.opts.registry} rejected the credentials of user '${credentials.username}' from ${credentials.source} (${detail}).`,
      [
        this.opts.deniedHint,
        'Check the username and password/token for this registry (the password is not shown).',
      ]
        .filter(Boolean)
        .join(' '),
    );
  }

  private token(scope: string): Promise<string | undefined> {
    let pending = this.tokens.get(scope);
    if (!pending) {
      pending = this.fetchToken(scope);
      this.tokens.set(scope, pending);
      pending.catch(() => this.tokens.delete(scope));
    }
    return pending;
  }

  private async fetchToken(scope: string): Promise<string | undefined> {
    const ch = this.challenge;
    if (ch?.scheme !== 'bearer' || !ch.params.realm) return undefined;
    let url: URL;
    try {
      url = new URL(ch.params.realm);
    } catch {
      throw new RegistryError(
        `Registry ${this.opts.registry} names a token realm that is not a URL: '${ch.params.realm}'`,
        401,
        [],
      );
    }
    // The realm receives the password: never in clear text for a registry reached over TLS.
    if (url.protocol !== 'https:' && (this.scheme === 'https' || url.protocol !== 'http:')) {
      throw new RegistryError(
        `Registry ${this.opts.registry} (${this.scheme}) names a plain-http token realm ${url.origin}; credentials are not sent there`,
        401,
        [],
        'A registry served over https must issue tokens over https. Check the registry’s auth.token.realm setting.',
      );
    }
    if (ch.params.service) url.searchParams.set('service', ch.params.service);
    for (const s of scope.split(' ')) url.searchParams.append('scope', s);
    const creds = (await this.credentials()).credentials;
    const res = await request({
      method: 'GET',
      url: url.toString(),
      ca: this.opts.ca,
      proxyEnv: this.opts.proxyEnv,
      signal: this.opts.signal,
      headers: creds ? { Authorization: basicAuth(creds) } : {},
    });
    if (res.status === 401 || res.status === 403)
      throw await this.authFailure(
        creds ? 'rejected' : 'missing',
        `token endpoint ${url.host} answered ${res.status}`,
      );
    if (res.status >= 500)
      throw Object.assign(new Error(`token endpoint ${url.host} answered ${res.status}`), {
        status: res.status,
      });
    if (res.status !== 200)
      throw new RegistryError(
        `token endpoint ${url.host} answered ${res.status}: ${registryErrorDetail(res).text}`,
        res.status,
        [],
      );
    const body = JSON.parse(res.body.toString('utf8')) as { token?: string; access_token?: string };
    return body.token ?? body.access_token;
  }

  private async authHeader(scope: string): Promise<Record<string, string>> {
    if (this.challenge?.scheme === 'basic') {
      const creds = (await this.credentials()).credentials;
      return creds ? { Authorization: basicAuth(creds) } : {};
    }
    const token = await this.token(scope);
    return token ? { Authorization: `Bearer ${token}` } : {};
  }

  /**
   * One request; Authorization only when the URL is on the registry's origin. A 401 from the registry
   * refreshes the challenge/token once, then fails with where credentials came from; a 401 from anywhere
   * else fails at once (its challenge could name a realm of its choosing).
   */
  async send(
    method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH',
    pathOrUrl: string,
    opts: {
      scope: string;
      headers?: Record<string, string>;
      body?: RequestBody;
      saveTo?: string;
      deadlineMs?: number;
    },
  ): Promise<HttpResponse> {
    await this.ping();
    const target = new URL(pathOrUrl, this.base);
    const url = target.toString();
    const own = target.origin === this.origin;
    const go = async () =>
      request({
        method,
        url,
        body: opts.body,
        saveTo: opts.saveTo,
        deadlineMs: opts.deadlineMs,
        ca: this.opts.ca,
        proxyEnv: this.opts.proxyEnv,
        signal: this.opts.signal,
        headers: { ...(opts.headers ?? {}), ...(own ? await this.authHeader(opts.scope) : {}) },
      });
    let res = await go();
    if (res.status === 401 && !own) {
      throw new RegistryError(
        `${target.origin} answered ${method} ${target.pathname} with 401: registry ${this.origin} sent us there, and its credentials are only sent to ${this.origin}`,
        401,
        [],
        'The registry points uploads or downloads at another host or at plain http; that host must accept them without the registry’s credentials. Check the registry’s storage/redirect settings.',
      );
    }
    if (res.status === 401) {
      const fresh = parseChallenge(headerValue(res, 'www-authenticate'));
      const hadAuth = this.challenge !== undefined;
      if (fresh) this.challenge = fresh;
      this.tokens.delete(opts.scope);
      const creds = (await this.credentials()).credentials;
      if (!creds && (!fresh || fresh.scheme === 'basic')) {
        throw await this.authFailure('missing', `${method} ${target.pathname} → 401`);
      }
      if (!hadAuth || fresh?.scheme === 'bearer') res = await go();
      if (res.status === 401) {
        const d = registryErrorDetail(res).text;
        throw await this.authFailure(
          creds ? 'rejected' : 'missing',
          `${method} ${target.pathname} → 401 ${d}`,
        );
      }
    }
    if (res.status >= 500 || res.status === 429) {
      throw Object.assign(
        new Error(
          `${this.opts.registry}: ${method} ${target.pathname} → HTTP ${res.status} ${registryErrorDetail(res).text}`,
        ),
        {
          status: res.status,
        },
      );
    }
    return res;
  }

  private fail(what: string, res: HttpResponse, hint?: string): never {
    const d = registryErrorDetail(res);
    throw new RegistryError(
      `${this.opts.registry} ${what}: HTTP ${res.status} ${d.text}`,
      res.status,
      d.codes,
      // A refusal (403) first says what the registry's permissions need, then what the operation adds.
      res.status === 403 && this.opts.deniedHint
        ? [this.opts.deniedHint, hint].filter(Boolean).join(' ')
        : hint,
    );
  }

  async hasBlob(repo: string, digest: string): Promise<boolean> {
    return this.withRetry(`HEAD blob ${short(digest)}`, async () => {
      const res = await this.send('HEAD', `/v2/${repo}/blobs/${digest}`, {
        scope: `repository:${repo}:pull`,
      });
      if (res.status === 200) return true;
      if (res.status === 404) return false;
      return this.fail(`HEAD blob ${digest} in ${repo}`, res);
    });
  }

  async getBlob(repo: string, digest: string): Promise<Buffer> {
    return this.withRetry(`GET blob ${short(digest)}`, async () => {
      const res = await this.send('GET', `/v2/${repo}/blobs/${digest}`, { scope: `repository:${repo}:pull` });
      if (res.status !== 200) return this.fail(`GET blob ${digest} from ${repo}`, res);
      if (sha256(res.body) !== digest)
        throw new RegistryError(
          `${this.opts.registry} sent blob ${digest} of ${repo} with different content (digest mismatch)`,
          200,
          ['DIGEST_INVALID'],
        );
      return res.body;
    });
  }

  /**
   * Streams a blob to a file (a layer never sits in memory), checking its digest on the way. `size` (from
   * the descriptor) sets the request deadline.
   */
  async downloadBlob(repo: string, digest: string, path: string, size = 0): Promise<void> {
    return this.withRetry(`GET blob ${short(digest)}`, async () => {
      const res = await this.send('GET', `/v2/${repo}/blobs/${digest}`, {
        scope: `repository:${repo}:pull`,
        saveTo: path,
        deadlineMs: defaultDeadline(size),
      });
      if (res.status !== 200) return this.fail(`GET blob ${digest} from ${repo}`, res);
      if ((await sha256File(path)) !== digest)
        throw new RegistryError(
          `${this.opts.registry} sent blob ${digest} of ${repo} with different content (digest mismatch)`,
          200,
          ['DIGEST_INVALID'],
        );
    });
  }

  /**
   * Puts a blob unless the repository has it: HEAD, then cross-repository mount from `mountFrom` when
   * given (same registry), then upload. `data` is bytes or a file range (streamed from disk); it is
   * called only when an upload is needed. Returns what happened.
   */
  pushBlob(
    repo: string,
    digest: string,
    data: () => Promise<RequestBody> | RequestBody,
    mountFrom?: string,
  ): Promise<'exists' | 'mounted' | 'uploaded'> {
    return span('blob upload', { 'goship.blob.digest': digest, 'goship.repository': repo }, async (s) => {
      const transfer = await this.transferBlob(repo, digest, data, mountFrom);
      s.set({ 'goship.blob.transfer': transfer });
      return transfer;
    });
  }

  private async transferBlob(
    repo: string,
    digest: string,
    data: () => Promise<RequestBody> | RequestBody,
    mountFrom?: string,
  ): Promise<'exists' | 'mounted' | 'uploaded'> {
    if (await this.hasBlob(repo, digest)) return 'exists';
    let body: RequestBody | undefined;
    return this.withRetry(`upload blob ${short(digest)}`, async () => {
      let location: string | undefined;
      if (mountFrom && mountFrom !== repo) {
        const res = await this.send(
          'POST',
          `/v2/${repo}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}`,
          {
            scope: `repository:${repo}:pull,push repository:${mountFrom}:pull`,
          },
        );
        if (res.status === 201) return 'mounted';
        if (res.status !== 202) return this.fail(`mount ${digest} from ${mountFrom} into ${repo}`, res);
        location = headerValue(res, 'location');
      } else {
        const res = await this.send('POST', `/v2/${repo}/blobs/uploads/`, {
          scope: `repository:${repo}:pull,push`,
        });
        if (res.status !== 202) return this.fail(`start upload to ${repo}`, res);
        location = headerValue(res, 'location');
      }
      if (!location)
        throw new RegistryError(`${this.opts.registry} started an upload without a Location header`, 202, []);
      body ??= await data();
      const chunked = bodySize(body) > (this.opts.monolithicLimit ?? 64 << 20);
      if (chunked) location = await this.patchChunks(repo, location, body);
      const url = withQuery(new URL(location, this.base).toString(), 'digest', digest);
      const res = await this.send('PUT', url, {
        scope: `repository:${repo}:pull,push`,
        headers: { 'Content-Type': 'application/octet-stream' },
        body: chunked ? undefined : body,
      });
      if (res.status !== 201) return this.fail(`upload of blob ${digest} to ${repo}`, res);
      return 'uploaded';
    });
  }

  private async patchChunks(repo: string, location: string, body: RequestBody): Promise<string> {
    const size = this.opts.chunkSize ?? 16 << 20;
    const total = bodySize(body);
    // A relative Location is relative to the request that returned it (RFC 9110), not to the registry.
    let loc = new URL(location, this.base).toString();
    for (let start = 0; start < total; start += size) {
      const length = Math.min(size, total - start);
      const chunk: RequestBody = Buffer.isBuffer(body)
        ? body.subarray(start, start + length)
        : { path: body.path, start: body.start + start, size: length };
      const res = await this.send('PATCH', loc, {
        scope: `repository:${repo}:pull,push`,
        headers: {
          'Content-Type': 'application/octet-stream',
          'Content-Range': `${start}-${start + length - 1}`,
        },
        body: chunk,
      });
      if (res.status !== 202) return this.fail(`chunk ${start}-${start + length - 1} upload to ${repo}`, res);
      const next = headerValue(res, 'location');
      if (next) loc = new URL(next, loc).toString();
    }
    return loc;
  }

  /** GET a manifest or index by tag or digest, with the Accept header registries need. */
  async getManifest(
    repo: string,
    reference: string,
  ): Promise<{ mediaType: string; body: Buffer; digest: string } | undefined> {
    return this.withRetry(`GET manifest ${repo}:${reference}`, async () => {
      const res = await this.send('GET', `/v2/${repo}/manifests/${reference}`, {
        scope: `repository:${repo}:pull`,
        headers: { Accept: MANIFEST_ACCEPT },
      });
      if (res.status === 404) return undefined;
      if (res.status !== 200) return this.fail(`GET manifest ${repo}:${reference}`, res);
      const digest = sha256(res.body);
      if (reference.startsWith('sha256:') && digest !== reference) {
        throw new RegistryError(
          `${this.opts.registry} sent manifest ${reference} of ${repo} with different content`,
          200,
          ['DIGEST_INVALID'],
        );
      }
      const mediaType =
        (headerValue(res, 'content-type') ?? '').split(';')[0]!.trim() ||
        (JSON.parse(res.body.toString('utf8')).mediaType as string);
      return { mediaType, body: res.body, digest };
    });
  }

  /** PUT a manifest's exact bytes; checks the registry computed the same digest. */
  async putManifest(repo: string, reference: string, mediaType: string, body: Buffer): Promise<string> {
    const digest = sha256(body);
    return this.withRetry(`PUT manifest ${repo}:${reference}`, async () => {
      const res = await this.send('PUT', `/v2/${repo}/manifests/${reference}`, {
        scope: `repository:${repo}:pull,push`,
        headers: { 'Content-Type': mediaType },
        body,
      });
      if (res.status !== 201 && res.status !== 200) {
        return this.fail(
          `rejected manifest ${reference} for ${repo}`,
          res,
          'Nothing was tagged; the blobs already uploaded are unreferenced and safe to leave.',
        );
      }
      const echoed = headerValue(res, 'docker-content-digest');
      if (echoed && echoed !== digest)
        throw new RegistryError(
          `${this.opts.registry} stored manifest ${reference} as ${echoed}, not ${digest}`,
          res.status,
          ['DIGEST_INVALID'],
        );
      return digest;
    });
  }
}

function headerValue(res: HttpResponse, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function withQuery(url: string, key: string, value: string): string {
  const u = new URL(url);
  u.searchParams.set(key, value);
  return u.toString();
}

function short(digest: string): string {
  return digest.slice(0, 19);
}
