export const id = 6698;
export const ids = [6698];
export const modules = {

/***/ 65078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bW: () => (/* binding */ mergePatch),
/* harmony export */   cn: () => (/* binding */ fieldPath),
/* harmony export */   o2: () => (/* binding */ explainApplyError),
/* harmony export */   qi: () => (/* binding */ applyObject),
/* harmony export */   vy: () => (/* binding */ FIELD_MANAGER)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77817);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28571);
/* harmony import */ var _discovery_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11784);



/*
 * Server-side apply (PATCH application/apply-patch+yaml, field manager `goship`), with dryRun=All for
 * validation, strict field validation (unknown fields are errors, as kubectl --validate=strict), and
 * errors turned into messages that name the object, its file:line, the field and the fix.
 */
const FIELD_MANAGER = 'goship';
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
async function applyObject(client, p, opts, dryRun) {
    const name = p.object.metadata.name;
    const path = (0,_discovery_js__WEBPACK_IMPORTED_MODULE_0__/* .resourcePath */ .oU)(p.info, p.object.metadata.namespace, name);
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
        if (!(err instanceof _client_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && err.statusCode === 404))
            throw err;
    }
    if (!live) {
        const collection = (0,_discovery_js__WEBPACK_IMPORTED_MODULE_0__/* .resourcePath */ .oU)(p.info, p.object.metadata.namespace);
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
    if (!(err instanceof _client_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD))
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
        return new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${atField(field)}: ${what}: ${fields.length > 1 ? `fields ${fields.join(', ')} are` : `field ${field} is`} immutable and differ${fields.length > 1 ? '' : 's'} from the live object (the server said: ${message})`, {
            hint: `The server keeps ${field} as it was created. Either keep the old value in the manifest, or replace the object: delete it (\`kubectl delete ${obj.kind.toLowerCase()} ${obj.metadata.name}${obj.metadata.namespace ? ` -n ${obj.metadata.namespace}` : ''}\`; its pods are recreated) and run again, or deploy it under a new name.`,
            location: location(field),
            cause: err,
        });
    }
    if (err.statusCode === 409 && /conflict/i.test(message)) {
        const managers = [...message.matchAll(/conflict with "([^"]+)"/g)].map((m) => m[1]);
        const fields = [...message.matchAll(/:\s*(\.[\w.[\]="-]+)/g)].map((m) => m[1]);
        return new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${atField(fields[0])}: ${what}: ${message}`, {
            hint: `Field${fields.length > 1 ? 's' : ''} ${fields.join(', ') || '(see above)'} ${fields.length > 1 ? 'are' : 'is'} owned by another field manager (${[...new Set(managers)].join(', ') || 'unknown'}), and the manifest sets a different value. Set \`force-conflicts: true\` to take them over, or remove them from the manifest to leave them to that manager.`,
            location: location(fields[0]),
            cause: err,
        });
    }
    if (err.statusCode === 404 && err.status.details?.kind === 'namespaces') {
        const ns = err.status.details.name ?? obj.metadata.namespace;
        return new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${at}: ${what}: namespace '${ns}' does not exist on the server`, {
            hint: `Create the namespace first or add a Namespace manifest for '${ns}' to the manifests.`,
            location: location('metadata.namespace'),
            cause: err,
        });
    }
    if (err.statusCode === 403) {
        return new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${at}: ${what}: forbidden: ${message}`, {
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
        return new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${atField(first)}: ${what} is invalid: ${message}`, {
            hint: 'Fix the manifest; the server rejected it before anything was changed.',
            location: location(first),
            cause: err,
        });
    }
    return new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${at}: ${what}: the API server answered ${err.statusCode} ${err.reason}: ${message}`, { location: location(), cause: err });
}


/***/ }),

/***/ 28571:
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
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47844);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96836);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48822);





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
        return new KubeClient(new _credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .Credentials */ .J(target, log), target, log);
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
            beyondAttempts: (err) => {
                outage =
                    this.answered &&
                        (err instanceof ConnectionError || (err instanceof ApiError && err.statusCode === 503));
                return outage && Date.now() - started < OUTAGE_TOLERANCE_MS;
            },
            onRetry: (err, attempt, delay) => this.log.info(`  ${method} ${path}: ${(0,_goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}; retrying in ${delay} ms (attempt ${attempt + 1}${!outage ? '' : `; the API server answered before: waiting up to ${OUTAGE_TOLERANCE_MS / 1000} s for it`})`),
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
            const proxy = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_5__/* .proxyAgentOptions */ .aB)(this.target.proxy, https);
            const agent = https
                ? new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true, ...tls, ...proxy })
                : new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, ...proxy });
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
                    const req = (https ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request)(url, { method, headers, agent: this.agentFor(tls, https), signal }, (message) => resolve({ statusCode: message.statusCode ?? 0, message }));
                    req.on('error', reject);
                    req.end(body);
                });
            }
            catch (err) {
                if (opts.signal?.aborted)
                    throw opts.signal.reason ?? err;
                // A refused tunnel quotes the proxy's URL, password included: named without it, and not retried.
                const proxied = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_5__/* .apiServerProxyFailure */ .qB)(err, this.target.proxy, url);
                if (proxied)
                    throw proxied;
                const failure = toConnectionError(err, method, path, signal);
                if (!this.target.proxy)
                    throw failure;
                throw new ConnectionError((0,_goship_kit__WEBPACK_IMPORTED_MODULE_6__/* .redactProxy */ .YP)(failure.message, this.target.proxy), failure.code, failure.retryable);
            }
            this.answered ||= !this.target.proxy || https;
            // Through a proxy to a plain-http server, the proxy's own refusal is an answer: not the API server's.
            if (res.statusCode === 407 && this.target.proxy && !https) {
                res.message.resume();
                throw (0,_goship_kit__WEBPACK_IMPORTED_MODULE_6__/* .proxyRefusal */ .vd)(this.target.proxy, url, 407);
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

/***/ 10228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ connect)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77817);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28571);


/**
 * Loads the client, checks the server answers (retrying a while: a cluster that is just starting, a
 * flaky network), and that our credentials are accepted — before anything is validated or applied.
 */
async function connect(target, log, signal) {
    const client = await _client_js__WEBPACK_IMPORTED_MODULE_0__/* .KubeClient */ .Bx.create(target, log);
    // Who we are is asked alongside: one round trip, not two, before the real work starts.
    const review = client
        .request('POST', '/apis/authentication.k8s.io/v1/selfsubjectreviews', { body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' }, signal, attempts: 1 })
        .then((r) => r.status?.userInfo?.username, 
    // Older servers or restricted RBAC: who we are is only a nicety, a 401 is not.
    (err) => err instanceof _client_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD ? undefined : err instanceof Error ? err : new Error(String(err)));
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
        if (err instanceof _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo && /Cannot reach/.test(err.message)) {
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${err.message} (gave up after 5 attempts)`, { hint: err.hint, cause: err });
        }
        throw err;
    }
    let username = await review;
    if (username instanceof Error) {
        // The server answered /version, so this was no outage: ask once more, as before.
        username = await client
            .request('POST', '/apis/authentication.k8s.io/v1/selfsubjectreviews', { body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' }, signal })
            .then((r) => r.status?.userInfo?.username, (err) => {
            if (err instanceof _client_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD)
                return undefined;
            throw err;
        });
    }
    return { client, serverVersion: version.gitVersion ?? 'unknown', username };
}


/***/ }),

/***/ 96836:
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
/* harmony import */ var _kubeconfig_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92435);




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


/***/ }),

/***/ 11784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Np: () => (/* binding */ splitApiVersion),
/* harmony export */   TB: () => (/* binding */ Discovery),
/* harmony export */   oU: () => (/* binding */ resourcePath)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28571);

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
            if (err instanceof _client_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && err.statusCode === 404)
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
                if (err instanceof _client_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && (err.statusCode === 404 || err.statusCode === 406))
                    return undefined;
                throw err;
            });
            this.lists.set(apiVersion, p);
        }
        return p;
    }
}


/***/ }),

/***/ 52720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ loadManifests),
/* harmony export */   Y: () => (/* binding */ parseManifests)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67721);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77817);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60884);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);





/**
 * Reads every object from the given files/folders/globs. Parsed in the chain's YAML dialect
 * (@goship/contract: YAML 1.1 as kubectl's go-yaml reads it, so `0644` is octal and `yes` is a boolean,
 * exactly what the API server would get from kubectl). All problems in all files are reported together.
 */
function loadManifests(patterns, cwd, input = 'manifests') {
    if (patterns.length === 0) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, 'is empty', 'manifest files, folders or globs (one per line)');
    }
    const expanded = (0,_goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .expandPatterns */ .q)(patterns, cwd, { files: /\.(ya?ml|json)$/i, input });
    const missing = expanded.filter((e) => e.matched === 0).map((e) => e.pattern);
    if (missing.length > 0) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `${missing.map((m) => `'${m}'`).join(', ')} matched no manifest file`, 'existing files, folders with *.yaml/*.yml/*.json files, or globs that match some', `Paths are relative to the workspace (${cwd}).`);
    }
    const manifests = [];
    const errors = [];
    for (const file of expanded.flatMap((e) => e.files)) {
        const display = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, file) || file;
        try {
            manifests.push(...parseManifests((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), display, errors));
        }
        catch (err) {
            errors.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${display}: cannot read: ${err.message}`, { location: { file: display } }));
        }
    }
    if (errors.length > 0)
        throw (0,_goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .aggregate */ .QD)(errors, `${errors.length} problems in the manifests`);
    if (manifests.length === 0) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `the files (${expanded.flatMap((e) => e.files).length}) hold no Kubernetes objects`, 'at least one object');
    }
    return manifests;
}
/** Parses one file's documents; problems go to `errors` (each at file:line), good objects are returned. */
function parseManifests(text, file, errors) {
    const stream = (0,_goship_contract__WEBPACK_IMPORTED_MODULE_5__/* .parseYamlStream */ .b8)(text);
    const out = [];
    const line = (offset) => stream.position(offset).line;
    stream.documents.forEach((doc, index) => {
        const problems = (0,_goship_contract__WEBPACK_IMPORTED_MODULE_5__/* .documentProblems */ .s9)(doc, stream);
        // An empty document (a trailing `---`, only comments) holds no object.
        const read = problems.length === 0 && !(0,_goship_contract__WEBPACK_IMPORTED_MODULE_5__/* .isEmptyDocument */ .n6)(doc) ? (0,_goship_contract__WEBPACK_IMPORTED_MODULE_5__/* .documentValue */ .H5)(doc, stream) : undefined;
        if (read?.problem)
            problems.push(read.problem);
        for (const p of problems) {
            errors.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}:${p.line}: invalid YAML: ${p.message}`, {
                location: { file, line: p.line, column: p.column },
            }));
        }
        if (!read || read.problem || !doc.contents)
            return;
        const start = line(doc.contents.range[0]);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(doc.contents)) {
            errors.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}:${start}: document ${index + 1} is not a mapping (a Kubernetes object)`, {
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
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(parent)) {
                const pair = parent.items.find((p) => ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) ? p.key.value : p.key) === last);
                const key = pair?.key;
                return key?.range ? line(key.range[0]) : undefined;
            }
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(parent) && typeof last === 'number') {
                const item = parent.items[last];
                return item?.range ? line(item.range[0]) : undefined;
            }
            return undefined;
        };
        if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
            const items = doc.getIn(['items'], true);
            value.items.forEach((item, i) => {
                const node = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(items)
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
        errors.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${where}: ${problem}`, { hint, location: { file: origin.file, line } }));
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


/***/ }),

/***/ 22079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   H3: () => (/* binding */ APPLY_SET_LABEL),
/* harmony export */   HX: () => (/* binding */ CHANGE_CAUSE),
/* harmony export */   K5: () => (/* binding */ workloadKind),
/* harmony export */   NN: () => (/* binding */ toLabelValue),
/* harmony export */   T5: () => (/* binding */ objectKey),
/* harmony export */   i6: () => (/* binding */ WORKLOAD_KINDS),
/* harmony export */   xg: () => (/* reexport safe */ _goship_contract__WEBPACK_IMPORTED_MODULE_0__.x)
/* harmony export */ });
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41939);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77817);


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
                errors.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${at}: ${src.kind} ${name} is cluster-scoped but sets metadata.namespace '${namespace}'`, {
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
            errors.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${at}: ${src.kind} ${name} is in namespace '${namespace}', but the 'namespace' input is '${opts.namespace}' (namespace mismatch)`, {
                hint: `The input only fills objects without a namespace and never overrides one. Remove metadata.namespace from the manifest, set the input to '${namespace}', or leave the input empty to deploy each object to its own namespace.`,
                location,
            }));
            continue;
        }
        const key = objectKey(info, namespace, name);
        const first = seen.get(key);
        if (first) {
            errors.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${at}: ${src.kind} ${namespace ? `${namespace}/` : ''}${name} is defined twice (first at ${first.origin.file}:${first.origin.line})`, {
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
        throw (0,_goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .aggregate */ .QD)(errors, `${errors.length} problems in the manifests`);
    // Stable: same rank keeps the manifests' order.
    return planned
        .map((p, i) => ({ p, i }))
        .sort((a, b) => (0,_goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .kindRank */ .x)(a.p.info.kind) - (0,_goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .kindRank */ .x)(b.p.info.kind) || a.i - b.i)
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


/***/ }),

/***/ 40063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ objectRef)
/* harmony export */ });
/*
 * The shapes of the raw JSON the API server sends that every caller reads: object metadata and the `Status`
 * of an error. We talk to the API with plain JSON (not client-node's model classes, whose deserializer turns
 * timestamps into Dates and drops unknown fields), so these types describe the wire format.
 */
function objectRef(obj) {
    const ns = obj.metadata.namespace ? `${obj.metadata.namespace}/` : '';
    return `${obj.kind} ${ns}${obj.metadata.name ?? obj.metadata.generateName ?? '?'}`;
}


/***/ })

};
