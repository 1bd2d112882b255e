/*
 * The project's one proxy rule (registry client, setup-go's downloads): which of HTTPS_PROXY/HTTP_PROXY/NO_PROXY
 * (upper case first, then lower case, as Go and Node read them) applies to a URL, read from the environment the
 * stage was given (never process.env), and the node:http(s) agent that sends a request that way.
 * - https targets use HTTPS_PROXY/https_proxy, http targets HTTP_PROXY/http_proxy (neither falls back to the other).
 * - NO_PROXY (or no_proxy): comma-separated; `*` bypasses all; `host`, `host:port`, `.domain`/`*.domain` (the
 *   domain and its subdomains; a bare `domain` also covers its subdomains, as curl, Go and @actions/http-client
 *   read it), IPv4/IPv6 addresses, CIDR blocks (10.0.0.0/8) and IPv4 ranges (10.0.0.1-10.0.0.9).
 * - Loopback targets (localhost, 127.0.0.0/8, ::1) are never proxied, as Go's ProxyFromEnvironment and Docker do.
 * The tunnel itself is Node's (`proxyEnv` agent option, Node ≥ 24.5): CONNECT for https, so the target's CA and
 * the request's headers (Authorization) stay inside TLS and never reach the proxy; the proxy's own credentials
 * (user:password in its URL) go to it as Proxy-Authorization. The agent gets only the proxy chosen here, so
 * Node's own NO_PROXY reading never adds a second rule.
 */
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';
import { rootCertificates } from 'node:tls';
import { errorMessage, UserError } from './errors.js';

export type ProxyEnv = Record<string, string | undefined>;

/** The proxy a request goes through. */
export interface ProxyRoute {
  /** The proxy as configured, credentials included: never print it (print `shown`). */
  url: URL;
  /** The variable it came from (`HTTPS_PROXY`, `https_proxy`, ...). */
  variable: string;
  /** The proxy's URL without its password (`http://user@proxy:3128`), safe for logs. */
  shown: string;
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

const bare = (hostname: string) => hostname.replace(/^\[|\]$/g, '').toLowerCase();

/** localhost (and *.localhost), 127.0.0.0/8, ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = bare(hostname).replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const family = isIP(host);
  return family !== 0 && LOOPBACK.check(host, family === 4 ? 'ipv4' : 'ipv6');
}

const defaultPort = (url: URL) => url.port || (url.protocol === 'https:' ? '443' : '80');

function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}

/** Whether one NO_PROXY entry covers `target` (see the file comment for the forms). */
function entryMatches(entry: string, host: string, port: string): boolean {
  if (entry === '*') return true;
  const ipFamily = isIP(host);
  if (entry.includes('/') && ipFamily !== 0) {
    const [net, bits] = entry.split('/');
    const family = isIP(bare(net ?? ''));
    if (family !== ipFamily || !/^\d+$/.test(bits ?? '')) return false;
    const list = new BlockList();
    const type = family === 4 ? 'ipv4' : 'ipv6';
    try {
      list.addSubnet(bare(net!), Number(bits), type);
    } catch {
      return false;
    }
    return list.check(host, type);
  }
  if (entry.includes('-') && ipFamily === 4) {
    const [from, to] = entry.split('-').map((s) => s.trim());
    if (isIP(from ?? '') === 4 && isIP(to ?? '') === 4) {
      const n = ipv4ToInt(host);
      return n >= ipv4ToInt(from!) && n <= ipv4ToInt(to!);
    }
  }
  // host:port (IPv6 in brackets: [::1]:8080); a port in the entry must equal the target's.
  let name = entry;
  const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
  if (withPort) {
    if (withPort[2] !== port) return false;
    name = withPort[1]!;
  }
  name = bare(name)
    .replace(/^\*?\./, '')
    .replace(/\.$/, '');
  if (!name) return false;
  return host === name || (ipFamily === 0 && host.endsWith(`.${name}`));
}

/** Whether NO_PROXY's value covers `target`. */
export function noProxyMatches(target: URL, noProxy: string): boolean {
  const host = bare(target.hostname).replace(/\.$/, '');
  const port = defaultPort(target);
  return noProxy
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)
    .some((entry) => entryMatches(entry, host, port));
}

/** `url` without its password (the user name stays: it helps to see which account the proxy refused). */
export function redactUrl(url: URL): string {
  const copy = new URL(url.href);
  copy.password = '';
  return copy.href.replace(/\/$/, '');
}

/**
 * The proxy `env` says `target` goes through, or undefined (no variable for its scheme, NO_PROXY covers it, or
 * it is loopback). A proxy value that is not an http(s) URL is an error naming the variable.
 */
export function proxyFor(target: URL | string, env: ProxyEnv | undefined): ProxyRoute | undefined {
  const url = typeof target === 'string' ? new URL(target) : target;
  if (!env || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  const names = url.protocol === 'https:' ? ['HTTPS_PROXY', 'https_proxy'] : ['HTTP_PROXY', 'http_proxy'];
  const variable = names.find((n) => env[n]?.trim());
  if (!variable || isLoopbackHost(url.hostname)) return undefined;
  const noProxy = env.NO_PROXY?.trim() || env.no_proxy?.trim();
  if (noProxy && noProxyMatches(url, noProxy)) return undefined;
  const raw = env[variable]!.trim();
  let proxy: URL;
  try {
    // A value without a scheme (proxy:3128) means http, as curl and Go read it.
    proxy = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    throw new UserError(`${variable} is not a URL`, {
      hint: `Set ${variable} to the proxy as http://host:port (or http://user:password@host:port).`,
    });
  }
  const shown = redactUrl(proxy);
  if (proxy.protocol !== 'http:' && proxy.protocol !== 'https:') {
    throw new UserError(
      `${variable} is ${shown}: only http:// and https:// proxies are supported, not ${proxy.protocol.replace(/:$/, '')}`,
      { hint: `Point ${variable} at an HTTP proxy (http://host:port), or unset it.` },
    );
  }
  return { url: proxy, variable, shown };
}

const agents = new Map<string, http.Agent>();

/**
 * A keep-alive agent for `target`: through the proxy `env` gives it (proxyFor), with `ca` added to the system
 * roots for https. Agents are shared per scheme, CA and proxy.
 */
export function agentFor(target: URL, opts: { env?: ProxyEnv; ca?: string } = {}): http.Agent {
  const route = proxyFor(target, opts.env);
  const key = `${target.protocol}\0${opts.ca ?? ''}\0${route?.url.href ?? ''}`;
  let agent = agents.get(key);
  if (!agent) {
    // `proxyEnv` (Node ≥ 24.5) is not in @types/node 20; it gets only the chosen proxy, no NO_PROXY.
    const proxy = route
      ? { proxyEnv: { [target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY']: route.url.href } }
      : {};
    agent =
      target.protocol === 'https:'
        ? new https.Agent({
            keepAlive: true,
            maxSockets: 8,
            ...(opts.ca ? { ca: [...rootCertificates, opts.ca] } : {}),
            ...proxy,
          } as https.AgentOptions)
        : new http.Agent({ keepAlive: true, maxSockets: 8, ...proxy } as http.AgentOptions);
    agents.set(key, agent);
  }
  return agent;
}

/** Closes every agent's sockets: idle keep-alive sockets would otherwise hold the process open. */
export function closeAgents(): void {
  for (const a of agents.values()) a.destroy();
  agents.clear();
}

/** The proxy failed the request (refused the tunnel, wants credentials, cannot be reached). Not retried. */
export class ProxyError extends UserError {
  constructor(
    readonly route: ProxyRoute,
    readonly target: string,
    /** The proxy's HTTP status (407: it wants credentials), when it answered. */
    readonly status: number | undefined,
    problem: string,
    cause?: unknown,
  ) {
    super(`The proxy ${route.shown} (from ${route.variable}) ${problem} for ${target}`, {
      hint:
        status === 407
          ? `The proxy wants credentials: put them in ${route.variable} as http://user:password@host:port (they are sent only to the proxy).`
          : `Check ${route.variable}, or list ${new URL(target).hostname} in NO_PROXY if it must be reached directly.`,
      cause,
    });
    this.name = 'ProxyError';
  }
}

/** The proxy's answer to a plain-http request it refused (407 from a proxy is about the proxy's credentials). */
export function proxyRefusal(route: ProxyRoute, target: URL, status: number): ProxyError {
  return new ProxyError(route, target.origin, status, `answered HTTP ${status}`);
}

const UNREACHABLE = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'];

/**
 * An error of a request sent through `route`, before any answer from the target, as a ProxyError that names
 * the proxy without its password: a refused CONNECT (Node's ERR_PROXY_TUNNEL, whose message holds the proxy's
 * full URL, password included), or a proxy that cannot be reached. Undefined for anything else (resets and
 * timeouts stay the caller's transient errors).
 */
export function proxyFailure(err: unknown, route: ProxyRoute, target: URL): ProxyError | undefined {
  const code = (err as NodeJS.ErrnoException)?.code ?? '';
  const message = errorMessage(err);
  if (code === 'ERR_PROXY_TUNNEL') {
    const status = /HTTP\/\d(?:\.\d)?\s+(\d{3})[^\n]*/.exec(message);
    const problem = status
      ? `refused the tunnel: ${status[0].replace(/^HTTP\/\S+\s+/, 'HTTP ')}`
      : 'could not open a tunnel';
    return new ProxyError(route, target.origin, status ? Number(status[1]) : undefined, problem);
  }
  if (UNREACHABLE.includes(code)) {
    return new ProxyError(route, target.origin, undefined, `cannot be reached (${code})`);
  }
  return undefined;
}

/** `text` with the proxy's password (and its URL as configured) removed, for messages that quote errors. */
export function redactProxy(text: string, route: ProxyRoute | undefined): string {
  if (!route) return text;
  let out = text.split(route.url.href).join(route.shown);
  const raw = route.url.href.replace(/\/$/, '');
  out = out.split(raw).join(route.shown);
  const password = route.url.password;
  return password ? out.split(password).join('***') : out;
}
