export const id = 711;
export const ids = [711];
export const modules = {

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
/* harmony export */   b: () => (/* binding */ rolloutKubeconfig),
/* harmony export */   w: () => (/* binding */ readRolloutOptions)
/* harmony export */ });
/* harmony import */ var _goship_cluster__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92435);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77817);
/*
 * k8s-rollout's inputs read into stage options (the action's adapter and packages/pipeline both use it).
 */


const ANNOTATION_KEY = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
function readRolloutOptions(inputs, ctx) {
    return {
        context: {
            workspace: ctx.workspace,
            ...ctx.run,
            kubeconfigEnv: ctx.env.KUBECONFIG,
            home: ctx.env.HOME,
            proxyEnv: proxyVariables(ctx.env),
        },
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
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];
/** Only the proxy variables of the job's environment travel in the options (which are kept and may be shown). */
function proxyVariables(env) {
    return Object.fromEntries(PROXY_VARIABLES.filter((n) => env[n]).map((n) => [n, env[n]]));
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
        proxyEnv: o.context.proxyEnv,
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
    ctx.log.secret(token);
    return {
        environment,
        environmentUrl: inputs.optional('environment-url'),
        token,
        apiUrl: ctx.env.GITHUB_API_URL || 'https://api.github.com',
        required: inputs.boolean('github-required', false),
    };
}


/***/ }),

/***/ 20711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k8sRolloutStage: () => (/* reexport */ k8sRolloutStage),
  rolloutKubeconfig: () => (/* reexport */ src_inputs/* rolloutKubeconfig */.b)
});

// EXTERNAL MODULE: ./packages/kube/src/inputs.ts
var src_inputs = __webpack_require__(65030);
// EXTERNAL MODULE: ./packages/kube/src/fleet/inputs.ts
var fleet_inputs = __webpack_require__(25839);
;// CONCATENATED MODULE: ./packages/kube/src/stages/k8s-rollout.ts


// The readers keep a signal in the options they return; the run replaces it with the job's.
const UNTIL_RUN = new AbortController().signal;
const k8sRolloutStage = {
    name: 'k8s-rollout',
    read(inputs, ctx) {
        const readCtx = { ...ctx, signal: UNTIL_RUN };
        const fleet = (0,fleet_inputs/* readFleetOptions */.f)(inputs, readCtx);
        if (fleet) {
            const { signal: _s, log: _l, ...config } = fleet;
            return { fleet: config };
        }
        const { signal: _s, log: _l, ...single } = (0,src_inputs/* readRolloutOptions */.w)(inputs, readCtx);
        // The kubeconfig is read (not contacted) now: a bad one fails here, its secrets masked before any output.
        for (const secret of (0,src_inputs/* rolloutKubeconfig */.b)(single).secrets)
            ctx.log.secret(secret);
        return { single };
    },
    async run(config, upstream, ctx) {
        const kube = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(6698), __webpack_require__.e(8009)]).then(__webpack_require__.bind(__webpack_require__, 23576));
        const given = {
            signal: ctx.signal,
            log: ctx.log,
            ...(upstream.manifests !== undefined ? { manifests: [upstream.manifests] } : {}),
            ...(upstream.version !== undefined ? { version: upstream.version } : {}),
        };
        if (config.fleet) {
            const result = await kube.fleetRollout({ ...config.fleet, ...given, verify: upstream.verify });
            const failed = kube.fleetError(result);
            return {
                outputs: kube.fleetOutputs(result),
                summary: kube.fleetSummaryMarkdown(result),
                failures: failed ? [failed] : [],
                value: { fleet: result },
            };
        }
        const verify = upstream.verify;
        const result = await kube.k8sRollout({
            ...config.single,
            ...given,
            verify: verify && ((rollout) => verify(rollout, '')),
        });
        const failed = kube.rolloutError(result);
        if (failed)
            for (const line of [...kube.failureLines(result), ...result.recovery])
                ctx.log.info(line);
        return {
            outputs: kube.rolloutOutputs(result),
            summary: kube.summaryMarkdown(result),
            failures: failed ? [failed] : [],
            value: { single: result },
        };
    },
};

;// CONCATENATED MODULE: ./packages/kube/src/stages/index.ts
// The k8s-rollout stage (packages/kit/src/stage.ts): light to import; `run` loads apply, watch and rollback.




/***/ })

};
