export const id = 4620;
export const ids = [4620,2239,3932];
export const modules = {

/***/ 93932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   APPLY_SET_LABEL: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.H3),
/* harmony export */   ApiError: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_1__.hD),
/* harmony export */   CHANGE_CAUSE: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.HX),
/* harmony export */   ConnectionError: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_1__.Rc),
/* harmony export */   Credentials: () => (/* reexport safe */ _credentials_js__WEBPACK_IMPORTED_MODULE_3__.J),
/* harmony export */   Discovery: () => (/* reexport safe */ _discovery_js__WEBPACK_IMPORTED_MODULE_4__.TB),
/* harmony export */   FIELD_MANAGER: () => (/* reexport safe */ _apply_js__WEBPACK_IMPORTED_MODULE_0__.vy),
/* harmony export */   KubeClient: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_1__.Bx),
/* harmony export */   WORKLOAD_KINDS: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.i6),
/* harmony export */   applyObject: () => (/* reexport safe */ _apply_js__WEBPACK_IMPORTED_MODULE_0__.qi),
/* harmony export */   buildPlan: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.Gg),
/* harmony export */   collectSecrets: () => (/* reexport safe */ _kubeconfig_js__WEBPACK_IMPORTED_MODULE_5__.qb),
/* harmony export */   connect: () => (/* reexport safe */ _connect_js__WEBPACK_IMPORTED_MODULE_2__.N),
/* harmony export */   explainApplyError: () => (/* reexport safe */ _apply_js__WEBPACK_IMPORTED_MODULE_0__.o2),
/* harmony export */   fieldPath: () => (/* reexport safe */ _apply_js__WEBPACK_IMPORTED_MODULE_0__.cn),
/* harmony export */   kindRank: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.xg),
/* harmony export */   kubeconfigDir: () => (/* reexport safe */ _kubeconfig_js__WEBPACK_IMPORTED_MODULE_5__.xW),
/* harmony export */   loadManifests: () => (/* reexport safe */ _manifests_js__WEBPACK_IMPORTED_MODULE_6__.D),
/* harmony export */   mergePatch: () => (/* reexport safe */ _apply_js__WEBPACK_IMPORTED_MODULE_0__.bW),
/* harmony export */   objectKey: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.T5),
/* harmony export */   objectRef: () => (/* reexport safe */ _types_js__WEBPACK_IMPORTED_MODULE_8__.D),
/* harmony export */   parseManifests: () => (/* reexport safe */ _manifests_js__WEBPACK_IMPORTED_MODULE_6__.Y),
/* harmony export */   parseStatus: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_1__.i$),
/* harmony export */   resolveKubeconfig: () => (/* reexport safe */ _kubeconfig_js__WEBPACK_IMPORTED_MODULE_5__.a8),
/* harmony export */   resourcePath: () => (/* reexport safe */ _discovery_js__WEBPACK_IMPORTED_MODULE_4__.oU),
/* harmony export */   splitApiVersion: () => (/* reexport safe */ _discovery_js__WEBPACK_IMPORTED_MODULE_4__.Np),
/* harmony export */   toLabelValue: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.NN),
/* harmony export */   workloadKind: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.K5)
/* harmony export */ });
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23880);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56545);
/* harmony import */ var _connect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70746);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6089);
/* harmony import */ var _discovery_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61990);
/* harmony import */ var _kubeconfig_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38357);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59842);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(45209);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53629);
// How goship reaches a Kubernetes API server: the kubeconfig, its credentials (exec plugins, token files,
// client certificates, basic auth), the HTTPS client with the kubeconfig's TLS, the connection check and
// discovery — and speaking the API about objects: manifests parsed at file:line, the apply plan, server-side
// apply and its errors explained. Below every stage: k8s-rollout (@goship/kube), the smoke test's service
// proxy (@goship/probe), the render preview (@goship/manifests) and the pipeline's live facts reach a
// cluster only through here.











/***/ }),

/***/ 38357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a8: () => (/* binding */ resolveKubeconfig),
/* harmony export */   qb: () => (/* binding */ collectSecrets),
/* harmony export */   xW: () => (/* binding */ kubeconfigDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77051);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43439);





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
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, 'is empty', EXPECTED, 'Pass a kubeconfig, e.g. `kubeconfig: ${{ secrets.KUBECONFIG }}`; or set `kubeconfig-from-env: true` to use the KUBECONFIG environment variable (else ~/.kube/config) of the runner.');
    }
    if (value === '') {
        const fromEnv = (env.KUBECONFIG ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).find((p) => p !== '');
        const fallback = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(opts.home ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.kube/config');
        path = fromEnv ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, fromEnv) : fallback;
        source = fromEnv ? 'KUBECONFIG' : 'default';
        if (!isFile(path)) {
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, fromEnv
                ? `is empty (kubeconfig-from-env: true) and KUBECONFIG points at '${fromEnv}', which does not exist`
                : 'is empty (kubeconfig-from-env: true) and there is no KUBECONFIG nor ~/.kube/config', EXPECTED, 'Pass a kubeconfig, e.g. `kubeconfig: ${{ secrets.KUBECONFIG }}`.');
        }
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    else if (looksLikeYaml(value)) {
        text = value;
        source = 'content';
    }
    else if (isPathLike(value) && isFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, expandHome(value, opts.home)))) {
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, expandHome(value, opts.home));
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
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
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, `file '${value}' does not exist`, EXPECTED, 'Check the path (relative paths start at the workspace).');
        }
        else {
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, `the value (${value.length} characters) is neither YAML, base64 nor an existing file`, EXPECTED);
        }
    }
    // Parse errors give the position only: their messages would quote the (secret) content. A duplicate key
    // is an error (as kubectl's strict decoding has it): which of two tokens or servers wins is not a guess to make.
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_3__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const at = lineCounter.linePos(first.pos[0]);
        const where = `line ${at.line}, column ${at.col}${path ? ` (${path})` : ''}`;
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, first.code === 'DUPLICATE_KEY'
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
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, 'uses too many YAML aliases (more than 100)', EXPECTED);
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, 'is not a YAML mapping', `${EXPECTED} (apiVersion: v1, kind: Config, clusters, users, contexts)`);
    }
    const config = raw;
    secrets.push(...collectSecrets(config));
    const selected = selectContext(config, opts.context?.trim() ?? '');
    const warnings = checkTransport(selected, opts.insecure ?? false);
    return { text, source, path, secrets: unique(secrets), ...selected, warnings };
}
/** The folder that relative certificate paths in a file-based kubeconfig resolve against. */
function kubeconfigDir(resolved) {
    return resolved.path ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(resolved.path) : undefined;
}
function selectContext(config, wanted) {
    const contexts = (config.contexts ?? []).filter((c) => c?.name);
    const names = contexts.map((c) => c.name);
    const list = names.length > 0 ? names.map((n) => `'${n}'`).join(', ') : 'none';
    let name = wanted || config['current-context'] || '';
    if (!name) {
        if (contexts.length !== 1) {
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('context', `is empty and the kubeconfig has no current-context (its contexts: ${list})`, 'the name of one of the kubeconfig contexts');
        }
        name = names[0];
    }
    const ctx = contexts.find((c) => c.name === name);
    if (!ctx) {
        const input = wanted ? 'context' : INPUT;
        const problem = wanted
            ? `'${name}' is not a context in the kubeconfig`
            : `its current-context '${name}' is not among its contexts`;
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(input, `${problem} (it has: ${list})`, 'the name of one of the kubeconfig contexts');
    }
    const clusterName = ctx.context?.cluster ?? '';
    const cluster = (config.clusters ?? []).find((c) => c?.name === clusterName);
    if (!cluster?.cluster?.server) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, `context '${name}' refers to cluster '${clusterName}', which ${cluster ? 'has no server URL' : 'is not in the kubeconfig'}`, 'a kubeconfig whose context names a cluster with a server URL');
    }
    const userName = ctx.context?.user ?? '';
    const user = (config.users ?? []).find((u) => u?.name === userName);
    if (userName && !user) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, `context '${name}' refers to user '${userName}', which is not in the kubeconfig`, 'a kubeconfig whose context names one of its users');
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
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, `cluster '${selected.cluster}' has a server that is not a URL: '${selected.server}'`, 'a server URL such as https://10.0.0.1:6443');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, `cluster '${selected.cluster}' has server '${selected.server}' with scheme ${url.protocol}`, 'an https:// server URL');
    }
    const problems = [];
    if (url.protocol === 'http:')
        problems.push(`server ${selected.server} is plain http: requests and credentials travel unencrypted and the server is not authenticated`);
    if (selected.clusterEntry['insecure-skip-tls-verify'] === true)
        problems.push(`cluster '${selected.cluster}' sets insecure-skip-tls-verify: true: the server's certificate is not verified`);
    if (problems.length > 0 && !insecure) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('insecure', `is not set, and the kubeconfig's ${problems.join('; and ')}`, 'a kubeconfig with an https server and its certificate-authority(-data)', 'Add the cluster CA to the kubeconfig (certificate-authority-data), or set `insecure: true` to accept an unverified connection.');
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
    return p === '~' || p.startsWith('~/') ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(home ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), p.slice(2)) : p;
}
function isFile(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile();
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
function unique(values) {
    return [...new Set(values)];
}


/***/ }),

/***/ 52868:
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


/***/ })

};
