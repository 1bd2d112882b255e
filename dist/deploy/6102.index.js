export const id = 6102;
export const ids = [6102];
export const modules = {

/***/ 86335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ X_NAME_FORM),
/* harmony export */   C$: () => (/* binding */ splitLdflags),
/* harmony export */   Vh: () => (/* binding */ LdflagsQuotingError),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   _g: () => (/* binding */ findInjections),
/* harmony export */   eB: () => (/* binding */ composeLdflags),
/* harmony export */   ge: () => (/* binding */ ldflagsQuotingProblem),
/* harmony export */   q: () => (/* binding */ ldflagsBuildArg),
/* harmony export */   vi: () => (/* binding */ parseXName)
/* harmony export */ });
/* unused harmony exports quoteLdflagsArg, joinLdflags, X_NAME_PATTERN */
/*
 * Composing the `-ldflags` value of `go build`, and quoting it the way the go command reads it.
 *
 * cmd/go splits the -ldflags value with cmd/internal/quoted.Split (load.PerPackageFlag.set):
 *   - fields are separated by ASCII whitespace (space, \t, \n, \r);
 *   - a field that STARTS with ' or " runs to the next identical quote; there is no escaping inside,
 *     and the closing quote ends the field even without a following space;
 *   - a quote anywhere else in a field is an ordinary character;
 *   - a value that, after trimming, does not start with '-' is read as `<pattern>=<flags>`.
 * The linker then receives each field as its own argv element, and `-X name=value` splits at the first
 * '=', so '=' and '$' in values need nothing at all (no shell is involved anywhere).
 *
 * Therefore an argument needs quoting only when it contains whitespace or starts with a quote, and it
 * can be quoted unless it contains BOTH quote kinds (Split has no escape). A value with both kinds but
 * no whitespace (`a'b"c`) is still representable unquoted, which quoted.Join would needlessly refuse.
 *
 * In the contract because two stages compose the same value: go-build-ldflags passes it to `go build`,
 * docker-multistage's Dockerfile mode to the builder as a build argument.
 */
/** A value that cannot be passed through the go command's ldflags parsing. */
class LdflagsQuotingError extends Error {
    arg;
    constructor(message, arg) {
        super(message);
        this.arg = arg;
        this.name = 'LdflagsQuotingError';
    }
}
const isSpaceChar = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
/** A faithful port of cmd/internal/quoted.Split (Go 1.18+): the go command's reading of -ldflags. */
function splitLdflags(value) {
    const fields = [];
    let s = value;
    while (s.length > 0) {
        let start = 0;
        while (start < s.length && isSpaceChar(s[start]))
            start++;
        s = s.slice(start);
        if (s.length === 0)
            break;
        const first = s[0];
        if (first === '"' || first === "'") {
            const end = s.indexOf(first, 1);
            if (end < 0)
                throw new LdflagsQuotingError(`unterminated ${first} string`, value);
            fields.push(s.slice(1, end));
            s = s.slice(end + 1);
            continue;
        }
        let i = 0;
        while (i < s.length && !isSpaceChar(s[i]))
            i++;
        fields.push(s.slice(0, i));
        s = s.slice(i);
    }
    return fields;
}
/** Why `arg` cannot be represented in -ldflags, or undefined when it can. */
function ldflagsQuotingProblem(arg) {
    if (arg.includes('\0'))
        return 'contains a NUL byte, which no command-line argument can carry';
    const needsQuotes = arg === '' || [...arg].some(isSpaceChar) || arg.startsWith("'") || arg.startsWith('"');
    if (needsQuotes && arg.includes("'") && arg.includes('"')) {
        return ('contains whitespace together with both a single quote (\') and a double quote ("); the go command ' +
            'splits -ldflags on whitespace and has no escape character, so such a value cannot be passed');
    }
    return undefined;
}
/** Quotes one argument so that splitLdflags gives it back unchanged; throws when that is impossible. */
function quoteLdflagsArg(arg) {
    const problem = ldflagsQuotingProblem(arg);
    if (problem)
        throw new LdflagsQuotingError(`ldflags argument ${JSON.stringify(arg)} ${problem}`, arg);
    const needsQuotes = arg === '' || [...arg].some(isSpaceChar) || arg.startsWith("'") || arg.startsWith('"');
    if (!needsQuotes)
        return arg;
    return arg.includes("'") ? `"${arg}"` : `'${arg}'`;
}
/** The -ldflags value for a list of linker arguments (the inverse of splitLdflags). */
function joinLdflags(args) {
    return args.map(quoteLdflagsArg).join(' ');
}
// An import path as the go command accepts it (module.CheckImportPath's characters), then '.', then a Go
// identifier. The linker splits `-X` at the LAST dot before '=', so the identifier cannot contain dots.
const IMPORT_PATH = String.raw `(?:[A-Za-z0-9_~+\-][A-Za-z0-9._~+\-]*)(?:/[A-Za-z0-9_~+\-][A-Za-z0-9._~+\-]*)*`;
const IDENTIFIER = String.raw `[\p{L}_][\p{L}\p{Nd}_]*`;
const X_NAME_PATTERN = new RegExp(`^(${IMPORT_PATH})\\.(${IDENTIFIER})$`, 'u');
const X_NAME_FORM = 'an import path, a dot and a Go identifier, e.g. main.version or example.com/app/internal/build.Commit';
/** Splits `importpath.name`; undefined when it is not a valid -X target. */
function parseXName(name) {
    const m = X_NAME_PATTERN.exec(name);
    return m ? { pkg: m[1], ident: m[2] } : undefined;
}
/** `-X` pairs found in a list of linker arguments (`-X n=v`, `-X=n=v`, `--X n=v`). */
function findInjections(args) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        let pair;
        if (a === '-X' || a === '--X')
            pair = args[++i];
        else if (a.startsWith('-X='))
            pair = a.slice(3);
        else if (a.startsWith('--X='))
            pair = a.slice(4);
        if (pair === undefined)
            continue;
        const eq = pair.indexOf('=');
        if (eq > 0)
            out.push({ name: pair.slice(0, eq), value: pair.slice(eq + 1) });
    }
    return out;
}
/**
 * Builds the -ldflags value: `-s -w -buildid= -X k=v … <extra>`. Throws LdflagsQuotingError for a value
 * the go command could not read back, and for extra flags that do not split (unterminated quote) or that
 * would be read as a per-package pattern.
 */
function composeLdflags(opts = {}) {
    const args = [];
    if (opts.strip ?? true)
        args.push('-s', '-w');
    if (opts.emptyBuildId ?? true)
        args.push('-buildid=');
    for (const { name, value } of opts.inject ?? []) {
        if (!parseXName(name))
            throw new LdflagsQuotingError(`-X target '${name}' is not ${X_NAME_FORM}`, name);
        args.push('-X', `${name}=${value}`);
    }
    const extra = (opts.extra ?? '').trim();
    if (extra !== '') {
        if (!extra.startsWith('-')) {
            throw new LdflagsQuotingError(`extra ldflags '${extra}' do not start with '-': the go command would read them as <pattern>=<flags>`, extra);
        }
        args.push(...splitLdflags(extra));
    }
    const ldflags = joinLdflags(args);
    if (ldflags !== '' && !ldflags.startsWith('-')) {
        // cmd/go reads a value not starting with '-' as <pattern>=<flags> and rejects a leading quote.
        throw new LdflagsQuotingError(`ldflags would start with ${ldflags[0]}: the first linker argument needs quoting`, ldflags);
    }
    const injected = {};
    for (const { name, value } of findInjections(args))
        injected[name] = value;
    return { ldflags, args, injected };
}
/** POSIX sh single-quoting: safe for any string in a `sh -c` line (a Dockerfile RUN in shell form). */
function shellQuote(value) {
    if (value.includes('\0'))
        throw new LdflagsQuotingError('a NUL byte cannot be passed to a shell', value);
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
/**
 * How to hand an -ldflags value to a Dockerfile build without ever putting it in Dockerfile text:
 * pass it as a build argument (one argv element for buildah/docker, no shell), declare the ARG in the
 * build stage, and expand it inside double quotes in the RUN line — the shell does not re-split or
 * re-expand the result of "${NAME}", so quotes, spaces, '$' and newlines arrive intact.
 */
function ldflagsBuildArg(ldflags, name = 'GOSHIP_LDFLAGS') {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
        throw new Error(`'${name}' is not a valid build argument name`);
    if (ldflags.includes('\0'))
        throw new LdflagsQuotingError('a NUL byte cannot be passed as a build argument', ldflags);
    return {
        name,
        value: ldflags,
        argv: ['--build-arg', `${name}=${ldflags}`],
        dockerfileArg: `ARG ${name}`,
        goBuildFlag: `"-ldflags=\${${name}}"`,
    };
}


/***/ }),

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

/***/ 421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wy: () => (/* binding */ runtimeImage),
/* harmony export */   Zt: () => (/* binding */ binaryNameFromModule),
/* harmony export */   vB: () => (/* binding */ goVersionFromModule),
/* harmony export */   vU: () => (/* binding */ LDFLAGS_ARG),
/* harmony export */   w9: () => (/* binding */ RUNTIME_ALIASES),
/* harmony export */   wN: () => (/* binding */ generateDockerfile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85845);
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86335);
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77057);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77817);
/*
 * The generated Dockerfile for a Go service: a builder stage on a pinned golang image (module download
 * in its own layer, cache mounts, the same -ldflags composition as go-build-ldflags passed as a build
 * argument), and a runtime stage (scratch by default, with CA certificates and a passwd/group holding
 * the non-root user 65532). Every FROM image is an ARG so a build can point it at a mirror.
 */




// Fully qualified: buildah/podman refuse short names when registries.conf has no unqualified-search
// registries (and resolving them through a search list is a spoofing risk anyway).
const RUNTIME_ALIASES = {
    scratch: 'scratch',
    distroless: 'gcr.io/distroless/static-debian12:nonroot',
    alpine: 'docker.io/library/alpine:3.20',
};
const LDFLAGS_ARG = 'GOSHIP_LDFLAGS';
/**
 * The runtime stage image for input `base`: an alias, or an image reference exactly as written. It is
 * written into `ARG RUNTIME_IMAGE=…`, so anything else (a newline would start a new Dockerfile
 * instruction) is refused. Throws InvalidReferenceError.
 */
function runtimeImage(text) {
    const alias = RUNTIME_ALIASES[text];
    if (alias)
        return alias;
    // parseReference trims its input; the Dockerfile would not.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
    if (/[\s\u0000-\u001f\u007f]/.test(text))
        throw new _goship_contract__WEBPACK_IMPORTED_MODULE_2__/* .InvalidReferenceError */ .x_(text, 'it contains whitespace or control characters');
    (0,_goship_contract__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(text);
    return text;
}
/** The go (or toolchain) version a module asks for, from go.mod: `toolchain go1.22.5` wins over `go 1.22`. */
function goVersionFromModule(dir) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'go.mod');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    const toolchain = /^toolchain\s+go(\d+\.\d+(?:\.\d+)?)\s*$/m.exec(text);
    const go = /^go\s+(\d+\.\d+(?:\.\d+)?)\s*$/m.exec(text);
    return toolchain?.[1] ?? go?.[1];
}
/** What `go build` names the binary of the module root: the last path element, without a /vN suffix. */
function binaryNameFromModule(dir) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'go.mod');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    const m = /^module\s+"?([^\s"]+)"?\s*$/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    if (!m)
        return undefined;
    const parts = m[1].split('/');
    if (parts.length > 1 && /^v\d+$/.test(parts[parts.length - 1]))
        parts.pop();
    return parts[parts.length - 1];
}
const SAFE_PACKAGE = /^(\.{1,2}(\/[A-Za-z0-9._~-]+)*|[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*)$/;
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function generateDockerfile(o) {
    if (!SAFE_PACKAGE.test(o.package))
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Input 'package': '${o.package}' is not a Go package path`, {
            hint: 'Use a path such as . or ./cmd/server.',
        });
    if (!SAFE_NAME.test(o.binaryName))
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`binary name '${o.binaryName}' is not valid`, { hint: 'Use letters, digits, . _ -' });
    if (!/^\d+\.\d+(\.\d+)?$/.test(o.goVersion))
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Go version '${o.goVersion}' is not of the form 1.22 or 1.22.5`);
    let runtime;
    try {
        runtime = runtimeImage(o.runtime);
    }
    catch (e) {
        if (!(e instanceof _goship_contract__WEBPACK_IMPORTED_MODULE_2__/* .InvalidReferenceError */ .x_))
            throw e;
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Input 'base': ${JSON.stringify(o.runtime)} is not an image reference: ${e.problem}`, {
            hint: `Use scratch, ${Object.keys(RUNTIME_ALIASES)
                .filter((k) => k !== 'scratch')
                .join(', ')}, or an image reference such as gcr.io/distroless/static-debian12:nonroot.`,
        });
    }
    const scratch = runtime === 'scratch';
    const ld = (0,_goship_contract__WEBPACK_IMPORTED_MODULE_4__/* .ldflagsBuildArg */ .q)('', LDFLAGS_ARG);
    const bin = `/usr/local/bin/${o.binaryName}`;
    // The go command and git read $HOME/.netrc; a secret mount exists only while its RUN runs.
    const netrcMount = o.netrcSecret ? '--mount=type=secret,id=netrc,target=/root/.netrc,required=true ' : '';
    const privateArgs = o.netrcSecret
        ? '# Private module paths (build-args: GOPRIVATE=github.com/acme/*): no proxy, no checksum database.\nARG GOPRIVATE=\n'
        : '';
    return `# syntax=docker/dockerfile:1
# Generated by goship docker-multistage. Override the images with --build-arg GO_IMAGE=… / RUNTIME_IMAGE=….
ARG GO_IMAGE=docker.io/library/golang:${o.goVersion}
ARG RUNTIME_IMAGE=${runtime}

FROM --platform=$BUILDPLATFORM \${GO_IMAGE} AS builder
WORKDIR /src
ENV CGO_ENABLED=0 GOTOOLCHAIN=local GOMODCACHE=/go/pkg/mod GOCACHE=/root/.cache/go-build
# Modules first: this layer is reused until go.mod/go.sum change.
COPY go.mod ${o.hasGoSum ? 'go.sum ' : ''}./
${privateArgs}RUN --mount=type=cache,target=/go/pkg/mod ${netrcMount}go mod download
COPY . .
${ld.dockerfileArg}
ARG TARGETOS TARGETARCH TARGETVARIANT
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build ${netrcMount}\\
    GOOS="$TARGETOS" GOARCH="$TARGETARCH" GOARM="\${TARGETVARIANT#v}" \\
    go build -trimpath -buildvcs=false ${ld.goBuildFlag} -o /out${bin} '${o.package}'
# A passwd/group with the non-root user, and the CA bundle when the builder has one.
RUN mkdir -p /out/rootfs/etc/ssl/certs /out/rootfs/tmp && chmod 1777 /out/rootfs/tmp && \\
    printf 'root:x:0:0:root:/root:/sbin/nologin\\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\\n' > /out/rootfs/etc/passwd && \\
    printf 'root:x:0:\\nnonroot:x:65532:\\n' > /out/rootfs/etc/group && \\
    if [ -f /etc/ssl/certs/ca-certificates.crt ]; then cp /etc/ssl/certs/ca-certificates.crt /out/rootfs/etc/ssl/certs/; fi

FROM \${RUNTIME_IMAGE}
${scratch ? 'COPY --from=builder /out/rootfs/ /\n' : ''}COPY --from=builder /out${bin} ${bin}
ARG APP_PORT=${o.port}
ENV ${o.portEnv ?? _goship_contract__WEBPACK_IMPORTED_MODULE_5__/* .PORT_ENV */ .Cf}=\${APP_PORT}
EXPOSE \${APP_PORT}
USER 65532:65532
ENTRYPOINT ["${bin}"]
`;
}


/***/ }),

/***/ 7481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bm: () => (/* binding */ checkSecretMounts),
/* harmony export */   Pl: () => (/* binding */ writeSecrets),
/* harmony export */   dR: () => (/* binding */ SECRET_ID)
/* harmony export */ });
/* unused harmony export secretMounts */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77817);
/*
 * Build secrets for Dockerfile builds (`RUN --mount=type=secret,id=ID`): each value is written to a 0600
 * file in the build's own scratch directory (removed with it) and handed to the builder as
 * `--secret id=ID,src=FILE`, the one form docker buildx, buildah and podman all take. A secret mount exists
 * only while its RUN runs, so the value reaches no layer, no build arg and no image history. The Dockerfile
 * and the secrets input are compared first: a required mount with no secret fails before the builder
 * starts, a secret nothing mounts (or an optional mount without one) is a warning at its line.
 */



/** A secret id as the builders accept it. */
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
/** Every `--mount=type=secret,…` in a Dockerfile, with its id (default: the target's file name). */
function secretMounts(text) {
    const mounts = [];
    for (const m of text.matchAll(/--mount=(\S+)/g)) {
        const lineStart = text.lastIndexOf('\n', m.index) + 1;
        if (text.slice(lineStart, m.index).trimStart().startsWith('#'))
            continue; // a comment line
        const fields = new Map(m[1].split(',').map((f) => {
            const i = f.indexOf('=');
            return i < 0 ? [f, 'true'] : [f.slice(0, i), f.slice(i + 1)];
        }));
        if (fields.get('type') !== 'secret')
            continue;
        const target = fields.get('target') ?? fields.get('dst') ?? fields.get('destination') ?? '';
        const id = fields.get('id') ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target);
        const line = text.slice(0, m.index).split('\n').length;
        mounts.push({ id, required: fields.get('required') === 'true', line });
    }
    return mounts;
}
/** Throws for a required mount without its secret; warns for the mismatches that only lose a value. */
function checkSecretMounts(o, text, display) {
    const mounts = secretMounts(text);
    const given = new Set([...o.secrets.keys(), ...(o.secretFiles?.keys() ?? [])]);
    const missing = mounts.filter((m) => !given.has(m.id));
    const required = missing.find((m) => m.required);
    if (required)
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${display}:${required.line} mounts the secret '${required.id}' (required=true), but the secrets input gives none`, {
            hint: `Add a line ${required.id}=\${{ secrets.… }} to secrets (or ${required.id}=<path> to secret-files)${required.id === 'netrc' ? ', or set the netrc input' : ''}.`,
            location: { file: display, line: required.line },
        });
    for (const m of missing)
        o.warn?.(`${display}:${m.line} mounts the secret '${m.id}', but the secrets input gives none: the RUN sees no file there`, { file: display, line: m.line });
    const mounted = new Set(mounts.map((m) => m.id));
    for (const id of given)
        if (!mounted.has(id))
            o.warn?.(`secret '${id}' is given but no RUN in ${display} mounts it (--mount=type=secret,id=${id})`, {
                file: display,
            });
}
/** The secrets as files in `work` (secret files as they are) and the builder flags that pass them. */
function writeSecrets(secrets, work, secretFiles = new Map()) {
    const flags = [...secretFiles].flatMap(([id, path]) => ['--secret', `id=${id},src=${path}`]);
    if (secrets.size === 0)
        return flags;
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(work, 'secrets');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { mode: 0o700 });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(dir, 0o700);
    return [
        ...[...secrets].flatMap(([id, value]) => {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, id);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, value, { mode: 0o600 });
            return ['--secret', `id=${id},src=${file}`];
        }),
        ...flags,
    ];
}


/***/ }),

/***/ 14904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ readPublishRequest)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85845);
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(85568);
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(77057);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80524);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77817);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(47764);
/* harmony import */ var _dockerfile_generate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(421);
/* harmony import */ var _dockerfile_secrets_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7481);
/* harmony import */ var _media_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20297);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6756);
/*
 * docker-multistage's inputs read into a PublishRequest: every input checked (before any registry or builder
 * is touched), shared by the action's adapter and packages/pipeline.
 */








/** A relative path input stays under `base` (issue 11: file inputs are confined unless given absolute). */
/** A relative path input stays inside its root (kit's one rule), a Dockerfile inside its context. */
function confined(input, value, base, expected, rootName) {
    return (0,_goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .confinedPath */ .OR)(value, base, { input, expected, rootName });
}
function reference(input, value) {
    try {
        return (0,_goship_contract__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(value);
    }
    catch (e) {
        if (e instanceof _goship_contract__WEBPACK_IMPORTED_MODULE_3__/* .InvalidReferenceError */ .x_)
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(input, e.problem, 'an image reference such as ghcr.io/acme/app, localhost:5000/app or nginx:1.27');
        throw e;
    }
}
function artifactsInput(inputs) {
    const raw = inputs.string('artifacts');
    if (raw === '')
        return [];
    const text = raw.startsWith('[') || raw.startsWith('{') ? raw : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(raw) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(raw, 'utf8') : raw;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (e) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('artifacts', `is not JSON (${e.message})`, "go-build-ldflags' artifacts output: a JSON list of {name, os, arch, path}");
    }
    const list = Array.isArray(parsed) ? parsed : [parsed];
    return list.map((a, i) => {
        const o = a;
        for (const key of ['os', 'arch', 'path']) {
            if (typeof o?.[key] !== 'string' || o[key] === '')
                throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('artifacts', `entry ${i} has no '${key}'`, 'objects with name, os, arch, path (and sha256)');
        }
        return { ...o, name: o.name || 'app' };
    });
}
/** The digests input as text; a directory (download-artifact's) → the contents of its files, sorted by name. */
function digestsInput(raw, workspace) {
    const path = raw.trim();
    if (path === '' || path.includes('\n') || path.startsWith('[') || path.startsWith('{'))
        return raw;
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, path);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
        return raw;
    const files = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })
        .filter((f) => f.isFile())
        .map((f) => f.name)
        .sort();
    if (files.length === 0)
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('digests', `directory ${dir} holds no file`, 'one file per platform with its digest');
    return files
        .map((f) => {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f), 'utf8').trim();
        // A file named by the digest (docker's recipe: an empty file per digest) is its own content.
        if (text === '' && (0,_goship_contract__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(f))
            return f;
        // One line per file, so that a JSON document (the metadata output) stays one entry.
        return text.startsWith('{') || text.startsWith('[') ? oneLineJson(text, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f)) : text;
    })
        .join('\n');
}
function oneLineJson(text, file) {
    try {
        return JSON.stringify(JSON.parse(text));
    }
    catch (e) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('digests', `${file} is not JSON (${e.message})`, 'a digest, name@digest or the metadata output');
    }
}
function platformsInput(inputs) {
    return inputs.list('platforms').map((p) => {
        const parsed = (0,_media_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePlatform */ .FL)(p);
        if (!parsed)
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('platforms', `'${p}' is not a platform`, 'os/arch[/variant], e.g. linux/amd64, linux/arm64, linux/arm/v7');
        return parsed;
    });
}
function tagRulesInput(inputs) {
    const lines = inputs.lines('tags');
    try {
        return (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .parseTagRules */ .hh)(lines.length > 0 ? lines : _tags_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_TAG_RULES */ .rP);
    }
    catch (e) {
        if (e instanceof _tags_js__WEBPACK_IMPORTED_MODULE_6__/* .TagRuleError */ .lq)
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('tags', e.message, 'one rule per line: type=semver,pattern={{version}} | type=ref,event=branch | type=sha | type=raw,value=<tag> | <tag>');
        throw e;
    }
}
/** The image to push to: lower-cased (with a notice), and no digest. */
function imageInput(inputs, ctx) {
    const imageText = inputs.string('image', { required: true });
    const imageLower = (0,_goship_contract__WEBPACK_IMPORTED_MODULE_3__/* .lowercaseName */ .dc)(imageText);
    if (imageLower !== imageText)
        ctx.log.notice(`Input 'image': using '${imageLower}' (repository names are lower case)`);
    const image = reference('image', imageLower);
    if (image.digest)
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('image', `'${inputs.string('image')}' names a digest`, 'a repository (optionally with a tag) to push to');
    return image;
}
/** mode with what it needs: digests only for merge, artifacts (confined to the workspace) for assemble. */
function modeAndArtifactsInput(inputs, ctx) {
    const modeInput = inputs.enum('mode', ['auto', 'assemble', 'dockerfile', 'merge'], 'auto');
    const digests = inputs.string('digests');
    if (modeInput !== 'merge' && digests !== '')
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('digests', `is set but mode is ${modeInput}`, 'digests only with mode: merge');
    const artifacts = (modeInput === 'merge' ? [] : artifactsInput(inputs)).map((a) => ({
        ...a,
        path: confined('artifacts', a.path, ctx.workspace, "binaries inside the workspace (go-build-ldflags' artifacts output)"),
    }));
    const mode = modeInput === 'auto' ? (artifacts.length > 0 ? 'assemble' : 'dockerfile') : modeInput;
    if (mode === 'assemble' && artifacts.length === 0 && !ctx.chained) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('artifacts', 'is empty but mode is assemble', "go-build-ldflags' artifacts output", 'Pass artifacts: ${{ steps.build.outputs.artifacts }}, or use mode: dockerfile.');
    }
    return { mode, digests, artifacts };
}
/** base: a reference for assemble, a runtime (alias or reference) for the generated Dockerfile. */
function baseInput(inputs, mode) {
    const baseText = inputs.string('base') || 'scratch';
    const base = mode === 'assemble' && baseText !== 'scratch' ? reference('base', baseText) : undefined;
    if (mode === 'dockerfile') {
        // It becomes `ARG RUNTIME_IMAGE=…` of the generated Dockerfile: an image reference and nothing more.
        try {
            (0,_dockerfile_generate_js__WEBPACK_IMPORTED_MODULE_7__/* .runtimeImage */ .Wy)(baseText);
        }
        catch (e) {
            if (e instanceof _goship_contract__WEBPACK_IMPORTED_MODULE_3__/* .InvalidReferenceError */ .x_)
                throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('base', e.problem, `scratch, ${Object.keys(_dockerfile_generate_js__WEBPACK_IMPORTED_MODULE_7__/* .RUNTIME_ALIASES */ .w9)
                    .filter((k) => k !== 'scratch')
                    .join(', ')} or an image reference such as gcr.io/distroless/static-debian12:nonroot`);
            throw e;
        }
    }
    return { baseText, base };
}
/** registry-ca: the PEM text of the file, if given. */
function registryCaInput(inputs) {
    const caPath = inputs.optional('registry-ca');
    let ca;
    if (caPath) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(caPath))
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('registry-ca', `file ${caPath} does not exist`, 'a PEM file with CA certificates');
        ca = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(caPath, 'utf8');
        if (!ca.includes('-----BEGIN CERTIFICATE-----'))
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('registry-ca', `${caPath} holds no PEM certificate`, 'a PEM file (-----BEGIN CERTIFICATE-----)');
    }
    return ca;
}
/** context (an existing directory in the workspace) and the dockerfile input (a file inside the context). */
function contextInput(inputs, workspace) {
    const dockerfileInput = inputs.string('dockerfile');
    const context = confined('context', inputs.string('context') || '.', workspace, 'the Go module directory, relative to the workspace');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(context))
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('context', `directory ${context} does not exist`, 'the Go module directory, relative to the workspace');
    if (dockerfileInput && dockerfileInput !== 'generate')
        confined('dockerfile', dockerfileInput, context, 'a Dockerfile inside the context (or generate)', `the context (${context})`);
    return { context, dockerfileInput };
}
function goVersionInput(inputs) {
    const goVersion = inputs.optional('go-version');
    if (goVersion && !/^\d+\.\d+(\.\d+)?$/.test(goVersion))
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('go-version', `'${goVersion}' is not a Go version`, 'a version such as 1.22 or 1.22.5');
    return goVersion;
}
/**
 * secrets (id=value lines) and netrc (the `netrc` secret, checked as a netrc): for a Dockerfile's
 * `RUN --mount=type=secret`. Masked first. Assemble mode runs no RUN: there they are refused, except in the
 * one-step action, whose netrc input is go-build-ldflags' as well.
 */
function buildSecretsInput(inputs, ctx, mode) {
    const secrets = inputs.keyValues('secrets', {
        keyPattern: _dockerfile_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .SECRET_ID */ .dR,
        keyForm: 'a secret id (letters, digits, _ . -)',
    });
    for (const value of secrets.values())
        ctx.log.secret(value);
    const netrc = (0,_goship_kit__WEBPACK_IMPORTED_MODULE_9__/* .parseNetrc */ .Q)(inputs.string('netrc'));
    for (const secret of (0,_goship_kit__WEBPACK_IMPORTED_MODULE_9__/* .netrcSecrets */ .c)(netrc))
        ctx.log.secret(secret);
    if (netrc.length > 0) {
        if (secrets.has('netrc'))
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('secrets', "has a 'netrc' line and the netrc input is set", 'one of the two');
        secrets.set('netrc', netrc.map((e) => `machine ${e.machine} login ${e.login} password ${e.password}\n`).join(''));
    }
    const secretFiles = secretFilesInput(inputs, ctx.workspace, secrets);
    if (mode === 'dockerfile' || secrets.size + secretFiles.size === 0)
        return { secrets, secretFiles };
    if (ctx.chained)
        return { secrets: new Map(), secretFiles: new Map() };
    throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(inputs.string('secrets') ? 'secrets' : secretFiles.size > 0 ? 'secret-files' : 'netrc', `is set but mode is ${mode}, which runs no Dockerfile RUN`, 'build secrets only with mode: dockerfile', 'Private modules in assemble mode are fetched by go-build-ldflags: give netrc to it.');
}
/** secret-files: id=path per line (relative to the workspace); each file must exist, ids unique across both. */
function secretFilesInput(inputs, workspace, secrets) {
    const files = inputs.keyValues('secret-files', {
        keyPattern: _dockerfile_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .SECRET_ID */ .dR,
        keyForm: 'a secret id (letters, digits, _ . -)',
    });
    for (const [id, path] of files) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, path);
        if (secrets.has(id))
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('secret-files', `'${id}' is also given by secrets or netrc`, 'each secret id once');
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).isFile())
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('secret-files', `${id}: ${path} is not a file (looked for ${full})`, 'id=path of an existing file');
        files.set(id, full);
    }
    return files;
}
function readPublishRequest(inputs, ctx) {
    const password = inputs.string('registry-password');
    ctx.log.secret(password);
    const githubToken = inputs.string('github-token');
    ctx.log.secret(githubToken);
    const env = ctx.env;
    const signal = ctx.signal;
    const image = imageInput(inputs, ctx);
    const { mode, digests, artifacts } = modeAndArtifactsInput(inputs, ctx);
    const { baseText, base } = baseInput(inputs, mode);
    const ca = registryCaInput(inputs);
    const push = inputs.boolean('push', true);
    const { context, dockerfileInput } = contextInput(inputs, ctx.workspace);
    const tempRoot = ctx.runnerTemp;
    const output = push
        ? undefined
        : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(inputs.optional('output') ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tempRoot, `${image.repository.replace(/\//g, '-')}.oci`));
    const tagRules = tagRulesInput(inputs);
    const latest = inputs.enum('latest', ['auto', 'true', 'false'], 'auto');
    const buildArgs = inputs.keyValues('build-args', {
        keyPattern: /^[A-Za-z_][A-Za-z0-9_]*$/,
        keyForm: 'a build argument name (letters, digits, _)',
    });
    const goVersion = goVersionInput(inputs);
    const { secrets, secretFiles } = buildSecretsInput(inputs, ctx, mode);
    const request = {
        mode,
        pushByDigest: inputs.boolean('push-by-digest', false),
        digests: digestsInput(digests, ctx.workspace),
        image: { ...image, tag: undefined },
        tagRules,
        latest,
        tagPrefix: (0,_goship_contract__WEBPACK_IMPORTED_MODULE_10__/* .tagPrefixInput */ .N8)(inputs),
        extraTags: image.tag ? [image.tag] : [],
        artifacts,
        platforms: platformsInput(inputs),
        base,
        port: inputs.port('port'),
        portEnv: (0,_goship_contract__WEBPACK_IMPORTED_MODULE_11__/* .portEnvInput */ .pL)(inputs),
        args: (0,_goship_contract__WEBPACK_IMPORTED_MODULE_11__/* .argsInput */ .wF)(inputs),
        labels: Object.fromEntries(inputs.keyValues('labels')),
        push,
        output,
        sourceDir: context,
        tempDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tempRoot, 'goship-docker-multistage'),
        registry: {
            insecureRegistries: inputs.list('insecure-registries'),
            ca,
            explicit: { registry: image.registry, username: inputs.string('registry-username'), password },
            githubToken,
            env,
        },
        dockerfile: {
            context,
            dockerfile: dockerfileInput,
            buildArgs,
            secrets,
            secretFiles,
            target: inputs.optional('target'),
            strict: inputs.boolean('strict', false),
            cacheFrom: inputs.lines('cache-from'),
            cacheTo: inputs.lines('cache-to'),
            goVersion,
            goPackage: inputs.string('package') || '.',
            runtime: baseText,
            builder: inputs.enum('builder', ['auto', 'docker', 'buildah', 'podman'], 'auto'),
            ldflags: inputs.optional('ldflags'),
            tempDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tempRoot, 'goship-docker-multistage'),
        },
        listeningCheck: inputs.enum('listening-check', ['auto', 'true', 'false', 'unsandboxed'], 'auto'),
        env,
        signal,
        log: ctx.log,
    };
    return request;
}


/***/ }),

/***/ 20297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   V: () => (/* binding */ INDEX_TYPES),
/* harmony export */   _P: () => (/* binding */ MANIFEST_TYPES),
/* harmony export */   c3: () => (/* binding */ byPlatformName),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   my: () => (/* binding */ samePlatform),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


const MediaType = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayer: 'application/vnd.oci.image.layer.v1.tar',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    dockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
};
const MANIFEST_TYPES = [MediaType.ociManifest, MediaType.dockerManifest];
const INDEX_TYPES = [MediaType.ociIndex, MediaType.dockerManifestList];
/** A GET without these gets a 404 for OCI manifests, or a schema1 conversion (test/infra/registry/README.md, "Clients"). */
const MANIFEST_ACCEPT = [...INDEX_TYPES, ...MANIFEST_TYPES].join(', ');
function sha256(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
/** sha256 of a file, read as a stream (layers can be larger than memory should hold). */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
        hash.update(chunk);
    return `sha256:${hash.digest('hex')}`;
}
function formatPlatform(p) {
    return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}
/**
 * The index order when none is given: by platform name (code-point order, `linux/arm/v7` before
 * `linux/arm64`). assemble and merge both use it, so an index is the same bytes whichever built it.
 */
function byPlatformName(a, b) {
    const x = formatPlatform(a.platform);
    const y = formatPlatform(b.platform);
    return x < y ? -1 : x > y ? 1 : 0;
}
/** `linux/arm64`, `linux/arm/v7`; arm64's implicit `v8` is dropped so `linux/arm64/v8` equals `linux/arm64`. */
function parsePlatform(text) {
    const m = /^([a-z0-9]+)\/([a-z0-9_]+)(?:\/([a-z0-9]+))?$/.exec(text.trim());
    if (!m)
        return undefined;
    const variant = m[2] === 'arm64' && m[3] === 'v8' ? undefined : m[3];
    return { os: m[1], architecture: m[2], ...(variant ? { variant } : {}) };
}
function samePlatform(a, b) {
    const norm = (p) => formatPlatform(parsePlatform(formatPlatform(p)) ?? p);
    return norm(a) === norm(b);
}


/***/ }),

/***/ 6102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dockerMultistage: () => (/* reexport */ dockerMultistage),
  readBackImage: () => (/* reexport */ readBackImage)
});

// EXTERNAL MODULE: ./packages/oci/src/inputs.ts
var src_inputs = __webpack_require__(14904);
;// CONCATENATED MODULE: ./packages/oci/src/stages/docker-multistage.ts

const dockerMultistage = {
    name: 'docker-multistage',
    read: (inputs, ctx) => (0,src_inputs/* readPublishRequest */.z)(inputs, { ...ctx, log: ctx.log }),
    async run(config, upstream, ctx) {
        const oci = await Promise.all(/* import() */[__webpack_require__.e(6079), __webpack_require__.e(7216)]).then(__webpack_require__.bind(__webpack_require__, 27216));
        const request = {
            ...config,
            artifacts: upstream.artifacts ?? config.artifacts,
            version: upstream.version ?? config.version,
            env: ctx.env,
            signal: ctx.signal,
            registry: { ...config.registry, env: ctx.env, signal: ctx.signal },
        };
        const { mode } = request;
        // The builder's output is long: one collapsible group.
        const r = await ctx.log.group(`${mode}: ${request.image.registry}/${request.image.repository}`, () => oci.publishImage(request).finally(oci.closeConnections));
        ctx.log.info(`${r.pushed ? 'pushed' : 'wrote'} ${r.image} (${r.tags.join(', ') || 'no tags'})`);
        return {
            outputs: {
                image: r.image,
                digest: r.digest,
                tags: r.tags.join(','),
                platforms: r.platforms.join(','),
                platform: r.platforms.length === 1 ? r.platforms[0] : '',
                'listening-port': r.listening.port ?? '',
                metadata: r,
            },
            summary: oci.publishSummary(r),
            failures: [],
            value: r,
        };
    },
};
/**
 * The pushed image as the registry serves it (manifest, config, what `tags` resolve to), read with the
 * stage's own credentials and origin rules: what the pipeline's integrity report compares.
 */
async function readBackImage(config, published, tags, ctx) {
    const oci = await Promise.all(/* import() */[__webpack_require__.e(6079), __webpack_require__.e(7216)]).then(__webpack_require__.bind(__webpack_require__, 27216));
    const pool = new oci.RegistryPool({
        ...config.registry,
        env: ctx.env,
        signal: ctx.signal,
        log: ctx.log,
    });
    return oci.readPushedImage(pool, config.image, published.digest, tags).finally(oci.closeConnections);
}

;// CONCATENATED MODULE: ./packages/oci/src/stages/index.ts
// The docker-multistage stage (packages/kit/src/stage.ts): light to import; `run` loads the image library.



/***/ }),

/***/ 6756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ computeTags),
/* harmony export */   TL: () => (/* binding */ parseGitRef),
/* harmony export */   UL: () => (/* binding */ highestRelease),
/* harmony export */   eL: () => (/* binding */ isLatest),
/* harmony export */   hh: () => (/* binding */ parseTagRules),
/* harmony export */   iP: () => (/* binding */ sanitizeTag),
/* harmony export */   lq: () => (/* binding */ TagRuleError),
/* harmony export */   rP: () => (/* binding */ DEFAULT_TAG_RULES)
/* harmony export */ });
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85845);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/*
 * Image tags computed from the git ref, metadata-action style. Rules (one per line of the `tags` input):
 *   type=semver,pattern={{version}}|{{major}}.{{minor}}|{{major}}|{{raw}}   on a tag ref that is semver
 *   type=ref,event=branch|tag|pr                                            branch name / tag / pr-<n>
 *   type=sha[,format=short|long][,prefix=sha-]                              sha-<7> (PR head SHA on PRs)
 *   type=raw,value=<tag>   or just  <tag>                                   a fixed tag
 * Every rule accepts prefix= and suffix= and enable=true|false. Pre-releases only get {{version}} and
 * {{raw}}: a release candidate must never move `1` or `1.2`. `latest` (auto) is added only for the
 * highest release tag in the repository, so re-tagging an old release does not move it.
 */


class TagRuleError extends Error {
    line;
    text;
    constructor(line, text, problem) {
        super(`tags line ${line} '${text}': ${problem}`);
        this.line = line;
        this.text = text;
        this.name = 'TagRuleError';
    }
}
const DEFAULT_TAG_RULES = [
    'type=semver,pattern={{version}}',
    'type=semver,pattern={{major}}.{{minor}}',
    'type=semver,pattern={{major}}',
    'type=ref,event=branch',
    'type=ref,event=pr',
    'type=sha',
];
const KNOWN_ATTRS = {
    semver: ['pattern', 'value'],
    ref: ['event'],
    sha: ['format'],
    raw: ['value'],
};
/** Parses tag rules (`type=…,key=value` or a bare tag, which is `type=raw`). */
function parseTagRules(lines) {
    return lines.map((text, i) => {
        const line = i + 1;
        if (!text.includes('='))
            return { type: 'raw', attrs: { value: text }, line, text };
        const attrs = {};
        for (const part of text.split(',')) {
            const eq = part.indexOf('=');
            if (eq <= 0)
                throw new TagRuleError(line, text, `'${part}' is not key=value`);
            attrs[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
        }
        const type = attrs.type;
        if (!type || !(type in KNOWN_ATTRS)) {
            throw new TagRuleError(line, text, `type must be one of semver, ref, sha, raw (got '${attrs.type ?? ''}')`);
        }
        delete attrs.type;
        for (const key of Object.keys(attrs)) {
            if (![...KNOWN_ATTRS[type], 'prefix', 'suffix', 'enable'].includes(key)) {
                throw new TagRuleError(line, text, `unknown attribute '${key}' for type=${type}`);
            }
        }
        if (attrs.enable !== undefined && !['true', 'false'].includes(attrs.enable)) {
            throw new TagRuleError(line, text, 'enable must be true or false');
        }
        if (type === 'raw' && !attrs.value)
            throw new TagRuleError(line, text, 'type=raw needs value=<tag>');
        if (type === 'ref' && !['branch', 'tag', 'pr'].includes(attrs.event ?? '')) {
            throw new TagRuleError(line, text, 'type=ref needs event=branch, event=tag or event=pr');
        }
        if (type === 'sha' && attrs.format && !['short', 'long'].includes(attrs.format)) {
            throw new TagRuleError(line, text, 'format must be short or long');
        }
        if (type === 'semver' && !attrs.pattern)
            throw new TagRuleError(line, text, 'type=semver needs pattern=, e.g. {{version}}');
        return { type, attrs, line, text };
    });
}
/** Replaces characters a tag cannot hold (branch `feature/x` → `feature-x`), as metadata-action does. */
function sanitizeTag(value) {
    return value
        .replace(/[^A-Za-z0-9._-]/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}
/**
 * The semver of a release tag. With a release prefix other than v (tag-prefix), only `<prefix><semver>` tags
 * are releases, the prefix taken off as the version rule takes it off; with v, semver's loose parse (which
 * drops a leading v), as before tag-prefix reached the image.
 */
function parseRelease(tag, tagPrefix = 'v') {
    if (tagPrefix === 'v')
        return semver__WEBPACK_IMPORTED_MODULE_0___default().parse(tag, { loose: true });
    return tag.startsWith(tagPrefix) ? semver__WEBPACK_IMPORTED_MODULE_0___default().parse(tag.slice(tagPrefix.length), { loose: true }) : null;
}
function semverTag(rule, ctx) {
    const raw = rule.attrs.value ?? (ctx.ref.kind === 'tag' ? ctx.ref.name : undefined);
    if (!raw)
        return undefined;
    const v = rule.attrs.value ? semver__WEBPACK_IMPORTED_MODULE_0___default().parse(raw, { loose: true }) : parseRelease(raw, ctx.tagPrefix);
    if (!v)
        return undefined;
    const pattern = rule.attrs.pattern;
    const pre = v.prerelease.length > 0;
    // A pre-release only gets the patterns that carry the whole version.
    if (pre && !/^\{\{(version|raw)\}\}$/.test(pattern))
        return undefined;
    return pattern
        .replace(/\{\{\s*raw\s*\}\}/g, raw)
        .replace(/\{\{\s*version\s*\}\}/g, v.version)
        .replace(/\{\{\s*major\s*\}\}/g, String(v.major))
        .replace(/\{\{\s*minor\s*\}\}/g, String(v.minor))
        .replace(/\{\{\s*patch\s*\}\}/g, String(v.patch));
}
function ruleTag(rule, ctx) {
    switch (rule.type) {
        case 'semver':
            return semverTag(rule, ctx);
        case 'ref': {
            const event = rule.attrs.event;
            if (event === 'branch' && ctx.ref.kind === 'branch')
                return sanitizeTag(ctx.ref.name);
            if (event === 'tag' && ctx.ref.kind === 'tag')
                return sanitizeTag(ctx.ref.name);
            if (event === 'pr' && ctx.ref.kind === 'pr')
                return `pr-${ctx.ref.name}`;
            return undefined;
        }
        case 'sha': {
            if (!ctx.sha)
                return undefined;
            const sha = rule.attrs.format === 'long' ? ctx.sha : ctx.sha.slice(0, 7);
            return `${rule.attrs.prefix === undefined ? 'sha-' : ''}${sha}`;
        }
        case 'raw':
            return rule.attrs.value;
    }
}
/** The highest release (non-pre-release semver) among the repository's tags. */
function highestRelease(tags, tagPrefix) {
    const releases = tags.map((t) => parseRelease(t, tagPrefix)).filter((v) => v && v.prerelease.length === 0);
    return releases.sort((a, b) => semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare(a, b))[0]?.version;
}
/** Whether `latest` belongs on this build: a release tag that is the highest release in the repository. */
function isLatest(ctx) {
    if (ctx.ref.kind !== 'tag')
        return false;
    const v = parseRelease(ctx.ref.name, ctx.tagPrefix);
    if (!v || v.prerelease.length > 0)
        return false;
    const highest = highestRelease([...ctx.repositoryTags, ctx.ref.name], ctx.tagPrefix);
    return highest === v.version;
}
/**
 * Applies the rules to the context; order follows the rules, duplicates dropped, `latest` last.
 * `latest`: 'auto' (highest release only), 'true' (always), 'false' (never).
 */
function computeTags(rules, ctx, latest = 'auto') {
    const tags = [];
    const invalid = [];
    for (const rule of rules) {
        if (rule.attrs.enable === 'false')
            continue;
        const base = ruleTag(rule, ctx);
        if (base === undefined || base === '')
            continue;
        const tag = `${rule.attrs.prefix ?? ''}${base}${rule.attrs.suffix ?? ''}`;
        if (!(0,_goship_contract__WEBPACK_IMPORTED_MODULE_1__/* .isValidTag */ .r_)(tag))
            invalid.push({ tag, rule });
        else if (!tags.includes(tag))
            tags.push(tag);
    }
    if ((latest === 'true' || (latest === 'auto' && isLatest(ctx))) && !tags.includes('latest'))
        tags.push('latest');
    return { tags, invalid };
}
/** Reads GITHUB_REF (`refs/tags/v1`, `refs/heads/main`, `refs/pull/12/merge`). */
function parseGitRef(ref) {
    let m = /^refs\/tags\/(.+)$/.exec(ref);
    if (m)
        return { kind: 'tag', name: m[1] };
    m = /^refs\/heads\/(.+)$/.exec(ref);
    if (m)
        return { kind: 'branch', name: m[1] };
    m = /^refs\/pull\/(\d+)\/(merge|head)$/.exec(ref);
    if (m)
        return { kind: 'pr', name: m[1] };
    return { kind: 'other', name: ref };
}


/***/ })

};
