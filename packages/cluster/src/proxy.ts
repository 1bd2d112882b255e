import {
  InputError,
  type ProxyEnv,
  type ProxyRoute,
  proxyFailure,
  proxyFor,
  redactUrl,
  UserError,
} from '@goship/kit';

/*
 * Which proxy reaches the API server, as kubectl decides it: the kubeconfig cluster's `proxy-url` when it sets
 * one (for every server, loopback included; NO_PROXY does not apply to it), else the project's one proxy rule
 * (@goship/kit proxyFor: HTTPS_PROXY/HTTP_PROXY and NO_PROXY from the stage's environment, loopback never
 * proxied). http:// and https:// proxies (a CONNECT tunnel for an https server, so the Authorization header and
 * client certificate stay inside TLS); kubectl's socks5 is refused by name. The proxy's password is masked
 * and never quoted: messages show the URL without it (redactUrl).
 */

const PROXY_SCHEMES = new Set(['http:', 'https:']);

/** The proxy for the selected cluster's server, or undefined to reach it directly. */
export function apiServerProxy(
  selected: { cluster: string; server: string; clusterEntry: { 'proxy-url'?: unknown } },
  proxyEnv: ProxyEnv | undefined,
): ProxyRoute | undefined {
  const raw = selected.clusterEntry['proxy-url'];
  if (raw === undefined || raw === null || raw === '') return proxyFor(selected.server, proxyEnv);
  const where = `cluster '${selected.cluster}'`;
  let url: URL | undefined;
  try {
    url = typeof raw === 'string' ? new URL(raw.trim()) : undefined;
  } catch {
    url = undefined;
  }
  if (!url)
    // Not repeated back: it may hold a password.
    throw new InputError(
      'kubeconfig',
      `${where} has a proxy-url that is not a URL`,
      'a proxy URL such as http://proxy.example:3128 (or http://user:password@proxy.example:3128)',
    );
  const shown = redactUrl(url);
  if (!PROXY_SCHEMES.has(url.protocol))
    throw new InputError(
      'kubeconfig',
      `${where} has proxy-url ${shown} with scheme ${url.protocol.replace(/:$/, '')}, which goship does not support`,
      'an http:// or https:// proxy-url (goship tunnels to the API server with HTTP CONNECT)',
      'Point proxy-url at an HTTP proxy, or remove it to reach the API server directly (or through HTTPS_PROXY).',
    );
  return { url, variable: `the proxy-url of ${where}`, shown };
}

/** Node's agent option (≥ 24.5) that sends every request of an agent through `route`; none without a route. */
export function proxyAgentOptions(route: ProxyRoute | undefined, https: boolean): object {
  return route ? { proxyEnv: { [https ? 'HTTPS_PROXY' : 'HTTP_PROXY']: route.url.href } } : {};
}

/**
 * A request error caused by the proxy (tunnel refused, 407, proxy unreachable) as a UserError naming the proxy
 * without its password; undefined for any other error.
 */
export function apiServerProxyFailure(
  err: unknown,
  route: ProxyRoute | undefined,
  target: URL,
): UserError | undefined {
  if (!route) return undefined;
  const failure = proxyFailure(err, route, target);
  if (!failure || !route.variable.startsWith('the proxy-url')) return failure;
  return new UserError(failure.message, {
    // 407 is the standard answer; tinyproxy 1.11 (test/e2e/k8s-rollout-proxy.test.ts) answers a CONNECT with
    // wrong credentials 401, which on a tunnel can only come from the proxy.
    hint:
      failure.status === 407 || failure.status === 401
        ? `The proxy wants credentials: put them in ${route.variable} as http://user:password@host:port (they are sent only to the proxy).`
        : `Check ${route.variable} in the kubeconfig, and that the proxy is reachable from the runner.`,
    cause: failure,
  });
}
