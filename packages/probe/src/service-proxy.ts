import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { kubeconfigDir, type ResolvedKubeconfig } from '@goship/cluster/kubeconfig';
import { UserError } from '@goship/kit';
import { parse } from 'yaml';
import type { HttpRequest } from './http.js';
import type { ServiceTarget } from './target.js';

/*
 * A Service reached through the API server's service proxy
 * (`/api/v1/namespaces/<ns>/services/<name>:<port>/proxy/<path>`), so no public URL is needed. The
 * connection uses the kubeconfig's own server, CA, client certificate or token with Node's https — the
 * Kubernetes client library (hundreds of ms to load) is not needed for one GET. The credentials go only
 * to the API server (its origin); the API server forwards the request to a ready endpoint of the Service.
 */

export interface ApiServerAccess {
  server: URL;
  headers: [string, string][];
  tls: NonNullable<HttpRequest['tls']>;
  /** For messages: context and user, never a credential. */
  describe: string;
  namespace: string;
}

interface RawCluster {
  server?: string;
  'certificate-authority-data'?: string;
  'certificate-authority'?: string;
  'insecure-skip-tls-verify'?: boolean;
  'tls-server-name'?: string;
  'proxy-url'?: string;
}
interface RawUser {
  token?: string;
  tokenFile?: string;
  username?: string;
  password?: string;
  'client-certificate-data'?: string;
  'client-key-data'?: string;
  'client-certificate'?: string;
  'client-key'?: string;
  exec?: unknown;
  'auth-provider'?: unknown;
}
interface RawConfig {
  clusters?: { name?: string; cluster?: RawCluster }[];
  users?: { name?: string; user?: RawUser }[];
}

/** Reads the CA, client certificate and token the selected context uses (files resolved beside the kubeconfig). */
export function apiServerAccess(kc: ResolvedKubeconfig): ApiServerAccess {
  const raw = parse(kc.text) as RawConfig;
  const cluster = (raw.clusters ?? []).find((c) => c?.name === kc.cluster)?.cluster ?? {};
  const user = (raw.users ?? []).find((u) => u?.name === kc.user)?.user ?? {};
  const dir = kubeconfigDir(kc) ?? process.cwd();
  const describe = `the API server ${kc.server} (context '${kc.context}'${kc.user ? `, user '${kc.user}'` : ''})`;
  const file = (p: string, what: string) => {
    const full = isAbsolute(p) ? p : resolve(dir, p);
    try {
      return readFileSync(full, 'utf8');
    } catch (err) {
      throw new UserError(
        `Input 'kubeconfig': the ${what} file '${full}' of context '${kc.context}' cannot be read: ${(err as Error).message}`,
      );
    }
  };
  const b64 = (v: string) => Buffer.from(v, 'base64').toString('utf8');

  if (user.exec || user['auth-provider']) {
    throw new UserError(
      `Input 'kubeconfig': user '${kc.user}' authenticates with ${user.exec ? 'an exec plugin' : 'an auth-provider'}, which the service proxy check does not run`,
      {
        hint: 'Use a kubeconfig with a token (e.g. a ServiceAccount token) or a client certificate, or check the Service through a `url` instead.',
      },
    );
  }
  if (cluster['proxy-url']) {
    throw new UserError(
      `Input 'kubeconfig': cluster '${kc.cluster}' is reached through proxy-url, which the service proxy check does not support`,
      {
        hint: 'Check the Service through a `url`, or use a kubeconfig that reaches the API server directly.',
      },
    );
  }
  const server = new URL(kc.server);
  if (server.protocol !== 'https:' && server.protocol !== 'http:') {
    throw new UserError(`Input 'kubeconfig': the server URL of cluster '${kc.cluster}' is not http(s)`);
  }
  const ca = cluster['certificate-authority-data']
    ? b64(cluster['certificate-authority-data'])
    : cluster['certificate-authority']
      ? file(cluster['certificate-authority'], 'certificate-authority')
      : undefined;
  const cert = user['client-certificate-data']
    ? b64(user['client-certificate-data'])
    : user['client-certificate']
      ? file(user['client-certificate'], 'client-certificate')
      : undefined;
  const key = user['client-key-data']
    ? b64(user['client-key-data'])
    : user['client-key']
      ? file(user['client-key'], 'client-key')
      : undefined;
  const headers: [string, string][] = [];
  const token = user.token ?? (user.tokenFile ? file(user.tokenFile, 'tokenFile').trim() : undefined);
  if (token) headers.push(['Authorization', `Bearer ${token}`]);
  else if (user.username && user.password)
    headers.push([
      'Authorization',
      `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`,
    ]);
  return {
    server,
    headers,
    tls: {
      ca: ca ? [ca] : undefined,
      cert,
      key,
      rejectUnauthorized: cluster['insecure-skip-tls-verify'] !== true,
      servername: cluster['tls-server-name'],
    },
    describe,
    namespace: kc.namespace ?? 'default',
  };
}

/** The proxy URL of a Service target on this API server. */
export function serviceProxyUrl(access: ApiServerAccess, t: ServiceTarget): URL {
  const ns = t.namespace ?? access.namespace;
  const base = access.server.toString().replace(/\/+$/, '');
  return new URL(`${base}/api/v1/namespaces/${ns}/services/${t.name}:${t.port}/proxy${t.path}`);
}

interface ApiStatus {
  kind?: string;
  apiVersion?: string;
  message?: string;
  reason?: string;
  details?: { name?: string; kind?: string };
}

/**
 * The API server's own answer (a `Status` object), as opposed to the Service's: the Service missing, no
 * ready endpoints, our credentials refused, RBAC missing. Undefined when the body is the Service's.
 */
export function apiServerStatus(
  status: number,
  body: string,
): { message: string; retryable: boolean } | undefined {
  if (status < 400) return undefined;
  let s: ApiStatus;
  try {
    s = JSON.parse(body) as ApiStatus;
  } catch {
    return undefined;
  }
  if (s?.kind !== 'Status' || s.apiVersion !== 'v1') return undefined;
  const msg = s.message ?? `HTTP ${status}`;
  if (status === 401)
    return {
      message: `the API server rejected the kubeconfig's credentials (401 Unauthorized): ${msg}`,
      retryable: false,
    };
  if (status === 403)
    return {
      message: `the API server forbids the service proxy (403): ${msg}. The kubeconfig's user needs RBAC 'get' on 'services/proxy' in that namespace`,
      retryable: false,
    };
  if (status === 404 && s.reason === 'NotFound')
    return {
      // The API server answers the same for a missing Service and for a Service without an Endpoints object.
      message: `the API server says: ${msg} (the Service does not exist in that namespace, or it has no Endpoints object)`,
      retryable: false,
    };
  if (status === 503 && /^no service port /.test(msg))
    return {
      message: `the API server says: ${msg} (check the port: a Service port number or name)`,
      retryable: false,
    };
  if (status === 503)
    return { message: `the API server says: ${msg} (no ready endpoint yet)`, retryable: true };
  return { message: `the API server says: ${msg}`, retryable: status === 429 || status >= 500 };
}
