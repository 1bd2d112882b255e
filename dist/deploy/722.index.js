export const id = 722;
export const ids = [722];
export const modules = {

/***/ 55838:
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

/***/ 85845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   I2: () => (/* binding */ splitPinnedReference),
/* harmony export */   O9: () => (/* binding */ digestReference),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   dc: () => (/* binding */ lowercaseName),
/* harmony export */   fH: () => (/* binding */ isValidDigest),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   x_: () => (/* binding */ InvalidReferenceError)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB_API, TAG_PATTERN, DIGEST_PATTERN, pinReference, familiarReference */
/*
 * Image references as the Docker/OCI tooling reads them (distribution/reference's grammar):
 *   [registry[:port]/]path[:tag][@algorithm:hex]
 * The first path component is a registry only when it contains '.' or ':' or is 'localhost' (or is
 * upper-case, which a repository path never may be); otherwise the reference is on Docker Hub, where a
 * single-component name lives under `library/` (`nginx` → docker.io/library/nginx).
 * In the contract because every stage reads references: docker-multistage writes `repo@digest`,
 * render-manifests pins images by it, k8s-rollout's fleet mirrors it and compares digests.
 */
const DOCKER_HUB = 'docker.io';
/** The host that actually serves Docker Hub's Distribution API. */
const DOCKER_HUB_API = 'registry-1.docker.io';
/** Registry tag grammar (distribution/reference `tag`): 1–128 chars, no leading '.' or '-'. */
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
/** Any digest distribution/reference accepts (`algorithm:hex`); only sha256 is held to its exact length. */
const DIGEST_GRAMMAR = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
/**
 * The digest an image is pinned by, as every stage writes and checks it: `sha256:` and 64 lower-case hex
 * digits (what registries, buildah, buildx and the kubelet's imageID report).
 */
const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
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
    if (!DIGEST_GRAMMAR.test(digest))
        return false;
    return !digest.startsWith('sha256:') || isDigest(digest);
}
/** The text is a sha256 digest (DIGEST_PATTERN). */
function isDigest(text) {
    return DIGEST_PATTERN.test(text);
}
/** `name@digest`: a reference (or an OCI layout path) pinned to one digest. */
function pinReference(name, digest) {
    return `${name}@${digest}`;
}
/** A pinned reference's two halves; undefined when `text` does not end in `@` and a sha256 digest. */
function splitPinnedReference(text) {
    const at = text.lastIndexOf('@');
    if (at < 0 || !isDigest(text.slice(at + 1)))
        return undefined;
    return { name: text.slice(0, at), digest: text.slice(at + 1) };
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
    return pinReference(repositoryName(ref), digest);
}
/** Host to send Distribution API requests to. */
function apiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}


/***/ }),

/***/ 42783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   m0: () => (/* binding */ exec)
/* harmony export */ });
/* unused harmony exports SENSITIVE_FLAGS, displayCommand, ExecTimeoutError */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77817);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86976);



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

/***/ 20711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k8sRolloutStage: () => (/* reexport */ k8sRolloutStage),
  kubeLog: () => (/* reexport */ kubeLog)
});

// EXTERNAL MODULE: ./packages/kube/src/fleet/inputs.ts
var fleet_inputs = __webpack_require__(25839);
// EXTERNAL MODULE: ./packages/kube/src/inputs.ts
var src_inputs = __webpack_require__(65030);
;// CONCATENATED MODULE: ./packages/kube/src/stages/k8s-rollout.ts


/** k8s-rollout's log: the stage's, with the names the cluster client uses. */
const kubeLog = (log) => ({ ...log, setSecret: log.secret });
// The readers keep a signal in the options they return; the run replaces it with the job's.
const UNTIL_RUN = new AbortController().signal;
const k8sRolloutStage = {
    name: 'k8s-rollout',
    read(inputs, ctx) {
        const readCtx = { ...ctx, signal: UNTIL_RUN, log: kubeLog(ctx.log) };
        const fleet = (0,fleet_inputs/* readFleetOptions */.f)(inputs, readCtx);
        if (fleet) {
            const { signal: _s, log: _l, ...config } = fleet;
            return { fleet: config };
        }
        const { signal: _s, log: _l, ...single } = (0,src_inputs/* readRolloutOptions */.wT)(inputs, readCtx);
        // The kubeconfig is read (not contacted) now: a bad one fails here, its secrets masked before any output.
        for (const secret of (0,src_inputs/* rolloutKubeconfig */.bn)(single).secrets)
            ctx.log.secret(secret);
        return { single };
    },
    async run(config, upstream, ctx) {
        const kube = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(6757), __webpack_require__.e(3884)]).then(__webpack_require__.bind(__webpack_require__, 36757));
        const log = kubeLog(ctx.log);
        const given = {
            signal: ctx.signal,
            log,
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
