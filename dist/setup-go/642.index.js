export const id = 642;
export const ids = [642];
export const modules = {

/***/ 7642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  saveGoCache: () => (/* reexport */ saveGoCache),
  setupGo: () => (/* reexport */ setupGo)
});

// UNUSED EXPORTS: ARCHITECTURE_FORMS, CHECKSUMS_FILE, ChecksumError, DEFAULT_BASE_URL, GoSyntaxError, HttpError, LdflagsQuotingError, OUTPUT_PLACEHOLDERS, SPEC_FORMS, TARGET_VARIABLES, TarGuard, TargetError, TruncatedError, UndecidableFile, UnsafeArchiveError, X_NAME_FORM, X_NAME_PATTERN, annotationPath, archiveFor, buildEnvironment, cacheKeys, cacheServiceAvailable, checkInjections, checkOptions, checkRequirements, checksumsPath, closeMatches, commonDir, compareGoVersions, completeDir, composeLdflags, deriveVersion, describeFetchError, describeSource, distList, editDistance, evalGoBuild, evalPlusBuild, executableExt, expandOutput, extractTarGz, failureErrors, fetchReleases, fileNameMatches, findInToolCache, findInjections, formatGoVersion, getText, globFiles, goEnvironment, goPlatform, hashFiles, importPathOf, installGo, isSemver, isTransient, joinLdflags, ldflagsBuildArg, ldflagsQuotingProblem, listProgram, manifestAuthHeaders, manifestUrl, matchTag, mergeDiagnostics, nearestVersions, newestMatching, parseBuildOutput, parseGoMod, parseGoVersion, parseJsonStream, parseManifest, parseTarget, parseVersionSpec, parseXName, parseXTypeError, planBuild, platformName, programName, quoteLdflagsArg, readGoModHead, readHeader, readVersionFile, releaseToSemver, renderSummary, resolveRelease, restoreGoCache, rfc3339, runBuild, scanGoFile, scanProgram, selectFiles, semverToGo, sha256File, shellQuote, sourceDateEpoch, specAnchor, specMatches, splitLdflags, tokenize, toolCacheName, unquote, unsupportedTargets, versionFileKind, versionFromFileText, versionFromTag, withRetries, writeChecksums

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./packages/go/src/toolchain/cache.ts


function cacheKeys(p) {
    const prefix = `goship-go-${p.os}-${p.arch}-go${p.goVersion}-`;
    return { key: `${prefix}${p.depHash}`, restoreKeys: [prefix] };
}
/**
 * Whether the runner offers a cache service. Same test as @actions/cache's isFeatureAvailable (v2 service:
 * ACTIONS_RESULTS_URL; v1: ACTIONS_CACHE_URL), done here so that no cache code loads when there is none.
 */
function cacheServiceAvailable(env = process.env) {
    return env.ACTIONS_CACHE_SERVICE_V2 ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL;
}
async function restoreGoCache(paths, keys) {
    try {
        const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
        const matchedKey = await cache.restoreCache([...paths], keys.key, keys.restoreKeys);
        return { matchedKey, hit: matchedKey === keys.key };
    }
    catch (err) {
        return { hit: false, error: (0,errors/* errorMessage */.gJ)(err) };
    }
}
async function saveGoCache(state) {
    if (state.restoreOnly)
        return { saved: false, reason: 'cache-restore-only is true: the cache is restored but never saved' };
    if (state.matchedKey === state.key)
        return { saved: false, reason: `the cache was restored from ${state.key}: nothing new to save` };
    const paths = state.paths.filter((p) => (0,external_node_fs_.existsSync)(p));
    if (paths.length === 0)
        return { saved: false, reason: 'neither the module cache nor the build cache exists: no go command ran' };
    try {
        const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
        const id = await cache.saveCache(paths, state.key);
        return id === -1
            ? { saved: false, reason: 'the cache service did not accept the save' }
            : { saved: true, reason: `saved as ${state.key}` };
    }
    catch (err) {
        return { saved: false, reason: `saving failed: ${(0,errors/* errorMessage */.gJ)(err)}` };
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./packages/kit/src/runner.ts
var runner = __webpack_require__(6976);
;// CONCATENATED MODULE: ./packages/kit/src/exec.ts



class ExecError extends errors/* UserError */.yo {
    file;
    args;
    result;
    constructor(file, args, result) {
        const tail = (result.stderr || result.stdout).trim().split('\n').slice(-20).join('\n');
        super(`${[file, ...args].join(' ')} exited with code ${result.code}${tail ? `:\n${tail}` : ''}`);
        this.file = file;
        this.args = args;
        this.result = result;
        this.name = 'ExecError';
    }
}
/**
 * Runs a program with an argument array — never through a shell, so no input can be interpreted as shell
 * syntax. Captures stdout/stderr; throws ExecError on a non-zero exit unless `allowFailure`.
 */
function exec(file, args, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            shell: false,
            stdio: ['pipe', 'pipe', 'pipe'],
            signal: opts.signal,
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => {
            out.push(d);
            if (opts.stream)
                process.stdout.write((0,runner/* redact */.E$)(d.toString()));
        });
        child.stderr.on('data', (d) => {
            err.push(d);
            if (opts.stream)
                process.stderr.write((0,runner/* redact */.E$)(d.toString()));
        });
        child.on('error', (e) => {
            if (e.code === 'ENOENT') {
                reject(new errors/* UserError */.yo(`'${file}' was not found on PATH`, {
                    hint: `Install ${file} or add it to PATH.`,
                    cause: e,
                }));
            }
            else
                reject(e);
        });
        child.on('close', (code, signal) => {
            const result = {
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
            };
            if (result.code !== 0 && !opts.allowFailure)
                reject(new ExecError(file, args, result));
            else
                resolve(result);
        });
        child.stdin.end(opts.input);
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/kit/src/glob.ts


/*
 * File patterns for inputs that name files: a file, a folder (its files, not recursive, as
 * `kubectl apply -f dir`), or a glob with `*`, `?`, `**`, `{a,b}` and `[…]`. Node 20 (the test runner) has
 * no fs.glob, and this is the whole of what the inputs need.
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
/** Each pattern's matches, sorted; duplicates across patterns dropped (the first pattern keeps them). */
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
    const abs = resolve(cwd, pattern);
    if (!WILDCARD.test(pattern)) {
        const st = statOrUndefined(abs);
        if (!st)
            return { all: [], missing: true };
        if (st.isFile())
            return { all: [abs], missing: false };
        const all = readdirSync(abs)
            .filter((n) => wanted(n) && statOrUndefined(join(abs, n))?.isFile())
            .sort()
            .map((n) => join(abs, n));
        return { all, missing: false };
    }
    const parts = abs.split(sep);
    const firstGlob = parts.findIndex((p) => WILDCARD.test(p));
    const base = parts.slice(0, firstGlob).join(sep) || sep;
    const re = globToRegExp(parts.slice(firstGlob).join('/'));
    const skip = opts.skip ?? SKIPPED_DIRS;
    const all = [];
    const walk = (dir) => {
        let names;
        try {
            names = readdirSync(dir).sort();
        }
        catch {
            return;
        }
        for (const name of names) {
            const full = join(dir, name);
            const st = statOrUndefined(full);
            if (!st)
                continue;
            if (st.isDirectory()) {
                if (!skip.has(name))
                    walk(full);
            }
            else if (wanted(name) && re.test(relative(base, full).split(sep).join('/')))
                all.push(full);
        }
    };
    walk(base);
    return { all: all.sort(), missing: false };
}
function statOrUndefined(p) {
    try {
        return statSync(p);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/go/src/toolchain/hash-files.ts




/** Folders never searched for dependency files: VCS data, JS dependencies, Go vendoring (hashed via go.sum). */
const SKIP = new Set(['.git', 'node_modules', 'vendor', '.goship']);
/**
 * Files under `root` matching any pattern (relative to root, or absolute inside it), sorted, as relative
 * `/`-separated paths. A pattern without wildcards names one file; patterns with `**` walk the tree.
 */
function globFiles(root, patterns) {
    const res = patterns.map((p) => globToRegExp(((0,external_node_path_.isAbsolute)(p) ? (0,external_node_path_.relative)(root, p) : p).split(external_node_path_.sep).join('/').replace(/^\.\//, '')));
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./packages/kit/src/retry.ts
var retry = __webpack_require__(6658);
// EXTERNAL MODULE: ./packages/kit/src/summary.ts
var summary = __webpack_require__(5300);
// EXTERNAL MODULE: ./packages/go/src/toolchain/http.ts
var http = __webpack_require__(7254);
// EXTERNAL MODULE: ./packages/go/src/toolchain/manifest.ts
var manifest = __webpack_require__(3763);
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
const BLOCK = 512;
/** GNU long names and pax headers are small; a bigger one is an attack on memory, not a Go archive. */
const MAX_META = 1 << 20;
/**
 * A pass-through stream over an uncompressed tar that checks every header before its bytes go on (to `tar -x`),
 * so the extractor never sees an entry that was not checked:
 * - names and link targets are resolved the way an extractor would (GNU long names, pax `path`/`linkpath`);
 * - every entry must stay under `root`: no absolute paths, no `..` climbing out, no backslashes;
 * - symlinks must point inside `root`, and no entry may be written *through* a symlink of the same archive
 *   (the classic `link -> /tmp` then `link/file` attack; a lexical check alone cannot see through links);
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
    symlinks = new Set();
    files = new Set();
    /** Entries checked so far (for tests and logs). */
    entries = 0;
    constructor(opts) {
        super();
        this.root = opts.root;
    }
    _transform(chunk, _enc, done) {
        try {
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
                // End of archive: pass on up to and including the second zero block, swallow the rest.
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
        this.nextName = this.nextLink = this.nextSize = undefined;
        this.check(type, name, link);
        this.entries++;
        this.dataLeft = type === '0' || type === '7' || type === '\0' ? padded : 0;
        return false;
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
                const target = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(name), link));
                if (!this.inside(target))
                    throw new UnsafeArchiveError(rawName, `is a symlink to '${link}', which leaves ${this.root}/`);
                this.symlinks.add(name);
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

// EXTERNAL MODULE: ./packages/go/src/toolchain/version.ts
var toolchain_version = __webpack_require__(2008);
;// CONCATENATED MODULE: ./packages/go/src/toolchain/install.ts













/**
 * actions/setup-go keeps Go from a custom mirror apart from go.dev's (`go-` + first 8 hex of sha256(base URL)),
 * so a mirror's build never masquerades as the runner's preinstalled Go. Same rule here, same folders.
 */
function toolCacheName(baseUrl) {
    const base = baseUrl.replace(/\/+$/, '');
    if (base === manifest/* DEFAULT_BASE_URL */.Ql)
        return 'go';
    return `go-${(0,external_node_crypto_.createHash)('sha256').update(base).digest('hex').slice(0, 8)}`;
}
function completeDir(tc, semver) {
    const dir = (0,external_node_path_.join)(tc.root, tc.tool, semver, tc.arch);
    return (0,external_node_fs_.existsSync)(dir) && (0,external_node_fs_.existsSync)(`${dir}.complete`) ? dir : undefined;
}
/** A complete install the spec selects, without any network (stable/oldstable always need the manifest). */
function findInToolCache(tc, spec) {
    if (spec.kind === 'exact') {
        const dir = completeDir(tc, spec.semver);
        return dir ? { semver: spec.semver, dir } : undefined;
    }
    if (spec.kind !== 'range')
        return undefined;
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(tc.root, tc.tool));
    }
    catch {
        return undefined;
    }
    const semver = (0,toolchain_version/* newestMatching */.k$)(spec, names.filter((n) => (0,toolchain_version/* isSemver */.nN)(n) && completeDir(tc, n)));
    return semver ? { semver, dir: completeDir(tc, semver) } : undefined;
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
 */
async function installGo(req) {
    if (!req.filename.endsWith('.tar.gz')) {
        throw new errors/* UserError */.yo(`${req.filename} is not a .tar.gz archive; only Linux and macOS runners are supported so far`);
    }
    const { toolCache: tc } = req;
    const versionDir = (0,external_node_path_.join)(tc.root, tc.tool, req.semver);
    await (0,promises_.mkdir)(versionDir, { recursive: true });
    await sweepLeftovers(versionDir);
    const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(versionDir, `.goship-tmp-${tc.arch}-${process.pid}-`));
    try {
        const { bytes } = await (0,http/* withRetries */.LH)(req.url, `Downloading ${req.filename}`, req, async (signal) => {
            await (0,promises_.rm)((0,external_node_path_.join)(tmp, 'go'), { recursive: true, force: true });
            return downloadAndExtract(req, tmp, signal);
        });
        const goroot = (0,external_node_path_.join)(tmp, 'go');
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(goroot, 'bin', 'go'))) {
            throw new errors/* UserError */.yo(`${req.filename} has no go/bin/go: it is not a Go distribution; nothing was installed`);
        }
        const target = (0,external_node_path_.join)(versionDir, tc.arch);
        if ((0,external_node_fs_.existsSync)(`${target}.complete`) && (0,external_node_fs_.existsSync)(target))
            return { dir: target, bytes, raced: true };
        if ((0,external_node_fs_.existsSync)(target)) {
            // An earlier install died before writing its marker: move it aside, then delete it.
            const stale = (0,external_node_path_.join)(versionDir, `.goship-stale-${tc.arch}-${process.pid}-${Date.now()}`);
            await (0,promises_.rename)(target, stale);
            await (0,promises_.rm)(stale, { recursive: true, force: true });
        }
        try {
            await (0,promises_.rename)(goroot, target);
        }
        catch (err) {
            const code = err.code;
            if (code !== 'ENOTEMPTY' && code !== 'EEXIST')
                throw err;
            // Another job on this runner renamed its copy in first; wait briefly for its marker.
            for (let i = 0; i < 40 && !(0,external_node_fs_.existsSync)(`${target}.complete`); i++)
                await (0,retry/* sleep */.yy)(50);
            if ((0,external_node_fs_.existsSync)(`${target}.complete`))
                return { dir: target, bytes, raced: true };
            throw err;
        }
        await (0,promises_.writeFile)(`${target}.complete`, '');
        return { dir: target, bytes, raced: false };
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
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
    const res = await fetch(req.url, { signal, redirect: 'follow', headers: req.headers });
    if (!res.ok || !res.body) {
        await res.body?.cancel();
        throw new http/* HttpError */.j$(req.url, res.status);
    }
    const length = Number(res.headers.get('content-length'));
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
        await extractTarGz(external_node_stream_.Readable.fromWeb(res.body), dest, { signal, tap });
    }
    catch (err) {
        if (err instanceof UnsafeArchiveError || signal.aborted)
            throw err;
        if (expected !== undefined && received < expected)
            throw new http/* TruncatedError */.DF(req.url, received, expected);
        throw err;
    }
    if (expected !== undefined && received !== expected)
        throw new http/* TruncatedError */.DF(req.url, received, expected);
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
 */
async function extractTarGz(input, dest, opts = {}) {
    const { signal } = opts;
    const guard = new TarGuard({ root: opts.root ?? 'go' });
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

// EXTERNAL MODULE: ./packages/go/src/toolchain/platform.ts
var platform = __webpack_require__(9713);
// EXTERNAL MODULE: ./packages/go/src/toolchain/version-file.ts
var version_file = __webpack_require__(4859);
;// CONCATENATED MODULE: ./packages/go/src/toolchain/setup.ts











/**
 * Resolves, installs (or finds) and describes a Go toolchain; the caller applies `env`/`path` and reports.
 * Network only when needed: an exact version or a range already in the tool cache needs none (unless
 * checkLatest). Never falls back to another version: when the manifest is unreachable for a spec that needs
 * it, this fails.
 */
async function setupGo(cfg) {
    const started = performance.now();
    const log = cfg.log ?? (() => { });
    const tc = {
        root: cfg.toolCacheRoot,
        tool: toolCacheName(cfg.baseUrl),
        arch: cfg.platform.cacheArch,
    };
    const goEnv = goEnvironment(cfg.env ?? process.env);
    const depFiles = cfg.cache ? globFiles(cfg.cache.workspace, cfg.cache.patterns) : [];
    if (cfg.cache?.explicit && depFiles.length === 0) {
        throw new errors/* InputError */.dz('cache-dependency-path', `matches no file under ${cfg.cache.workspace} (${cfg.cache.patterns.join(', ')})`, 'paths or globs of go.sum/go.mod files relative to the repository root');
    }
    const requirements = readRequirements(cfg.requirementFiles, cfg.warn);
    // 1. Resolve: tool cache first (no network) where the spec allows it, else the manifest.
    const net = { signal: cfg.signal, log, attempts: cfg.attempts, baseDelayMs: cfg.baseDelayMs };
    let semver;
    let reason;
    let dir;
    let manifestUrl;
    let file;
    const cached = cfg.checkLatest ? undefined : findInToolCache(tc, cfg.spec);
    if (cached) {
        ({ semver, dir } = cached);
        reason =
            cfg.spec.kind === 'exact'
                ? 'exact version, already in the tool cache'
                : `newest match in the tool cache (check-latest is off)`;
    }
    else {
        const got = await (0,manifest/* fetchReleases */.$X)(cfg.baseUrl, { ...net, headers: cfg.manifestHeaders });
        manifestUrl = got.url;
        const resolved = (0,manifest/* resolveRelease */.CM)(cfg.spec, got.releases, cfg.platform, got.url);
        ({ semver, reason } = { semver: resolved.release.semver, reason: resolved.reason });
        file = resolved.file;
        dir = completeDir(tc, semver);
    }
    const chosen = (0,toolchain_version/* semverToGo */.Cd)(semver);
    const resolveMs = performance.now() - started;
    log(`Go ${chosen} for ${(0,platform/* platformName */.$r)(cfg.platform)}: ${reason}`);
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
    const version = await verifyGoVersion(goroot, semver, cfg.signal);
    return {
        version,
        semver,
        goroot,
        source: installed && !installed.raced ? 'download' : 'tool-cache',
        reason,
        manifestUrl,
        download: installed && file
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
function readRequirements(files, warn) {
    const out = [];
    for (const f of files) {
        if (!(0,external_node_fs_.existsSync)(f.path))
            continue;
        try {
            out.push((0,version_file/* parseGoMod */.kW)((0,external_node_fs_.readFileSync)(f.path, 'utf8'), f.shown, f.shown.endsWith('go.work') ? 'go.work' : 'go.mod'));
        }
        catch (err) {
            // Not the file the version came from: report it, but it is `go build`'s to reject.
            warn?.(`Not checking ${f.shown} against the chosen Go: ${err.message}`, err.location);
        }
    }
    return out;
}
/** With GOTOOLCHAIN=local the go command refuses a module whose `go` line is newer than itself: say so now. */
function checkRequirements(mods, version) {
    const installed = (0,toolchain_version/* parseGoVersion */.SX)(version);
    if (!installed)
        return;
    for (const mod of mods) {
        if (!mod.go || (0,toolchain_version/* compareGoVersions */.X_)(installed, mod.go.parsed) >= 0)
            continue;
        const need = (0,toolchain_version/* formatGoVersion */.WM)(mod.go.parsed);
        throw new errors/* UserError */.yo(`${mod.file}:${mod.go.line} requires go >= ${need}, but the Go chosen here is ${version}; with GOTOOLCHAIN=local the go command would refuse to build this module`, {
            hint: `Use go-version: '${need}' or newer (or go-version-file: ${mod.file}), or set gotoolchain: auto to let the go command download Go ${need} itself.`,
            location: { file: mod.file, line: mod.go.line },
        });
    }
}
async function planCache(cfg, files, version, paths) {
    if (!cfg.cache)
        return { state: 'disabled' };
    if (!cacheServiceAvailable(cfg.env ?? process.env))
        return { state: 'unavailable' };
    const depHash = files.length > 0 ? await hashFiles(cfg.cache.workspace, files) : 'no-dependency-files';
    const keys = cacheKeys({ os: cfg.cache.runnerOs, arch: cfg.platform.arch, goVersion: version, depHash });
    const restored = await restoreGoCache(paths, keys);
    return { state: 'used', ...keys, paths, files, ...restored };
}
/** Runs `go version` of the install; returns the version as Go prints it (`1.22.3`, `1.20`, `1.27rc1`). */
async function verifyGoVersion(goroot, semver, signal) {
    // GOTOOLCHAIN=local and cwd=GOROOT: never let this check itself switch or download a toolchain.
    const { stdout } = await exec((0,external_node_path_.join)(goroot, 'bin', 'go'), ['version'], {
        cwd: goroot,
        env: { ...process.env, GOTOOLCHAIN: 'local' },
        signal,
    });
    const printed = /^go version go(\S+)/.exec(stdout.trim())?.[1];
    // go1.20 (how Go named first releases before 1.21) is 1.20.0; custom builds may add a suffix after a space.
    if (!printed || (0,toolchain_version/* releaseToSemver */.b_)(printed) !== semver) {
        throw new errors/* UserError */.yo(`${(0,external_node_path_.join)(goroot, 'bin', 'go')} reports '${stdout.trim()}', not Go ${(0,toolchain_version/* semverToGo */.Cd)(semver)}`, {
            hint: `The install in ${goroot} is not what it claims to be. Delete it (and its .complete marker) and run again.`,
        });
    }
    return printed;
}

;// CONCATENATED MODULE: ./packages/go/src/toolchain/index.ts
// Go toolchains: version specs, go.dev's release manifest, go.mod/go.work/version files, verified installs
// into the runner's tool cache, and the module/build cache.











;// CONCATENATED MODULE: ./packages/go/src/index.ts
// Go toolchains (versions, release manifest, go.mod/go.work, install) and Go builds (ldflags, matrix, -X checks).




/***/ })

};
