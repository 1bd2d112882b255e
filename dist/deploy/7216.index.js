export const id = 7216;
export const ids = [7216];
export const modules = {

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


/***/ }),

/***/ 27216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_PATH: () => (/* reexport */ DEFAULT_PATH),
  DEFAULT_TAG_RULES: () => (/* reexport */ src_tags/* DEFAULT_TAG_RULES */.rP),
  DEFAULT_USER: () => (/* reexport */ DEFAULT_USER),
  DockerfileSyntaxError: () => (/* reexport */ DockerfileSyntaxError),
  GHCR: () => (/* reexport */ GHCR),
  GHCR_TOKEN_HINT: () => (/* reexport */ GHCR_TOKEN_HINT),
  INDEX_TYPES: () => (/* reexport */ media/* INDEX_TYPES */.V),
  INSTRUCTIONS: () => (/* reexport */ INSTRUCTIONS),
  LDFLAGS_ARG: () => (/* reexport */ generate/* LDFLAGS_ARG */.vU),
  MANIFEST_ACCEPT: () => (/* reexport */ media/* MANIFEST_ACCEPT */.dY),
  MANIFEST_TYPES: () => (/* reexport */ media/* MANIFEST_TYPES */._P),
  MediaType: () => (/* reexport */ media/* MediaType */.zu),
  NetworkError: () => (/* reexport */ NetworkError),
  PREDEFINED_ARGS: () => (/* reexport */ PREDEFINED_ARGS),
  RUNTIME_ALIASES: () => (/* reexport */ generate/* RUNTIME_ALIASES */.w9),
  RegistryAuthError: () => (/* reexport */ RegistryAuthError),
  RegistryClient: () => (/* reexport */ RegistryClient),
  RegistryError: () => (/* reexport */ RegistryError),
  RegistryPool: () => (/* reexport */ RegistryPool),
  TagRuleError: () => (/* reexport */ src_tags/* TagRuleError */.lq),
  assemble: () => (/* reexport */ assemble),
  basicAuth: () => (/* reexport */ basicAuth),
  binaryNameFromModule: () => (/* reexport */ generate/* binaryNameFromModule */.Zt),
  bodySize: () => (/* reexport */ bodySize),
  buildArgFlags: () => (/* reexport */ buildArgFlags),
  buildCommit: () => (/* reexport */ buildCommit),
  buildConfig: () => (/* reexport */ buildConfig),
  buildDockerfile: () => (/* reexport */ buildDockerfile),
  buildIndex: () => (/* reexport */ buildIndex),
  buildManifest: () => (/* reexport */ buildManifest),
  buildRef: () => (/* reexport */ buildRef),
  buildWithContainersTools: () => (/* reexport */ buildWithContainersTools),
  buildWithDocker: () => (/* reexport */ buildWithDocker),
  builderEnvironment: () => (/* reexport */ builderEnvironment),
  byPlatformName: () => (/* reexport */ media/* byPlatformName */.c3),
  checkBuildArgs: () => (/* reexport */ checkBuildArgs),
  checkImageListening: () => (/* reexport */ checkImageListening),
  closeConnections: () => (/* reexport */ closeConnections),
  computeTags: () => (/* reexport */ src_tags/* computeTags */.$o),
  createTar: () => (/* reexport */ createTar),
  declaredPort: () => (/* reexport */ declaredPort),
  defaultDeadline: () => (/* reexport */ defaultDeadline),
  detectBuilder: () => (/* reexport */ detectBuilder),
  dockerConfigPath: () => (/* reexport */ dockerConfigPath),
  entrypointName: () => (/* reexport */ entrypointName),
  expandVariables: () => (/* reexport */ expandVariables),
  formatPlatform: () => (/* reexport */ media/* formatPlatform */.Bq),
  generateDockerfile: () => (/* reexport */ generate/* generateDockerfile */.wN),
  goVersionFromModule: () => (/* reexport */ generate/* goVersionFromModule */.vB),
  gzipLayer: () => (/* reexport */ gzipLayer),
  highestRelease: () => (/* reexport */ src_tags/* highestRelease */.UL),
  hostPlatform: () => (/* reexport */ hostPlatform),
  imageCommand: () => (/* reexport */ imageCommand),
  imageFromLayout: () => (/* reexport */ imageFromLayout),
  indexAnnotations: () => (/* reexport */ indexAnnotations),
  isCertificateError: () => (/* reexport */ isCertificateError),
  isLatest: () => (/* reexport */ src_tags/* isLatest */.eL),
  isLoopbackRegistry: () => (/* reexport */ isLoopbackRegistry),
  isNative: () => (/* reexport */ isNative),
  isPlainHttpServer: () => (/* reexport */ isPlainHttpServer),
  isTransient: () => (/* reexport */ isTransient),
  jsonBlob: () => (/* reexport */ jsonBlob),
  lookupCredentials: () => (/* reexport */ lookupCredentials),
  nativePlatform: () => (/* reexport */ nativePlatform),
  ociLabels: () => (/* reexport */ ociLabels),
  ociLayerType: () => (/* reexport */ ociLayerType),
  parseChallenge: () => (/* reexport */ parseChallenge),
  parseDigests: () => (/* reexport */ parseDigests),
  parseDockerfile: () => (/* reexport */ parseDockerfile),
  parseGitRef: () => (/* reexport */ src_tags/* parseGitRef */.TL),
  parsePlatform: () => (/* reexport */ media/* parsePlatform */.FL),
  parseTagRules: () => (/* reexport */ src_tags/* parseTagRules */.hh),
  pickNative: () => (/* reexport */ pickNative),
  planIndex: () => (/* reexport */ planIndex),
  planMerge: () => (/* reexport */ planMerge),
  prepareDockerfile: () => (/* reexport */ prepareDockerfile),
  publishImage: () => (/* reexport */ publishImage),
  publishSummary: () => (/* reexport */ publishSummary),
  pushIndex: () => (/* reexport */ pushIndex),
  readEvent: () => (/* reexport */ readEvent),
  readPlatformManifest: () => (/* reexport */ readPlatformManifest),
  readPublishRequest: () => (/* reexport */ inputs/* readPublishRequest */.z),
  readPushedImage: () => (/* reexport */ readPushedImage),
  redactBuildArgs: () => (/* reexport */ redactBuildArgs),
  registryErrorDetail: () => (/* reexport */ registryErrorDetail),
  repositoryTags: () => (/* reexport */ repositoryTags),
  request: () => (/* reexport */ request),
  resolveBase: () => (/* reexport */ resolveBase),
  runtimeImage: () => (/* reexport */ generate/* runtimeImage */.Wy),
  samePlatform: () => (/* reexport */ media/* samePlatform */.my),
  sanitizeTag: () => (/* reexport */ src_tags/* sanitizeTag */.iP),
  selectArtifacts: () => (/* reexport */ selectArtifacts),
  sha256: () => (/* reexport */ media/* sha256 */.sc),
  sha256File: () => (/* reexport */ media/* sha256File */.Q3),
  skipListening: () => (/* reexport */ skipListening),
  stagesFor: () => (/* reexport */ stagesFor),
  tarChunks: () => (/* reexport */ tarChunks),
  withGithubToken: () => (/* reexport */ withGithubToken),
  writeLayout: () => (/* reexport */ writeLayout)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/contract/src/reference.ts
var reference = __webpack_require__(85845);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(77817);
// EXTERNAL MODULE: ./packages/oci/src/media.ts
var media = __webpack_require__(20297);
;// CONCATENATED MODULE: ./packages/oci/src/base.ts
/* Base images: resolve a reference to the manifest and config for each wanted platform. */



async function resolveBase(pool, ref, platforms) {
    const client = pool.client(ref.registry);
    const wanted = ref.digest ?? ref.tag ?? 'latest';
    const name = (0,reference/* formatReference */.FH)(ref);
    const top = await client.getManifest(ref.repository, wanted);
    if (!top) {
        throw new errors/* UserError */.yo(`Base image ${name} does not exist: registry ${ref.registry} has no manifest '${wanted}' in repository '${ref.repository}'.`, {
            hint: 'Check the base input (registry, repository and tag), or push the base image first.',
        });
    }
    const parsed = JSON.parse(top.body.toString('utf8'));
    const isIndex = media/* INDEX_TYPES */.V.includes(top.mediaType) || 'manifests' in parsed;
    const out = [];
    for (const platform of platforms) {
        let manifest;
        let manifestDigest = top.digest;
        if (isIndex) {
            const entries = parsed.manifests;
            const entry = entries.find((m) => m.platform && (0,media/* samePlatform */.my)(m.platform, platform));
            if (!entry) {
                const available = entries.flatMap((m) => (m.platform ? [(0,media/* formatPlatform */.Bq)(m.platform)] : [])).join(', ');
                throw new errors/* UserError */.yo(`Base image ${name} has no ${(0,media/* formatPlatform */.Bq)(platform)} image (it has: ${available || 'none'}).`, {
                    hint: 'Pick a base image that supports every platform in the platforms input, or drop that platform.',
                });
            }
            const m = await client.getManifest(ref.repository, entry.digest);
            if (!m)
                throw new errors/* UserError */.yo(`Base image ${name}: its index lists ${entry.digest} for ${(0,media/* formatPlatform */.Bq)(platform)}, but the registry does not have it.`);
            manifest = JSON.parse(m.body.toString('utf8'));
            manifestDigest = m.digest;
        }
        else {
            manifest = parsed;
        }
        const config = JSON.parse((await client.getBlob(ref.repository, manifest.config.digest)).toString('utf8'));
        const basePlatform = {
            os: config.os,
            architecture: config.architecture,
            ...(config.variant ? { variant: config.variant } : {}),
        };
        if (!(0,media/* samePlatform */.my)(basePlatform, platform)) {
            throw new errors/* UserError */.yo(`Base image ${name} is ${(0,media/* formatPlatform */.Bq)(basePlatform)} only, but ${(0,media/* formatPlatform */.Bq)(platform)} was asked for.`, {
                hint: 'Use a multi-platform base image (an image index) or build only for the base image’s platform.',
            });
        }
        out.push({ ref, digest: top.digest, platform, manifestDigest, layers: manifest.layers, config });
    }
    return out;
}

// EXTERNAL MODULE: ./packages/contract/src/port.ts
var src_port = __webpack_require__(77057);
;// CONCATENATED MODULE: ./packages/oci/src/image.ts
/*
 * Image configs, manifests and indexes as exact bytes. Pure: same inputs → same bytes → same digests.
 * JSON is serialized once here and never re-serialized: a manifest's digest is over the bytes pushed.
 */


const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/**
 * The config of the new image: the base config kept (Env, WorkingDir, Labels, history, layers...), then
 * ours on top. Setting Entrypoint clears the base Cmd, as a Dockerfile ENTRYPOINT does.
 */
function buildConfig(base, platform, settings, newLayers) {
    const baseCfg = base?.config ?? {};
    const env = new Map();
    for (const e of baseCfg.Env ?? [DEFAULT_PATH]) {
        const eq = e.indexOf('=');
        env.set(eq < 0 ? e : e.slice(0, eq), eq < 0 ? '' : e.slice(eq + 1));
    }
    if (!env.has('PATH'))
        env.set('PATH', DEFAULT_PATH.slice(5));
    for (const [k, v] of Object.entries(settings.env ?? {}))
        env.set(k, v);
    if (settings.port !== undefined)
        env.set(settings.portEnv ?? src_port/* PORT_ENV */.Cf, String(settings.port));
    const exposed = { ...(baseCfg.ExposedPorts ?? {}) };
    if (settings.port !== undefined)
        exposed[`${settings.port}/tcp`] = {};
    const config = {
        ...baseCfg,
        Env: [...env].map(([k, v]) => `${k}=${v}`),
        Entrypoint: settings.entrypoint,
        Cmd: null,
        Labels: { ...(baseCfg.Labels ?? {}), ...(settings.labels ?? {}) },
    };
    if (settings.user)
        config.User = settings.user;
    if (settings.workingDir)
        config.WorkingDir = settings.workingDir;
    if (Object.keys(exposed).length > 0)
        config.ExposedPorts = exposed;
    delete config.Cmd;
    return {
        created: settings.created,
        architecture: platform.architecture,
        os: platform.os,
        ...(platform.variant ? { variant: platform.variant } : {}),
        config: sortKeys(config),
        rootfs: {
            type: 'layers',
            diff_ids: [...(base?.rootfs.diff_ids ?? []), ...newLayers.map((l) => l.diffId)],
        },
        history: [
            ...(base?.history ?? []),
            ...newLayers.map((l) => ({ created: settings.created, created_by: l.createdBy, comment: 'goship' })),
        ],
    };
}
function sortKeys(o) {
    return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}
function jsonBlob(value, mediaType, extra = {}) {
    const data = Buffer.from(JSON.stringify(value));
    return { data, descriptor: { mediaType, digest: (0,media/* sha256 */.sc)(data), size: data.length, ...extra } };
}
/** Docker layer media types are the same bytes; an OCI manifest names them with the OCI type. */
function ociLayerType(mediaType) {
    if (mediaType === media/* MediaType */.zu.dockerLayerGzip)
        return media/* MediaType */.zu.ociLayerGzip;
    return mediaType;
}
function buildManifest(config, layers, annotations) {
    const manifest = {
        schemaVersion: 2,
        mediaType: media/* MediaType */.zu.ociManifest,
        config: config.descriptor,
        layers: layers.map((l) => ({ mediaType: ociLayerType(l.mediaType), digest: l.digest, size: l.size })),
        ...(annotations && Object.keys(annotations).length > 0 ? { annotations } : {}),
    };
    return jsonBlob(manifest, media/* MediaType */.zu.ociManifest);
}
function buildIndex(manifests, annotations) {
    const index = {
        schemaVersion: 2,
        mediaType: media/* MediaType */.zu.ociIndex,
        manifests: manifests.map((m) => ({ ...m.manifest.descriptor, platform: m.platform })),
        ...(annotations && Object.keys(annotations).length > 0 ? { annotations } : {}),
    };
    return jsonBlob(index, media/* MediaType */.zu.ociIndex);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/oci/src/tar.ts
/*
 * Deterministic ustar archives for image layers: entries sorted by path, one fixed mtime, fixed
 * uid/gid/modes, no user/group names from the machine, so the same files always give the same bytes
 * (and the same digest). Gzip through zlib with a fixed level: Node's gzip header carries no file name
 * and mtime 0, so equal tars compress to equal bytes.
 * Kept instead of tar-stream's pack (bench/libraries.ts): given the same fixed fields it writes other bytes
 * (numeric fields as `000755 \0` where ours are `0000755\0`), so a switch would change the digest of every
 * unchanged layer between goship versions; and ours writes a 20 MiB layer of real files in ~0.74× its time.
 */


function octal(n, width) {
    return `${n.toString(8).padStart(width - 1, '0')}\0`;
}
/** ustar splits names over 100 bytes into prefix (155) + name (100) at a '/'. */
function splitName(path) {
    if (Buffer.byteLength(path) <= 100)
        return { name: path, prefix: '' };
    for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
        const prefix = path.slice(0, i);
        const name = path.slice(i + 1);
        if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100)
            return { name, prefix };
    }
    throw new Error(`path too long for a tar entry: ${path}`);
}
function header(e, size, mtime) {
    const h = Buffer.alloc(512, 0);
    const { name, prefix } = splitName(e.type === 'dir' ? `${e.path}/` : e.path);
    h.write(name, 0, 100, 'utf8');
    h.write(octal(e.mode & 0o7777, 8), 100, 8, 'ascii');
    h.write(octal(e.uid ?? 0, 8), 108, 8, 'ascii');
    h.write(octal(e.gid ?? 0, 8), 116, 8, 'ascii');
    h.write(octal(size, 12), 124, 12, 'ascii');
    h.write(octal(mtime, 12), 136, 12, 'ascii');
    h.fill(0x20, 148, 156);
    h.write(e.type === 'dir' ? '5' : e.type === 'symlink' ? '2' : '0', 156, 1, 'ascii');
    if (e.linkTarget)
        h.write(e.linkTarget, 157, 100, 'utf8');
    h.write('ustar\0', 257, 6, 'ascii');
    h.write('00', 263, 2, 'ascii');
    h.write(octal(0, 8), 329, 8, 'ascii');
    h.write(octal(0, 8), 337, 8, 'ascii');
    h.write(prefix, 345, 155, 'utf8');
    let sum = 0;
    for (const b of h)
        sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
    return h;
}
function normalizePath(p) {
    const clean = p.replace(/^\/+/, '').replace(/\/+$/, '');
    if (clean === '' || clean.split('/').some((c) => c === '..' || c === '.' || c === '')) {
        throw new Error(`unsafe layer path '${p}'`);
    }
    return clean;
}
/** Entries normalized, parent directories added (0755) when missing, sorted by path. */
function prepare(entries) {
    const byPath = new Map();
    for (const e of entries) {
        const path = normalizePath(e.path);
        if (byPath.has(path))
            throw new Error(`duplicate layer path '${path}'`);
        byPath.set(path, { ...e, path });
    }
    for (const path of [...byPath.keys()]) {
        const parts = path.split('/');
        for (let i = 1; i < parts.length; i++) {
            const dir = parts.slice(0, i).join('/');
            if (!byPath.has(dir))
                byPath.set(dir, { path: dir, type: 'dir', mode: 0o755 });
        }
    }
    return [...byPath.keys()].sort().map((p) => byPath.get(p));
}
const padding = (size) => Buffer.alloc((512 - (size % 512)) % 512);
/** Builds the tar in memory (small layers, from `data`). */
function createTar(entries, mtime) {
    const blocks = [];
    for (const e of prepare(entries)) {
        if (e.source)
            throw new Error(`createTar: '${e.path}' is file-backed; use tarChunks`);
        const data = e.type === 'file' ? (e.data ?? Buffer.alloc(0)) : Buffer.alloc(0);
        blocks.push(header(e, data.length, mtime), data, padding(data.length));
    }
    blocks.push(Buffer.alloc(1024));
    return Buffer.concat(blocks);
}
/** The same archive as createTar, as a stream of chunks; file-backed entries are read from disk as they go. */
async function* tarChunks(entries, mtime) {
    for (const e of prepare(entries)) {
        if (e.type !== 'file') {
            yield header(e, 0, mtime);
            continue;
        }
        if (!e.source) {
            const data = e.data ?? Buffer.alloc(0);
            yield Buffer.concat([header(e, data.length, mtime), data, padding(data.length)]);
            continue;
        }
        const { path, size } = e.source;
        yield header(e, size, mtime);
        let read = 0;
        // `end: size` (inclusive) reads at most one byte past the declared size: enough to see a file that grew,
        // and each read buffer is sized to what is left (without it every small file costs a 1 MiB buffer per
        // read: 2.3× the CPU time on the go binary + net/http sources, bench/libraries.ts).
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20, end: size })) {
            read += chunk.length;
            if (read > size)
                break;
            yield chunk;
        }
        if (read !== size)
            throw new Error(`${path} changed size while it was archived (${size} → ${read} bytes)`);
        yield padding(size);
    }
    yield Buffer.alloc(1024);
}
function gzipLayer(tar) {
    return (0,external_node_zlib_.gzipSync)(tar, { level: 6 });
}

;// CONCATENATED MODULE: ./packages/oci/src/assemble/layers.ts
/*
 * The layers assemble writes itself: the small rootfs a scratch image gets (/etc/passwd, /etc/group, CA
 * certificates, /tmp, the nonroot home) and the binary's layer, each streamed tar → gzip → file with its
 * diff ID and digest computed on the way (deterministic bytes: the image digest is reproducible).
 */








const PASSWD = 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n';
const GROUP = 'root:x:0:\nnonroot:x:65532:\n';
function scratchRootfs(caBundlePath) {
    const entries = [
        { path: 'etc/passwd', type: 'file', mode: 0o644, data: Buffer.from(PASSWD) },
        { path: 'etc/group', type: 'file', mode: 0o644, data: Buffer.from(GROUP) },
        { path: 'tmp', type: 'dir', mode: 0o1777 },
        { path: 'home/nonroot', type: 'dir', mode: 0o755, uid: 65532, gid: 65532 },
    ];
    const ca = caBundlePath ?? '/etc/ssl/certs/ca-certificates.crt';
    if ((0,external_node_fs_.existsSync)(ca))
        entries.push({
            path: 'etc/ssl/certs/ca-certificates.crt',
            type: 'file',
            mode: 0o644,
            data: (0,external_node_fs_.readFileSync)(ca),
        });
    return entries;
}
/** Passes chunks through, hashing and counting them. */
function tap(hash, count) {
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            count.bytes += chunk.length;
            done(null, chunk);
        },
    });
}
/**
 * tar → gzip → file, streamed: the diff ID (over the tar) and the digest (over the gzip) are computed on
 * the way, so a layer of any size costs a few MB of memory. zlib's output does not depend on how its
 * input is chunked, so the bytes (and the digest) are the same as gzipping the whole tar at once.
 */
async function makeLayer(entries, mtime, description, dir) {
    const path = (0,external_node_path_.join)(dir, `layer-${(0,external_node_crypto_.randomUUID)()}.tar.gz`);
    const tarHash = (0,external_node_crypto_.createHash)('sha256');
    const gzHash = (0,external_node_crypto_.createHash)('sha256');
    const tarBytes = { bytes: 0 };
    const gzBytes = { bytes: 0 };
    await (0,promises_.pipeline)(external_node_stream_.Readable.from(tarChunks(entries, mtime)), tap(tarHash, tarBytes), (0,external_node_zlib_.createGzip)({ level: 6 }), tap(gzHash, gzBytes), (0,external_node_fs_.createWriteStream)(path));
    return {
        blob: {
            path,
            descriptor: {
                mediaType: media/* MediaType */.zu.ociLayerGzip,
                digest: `sha256:${gzHash.digest('hex')}`,
                size: gzBytes.bytes,
            },
        },
        diffId: `sha256:${tarHash.digest('hex')}`,
        description,
    };
}

;// CONCATENATED MODULE: ./packages/oci/src/assemble/artifacts.ts
/*
 * The binaries assemble puts in the images (go-build-ldflags' artifacts): which one goes into which
 * platform image, the check that each is the file that was built, and the entrypoint name it gets.
 */



/**
 * Which binary goes into which platform image. No platforms → every linux artifact. A platform without a
 * binary is an error naming what the artifacts do contain.
 */
function selectArtifacts(platforms, artifacts) {
    const artifactPlatform = (a) => ({
        os: a.os,
        architecture: a.arch,
        ...(a.variant ? { variant: a.variant } : {}),
    });
    // The index follows byPlatformName (as a merge of the same images does), not the order the platforms or
    // targets happened to be listed in: the same binaries give the same index bytes however they were listed.
    const wanted = (platforms.length > 0 ? platforms : artifacts.filter((a) => a.os === 'linux').map(artifactPlatform))
        .map((platform) => ({ platform }))
        .sort(media/* byPlatformName */.c3)
        .map((p) => p.platform);
    if (wanted.length === 0) {
        throw new errors/* UserError */.yo(`Input 'artifacts' has no linux binary (it has: ${artifacts.map((a) => (0,media/* formatPlatform */.Bq)(artifactPlatform(a))).join(', ') || 'nothing'}).`, {
            hint: 'Build at least one linux/<arch> target with go-build-ldflags.',
        });
    }
    const missing = [];
    const out = wanted.map((platform) => {
        const artifact = artifacts.find((a) => (0,media/* samePlatform */.my)(artifactPlatform(a), platform));
        if (!artifact)
            missing.push((0,media/* formatPlatform */.Bq)(platform));
        return { platform, artifact: artifact };
    });
    if (missing.length > 0) {
        throw new errors/* UserError */.yo(`Input 'platforms': no binary for ${missing.join(', ')} in 'artifacts' (it has: ${artifacts.map((a) => (0,media/* formatPlatform */.Bq)(artifactPlatform(a))).join(', ')}).`, { hint: 'Add these targets to go-build-ldflags, or remove them from platforms.' });
    }
    return out;
}
/** The binary as a file-backed layer entry source, after its sha256 is checked (streamed, never in memory). */
async function checkArtifact(a) {
    if (!(0,external_node_fs_.existsSync)(a.path)) {
        throw new errors/* UserError */.yo(`Input 'artifacts': binary ${a.path} (${a.os}/${a.arch}) does not exist.`, {
            hint: 'Run go-build-ldflags in the same job before this step, and pass its artifacts output unchanged.',
        });
    }
    const size = (0,external_node_fs_.statSync)(a.path).size;
    if (a.sha256) {
        const actual = (await (0,media/* sha256File */.Q3)(a.path)).slice('sha256:'.length);
        if (actual !== a.sha256.replace(/^sha256:/, '')) {
            throw new errors/* UserError */.yo(`Input 'artifacts': ${a.path} has sha256 ${actual}, but the artifacts list says ${a.sha256}; the file changed after it was built.`);
        }
    }
    return { path: a.path, size };
}
function entrypointName(a) {
    return a.name.replace(/\.exe$/, '').replace(/[^A-Za-z0-9._-]/g, '-') || 'app';
}

;// CONCATENATED MODULE: ./packages/oci/src/assemble/platform.ts
/*
 * One platform's image: the binary's layer (after the scratch rootfs, if any) on that platform's base
 * layers, its config and its manifest, and the report of its layers. BuiltImage gathers them, with the
 * top manifest or index, for the push or the layout write.
 */





/** One platform's image: its binary layer (after the scratch rootfs, if any) on its base, config and manifest. */
async function buildPlatform(req, work, { platform, artifact }, base, rootfs) {
    const name = entrypointName(artifact);
    const binPath = `usr/local/bin/${name}`;
    const app = await makeLayer([{ path: binPath, type: 'file', mode: 0o755, source: await checkArtifact(artifact) }], req.mtime, `/${binPath}`, work);
    const ownLayers = rootfs ? [rootfs, app] : [app];
    const config = buildConfig(base?.config, platform, {
        entrypoint: [`/${binPath}`],
        port: req.port,
        portEnv: req.portEnv,
        user: req.user,
        labels: req.labels,
        created: req.created,
    }, ownLayers.map((l) => ({ diffId: l.diffId, createdBy: `goship assemble: ${l.description}` })));
    const configBlob = jsonBlob(config, media/* MediaType */.zu.ociConfig);
    const annotations = { ...req.annotations };
    if (req.base && base) {
        annotations['org.opencontainers.image.base.name'] = (0,reference/* formatReference */.FH)({
            ...req.base,
            digest: undefined,
        });
        annotations['org.opencontainers.image.base.digest'] = base.manifestDigest;
    }
    const manifest = buildManifest(configBlob, [...(base?.layers ?? []), ...ownLayers.map((l) => l.blob.descriptor)], annotations);
    return { platform, base, ownLayers, config: configBlob, manifest };
}
/** A platform's layers, bottom first, as reported: the entry in `report` once there is one. */
function layerReports(req, report, b) {
    return [
        ...(b.base?.layers ?? []).map((l) => report.get(l.digest) ?? {
            digest: l.digest,
            size: l.size,
            from: 'base',
            description: `base ${(0,reference/* formatReference */.FH)(req.base)}`,
        }),
        ...b.ownLayers.map((l) => report.get(l.blob.descriptor.digest) ?? {
            digest: l.blob.descriptor.digest,
            size: l.blob.descriptor.size,
            from: 'goship',
            description: l.description,
        }),
    ];
}

;// CONCATENATED MODULE: ./packages/oci/src/registry/errors.ts
/* Errors from registries, as users should read them, and the rule for plain-HTTP registries. */

/** A registry answered with an error status; `codes` are the Distribution API error codes. */
class RegistryError extends errors/* UserError */.yo {
    status;
    codes;
    constructor(message, status, codes, hint) {
        super(message, { hint });
        this.status = status;
        this.codes = codes;
        this.name = 'RegistryError';
    }
}
class RegistryAuthError extends errors/* UserError */.yo {
    constructor(message, hint) {
        super(message, { hint });
        this.name = 'RegistryAuthError';
    }
}
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/;
/** Docker's rule: loopback registries may be plain HTTP without configuration. */
function isLoopbackRegistry(registry) {
    return LOOPBACK.test(registry);
}
function registryErrorDetail(res) {
    try {
        const parsed = JSON.parse(res.body.toString('utf8'));
        const errs = parsed.errors ?? [];
        if (errs.length > 0) {
            return {
                codes: errs.map((e) => e.code ?? ''),
                text: errs
                    .map((e) => `${e.code}: ${e.message}${e.detail ? ` (${typeof e.detail === 'string' ? e.detail : JSON.stringify(e.detail)})` : ''}`)
                    .join('; '),
            };
        }
    }
    catch {
        // not JSON: fall through to the raw text
    }
    return { codes: [], text: res.body.toString('utf8').trim().slice(0, 300) || `HTTP ${res.status}` };
}

;// CONCATENATED MODULE: ./packages/oci/src/assemble/push.ts
/*
 * The assembled image pushed through the Distribution API: every blob once (base layers mounted or
 * copied, ours uploaded), a few at a time, then the platform manifests by digest and the top one under
 * each tag; a manifest refused for a blob the registry lost track of is retried once after a recheck.
 */

async function pushImage(req, { builds, top, report, fetchBaseLayer }, transfers, log) {
    const client = req.pool.client(req.image.registry);
    const repo = req.image.repository;
    let recheck = false;
    const count = (result, size) => {
        if (recheck)
            return;
        if (result === 'uploaded') {
            transfers.uploaded++;
            transfers.uploadedBytes += size;
        }
        else
            transfers.reused++;
    };
    // Blobs once each (the scratch rootfs layer is shared by every platform), a few at a time.
    const jobs = new Map();
    for (const b of builds) {
        for (const l of b.base?.layers ?? []) {
            jobs.set(l.digest, async () => {
                const sameRegistry = req.base.registry === req.image.registry;
                const result = await client.pushBlob(repo, l.digest, async () => ({ path: await fetchBaseLayer(l), start: 0, size: l.size }), sameRegistry ? req.base.repository : undefined);
                if (!recheck)
                    report.get(l.digest).transfer = result === 'uploaded' ? 'copied' : result;
                count(result, l.size);
            });
        }
        for (const blob of [...b.ownLayers.map((l) => l.blob), b.config]) {
            jobs.set(blob.descriptor.digest, async () => {
                const body = 'path' in blob ? { path: blob.path, start: 0, size: blob.descriptor.size } : blob.data;
                const result = await client.pushBlob(repo, blob.descriptor.digest, () => body);
                const r = report.get(blob.descriptor.digest);
                if (r && !recheck)
                    r.transfer = result;
                count(result, blob.descriptor.size);
            });
        }
    }
    await runLimited([...jobs.values()], 4);
    log(`blobs: ${transfers.uploaded} uploaded, ${transfers.reused} already in ${req.image.registry}/${repo} or mounted`);
    // Platform manifests by digest first, then the top one under each tag: a tag never points at an
    // image whose parts are missing.
    const putManifests = async () => {
        if (builds.length > 1) {
            for (const b of builds)
                await client.putManifest(repo, b.manifest.descriptor.digest, b.manifest.descriptor.mediaType, b.manifest.data);
        }
        const refs = req.tags.length > 0 ? req.tags : [top.descriptor.digest];
        for (const ref of refs)
            await client.putManifest(repo, ref, top.descriptor.mediaType, top.data);
    };
    try {
        await putManifests();
    }
    catch (err) {
        if (!(err instanceof RegistryError) || !err.codes.includes('MANIFEST_BLOB_UNKNOWN'))
            throw err;
        // Two pushes of one blob into one repository at once (matrix runners share the scratch rootfs layer)
        // can leave the registry's link to it unreadable for a moment (distribution 2.8 rewrites the link file
        // in place, seen in CI): both uploads succeeded, yet the manifest is refused for an unknown blob. Every
        // blob is checked again (HEAD; what is really missing is uploaded) and the manifests are put once more.
        log(`${req.image.registry} refused the manifest for a blob it did not find; checking every blob again`);
        await new Promise((resolve) => setTimeout(resolve, BLOB_RECHECK_DELAY_MS));
        recheck = true;
        await runLimited([...jobs.values()], 4);
        await putManifests();
    }
}
/** How long a refused manifest waits before its blobs are checked again (a concurrent push settling). */
const BLOB_RECHECK_DELAY_MS = 1000;
async function runLimited(jobs, limit) {
    const queue = [...jobs];
    const errors = [];
    await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
            try {
                await job();
            }
            catch (e) {
                errors.push(e);
                queue.length = 0;
            }
        }
    }));
    if (errors.length > 0)
        throw errors[0];
}

;// CONCATENATED MODULE: ./packages/oci/src/layout.ts
/*
 * OCI image layouts (image-spec image-layout.md): `oci-layout`, `index.json` naming the image by
 * `org.opencontainers.image.ref.name` (one entry per tag, as skopeo's `oci:dir:tag` reads it), and
 * `blobs/sha256/<hex>`. A path ending in .tar gets the same layout as one deterministic tar
 * (an oci-archive).
 */





function layoutFiles(content) {
    const refs = content.tags.length > 0 ? content.tags : [undefined];
    const index = {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: refs.map((tag) => ({
            mediaType: content.top.mediaType,
            digest: content.top.digest,
            size: content.top.size,
            ...(tag ? { annotations: { 'org.opencontainers.image.ref.name': tag } } : {}),
        })),
    };
    const seen = new Set();
    const files = [
        { path: 'oci-layout', data: Buffer.from(JSON.stringify({ imageLayoutVersion: '1.0.0' })) },
        { path: 'index.json', data: Buffer.from(JSON.stringify(index)) },
    ];
    for (const b of content.blobs) {
        if (seen.has(b.descriptor.digest))
            continue;
        seen.add(b.descriptor.digest);
        const path = `blobs/sha256/${b.descriptor.digest.slice('sha256:'.length)}`;
        files.push('data' in b ? { path, data: b.data } : { path, from: b.path, size: b.descriptor.size });
    }
    return files;
}
/** Writes a layout directory, or an oci-archive when `path` ends in `.tar` (streamed). Returns what was written. */
async function writeLayout(path, content, mtime) {
    const files = layoutFiles(content);
    if (path.endsWith('.tar')) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        const entries = files.map((f) => ({
            path: f.path,
            type: 'file',
            mode: 0o644,
            ...('data' in f ? { data: f.data } : { source: { path: f.from, size: f.size } }),
        }));
        await (0,promises_.pipeline)(external_node_stream_.Readable.from(tarChunks(entries, mtime)), (0,external_node_fs_.createWriteStream)(path));
        return { kind: 'archive', path };
    }
    for (const f of files) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(path, f.path)), { recursive: true });
        if ('data' in f)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(path, f.path), f.data);
        else
            (0,external_node_fs_.copyFileSync)(f.from, (0,external_node_path_.join)(path, f.path));
    }
    return { kind: 'directory', path };
}

;// CONCATENATED MODULE: ./packages/oci/src/assemble/write.ts
/*
 * The assembled image written instead of pushed (push: false): every blob, base layers fetched through
 * files, as an OCI layout directory or an oci-archive (layout.ts).
 */


async function writeImage(req, { builds, top, report, fetchBaseLayer }) {
    if (!req.output)
        throw new errors/* UserError */.yo("Input 'output' is required when push is false (an OCI layout directory, or a path ending in .tar).");
    const blobs = [];
    for (const b of builds) {
        for (const l of b.base?.layers ?? []) {
            blobs.push({ path: await fetchBaseLayer(l), descriptor: l });
            report.get(l.digest).transfer = 'written';
        }
        for (const l of b.ownLayers) {
            blobs.push(l.blob);
            report.get(l.blob.descriptor.digest).transfer = 'written';
        }
        blobs.push(b.config, b.manifest);
    }
    if (builds.length > 1)
        blobs.push(top);
    return await writeLayout(req.output, { blobs, top: top.descriptor, tags: req.tags }, req.mtime);
}

;// CONCATENATED MODULE: ./packages/oci/src/assemble/request.ts
/*
 * What the daemonless backend is asked and what it answers: the request (binaries per platform, base,
 * tags, labels, where the image goes), the images handed to the listening check before anything leaves,
 * and the result with a report per layer. Every other file of assemble/ speaks these types.
 */
const DEFAULT_USER = '65532:65532';

;// CONCATENATED MODULE: ./packages/oci/src/assemble/assemble.ts
/*
 * The daemonless backend (ko-style): prebuilt Go binaries + a base image → one image per platform
 * (base layers, a small rootfs layer for scratch, the binary layer) → an OCI index when there are
 * several platforms → pushed through the Distribution API or written as an OCI layout.
 *
 * This file is the entry and the order of the steps; each step lives beside it: which binary goes where
 * (artifacts.ts), the layers we write (layers.ts), one platform's config and manifest (platform.ts), the
 * push (push.ts) or the layout write (write.ts), and the request and result types (request.ts).
 */












async function assemble(req) {
    const root = req.tempDir ?? (0,external_node_os_.tmpdir)();
    (0,external_node_fs_.mkdirSync)(root, { recursive: true });
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(root, 'goship-assemble-'));
    try {
        return await assembleIn(req, work);
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
async function assembleIn(req, work) {
    const log = req.log ?? (() => { });
    const platforms = req.binaries.map((b) => b.platform);
    const bases = req.base ? await resolveBase(req.pool, req.base, platforms) : undefined;
    const rootfs = req.base
        ? undefined
        : await makeLayer(scratchRootfs(req.caBundlePath), req.mtime, 'rootfs: /etc/passwd, /etc/group, CA certificates, /tmp', work);
    const builds = await Promise.all(req.binaries.map((binary, i) => buildPlatform(req, work, binary, bases?.[i], rootfs)));
    const top = builds.length === 1
        ? builds[0].manifest
        : buildIndex(builds.map((b) => ({ manifest: b.manifest, platform: b.platform })), req.annotations);
    const report = new Map();
    for (const b of builds)
        for (const r of layerReports(req, report, b))
            report.set(r.digest, r);
    const fetchBaseLayer = baseLayerFetcher(req, work);
    if (req.beforePush)
        await req.beforePush(builds.map((b) => ({
            platform: (0,media/* formatPlatform */.Bq)(b.platform),
            config: JSON.parse(b.config.data.toString('utf8')),
            layers: async () => [
                ...(await Promise.all((b.base?.layers ?? []).map(fetchBaseLayer))),
                ...b.ownLayers.map((l) => l.blob.path),
            ],
        })));
    const image = { builds, top, report, fetchBaseLayer };
    const transfers = { uploaded: 0, reused: 0, uploadedBytes: 0 };
    let output;
    if (req.push)
        await pushImage(req, image, transfers, log);
    else
        output = await writeImage(req, image);
    return {
        digest: top.descriptor.digest,
        mediaType: top.descriptor.mediaType,
        platforms: builds.map((b) => ({
            platform: (0,media/* formatPlatform */.Bq)(b.platform),
            digest: b.manifest.descriptor.digest,
            size: b.config.descriptor.size +
                [...(b.base?.layers ?? []), ...b.ownLayers.map((l) => l.blob.descriptor)].reduce((n, l) => n + l.size, 0),
            layers: layerReports(req, report, b),
        })),
        tags: req.tags,
        pushed: req.push,
        output,
        ...transfers,
    };
}
/** Base layers are copied through a file: a layer is never held in memory whole. Each is fetched once. */
function baseLayerFetcher(req, work) {
    const fetched = new Map();
    return (l) => {
        let pending = fetched.get(l.digest);
        if (!pending) {
            const path = (0,external_node_path_.join)(work, `base-${l.digest.slice('sha256:'.length)}`);
            pending = req.pool
                .client(req.base.registry)
                .downloadBlob(req.base.repository, l.digest, path, l.size)
                .then(() => path);
            fetched.set(l.digest, pending);
        }
        return pending;
    };
}

// EXTERNAL MODULE: ./packages/contract/src/ldflags.ts
var src_ldflags = __webpack_require__(86335);
// EXTERNAL MODULE: ./packages/kit/src/exec.ts
var exec = __webpack_require__(42783);
;// CONCATENATED MODULE: ./packages/oci/src/dockerfile/builders.ts
/*
 * The container builders behind the Dockerfile backend: which one works on this runner, the per-build
 * configuration files they read (auth file, cert dir, registries.conf), and the build + push commands with
 * the digest read back from the builder (--digestfile, --metadata-file).
 */





async function works(file, args) {
    try {
        return (await (0,exec/* exec */.m0)(file, args, { allowFailure: true })).code === 0;
    }
    catch {
        return false;
    }
}
async function detectBuilder(wanted) {
    const checks = {
        docker: async () => (await works('docker', ['buildx', 'version'])) &&
            (await works('docker', ['info', '--format', '{{.ServerVersion}}'])),
        buildah: () => works('buildah', ['--version']),
        podman: () => works('podman', ['--version']),
    };
    if (wanted !== 'auto') {
        if (await checks[wanted]())
            return wanted;
        throw new errors/* UserError */.yo(`Input 'builder': ${wanted} does not work on this runner`, {
            hint: wanted === 'docker'
                ? 'docker needs the buildx plugin and a running engine.'
                : `Install ${wanted}, or use builder: auto.`,
        });
    }
    for (const b of ['docker', 'buildah', 'podman'])
        if (await checks[b]())
            return b;
    throw new errors/* UserError */.yo('No container builder found: docker buildx with a running engine, buildah or podman', {
        hint: 'Install buildah (apt-get install buildah), or use mode: assemble, which needs no builder.',
    });
}
/**
 * Names a builder reads from its own environment (or that the process needs): their values cannot be
 * handed over through the environment, so they go on the command line and are redacted in errors.
 */
const BUILDER_ENV = /^(PATH|HOME|USER|SHELL|PWD|TMPDIR|TERM|LANG|LC_\w+|XDG_\w+|DOCKER_\w+|BUILDAH_\w+|BUILDKIT_\w+|BUILDX_\w+|CONTAINERS_\w+|REGISTRY_AUTH_FILE|STORAGE_\w+|SSL_\w+|NODE_\w+|GOSHIP_\w+|(HTTPS?|FTP|NO|ALL)_PROXY)$/i;
/**
 * `--build-arg NAME` flags without their values: docker buildx and buildah both take the value of a
 * `--build-arg NAME` from their environment, so values (tokens, often) never appear in the argv — not in
 * `ps`, not in an error that prints the command. See redactBuildArgs for the few that must stay in argv.
 */
function buildArgFlags(args, env) {
    const out = { ...env };
    const flags = [...args].flatMap(([k, v]) => {
        if (BUILDER_ENV.test(k))
            return ['--build-arg', `${k}=${v}`];
        out[k] = v;
        return ['--build-arg', k];
    });
    return { flags, env: out };
}
/** The argv as it may be printed: every `--build-arg NAME=value` becomes `--build-arg NAME=***`. */
function redactBuildArgs(args) {
    return args.map((a, i) => {
        const prev = args[i - 1];
        if (prev === '--build-arg' && a.includes('='))
            return `${a.slice(0, a.indexOf('='))}=***`;
        if (a.startsWith('--build-arg=') && a.indexOf('=', 12) > 0)
            return `${a.slice(0, a.indexOf('=', 12))}=***`;
        return a;
    });
}
/** exec for builder commands: a failure prints the command with build-arg values redacted. */
async function runBuilder(file, args, opts) {
    try {
        await (0,exec/* exec */.m0)(file, args, opts);
    }
    catch (e) {
        if (e instanceof exec/* ExecError */.cI)
            throw new exec/* ExecError */.cI(file, redactBuildArgs(args), e.result);
        throw e;
    }
}
/**
 * Per-build configuration for buildah/podman in files, never in /etc: an auth file (0600) for the
 * registries we have credentials for, a cert dir with the registry CA, and a registries.conf marking the
 * plain-HTTP registries (loopback or insecure-registries ones that answered over http) insecure.
 */
async function builderEnvironment(o, registries, work) {
    const flags = [];
    const auths = {};
    const plain = [];
    for (const r of registries) {
        const creds = await o.pool.credentialsFor(r);
        if (creds)
            auths[r] = { auth: Buffer.from(`${creds.username}:${creds.password}`).toString('base64') };
        if (o.pool.isInsecure(r)) {
            const client = o.pool.client(r);
            await client.ping();
            if (client.scheme === 'http')
                plain.push(r);
        }
    }
    const authfile = (0,external_node_path_.join)(work, 'auth.json');
    (0,external_node_fs_.writeFileSync)(authfile, JSON.stringify({ auths }), { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(authfile, 0o600);
    flags.push('--authfile', authfile);
    if (o.pool.ca) {
        const certDir = (0,external_node_path_.join)(work, 'certs.d');
        (0,external_node_fs_.mkdirSync)(certDir);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(certDir, 'ca.crt'), o.pool.ca);
        flags.push('--cert-dir', certDir);
    }
    const env = { ...o.env };
    if (plain.length > 0) {
        const system = o.env.CONTAINERS_REGISTRIES_CONF ?? '/etc/containers/registries.conf';
        let base = (0,external_node_fs_.existsSync)(system) ? (0,external_node_fs_.readFileSync)(system, 'utf8') : '';
        if (/^\s*\[registries\./m.test(base))
            base = ''; // v1 format cannot be mixed with [[registry]] tables
        const extra = plain
            .filter((r) => !base.includes(`"${r}"`))
            .map((r) => `\n[[registry]]\nlocation = "${r}"\ninsecure = true\n`)
            .join('');
        const conf = (0,external_node_path_.join)(work, 'registries.conf');
        (0,external_node_fs_.writeFileSync)(conf, `${base}\n${extra}`);
        env.CONTAINERS_REGISTRIES_CONF = conf;
    }
    return { env, flags, targetPlain: plain.includes(o.image.registry) };
}
function platformList(o) {
    return o.platforms.length > 0 ? o.platforms.map(media/* formatPlatform */.Bq) : [];
}
async function buildWithContainersTools(tool, o, dockerfile, args, refs, tags, work, t, secretFlags) {
    const platforms = platformList(o);
    const multi = platforms.length > 1;
    const local = `${refs[0]}`;
    const listName = `goship-list-${(0,external_node_path_.basename)(work).toLowerCase()}`;
    const isolation = o.env.BUILDAH_ISOLATION ?? 'chroot';
    const buildArgs = buildArgFlags(args, t.env);
    const bud = [
        tool === 'buildah' ? 'bud' : 'build',
        '--isolation',
        isolation,
        '--layers',
        '--format',
        'oci',
        '--timestamp',
        String(o.source.epoch),
        '-f',
        dockerfile,
        ...t.flags,
        ...buildArgs.flags,
        ...secretFlags,
        ...Object.entries(o.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
        ...(o.target ? ['--target', o.target] : []),
        ...(platforms.length > 0 ? ['--platform', platforms.join(',')] : []),
        ...o.cacheFrom.flatMap((c) => ['--cache-from', c]),
        ...o.cacheTo.flatMap((c) => ['--cache-to', c]),
        ...(multi ? ['--manifest', listName] : ['-t', local]),
        o.context,
    ];
    const digestFile = (0,external_node_path_.join)(work, 'digest');
    try {
        await runBuilder(tool, bud, { env: buildArgs.env, stream: true, signal: o.signal });
        const source = multi ? listName : local;
        if (o.beforePush) {
            // The built image as an OCI layout in our scratch dir (a local copy, no registry): what is checked
            // is what is pushed next.
            const layout = (0,external_node_path_.join)(work, 'check-layout');
            const copy = multi
                ? ['manifest', 'push', '--all', '--format', 'oci', ...t.flags, source, `oci:${layout}`]
                : ['push', '--format', 'oci', ...t.flags, source, `oci:${layout}`];
            await (0,exec/* exec */.m0)(tool, copy, { env: t.env, signal: o.signal });
            await o.beforePush(layout);
        }
        const destinations = o.push
            ? refs.map((r) => `docker://${r}`)
            : [o.output.endsWith('.tar') ? `oci-archive:${o.output}:${tags[0]}` : `oci:${o.output}:${tags[0]}`];
        if (!o.push)
            (0,external_node_fs_.mkdirSync)(o.output.endsWith('.tar') ? (0,external_node_path_.join)(o.output, '..') : o.output, { recursive: true });
        let digest = '';
        for (const dest of destinations) {
            (0,external_node_fs_.rmSync)(digestFile, { force: true });
            // `buildah manifest push` (1.28) ignores registries.conf `insecure` and then exits 0 without pushing;
            // it only ever talks to the target registry, so plain HTTP is allowed for it alone, when that
            // registry is one we already found speaking plain HTTP. The digest file check catches silent failures.
            const plainFlag = multi && o.push && t.targetPlain ? ['--tls-verify=false'] : [];
            const pushArgs = multi
                ? [
                    'manifest',
                    'push',
                    '--all',
                    '--format',
                    'oci',
                    '--digestfile',
                    digestFile,
                    ...plainFlag,
                    ...t.flags,
                    source,
                    dest,
                ]
                : ['push', '--format', 'oci', '--digestfile', digestFile, ...t.flags, source, dest];
            await (0,exec/* exec */.m0)(tool, pushArgs, { env: t.env, stream: true, signal: o.signal });
            const d = (0,external_node_fs_.existsSync)(digestFile) ? (0,external_node_fs_.readFileSync)(digestFile, 'utf8').trim() : '';
            if (!(0,reference/* isDigest */.Bc)(d)) {
                throw new errors/* UserError */.yo(`${tool} exited 0 for ${dest} but wrote no digest: the push did not happen`, {
                    hint: `Check the ${tool} output above for the registry error.`,
                });
            }
            if (digest && d !== digest)
                throw new errors/* UserError */.yo(`${tool} pushed ${dest} as ${d}, but the first tag got ${digest}`);
            digest = d;
        }
        return digest;
    }
    finally {
        await (0,exec/* exec */.m0)(tool, multi ? ['manifest', 'rm', listName] : ['rmi', local], {
            allowFailure: true,
            env: t.env,
        }).catch(() => undefined);
    }
}
async function buildWithDocker(o, dockerfile, args, refs, work, secretFlags) {
    const metadataFile = (0,external_node_path_.join)(work, 'metadata.json');
    const platforms = platformList(o);
    const buildArgs = buildArgFlags(args, o.env);
    const cmd = [
        'buildx',
        'build',
        '-f',
        dockerfile,
        '--provenance=false',
        '--metadata-file',
        metadataFile,
        ...buildArgs.flags,
        ...secretFlags,
        '--build-arg',
        `SOURCE_DATE_EPOCH=${o.source.epoch}`,
        ...Object.entries(o.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
        ...(o.target ? ['--target', o.target] : []),
        ...(platforms.length > 0 ? ['--platform', platforms.join(',')] : []),
        ...o.cacheFrom.flatMap((c) => ['--cache-from', c]),
        ...o.cacheTo.flatMap((c) => ['--cache-to', c]),
        ...refs.flatMap((r) => ['-t', r]),
        ...(o.push
            ? ['--push']
            : [
                '--output',
                `type=oci,dest=${o.output.endsWith('.tar') ? o.output : (0,external_node_path_.join)(o.output, 'image.tar')}`,
            ]),
        o.context,
    ];
    // docker reads credentials from its own config; credentials given as inputs are logged in the way
    // docker/login-action does it (password on stdin, never on the command line).
    const creds = await o.pool.credentialsFor(o.image.registry);
    if (creds?.source.startsWith('inputs')) {
        await (0,exec/* exec */.m0)('docker', ['login', o.image.registry, '--username', creds.username, '--password-stdin'], {
            input: creds.password,
            signal: o.signal,
        });
    }
    await runBuilder('docker', cmd, { env: buildArgs.env, stream: true, signal: o.signal });
    const meta = JSON.parse((0,external_node_fs_.readFileSync)(metadataFile, 'utf8'));
    const digest = meta['containerimage.digest'] ?? '';
    if (!(0,reference/* isDigest */.Bc)(digest))
        throw new errors/* UserError */.yo(`docker buildx wrote no image digest to ${metadataFile}`);
    return digest;
}

// EXTERNAL MODULE: ./packages/oci/src/dockerfile/generate.ts
var generate = __webpack_require__(421);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
;// CONCATENATED MODULE: ./packages/oci/src/dockerfile/parse.ts
/*
 * A Dockerfile reader that keeps line numbers: enough of the BuildKit frontend's rules (parser
 * directives, escape character, line continuations, comments, heredocs) to find syntax errors before a
 * builder runs, and to list stages, their ARGs and dependencies for the build-arg cross-check.
 * Kept instead of dockerfile-ast (VS Code's Docker support), measured in bench/libraries.ts: it is a tolerant
 * editor parser with no diagnostics (0 of our 9 syntax-error fixtures reported; dockerfile-utils lints),
 * reads `ARG A B C` as one ARG A with the value "B C" (our generated Dockerfile declares TARGETOS TARGETARCH
 * TARGETVARIANT that way), parses our fixtures ~11× slower and adds ~97 KiB (+~90 ms start-up) to the bundle.
 */


const INSTRUCTIONS = [
    'ADD',
    'ARG',
    'CMD',
    'COPY',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'FROM',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'RUN',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR',
];
class DockerfileSyntaxError extends errors/* UserError */.yo {
    constructor(file, line, message, hint) {
        super(`${file}:${line}: ${message}`, { location: { file, line }, hint });
        this.name = 'DockerfileSyntaxError';
    }
}
const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NEEDS_ARGS = new Set(INSTRUCTIONS.filter((i) => i !== 'HEALTHCHECK'));
/** Splits the logical lines, honouring `# escape=` and heredocs (`RUN <<EOF … EOF`). */
function logicalLines(text, file) {
    const lines = text.split(/\r?\n/);
    let escapeChar = '\\';
    let i = 0;
    // Parser directives: only at the very top, before any instruction, comment or blank line.
    for (; i < lines.length; i++) {
        const m = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/.exec(lines[i]);
        if (!m)
            break;
        if (m[1].toLowerCase() === 'escape') {
            if (m[2] !== '\\' && m[2] !== '`')
                throw new DockerfileSyntaxError(file, i + 1, `invalid escape directive '${m[2]}'`, 'Use # escape=\\ or # escape=`');
            escapeChar = m[2];
        }
    }
    const out = [];
    while (i < lines.length) {
        const raw = lines[i];
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#')) {
            i++;
            continue;
        }
        const start = i;
        let text = '';
        let current = raw;
        for (;;) {
            const t = current.replace(/\s+$/, '');
            if (t.endsWith(escapeChar)) {
                text += `${t.slice(0, -1)} `;
                i++;
                // comment and blank lines inside a continuation are dropped, as BuildKit does
                while (i < lines.length && (lines[i].trim().startsWith('#') || lines[i].trim() === ''))
                    i++;
                if (i >= lines.length)
                    break;
                current = lines[i];
                continue;
            }
            text += t;
            break;
        }
        const m = /^\s*(\S+)\s*(.*)$/s.exec(text);
        const keyword = m[1].toUpperCase();
        const args = m[2].trim();
        let end = i;
        // Heredocs: the body lines up to the terminator belong to this instruction.
        if (['RUN', 'COPY', 'ADD'].includes(keyword)) {
            const re = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
            for (let h = re.exec(args); h; h = re.exec(args)) {
                const stripTabs = h[1] === '-';
                const terminator = h[3];
                end++;
                while (end < lines.length &&
                    (stripTabs ? lines[end].replace(/^\t+/, '') : lines[end]) !== terminator)
                    end++;
                if (end >= lines.length) {
                    throw new DockerfileSyntaxError(file, start + 1, `heredoc <<${terminator} is never terminated`, `Add a line containing only ${terminator}.`);
                }
            }
        }
        out.push({ keyword, args, line: start + 1, endLine: end + 1 });
        i = end + 1;
    }
    return out;
}
function unquote(v) {
    return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}
/** Dockerfile variable expansion in FROM: $VAR, ${VAR}, ${VAR:-default}, ${VAR:+alt}. */
function expandVariables(text, vars) {
    return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, braced, op, word, bare) => {
        const name = braced ?? bare;
        const value = vars.get(name) ?? '';
        if (op === '-')
            return value === '' ? word : value;
        if (op === '+')
            return value === '' ? '' : word;
        return value;
    });
}
function parseArgs(ins, file, stage) {
    return ins.args.split(/\s+/).map((word) => {
        const eq = word.indexOf('=');
        const name = eq < 0 ? word : word.slice(0, eq);
        if (!ARG_NAME.test(name))
            throw new DockerfileSyntaxError(file, ins.line, `ARG name '${name}' is not valid`, 'ARG names are letters, digits and _, not starting with a digit.');
        return {
            name,
            hasDefault: eq >= 0,
            value: eq >= 0 ? unquote(word.slice(eq + 1)) : undefined,
            line: ins.line,
            stage,
        };
    });
}
function fromFlags(args) {
    const words = args.split(/\s+/).filter((w) => !w.startsWith('--'));
    const [image = '', ...rest] = words;
    if (rest.length === 2 && rest[0].toUpperCase() === 'AS')
        return { image, name: rest[1].toLowerCase(), rest: [] };
    return { image, rest };
}
function parseDockerfile(text, file = 'Dockerfile') {
    const instructions = logicalLines(text, file);
    const globalArgs = [];
    const stages = [];
    for (const ins of instructions) {
        if (!INSTRUCTIONS.includes(ins.keyword)) {
            const close = INSTRUCTIONS.map((k) => ({ k, d: (0,mod/* distance */.Io)(k, ins.keyword) })).sort((a, b) => a.d - b.d)[0];
            throw new DockerfileSyntaxError(file, ins.line, `unknown instruction '${ins.keyword}'`, close.d <= 2 ? `Did you mean ${close.k}?` : `Instructions are ${INSTRUCTIONS.join(', ')}.`);
        }
        if (NEEDS_ARGS.has(ins.keyword) && ins.args === '') {
            throw new DockerfileSyntaxError(file, ins.line, `${ins.keyword} requires at least one argument`);
        }
        if (ins.keyword === 'FROM') {
            const { image, name, rest } = fromFlags(ins.args);
            if (!image || rest.length > 0) {
                throw new DockerfileSyntaxError(file, ins.line, `FROM expects 'FROM [--platform=…] <image> [AS <name>]', got 'FROM ${ins.args}'`);
            }
            if (name && !/^[a-z][a-z0-9._-]*$/.test(name))
                throw new DockerfileSyntaxError(file, ins.line, `stage name '${name}' is not valid`);
            const dependsOn = stages.some((s) => s.name === image.toLowerCase()) ? [image.toLowerCase()] : [];
            stages.push({ index: stages.length, name, image, line: ins.line, args: [], dependsOn });
            continue;
        }
        const stage = stages[stages.length - 1];
        if (!stage) {
            if (ins.keyword !== 'ARG') {
                throw new DockerfileSyntaxError(file, ins.line, `${ins.keyword} before the first FROM`, 'Only ARG may come before the first FROM.');
            }
            globalArgs.push(...parseArgs(ins, file, -1));
            continue;
        }
        if (ins.keyword === 'ARG')
            stage.args.push(...parseArgs(ins, file, stage.index));
        if (ins.keyword === 'ENV' && !ins.args.includes('=') && ins.args.split(/\s+/).length < 2) {
            throw new DockerfileSyntaxError(file, ins.line, `ENV needs a value: 'ENV ${ins.args}'`, 'Write ENV NAME=value.');
        }
        for (const m of ins.args.matchAll(/--(?:from|mount=[^\s]*?from)=([^\s,]+)/g))
            stage.dependsOn.push(m[1].toLowerCase());
    }
    if (stages.length === 0)
        throw new DockerfileSyntaxError(file, Math.max(1, instructions.length ? instructions[instructions.length - 1].line : 1), 'no FROM instruction', 'A Dockerfile needs at least one FROM.');
    return { file, instructions, globalArgs, stages };
}
/** Build args every builder knows without an ARG line (proxies, platform, SOURCE_DATE_EPOCH). */
const PREDEFINED_ARGS = new Set([
    'HTTP_PROXY',
    'http_proxy',
    'HTTPS_PROXY',
    'https_proxy',
    'FTP_PROXY',
    'ftp_proxy',
    'NO_PROXY',
    'no_proxy',
    'ALL_PROXY',
    'all_proxy',
    'TARGETPLATFORM',
    'TARGETOS',
    'TARGETARCH',
    'TARGETVARIANT',
    'BUILDPLATFORM',
    'BUILDOS',
    'BUILDARCH',
    'BUILDVARIANT',
    'SOURCE_DATE_EPOCH',
]);
/** Stages built for `target` (the last stage when none): it and everything it depends on. */
function stagesFor(df, target) {
    const byRef = (ref) => df.stages.find((s) => s.name === ref || String(s.index) === ref);
    const last = target ? byRef(target.toLowerCase()) : df.stages[df.stages.length - 1];
    if (!last)
        return [];
    const seen = new Set();
    const visit = (s) => {
        if (seen.has(s))
            return;
        seen.add(s);
        for (const d of s.dependsOn) {
            const dep = byRef(d);
            if (dep)
                visit(dep);
        }
    };
    visit(last);
    return df.stages.filter((s) => seen.has(s));
}
function checkBuildArgs(df, passed, target) {
    const built = stagesFor(df, target);
    const declared = new Set([...df.globalArgs, ...df.stages.flatMap((s) => s.args)].map((a) => a.name));
    const given = new Set(passed);
    const undeclared = [...given].filter((n) => !declared.has(n) && !PREDEFINED_ARGS.has(n));
    // `ARG X` inside a stage takes the value of a global `ARG X=default`.
    const globalDefaults = new Set(df.globalArgs.filter((a) => a.hasDefault).map((a) => a.name));
    const unset = [...df.globalArgs, ...built.flatMap((s) => s.args)].filter((a) => !a.hasDefault &&
        !given.has(a.name) &&
        !PREDEFINED_ARGS.has(a.name) &&
        (a.stage === -1 || !globalDefaults.has(a.name)));
    return { undeclared, unset };
}

// EXTERNAL MODULE: ./packages/oci/src/dockerfile/secrets.ts
var secrets = __webpack_require__(7481);
;// CONCATENATED MODULE: ./packages/oci/src/dockerfile/build.ts
/*
 * The Dockerfile backend: pick the builder that works on this machine (docker buildx with a running
 * engine, else buildah, else podman), generate the Dockerfile when asked, check it (syntax with file:line,
 * ARG vs build-args) before anything runs, build, push every tag, and read the digest back from the
 * builder and from the registry so the digest output is never empty when something was pushed.
 */










/** The platform a builder targets by default: the runner's own. */
function hostPlatform() {
    const arch = {
        x64: 'amd64',
        arm64: 'arm64',
        arm: 'arm',
        ppc64: 'ppc64le',
        s390x: 's390x',
        ia32: '386',
    };
    return `linux/${arch[process.arch] ?? process.arch}`;
}
function displayPath(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? path : rel;
}
/** Resolves which Dockerfile to use, writing a generated one into tempDir (never into the context). */
function prepareDockerfile(o) {
    const ctxFile = (0,external_node_path_.join)(o.context, 'Dockerfile');
    if (o.dockerfile !== 'generate' && (o.dockerfile !== '' || (0,external_node_fs_.existsSync)(ctxFile))) {
        const path = o.dockerfile === ''
            ? ctxFile
            : (0,external_node_path_.isAbsolute)(o.dockerfile)
                ? o.dockerfile
                : (0,external_node_path_.resolve)(o.context, o.dockerfile);
        if (!(0,external_node_fs_.existsSync)(path)) {
            throw new errors/* UserError */.yo(`Input 'dockerfile': ${path} does not exist`, {
                hint: "Give a path relative to the context, or 'generate' for a generated Dockerfile.",
            });
        }
        return {
            path,
            // Annotations link to files relative to the repository root (the workspace).
            display: displayPath(o.workspace ?? process.cwd(), path),
            text: (0,external_node_fs_.readFileSync)(path, 'utf8'),
            generated: false,
        };
    }
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(o.context, 'go.mod'))) {
        throw new errors/* UserError */.yo(`Input 'context': ${o.context} has no go.mod, so no Dockerfile can be generated`, {
            hint: 'Point context at the Go module, or give a dockerfile.',
        });
    }
    const goVersion = o.goVersion ?? (0,generate/* goVersionFromModule */.vB)(o.context);
    if (!goVersion)
        throw new errors/* UserError */.yo(`${(0,external_node_path_.join)(o.context, 'go.mod')} has no go line`, {
            hint: "Add 'go 1.22' to go.mod, or set the go-version input.",
        });
    const text = (0,generate/* generateDockerfile */.wN)({
        goVersion,
        package: o.goPackage,
        binaryName: o.binaryName ??
            (o.goPackage.replace(/\/+$/, '') !== '.' ? (0,external_node_path_.basename)(o.goPackage) : undefined) ??
            (0,generate/* binaryNameFromModule */.Zt)(o.context) ??
            (0,external_node_path_.basename)((0,external_node_path_.resolve)(o.context)),
        port: o.port ?? 8080,
        portEnv: o.portEnv,
        runtime: o.runtime,
        hasGoSum: (0,external_node_fs_.existsSync)((0,external_node_path_.join)(o.context, 'go.sum')),
        netrcSecret: o.secrets.has('netrc') || Boolean(o.secretFiles?.has('netrc')),
    });
    (0,external_node_fs_.mkdirSync)(o.tempDir, { recursive: true });
    const path = (0,external_node_path_.join)(o.tempDir, 'Dockerfile');
    (0,external_node_fs_.writeFileSync)(path, text);
    return { path, display: path, text, generated: true };
}
/** The build args we add: the ldflags (same composition as go-build-ldflags) and the port, when declared. */
function goshipBuildArgs(o, declared) {
    const out = new Map();
    const inject = o.inject ?? {
        'main.version': o.source.version,
        'main.commit': o.source.commit,
        'main.date': o.source.commitTime,
        ...(o.port !== undefined ? { 'main.port': String(o.port) } : {}),
    };
    const { ldflags } = (0,src_ldflags/* composeLdflags */.eB)({
        inject: Object.entries(inject).map(([name, value]) => ({ name, value })),
        extra: o.ldflags,
    });
    if (declared.has(generate/* LDFLAGS_ARG */.vU))
        out.set(generate/* LDFLAGS_ARG */.vU, ldflags);
    if (declared.has('APP_PORT') && o.port !== undefined)
        out.set('APP_PORT', String(o.port));
    if (declared.has('VERSION'))
        out.set('VERSION', o.source.version);
    return out;
}
/** Registries an image build talks to: the target, FROM images, and images named in build args. */
function registriesInvolved(o, fromImages, args) {
    const regs = new Set([o.image.registry]);
    for (const text of [...fromImages, ...args.values()]) {
        if (text.includes('$') || text === 'scratch')
            continue;
        try {
            regs.add((0,reference/* parseReference */.F2)(text).registry);
        }
        catch {
            // not an image reference
        }
    }
    return [...regs];
}
async function buildDockerfile(o) {
    const df = prepareDockerfile(o);
    const parsed = parseDockerfile(df.text, df.display);
    const declared = new Set([...parsed.globalArgs, ...parsed.stages.flatMap((s) => s.args)].map((a) => a.name));
    const args = new Map([...goshipBuildArgs(o, declared), ...o.buildArgs]);
    if (o.target && !parsed.stages.some((s) => s.name === o.target.toLowerCase())) {
        throw new errors/* UserError */.yo(`Input 'target': stage '${o.target}' is not in ${df.display} (stages: ${parsed.stages.map((s) => s.name ?? s.index).join(', ')})`);
    }
    const report = checkBuildArgs(parsed, o.buildArgs.keys(), o.target);
    const unsetReport = report.unset.filter((a) => !args.has(a.name));
    const problems = [
        ...report.undeclared.map((n) => new errors/* UserError */.yo(`build-arg ${n} is passed but ${df.display} declares no ARG ${n}; the builder ignores it`, { location: { file: df.display } })),
        ...unsetReport.map((a) => new errors/* UserError */.yo(`ARG ${a.name} has no default and is not passed in build-args; it expands to an empty string`, { location: { file: df.display, line: a.line } })),
    ];
    if (problems.length > 0) {
        if (o.strict)
            throw (0,errors/* aggregate */.QD)(problems, `build-args and ${df.display} disagree (strict: true)`);
        for (const p of problems)
            o.warn?.(p.message, p.location);
    }
    (0,secrets/* checkSecretMounts */.Bm)(o, df.text, df.display);
    await checkFromImages(o, parsed, args);
    const builder = await detectBuilder(o.builder);
    o.log(`builder: ${builder}${df.generated ? `; generated Dockerfile at ${df.path}` : ''}`);
    const fromImages = parsed.stages.map((s) => s.image);
    const registries = registriesInvolved(o, fromImages, args);
    (0,external_node_fs_.mkdirSync)(o.tempDir, { recursive: true });
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(o.tempDir, 'build-'));
    try {
        const env = await builderEnvironment(o, registries, work);
        const secretFlags = (0,secrets/* writeSecrets */.Pl)(o.secrets, work, o.secretFiles);
        const tags = o.tags.length > 0 ? o.tags : [`sha-${o.source.shortCommit}`];
        const refs = tags.map((t) => `${(0,reference/* repositoryName */.aR)(o.image)}:${t}`);
        if (builder === 'docker')
            await o.beforePush?.(undefined, 'docker buildx builds and pushes in one step, so the image cannot be unpacked before the push without the Docker daemon');
        const digest = builder === 'docker'
            ? await buildWithDocker(o, df.path, args, refs, work, secretFlags)
            : await buildWithContainersTools(builder, o, df.path, args, refs, tags, work, env, secretFlags);
        const perPlatform = o.push ? await describePushed(o, digest) : [];
        return {
            digest,
            platforms: perPlatform.length > 0
                ? perPlatform.map((p) => p.platform)
                : o.platforms.length > 0
                    ? o.platforms.map(media/* formatPlatform */.Bq)
                    : [hostPlatform()],
            perPlatform,
            output: o.push ? undefined : o.output,
            builder,
            dockerfile: df.path,
            generated: df.generated,
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
/**
 * The FROM images of the stages that are built, resolved with the build args and ARG defaults, must
 * exist: a missing base is reported at its FROM line before the builder pulls anything. A registry we
 * cannot reach is left to the builder (the image may be in its local store).
 */
async function checkFromImages(o, df, args) {
    const vars = new Map();
    for (const a of df.globalArgs)
        if (a.value !== undefined)
            vars.set(a.name, a.value);
    for (const [k, v] of args)
        vars.set(k, v);
    const stageNames = new Set(df.stages.flatMap((s) => (s.name ? [s.name] : [])));
    const checks = stagesFor(df, o.target).map(async (stage) => {
        const image = expandVariables(stage.image, vars);
        if (image === 'scratch' || stageNames.has(image.toLowerCase()))
            return;
        let ref;
        try {
            ref = (0,reference/* parseReference */.F2)(image);
        }
        catch (e) {
            throw new errors/* UserError */.yo(`FROM ${stage.image} resolves to '${image}', which is not an image reference: ${e.message}`, {
                location: { file: df.file, line: stage.line },
                hint: image === '' ? 'Pass the build arg it uses, or give the ARG a default.' : undefined,
            });
        }
        const client = o.pool.client(ref.registry);
        try {
            await client.ping();
        }
        catch {
            return;
        }
        // Credentials the builder has (its own auth file) may be ones we lack: leave auth failures to it.
        const found = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest').catch((e) => {
            if (e instanceof RegistryAuthError)
                return true;
            throw e;
        });
        if (!found) {
            throw new errors/* UserError */.yo(`Base image ${image} (FROM ${stage.image}) does not exist in registry ${ref.registry}`, {
                location: { file: df.file, line: stage.line },
                hint: 'Check the image name and tag, or point the build arg at an image that exists.',
            });
        }
    });
    const results = await Promise.allSettled(checks);
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    if (failed.length > 0)
        throw (0,errors/* aggregate */.QD)(failed, 'Base images of the Dockerfile are missing');
}
/** Reads the pushed image back from the registry: proves the digest exists and gives per-platform sizes. */
async function describePushed(o, digest) {
    const client = o.pool.client(o.image.registry);
    const top = await client.getManifest(o.image.repository, digest);
    if (!top)
        throw new errors/* UserError */.yo(`The builder reported ${digest}, but ${(0,reference/* repositoryName */.aR)(o.image)} has no such manifest`);
    const body = JSON.parse(top.body.toString('utf8'));
    const entries = media/* INDEX_TYPES */.V.includes(top.mediaType)
        ? body.manifests
        : [{ digest, platform: undefined }];
    const out = [];
    for (const e of entries) {
        const m = e.digest === digest ? top : await client.getManifest(o.image.repository, e.digest);
        if (!m)
            continue;
        const manifest = JSON.parse(m.body.toString('utf8'));
        const cfg = JSON.parse((await client.getBlob(o.image.repository, manifest.config.digest)).toString('utf8'));
        const platform = e.platform
            ? (0,media/* formatPlatform */.Bq)(e.platform)
            : (0,media/* formatPlatform */.Bq)({ os: cfg.os, architecture: cfg.architecture, variant: cfg.variant });
        // The history entries that made a layer describe it (`COPY --from=builder /out/... /usr/local/bin/app`).
        const steps = (cfg.history ?? [])
            .filter((h) => !h.empty_layer)
            .map((h) => (h.created_by ?? '').replace(/^\/bin\/sh -c (#\(nop\) )?/, '').trim());
        out.push({
            platform,
            digest: m.digest,
            size: manifest.config.size + manifest.layers.reduce((n, l) => n + l.size, 0),
            layers: manifest.layers.map((l, i) => ({
                digest: l.digest,
                size: l.size,
                description: (steps[i] || `layer ${i + 1}`).slice(0, 120),
            })),
        });
    }
    return out;
}

// EXTERNAL MODULE: ./packages/oci/src/inputs.ts
var inputs = __webpack_require__(14904);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/oci/src/sandbox/user.ts
/*
 * The user an image's process runs as, resolved the way runc/containerd resolve the config's `User`:
 * `uid`, `uid:gid`, `name`, `name:group` (any side numeric or a name). A numeric uid needs no file; its
 * gid, when not given, is the passwd entry's, else 0. A name is looked up in the image's own /etc/passwd
 * or /etc/group (never the host's); one that is not there is an error naming it and the file. Empty → root.
 * Supplementary groups are not taken from /etc/group: the sandbox clears them.
 */



/** `name:x:uid:gid:…` lines (comments, blanks and malformed lines skipped). */
function parsePasswd(text) {
    return text.split('\n').flatMap((line) => {
        const f = line.split(':');
        if (line.startsWith('#') || f.length < 4 || !isId(f[2]) || !isId(f[3]))
            return [];
        return [{ name: f[0], uid: Number(f[2]), gid: Number(f[3]) }];
    });
}
/** `name:x:gid:members` lines. */
function parseGroup(text) {
    return text.split('\n').flatMap((line) => {
        const f = line.split(':');
        if (line.startsWith('#') || f.length < 3 || !isId(f[2]))
            return [];
        return [{ name: f[0], gid: Number(f[2]) }];
    });
}
const MAX_ID = 2 ** 32 - 2; // (uid_t)-1 means "unchanged" to setuid
const isId = (s) => /^\d{1,10}$/.test(s) && Number(s) <= MAX_ID;
/**
 * Resolves `User` against the image's passwd and group texts (undefined: the file is absent).
 * `where` names the image in errors (`the linux/amd64 image`).
 */
function resolveUser(spec, files, where = 'the image') {
    const trimmed = spec.trim();
    if (trimmed === '')
        return { uid: 0, gid: 0, spec, name: 'root' };
    const [userPart, groupPart, ...rest] = trimmed.split(':');
    if (rest.length > 0 || userPart === '' || groupPart === '')
        throw new errors/* UserError */.yo(`${where}'s User '${spec}' is not user, uid, user:group or uid:gid.`, {
            hint: 'Write USER as a name or number, optionally followed by :group (USER 65532:65532, USER nonroot).',
        });
    const passwd = files.passwd === undefined ? undefined : parsePasswd(files.passwd);
    let uid;
    let gid;
    let name;
    if (isId(userPart)) {
        uid = Number(userPart);
        const entry = passwd?.find((e) => e.uid === uid);
        name = entry?.name;
        gid = entry?.gid ?? 0;
    }
    else {
        if (passwd === undefined)
            throw new errors/* UserError */.yo(`${where} runs as user '${userPart}' (User '${spec}'), but it has no /etc/passwd to look the name up in.`, { hint: 'Use a numeric USER (USER 65532:65532), or add an /etc/passwd with that user to the image.' });
        const entry = passwd.find((e) => e.name === userPart);
        if (!entry)
            throw new errors/* UserError */.yo(`${where} runs as user '${userPart}' (User '${spec}'), but its /etc/passwd has no such user (it has ${passwd.map((e) => e.name).join(', ') || 'no entries'}).`, {
                hint: 'A container runtime refuses to start it the same way: add the user to /etc/passwd, or use a numeric USER.',
            });
        uid = entry.uid;
        gid = entry.gid;
        name = entry.name;
    }
    if (groupPart !== undefined) {
        if (isId(groupPart))
            gid = Number(groupPart);
        else {
            if (files.group === undefined)
                throw new errors/* UserError */.yo(`${where} runs as group '${groupPart}' (User '${spec}'), but it has no /etc/group to look the name up in.`, {
                    hint: 'Use a numeric group (USER 65532:65532), or add an /etc/group with that group to the image.',
                });
            const groups = parseGroup(files.group);
            const entry = groups.find((g) => g.name === groupPart);
            if (!entry)
                throw new errors/* UserError */.yo(`${where} runs as group '${groupPart}' (User '${spec}'), but its /etc/group has no such group (it has ${groups.map((g) => g.name).join(', ') || 'no entries'}).`, {
                    hint: 'A container runtime refuses to start it the same way: add the group to /etc/group, or use a numeric gid.',
                });
            gid = entry.gid;
        }
    }
    return { uid, gid, spec, ...(name !== undefined ? { name } : {}) };
}
/** `65532:65532`, or `nonroot (65532:65532)` when the user has a name. */
function describeUser(u) {
    return u.name ? `${u.name} (${u.uid}:${u.gid})` : `${u.uid}:${u.gid}`;
}
/**
 * A path inside an unpacked image root, resolved on the host with every symlink taken relative to that
 * root (an image's `/etc/passwd -> /etc/shadow` must not read the host's file). Undefined when absent.
 */
function pathInRoot(root, path) {
    let parts = external_node_path_.posix.normalize(`/${path}`).split('/').filter(Boolean);
    let done = [];
    for (let hops = 0; parts.length > 0;) {
        const part = parts.shift();
        if (part === '.')
            continue;
        if (part === '..') {
            done.pop();
            continue;
        }
        const host = (0,external_node_path_.join)(root, ...done, part);
        let st;
        try {
            st = (0,external_node_fs_.lstatSync)(host);
        }
        catch {
            return undefined;
        }
        if (st.isSymbolicLink()) {
            if (++hops > 40)
                return undefined; // ELOOP
            const target = (0,external_node_fs_.readlinkSync)(host);
            if (target.startsWith('/'))
                done = [];
            parts = [...target.split('/').filter(Boolean), ...parts];
            continue;
        }
        done.push(part);
    }
    return (0,external_node_path_.join)(root, ...done);
}
/** The image's /etc/passwd and /etc/group (undefined when absent), read inside its root. */
function imageUserFiles(root) {
    const read = (p) => {
        const host = pathInRoot(root, p);
        try {
            return host === undefined ? undefined : (0,external_node_fs_.readFileSync)(host, 'utf8');
        }
        catch {
            return undefined;
        }
    };
    return { passwd: read('/etc/passwd'), group: read('/etc/group') };
}
/** Whether the mode's x bit applies to the user (owner, group, other); root: any x bit (dirs always). */
function mayExecute(m, u) {
    if (u.uid === 0)
        return m.type === 'dir' || (m.mode & 0o111) !== 0;
    const shift = m.uid === u.uid ? 6 : m.gid === u.gid ? 3 : 0;
    return ((m.mode >> shift) & 1) !== 0;
}
const describeMode = (m) => `mode ${(m.mode & 0o7777).toString(8).padStart(4, '0')}, owned by ${m.uid}:${m.gid}`;
/** A directory the layers never named was made by the unpacker as a runtime makes it: 0755, root's. */
const IMPLICIT_DIR = { uid: 0, gid: 0, mode: 0o755, type: 'dir' };
/**
 * Why the user cannot execute `program` inside the unpacked root, as the kernel would decide it (search
 * permission on each directory, execute permission on the file), from the owners and modes the image's
 * layers state (`files`: on disk everything belongs to the sandbox's one user); undefined when nothing
 * denies it. Names the first path that denies.
 */
function executeDenial(root, program, u, files) {
    const parts = external_node_path_.posix.normalize(`/${program}`).split('/').filter(Boolean);
    const who = `user ${describeUser(u)}`;
    for (let i = 0; i <= parts.length; i++) {
        const inside = `/${parts.slice(0, i).join('/')}`;
        const host = pathInRoot(root, inside);
        if (host === undefined)
            return undefined;
        const resolved = host === root ? '/' : host.slice(root.length);
        const meta = files.get(resolved) ?? (i < parts.length ? IMPLICIT_DIR : undefined);
        if (meta === undefined)
            return undefined;
        if (i < parts.length) {
            if (meta.type === 'dir' && !mayExecute(meta, u))
                return `${who} cannot enter ${inside} (${describeMode(meta)}), on the way to ${program}`;
        }
        else if (!mayExecute(meta, u))
            return `${who} cannot execute ${program} (${describeMode(meta)})`;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./packages/oci/src/sandbox/runtime.ts
/*
 * The container the listening check runs an image's entrypoint in: runc, the OCI runtime under Docker,
 * containerd and Kubernetes (on GitHub's hosted runners it ships with Docker), given a bundle written
 * here. What runc is told to build (config.json) — the isolation, in runc's words:
 *  - namespaces: user, mount, pid, network (only a loopback), ipc, uts, cgroup;
 *  - a user namespace mapping only the image's user (and container root, which nothing runs as) to one
 *    unprivileged host user: never host uid 0;
 *  - `capabilities` empty (root images keep CAP_NET_BIND_SERVICE, as a runtime's defaults give them, to
 *    bind a port below 1024 inside their own network namespace), `noNewPrivileges`;
 *  - `root.readonly`, every mount `nosuid,nodev` (proc also `noexec`), a fresh `/proc` of the pid
 *    namespace, a tmpfs `/dev` holding only runc's default devices (null, zero, full, random, urandom,
 *    tty), tmpfs `/tmp`; `maskedPaths`/`readonlyPaths` as runc's own spec template has them;
 *  - a seccomp filter refusing the calls a port check never needs (keyrings, ptrace, bpf, mount, …);
 *  - `resources.pids` and `resources.memory` where runc runs as root (cgroups), `RLIMIT_NPROC` for the
 *    sandbox's own host user where that user is ours alone;
 *  - the process's environment is only the image's `Env` (and the declared port variable).
 * The whole tree dies with the check: runc kill + delete end the pid namespace's init, and the kernel
 * kills everything else in it (a setsid double-fork included). The container's output goes to pipes of
 * ours, never to the step's own streams.
 *
 * Where runc runs (`SandboxMode`):
 *  - `root`: the step is root; runc as root, the image's user mapped to a dedicated unprivileged host user
 *    that owns the unpacked files;
 *  - `sudo`: not root, password-less `sudo -n` available (GitHub's hosted runners, where Ubuntu 24.04's
 *    AppArmor also refuses unprivileged user namespaces): runc as root, the image's user mapped to the
 *    runner's uid, which owns the unpacked files;
 *  - `rootless`: not root, no sudo, unprivileged user namespaces allowed: runc rootless, only the runner's
 *    own uid mapped (as container root: the image's other users do not exist in it; see `userSwitch`).
 * None of these → the check is skipped with a notice, unless `listening-check: unsandboxed` (no isolation).
 */




const RUNC_PATHS = ['/usr/sbin/runc', '/usr/bin/runc', '/usr/local/sbin/runc', '/usr/local/bin/runc'];
const SUDO_PATHS = ['/usr/bin/sudo', '/bin/sudo'];
const sudoPath = () => SUDO_PATHS.find((p) => (0,external_node_fs_.existsSync)(p)) ?? 'sudo';
const UNSHARE = '/usr/bin/unshare';
/** How the check's process was isolated, for reports: `a runc sandbox (through sudo)`. */
function describeSandbox(mode) {
    switch (mode) {
        case 'root':
            return 'a runc sandbox';
        case 'sudo':
            return 'a runc sandbox (through sudo)';
        case 'rootless':
            return 'a rootless runc sandbox';
        case 'unsandboxed':
            return 'no sandbox (listening-check: unsandboxed)';
    }
}
/** The first host uid/gid of goship's sandbox users when the step is root (far above any login user). */
const SANDBOX_HOST_ID = 2_100_000_000;
let probed;
/** runc on PATH or where distributions put it. */
function findRunc() {
    // GOSHIP_RUNC names the runtime where it is not on PATH (a self-hosted runner's own build of runc).
    const named = process.env.GOSHIP_RUNC;
    if (named !== undefined)
        return (0,external_node_fs_.existsSync)(named) ? named : undefined;
    for (const dir of (process.env.PATH ?? '').split(':').filter(Boolean)) {
        const p = (0,external_node_path_.join)(dir, 'runc');
        if ((0,external_node_fs_.existsSync)(p))
            return p;
    }
    return RUNC_PATHS.find((p) => (0,external_node_fs_.existsSync)(p));
}
const runtime_works = (file, args) => (0,external_node_child_process_.spawnSync)(file, args, { stdio: 'ignore', timeout: 5000, env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' } })
    .status === 0;
/** Which sandbox this machine allows, found once. */
function availableSandbox() {
    if (probed)
        return probed;
    const runc = findRunc();
    if (!runc) {
        const named = process.env.GOSHIP_RUNC;
        probed = {
            reason: named !== undefined
                ? `no OCI runtime: GOSHIP_RUNC names ${named || "''"}, which does not exist`
                : 'no OCI runtime: runc is not installed (it ships with Docker on GitHub-hosted runners; on Debian/Ubuntu: apt-get install runc)',
        };
        return probed;
    }
    // Not root: runc through password-less sudo first (it can become the image's User, and gets cgroup
    // limits and the locked root mount), else rootless runc where user namespaces are allowed.
    if (process.getuid?.() === 0)
        probed = { mode: 'root', runc };
    else if (runtime_works(sudoPath(), ['-n', runc, '--version']))
        probed = { mode: 'sudo', runc };
    else if ((0,external_node_fs_.existsSync)(UNSHARE) &&
        runtime_works(UNSHARE, ['--user', '--map-root-user', '--mount', '--pid', '--fork', 'true']))
        probed = { mode: 'rootless', runc };
    else
        probed = {
            reason: 'the step is not root, password-less sudo is not available to run runc as root, and unprivileged user namespaces are refused (on Ubuntu 24.04: kernel.apparmor_restrict_unprivileged_userns=1)',
        };
    return probed;
}
/** Where the image's files and process live on the host, per mode. */
function sandboxHostIds(mode) {
    if (mode === 'root')
        return { uid: SANDBOX_HOST_ID, gid: SANDBOX_HOST_ID };
    return { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
}
/** The syscalls refused (EPERM) inside the sandbox: none of them is needed to open a port. */
const REFUSED_SYSCALLS = [
    'add_key',
    'bpf',
    'clock_adjtime',
    'clock_settime',
    'delete_module',
    'finit_module',
    'fsconfig',
    'fsmount',
    'fsopen',
    'fspick',
    'init_module',
    'io_uring_enter',
    'io_uring_register',
    'io_uring_setup',
    'kcmp',
    'kexec_file_load',
    'kexec_load',
    'keyctl',
    'lookup_dcookie',
    'mount',
    'mount_setattr',
    'move_mount',
    'name_to_handle_at',
    'open_by_handle_at',
    'open_tree',
    'perf_event_open',
    'pivot_root',
    'process_vm_readv',
    'process_vm_writev',
    'ptrace',
    'quotactl',
    'reboot',
    'request_key',
    'setns',
    'settimeofday',
    'swapoff',
    'swapon',
    'syslog',
    'umount2',
    'unshare',
    'userfaultfd',
    'uselib',
    'vhangup',
];
const MASKED = [
    '/proc/acpi',
    '/proc/asound',
    '/proc/kcore',
    '/proc/keys',
    '/proc/latency_stats',
    '/proc/timer_list',
    '/proc/timer_stats',
    '/proc/sched_debug',
    '/proc/scsi',
    '/sys/firmware',
];
const READONLY = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];
/** The OCI runtime spec (config.json) of the check's container. */
function containerConfig(c) {
    const host = sandboxHostIds(c.mode);
    // Container root must be mapped (runc requires it); when the image's user is another, root maps to a
    // host id that owns nothing (root mode: the next sandbox id; sudo: one nobody uses), never to 0.
    const idMap = (inside, hostId, spare) => inside === 0
        ? [{ containerID: 0, hostID: hostId, size: 1 }]
        : [
            { containerID: 0, hostID: spare, size: 1 },
            { containerID: inside, hostID: hostId, size: 1 },
        ];
    const spare = SANDBOX_HOST_ID + 1;
    const rootless = c.mode === 'rootless';
    const caps = c.uid === 0 && (c.imageRoot ?? true) ? ['CAP_NET_BIND_SERVICE'] : [];
    return {
        ociVersion: '1.0.2',
        process: {
            terminal: false,
            user: { uid: c.uid, gid: c.gid, additionalGids: [] },
            args: [...c.args],
            env: Object.entries(c.env).map(([k, v]) => `${k}=${v}`),
            cwd: c.cwd,
            capabilities: { bounding: caps, effective: caps, permitted: caps, inheritable: [], ambient: [] },
            rlimits: [
                { type: 'RLIMIT_NOFILE', hard: 4096, soft: 4096 },
                // Per host user: a pids limit only where that user is the sandbox's alone.
                ...(c.mode === 'root' ? [{ type: 'RLIMIT_NPROC', hard: 512, soft: 512 }] : []),
                { type: 'RLIMIT_CORE', hard: 0, soft: 0 },
            ],
            noNewPrivileges: true,
        },
        root: { path: c.rootfs, readonly: true },
        hostname: 'listening-check',
        mounts: [
            { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
            {
                destination: '/dev',
                type: 'tmpfs',
                source: 'tmpfs',
                options: ['nosuid', 'noexec', 'strictatime', 'mode=755', 'size=1m'],
            },
            {
                destination: '/dev/shm',
                type: 'tmpfs',
                source: 'shm',
                options: ['nosuid', 'noexec', 'nodev', 'mode=1777', 'size=16m'],
            },
            {
                destination: '/tmp',
                type: 'tmpfs',
                source: 'tmpfs',
                options: ['nosuid', 'nodev', 'mode=1777', 'size=64m'],
            },
        ],
        linux: {
            uidMappings: rootless ? [{ containerID: 0, hostID: host.uid, size: 1 }] : idMap(c.uid, host.uid, spare),
            gidMappings: rootless ? [{ containerID: 0, hostID: host.gid, size: 1 }] : idMap(c.gid, host.gid, spare),
            namespaces: ['pid', 'network', 'ipc', 'uts', 'mount', 'user', 'cgroup'].map((type) => ({ type })),
            maskedPaths: MASKED,
            readonlyPaths: READONLY,
            ...(rootless ? {} : { resources: { pids: { limit: 512 }, memory: { limit: 512 * 1024 ** 2 } } }),
            seccomp: {
                defaultAction: 'SCMP_ACT_ALLOW',
                architectures: [
                    'SCMP_ARCH_X86_64',
                    'SCMP_ARCH_X86',
                    'SCMP_ARCH_X32',
                    'SCMP_ARCH_AARCH64',
                    'SCMP_ARCH_ARM',
                ],
                syscalls: [{ names: REFUSED_SYSCALLS, action: 'SCMP_ACT_ERRNO', errnoRet: 1 }],
            },
        },
    };
}
/**
 * runc bind-mounts `root.path` as it finds it and only adds `ro`: where runc runs as root, it runs in a
 * mount namespace of its own in which the image root is first bound onto itself `ro,nosuid,nodev` (the
 * flags carry over to runc's bind and are locked in the container's user namespace); the mount goes with
 * the namespace. The script is constant: the root and the command come as "$1" and the rest.
 */
const LOCK_ROOT_MOUNT = 'mount --bind -- "$1" "$1" && mount -o remount,bind,ro,nosuid,nodev -- "$1" && shift && exec "$@"';
function runCommand(spec, [file, argv]) {
    if (spec.mode === 'rootless')
        return [file, argv];
    const inner = [
        UNSHARE,
        '--mount',
        '--propagation',
        'private',
        '--',
        '/bin/sh',
        '-c',
        LOCK_ROOT_MOUNT,
        'sh',
        spec.rootfs,
    ];
    // sudo -n -- runc … → sudo -n -- unshare … runc …
    return spec.mode === 'sudo'
        ? [file, [...argv.slice(0, 2), ...inner, ...argv.slice(2)]]
        : [inner[0], [...inner.slice(1), file, ...argv]];
}
/**
 * The directories runc mounts over, made in the image root beforehand: runc would make them as container
 * root, a host user that owns nothing there (only the image's user is mapped to the files' owner).
 */
function makeMountpoints(spec) {
    const owner = sandboxHostIds(spec.mode);
    for (const [dir, mode] of [
        ['proc', 0o555],
        ['dev', 0o755],
        ['tmp', 0o1777],
    ]) {
        if (pathInRoot(spec.rootfs, `/${dir}`) !== undefined)
            continue;
        const host = (0,external_node_path_.join)(spec.rootfs, dir);
        if (lstatOrUndefined(host))
            continue; // a dangling symlink: runc resolves it inside the root
        (0,external_node_fs_.mkdirSync)(host, { mode });
        (0,external_node_fs_.chmodSync)(host, mode);
        if (spec.mode === 'root')
            (0,external_node_fs_.lchownSync)(host, owner.uid, owner.gid);
    }
}
const lstatOrUndefined = (p) => {
    try {
        return (0,external_node_fs_.lstatSync)(p);
    }
    catch {
        return undefined;
    }
};
const RUNC_ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
let sequence = 0;
/**
 * Writes the bundle under `workDir` and starts `runc run` (foreground: runc stays the parent of the
 * image's processes and exits with their exit status).
 */
function startContainer(spec, runc, workDir) {
    const id = `goship-listening-${process.pid}-${++sequence}-${Date.now().toString(36)}`;
    const bundle = (0,external_node_path_.join)(workDir, 'bundle');
    const state = (0,external_node_path_.join)(workDir, 'state');
    const log = (0,external_node_path_.join)(workDir, 'runc.log');
    (0,external_node_fs_.mkdirSync)(bundle, { recursive: true });
    (0,external_node_fs_.mkdirSync)(state, { recursive: true, mode: 0o700 });
    makeMountpoints(spec);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(bundle, 'config.json'), JSON.stringify(containerConfig(spec)));
    // runc's own errors of `run` only (kill and delete of an exited container complain too, elsewhere).
    const runcArgs = (logFile, ...args) => [
        '--root',
        state,
        '--log',
        logFile,
        '--log-format',
        'json',
        ...args,
    ];
    const command = (logFile, ...args) => spec.mode === 'sudo'
        ? [sudoPath(), ['-n', '--', runc, ...runcArgs(logFile, ...args)]]
        : [runc, runcArgs(logFile, ...args)];
    const [file, argv] = runCommand(spec, command(log, 'run', '--bundle', bundle, id));
    const child = (0,external_node_child_process_.spawn)(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: RUNC_ENV, detached: true });
    let destroyed;
    const sync = (...args) => {
        const [f, a] = command((0,external_node_path_.join)(workDir, 'runc-cleanup.log'), ...args);
        (0,external_node_child_process_.spawnSync)(f, a, { stdio: 'ignore', timeout: 10_000, env: RUNC_ENV });
    };
    // A runner that ends the step (timeout, cancel) ends this process: the container must not outlive it.
    const onExit = () => sync('delete', '--force', id);
    process.once('exit', onExit);
    return {
        child,
        destroy() {
            destroyed ??= (async () => {
                sync('kill', id, 'KILL');
                const exited = child.exitCode !== null || child.signalCode !== null
                    ? Promise.resolve()
                    : new Promise((r) => child.once('exit', () => r()));
                await Promise.race([exited, new Promise((r) => setTimeout(r, 3000).unref())]);
                sync('delete', '--force', id);
                if (child.exitCode === null && child.signalCode === null)
                    child.kill('SIGKILL');
                // Every process holding the pipes is dead now; close our ends whatever is left in them.
                child.stdout?.destroy();
                child.stderr?.destroy();
                process.removeListener('exit', onExit);
            })();
            return destroyed;
        },
        runtimeError() {
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)(log, 'utf8');
            }
            catch {
                return undefined;
            }
            const errors = text
                .split('\n')
                .flatMap((line) => {
                try {
                    const e = JSON.parse(line);
                    return e.level === 'error' || e.level === 'fatal' ? [e.msg ?? ''] : [];
                }
                catch {
                    return [];
                }
            })
                .filter(Boolean);
            return errors.length > 0 ? errors.join('; ') : undefined;
        },
    };
}

// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./packages/oci/src/sandbox/unpack.ts
/*
 * Unpacks an image's layers (bottom first) into a directory the listening check runs the image from. The
 * layers come from whoever made the base image, so nothing in them may reach outside that directory or
 * into the kernel:
 *  - every path is resolved *inside* the root, component by component, the way containerd applies a layer
 *    (a parent that is a symlink is followed with `/` meaning the root, `..` stops at the root): layer 1's
 *    `evil -> /etc` and layer 2's `evil/file` write `<root>/etc/file`, never the host's /etc;
 *  - the last component is never followed: an existing symlink there is replaced, files are opened with
 *    O_NOFOLLOW|O_EXCL;
 *  - character and block devices and FIFOs are dropped (and counted), set-uid/set-gid bits cleared;
 *  - whiteouts (`.wh.<name>`, `.wh..wh..opq`) must name one entry of their own directory: `.wh..`,
 *    `.wh...` or `.wh.` make the layer malformed (an error), they never remove the root or its parent;
 *  - hard links must name an existing file inside the root;
 *  - sizes are capped per entry, in total and in number of entries (a gzip bomb stops at the cap).
 * Nothing of the image runs while this writes (the sandbox starts afterwards), so checking then writing is
 * not racy. Owners and modes as the image states them are kept in `FileTable` (the permission check reads
 * them there); on disk every entry belongs to the one host user the sandbox maps the image's user to.
 * Kept instead of `tar -x` (which follows a symlink that an earlier layer left on disk) with tar-stream for
 * the format (pax, GNU long names), and instead of umoci/containerd, which are not on a runner.
 */









/** Far above any service image (a Debian base is ~120 MB unpacked), far below a full disk. */
const LAYER_LIMITS = {
    maxEntryBytes: 2 * 1024 ** 3,
    maxTotalBytes: 4 * 1024 ** 3,
    maxEntries: 500_000,
};
/** A layer that cannot be applied safely: names the layer and the entry. */
class UnsafeLayerError extends errors/* UserError */.yo {
    constructor(layer, entry, problem) {
        super(`Layer ${layer + 1} of the image: entry '${entry}' ${problem}; the listening check did not run it.`, {
            hint: 'The image (or its base image) carries a malformed layer: rebuild it from a trusted base image.',
        });
        this.name = 'UnsafeLayerError';
    }
}
/** Linux's limit on symlinks followed while resolving one path (ELOOP past it). */
const MAX_SYMLINK_HOPS = 40;
/** `a/./b/../c`, `/a`, `../../a` → `/a/c`, `/a`, `/a`: a path inside the image, `..` stopping at `/`. */
function imagePath(name) {
    return external_node_path_.posix.normalize(`/${name}`).replace(/\/+$/, '') || '/';
}
const components = (p) => p.split('/').filter((c) => c !== '' && c !== '.');
/**
 * The host path of an image path's *directory* part, every symlink on the way followed inside `root`.
 * Missing directories are created (0755, as a runtime does); a component that is not a directory throws.
 */
async function resolveDir(root, dir, create) {
    let todo = components(dir);
    let done = [];
    for (let hops = 0; todo.length > 0;) {
        const part = todo.shift();
        if (part === '..') {
            done.pop();
            continue;
        }
        const host = (0,external_node_path_.join)(root, ...done, part);
        let st;
        try {
            st = await (0,external_node_fs_promises_.lstat)(host);
        }
        catch {
            st = undefined;
        }
        if (st === undefined) {
            await create(host, `/${[...done, part].join('/')}`);
            done.push(part);
        }
        else if (st.isSymbolicLink()) {
            if (++hops > MAX_SYMLINK_HOPS)
                throw new Error('too many levels of symbolic links');
            const target = await (0,external_node_fs_promises_.readlink)(host);
            if (target.startsWith('/'))
                done = [];
            todo = [...components(target), ...todo];
        }
        else if (st.isDirectory())
            done.push(part);
        else
            throw new Error(`/${[...done, part].join('/')} is not a directory`);
    }
    return { host: (0,external_node_path_.join)(root, ...done), inside: `/${done.join('/')}` };
}
/** Decompresses by magic number: gzip, zstd (Node's zlib where it has it, else the zstd program), or plain tar. */
function decompressed(file) {
    const magic = Buffer.alloc(4);
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        (0,external_node_fs_.readSync)(fd, magic, 0, 4, 0);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    if (magic[0] === 0x1f && magic[1] === 0x8b)
        return [(0,external_node_fs_.createReadStream)(file), (0,external_node_zlib_.createGunzip)()];
    if (magic.readUInt32LE(0) !== 0xfd2fb528)
        return [(0,external_node_fs_.createReadStream)(file)];
    const z = external_node_zlib_;
    if (z.createZstdDecompress)
        return [(0,external_node_fs_.createReadStream)(file), z.createZstdDecompress()];
    const proc = (0,external_node_child_process_.spawn)('zstd', ['-d', '-c', '--', file], { stdio: ['ignore', 'pipe', 'ignore'] });
    proc.on('error', (e) => proc.stdout.destroy(e));
    return [proc.stdout];
}
/**
 * Applies `layers` (tar, tar+gzip or tar+zstd files, bottom first) to the empty directory `root`.
 * Throws UnsafeLayerError for a layer that cannot be applied inside the root, or that passes a cap.
 */
async function unpackLayers(layers, root, o = {}) {
    const own = async (host) => {
        if (o.owner)
            await (0,external_node_fs_promises_.lchown)(host, o.owner.uid, o.owner.gid);
    };
    const u = {
        root,
        limits: o.limits ?? LAYER_LIMITS,
        files: new Map(),
        dropped: [],
        total: { bytes: 0, entries: 0 },
        own,
        mkdirOwned: async (host) => {
            await (0,external_node_fs_promises_.mkdir)(host, { mode: 0o755 });
            await (0,external_node_fs_promises_.chmod)(host, 0o755);
            await own(host);
        },
    };
    for (const [index, layer] of layers.entries())
        await applyLayer(u, index, layer, o.signal);
    return { files: u.files, dropped: u.dropped };
}
/** One layer, entry by entry; a failure names the layer by `index`. */
async function applyLayer(u, index, layer, signal) {
    // Paths this layer wrote: an opaque whiteout removes what lower layers put in its directory, not these.
    const written = new Set();
    const extract = tar_stream.extract();
    const done = (0,promises_.pipeline)([...decompressed(layer), extract], signal ? { signal } : {});
    // A throw below ends the loop first; the pipeline's own rejection is then the same failure.
    done.catch(() => undefined);
    const fail = (entry, problem) => new UnsafeLayerError(index, entry, problem);
    for await (const entry of extract)
        await applyEntry(u, entry, written, fail);
    await done;
}
/** One entry: counted against the caps, its directory resolved inside the root, then written by its type. */
async function applyEntry(u, entry, written, fail) {
    const h = entry.header;
    const path = imagePath(h.name);
    checkCaps(u, h, fail);
    const base = external_node_path_.posix.basename(path);
    const dirInside = external_node_path_.posix.dirname(path);
    let dir;
    try {
        dir = await resolveDir(u.root, dirInside, u.mkdirOwned);
    }
    catch (err) {
        entry.resume();
        throw fail(h.name, `cannot be placed: ${err.message}`);
    }
    if (path === '/') {
        // The root directory's own entry (`./`): its mode, nothing to create.
        u.files.set('/', { uid: h.uid, gid: h.gid, mode: h.mode & 0o1777, type: 'dir' });
        entry.resume();
        return;
    }
    if (base.startsWith('.wh.')) {
        entry.resume();
        await whiteout(dir, base, u.files, written, () => fail(h.name, 'is a whiteout that names no entry'));
        return;
    }
    const host = (0,external_node_path_.join)(dir.host, base);
    const inside = external_node_path_.posix.join(dir.inside, base);
    written.add(inside);
    const existing = await (0,external_node_fs_promises_.lstat)(host).catch(() => undefined);
    const at = { host, inside, existing };
    switch (h.type) {
        case 'directory':
            await writeDirectory(u, entry, at);
            break;
        case 'file':
        case 'contiguous-file':
            await writeFile(u, entry, at, fail);
            break;
        case 'symlink':
            await writeSymlink(u, entry, at);
            break;
        case 'link':
            await writeHardLink(u, entry, at, fail);
            break;
        default:
            // character-device, block-device, fifo: a container runtime gives /dev itself; none is created.
            entry.resume();
            u.dropped.push(inside);
    }
}
/** The caps on entries, on one entry's size and on the bytes in all. */
function checkCaps(u, h, fail) {
    const { limits, total } = u;
    if (++total.entries > limits.maxEntries)
        throw fail(h.name, `passes the cap of ${limits.maxEntries} entries`);
    if (h.size > limits.maxEntryBytes)
        throw fail(h.name, `is ${h.size} bytes, over the cap of ${limits.maxEntryBytes}`);
    total.bytes += h.size;
    if (total.bytes > limits.maxTotalBytes)
        throw fail(h.name, `passes the cap of ${limits.maxTotalBytes} bytes in all`);
}
/** Owner and mode as the image states them, into the file table. */
function recordMeta(u, inside, h, type) {
    u.files.set(inside, { uid: h.uid, gid: h.gid, mode: h.mode & 0o1777, type });
}
async function writeDirectory(u, entry, { host, inside, existing }) {
    const h = entry.header;
    if (existing && !existing.isDirectory())
        await (0,external_node_fs_promises_.rm)(host, { force: true });
    if (!existing?.isDirectory())
        await (0,external_node_fs_promises_.mkdir)(host);
    await (0,external_node_fs_promises_.chmod)(host, (h.mode & 0o1777) | 0o700);
    await u.own(host);
    recordMeta(u, inside, h, 'dir');
    entry.resume();
}
async function writeFile(u, entry, { host, inside, existing }, fail) {
    const h = entry.header;
    if (existing)
        await (0,external_node_fs_promises_.rm)(host, { recursive: true, force: true });
    const fh = await (0,external_node_fs_promises_.open)(host, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o600);
    try {
        let got = 0;
        for await (const chunk of entry) {
            got += chunk.length;
            if (got > h.size)
                throw fail(h.name, 'holds more bytes than its header says');
            await fh.write(chunk);
        }
    }
    finally {
        await fh.close();
    }
    // Set-uid/set-gid bits are dropped: nothing in the sandbox may gain a user through a file.
    await (0,external_node_fs_promises_.chmod)(host, (h.mode & 0o777) | 0o400);
    await u.own(host);
    recordMeta(u, inside, h, 'file');
}
async function writeSymlink(u, entry, { host, inside, existing }) {
    const h = entry.header;
    entry.resume();
    if (existing)
        await (0,external_node_fs_promises_.rm)(host, { recursive: true, force: true });
    // The target is text, read only inside the sandbox (and by resolveDir, inside the root).
    await (0,external_node_fs_promises_.symlink)(h.linkname, host);
    await u.own(host);
    recordMeta(u, inside, h, 'symlink');
}
/** A hard link must name an existing file (not a directory) inside the root. */
async function writeHardLink(u, entry, { host, inside, existing }, fail) {
    const h = entry.header;
    entry.resume();
    const target = imagePath(h.linkname);
    let from;
    try {
        const tdir = await resolveDir(u.root, external_node_path_.posix.dirname(target), async () => {
            throw new Error(`${external_node_path_.posix.dirname(target)} does not exist`);
        });
        from = (0,external_node_path_.join)(tdir.host, external_node_path_.posix.basename(target));
        const st = await (0,external_node_fs_promises_.lstat)(from);
        if (st.isDirectory())
            throw new Error('it is a directory');
    }
    catch (err) {
        throw fail(h.name, `is a hard link to ${h.linkname}, which cannot be linked: ${err.message}`);
    }
    if (existing)
        await (0,external_node_fs_promises_.rm)(host, { recursive: true, force: true });
    await (0,external_node_fs_promises_.link)(from, host);
    const tmeta = u.files.get(target);
    if (tmeta)
        u.files.set(inside, tmeta);
}
async function whiteout(dir, base, files, written, malformed) {
    const forget = (inside) => {
        for (const k of files.keys())
            if (k === inside || k.startsWith(`${inside}/`))
                files.delete(k);
    };
    if (base === '.wh..wh..opq') {
        for (const name of await (0,external_node_fs_promises_.readdir)(dir.host).catch(() => [])) {
            const inside = external_node_path_.posix.join(dir.inside, name);
            if (written.has(inside))
                continue;
            await (0,external_node_fs_promises_.rm)((0,external_node_path_.join)(dir.host, name), { recursive: true, force: true });
            forget(inside);
        }
        return;
    }
    const name = base.slice(4);
    if (name === '' || name === '.' || name === '..' || name.includes('/'))
        throw malformed();
    await (0,external_node_fs_promises_.rm)((0,external_node_path_.join)(dir.host, name), { recursive: true, force: true });
    forget(external_node_path_.posix.join(dir.inside, name));
}

;// CONCATENATED MODULE: ./packages/oci/src/sandbox/listen-error.ts
/*
 * What a process says when it cannot open its port: the listening check reads it from the process's output
 * so that a failure names the port the process really tried (a flag default, another variable) and why the
 * kernel refused it. The forms are the runtimes' own messages:
 *  - Go's net package: `listen tcp :80: bind: permission denied`, `listen tcp4 0.0.0.0:8080: bind: address
 *    already in use`, `listen tcp [::1]:99999: ... invalid port`;
 *  - Node.js: `listen EACCES: permission denied 0.0.0.0:80`, `listen EADDRINUSE: address already in use :::8080`;
 *  - nginx and C servers: `bind() to 0.0.0.0:80 failed (13: Permission denied)`.
 * cannotServe turns it into the failure of the check (the pods would crash-loop the same way).
 */



const PATTERNS = [
    // Go: "listen tcp :80: bind: permission denied" (also tcp4/tcp6, and errors other than bind).
    { re: /listen tcp[46]? ((?:\[[^\]\s]*\]|[^\s:[\]]*):\d+): (?:bind: )?([^\n]+)/, address: 1, reason: 2 },
    // Node.js: "listen EACCES: permission denied 0.0.0.0:80".
    { re: /listen E[A-Z]+: ([a-z ]+?) ((?:\[[^\]\s]*\]|[^\s]*):\d+)/, address: 2, reason: 1 },
    // nginx: "bind() to 0.0.0.0:80 failed (13: Permission denied)".
    { re: /bind\(\) to ((?:\[[^\]\s]*\]|[^\s]*):\d+) failed \(\d+: ([^)]+)\)/, address: 1, reason: 2 },
];
/** The last listen failure the output reports, or undefined when it reports none. */
function parseListenFailure(output) {
    const lines = sanitizeOutput(output).split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i];
        for (const p of PATTERNS) {
            const m = p.re.exec(line);
            if (!m)
                continue;
            const address = m[p.address];
            const port = Number(/:(\d+)$/.exec(address)?.[1]);
            return {
                address,
                port: Number.isInteger(port) && port > 0 && port <= 65535 ? port : undefined,
                reason: m[p.reason].trim().toLowerCase(),
                line: line.trim().slice(0, 300),
            };
        }
    }
    return undefined;
}
/** A port below 1024 refused to a process without CAP_NET_BIND_SERVICE. */
function isPrivilegedRefusal(f) {
    return f.port !== undefined && f.port < 1024 && /permission denied|eacces/.test(f.reason);
}
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes are what is removed
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f]/g;
/**
 * The process's output made fit for a message: terminal escapes and control characters removed (a
 * process must not be able to colour or rewrite the step's log, nor start a workflow command with `::`
 * at a line's start), at most the last `maxLines` lines of at most 200 characters each.
 */
function sanitizeOutput(output, maxLines = 40) {
    return output
        .replace(ESCAPES, '')
        .replace(/\r\n?/g, '\n')
        .replace(CONTROLS, '')
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l !== '')
        .slice(-maxLines)
        .map((l) => (l.length > 200 ? `${l.slice(0, 200)}…` : l).replace(/^::/, ': :'))
        .join('\n');
}
/**
 * A process that exited, or said it could not listen, before it listened: the image cannot serve, and the
 * pods would crash-loop the same way. The message names the address it tried and why (from its output),
 * a privileged port refused to a non-root User as such, and the output itself (sanitized, its last lines).
 */
function cannotServe(r, where, imageUser, portEnv = src_port/* PORT_ENV */.Cf) {
    const output = r.output.trim()
        ? ` Its output (last lines):\n${sanitizeOutput(r.output, 10)}\n`
        : ' It printed nothing.';
    const f = r.listenFailure;
    const what = r.outcome === 'exited'
        ? `exited (${r.exit?.signal ?? `code ${r.exit?.code}`}) before listening on the declared ${r.declaredPort}`
        : `never listened on the declared ${r.declaredPort}`;
    const tried = f ? `: it tried ${f.address} (${f.reason})` : '';
    if (f && isPrivilegedRefusal(f) && imageUser.uid !== 0)
        // A port below 1024 needs CAP_NET_BIND_SERVICE, which a non-root User does not have.
        return new errors/* UserError */.yo(`The image's process cannot listen on port ${f.port}: a port below 1024 is privileged, and the image's User ${describeUser(imageUser)} is not root; it ${what}${tried} (${where}). The pods would crash-loop the same way. Nothing was pushed.${output}`, {
            hint: `Serve on a port of 1024 or above through the service's own setting: its port flag in args (e.g. --port=$(${portEnv})) or the variable it reads (port-env), with that port in the port input; or grant the container NET_BIND_SERVICE (securityContext.capabilities.add) in your own manifests.`,
        });
    const elsewhere = f?.port !== undefined && f.port !== r.declaredPort
        ? ` It tried port ${f.port}, not the declared ${r.declaredPort}: the service does not read its port from ${portEnv} (set port-env to the variable it reads, or pass the port in args such as --port=$(${portEnv})).`
        : '';
    return new errors/* UserError */.yo(`The image's process ${what}${tried} (${where}). The pods would fail the same way. Nothing was pushed.${elsewhere}${output}`, {
        hint: 'Read its output above; a service that needs something at start (a file, a database) must still open its port, or set listening-check: false.',
    });
}

;// CONCATENATED MODULE: ./packages/oci/src/sandbox/sockets.ts
/*
 * What a process tree listens on, read from the kernel: /proc/<pid>/net/tcp and tcp6 list the sockets of
 * the process's network namespace, and /proc/<pid>/fd links (`socket:[inode]`) say which of them belong to
 * the tree. A port another program holds never counts. No kernel event says "listen() was called": the
 * check reads these every 50 ms.
 */

/** Listening sockets in a /proc/<pid>/net/tcp or tcp6 table: inode → socket (pid filled in later). */
function parseTcpTable(text, family) {
    const out = new Map();
    for (const line of text.split('\n').slice(1)) {
        const f = line.trim().split(/\s+/);
        if (f.length < 10 || f[3] !== '0A')
            continue; // 0A: TCP_LISTEN
        const [addrHex, portHex] = f[1].split(':');
        out.set(f[9], { port: Number.parseInt(portHex, 16), address: decodeAddress(addrHex), family });
    }
    return out;
}
/** /proc/net/tcp addresses are the in-memory bytes of the address, printed as 32-bit words. */
function decodeAddress(hex) {
    const words = hex.match(/.{8}/g) ?? [];
    const bytes = words.flatMap((w) => (w.match(/../g) ?? []).reverse().map((b) => Number.parseInt(b, 16)));
    if (bytes.length === 4)
        return bytes.join('.');
    const groups = [];
    for (let i = 0; i < 16; i += 2)
        groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
    // The shortest form for the two addresses a server binds most (:: and ::1); the rest in full.
    const full = groups.join(':');
    return full === '0:0:0:0:0:0:0:0' ? '::' : full === '0:0:0:0:0:0:0:1' ? '::1' : full;
}
/** The process and its descendants (children of children …), from /proc/<pid>/stat. */
function processTree(root) {
    const parents = new Map();
    for (const name of (0,external_node_fs_.readdirSync)('/proc')) {
        if (!/^\d+$/.test(name))
            continue;
        let stat;
        try {
            stat = (0,external_node_fs_.readFileSync)(`/proc/${name}/stat`, 'utf8');
        }
        catch {
            continue; // exited meanwhile
        }
        // The command name may hold spaces and parentheses: the fields start after the last ')'.
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const kids = parents.get(ppid) ?? [];
        kids.push(Number(name));
        parents.set(ppid, kids);
    }
    const tree = [];
    const queue = [root];
    while (queue.length > 0) {
        const pid = queue.shift();
        tree.push(pid);
        queue.push(...(parents.get(pid) ?? []));
    }
    return tree;
}
function socketInodes(pid) {
    const inodes = new Set();
    let fds;
    try {
        fds = (0,external_node_fs_.readdirSync)(`/proc/${pid}/fd`);
    }
    catch {
        return inodes;
    }
    for (const fd of fds) {
        try {
            const m = /^socket:\[(\d+)\]$/.exec((0,external_node_fs_.readlinkSync)(`/proc/${pid}/fd/${fd}`));
            if (m)
                inodes.add(m[1]);
        }
        catch {
            // closed meanwhile
        }
    }
    return inodes;
}
/**
 * Listening sockets held by the process tree of `root`. The tree spans network namespaces (the runtime
 * in the host's, the image's processes in the sandbox's): each namespace's table is read once, through
 * the first process seen in it. Socket inodes are unique across namespaces.
 */
function listeningSockets(root) {
    const tables = new Map();
    const tree = processTree(root);
    const seen = new Set();
    for (const pid of tree) {
        let ns;
        try {
            ns = (0,external_node_fs_.readlinkSync)(`/proc/${pid}/ns/net`);
        }
        catch {
            continue; // exited meanwhile
        }
        if (seen.has(ns))
            continue;
        seen.add(ns);
        for (const family of ['tcp', 'tcp6']) {
            try {
                for (const [k, v] of parseTcpTable((0,external_node_fs_.readFileSync)(`/proc/${pid}/net/${family}`, 'utf8'), family))
                    tables.set(k, v);
            }
            catch {
                // no IPv6 in this kernel, or the process is gone
            }
        }
    }
    const out = [];
    for (const pid of tree) {
        for (const inode of socketInodes(pid)) {
            const s = tables.get(inode);
            if (s)
                out.push({ ...s, pid });
        }
    }
    return out;
}
/**
 * The first process of `root`'s tree that runs in a pid namespace of its own (its `NSpid` in
 * /proc/<pid>/status, readable by anyone, ends in 1): a container's init. Undefined until it exists.
 */
function containerInit(root) {
    for (const pid of processTree(root)) {
        try {
            const line = /^NSpid:\s*(.*)$/m.exec((0,external_node_fs_.readFileSync)(`/proc/${pid}/status`, 'utf8'))?.[1] ?? '';
            const ids = line.trim().split(/\s+/);
            if (ids.length > 1 && ids[ids.length - 1] === '1')
                return pid;
        }
        catch {
            // exited meanwhile
        }
    }
    return undefined;
}
/**
 * Listening sockets of a container with a network namespace of its own: every listening socket in it is
 * the image's (nothing else runs there), so the namespace's table is read through the container's init
 * (/proc/<pid>/net is readable by anyone; the fd links that name a socket's process are not, where runc
 * runs through sudo). Sockets are attributed to the init.
 */
function containerSockets(root) {
    const init = containerInit(root);
    if (init === undefined)
        return [];
    const out = [];
    for (const family of ['tcp', 'tcp6']) {
        try {
            for (const s of parseTcpTable((0,external_node_fs_.readFileSync)(`/proc/${init}/net/${family}`, 'utf8'), family).values())
                out.push({ ...s, pid: init });
        }
        catch {
            // no IPv6 in this kernel, or the container is gone
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/oci/src/sandbox/check.ts
/*
 * The listening check proper: every layer can declare 8080 while the process listens elsewhere (a port
 * variable reset by a flag default, a differently named env var). So the image's own entrypoint is started,
 * in the container of ./runtime.ts, for a few seconds, and the TCP ports its processes listen on are read
 * from the kernel (./sockets.ts). Whether the image's user may execute the program is decided before
 * anything starts, from the owners and modes the layers state (./user.ts `executeDenial`).
 */






/** Whether the sandbox can run the program as `user`: undefined when it can, else why not (for a notice). */
function userSwitch(sandbox, user) {
    if (user.uid === 0 && user.gid === 0)
        return undefined;
    const who = `user ${describeUser(user)}`;
    if (sandbox === 'unsandboxed')
        return `the image runs as ${who}, and an unsandboxed check runs as this runner's user`;
    if (sandbox.mode === 'rootless')
        return `the image runs as ${who}, and a rootless sandbox (a user namespace mapping only the runner's uid) has no other user`;
    return undefined;
}
const POLL_MS = 50;
/** After the output reports a failed listen, how long the declared port still gets (another listener may have failed). */
const AFTER_FAILURE_MS = 500;
/**
 * Starts the program, waits until it listens on the declared port, exits, or the deadline passes, and
 * reports the ports its process tree listens on. Everything it started is killed before this returns.
 */
async function checkListening(o) {
    if (!Number.isInteger(o.declaredPort) || o.declaredPort < 1 || o.declaredPort > 65535)
        throw new RangeError(`declaredPort ${o.declaredPort} is not a TCP port (1-65535)`);
    const started = performance.now();
    const mode = o.sandbox === 'unsandboxed' ? 'unsandboxed' : o.sandbox.mode;
    const switching = userSwitch(o.sandbox, o.user) === undefined;
    const user = switching
        ? o.user
        : mode === 'unsandboxed'
            ? { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 }
            : { uid: 0, gid: 0 };
    const base = { declaredPort: o.declaredPort, sandbox: mode, user, ports: [], sockets: [] };
    const denied = switching ? executeDenial(o.root, o.command, o.user, o.files) : undefined;
    if (denied)
        return {
            ...base,
            ok: false,
            outcome: 'cannot-start',
            output: '',
            denied,
            elapsedMs: performance.now() - started,
        };
    const workdir = o.workdir || '/';
    const container = o.sandbox === 'unsandboxed'
        ? undefined
        : startContainer({
            mode: o.sandbox.mode,
            rootfs: o.root,
            args: [o.command, ...(o.args ?? [])],
            env: o.env ?? {},
            cwd: workdir,
            uid: user.uid,
            gid: user.gid,
            imageRoot: o.user.uid === 0,
        }, o.sandbox.runc, o.workDir);
    const child = container?.child ??
        (0,external_node_child_process_.spawn)(pathInRoot(o.root, o.command) ?? (0,external_node_path_.join)(o.root, o.command), [...(o.args ?? [])], {
            cwd: pathInRoot(o.root, workdir) ?? o.root,
            env: { ...(o.env ?? {}) },
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
    let output = '';
    const keep = (d) => {
        output = (output + d.toString()).slice(-4096);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let exit;
    const exited = new Promise((resolve) => {
        child.on('exit', (code, signal) => {
            exit = { code, signal };
            resolve();
        });
        child.on('error', (err) => {
            output += `\n${err.message}`;
            exit = { code: null, signal: null };
            resolve();
        });
    });
    let sockets = [];
    const deadline = started + (o.timeoutMs ?? 5000);
    let exitedByItself = false;
    // A process that reports a failed listen and lingers (a graceful shutdown, other goroutines) has failed
    // as surely as one that exits: it is not waited for until the deadline.
    let failedAt;
    try {
        while (exit === undefined && performance.now() < deadline && !o.signal?.aborted) {
            if (child.pid) {
                sockets = container ? containerSockets(child.pid) : listeningSockets(child.pid);
                if (sockets.some((s) => s.port === o.declaredPort))
                    break;
            }
            if (failedAt === undefined && parseListenFailure(output))
                failedAt = performance.now();
            if (failedAt !== undefined && performance.now() - failedAt > AFTER_FAILURE_MS)
                break;
            await Promise.race([exited, new Promise((r) => setTimeout(r, POLL_MS))]);
        }
        exitedByItself = exit !== undefined;
    }
    finally {
        if (container)
            await container.destroy();
        else
            killUnsandboxed(child.pid);
        await Promise.race([exited, new Promise((r) => setTimeout(r, 2000).unref())]);
    }
    // runc's own failure (it could not make the container) is not the program's: the caller skips the check.
    const runtimeError = container?.runtimeError();
    if (runtimeError && !/exec/.test(runtimeError) && exit?.code !== 0 && sockets.length === 0)
        throw new SandboxUnavailable(runtimeError);
    if (runtimeError)
        output = `${output}${output ? '\n' : ''}${runtimeError}`;
    const ports = [...new Set(sockets.map((s) => s.port))].sort((a, b) => a - b);
    const ok = ports.includes(o.declaredPort);
    const listenFailure = ok ? undefined : parseListenFailure(output);
    const outcome = ok
        ? 'listening'
        : ports.length > 0
            ? 'mismatch'
            : exitedByItself
                ? 'exited'
                : listenFailure
                    ? 'listen-failed'
                    : 'not-listening';
    return {
        ...base,
        ok,
        outcome,
        ports,
        sockets,
        exit: outcome === 'exited' ? exit : undefined,
        listenFailure,
        output,
        elapsedMs: performance.now() - started,
    };
}
/** runc could not build the container here (a kernel or a policy refused it). */
class SandboxUnavailable extends Error {
    runtimeError;
    constructor(runtimeError) {
        super(`runc could not start the sandbox: ${runtimeError}`);
        this.runtimeError = runtimeError;
        this.name = 'SandboxUnavailable';
    }
}
/** Unsandboxed: the process group, then every descendant still found (the user asked for no isolation). */
function killUnsandboxed(pid) {
    if (!pid)
        return;
    let tree = [];
    try {
        tree = processTree(pid);
    }
    catch {
        // gone
    }
    for (const p of [-pid, ...tree]) {
        try {
            process.kill(p, 'SIGKILL');
        }
        catch {
            // already gone
        }
    }
}
/** One line for a report: `listens on 9090, not the declared 8080`. */
function describeListening(r) {
    switch (r.outcome) {
        case 'listening':
            return `listens on ${r.declaredPort} as declared`;
        case 'mismatch':
            return `listens on ${r.ports.join(', ')}, not on the declared ${r.declaredPort}`;
        case 'exited':
            return `exited (${r.exit?.signal ?? `code ${r.exit?.code}`}) before listening on the declared ${r.declaredPort}`;
        case 'not-listening':
            return `did not listen on any TCP port within ${Math.round(r.elapsedMs)} ms (declared ${r.declaredPort})`;
        case 'cannot-start':
            return `could not start: permission denied: ${r.denied}`;
        case 'listen-failed':
            return `could not listen on ${r.listenFailure?.address ?? 'its port'} (${r.listenFailure?.reason ?? 'see its output'}) and never listened on the declared ${r.declaredPort}`;
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/listening.ts
/*
 * The listening check of an image, before it is pushed: the native-architecture image's layers are
 * unpacked into a throwaway root without writing outside it (./sandbox/unpack.ts), its entrypoint is
 * started with the image's own Env, Entrypoint, Cmd, WorkingDir and User in a runc container with every
 * namespace and no capabilities (./sandbox/runtime.ts), and the TCP port its process listens on is compared
 * with the port the image declares. Every layer can say 8080 while the process listens elsewhere (a port
 * variable reset by a flag default, a differently named env var): only starting it proves the port. A
 * binary the image's user may not execute fails the check the way the pod would fail to start. Where no
 * sandbox can be made, the check is skipped with a notice: image code never runs unisolated unless the
 * input says `unsandboxed`.
 */









/** The platform this machine runs natively (the one a builder targets by default). */
function nativePlatform() {
    return (0,media/* parsePlatform */.FL)(hostPlatform());
}
const isNative = (p) => p.os === 'linux' && p.architecture === nativePlatform().architecture;
const ORDER = ['ENV', 'EXPOSE', 'input'];
/**
 * The port an image declares: its ENV PORT (or port-env's variable), else the port input, else its one TCP ExposedPort. Every
 * place that states it is named; an ENV PORT and a port input that differ, or exposed ports that do not
 * include it, are returned as conflicts.
 */
function declaredPort(config, inputPort, portEnv = src_port/* PORT_ENV */.Cf) {
    const places = [];
    const envPort = (0,src_port/* portInEnv */.Ib)(config.config.Env ?? [], portEnv);
    if (envPort !== undefined && /^\d+$/.test(envPort))
        places.push({ where: `ENV ${portEnv}`, port: Number(envPort) });
    if (inputPort !== undefined)
        places.push({ where: 'input port', port: inputPort });
    const exposed = Object.keys(config.config.ExposedPorts ?? {}).flatMap((key) => {
        const m = /^(\d+)(?:\/tcp)?$/.exec(key);
        return m ? [{ where: `EXPOSE ${key}`, port: Number(m[1]) }] : [];
    });
    const port = places[0]?.port ?? (exposed.length === 1 ? exposed[0].port : undefined);
    // Besides the application's port an image may expose others (metrics, a base image's); the
    // application's must be among them when any is exposed.
    const exposedMatch = exposed.filter((e) => e.port === port);
    const by = [...places, ...exposedMatch]
        .filter((p) => p.port === port)
        .map((p) => p.where)
        .sort((a, b) => ORDER.indexOf(a.split(' ')[0]) - ORDER.indexOf(b.split(' ')[0]));
    const conflicts = places.filter((p) => p.port !== port).map((p) => `${p.where} says ${p.port}`);
    if (exposed.length > 0 && exposedMatch.length === 0)
        conflicts.push(`the image exposes only ${exposed.map((e) => e.where.slice(7)).join(', ')}`);
    return { port, by, conflicts };
}
/** A check that cannot run: a notice (auto), or an error when the input insists (true). */
function skipListening(setting, reason, notice) {
    if (setting === 'false')
        return { status: 'off', reason: 'listening-check: false' };
    if (setting === 'true')
        throw new errors/* UserError */.yo(`Input 'listening-check': is true, but the listening check cannot run: ${reason}.`, {
            hint: 'Use listening-check: auto to skip it with a notice where it cannot run, or change what the reason names.',
        });
    notice(`Listening check skipped: ${reason}.`);
    return { status: 'skipped', reason };
}
/** The native platform's image among several (undefined when there is none). */
function pickNative(images) {
    const native = (0,media/* formatPlatform */.Bq)(nativePlatform());
    return images.find((i) => i.platform === native || i.platform.startsWith(`${native}/`));
}
/**
 * The program the image starts: Entrypoint + Cmd (or + `args`, as a Deployment's args replace Cmd, with
 * `$(NAME)` taken from the image's Env), the first resolved with the image's PATH inside `root`.
 */
function imageCommand(config, root, args) {
    const env = envRecord(config);
    const argv = [
        ...(config.config.Entrypoint ?? []),
        ...(args && args.length > 0 ? args.map((a) => (0,src_port/* expandArgs */.S_)(a, env)) : (config.config.Cmd ?? [])),
    ];
    const first = argv[0];
    if (!first)
        return { argv };
    if (first.includes('/'))
        return { argv, program: external_node_path_.posix.resolve(config.config.WorkingDir || '/', first) };
    const path = (config.config.Env ?? []).find((e) => e.startsWith('PATH='))?.slice(5) ?? '';
    for (const dir of path.split(':').filter(Boolean)) {
        const candidate = external_node_path_.posix.join(dir, first);
        if (pathInRoot(root, candidate) !== undefined)
            return { argv, program: candidate };
    }
    return { argv };
}
function envRecord(config) {
    const env = {};
    for (const e of config.config.Env ?? []) {
        const eq = e.indexOf('=');
        env[eq < 0 ? e : e.slice(0, eq)] = eq < 0 ? '' : e.slice(eq + 1);
    }
    return env;
}
/** The sandbox the check runs in, or why there is none (`unsandboxed`: the user asked for none). */
function sandboxFor(setting) {
    if (setting === 'unsandboxed')
        return { sandbox: 'unsandboxed' };
    const available = availableSandbox();
    return available.mode ? { sandbox: available } : { why: available.reason };
}
const NO_SANDBOX_HINT = 'To enable it: run the step as root, allow unprivileged user namespaces (sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0 on Ubuntu 24.04), or give the runner password-less sudo and runc; listening-check: false turns it off';
/**
 * Runs the check on one image. Throws (before anything is pushed) when the process listens on other
 * ports than the declared one, exits before listening, or may not be executed by the image's user, naming
 * what was seen; returns what was observed otherwise.
 */
async function checkImageListening(image, o) {
    const portEnv = o.portEnv ?? src_port/* PORT_ENV */.Cf;
    const declared = declaredPort(image.config, o.inputPort, portEnv);
    if (declared.port === undefined)
        return skipListening(o.setting, `the ${image.platform} image declares no port (no ENV ${portEnv}, no EXPOSE, no port input)`, o.notice);
    if (declared.conflicts.length > 0)
        throw new errors/* UserError */.yo(`The image declares port ${declared.port} (${declared.by.join(', ')}), but ${declared.conflicts.join(', ')}.`, { hint: `Make the port input, ENV ${portEnv} and EXPOSE of the Dockerfile state one port.` });
    const chosen = sandboxFor(o.setting);
    if (!chosen.sandbox)
        return skipListening(o.setting, `no sandbox can be made on this runner: ${chosen.why}. ${NO_SANDBOX_HINT}`, o.notice);
    const sandbox = chosen.sandbox;
    if (sandbox === 'unsandboxed')
        o.notice("Listening check: listening-check: unsandboxed runs the image's entrypoint on this runner without isolation: it can read this step's environment and files.");
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(searchableDir(o.tempDir), 'check-'));
    const root = (0,external_node_path_.join)(work, 'rootfs');
    try {
        // The image's `/` as a runtime makes it (mkdtemp gives 0700: no other user could enter it); the
        // sandbox's host user must reach it through `work`.
        (0,external_node_fs_.mkdirSync)(root, { mode: 0o755 });
        (0,external_node_fs_.chmodSync)(work, 0o711);
        const owner = sandbox !== 'unsandboxed' && sandbox.mode === 'root' ? sandboxHostIds('root') : undefined;
        const unpacked = await unpackLayers(image.layers, root, { owner, signal: o.signal });
        if (unpacked.dropped.length > 0)
            o.log(`listening check: ${unpacked.dropped.length} device node(s)/FIFO(s) of the image not created (${unpacked.dropped.slice(0, 5).join(', ')}); the sandbox has its own /dev`);
        const user = resolveUser(image.config.config.User ?? '', imageUserFiles(root), `the ${image.platform} image`);
        // Where the sandbox cannot become the image's user (rootless), the port is still worth proving: the
        // process runs as the sandbox's root, and the notice says what that leaves unchecked.
        const cannotSwitch = userSwitch(sandbox, user);
        if (cannotSwitch)
            o.notice(`Listening check: ${cannotSwitch}; it runs as the sandbox's user instead: the port is checked, whether user ${describeUser(user)} may run the program is not.`);
        const { argv, program } = imageCommand(image.config, root, o.args);
        if (!program)
            return skipListening(o.setting === 'unsandboxed' ? 'auto' : o.setting, argv.length === 0
                ? `the ${image.platform} image has no Entrypoint or Cmd`
                : `the ${image.platform} image's entrypoint ${argv[0]} is not in its root filesystem`, o.notice);
        // The working directory is made inside the root (symlinks followed there), never on the host.
        const workdir = imagePath(image.config.config.WorkingDir || '/');
        await makeWorkdir(root, workdir, owner);
        let r;
        try {
            r = await checkListening({
                root,
                files: unpacked.files,
                command: program,
                args: argv.slice(1),
                env: envRecord(image.config),
                workdir,
                user,
                declaredPort: declared.port,
                timeoutMs: o.timeoutMs,
                sandbox,
                workDir: work,
                signal: o.signal,
            });
        }
        catch (err) {
            if (!(err instanceof SandboxUnavailable))
                throw err;
            return skipListening(o.setting === 'unsandboxed' ? 'auto' : o.setting, `${err.message}. ${NO_SANDBOX_HINT}`, o.notice);
        }
        return verdict(image, o, declared, argv, r, user);
    }
    finally {
        try {
            (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
        }
        catch (err) {
            // runc as root (sudo) may leave a file of root's if its own clean-up failed: say so, do not fail.
            o.log(`listening check: could not remove ${work}: ${err.message}`);
        }
    }
}
/**
 * `preferred` (created), when the sandbox's host user can reach it (every ancestor searchable by others:
 * that user is no one's), else the machine's temporary directory.
 */
function searchableDir(preferred) {
    (0,external_node_fs_.mkdirSync)(preferred, { recursive: true });
    for (let dir = (0,external_node_path_.resolve)(preferred);; dir = (0,external_node_path_.dirname)(dir)) {
        if (((0,external_node_fs_.statSync)(dir).mode & 0o001) === 0)
            return (0,external_node_os_.tmpdir)();
        if (dir === (0,external_node_path_.dirname)(dir))
            return preferred;
    }
}
/** WorkingDir inside the unpacked root: created through resolveDir's rules (a symlink stays inside). */
async function makeWorkdir(root, workdir, owner) {
    let at = '/';
    for (const part of workdir.split('/').filter(Boolean)) {
        const next = external_node_path_.posix.join(at, part);
        if (pathInRoot(root, next) === undefined) {
            const parent = pathInRoot(root, at);
            if (parent === undefined)
                return;
            const host = (0,external_node_path_.join)(parent, part);
            await (0,external_node_fs_promises_.mkdir)(host, { mode: 0o755 });
            if (owner)
                await (0,external_node_fs_promises_.lchown)(host, owner.uid, owner.gid);
        }
        at = next;
    }
}
function verdict(image, o, declared, argv, r, imageUser) {
    const base = {
        platform: image.platform,
        declaredPort: declared.port,
        declaredBy: declared.by,
        ports: r.ports,
        sandbox: r.sandbox,
        isolation: describeSandbox(r.sandbox),
        user: describeUser(r.user),
        command: argv,
    };
    const where = `${image.platform}, \`${argv.join(' ')}\` as ${base.user} in ${base.isolation}`;
    o.log(`listening check (${where}): ${describeListening(r)}`);
    if (r.outcome === 'listening')
        return { ...base, status: 'passed', port: declared.port };
    if (r.outcome === 'cannot-start')
        throw new errors/* UserError */.yo(`The image's process cannot start: ${r.denied} (${where}): permission denied, as it would be in the cluster. Nothing was pushed.`, {
            hint: `Make the program executable by the image's User ${image.config.config.User ?? ''} (COPY --chmod=0755, or --chown to that user), or change USER.`,
        });
    if (r.outcome === 'mismatch') {
        const sockets = r.sockets.map((s) => `${s.address}:${s.port}`).join(', ');
        throw new errors/* UserError */.yo(`The image declares port ${declared.port} (${declared.by.join(', ')}) but its process listens on ${r.ports.join(', ')} (${sockets}; ${where}). Nothing was pushed.`, {
            hint: `The program ignores the declared port: look for a flag default or an init()/main() assignment that overwrites the -X port variable, or an environment variable other than ${o.portEnv ?? src_port/* PORT_ENV */.Cf} that it reads (name it in port-env, or pass the port in args, e.g. --port=$(${o.portEnv ?? src_port/* PORT_ENV */.Cf})).`,
        });
    }
    if (r.outcome === 'exited' || r.outcome === 'listen-failed')
        throw cannotServe(r, where, imageUser, o.portEnv);
    const output = r.output ? `; its output:\n${sanitizeOutput(r.output, 10)}` : '';
    const reason = `${describeListening(r)} (${where})${output}`;
    if (o.setting === 'true')
        throw new errors/* UserError */.yo(`Listening check: the process ${reason}.`, {
            hint: 'A service that needs something the sandbox lacks (a database, a file) cannot be checked: use listening-check: auto.',
        });
    o.notice(`Listening check inconclusive: the process ${reason}.`);
    return { ...base, status: 'inconclusive', reason };
}
/**
 * The native platform's image in an OCI layout directory (what buildah/podman write with `push oci:`).
 * Undefined when the layout has no native platform.
 */
function imageFromLayout(dir) {
    const blob = (digest) => (0,external_node_path_.join)(dir, 'blobs', ...digest.split(':'));
    const json = (digest) => JSON.parse((0,external_node_fs_.readFileSync)(blob(digest), 'utf8'));
    const top = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'index.json'), 'utf8'));
    const visit = (entries) => {
        for (const d of entries) {
            if (media/* INDEX_TYPES */.V.includes(d.mediaType)) {
                const found = visit(json(d.digest).manifests);
                if (found)
                    return found;
                continue;
            }
            if (d.platform && !isNative(d.platform))
                continue;
            const manifest = json(d.digest);
            const config = json(manifest.config.digest);
            const platform = { os: config.os, architecture: config.architecture, variant: config.variant };
            if (!isNative(platform))
                continue;
            return {
                platform: (0,media/* formatPlatform */.Bq)(platform),
                config,
                layers: manifest.layers.map((l) => blob(l.digest)),
            };
        }
        return undefined;
    };
    return visit(top.manifests);
}

;// CONCATENATED MODULE: ./packages/oci/src/merge.ts
/*
 * mode: merge — single-platform images pushed by digest on separate runners (push-by-digest) become one
 * multi-platform index, built by the same buildIndex() a single-runner assemble uses, so the index is the
 * same bytes when the platform manifests are. Only manifests and configs are read: no layer moves.
 */




/** Manifest annotations assemble adds per platform only (they name each platform's own base manifest). */
const PER_PLATFORM_ANNOTATIONS = [
    'org.opencontainers.image.base.name',
    'org.opencontainers.image.base.digest',
];
const VERSION_LABEL = 'org.opencontainers.image.version';
const REVISION_LABEL = 'org.opencontainers.image.revision';
const DIGESTS_FORM = "sha256:<64 hex> or registry/repository@sha256:<64 hex>, one per line, or a JSON list of those (or of docker-multistage's metadata output: objects with 'image' or 'digest')";
function digestsError(problem, hint) {
    return new errors/* UserError */.yo(`Input 'digests': ${problem}. Expected ${DIGESTS_FORM}.`, { hint });
}
/** Strings out of the JSON forms: a list of strings, `{image}`/`{digest}` objects, or one such object. */
function jsonEntries(value) {
    const list = Array.isArray(value) ? value : [value];
    return list.map((v, i) => {
        if (typeof v === 'string')
            return v;
        const o = (v ?? {});
        if (typeof o.image === 'string' && o.image.includes('@'))
            return o.image;
        if (typeof o.digest === 'string')
            return o.digest;
        throw digestsError(`JSON entry ${i} has neither 'image' (name@digest) nor 'digest'`);
    });
}
/**
 * The digests input as references into `image`'s repository. Pure; every entry is checked before the
 * registry is asked anything. Identical references given twice are one image.
 */
function parseDigests(raw, image) {
    const text = raw.trim();
    if (text === '')
        throw digestsError('is empty', 'Pass the digest output of each push-by-digest job (see the README).');
    const json = (t, where) => {
        try {
            return jsonEntries(JSON.parse(t));
        }
        catch (e) {
            if (e instanceof errors/* UserError */.yo)
                throw e;
            throw digestsError(`${where} starts like JSON but is not JSON (${e.message})`);
        }
    };
    const isJson = (t) => t.startsWith('[') || t.startsWith('{');
    // One JSON document, or lines each a reference or a JSON document (a directory of metadata files).
    const entries = isJson(text) && isWholeJson(text)
        ? json(text, 'it')
        : text
            .split('\n')
            .flatMap((line, i) => (isJson(line.trim()) ? json(line.trim(), `line ${i + 1}`) : line.split(',')));
    const seen = new Set();
    const refs = [];
    for (const entry of entries.map((e) => e.trim()).filter(Boolean)) {
        let ref;
        if ((0,reference/* isValidDigest */.fH)(entry))
            ref = { registry: image.registry, repository: image.repository, digest: entry };
        else if (/^sha\d+:/.test(entry))
            // Would otherwise parse as docker.io/library/sha256 with a tag.
            throw digestsError(`'${entry}' is not a digest (sha256: and 64 lower-case hex digits)`);
        else {
            try {
                ref = (0,reference/* parseReference */.F2)(entry);
            }
            catch (e) {
                if (e instanceof reference/* InvalidReferenceError */.x_)
                    throw digestsError(`'${entry}': ${e.problem}`);
                throw e;
            }
            if (!ref.digest)
                throw digestsError(`'${entry}' names no digest`);
        }
        if (ref.registry !== image.registry || ref.repository !== image.repository)
            throw digestsError(`'${entry}' is in ${(0,reference/* repositoryName */.aR)(ref)}, not in the image repository ${(0,reference/* repositoryName */.aR)(image)}`, 'Push every platform (push-by-digest) to the repository given as image in the merge job.');
        if (seen.has(ref.digest))
            continue;
        seen.add(ref.digest);
        refs.push({ ...ref, tag: undefined });
    }
    if (refs.length === 0)
        throw digestsError('lists no digest');
    return refs;
}
function isWholeJson(text) {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}
/** Reads one single-platform manifest and its config; refuses what is missing or not single-platform. */
async function readPlatformManifest(pool, ref) {
    const client = pool.client(ref.registry);
    const got = await client.getManifest(ref.repository, ref.digest);
    if (!got)
        throw new errors/* UserError */.yo(`Input 'digests': ${(0,reference/* formatReference */.FH)(ref)} is not in the registry (manifest unknown).`, {
            hint: 'Check that the push-by-digest job for this platform succeeded and pushed to the same repository, and that the digest was passed unchanged.',
        });
    if (media/* INDEX_TYPES */.V.includes(got.mediaType))
        throw new errors/* UserError */.yo(`Input 'digests': ${(0,reference/* formatReference */.FH)(ref)} is a multi-platform index, not a single-platform image.`, { hint: 'Pass the digest output of push-by-digest jobs (one platform each).' });
    if (!media/* MANIFEST_TYPES */._P.includes(got.mediaType))
        throw new errors/* UserError */.yo(`Input 'digests': ${(0,reference/* formatReference */.FH)(ref)} has media type ${got.mediaType}, not an image manifest.`);
    const manifest = JSON.parse(got.body.toString('utf8'));
    const config = JSON.parse((await client.getBlob(ref.repository, manifest.config.digest)).toString('utf8'));
    const platform = {
        os: config.os,
        architecture: config.architecture,
        ...(config.variant ? { variant: config.variant } : {}),
    };
    return {
        reference: ref,
        platform: (0,media/* parsePlatform */.FL)((0,media/* formatPlatform */.Bq)(platform)) ?? platform,
        manifest: {
            data: got.body,
            descriptor: { mediaType: got.mediaType, digest: got.digest, size: got.body.length },
        },
        annotations: manifest.annotations ?? {},
        labels: config.config?.Labels ?? {},
        size: manifest.config.size + manifest.layers.reduce((n, l) => n + l.size, 0),
        layers: manifest.layers.map((l) => ({ digest: l.digest, size: l.size })),
    };
}
/**
 * Checks the images belong together (one per platform, one version, one revision, the same annotations)
 * and orders them by platform name (byPlatformName, as assemble does), so the index is the same bytes
 * however the platforms were listed; `platforms`, when given, must name exactly the merged ones.
 */
function planMerge(images, platforms) {
    const byPlatform = new Map();
    for (const img of images) {
        const key = (0,media/* formatPlatform */.Bq)(img.platform);
        const other = byPlatform.get(key);
        if (other)
            throw new errors/* UserError */.yo(`Input 'digests': two images for ${key}: ${other.reference.digest} and ${img.reference.digest}.`, { hint: 'Each matrix job must push a different platform; pass each job’s digest once.' });
        byPlatform.set(key, img);
    }
    for (const label of [VERSION_LABEL, REVISION_LABEL]) {
        const values = new Set(images.map((i) => i.labels[label] ?? '(none)'));
        if (values.size > 1)
            throw new errors/* UserError */.yo(`Input 'digests': the images are of different ${label === VERSION_LABEL ? 'versions' : 'commits'} (label ${label}): ${images
                .map((i) => `${(0,media/* formatPlatform */.Bq)(i.platform)} ${i.manifest.descriptor.digest.slice(0, 19)} = ${i.labels[label] ?? '(none)'}`)
                .join(', ')}.`, {
                hint: 'Merge only the digests of one workflow run (one commit); rerun the build jobs that are stale.',
            });
    }
    const first = images[0];
    const shared = indexAnnotations(first.annotations);
    for (const img of images.slice(1)) {
        const own = indexAnnotations(img.annotations);
        const keys = new Set([...Object.keys(shared), ...Object.keys(own)]);
        const differing = [...keys].filter((k) => shared[k] !== own[k]);
        if (differing.length > 0)
            throw new errors/* UserError */.yo(`Input 'digests': ${(0,media/* formatPlatform */.Bq)(first.platform)} and ${(0,media/* formatPlatform */.Bq)(img.platform)} differ in the annotations ${differing.join(', ')}.`, { hint: 'Give every push-by-digest job the same labels input.' });
    }
    const sorted = [...images].sort(media/* byPlatformName */.c3);
    if (platforms.length === 0)
        return sorted;
    const wanted = platforms.map((p) => (0,media/* formatPlatform */.Bq)((0,media/* parsePlatform */.FL)((0,media/* formatPlatform */.Bq)(p)) ?? p));
    const missing = wanted.filter((p) => !byPlatform.has(p));
    const extra = [...byPlatform.keys()].filter((p) => !wanted.includes(p));
    if (missing.length > 0 || extra.length > 0)
        throw new errors/* UserError */.yo(`Input 'platforms': ${missing.length > 0 ? `no digest for ${missing.join(', ')}` : ''}${missing.length > 0 && extra.length > 0 ? '; ' : ''}${extra.length > 0 ? `digests for ${extra.join(', ')} not listed` : ''} (the digests are for ${[...byPlatform.keys()].join(', ')}).`, {
            hint: 'List every merged platform in platforms, or leave platforms empty.',
        });
    return sorted;
}
/** A platform manifest's annotations as the index carries them (assemble's per-platform ones dropped). */
function indexAnnotations(annotations) {
    return Object.fromEntries(Object.entries(annotations).filter(([k]) => !PER_PLATFORM_ANNOTATIONS.includes(k)));
}
/** Reads every digest (in parallel), checks, builds the index. Pushes nothing. */
async function planIndex(pool, refs, platforms, labels) {
    const images = planMerge(await Promise.all(refs.map((r) => readPlatformManifest(pool, r))), platforms);
    const annotations = { ...indexAnnotations(images[0].annotations), ...labels };
    const index = buildIndex(images.map((i) => ({ manifest: i.manifest, platform: i.platform })), annotations);
    return {
        annotations,
        digest: index.descriptor.digest,
        index,
        images,
        version: images[0].labels[VERSION_LABEL] ?? '',
        revision: images[0].labels[REVISION_LABEL] ?? '',
    };
}
/** The index by digest, then under each tag (the platform manifests are already there). */
async function pushIndex(pool, image, index, tags) {
    const client = pool.client(image.registry);
    await client.putManifest(image.repository, index.descriptor.digest, index.descriptor.mediaType, index.data);
    for (const tag of tags)
        await client.putManifest(image.repository, tag, index.descriptor.mediaType, index.data);
    return (0,reference/* digestReference */.O9)(image, index.descriptor.digest);
}

// EXTERNAL MODULE: ./packages/oci/src/tags.ts
var src_tags = __webpack_require__(6756);
;// CONCATENATED MODULE: ./packages/oci/src/metadata.ts
/*
 * What the runner knows about the build (ref, PR head SHA, repository metadata) turned into the tag
 * context and the OCI labels. The pull_request event's merge commit is never used as the image's
 * identity: the PR head SHA is (metadata-action needs DOCKER_METADATA_PR_HEAD_SHA for that).
 */



function readEvent(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path || !(0,external_node_fs_.existsSync)(path))
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
/** The commit the image stands for: the PR head on pull_request events, else the checked-out commit. */
function buildCommit(env, event, headCommit) {
    const isPr = /^pull_request/.test(env.GITHUB_EVENT_NAME ?? '');
    return (isPr && event.pull_request?.head?.sha) || headCommit || env.GITHUB_SHA || '';
}
/** GITHUB_REF when on a runner, else the local ref (`refs/heads/x`, `refs/tags/v1`). */
function buildRef(env, localRef) {
    return (0,src_tags/* parseGitRef */.TL)(env.GITHUB_REF || localRef);
}
/**
 * Release tags of the repository, for the `latest` rule: the remote's (a shallow checkout has few local
 * tags) when `origin` answers within 15 s, else the local ones.
 */
async function repositoryTags(dir, env, signal) {
    const parse = (out, remote) => out
        .split('\n')
        .map((l) => remote ? (l.split('\t')[1] ?? '').replace(/^refs\/tags\//, '').replace(/\^\{\}$/, '') : l.trim())
        .filter(Boolean);
    const gitEnv = { ...env, GIT_TERMINAL_PROMPT: '0' };
    const timeout = AbortSignal.timeout(15_000);
    const remote = await (0,exec/* exec */.m0)('git', ['ls-remote', '--tags', 'origin'], {
        cwd: dir,
        env: gitEnv,
        allowFailure: true,
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    }).catch(() => undefined);
    if (remote && remote.code === 0 && remote.stdout.trim() !== '')
        return { tags: [...new Set(parse(remote.stdout, true))], from: 'remote' };
    const local = await (0,exec/* exec */.m0)('git', ['tag', '--list'], { cwd: dir, env: gitEnv, allowFailure: true, signal });
    return { tags: local.code === 0 ? parse(local.stdout, false) : [], from: 'local' };
}
/** OCI labels (image-spec annotations.md): source, revision, version, created, title, description, licenses, url. */
function ociLabels(s) {
    const repoUrl = s.env.GITHUB_SERVER_URL && s.env.GITHUB_REPOSITORY
        ? `${s.env.GITHUB_SERVER_URL}/${s.env.GITHUB_REPOSITORY}`
        : s.event.repository?.html_url;
    const labels = {
        'org.opencontainers.image.created': s.created,
        'org.opencontainers.image.revision': s.revision,
        'org.opencontainers.image.version': s.version,
        'org.opencontainers.image.title': s.event.repository?.name ?? s.env.GITHUB_REPOSITORY?.split('/')[1] ?? s.imageName.split('/').pop(),
    };
    if (repoUrl) {
        labels['org.opencontainers.image.source'] = repoUrl;
        labels['org.opencontainers.image.url'] = repoUrl;
    }
    if (s.event.repository?.description)
        labels['org.opencontainers.image.description'] = s.event.repository.description;
    const spdx = s.event.repository?.license?.spdx_id;
    if (spdx && spdx !== 'NOASSERTION')
        labels['org.opencontainers.image.licenses'] = spdx;
    return Object.fromEntries(Object.entries(labels).filter(([, v]) => v !== ''));
}

// EXTERNAL MODULE: ./packages/contract/src/version.ts
var version = __webpack_require__(85568);
;// CONCATENATED MODULE: ./packages/oci/src/registry/auth.ts
/*
 * Registry credentials and the two auth challenge flows of the Distribution API.
 * Credentials come from the action inputs (for the target image's registry only) or from the Docker
 * config that `docker login` / docker/login-action write: $DOCKER_CONFIG/config.json, else
 * ~/.docker/config.json, `auths.<host>.auth` = base64("user:password") (or username/password fields).
 * Credential helpers are run as docker runs them: `credHelpers.<host>` or else `credsStore` names
 * `docker-credential-<name>`, called with `get`, the server address on stdin, JSON on stdout
 * ({ServerURL, Username, Secret}); "credentials not found" falls back to `auths`. A helper that is missing
 * or fails is an error naming it. Every credential source is described without its secret, so a 401 can
 * say where we looked; helper secrets are handed to `log.secret` before anything could print them.
 */





/** GitHub's container registry: the one registry the job's GITHUB_TOKEN is a credential for. */
const GHCR = 'ghcr.io';
/** Why a push to ghcr.io with the job's token is refused, and what fixes it (where the user can act). */
const GHCR_TOKEN_HINT = "On ghcr.io with the job's GITHUB_TOKEN, the workflow (or job) needs `permissions: packages: write`, and a package that already exists must grant this repository write access (package settings → Manage Actions access).";
/**
 * The job's GITHUB_TOKEN (the github-token input) as the credentials for ghcr.io when nothing else has any,
 * as setup-ko logs in: the token goes to ghcr.io only, never to another registry.
 */
function withGithubToken(found, registry, token, env = process.env) {
    if (found.credentials || registry !== GHCR || !token)
        return found;
    const source = "the github-token input (the job's GITHUB_TOKEN), for ghcr.io";
    return {
        credentials: { username: env.GITHUB_ACTOR || 'x-access-token', password: token, source },
        searched: [...found.searched, source],
    };
}
function dockerConfigPath(env = process.env) {
    return (0,external_node_path_.join)(env.DOCKER_CONFIG ?? (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.docker'), 'config.json');
}
/** The keys docker tooling uses for one registry in `auths` (Docker Hub's legacy v1 URL included). */
function authKeys(registry) {
    const keys = [
        registry,
        `https://${registry}`,
        `http://${registry}`,
        `https://${registry}/v1/`,
        `https://${registry}/v2/`,
    ];
    if (registry === reference/* DOCKER_HUB */.Xb)
        keys.push('https://index.docker.io/v1/', 'index.docker.io', 'registry-1.docker.io');
    return keys;
}
const HELPER_TIMEOUT_MS = 30_000;
/** The server address docker hands a helper: Docker Hub's legacy v1 URL, else host[:port]. */
function helperServerAddress(registry) {
    return registry === reference/* DOCKER_HUB */.Xb ? 'https://index.docker.io/v1/' : registry;
}
/**
 * Runs `docker-credential-<name> get`. Returns undefined when the helper has nothing for the registry;
 * throws a UserError naming the helper when it is missing or fails.
 */
async function fromHelper(name, registry, where, opts) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name))
        throw new errors/* UserError */.yo(`${where} names credential helper '${name}', which is not a helper name`, {
            hint: 'A helper name is the part after docker-credential- (e.g. pass, secretservice, ecr-login).',
        });
    const program = `docker-credential-${name}`;
    const server = helperServerAddress(registry);
    let out;
    // A helper that waits for a passphrase prompt (pass/gpg without an agent) must not hang the step.
    const deadline = AbortSignal.timeout(HELPER_TIMEOUT_MS);
    try {
        const r = await (0,exec/* exec */.m0)(program, ['get'], {
            input: server,
            env: opts.env,
            signal: opts.signal ? AbortSignal.any([opts.signal, deadline]) : deadline,
            allowFailure: true,
        });
        if (r.code !== 0) {
            const text = (r.stdout || r.stderr).trim();
            if (/credentials not found/i.test(text))
                return undefined;
            throw new exec/* ExecError */.cI(program, ['get'], r);
        }
        out = r.stdout;
    }
    catch (e) {
        if (opts.signal?.aborted)
            throw e;
        const missing = !(e instanceof exec/* ExecError */.cI);
        const why = deadline.aborted
            ? `no answer within ${HELPER_TIMEOUT_MS / 1000} s`
            : missing
                ? e.message
                : (e.result.stderr || e.result.stdout).trim().slice(0, 300);
        throw new errors/* UserError */.yo(`Credential helper ${program} (${where}) ${deadline.aborted ? 'did not answer' : missing ? 'could not be run' : 'failed'} for registry ${registry}: ${why}`, {
            hint: missing
                ? `Install ${program} on the runner's PATH, or remove it from the Docker config.`
                : `Run 'echo ${server} | ${program} get' on the runner to see why; log in again if its credentials expired.`,
        });
    }
    let parsed;
    try {
        parsed = JSON.parse(out);
    }
    catch {
        throw new errors/* UserError */.yo(`Credential helper ${program} (${where}) printed something that is not JSON for ${registry}`);
    }
    if (!parsed.Secret)
        return undefined;
    opts.log?.secret(parsed.Secret);
    return { username: parsed.Username ?? '', password: parsed.Secret, source: `${where} (${program})` };
}
/**
 * Credentials for one registry, in docker's order: inputs (for their registry), then the Docker config:
 * credHelpers[host], else credsStore, else auths (also when a helper has nothing for the host).
 */
async function lookupCredentials(registry, opts = {}) {
    const searched = [];
    const ex = opts.explicit;
    if (ex && ex.registry === registry) {
        searched.push(`inputs registry-username/registry-password (for ${registry})`);
        if (ex.username || ex.password) {
            return {
                credentials: {
                    username: ex.username,
                    password: ex.password,
                    source: 'inputs registry-username/registry-password',
                },
                searched,
            };
        }
    }
    const path = dockerConfigPath(opts.env);
    if (!(0,external_node_fs_.existsSync)(path)) {
        searched.push(`${path} (not found)`);
        return { searched };
    }
    let config;
    try {
        config = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        searched.push(`${path} (not valid JSON: ${e.message})`);
        return { searched };
    }
    const helperKey = authKeys(registry).find((k) => config.credHelpers?.[k]);
    const helper = helperKey
        ? { name: config.credHelpers[helperKey], where: `${path} credHelpers["${helperKey}"]` }
        : config.credsStore
            ? { name: config.credsStore, where: `${path} credsStore` }
            : undefined;
    if (helper) {
        const credentials = await fromHelper(helper.name, registry, helper.where, opts);
        if (credentials)
            return { credentials, searched: [...searched, credentials.source] };
        searched.push(`${helper.where} (docker-credential-${helper.name} has nothing for ${registry})`);
    }
    for (const key of authKeys(registry)) {
        const entry = config.auths?.[key];
        if (!entry)
            continue;
        const source = `${path} auths["${key}"]`;
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0)
                return {
                    credentials: { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source },
                    searched: [...searched, source],
                };
        }
        if (entry.username && entry.password) {
            return {
                credentials: { username: entry.username, password: entry.password, source },
                searched: [...searched, source],
            };
        }
    }
    searched.push(`${path} (no auths entry for ${registry})`);
    return { searched };
}
/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (quoted values may hold commas). */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (!m)
        return undefined;
    const scheme = m[1].toLowerCase();
    if (scheme !== 'basic' && scheme !== 'bearer')
        return undefined;
    const params = {};
    const re = /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
    for (let p = re.exec(m[2]); p; p = re.exec(m[2]))
        params[p[1].toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
    return { scheme, params };
}
function basicAuth(c) {
    return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
}

// EXTERNAL MODULE: ./packages/kit/src/retry.ts
var retry = __webpack_require__(36658);
// EXTERNAL MODULE: ./packages/kit/src/telemetry.ts
var telemetry = __webpack_require__(55423);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./packages/kit/src/proxy.ts
var proxy = __webpack_require__(47844);
;// CONCATENATED MODULE: ./packages/oci/src/registry/http.ts
/*
 * A small HTTP client on node:http/https for the Distribution API: exact request bodies (digests are
 * over exact bytes), per-registry CA bundles, keep-alive, redirects (blob GETs are often sent to object
 * storage, which must not receive our Authorization header), and errors that say which host failed.
 * Every request has an overall deadline besides the idle timeout: a server that trickles bytes cannot
 * hold a step forever. Bodies may be a file range, streamed from disk (a 1 GB layer never sits in memory),
 * and a successful response may be streamed to a file the same way.
 * Proxies: HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the given environment, by the project's one rule and agents
 * (@goship/kit proxy.ts: CONNECT tunnels for https, so the CA and the Authorization reach only the registry;
 * loopback registries are never proxied, as Docker (Go's ProxyFromEnvironment) does).
 * Kept instead of undici or @actions/http-client (bench/libraries.ts, loopback, 2 cores at load ~16): a
 * @actions/http-client redirect to the same hostname on another port keeps the Authorization header (it
 * compares hostnames, not origins); neither has an overall deadline per request (idle/socket timeouts only);
 * a streamed 128 MiB PUT is on par (their time 0.89–1.53× ours); 300 small GETs vary from run to run between
 * 0.36× and 1.34× ours (≤ 2 ms a request, against a registry's network round trip), and no dependency to bundle.
 */




function bodySize(body) {
    return body === undefined ? 0 : Buffer.isBuffer(body) ? body.length : body.size;
}
function defaultDeadline(bytes) {
    return 60_000 + Math.ceil(bytes / (1 << 20)) * 1000;
}
/** A network-level failure (no HTTP response): connection refused, reset, TLS, timeout. */
class NetworkError extends Error {
    url;
    code;
    constructor(url, code, message) {
        super(message);
        this.url = url;
        this.code = code;
        this.name = 'NetworkError';
    }
}
/** Lets the process exit: idle keep-alive sockets would otherwise hold it open. */
function closeConnections() {
    (0,proxy/* closeAgents */.Z0)();
}
function once(req) {
    const url = new URL(req.url);
    const mod = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    const deadlineMs = req.deadlineMs ?? defaultDeadline(bodySize(req.body));
    const deadline = AbortSignal.timeout(deadlineMs);
    const signal = req.signal ? AbortSignal.any([req.signal, deadline]) : deadline;
    const route = (0,proxy/* proxyFor */.iJ)(url, req.proxyEnv);
    const failure = (e) => {
        if (req.signal?.aborted)
            return req.signal.reason;
        if (deadline.aborted)
            return new NetworkError(req.url, 'ETIMEDOUT', `${url.host}: no complete answer to ${req.method} ${url.pathname} within ${Math.round(deadlineMs / 1000)} s`);
        // Through a proxy, say which (never with its password: Node's tunnel errors quote its full URL).
        const via = route ? ` (through the proxy ${route.shown} from ${route.variable})` : '';
        return new NetworkError(req.url, e.code ?? 'ENETWORK', `${url.host}: ${(0,proxy/* redactProxy */.YP)(e.message, route)}${e.code ? ` (${e.code})` : ''}${via}`);
    };
    return new Promise((resolve, reject) => {
        const headers = { 'User-Agent': 'goship-oci/1', ...req.headers };
        if (req.body)
            headers['Content-Length'] = bodySize(req.body);
        else if (req.method === 'PUT' || req.method === 'POST' || req.method === 'PATCH')
            headers['Content-Length'] = 0;
        const r = mod.request(url, { method: req.method, headers, agent: (0,proxy/* agentFor */.Pf)(url, { ca: req.ca, env: req.proxyEnv }), signal }, (res) => {
            const status = res.statusCode ?? 0;
            const done = (body) => resolve({ status, headers: res.headers, body, url: req.url });
            res.on('error', (e) => reject(failure(Object.assign(e, { code: e.code ?? 'ERESPONSE' }))));
            if (req.saveTo && status >= 200 && status < 300) {
                const file = (0,external_node_fs_.createWriteStream)(req.saveTo);
                file.on('error', reject);
                file.on('finish', () => done(Buffer.alloc(0)));
                res.pipe(file);
                return;
            }
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => done(Buffer.concat(chunks)));
        });
        r.setTimeout(req.timeoutMs ?? 120_000, () => r.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
        r.on('error', (e) => reject(failure(e)));
        if (req.body === undefined || Buffer.isBuffer(req.body))
            r.end(req.body);
        else {
            const { path, start, size } = req.body;
            const file = (0,external_node_fs_.createReadStream)(path, { start, end: start + size - 1 });
            file.on('error', (e) => r.destroy(e));
            if (size === 0)
                r.end();
            else
                file.pipe(r);
        }
    });
}
/**
 * One request, following redirects for GET/HEAD. Authorization goes only to the origin (scheme, host and
 * port) it was meant for: a redirect to another host, or to http on the same host, is followed without it.
 */
async function request(req) {
    const origin = new URL(req.url).origin;
    let current = req;
    for (let hop = 0;; hop++) {
        const res = await once(current);
        const location = res.headers.location;
        const redirect = [301, 302, 303, 307, 308].includes(res.status) && location;
        if (!redirect || req.followRedirects === false || !['GET', 'HEAD'].includes(req.method) || hop >= 5)
            return res;
        const next = new URL(location, current.url);
        const headers = { ...current.headers };
        if (next.origin !== origin)
            delete headers.Authorization;
        current = { ...current, url: next.toString(), headers };
    }
}
/** Errors worth another attempt: connection resets/timeouts, 5xx and 429. */
function isTransient(err) {
    if (err instanceof NetworkError) {
        return [
            'ECONNRESET',
            'ETIMEDOUT',
            'EPIPE',
            'ECONNABORTED',
            'ERESPONSE',
            'EAI_AGAIN',
            'ECONNREFUSED',
        ].includes(err.code);
    }
    const status = err.status;
    return status !== undefined && (status >= 500 || status === 429);
}
/** TLS failures where the server speaks plain HTTP (so an insecure registry may be retried over http). */
function isPlainHttpServer(err) {
    return (err instanceof NetworkError &&
        (err.code === 'EPROTO' || /wrong version number|packet length too long/i.test(err.message)));
}
function isCertificateError(err) {
    return (err instanceof NetworkError &&
        /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_CERT|unable to get local issuer/i.test(`${err.code} ${err.message}`));
}

;// CONCATENATED MODULE: ./packages/oci/src/registry/client.ts
/*
 * A Distribution API (OCI distribution-spec) client for one registry: ping + scheme choice, basic and
 * token auth challenges, blob HEAD/GET/mount/upload (monolithic POST-then-PUT, or chunked PATCH), manifest
 * GET/PUT with exact bytes and media types, retries with backoff on 5xx / 429 / connection resets.
 * Credentials (basic or bearer) go only to the registry's own origin, as docker/distribution's client
 * does: an upload Location or redirect on another host, or on plain http, is followed without them, and a
 * challenge from such a host is never answered with them.
 */






class RegistryClient {
    opts;
    base;
    challenge;
    pinging;
    /** Tokens (or in-flight token requests) per scope, so parallel uploads share one token request. */
    tokens = new Map();
    host;
    lookup;
    constructor(opts) {
        this.opts = opts;
        this.host = (0,reference/* apiHost */.nz)(opts.registry);
    }
    /** Where the credentials come from (looked up once, on first need). */
    credentials() {
        const c = this.opts.credentials;
        this.lookup ??= typeof c === 'function' ? c() : Promise.resolve(c);
        return this.lookup;
    }
    /** scheme://host[:port] of the registry once ping() has run: the only origin that gets credentials. */
    get origin() {
        return this.base ? new URL(this.base).origin : undefined;
    }
    /** 'https' or 'http' once ping() has run. */
    get scheme() {
        return this.base ? (this.base.startsWith('https:') ? 'https' : 'http') : undefined;
    }
    log(m) {
        this.opts.log?.(m);
    }
    withRetry(what, fn, attempts = this.opts.attempts ?? 5) {
        return (0,retry/* retry */.L5)(fn, {
            attempts,
            baseDelayMs: this.opts.baseDelayMs ?? 500,
            maxDelayMs: 8000,
            retryable: isTransient,
            signal: this.opts.signal,
            onRetry: (err, attempt, delay) => this.log(`${what}: ${err.message}; attempt ${attempt + 1} in ${delay} ms`),
        });
    }
    /** Picks https (or http for insecure registries whose server speaks plain HTTP) and reads the challenge, once. */
    ping() {
        if (!this.pinging)
            this.pinging = this.pingOnce();
        return this.pinging;
    }
    async pingOnce() {
        const tryScheme = async (scheme) => {
            const res = await request({
                method: 'GET',
                url: `${scheme}://${this.host}/v2/`,
                ca: this.opts.ca,
                proxyEnv: this.opts.proxyEnv,
                signal: this.opts.signal,
                timeoutMs: 30_000,
            });
            if (res.status !== 200 && res.status !== 401) {
                throw new RegistryError(`${this.opts.registry} answered GET /v2/ with HTTP ${res.status}; it does not look like an OCI registry`, res.status, []);
            }
            this.base = `${scheme}://${this.host}`;
            if (res.status === 401)
                this.challenge = parseChallenge(headerValue(res, 'www-authenticate'));
        };
        try {
            await this.withRetry(`ping ${this.opts.registry}`, async () => {
                try {
                    await tryScheme('https');
                }
                catch (err) {
                    if (this.opts.insecure && isPlainHttpServer(err))
                        return tryScheme('http');
                    throw err;
                }
            }, Math.min(3, this.opts.attempts ?? 3));
        }
        catch (err) {
            if (isCertificateError(err)) {
                throw new errors/* UserError */.yo(`TLS certificate of registry ${this.opts.registry} is not trusted: ${err.message}`, {
                    hint: 'Pass its CA certificate (PEM file) in the registry-ca input, or set NODE_EXTRA_CA_CERTS for the step.',
                });
            }
            if (err instanceof NetworkError) {
                const plain = isPlainHttpServer(err)
                    ? ` It speaks plain HTTP; list it in insecure-registries to allow that (loopback addresses are allowed by default).`
                    : '';
                throw new errors/* UserError */.yo(`Cannot reach registry ${this.opts.registry}: ${err.message}.${plain}`, {
                    hint: 'Check the registry host and port in the image input, and that the registry is running and reachable from the runner.',
                });
            }
            throw err;
        }
    }
    async authFailure(kind, detail) {
        const { credentials, searched } = await this.credentials();
        if (kind === 'missing' || !credentials) {
            return new RegistryAuthError(`Registry ${this.opts.registry} requires authentication (${detail}) and no credentials were found. Looked in: ${searched.join('; ')}.`, 'Pass registry-username and registry-password, or run docker/login-action for this registry before this step.');
        }
        return new RegistryAuthError(`Registry ${this.opts.registry} rejected the credentials of user '${credentials.username}' from ${credentials.source} (${detail}).`, [
            this.opts.deniedHint,
            'Check the username and password/token for this registry (the password is not shown).',
        ]
            .filter(Boolean)
            .join(' '));
    }
    token(scope) {
        let pending = this.tokens.get(scope);
        if (!pending) {
            pending = this.fetchToken(scope);
            this.tokens.set(scope, pending);
            pending.catch(() => this.tokens.delete(scope));
        }
        return pending;
    }
    async fetchToken(scope) {
        const ch = this.challenge;
        if (ch?.scheme !== 'bearer' || !ch.params.realm)
            return undefined;
        let url;
        try {
            url = new URL(ch.params.realm);
        }
        catch {
            throw new RegistryError(`Registry ${this.opts.registry} names a token realm that is not a URL: '${ch.params.realm}'`, 401, []);
        }
        // The realm receives the password: never in clear text for a registry reached over TLS.
        if (url.protocol !== 'https:' && (this.scheme === 'https' || url.protocol !== 'http:')) {
            throw new RegistryError(`Registry ${this.opts.registry} (${this.scheme}) names a plain-http token realm ${url.origin}; credentials are not sent there`, 401, [], 'A registry served over https must issue tokens over https. Check the registry’s auth.token.realm setting.');
        }
        if (ch.params.service)
            url.searchParams.set('service', ch.params.service);
        for (const s of scope.split(' '))
            url.searchParams.append('scope', s);
        const creds = (await this.credentials()).credentials;
        const res = await request({
            method: 'GET',
            url: url.toString(),
            ca: this.opts.ca,
            proxyEnv: this.opts.proxyEnv,
            signal: this.opts.signal,
            headers: creds ? { Authorization: basicAuth(creds) } : {},
        });
        if (res.status === 401 || res.status === 403)
            throw await this.authFailure(creds ? 'rejected' : 'missing', `token endpoint ${url.host} answered ${res.status}`);
        if (res.status >= 500)
            throw Object.assign(new Error(`token endpoint ${url.host} answered ${res.status}`), {
                status: res.status,
            });
        if (res.status !== 200)
            throw new RegistryError(`token endpoint ${url.host} answered ${res.status}: ${registryErrorDetail(res).text}`, res.status, []);
        const body = JSON.parse(res.body.toString('utf8'));
        return body.token ?? body.access_token;
    }
    async authHeader(scope) {
        if (this.challenge?.scheme === 'basic') {
            const creds = (await this.credentials()).credentials;
            return creds ? { Authorization: basicAuth(creds) } : {};
        }
        const token = await this.token(scope);
        return token ? { Authorization: `Bearer ${token}` } : {};
    }
    /**
     * One request; Authorization only when the URL is on the registry's origin. A 401 from the registry
     * refreshes the challenge/token once, then fails with where credentials came from; a 401 from anywhere
     * else fails at once (its challenge could name a realm of its choosing).
     */
    async send(method, pathOrUrl, opts) {
        await this.ping();
        const target = new URL(pathOrUrl, this.base);
        const url = target.toString();
        const own = target.origin === this.origin;
        const go = async () => request({
            method,
            url,
            body: opts.body,
            saveTo: opts.saveTo,
            deadlineMs: opts.deadlineMs,
            ca: this.opts.ca,
            proxyEnv: this.opts.proxyEnv,
            signal: this.opts.signal,
            headers: { ...(opts.headers ?? {}), ...(own ? await this.authHeader(opts.scope) : {}) },
        });
        let res = await go();
        if (res.status === 401 && !own) {
            throw new RegistryError(`${target.origin} answered ${method} ${target.pathname} with 401: registry ${this.origin} sent us there, and its credentials are only sent to ${this.origin}`, 401, [], 'The registry points uploads or downloads at another host or at plain http; that host must accept them without the registry’s credentials. Check the registry’s storage/redirect settings.');
        }
        if (res.status === 401) {
            const fresh = parseChallenge(headerValue(res, 'www-authenticate'));
            const hadAuth = this.challenge !== undefined;
            if (fresh)
                this.challenge = fresh;
            this.tokens.delete(opts.scope);
            const creds = (await this.credentials()).credentials;
            if (!creds && (!fresh || fresh.scheme === 'basic')) {
                throw await this.authFailure('missing', `${method} ${target.pathname} → 401`);
            }
            if (!hadAuth || fresh?.scheme === 'bearer')
                res = await go();
            if (res.status === 401) {
                const d = registryErrorDetail(res).text;
                throw await this.authFailure(creds ? 'rejected' : 'missing', `${method} ${target.pathname} → 401 ${d}`);
            }
        }
        if (res.status >= 500 || res.status === 429) {
            throw Object.assign(new Error(`${this.opts.registry}: ${method} ${target.pathname} → HTTP ${res.status} ${registryErrorDetail(res).text}`), {
                status: res.status,
            });
        }
        return res;
    }
    fail(what, res, hint) {
        const d = registryErrorDetail(res);
        throw new RegistryError(`${this.opts.registry} ${what}: HTTP ${res.status} ${d.text}`, res.status, d.codes, 
        // A refusal (403) first says what the registry's permissions need, then what the operation adds.
        res.status === 403 && this.opts.deniedHint
            ? [this.opts.deniedHint, hint].filter(Boolean).join(' ')
            : hint);
    }
    async hasBlob(repo, digest) {
        return this.withRetry(`HEAD blob ${client_short(digest)}`, async () => {
            const res = await this.send('HEAD', `/v2/${repo}/blobs/${digest}`, {
                scope: `repository:${repo}:pull`,
            });
            if (res.status === 200)
                return true;
            if (res.status === 404)
                return false;
            return this.fail(`HEAD blob ${digest} in ${repo}`, res);
        });
    }
    async getBlob(repo, digest) {
        return this.withRetry(`GET blob ${client_short(digest)}`, async () => {
            const res = await this.send('GET', `/v2/${repo}/blobs/${digest}`, { scope: `repository:${repo}:pull` });
            if (res.status !== 200)
                return this.fail(`GET blob ${digest} from ${repo}`, res);
            if ((0,media/* sha256 */.sc)(res.body) !== digest)
                throw new RegistryError(`${this.opts.registry} sent blob ${digest} of ${repo} with different content (digest mismatch)`, 200, ['DIGEST_INVALID']);
            return res.body;
        });
    }
    /**
     * Streams a blob to a file (a layer never sits in memory), checking its digest on the way. `size` (from
     * the descriptor) sets the request deadline.
     */
    async downloadBlob(repo, digest, path, size = 0) {
        return this.withRetry(`GET blob ${client_short(digest)}`, async () => {
            const res = await this.send('GET', `/v2/${repo}/blobs/${digest}`, {
                scope: `repository:${repo}:pull`,
                saveTo: path,
                deadlineMs: defaultDeadline(size),
            });
            if (res.status !== 200)
                return this.fail(`GET blob ${digest} from ${repo}`, res);
            if ((await (0,media/* sha256File */.Q3)(path)) !== digest)
                throw new RegistryError(`${this.opts.registry} sent blob ${digest} of ${repo} with different content (digest mismatch)`, 200, ['DIGEST_INVALID']);
        });
    }
    /**
     * Puts a blob unless the repository has it: HEAD, then cross-repository mount from `mountFrom` when
     * given (same registry), then upload. `data` is bytes or a file range (streamed from disk); it is
     * called only when an upload is needed. Returns what happened.
     */
    pushBlob(repo, digest, data, mountFrom) {
        return (0,telemetry/* span */.Ln)('blob upload', { 'goship.blob.digest': digest, 'goship.repository': repo }, async (s) => {
            const transfer = await this.transferBlob(repo, digest, data, mountFrom);
            s.set({ 'goship.blob.transfer': transfer });
            return transfer;
        });
    }
    async transferBlob(repo, digest, data, mountFrom) {
        if (await this.hasBlob(repo, digest))
            return 'exists';
        let body;
        return this.withRetry(`upload blob ${client_short(digest)}`, async () => {
            let location;
            if (mountFrom && mountFrom !== repo) {
                const res = await this.send('POST', `/v2/${repo}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}`, {
                    scope: `repository:${repo}:pull,push repository:${mountFrom}:pull`,
                });
                if (res.status === 201)
                    return 'mounted';
                if (res.status !== 202)
                    return this.fail(`mount ${digest} from ${mountFrom} into ${repo}`, res);
                location = headerValue(res, 'location');
            }
            else {
                const res = await this.send('POST', `/v2/${repo}/blobs/uploads/`, {
                    scope: `repository:${repo}:pull,push`,
                });
                if (res.status !== 202)
                    return this.fail(`start upload to ${repo}`, res);
                location = headerValue(res, 'location');
            }
            if (!location)
                throw new RegistryError(`${this.opts.registry} started an upload without a Location header`, 202, []);
            body ??= await data();
            const chunked = bodySize(body) > (this.opts.monolithicLimit ?? 64 << 20);
            if (chunked)
                location = await this.patchChunks(repo, location, body);
            const url = withQuery(new URL(location, this.base).toString(), 'digest', digest);
            const res = await this.send('PUT', url, {
                scope: `repository:${repo}:pull,push`,
                headers: { 'Content-Type': 'application/octet-stream' },
                body: chunked ? undefined : body,
            });
            if (res.status !== 201)
                return this.fail(`upload of blob ${digest} to ${repo}`, res);
            return 'uploaded';
        });
    }
    async patchChunks(repo, location, body) {
        const size = this.opts.chunkSize ?? 16 << 20;
        const total = bodySize(body);
        // A relative Location is relative to the request that returned it (RFC 9110), not to the registry.
        let loc = new URL(location, this.base).toString();
        for (let start = 0; start < total; start += size) {
            const length = Math.min(size, total - start);
            const chunk = Buffer.isBuffer(body)
                ? body.subarray(start, start + length)
                : { path: body.path, start: body.start + start, size: length };
            const res = await this.send('PATCH', loc, {
                scope: `repository:${repo}:pull,push`,
                headers: {
                    'Content-Type': 'application/octet-stream',
                    'Content-Range': `${start}-${start + length - 1}`,
                },
                body: chunk,
            });
            if (res.status !== 202)
                return this.fail(`chunk ${start}-${start + length - 1} upload to ${repo}`, res);
            const next = headerValue(res, 'location');
            if (next)
                loc = new URL(next, loc).toString();
        }
        return loc;
    }
    /** GET a manifest or index by tag or digest, with the Accept header registries need. */
    async getManifest(repo, reference) {
        return this.withRetry(`GET manifest ${repo}:${reference}`, async () => {
            const res = await this.send('GET', `/v2/${repo}/manifests/${reference}`, {
                scope: `repository:${repo}:pull`,
                headers: { Accept: media/* MANIFEST_ACCEPT */.dY },
            });
            if (res.status === 404)
                return undefined;
            if (res.status !== 200)
                return this.fail(`GET manifest ${repo}:${reference}`, res);
            const digest = (0,media/* sha256 */.sc)(res.body);
            if (reference.startsWith('sha256:') && digest !== reference) {
                throw new RegistryError(`${this.opts.registry} sent manifest ${reference} of ${repo} with different content`, 200, ['DIGEST_INVALID']);
            }
            const mediaType = (headerValue(res, 'content-type') ?? '').split(';')[0].trim() ||
                JSON.parse(res.body.toString('utf8')).mediaType;
            return { mediaType, body: res.body, digest };
        });
    }
    /** PUT a manifest's exact bytes; checks the registry computed the same digest. */
    async putManifest(repo, reference, mediaType, body) {
        const digest = (0,media/* sha256 */.sc)(body);
        return this.withRetry(`PUT manifest ${repo}:${reference}`, async () => {
            const res = await this.send('PUT', `/v2/${repo}/manifests/${reference}`, {
                scope: `repository:${repo}:pull,push`,
                headers: { 'Content-Type': mediaType },
                body,
            });
            if (res.status !== 201 && res.status !== 200) {
                return this.fail(`rejected manifest ${reference} for ${repo}`, res, 'Nothing was tagged; the blobs already uploaded are unreferenced and safe to leave.');
            }
            const echoed = headerValue(res, 'docker-content-digest');
            if (echoed && echoed !== digest)
                throw new RegistryError(`${this.opts.registry} stored manifest ${reference} as ${echoed}, not ${digest}`, res.status, ['DIGEST_INVALID']);
            return digest;
        });
    }
}
function headerValue(res, name) {
    const v = res.headers[name];
    return Array.isArray(v) ? v[0] : v;
}
function withQuery(url, key, value) {
    const u = new URL(url);
    u.searchParams.set(key, value);
    return u.toString();
}
function client_short(digest) {
    return digest.slice(0, 19);
}

;// CONCATENATED MODULE: ./packages/oci/src/registry/pool.ts



/** One client per registry, so pings, challenges and tokens are shared by every image on it. */
class RegistryPool {
    opts;
    clients = new Map();
    constructor(opts = {}) {
        this.opts = opts;
    }
    get ca() {
        return this.opts.ca;
    }
    async credentialsFor(registry) {
        return (await this.client(registry).credentials()).credentials;
    }
    isInsecure(registry) {
        return isLoopbackRegistry(registry) || (this.opts.insecureRegistries ?? []).includes(registry);
    }
    client(registry) {
        let c = this.clients.get(registry);
        if (!c) {
            const options = {
                registry,
                insecure: this.isInsecure(registry),
                ca: this.opts.ca,
                proxyEnv: this.opts.env,
                credentials: async () => withGithubToken(await lookupCredentials(registry, {
                    explicit: this.opts.explicit,
                    env: this.opts.env,
                    log: this.opts.log,
                    signal: this.opts.signal,
                }), registry, this.opts.githubToken, this.opts.env),
                deniedHint: registry === GHCR ? GHCR_TOKEN_HINT : undefined,
                signal: this.opts.signal,
                log: (m) => this.opts.log?.info(m),
                attempts: this.opts.attempts,
                baseDelayMs: this.opts.baseDelayMs,
                monolithicLimit: this.opts.monolithicLimit,
                chunkSize: this.opts.chunkSize,
            };
            c = new RegistryClient(options);
            this.clients.set(registry, c);
        }
        return c;
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/publish.ts
/*
 * docker-multistage's whole job, independent of the runner: describe the source, compute tags and labels,
 * then build with one of the two backends and push (or write an OCI layout).
 */












async function publishImage(req) {
    const log = (message) => req.log?.info(message);
    // Everything that can be checked without a registry is checked first, so bad input changes nothing.
    const binaries = req.mode === 'assemble' ? selectArtifacts(req.platforms, req.artifacts) : [];
    if (req.pushByDigest)
        checkPushByDigest(req, binaries);
    const mergeRefs = req.mode === 'merge' ? parseDigests(req.digests ?? '', req.image) : [];
    if (req.mode === 'merge' && !req.push)
        throw new errors/* UserError */.yo("Input 'push': mode merge writes the index to the registry; push: false is not supported.");
    const source = await describeCheckout(req);
    const { revision, tags, labels, common } = await nameImage(req, source, log);
    const pool = new RegistryPool({ ...req.registry, signal: req.signal, log: req.log });
    const publication = {
        req,
        log,
        source,
        revision,
        tags,
        labels,
        common,
        pool,
        listening: listeningStep(req, log),
    };
    if (req.mode === 'merge')
        return await publishMerge(publication, mergeRefs);
    if (req.mode === 'assemble')
        return await publishAssembled(publication, binaries);
    return await publishDockerfile(publication);
}
/** push-by-digest pushes one platform image, built by mode: assemble. */
function checkPushByDigest(req, binaries) {
    if (req.mode !== 'assemble')
        throw new errors/* UserError */.yo(`Input 'push-by-digest': works with mode assemble, not ${req.mode}.`, {
            hint: 'Build each platform with go-build-ldflags and mode: assemble.',
        });
    if (!req.push)
        throw new errors/* UserError */.yo("Input 'push-by-digest': is true but push is false.", {
            hint: 'push-by-digest pushes; remove push: false.',
        });
    if (binaries.length !== 1)
        throw new errors/* UserError */.yo(`Input 'push-by-digest': pushes one platform, but ${binaries.length} are selected (${binaries.map((b) => (0,media/* formatPlatform */.Bq)(b.platform)).join(', ')}).`, { hint: 'Set platforms: to the one platform of this matrix job, e.g. platforms: linux/arm64.' });
}
async function describeCheckout(req) {
    try {
        return await (0,version/* describeSource */.B6)(req.sourceDir, {
            env: req.env,
            signal: req.signal,
            tagPrefix: req.tagPrefix,
        });
    }
    catch (e) {
        throw new errors/* UserError */.yo(`Cannot describe the source in ${req.sourceDir}: ${e.message}`, {
            hint: 'Check out the repository (actions/checkout) before this step; the version, commit and tags come from git.',
        });
    }
}
/** The image's tags (from the rules and the ref) and labels (OCI ones from the source and the run, then the input's). */
async function nameImage(req, source, log) {
    const event = readEvent(req.env);
    const revision = buildCommit(req.env, event, source.commit);
    const ref = buildRef(req.env, source.ref);
    const repoTags = ref.kind === 'tag'
        ? await repositoryTags(req.sourceDir, req.env, req.signal)
        : { tags: [], from: 'local' };
    const computed = (0,src_tags/* computeTags */.$o)(req.tagRules, { ref, sha: revision, repositoryTags: repoTags.tags, tagPrefix: req.tagPrefix }, req.latest);
    if (computed.invalid.length > 0) {
        const bad = computed.invalid
            .map((i) => `'${i.tag}' (from line ${i.rule.line}: ${i.rule.text})`)
            .join(', ');
        throw new errors/* UserError */.yo(`Input 'tags': ${bad} is not a valid registry tag. Expected [A-Za-z0-9_][A-Za-z0-9._-]{0,127}.`, {
            hint: 'Change the rule’s prefix/suffix/value so the tag uses only letters, digits, _ . - (no / or +).',
        });
    }
    const tags = req.pushByDigest ? [] : [...new Set([...computed.tags, ...req.extraTags])];
    if (req.pushByDigest)
        log('push-by-digest: no tags; merge this digest with mode: merge');
    else if (tags.length === 0)
        log('no tag rule matched this ref; the image is pushed by digest only');
    const version = req.version || source.version;
    const labels = {
        ...ociLabels({
            version,
            revision,
            created: source.commitTime,
            env: req.env,
            event,
            imageName: req.image.repository,
        }),
        ...req.labels,
    };
    const common = {
        version,
        revision,
        created: source.commitTime,
        labels,
        tagsFrom: `${ref.kind} ${ref.name}${ref.kind === 'tag' ? ` (latest rule used ${repoTags.from} tags)` : ''}`,
    };
    return { revision, tags, labels, common };
}
function listeningStep(req, log) {
    const setting = req.listeningCheck ?? 'auto';
    const notice = (message) => req.log?.notice(message);
    return {
        setting,
        notice,
        result: { status: 'off', reason: 'listening-check: false' },
        noNative: (platforms) => skipListening(setting, `the image has no ${(0,media/* formatPlatform */.Bq)(nativePlatform())} platform (it has ${platforms.join(', ')}), and this runner runs only its own`, notice),
        check: {
            setting,
            inputPort: req.port,
            portEnv: req.portEnv,
            args: req.args,
            tempDir: (0,external_node_path_.join)(req.tempDir ?? (0,external_node_os_.tmpdir)(), 'listening'),
            timeoutMs: req.listeningTimeoutMs,
            signal: req.signal,
            log,
            notice,
        },
    };
}
function referencesOf({ req, tags }) {
    return tags.map((t) => `${(0,reference/* repositoryName */.aR)(req.image)}:${t}`);
}
/** mode: merge — the push-by-digest jobs' images joined into one index, pushed under the tags. */
async function publishMerge(publication, mergeRefs) {
    const { req, log, revision, tags, common, pool, listening } = publication;
    if (listening.setting !== 'false')
        listening.result = skipListening(listening.setting, 'mode merge joins images other jobs built and pushed; their push-by-digest jobs run the check', listening.notice);
    const plan = await planIndex(pool, mergeRefs, req.platforms, req.labels);
    if (plan.revision !== revision)
        throw new errors/* UserError */.yo(`Input 'digests': the images are of commit ${plan.revision || '(no revision label)'}, but this job builds commit ${revision}; their tags would name the wrong commit.`, { hint: 'Merge in the same workflow run as the push-by-digest jobs, on the same checkout.' });
    const image = await pushIndex(pool, req.image, plan.index, tags);
    log(`merged ${plan.images.length} platforms into ${image}`);
    return {
        ...common,
        listening: listening.result,
        labels: plan.annotations,
        version: plan.version || common.version,
        image,
        digest: plan.digest,
        tags,
        references: referencesOf(publication),
        platforms: plan.images.map((i) => (0,media/* formatPlatform */.Bq)(i.platform)),
        mode: 'merge',
        pushed: true,
        perPlatform: plan.images.map((i) => ({
            platform: (0,media/* formatPlatform */.Bq)(i.platform),
            digest: i.manifest.descriptor.digest,
            size: i.size,
            layers: i.layers.map((l) => ({ ...l, description: 'layer', transfer: 'exists' })),
        })),
        uploaded: 0,
        reused: 0,
        uploadedBytes: 0,
    };
}
/** mode: assemble — the prebuilt binaries on the base image, daemonless. */
async function publishAssembled(publication, binaries) {
    const { req, log, source, tags, labels, common, pool, listening } = publication;
    const r = await assemble({
        image: req.image,
        tags,
        binaries,
        base: req.base,
        port: req.port,
        portEnv: req.portEnv,
        user: DEFAULT_USER,
        labels,
        annotations: labels,
        created: source.commitTime,
        mtime: source.epoch,
        push: req.push,
        output: req.output,
        tempDir: req.tempDir,
        pool,
        log,
        beforePush: async (images) => {
            if (listening.setting === 'false')
                return;
            const native = pickNative(images);
            listening.result = native
                ? await checkImageListening({ ...native, layers: await native.layers() }, listening.check)
                : listening.noNative(images.map((i) => i.platform));
        },
    });
    return {
        ...common,
        listening: listening.result,
        image: req.push ? (0,reference/* digestReference */.O9)(req.image, r.digest) : `${r.output?.path}@${r.digest}`,
        digest: r.digest,
        tags,
        references: referencesOf(publication),
        platforms: r.platforms.map((p) => p.platform),
        mode: 'assemble',
        pushed: req.push,
        output: r.output?.path,
        perPlatform: r.platforms,
        uploaded: r.uploaded,
        reused: r.reused,
        uploadedBytes: r.uploadedBytes,
    };
}
/** mode: dockerfile — the project's Dockerfile, built by BuildKit or Docker. */
async function publishDockerfile(publication) {
    const { req, log, source, tags, labels, common, pool, listening } = publication;
    if (!req.dockerfile)
        throw new Error('dockerfile options missing');
    const r = await buildDockerfile({
        ...req.dockerfile,
        image: req.image,
        tags,
        labels,
        platforms: req.platforms,
        push: req.push,
        output: req.output,
        source,
        port: req.port,
        portEnv: req.portEnv,
        pool,
        env: req.env,
        log,
        warn: (message, where) => req.log?.warning(message, where),
        signal: req.signal,
        beforePush: async (layout, why) => {
            if (listening.setting === 'false')
                return;
            if (!layout) {
                listening.result = skipListening(listening.setting, why ?? 'the builder gives no image before the push', listening.notice);
                return;
            }
            const native = imageFromLayout(layout);
            listening.result = native
                ? await checkImageListening(native, listening.check)
                : listening.noNative(req.platforms.length > 0 ? req.platforms.map(media/* formatPlatform */.Bq) : ['other platforms']);
        },
    });
    return {
        ...common,
        listening: listening.result,
        image: req.push ? (0,reference/* digestReference */.O9)(req.image, r.digest) : `${r.output}@${r.digest}`,
        digest: r.digest,
        tags,
        references: referencesOf(publication),
        platforms: r.platforms,
        mode: 'dockerfile',
        pushed: req.push,
        output: r.output,
        perPlatform: r.perPlatform,
        uploaded: 0,
        reused: 0,
        uploadedBytes: 0,
        builder: r.builder,
    };
}

;// CONCATENATED MODULE: ./packages/oci/src/readback.ts


/** Reads `repository@digest` back through the pool's client (its credentials and origin rules). */
async function readPushedImage(pool, image, digest, tags = []) {
    const client = pool.client(image.registry);
    const repo = image.repository;
    const top = await client.getManifest(repo, digest);
    if (!top)
        throw new Error(`${image.registry}/${repo} has no manifest ${digest}`);
    let manifestDigest = top.digest;
    let manifest;
    if (media/* INDEX_TYPES */.V.includes(top.mediaType)) {
        const index = JSON.parse(top.body.toString('utf8'));
        const entries = index.manifests.filter((m) => m.platform && m.platform.os !== 'unknown');
        const chosen = entries.find((m) => isNative(m.platform)) ?? entries[0];
        if (!chosen)
            throw new Error(`index ${digest} in ${image.registry}/${repo} lists no platform image`);
        const m = await client.getManifest(repo, chosen.digest);
        if (!m)
            throw new Error(`${image.registry}/${repo} has no manifest ${chosen.digest} (listed in ${digest})`);
        manifestDigest = m.digest;
        manifest = JSON.parse(m.body.toString('utf8'));
    }
    else
        manifest = JSON.parse(top.body.toString('utf8'));
    const config = JSON.parse((await client.getBlob(repo, manifest.config.digest)).toString('utf8'));
    const resolved = await Promise.all(tags.map(async (t) => [t, (await client.getManifest(repo, t))?.digest]));
    return {
        digest: top.digest,
        mediaType: top.mediaType,
        platform: (0,media/* formatPlatform */.Bq)({ os: config.os, architecture: config.architecture, variant: config.variant }),
        manifestDigest,
        config,
        tags: Object.fromEntries(resolved),
    };
}

// EXTERNAL MODULE: ./packages/kit/src/summary.ts
var summary = __webpack_require__(55300);
;// CONCATENATED MODULE: ./packages/oci/src/summary.ts

/** The job summary: where the image is, its digest, tags, and size per platform and per layer. */
function publishSummary(r) {
    const parts = [
        (0,summary/* heading */.R_)(`docker-multistage: ${r.pushed ? 'pushed' : 'wrote'} ${(0,summary/* code */.aY)(r.image)}`),
        (0,summary/* table */.tp)(['Image', 'Value'], [
            ['Reference', (0,summary/* code */.aY)(r.image)],
            ['Digest', (0,summary/* code */.aY)(r.digest)],
            ['Tags', r.tags.length > 0 ? r.tags.map(summary/* code */.aY).join(' ') : '(none: by digest only)'],
            ['Platforms', r.platforms.join(', ')],
            ['Version / revision', `${(0,summary/* code */.aY)(r.version)} / ${(0,summary/* code */.aY)(r.revision.slice(0, 12))}`],
            ['Created (commit time)', r.created],
            [
                'Backend',
                r.mode === 'dockerfile'
                    ? `dockerfile (${r.builder})`
                    : r.mode === 'merge'
                        ? `merge (${r.perPlatform.length} images pushed by digest; no daemon, no layer moved)`
                        : 'assemble (no daemon)',
            ],
            ['Listening check', listeningCell(r)],
            ...(r.mode === 'assemble' && r.pushed
                ? [
                    [
                        'Blobs',
                        `${r.uploaded} uploaded (${(0,summary/* formatBytes */.z3)(r.uploadedBytes)}), ${r.reused} already present or mounted`,
                    ],
                ]
                : []),
        ]),
    ];
    if (r.perPlatform.length > 0) {
        parts.push((0,summary/* heading */.R_)('Size per platform', 4), (0,summary/* table */.tp)(['Platform', 'Manifest', 'Size (compressed)', 'Layers'], r.perPlatform.map((p) => [
            p.platform,
            (0,summary/* code */.aY)(p.digest.slice(0, 19)),
            (0,summary/* formatBytes */.z3)(p.size),
            p.layers.length,
        ])), (0,summary/* heading */.R_)('Layers', 4), (0,summary/* table */.tp)(['Platform', 'Layer', 'Size', 'Content', 'Transfer'], r.perPlatform.flatMap((p) => p.layers.map((l) => [
            p.platform,
            (0,summary/* code */.aY)(l.digest.slice(0, 19)),
            (0,summary/* formatBytes */.z3)(l.size),
            l.description,
            l.transfer ?? '',
        ]))));
    }
    return `${parts.join('\n\n')}\n`;
}
function listeningCell(r) {
    const l = r.listening;
    if (l.status === 'passed')
        return `${l.platform}: the process listens on ${(0,summary/* code */.aY)(String(l.port))} as declared (${l.declaredBy?.join(', ')}; ${l.user ? `as ${l.user} ` : ''}in ${l.isolation ?? `a ${l.sandbox} sandbox`})`;
    return `${l.status}: ${l.reason ?? ''}`;
}

;// CONCATENATED MODULE: ./packages/oci/src/index.ts
// OCI images: references, tags, deterministic layers, configs/manifests/indexes, OCI layouts, the
// Distribution API client, Dockerfile generation/analysis and the two build backends.

























/***/ })

};
