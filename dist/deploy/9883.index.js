export const id = 9883;
export const ids = [9883];
export const modules = {

/***/ 99107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ X_NAME_FORM),
/* harmony export */   C$: () => (/* binding */ splitLdflags),
/* harmony export */   O3: () => (/* binding */ quoteLdflagsArg),
/* harmony export */   OB: () => (/* binding */ X_NAME_PATTERN),
/* harmony export */   SA: () => (/* binding */ joinLdflags),
/* harmony export */   Vh: () => (/* binding */ LdflagsQuotingError),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   _g: () => (/* binding */ findInjections),
/* harmony export */   eB: () => (/* binding */ composeLdflags),
/* harmony export */   ge: () => (/* binding */ ldflagsQuotingProblem),
/* harmony export */   q: () => (/* binding */ ldflagsBuildArg),
/* harmony export */   vi: () => (/* binding */ parseXName)
/* harmony export */ });
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

/***/ 82519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ describeSource),
/* harmony export */   Ui: () => (/* binding */ deriveVersion),
/* harmony export */   ag: () => (/* binding */ rfc3339),
/* harmony export */   bp: () => (/* binding */ versionFromTag),
/* harmony export */   pA: () => (/* binding */ sourceDateEpoch)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77051);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92041);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73880);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/*
 * What commit is being built, and the one version derived from it (DESIGN.md "One version"). Every action
 * that stamps a version (the -X value, image tags and OCI labels, Deployment annotations) calls
 * describeSource so that they agree. Git runs with argument arrays only; nothing is read from the wall
 * clock, so the same commit always describes the same way.
 */


const SEMVER_CORE = String.raw `\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?`;
/** The semver in a release tag (`v1.2.3` → `1.2.3`), or undefined when the tag is not a release tag. */
function versionFromTag(tag, tagPrefix = 'v') {
    if (!tag.startsWith(tagPrefix))
        return undefined;
    const rest = tag.slice(tagPrefix.length);
    return new RegExp(`^${SEMVER_CORE}$`).test(rest) && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(rest) ? rest : undefined;
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
    const prefix = s.tagPrefix ?? 'v';
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
    const prefix = opts.tagPrefix ?? 'v';
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
    if (ghRef.startsWith('refs/tags/') && env.GITHUB_SHA === commit)
        tagsOnHead.push(ghRef.slice('refs/tags/'.length));
    const m = /^(.*)-(\d+)-g[0-9a-f]+$/.exec(described.stdout.trim());
    const describe = described.code === 0 && m ? { tag: m[1], distance: Number(m[2]) } : undefined;
    const dirty = status.stdout.trim() !== '';
    const { version, tag } = deriveVersion({ tagsOnHead, describe, commit, dirty, tagPrefix: prefix });
    let ref = symbolic.code === 0 ? symbolic.stdout.trim() : '';
    if (!ref && tag)
        ref = `refs/tags/${tag}`;
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

/***/ 84146:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77051);
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

/***/ 18806:
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


/***/ })

};
