export const id = 711;
export const ids = [711];
export const modules = {

/***/ 85568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ describeSource),
/* harmony export */   N8: () => (/* binding */ tagPrefixInput),
/* harmony export */   Ui: () => (/* binding */ deriveVersion),
/* harmony export */   YN: () => (/* binding */ versionFromRef),
/* harmony export */   ag: () => (/* binding */ rfc3339),
/* harmony export */   pA: () => (/* binding */ sourceDateEpoch)
/* harmony export */ });
/* unused harmony exports DEFAULT_TAG_PREFIX, tagFromRef, versionFromTag */
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77817);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42783);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/*
 * What commit is being built, and the one version derived from it (docs/ARCHITECTURE.md "One version").
 * Every action that stamps a version (the -X value, image tags and OCI labels, Deployment annotations)
 * calls describeSource, or versionFromRef where there is no checkout, so that they agree. Git runs with
 * argument arrays only; nothing is read from the wall clock, so the same commit always describes the same
 * way.
 */


const SEMVER_CORE = String.raw `\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?`;
/** Release tags are `<prefix><semver>`; `v` unless a module in a subdirectory tags as `sub/v`. */
const DEFAULT_TAG_PREFIX = 'v';
const TAG_REF = 'refs/tags/';
/**
 * The `tag-prefix` input, read the same way by every action that derives the version (go-build-ldflags,
 * docker-multistage, render-manifests, k8s-rollout, the one-step action), so that with `release-` tags the
 * binary, the image and the Deployment agree. It becomes a `git describe --match` pattern: no glob or space.
 */
function tagPrefixInput(inputs) {
    const prefix = inputs.string('tag-prefix') || DEFAULT_TAG_PREFIX;
    if (!/^[A-Za-z0-9._/-]+$/.test(prefix) || prefix.startsWith('-') || prefix.includes('..'))
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('tag-prefix', `'${prefix}' is not a tag prefix`, 'letters, digits and . _ / - (e.g. v, release-, or sub/v for a module in a subdirectory)', 'Write the part of your release tags before the version: for tags like release-1.2.3, tag-prefix: release-.');
    return prefix;
}
/** The tag a git ref names (`refs/tags/v1.2.3` → `v1.2.3`), or undefined for a branch or another ref. */
function tagFromRef(ref) {
    return ref.startsWith(TAG_REF) ? ref.slice(TAG_REF.length) : undefined;
}
/** The semver in a release tag (`v1.2.3` → `1.2.3`), or undefined when the tag is not a release tag. */
function versionFromTag(tag, tagPrefix = DEFAULT_TAG_PREFIX) {
    if (!tag.startsWith(tagPrefix))
        return undefined;
    const rest = tag.slice(tagPrefix.length);
    return new RegExp(`^${SEMVER_CORE}$`).test(rest) && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(rest) ? rest : undefined;
}
/** The version of a release tag ref (GITHUB_REF `refs/tags/v1.2.3` → `1.2.3`), else undefined. */
function versionFromRef(ref, tagPrefix = DEFAULT_TAG_PREFIX) {
    const tag = tagFromRef(ref);
    return tag === undefined ? undefined : versionFromTag(tag, tagPrefix);
}
/** RFC 3339 in UTC without fractional seconds, as `date -u +%Y-%m-%dT%H:%M:%SZ` prints it. */
function rfc3339(epochSeconds) {
    return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970; undefined when unset or empty. */
function sourceDateEpoch(env = process.env) {
    const raw = env.SOURCE_DATE_EPOCH?.trim();
    if (!raw)
        return undefined;
    if (!/^\d{1,12}$/.test(raw)) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`SOURCE_DATE_EPOCH='${raw}' is not a Unix timestamp`, {
            hint: 'Set SOURCE_DATE_EPOCH to whole seconds since 1970-01-01 UTC, e.g. $(git log -1 --format=%ct), or unset it to use the commit time.',
        });
    }
    return Number(raw);
}
/**
 * Derives the version from the repository state alone:
 *  - a release tag on HEAD (highest semver when several) → its version (`v1.2.3` → `1.2.3`);
 *  - else the nearest release tag behind HEAD, git-describe style → `1.2.3-4-gabc1234`;
 *  - else `0.0.0-<sha7>`;
 * with `-dirty` appended when tracked files were modified.
 */
function deriveVersion(s) {
    const prefix = s.tagPrefix ?? DEFAULT_TAG_PREFIX;
    const releases = s.tagsOnHead
        .map((tag) => ({ tag, version: versionFromTag(tag, prefix) }))
        .filter((t) => t.version !== undefined)
        .sort((a, b) => semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare(a.version, b.version));
    const short = s.commit.slice(0, 7);
    const suffix = s.dirty ? '-dirty' : '';
    if (releases.length > 0)
        return { version: `${releases[0].version}${suffix}`, tag: releases[0].tag };
    const base = s.describe ? versionFromTag(s.describe.tag, prefix) : undefined;
    if (base && s.describe.distance > 0) {
        // A build after v1.2.3 stays a pre-release of 1.2.3 in git's own notation; sorting it above 1.2.3
        // would need a guess about the next version, which belongs to whoever tags the release.
        return { version: `${base}-${s.describe.distance}-g${short}${suffix}`, tag: '' };
    }
    return { version: `0.0.0-${short}${suffix}`, tag: '' };
}
function gitError(dir, stderr) {
    if (/dubious ownership/i.test(stderr)) {
        return new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`git refuses to read ${dir}: the repository is owned by another user`, {
            hint: `Run \`git config --global --add safe.directory ${dir}\` in an earlier step (actions/checkout does this for the workspace).`,
        });
    }
    if (/not a git repository/i.test(stderr)) {
        return new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${dir} is not inside a git repository, so there is no commit to derive a version from`, {
            hint: 'Check out the repository with actions/checkout first (fetch-depth: 0 to see tags), or set the version explicitly.',
        });
    }
    if (/unknown revision|ambiguous argument 'HEAD'|does not have any commits/i.test(stderr)) {
        return new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the git repository at ${dir} has no commits yet`, {
            hint: 'Commit the sources first.',
        });
    }
    return new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`git failed in ${dir}: ${stderr.trim()}`);
}
/** Describes HEAD of the repository containing `dir`; see SourceInfo. */
async function describeSource(dir, opts = {}) {
    const env = opts.env ?? process.env;
    const prefix = opts.tagPrefix ?? DEFAULT_TAG_PREFIX;
    const epochOverride = sourceDateEpoch(env);
    const git = (args) => (0,_goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)('git', ['--no-optional-locks', ...args], { cwd: dir, allowFailure: true, signal: opts.signal });
    const head = await git(['log', '-1', '--format=%H %ct']);
    if (head.code !== 0)
        throw gitError(dir, head.stderr);
    const [commit = '', committed = '0'] = head.stdout.trim().split(' ');
    const [tags, described, status, symbolic] = await Promise.all([
        git(['tag', '--points-at', 'HEAD']),
        git(['describe', '--tags', '--long', '--abbrev=7', '--match', `${prefix}[0-9]*`, 'HEAD']),
        git(['status', '--porcelain', '--untracked-files=no']),
        git(['symbolic-ref', '-q', 'HEAD']),
    ]);
    if (status.code !== 0)
        throw gitError(dir, status.stderr);
    const tagsOnHead = tags.stdout
        .split('\n')
        .map((t) => t.trim())
        .filter(Boolean);
    // A shallow checkout of a tag push may lack the tag object; the runner still names it in GITHUB_REF.
    const ghRef = env.GITHUB_REF ?? '';
    const ghTag = tagFromRef(ghRef);
    if (ghTag !== undefined && env.GITHUB_SHA === commit)
        tagsOnHead.push(ghTag);
    const m = /^(.*)-(\d+)-g[0-9a-f]+$/.exec(described.stdout.trim());
    const describe = described.code === 0 && m ? { tag: m[1], distance: Number(m[2]) } : undefined;
    const dirty = status.stdout.trim() !== '';
    const { version, tag } = deriveVersion({ tagsOnHead, describe, commit, dirty, tagPrefix: prefix });
    let ref = symbolic.code === 0 ? symbolic.stdout.trim() : '';
    if (!ref && tag)
        ref = `${TAG_REF}${tag}`;
    if (!ref && ghRef && env.GITHUB_SHA === commit)
        ref = ghRef;
    const epoch = epochOverride ?? Number(committed);
    return {
        version,
        commit,
        shortCommit: commit.slice(0, 7),
        commitTime: rfc3339(epoch),
        epoch,
        tag,
        dirty,
        ref,
    };
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

/***/ 55300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Markdown helpers for job summaries (rendered by GitHub as GFM). */
function escapeCell(value) {
    return String(value ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function table(headers, rows) {
    const head = `| ${headers.map(escapeCell).join(' | ')} |`;
    const rule = `| ${headers.map(() => '---').join(' | ')} |`;
    const body = rows.map((r) => `| ${r.map(escapeCell).join(' | ')} |`);
    return [head, rule, ...body].join('\n');
}
function code(value) {
    return `\`${value.replace(/`/g, "'")}\``;
}
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}`;
}
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = n;
    let i = -1;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(v < 10 ? 2 : 1)} ${units[i]}`;
}
function formatMs(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}


/***/ }),

/***/ 11376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ DELIVERY),
/* harmony export */   Qh: () => (/* binding */ deliveryMarkdown),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   o3: () => (/* binding */ deliveryMetricAttributes),
/* harmony export */   oq: () => (/* binding */ deliveryEnvironment),
/* harmony export */   s0: () => (/* binding */ deliveryFigures),
/* harmony export */   yy: () => (/* binding */ deliverySpanAttributes)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55300);
/*
 * Delivery metrics (issue 21): the four figures a deploy can see for itself, computed from the moments the
 * rollout recorded (packages/kube/src/delivery.ts) — lead time (commit → verified), deployment duration
 * (apply → verified or failed), the result (a rollback is a change failure) and time to restore (failure
 * detected → the previous release serving again). They go on the rollout's span, into the job summary and,
 * when a metrics endpoint is set, out as OTLP metrics (telemetry-metrics.ts). Nothing here loads the SDK.
 */

/** Metric and attribute names: goship.delivery.* for the figures; deployment.*, k8s.* and vcs.* names where those fit. */
const DELIVERY = {
    leadTime: 'goship.delivery.lead_time',
    deploymentDuration: 'goship.delivery.deployment.duration',
    timeToRestore: 'goship.delivery.time_to_restore',
    deployments: 'goship.delivery.deployments',
    result: 'goship.delivery.result',
    version: 'goship.delivery.version',
    commitTime: 'goship.delivery.commit.time',
};
const seconds = (ms) => Math.round(ms) / 1000;
function deliveryFigures(m) {
    const figures = {
        result: m.result,
        deploymentDuration: seconds(Math.max(0, m.decided - m.started)),
    };
    // A commit time after the verification (a SOURCE_DATE_EPOCH in the future, a skewed clock) is no lead time.
    if (m.result === 'success' && m.committed !== undefined && m.committed <= m.decided)
        figures.leadTime = seconds(m.decided - m.committed);
    if (m.result === 'rolled_back' && m.restored !== undefined)
        figures.timeToRestore = seconds(Math.max(0, m.restored - m.decided));
    return figures;
}
/** The attributes every delivery metric carries (bounded: no commit, no run id). */
function deliveryMetricAttributes(d) {
    return {
        'deployment.name': d.labels.service,
        'deployment.environment.name': d.labels.environment,
        'k8s.namespace.name': d.labels.namespace,
        'k8s.cluster.name': d.labels.cluster,
        [DELIVERY.version]: d.labels.version,
        [DELIVERY.result]: d.figures.result,
    };
}
/** The rollout span's attributes: the metric attributes, the figures, and the commit they were measured from. */
function deliverySpanAttributes(d) {
    return {
        ...deliveryMetricAttributes(d),
        'deployment.status': d.figures.result === 'success' ? 'succeeded' : 'failed',
        'vcs.ref.head.revision': d.commit,
        [DELIVERY.commitTime]: d.commitTime,
        [DELIVERY.leadTime]: d.figures.leadTime,
        [DELIVERY.deploymentDuration]: d.figures.deploymentDuration,
        [DELIVERY.timeToRestore]: d.figures.timeToRestore,
    };
}
/** deployment.environment.name: the environment input when given, else OTEL_RESOURCE_ATTRIBUTES' own. */
function deliveryEnvironment(env, input) {
    if (input)
        return input;
    for (const pair of (env.OTEL_RESOURCE_ATTRIBUTES ?? '').split(',')) {
        const eq = pair.indexOf('=');
        if (eq < 0 || pair.slice(0, eq).trim() !== 'deployment.environment.name')
            continue;
        const raw = pair.slice(eq + 1).trim();
        try {
            return decodeURIComponent(raw) || undefined;
        }
        catch {
            return raw || undefined;
        }
    }
    return undefined;
}
/** 12.3 s, 4 min 05 s, 3 h 04 min, 2 d 03 h: a lead time may be days, a rollout seconds. */
function formatSeconds(s) {
    if (s < 60)
        return `${s.toFixed(s < 10 ? 2 : 1)} s`;
    const pad = (n) => String(n).padStart(2, '0');
    const whole = Math.round(s);
    if (whole < 3600)
        return `${Math.floor(whole / 60)} min ${pad(whole % 60)} s`;
    if (whole < 86_400)
        return `${Math.floor(whole / 3600)} h ${pad(Math.floor((whole % 3600) / 60))} min`;
    return `${Math.floor(whole / 86_400)} d ${pad(Math.floor((whole % 86_400) / 3600))} h`;
}
const RESULT_TEXT = {
    success: '✅ success',
    failure: '❌ failure',
    rolled_back: '↩️ rolled back (a change failure)',
};
/** The job summary's "Delivery" table. */
function deliveryMarkdown(d) {
    const f = d.figures;
    const verified = d.verifiedBy === 'smoke test' ? 'smoke test passed' : 'rolled out';
    const lead = f.leadTime !== undefined
        ? `${formatSeconds(f.leadTime)} (commit ${d.commit ? `${d.commit.slice(0, 7)} ` : ''}at ${d.commitTime})`
        : f.result !== 'success'
            ? '– (not delivered)'
            : '– (the commit time is not known here)';
    const rows = [
        ['result', RESULT_TEXT[f.result]],
        [`lead time (commit → ${verified})`, lead],
        [
            `deployment duration (apply → ${f.result === 'success' ? verified : 'failure detected'})`,
            formatSeconds(f.deploymentDuration),
        ],
        [
            'time to restore (failure → previous release serving)',
            f.timeToRestore !== undefined
                ? formatSeconds(f.timeToRestore)
                : f.result === 'rolled_back'
                    ? '–'
                    : '– (no rollback)',
        ],
    ];
    const where = [
        d.labels.service,
        d.labels.namespace && `namespace ${d.labels.namespace}`,
        d.labels.cluster && `cluster ${d.labels.cluster}`,
        d.labels.environment && `environment ${d.labels.environment}`,
        d.labels.version && `version ${d.labels.version}`,
    ]
        .filter(Boolean)
        .join(', ');
    return `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)('Delivery', 4)}\n\n${where}\n\n${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['figure', 'value'], rows)}\n`;
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
    const { kubeContext: _, verify: _verify, ...single } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readRolloutOptions */ .w)(inputs, ctx);
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
/* harmony import */ var _goship_cluster__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92435);
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85568);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77817);
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
        tagPrefix: (0,_goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .tagPrefixInput */ .N8)(inputs),
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
    return (0,_goship_cluster__WEBPACK_IMPORTED_MODULE_1__/* .resolveKubeconfig */ .a8)({
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
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('github-token', 'is empty while environment is set', 'a token with deployments: write (the default ${{ github.token }})');
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
// EXTERNAL MODULE: ./packages/kit/src/telemetry-delivery.ts
var telemetry_delivery = __webpack_require__(11376);
// EXTERNAL MODULE: ./packages/kube/src/fleet/inputs.ts
var fleet_inputs = __webpack_require__(25839);
;// CONCATENATED MODULE: ./packages/kube/src/stages/k8s-rollout.ts
/*
 * k8s-rollout as a stage (packages/kit/src/stage.ts): read = the rollout's (or, with `clusters`, the
 * fleet's) input reader, which resolves every kubeconfig without contacting it; run = the rollout or the
 * fleet in waves. In the one-step pipeline the manifests and the version arrive typed, and the smoke test
 * is attached as `verify` (an exception from it is a failed verification: rolled back).
 */



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
        const kube = await Promise.all(/* import() */[__webpack_require__.e(6698), __webpack_require__.e(8689)]).then(__webpack_require__.bind(__webpack_require__, 27735));
        const given = {
            signal: ctx.signal,
            log: ctx.log,
            ...(upstream.manifests !== undefined ? { manifests: [upstream.manifests] } : {}),
            ...(upstream.version !== undefined ? { version: upstream.version } : {}),
        };
        const verify = upstream.verify;
        // The delivery figures (delivery.ts) go on the rollout's span — each cluster's own, in a fleet — among
        // the run's metrics and in the summary (the one-step action shows them at the top of its own instead).
        const options = config.fleet ?? config.single;
        let commitTime;
        const delivery = {
            commitTime: upstream.commitTime,
            // Read once, after a rollout ended: a bad input fails before any program (git) runs.
            readCommitTime: () => (commitTime ??= kube.checkoutCommitTime(ctx.workspace, ctx.env, ctx.run.sha)),
            commit: upstream.commit ?? ctx.run.sha,
            version: upstream.version ?? options.version,
            ref: ctx.run.ref,
            tagPrefix: options.tagPrefix,
            environment: (0,telemetry_delivery/* deliveryEnvironment */.oq)(ctx.env, options.github?.environment),
            verified: verify !== undefined,
        };
        const below = (table) => (table && !ctx.chained ? `\n${table}` : '');
        if (config.fleet) {
            const result = await kube.fleetRollout({ ...config.fleet, ...given, verify, delivery });
            const failed = kube.fleetError(result);
            const deliveryTable = kube.fleetDeliveryMarkdown(result);
            return {
                outputs: kube.fleetOutputs(result),
                summary: kube.fleetSummaryMarkdown(result) + below(deliveryTable),
                failures: failed ? [failed] : [],
                value: { fleet: result, deliveryTable },
            };
        }
        const result = await kube.k8sRollout({
            ...config.single,
            ...given,
            verify: verify && ((rollout, signal) => verify(rollout, '', signal)),
            // One cluster: the smoke test overlaps the hold of pods without a readiness probe. A fleet's cluster
            // reports itself rolled out from its verification (its wave's gate), so it verifies after the hold.
            verifyWhileHeld: true,
        });
        const failed = kube.rolloutError(result);
        if (failed)
            for (const line of [...kube.failureLines(result), ...result.recovery])
                ctx.log.info(line);
        const single = kube.rolloutDelivery(result, await kube.withCommitTime(delivery));
        kube.reportDelivery(single);
        const deliveryTable = single ? (0,telemetry_delivery/* deliveryMarkdown */.Qh)(single) : '';
        return {
            outputs: kube.rolloutOutputs(result),
            summary: kube.summaryMarkdown(result) + below(deliveryTable),
            failures: failed ? [failed] : [],
            value: { single: result, delivery: single, deliveryTable },
        };
    },
};

;// CONCATENATED MODULE: ./packages/kube/src/stages/index.ts
// The k8s-rollout stage (packages/kit/src/stage.ts): light to import; `run` loads apply, watch and rollback.




/***/ })

};
