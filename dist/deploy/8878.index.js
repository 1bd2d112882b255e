export const id = 8878;
export const ids = [8878];
export const modules = {

/***/ 65306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xr: () => (/* binding */ cacheKeys),
/* harmony export */   jI: () => (/* binding */ cacheServiceAvailable),
/* harmony export */   lr: () => (/* binding */ restoreGoCache),
/* harmony export */   yU: () => (/* binding */ saveGoCache)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77817);


function cacheKeys(p) {
    const prefix = `goship-go-${p.os}-${p.arch}-go${p.goVersion}-`;
    return { key: `${prefix}${p.depHash}`, restoreKeys: [prefix] };
}
/**
 * Whether the runner offers a cache service. Same test as @actions/cache's isFeatureAvailable (v2 service:
 * ACTIONS_RESULTS_URL; v1: ACTIONS_CACHE_URL), done here so that no cache code loads when there is none.
 */
function cacheServiceAvailable(env) {
    return env.ACTIONS_CACHE_SERVICE_V2 ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL;
}
async function restoreGoCache(paths, keys) {
    try {
        const cache = await __webpack_require__.e(/* import() */ 1691).then(__webpack_require__.bind(__webpack_require__, 61691));
        const matchedKey = await cache.restoreCache([...paths], keys.key, keys.restoreKeys);
        return { matchedKey, hit: matchedKey === keys.key };
    }
    catch (err) {
        return { hit: false, error: (0,_goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err) };
    }
}
async function saveGoCache(state) {
    if (state.restoreOnly)
        return { saved: false, reason: 'cache-restore-only is true: the cache is restored but never saved' };
    if (state.matchedKey === state.key)
        return { saved: false, reason: `the cache was restored from ${state.key}: nothing new to save` };
    const paths = state.paths.filter((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p));
    if (paths.length === 0)
        return { saved: false, reason: 'neither the module cache nor the build cache exists: no go command ran' };
    try {
        const cache = await __webpack_require__.e(/* import() */ 1691).then(__webpack_require__.bind(__webpack_require__, 61691));
        const id = await cache.saveCache(paths, state.key);
        return id === -1
            ? { saved: false, reason: 'the cache service did not accept the save' }
            : { saved: true, reason: `saved as ${state.key}` };
    }
    catch (err) {
        return { saved: false, reason: `saving failed: ${(0,_goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}` };
    }
}


/***/ }),

/***/ 38878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  setupGoStage: () => (/* binding */ setupGoStage)
});

// UNUSED EXPORTS: planSetupGo, setupGoSummary

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(77817);
// EXTERNAL MODULE: ./packages/kit/src/summary.ts
var summary = __webpack_require__(55300);
// EXTERNAL MODULE: ./packages/kit/src/paths.ts
var paths = __webpack_require__(80524);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./packages/kit/src/retry.ts
var retry = __webpack_require__(36658);
// EXTERNAL MODULE: ./packages/kit/src/proxy.ts
var proxy = __webpack_require__(47844);
;// CONCATENATED MODULE: ./packages/go/src/toolchain/http.ts
/*
 * setup-go's HTTP: the release manifest and the Go archive, on node:http/https with the agents of the project's
 * one proxy rule (@goship/kit proxy.ts: HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the job's environment, loopback
 * never proxied), as the registry client does. Not the global fetch: under Node 24 it ignores the proxy
 * variables unless NODE_USE_ENV_PROXY=1 is set for the whole process. The response body is the socket's own
 * stream (the archive is hashed and unpacked while it arrives). No slower than the fetch it replaced
 * (bench/setup-go.ts, GET + sha256 of the 66.7 MB Go 1.26.8 tarball from the loopback mirror, alternating:
 * 0.86× and 0.92× fetch's median time in two runs of 7 and 9 rounds, 2 shared cores at load 2–5).
 */



/** An HTTP answer other than 2xx. 5xx, 408 and 429 are worth retrying; other 4xx are not. */
class HttpError extends errors/* UserError */.yo {
    url;
    status;
    constructor(url, status) {
        super(`GET ${url} answered HTTP ${status}`);
        this.url = url;
        this.status = status;
        this.name = 'HttpError';
    }
}
/** A download that ended before all its bytes arrived. Worth retrying. */
class TruncatedError extends errors/* UserError */.yo {
    url;
    received;
    expected;
    constructor(url, received, expected) {
        super(`The download of ${url} was truncated: received ${received} of ${expected} bytes`);
        this.url = url;
        this.received = received;
        this.expected = expected;
        this.name = 'TruncatedError';
    }
}
function isTransient(err) {
    if (err instanceof HttpError)
        return err.status >= 500 || err.status === 408 || err.status === 429;
    if (err instanceof TruncatedError)
        return true;
    if (err instanceof errors/* UserError */.yo)
        return false;
    // Network failures (connection refused/reset, DNS, a body cut short) and timeouts.
    const code = String(err?.code ?? '');
    return (/^(ECONN|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR)/.test(code) ||
        (err instanceof Error && /ECONN|ETIMEDOUT|EPIPE|socket|terminated|timeout|aborted/i.test(err.message)));
}
/** Why a request failed, in words (a wrapped reason in `cause` is added when the message lacks it). */
function describeFetchError(err) {
    if (err instanceof errors/* UserError */.yo)
        return err.message;
    const cause = err?.cause;
    const detail = cause ? (0,errors/* errorMessage */.gJ)(cause) : '';
    const base = (0,errors/* errorMessage */.gJ)(err);
    return detail && !base.includes(detail) ? `${base} (${detail})` : base;
}
/**
 * Runs `attempt` with retries on transient failures (5xx, network errors, truncation), full-jitter backoff,
 * and a log line per retry; the final error names the URL and the number of attempts.
 */
async function withRetries(url, what, opts, attempt) {
    const attempts = opts.attempts ?? 4;
    let tries = 0;
    try {
        return await (0,retry/* retry */.L5)(async () => {
            tries++;
            const signals = [AbortSignal.timeout(opts.timeoutMs ?? 300_000)];
            if (opts.signal)
                signals.push(opts.signal);
            return await attempt(AbortSignal.any(signals));
        }, {
            attempts,
            baseDelayMs: opts.baseDelayMs ?? 500,
            maxDelayMs: 8000,
            signal: opts.signal,
            retryable: isTransient,
            onRetry: (err, n, delay) => opts.log?.(`${what}: ${describeFetchError(err)}; retrying in ${(0,summary/* formatMs */._V)(delay)} (attempt ${n + 1} of ${attempts})`),
        });
    }
    catch (err) {
        if (opts.signal?.aborted)
            throw opts.signal.reason ?? err;
        const after = tries > 1 ? ` after ${tries} attempts` : '';
        if (err instanceof HttpError && err.status === 404) {
            throw new errors/* UserError */.yo(`${what}: ${url} does not exist (HTTP 404)`, { cause: err });
        }
        if (err instanceof HttpError && !isTransient(err)) {
            const auth = err.status === 401 || err.status === 403
                ? ' (the server wants credentials or refuses this client)'
                : '';
            throw new errors/* UserError */.yo(`${what}: ${err.message}${auth}`, { cause: err });
        }
        if (err instanceof errors/* UserError */.yo && !isTransient(err))
            throw err;
        throw new errors/* UserError */.yo(`${what} failed${after}: ${describeFetchError(err)}`, {
            hint: `URL: ${url}`,
            cause: err,
        });
    }
}
/**
 * GET `url`, following up to 5 redirects, through the proxy `opts.proxyEnv` names for each URL (or directly).
 * Authorization goes only to the origin it was meant for: a redirect to another scheme, host or port drops it
 * (as fetch does); through a proxy, https requests are tunnelled (CONNECT), so the proxy never sees it. A non-2xx
 * answer is an HttpError (a 407 from a proxy, a ProxyError naming it); a proxy that refuses the tunnel or cannot
 * be reached is a ProxyError (its password never appears).
 */
async function openGet(url, opts, signal) {
    const origin = new URL(url).origin;
    let current = new URL(url);
    let headers = { ...opts.headers };
    for (let hop = 0;; hop++) {
        const res = await getOnce(current, headers, opts.proxyEnv, signal);
        const location = res.headers.location;
        if ([301, 302, 303, 307, 308].includes(res.statusCode ?? 0) && location && hop < 5) {
            res.resume();
            current = new URL(location, current);
            if (current.origin !== origin) {
                const { Authorization: _dropped, authorization: _dropped2, ...rest } = headers;
                headers = rest;
            }
            continue;
        }
        const status = res.statusCode ?? 0;
        if (status < 200 || status > 299) {
            res.resume();
            const route = (0,proxy/* proxyFor */.iJ)(current, opts.proxyEnv);
            if (status === 407 && route)
                throw (0,proxy/* proxyRefusal */.vd)(route, current, status);
            throw new HttpError(url, status);
        }
        return { status, headers: res.headers, body: res, url: current.href };
    }
}
function getOnce(url, headers, proxyEnv, signal) {
    const route = (0,proxy/* proxyFor */.iJ)(url, proxyEnv);
    const mod = url.protocol === 'https:' ? (external_node_https_default()) : url.protocol === 'http:' ? (external_node_http_default()) : undefined;
    if (!mod)
        throw new errors/* UserError */.yo(`${url.href}: only http and https URLs can be downloaded`);
    return new Promise((resolve, reject) => {
        const req = mod.request(url, {
            method: 'GET',
            headers: { 'User-Agent': 'goship-setup-go/1', ...headers },
            agent: (0,proxy/* agentFor */.Pf)(url, { env: proxyEnv }),
            signal,
        }, resolve);
        req.on('error', (err) => {
            if (signal.aborted)
                return reject(signal.reason ?? err);
            const fromProxy = route && (0,proxy/* proxyFailure */.xh)(err, route, url);
            if (fromProxy)
                return reject(fromProxy);
            if (!route)
                return reject(err);
            // Reset or timeout through the proxy: still worth a retry; named, and never with the proxy's password.
            const named = new Error(`${(0,proxy/* redactProxy */.YP)(err.message, route)} (through the proxy ${route.shown} from ${route.variable})`);
            named.code = err.code;
            reject(named);
        });
        req.end();
    });
}
/** GET a text body with retries. */
function getText(url, what, opts = {}) {
    return withRetries(url, what, opts, async (signal) => {
        const res = await openGet(url, opts, signal);
        res.body.setEncoding('utf8');
        let text = '';
        for await (const chunk of res.body)
            text += chunk;
        return text;
    });
}
/**
 * Authorization for a manifest request: only for GitHub hosts (a manifest kept in a repository, or this GitHub
 * Enterprise server), and only over https, so neither a third-party mirror nor anyone on the path of a plain-http
 * request ever receives the job's token. The scheme, host and port must all be the server's (or github.com's).
 * openGet drops Authorization on a redirect to another origin, so a redirect does not carry it away either.
 */
function manifestAuthHeaders(token, baseUrl, serverUrl = 'https://github.com') {
    if (!token)
        return undefined;
    const url = new URL(baseUrl);
    if (url.protocol !== 'https:')
        return undefined;
    const origins = ['https://github.com', 'https://api.github.com', 'https://raw.githubusercontent.com'];
    const server = new URL(serverUrl);
    if (server.protocol === 'https:')
        origins.push(server.origin);
    return origins.includes(url.origin) ? { Authorization: `token ${token}` } : undefined;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./packages/go/src/toolchain/platform.ts
const ARCHES = [
    { names: ['x64', 'amd64', 'x86_64'], arch: 'amd64', cacheArch: 'x64' },
    { names: ['x86', 'ia32', '386', 'i386', 'x32'], arch: '386', cacheArch: 'x86' },
    { names: ['arm64', 'aarch64'], arch: 'arm64', cacheArch: 'arm64' },
    { names: ['arm', 'armv6l', 'armv7l'], arch: 'armv6l', cacheArch: 'arm' },
    { names: ['ppc64le', 'ppc64'], arch: 'ppc64le', cacheArch: 'ppc64' },
    { names: ['s390x'], arch: 's390x', cacheArch: 's390x' },
    { names: ['riscv64'], arch: 'riscv64', cacheArch: 'riscv64' },
    { names: ['loong64', 'loongarch64'], arch: 'loong64', cacheArch: 'loong64' },
];
const ARCHITECTURE_FORMS = 'one of x64 (amd64), x86 (386), arm64, arm (armv6l), ppc64le, s390x, riscv64, loong64';
const OS = { linux: 'linux', darwin: 'darwin', win32: 'windows', freebsd: 'freebsd' };
/** Undefined when the architecture is unknown (the caller names the input and the accepted forms). */
function goPlatform(arch = process.arch, platform = process.platform) {
    const a = ARCHES.find((x) => x.names.includes(arch.trim().toLowerCase()));
    const os = OS[platform] ?? platform;
    return a ? { os, arch: a.arch, cacheArch: a.cacheArch } : undefined;
}
function platformName(p) {
    return `${p.os}/${p.arch}`;
}

;// CONCATENATED MODULE: ./packages/go/src/toolchain/version.ts

const GO_VERSION = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?(?:(beta|rc)(\d+))?$/;
function parseGoVersion(text) {
    const m = GO_VERSION.exec(text.trim());
    if (!m)
        return undefined;
    // Go never had a patch release of a pre-release (1.22.1rc1) in its release naming.
    if (m[3] !== undefined && m[4] !== undefined)
        return undefined;
    const v = { major: Number(m[1]), minor: Number(m[2]) };
    if (m[3] !== undefined)
        v.patch = Number(m[3]);
    if (m[4] !== undefined)
        v.pre = { kind: m[4], n: Number(m[5]) };
    return v;
}
/** `1.22.3`, `1.22`, `1.22rc1` (no `go` prefix). */
function formatGoVersion(v) {
    const base = `${v.major}.${v.minor}${v.patch !== undefined ? `.${v.patch}` : ''}`;
    return v.pre ? `${base}${v.pre.kind}${v.pre.n}` : base;
}
/** Go's own order for language versions: 1.21 < 1.21beta1 < 1.21rc1 < 1.21.0 < 1.21.1. */
function compareGoVersions(a, b) {
    const rank = (v) => (v.patch !== undefined ? 3 : v.pre ? (v.pre.kind === 'beta' ? 1 : 2) : 0);
    return (a.major - b.major ||
        a.minor - b.minor ||
        rank(a) - rank(b) ||
        (a.patch ?? 0) - (b.patch ?? 0) ||
        (a.pre?.n ?? 0) - (b.pre?.n ?? 0));
}
/**
 * A go.dev release name as semver, the form the tool cache uses for its folders (same mapping as
 * actions/setup-go, so both find each other's installs): `go1.22.3` → `1.22.3`, `go1.20` → `1.20.0`,
 * `go1.27rc1` → `1.27.0-rc.1`.
 */
function releaseToSemver(name) {
    const v = parseGoVersion(name);
    if (!v)
        return undefined;
    const base = `${v.major}.${v.minor}.${v.patch ?? 0}`;
    return v.pre ? `${base}-${v.pre.kind}.${v.pre.n}` : base;
}
/** The inverse of releaseToSemver for the versions Go publishes: `1.27.0-rc.1` → `1.27rc1`. */
function semverToGo(semver) {
    const m = /^(\d+)\.(\d+)\.(\d+)(?:-(beta|rc)\.(\d+))?$/.exec(semver);
    if (!m)
        return semver;
    return m[4] ? `${m[1]}.${m[2]}${m[4]}${m[5]}` : `${m[1]}.${m[2]}.${m[3]}`;
}
const SPEC_FORMS = "an exact version (1.22.3, 1.27rc1), a minor line (1.22), a semver range (^1.21, '>=1.21 <1.23'), stable or oldstable";
/** Parses what a user wrote; returns the problem as a sentence instead of throwing, for the caller to place. */
function parseVersionSpec(input) {
    const text = input.trim();
    if (text === '')
        return { problem: 'is empty' };
    const lower = text.toLowerCase();
    if (lower === 'stable' || lower === 'oldstable')
        return { spec: { kind: lower, text } };
    if (lower === 'latest' || lower === 'tip' || lower === 'master') {
        return { problem: `'${text}' is not a Go version`, hint: "Use 'stable' for the newest stable release." };
    }
    const go = parseGoVersion(text);
    if (go && (go.patch !== undefined || go.pre)) {
        return { spec: { kind: 'exact', text, semver: releaseToSemver(text) } };
    }
    // `1.22` means the newest 1.22.x, as in actions/setup-go; `v1.22` and `go1.22` are the same thing.
    const rangeText = text.replace(/^go(?=\d)/, '');
    const range = (0,node_modules_semver.validRange)(rangeText);
    if (range === null)
        return { problem: `'${text}' is neither a Go version nor a semver range` };
    return { spec: { kind: 'range', text, range } };
}
/** True when `semver` (a release in semver form) is selected by the spec (stable/oldstable excluded). */
function specMatches(spec, semver) {
    if (spec.kind === 'exact')
        return semver === spec.semver;
    if (spec.kind === 'range')
        return (0,node_modules_semver.satisfies)(semver, spec.range);
    return false;
}
/** The newest of `versions` (semver strings) the spec selects; pre-releases only when the range names one. */
function newestMatching(spec, versions) {
    if (spec.kind === 'exact')
        return versions.includes(spec.semver) ? spec.semver : undefined;
    if (spec.kind === 'range')
        return (0,node_modules_semver.maxSatisfying)([...versions], spec.range) ?? undefined;
    return undefined;
}
function isSemver(text) {
    return valid(text) !== null;
}
/** A version to measure "nearness" from, for suggestions when a spec matches nothing. */
function specAnchor(spec) {
    if (spec.kind === 'exact')
        return spec.semver;
    if (spec.kind === 'range')
        return (0,node_modules_semver.coerce)(spec.text)?.version;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/go/src/toolchain/manifest.ts





/** Validates the structure (an error names the first bad entry) and adds the semver form of each version. */
function parseManifest(text, url) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        const start = text.trimStart().slice(0, 60).replace(/\s+/g, ' ');
        throw new errors/* UserError */.yo(`The Go release manifest at ${url} is not JSON (it starts with '${start}')`, {
            hint: 'go-download-base-url must point at a mirror that serves go.dev/dl\'s "?mode=json&include=all" listing.',
        });
    }
    if (!Array.isArray(data))
        throw new errors/* UserError */.yo(`The Go release manifest at ${url} is not a JSON array of releases`);
    const releases = [];
    data.forEach((r, i) => {
        const bad = (what) => new errors/* UserError */.yo(`The Go release manifest at ${url} is malformed: release #${i + 1} ${what}`);
        if (typeof r !== 'object' || r === null)
            throw bad('is not an object');
        const { version, stable, files } = r;
        if (typeof version !== 'string')
            throw bad('has no "version" string');
        const semver = releaseToSemver(version);
        // A name Go itself would not publish (e.g. a future scheme) is skipped rather than failing every lookup.
        if (!semver)
            return;
        if (typeof stable !== 'boolean')
            throw bad(`(${version}) has no boolean "stable"`);
        if (!Array.isArray(files))
            throw bad(`(${version}) has no "files" array`);
        const checked = files.map((f, j) => {
            const file = f;
            const ok = typeof file === 'object' &&
                file !== null &&
                typeof file.filename === 'string' &&
                typeof file.os === 'string' &&
                typeof file.arch === 'string' &&
                typeof file.sha256 === 'string' &&
                (file.size === undefined || typeof file.size === 'number');
            if (!ok)
                throw bad(`(${version}) file #${j + 1} lacks filename/os/arch/sha256`);
            return {
                filename: file.filename,
                os: file.os,
                arch: file.arch,
                version: typeof file.version === 'string' ? file.version : version,
                sha256: file.sha256.toLowerCase(),
                size: file.size,
                kind: typeof file.kind === 'string' ? file.kind : 'archive',
            };
        });
        releases.push({ version, stable, files: checked, semver });
    });
    return releases.sort((a, b) => (0,node_modules_semver.rcompare)(a.semver, b.semver));
}
/** The archive for a platform: `.tar.gz` everywhere except Windows (`.zip`); installers are skipped. */
function archiveFor(release, platform) {
    return release.files.find((f) => f.kind === 'archive' &&
        f.os === platform.os &&
        f.arch === platform.arch &&
        /\.(tar\.gz|zip)$/.test(f.filename));
}
/**
 * Picks the release a spec selects for a platform. Ranges and stable/oldstable consider stable releases only
 * (a range that itself names a pre-release, like `>=1.27.0-rc.1`, may select one); an exact version may be a
 * pre-release. When nothing fits, the error names the nearest versions that do exist.
 */
function resolveRelease(spec, releases, platform, url) {
    const forPlatform = releases.filter((r) => archiveFor(r, platform));
    const stable = forPlatform.filter((r) => r.stable);
    const pick = (r, reason) => ({
        release: r,
        file: archiveFor(r, platform),
        reason,
    });
    if (spec.kind === 'stable' || spec.kind === 'oldstable') {
        const newest = stable[0];
        if (!newest)
            throw noneFor(platform, url, releases);
        if (spec.kind === 'stable')
            return pick(newest, 'newest stable release');
        const minorOf = (r) => r.semver.split('.').slice(0, 2).join('.');
        const old = stable.find((r) => minorOf(r) !== minorOf(newest));
        if (!old)
            throw new errors/* UserError */.yo(`No 'oldstable' Go for ${platformName(platform)} in ${url}: only one minor line is listed`);
        return pick(old, `newest release of the previous minor line (stable is ${semverToGo(newest.semver)})`);
    }
    const allowPre = spec.kind === 'exact' || /-/.test(spec.text);
    const candidates = (allowPre ? forPlatform : stable).filter((r) => specMatches(spec, r.semver));
    if (candidates[0]) {
        return pick(candidates[0], spec.kind === 'exact' ? 'exact version' : `newest stable release matching ${spec.text}`);
    }
    // Nothing fits: say whether the version exists without this platform, and what is near.
    const elsewhere = releases.find((r) => specMatches(spec, r.semver));
    if (elsewhere) {
        const platforms = elsewhere.files.filter((f) => f.kind === 'archive').map((f) => `${f.os}/${f.arch}`);
        throw new errors/* UserError */.yo(`Go ${semverToGo(elsewhere.semver)} has no download for ${platformName(platform)} in ${url}`, {
            hint: `Platforms it is available for: ${[...new Set(platforms)].join(', ')}.`,
        });
    }
    const near = nearestVersions(spec, stable);
    const what = spec.kind === 'exact'
        ? `Go ${semverToGo(spec.semver)} is not`
        : `No Go release matching '${spec.text}' is`;
    throw new errors/* UserError */.yo(`${what} in the release manifest at ${url} for ${platformName(platform)}`, {
        hint: near.length > 0 ? `Nearest available: ${near.join(', ')}.` : undefined,
    });
}
function noneFor(platform, url, releases) {
    const platforms = new Set(releases.flatMap((r) => r.files.filter((f) => f.kind === 'archive').map((f) => `${f.os}/${f.arch}`)));
    return new errors/* UserError */.yo(`The release manifest at ${url} lists no stable Go for ${platformName(platform)}`, {
        hint: platforms.size > 0 ? `Platforms it lists: ${[...platforms].sort().join(', ')}.` : undefined,
    });
}
/** Up to two releases below and two above where the spec would sit, oldest first, named as go.dev names them. */
function nearestVersions(spec, releases) {
    const sorted = [...releases].sort((a, b) => (0,node_modules_semver.compare)(a.semver, b.semver));
    const name = (r) => r.version.replace(/^go/, '');
    const anchor = specAnchor(spec);
    if (!anchor)
        return sorted.slice(-3).map(name);
    let i = sorted.findIndex((r) => (0,node_modules_semver.compare)(r.semver, anchor) > 0);
    if (i === -1)
        i = sorted.length;
    return sorted.slice(Math.max(0, i - 2), i + 2).map(name);
}
/** go.dev's download folder: the manifest is `<base>/?mode=json&include=all`, files are `<base>/<filename>`. */
const DEFAULT_BASE_URL = 'https://go.dev/dl';
/** The manifest URL for a download base (`https://go.dev/dl` → `https://go.dev/dl/?mode=json&include=all`). */
function manifestUrl(baseUrl) {
    return `${baseUrl.replace(/\/+$/, '')}/?mode=json&include=all`;
}
/** Reads and parses the release manifest, with retries on transient failures. */
async function fetchReleases(baseUrl, opts = {}) {
    const url = manifestUrl(baseUrl);
    const text = await getText(url, 'Reading the Go release manifest', { timeoutMs: 60_000, ...opts });
    return { url, releases: parseManifest(text, url) };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./packages/kit/src/exec.ts
var exec = __webpack_require__(42783);
// EXTERNAL MODULE: ./packages/go/src/toolchain/cache.ts
var cache = __webpack_require__(65306);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/kit/src/glob.ts
var glob = __webpack_require__(60884);
;// CONCATENATED MODULE: ./packages/go/src/toolchain/hash-files.ts




/** Folders never searched for dependency files: VCS data, JS dependencies, Go vendoring (hashed via go.sum). */
const SKIP = new Set(['.git', 'node_modules', 'vendor', '.goship']);
/**
 * Files under `root` matching any pattern (relative to root, or absolute inside it), sorted, as relative
 * `/`-separated paths. A pattern without wildcards names one file; patterns with `**` walk the tree.
 */
function globFiles(root, patterns) {
    const res = patterns.map((p) => (0,glob/* globToRegExp */.t)(((0,external_node_path_.isAbsolute)(p) ? (0,external_node_path_.relative)(root, p) : p).split(external_node_path_.sep).join('/').replace(/^\.\//, '')));
    const found = [];
    const walk = (dir, rel) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const path = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!SKIP.has(e.name))
                    walk((0,external_node_path_.join)(dir, e.name), path);
            }
            else if (e.isFile() && res.some((r) => r.test(path)))
                found.push(path);
        }
    };
    walk(root, '');
    return found.sort();
}
/** sha256 over each file's path and content, in order: a changed, added or removed file changes the hash. */
async function hashFiles(root, files) {
    const all = (0,external_node_crypto_.createHash)('sha256');
    for (const f of files) {
        const h = (0,external_node_crypto_.createHash)('sha256');
        for await (const chunk of (0,external_node_fs_.createReadStream)((0,external_node_path_.join)(root, f)))
            h.update(chunk);
        all.update(`${f}\0${h.digest('hex')}\n`);
    }
    return all.digest('hex');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./packages/kit/src/telemetry.ts
var telemetry = __webpack_require__(55423);
;// CONCATENATED MODULE: ./packages/go/src/toolchain/install-lock.ts





const LIVENESS_CHECK_MS = 1000;
const HEARTBEAT_MS = 5000;
/** Six missed heartbeats: the holder is gone, even if its pid cannot be checked. */
const HEARTBEAT_STALE_MS = 30_000;
function lockPath(versionDir, arch) {
    return (0,external_node_path_.join)(versionDir, `.goship-lock-${arch}`);
}
async function acquireInstallLock(versionDir, arch, opts = {}) {
    const path = lockPath(versionDir, arch);
    const me = `${process.pid} ${(0,external_node_os_.hostname)()}`;
    const deadline = performance.now() + (opts.maxWaitMs ?? 15 * 60_000);
    let announced = false;
    for (;;) {
        opts.signal?.throwIfAborted();
        try {
            await (0,promises_.writeFile)(path, me, { flag: 'wx' });
            const heartbeat = setInterval(() => {
                const now = new Date();
                (0,promises_.utimes)(path, now, now).catch(() => { });
            }, HEARTBEAT_MS);
            heartbeat.unref();
            return {
                release: async () => {
                    clearInterval(heartbeat);
                    await (0,promises_.rm)(path, { force: true });
                },
            };
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
        const holder = await readHolder(path);
        if (holder === 'gone')
            continue;
        if ((holder !== 'starting' && !holderAlive(holder)) || (await lastBeatAgo(path)) > HEARTBEAT_STALE_MS) {
            // Only one breaker wins the rename; the others find the lock gone or retaken and go round again.
            const aside = `${path}.stale-${process.pid}-${Date.now()}`;
            if (await (0,promises_.rename)(path, aside).then(() => true, () => false))
                await (0,promises_.rm)(aside, { force: true });
            continue;
        }
        if (performance.now() > deadline) {
            throw new errors/* UserError */.yo(`Another installer (${holder === 'starting' ? 'just starting' : `pid ${holder.pid} on ${holder.host}`}) has held ${path} for too long`, {
                hint: 'If no job is installing this Go version any more, delete the lock file and run again.',
            });
        }
        if (!announced && holder !== 'starting') {
            opts.log?.(`Waiting for process ${holder.pid}, which is installing this Go into ${versionDir}`);
            announced = true;
        }
        await changeIn(versionDir, LIVENESS_CHECK_MS, opts.signal);
    }
}
async function readHolder(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        return 'gone';
    }
    const m = /^(\d+) (.*)$/.exec(text.trim());
    // Created but not yet written (O_EXCL create and the write are two steps): its owner is alive.
    return m ? { pid: Number(m[1]), host: m[2] } : 'starting';
}
/** Milliseconds since the holder last refreshed the lock (0 when it is gone: the loop retries at once). */
async function lastBeatAgo(path) {
    try {
        return Date.now() - (await (0,promises_.stat)(path)).mtimeMs;
    }
    catch {
        return 0;
    }
}
/**
 * A holder on another host (a shared volume) cannot be probed: it counts as alive while it keeps its heartbeat.
 * On this host, signal 0 tells whether the process exists.
 */
function holderAlive(holder) {
    if (holder.host !== (0,external_node_os_.hostname)())
        return true;
    try {
        process.kill(holder.pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * Resolves when something changes in `dir` (the lock released, the marker written), or after `timeoutMs` to
 * check that the holder still lives (a killed holder changes nothing), or when `signal` aborts.
 */
function changeIn(dir, timeoutMs, signal) {
    return new Promise((resolve, reject) => {
        const watcher = (0,external_node_fs_.watch)(dir, () => finish());
        const timer = setTimeout(() => finish(), timeoutMs);
        const onAbort = () => finish(signal?.reason ?? new Error('aborted'));
        signal?.addEventListener('abort', onAbort, { once: true });
        watcher.on('error', () => finish());
        function finish(err) {
            watcher.close();
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            if (err)
                reject(err);
            else
                resolve();
        }
    });
}

;// CONCATENATED MODULE: ./packages/go/src/toolchain/tar-guard.ts



/** An archive entry that could write outside its folder, or a kind of entry a Go distribution never has. */
class UnsafeArchiveError extends errors/* UserError */.yo {
    entry;
    problem;
    constructor(entry, problem) {
        super(`Unsafe entry in the Go archive: '${entry}' ${problem}; nothing was installed`);
        this.entry = entry;
        this.problem = problem;
        this.name = 'UnsafeArchiveError';
    }
}
/**
 * The caps exist because the sha256 is only known at the end of the download: a gzip bomb (a few MB that
 * inflate to terabytes) would fill the disk long before the checksum could fail. They are far above any Go
 * release and far below a full disk.
 */
const ARCHIVE_LIMITS = {
    maxEntryBytes: 512 * 1024 * 1024,
    maxTotalBytes: 2 * 1024 * 1024 * 1024,
    maxEntries: 200_000,
};
/** Linux's limit on symlinks followed while resolving one path (ELOOP past it). */
const MAX_SYMLINK_HOPS = 40;
const BLOCK = 512;
/** GNU long names and pax headers are small; a bigger one is an attack on memory, not a Go archive. */
const MAX_META = 1 << 20;
/**
 * A pass-through stream over an uncompressed tar that checks every header before its bytes go on (to `tar -x`),
 * so the extractor never sees an entry that was not checked:
 * - names and link targets are resolved the way an extractor would (GNU long names, pax `path`/`linkpath`);
 * - every entry must stay under `root`: no absolute paths, no `..` climbing out, no backslashes;
 * - symlinks must resolve inside `root` the way the kernel resolves them, through every other symlink of the
 *   archive (`a/b/q -> ../..` then `a/b/p -> q/../../..` is lexically inside but really two levels above the
 *   extraction folder), whichever order they come in: each is checked when it arrives and all again at the end
 *   of the archive, before anything is installed; loops are refused;
 * - no entry may be written *through* a symlink of the same archive (the classic `link -> /tmp` then
 *   `link/file` attack);
 * - sizes are capped per entry, in total (counting every inflated byte) and in number of entries (see
 *   ARCHIVE_LIMITS), checked at the header, before the entry's bytes reach the extractor;
 * - hard links must name an earlier regular file of the archive;
 * - devices, FIFOs and other special entries are refused.
 * The bytes after the end-of-archive marker are consumed (the caller hashes the whole download) but not passed on.
 */
class TarGuard extends external_node_stream_.Transform {
    root;
    pending = [];
    pendingBytes = 0;
    /** Bytes of the current entry's data (plus padding) still to pass before the next header. */
    dataLeft = 0;
    /** Set while the current entry's data is metadata (long name, pax) that must be collected. */
    meta;
    nextName;
    nextLink;
    nextSize;
    zeroBlocks = 0;
    ended = false;
    /** Symlinks of the archive so far: normalized name → link text. */
    symlinks = new Map();
    files = new Set();
    limits;
    /** Inflated bytes seen (headers, data, padding, and anything after the end marker). */
    inflated = 0;
    /** Declared data bytes of the entries so far. */
    declared = 0;
    /** Entries checked so far (for tests and logs). */
    entries = 0;
    constructor(opts) {
        super();
        this.root = opts.root;
        this.limits = {
            maxEntryBytes: opts.maxEntryBytes ?? ARCHIVE_LIMITS.maxEntryBytes,
            maxTotalBytes: opts.maxTotalBytes ?? ARCHIVE_LIMITS.maxTotalBytes,
            maxEntries: opts.maxEntries ?? ARCHIVE_LIMITS.maxEntries,
        };
    }
    _transform(chunk, _enc, done) {
        try {
            this.inflated += chunk.length;
            if (this.inflated > this.limits.maxTotalBytes)
                throw this.tooBig();
            const forward = this.ended ? 0 : this.consume(chunk);
            if (forward > 0)
                this.push(forward === chunk.length ? chunk : chunk.subarray(0, forward));
            done();
        }
        catch (err) {
            done(err);
        }
    }
    _flush(done) {
        done(this.ended
            ? null
            : new errors/* UserError */.yo('The Go archive ends before its end-of-archive marker (truncated or corrupt download)'));
    }
    /** Walks `chunk`, checking headers; returns how many of its bytes may be passed on. */
    consume(chunk) {
        let pos = 0;
        while (pos < chunk.length) {
            if (this.dataLeft > 0) {
                const n = Math.min(this.dataLeft, chunk.length - pos);
                if (this.meta && this.meta.got < this.meta.size) {
                    const take = Math.min(n, this.meta.size - this.meta.got);
                    this.meta.chunks.push(chunk.subarray(pos, pos + take));
                    this.meta.got += take;
                }
                this.dataLeft -= n;
                pos += n;
                if (this.dataLeft === 0 && this.meta)
                    this.finishMeta();
                continue;
            }
            // Gather one 512-byte header (it may straddle chunks).
            const need = BLOCK - this.pendingBytes;
            const take = Math.min(need, chunk.length - pos);
            this.pending.push(chunk.subarray(pos, pos + take));
            this.pendingBytes += take;
            pos += take;
            if (this.pendingBytes < BLOCK)
                break;
            const header = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
            this.pending = [];
            this.pendingBytes = 0;
            if (this.header(header)) {
                // End of archive: every symlink again, now that all are known; then pass on up to and including the
                // second zero block, and swallow the rest.
                for (const [name, link] of this.symlinks)
                    this.checkSymlink(name, link);
                this.ended = true;
                return pos;
            }
        }
        return chunk.length;
    }
    /** Checks one header; returns true at the end-of-archive marker (two zero blocks). */
    header(h) {
        if (h.every((b) => b === 0)) {
            this.zeroBlocks++;
            return this.zeroBlocks === 2;
        }
        if (this.zeroBlocks > 0)
            throw new errors/* UserError */.yo('The Go archive is corrupt: a lone zero block before more entries');
        if (!checksumOk(h))
            throw new errors/* UserError */.yo('The Go archive is corrupt: a tar header checksum does not match');
        const type = String.fromCharCode(h[156]);
        const headerSize = parseNumber(h.subarray(124, 136));
        if (type === 'L' || type === 'K' || type === 'x' || type === 'g') {
            if (headerSize > MAX_META)
                throw new UnsafeArchiveError(headerName(h), `has a ${headerSize}-byte metadata header`);
            this.meta = { type, size: headerSize, chunks: [], got: 0 };
            this.dataLeft = Math.ceil(headerSize / BLOCK) * BLOCK;
            if (this.dataLeft === 0)
                this.finishMeta();
            return false;
        }
        // A pax `size` record overrides the header's (for files too big for its 11 octal digits).
        const padded = Math.ceil((this.nextSize ?? headerSize) / BLOCK) * BLOCK;
        const name = this.nextName ?? headerName(h);
        const link = this.nextLink ?? cString(h.subarray(157, 257));
        const size = this.nextSize ?? headerSize;
        this.nextName = this.nextLink = this.nextSize = undefined;
        this.check(type, name, link);
        this.entries++;
        const hasData = type === '0' || type === '7' || type === '\0';
        if (this.entries > this.limits.maxEntries)
            throw new errors/* UserError */.yo(`The Go archive has more than ${this.limits.maxEntries} entries, far more than a Go distribution; nothing was installed`);
        if (hasData && size > this.limits.maxEntryBytes) {
            throw new UnsafeArchiveError(name, `is ${(0,summary/* formatBytes */.z3)(size)}, more than the ${(0,summary/* formatBytes */.z3)(this.limits.maxEntryBytes)} any file of a Go distribution may be`);
        }
        if (hasData)
            this.declared += size;
        if (this.declared > this.limits.maxTotalBytes)
            throw this.tooBig();
        this.dataLeft = hasData ? padded : 0;
        return false;
    }
    tooBig() {
        return new errors/* UserError */.yo(`The Go archive unpacks to more than ${(0,summary/* formatBytes */.z3)(this.limits.maxTotalBytes)} (a Go distribution is ~250 MB): a corrupt or hostile download; nothing was installed`);
    }
    finishMeta() {
        const m = this.meta;
        this.meta = undefined;
        const data = Buffer.concat(m.chunks);
        if (m.type === 'L')
            this.nextName = cString(data);
        else if (m.type === 'K')
            this.nextLink = cString(data);
        else {
            const records = parsePax(data);
            if (m.type === 'g') {
                // A global path/linkpath would rename every later entry; no Go archive does that.
                if (records.has('path') || records.has('linkpath'))
                    throw new UnsafeArchiveError('(pax global header)', 'sets a path');
                return;
            }
            if (records.has('path'))
                this.nextName = records.get('path');
            if (records.has('linkpath'))
                this.nextLink = records.get('linkpath');
            if (records.has('size')) {
                const s = records.get('size');
                if (!/^\d+$/.test(s))
                    throw new UnsafeArchiveError(this.nextName ?? '(pax header)', `has a bad size '${s}'`);
                this.nextSize = Number(s);
            }
        }
    }
    check(type, rawName, link) {
        const name = this.normalize(rawName, rawName);
        switch (type) {
            case '0':
            case '\0':
            case '7':
                this.files.add(name);
                break;
            case '5':
                break;
            case '2': {
                if (link === '' || link.startsWith('/') || /^[A-Za-z]:/.test(link) || link.includes('\\')) {
                    throw new UnsafeArchiveError(rawName, `is a symlink to '${link}', outside the archive`);
                }
                this.symlinks.set(name, link);
                this.checkSymlink(name, link);
                break;
            }
            case '1': {
                const target = this.normalize(link, rawName);
                if (!this.files.has(target)) {
                    throw new UnsafeArchiveError(rawName, `is a hard link to '${link}', which is not a file of this archive`);
                }
                break;
            }
            case '3':
            case '4':
                throw new UnsafeArchiveError(rawName, 'is a device node');
            case '6':
                throw new UnsafeArchiveError(rawName, 'is a FIFO');
            default:
                throw new UnsafeArchiveError(rawName, `has tar entry type '${type}', which a Go archive never contains`);
        }
        // Writing through a symlink created by this archive could land anywhere the link (or a chain) points.
        for (let dir = external_node_path_.posix.dirname(name); dir !== '.' && dir !== '/'; dir = external_node_path_.posix.dirname(dir)) {
            if (this.symlinks.has(dir))
                throw new UnsafeArchiveError(rawName, `would be written through the symlink '${dir}'`);
        }
    }
    /** The symlink `name` → `link` must resolve inside root through the archive's symlinks known so far. */
    checkSymlink(name, link) {
        const how = this.resolve(name);
        if (how === 'inside')
            return;
        if (how === 'loop')
            throw new UnsafeArchiveError(name, `is a symlink to '${link}' in a loop of symlinks`);
        const through = how.via.filter((v) => v !== name);
        throw new UnsafeArchiveError(name, `is a symlink to '${link}', which leaves ${this.root}/${through.length > 0 ? ` (through the symlink${through.length > 1 ? 's' : ''} ${through.map((v) => `'${v}'`).join(', ')})` : ''}`);
    }
    /**
     * Resolves `path` as the kernel would in the extraction folder, following this archive's symlinks (a link
     * text is taken relative to the link's folder). Any step above `root` counts as leaving it: once unpacked,
     * root is renamed into the tool cache, so even `go/x -> ../go/y` would point elsewhere.
     */
    resolve(path) {
        const done = [];
        let todo = path.split('/');
        const via = [];
        let hops = 0;
        while (todo.length > 0) {
            const seg = todo.shift();
            if (seg === '' || seg === '.')
                continue;
            if (seg === '..') {
                done.pop();
                if (done.length === 0)
                    return { via };
                continue;
            }
            done.push(seg);
            const here = done.join('/');
            const link = this.symlinks.get(here);
            if (link === undefined)
                continue;
            if (++hops > MAX_SYMLINK_HOPS)
                return 'loop';
            via.push(here);
            done.pop();
            todo = [...link.split('/'), ...todo];
        }
        return done[0] === this.root ? 'inside' : { via };
    }
    /** The entry's path relative to the extraction folder, or an error when it could leave `root`. */
    normalize(path, shown) {
        if (path.includes('\0') || path.includes('\\'))
            throw new UnsafeArchiveError(shown, 'has a NUL or backslash in its name');
        if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
            throw new UnsafeArchiveError(shown, 'is an absolute path');
        const segments = path.split('/').filter((s) => s !== '' && s !== '.');
        if (segments.includes('..'))
            throw new UnsafeArchiveError(shown, "contains '..'");
        const clean = segments.join('/');
        if (!this.inside(clean))
            throw new UnsafeArchiveError(shown, `is outside the archive's ${this.root}/ folder`);
        return clean;
    }
    inside(path) {
        return path === this.root || path.startsWith(`${this.root}/`);
    }
}
function cString(b) {
    const end = b.indexOf(0);
    return b.subarray(0, end === -1 ? b.length : end).toString('utf8');
}
/** ustar splits long names into prefix (345..500) + name; GNU's format uses those bytes for other fields. */
function headerName(h) {
    const name = cString(h.subarray(0, 100));
    const ustar = h.subarray(257, 263).toString('latin1') === 'ustar\0';
    const prefix = ustar ? cString(h.subarray(345, 500)) : '';
    return prefix ? `${prefix}/${name}` : name;
}
/** Octal, or GNU base-256 (high bit set) for sizes of 8 GiB and more. */
function parseNumber(field) {
    if (field[0] & 0x80) {
        let n = field[0] & 0x7f;
        for (let i = 1; i < field.length; i++)
            n = n * 256 + field[i];
        return n;
    }
    const text = cString(field).trim();
    if (text === '')
        return 0;
    if (!/^[0-7]+$/.test(text))
        throw new errors/* UserError */.yo(`The Go archive is corrupt: bad numeric field '${text}' in a tar header`);
    return Number.parseInt(text, 8);
}
function checksumOk(h) {
    const stored = parseNumber(h.subarray(148, 156));
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : h[i];
    return sum === stored;
}
/** pax records: "<len> <key>=<value>\n", where len counts the whole record. */
function parsePax(data) {
    const out = new Map();
    let pos = 0;
    while (pos < data.length) {
        const space = data.indexOf(0x20, pos);
        if (space === -1)
            break;
        const len = Number(data.subarray(pos, space).toString('latin1'));
        if (!Number.isInteger(len) || len <= 0 || pos + len > data.length) {
            throw new errors/* UserError */.yo('The Go archive is corrupt: a malformed pax header record');
        }
        const record = data.subarray(space + 1, pos + len - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out.set(record.slice(0, eq), record.slice(eq + 1));
        pos += len;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/go/src/toolchain/install.ts














/**
 * actions/setup-go keeps Go from a custom mirror apart from go.dev's (`go-` + first 8 hex of sha256(base URL)),
 * so a mirror's build never masquerades as the runner's preinstalled Go. Same rule here, same folders.
 */
function toolCacheName(baseUrl) {
    const base = baseUrl.replace(/\/+$/, '');
    if (base === DEFAULT_BASE_URL)
        return 'go';
    return `go-${(0,external_node_crypto_.createHash)('sha256').update(base).digest('hex').slice(0, 8)}`;
}
/**
 * A complete install the spec selects, without any network (stable/oldstable always need the manifest), found
 * with @actions/tool-cache's own lookup (`find`, `findAllVersions`: a folder counts only with its `.complete`
 * marker), so what counts as installed is exactly what every toolkit-based action on the runner agrees on.
 * Ranges are matched by our Go-aware rule (newestMatching), not semver's, over the versions tool-cache lists.
 */
async function findInToolCache(tc, spec) {
    if (spec.kind !== 'exact' && spec.kind !== 'range')
        return undefined;
    // Imported here, after input validation: tool-cache brings @actions/core and the HTTP client with it.
    const toolCache = await __webpack_require__.e(/* import() */ 9805).then(__webpack_require__.bind(__webpack_require__, 59805));
    return withToolCacheRoot(tc.root, () => {
        const semver = spec.kind === 'exact' ? spec.semver : newestMatching(spec, toolCache.findAllVersions(tc.tool, tc.arch));
        const dir = semver ? toolCache.find(tc.tool, semver, tc.arch) : '';
        return semver && dir ? { semver, dir } : undefined;
    });
}
/**
 * tool-cache reads the cache root from RUNNER_TOOL_CACHE at every call and takes no parameter for it; its
 * find/findAllVersions are synchronous, so setting the variable around the call affects nothing else.
 */
function withToolCacheRoot(root, lookup) {
    const saved = process.env.RUNNER_TOOL_CACHE;
    process.env.RUNNER_TOOL_CACHE = root;
    try {
        return lookup();
    }
    finally {
        if (saved === undefined)
            delete process.env.RUNNER_TOOL_CACHE;
        else
            process.env.RUNNER_TOOL_CACHE = saved;
    }
}
/** The sha256 of the download differs from the manifest's. Never retried, never installed. */
class ChecksumError extends errors/* UserError */.yo {
    url;
    actual;
    expected;
    constructor(url, actual, expected) {
        super(`sha256 mismatch for ${url}: the download hashes to ${actual}, the release manifest says ${expected}; nothing was installed`, {
            hint: 'The file or the manifest was altered or corrupted on the way. If go-download-base-url is a mirror, check that it serves the files its manifest describes.',
        });
        this.url = url;
        this.actual = actual;
        this.expected = expected;
        this.name = 'ChecksumError';
    }
}
/**
 * Downloads, verifies and installs one Go archive into the tool cache, atomically: the archive is streamed
 * once (hashed while it is unpacked by `tar` after TarGuard checked every entry) into a temporary folder beside
 * the target; only when the sha256 matches is `go/` renamed into place and the `.complete` marker written.
 * A failed, cancelled or killed install leaves nothing a later run could take for complete.
 * Kept instead of @actions/tool-cache's downloadTool → extractTar → cacheDir (download to a file, read it again to
 * hash, unpack, then copy the tree) because it is measurably faster: bench/setup-go.ts, Go 1.26.8 (66.7 MB) from
 * the loopback mirror, 3 alternating rounds: 21.1 s vs 51.2 s median, 0.41× (2 shared cores at load ~22).
 *
 * Concurrent installs of the same version into one tool cache (jobs of one self-hosted runner) take turns
 * through an install lock (install-lock.ts): the second waits, finds the first's complete install and uses it
 * (`raced`), without downloading and without touching the first's folder. A folder without a marker is deleted
 * only by the lock holder, so only when no live installer can be writing it.
 */
async function installGo(req) {
    if (!req.filename.endsWith('.tar.gz')) {
        throw new errors/* UserError */.yo(`${req.filename} is not a .tar.gz archive; only Linux and macOS runners are supported so far`);
    }
    const { toolCache: tc } = req;
    const versionDir = (0,external_node_path_.join)(tc.root, tc.tool, req.semver);
    const target = (0,external_node_path_.join)(versionDir, tc.arch);
    const complete = () => (0,external_node_fs_.existsSync)(`${target}.complete`) && (0,external_node_fs_.existsSync)(target);
    if (complete())
        return { dir: target, bytes: 0, raced: true };
    await (0,promises_.mkdir)(versionDir, { recursive: true });
    const lock = await acquireInstallLock(versionDir, tc.arch, { signal: req.signal, log: req.log });
    let tmp;
    try {
        if (complete())
            return { dir: target, bytes: 0, raced: true };
        await sweepLeftovers(versionDir);
        tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(versionDir, `.goship-tmp-${tc.arch}-${process.pid}-`));
        const into = tmp;
        const { bytes } = await withRetries(req.url, `Downloading ${req.filename}`, req, (signal) => 
        // One span per attempt: the download, its sha256 and the extraction are one stream.
        (0,telemetry/* span */.Ln)('go download and extract', { 'url.full': withoutUserinfo(req.url), 'goship.go.file': req.filename }, async (s) => {
            await (0,promises_.rm)((0,external_node_path_.join)(into, 'go'), { recursive: true, force: true });
            const r = await downloadAndExtract(req, into, signal);
            s.set({ 'goship.bytes': r.bytes, 'goship.sha256': req.sha256 });
            return r;
        }));
        const goroot = (0,external_node_path_.join)(tmp, 'go');
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(goroot, 'bin', 'go'))) {
            throw new errors/* UserError */.yo(`${req.filename} has no go/bin/go: it is not a Go distribution; nothing was installed`);
        }
        if ((0,external_node_fs_.existsSync)(target)) {
            // An earlier install died before writing its marker (we hold the lock: no live goship installer is
            // writing it). Move it aside, then delete it.
            const stale = (0,external_node_path_.join)(versionDir, `.goship-stale-${tc.arch}-${process.pid}-${Date.now()}`);
            await (0,promises_.rename)(target, stale);
            await (0,promises_.rm)(stale, { recursive: true, force: true });
        }
        await (0,promises_.rename)(goroot, target);
        await (0,promises_.writeFile)(`${target}.complete`, '');
        return { dir: target, bytes, raced: false };
    }
    finally {
        if (tmp)
            await (0,promises_.rm)(tmp, { recursive: true, force: true });
        await lock.release();
    }
}
/** A URL for a span: credentials a base URL may carry (user info, a signed query) never leave the runner. */
function withoutUserinfo(url) {
    try {
        const u = new URL(url);
        u.username = '';
        u.password = '';
        u.search = '';
        return u.toString();
    }
    catch {
        return '';
    }
}
/** Temporary folders of installs whose process is gone (killed runs), and stale copies being deleted. */
async function sweepLeftovers(versionDir) {
    for (const name of await (0,promises_.readdir)(versionDir)) {
        const tmp = /^\.goship-tmp-[^-]+-(\d+)-/.exec(name);
        const dead = tmp ? !processAlive(Number(tmp[1])) : name.startsWith('.goship-stale-');
        if (dead)
            await (0,promises_.rm)((0,external_node_path_.join)(versionDir, name), { recursive: true, force: true });
    }
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/** One attempt: GET → sha256 + byte count → gunzip → TarGuard → `tar -x` into `dest`. */
async function downloadAndExtract(req, dest, signal) {
    const res = await openGet(req.url, req, signal);
    const length = Number(res.headers['content-length']);
    const expected = Number.isFinite(length) && length > 0 ? length : req.size;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let received = 0;
    const progress = progressLogger(req.filename, expected, req.log);
    const tap = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            received += chunk.length;
            progress(received);
            done(null, chunk);
        },
    });
    try {
        await extractTarGz(res.body, dest, { signal, tap });
    }
    catch (err) {
        if (err instanceof UnsafeArchiveError || signal.aborted)
            throw err;
        if (expected !== undefined && received < expected)
            throw new TruncatedError(req.url, received, expected);
        throw err;
    }
    if (expected !== undefined && received !== expected)
        throw new TruncatedError(req.url, received, expected);
    const actual = hash.digest('hex');
    if (actual !== req.sha256)
        throw new ChecksumError(req.url, actual, req.sha256);
    return { bytes: received };
}
/** A progress line at most every 5 s, so long downloads show life without flooding the log. */
function progressLogger(name, total, log) {
    let last = performance.now();
    return (n) => {
        const now = performance.now();
        if (!log || now - last < 5000)
            return;
        last = now;
        const pct = total ? ` ${Math.floor((n / total) * 100)}%` : '';
        log(`${name}:${pct} ${(0,summary/* formatBytes */.z3)(n)}${total ? ` of ${(0,summary/* formatBytes */.z3)(total)}` : ''}`);
    };
}
/**
 * Unpacks a .tar.gz stream into `dest` with `tar -x`, after TarGuard checked each entry (see there). On any
 * problem tar is killed and the error thrown; the caller owns `dest` and deletes it.
 * Kept instead of tar-stream (bench/libraries.ts, the 64 MiB go1.26.8 tarball, 2 cores under load): unpacking
 * through tar-stream and node:fs takes 1.5–1.7× as long, since `tar -x` writes on the other core while Node
 * gunzips and checks. tar-stream alone parses the headers faster (0.64–0.93× TarGuard's time, ~40 MiB lower
 * peak), but the checks (containment through symlink chains, caps at the header, hard links) stay ours either way.
 */
async function extractTarGz(input, dest, opts = {}) {
    const { signal } = opts;
    const guard = new TarGuard({ root: opts.root ?? 'go', ...opts.limits });
    // --no-same-owner: never chown to ids from the archive, even as root.
    const tar = (0,external_node_child_process_.spawn)('tar', ['-x', '-f', '-', '-C', dest, '--no-same-owner'], {
        stdio: ['pipe', 'ignore', 'pipe'],
    });
    let tarErr = '';
    tar.stderr.on('data', (d) => {
        if (tarErr.length < 4000)
            tarErr += d.toString();
    });
    const tarExit = new Promise((resolve) => {
        tar.on('error', () => resolve(-1));
        tar.on('close', (code) => resolve(code ?? -1));
    });
    const tarProblem = () => tarErr.trim().split('\n').slice(-3).join('; ');
    try {
        const stages = opts.tap ? [input, opts.tap] : [input];
        await (0,external_node_stream_promises_.pipeline)([...stages, (0,external_node_zlib_.createGunzip)(), guard, tar.stdin], signal ? { signal } : {});
    }
    catch (err) {
        tar.kill('SIGKILL');
        const code = await tarExit;
        if (err instanceof errors/* UserError */.yo || signal?.aborted)
            throw err;
        if (/^Z_/.test(String(err.code))) {
            throw new errors/* UserError */.yo(`The Go archive is corrupt: ${err.message}`, { cause: err });
        }
        if (code > 0 && tarErr)
            throw new errors/* UserError */.yo(`tar could not unpack the Go archive: ${tarProblem()}`);
        throw err;
    }
    const code = await tarExit;
    if (code !== 0)
        throw new errors/* UserError */.yo(`tar could not unpack the Go archive (exit ${code}): ${tarProblem()}`);
    return { entries: guard.entries };
}

;// CONCATENATED MODULE: ./packages/go/src/toolchain/version-file.ts




const GOMOD_VERBS = new Set([
    'module',
    'go',
    'toolchain',
    'godebug',
    'require',
    'exclude',
    'replace',
    'retract',
    'tool',
    'ignore',
]);
const GOWORK_VERBS = new Set(['go', 'toolchain', 'godebug', 'use', 'replace']);
/**
 * Reads the `go` and `toolchain` directives of a go.mod (or go.work, when `kind` says so) with their line
 * numbers. It checks the file's shape as far as these directives need: unknown top-level verbs, unclosed
 * blocks, repeated or malformed go/toolchain lines are errors at their line.
 */
function parseGoMod(text, file = 'go.mod', kind = 'go.mod') {
    const verbs = kind === 'go.work' ? GOWORK_VERBS : GOMOD_VERBS;
    const out = { file };
    const lines = text.split(/\r?\n/);
    let block;
    const fail = (line, message, hint) => new errors/* UserError */.yo(`${file}:${line}: ${message}`, { hint, location: { file, line } });
    for (let i = 0; i < lines.length; i++) {
        const lineNo = i + 1;
        const raw = lines[i];
        const content = stripComment(raw).trim();
        if (content === '')
            continue;
        if (block) {
            if (content === ')')
                block = undefined;
            continue;
        }
        const [verb = '', ...args] = content.split(/\s+/);
        if (!verbs.has(verb)) {
            throw fail(lineNo, `unknown directive '${verb}' in ${kind}`, `Is ${file} really a ${kind} file?`);
        }
        if (args.length === 1 && args[0] === '(') {
            block = { verb, line: lineNo };
            continue;
        }
        if (verb !== 'go' && verb !== 'toolchain')
            continue;
        if (args.length !== 1)
            throw fail(lineNo, `'${verb}' takes exactly one version, found '${content}'`);
        const arg = args[0];
        if (out[verb])
            throw fail(lineNo, `repeated '${verb}' directive (first on line ${out[verb].line})`);
        if (verb === 'go') {
            const parsed = /^go/.test(arg) ? undefined : parseGoVersion(arg);
            if (!parsed)
                throw fail(lineNo, `invalid go version '${arg}'`, "Write it as 'go 1.22' or 'go 1.22.3'.");
            out.go = { version: arg, parsed, file, line: lineNo, text: content };
        }
        else {
            if (arg === 'default')
                continue;
            // A toolchain name is go<version>, optionally with a -suffix for custom builds (go1.22.3-custom).
            const m = /^go([^-+\s]+)(?:-[\w.-]+)?$/.exec(arg);
            const parsed = m ? parseGoVersion(m[1]) : undefined;
            if (!m || !parsed)
                throw fail(lineNo, `invalid toolchain '${arg}'`, "Write it as 'toolchain go1.22.3'.");
            out.toolchain = { version: m[1], parsed, file, line: lineNo, text: content };
        }
    }
    if (block)
        throw fail(block.line, `'${block.verb} (' block is never closed`);
    return out;
}
/** `//` starts a comment outside quoted strings (module paths never contain `//`; quoted strings might). */
function stripComment(line) {
    let quote;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === '`')
            quote = c;
        else if (c === '/' && line[i + 1] === '/')
            return line.slice(0, i);
    }
    return line;
}
function versionFileKind(path) {
    const name = (0,external_node_path_.basename)(path);
    if (name === 'go.mod' || name === 'go.work' || name === '.tool-versions')
        return name;
    return 'plain';
}
/**
 * The version a file asks for. go.mod/go.work: the `toolchain` line wins over the `go` line (the toolchain is
 * the Go the module's authors build with; `go` is only the minimum). .tool-versions: the first `golang`
 * (asdf) or `go` (mise) line, its first version. Anything else (.go-version): the first non-comment line.
 */
function versionFromFileText(text, file, kind = versionFileKind(file)) {
    if (kind === 'go.mod' || kind === 'go.work') {
        const mod = parseGoMod(text, file, kind);
        const chosen = mod.toolchain ?? mod.go;
        if (!chosen) {
            throw new errors/* UserError */.yo(`${file} has neither a 'go' nor a 'toolchain' directive`, {
                hint: "Add a line such as 'go 1.22' (go mod edit -go=1.22), or set go-version instead.",
                location: { file, line: 1 },
            });
        }
        const { parsed: _, ...at } = chosen;
        return { ...at, directive: mod.toolchain ? 'toolchain' : 'go' };
    }
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const content = lines[i].replace(/#.*/, '').trim();
        if (content === '')
            continue;
        if (kind === '.tool-versions') {
            const [tool, first] = content.split(/\s+/);
            if ((tool !== 'golang' && tool !== 'go') || !first)
                continue;
            return versionAt(first.replace(/^go(?=\d)/, ''), file, i + 1, content, tool);
        }
        return versionAt(content.replace(/^go(?=\d)/, ''), file, i + 1, content, 'file');
    }
    const what = kind === '.tool-versions' ? "no 'golang' or 'go' line" : 'no version';
    throw new errors/* UserError */.yo(`${file} has ${what}`, {
        hint: kind === '.tool-versions'
            ? "Add a line such as 'golang 1.22.3'."
            : "Write a version such as '1.22.3' into it.",
        location: { file, line: 1 },
    });
}
/** Specs in these files may be ranges; the caller parses them with parseVersionSpec and reports at `line`. */
function versionAt(version, file, line, text, directive) {
    return { version, file, line, text, directive };
}
/** Reads and parses a version file; a missing or unreadable file is an error that names the path. */
function readVersionFile(path, displayPath = path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT'
            ? 'does not exist'
            : code === 'EISDIR'
                ? 'is a directory'
                : `cannot be read (${code})`;
        throw new errors/* UserError */.yo(`Input 'go-version-file': ${displayPath} ${why}`, {
            hint: 'Give a path relative to the repository root, e.g. go.mod, go.work, .go-version or .tool-versions (check out the repository first).',
            cause: err,
        });
    }
    return versionFromFileText(text, displayPath);
}

;// CONCATENATED MODULE: ./packages/go/src/toolchain/setup.ts











/**
 * Resolves, installs (or finds) and describes a Go toolchain; the caller applies `env`/`path` and reports.
 * Network only when needed: an exact version or a range already in the tool cache needs none (unless
 * checkLatest). Never falls back to another version: when the manifest is unreachable for a spec that needs
 * it, this fails.
 */
async function setupGo(cfg) {
    const started = performance.now();
    const log = (message) => cfg.log?.info(message);
    const tc = {
        root: cfg.toolCacheRoot,
        tool: toolCacheName(cfg.baseUrl),
        arch: cfg.platform.cacheArch,
    };
    const goEnv = goEnvironment(cfg.env);
    const depFiles = cfg.cache ? globFiles(cfg.cache.workspace, cfg.cache.patterns) : [];
    if (cfg.cache?.explicit && depFiles.length === 0) {
        throw new errors/* InputError */.dz('cache-dependency-path', `matches no file under ${cfg.cache.workspace} (${cfg.cache.patterns.join(', ')})`, 'paths or globs of go.sum/go.mod files relative to the repository root');
    }
    const requirements = readRequirements(cfg.requirementFiles, cfg.log);
    // 1. Resolve: tool cache first (no network) where the spec allows it, else the manifest.
    const net = {
        signal: cfg.signal,
        log,
        attempts: cfg.attempts,
        baseDelayMs: cfg.baseDelayMs,
        proxyEnv: cfg.env,
    };
    let semver;
    let reason;
    let dir;
    let manifestUrl;
    let file;
    const cached = cfg.checkLatest ? undefined : await findInToolCache(tc, cfg.spec);
    if (cached) {
        ({ semver, dir } = cached);
        reason =
            cfg.spec.kind === 'exact'
                ? 'exact version, already in the tool cache'
                : `newest match in the tool cache (check-latest is off)`;
    }
    else {
        const got = await fetchReleases(cfg.baseUrl, { ...net, headers: cfg.manifestHeaders });
        manifestUrl = got.url;
        const resolved = resolveRelease(cfg.spec, got.releases, cfg.platform, got.url);
        ({ semver, reason } = { semver: resolved.release.semver, reason: resolved.reason });
        file = resolved.file;
        dir = (await findInToolCache(tc, { kind: 'exact', semver }))?.dir;
    }
    const chosen = semverToGo(semver);
    const resolveMs = performance.now() - started;
    log(`Go ${chosen} for ${platformName(cfg.platform)}: ${reason}`);
    // 2. Fail before downloading anything when a go.mod needs a newer Go than the one chosen.
    if (cfg.gotoolchain === 'local' || cfg.gotoolchain === 'path')
        checkRequirements(requirements, chosen);
    // 3. Install (if needed) and restore the module/build cache, in parallel: both mostly wait on the network.
    const installStarted = performance.now();
    const installing = dir === undefined && file
        ? installGo({
            ...net,
            url: `${cfg.baseUrl.replace(/\/+$/, '')}/${file.filename}`,
            filename: file.filename,
            sha256: file.sha256,
            size: file.size,
            semver,
            toolCache: tc,
        })
        : undefined;
    const cachePaths = [goEnv.GOMODCACHE, goEnv.GOCACHE];
    const caching = planCache(cfg, depFiles, chosen, cachePaths);
    const [installed, cache] = await Promise.all([installing, caching]);
    const installMs = installed ? performance.now() - installStarted : 0;
    const goroot = installed?.dir ?? dir;
    // 4. The toolchain must be the one we meant (a corrupt cache or a mislabelled mirror build shows here).
    const version = await verifyGoVersion(goroot, semver, cfg.env, cfg.signal);
    return {
        version,
        semver,
        goroot,
        source: installed && !installed.raced ? 'download' : 'tool-cache',
        reason,
        manifestUrl,
        download: installed && !installed.raced && file
            ? { url: `${cfg.baseUrl.replace(/\/+$/, '')}/${file.filename}`, file, bytes: installed.bytes }
            : undefined,
        env: { GOROOT: goroot, GOTOOLCHAIN: cfg.gotoolchain, ...goEnv },
        path: [(0,external_node_path_.join)(goroot, 'bin'), (0,external_node_path_.join)(goEnv.GOPATH, 'bin')],
        cache,
        timings: { resolveMs, installMs, totalMs: performance.now() - started },
    };
}
/** GOPATH/GOMODCACHE/GOCACHE as the go command would default them, unless already set. */
function goEnvironment(env) {
    const home = env.HOME || (0,external_node_os_.homedir)();
    const GOPATH = env.GOPATH?.split(external_node_path_.delimiter)[0] || (0,external_node_path_.join)(home, 'go');
    const userCache = process.platform === 'darwin'
        ? (0,external_node_path_.join)(home, 'Library', 'Caches')
        : env.XDG_CACHE_HOME || (0,external_node_path_.join)(home, '.cache');
    return {
        GOPATH,
        GOMODCACHE: env.GOMODCACHE || (0,external_node_path_.join)(GOPATH, 'pkg', 'mod'),
        GOCACHE: env.GOCACHE || (0,external_node_path_.join)(userCache, 'go-build'),
    };
}
function readRequirements(files, log) {
    const out = [];
    for (const f of files) {
        if (!(0,external_node_fs_.existsSync)(f.path))
            continue;
        try {
            out.push(parseGoMod((0,external_node_fs_.readFileSync)(f.path, 'utf8'), f.shown, f.shown.endsWith('go.work') ? 'go.work' : 'go.mod'));
        }
        catch (err) {
            // Not the file the version came from: report it, but it is `go build`'s to reject.
            log?.warning(`Not checking ${f.shown} against the chosen Go: ${err.message}`, err.location);
        }
    }
    return out;
}
/** With GOTOOLCHAIN=local the go command refuses a module whose `go` line is newer than itself: say so now. */
function checkRequirements(mods, version) {
    const installed = parseGoVersion(version);
    if (!installed)
        return;
    for (const mod of mods) {
        if (!mod.go || compareGoVersions(installed, mod.go.parsed) >= 0)
            continue;
        const need = formatGoVersion(mod.go.parsed);
        throw new errors/* UserError */.yo(`${mod.file}:${mod.go.line} requires go >= ${need}, but the Go chosen here is ${version}; with GOTOOLCHAIN=local the go command would refuse to build this module`, {
            hint: `Use go-version: '${need}' or newer (or go-version-file: ${mod.file}), or set gotoolchain: auto to let the go command download Go ${need} itself.`,
            location: { file: mod.file, line: mod.go.line },
        });
    }
}
async function planCache(cfg, files, version, paths) {
    if (!cfg.cache)
        return { state: 'disabled' };
    if (!(0,cache/* cacheServiceAvailable */.jI)(cfg.env))
        return { state: 'unavailable' };
    const depHash = files.length > 0 ? await hashFiles(cfg.cache.workspace, files) : 'no-dependency-files';
    const keys = (0,cache/* cacheKeys */.Xr)({ os: cfg.cache.runnerOs, arch: cfg.platform.arch, goVersion: version, depHash });
    const restored = await (0,cache/* restoreGoCache */.lr)(paths, keys);
    return { state: 'used', ...keys, paths, files, ...restored };
}
/** Runs `go version` of the install; returns the version as Go prints it (`1.22.3`, `1.20`, `1.27rc1`). */
async function verifyGoVersion(goroot, semver, env, signal) {
    // GOTOOLCHAIN=local and cwd=GOROOT: never let this check itself switch or download a toolchain.
    const { stdout } = await (0,exec/* exec */.m0)((0,external_node_path_.join)(goroot, 'bin', 'go'), ['version'], {
        cwd: goroot,
        env: { ...env, GOTOOLCHAIN: 'local' },
        signal,
    });
    const printed = /^go version go(\S+)/.exec(stdout.trim())?.[1];
    // go1.20 (how Go named first releases before 1.21) is 1.20.0; custom builds may add a suffix after a space.
    if (!printed || releaseToSemver(printed) !== semver) {
        throw new errors/* UserError */.yo(`${(0,external_node_path_.join)(goroot, 'bin', 'go')} reports '${stdout.trim()}', not Go ${semverToGo(semver)}`, {
            hint: `The install in ${goroot} is not what it claims to be. Delete it (and its .complete marker) and run again.`,
        });
    }
    return printed;
}

;// CONCATENATED MODULE: ./packages/go/src/toolchain/stage.ts
/*
 * The setup-go stage: the action's inputs as plain values in, everything the caller must apply out (outputs,
 * environment, PATH, the state the post step needs, the summary). No process.env, no runner files: both
 * actions/setup-go and packages/pipeline call this, and tests call it directly.
 */









const GOTOOLCHAIN = /^(local|auto|path|go\d+\.\d+[\w.-]*(\+(auto|path))?)$/;
const quiet = { info() { }, warning() { }, notice() { }, secret() { } };
/**
 * Checks every option (no network, no writes: a bad input fails in milliseconds and changes nothing), then
 * resolves, installs or finds Go, restores the module/build cache, and describes the result.
 */
async function setupGoStage(options) {
    const log = options.log ?? quiet;
    const { config, origin, restoreOnly } = planSetupGo(options, log);
    const result = await setupGo(config);
    reportCache(result, log);
    const cache = result.cache;
    return {
        outputs: {
            'go-version': result.version,
            'go-root': result.goroot,
            'go-path': result.env.GOPATH,
            'cache-hit': cache.state === 'used' && cache.hit,
        },
        env: result.env,
        path: result.path,
        saveCache: cache.state === 'used'
            ? { paths: cache.paths, key: cache.key, matchedKey: cache.matchedKey, restoreOnly }
            : undefined,
        summary: setupGoSummary(result, origin, restoreOnly),
        details: result,
    };
}
/** The validation half of the stage: options → the installer's config, or an InputError/UserError. */
function planSetupGo(options, log = quiet) {
    const { workspace } = options;
    if (options.token)
        log.secret(options.token);
    const { spec, origin } = versionRequest(options, log);
    const platform = goPlatform(options.architecture ?? options.hostArch, options.hostPlatform);
    if (!platform) {
        throw new errors/* InputError */.dz('architecture', `'${options.architecture}' is not a supported architecture`, ARCHITECTURE_FORMS);
    }
    if (platform.os === 'windows') {
        throw new errors/* UserError */.yo('setup-go supports Linux and macOS runners; Windows (.zip archives) is not supported yet');
    }
    const baseUrl = downloadBaseUrl(options, log);
    const gotoolchain = options.gotoolchain || 'local';
    if (!GOTOOLCHAIN.test(gotoolchain)) {
        throw new errors/* InputError */.dz('gotoolchain', `'${gotoolchain}' is not a GOTOOLCHAIN value`, 'local, auto, path, or a toolchain name such as go1.23.4 (optionally +auto or +path)');
    }
    const patterns = options.cacheDependencyPath ?? [];
    const requirementFiles = [origin.file, (0,external_node_path_.join)(workspace, 'go.mod'), (0,external_node_path_.join)(workspace, 'go.work')]
        .filter((f) => !!f && (versionFileKind(f) === 'go.mod' || versionFileKind(f) === 'go.work'))
        .filter((f, i, all) => all.indexOf(f) === i)
        .map((path) => ({ path, shown: shown(workspace, path) }));
    const config = {
        spec,
        origin: origin.text,
        checkLatest: options.checkLatest ?? false,
        platform,
        baseUrl,
        manifestHeaders: manifestAuthHeaders(options.token ?? '', baseUrl, options.serverUrl || undefined),
        toolCacheRoot: options.toolCacheRoot,
        requirementFiles,
        gotoolchain,
        cache: (options.cache ?? true)
            ? {
                workspace,
                patterns: patterns.length > 0 ? patterns : ['**/go.sum', '**/go.mod'],
                explicit: patterns.length > 0,
                runnerOs: options.runnerOs,
            }
            : undefined,
        env: options.env,
        signal: options.signal,
        log,
        attempts: options.attempts,
        baseDelayMs: options.baseDelayMs,
    };
    return { config, origin: origin.text, restoreOnly: options.cacheRestoreOnly ?? false };
}
/** go-version wins over go-version-file; with neither, the repository's go.mod if there is one. */
function versionRequest(options, log) {
    const { workspace, goVersion: given } = options;
    let file = options.goVersionFile;
    if (given !== undefined) {
        if (file !== undefined)
            log.warning(`Both go-version and go-version-file are set; using go-version '${given}' and ignoring ${file}`);
        const parsed = parseVersionSpec(given);
        if ('problem' in parsed)
            throw new errors/* InputError */.dz('go-version', parsed.problem, SPEC_FORMS, parsed.hint);
        return { spec: parsed.spec, origin: { text: `go-version ${(0,summary/* code */.aY)(given)}`, file: undefined } };
    }
    if (file === undefined) {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(workspace, 'go.mod'))) {
            throw new errors/* InputError */.dz('go-version', 'is not set, nor is go-version-file, and the repository has no go.mod', SPEC_FORMS, "Set go-version (e.g. '1.22') or go-version-file (e.g. go.mod).");
        }
        file = 'go.mod';
        log.info('go-version and go-version-file are not set: using go.mod at the repository root');
    }
    // A relative path stays in the repository (issue 11: file inputs are confined unless given absolute).
    const path = (0,paths/* confinedPath */.OR)(file, workspace, {
        input: 'go-version-file',
        expected: 'a file of the repository (go.mod, go.work, .go-version, .tool-versions) relative to the workspace',
        hint: 'Give an absolute path to read a file outside the repository.',
    });
    const request = readVersionFile(path, shown(workspace, path));
    const parsed = parseVersionSpec(request.version);
    const at = `${request.file}:${request.line}`;
    if ('problem' in parsed) {
        throw new errors/* UserError */.yo(`${at}: ${parsed.problem}`, {
            hint: `Expected ${SPEC_FORMS}.`,
            location: { file: request.file, line: request.line },
        });
    }
    return { spec: parsed.spec, origin: { text: `${(0,summary/* code */.aY)(at)} ${(0,summary/* code */.aY)(request.text)}`, file: path } };
}
function shown(workspace, path) {
    return path.startsWith(`${workspace}/`) ? path.slice(workspace.length + 1) : path;
}
function downloadBaseUrl(options, log) {
    const given = options.downloadBaseUrl;
    const raw = given?.value.trim() || DEFAULT_BASE_URL;
    const name = given?.from === 'GO_DOWNLOAD_BASE_URL'
        ? 'go-download-base-url (from GO_DOWNLOAD_BASE_URL)'
        : 'go-download-base-url';
    let url;
    try {
        // new URL() percent-encodes a space instead of refusing it.
        if (/\s/.test(raw))
            throw new TypeError('whitespace');
        url = new URL(raw);
    }
    catch {
        throw new errors/* InputError */.dz(name, `'${raw}' is not a URL`, 'an http(s) URL such as https://go.dev/dl');
    }
    if (url.password) {
        log.secret(url.password);
        log.secret(decodeURIComponent(url.password));
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* InputError */.dz(name, `'${url.protocol}' is not supported`, 'an http(s) URL');
    if (url.search || url.hash)
        throw new errors/* InputError */.dz(name, 'has a query or fragment', 'a base URL that file names can be appended to');
    if (url.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
        log.warning(`go-download-base-url is plain http: the sha256 check compares against a manifest from the same server, so it only guards against corruption, not tampering`);
    }
    return raw.replace(/\/+$/, '');
}
function reportCache({ cache }, log) {
    if (cache.state === 'unavailable') {
        log.notice('Module/build cache skipped: this runner has no cache service (ACTIONS_CACHE_URL/ACTIONS_RESULTS_URL unset). Continuing without it.');
    }
    else if (cache.state === 'used' && cache.error) {
        log.warning(`Module/build cache not restored (${cache.error}); continuing without it.`);
    }
    else if (cache.state === 'used') {
        log.info(cache.matchedKey
            ? `Module/build cache restored from ${cache.matchedKey}`
            : `No module/build cache yet for ${cache.key}`);
    }
}
function setupGoSummary(r, origin, restoreOnly) {
    const source = r.source === 'download' && r.download
        ? `downloaded ${(0,summary/* code */.aY)(r.download.file.filename)} (${(0,summary/* formatBytes */.z3)(r.download.bytes)}) from ${r.download.url}; sha256 ${(0,summary/* code */.aY)(r.download.file.sha256.slice(0, 16))}… verified`
        : `tool cache ${(0,summary/* code */.aY)(r.goroot)}`;
    const cache = r.cache.state === 'disabled'
        ? 'off (cache: false)'
        : r.cache.state === 'unavailable'
            ? 'skipped: no cache service on this runner'
            : r.cache.error
                ? `not restored: ${r.cache.error}`
                : r.cache.matchedKey
                    ? `${r.cache.hit ? 'hit' : 'partial hit'}: ${(0,summary/* code */.aY)(r.cache.matchedKey)}`
                    : `miss: ${(0,summary/* code */.aY)(r.cache.key)} (${restoreOnly ? 'restore-only: not saved' : 'saved after the job'})`;
    const rows = [
        ['Go', (0,summary/* code */.aY)(r.version)],
        ['Asked for', origin],
        ['Chosen because', r.manifestUrl ? `${r.reason} (manifest ${r.manifestUrl})` : r.reason],
        ['Source', source],
        [
            'Time',
            `${(0,summary/* formatMs */._V)(r.timings.totalMs)} (resolve ${(0,summary/* formatMs */._V)(r.timings.resolveMs)}, download + unpack ${(0,summary/* formatMs */._V)(r.timings.installMs)})`,
        ],
        ['GOTOOLCHAIN', (0,summary/* code */.aY)(r.env.GOTOOLCHAIN ?? '')],
        ['Module/build cache', cache],
    ];
    return `${(0,summary/* heading */.R_)(`setup-go: Go ${r.version}`)}\n\n${(0,summary/* table */.tp)(['', ''], rows)}\n`;
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


/***/ })

};
