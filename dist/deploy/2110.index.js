export const id = 2110;
export const ids = [2110,1221,3395];
export const modules = {

/***/ 75798:
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
/* harmony export */   apiServerProxy: () => (/* reexport safe */ _proxy_js__WEBPACK_IMPORTED_MODULE_8__.iY),
/* harmony export */   apiServerProxyFailure: () => (/* reexport safe */ _proxy_js__WEBPACK_IMPORTED_MODULE_8__.qB),
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
/* harmony export */   objectRef: () => (/* reexport safe */ _types_js__WEBPACK_IMPORTED_MODULE_9__.D),
/* harmony export */   parseManifests: () => (/* reexport safe */ _manifests_js__WEBPACK_IMPORTED_MODULE_6__.Y),
/* harmony export */   parseStatus: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_1__.i$),
/* harmony export */   proxyAgentOptions: () => (/* reexport safe */ _proxy_js__WEBPACK_IMPORTED_MODULE_8__.aB),
/* harmony export */   resolveKubeconfig: () => (/* reexport safe */ _kubeconfig_js__WEBPACK_IMPORTED_MODULE_5__.a8),
/* harmony export */   resourcePath: () => (/* reexport safe */ _discovery_js__WEBPACK_IMPORTED_MODULE_4__.oU),
/* harmony export */   splitApiVersion: () => (/* reexport safe */ _discovery_js__WEBPACK_IMPORTED_MODULE_4__.Np),
/* harmony export */   toLabelValue: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.NN),
/* harmony export */   workloadKind: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.K5)
/* harmony export */ });
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65078);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28571);
/* harmony import */ var _connect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10228);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96836);
/* harmony import */ var _discovery_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11784);
/* harmony import */ var _kubeconfig_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92435);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52720);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(22079);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(48822);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(40063);
// How goship reaches a Kubernetes API server: the kubeconfig, its credentials (exec plugins, token files,
// client certificates, basic auth), the HTTPS client with the kubeconfig's TLS, the connection check and
// discovery — and speaking the API about objects: manifests parsed at file:line, the apply plan, server-side
// apply and its errors explained. Below every stage: k8s-rollout (@goship/kube), the smoke test's service
// proxy (@goship/probe), the render preview (@goship/manifests) and the pipeline's live facts reach a
// cluster only through here.












/***/ }),

/***/ 41939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ kindRank)
/* harmony export */ });
/* unused harmony export KIND_ORDER */
/*
 * The order in which Kubernetes kinds are written (render-manifests) and applied (k8s-rollout): Helm's
 * install order (helm.sh/helm/v3 pkg/releaseutil/kind_sorter.go, InstallOrder). What others depend on
 * comes first — priority classes, namespaces, policies, identities, config, storage, CRDs, RBAC,
 * services — then workloads, then what routes to them and the admission webhooks. Kinds not listed
 * (custom resources) go last, after their CustomResourceDefinitions.
 */
const KIND_ORDER = [
    'PriorityClass',
    'Namespace',
    'NetworkPolicy',
    'ResourceQuota',
    'LimitRange',
    'PodSecurityPolicy',
    'PodDisruptionBudget',
    'ServiceAccount',
    'Secret',
    'SecretList',
    'ConfigMap',
    'StorageClass',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'CustomResourceDefinition',
    'ClusterRole',
    'ClusterRoleList',
    'ClusterRoleBinding',
    'ClusterRoleBindingList',
    'Role',
    'RoleList',
    'RoleBinding',
    'RoleBindingList',
    'Service',
    'DaemonSet',
    'Pod',
    'ReplicationController',
    'ReplicaSet',
    'Deployment',
    'HorizontalPodAutoscaler',
    'StatefulSet',
    'Job',
    'CronJob',
    'IngressClass',
    'Ingress',
    'APIService',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
];
const RANK = new Map(KIND_ORDER.map((kind, i) => [kind, i]));
/** Position of a kind in KIND_ORDER; every unlisted kind shares the last rank. */
function kindRank(kind) {
    return RANK.get(kind) ?? KIND_ORDER.length;
}


/***/ }),

/***/ 67721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ documentValue),
/* harmony export */   b8: () => (/* binding */ parseYamlStream),
/* harmony export */   fE: () => (/* binding */ toYaml),
/* harmony export */   n6: () => (/* binding */ isEmptyDocument),
/* harmony export */   s9: () => (/* binding */ documentProblems),
/* harmony export */   t2: () => (/* binding */ resolvePlainScalar)
/* harmony export */ });
/* unused harmony exports MAX_ALIAS_COUNT, KUBECTL_YAML, needsQuotes */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/*
 * The YAML dialect of the chain. render-manifests writes, k8s-rollout reads, and in between a user may
 * run `kubectl apply -f` on the same file. kubectl reads YAML through go-yaml v2 (sigs.k8s.io/yaml), a
 * YAML 1.1 reader: `yes`/`on`/`y` are booleans, `0644` is octal, `1_000` is 1000, `0o14`/`0X1F`/`0b101` are
 * integers (Go's strconv with base 0), while timestamps and sexagesimal numbers (`12:30`) stay strings.
 *
 * - Reading (`parseYamlStream`): the schema below reproduces go-yaml v2's scalar resolution, so an object
 *   means for us exactly what it means for kubectl. Duplicate keys are errors (kubectl's strict field
 *   validation rejects them), an alias bomb is "too many aliases" at its line, never a bare ReferenceError.
 * - Writing (`toYaml`): a string is quoted whenever YAML 1.2 (core), YAML 1.1 (the full schema, with
 *   sexagesimal numbers and timestamps) or go-yaml would read its plain form as anything but that same
 *   string. The output therefore reads back identically under all three.
 */

/** At most this many alias expansions (weighted by the aliases inside each anchor) per document. */
const MAX_ALIAS_COUNT = 1000;
/** go-yaml integers that YAML 1.1 does not have: Go's base prefixes in any case, with a sign. */
const goInt = {
    identify: (value) => typeof value === 'number' && Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?0(?:[xX][0-9a-fA-F_]+|[oO][0-7_]+|[bB][01_]+)$/,
    resolve(str) {
        const negative = str.startsWith('-');
        const digits = str.replace(/^[-+]/, '').replace(/_/g, '').toLowerCase();
        const n = Number(digits);
        return negative ? -n : n;
    },
};
/** go-yaml's float rule (yamlStyleFloat after removing `_`), replacing YAML 1.1's looser one (`.` is NaN). */
const goFloat = {
    identify: (value) => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9][0-9_]*|[0-9][0-9_]*\.[0-9_]*|[0-9][0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9][0-9_]*|\.[0-9][0-9_]*[eE][-+]?[0-9][0-9_]*)$/,
    resolve: (str) => Number.parseFloat(str.replace(/_/g, '')),
};
/**
 * The schema kubectl reads with: YAML 1.1 as go-yaml v2 implements it. go-yaml leaves timestamps and
 * sexagesimal numbers as strings (when decoding into interface{}, as sigs.k8s.io/yaml does), and its
 * floats need a digit (eemeli/yaml's YAML 1.1 reads `.` and `e5` as NaN).
 */
const kubectlTags = (tags) => [
    ...tags.filter((t) => {
        if (t.format === 'TIME' || t.tag === 'tag:yaml.org,2002:timestamp')
            return false;
        const nan = t.test !== undefined && /inf/.test(t.test.source);
        return !(t.tag === 'tag:yaml.org,2002:float' && !nan);
    }),
    goInt,
    goFloat,
];
const KUBECTL_YAML = {
    version: '1.1',
    schema: 'yaml-1.1',
    customTags: kubectlTags,
    merge: true,
    uniqueKeys: true,
};
/** Parses a multi-document stream in the kubectl dialect. Problems are read per document (`documentProblems`). */
function parseYamlStream(text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { ...KUBECTL_YAML, lineCounter, prettyErrors: false });
    const documents = Array.isArray(parsed) ? parsed : [];
    return {
        documents,
        position: (offset) => {
            const p = lineCounter.linePos(offset);
            return { line: p.line, column: p.col };
        },
    };
}
/** The syntax errors and duplicate keys of one document, each at its line. */
function documentProblems(doc, stream) {
    return doc.errors.map((e) => {
        const { line, column } = stream.position(e.pos[0]);
        const duplicate = e.code === 'DUPLICATE_KEY';
        return {
            message: duplicate
                ? `duplicate key ${JSON.stringify(keyAt(doc, e.pos[0]) ?? '?')}`
                : e.message.split('\n')[0],
            line,
            column,
            kind: duplicate ? 'duplicate-key' : 'syntax',
        };
    });
}
/** True for an empty document (a trailing `---`, only comments). */
function isEmptyDocument(doc) {
    return doc.contents === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(doc.contents) && doc.contents.value === null);
}
/**
 * The plain value of a document (maps, lists, strings, numbers, booleans, null). An alias bomb is a
 * problem at the line of the document's first alias instead of eemeli/yaml's bare ReferenceError.
 */
function documentValue(doc, stream) {
    try {
        return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
    }
    catch (e) {
        if (!(e instanceof ReferenceError))
            throw e;
        let offset = doc.contents?.range?.[0] ?? 0;
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
            Alias(_, node) {
                offset = node.range?.[0] ?? offset;
                return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
            },
        });
        const { line, column } = stream.position(offset);
        const excessive = /excessive alias count/i.test(e.message);
        return {
            problem: {
                message: excessive
                    ? `too many aliases: expanding them exceeds ${MAX_ALIAS_COUNT} nodes (an alias bomb?)`
                    : e.message,
                line,
                column,
                kind: excessive ? 'too-many-aliases' : 'syntax',
            },
        };
    }
}
function keyAt(doc, offset) {
    let found;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Pair(_, pair) {
            const key = pair.key;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && key.range?.[0] === offset) {
                found = String(key.value);
                return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
            }
        },
    });
    return found;
}
/** The scalar tags of the kubectl reading, in resolution order (the merge key only matters as a key). */
const KUBECTL_SCALARS = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(null, KUBECTL_YAML).schema.tags.filter((t) => t.default &&
    t.test instanceof RegExp &&
    t.tag !== 'tag:yaml.org,2002:str' &&
    t.tag !== 'tag:yaml.org,2002:merge');
/**
 * What kubectl makes of a plain (unquoted) scalar with this text: a boolean, number, null or the string
 * itself. Used where text is placed into a plain scalar after parsing (`port: ${PORT}`).
 */
function resolvePlainScalar(text) {
    for (const tag of KUBECTL_SCALARS) {
        if (!tag.test.test(text))
            continue;
        const value = tag.resolve(text, () => { }, { intAsBigInt: false });
        return ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) ? value.value : value);
    }
    return text;
}
/** Every resolver a reader of our output may use: YAML 1.2 core, full YAML 1.1, kubectl's go-yaml. */
const READERS = [
    new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(null, { schema: 'core' }),
    new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(null, { schema: 'yaml-1.1' }),
    new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(null, KUBECTL_YAML),
].flatMap((d) => d.schema.tags.filter((t) => t.default && t.test instanceof RegExp && t.tag !== 'tag:yaml.org,2002:str'));
/**
 * Whether a plain (unquoted) `value` would be read as something other than this string by YAML 1.2,
 * YAML 1.1 or go-yaml: then it must be quoted.
 */
function needsQuotes(value) {
    return READERS.some((t) => t.test.test(value));
}
/**
 * Serializes one object: block style, no line folding (long strings stay on one line), multi-line
 * strings as block scalars, and every string (value or key) that any reader could type differently
 * double-quoted.
 */
function toYaml(object) {
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(object, { aliasDuplicateObjects: false });
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Scalar(_, node) {
            if (typeof node.value === 'string' && needsQuotes(node.value))
                node.type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE;
        },
    });
    return doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true });
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

/***/ 60884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ expandPatterns),
/* harmony export */   t: () => (/* binding */ globToRegExp)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80524);



/*
 * File patterns for inputs that name files: a file, a folder (its files, not recursive, as
 * `kubectl apply -f dir`), or a glob with `*`, `?`, `**`, `{a,b}` and `[…]`. Not @actions/glob: it has no
 * `{a,b}` (it sets minimatch's nobrace), treats a folder as all its descendants, is async only, and found
 * every .yaml in a 4,000-file tree 2.95× slower than this walk (697 ms vs 236 ms on a loaded 2-CPU machine,
 * bench/glob.ts); Node 20 has no fs.glob.
 */
const WILDCARD = /[*?{[]/;
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** A glob as a regular expression over `/`-separated relative paths. */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                // `**/` matches zero or more folders; a trailing `**` matches everything below.
                const slash = glob[i + 2] === '/';
                re += slash ? '(?:[^/]+/)*' : '.*';
                i += slash ? 2 : 1;
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '{') {
            const end = glob.indexOf('}', i);
            if (end < 0)
                re += '\\{';
            else {
                re += `(?:${glob
                    .slice(i + 1, end)
                    .split(',')
                    .map((a) => a
                    .replace(/[.+^$()|[\]\\]/g, '\\$&')
                    .replace(/\*/g, '[^/]*')
                    .replace(/\?/g, '[^/]'))
                    .join('|')})`;
                i = end;
            }
        }
        else if (c === '[') {
            const end = glob.indexOf(']', i);
            if (end < 0)
                re += '\\[';
            else {
                re += `[${glob
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else
            re += c.replace(/[.+^$()|\\}]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/**
 * Each pattern's matches, sorted; duplicates across patterns dropped (the first pattern keeps them).
 *
 * A relative pattern stays inside `cwd` (the workspace): one that leads out of it, by `..` or through a
 * symbolic link, is an InputError; an absolute path is taken as given, on purpose. Directory links are
 * followed, each real folder at most once, so link cycles cannot make the walk loop or grow.
 */
function expandPatterns(patterns, cwd, opts = {}) {
    const seen = new Set();
    return patterns.map((pattern) => {
        const { all, missing } = expandOne(pattern, cwd, opts);
        const files = all.filter((f) => !seen.has(f));
        for (const f of files)
            seen.add(f);
        return { pattern, files, matched: all.length, missing };
    });
}
function expandOne(pattern, cwd, opts) {
    const wanted = (name) => !opts.files || opts.files.test(name);
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, pattern);
    const confine = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) ? undefined : confinement(pattern, cwd, opts.input ?? 'files');
    if (!WILDCARD.test(pattern)) {
        confine?.(abs);
        const st = statOrUndefined(abs);
        if (!st)
            return { all: [], missing: true };
        if (st.isFile())
            return { all: [abs], missing: false };
        const all = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs)
            .filter((n) => wanted(n) && statOrUndefined((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, n))?.isFile())
            .sort()
            .map((n) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, n));
        for (const f of all)
            confine?.(f);
        return { all, missing: false };
    }
    const parts = abs.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
    const firstGlob = parts.findIndex((p) => WILDCARD.test(p));
    const base = parts.slice(0, firstGlob).join(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) || node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
    const glob = parts.slice(firstGlob);
    const re = globToRegExp(glob.join('/'));
    // Without `**` a match is exactly this many folders deep: deeper ones are not read at all.
    const maxDepth = glob.some((p) => p.includes('**')) ? Number.POSITIVE_INFINITY : glob.length - 1;
    const skip = opts.skip ?? SKIPPED_DIRS;
    const all = [];
    const walked = new Set();
    const walk = (dir, depth) => {
        const real = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .realpathOrUndefined */ .vz)(dir);
        if (real === undefined || walked.has(real))
            return;
        walked.add(real);
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name);
            const link = e.isSymbolicLink();
            const st = link ? statOrUndefined(full) : e;
            if (!st)
                continue;
            if (st.isDirectory()) {
                if (skip.has(e.name) || depth >= maxDepth)
                    continue;
                if (link)
                    confine?.(full);
                walk(full, depth + 1);
            }
            else if (st.isFile() && wanted(e.name) && re.test((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, full).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'))) {
                if (link)
                    confine?.(full);
                all.push(full);
            }
        }
    };
    confine?.(base);
    walk(base, 0);
    return { all: all.sort(), missing: false };
}
/** Throws when a path found for a relative pattern is outside `cwd`, by its name or by where it links. */
function confinement(pattern, cwd, input) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    return (path) => {
        (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .confinedPath */ .OR)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path)) || '.', root, {
            input,
            expected: 'paths inside the workspace',
            hint: 'Relative paths and globs stay inside the workspace; give an absolute path to use a file elsewhere on purpose.',
            shownAs: pattern,
        });
    };
}
function statOrUndefined(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 80524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   OR: () => (/* binding */ confinedPath),
/* harmony export */   vz: () => (/* binding */ realpathOrUndefined)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77817);
/*
 * Where a path input may lead. A relative path stays inside its root (the workspace, or a build context):
 * one that leads out by `..` or through a symbolic link is an InputError naming the input. An absolute
 * path is taken as given: the user wrote it on purpose. One rule, used by every action that reads or
 * writes files named by an input.
 */



/** True when `path` is `root` or below it (both absolute, compared as written). */
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * The absolute path `given` names, resolved against `root`; throws an InputError when a relative `given`
 * leads outside `root`, by its name or through a link on the part of it that exists (a file not written
 * yet is judged by its nearest existing parent).
 */
function confinedPath(given, root, o) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, given);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(given))
        return path;
    const absRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    const where = o.rootName ?? `the workspace (${absRoot})`;
    const refuse = (problem) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(o.input, problem, o.expected, o.hint ??
        'Relative paths stay inside the workspace; give an absolute path to use one elsewhere on purpose.');
    const shownAs = o.shownAs ?? given;
    if (!isInside(absRoot, path))
        throw refuse(`'${shownAs}' is outside ${where}`);
    const realRoot = realpathOrUndefined(absRoot) ?? absRoot;
    const existing = nearestExisting(path, absRoot);
    const real = existing === undefined ? undefined : realpathOrUndefined(existing);
    if (real !== undefined && !isInside(realRoot, real)) {
        const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(absRoot, existing) || '.';
        throw refuse(`'${shownAs}' reaches ${shown}, a link to ${real}, outside ${where}`);
    }
    return path;
}
/** The deepest part of `path` that exists, not above `root`; undefined when not even the root does. */
function nearestExisting(path, root) {
    for (let p = path; isInside(root, p); p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p)) {
        if (realpathOrUndefined(p) !== undefined)
            return p;
        if (p === root)
            break;
    }
    return undefined;
}
function realpathOrUndefined(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    }
    catch {
        return undefined;
    }
}


/***/ }),

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


/***/ })

};
