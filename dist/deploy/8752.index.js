export const id = 8752;
export const ids = [8752];
export const modules = {

/***/ 21916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


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

/***/ 88918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mc: () => (/* binding */ pinImages),
/* harmony export */   Ru: () => (/* binding */ parseImagePins),
/* harmony export */   Z4: () => (/* binding */ imagePin)
/* harmony export */ });
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85845);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77817);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82527);
/* harmony import */ var _workloads_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46672);
/*
 * Image pinning: replace container and initContainer images by digest references, matching by the
 * repository as the container runtime reads it (registry host with port, Docker Hub short names), so
 * `localhost:5000/app:dev`, `docker.io/library/nginx` and `nginx:1.27` all match what they should and
 * nothing else. An entry that replaces nothing is an error: deploying the old image silently is the
 * classic failure of tag-substituting deploy actions.
 */




/** `name=ref@sha256:…` (replace images of repository `name`) or `ref@sha256:…` (images of ref's own repository). */
function parseImagePins(input, lines) {
    const pins = [];
    const form = "'repository=image@sha256:<digest>' or 'image@sha256:<digest>', one per line";
    for (const entry of lines) {
        const eq = entry.indexOf('=');
        const name = eq >= 0 ? entry.slice(0, eq).trim() : undefined;
        const image = (eq >= 0 ? entry.slice(eq + 1) : entry).trim();
        let ref;
        let match;
        try {
            ref = (0,_goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(image);
            match = name !== undefined ? (0,_goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(name) : ref;
        }
        catch (e) {
            if (e instanceof _goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .InvalidReferenceError */ .x_)
                throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `entry '${entry}': ${e.message}`, form);
            throw e;
        }
        if (!ref.digest) {
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `entry '${entry}' has no digest`, form, 'Pin by digest (the docker-multistage output `image` is one); a tag can move after the check.');
        }
        if (name !== undefined && (match.tag || match.digest)) {
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `entry '${entry}': the name before '=' must be a repository without tag or digest`, form);
        }
        const repository = (0,_goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(match);
        if (pins.some((p) => p.repository === repository)) {
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `repository ${repository} is given twice`, 'each repository once');
        }
        pins.push({ entry, repository, image });
    }
    return pins;
}
/** The pin of one image given typed (docker-multistage's pinned reference): its repository → it. */
function imagePin(image) {
    return { entry: image, repository: (0,_goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)((0,_goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(image)), image };
}
/** Applies pins in place and checks every container image reference. */
function pinImages(manifests, pins) {
    const scan = { pinned: [], mutable: [], errors: [] };
    const used = new Set();
    const seen = [];
    for (const m of manifests) {
        const t = (0,_workloads_js__WEBPACK_IMPORTED_MODULE_2__/* .podTemplateOf */ .D0)(m);
        if (!t)
            continue;
        for (const c of (0,_workloads_js__WEBPACK_IMPORTED_MODULE_2__/* .containersOf */ .Mz)(t)) {
            const path = [...c.path, 'image'];
            const image = c.container.image;
            const loc = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(m, path);
            if (typeof image !== 'string' || image.trim() === '') {
                scan.errors.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .describe */ .q0)(m)} container ${c.name} has no image (${(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .where */ ._M)(m, path)})`, {
                    location: loc,
                    hint: 'Set containers[].image; the API server rejects a container without one.',
                }));
                continue;
            }
            let ref;
            try {
                ref = (0,_goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(image);
            }
            catch (e) {
                if (!(e instanceof _goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .InvalidReferenceError */ .x_))
                    throw e;
                scan.errors.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .describe */ .q0)(m)} container ${c.name}: ${e.message} (${(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .where */ ._M)(m, path)})`, {
                    location: loc,
                    hint: 'The kubelet would fail with InvalidImageName.',
                }));
                continue;
            }
            seen.push(image);
            const repo = (0,_goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(ref);
            const pin = pins.find((p) => p.repository === repo);
            if (pin) {
                used.add(pin);
                c.container.image = pin.image;
                scan.pinned.push({
                    object: (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .describe */ .q0)(m),
                    container: c.name,
                    from: image,
                    to: pin.image,
                    file: loc?.file,
                    line: loc?.line,
                });
            }
            else if (!ref.digest) {
                scan.mutable.push({
                    object: (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .describe */ .q0)(m),
                    container: c.name,
                    image,
                    file: loc?.file,
                    line: loc?.line,
                });
            }
        }
    }
    for (const pin of pins) {
        if (used.has(pin))
            continue;
        scan.errors.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input 'images': entry '${pin.entry}' replaced nothing: no container image has repository ${pin.repository}`, {
            hint: seen.length
                ? `Images in the rendered set: ${[...new Set(seen)].join(', ')}. Match one of their repositories (registry host and port included).`
                : 'The rendered set has no containers.',
        }));
    }
    return scan;
}


/***/ }),

/***/ 82527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ groupOf),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   H8: () => (/* binding */ refOf),
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   Pn: () => (/* binding */ pathKey),
/* harmony export */   _M: () => (/* binding */ where),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
const pathKey = (path) => path.join('\u0001');
/** `spec.template.spec.containers[0].ports[1].containerPort`, as kubectl prints field paths. */
function formatPath(path) {
    let out = '';
    for (const p of path)
        out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
    return out;
}
/**
 * The closest recorded position of `path` (or of its nearest recorded ancestor, e.g. the map holding a
 * missing field), as an annotation location.
 */
function locate(m, path = []) {
    const { file, positions, line } = m.origin;
    if (!file)
        return undefined;
    if (positions) {
        for (let n = path.length; n >= 0; n--) {
            const p = positions.get(pathKey(path.slice(0, n)));
            if (p)
                return { file, line: p.line, column: p.column };
        }
    }
    return line !== undefined ? { file, line } : { file };
}
/** `file:line` for messages, or the way the object was produced when it has no file. */
function where(m, path = []) {
    const loc = locate(m, path);
    if (!loc)
        return `(${m.origin.via})`;
    return loc.line !== undefined ? `${loc.file}:${loc.line}` : loc.file;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function get(obj, path) {
    let cur = obj;
    for (const p of path) {
        if (typeof p === 'number')
            cur = Array.isArray(cur) ? cur[p] : undefined;
        else
            cur = isObject(cur) ? cur[p] : undefined;
        if (cur === undefined)
            return undefined;
    }
    return cur;
}
function refOf(m) {
    const o = m.object;
    const meta = isObject(o.metadata) ? o.metadata : {};
    return {
        apiVersion: typeof o.apiVersion === 'string' ? o.apiVersion : '',
        kind: typeof o.kind === 'string' ? o.kind : '',
        namespace: typeof meta.namespace === 'string' ? meta.namespace : '',
        name: typeof meta.name === 'string' ? meta.name : '',
    };
}
/** `Deployment/hello` or `Deployment/prod/hello`. */
function describe(m) {
    const r = refOf(m);
    return r.namespace ? `${r.kind}/${r.namespace}/${r.name}` : `${r.kind}/${r.name}`;
}
/** The API group of an apiVersion (`apps/v1` → `apps`, `v1` → ``). */
function groupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}


/***/ }),

/***/ 76992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRenderOptions)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85845);
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77057);
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(85568);
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(55838);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77817);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26415);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(88918);
/* harmony import */ var _otel_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(83594);
/* harmony import */ var _preview_options_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(94043);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13975);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(33235);
/*
 * Action inputs → a RenderRequest. Every input problem is an InputError naming the input, raised before
 * anything is run or written.
 */








const SOURCES = ['builtin', 'files', 'kustomize', 'helm'];
const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'];
const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const QUANTITY = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+|Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/;
const HOSTNAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LABEL_KEY = /^(?:[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const DEFAULT_RESOURCES = { 'requests.cpu': '50m', 'requests.memory': '64Mi', 'limits.memory': '128Mi' };
/** Inputs that only the builtin source reads (and that have no default, so giving one is deliberate). */
const BUILTIN_ONLY = [
    'image',
    'args',
    'config',
    'wait-for',
    'node-port',
    'node-selector',
    'tolerations',
    'max-replicas',
    'min-available',
];
const SOURCE_INPUTS = {
    builtin: [],
    files: ['files', 'vars'],
    kustomize: ['kustomize-dir'],
    helm: ['helm-chart', 'helm-values', 'helm-set'],
};
function hostPort(input, entry) {
    const m = /^(.+):([^:]+)$/.exec(entry);
    if (!m || !HOSTNAME.test(m[1])) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `'${entry}' is not host:port`, 'host:port entries such as postgres:5432 or redis.cache.svc:6379');
    }
    return { host: m[1].toLowerCase(), port: (0,_goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .parsePort */ .pz)(input, m[2]) };
}
function toleration(input, line) {
    // kubectl taint syntax: key[=value]:Effect, or key[=value] for any effect.
    const m = /^([^=:]+)(?:=([^:]*))?(?::(.+))?$/.exec(line);
    const effect = m?.[3];
    if (!m ||
        !LABEL_KEY.test(m[1]) ||
        (effect !== undefined && !EFFECTS.includes(effect))) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `'${line}' is not a toleration`, `key[=value][:Effect] with Effect one of ${EFFECTS.join(', ')}, e.g. arch=arm64:NoSchedule`);
    }
    const t = m[2] !== undefined ? { key: m[1], operator: 'Equal', value: m[2] } : { key: m[1], operator: 'Exists' };
    if (effect)
        t.effect = effect;
    return t;
}
const PROBE_FORM = "a path starting with / (e.g. /healthz), 'tcp' (the port accepts connections) or 'off'";
/** One probe's check: its own input, else health-path (default /healthz); undefined when 'off'. */
function probeCheck(inputs, name) {
    const own = inputs.string(name);
    const input = own ? name : 'health-path';
    const v = own || inputs.string('health-path') || '/healthz';
    if (v === 'off')
        return undefined;
    if (v === 'tcp')
        return v;
    if (!v.startsWith('/') || /\s/.test(v))
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `'${v}' is not an HTTP path`, PROBE_FORM);
    return v;
}
/** image (optional in the one-step pipeline): checked as the input it is, not as the Deployment names it. */
function imageInput(inputs, chained) {
    const image = inputs.string('image', { required: !chained });
    if (image)
        try {
            (0,_goship_contract__WEBPACK_IMPORTED_MODULE_4__/* .parseReference */ .F2)(image);
        }
        catch (e) {
            if (!(e instanceof _goship_contract__WEBPACK_IMPORTED_MODULE_4__/* .InvalidReferenceError */ .x_))
                throw e;
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('image', e.problem, "an image reference pinned by digest, such as ghcr.io/acme/app@sha256:<64 hex digits> (docker-multistage's image output)");
        }
    return image;
}
/** resources over the defaults, by key; 'none' drops one. */
function resourcesInput(inputs) {
    const resources = { requests: {}, limits: {} };
    const given = inputs.keyValues('resources', {
        keyPattern: /^(?:requests|limits)\.(?:cpu|memory|ephemeral-storage)$/,
        keyForm: 'requests.cpu, requests.memory, limits.cpu, limits.memory (or ephemeral-storage)',
    });
    const merged = Object.entries({ ...DEFAULT_RESOURCES, ...Object.fromEntries(given) }).sort(([a], [b]) => a < b ? -1 : 1);
    for (const [k, v] of merged) {
        if (v === 'none')
            continue;
        if (!QUANTITY.test(v))
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('resources', `${k}=${v} is not a quantity`, "quantities such as 100m, 0.5, 64Mi, 1Gi, or 'none'");
        const [kind, res] = k.split('.');
        resources[kind][res] = v;
    }
    return resources;
}
/** min-available: a count of pods or a percentage. */
function minAvailableInput(inputs) {
    const minAvailableText = inputs.string('min-available');
    let minAvailable;
    if (minAvailableText) {
        if (/^\d{1,3}%$/.test(minAvailableText) && Number(minAvailableText.slice(0, -1)) <= 100)
            minAvailable = minAvailableText;
        else if (/^\d+$/.test(minAvailableText))
            minAvailable = Number(minAvailableText);
        else
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('min-available', `'${minAvailableText}' is not a count or percentage`, 'a number of pods (1) or a percentage (50%)');
    }
    return minAvailable;
}
function builtinOptions(inputs, version, chained) {
    const name = inputs.string('name', { required: true });
    const problem = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_5__/* .checkDnsLabel */ ._)(name);
    if (problem || !/^[a-z]/.test(name)) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('name', `'${name}' ${problem ?? 'must start with a letter'}`, 'a DNS-1035 label (lower-case letters, digits and -, starting with a letter, at most 63 characters)');
    }
    const image = imageInput(inputs, chained);
    const port = inputs.port('port', 8080);
    const serviceType = inputs.enum('service-type', SERVICE_TYPES, 'ClusterIP');
    const nodePort = inputs.integer('node-port', { min: 30000, max: 32767 });
    if (nodePort !== undefined && serviceType === 'ClusterIP') {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('node-port', `is set but service-type is ClusterIP`, 'service-type NodePort or LoadBalancer when node-port is set');
    }
    const config = inputs.keyValues('config', {
        keyPattern: ENV_NAME,
        keyForm: 'an environment variable name ([A-Za-z_][A-Za-z0-9_]*)',
    });
    const portEnv = (0,_goship_contract__WEBPACK_IMPORTED_MODULE_6__/* .portEnvInput */ .pL)(inputs);
    if (config.has(portEnv))
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('config', `sets ${portEnv}, which comes from the 'port' input`, "the port in 'port' only");
    const nodeSelector = inputs.keyValues('node-selector', {
        keyPattern: LABEL_KEY,
        keyForm: 'a label key such as kubernetes.io/arch',
    });
    const resources = resourcesInput(inputs);
    const replicas = inputs.integer('replicas', { min: 0, max: 10000, fallback: 2 });
    const maxReplicas = inputs.integer('max-replicas', { min: 1, max: 10000 });
    if (maxReplicas !== undefined && maxReplicas < Math.max(replicas, 1)) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('max-replicas', `${maxReplicas} is below replicas (${replicas})`, 'a maximum at least as large as replicas, the HPA minimum');
    }
    const minAvailable = minAvailableInput(inputs);
    const waitTimeout = inputs.duration('wait-timeout', 60_000);
    if (waitTimeout < 1000)
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('wait-timeout', 'is shorter than a second', 'a duration such as 60s or 5m');
    const waitImage = inputs.string('wait-image') || 'busybox:1.36';
    const progress = inputs.duration('progress-deadline', 120_000);
    if (progress < 10_000)
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('progress-deadline', 'is shorter than 10s', 'a duration such as 120s or 5m');
    return {
        name,
        image,
        port,
        portEnv,
        args: (0,_goship_contract__WEBPACK_IMPORTED_MODULE_6__/* .argsInput */ .wF)(inputs),
        servicePort: inputs.port('service-port', 80),
        serviceType,
        nodePort,
        replicas,
        config,
        waitFor: inputs.list('wait-for').map((e) => hostPort('wait-for', e)),
        waitImage,
        waitTimeoutSeconds: Math.ceil(waitTimeout / 1000),
        nodeSelector,
        tolerations: inputs.lines('tolerations').map((l) => toleration('tolerations', l)),
        probes: {
            startup: probeCheck(inputs, 'startup-path'),
            readiness: probeCheck(inputs, 'readiness-path'),
            liveness: probeCheck(inputs, 'liveness-path'),
        },
        resources,
        progressDeadlineSeconds: Math.ceil(progress / 1000),
        maxReplicas,
        targetCpuPercent: inputs.integer('target-cpu', { min: 1, max: 1000, fallback: 80 }),
        minAvailable,
        version,
    };
}
/** The version and commit to stamp: inputs first, else what the build derived from the same commit. */
async function versionAndCommit(inputs, a) {
    let version = inputs.string('version');
    let commit = inputs.string('commit');
    const tagPrefix = (0,_goship_contract__WEBPACK_IMPORTED_MODULE_7__/* .tagPrefixInput */ .N8)(inputs);
    if (version && commit)
        return { version, commit };
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(a.workspace, '.git'))) {
        const s = await (0,_goship_contract__WEBPACK_IMPORTED_MODULE_7__/* .describeSource */ .B6)(a.workspace, { env: a.env, tagPrefix });
        return { version: version || s.version, commit: commit || s.commit };
    }
    commit ||= a.env.GITHUB_SHA ?? '';
    if (!version) {
        version =
            (0,_goship_contract__WEBPACK_IMPORTED_MODULE_7__/* .versionFromRef */ .YN)(a.env.GITHUB_REF ?? '', tagPrefix) ||
                (0,_goship_contract__WEBPACK_IMPORTED_MODULE_7__/* .deriveVersion */ .Ui)({ tagsOnHead: [], commit: commit || '0000000', dirty: false }).version;
    }
    return { version, commit };
}
async function readRenderOptions(inputs, a) {
    const source = inputs.enum('source', SOURCES, 'builtin');
    checkSourceInputs(inputs, source);
    const catalog = new _schema_index_js__WEBPACK_IMPORTED_MODULE_8__/* .SchemaCatalog */ .JU(_schema_index_js__WEBPACK_IMPORTED_MODULE_8__/* .SchemaCatalog */ .JU.parseVersion('kubernetes-version', inputs.string('kubernetes-version') || _schema_index_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_SCHEMA_VERSION */ .jK));
    const namespace = namespaceInput(inputs);
    const images = (0,_images_js__WEBPACK_IMPORTED_MODULE_9__/* .parseImagePins */ .Ru)('images', inputs.lines('images'));
    const expectedPort = inputs.port('expected-port');
    const annotate = inputs.boolean('annotate', true);
    const extra = inputs.keyValues('pod-annotations', {
        keyPattern: LABEL_KEY,
        keyForm: 'an annotation key such as example.com/owner',
    });
    const outputDir = inputs.string('output-dir') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(a.runnerTemp, 'render-manifests');
    const { version, commit } = a.chained ? { version: '', commit: '' } : await versionAndCommit(inputs, a);
    const portEnv = (0,_goship_contract__WEBPACK_IMPORTED_MODULE_6__/* .portEnvInput */ .pL)(inputs);
    const request = {
        source,
        workspace: a.workspace,
        catalog,
        images,
        namespace,
        expectedPort,
        portEnv,
    };
    setAnnotations(request, a, { annotate, extra, version, commit });
    request.telemetry = (0,_otel_js__WEBPACK_IMPORTED_MODULE_10__/* .telemetryInputs */ .PX)(inputs, a.env, version, commit);
    readSourceOptions(inputs, a, request, version);
    const { comment, notices } = await (0,_preview_options_js__WEBPACK_IMPORTED_MODULE_11__/* .readCommentOptions */ .e)(inputs, { env: a.env, event: a.event }, request);
    return { request, outputDir, version, commit, comment, notices, annotate };
}
/** Inputs of another source than the one chosen are errors, not silently ignored. */
function checkSourceInputs(inputs, source) {
    for (const [s, names] of Object.entries(SOURCE_INPUTS)) {
        if (s === source)
            continue;
        for (const n of names) {
            if (inputs.string(n))
                throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(n, `is set but source is '${source}'`, `'${n}' only with source: ${s}`, `Set source: ${s}, or remove ${n}.`);
        }
    }
    if (source !== 'builtin') {
        for (const n of BUILTIN_ONLY) {
            if (inputs.string(n)) {
                throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(n, `is set but source is '${source}'`, `'${n}' only with source: builtin`, n === 'image'
                    ? "Pin images in the rendered set with the 'images' input (repository=image@sha256:…)."
                    : undefined);
            }
        }
    }
}
function namespaceInput(inputs) {
    const namespace = inputs.optional('namespace');
    if (namespace) {
        const p = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_5__/* .checkDnsLabel */ ._)(namespace);
        if (p)
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('namespace', `'${namespace}' ${p}`, 'a namespace name (DNS-1123 label)');
    }
    return namespace;
}
/** The version, commit and pod-annotations on the pod template; the run's URL on the workload. */
function setAnnotations(request, a, { annotate, extra, version, commit, }) {
    request.podAnnotations = {
        ...(annotate ? { [_goship_contract__WEBPACK_IMPORTED_MODULE_12__/* .VERSION_ANNOTATION */ .F8]: version, [_goship_contract__WEBPACK_IMPORTED_MODULE_12__/* .COMMIT_ANNOTATION */ ._u]: commit } : {}),
        ...Object.fromEntries(extra),
    };
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt, } = a.env;
    if (annotate && server && repo && run) {
        // On the workload, not the pod template: re-running the same commit must not restart every pod.
        request.workloadAnnotations = {
            [_goship_contract__WEBPACK_IMPORTED_MODULE_12__/* .RUN_URL_ANNOTATION */ .A9]: `${server}/${repo}/actions/runs/${run}${attempt ? `/attempts/${attempt}` : ''}`,
        };
    }
}
/** The inputs of the chosen source into the request. */
function readSourceOptions(inputs, a, request, version) {
    switch (request.source) {
        case 'builtin':
            request.builtin = builtinOptions(inputs, version, a.chained);
            request.appName = request.builtin.name;
            break;
        case 'files':
            request.files = inputs.lines('files');
            if (request.files.length === 0)
                throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('files', 'is empty', 'manifest files, directories or globs, one per line (source: files)');
            request.vars = inputs.keyValues('vars', {
                keyPattern: ENV_NAME,
                keyForm: 'a variable name ([A-Za-z_][A-Za-z0-9_]*)',
            });
            request.env = a.env;
            request.appName = inputs.optional('name');
            break;
        case 'kustomize':
            request.kustomizeDir = inputs.string('kustomize-dir', { required: true });
            request.appName = inputs.optional('name');
            break;
        case 'helm':
            request.helm = helmOptions(inputs);
            request.appName = request.helm.release;
            break;
    }
}
/** helm-chart, the release name (name, else the chart's) and helm-set. */
function helmOptions(inputs) {
    const chart = inputs.string('helm-chart', { required: true });
    const release = inputs.string('name') ||
        chart
            .replace(/\/+$/, '')
            .split('/')
            .pop()
            .replace(/\.tgz$/, '')
            .replace(/-\d+\.\d+\.\d+.*$/, '');
    if ((0,_schema_index_js__WEBPACK_IMPORTED_MODULE_5__/* .checkDnsLabel */ ._)(release) || release.length > 53) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('name', `release name '${release}' is not valid`, 'a DNS-1123 label of at most 53 characters (helm release name)');
    }
    const set = inputs.lines('helm-set');
    for (const s of set) {
        if (s.indexOf('=') <= 0)
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('helm-set', `'${s}' is not key=value`, 'key=value per line, as helm --set takes it (a.b=c)');
    }
    return { chart, release, valuesFiles: inputs.list('helm-values'), set };
}


/***/ }),

/***/ 83594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L_: () => (/* binding */ injectTelemetry),
/* harmony export */   PX: () => (/* binding */ telemetryInputs)
/* harmony export */ });
/* unused harmony export parseResourceAttributes */
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77817);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82527);
/*
 * The release in the service's own telemetry (issue 21, `otel: true`): the containers that run the built
 * image get the OpenTelemetry SDK's standard variables, so every span and metric the service exports names
 * the version, commit and environment this render proves, and the pod it came from:
 * - OTEL_SERVICE_NAME (the workload's name),
 * - OTEL_RESOURCE_ATTRIBUTES: service.version, vcs.ref.head.revision, deployment.environment.name, and
 *   service.namespace, service.instance.id, k8s.* from the downward API (fieldRef variables named as the
 *   OpenTelemetry Operator names them, defined before the value that refers to them: the kubelet expands
 *   $(VAR) only from variables defined earlier in the list),
 * - OTEL_EXPORTER_OTLP_ENDPOINT when `otel-endpoint` gives one.
 * What the user's manifests already set stays theirs. A value they set for a key goship knows is checked
 * like the port: a service.version that is not the version being deployed fails the render at its line.
 */


/** The downward API variables, under the names the OpenTelemetry Operator gives them. */
const DOWNWARD = [
    ['OTEL_RESOURCE_ATTRIBUTES_NAMESPACE_NAME', 'metadata.namespace'],
    ['OTEL_RESOURCE_ATTRIBUTES_POD_NAME', 'metadata.name'],
    ['OTEL_RESOURCE_ATTRIBUTES_POD_UID', 'metadata.uid'],
    ['OTEL_RESOURCE_ATTRIBUTES_NODE_NAME', 'spec.nodeName'],
];
/** The k8s.<kind>.name attribute of each workload kind (OpenTelemetry's k8s resource conventions). */
const WORKLOAD_ATTRIBUTE = {
    Deployment: 'k8s.deployment.name',
    StatefulSet: 'k8s.statefulset.name',
    DaemonSet: 'k8s.daemonset.name',
    ReplicaSet: 'k8s.replicaset.name',
    Job: 'k8s.job.name',
    CronJob: 'k8s.cronjob.name',
};
/** Keys whose value is this release's: a different one in the manifests is a disagreement, not a choice. */
const RELEASE_KEYS = ['service.version', 'vcs.ref.head.revision', 'deployment.environment.name'];
/** W3C-baggage-like `k=v,k=v` as OTEL_RESOURCE_ATTRIBUTES carries it (values percent-encoded). */
function parseResourceAttributes(value) {
    const out = new Map();
    for (const pair of value.split(',')) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            continue;
        const raw = pair.slice(eq + 1).trim();
        let decoded = raw;
        try {
            decoded = decodeURIComponent(raw);
        }
        catch {
            // not percent-encoded: compared as written
        }
        out.set(pair.slice(0, eq).trim(), decoded);
    }
    return out;
}
const ref = (name) => `$(${name})`;
/** goship's attributes for one container: literal values encoded, downward references as $(VAR). */
function attributesFor(c, t) {
    const r = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H8)(c.template.manifest);
    const literal = (v) => encodeURIComponent(v);
    const out = [['service.version', literal(t.version)]];
    if (t.commit)
        out.push(['vcs.ref.head.revision', literal(t.commit)]);
    if (t.environment)
        out.push(['deployment.environment.name', literal(t.environment)]);
    const [ns, pod, uid, node] = DOWNWARD.map(([name]) => ref(name));
    out.push(['service.namespace', ns], ['service.instance.id', `${ns}.${pod}.${literal(c.name)}`], ['k8s.namespace.name', ns], ['k8s.pod.name', pod], ['k8s.pod.uid', uid], ['k8s.node.name', node], ['k8s.container.name', literal(c.name)]);
    const workload = WORKLOAD_ATTRIBUTE[r.kind];
    if (workload)
        out.push([workload, literal(r.name)]);
    return out;
}
function envList(c) {
    if (!Array.isArray(c.container.env))
        c.container.env = [];
    const list = c.container.env;
    const byName = new Map();
    list.forEach((entry, index) => {
        if ((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(entry) && typeof entry.name === 'string')
            byName.set(entry.name, { index, entry });
    });
    return { list, byName };
}
/**
 * Sets the telemetry variables on each container `isBuilt` picks. `configMaps` (namespace/name) resolve the
 * user's envFrom, so a value given there is checked and kept rather than silently replaced by an env entry
 * (env wins over envFrom in the kubelet).
 */
function injectTelemetry(containers, configMaps, t) {
    const result = { rows: [], errors: [], notices: [] };
    for (const c of containers) {
        const m = c.template.manifest;
        const { list, byName } = envList(c);
        const fromEnvFrom = envFromValues(c, configMaps, result.notices);
        const row = {
            container: `${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(m)} container ${c.name}`,
            serviceName: '',
            added: [],
            kept: [],
        };
        const has = (name) => byName.has(name) || fromEnvFrom.has(name);
        for (const [name, fieldPath] of DOWNWARD)
            if (!byName.has(name))
                list.push({ name, valueFrom: { fieldRef: { fieldPath } } });
        const serviceName = byName.get('OTEL_SERVICE_NAME')?.entry.value ?? fromEnvFrom.get('OTEL_SERVICE_NAME')?.value;
        if (has('OTEL_SERVICE_NAME')) {
            row.serviceName = typeof serviceName === 'string' ? serviceName : '(valueFrom)';
            row.kept.push('OTEL_SERVICE_NAME');
        }
        else {
            row.serviceName = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H8)(m).name;
            list.push({ name: 'OTEL_SERVICE_NAME', value: row.serviceName });
        }
        const ours = attributesFor(c, t);
        const own = byName.get('OTEL_RESOURCE_ATTRIBUTES');
        const theirs = own
            ? {
                value: own.entry.value,
                manifest: m,
                path: [...c.path, 'env', own.index, 'value'],
                via: '',
            }
            : fromEnvFrom.get('OTEL_RESOURCE_ATTRIBUTES');
        if (theirs && typeof theirs.value !== 'string') {
            // valueFrom a Secret or a ConfigMap outside the set: nothing to compare, and theirs stands.
            row.kept.push('OTEL_RESOURCE_ATTRIBUTES (not checked: valueFrom)');
            result.notices.push({
                message: `${row.container}: OTEL_RESOURCE_ATTRIBUTES comes from valueFrom; goship cannot check that its service.version is ${t.version}`,
                location: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(theirs.manifest, theirs.path),
            });
        }
        else if (theirs) {
            const given = parseResourceAttributes(theirs.value);
            const expected = new Map(ours.map(([k, v]) => [k, decodeURIComponent(v)]));
            for (const key of RELEASE_KEYS) {
                const want = expected.get(key);
                const got = given.get(key);
                if (want === undefined || got === undefined || got === want)
                    continue;
                result.errors.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${row.container}: OTEL_RESOURCE_ATTRIBUTES${theirs.via} sets ${key}=${got}, but this release is ${key}=${want}`, {
                    hint: `The service's telemetry would name another release than the one deployed. Remove ${key} from OTEL_RESOURCE_ATTRIBUTES (goship sets it), or set it to ${want}.`,
                    location: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(theirs.manifest, theirs.path),
                }));
            }
            const missing = ours.filter(([k]) => !given.has(k));
            row.kept.push(...[...given.keys()].map((k) => `${k} (manifests)`));
            row.added.push(...missing.map(([k, v]) => `${k}=${v}`));
            if (own) {
                const extra = missing.map(([k, v]) => `${k}=${v}`).join(',');
                if (extra)
                    own.entry.value = `${theirs.value.replace(/,\s*$/, '')},${extra}`;
            }
            else if (missing.length) {
                // Given through envFrom: an env entry replaces it, so it carries theirs first, then ours.
                list.push({
                    name: 'OTEL_RESOURCE_ATTRIBUTES',
                    value: [theirs.value, ...missing.map(([k, v]) => `${k}=${v}`)].join(','),
                });
            }
        }
        else {
            list.push({ name: 'OTEL_RESOURCE_ATTRIBUTES', value: ours.map(([k, v]) => `${k}=${v}`).join(',') });
            row.added.push(...ours.map(([k, v]) => `${k}=${v}`));
        }
        if (t.endpoint) {
            if (has('OTEL_EXPORTER_OTLP_ENDPOINT') || has('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT')) {
                row.kept.push('OTEL_EXPORTER_OTLP_ENDPOINT');
                result.notices.push({
                    message: `${row.container} sets its own OTLP endpoint; otel-endpoint (${t.endpoint}) is not applied to it`,
                    location: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(m, [...c.path, 'env']),
                });
            }
            else {
                list.push({ name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: t.endpoint });
                row.added.push(`OTEL_EXPORTER_OTLP_ENDPOINT=${t.endpoint}`);
            }
        }
        result.rows.push(row);
    }
    return result;
}
/** OTEL_* keys the container reads through envFrom ConfigMaps of the rendered set. */
function envFromValues(c, configMaps, notices) {
    const out = new Map();
    const envFrom = Array.isArray(c.container.envFrom) ? c.container.envFrom : [];
    envFrom.forEach((ef, i) => {
        if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(ef))
            return;
        const source = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(ef.configMapRef)
            ? ef.configMapRef
            : (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(ef.secretRef)
                ? ef.secretRef
                : undefined;
        const name = source && typeof source.name === 'string' ? source.name : '';
        const cm = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(ef.configMapRef) ? configMaps.get(`${c.template.namespace}/${name}`) : undefined;
        if (!cm) {
            notices.push({
                message: `${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(c.template.manifest)} container ${c.name} reads envFrom ${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(ef.secretRef) ? 'Secret' : 'ConfigMap'} ${name}, which is not in the rendered set: an OTEL_* variable it sets is replaced by goship's`,
                location: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(c.template.manifest, [...c.path, 'envFrom', i]),
            });
            return;
        }
        const data = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(cm.object.data) ? cm.object.data : {};
        const prefix = typeof ef.prefix === 'string' ? ef.prefix : '';
        for (const [key, value] of Object.entries(data)) {
            const full = prefix + key;
            if (full.startsWith('OTEL_'))
                out.set(full, {
                    value,
                    manifest: cm,
                    path: ['data', key],
                    via: ` (envFrom ConfigMap ${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H8)(cm).name})`,
                });
        }
    });
    return out;
}
const OTEL_MODES = ['true', 'false', 'auto'];
/**
 * otel, otel-endpoint and environment: the release's OpenTelemetry variables on the built containers
 * (otel.ts). `auto` turns them on when the service is given an endpoint, or when this step itself exports
 * to one (OTEL_EXPORTER_OTLP_ENDPOINT / OTEL_EXPORTER_OTLP_TRACES_ENDPOINT in its environment).
 */
function telemetryInputs(inputs, env, version, commit) {
    const mode = inputs.enum('otel', OTEL_MODES, 'false');
    const endpoint = inputs.optional('otel-endpoint');
    if (endpoint) {
        let url;
        try {
            url = new URL(endpoint);
        }
        catch {
            // reported below
        }
        if (url && (url.username || url.password))
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('otel-endpoint', `'${url.protocol}//***@${url.host}${url.pathname === '/' ? '' : url.pathname}' carries credentials`, 'the OTLP endpoint the service exports to, without credentials', 'Give a token to the workload as OTEL_EXPORTER_OTLP_HEADERS from a Secret, not in the URL.');
        if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('otel-endpoint', `'${endpoint}' is not an http(s) URL`, 'the OTLP endpoint the service exports to, e.g. http://otel-collector.observability:4318');
        if (mode === 'false')
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('otel-endpoint', 'is set but otel is false', 'otel: true or auto with otel-endpoint', 'Set otel: true, or remove otel-endpoint.');
    }
    const exporting = Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
    const on = mode === 'true' || (mode === 'auto' && (Boolean(endpoint) || exporting));
    if (!on)
        return undefined;
    return { version, commit, environment: inputs.optional('environment'), endpoint };
}


/***/ }),

/***/ 94043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ commentId),
/* harmony export */   e: () => (/* binding */ readCommentOptions)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77817);
/*
 * The pull-request comment's inputs (`comment`, `github-token`, `comment-header`, `kubeconfig`, `context`)
 * read and checked with the rest of render-manifests' inputs, before anything runs. The event payload is
 * handed in by the adapter (it reads GITHUB_EVENT_PATH); nothing here reads the environment itself.
 */

/** The marker id: the app's name, else where its manifests come from. */
function commentId(req) {
    return (req.appName ||
        req.kustomizeDir ||
        req.helm?.chart ||
        (req.files?.length ? req.files.join(',') : undefined) ||
        req.source);
}
async function readCommentOptions(inputs, ctx, req) {
    const wanted = inputs.boolean('comment', false);
    const kubeconfig = inputs.string('kubeconfig');
    const title = inputs.string('comment-header');
    if (!wanted) {
        for (const [name, given] of [
            ['kubeconfig', kubeconfig],
            ['comment-header', title],
            ['context', inputs.string('context')],
        ]) {
            if (given)
                throw new _goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, 'is set but comment is false', `'${name}' only with comment: true (it is used for the pull-request comment)`);
        }
        return { notices: [] };
    }
    const token = inputs.string('github-token');
    if (!token)
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('github-token', 'is empty while comment is true', 'a token allowed to comment on pull requests (the default ${{ github.token }} with `permissions: { pull-requests: write }`)');
    const repository = ctx.env.GITHUB_REPOSITORY ?? '';
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('comment', 'is true but GITHUB_REPOSITORY is not owner/name', 'a GitHub Actions run');
    const { name, payload } = ctx.event?.() ?? {};
    const { pullRequestOf } = await Promise.all(/* import() */[__webpack_require__.e(4239), __webpack_require__.e(3460)]).then(__webpack_require__.bind(__webpack_require__, 3460));
    const pr = pullRequestOf(name, payload);
    if (!pr) {
        return {
            notices: [
                `comment: true, but this run is ${name ? `a '${name}' event` : 'not started by an event'}, not a pull_request: no comment is posted`,
            ],
        };
    }
    const id = commentId(req);
    const { GITHUB_SERVER_URL: server, GITHUB_RUN_ID: run } = ctx.env;
    return {
        comment: {
            token,
            apiUrl: ctx.env.GITHUB_API_URL || 'https://api.github.com',
            repository,
            pullRequest: { number: pr.number, baseRef: pr.baseRef, baseSha: pr.baseSha },
            id,
            title: title || `render-manifests: ${id}`,
            kubeconfig: kubeconfig ? { value: kubeconfig, context: inputs.string('context') } : undefined,
            runUrl: server && run ? `${server}/${repository}/actions/runs/${run}` : undefined,
        },
        notices: [],
    };
}


/***/ }),

/***/ 33235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ SchemaCatalog),
/* harmony export */   jK: () => (/* binding */ DEFAULT_SCHEMA_VERSION),
/* harmony export */   o8: () => (/* binding */ SCHEMA_VERSIONS)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77817);
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21916);
/*
 * The Kubernetes API schemas we validate against, per minor version, generated from the API server's own
 * OpenAPI v3 spec (k8s.io/kubernetes api/openapi-spec/v3, see scripts/generate-schemas.ts for why and
 * how). Each group-version is a separate JSON file imported on first use, so a run that renders a
 * ConfigMap, a Service and a Deployment loads core/v1 and apps/v1 only (in the bundle each file is its own
 * chunk).
 */


/** Minor versions with a generated schema directory (scripts/generate-schemas.ts, latest patch of each). */
const SCHEMA_VERSIONS = ['1.33', '1.34', '1.35', '1.36'];
/** The version of the test cluster (test/infra/cluster), and the action's default. */
const DEFAULT_SCHEMA_VERSION = '1.34';
// A template literal the bundler can expand: every schema file becomes its own lazily loaded chunk.
async function importIndex(version) {
    return (await __webpack_require__(68196)(`./${version}/index.json`))
        .default;
}
async function importGroupVersion(version, file) {
    const mod = await __webpack_require__(19576)(`./${version}/${file}.json`);
    return mod.default.definitions;
}
/** Built-in groups that no longer exist at all; their objects are errors, not custom resources. */
const REMOVED_GROUPS = new Set(['extensions']);
class SchemaCatalog {
    version;
    index;
    files = new Map();
    constructor(version) {
        this.version = version;
    }
    static parseVersion(input, value) {
        const minor = value
            .trim()
            .replace(/^v/, '')
            .replace(/^(\d+\.\d+)\.\d+$/, '$1');
        if (SCHEMA_VERSIONS.includes(minor))
            return minor;
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${input}': Kubernetes ${value} has no bundled schema. Expected one of ${SCHEMA_VERSIONS.join(', ')}.`, {
            hint: 'Pick the bundled minor version closest to your cluster (the API rarely removes fields within a year of releases).',
        });
    }
    async source() {
        return (await this.loadIndex()).source;
    }
    async loadIndex() {
        this.index ??= await importIndex(this.version);
        return this.index;
    }
    /** Scope from the index alone (no group-version file loaded); undefined for unknown kinds. */
    async namespaced(apiVersion, kind) {
        const index = await this.loadIndex();
        return index.groupVersions[apiVersion]?.kinds[kind]?.namespaced;
    }
    async lookup(apiVersion, kind) {
        const index = await this.loadIndex();
        const gv = index.groupVersions[apiVersion];
        const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
        if (!gv) {
            const served = Object.keys(index.groupVersions).filter((v) => (v.includes('/') ? v.split('/')[0] : '') === group);
            if (served.length === 0 && !REMOVED_GROUPS.has(group))
                return { status: 'custom' };
            const servedKind = served.filter((v) => index.groupVersions[v].kinds[kind]);
            return {
                status: 'unknown',
                message: `apiVersion ${apiVersion} is not served by Kubernetes ${this.version}`,
                hint: servedKind.length
                    ? `Use apiVersion: ${servedKind.join(' or ')} for ${kind}.`
                    : `Kubernetes ${this.version} serves ${served.join(', ') || 'no version of this group'}.`,
            };
        }
        const info = gv.kinds[kind];
        if (!info) {
            const kinds = Object.keys(gv.kinds).filter((k) => !k.endsWith('List'));
            const close = kinds.filter((k) => k.toLowerCase() === kind.toLowerCase() || (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(k, kind) <= 2);
            return {
                status: 'unknown',
                message: `${apiVersion} has no kind ${kind}`,
                hint: close.length
                    ? `Did you mean ${close.join(' or ')}?`
                    : `Kinds in ${apiVersion}: ${kinds.join(', ')}.`,
            };
        }
        let defs = this.files.get(gv.file);
        if (!defs) {
            defs = importGroupVersion(this.version, gv.file);
            this.files.set(gv.file, defs);
        }
        const definitions = await defs;
        return { status: 'found', kind: { info, root: definitions[info.ref], definitions } };
    }
}


/***/ }),

/***/ 13975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ semanticChecks),
/* harmony export */   _: () => (/* binding */ checkDnsLabel)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82527);
/* harmony import */ var _workloads_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46672);
/*
 * Rules the API server enforces in code rather than in the OpenAPI schema, for the mistakes that are
 * common in hand-written manifests: names, labels, empty container lists, port names, and a workload
 * selector that does not match its own template (the API server rejects all of these on apply).
 */


const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const IANA_SVC_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
function checkDnsLabel(value) {
    if (value.length > 63)
        return 'is longer than 63 characters';
    if (!DNS1123_LABEL.test(value))
        return 'must be lower-case letters, digits and -, starting and ending with a letter or digit';
    return undefined;
}
function checkName(kind, name) {
    if (kind === 'Service') {
        if (name.length > 63 || !DNS1035_LABEL.test(name)) {
            return `Service name '${name}' must be a DNS-1035 label: at most 63 lower-case letters, digits and -, starting with a letter`;
        }
        return undefined;
    }
    if (kind === 'Namespace') {
        const p = checkDnsLabel(name);
        return p ? `Namespace name '${name}' ${p}` : undefined;
    }
    if (name.length > 253 || !DNS1123_SUBDOMAIN.test(name)) {
        return `name '${name}' must be a DNS-1123 subdomain: lower-case letters, digits, - and ., at most 253 characters`;
    }
    return undefined;
}
function checkLabels(labels, path, out) {
    if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(labels))
        return;
    for (const [k, v] of Object.entries(labels)) {
        const slash = k.lastIndexOf('/');
        const prefix = slash >= 0 ? k.slice(0, slash) : '';
        const name = slash >= 0 ? k.slice(slash + 1) : k;
        if ((prefix && (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))) ||
            name.length > 63 ||
            !LABEL_NAME.test(name)) {
            out.push({
                path: [...path, k],
                message: `label key '${k}' is not valid`,
                hint: 'Label keys are [prefix/]name with name ≤63 of [A-Za-z0-9_.-].',
            });
        }
        if (typeof v === 'string' && v !== '' && (v.length > 63 || !LABEL_NAME.test(v))) {
            out.push({
                path: [...path, k],
                message: `label ${k}: value '${v}' is not valid`,
                hint: 'Label values are at most 63 characters of [A-Za-z0-9_.-], starting and ending alphanumeric.',
            });
        }
    }
}
function semanticChecks(m) {
    const out = [];
    const { kind, name } = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H8)(m);
    const nameProblem = checkName(kind, name);
    if (nameProblem)
        out.push({ path: ['metadata', 'name'], message: nameProblem });
    checkLabels((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(m.object, ['metadata', 'labels']), ['metadata', 'labels'], out);
    if (kind === 'ConfigMap') {
        const data = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(m.object, ['data']);
        if ((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(data)) {
            for (const k of Object.keys(data)) {
                if (!/^[-._a-zA-Z0-9]+$/.test(k))
                    out.push({
                        path: ['data', k],
                        message: `ConfigMap key '${k}' is not valid`,
                        hint: 'Keys are made of letters, digits, -, _ and .',
                    });
            }
        }
    }
    const t = (0,_workloads_js__WEBPACK_IMPORTED_MODULE_1__/* .podTemplateOf */ .D0)(m);
    if (!t)
        return out;
    checkLabels((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(m.object, [...t.path, 'metadata', 'labels']), [...t.path, 'metadata', 'labels'], out);
    const containers = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(m.object, [...t.path, 'spec', 'containers']);
    if (!Array.isArray(containers) || containers.length === 0) {
        out.push({
            path: [...t.path, 'spec'],
            message: `${kind} ${name} has no containers (${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)([...t.path, 'spec', 'containers'])} is ${Array.isArray(containers) ? 'empty' : 'missing'})`,
            hint: 'A pod needs at least one container with a name and an image.',
        });
    }
    const names = new Set();
    for (const c of (0,_workloads_js__WEBPACK_IMPORTED_MODULE_1__/* .containersOf */ .Mz)(t)) {
        if (typeof c.container.name === 'string') {
            const p = checkDnsLabel(c.container.name);
            if (p)
                out.push({ path: [...c.path, 'name'], message: `container name '${c.container.name}' ${p}` });
            if (names.has(c.container.name))
                out.push({
                    path: [...c.path, 'name'],
                    message: `container name '${c.container.name}' is used twice in the pod`,
                });
            names.add(c.container.name);
        }
        const ports = c.container.ports;
        const portNames = new Set();
        if (Array.isArray(ports)) {
            ports.forEach((p, i) => {
                if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(p) || typeof p.name !== 'string')
                    return;
                const n = p.name;
                if (n.length > 15 || !IANA_SVC_NAME.test(n) || !/[a-z]/.test(n) || n.includes('--')) {
                    out.push({
                        path: [...c.path, 'ports', i, 'name'],
                        message: `port name '${n}' is not valid`,
                        hint: 'Port names are at most 15 lower-case letters, digits and single -, with at least one letter (e.g. http, grpc, metrics).',
                    });
                }
                if (portNames.has(n))
                    out.push({
                        path: [...c.path, 'ports', i, 'name'],
                        message: `port name '${n}' is used twice in container ${c.name}`,
                    });
                portNames.add(n);
            });
        }
    }
    const selector = t.path.length > 0 && kind !== 'CronJob' && kind !== 'Job'
        ? (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(m.object, ['spec', 'selector'])
        : undefined;
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(selector) && !(0,_workloads_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorMatches */ .de)(selector, t.labels)) {
        out.push({
            path: ['spec', 'selector'],
            message: `${kind} ${name}: spec.selector ${JSON.stringify(selector)} does not match the template labels ${JSON.stringify(t.labels)}`,
            hint: 'The API server rejects a workload whose selector does not select its own pods: make the selector a subset of template.metadata.labels.',
        });
    }
    return out;
}


/***/ }),

/***/ 38752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  chain: () => (/* reexport */ chain),
  renderManifests: () => (/* reexport */ renderManifests)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/contract/src/annotations.ts
var annotations = __webpack_require__(55838);
// EXTERNAL MODULE: ./packages/kit/src/stage.ts
var src_stage = __webpack_require__(77462);
// EXTERNAL MODULE: ./packages/manifests/src/images.ts
var src_images = __webpack_require__(88918);
// EXTERNAL MODULE: ./packages/manifests/src/options.ts
var options = __webpack_require__(76992);
;// CONCATENATED MODULE: ./packages/manifests/src/stages/render-manifests.ts
/*
 * render-manifests as a stage (packages/kit/src/stage.ts): read = readRenderOptions; run renders, writes
 * the set, and posts the pull-request comment when asked. In the one-step pipeline the image (pinned by
 * digest), the version, the commit and the port arrive typed from the earlier stages (`chain`).
 */





/** The options with what earlier stages produced: the one place typed upstream values enter a render. */
function chain(o, up) {
    const version = up.version ?? o.version;
    const commit = up.commit ?? o.commit;
    const request = { ...o.request };
    if (o.annotate && (up.version !== undefined || up.commit !== undefined))
        request.podAnnotations = {
            ...request.podAnnotations,
            [annotations/* VERSION_ANNOTATION */.F8]: version,
            [annotations/* COMMIT_ANNOTATION */._u]: commit,
        };
    if (up.port !== undefined)
        request.expectedPort = up.port;
    if (request.telemetry)
        request.telemetry = { ...request.telemetry, version, commit };
    if (request.builtin) {
        request.builtin = {
            ...request.builtin,
            version,
            image: up.image ?? request.builtin.image,
            port: up.port ?? request.builtin.port,
        };
    }
    else if (up.image) {
        request.images = [...(request.images ?? []), (0,src_images/* imagePin */.Z4)(up.image)];
    }
    if (request.source === 'files') {
        const vars = new Map(request.vars);
        if (up.port !== undefined)
            for (const name of ['APP_PORT', 'PORT'])
                vars.set(name, String(up.port));
        if (up.image)
            vars.set('IMAGE', up.image);
        if (up.version !== undefined)
            vars.set('VERSION', version);
        request.vars = vars;
    }
    return { ...o, request, version, commit };
}
/** The workflow's event payload (GITHUB_EVENT_PATH), for the pull-request comment. */
function readEvent(env, warn) {
    const path = env.GITHUB_EVENT_PATH;
    let payload;
    try {
        payload = path ? JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')) : undefined;
    }
    catch (e) {
        warn(`GITHUB_EVENT_PATH ${path}: cannot read the event payload: ${e.message}`);
    }
    return { name: env.GITHUB_EVENT_NAME, payload };
}
const renderManifests = {
    name: 'render-manifests',
    read: (inputs, ctx) => (0,options/* readRenderOptions */.$)(inputs, { ...ctx, event: () => readEvent(ctx.env, (m) => ctx.log.warning(m)) }),
    async run(config, upstream, ctx) {
        const lib = await __webpack_require__.e(/* import() */ 4391).then(__webpack_require__.bind(__webpack_require__, 84391));
        const options = chain(config, upstream);
        for (const n of options.notices)
            ctx.log.notice(n);
        let stage;
        try {
            stage = await ctx.log.group(`Render (${options.request.source})`, () => 
            // Secret values are masked as soon as the set is loaded, before a check could quote one.
            lib.renderManifestsStage({
                ...options,
                signal: ctx.signal,
                log: ctx.log,
                home: ctx.env.HOME,
            }));
        }
        catch (e) {
            if (e instanceof lib.RenderError && e.ports)
                throw new src_stage/* StageError */.Z(e, {
                    summary: `### render-manifests failed: port report\n\n${lib.portsTable(e.ports)}\n`,
                });
            throw e;
        }
        const { result, written, comment } = stage;
        for (const w of result.warnings)
            ctx.log.warning(w.message, w.location);
        for (const n of result.notices)
            ctx.log.notice(n.message, n.location);
        ctx.log.info(`Rendered ${result.objects.length} objects from ${result.producedBy} into ${written.manifests}`);
        let summary = stage.summary;
        if (comment) {
            for (const w of comment.warnings)
                ctx.log.warning(w);
            if (comment.posted)
                ctx.log.info(`Pull-request comment ${comment.posted.action}: ${comment.posted.url}`);
            summary += `\n${comment.markdown}`;
        }
        return {
            outputs: { ...stage.outputs, 'comment-url': comment?.posted?.url ?? '' },
            summary,
            failures: [],
            value: stage,
        };
    },
};

;// CONCATENATED MODULE: ./packages/manifests/src/stages/index.ts
// The render-manifests stage (packages/kit/src/stage.ts): `run` loads the renderer, schemas and templates.



/***/ }),

/***/ 46672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ podTemplateOf),
/* harmony export */   Mz: () => (/* binding */ containersOf),
/* harmony export */   Tp: () => (/* binding */ configMapsOf),
/* harmony export */   de: () => (/* binding */ selectorMatches)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82527);

/** Where each workload kind keeps its pod template (Pod: the pod itself). */
const POD_SPEC_PATHS = {
    Pod: [],
    Deployment: ['spec', 'template'],
    ReplicaSet: ['spec', 'template'],
    StatefulSet: ['spec', 'template'],
    DaemonSet: ['spec', 'template'],
    ReplicationController: ['spec', 'template'],
    Job: ['spec', 'template'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};
const WORKLOAD_GROUPS = {
    Pod: '',
    ReplicationController: '',
    Deployment: 'apps',
    ReplicaSet: 'apps',
    StatefulSet: 'apps',
    DaemonSet: 'apps',
    Job: 'batch',
    CronJob: 'batch',
};
function podTemplateOf(m) {
    const { apiVersion, kind, namespace } = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H8)(m);
    const path = POD_SPEC_PATHS[kind];
    if (!path || WORKLOAD_GROUPS[kind] !== (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .groupOf */ .F8)(apiVersion))
        return undefined;
    const labels = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(m.object, [...path, 'metadata', 'labels']);
    const stringLabels = {};
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(labels))
        for (const [k, v] of Object.entries(labels))
            stringLabels[k] = String(v);
    return { manifest: m, path, labels: stringLabels, namespace };
}
/** The rendered set's ConfigMaps by `namespace/name` (what envFrom and configMapKeyRef resolve against). */
function configMapsOf(manifests) {
    const out = new Map();
    for (const m of manifests) {
        if (m.object.kind === 'ConfigMap' && m.object.apiVersion === 'v1') {
            const r = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H8)(m);
            out.set(`${r.namespace}/${r.name}`, m);
        }
    }
    return out;
}
function containersOf(t, which = 'all') {
    const out = [];
    const lists = [];
    if (which !== 'app')
        lists.push(['initContainers', true]);
    if (which !== 'init')
        lists.push(['containers', false]);
    for (const [field, init] of lists) {
        const list = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(t.manifest.object, [...t.path, 'spec', field]);
        if (!Array.isArray(list))
            continue;
        list.forEach((c, i) => {
            if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(c))
                return;
            out.push({
                template: t,
                path: [...t.path, 'spec', field, i],
                container: c,
                name: typeof c.name === 'string' ? c.name : `#${i}`,
                init,
            });
        });
    }
    return out;
}
/** Label selector semantics (matchLabels + matchExpressions) against a label set. */
function selectorMatches(selector, labels) {
    const matchLabels = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(selector.matchLabels) ? selector.matchLabels : undefined;
    const plain = !('matchLabels' in selector) && !('matchExpressions' in selector);
    const pairs = plain ? selector : (matchLabels ?? {});
    for (const [k, v] of Object.entries(pairs))
        if (labels[k] !== String(v))
            return false;
    const exprs = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
    for (const e of exprs) {
        if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(e) || typeof e.key !== 'string')
            return false;
        const values = Array.isArray(e.values) ? e.values.map(String) : [];
        const has = e.key in labels;
        switch (e.operator) {
            case 'In':
                if (!has || !values.includes(labels[e.key]))
                    return false;
                break;
            case 'NotIn':
                if (has && values.includes(labels[e.key]))
                    return false;
                break;
            case 'Exists':
                if (!has)
                    return false;
                break;
            case 'DoesNotExist':
                if (has)
                    return false;
                break;
            default:
                return false;
        }
    }
    return true;
}


/***/ }),

/***/ 19576:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./1.33/admissionregistration.k8s.io__v1.json": [
		84679,
		4679
	],
	"./1.33/admissionregistration.k8s.io__v1alpha1.json": [
		18008,
		8008
	],
	"./1.33/admissionregistration.k8s.io__v1beta1.json": [
		92620,
		2620
	],
	"./1.33/apiextensions.k8s.io__v1.json": [
		77197,
		7197
	],
	"./1.33/apiregistration.k8s.io__v1.json": [
		20176,
		176
	],
	"./1.33/apps__v1.json": [
		89551,
		9551
	],
	"./1.33/authentication.k8s.io__v1.json": [
		70079,
		79
	],
	"./1.33/authorization.k8s.io__v1.json": [
		69256,
		9256
	],
	"./1.33/autoscaling__v1.json": [
		16711,
		6711
	],
	"./1.33/autoscaling__v2.json": [
		64518,
		4518
	],
	"./1.33/batch__v1.json": [
		35871,
		5871
	],
	"./1.33/certificates.k8s.io__v1.json": [
		9319,
		9319
	],
	"./1.33/certificates.k8s.io__v1alpha1.json": [
		59480,
		9480
	],
	"./1.33/certificates.k8s.io__v1beta1.json": [
		9420,
		9420
	],
	"./1.33/coordination.k8s.io__v1.json": [
		91266,
		1266
	],
	"./1.33/coordination.k8s.io__v1alpha2.json": [
		68916,
		8916
	],
	"./1.33/coordination.k8s.io__v1beta1.json": [
		78607,
		8607
	],
	"./1.33/core__v1.json": [
		66260,
		6260
	],
	"./1.33/discovery.k8s.io__v1.json": [
		34885,
		4885
	],
	"./1.33/events.k8s.io__v1.json": [
		35296,
		5296
	],
	"./1.33/flowcontrol.apiserver.k8s.io__v1.json": [
		24584,
		2203
	],
	"./1.33/index.json": [
		86840,
		6840
	],
	"./1.33/internal.apiserver.k8s.io__v1alpha1.json": [
		54864,
		4864
	],
	"./1.33/networking.k8s.io__v1.json": [
		55917,
		5917
	],
	"./1.33/networking.k8s.io__v1beta1.json": [
		77522,
		7522
	],
	"./1.33/node.k8s.io__v1.json": [
		32935,
		2935
	],
	"./1.33/policy__v1.json": [
		49105,
		9105
	],
	"./1.33/rbac.authorization.k8s.io__v1.json": [
		8566,
		8566
	],
	"./1.33/resource.k8s.io__v1alpha3.json": [
		8722,
		8722
	],
	"./1.33/resource.k8s.io__v1beta1.json": [
		1860,
		1860
	],
	"./1.33/resource.k8s.io__v1beta2.json": [
		70321,
		321
	],
	"./1.33/scheduling.k8s.io__v1.json": [
		35529,
		5529
	],
	"./1.33/storage.k8s.io__v1.json": [
		93200,
		3200
	],
	"./1.33/storage.k8s.io__v1alpha1.json": [
		87871,
		7871
	],
	"./1.33/storage.k8s.io__v1beta1.json": [
		18405,
		8405
	],
	"./1.33/storagemigration.k8s.io__v1alpha1.json": [
		58189,
		8189
	],
	"./1.34/admissionregistration.k8s.io__v1.json": [
		91952,
		1952
	],
	"./1.34/admissionregistration.k8s.io__v1alpha1.json": [
		19583,
		9583
	],
	"./1.34/admissionregistration.k8s.io__v1beta1.json": [
		97637,
		7637
	],
	"./1.34/apiextensions.k8s.io__v1.json": [
		68430,
		8430
	],
	"./1.34/apiregistration.k8s.io__v1.json": [
		33799,
		3799
	],
	"./1.34/apps__v1.json": [
		2892,
		2892
	],
	"./1.34/authentication.k8s.io__v1.json": [
		68302,
		8302
	],
	"./1.34/authorization.k8s.io__v1.json": [
		54231,
		4231
	],
	"./1.34/autoscaling__v1.json": [
		72146,
		2146
	],
	"./1.34/autoscaling__v2.json": [
		93475,
		3475
	],
	"./1.34/batch__v1.json": [
		77994,
		7994
	],
	"./1.34/certificates.k8s.io__v1.json": [
		85546,
		5546
	],
	"./1.34/certificates.k8s.io__v1alpha1.json": [
		33033,
		3033
	],
	"./1.34/certificates.k8s.io__v1beta1.json": [
		33383,
		3383
	],
	"./1.34/coordination.k8s.io__v1.json": [
		59135,
		9135
	],
	"./1.34/coordination.k8s.io__v1alpha2.json": [
		47661,
		7661
	],
	"./1.34/coordination.k8s.io__v1beta1.json": [
		93620,
		3620
	],
	"./1.34/core__v1.json": [
		19687,
		9687
	],
	"./1.34/discovery.k8s.io__v1.json": [
		36674,
		6674
	],
	"./1.34/events.k8s.io__v1.json": [
		76017,
		6017
	],
	"./1.34/flowcontrol.apiserver.k8s.io__v1.json": [
		39616,
		9616
	],
	"./1.34/index.json": [
		87113,
		7113
	],
	"./1.34/internal.apiserver.k8s.io__v1alpha1.json": [
		15101,
		5101
	],
	"./1.34/networking.k8s.io__v1.json": [
		40052,
		52
	],
	"./1.34/networking.k8s.io__v1beta1.json": [
		95873,
		5873
	],
	"./1.34/node.k8s.io__v1.json": [
		35098,
		5098
	],
	"./1.34/policy__v1.json": [
		10554,
		554
	],
	"./1.34/rbac.authorization.k8s.io__v1.json": [
		66439,
		6439
	],
	"./1.34/resource.k8s.io__v1.json": [
		11830,
		1830
	],
	"./1.34/resource.k8s.io__v1alpha3.json": [
		33923,
		3923
	],
	"./1.34/resource.k8s.io__v1beta1.json": [
		33131,
		3131
	],
	"./1.34/resource.k8s.io__v1beta2.json": [
		75290,
		5290
	],
	"./1.34/scheduling.k8s.io__v1.json": [
		79796,
		9796
	],
	"./1.34/storage.k8s.io__v1.json": [
		32771,
		2771
	],
	"./1.34/storage.k8s.io__v1alpha1.json": [
		31084,
		1084
	],
	"./1.34/storage.k8s.io__v1beta1.json": [
		91264,
		1264
	],
	"./1.34/storagemigration.k8s.io__v1alpha1.json": [
		61896,
		1896
	],
	"./1.35/admissionregistration.k8s.io__v1.json": [
		68341,
		8341
	],
	"./1.35/admissionregistration.k8s.io__v1alpha1.json": [
		398,
		398
	],
	"./1.35/admissionregistration.k8s.io__v1beta1.json": [
		92810,
		2810
	],
	"./1.35/apiextensions.k8s.io__v1.json": [
		74015,
		4015
	],
	"./1.35/apiregistration.k8s.io__v1.json": [
		40510,
		510
	],
	"./1.35/apps__v1.json": [
		20205,
		205
	],
	"./1.35/authentication.k8s.io__v1.json": [
		37961,
		7961
	],
	"./1.35/authorization.k8s.io__v1.json": [
		7482,
		7482
	],
	"./1.35/autoscaling__v1.json": [
		5393,
		5393
	],
	"./1.35/autoscaling__v2.json": [
		70948,
		948
	],
	"./1.35/batch__v1.json": [
		14853,
		4853
	],
	"./1.35/certificates.k8s.io__v1.json": [
		54589,
		4589
	],
	"./1.35/certificates.k8s.io__v1alpha1.json": [
		89718,
		9718
	],
	"./1.35/certificates.k8s.io__v1beta1.json": [
		81250,
		1250
	],
	"./1.35/coordination.k8s.io__v1.json": [
		90376,
		376
	],
	"./1.35/coordination.k8s.io__v1alpha2.json": [
		53654,
		3654
	],
	"./1.35/coordination.k8s.io__v1beta1.json": [
		83533,
		3533
	],
	"./1.35/core__v1.json": [
		50802,
		802
	],
	"./1.35/discovery.k8s.io__v1.json": [
		33567,
		3567
	],
	"./1.35/events.k8s.io__v1.json": [
		13286,
		3286
	],
	"./1.35/flowcontrol.apiserver.k8s.io__v1.json": [
		22237,
		2237
	],
	"./1.35/index.json": [
		99190,
		9190
	],
	"./1.35/internal.apiserver.k8s.io__v1alpha1.json": [
		53514,
		3514
	],
	"./1.35/networking.k8s.io__v1.json": [
		88771,
		8771
	],
	"./1.35/networking.k8s.io__v1beta1.json": [
		96928,
		6928
	],
	"./1.35/node.k8s.io__v1.json": [
		12769,
		2769
	],
	"./1.35/policy__v1.json": [
		72555,
		2555
	],
	"./1.35/rbac.authorization.k8s.io__v1.json": [
		2132,
		2132
	],
	"./1.35/resource.k8s.io__v1.json": [
		24317,
		4317
	],
	"./1.35/resource.k8s.io__v1alpha3.json": [
		70820,
		820
	],
	"./1.35/resource.k8s.io__v1beta1.json": [
		22434,
		2434
	],
	"./1.35/resource.k8s.io__v1beta2.json": [
		8595,
		8595
	],
	"./1.35/scheduling.k8s.io__v1.json": [
		51915,
		1915
	],
	"./1.35/scheduling.k8s.io__v1alpha1.json": [
		55412,
		5412
	],
	"./1.35/storage.k8s.io__v1.json": [
		90630,
		630
	],
	"./1.35/storage.k8s.io__v1beta1.json": [
		60571,
		571
	],
	"./1.35/storagemigration.k8s.io__v1beta1.json": [
		66637,
		6637
	],
	"./1.36/admissionregistration.k8s.io__v1.json": [
		30566,
		566
	],
	"./1.36/admissionregistration.k8s.io__v1alpha1.json": [
		49773,
		9773
	],
	"./1.36/admissionregistration.k8s.io__v1beta1.json": [
		18395,
		8395
	],
	"./1.36/apiextensions.k8s.io__v1.json": [
		44592,
		4592
	],
	"./1.36/apiregistration.k8s.io__v1.json": [
		97437,
		7437
	],
	"./1.36/apps__v1.json": [
		33586,
		3586
	],
	"./1.36/authentication.k8s.io__v1.json": [
		38184,
		8184
	],
	"./1.36/authorization.k8s.io__v1.json": [
		75593,
		5593
	],
	"./1.36/autoscaling__v1.json": [
		34436,
		4436
	],
	"./1.36/autoscaling__v2.json": [
		59825,
		9825
	],
	"./1.36/batch__v1.json": [
		73016,
		3016
	],
	"./1.36/certificates.k8s.io__v1.json": [
		64848,
		4848
	],
	"./1.36/certificates.k8s.io__v1alpha1.json": [
		53183,
		3183
	],
	"./1.36/certificates.k8s.io__v1beta1.json": [
		53861,
		3861
	],
	"./1.36/coordination.k8s.io__v1.json": [
		48037,
		8037
	],
	"./1.36/coordination.k8s.io__v1alpha2.json": [
		66559,
		6559
	],
	"./1.36/coordination.k8s.io__v1beta1.json": [
		97562,
		7562
	],
	"./1.36/core__v1.json": [
		73645,
		3645
	],
	"./1.36/discovery.k8s.io__v1.json": [
		60060,
		60
	],
	"./1.36/events.k8s.io__v1.json": [
		63303,
		3303
	],
	"./1.36/flowcontrol.apiserver.k8s.io__v1.json": [
		88130,
		8130
	],
	"./1.36/index.json": [
		58263,
		8263
	],
	"./1.36/internal.apiserver.k8s.io__v1alpha1.json": [
		39119,
		9119
	],
	"./1.36/networking.k8s.io__v1.json": [
		56162,
		6162
	],
	"./1.36/networking.k8s.io__v1beta1.json": [
		74319,
		4319
	],
	"./1.36/node.k8s.io__v1.json": [
		1636,
		1636
	],
	"./1.36/policy__v1.json": [
		3292,
		3292
	],
	"./1.36/rbac.authorization.k8s.io__v1.json": [
		23029,
		3029
	],
	"./1.36/resource.k8s.io__v1.json": [
		89308,
		9308
	],
	"./1.36/resource.k8s.io__v1alpha3.json": [
		477,
		477
	],
	"./1.36/resource.k8s.io__v1beta1.json": [
		67385,
		7385
	],
	"./1.36/resource.k8s.io__v1beta2.json": [
		76460,
		6460
	],
	"./1.36/scheduling.k8s.io__v1.json": [
		97174,
		7174
	],
	"./1.36/scheduling.k8s.io__v1alpha2.json": [
		15424,
		5424
	],
	"./1.36/storage.k8s.io__v1.json": [
		19329,
		9329
	],
	"./1.36/storage.k8s.io__v1beta1.json": [
		65022,
		5022
	],
	"./1.36/storagemigration.k8s.io__v1beta1.json": [
		41534,
		1534
	]
};
function webpackAsyncContext(req) {
	if(!__webpack_require__.o(map, req)) {
		return Promise.resolve().then(() => {
			var e = new Error("Cannot find module '" + req + "'");
			e.code = 'MODULE_NOT_FOUND';
			throw e;
		});
	}

	var ids = map[req], id = ids[0];
	return __webpack_require__.e(ids[1]).then(() => {
		return __webpack_require__.t(id, 3 | 16);
	});
}
webpackAsyncContext.keys = () => (Object.keys(map));
webpackAsyncContext.id = 19576;
module.exports = webpackAsyncContext;

/***/ }),

/***/ 68196:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./1.33/index.json": [
		86840,
		6840
	],
	"./1.34/index.json": [
		87113,
		7113
	],
	"./1.35/index.json": [
		99190,
		9190
	],
	"./1.36/index.json": [
		58263,
		8263
	]
};
function webpackAsyncContext(req) {
	if(!__webpack_require__.o(map, req)) {
		return Promise.resolve().then(() => {
			var e = new Error("Cannot find module '" + req + "'");
			e.code = 'MODULE_NOT_FOUND';
			throw e;
		});
	}

	var ids = map[req], id = ids[0];
	return __webpack_require__.e(ids[1]).then(() => {
		return __webpack_require__.t(id, 3 | 16);
	});
}
webpackAsyncContext.keys = () => (Object.keys(map));
webpackAsyncContext.id = 68196;
module.exports = webpackAsyncContext;

/***/ })

};
