export const id = 6123;
export const ids = [6123];
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

/***/ 46123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  goBuildLdflags: () => (/* reexport */ goBuildLdflags),
  saveSetupGoCache: () => (/* reexport */ saveSetupGoCache),
  setupGo: () => (/* reexport */ setupGo)
});

// EXTERNAL MODULE: ./packages/kit/src/netrc.ts
var netrc = __webpack_require__(47764);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/contract/src/version.ts
var version = __webpack_require__(85568);
;// CONCATENATED MODULE: ./packages/go/src/inputs/index.ts
/*
 * The inputs of setup-go and go-build-ldflags read into stage options: one reader per stage, used by the
 * action's adapter (inputs from the runner) and by packages/pipeline (inputs of the one-step action).
 * Light on purpose (kit only): an adapter reads and checks every input before it loads the heavy library.
 */



const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function readGoBuildInput(inputs, ctx) {
    const workdir = inputs.string('working-directory') || '.';
    const mod = inputs.optional('mod');
    const overwritten = inputs.optional('overwritten-x');
    return {
        workingDirectory: (0,external_node_path_.isAbsolute)(workdir) ? workdir : (0,external_node_path_.resolve)(ctx.workspace, workdir),
        workspace: ctx.workspace,
        packages: inputs.list('package'),
        name: inputs.optional('name'),
        output: inputs.string('output') || 'dist/{name}_{os}_{arch}{variant}{ext}',
        targets: inputs.list('targets'),
        x: [...inputs.keyValues('x')],
        version: inputs.optional('version'),
        vars: {
            version: inputs.string('version-var'),
            commit: inputs.string('commit-var'),
            date: inputs.string('date-var'),
            port: inputs.string('port-var'),
        },
        port: inputs.port('port'),
        cgo: inputs.boolean('cgo', false),
        strip: inputs.boolean('strip', true),
        trimpath: inputs.boolean('trimpath', true),
        buildvcs: inputs.boolean('buildvcs', false),
        tags: inputs.list('tags'),
        flagLines: inputs.lines('flags'),
        ldflags: inputs.string('ldflags'),
        env: [...inputs.keyValues('env', { keyPattern: ENV_NAME, keyForm: 'an environment variable name' })],
        netrc: (0,netrc/* parseNetrc */.Q)(inputs.string('netrc')),
        goprivate: inputs.list('goprivate'),
        modfile: inputs.optional('modfile'),
        mod: mod === undefined ? undefined : inputs.enum('mod', ['readonly', 'vendor', 'mod']),
        parallel: inputs.integer('parallel', { min: 1, max: 64 }),
        tagPrefix: (0,version/* tagPrefixInput */.N8)(inputs),
        overwrittenX: overwritten === undefined
            ? undefined
            : inputs.enum('overwritten-x', ['error', 'warn', 'ignore']),
        chained: ctx.chained,
        signal: ctx.signal,
    };
}
function readSetupGoOptions(inputs, ctx) {
    const env = ctx.env;
    const baseUrlInput = inputs.optional('go-download-base-url');
    const baseUrlEnv = env.GO_DOWNLOAD_BASE_URL?.trim() || undefined;
    return {
        goVersion: inputs.optional('go-version'),
        goVersionFile: inputs.optional('go-version-file'),
        checkLatest: inputs.boolean('check-latest'),
        architecture: inputs.optional('architecture'),
        hostArch: process.arch,
        hostPlatform: process.platform,
        downloadBaseUrl: baseUrlInput
            ? { value: baseUrlInput, from: 'input' }
            : baseUrlEnv
                ? { value: baseUrlEnv, from: 'GO_DOWNLOAD_BASE_URL' }
                : undefined,
        token: inputs.string('token'),
        serverUrl: env.GITHUB_SERVER_URL,
        cache: inputs.boolean('cache', true),
        cacheRestoreOnly: inputs.boolean('cache-restore-only'),
        cacheDependencyPath: inputs.list('cache-dependency-path'),
        gotoolchain: inputs.string('gotoolchain'),
        workspace: ctx.workspace,
        toolCacheRoot: env.RUNNER_TOOL_CACHE || (0,external_node_path_.join)(ctx.homedir, '.cache', 'goship', 'tool-cache'),
        runnerOs: env.RUNNER_OS || process.platform,
        env,
        signal: ctx.signal,
    };
}

;// CONCATENATED MODULE: ./packages/go/src/stages/go-build-ldflags.ts
/*
 * go-build-ldflags as a stage (packages/kit/src/stage.ts): read = readGoBuildInput plus every check that
 * needs no toolchain (the -X grammar, flag lines, option combinations); run loads the build half only.
 */


const goBuildLdflags = {
    name: 'go-build-ldflags',
    async read(inputs, ctx) {
        // Masked before anything runs (a netrc parse error never quotes a value).
        const { signal: _signal, ...config } = readGoBuildInput(inputs, ctx);
        for (const secret of (0,netrc/* netrcSecrets */.c)(config.netrc ?? []))
            ctx.log.secret(secret);
        // The checks that need the -X grammar live with the build; loading them costs no toolchain call.
        const { checkGoBuildInput } = await __webpack_require__.e(/* import() */ 4867).then(__webpack_require__.bind(__webpack_require__, 24867));
        checkGoBuildInput(config);
        return config;
    },
    async run(config, _upstream, ctx) {
        const { goBuildStage } = await __webpack_require__.e(/* import() */ 4867).then(__webpack_require__.bind(__webpack_require__, 24867));
        const r = await goBuildStage({ ...config, baseEnv: ctx.env, signal: ctx.signal }, ctx.log);
        return { outputs: r.outputs, summary: r.summary, failures: r.failures, value: r };
    },
};

;// CONCATENATED MODULE: ./packages/go/src/stages/setup-go.ts

const setupGo = {
    name: 'setup-go',
    read(inputs, ctx) {
        const { env: _env, signal: _signal, ...config } = readSetupGoOptions(inputs, ctx);
        return config;
    },
    async run(config, _upstream, ctx) {
        const { setupGoStage } = await __webpack_require__.e(/* import() */ 8878).then(__webpack_require__.bind(__webpack_require__, 38878));
        const r = await setupGoStage({ ...config, env: ctx.env, signal: ctx.signal, log: ctx.log });
        return {
            outputs: r.outputs,
            summary: r.summary,
            failures: [],
            value: r,
            environment: { title: 'Go environment', vars: r.env, path: r.path },
        };
    },
};
/** The post step: saves the module/build cache the main step restored (state from `value.saveCache`). */
async function saveSetupGoCache(state) {
    const { saveGoCache } = await __webpack_require__.e(/* import() */ 4092).then(__webpack_require__.bind(__webpack_require__, 4092));
    return saveGoCache(state);
}

;// CONCATENATED MODULE: ./packages/go/src/stages/index.ts
// The two Go stages (packages/kit/src/stage.ts): light to import; each loads its heavy half in `run`.




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

/***/ 47764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseNetrc),
/* harmony export */   c: () => (/* binding */ netrcSecrets)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77817);
/*
 * A .netrc given as an input (a secret: `machine HOST login USER password TOKEN`), read the way the go
 * command reads $NETRC (cmd/go/internal/auth/netrc.go: whitespace-separated tokens, `macdef` bodies up to a
 * blank line) so that what the go command would silently skip is an input error here, at its line. Two
 * forms are refused rather than passed on: a `default` entry (it would hand the password to every host
 * a build talks to, and a credential goes only to its own origin) and a machine written as a URL (the go
 * command compares host names; `https://github.com` would never match and the fetch would go out
 * anonymous). No message ever contains a login or a password.
 */

/** A host name, with :port for a server on another port (the go command matches the port since Go 1.24). */
const HOST = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\d{1,5})?$/;
const FORM = 'lines such as: machine github.com login x-access-token password <token>';
/** The entries of `text`; every problem is collected and thrown together (InputErrors on `input`). */
function parseNetrc(text, input = 'netrc') {
    const tokens = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const words = lines[i].trim().split(/\s+/).filter(Boolean);
        if (words[0] === 'macdef') {
            // A macro body runs to the next blank line; nothing in it is a token.
            while (i + 1 < lines.length && lines[i + 1].trim() !== '')
                i++;
            continue;
        }
        for (const value of words)
            tokens.push({ value, line: i + 1 });
    }
    const errors = [];
    const entries = [];
    let current;
    const finish = () => {
        if (!current)
            return;
        const missing = ['login', 'password'].filter((k) => current[k] === undefined);
        if (missing.length > 0)
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `machine ${current.machine} (line ${current.line}) has no ${missing.join(' and no ')}`, FORM));
        else
            entries.push(current);
        current = undefined;
    };
    for (let t = 0; t < tokens.length; t++) {
        const { value, line } = tokens[t];
        const next = tokens[t + 1];
        if (value === 'default') {
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `line ${line} has a 'default' entry, which would send its password to every host the build contacts`, FORM, 'Name each host with its own machine line.'));
            finish();
            break; // as in the go command: nothing after default is read
        }
        if (value === 'machine') {
            finish();
            if (!next) {
                errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `line ${line}: 'machine' has no host name after it`, FORM));
                break;
            }
            t++;
            if (!HOST.test(next.value))
                errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `line ${line}: machine '${next.value.slice(0, 80)}' is not a host name`, `${FORM} (a host name, with :port for a non-default port; no scheme or path)`));
            current = { machine: next.value.toLowerCase(), line };
            continue;
        }
        if (value === 'login' || value === 'password' || value === 'account') {
            if (!current) {
                errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `line ${line}: '${value}' comes before any machine`, FORM));
                t++;
                continue;
            }
            if (!next) {
                errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `line ${line}: '${value}' has no value after it`, FORM));
                break;
            }
            t++;
            if (value !== 'account')
                current[value] = next.value;
            continue;
        }
        // Never echo the token: a misplaced password would otherwise be printed.
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `line ${line} has a word that is not a netrc keyword (machine, login, password, account, macdef)`, FORM));
        break;
    }
    finish();
    if (errors.length > 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .aggregate */ .QD)(errors, `Input '${input}' has ${errors.length} problems`);
    return entries;
}
/**
 * Every form in which a credential of `entries` could be printed: the password, the login:password pair
 * in base64 (an Authorization header, an auth file) and URL-encoded (a credentials URL).
 */
function netrcSecrets(entries) {
    return entries.flatMap((e) => [
        e.password,
        encodeURIComponent(e.password),
        Buffer.from(`${e.login}:${e.password}`).toString('base64'),
    ]);
}


/***/ })

};
