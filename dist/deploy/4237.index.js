export const id = 4237;
export const ids = [4237];
export const modules = {

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

/***/ 16495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseClusters)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77051);
/* harmony import */ var _goship_oci__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6426);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43439);



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
            digest = (0,_goship_oci__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(s.image).digest;
        }
        catch (err) {
            if (err instanceof _goship_oci__WEBPACK_IMPORTED_MODULE_2__/* .InvalidReferenceError */ .x_)
                fail(`cluster '${s.name}': image ${err.message}`);
            throw err;
        }
        if (!digest?.startsWith('sha256:'))
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

/***/ 74237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ readFleetOptions)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54236);
/* harmony import */ var _clusters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16495);
/* harmony import */ var _waves_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27496);



/** The fleet inputs on top of the single-cluster ones; undefined when `clusters` is empty (one cluster). */
function readFleetOptions(inputs, ctx) {
    const clusters = (0,_clusters_js__WEBPACK_IMPORTED_MODULE_0__/* .parseClusters */ .l)(inputs.string('clusters'));
    if (clusters.length === 0)
        return undefined;
    const { kubeContext: _, ...single } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readRolloutOptions */ .w)(inputs, ctx);
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

/***/ 27496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ planWaves),
/* harmony export */   a: () => (/* binding */ parseWaves)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79341);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77051);

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

/***/ 54236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ rolloutKubeconfig),
/* harmony export */   w: () => (/* binding */ readRolloutOptions)
/* harmony export */ });
/* harmony import */ var _goship_cluster__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38357);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77051);
/*
 * k8s-rollout's inputs read into stage options (the action's adapter and packages/pipeline both use it).
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
    return (0,_goship_cluster__WEBPACK_IMPORTED_MODULE_0__/* .resolveKubeconfig */ .a8)({
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


/***/ }),

/***/ 6426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ TAG_PATTERN),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   O9: () => (/* binding */ digestReference),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   ZD: () => (/* binding */ familiarReference),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   dc: () => (/* binding */ lowercaseName),
/* harmony export */   fH: () => (/* binding */ isValidDigest),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   sg: () => (/* binding */ DOCKER_HUB_API),
/* harmony export */   x_: () => (/* binding */ InvalidReferenceError)
/* harmony export */ });
/*
 * Image references as the Docker/OCI tooling reads them (distribution/reference's grammar):
 *   [registry[:port]/]path[:tag][@algorithm:hex]
 * The first path component is a registry only when it contains '.' or ':' or is 'localhost' (or is
 * upper-case, which a repository path never may be); otherwise the reference is on Docker Hub, where a
 * single-component name lives under `library/` (`nginx` → docker.io/library/nginx).
 */
const DOCKER_HUB = 'docker.io';
/** The host that actually serves Docker Hub's Distribution API. */
const DOCKER_HUB_API = 'registry-1.docker.io';
/** Registry tag grammar (distribution/reference `tag`): 1–128 chars, no leading '.' or '-'. */
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const DIGEST_PATTERN = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
const MAX_NAME_LENGTH = 255;
class InvalidReferenceError extends Error {
    reference;
    problem;
    constructor(reference, problem) {
        super(`'${reference}' is not a valid image reference: ${problem}`);
        this.reference = reference;
        this.problem = problem;
        this.name = 'InvalidReferenceError';
    }
}
function isValidTag(tag) {
    return TAG_PATTERN.test(tag);
}
function isValidDigest(digest) {
    if (!DIGEST_PATTERN.test(digest))
        return false;
    return !digest.startsWith('sha256:') || SHA256_DIGEST.test(digest);
}
function isDomain(component) {
    return (component.includes('.') ||
        component.includes(':') ||
        component === 'localhost' ||
        component !== component.toLowerCase());
}
function validDomain(domain) {
    // host[:port] or [ipv6]:port
    const m = /^(\[[0-9a-fA-F:.]+\]|[^:]+)(?::(\d+))?$/.exec(domain);
    if (!m)
        return false;
    const [, host, port] = m;
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535))
        return false;
    if (host.startsWith('['))
        return true;
    return host.split('.').every((c) => DOMAIN_COMPONENT.test(c));
}
/**
 * Parses a reference; `tag`/`digest` stay undefined when absent (callers pick a default).
 * Throws InvalidReferenceError naming the part that is wrong.
 */
function parseReference(input) {
    const text = input.trim();
    if (text === '')
        throw new InvalidReferenceError(input, 'it is empty');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isValidDigest(digest)) {
            throw new InvalidReferenceError(input, `digest '${digest}' is not of the form sha256:<64 lower-case hex digits>`);
        }
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isValidTag(tag)) {
            throw new InvalidReferenceError(input, `tag '${tag}' does not match [A-Za-z0-9_][A-Za-z0-9._-]{0,127}`);
        }
    }
    if (rest === '')
        throw new InvalidReferenceError(input, 'the repository name is empty');
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && isDomain(parts[0])) {
        registry = parts.shift();
        if (!validDomain(registry))
            throw new InvalidReferenceError(input, `registry '${registry}' is not a host[:port]`);
        if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
            registry = DOCKER_HUB;
    }
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    for (const p of parts) {
        if (!PATH_COMPONENT.test(p)) {
            const why = p !== p.toLowerCase()
                ? 'repository names must be lower-case'
                : 'use lower-case letters, digits and single separators . _ __ -';
            throw new InvalidReferenceError(input, `path component '${p}' is not valid (${why})`);
        }
    }
    const repository = parts.join('/');
    if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
        throw new InvalidReferenceError(input, `the name is longer than ${MAX_NAME_LENGTH} characters`);
    }
    return { registry, repository, tag, digest };
}
/**
 * The reference with its name (registry and path, not the tag or digest) in lower case, as
 * metadata-action does for `ghcr.io/${{ github.repository }}` with an upper-case owner.
 */
function lowercaseName(text) {
    const at = text.indexOf('@');
    const named = at >= 0 ? text.slice(0, at) : text;
    const slash = named.lastIndexOf('/');
    const colon = named.indexOf(':', slash + 1);
    const name = colon >= 0 ? named.slice(0, colon) : named;
    return `${name.toLowerCase()}${text.slice(name.length)}`;
}
/** `registry/repository` (the name without tag or digest). */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** The fully qualified reference: `registry/repo[:tag][@digest]`. */
function formatReference(ref) {
    return `${repositoryName(ref)}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The short form Docker prints (`nginx:1.27` rather than `docker.io/library/nginx:1.27`). */
function familiarReference(ref) {
    let name = repositoryName(ref);
    if (ref.registry === DOCKER_HUB)
        name = ref.repository.replace(/^library\/(?=[^/]+$)/, '');
    return `${name}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The reference pinned to a digest (what to deploy): `registry/repo@sha256:…` (a tag is dropped). */
function digestReference(ref, digest) {
    return `${repositoryName(ref)}@${digest}`;
}
/** Host to send Distribution API requests to. */
function apiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}


/***/ })

};
