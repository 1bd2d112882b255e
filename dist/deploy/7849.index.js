export const id = 7849;
export const ids = [7849];
export const modules = {

/***/ 4412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ RUN_URL_ANNOTATION),
/* harmony export */   F8: () => (/* binding */ VERSION_ANNOTATION),
/* harmony export */   _u: () => (/* binding */ COMMIT_ANNOTATION)
/* harmony export */ });
/*
 * Annotation keys that render-manifests writes and k8s-rollout writes or reads. One spelling each: a key
 * written by one action and looked up under another name by the next is a silent disagreement.
 */
/** The application version (pod template: a new version rolls the pods). */
const VERSION_ANNOTATION = 'goship.dev/version';
/** The commit the image was built from (pod template). */
const COMMIT_ANNOTATION = 'goship.dev/commit';
/**
 * The workflow run that deployed the workload (workload metadata, not the pod template: re-running the
 * same commit must not restart every pod). Its value is the run's URL, hence the name.
 */
const RUN_URL_ANNOTATION = 'goship.dev/run-url';


/***/ }),

/***/ 92041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   m0: () => (/* binding */ exec)
/* harmony export */ });
/* unused harmony exports SENSITIVE_FLAGS, displayCommand, ExecTimeoutError */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77051);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13566);



/**
 * Flags whose value (`--flag value` or `--flag=value`) is shown as `***` (or `KEY=***`) in errors: build
 * arguments and secrets reach builders this way, and a registry password or token may be among them.
 */
const SENSITIVE_FLAGS = [
    '--build-arg',
    '--secret',
    '--password',
    '--token',
    '--creds',
    '--src-creds',
    '--dest-creds',
    '--registry-password',
    '--set-string',
    '--set',
];
/** Sensitive flags whose argument is KEY=VALUE (only the value is hidden). */
const KEY_VALUE_FLAGS = new Set(['--build-arg', '--set', '--set-string']);
/** The command line as it may be shown: values of sensitive flags and registered secrets masked. */
function displayCommand(file, args, sensitive = SENSITIVE_FLAGS) {
    // `--build-arg NAME` (no value) names a variable the builder takes from its environment: not a secret.
    const hide = (value, flag) => {
        const eq = value.indexOf('=');
        if (eq > 0)
            return `${value.slice(0, eq)}=***`;
        return KEY_VALUE_FLAGS.has(flag) && /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(value) ? value : '***';
    };
    const shown = args.map((arg, i) => {
        const prev = args[i - 1];
        if (prev !== undefined && sensitive.includes(prev))
            return hide(arg, prev);
        const eq = arg.indexOf('=');
        if (arg.startsWith('-') && eq > 0 && sensitive.includes(arg.slice(0, eq))) {
            return `${arg.slice(0, eq)}=${hide(arg.slice(eq + 1), arg.slice(0, eq))}`;
        }
        return arg;
    });
    return (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)([file, ...shown].join(' '));
}
class ExecError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    file;
    args;
    result;
    constructor(file, args, result, sensitive = SENSITIVE_FLAGS) {
        const tail = (result.stderr || result.stdout).trim().split('\n').slice(-20).join('\n');
        super(`${displayCommand(file, args, sensitive)} exited with code ${result.code}${tail ? `:\n${(0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(tail)}` : ''}`);
        this.file = file;
        this.args = args;
        this.result = result;
        this.name = 'ExecError';
    }
}
class ExecTimeoutError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    file;
    timeoutMs;
    constructor(file, timeoutMs, command) {
        super(`${command} did not finish within ${timeoutMs} ms and was stopped`, {
            hint: 'Raise the timeout if the work is expected to take longer, or look for what it waits on.',
        });
        this.file = file;
        this.timeoutMs = timeoutMs;
        this.name = 'ExecTimeoutError';
    }
}
/** Time a stopped process gets between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 5000;
/**
 * Runs a program with an argument array — never through a shell, so no input can be interpreted as shell
 * syntax. Captures stdout/stderr; throws ExecError on a non-zero exit unless `allowFailure`.
 */
function exec(file, args, opts = {}) {
    const sensitive = [...SENSITIVE_FLAGS, ...(opts.sensitiveFlags ?? [])];
    return new Promise((resolve, reject) => {
        if (opts.signal?.aborted)
            return reject(opts.signal.reason);
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            shell: false,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stopped;
        let killer;
        const stop = (reason) => {
            if (stopped !== undefined || child.exitCode !== null)
                return;
            stopped = reason;
            child.kill('SIGTERM');
            killer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
            killer.unref();
        };
        const onAbort = () => stop(opts.signal?.reason ?? new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${file} was cancelled`));
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        const timer = opts.timeoutMs !== undefined
            ? setTimeout(() => stop(new ExecTimeoutError(file, opts.timeoutMs, displayCommand(file, args, sensitive))), opts.timeoutMs)
            : undefined;
        const cleanup = () => {
            clearTimeout(timer);
            clearTimeout(killer);
            opts.signal?.removeEventListener('abort', onAbort);
        };
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => {
            out.push(d);
            if (opts.stream)
                process.stdout.write((0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(d.toString()));
        });
        child.stderr.on('data', (d) => {
            err.push(d);
            if (opts.stream)
                process.stderr.write((0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(d.toString()));
        });
        // A child that exits without reading its stdin must not crash us with EPIPE.
        child.stdin.on('error', () => { });
        child.on('error', (e) => {
            cleanup();
            if (e.code === 'ENOENT') {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`'${file}' was not found on PATH`, {
                    hint: `Install ${file} or add it to PATH.`,
                    cause: e,
                }));
            }
            else
                reject(e);
        });
        child.on('close', (code, signal) => {
            cleanup();
            if (stopped !== undefined)
                return reject(stopped);
            const result = {
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
            };
            if (result.code !== 0 && !opts.allowFailure)
                reject(new ExecError(file, args, result, sensitive));
            else
                resolve(result);
        });
        child.stdin.end(opts.input);
    });
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
/* harmony export */   bn: () => (/* binding */ rolloutKubeconfig),
/* harmony export */   k4: () => (/* binding */ liveFacts),
/* harmony export */   wT: () => (/* binding */ readRolloutOptions)
/* harmony export */ });
/* harmony import */ var _goship_cluster__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38357);
/* harmony import */ var _goship_cluster__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56545);
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4412);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77051);
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
/**
 * The Service's EndpointSlice ports, the Deployment's goship.dev/version annotation and the image digest
 * its running pods report (imageID): what the cluster really runs, not what was sent to it.
 */
async function liveFacts(options, target, signal) {
    const kubeconfig = rolloutKubeconfig(options);
    const client = await _goship_cluster__WEBPACK_IMPORTED_MODULE_2__/* .KubeClient */ .Bx.create(kubeconfig, options.log);
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
                value: /@(sha256:[0-9a-f]{64})$/.exec(c.imageID ?? '')?.[1],
            });
    return facts;
}


/***/ }),

/***/ 25569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readFleetOptions: () => (/* reexport safe */ _fleet_inputs_js__WEBPACK_IMPORTED_MODULE_0__.f),
/* harmony export */   readRolloutOptions: () => (/* reexport safe */ _inputs_js__WEBPACK_IMPORTED_MODULE_1__.wT),
/* harmony export */   rolloutKubeconfig: () => (/* reexport safe */ _inputs_js__WEBPACK_IMPORTED_MODULE_1__.bn)
/* harmony export */ });
/* harmony import */ var _fleet_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74237);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54236);
// The input readers alone (`@goship/kube/inputs`): an adapter validates its inputs with these before it loads
// the stages (apply, watch, rollback, GitHub deployments).




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
