export const id = 5839;
export const ids = [5839];
export const modules = {

/***/ 36658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
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
            if (attempt >= attempts || opts.signal?.aborted || (opts.retryable && !opts.retryable(err)))
                throw err;
            const delay = backoffDelay(attempt, base, max, opts.random);
            opts.onRetry?.(err, attempt, delay);
            await sleep(delay, opts.signal);
        }
    }
}


/***/ }),

/***/ 79816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ KubeClient),
/* harmony export */   Rc: () => (/* binding */ ConnectionError),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   i$: () => (/* binding */ parseStatus)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36658);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77817);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87573);




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
class KubeClient {
    credentials;
    target;
    log;
    agent;
    constructor(credentials, target, log) {
        this.credentials = credentials;
        this.target = target;
        this.log = log;
    }
    static async create(target, log) {
        return new KubeClient(new _credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .Credentials */ .J(target, log), target, log);
    }
    /** Where we talk to, for messages: the server URL and the context/user, never credentials. */
    describe() {
        return `${this.target.server} (context '${this.target.context}'${this.target.user ? `, user '${this.target.user}'` : ''})`;
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
        return (0,_goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L5)(async () => {
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
            onRetry: (err, attempt, delay) => this.log.info(`  ${method} ${path}: ${(0,_goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}; retrying in ${delay} ms (attempt ${attempt + 1})`),
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
            const agent = https ? new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true, ...tls }) : new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true });
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
            const { tls, authorization } = await this.credentials.current(opts.signal);
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
                    const req = (https ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request)(url, { method, headers, agent: this.agentFor(tls, https), signal }, (message) => resolve({ statusCode: message.statusCode ?? 0, message }));
                    req.on('error', reject);
                    req.end(body);
                });
            }
            catch (err) {
                if (opts.signal?.aborted)
                    throw opts.signal.reason ?? err;
                throw toConnectionError(err, method, path, signal);
            }
            // An exec plugin's token may have been revoked or expired early: ask the plugin once more.
            if (res.statusCode === 401 && attempt === 0 && this.credentials.invalidate()) {
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
            return new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Cannot reach the API server at ${this.describe()}: ${err.message}`, {
                hint: tls
                    ? "The server's certificate is not trusted by the kubeconfig's certificate-authority(-data), or does not name this host."
                    : 'Check the server URL in the kubeconfig and that the cluster is reachable from the runner.',
                cause: err,
            });
        }
        if (err instanceof ApiError && err.statusCode === 401) {
            return new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Unauthorized: the API server at ${this.target.server} rejected the credentials of user '${this.target.user || '(none)'}' (context '${this.target.context}')`, {
                hint: 'The token or client certificate in the kubeconfig is wrong or expired; create a fresh kubeconfig secret.',
                cause: err,
            });
        }
        if (err instanceof ApiError && err.statusCode === 403) {
            return new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Forbidden: ${err.message}`, {
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
    const message = (0,_goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err);
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


/***/ }),

/***/ 87573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ Credentials)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77817);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42783);
/* harmony import */ var _kubeconfig_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85724);




const EXEC_TIMEOUT_MS = 60_000;
const EXEC_APIS = new Set(['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1']);
function fail(target, problem, hint) {
    const sep = problem.startsWith(':') ? '' : ' ';
    return new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Input 'kubeconfig': user '${target.user || '(none)'}'${sep}${problem}`, { hint });
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
        const dir = (0,_kubeconfig_js__WEBPACK_IMPORTED_MODULE_3__/* .kubeconfigDir */ .xW)(target);
        const file = (what, p) => {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) || !dir ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(p) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, p);
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full);
            }
            catch (err) {
                throw fail(target, `: its ${what} file '${full}' cannot be read (${err.code ?? (0,_goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)})`, 'Relative paths in a kubeconfig file resolve against its folder; in kubeconfig content, use the *-data fields.');
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
        if (cluster['proxy-url'])
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Input 'kubeconfig': cluster '${target.cluster}' sets proxy-url, which k8s-rollout does not support`, { hint: 'Reach the API server directly from the runner, or tunnel it (e.g. an SSH port forward).' });
        let token = user.token;
        if (!token && user.tokenFile) {
            token = file('tokenFile', user.tokenFile).toString('utf8').trim();
            if (token)
                events.setSecret(token);
        }
        const provider = user['auth-provider'];
        if (!token && provider) {
            const idToken = provider.config?.['id-token'];
            if (provider.name !== 'oidc' || !idToken)
                throw fail(target, `uses auth-provider '${provider.name ?? '?'}'${provider.name === 'oidc' ? ' without an id-token' : ''}, which k8s-rollout does not run`, 'auth-provider plugins were removed from kubectl (1.26); use the exec plugin that replaced it (gke-gcloud-auth-plugin, kubelogin, aws eks get-token) or a token.');
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
    /** The TLS options and Authorization header for the next request (running the exec plugin when needed). */
    async current(signal) {
        if (!this.usesExec)
            return { tls: this.baseTls, authorization: this.staticAuth };
        const cred = await this.execCredential(signal);
        // The same object for the same credential: the client keeps one connection pool per TLS identity.
        cred.tls ??=
            cred.clientCertificateData && cred.clientKeyData
                ? { ...this.baseTls, cert: cred.clientCertificateData, key: cred.clientKeyData }
                : this.baseTls;
        return { tls: cred.tls, authorization: cred.token ? `Bearer ${cred.token}` : undefined };
    }
    /** After a 401: forget the plugin's credential so the next request asks it again (client-go does the same). */
    invalidate() {
        if (!this.usesExec || !this.execCached)
            return false;
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
        const dir = (0,_kubeconfig_js__WEBPACK_IMPORTED_MODULE_3__/* .kubeconfigDir */ .xW)(this.target);
        const command = config.command;
        // client-go: a relative command with a path separator is relative to the kubeconfig's folder.
        const file = command.includes('/') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(command) && dir ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, command) : command;
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
            result = await (0,_goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .exec */ .m0)(file, config.args ?? [], {
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
            throw fail(this.target, `: the exec plugin '${command}' cannot be started: ${err instanceof _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo ? 'not found' : (0,_goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`, config.installHint ||
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
                this.events.setSecret(s);
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


/***/ }),

/***/ 3401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseClusters)
/* harmony export */ });
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85845);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77817);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);



const INPUT = 'clusters';
const KEYS = ['name', 'kubeconfig', 'context', 'namespace', 'image', 'node-selector'];
const NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_KEY = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^(|[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)$/;
const FORM = 'a YAML list: one entry per cluster, a context name (`- eu-west`) or a mapping with name and kubeconfig or context (and optionally namespace, image, node-selector)';
function fail(problem, hint) {
    throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(INPUT, problem, FORM, hint);
}
/** Parses the `clusters` input; an empty value gives an empty list (the single-cluster rollout). */
function parseClusters(text) {
    if (text.trim() === '')
        return [];
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        fail(`is not valid YAML: ${e.message.split('\n')[0]} (line ${lines.linePos(e.pos[0]).line})`);
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(doc.contents))
        fail('is not a YAML list', 'Start each cluster with "- ", e.g.\n- name: eu-west\n  context: eu-west\n- name: us-east\n  kubeconfig: kube/us-east.yaml');
    const specs = [];
    for (const item of doc.contents.items) {
        const line = lines.linePos(item?.range?.[0] ?? 0).line;
        const at = `entry at line ${line}`;
        let spec;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item) && typeof item.value === 'string') {
            spec = { name: item.value, context: item.value, line };
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item)) {
            const raw = item.toJSON();
            const unknown = Object.keys(raw).filter((k) => !KEYS.includes(k));
            if (unknown.length > 0)
                fail(`${at} has unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `'${k}'`).join(', ')}`, `Keys: ${KEYS.join(', ')}.`);
            const str = (key) => {
                const v = raw[key];
                if (v === undefined || v === null)
                    return undefined;
                if (typeof v !== 'string' || v.trim() === '')
                    fail(`${at}: ${key} must be a non-empty string`);
                return v.trim();
            };
            const name = str('name');
            if (!name)
                fail(`${at} has no name`);
            spec = {
                name,
                kubeconfig: str('kubeconfig'),
                context: str('context'),
                namespace: str('namespace'),
                image: str('image'),
                nodeSelector: nodeSelector(raw['node-selector'], `cluster '${name}'`),
                line,
            };
            if (!spec.kubeconfig && !spec.context)
                fail(`cluster '${name}' has neither kubeconfig nor context`, 'Give its own kubeconfig (path, content or base64), or a context of the `kubeconfig` input.');
        }
        else {
            fail(`${at} is neither a context name nor a mapping`);
        }
        checkSpec(spec);
        if (specs.some((s) => s.name === spec.name))
            fail(`cluster '${spec.name}' is listed twice (line ${line})`, 'Give each cluster a unique name.');
        specs.push(spec);
    }
    if (specs.length === 0)
        fail('is an empty list');
    return specs;
}
function checkSpec(s) {
    if (!NAME.test(s.name))
        fail(`cluster name '${s.name}' (line ${s.line}) is not valid`, 'A name is 1-63 letters, digits, -, _ or ., starting and ending with a letter or digit.');
    if (s.namespace && !NAMESPACE.test(s.namespace))
        fail(`cluster '${s.name}': namespace '${s.namespace}' is not a valid namespace name (a DNS label)`);
    if (s.image) {
        let digest;
        try {
            digest = (0,_goship_contract__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(s.image).digest;
        }
        catch (err) {
            if (err instanceof _goship_contract__WEBPACK_IMPORTED_MODULE_2__/* .InvalidReferenceError */ .x_)
                fail(`cluster '${s.name}': image ${err.message}`);
            throw err;
        }
        if (!(0,_goship_contract__WEBPACK_IMPORTED_MODULE_2__/* .isDigest */ .Bc)(digest ?? ''))
            fail(`cluster '${s.name}': image '${s.image}' is not pinned by digest`, 'A per-cluster image is the same image from another registry (a regional mirror): <host>/<repository>@sha256:<the digest the manifests deploy>.');
    }
}
function nodeSelector(value, who) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'object' || Array.isArray(value))
        fail(`${who}: node-selector must be a mapping of label keys to values, e.g. {kubernetes.io/arch: arm64}`);
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (!LABEL_KEY.test(k))
            fail(`${who}: node-selector key '${k}' is not a valid label key`);
        if (typeof v === 'object' && v !== null)
            fail(`${who}: node-selector value of '${k}' must be a string`);
        const text = String(v ?? '');
        if (!LABEL_VALUE.test(text))
            fail(`${who}: node-selector value '${text}' of '${k}' is not a valid label value`);
        out[k] = text;
    }
    return out;
}


/***/ }),

/***/ 25839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ readFleetOptions)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65030);
/* harmony import */ var _clusters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3401);
/* harmony import */ var _waves_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75258);



/** The fleet inputs on top of the single-cluster ones; undefined when `clusters` is empty (one cluster). */
function readFleetOptions(inputs, ctx) {
    const clusters = (0,_clusters_js__WEBPACK_IMPORTED_MODULE_0__/* .parseClusters */ .l)(inputs.string('clusters'));
    if (clusters.length === 0)
        return undefined;
    const { kubeContext: _, ...single } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readRolloutOptions */ .wT)(inputs, ctx);
    return {
        ...single,
        clusters,
        waves: (0,_waves_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWaves */ .a)(inputs.string('waves') || '1, 25%, rest'),
        maxParallel: inputs.integer('max-parallel', { min: 1, max: 100, fallback: 10 }),
        pauseMs: inputs.duration('pause-between', 0),
        skipUnreachable: inputs.boolean('skip-unreachable', false),
    };
}


/***/ }),

/***/ 75258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ planWaves),
/* harmony export */   a: () => (/* binding */ parseWaves)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26415);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77817);

const INPUT = 'waves';
const EXPECTED = 'wave sizes in order, e.g. `1, 25%, rest`: a count, a percentage of the clusters, or rest (last)';
function parseWaves(text) {
    const items = (0,_goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .splitList */ .ry)(text);
    if (items.length === 0)
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(INPUT, 'is empty', EXPECTED);
    return items.map((item, i) => {
        const value = item.trim().toLowerCase();
        if (value === 'rest') {
            if (i !== items.length - 1)
                throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(INPUT, `'rest' is wave ${i + 1} of ${items.length}`, EXPECTED, 'rest takes every remaining cluster, so it can only be the last wave.');
            return { rest: true };
        }
        const pct = /^(\d+(?:\.\d+)?)%$/.exec(value);
        if (pct) {
            const percent = Number(pct[1]);
            if (percent <= 0 || percent > 100)
                throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(INPUT, `'${item}' (wave ${i + 1}) is not between 0% and 100%`, EXPECTED);
            return { percent };
        }
        if (/^\d+$/.test(value)) {
            const count = Number(value);
            if (count < 1)
                throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(INPUT, `'${item}' (wave ${i + 1}) is zero clusters`, EXPECTED);
            return { count };
        }
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(INPUT, `'${item}' (wave ${i + 1}) is not a wave size`, EXPECTED);
    });
}
/** Splits `total` clusters (by index, in order) into waves; every wave holds at least one cluster. */
function planWaves(total, sizes) {
    const waves = [];
    let next = 0;
    for (let i = 0; next < total; i++) {
        const size = sizes[Math.min(i, sizes.length - 1)];
        const n = 'rest' in size
            ? total - next
            : 'percent' in size
                ? Math.max(1, Math.ceil((total * size.percent) / 100 - 1e-9))
                : size.count;
        const end = Math.min(total, next + n);
        waves.push(Array.from({ length: end - next }, (_, k) => next + k));
        next = end;
    }
    return waves;
}


/***/ }),

/***/ 65030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bn: () => (/* binding */ rolloutKubeconfig),
/* harmony export */   k4: () => (/* binding */ liveFacts),
/* harmony export */   wT: () => (/* binding */ readRolloutOptions)
/* harmony export */ });
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55838);
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85845);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77817);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79816);
/* harmony import */ var _kubeconfig_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85724);
/*
 * k8s-rollout's inputs read into stage options (the action's adapter and packages/pipeline both use it), and
 * what the live cluster says about a deployed Service (the pipeline's integrity report).
 */




const ANNOTATION_KEY = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
function readRolloutOptions(inputs, ctx) {
    return {
        context: { workspace: ctx.workspace, ...ctx.run, kubeconfigEnv: ctx.env.KUBECONFIG, home: ctx.env.HOME },
        kubeconfig: inputs.string('kubeconfig'),
        kubeconfigFromEnv: inputs.boolean('kubeconfig-from-env', false),
        insecure: inputs.boolean('insecure', false),
        kubeContext: inputs.string('context'),
        manifests: inputs.list('manifests'),
        namespace: inputs.optional('namespace'),
        timeoutMs: inputs.duration('timeout', 600_000),
        waitFor: inputs.list('wait-for'),
        applySet: inputs.optional('apply-set'),
        prune: inputs.boolean('prune', false),
        pruneKinds: inputs.list('prune-kinds'),
        serverSide: inputs.boolean('server-side', true),
        force: inputs.boolean('force-conflicts', false),
        rollback: inputs.enum('rollback', ['auto', 'never'], 'auto'),
        onFirstFailure: inputs.enum('on-first-failure', ['keep', 'delete'], 'keep'),
        failureThreshold: inputs.integer('failure-threshold', { min: 1, max: 1000, fallback: 3 }),
        settleMs: inputs.duration('settle-time', 10_000),
        version: inputs.optional('version'),
        annotations: inputs.keyValues('annotations', {
            keyPattern: ANNOTATION_KEY,
            keyForm: 'an annotation key such as example.com/name',
        }),
        github: readGitHubDeployment(inputs, ctx),
        signal: ctx.signal,
        log: ctx.log,
    };
}
/** The kubeconfig the rollout options name (input, KUBECONFIG, ~/.kube/config): read and checked, not contacted. */
function rolloutKubeconfig(o) {
    return (0,_kubeconfig_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveKubeconfig */ .a8)({
        value: o.kubeconfig,
        fromEnv: o.kubeconfigFromEnv,
        insecure: o.insecure,
        context: o.kubeContext,
        cwd: o.context.workspace,
        env: { KUBECONFIG: o.context.kubeconfigEnv },
        home: o.context.home,
    });
}
function readGitHubDeployment(inputs, ctx) {
    const environment = inputs.optional('environment');
    if (!environment)
        return undefined;
    const token = inputs.string('github-token');
    if (!token)
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('github-token', 'is empty while environment is set', 'a token with deployments: write (the default ${{ github.token }})');
    ctx.log.setSecret(token);
    return {
        environment,
        environmentUrl: inputs.optional('environment-url'),
        token,
        apiUrl: ctx.env.GITHUB_API_URL || 'https://api.github.com',
        required: inputs.boolean('github-required', false),
    };
}
/**
 * The Service's EndpointSlice ports, the Deployment's goship.dev/version annotation and the image digest
 * its running pods report (imageID): what the cluster really runs, not what was sent to it.
 */
async function liveFacts(options, target, signal) {
    const kubeconfig = rolloutKubeconfig(options);
    const client = await _client_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeClient */ .Bx.create(kubeconfig, options.log);
    const ns = encodeURIComponent(target.namespace);
    const facts = [];
    const slices = await client.request('GET', `/apis/discovery.k8s.io/v1/namespaces/${ns}/endpointslices?labelSelector=${encodeURIComponent(`kubernetes.io/service-name=${target.service}`)}`, { signal });
    for (const s of slices.items)
        for (const p of s.ports ?? [])
            facts.push({
                subject: 'port',
                where: `EndpointSlice ${s.metadata.name} port ${p.name ?? ''} (${(s.endpoints ?? []).length} endpoints)`,
                value: p.port,
            });
    const deployment = await client.request('GET', `/apis/apps/v1/namespaces/${ns}/deployments/${encodeURIComponent(target.deployment)}`, { signal });
    facts.push({
        subject: 'version',
        where: `Deployment/${target.deployment} ${_goship_contract__WEBPACK_IMPORTED_MODULE_3__/* .VERSION_ANNOTATION */ .F8}`,
        value: deployment.metadata.annotations?.[_goship_contract__WEBPACK_IMPORTED_MODULE_3__/* .VERSION_ANNOTATION */ .F8],
    });
    const selector = Object.entries(deployment.spec.selector?.matchLabels ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
    const pods = await client.request('GET', `/api/v1/namespaces/${ns}/pods?labelSelector=${encodeURIComponent(selector)}`, { signal });
    for (const pod of pods.items)
        for (const c of pod.status?.containerStatuses ?? [])
            facts.push({
                subject: 'digest',
                where: `Pod ${pod.metadata.name} ${c.name} imageID`,
                value: (0,_goship_contract__WEBPACK_IMPORTED_MODULE_4__/* .splitPinnedReference */ .I2)(c.imageID ?? '')?.digest,
            });
    return facts;
}


/***/ })

};
