import type { ApiStatus, CredentialEvents, Credentials, ResolvedKubeconfig } from '@goship/cluster';
import type { ProxyRoute } from '@goship/kit';
import type { HttpRequest } from './http.js';
import type { ServiceTarget } from './target.js';

/*
 * A Service reached through the API server's service proxy
 * (`/api/v1/namespaces/<ns>/services/<name>:<port>/proxy/<path>`), so no public URL is needed. The API server
 * is reached exactly as k8s-rollout reaches it — @goship/cluster's Credentials: the kubeconfig's CA,
 * tls-server-name, client certificate, token, tokenFile, basic auth or exec credential plugin — while each
 * request stays the smoke test's own (http.ts: its own connection, measured, redirects not followed). The
 * credentials go only to the API server (its origin); the API server forwards the request to a ready
 * endpoint of the Service.
 */

export interface ApiServerAccess {
  server: URL;
  credentials: Credentials;
  /** The proxy requests to the API server go through (@goship/cluster proxy.ts), or undefined. */
  proxy?: ProxyRoute;
  /** Where a Service target without a namespace is looked up: the context's namespace, else default. */
  namespace: string;
}

/**
 * The selected context's API server and credentials. Certificate files and a tokenFile are read here (an
 * unreadable one fails before any request); an exec plugin runs at the first request. @goship/cluster is
 * loaded only when a Service is checked: a URL-only smoke test never needs it.
 */
export async function apiServerAccess(
  kc: ResolvedKubeconfig,
  events: CredentialEvents,
): Promise<ApiServerAccess> {
  const { Credentials } = await import('@goship/cluster');
  return {
    server: new URL(kc.server),
    credentials: new Credentials(kc, events),
    proxy: kc.proxy,
    namespace: kc.namespace ?? 'default',
  };
}

/** What the next request to the API server carries: its TLS and Authorization (the exec plugin's current token). */
export async function apiServerAuth(
  access: ApiServerAccess,
  signal?: AbortSignal,
): Promise<Pick<HttpRequest, 'headers' | 'tls' | 'proxy'>> {
  const { tls, authorization } = await access.credentials.current(signal);
  return { headers: authorization ? [['Authorization', authorization]] : [], tls, proxy: access.proxy };
}

/** The proxy URL of a Service target on this API server. */
export function serviceProxyUrl(access: ApiServerAccess, t: ServiceTarget): URL {
  const ns = t.namespace ?? access.namespace;
  const base = access.server.toString().replace(/\/+$/, '');
  return new URL(`${base}/api/v1/namespaces/${ns}/services/${t.name}:${t.port}/proxy${t.path}`);
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
  let s: ApiStatus & { apiVersion?: string };
  try {
    s = JSON.parse(body) as ApiStatus & { apiVersion?: string };
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
