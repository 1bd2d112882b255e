export const id = 2318;
export const ids = [2318];
export const modules = {

/***/ 2318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  APPLY_SET_LABEL: () => (/* reexport */ APPLY_SET_LABEL),
  ApiError: () => (/* reexport */ ApiError),
  CHANGE_CAUSE: () => (/* reexport */ CHANGE_CAUSE),
  ConnectionError: () => (/* reexport */ ConnectionError),
  Credentials: () => (/* reexport */ Credentials),
  Discovery: () => (/* reexport */ Discovery),
  FIELD_MANAGER: () => (/* reexport */ FIELD_MANAGER),
  KubeClient: () => (/* reexport */ KubeClient),
  WORKLOAD_KINDS: () => (/* reexport */ WORKLOAD_KINDS),
  apiServerProxy: () => (/* reexport */ apiServerProxy),
  apiServerProxyFailure: () => (/* reexport */ apiServerProxyFailure),
  applyObject: () => (/* reexport */ applyObject),
  buildPlan: () => (/* reexport */ buildPlan),
  collectSecrets: () => (/* reexport */ collectSecrets),
  connect: () => (/* reexport */ connect),
  explainApplyError: () => (/* reexport */ explainApplyError),
  fieldPath: () => (/* reexport */ fieldPath),
  kindRank: () => (/* reexport */ kinds/* kindRank */.x),
  kubeconfigDir: () => (/* reexport */ kubeconfigDir),
  loadManifests: () => (/* reexport */ loadManifests),
  mergePatch: () => (/* reexport */ mergePatch),
  objectKey: () => (/* reexport */ objectKey),
  objectRef: () => (/* reexport */ objectRef),
  parseManifests: () => (/* reexport */ parseManifests),
  parseStatus: () => (/* reexport */ parseStatus),
  proxyAgentOptions: () => (/* reexport */ proxyAgentOptions),
  resolveKubeconfig: () => (/* reexport */ resolveKubeconfig),
  resourcePath: () => (/* reexport */ resourcePath),
  splitApiVersion: () => (/* reexport */ splitApiVersion),
  toLabelValue: () => (/* reexport */ toLabelValue),
  workloadKind: () => (/* reexport */ workloadKind)
});

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var src_errors = __webpack_require__(77817);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./packages/kit/src/retry.ts
/** Exponential backoff with "full jitter", so parallel clients that failed together do not retry together. */
function backoffDelay(attempt, base, max, random = Math.random) {
    const ceiling = Math.min(max, base * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const t = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(t);
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
async function retry(fn, opts = {}) {
    const attempts = opts.attempts ?? 4;
    const base = opts.baseDelayMs ?? 500;
    const max = opts.maxDelayMs ?? 10_000;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (opts.signal?.aborted || (opts.retryable && !opts.retryable(err)))
                throw err;
            if (attempt >= attempts && !opts.beyondAttempts?.(err))
                throw err;
            const delay = backoffDelay(attempt, base, max, opts.random);
            opts.onRetry?.(err, attempt, delay);
            await sleep(delay, opts.signal);
        }
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
;// CONCATENATED MODULE: ./packages/kit/src/proxy.ts
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





const LOOPBACK = new external_node_net_.BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');
const bare = (hostname) => hostname.replace(/^\[|\]$/g, '').toLowerCase();
/** localhost (and *.localhost), 127.0.0.0/8, ::1. */
function isLoopbackHost(hostname) {
    const host = bare(hostname).replace(/\.$/, '');
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    const family = (0,external_node_net_.isIP)(host);
    return family !== 0 && LOOPBACK.check(host, family === 4 ? 'ipv4' : 'ipv6');
}
const defaultPort = (url) => url.port || (url.protocol === 'https:' ? '443' : '80');
function ipv4ToInt(ip) {
    return ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}
/** Whether one NO_PROXY entry covers `target` (see the file comment for the forms). */
function entryMatches(entry, host, port) {
    if (entry === '*')
        return true;
    const ipFamily = (0,external_node_net_.isIP)(host);
    if (entry.includes('/') && ipFamily !== 0) {
        const [net, bits] = entry.split('/');
        const family = (0,external_node_net_.isIP)(bare(net ?? ''));
        if (family !== ipFamily || !/^\d+$/.test(bits ?? ''))
            return false;
        const list = new external_node_net_.BlockList();
        const type = family === 4 ? 'ipv4' : 'ipv6';
        try {
            list.addSubnet(bare(net), Number(bits), type);
        }
        catch {
            return false;
        }
        return list.check(host, type);
    }
    if (entry.includes('-') && ipFamily === 4) {
        const [from, to] = entry.split('-').map((s) => s.trim());
        if ((0,external_node_net_.isIP)(from ?? '') === 4 && (0,external_node_net_.isIP)(to ?? '') === 4) {
            const n = ipv4ToInt(host);
            return n >= ipv4ToInt(from) && n <= ipv4ToInt(to);
        }
    }
    // host:port (IPv6 in brackets: [::1]:8080); a port in the entry must equal the target's.
    let name = entry;
    const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
    if (withPort) {
        if (withPort[2] !== port)
            return false;
        name = withPort[1];
    }
    name = bare(name)
        .replace(/^\*?\./, '')
        .replace(/\.$/, '');
    if (!name)
        return false;
    return host === name || (ipFamily === 0 && host.endsWith(`.${name}`));
}
/** Whether NO_PROXY's value covers `target`. */
function noProxyMatches(target, noProxy) {
    const host = bare(target.hostname).replace(/\.$/, '');
    const port = defaultPort(target);
    return noProxy
        .split(',')
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean)
        .some((entry) => entryMatches(entry, host, port));
}
/** `url` without its password (the user name stays: it helps to see which account the proxy refused). */
function redactUrl(url) {
    const copy = new URL(url.href);
    copy.password = '';
    return copy.href.replace(/\/$/, '');
}
/**
 * The proxy `env` says `target` goes through, or undefined (no variable for its scheme, NO_PROXY covers it, or
 * it is loopback). A proxy value that is not an http(s) URL is an error naming the variable.
 */
function proxyFor(target, env) {
    const url = typeof target === 'string' ? new URL(target) : target;
    if (!env || (url.protocol !== 'https:' && url.protocol !== 'http:'))
        return undefined;
    const names = url.protocol === 'https:' ? ['HTTPS_PROXY', 'https_proxy'] : ['HTTP_PROXY', 'http_proxy'];
    const variable = names.find((n) => env[n]?.trim());
    if (!variable || isLoopbackHost(url.hostname))
        return undefined;
    const noProxy = env.NO_PROXY?.trim() || env.no_proxy?.trim();
    if (noProxy && noProxyMatches(url, noProxy))
        return undefined;
    const raw = env[variable].trim();
    let proxy;
    try {
        // A value without a scheme (proxy:3128) means http, as curl and Go read it.
        proxy = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
    }
    catch {
        throw new src_errors/* UserError */.yo(`${variable} is not a URL`, {
            hint: `Set ${variable} to the proxy as http://host:port (or http://user:password@host:port).`,
        });
    }
    const shown = redactUrl(proxy);
    if (proxy.protocol !== 'http:' && proxy.protocol !== 'https:') {
        throw new src_errors/* UserError */.yo(`${variable} is ${shown}: only http:// and https:// proxies are supported, not ${proxy.protocol.replace(/:$/, '')}`, { hint: `Point ${variable} at an HTTP proxy (http://host:port), or unset it.` });
    }
    return { url: proxy, variable, shown };
}
const agents = new Map();
/**
 * A keep-alive agent for `target`: through the proxy `env` gives it (proxyFor), with `ca` added to the system
 * roots for https. Agents are shared per scheme, CA and proxy.
 */
function agentFor(target, opts = {}) {
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
                })
                : new http.Agent({ keepAlive: true, maxSockets: 8, ...proxy });
        agents.set(key, agent);
    }
    return agent;
}
/** Closes every agent's sockets: idle keep-alive sockets would otherwise hold the process open. */
function closeAgents() {
    for (const a of agents.values())
        a.destroy();
    agents.clear();
}
/** The proxy failed the request (refused the tunnel, wants credentials, cannot be reached). Not retried. */
class ProxyError extends src_errors/* UserError */.yo {
    route;
    target;
    status;
    constructor(route, target, 
    /** The proxy's HTTP status (407: it wants credentials), when it answered. */
    status, problem, cause) {
        super(`The proxy ${route.shown} (from ${route.variable}) ${problem} for ${target}`, {
            hint: status === 407
                ? `The proxy wants credentials: put them in ${route.variable} as http://user:password@host:port (they are sent only to the proxy).`
                : `Check ${route.variable}, or list ${new URL(target).hostname} in NO_PROXY if it must be reached directly.`,
            cause,
        });
        this.route = route;
        this.target = target;
        this.status = status;
        this.name = 'ProxyError';
    }
}
/** The proxy's answer to a plain-http request it refused (407 from a proxy is about the proxy's credentials). */
function proxyRefusal(route, target, status) {
    return new ProxyError(route, target.origin, status, `answered HTTP ${status}`);
}
const UNREACHABLE = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'];
/**
 * An error of a request sent through `route`, before any answer from the target, as a ProxyError that names
 * the proxy without its password: a refused CONNECT (Node's ERR_PROXY_TUNNEL, whose message holds the proxy's
 * full URL, password included), or a proxy that cannot be reached. Undefined for anything else (resets and
 * timeouts stay the caller's transient errors).
 */
function proxyFailure(err, route, target) {
    const code = err?.code ?? '';
    const message = (0,src_errors/* errorMessage */.gJ)(err);
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
function redactProxy(text, route) {
    if (!route)
        return text;
    let out = text.split(route.url.href).join(route.shown);
    const raw = route.url.href.replace(/\/$/, '');
    out = out.split(raw).join(route.shown);
    const password = route.url.password;
    return password ? out.split(password).join('***') : out;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/kit/src/exec.ts + 1 modules
var exec = __webpack_require__(26353);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/cluster/src/proxy.ts

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
function apiServerProxy(selected, proxyEnv) {
    const raw = selected.clusterEntry['proxy-url'];
    if (raw === undefined || raw === null || raw === '')
        return proxyFor(selected.server, proxyEnv);
    const where = `cluster '${selected.cluster}'`;
    let url;
    try {
        url = typeof raw === 'string' ? new URL(raw.trim()) : undefined;
    }
    catch {
        url = undefined;
    }
    if (!url)
        // Not repeated back: it may hold a password.
        throw new src_errors/* InputError */.dz('kubeconfig', `${where} has a proxy-url that is not a URL`, 'a proxy URL such as http://proxy.example:3128 (or http://user:password@proxy.example:3128)');
    const shown = redactUrl(url);
    if (!PROXY_SCHEMES.has(url.protocol))
        throw new src_errors/* InputError */.dz('kubeconfig', `${where} has proxy-url ${shown} with scheme ${url.protocol.replace(/:$/, '')}, which goship does not support`, 'an http:// or https:// proxy-url (goship tunnels to the API server with HTTP CONNECT)', 'Point proxy-url at an HTTP proxy, or remove it to reach the API server directly (or through HTTPS_PROXY).');
    return { url, variable: `the proxy-url of ${where}`, shown };
}
/** Node's agent option (≥ 24.5) that sends every request of an agent through `route`; none without a route. */
function proxyAgentOptions(route, https) {
    return route ? { proxyEnv: { [https ? 'HTTPS_PROXY' : 'HTTP_PROXY']: route.url.href } } : {};
}
/**
 * A request error caused by the proxy (tunnel refused, 407, proxy unreachable) as a UserError naming the proxy
 * without its password; undefined for any other error.
 */
function apiServerProxyFailure(err, route, target) {
    if (!route)
        return undefined;
    const failure = proxyFailure(err, route, target);
    if (!failure || !route.variable.startsWith('the proxy-url'))
        return failure;
    return new src_errors/* UserError */.yo(failure.message, {
        // 407 is the standard answer; tinyproxy 1.11 (test/e2e/k8s-rollout-proxy.test.ts) answers a CONNECT with
        // wrong credentials 401, which on a tunnel can only come from the proxy.
        hint: failure.status === 407 || failure.status === 401
            ? `The proxy wants credentials: put them in ${route.variable} as http://user:password@host:port (they are sent only to the proxy).`
            : `Check ${route.variable} in the kubeconfig, and that the proxy is reachable from the runner.`,
        cause: failure,
    });
}

;// CONCATENATED MODULE: ./packages/cluster/src/kubeconfig.ts






const INPUT = 'kubeconfig';
const EXPECTED = 'kubeconfig YAML, the same base64-encoded, or the path of a kubeconfig file';
function resolveKubeconfig(opts) {
    const env = opts.env ?? process.env;
    const cwd = opts.cwd ?? process.cwd();
    const value = opts.value.trim();
    let text;
    let source;
    let path;
    const secrets = [];
    if (value === '' && !opts.fromEnv) {
        throw new src_errors/* InputError */.dz(INPUT, 'is empty', EXPECTED, 'Pass a kubeconfig, e.g. `kubeconfig: ${{ secrets.KUBECONFIG }}`; or set `kubeconfig-from-env: true` to use the KUBECONFIG environment variable (else ~/.kube/config) of the runner.');
    }
    if (value === '') {
        const fromEnv = (env.KUBECONFIG ?? '').split(external_node_path_.delimiter).find((p) => p !== '');
        const fallback = (0,external_node_path_.resolve)(opts.home ?? (0,external_node_os_.homedir)(), '.kube/config');
        path = fromEnv ? (0,external_node_path_.resolve)(cwd, fromEnv) : fallback;
        source = fromEnv ? 'KUBECONFIG' : 'default';
        if (!isFile(path)) {
            throw new src_errors/* InputError */.dz(INPUT, fromEnv
                ? `is empty (kubeconfig-from-env: true) and KUBECONFIG points at '${fromEnv}', which does not exist`
                : 'is empty (kubeconfig-from-env: true) and there is no KUBECONFIG nor ~/.kube/config', EXPECTED, 'Pass a kubeconfig, e.g. `kubeconfig: ${{ secrets.KUBECONFIG }}`.');
        }
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    else if (looksLikeYaml(value)) {
        text = value;
        source = 'content';
    }
    else if (isPathLike(value) && isFile((0,external_node_path_.resolve)(cwd, expandHome(value, opts.home)))) {
        path = (0,external_node_path_.resolve)(cwd, expandHome(value, opts.home));
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        source = 'file';
    }
    else {
        const decoded = decodeBase64(value);
        if (decoded !== undefined && looksLikeYaml(decoded.trim())) {
            secrets.push(value);
            text = decoded;
            source = 'base64';
        }
        else if (isPathLike(value) && looksLikeAPath(value)) {
            // Only a value shaped like a path is repeated back; anything else may be a secret.
            throw new src_errors/* InputError */.dz(INPUT, `file '${value}' does not exist`, EXPECTED, 'Check the path (relative paths start at the workspace).');
        }
        else {
            throw new src_errors/* InputError */.dz(INPUT, `the value (${value.length} characters) is neither YAML, base64 nor an existing file`, EXPECTED);
        }
    }
    // Parse errors give the position only: their messages would quote the (secret) content. A duplicate key
    // is an error (as kubectl's strict decoding has it): which of two tokens or servers wins is not a guess to make.
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const at = lineCounter.linePos(first.pos[0]);
        const where = `line ${at.line}, column ${at.col}${path ? ` (${path})` : ''}`;
        throw new src_errors/* InputError */.dz(INPUT, first.code === 'DUPLICATE_KEY'
            ? `has a duplicate key at ${where}`
            : first.code === 'RESOURCE_EXHAUSTION'
                ? `uses too many YAML aliases at ${where}`
                : `is not valid YAML at ${where}`, EXPECTED, first.code === 'DUPLICATE_KEY'
            ? 'Each key may appear once per mapping; remove the extra one.'
            : undefined);
    }
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: 100 });
    }
    catch {
        // The only error toJS raises on a parsed document is the alias limit (a "billion laughs" document).
        throw new src_errors/* InputError */.dz(INPUT, 'uses too many YAML aliases (more than 100)', EXPECTED);
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new src_errors/* InputError */.dz(INPUT, 'is not a YAML mapping', `${EXPECTED} (apiVersion: v1, kind: Config, clusters, users, contexts)`);
    }
    const config = raw;
    secrets.push(...collectSecrets(config));
    const selected = selectContext(config, opts.context?.trim() ?? '');
    const warnings = checkTransport(selected, opts.insecure ?? false);
    const proxy = apiServerProxy(selected, opts.proxyEnv);
    if (proxy?.url.password)
        secrets.push(proxy.url.href, proxy.url.password, safeDecode(proxy.url.password));
    return { text, source, path, secrets: unique(secrets), ...selected, proxy, warnings };
}
/** The folder that relative certificate paths in a file-based kubeconfig resolve against. */
function kubeconfigDir(resolved) {
    return resolved.path ? (0,external_node_path_.dirname)(resolved.path) : undefined;
}
function selectContext(config, wanted) {
    const contexts = (config.contexts ?? []).filter((c) => c?.name);
    const names = contexts.map((c) => c.name);
    const list = names.length > 0 ? names.map((n) => `'${n}'`).join(', ') : 'none';
    let name = wanted || config['current-context'] || '';
    if (!name) {
        if (contexts.length !== 1) {
            throw new src_errors/* InputError */.dz('context', `is empty and the kubeconfig has no current-context (its contexts: ${list})`, 'the name of one of the kubeconfig contexts');
        }
        name = names[0];
    }
    const ctx = contexts.find((c) => c.name === name);
    if (!ctx) {
        const input = wanted ? 'context' : INPUT;
        const problem = wanted
            ? `'${name}' is not a context in the kubeconfig`
            : `its current-context '${name}' is not among its contexts`;
        throw new src_errors/* InputError */.dz(input, `${problem} (it has: ${list})`, 'the name of one of the kubeconfig contexts');
    }
    const clusterName = ctx.context?.cluster ?? '';
    const cluster = (config.clusters ?? []).find((c) => c?.name === clusterName);
    if (!cluster?.cluster?.server) {
        throw new src_errors/* InputError */.dz(INPUT, `context '${name}' refers to cluster '${clusterName}', which ${cluster ? 'has no server URL' : 'is not in the kubeconfig'}`, 'a kubeconfig whose context names a cluster with a server URL');
    }
    const userName = ctx.context?.user ?? '';
    const user = (config.users ?? []).find((u) => u?.name === userName);
    if (userName && !user) {
        throw new src_errors/* InputError */.dz(INPUT, `context '${name}' refers to user '${userName}', which is not in the kubeconfig`, 'a kubeconfig whose context names one of its users');
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
function checkTransport(selected, insecure) {
    let url;
    try {
        url = new URL(selected.server);
    }
    catch {
        throw new src_errors/* InputError */.dz(INPUT, `cluster '${selected.cluster}' has a server that is not a URL: '${selected.server}'`, 'a server URL such as https://10.0.0.1:6443');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new src_errors/* InputError */.dz(INPUT, `cluster '${selected.cluster}' has server '${selected.server}' with scheme ${url.protocol}`, 'an https:// server URL');
    }
    const problems = [];
    if (url.protocol === 'http:')
        problems.push(`server ${selected.server} is plain http: requests and credentials travel unencrypted and the server is not authenticated`);
    if (selected.clusterEntry['insecure-skip-tls-verify'] === true)
        problems.push(`cluster '${selected.cluster}' sets insecure-skip-tls-verify: true: the server's certificate is not verified`);
    if (problems.length > 0 && !insecure) {
        throw new src_errors/* InputError */.dz('insecure', `is not set, and the kubeconfig's ${problems.join('; and ')}`, 'a kubeconfig with an https server and its certificate-authority(-data)', 'Add the cluster CA to the kubeconfig (certificate-authority-data), or set `insecure: true` to accept an unverified connection.');
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
function collectSecrets(config) {
    const out = [];
    const walk = (value, key, inEnv) => {
        if (typeof value === 'string') {
            if ((key && SECRET_KEYS.has(key)) || (inEnv && key === 'value' && value.length >= 6))
                out.push(value);
            return;
        }
        if (Array.isArray(value)) {
            for (const v of value)
                walk(v, key, inEnv || key === 'env');
            return;
        }
        if (value && typeof value === 'object') {
            for (const [k, v] of Object.entries(value))
                walk(v, k, inEnv);
        }
    };
    for (const u of config.users ?? [])
        walk(u?.user, undefined, false);
    return out.filter((s) => s.length >= 4);
}
function looksLikeYaml(value) {
    if (value.startsWith('{'))
        return true;
    return (value.includes('\n') &&
        /^(apiVersion|kind|clusters|contexts|users|current-context|preferences)\s*:/m.test(value));
}
function isPathLike(value) {
    return (value.length < 4096 && !value.includes('\n') && /^[\w.~/@+ :\\-]+$/.test(value) && /[/.~]/.test(value));
}
/** Safe to repeat back in an error: shaped like a path, not like a token (JWTs start `eyJ`, base64 blobs are long). */
function looksLikeAPath(value) {
    if (/^eyJ/.test(value) || /^[A-Za-z0-9+/=_-]{40,}$/.test(value))
        return false;
    return (value.startsWith('~') ||
        value.startsWith('.') ||
        value.includes('/') ||
        /\.(ya?ml|json|conf|config|kubeconfig)$/i.test(value));
}
function expandHome(p, home) {
    return p === '~' || p.startsWith('~/') ? (0,external_node_path_.resolve)(home ?? (0,external_node_os_.homedir)(), p.slice(2)) : p;
}
function isFile(p) {
    try {
        return (0,external_node_fs_.existsSync)(p) && (0,external_node_fs_.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function decodeBase64(value) {
    const compact = value.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact))
        return undefined;
    const text = Buffer.from(compact, 'base64').toString('utf8');
    return text.includes('\uFFFD') ? undefined : text;
}
function safeDecode(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
function unique(values) {
    return [...new Set(values)];
}

;// CONCATENATED MODULE: ./packages/cluster/src/credentials.ts




const EXEC_TIMEOUT_MS = 60_000;
const EXEC_APIS = new Set(['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1']);
function fail(target, problem, hint) {
    const sep = problem.startsWith(':') ? '' : ' ';
    return new src_errors/* UserError */.yo(`Input 'kubeconfig': user '${target.user || '(none)'}'${sep}${problem}`, { hint });
}
class Credentials {
    target;
    events;
    execCached;
    execPending;
    staticAuth;
    baseTls;
    constructor(target, events) {
        this.target = target;
        this.events = events;
        const cluster = target.clusterEntry;
        const user = target.userEntry;
        const dir = kubeconfigDir(target);
        const file = (what, p) => {
            const full = (0,external_node_path_.isAbsolute)(p) || !dir ? (0,external_node_path_.resolve)(p) : (0,external_node_path_.resolve)(dir, p);
            try {
                return (0,external_node_fs_.readFileSync)(full);
            }
            catch (err) {
                throw fail(target, `: its ${what} file '${full}' cannot be read (${err.code ?? (0,src_errors/* errorMessage */.gJ)(err)})`, 'Relative paths in a kubeconfig file resolve against its folder; in kubeconfig content, use the *-data fields.');
            }
        };
        const data = (what, b64) => {
            const decoded = Buffer.from(b64, 'base64');
            if (decoded.length === 0)
                throw fail(target, `: its ${what} is not base64`);
            return decoded;
        };
        const insecure = cluster['insecure-skip-tls-verify'] === true;
        this.baseTls = {
            rejectUnauthorized: !insecure,
            servername: cluster['tls-server-name'] || undefined,
            ca: cluster['certificate-authority-data']
                ? data('certificate-authority-data', cluster['certificate-authority-data'])
                : cluster['certificate-authority']
                    ? file('certificate-authority', cluster['certificate-authority'])
                    : undefined,
            cert: user['client-certificate-data']
                ? data('client-certificate-data', user['client-certificate-data'])
                : user['client-certificate']
                    ? file('client-certificate', user['client-certificate'])
                    : undefined,
            key: user['client-key-data']
                ? data('client-key-data', user['client-key-data'])
                : user['client-key']
                    ? file('client-key', user['client-key'])
                    : undefined,
        };
        if (Boolean(this.baseTls.cert) !== Boolean(this.baseTls.key))
            throw fail(target, 'has a client certificate without its key, or a key without its certificate');
        let token = user.token;
        if (!token && user.tokenFile) {
            token = file('tokenFile', user.tokenFile).toString('utf8').trim();
            if (token)
                events.secret(token);
        }
        const provider = user['auth-provider'];
        if (!token && provider) {
            const idToken = provider.config?.['id-token'];
            if (provider.name !== 'oidc' || !idToken)
                throw fail(target, `uses auth-provider '${provider.name ?? '?'}'${provider.name === 'oidc' ? ' without an id-token' : ''}, which goship does not run`, 'auth-provider plugins were removed from kubectl (1.26); use the exec plugin that replaced it (gke-gcloud-auth-plugin, kubelogin, aws eks get-token) or a token.');
            token = idToken;
        }
        if (token)
            this.staticAuth = `Bearer ${token}`;
        else if (user.username && user.password)
            this.staticAuth = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
        if (user.exec)
            this.checkExec(user.exec);
    }
    /** Whether requests depend on an exec plugin (whose credential may change, and be refreshed after a 401). */
    get usesExec() {
        return !this.staticAuth && this.target.userEntry.exec !== undefined;
    }
    /**
     * The TLS options and Authorization header for the next request (running the exec plugin when the last
     * credential is missing or near its expirationTimestamp), and which credential that is (for `invalidate`).
     */
    async current(signal) {
        if (!this.usesExec)
            return { tls: this.baseTls, authorization: this.staticAuth };
        const cred = await this.execCredential(signal);
        // The same object for the same credential: the client keeps one connection pool per TLS identity.
        cred.tls ??=
            cred.clientCertificateData && cred.clientKeyData
                ? { ...this.baseTls, cert: cred.clientCertificateData, key: cred.clientKeyData }
                : this.baseTls;
        return {
            tls: cred.tls,
            authorization: cred.token ? `Bearer ${cred.token}` : undefined,
            credential: cred,
        };
    }
    /**
     * After a 401 with `used` (current's `credential`): forget it so the next request asks the plugin again
     * (client-go does the same). True when a retry may get another credential: always with an exec plugin — when
     * concurrent requests get their 401s together, the first forgets the credential and the others retry with
     * the one the plugin gives next, instead of failing.
     */
    invalidate(used) {
        if (!this.usesExec)
            return false;
        if (used === undefined || this.execCached === used)
            this.execCached = undefined;
        return true;
    }
    checkExec(config) {
        if (!config.command)
            throw fail(this.target, 'has an exec plugin without a command');
        if (config.apiVersion && !EXEC_APIS.has(config.apiVersion))
            throw fail(this.target, `has an exec plugin with apiVersion '${config.apiVersion}'`, `Use ${[...EXEC_APIS].join(' or ')}.`);
        if (config.interactiveMode === 'Always')
            throw fail(this.target, `has an exec plugin '${config.command}' with interactiveMode: Always, and a CI step has no terminal`, 'Use a plugin mode that needs no prompt (interactiveMode: Never or IfAvailable).');
    }
    execCredential(signal) {
        const c = this.execCached;
        if (c && (c.expires === undefined || c.expires - Date.now() > 10_000))
            return Promise.resolve(c);
        this.execPending ??= this.runExec(signal).finally(() => {
            this.execPending = undefined;
        });
        return this.execPending;
    }
    async runExec(signal) {
        const config = this.target.userEntry.exec;
        const dir = kubeconfigDir(this.target);
        const command = config.command;
        // client-go: a relative command with a path separator is relative to the kubeconfig's folder.
        const file = command.includes('/') && !(0,external_node_path_.isAbsolute)(command) && dir ? (0,external_node_path_.resolve)(dir, command) : command;
        const apiVersion = config.apiVersion ?? 'client.authentication.k8s.io/v1';
        const cluster = this.target.clusterEntry;
        const info = {
            apiVersion,
            kind: 'ExecCredential',
            spec: {
                interactive: false,
                ...(config.provideClusterInfo
                    ? {
                        cluster: {
                            server: this.target.server,
                            'tls-server-name': cluster['tls-server-name'],
                            'insecure-skip-tls-verify': cluster['insecure-skip-tls-verify'],
                            'certificate-authority-data': cluster['certificate-authority-data'],
                        },
                    }
                    : {}),
            },
        };
        const env = { ...process.env, KUBERNETES_EXEC_INFO: JSON.stringify(info) };
        for (const e of config.env ?? [])
            if (e?.name)
                env[e.name] = e.value ?? '';
        this.events.notice(`kubeconfig user '${this.target.user}' gets its credentials from the exec plugin '${command}'${config.args?.length ? ` (${config.args.length} arguments)` : ''}`);
        const timeout = AbortSignal.timeout(EXEC_TIMEOUT_MS);
        let result;
        try {
            result = await (0,exec/* exec */.m0)(file, config.args ?? [], {
                env,
                allowFailure: true,
                signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
            });
        }
        catch (err) {
            if (timeout.aborted)
                throw fail(this.target, `: the exec plugin '${command}' did not answer within ${EXEC_TIMEOUT_MS / 1000}s`);
            if (signal?.aborted)
                throw signal.reason;
            throw fail(this.target, `: the exec plugin '${command}' cannot be started: ${err instanceof src_errors/* UserError */.yo ? 'not found' : (0,src_errors/* errorMessage */.gJ)(err)}`, config.installHint ||
                'Install the plugin on the runner, or give its absolute path in the kubeconfig.');
        }
        if (result.code !== 0) {
            const tail = result.stderr.trim().split('\n').slice(-3).join(' / ').slice(0, 400);
            throw fail(this.target, `: the exec plugin '${command}' exited with code ${result.code}${tail ? `: ${tail}` : ''}`, config.installHint);
        }
        let parsed;
        try {
            parsed = JSON.parse(result.stdout);
        }
        catch {
            throw fail(this.target, `: the exec plugin '${command}' did not print an ExecCredential (JSON)`);
        }
        const status = parsed?.status;
        if (parsed?.kind !== 'ExecCredential' || !status || (!status.token && !status.clientKeyData))
            throw fail(this.target, `: the exec plugin '${command}' printed no ExecCredential with a status.token or client certificate`);
        if (parsed.apiVersion !== apiVersion)
            throw fail(this.target, `: the exec plugin '${command}' answered with apiVersion '${parsed.apiVersion}', the kubeconfig asks for '${apiVersion}'`);
        // Masked before anything else can print them.
        for (const s of [status.token, status.clientKeyData])
            if (s)
                this.events.secret(s);
        if (Boolean(status.clientCertificateData) !== Boolean(status.clientKeyData))
            throw fail(this.target, `: the exec plugin '${command}' returned a client certificate without its key`);
        const expires = status.expirationTimestamp ? Date.parse(status.expirationTimestamp) : undefined;
        this.execCached = {
            token: status.token,
            clientCertificateData: status.clientCertificateData,
            clientKeyData: status.clientKeyData,
            expires: Number.isNaN(expires) ? undefined : expires,
        };
        return this.execCached;
    }
}

;// CONCATENATED MODULE: ./packages/cluster/src/client.ts





/** A non-2xx answer from the API server, with its `Status` body. */
class ApiError extends Error {
    statusCode;
    status;
    method;
    path;
    constructor(statusCode, status, method, path) {
        super(status.message || `${method} ${path}: HTTP ${statusCode}`);
        this.statusCode = statusCode;
        this.status = status;
        this.method = method;
        this.path = path;
        this.name = 'ApiError';
    }
    get reason() {
        return this.status.reason ?? '';
    }
}
/** The API server could not be reached at all (refused, DNS, TLS, timeout). */
class ConnectionError extends Error {
    code;
    retryable;
    constructor(message, code, retryable) {
        super(message);
        this.code = code;
        this.retryable = retryable;
        this.name = 'ConnectionError';
    }
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
class KubeClient {
    credentials;
    target;
    log;
    agent;
    /** Whether the API server has answered this client (any status): see OUTAGE_TOLERANCE_MS. */
    answered = false;
    constructor(credentials, target, log) {
        this.credentials = credentials;
        this.target = target;
        this.log = log;
    }
    static async create(target, log) {
        return new KubeClient(new Credentials(target, log), target, log);
    }
    /** Where we talk to, for messages: the server URL, the context/user and the proxy, never credentials. */
    describe() {
        const proxy = this.target.proxy ? `, through the proxy ${this.target.proxy.shown}` : '';
        return `${this.target.server} (context '${this.target.context}'${this.target.user ? `, user '${this.target.user}'` : ''}${proxy})`;
    }
    url(path, query) {
        const u = new URL(this.target.server.replace(/\/+$/, '') + path);
        for (const [k, v] of Object.entries(query ?? {}))
            if (v !== undefined)
                u.searchParams.set(k, String(v));
        return u.toString();
    }
    /** One JSON request; transient failures are retried with backoff, everything else is thrown typed. */
    async request(method, path, opts = {}) {
        return (await this.requestWithStatus(method, path, opts)).body;
    }
    /** As `request`, with the HTTP status (201 tells a creating apply from an updating one). */
    async requestWithStatus(method, path, opts = {}) {
        const started = Date.now();
        let outage = false;
        return retry(async () => {
            const res = await this.send(method, path, opts);
            const text = await readText(res.message, method, path);
            if (res.statusCode >= 200 && res.statusCode < 300) {
                return { statusCode: res.statusCode, body: (text ? JSON.parse(text) : {}) };
            }
            throw new ApiError(res.statusCode, parseStatus(text, res.statusCode), method, path);
        }, {
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
            onRetry: (err, attempt, delay) => this.log.info(`  ${method} ${path}: ${(0,src_errors/* errorMessage */.gJ)(err)}; retrying in ${delay} ms (attempt ${attempt + 1}${!outage ? '' : `; the API server answered before: waiting up to ${OUTAGE_TOLERANCE_MS / 1000} s for it`})`),
        }).catch((err) => {
            // Unreachable and unauthorized are the same for every request; other API errors (403, 404, 409, 422)
            // mean something different to each caller, which explains them itself.
            throw err instanceof ApiError && err.statusCode !== 401 ? err : this.explain(err);
        });
    }
    /** A streaming GET (watch): resolves once the headers arrived, with the body as text lines. */
    async stream(path, query, signal) {
        const res = await this.send('GET', path, { query, signal, timeoutMs: 0 });
        if (res.statusCode !== 200) {
            throw new ApiError(res.statusCode, parseStatus(await readText(res.message, 'GET', path), res.statusCode), 'GET', path);
        }
        return lines(res.message, path);
    }
    agentFor(tls, https) {
        // One keep-alive agent per TLS identity (an exec plugin may hand out a new client certificate). No socket
        // limit: every watch holds a connection for its whole life, and a cap would queue requests behind them.
        if (this.agent?.tls !== tls) {
            this.agent?.agent.destroy();
            // Through the kubeconfig's proxy-url or HTTPS_PROXY when there is one (proxy.ts): Node's proxyEnv.
            const proxy = proxyAgentOptions(this.target.proxy, https);
            const agent = https
                ? new external_node_https_.Agent({ keepAlive: true, ...tls, ...proxy })
                : new external_node_http_.Agent({ keepAlive: true, ...proxy });
            this.agent = { tls, agent };
        }
        return this.agent.agent;
    }
    async send(method, path, opts) {
        const url = new URL(this.url(path, opts.query));
        const https = url.protocol === 'https:';
        const timeout = opts.timeoutMs ?? 30_000;
        const signals = [opts.signal, timeout > 0 ? AbortSignal.timeout(timeout) : undefined].filter(Boolean);
        const signal = signals.length > 0 ? AbortSignal.any(signals) : undefined;
        const body = opts.body === undefined
            ? undefined
            : Buffer.from(typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body));
        for (let attempt = 0;; attempt++) {
            const { tls, authorization, credential } = await this.credentials.current(opts.signal);
            const headers = {
                Accept: 'application/json',
                'User-Agent': 'goship-k8s-rollout',
            };
            if (authorization)
                headers.Authorization = authorization;
            if (body) {
                headers['Content-Type'] = opts.contentType ?? 'application/json';
                headers['Content-Length'] = String(body.length);
            }
            let res;
            try {
                res = await new Promise((resolve, reject) => {
                    const req = (https ? external_node_https_.request : external_node_http_.request)(url, { method, headers, agent: this.agentFor(tls, https), signal }, (message) => resolve({ statusCode: message.statusCode ?? 0, message }));
                    req.on('error', reject);
                    req.end(body);
                });
            }
            catch (err) {
                if (opts.signal?.aborted)
                    throw opts.signal.reason ?? err;
                // A refused tunnel quotes the proxy's URL, password included: named without it, and not retried.
                const proxied = apiServerProxyFailure(err, this.target.proxy, url);
                if (proxied)
                    throw proxied;
                const failure = toConnectionError(err, method, path, signal);
                if (!this.target.proxy)
                    throw failure;
                throw new ConnectionError(redactProxy(failure.message, this.target.proxy), failure.code, failure.retryable);
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
    explain(err) {
        if (err instanceof ConnectionError) {
            const tls = err.code && TLS_CODES.has(err.code);
            return new src_errors/* UserError */.yo(`Cannot reach the API server at ${this.describe()}: ${err.message}`, {
                hint: tls
                    ? "The server's certificate is not trusted by the kubeconfig's certificate-authority(-data), or does not name this host."
                    : 'Check the server URL in the kubeconfig and that the cluster is reachable from the runner.',
                cause: err,
            });
        }
        if (err instanceof ApiError && err.statusCode === 401) {
            return new src_errors/* UserError */.yo(`Unauthorized: the API server at ${this.target.server} rejected the credentials of user '${this.target.user || '(none)'}' (context '${this.target.context}')`, {
                hint: 'The token or client certificate in the kubeconfig is wrong or expired; create a fresh kubeconfig secret.',
                cause: err,
            });
        }
        if (err instanceof ApiError && err.statusCode === 403) {
            return new src_errors/* UserError */.yo(`Forbidden: ${err.message}`, {
                hint: `The kubeconfig's user '${this.target.user || '(none)'}' lacks RBAC permission for this; grant it (a Role/ClusterRole and binding) or use a different kubeconfig.`,
                cause: err,
            });
        }
        return err;
    }
}
function isTransient(err) {
    if (err instanceof ConnectionError)
        return err.retryable;
    if (err instanceof ApiError)
        return err.statusCode === 429 || err.statusCode >= 500;
    return false;
}
function toConnectionError(err, method, path, signal) {
    const name = err.name;
    if (name === 'TimeoutError' || name === 'AbortError' || signal?.aborted) {
        return new ConnectionError(`${method} ${path} timed out`, 'ETIMEDOUT', true);
    }
    if (err instanceof ConnectionError)
        return err;
    const code = err.code;
    const message = (0,src_errors/* errorMessage */.gJ)(err);
    const retryable = !(code && TLS_CODES.has(code)) && !/certificate|self[- ]signed/i.test(message);
    return new ConnectionError(code && !message.includes(code) ? `${code}: ${message}` : message, code, retryable);
}
async function readText(message, method, path) {
    const chunks = [];
    try {
        for await (const chunk of message)
            chunks.push(chunk);
    }
    catch (err) {
        throw toConnectionError(err, method, path);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function parseStatus(text, code) {
    try {
        const parsed = JSON.parse(text);
        if (parsed && typeof parsed === 'object')
            return { code, ...parsed };
    }
    catch {
        /* not JSON: a proxy or load balancer answered */
    }
    return { code, message: text.trim().slice(0, 500) || `HTTP ${code}` };
}
async function* lines(body, path) {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
        for await (const chunk of body) {
            buffer += decoder.decode(chunk, { stream: true });
            let nl = buffer.indexOf('\n');
            while (nl >= 0) {
                const line = buffer.slice(0, nl).trim();
                buffer = buffer.slice(nl + 1);
                if (line)
                    yield line;
                nl = buffer.indexOf('\n');
            }
        }
        const rest = (buffer + decoder.decode()).trim();
        if (rest)
            yield rest;
    }
    catch (err) {
        throw toConnectionError(err, 'WATCH', path);
    }
    finally {
        body.destroy();
    }
}

;// CONCATENATED MODULE: ./packages/cluster/src/discovery.ts

function splitApiVersion(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0
        ? { group: '', version: apiVersion }
        : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
/** `/api/v1/namespaces/ns/deployments/name` and friends. */
function resourcePath(info, namespace, name) {
    const base = info.group ? `/apis/${info.group}/${info.version}` : `/api/${info.version}`;
    const ns = info.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
    return `${base}${ns}/${info.resource}${name ? `/${encodeURIComponent(name)}` : ''}`;
}
/**
 * Maps kinds to resources through the discovery API, one request per group-version that the manifests
 * use (fetched in parallel, cached), rather than the whole discovery document.
 */
class Discovery {
    client;
    lists = new Map();
    fromCrds = new Map();
    constructor(client) {
        this.client = client;
    }
    /** Kinds defined by CustomResourceDefinitions in the manifests, usable before the CRD exists. */
    addCrds(objects) {
        for (const crd of objects) {
            if (crd.kind !== 'CustomResourceDefinition')
                continue;
            const spec = crd.spec ?? {};
            for (const v of spec.versions ?? []) {
                const apiVersion = `${spec.group}/${v.name}`;
                this.fromCrds.set(`${apiVersion}|${spec.names?.kind}`, {
                    apiVersion,
                    group: spec.group,
                    version: v.name,
                    kind: spec.names?.kind,
                    resource: spec.names?.plural,
                    namespaced: spec.scope !== 'Cluster',
                    pendingCrd: true,
                });
            }
        }
    }
    /** Forgets cached lists (after CRDs were created). */
    reset() {
        this.lists.clear();
    }
    async resolve(apiVersion, kind) {
        const list = await this.list(apiVersion);
        const found = list?.resources?.find((r) => r.kind === kind && !r.name.includes('/'));
        if (found) {
            return {
                apiVersion,
                ...splitApiVersion(apiVersion),
                kind,
                resource: found.name,
                namespaced: found.namespaced,
            };
        }
        return this.fromCrds.get(`${apiVersion}|${kind}`);
    }
    /** The group's preferred group-version (e.g. `rbac.authorization.k8s.io/v1`), if the server serves the group. */
    async preferredVersion(group) {
        try {
            const g = await this.client.request('GET', `/apis/${encodeURIComponent(group)}`);
            return g.preferredVersion?.groupVersion;
        }
        catch (err) {
            if (err instanceof ApiError && err.statusCode === 404)
                return undefined;
            throw err;
        }
    }
    /** The kinds the server offers in this group-version (for "did you mean" in errors). */
    async kindsIn(apiVersion) {
        const list = await this.list(apiVersion);
        return list?.resources?.filter((r) => !r.name.includes('/')).map((r) => r.kind);
    }
    list(apiVersion) {
        let p = this.lists.get(apiVersion);
        if (!p) {
            const { group, version } = splitApiVersion(apiVersion);
            const path = group ? `/apis/${group}/${version}` : `/api/${version}`;
            p = this.client.request('GET', path).catch((err) => {
                if (err instanceof ApiError && (err.statusCode === 404 || err.statusCode === 406))
                    return undefined;
                throw err;
            });
            this.lists.set(apiVersion, p);
        }
        return p;
    }
}

;// CONCATENATED MODULE: ./packages/cluster/src/apply.ts



/*
 * Server-side apply (PATCH application/apply-patch+yaml, field manager `goship`), with dryRun=All for
 * validation, strict field validation (unknown fields are errors, as kubectl --validate=strict), and
 * errors turned into messages that name the object, its file:line, the field and the fix.
 */
const FIELD_MANAGER = 'goship';
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
async function applyObject(client, p, opts, dryRun) {
    const name = p.object.metadata.name;
    const path = resourcePath(p.info, p.object.metadata.namespace, name);
    const query = {
        fieldManager: FIELD_MANAGER,
        fieldValidation: 'Strict',
        dryRun: dryRun ? 'All' : undefined,
    };
    if (opts.serverSide) {
        const res = await client.requestWithStatus('PATCH', path, {
            query: { ...query, force: opts.force ? 'true' : undefined },
            body: p.object,
            contentType: 'application/apply-patch+yaml',
            signal: opts.signal,
        });
        return { object: res.body, created: res.statusCode === 201 };
    }
    return clientSideApply(client, p, path, query, opts.signal);
}
async function clientSideApply(client, p, path, query, signal) {
    const desired = structuredClone(p.object);
    desired.metadata.annotations = {
        ...desired.metadata.annotations,
        [LAST_APPLIED]: JSON.stringify(p.object),
    };
    let live;
    try {
        live = await client.request('GET', path, { signal });
    }
    catch (err) {
        if (!(err instanceof ApiError && err.statusCode === 404))
            throw err;
    }
    if (!live) {
        const collection = resourcePath(p.info, p.object.metadata.namespace);
        const object = await client.request('POST', collection, {
            query,
            body: desired,
            signal,
            attempts: 1,
        });
        return { object, created: true };
    }
    const previous = parseJson(live.metadata.annotations?.[LAST_APPLIED]);
    const patch = mergePatch(previous, desired);
    const object = await client.request('PATCH', path, {
        query,
        body: patch,
        contentType: 'application/merge-patch+json',
        signal,
    });
    return { object, created: false };
}
function parseJson(text) {
    try {
        return text ? JSON.parse(text) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * A JSON merge patch (RFC 7386) that sets everything in `desired` and removes what the previous apply set
 * but `desired` no longer has — the three-way part of client-side apply. Lists are replaced whole.
 */
function mergePatch(previous, desired) {
    if (!isMap(desired))
        return desired;
    const out = {};
    const prev = isMap(previous) ? previous : {};
    for (const [k, v] of Object.entries(desired))
        out[k] = isMap(v) ? mergePatch(prev[k], v) : v;
    for (const k of Object.keys(prev))
        if (!(k in desired))
            out[k] = null;
    return out;
}
function isMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `spec.template.spec.containers[0].image` or `.spec.replicas` → ['spec', …, 0, 'image']. */
function fieldPath(field) {
    const out = [];
    for (const m of field.replace(/^\./, '').matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
        if (m[2] !== undefined)
            out.push(Number(m[2]));
        else if (m[1] !== undefined)
            out.push(m[1]);
    }
    return out;
}
/** The nearest line for a field path: the field itself, or the closest parent that is written. */
function lineFor(p, field) {
    const path = field ? fieldPath(field.replace(/\[name=[^\]]*\]/g, '')) : [];
    for (let n = path.length; n > 0; n--) {
        const line = p.manifest.lineOf(path.slice(0, n));
        if (line !== undefined)
            return line;
    }
    return p.manifest.origin.line;
}
/** Turns a rejected apply (dry-run or real) into a message naming the object, the field and the fix. */
function explainApplyError(err, p, client) {
    if (!(err instanceof ApiError))
        return client.explain(err);
    const obj = p.object;
    const what = `${obj.kind} ${obj.metadata.namespace ? `${obj.metadata.namespace}/` : ''}${obj.metadata.name}`;
    const at = `${p.manifest.origin.file}:${p.manifest.origin.line}`;
    const atField = (field) => `${p.manifest.origin.file}:${lineFor(p, field)}`;
    const causes = err.status.details?.causes ?? [];
    const location = (field) => ({ file: p.manifest.origin.file, line: lineFor(p, field) });
    const message = err.status.message ?? err.message;
    const immutable = causes.filter((c) => /immutable/i.test(c.message ?? ''));
    if (immutable.length > 0 || /field is immutable/i.test(message)) {
        const fields = immutable.map((c) => c.field).filter(Boolean);
        const field = fields[0] ?? /(spec\.[\w.[\]]+)/.exec(message)?.[1] ?? 'a field';
        return new src_errors/* UserError */.yo(`${atField(field)}: ${what}: ${fields.length > 1 ? `fields ${fields.join(', ')} are` : `field ${field} is`} immutable and differ${fields.length > 1 ? '' : 's'} from the live object (the server said: ${message})`, {
            hint: `The server keeps ${field} as it was created. Either keep the old value in the manifest, or replace the object: delete it (\`kubectl delete ${obj.kind.toLowerCase()} ${obj.metadata.name}${obj.metadata.namespace ? ` -n ${obj.metadata.namespace}` : ''}\`; its pods are recreated) and run again, or deploy it under a new name.`,
            location: location(field),
            cause: err,
        });
    }
    if (err.statusCode === 409 && /conflict/i.test(message)) {
        const managers = [...message.matchAll(/conflict with "([^"]+)"/g)].map((m) => m[1]);
        const fields = [...message.matchAll(/:\s*(\.[\w.[\]="-]+)/g)].map((m) => m[1]);
        return new src_errors/* UserError */.yo(`${atField(fields[0])}: ${what}: ${message}`, {
            hint: `Field${fields.length > 1 ? 's' : ''} ${fields.join(', ') || '(see above)'} ${fields.length > 1 ? 'are' : 'is'} owned by another field manager (${[...new Set(managers)].join(', ') || 'unknown'}), and the manifest sets a different value. Set \`force-conflicts: true\` to take them over, or remove them from the manifest to leave them to that manager.`,
            location: location(fields[0]),
            cause: err,
        });
    }
    if (err.statusCode === 404 && err.status.details?.kind === 'namespaces') {
        const ns = err.status.details.name ?? obj.metadata.namespace;
        return new src_errors/* UserError */.yo(`${at}: ${what}: namespace '${ns}' does not exist on the server`, {
            hint: `Create the namespace first or add a Namespace manifest for '${ns}' to the manifests.`,
            location: location('metadata.namespace'),
            cause: err,
        });
    }
    if (err.statusCode === 403) {
        return new src_errors/* UserError */.yo(`${at}: ${what}: forbidden: ${message}`, {
            hint: `The kubeconfig's user '${client.target.user}' lacks RBAC permission for this; grant it (a Role/ClusterRole and binding) or use a different kubeconfig.`,
            location: location(),
            cause: err,
        });
    }
    if (err.statusCode === 422 ||
        err.statusCode === 400 ||
        (err.statusCode === 500 && /typed patch|unmarshal|decod/i.test(message))) {
        const first = causes.find((c) => c.field)?.field ??
            /(\.[\w.[\]]+): field not declared in schema/.exec(message)?.[1] ??
            /unknown field "([\w.[\]]+)"/.exec(message)?.[1] ??
            /(\.spec[\w.[\]]*):/.exec(message)?.[1];
        return new src_errors/* UserError */.yo(`${atField(first)}: ${what} is invalid: ${message}`, {
            hint: 'Fix the manifest; the server rejected it before anything was changed.',
            location: location(first),
            cause: err,
        });
    }
    return new src_errors/* UserError */.yo(`${at}: ${what}: the API server answered ${err.statusCode} ${err.reason}: ${message}`, { location: location(), cause: err });
}

;// CONCATENATED MODULE: ./packages/cluster/src/connect.ts


/**
 * Loads the client, checks the server answers (retrying a while: a cluster that is just starting, a
 * flaky network), and that our credentials are accepted — before anything is validated or applied.
 */
async function connect(target, log, signal) {
    const client = await KubeClient.create(target, log);
    // Who we are is asked alongside: one round trip, not two, before the real work starts.
    const review = client
        .request('POST', '/apis/authentication.k8s.io/v1/selfsubjectreviews', { body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' }, signal, attempts: 1 })
        .then((r) => r.status?.userInfo?.username, 
    // Older servers or restricted RBAC: who we are is only a nicety, a 401 is not.
    (err) => err instanceof ApiError ? undefined : err instanceof Error ? err : new Error(String(err)));
    let version;
    try {
        version = await client.request('GET', '/version', {
            attempts: 5,
            signal,
            timeoutMs: 10_000,
        });
    }
    catch (err) {
        await review;
        if (err instanceof src_errors/* UserError */.yo && /Cannot reach/.test(err.message)) {
            throw new src_errors/* UserError */.yo(`${err.message} (gave up after 5 attempts)`, { hint: err.hint, cause: err });
        }
        throw err;
    }
    let username = await review;
    if (username instanceof Error) {
        // The server answered /version, so this was no outage: ask once more, as before.
        username = await client
            .request('POST', '/apis/authentication.k8s.io/v1/selfsubjectreviews', { body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' }, signal })
            .then((r) => r.status?.userInfo?.username, (err) => {
            if (err instanceof ApiError)
                return undefined;
            throw err;
        });
    }
    return { client, serverVersion: version.gitVersion ?? 'unknown', username };
}

// EXTERNAL MODULE: ./packages/contract/src/yaml.ts
var yaml = __webpack_require__(67721);
// EXTERNAL MODULE: ./packages/kit/src/glob.ts + 1 modules
var glob = __webpack_require__(20576);
;// CONCATENATED MODULE: ./packages/cluster/src/manifests.ts





/**
 * Reads every object from the given files/folders/globs. Parsed in the chain's YAML dialect
 * (@goship/contract: YAML 1.1 as kubectl's go-yaml reads it, so `0644` is octal and `yes` is a boolean,
 * exactly what the API server would get from kubectl). All problems in all files are reported together.
 */
function loadManifests(patterns, cwd, input = 'manifests') {
    if (patterns.length === 0) {
        throw new src_errors/* InputError */.dz(input, 'is empty', 'manifest files, folders or globs (one per line)');
    }
    const expanded = (0,glob/* expandPatterns */.q)(patterns, cwd, { files: /\.(ya?ml|json)$/i, input });
    const missing = expanded.filter((e) => e.matched === 0).map((e) => e.pattern);
    if (missing.length > 0) {
        throw new src_errors/* InputError */.dz(input, `${missing.map((m) => `'${m}'`).join(', ')} matched no manifest file`, 'existing files, folders with *.yaml/*.yml/*.json files, or globs that match some', `Paths are relative to the workspace (${cwd}).`);
    }
    const manifests = [];
    const errors = [];
    for (const file of expanded.flatMap((e) => e.files)) {
        const display = (0,external_node_path_.relative)(cwd, file) || file;
        try {
            manifests.push(...parseManifests((0,external_node_fs_.readFileSync)(file, 'utf8'), display, errors));
        }
        catch (err) {
            errors.push(new src_errors/* UserError */.yo(`${display}: cannot read: ${err.message}`, { location: { file: display } }));
        }
    }
    if (errors.length > 0)
        throw (0,src_errors/* aggregate */.QD)(errors, `${errors.length} problems in the manifests`);
    if (manifests.length === 0) {
        throw new src_errors/* InputError */.dz(input, `the files (${expanded.flatMap((e) => e.files).length}) hold no Kubernetes objects`, 'at least one object');
    }
    return manifests;
}
/** Parses one file's documents; problems go to `errors` (each at file:line), good objects are returned. */
function parseManifests(text, file, errors) {
    const stream = (0,yaml/* parseYamlStream */.b8)(text);
    const out = [];
    const line = (offset) => stream.position(offset).line;
    stream.documents.forEach((doc, index) => {
        const problems = (0,yaml/* documentProblems */.s9)(doc, stream);
        // An empty document (a trailing `---`, only comments) holds no object.
        const read = problems.length === 0 && !(0,yaml/* isEmptyDocument */.n6)(doc) ? (0,yaml/* documentValue */.H5)(doc, stream) : undefined;
        if (read?.problem)
            problems.push(read.problem);
        for (const p of problems) {
            errors.push(new src_errors/* UserError */.yo(`${file}:${p.line}: invalid YAML: ${p.message}`, {
                location: { file, line: p.line, column: p.column },
            }));
        }
        if (!read || read.problem || !doc.contents)
            return;
        const start = line(doc.contents.range[0]);
        if (!(0,dist/* isMap */.jh)(doc.contents)) {
            errors.push(new src_errors/* UserError */.yo(`${file}:${start}: document ${index + 1} is not a mapping (a Kubernetes object)`, {
                location: { file, line: start },
            }));
            return;
        }
        const value = read.value;
        // The line of a field is the line of its key (`selector:`), not of its value (which may start below).
        const lineOf = (base) => (path) => {
            const full = [...base, ...path];
            if (full.length === 0)
                return start;
            const parent = full.length === 1 ? doc.contents : doc.getIn(full.slice(0, -1), true);
            const last = full.at(-1);
            if ((0,dist/* isMap */.jh)(parent)) {
                const pair = parent.items.find((p) => ((0,dist/* isScalar */.jn)(p.key) ? p.key.value : p.key) === last);
                const key = pair?.key;
                return key?.range ? line(key.range[0]) : undefined;
            }
            if ((0,dist/* isSeq */.oP)(parent) && typeof last === 'number') {
                const item = parent.items[last];
                return item?.range ? line(item.range[0]) : undefined;
            }
            return undefined;
        };
        if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
            const items = doc.getIn(['items'], true);
            value.items.forEach((item, i) => {
                const node = (0,dist/* isSeq */.oP)(items)
                    ? items.items[i]
                    : undefined;
                const at = node?.range ? line(node.range[0]) : start;
                const m = checkObject(item, { file, line: at, document: index }, errors, lineOf(['items', i]));
                if (m)
                    out.push(m);
            });
            return;
        }
        const m = checkObject(value, { file, line: start, document: index }, errors, lineOf([]));
        if (m)
            out.push(m);
    });
    return out;
}
function checkObject(value, origin, errors, lineOf) {
    const where = `${origin.file}:${origin.line}`;
    const fail = (problem, hint, line = origin.line) => {
        errors.push(new src_errors/* UserError */.yo(`${where}: ${problem}`, { hint, location: { file: origin.file, line } }));
        return undefined;
    };
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return fail('the object is not a mapping');
    const obj = value;
    if (typeof obj.apiVersion !== 'string' || obj.apiVersion === '')
        return fail('the object has no apiVersion');
    if (typeof obj.kind !== 'string' || obj.kind === '')
        return fail('the object has no kind');
    const meta = obj.metadata;
    if (!meta || typeof meta !== 'object')
        return fail(`${obj.kind} has no metadata`);
    if (meta.name !== undefined && meta.name !== null && typeof meta.name !== 'string') {
        return fail(`${obj.kind}: metadata.name must be a string, but YAML reads it as ${typeof meta.name} ${JSON.stringify(meta.name)}`, 'Quote it (YAML 1.1, which kubectl uses too, reads y/n/yes/no/on/off as booleans and 0644 as octal).', lineOf(['metadata', 'name']));
    }
    if (typeof meta.name !== 'string' || meta.name === '') {
        return meta.generateName
            ? fail(`${obj.kind} uses metadata.generateName; apply needs a fixed metadata.name`, 'Give the object a name.')
            : fail(`${obj.kind} has no metadata.name`);
    }
    if (meta.namespace !== undefined && (typeof meta.namespace !== 'string' || meta.namespace === '')) {
        return fail(`${obj.kind} ${meta.name}: metadata.namespace must be a non-empty string`, undefined, lineOf(['metadata', 'namespace']));
    }
    return { object: obj, origin, lineOf };
}

// EXTERNAL MODULE: ./packages/contract/src/kinds.ts
var kinds = __webpack_require__(41939);
;// CONCATENATED MODULE: ./packages/cluster/src/plan.ts


/** Apply order: the chain's one kind order (@goship/contract), re-exported for callers of this package. */

/*
 * From parsed manifests to the list of objects we will apply: namespaces settled, our labels and
 * annotations added, duplicates and namespace conflicts rejected, in dependency order. Pure.
 */
/** The label on everything we apply; prune only ever deletes objects carrying it with our value. */
const APPLY_SET_LABEL = 'goship.dev/apply-set';
const CHANGE_CAUSE = 'kubernetes.io/change-cause';
/** Kinds whose rollout we watch, by `group/Kind`. */
const WORKLOAD_KINDS = ['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'batch/Job'];
function objectKey(info, namespace, name) {
    return `${info.group}/${info.kind}/${namespace ?? ''}/${name}`;
}
function workloadKind(info) {
    const gk = `${info.group}/${info.kind}`;
    return WORKLOAD_KINDS.includes(gk) ? info.kind : undefined;
}
function buildPlan(items, opts) {
    const errors = [];
    const seen = new Map();
    const planned = [];
    for (const { manifest, info } of items) {
        const src = manifest.object;
        const name = src.metadata.name;
        const at = `${manifest.origin.file}:${manifest.origin.line}`;
        const nsLine = manifest.lineOf(['metadata', 'namespace']) ?? manifest.origin.line;
        const location = { file: manifest.origin.file, line: nsLine };
        let namespace = src.metadata.namespace;
        if (!info.namespaced) {
            if (namespace) {
                errors.push(new src_errors/* UserError */.yo(`${at}: ${src.kind} ${name} is cluster-scoped but sets metadata.namespace '${namespace}'`, {
                    hint: 'Remove metadata.namespace from this object.',
                    location,
                }));
                continue;
            }
        }
        else if (!namespace) {
            namespace = opts.namespace || opts.defaultNamespace;
        }
        else if (opts.namespace && namespace !== opts.namespace) {
            errors.push(new src_errors/* UserError */.yo(`${at}: ${src.kind} ${name} is in namespace '${namespace}', but the 'namespace' input is '${opts.namespace}' (namespace mismatch)`, {
                hint: `The input only fills objects without a namespace and never overrides one. Remove metadata.namespace from the manifest, set the input to '${namespace}', or leave the input empty to deploy each object to its own namespace.`,
                location,
            }));
            continue;
        }
        const key = objectKey(info, namespace, name);
        const first = seen.get(key);
        if (first) {
            errors.push(new src_errors/* UserError */.yo(`${at}: ${src.kind} ${namespace ? `${namespace}/` : ''}${name} is defined twice (first at ${first.origin.file}:${first.origin.line})`, {
                hint: 'Keep one definition of each object.',
                location: { file: manifest.origin.file, line: manifest.origin.line },
            }));
            continue;
        }
        seen.set(key, manifest);
        const workload = workloadKind(info);
        const object = structuredClone(src);
        if (namespace)
            object.metadata.namespace = namespace;
        object.metadata.labels = { ...object.metadata.labels, [APPLY_SET_LABEL]: opts.applySet };
        if (workload)
            object.metadata.annotations = { ...object.metadata.annotations, ...opts.workloadAnnotations };
        planned.push({ manifest, object, info, key, workload });
    }
    if (errors.length > 0)
        throw (0,src_errors/* aggregate */.QD)(errors, `${errors.length} problems in the manifests`);
    // Stable: same rank keeps the manifests' order.
    return planned
        .map((p, i) => ({ p, i }))
        .sort((a, b) => (0,kinds/* kindRank */.x)(a.p.info.kind) - (0,kinds/* kindRank */.x)(b.p.info.kind) || a.i - b.i)
        .map(({ p }) => p);
}
/** Label values: at most 63 characters of [A-Za-z0-9._-], starting and ending alphanumeric. */
function toLabelValue(text) {
    const cleaned = text
        .replace(/[^A-Za-z0-9._-]+/g, '.')
        .slice(0, 63)
        .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
    return cleaned || 'default';
}

;// CONCATENATED MODULE: ./packages/cluster/src/types.ts
/*
 * The shapes of the raw JSON the API server sends that every caller reads: object metadata and the `Status`
 * of an error. We talk to the API with plain JSON (not client-node's model classes, whose deserializer turns
 * timestamps into Dates and drops unknown fields), so these types describe the wire format.
 */
function objectRef(obj) {
    const ns = obj.metadata.namespace ? `${obj.metadata.namespace}/` : '';
    return `${obj.kind} ${ns}${obj.metadata.name ?? obj.metadata.generateName ?? '?'}`;
}

;// CONCATENATED MODULE: ./packages/cluster/src/index.ts
// How goship reaches a Kubernetes API server: the kubeconfig, its credentials (exec plugins, token files,
// client certificates, basic auth), the HTTPS client with the kubeconfig's TLS, the connection check and
// discovery — and speaking the API about objects: manifests parsed at file:line, the apply plan, server-side
// apply and its errors explained. Below every stage: k8s-rollout (@goship/kube), the smoke test's service
// proxy (@goship/probe), the render preview (@goship/manifests) and the pipeline's live facts reach a
// cluster only through here.












/***/ })

};
