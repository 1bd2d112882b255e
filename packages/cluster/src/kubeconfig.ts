import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, resolve } from 'node:path';
import { InputError, type ProxyEnv, type ProxyRoute } from '@goship/kit';
import { LineCounter, parseDocument } from 'yaml';
import { apiServerProxy } from './proxy.js';

/*
 * The `kubeconfig` input: YAML content, base64 of it, or a path — decided without ever echoing the value
 * (it is usually a secret). Everything here is plain parsing, so a bad kubeconfig fails in milliseconds,
 * before the Kubernetes client library is loaded.
 */

export type KubeconfigSource = 'content' | 'base64' | 'file' | 'KUBECONFIG' | 'default';

export interface ResolvedKubeconfig {
  /** The YAML text. */
  text: string;
  source: KubeconfigSource;
  /** The file it came from (relative cert/key paths inside it resolve against its folder). */
  path?: string;
  /** Values that must be masked before anything prints: tokens, passwords, keys, the base64 blob. */
  secrets: string[];
  /** The context in use and what it points at. */
  context: string;
  cluster: string;
  server: string;
  user: string;
  /** The context's default namespace, if it has one. */
  namespace?: string;
  /** The selected cluster's and user's entries, as written (TLS settings, credentials, exec plugin). */
  clusterEntry: ClusterEntry;
  userEntry: UserEntry;
  /** The proxy every request to the server goes through (proxy.ts), or undefined: directly. */
  proxy?: ProxyRoute;
  /** Things the caller must print as warnings (an insecure connection allowed by the `insecure` input). */
  warnings: string[];
}

/** A kubeconfig `clusters[].cluster` entry: what a client needs to reach and trust the server. */
export interface ClusterEntry {
  server: string;
  'certificate-authority'?: string;
  'certificate-authority-data'?: string;
  'insecure-skip-tls-verify'?: boolean;
  'tls-server-name'?: string;
  'proxy-url'?: string;
  [key: string]: unknown;
}

/** An exec credential plugin (client.authentication.k8s.io). */
export interface ExecConfig {
  apiVersion?: string;
  command?: string;
  args?: string[];
  env?: { name?: string; value?: string }[] | null;
  interactiveMode?: string;
  provideClusterInfo?: boolean;
  installHint?: string;
}

/** A kubeconfig `users[].user` entry. */
export interface UserEntry {
  token?: string;
  tokenFile?: string;
  username?: string;
  password?: string;
  'client-certificate'?: string;
  'client-certificate-data'?: string;
  'client-key'?: string;
  'client-key-data'?: string;
  exec?: ExecConfig;
  'auth-provider'?: { name?: string; config?: Record<string, string> };
  [key: string]: unknown;
}

interface RawKubeconfig {
  clusters?: { name?: string; cluster?: ClusterEntry }[];
  contexts?: { name?: string; context?: { cluster?: string; user?: string; namespace?: string } }[];
  users?: { name?: string; user?: UserEntry }[];
  'current-context'?: string;
}

const INPUT = 'kubeconfig';
const EXPECTED = 'kubeconfig YAML, the same base64-encoded, or the path of a kubeconfig file';

export interface ResolveOptions {
  /** The raw input value ('' when not given). */
  value: string;
  /**
   * The `kubeconfig-from-env` input: with an empty `value`, read KUBECONFIG, else ~/.kube/config. Off by
   * default: on a self-hosted runner that file points at whatever cluster the machine was set up for.
   */
  fromEnv?: boolean;
  /** The `insecure` input: allow `insecure-skip-tls-verify: true` and plain-http servers (with a warning). */
  insecure?: boolean;
  /** The `context` input ('' for the kubeconfig's current-context). */
  context?: string;
  env?: NodeJS.ProcessEnv;
  /** The stage's environment, for HTTPS_PROXY/HTTP_PROXY/NO_PROXY (never read from process.env). */
  proxyEnv?: ProxyEnv;
  /** Where relative paths resolve (the workspace). */
  cwd?: string;
  home?: string;
}

export function resolveKubeconfig(opts: ResolveOptions): ResolvedKubeconfig {
  const env = opts.env ?? process.env;
  const cwd = opts.cwd ?? process.cwd();
  const value = opts.value.trim();
  let text: string;
  let source: KubeconfigSource;
  let path: string | undefined;
  const secrets: string[] = [];

  if (value === '' && !opts.fromEnv) {
    throw new InputError(
      INPUT,
      'is empty',
      EXPECTED,
      'Pass a kubeconfig, e.g. `kubeconfig: ${{ secrets.KUBECONFIG }}`; or set `kubeconfig-from-env: true` to use the KUBECONFIG environment variable (else ~/.kube/config) of the runner.',
    );
  }
  if (value === '') {
    const fromEnv = (env.KUBECONFIG ?? '').split(delimiter).find((p) => p !== '');
    const fallback = resolve(opts.home ?? homedir(), '.kube/config');
    path = fromEnv ? resolve(cwd, fromEnv) : fallback;
    source = fromEnv ? 'KUBECONFIG' : 'default';
    if (!isFile(path)) {
      throw new InputError(
        INPUT,
        fromEnv
          ? `is empty (kubeconfig-from-env: true) and KUBECONFIG points at '${fromEnv}', which does not exist`
          : 'is empty (kubeconfig-from-env: true) and there is no KUBECONFIG nor ~/.kube/config',
        EXPECTED,
        'Pass a kubeconfig, e.g. `kubeconfig: ${{ secrets.KUBECONFIG }}`.',
      );
    }
    text = readFileSync(path, 'utf8');
  } else if (looksLikeYaml(value)) {
    text = value;
    source = 'content';
  } else if (isPathLike(value) && isFile(resolve(cwd, expandHome(value, opts.home)))) {
    path = resolve(cwd, expandHome(value, opts.home));
    text = readFileSync(path, 'utf8');
    source = 'file';
  } else {
    const decoded = decodeBase64(value);
    if (decoded !== undefined && looksLikeYaml(decoded.trim())) {
      secrets.push(value);
      text = decoded;
      source = 'base64';
    } else if (isPathLike(value) && looksLikeAPath(value)) {
      // Only a value shaped like a path is repeated back; anything else may be a secret.
      throw new InputError(
        INPUT,
        `file '${value}' does not exist`,
        EXPECTED,
        'Check the path (relative paths start at the workspace).',
      );
    } else {
      throw new InputError(
        INPUT,
        `the value (${value.length} characters) is neither YAML, base64 nor an existing file`,
        EXPECTED,
      );
    }
  }

  // Parse errors give the position only: their messages would quote the (secret) content. A duplicate key
  // is an error (as kubectl's strict decoding has it): which of two tokens or servers wins is not a guess to make.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const at = lineCounter.linePos(first.pos[0]);
    const where = `line ${at.line}, column ${at.col}${path ? ` (${path})` : ''}`;
    throw new InputError(
      INPUT,
      first.code === 'DUPLICATE_KEY'
        ? `has a duplicate key at ${where}`
        : first.code === 'RESOURCE_EXHAUSTION'
          ? `uses too many YAML aliases at ${where}`
          : `is not valid YAML at ${where}`,
      EXPECTED,
      first.code === 'DUPLICATE_KEY'
        ? 'Each key may appear once per mapping; remove the extra one.'
        : undefined,
    );
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // The only error toJS raises on a parsed document is the alias limit (a "billion laughs" document).
    throw new InputError(INPUT, 'uses too many YAML aliases (more than 100)', EXPECTED);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InputError(
      INPUT,
      'is not a YAML mapping',
      `${EXPECTED} (apiVersion: v1, kind: Config, clusters, users, contexts)`,
    );
  }
  const config = raw as RawKubeconfig;
  secrets.push(...collectSecrets(config));
  const selected = selectContext(config, opts.context?.trim() ?? '');
  const warnings = checkTransport(selected, opts.insecure ?? false);
  const proxy = apiServerProxy(selected, opts.proxyEnv);
  if (proxy?.url.password) secrets.push(proxy.url.href, proxy.url.password, safeDecode(proxy.url.password));
  return { text, source, path, secrets: unique(secrets), ...selected, proxy, warnings };
}

/** The folder that relative certificate paths in a file-based kubeconfig resolve against. */
export function kubeconfigDir(resolved: ResolvedKubeconfig): string | undefined {
  return resolved.path ? dirname(resolved.path) : undefined;
}

function selectContext(
  config: RawKubeconfig,
  wanted: string,
): Omit<ResolvedKubeconfig, 'text' | 'source' | 'path' | 'secrets' | 'warnings'> {
  const contexts = (config.contexts ?? []).filter((c) => c?.name);
  const names = contexts.map((c) => c.name!);
  const list = names.length > 0 ? names.map((n) => `'${n}'`).join(', ') : 'none';
  let name = wanted || config['current-context'] || '';
  if (!name) {
    if (contexts.length !== 1) {
      throw new InputError(
        'context',
        `is empty and the kubeconfig has no current-context (its contexts: ${list})`,
        'the name of one of the kubeconfig contexts',
      );
    }
    name = names[0]!;
  }
  const ctx = contexts.find((c) => c.name === name);
  if (!ctx) {
    const input = wanted ? 'context' : INPUT;
    const problem = wanted
      ? `'${name}' is not a context in the kubeconfig`
      : `its current-context '${name}' is not among its contexts`;
    throw new InputError(input, `${problem} (it has: ${list})`, 'the name of one of the kubeconfig contexts');
  }
  const clusterName = ctx.context?.cluster ?? '';
  const cluster = (config.clusters ?? []).find((c) => c?.name === clusterName);
  if (!cluster?.cluster?.server) {
    throw new InputError(
      INPUT,
      `context '${name}' refers to cluster '${clusterName}', which ${cluster ? 'has no server URL' : 'is not in the kubeconfig'}`,
      'a kubeconfig whose context names a cluster with a server URL',
    );
  }
  const userName = ctx.context?.user ?? '';
  const user = (config.users ?? []).find((u) => u?.name === userName);
  if (userName && !user) {
    throw new InputError(
      INPUT,
      `context '${name}' refers to user '${userName}', which is not in the kubeconfig`,
      'a kubeconfig whose context names one of its users',
    );
  }
  return {
    context: name,
    cluster: clusterName,
    server: cluster.cluster.server,
    user: userName,
    namespace: ctx.context?.namespace || undefined,
    clusterEntry: cluster.cluster,
    userEntry: user?.user ?? {},
  };
}

/**
 * A connection that does not verify the server (insecure-skip-tls-verify, or plain http where every request,
 * credentials included, travels unencrypted) only when the `insecure` input says so, and then with a warning.
 */
function checkTransport(
  selected: Pick<ResolvedKubeconfig, 'context' | 'cluster' | 'server' | 'clusterEntry'>,
  insecure: boolean,
): string[] {
  let url: URL;
  try {
    url = new URL(selected.server);
  } catch {
    throw new InputError(
      INPUT,
      `cluster '${selected.cluster}' has a server that is not a URL: '${selected.server}'`,
      'a server URL such as https://10.0.0.1:6443',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(
      INPUT,
      `cluster '${selected.cluster}' has server '${selected.server}' with scheme ${url.protocol}`,
      'an https:// server URL',
    );
  }
  const problems: string[] = [];
  if (url.protocol === 'http:')
    problems.push(
      `server ${selected.server} is plain http: requests and credentials travel unencrypted and the server is not authenticated`,
    );
  if (selected.clusterEntry['insecure-skip-tls-verify'] === true)
    problems.push(
      `cluster '${selected.cluster}' sets insecure-skip-tls-verify: true: the server's certificate is not verified`,
    );
  if (problems.length > 0 && !insecure) {
    throw new InputError(
      'insecure',
      `is not set, and the kubeconfig's ${problems.join('; and ')}`,
      'a kubeconfig with an https server and its certificate-authority(-data)',
      'Add the cluster CA to the kubeconfig (certificate-authority-data), or set `insecure: true` to accept an unverified connection.',
    );
  }
  return problems.map((p) => `insecure: true: ${p}`);
}

const SECRET_KEYS = new Set([
  'token',
  'password',
  'client-key-data',
  'id-token',
  'refresh-token',
  'access-token',
  'client-secret',
  'idp-certificate-authority-data',
]);

/** Every credential in the users section, at any depth (auth-provider config, exec env values). */
export function collectSecrets(config: RawKubeconfig): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string | undefined, inEnv: boolean) => {
    if (typeof value === 'string') {
      if ((key && SECRET_KEYS.has(key)) || (inEnv && key === 'value' && value.length >= 6)) out.push(value);
      return;
    }
    if (Array.isArray(value)) {
      for (const v of value) walk(v, key, inEnv || key === 'env');
      return;
    }
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k, inEnv);
    }
  };
  for (const u of config.users ?? []) walk(u?.user, undefined, false);
  return out.filter((s) => s.length >= 4);
}

function looksLikeYaml(value: string): boolean {
  if (value.startsWith('{')) return true;
  return (
    value.includes('\n') &&
    /^(apiVersion|kind|clusters|contexts|users|current-context|preferences)\s*:/m.test(value)
  );
}

function isPathLike(value: string): boolean {
  return (
    value.length < 4096 && !value.includes('\n') && /^[\w.~/@+ :\\-]+$/.test(value) && /[/.~]/.test(value)
  );
}

/** Safe to repeat back in an error: shaped like a path, not like a token (JWTs start `eyJ`, base64 blobs are long). */
function looksLikeAPath(value: string): boolean {
  if (/^eyJ/.test(value) || /^[A-Za-z0-9+/=_-]{40,}$/.test(value)) return false;
  return (
    value.startsWith('~') ||
    value.startsWith('.') ||
    value.includes('/') ||
    /\.(ya?ml|json|conf|config|kubeconfig)$/i.test(value)
  );
}

function expandHome(p: string, home?: string): string {
  return p === '~' || p.startsWith('~/') ? resolve(home ?? homedir(), p.slice(2)) : p;
}

function isFile(p: string): boolean {
  try {
    return existsSync(p) && statSync(p).isFile();
  } catch {
    return false;
  }
}

function decodeBase64(value: string): string | undefined {
  const compact = value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact)) return undefined;
  const text = Buffer.from(compact, 'base64').toString('utf8');
  return text.includes('\uFFFD') ? undefined : text;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
