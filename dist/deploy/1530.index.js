export const id = 1530;
export const ids = [1530];
export const modules = {

/***/ 53996:
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

/***/ 26309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/**
 * Runs `fn` over `items` with at most `limit` calls in flight, keeping the order of results (a build
 * matrix, parallel lookups). A failure rejects the returned promise at once; `fn` should catch what it
 * wants to report per item (the other workers still finish the items they took).
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    }));
    return results;
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


/***/ }),

/***/ 82235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ builtinObjects),
/* harmony export */   w: () => (/* binding */ labelValue)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/*
 * The builtin source: a complete, production-sane set for one HTTP service from a handful of inputs
 * (the seed's chapter 3–4 in one place). One port flows everywhere: ConfigMap key PORT → env PORT via
 * configMapKeyRef → containerPort named `http` → probes on `http` → Service targetPort `http`.
 */

// Bounded wait on one dependency, run by busybox sh. The target and timeout arrive as positional
// arguments ($1, $2), never spliced into the script, so no input is ever shell syntax. `nc -z` is
// missing from busybox builds without NC_110_COMPAT (Debian's); `nc HOST PORT -e true` (connect, run
// `true`, exit 0) is the fallback that works there.
const WAIT_SCRIPT = [
    'target="$1"; timeout="$2"; host="${target%:*}"; port="${target##*:}"',
    'end=$(( $(date +%s) + timeout ))',
    'reachable() { nc -z -w 2 "$host" "$port" 2>/dev/null || nc -w 2 "$host" "$port" -e true </dev/null 2>/dev/null; }',
    'until reachable; do',
    '  if [ "$(date +%s)" -ge "$end" ]; then',
    '    echo "wait-for: gave up on dependency $target after ${timeout}s: nothing accepts connections there" >&2',
    '    exit 1',
    '  fi',
    '  sleep 1',
    'done',
    'echo "wait-for: dependency $target accepts connections"',
].join('\n');
const RESTRICTED_CONTAINER = {
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    runAsNonRoot: true,
    capabilities: { drop: ['ALL'] },
};
/** A label value from a version string: at most 63 of [A-Za-z0-9_.-], alphanumeric at both ends. */
function labelValue(text) {
    return text
        .replace(/[^A-Za-z0-9_.-]/g, '_')
        .slice(0, 63)
        .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
}
function initContainerName(host, port, taken) {
    const base = `wait-${host.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`
        .slice(0, 63 - String(port).length - 1)
        .replace(/-+$/, '');
    let name = `${base}-${port}`;
    for (let i = 2; taken.has(name); i++)
        name = `${base.slice(0, 55)}-${port}-${i}`;
    taken.add(name);
    return name;
}
function probe(path, timing) {
    return { httpGet: { path, port: 'http' }, ...timing };
}
function builtinObjects(o) {
    const selector = { 'app.kubernetes.io/name': o.name, 'app.kubernetes.io/instance': o.name };
    const labels = {
        ...selector,
        'app.kubernetes.io/version': labelValue(o.version),
        'app.kubernetes.io/managed-by': 'goship',
    };
    const configName = `${o.name}-config`;
    const configData = { PORT: String(o.port) };
    for (const [k, v] of o.config)
        configData[k] = v;
    // Pods read the ConfigMap only at start: a changed ConfigMap must change the pod template to roll them.
    const configHash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(configData)).digest('hex').slice(0, 16);
    const env = Object.keys(configData).map((key) => ({
        name: key,
        valueFrom: { configMapKeyRef: { name: configName, key } },
    }));
    const resources = {};
    if (Object.keys(o.resources.requests).length)
        resources.requests = { ...o.resources.requests };
    if (Object.keys(o.resources.limits).length)
        resources.limits = { ...o.resources.limits };
    const container = {
        name: o.name,
        image: o.image,
        imagePullPolicy: 'IfNotPresent',
        ports: [{ name: 'http', containerPort: o.port, protocol: 'TCP' }],
        env,
        resources,
        securityContext: RESTRICTED_CONTAINER,
        volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
    };
    // Startup gates the other two, so a slow start is not killed by liveness (up to 60 s here).
    if (o.probes.startup)
        container.startupProbe = probe(o.probes.startup, {
            periodSeconds: 2,
            timeoutSeconds: 2,
            failureThreshold: 30,
        });
    if (o.probes.readiness)
        container.readinessProbe = probe(o.probes.readiness, {
            periodSeconds: 5,
            timeoutSeconds: 2,
            failureThreshold: 3,
        });
    if (o.probes.liveness)
        container.livenessProbe = probe(o.probes.liveness, {
            periodSeconds: 10,
            timeoutSeconds: 2,
            failureThreshold: 3,
        });
    const taken = new Set([o.name]);
    const initContainers = o.waitFor.map(({ host, port }) => ({
        name: initContainerName(host, port, taken),
        image: o.waitImage,
        imagePullPolicy: 'IfNotPresent',
        command: ['sh', '-c', WAIT_SCRIPT, 'wait-for', `${host}:${port}`, String(o.waitTimeoutSeconds)],
        resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { memory: '32Mi' } },
        securityContext: RESTRICTED_CONTAINER,
    }));
    const podSpec = {
        // The app does not call the Kubernetes API; not mounting a token removes a credential from the pod.
        automountServiceAccountToken: false,
        // Service links inject <SVC>_PORT=tcp://… variables that collide with *_PORT settings.
        enableServiceLinks: false,
        securityContext: {
            runAsNonRoot: true,
            runAsUser: 65532,
            runAsGroup: 65532,
            seccompProfile: { type: 'RuntimeDefault' },
        },
        terminationGracePeriodSeconds: 30,
    };
    if (o.nodeSelector.size)
        podSpec.nodeSelector = Object.fromEntries(o.nodeSelector);
    if (o.tolerations.length)
        podSpec.tolerations = o.tolerations.map((t) => ({ ...t }));
    if (initContainers.length)
        podSpec.initContainers = initContainers;
    podSpec.containers = [container];
    podSpec.volumes = [{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }];
    const deploymentSpec = {};
    if (o.maxReplicas === undefined)
        deploymentSpec.replicas = o.replicas; // else the HPA owns replicas
    Object.assign(deploymentSpec, {
        revisionHistoryLimit: 5,
        // Fail fast: the default 600 s hides a broken rollout for ten minutes.
        progressDeadlineSeconds: o.progressDeadlineSeconds,
        selector: { matchLabels: selector },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
        template: {
            metadata: { labels, annotations: { 'goship.dev/config-hash': configHash } },
            spec: podSpec,
        },
    });
    const servicePort = { name: 'http', port: o.servicePort, targetPort: 'http', protocol: 'TCP' };
    if (o.nodePort !== undefined)
        servicePort.nodePort = o.nodePort;
    const objects = [
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: configName, labels }, data: configData },
        {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: { name: o.name, labels },
            spec: { type: o.serviceType, selector, ports: [servicePort] },
        },
        { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: o.name, labels }, spec: deploymentSpec },
    ];
    if (o.maxReplicas !== undefined) {
        objects.push({
            apiVersion: 'autoscaling/v2',
            kind: 'HorizontalPodAutoscaler',
            metadata: { name: o.name, labels },
            spec: {
                scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: o.name },
                minReplicas: o.replicas,
                maxReplicas: o.maxReplicas,
                metrics: [
                    {
                        type: 'Resource',
                        resource: {
                            name: 'cpu',
                            target: { type: 'Utilization', averageUtilization: o.targetCpuPercent },
                        },
                    },
                ],
            },
        });
    }
    if (o.minAvailable !== undefined) {
        objects.push({
            apiVersion: 'policy/v1',
            kind: 'PodDisruptionBudget',
            metadata: { name: o.name, labels },
            spec: { minAvailable: o.minAvailable, selector: { matchLabels: selector } },
        });
    }
    return objects;
}


/***/ }),

/***/ 10699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ expandFiles),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   oe: () => (/* binding */ readManifestFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77051);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93886);
/*
 * The files source: paths, directories (their *.yaml, *.yml, *.json, not recursive — as `kubectl apply
 * -f dir`) and globs (`*`, `?`, `**`, `{a,b}`), relative to the workspace. A pattern that matches nothing
 * is an error rather than an empty deploy.
 */



const MANIFEST_EXT = /\.(ya?ml|json)$/i;
function displayPath(workspace, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, path);
    return (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? path : rel).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
function expandFiles(input, patterns, workspace) {
    if (patterns.length === 0) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, 'is empty', 'manifest files, directories or globs (one per line)', "source 'files' renders the files listed here.");
    }
    const found = new Map();
    for (const { pattern, files, matched, missing } of (0,_goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .expandPatterns */ .q)(patterns, workspace, {
        files: MANIFEST_EXT,
        input,
    })) {
        if (missing) {
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `'${pattern}' does not exist (looked in ${workspace})`, 'existing files, directories or globs relative to the workspace');
        }
        if (matched === 0) {
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `'${pattern}' matches no .yaml, .yml or .json file`, 'patterns that match manifest files');
        }
        for (const f of files)
            found.set(f, { path: f, display: displayPath(workspace, f) });
    }
    return [...found.values()];
}
function readManifestFile(f) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(f.path, 'utf8');
}


/***/ }),

/***/ 4400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ pinImages),
/* harmony export */   R: () => (/* binding */ parseImagePins)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77051);
/* harmony import */ var _goship_oci__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6426);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10809);
/* harmony import */ var _workloads_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64598);
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
            ref = (0,_goship_oci__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(image);
            match = name !== undefined ? (0,_goship_oci__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(name) : ref;
        }
        catch (e) {
            if (e instanceof _goship_oci__WEBPACK_IMPORTED_MODULE_0__/* .InvalidReferenceError */ .x_)
                throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `entry '${entry}': ${e.message}`, form);
            throw e;
        }
        if (!ref.digest) {
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `entry '${entry}' has no digest`, form, 'Pin by digest (the docker-multistage output `image` is one); a tag can move after the check.');
        }
        if (name !== undefined && (match.tag || match.digest)) {
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `entry '${entry}': the name before '=' must be a repository without tag or digest`, form);
        }
        const repository = (0,_goship_oci__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(match);
        if (pins.some((p) => p.repository === repository)) {
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `repository ${repository} is given twice`, 'each repository once');
        }
        pins.push({ entry, repository, image });
    }
    return pins;
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
                ref = (0,_goship_oci__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(image);
            }
            catch (e) {
                if (!(e instanceof _goship_oci__WEBPACK_IMPORTED_MODULE_0__/* .InvalidReferenceError */ .x_))
                    throw e;
                scan.errors.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .describe */ .q0)(m)} container ${c.name}: ${e.message} (${(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .where */ ._M)(m, path)})`, {
                    location: loc,
                    hint: 'The kubelet would fail with InvalidImageName.',
                }));
                continue;
            }
            seen.push(image);
            const repo = (0,_goship_oci__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(ref);
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

/***/ 21530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_SCHEMA_VERSION: () => (/* reexport */ schema/* DEFAULT_SCHEMA_VERSION */.jK),
  HELM_INSTALL_HINT: () => (/* reexport */ tools/* HELM_INSTALL_HINT */.zc),
  RenderError: () => (/* reexport */ render/* RenderError */.vH),
  SCHEMA_VERSIONS: () => (/* reexport */ schema/* SCHEMA_VERSIONS */.o8),
  SchemaCatalog: () => (/* reexport */ schema/* SchemaCatalog */.JU),
  analysePorts: () => (/* reexport */ ports/* analysePorts */.A),
  builtinObjects: () => (/* reexport */ builtin/* builtinObjects */.g),
  canonical: () => (/* reexport */ set/* canonical */.$N),
  checkDnsLabel: () => (/* reexport */ schema/* checkDnsLabel */._E),
  checkOutputDir: () => (/* reexport */ checkOutputDir),
  commentBody: () => (/* reexport */ preview/* commentBody */.I2),
  commentId: () => (/* reexport */ preview/* commentId */.Zr),
  compareSets: () => (/* reexport */ preview/* compareSets */.zD),
  compareWithBase: () => (/* reexport */ preview/* compareWithBase */.te),
  containersOf: () => (/* reexport */ workloads/* containersOf */.Mz),
  countChanges: () => (/* reexport */ preview/* countChanges */.xS),
  describe: () => (/* reexport */ model/* describe */.q0),
  displayPath: () => (/* reexport */ files/* displayPath */.Gt),
  expandFiles: () => (/* reexport */ files/* expandFiles */.CC),
  fieldChanges: () => (/* reexport */ preview/* fieldChanges */.wV),
  fillNamespace: () => (/* reexport */ set/* fillNamespace */.Jl),
  findDuplicates: () => (/* reexport */ set/* findDuplicates */.Ir),
  findOnPath: () => (/* reexport */ tools/* findOnPath */.aY),
  findWaitTargets: () => (/* reexport */ wait_targets/* findWaitTargets */.v),
  flowPlaceholderAt: () => (/* reexport */ substitute/* flowPlaceholderAt */.HQ),
  formatPath: () => (/* reexport */ model/* formatPath */.jV),
  get: () => (/* reexport */ model/* get */.Jt),
  groupOf: () => (/* reexport */ model/* groupOf */.F8),
  helmSourceFile: () => (/* reexport */ tools/* helmSourceFile */.u7),
  isObject: () => (/* reexport */ model/* isObject */.Gv),
  isSecretField: () => (/* reexport */ secrets/* isSecretField */.n),
  isServerField: () => (/* reexport */ preview/* isServerField */.MA),
  labelValue: () => (/* reexport */ builtin/* labelValue */.w),
  locate: () => (/* reexport */ model/* locate */.x5),
  objectFileName: () => (/* reexport */ render/* objectFileName */.Jd),
  objectLabel: () => (/* reexport */ preview/* objectLabel */.uk),
  parseImagePins: () => (/* reexport */ src_images/* parseImagePins */.R),
  parseManifests: () => (/* reexport */ yaml_io/* parseManifests */.Y),
  pathKey: () => (/* reexport */ model/* pathKey */.Pn),
  pinImages: () => (/* reexport */ src_images/* pinImages */.M),
  podTemplateOf: () => (/* reexport */ workloads/* podTemplateOf */.D0),
  portsTable: () => (/* reexport */ summary/* portsTable */.b),
  pullRequestPreview: () => (/* reexport */ preview.pullRequestPreview),
  readCommentOptions: () => (/* reexport */ preview/* readCommentOptions */.eQ),
  readManifestFile: () => (/* reexport */ files/* readManifestFile */.oe),
  readRenderOptions: () => (/* reexport */ readRenderOptions),
  refOf: () => (/* reexport */ model/* refOf */.H8),
  render: () => (/* reexport */ render/* render */.XX),
  renderAtCommit: () => (/* reexport */ preview/* renderAtCommit */.ZU),
  renderManifestsStage: () => (/* reexport */ renderManifestsStage),
  renderSummary: () => (/* reexport */ summary/* renderSummary */.B),
  resolvePlainScalar: () => (/* reexport */ substitute/* resolvePlainScalar */.t2),
  runHelm: () => (/* reexport */ tools/* runHelm */.oU),
  runKustomize: () => (/* reexport */ tools/* runKustomize */.J4),
  secretValues: () => (/* reexport */ secrets/* secretValues */.V),
  selectorMatches: () => (/* reexport */ workloads/* selectorMatches */.de),
  sortManifests: () => (/* reexport */ set/* sortManifests */.RC),
  substituteScalar: () => (/* reexport */ substitute/* substituteScalar */.l8),
  toYaml: () => (/* reexport */ yaml_io/* toYaml */.f),
  validateManifests: () => (/* reexport */ schema/* validateManifests */.Tu),
  where: () => (/* reexport */ model/* where */._M),
  writeRendered: () => (/* reexport */ writeRendered)
});

// EXTERNAL MODULE: ./packages/manifests/src/builtin.ts
var builtin = __webpack_require__(82235);
// EXTERNAL MODULE: ./packages/manifests/src/files.ts
var files = __webpack_require__(10699);
// EXTERNAL MODULE: ./packages/manifests/src/images.ts
var src_images = __webpack_require__(4400);
// EXTERNAL MODULE: ./packages/manifests/src/model.ts
var model = __webpack_require__(10809);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/contract/src/annotations.ts
var annotations = __webpack_require__(4412);
// EXTERNAL MODULE: ./packages/go/src/compile/source.ts
var source = __webpack_require__(82519);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(77051);
// EXTERNAL MODULE: ./packages/kit/src/inputs.ts
var inputs = __webpack_require__(79341);
// EXTERNAL MODULE: ./packages/oci/src/reference.ts
var reference = __webpack_require__(6426);
// EXTERNAL MODULE: ./packages/manifests/src/preview/options.ts
var options = __webpack_require__(5609);
// EXTERNAL MODULE: ./packages/manifests/src/schema/checks.ts
var checks = __webpack_require__(50089);
// EXTERNAL MODULE: ./packages/manifests/src/schema/catalog.ts
var schema_catalog = __webpack_require__(77893);
;// CONCATENATED MODULE: ./packages/manifests/src/options.ts
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
        throw new errors/* InputError */.dz(input, `'${entry}' is not host:port`, 'host:port entries such as postgres:5432 or redis.cache.svc:6379');
    }
    return { host: m[1].toLowerCase(), port: (0,inputs/* parsePort */.pz)(input, m[2]) };
}
function toleration(input, line) {
    // kubectl taint syntax: key[=value]:Effect, or key[=value] for any effect.
    const m = /^([^=:]+)(?:=([^:]*))?(?::(.+))?$/.exec(line);
    const effect = m?.[3];
    if (!m ||
        !LABEL_KEY.test(m[1]) ||
        (effect !== undefined && !EFFECTS.includes(effect))) {
        throw new errors/* InputError */.dz(input, `'${line}' is not a toleration`, `key[=value][:Effect] with Effect one of ${EFFECTS.join(', ')}, e.g. arch=arm64:NoSchedule`);
    }
    const t = m[2] !== undefined ? { key: m[1], operator: 'Equal', value: m[2] } : { key: m[1], operator: 'Exists' };
    if (effect)
        t.effect = effect;
    return t;
}
function probePath(inputs, name) {
    const v = inputs.string(name) || '/healthz';
    if (v === 'off')
        return undefined;
    if (!v.startsWith('/') || /\s/.test(v))
        throw new errors/* InputError */.dz(name, `'${v}' is not an HTTP path`, "a path starting with / (e.g. /healthz), or 'off'");
    return v;
}
function builtinOptions(inputs, version) {
    const name = inputs.string('name', { required: true });
    const problem = (0,checks/* checkDnsLabel */._)(name);
    if (problem || !/^[a-z]/.test(name)) {
        throw new errors/* InputError */.dz('name', `'${name}' ${problem ?? 'must start with a letter'}`, 'a DNS-1035 label (lower-case letters, digits and -, starting with a letter, at most 63 characters)');
    }
    const image = inputs.string('image', { required: true });
    try {
        // Checked as the input it is (the rendered Deployment would only name its container).
        (0,reference/* parseReference */.F2)(image);
    }
    catch (e) {
        if (!(e instanceof reference/* InvalidReferenceError */.x_))
            throw e;
        throw new errors/* InputError */.dz('image', e.problem, "an image reference pinned by digest, such as ghcr.io/acme/app@sha256:<64 hex digits> (docker-multistage's image output)");
    }
    const port = inputs.port('port', 8080);
    const serviceType = inputs.enum('service-type', SERVICE_TYPES, 'ClusterIP');
    const nodePort = inputs.integer('node-port', { min: 30000, max: 32767 });
    if (nodePort !== undefined && serviceType === 'ClusterIP') {
        throw new errors/* InputError */.dz('node-port', `is set but service-type is ClusterIP`, 'service-type NodePort or LoadBalancer when node-port is set');
    }
    const config = inputs.keyValues('config', {
        keyPattern: ENV_NAME,
        keyForm: 'an environment variable name ([A-Za-z_][A-Za-z0-9_]*)',
    });
    if (config.has('PORT'))
        throw new errors/* InputError */.dz('config', "sets PORT, which comes from the 'port' input", "the port in 'port' only");
    const nodeSelector = inputs.keyValues('node-selector', {
        keyPattern: LABEL_KEY,
        keyForm: 'a label key such as kubernetes.io/arch',
    });
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
            throw new errors/* InputError */.dz('resources', `${k}=${v} is not a quantity`, "quantities such as 100m, 0.5, 64Mi, 1Gi, or 'none'");
        const [kind, res] = k.split('.');
        resources[kind][res] = v;
    }
    const replicas = inputs.integer('replicas', { min: 0, max: 10000, fallback: 2 });
    const maxReplicas = inputs.integer('max-replicas', { min: 1, max: 10000 });
    if (maxReplicas !== undefined && maxReplicas < Math.max(replicas, 1)) {
        throw new errors/* InputError */.dz('max-replicas', `${maxReplicas} is below replicas (${replicas})`, 'a maximum at least as large as replicas, the HPA minimum');
    }
    const minAvailableText = inputs.string('min-available');
    let minAvailable;
    if (minAvailableText) {
        if (/^\d{1,3}%$/.test(minAvailableText) && Number(minAvailableText.slice(0, -1)) <= 100)
            minAvailable = minAvailableText;
        else if (/^\d+$/.test(minAvailableText))
            minAvailable = Number(minAvailableText);
        else
            throw new errors/* InputError */.dz('min-available', `'${minAvailableText}' is not a count or percentage`, 'a number of pods (1) or a percentage (50%)');
    }
    const waitTimeout = inputs.duration('wait-timeout', 60_000);
    if (waitTimeout < 1000)
        throw new errors/* InputError */.dz('wait-timeout', 'is shorter than a second', 'a duration such as 60s or 5m');
    const waitImage = inputs.string('wait-image') || 'busybox:1.36';
    const progress = inputs.duration('progress-deadline', 120_000);
    if (progress < 10_000)
        throw new errors/* InputError */.dz('progress-deadline', 'is shorter than 10s', 'a duration such as 120s or 5m');
    return {
        name,
        image,
        port,
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
            startup: probePath(inputs, 'startup-path'),
            readiness: probePath(inputs, 'readiness-path'),
            liveness: probePath(inputs, 'liveness-path'),
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
    if (version && commit)
        return { version, commit };
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(a.workspace, '.git'))) {
        const s = await (0,source/* describeSource */.B6)(a.workspace, { env: a.env });
        return { version: version || s.version, commit: commit || s.commit };
    }
    commit ||= a.env.GITHUB_SHA ?? '';
    if (!version) {
        const ref = a.env.GITHUB_REF ?? '';
        const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : '';
        version =
            (tag && (0,source/* versionFromTag */.bp)(tag)) ||
                (0,source/* deriveVersion */.Ui)({ tagsOnHead: [], commit: commit || '0000000', dirty: false }).version;
    }
    return { version, commit };
}
async function readRenderOptions(inputs, a) {
    const source = inputs.enum('source', SOURCES, 'builtin');
    for (const [s, names] of Object.entries(SOURCE_INPUTS)) {
        if (s === source)
            continue;
        for (const n of names) {
            if (inputs.string(n))
                throw new errors/* InputError */.dz(n, `is set but source is '${source}'`, `'${n}' only with source: ${s}`, `Set source: ${s}, or remove ${n}.`);
        }
    }
    if (source !== 'builtin') {
        for (const n of BUILTIN_ONLY) {
            if (inputs.string(n)) {
                throw new errors/* InputError */.dz(n, `is set but source is '${source}'`, `'${n}' only with source: builtin`, n === 'image'
                    ? "Pin images in the rendered set with the 'images' input (repository=image@sha256:…)."
                    : undefined);
            }
        }
    }
    const catalog = new schema_catalog/* SchemaCatalog */.JU(schema_catalog/* SchemaCatalog */.JU.parseVersion('kubernetes-version', inputs.string('kubernetes-version') || schema_catalog/* DEFAULT_SCHEMA_VERSION */.jK));
    const namespace = inputs.optional('namespace');
    if (namespace) {
        const p = (0,checks/* checkDnsLabel */._)(namespace);
        if (p)
            throw new errors/* InputError */.dz('namespace', `'${namespace}' ${p}`, 'a namespace name (DNS-1123 label)');
    }
    const images = (0,src_images/* parseImagePins */.R)('images', inputs.lines('images'));
    const expectedPort = inputs.port('expected-port');
    const annotate = inputs.boolean('annotate', true);
    const extra = inputs.keyValues('pod-annotations', {
        keyPattern: LABEL_KEY,
        keyForm: 'an annotation key such as example.com/owner',
    });
    const outputDir = inputs.string('output-dir') || (0,external_node_path_.join)(a.runnerTemp, 'render-manifests');
    const { version, commit } = await versionAndCommit(inputs, a);
    const request = { source, workspace: a.workspace, catalog, images, namespace, expectedPort };
    request.podAnnotations = {
        ...(annotate ? { [annotations/* VERSION_ANNOTATION */.F8]: version, [annotations/* COMMIT_ANNOTATION */._u]: commit } : {}),
        ...Object.fromEntries(extra),
    };
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt, } = a.env;
    if (annotate && server && repo && run) {
        // On the workload, not the pod template: re-running the same commit must not restart every pod.
        request.workloadAnnotations = {
            [annotations/* RUN_URL_ANNOTATION */.A9]: `${server}/${repo}/actions/runs/${run}${attempt ? `/attempts/${attempt}` : ''}`,
        };
    }
    switch (source) {
        case 'builtin':
            request.builtin = builtinOptions(inputs, version);
            request.appName = request.builtin.name;
            break;
        case 'files':
            request.files = inputs.lines('files');
            if (request.files.length === 0)
                throw new errors/* InputError */.dz('files', 'is empty', 'manifest files, directories or globs, one per line (source: files)');
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
        case 'helm': {
            const chart = inputs.string('helm-chart', { required: true });
            const release = inputs.string('name') ||
                chart
                    .replace(/\/+$/, '')
                    .split('/')
                    .pop()
                    .replace(/\.tgz$/, '')
                    .replace(/-\d+\.\d+\.\d+.*$/, '');
            if ((0,checks/* checkDnsLabel */._)(release) || release.length > 53) {
                throw new errors/* InputError */.dz('name', `release name '${release}' is not valid`, 'a DNS-1123 label of at most 53 characters (helm release name)');
            }
            const set = inputs.lines('helm-set');
            for (const s of set) {
                if (s.indexOf('=') <= 0)
                    throw new errors/* InputError */.dz('helm-set', `'${s}' is not key=value`, 'key=value per line, as helm --set takes it (a.b=c)');
            }
            request.helm = { chart, release, valuesFiles: inputs.list('helm-values'), set };
            request.appName = release;
            break;
        }
    }
    const { comment, notices } = await (0,options/* readCommentOptions */.e)(inputs, { env: a.env, event: a.event }, request);
    return { request, outputDir, version, commit, comment, notices };
}

// EXTERNAL MODULE: ./packages/manifests/src/ports/index.ts + 4 modules
var ports = __webpack_require__(62221);
// EXTERNAL MODULE: ./packages/manifests/src/preview/index.ts + 4 modules
var preview = __webpack_require__(59999);
// EXTERNAL MODULE: ./packages/manifests/src/render.ts
var render = __webpack_require__(12742);
// EXTERNAL MODULE: ./packages/manifests/src/schema/index.ts
var schema = __webpack_require__(38182);
// EXTERNAL MODULE: ./packages/manifests/src/secrets.ts
var secrets = __webpack_require__(24633);
// EXTERNAL MODULE: ./packages/manifests/src/set.ts
var set = __webpack_require__(16048);
// EXTERNAL MODULE: ./packages/manifests/src/summary.ts
var summary = __webpack_require__(72380);
;// CONCATENATED MODULE: ./packages/manifests/src/write.ts
/*
 * Writes a rendered set: one file with every object (`manifests.yaml`, for `kubectl apply -f`), one file
 * per object under objects/, and ports.json. The directory is built next to its destination and renamed
 * into place, so a reader never sees half a set, and a previous render's stale objects never linger.
 * A directory that is not one of ours is never emptied.
 */



const MARKER = '.goship-render';
/** Fails when `dir` holds files that are not a previous render: checked before rendering, and again when writing. */
function checkOutputDir(dir) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return;
    const entries = (0,external_node_fs_.readdirSync)(dir);
    if (entries.length > 0 && !entries.includes(MARKER)) {
        throw new errors/* UserError */.yo(`Input 'output-dir': ${dir} already exists and holds files that render-manifests did not write`, {
            hint: 'Use an empty or new directory; a previous render-manifests output is replaced as a whole.',
        });
    }
}
function writeRendered(result, dir) {
    checkOutputDir(dir);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(dir), { recursive: true });
    const tmp = `${dir}.tmp-${process.pid}`;
    (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(tmp, 'objects'), { recursive: true });
    const all = result.documents.map((d) => `---\n${d}`).join('');
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(tmp, 'manifests.yaml'), all);
    for (const [i, o] of result.objects.entries())
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(tmp, 'objects', o.file), result.documents[i]);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(tmp, 'ports.json'), `${JSON.stringify(result.ports, null, 2)}\n`);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(tmp, MARKER), `${JSON.stringify({ objects: result.objects.map((o) => o.file) })}\n`);
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    (0,external_node_fs_.renameSync)(tmp, dir);
    return { dir, manifests: (0,external_node_path_.join)(dir, 'manifests.yaml'), objectsDir: (0,external_node_path_.join)(dir, 'objects') };
}

;// CONCATENATED MODULE: ./packages/manifests/src/stage.ts



const quiet = {
    info() { },
    warning() { },
    debug() { },
    notice() { },
    setSecret() { },
};
async function renderManifestsStage(o) {
    // A foreign output directory fails before any work (helm, kustomize) is done.
    checkOutputDir(o.outputDir);
    const log = o.log ?? quiet;
    let kubeconfig;
    if (o.comment) {
        o.registerSecret?.(o.comment.token);
        // A kubeconfig that does not load fails here, before anything is rendered; its secrets are masked first.
        if (o.comment.kubeconfig) {
            const { resolveKubeconfig } = await Promise.all(/* import() */[__webpack_require__.e(1876), __webpack_require__.e(4620)]).then(__webpack_require__.bind(__webpack_require__, 93932));
            kubeconfig = resolveKubeconfig({
                value: o.comment.kubeconfig.value,
                context: o.comment.kubeconfig.context,
                cwd: o.request.workspace,
                home: o.home,
            });
            for (const secret of kubeconfig.secrets)
                o.registerSecret?.(secret);
            for (const warning of kubeconfig.warnings)
                log.warning(warning);
        }
    }
    const result = await (0,render/* render */.XX)({ ...o.request, signal: o.signal, registerSecret: o.registerSecret });
    const written = writeRendered(result, o.outputDir);
    let comment;
    if (o.comment) {
        const { pullRequestPreview } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 59999));
        comment = await pullRequestPreview({
            comment: o.comment,
            request: { ...o.request, registerSecret: o.registerSecret },
            result,
            manifestsFile: written.manifests,
            commit: o.commit,
            kubeconfig,
            log,
            signal: o.signal,
        });
    }
    return {
        result,
        written,
        comment,
        summary: (0,summary/* renderSummary */.B)(result, written.manifests),
        outputs: {
            manifests: written.manifests,
            'manifests-dir': written.objectsDir,
            objects: result.objects.map(({ apiVersion, kind, namespace, name }) => ({
                apiVersion,
                kind,
                namespace: namespace ?? '',
                name,
            })),
            ports: result.ports,
            port: result.ports.port,
            version: o.version,
        },
    };
}

// EXTERNAL MODULE: ./packages/manifests/src/substitute.ts
var substitute = __webpack_require__(59226);
// EXTERNAL MODULE: ./packages/manifests/src/tools.ts
var tools = __webpack_require__(59448);
// EXTERNAL MODULE: ./packages/manifests/src/wait-targets.ts
var wait_targets = __webpack_require__(91568);
// EXTERNAL MODULE: ./packages/manifests/src/workloads.ts
var workloads = __webpack_require__(64598);
// EXTERNAL MODULE: ./packages/manifests/src/yaml-io.ts
var yaml_io = __webpack_require__(89146);
;// CONCATENATED MODULE: ./packages/manifests/src/index.ts
// Kubernetes manifests: builtin templates, strict ${VAR} substitution, kustomize/helm, image pinning,
// schema validation, the port integrity report, deterministic output.





















/***/ }),

/***/ 10809:
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

/***/ 62221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ analysePorts)
});

// EXTERNAL MODULE: ./packages/manifests/src/model.ts
var model = __webpack_require__(10809);
// EXTERNAL MODULE: ./packages/manifests/src/workloads.ts
var workloads = __webpack_require__(64598);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(77051);
;// CONCATENATED MODULE: ./packages/manifests/src/ports/analysis.ts
/* Shared pieces of the port analysis: the report types, the recorder of uses and problems, lookups. */


const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;
class Analysis {
    uses = [];
    errors = [];
    problems = [];
    use(m, path, role, value, extra = {}) {
        const loc = (0,model/* locate */.x5)(m, path);
        const u = {
            object: (0,model/* describe */.q0)(m),
            role,
            field: (0,model/* formatPath */.jV)(path),
            value,
            file: loc?.file,
            line: loc?.line,
            status: 'ok',
            note: '',
            ...extra,
        };
        this.uses.push(u);
        return u;
    }
    /** One problem, annotated at every side involved. */
    fail(message, hint, sides, status = 'mismatch') {
        this.problems.push(message);
        const seen = new Set();
        for (const s of sides) {
            if (s.use)
                s.use.status = status;
            const loc = (0,model/* locate */.x5)(s.manifest, s.path);
            const key = `${loc?.file}:${loc?.line}`;
            if (seen.has(key) && sides.length > 1)
                continue;
            seen.add(key);
            const side = sides.length > 1
                ? ` [this side: ${(0,model/* describe */.q0)(s.manifest)} ${(0,model/* formatPath */.jV)(s.path)} at ${(0,model/* where */._M)(s.manifest, s.path)}]`
                : '';
            this.errors.push(new errors/* UserError */.yo(`${message}${side}`, { hint, location: loc }));
        }
    }
}
/** A port number from a manifest value: integers 1–65535, or digits in a string (env values). */
function portNumber(v, allowString) {
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535)
        return v;
    if (allowString && typeof v === 'string' && /^\d{1,5}$/.test(v.trim())) {
        const n = Number(v.trim());
        return n >= 1 && n <= 65535 ? n : undefined;
    }
    return undefined;
}
const RANGE_HINT = 'A port is a whole number from 1 to 65535.';
/** A Service by the host name a pod in `namespace` would use: name, name.ns, name.ns.svc[.cluster.local]. */
function findService(services, host, namespace) {
    const parts = host.toLowerCase().split('.');
    if (parts.length > 2 && parts[2] !== 'svc')
        return undefined;
    const [name, ns = namespace] = parts;
    return services.find((s) => {
        const r = (0,model/* refOf */.H8)(s);
        return r.name === name && r.namespace === ns;
    });
}
function servicePorts(svc) {
    const ports = (0,model/* get */.Jt)(svc.object, ['spec', 'ports']);
    if (!Array.isArray(ports))
        return [];
    return ports.flatMap((p, i) => {
        const n = (0,model/* isObject */.Gv)(p) ? portNumber(p.port, false) : undefined;
        return n === undefined ? [] : [{ port: n, path: ['spec', 'ports', i, 'port'] }];
    });
}

// EXTERNAL MODULE: ./packages/manifests/src/wait-targets.ts
var wait_targets = __webpack_require__(91568);
;// CONCATENATED MODULE: ./packages/manifests/src/ports/env.ts
/* PORT and *_PORT as a container sees them: literal env values, configMapKeyRef, envFrom. */


const PORT_ENV = /^(?:PORT|[A-Z0-9_]+_PORT)$/;
/** PORT and *_PORT variables a container sees: env entries win over envFrom, as in the kubelet. */
function effectivePortEnv(c, configMaps, a) {
    const m = c.template.manifest;
    const out = new Map();
    const fromValue = (name, value, sides, via) => {
        const port = portNumber(value, true);
        const u = a.use(sides[0].manifest, sides[0].path, 'env', `${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`, {
            container: c.name,
            port,
            note: via,
        });
        sides[0].use = u;
        if (port === undefined) {
            a.fail(`${(0,model/* describe */.q0)(m)} container ${c.name}: ${name}=${JSON.stringify(value)}${via ? ` (${via})` : ''} is not a port number`, `${name} must be a whole number from 1 to 65535.`, sides, 'invalid');
        }
        out.set(name, { name, port, use: u, sides });
    };
    const cm = (name) => typeof name === 'string' ? configMaps.get(`${c.template.namespace}/${name}`) : undefined;
    const envFrom = Array.isArray(c.container.envFrom) ? c.container.envFrom : [];
    envFrom.forEach((ef, i) => {
        if (!(0,model/* isObject */.Gv)(ef) || !(0,model/* isObject */.Gv)(ef.configMapRef))
            return;
        const src = cm(ef.configMapRef.name);
        const data = src && (0,model/* isObject */.Gv)(src.object.data) ? src.object.data : undefined;
        if (!src || !data)
            return;
        const prefix = typeof ef.prefix === 'string' ? ef.prefix : '';
        for (const [key, value] of Object.entries(data)) {
            const name = prefix + key;
            if (!PORT_ENV.test(name))
                continue;
            fromValue(name, value, [
                { manifest: src, path: ['data', key] },
                { manifest: m, path: [...c.path, 'envFrom', i] },
            ], `envFrom ConfigMap ${(0,model/* refOf */.H8)(src).name}`);
        }
    });
    const env = Array.isArray(c.container.env) ? c.container.env : [];
    env.forEach((e, i) => {
        if (!(0,model/* isObject */.Gv)(e) || typeof e.name !== 'string' || !PORT_ENV.test(e.name))
            return;
        const path = [...c.path, 'env', i];
        if (e.value !== undefined) {
            fromValue(e.name, e.value, [{ manifest: m, path: [...path, 'value'] }], 'literal');
            return;
        }
        const ref = (0,model/* isObject */.Gv)(e.valueFrom) && (0,model/* isObject */.Gv)(e.valueFrom.configMapKeyRef)
            ? e.valueFrom.configMapKeyRef
            : undefined;
        if (!ref) {
            out.delete(e.name);
            a.use(m, path, 'env', `${e.name} (valueFrom)`, {
                container: c.name,
                status: 'unchecked',
                note: 'not from a ConfigMap',
            });
            return;
        }
        const src = cm(ref.name);
        const key = typeof ref.key === 'string' ? ref.key : '';
        if (!src) {
            out.delete(e.name);
            a.use(m, path, 'env', `${e.name} (ConfigMap ${String(ref.name)} key ${key})`, {
                container: c.name,
                status: 'unchecked',
                note: 'ConfigMap not in the rendered set',
            });
            return;
        }
        const data = (0,model/* isObject */.Gv)(src.object.data) ? src.object.data : {};
        if (!(key in data)) {
            if (ref.optional === true)
                return;
            const u = a.use(m, path, 'env', `${e.name} (ConfigMap ${(0,model/* refOf */.H8)(src).name} key ${key})`, {
                container: c.name,
            });
            a.fail(`${(0,model/* describe */.q0)(m)} container ${c.name}: ${e.name} comes from ConfigMap ${(0,model/* refOf */.H8)(src).name} key '${key}', which the ConfigMap does not have (keys: ${Object.keys(data).join(', ') || 'none'})`, 'The pod would fail with CreateContainerConfigError: add the key to the ConfigMap or fix configMapKeyRef.key.', [
                { manifest: m, path: [...path, 'valueFrom', 'configMapKeyRef', 'key'], use: u },
                { manifest: src, path: ['data'] },
            ]);
            return;
        }
        fromValue(e.name, data[key], [
            { manifest: src, path: ['data', key] },
            { manifest: m, path },
        ], `ConfigMap ${(0,model/* refOf */.H8)(src).name} key ${key}`);
    });
    return [...out.values()];
}

;// CONCATENATED MODULE: ./packages/manifests/src/ports/containers.ts
/* Per container: declared ports, PORT/*_PORT env, the built binary's port, probes, init-container waits. */




/** Records what each container declares in ctx.declared. */
function collectDeclared(ctx, containers) {
    const { a, declared } = ctx;
    for (const c of containers) {
        const list = [];
        const ports = (0,model/* get */.Jt)(c.container, ['ports']);
        if (Array.isArray(ports)) {
            ports.forEach((p, i) => {
                if (!(0,model/* isObject */.Gv)(p))
                    return;
                const path = [...c.path, 'ports', i, 'containerPort'];
                const name = typeof p.name === 'string' ? p.name : undefined;
                const n = portNumber(p.containerPort, false);
                const use = a.use(c.template.manifest, path, 'containerPort', p.containerPort ?? '', {
                    container: c.name,
                    port: n,
                    note: name ? `named ${name}` : 'unnamed',
                });
                if (n === undefined) {
                    a.fail(`${(0,model/* describe */.q0)(c.template.manifest)} container ${c.name}: containerPort ${JSON.stringify(p.containerPort)} is not a valid port`, RANGE_HINT, [{ manifest: c.template.manifest, path, use }], 'invalid');
                    return;
                }
                list.push({ name, port: n, use, side: { manifest: c.template.manifest, path, use } });
                if (p.hostPort !== undefined) {
                    const hp = portNumber(p.hostPort, false);
                    const hpath = [...c.path, 'ports', i, 'hostPort'];
                    const huse = a.use(c.template.manifest, hpath, 'hostPort', p.hostPort, {
                        container: c.name,
                        port: hp,
                    });
                    if (hp === undefined)
                        a.fail(`${(0,model/* describe */.q0)(c.template.manifest)}: hostPort ${JSON.stringify(p.hostPort)} is not a valid port`, RANGE_HINT, [{ manifest: c.template.manifest, path: hpath, use: huse }], 'invalid');
                }
            });
        }
        declared.set(c.container, list);
    }
}
/** The port a container serves on: the one named http, else its only port. */
function mainPort(ctx, c) {
    const list = ctx.declared.get(c.container) ?? [];
    return list.find((p) => p.name === 'http') ?? (list.length === 1 ? list[0] : undefined);
}
function checkContainers(ctx, containers, opts) {
    const { a, services, configMaps, declared } = ctx;
    for (const c of containers) {
        const m = c.template.manifest;
        const main = c.init ? undefined : mainPort(ctx, c);
        const ports = declared.get(c.container) ?? [];
        let listen;
        for (const env of effectivePortEnv(c, configMaps, a)) {
            if (env.port === undefined)
                continue;
            const prefix = env.name === 'PORT' ? '' : env.name.slice(0, -'_PORT'.length).toLowerCase().replace(/_/g, '-');
            const named = prefix ? ports.find((p) => p.name === prefix) : main;
            if (env.name === 'PORT')
                listen = { port: env.port, side: env.sides[0] };
            if (named) {
                if (named.port !== env.port) {
                    a.fail(`${(0,model/* describe */.q0)(m)} container ${c.name}: ${env.name}=${env.port} but its containerPort${named.name ? ` ${named.name}` : ''} is ${named.port}`, `The process listens on ${env.name}; make the env value (or the ConfigMap key feeding it) and containerPort the same port.`, [...env.sides, named.side]);
                }
                else
                    env.use.note = `${env.use.note ? `${env.use.note}; ` : ''}= containerPort${named.name ? ` ${named.name}` : ''}`;
                continue;
            }
            if (env.name === 'PORT' && ports.length > 0 && !ports.some((p) => p.port === env.port)) {
                a.fail(`${(0,model/* describe */.q0)(m)} container ${c.name}: PORT=${env.port} is not one of its containerPorts (${ports.map((p) => p.port).join(', ')})`, 'Declare the port the process listens on as a containerPort, or fix PORT.', [...env.sides, ...ports.map((p) => p.side)]);
                continue;
            }
            const svc = prefix ? findService(services, prefix, c.template.namespace) : undefined;
            if (svc) {
                const svcPorts = servicePorts(svc);
                if (!svcPorts.some((p) => p.port === env.port)) {
                    a.fail(`${(0,model/* describe */.q0)(m)} container ${c.name}: ${env.name}=${env.port} but Service ${(0,model/* refOf */.H8)(svc).name} listens on ${svcPorts.map((p) => p.port).join(', ')}`, `Point ${env.name} at a port the Service exposes.`, [...env.sides, ...svcPorts.map((p) => ({ manifest: svc, path: p.path }))]);
                }
                else
                    env.use.note = `= Service ${(0,model/* refOf */.H8)(svc).name} port`;
            }
            else if (env.name !== 'PORT' || ports.length === 0) {
                env.use.status = 'unchecked';
                const why = env.name === 'PORT' ? 'container declares no ports' : 'names no declared port or rendered Service';
                env.use.note = env.use.note ? `${env.use.note}; ${why}` : why;
            }
        }
        // The binary's compiled-in port applies when PORT is not set; when it is, the two should still agree.
        if (opts.expectedPort !== undefined && !c.init && opts.isBuiltContainer?.(c)) {
            const exp = opts.expectedPort;
            const u = a.use(m, [...c.path, 'image'], 'expected-port', exp, {
                container: c.name,
                port: exp,
                note: 'built into the binary',
            });
            const expSide = { manifest: m, path: [...c.path, 'image'], use: u };
            if (listen && listen.port !== exp) {
                a.fail(`${(0,model/* describe */.q0)(m)} container ${c.name}: PORT=${listen.port} but the binary was built with port ${exp} (expected-port)`, 'Build and deploy with the same port: the same value for -X main.port, the ConfigMap/env PORT and containerPort.', [listen.side, expSide]);
            }
            else if (main && main.port !== exp) {
                a.fail(`${(0,model/* describe */.q0)(m)} container ${c.name}: containerPort${main.name ? ` ${main.name}` : ''} is ${main.port} but the binary was built with port ${exp} (expected-port)`, 'Build and deploy with the same port: the same value for -X main.port, the ConfigMap/env PORT and containerPort.', [main.side, expSide]);
            }
            else if (!main && !listen)
                u.status = 'unchecked';
            if (!listen)
                listen = { port: exp, side: expSide };
        }
        for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
            for (const handler of ['httpGet', 'tcpSocket', 'grpc']) {
                const path = [...c.path, probe, handler, 'port'];
                const v = (0,model/* get */.Jt)(m.object, path);
                if (v === undefined || v === null)
                    continue;
                if (typeof v !== 'number' && typeof v !== 'string')
                    continue;
                const u = a.use(m, path, 'probe', v, { container: c.name, note: `${probe} ${handler}` });
                if (typeof v === 'string' && !/^\d+$/.test(v)) {
                    const hit = ports.find((p) => p.name === v);
                    if (!hit) {
                        a.fail(`${(0,model/* describe */.q0)(m)} container ${c.name}: ${probe} port '${v}' names no port of this container${ports.length ? ` (it declares ${ports.map((p) => p.name ?? p.port).join(', ')})` : ''}`, 'Probe a named port the container declares (ports[].name), or use the number.', [{ manifest: m, path, use: u }, ...ports.map((p) => p.side)]);
                    }
                    else
                        u.port = hit.port;
                    continue;
                }
                const n = portNumber(v, false);
                if (n === undefined) {
                    a.fail(`${(0,model/* describe */.q0)(m)} container ${c.name}: ${probe} port ${JSON.stringify(v)} is not a valid port`, RANGE_HINT, [{ manifest: m, path, use: u }], 'invalid');
                    continue;
                }
                u.port = n;
                const against = ports.length > 0 ? ports.map((p) => p.port) : listen ? [listen.port] : [];
                if (against.length > 0 && !against.includes(n)) {
                    a.fail(`${(0,model/* describe */.q0)(m)} container ${c.name}: ${probe} checks port ${n} but the container ${ports.length ? `declares ${against.join(', ')}` : `listens on ${listen.port}`}`, 'Probe the port the process listens on; a named port (port: http) keeps them together.', [{ manifest: m, path, use: u }, ...(ports.length ? ports.map((p) => p.side) : [listen.side])]);
                }
                else if (against.length === 0)
                    u.status = 'unchecked';
            }
        }
        if (c.init) {
            for (const target of (0,wait_targets/* findWaitTargets */.v)(c.container)) {
                const path = [...c.path, ...target.path];
                const u = a.use(m, path, 'wait-for', `${target.host}:${target.port}`, {
                    container: c.name,
                    port: target.port,
                });
                if (target.port < 1 || target.port > 65535) {
                    a.fail(`${(0,model/* describe */.q0)(m)} init container ${c.name} waits for ${target.host}:${target.port}, which is not a valid port`, RANGE_HINT, [{ manifest: m, path, use: u }], 'invalid');
                    continue;
                }
                if (target.host === 'localhost' || target.host === '127.0.0.1') {
                    u.status = 'unchecked';
                    u.note = 'same pod';
                    continue;
                }
                const svc = findService(services, target.host, c.template.namespace);
                if (!svc) {
                    u.status = 'unchecked';
                    u.note = 'dependency not in the rendered set';
                    continue;
                }
                const svcPorts = servicePorts(svc);
                if (!svcPorts.some((p) => p.port === target.port)) {
                    a.fail(`${(0,model/* describe */.q0)(m)} init container ${c.name} waits for ${target.host}:${target.port} but Service ${(0,model/* refOf */.H8)(svc).name} listens on ${svcPorts.map((p) => p.port).join(', ') || 'no port'}`, 'Wait for a port the Service exposes (its spec.ports[].port, not the targetPort).', [{ manifest: m, path, use: u }, ...svcPorts.map((p) => ({ manifest: svc, path: p.path }))]);
                }
                else
                    u.note = `= Service ${(0,model/* refOf */.H8)(svc).name} port`;
            }
        }
    }
}

;// CONCATENATED MODULE: ./packages/manifests/src/ports/services.ts
/* Services: their own ports (port, nodePort), what their selector selects, what targetPort resolves to. */



/** Checks every Service; returns the first resolved targetPort (the application port). */
function checkServices(ctx) {
    const { a, templates, services, declared } = ctx;
    const nodePorts = new Map();
    let appPort;
    for (const svc of services) {
        const spec = (0,model/* isObject */.Gv)(svc.object.spec) ? svc.object.spec : {};
        const type = typeof spec.type === 'string' ? spec.type : 'ClusterIP';
        if (type === 'ExternalName')
            continue;
        const ns = (0,model/* refOf */.H8)(svc).namespace;
        const selector = (0,model/* isObject */.Gv)(spec.selector) ? spec.selector : undefined;
        const selected = selector
            ? templates.filter((t) => t.namespace === ns && (0,workloads/* selectorMatches */.de)(selector, t.labels))
            : [];
        if (selector && selected.length === 0) {
            const candidates = templates
                .filter((t) => t.namespace === ns)
                .map((t) => `${(0,model/* describe */.q0)(t.manifest)} has ${JSON.stringify(t.labels)}`);
            a.fail(`Service ${(0,model/* refOf */.H8)(svc).name} selects no pods: its selector ${JSON.stringify(selector)} matches no pod template in the rendered set`, candidates.length
                ? `Make the selector a subset of the pod template labels (${candidates.join('; ')}).`
                : 'Render the workload together with its Service, or fix the selector.', [{ manifest: svc, path: ['spec', 'selector'] }]);
        }
        const ports = Array.isArray(spec.ports) ? spec.ports : [];
        ports.forEach((p, i) => {
            if (!(0,model/* isObject */.Gv)(p))
                return;
            const base = ['spec', 'ports', i];
            const port = portNumber(p.port, false);
            const puse = a.use(svc, [...base, 'port'], 'service.port', p.port ?? '', {
                port,
                note: `${type} port`,
            });
            if (port === undefined) {
                a.fail(`Service ${(0,model/* refOf */.H8)(svc).name}: port ${JSON.stringify(p.port)} is not a valid port`, RANGE_HINT, [{ manifest: svc, path: [...base, 'port'], use: puse }], 'invalid');
            }
            if (p.nodePort !== undefined) {
                const npath = [...base, 'nodePort'];
                const np = typeof p.nodePort === 'number' ? p.nodePort : undefined;
                const nuse = a.use(svc, npath, 'service.nodePort', p.nodePort, { port: np });
                if (type === 'ClusterIP') {
                    a.fail(`Service ${(0,model/* refOf */.H8)(svc).name} is ClusterIP but sets nodePort ${p.nodePort}`, 'Set spec.type: NodePort (or LoadBalancer), or remove nodePort.', [{ manifest: svc, path: npath, use: nuse }], 'invalid');
                }
                else if (np === undefined || !Number.isInteger(np) || np < NODE_PORT_MIN || np > NODE_PORT_MAX) {
                    a.fail(`Service ${(0,model/* refOf */.H8)(svc).name}: nodePort ${JSON.stringify(p.nodePort)} is outside the node port range ${NODE_PORT_MIN}-${NODE_PORT_MAX}`, `Pick a nodePort from ${NODE_PORT_MIN} to ${NODE_PORT_MAX} (the API server's default --service-node-port-range), or leave it out to get one assigned.`, [{ manifest: svc, path: npath, use: nuse }], 'invalid');
                }
                else if (nodePorts.has(np)) {
                    const other = nodePorts.get(np);
                    a.fail(`nodePort ${np} is used twice`, 'Each nodePort is cluster-wide: give every Service port its own.', [other, { manifest: svc, path: npath, use: nuse }]);
                }
                else
                    nodePorts.set(np, { manifest: svc, path: npath, use: nuse });
            }
            // targetPort defaults to port.
            const tpath = p.targetPort === undefined ? [...base, 'port'] : [...base, 'targetPort'];
            const target = p.targetPort ?? p.port;
            if (typeof target !== 'number' && typeof target !== 'string')
                return;
            const tuse = a.use(svc, tpath, 'service.targetPort', target, {
                note: p.targetPort === undefined ? 'defaults to port' : '',
            });
            if (!selector) {
                tuse.status = 'unchecked';
                tuse.note = 'no selector (endpoints managed elsewhere)';
                return;
            }
            if (typeof target === 'number' && portNumber(target, false) === undefined) {
                a.fail(`Service ${(0,model/* refOf */.H8)(svc).name}: targetPort ${target} is not a valid port`, RANGE_HINT, [{ manifest: svc, path: tpath, use: tuse }], 'invalid');
                return;
            }
            const resolved = [];
            for (const t of selected) {
                const appContainers = (0,workloads/* containersOf */.Mz)(t, 'app');
                const all = appContainers.flatMap((c) => (declared.get(c.container) ?? []).map((d) => ({ c, d })));
                if (typeof target === 'string') {
                    const hit = all.find(({ d }) => d.name === target);
                    if (!hit) {
                        a.fail(`Service ${(0,model/* refOf */.H8)(svc).name} targetPort '${target}' names no port of ${(0,model/* describe */.q0)(t.manifest)}` +
                            (all.length
                                ? ` (it declares ${all.map(({ d }) => (d.name ? `${d.name}=${d.port}` : String(d.port))).join(', ')})`
                                : ' (it declares no ports)'), 'Name the container port (ports[].name) as the Service targetPort says, or change targetPort.', [{ manifest: svc, path: tpath, use: tuse }, ...all.map(({ d }) => d.side)]);
                        continue;
                    }
                    tuse.port = hit.d.port;
                    resolved.push(`${(0,model/* describe */.q0)(t.manifest)} ${hit.c.name}:${hit.d.port}`);
                }
                else {
                    const hit = all.find(({ d }) => d.port === target);
                    if (!hit && all.length > 0) {
                        a.fail(`Service ${(0,model/* refOf */.H8)(svc).name} targetPort ${target} matches no containerPort of ${(0,model/* describe */.q0)(t.manifest)} (it declares ${all.map(({ d }) => d.port).join(', ')})`, 'Make targetPort and containerPort the same number, or use a named targetPort (targetPort: http).', [{ manifest: svc, path: tpath, use: tuse }, ...all.map(({ d }) => d.side)]);
                        continue;
                    }
                    tuse.port = target;
                    resolved.push(hit
                        ? `${(0,model/* describe */.q0)(t.manifest)} ${hit.c.name}:${target}`
                        : `${(0,model/* describe */.q0)(t.manifest)} (declares no ports)`);
                }
            }
            if (resolved.length)
                tuse.note = `${tuse.note ? `${tuse.note}; ` : ''}→ ${resolved.join(', ')}`;
            if (tuse.port !== undefined && appPort === undefined)
                appPort = tuse.port;
        });
    }
    return appPort;
}

;// CONCATENATED MODULE: ./packages/manifests/src/ports/index.ts





function analysePorts(manifests, opts = {}) {
    const a = new Analysis();
    const templates = manifests.map(workloads/* podTemplateOf */.D0).filter((t) => t !== undefined);
    const services = manifests.filter((m) => m.object.kind === 'Service' && m.object.apiVersion === 'v1');
    const configMaps = new Map();
    for (const m of manifests) {
        if (m.object.kind === 'ConfigMap' && m.object.apiVersion === 'v1') {
            const r = (0,model/* refOf */.H8)(m);
            configMaps.set(`${r.namespace}/${r.name}`, m);
        }
    }
    const ctx = { a, templates, services, configMaps, declared: new Map() };
    const containers = templates.flatMap((t) => (0,workloads/* containersOf */.Mz)(t));
    collectDeclared(ctx, containers);
    const appPort = checkServices(ctx);
    checkContainers(ctx, containers, opts);
    const report = {
        consistent: a.errors.length === 0,
        port: appPort,
        uses: a.uses,
        problems: a.problems,
    };
    return { report, errors: a.errors };
}


/***/ }),

/***/ 59999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I2: () => (/* reexport */ commentBody),
  Zr: () => (/* reexport */ options/* commentId */.Z),
  zD: () => (/* reexport */ compareSets),
  te: () => (/* reexport */ compareWithBase),
  xS: () => (/* reexport */ countChanges),
  wV: () => (/* reexport */ fieldChanges),
  MA: () => (/* reexport */ isServerField),
  uk: () => (/* reexport */ objectLabel),
  pullRequestPreview: () => (/* binding */ pullRequestPreview),
  eQ: () => (/* reexport */ options/* readCommentOptions */.e),
  ZU: () => (/* reexport */ renderAtCommit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var src_errors = __webpack_require__(77051);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/kit/src/exec.ts
var exec = __webpack_require__(92041);
// EXTERNAL MODULE: ./packages/manifests/src/model.ts
var model = __webpack_require__(10809);
// EXTERNAL MODULE: ./packages/manifests/src/render.ts
var render = __webpack_require__(12742);
;// CONCATENATED MODULE: ./packages/manifests/src/preview/diff.ts
/*
 * What would change, per object: field-level differences between two versions of an object (the live one
 * and the server's dry-run result, or the base branch's rendering and this one). Pure.
 */

/** Fields the server maintains itself: never a change the manifests make. */
const SERVER_FIELDS = [
    'metadata.managedFields',
    'metadata.resourceVersion',
    'metadata.generation',
    'metadata.uid',
    'metadata.creationTimestamp',
    'metadata.selfLink',
    'status',
];
/** True for a path the live diff ignores (server-maintained bookkeeping). */
function isServerField(path) {
    return SERVER_FIELDS.some((f) => path === f || path.startsWith(`${f}.`) || path.startsWith(`${f}[`));
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/**
 * Every leaf that differs between `before` and `after`, in document order. Maps are compared key by key;
 * lists item by item (an added or removed item is one change at its index).
 */
function fieldChanges(before, after, ignore = () => false) {
    const out = [];
    const walk = (a, b, path) => {
        const p = (0,model/* formatPath */.jV)(path);
        if (path.length > 0 && ignore(p))
            return;
        if (same(a, b))
            return;
        if ((0,model/* isObject */.Gv)(a) && (0,model/* isObject */.Gv)(b)) {
            const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
            for (const k of keys)
                walk(a[k], b[k], [...path, k]);
            return;
        }
        if (Array.isArray(a) && Array.isArray(b)) {
            for (let i = 0; i < Math.max(a.length, b.length); i++)
                walk(a[i], b[i], [...path, i]);
            return;
        }
        const change = { path: p };
        if (a !== undefined)
            change.before = a;
        if (b !== undefined)
            change.after = b;
        out.push(change);
    };
    walk(before, after, []);
    return out;
}
/** Counts by kind, in a fixed order, for the headline (`1 created, 2 changed, 3 unchanged`). */
function countChanges(changes) {
    const order = ['created', 'changed', 'deleted', 'rejected', 'unchanged'];
    return order
        .map((k) => [k, changes.filter((c) => c.change === k).length])
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ');
}

;// CONCATENATED MODULE: ./packages/manifests/src/preview/base.ts
/*
 * What changes against the pull request's base branch, without a cluster: the same render request run on a
 * checkout of the base commit (a temporary `git worktree`, removed afterwards), and the two sets compared
 * object by object. The base commit is fetched (depth 1) when the checkout does not have it, as
 * actions/checkout's default shallow clone of the merge commit does not.
 */







const objectLabel = (kind, namespace, name) => `${kind} ${namespace ? `${namespace}/` : ''}${name}`;
const keyOf = (m) => {
    const r = (0,model/* refOf */.H8)(m);
    return `${(0,model/* groupOf */.F8)(r.apiVersion)}/${r.kind}/${r.namespace}/${r.name}`;
};
async function git(args, cwd, signal) {
    return (0,exec/* exec */.m0)('git', args, { cwd, allowFailure: true, signal, timeoutMs: 120_000 });
}
/** Renders `req` at commit `sha` of the repository holding req.workspace. */
async function renderAtCommit(req, sha) {
    const top = await git(['rev-parse', '--show-toplevel'], req.workspace, req.signal);
    if (top.code !== 0)
        return { problem: `the workspace ${req.workspace} is not a git checkout (${top.stderr.trim()})` };
    const root = top.stdout.trim();
    const has = async () => (await git(['cat-file', '-e', `${sha}^{commit}`], root, req.signal)).code === 0;
    if (!(await has())) {
        const fetched = await git(['fetch', '--no-tags', '--depth=1', 'origin', sha], root, req.signal);
        if (fetched.code !== 0 || !(await has()))
            return {
                problem: `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched (${fetched.stderr.trim().split('\n').pop()}); use actions/checkout with fetch-depth: 0`,
            };
    }
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'goship-base-'));
    const tree = (0,external_node_path_.join)(dir, 'tree');
    try {
        const added = await git(['worktree', 'add', '--detach', tree, sha], root, req.signal);
        if (added.code !== 0)
            return { problem: `git worktree add ${sha.slice(0, 12)}: ${added.stderr.trim()}` };
        try {
            const result = await (0,render/* render */.XX)({ ...req, workspace: (0,external_node_path_.join)(tree, (0,external_node_path_.relative)(root, req.workspace)) });
            return { manifests: result.manifests };
        }
        catch (err) {
            return { problem: `the base commit does not render: ${(0,src_errors/* errorMessage */.gJ)(err).split('\n')[0]}` };
        }
    }
    finally {
        await git(['worktree', 'remove', '--force', tree], root);
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** Object-by-object changes from `base` to `head` (both rendered sets). */
function compareSets(base, head) {
    const before = new Map(base.map((m) => [keyOf(m), m]));
    const changes = [];
    for (const m of head) {
        const r = (0,model/* refOf */.H8)(m);
        const old = before.get(keyOf(m));
        before.delete(keyOf(m));
        const fields = old ? fieldChanges(old.object, m.object) : [];
        changes.push({
            object: objectLabel(r.kind, r.namespace, r.name),
            change: !old ? 'created' : fields.length ? 'changed' : 'unchanged',
            fields,
            secret: r.kind === 'Secret' || undefined,
        });
    }
    for (const m of before.values()) {
        const r = (0,model/* refOf */.H8)(m);
        changes.push({
            object: objectLabel(r.kind, r.namespace, r.name),
            change: 'deleted',
            fields: [],
            note: 'no longer rendered (k8s-rollout deletes it only with prune)',
        });
    }
    return changes;
}
async function compareWithBase(req, head, baseSha) {
    const base = await renderAtCommit(req, baseSha);
    if (!base.manifests)
        return { changes: compareSets([], head), baseProblem: base.problem };
    return { changes: compareSets(base.manifests, head) };
}

// EXTERNAL MODULE: ./packages/kit/src/summary.ts
var summary = __webpack_require__(18806);
// EXTERNAL MODULE: ./packages/manifests/src/summary.ts
var src_summary = __webpack_require__(72380);
;// CONCATENATED MODULE: ./packages/manifests/src/preview/comment.ts
/*
 * The pull-request comment's Markdown: a headline, one row per object (created / changed fields /
 * unchanged), the changed fields as diffs in collapsed sections, and the port report. Kept within GitHub's
 * comment limit: field details are left out from the end first, then table rows, each time with a note.
 */



const ICON = {
    created: '➕',
    changed: '✏️',
    unchanged: '✅',
    deleted: '➖',
    rejected: '❌',
};
/** Fields listed per object before "and N more". */
const FIELDS_PER_OBJECT = 40;
const VALUE_WIDTH = 200;
function value(v, secret) {
    if (secret)
        return '(hidden)';
    const text = JSON.stringify(v) ?? '';
    const flat = text.length > VALUE_WIDTH ? `${text.slice(0, VALUE_WIDTH - 1)}…` : text;
    // A value cannot close the fence it is shown in.
    return flat.replace(/`/g, '\\u0060');
}
function details(c) {
    const lines = [];
    for (const f of c.fields.slice(0, FIELDS_PER_OBJECT)) {
        lines.push(`  ${f.path}`);
        if ('before' in f)
            lines.push(`- ${value(f.before, !!c.secret)}`);
        if ('after' in f)
            lines.push(`+ ${value(f.after, !!c.secret)}`);
    }
    if (c.fields.length > FIELDS_PER_OBJECT)
        lines.push(`  … and ${c.fields.length - FIELDS_PER_OBJECT} more`);
    return `<details><summary>${c.object}: ${c.fields.length} changed field${c.fields.length === 1 ? '' : 's'}</summary>\n\n\`\`\`diff\n${lines.join('\n')}\n\`\`\`\n</details>\n`;
}
function row(c) {
    const fields = c.fields.map((f) => f.path);
    const what = c.change === 'changed'
        ? `${fields.slice(0, 3).map(summary/* code */.aY).join(', ')}${fields.length > 3 ? ` and ${fields.length - 3} more` : ''}`
        : c.change;
    return [ICON[c.change], c.object, c.note ? `${what} (${c.note})` : what];
}
/** The comment body, at most `limit` characters. */
function commentBody(c, limit) {
    const headline = [
        c.marker,
        (0,summary/* heading */.R_)(c.title, 3),
        `Rendered **${c.objectCount} object${c.objectCount === 1 ? '' : 's'}** from ${c.producedBy}${c.commit ? ` at \`${c.commit.slice(0, 7)}\`` : ''}, compared with ${c.comparedWith}: **${countChanges(c.changes) || 'no objects'}**.`,
        ...(c.caveat ? ['', `> [!WARNING]\n> ${c.caveat.replace(/\n/g, ' ')}`] : []),
        '',
    ].join('\n');
    const rows = c.changes.map(row);
    const ports = [
        '',
        (0,summary/* heading */.R_)(`Ports${c.ports.port !== undefined ? `: the application listens on ${c.ports.port}` : ''}`, 4),
        (0,src_summary/* portsTable */.b)(c.ports),
    ].join('\n');
    const footer = c.runUrl ? `\n<sub>Updated by [this run](${c.runUrl}).</sub>\n` : '\n';
    const blocks = c.changes.filter((x) => x.fields.length > 0).map(details);
    const note = (what) => `\n> [!NOTE]\n> ${what} left out to stay within GitHub's ${limit}-character comment limit; the job summary has the whole report.\n`;
    const assemble = (nRows, nBlocks) => {
        const parts = [headline, (0,summary/* table */.tp)(['', 'Object', 'Change'], rows.slice(0, nRows))];
        if (nRows < rows.length)
            parts.push(note(`${rows.length - nRows} more objects are`));
        parts.push('', ...blocks.slice(0, nBlocks));
        if (nBlocks < blocks.length)
            parts.push(note(`The field details of ${blocks.length - nBlocks} objects are`));
        parts.push(ports, footer);
        return parts.join('\n');
    };
    // The most of `n` that fits, by bisection (each assembly is linear; a one-by-one cut would be quadratic).
    const most = (n, fits) => {
        let lo = 0;
        let hi = n;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (fits(mid))
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    };
    let body = assemble(rows.length, blocks.length);
    if (body.length > limit) {
        const nBlocks = most(blocks.length, (k) => assemble(rows.length, k).length <= limit);
        body = assemble(rows.length, nBlocks);
        if (body.length > limit)
            body = assemble(most(rows.length, (k) => assemble(k, 0).length <= limit), 0);
    }
    if (body.length > limit) {
        // Only a port table larger than the limit is left: cut it, keeping the marker at the top.
        const cut = "\n\n> [!NOTE]\n> Cut at GitHub's comment limit; the job summary has the whole report.\n";
        body = body.slice(0, limit - cut.length) + cut;
    }
    return body;
}

// EXTERNAL MODULE: ./packages/contract/src/annotations.ts
var annotations = __webpack_require__(4412);
// EXTERNAL MODULE: ./packages/kit/src/concurrency.ts
var concurrency = __webpack_require__(26309);
;// CONCATENATED MODULE: ./packages/manifests/src/preview/live.ts
/*
 * What changes in the cluster: each rendered object is applied with a server-side dry-run (dryRun=All,
 * k8s-rollout's field manager, so the server merges, defaults and admits it exactly as the rollout's apply
 * would) and the answer compared with the live object. Through @goship/cluster's client, loaded only here.
 */




/** What k8s-rollout puts on objects besides the rendered set; carried over from the live object. */
const ROLLOUT_LABELS = ['goship.dev/apply-set'];
const ROLLOUT_ANNOTATIONS = [
    'kubernetes.io/change-cause',
    annotations/* VERSION_ANNOTATION */.F8,
    annotations/* COMMIT_ANNOTATION */._u,
    annotations/* RUN_URL_ANNOTATION */.A9,
];
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const isIgnored = (path) => isServerField(path) || path === `metadata.annotations.${LAST_APPLIED}`;
async function compareWithCluster(o) {
    const cluster = await Promise.all(/* import() */[__webpack_require__.e(1876), __webpack_require__.e(4620)]).then(__webpack_require__.bind(__webpack_require__, 93932));
    const errors = [];
    const manifests = cluster.parseManifests(o.manifestsText, o.manifestsFile, errors);
    if (errors.length > 0)
        throw (0,src_errors/* aggregate */.QD)(errors, `${errors.length} problems in ${o.manifestsFile}`);
    const { client } = await cluster.connect(o.kubeconfig, o.log, o.signal);
    const discovery = new cluster.Discovery(client);
    discovery.addCrds(manifests.map((m) => m.object));
    const infos = await Promise.all(manifests.map((m) => discovery.resolve(m.object.apiVersion, m.object.kind)));
    const unknown = [];
    const known = manifests.flatMap((manifest, i) => {
        const info = infos[i];
        if (info)
            return [{ manifest, info }];
        const { kind, metadata } = manifest.object;
        unknown.push({
            object: objectLabel(kind, metadata.namespace, metadata.name ?? ''),
            change: 'rejected',
            fields: [],
            note: `the server does not serve kind ${kind} in ${manifest.object.apiVersion}`,
        });
        return [];
    });
    const plan = cluster.buildPlan(known, {
        defaultNamespace: o.kubeconfig.namespace ?? 'default',
        applySet: cluster.toLabelValue(o.repository ?? 'default'),
        workloadAnnotations: {},
    });
    const namespacesCreated = new Set(plan.filter((p) => p.info.kind === 'Namespace' && p.info.group === '').map((p) => p.object.metadata.name));
    const changes = await (0,concurrency/* mapLimit */.s)(plan, 8, async (p) => {
        const { kind, metadata } = p.object;
        const label = objectLabel(kind, metadata.namespace, metadata.name);
        const secret = kind === 'Secret' && p.info.group === '';
        const live = await getLive(client, cluster, p, o.signal);
        carryOver(p.object, live);
        if (p.info.pendingCrd)
            return { object: label, change: 'created', fields: [], note: 'its CRD is created by this set' };
        let note;
        let result;
        try {
            result = await dryRun(cluster, client, p, false, o.signal);
        }
        catch (err) {
            const conflict = err instanceof cluster.ApiError && err.statusCode === 409;
            const missingNs = err instanceof cluster.ApiError &&
                err.statusCode === 404 &&
                err.status.details?.kind === 'namespaces';
            if (missingNs && namespacesCreated.has(metadata.namespace))
                return { object: label, change: 'created', fields: [], note: 'in a namespace this set creates' };
            if (!conflict)
                return {
                    object: label,
                    change: 'rejected',
                    fields: [],
                    note: (0,src_errors/* errorMessage */.gJ)(cluster.explainApplyError(err, p, client)).split('\n')[0],
                };
            // The rollout fails here unless force-conflicts: say so, and show what forcing would change.
            note = `${(0,src_errors/* errorMessage */.gJ)(err).split('\n')[0]} — k8s-rollout needs force-conflicts: true`;
            try {
                result = await dryRun(cluster, client, p, true, o.signal);
            }
            catch (again) {
                return { object: label, change: 'rejected', fields: [], note: (0,src_errors/* errorMessage */.gJ)(again).split('\n')[0] };
            }
        }
        if (!live)
            return { object: label, change: 'created', fields: [], note, secret };
        const fields = fieldChanges(live, result.object, isIgnored);
        return { object: label, change: fields.length ? 'changed' : 'unchanged', fields, note, secret };
    });
    return { changes: [...unknown, ...changes], target: client.describe() };
}
async function getLive(client, cluster, p, signal) {
    if (p.info.pendingCrd)
        return undefined;
    try {
        return await client.request('GET', cluster.resourcePath(p.info, p.object.metadata.namespace, p.object.metadata.name), { signal });
    }
    catch (err) {
        if (err instanceof cluster.ApiError && err.statusCode === 404)
            return undefined;
        throw client.explain(err);
    }
}
/** The labels and annotations k8s-rollout adds, as the live object has them (the rollout re-applies them). */
function carryOver(object, live) {
    const m = object.metadata;
    for (const k of ROLLOUT_LABELS) {
        const v = live?.metadata.labels?.[k];
        if (v !== undefined)
            m.labels = { ...m.labels, [k]: v };
    }
    for (const k of ROLLOUT_ANNOTATIONS) {
        const v = live?.metadata.annotations?.[k];
        if (v !== undefined && m.annotations?.[k] === undefined)
            m.annotations = { ...m.annotations, [k]: v };
    }
}
function dryRun(cluster, client, p, force, signal) {
    return cluster.applyObject(client, p, { force, serverSide: true, signal }, true);
}

// EXTERNAL MODULE: ./packages/manifests/src/preview/options.ts
var options = __webpack_require__(5609);
;// CONCATENATED MODULE: ./packages/manifests/src/preview/index.ts
/*
 * The pull-request preview of a render: what would change (against the live cluster when a kubeconfig is
 * given, else against the base branch's rendering) and the port report, posted as one PR comment that
 * every push updates in place. GitHub refusing (a missing permission) or the comparison failing are
 * warnings: the render itself has succeeded by then.
 */









async function pullRequestPreview(o) {
    const { comment } = o;
    const warnings = [];
    let changes = [];
    let comparedWith;
    let caveat;
    try {
        if (o.kubeconfig) {
            const live = await compareWithCluster({
                kubeconfig: o.kubeconfig,
                manifestsFile: o.manifestsFile,
                manifestsText: (0,external_node_fs_.readFileSync)(o.manifestsFile, 'utf8'),
                repository: comment.repository,
                log: o.log,
                signal: o.signal,
            });
            changes = live.changes;
            comparedWith = `the live cluster (server-side dry-run on ${live.target})`;
        }
        else {
            const { baseRef, baseSha } = comment.pullRequest;
            comparedWith = `the base branch \`${baseRef}\` (\`${baseSha.slice(0, 7)}\`)`;
            const base = await compareWithBase({ ...o.request, signal: o.signal }, o.result.manifests, baseSha);
            changes = base.changes;
            caveat = base.baseProblem && `Every object is shown as created: ${base.baseProblem}.`;
        }
    }
    catch (err) {
        comparedWith = o.kubeconfig ? 'the live cluster' : 'the base branch';
        caveat = `The comparison failed: ${(0,src_errors/* errorMessage */.gJ)(err).split('\n')[0]}`;
        warnings.push(`pull-request comment: ${caveat}`);
    }
    const { COMMENT_BODY_LIMIT, commentMarker, upsertComment } = await Promise.all(/* import() */[__webpack_require__.e(7455), __webpack_require__.e(5893)]).then(__webpack_require__.bind(__webpack_require__, 85893));
    const content = {
        marker: commentMarker('render-manifests', comment.id),
        title: comment.title,
        comparedWith,
        caveat,
        changes,
        ports: o.result.ports,
        objectCount: o.result.objects.length,
        producedBy: o.result.producedBy,
        commit: o.commit,
        runUrl: comment.runUrl,
    };
    const markdown = commentBody(content, COMMENT_BODY_LIMIT);
    const posted = await upsertComment({
        token: comment.token,
        apiUrl: comment.apiUrl,
        repository: comment.repository,
        issueNumber: comment.pullRequest.number,
        marker: content.marker,
        body: markdown,
        log: { info: o.log.info, warning: (m) => o.log.warning(m) },
    });
    if (posted.action === 'refused') {
        warnings.push(`${posted.warning} (the render succeeded; no pull-request comment was posted)`);
        return { markdown, warnings };
    }
    return { markdown, posted, warnings };
}


/***/ }),

/***/ 5609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ commentId),
/* harmony export */   e: () => (/* binding */ readCommentOptions)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77051);
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
    const { pullRequestOf } = await Promise.all(/* import() */[__webpack_require__.e(7455), __webpack_require__.e(5893)]).then(__webpack_require__.bind(__webpack_require__, 85893));
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

/***/ 12742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jd: () => (/* binding */ objectFileName),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   vH: () => (/* binding */ RenderError)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77051);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82235);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10699);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4400);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10809);
/* harmony import */ var _ports_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(62221);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(38182);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24633);
/* harmony import */ var _set_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(16048);
/* harmony import */ var _tools_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59448);
/* harmony import */ var _workloads_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64598);
/* harmony import */ var _yaml_io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89146);
/*
 * The render pipeline, the same for every source: load → namespace → duplicates → pin images →
 * annotate pod templates → validate (schema + API rules) → port integrity → deterministic order and
 * serialization. Everything happens in memory; nothing is written unless every check passed.
 */












/** A failed render: every problem as a related error, plus the port report when it got that far. */
class RenderError extends _goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    ports;
    constructor(message, related, ports) {
        // A single problem keeps its own location and hint, so it reads the same wrapped or not.
        const only = related.length === 1 ? related[0] : undefined;
        super(message, { related, location: only?.location, hint: only?.hint });
        this.ports = ports;
        this.name = 'RenderError';
    }
}
async function load(req) {
    switch (req.source) {
        case 'builtin':
            return {
                manifests: (0,_builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .builtinObjects */ .g)(req.builtin).map((object) => ({ object, origin: { via: 'builtin' } })),
                producedBy: 'builtin templates',
            };
        case 'files': {
            const files = (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .expandFiles */ .CC)('files', req.files ?? [], req.workspace);
            const substitution = { vars: req.vars ?? new Map(), env: req.env ?? {} };
            const all = [];
            const errors = [];
            for (const f of files) {
                try {
                    all.push(...(0,_yaml_io_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifests */ .Y)((0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifestFile */ .oe)(f), {
                        file: f.display,
                        via: 'files',
                        linesAreInFile: true,
                        substitution,
                    }));
                }
                catch (e) {
                    if (!(e instanceof _goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
                        throw e;
                    errors.push(...(e.related.length ? e.related : [e]));
                }
            }
            if (errors.length === 1)
                throw errors[0];
            if (errors.length)
                throw new RenderError(summary(errors, 'in the manifest files'), errors);
            return { manifests: all, producedBy: `${files.length} file${files.length === 1 ? '' : 's'}` };
        }
        case 'kustomize': {
            const out = await (0,_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .runKustomize */ .J4)('kustomize-dir', req.kustomizeDir ?? '', req.workspace, req.signal);
            return {
                manifests: (0,_yaml_io_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifests */ .Y)(out.text, { file: out.file, via: out.command, linesAreInFile: false }),
                producedBy: out.command,
            };
        }
        case 'helm': {
            const h = req.helm;
            const out = await (0,_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .runHelm */ .oU)({
                ...h,
                namespace: req.namespace,
                workspace: req.workspace,
                signal: req.signal,
            });
            return {
                manifests: (0,_yaml_io_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifests */ .Y)(out.text, {
                    file: out.file,
                    via: out.command,
                    linesAreInFile: false,
                    sourceOf: (doc) => (0,_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .helmSourceFile */ .u7)(doc.commentBefore ?? doc.contents?.commentBefore, h.chart, req.workspace),
                }),
                producedBy: out.command,
            };
        }
    }
}
function summary(errors, what) {
    if (errors.length === 1)
        return errors[0].message;
    return `${errors.length} problems ${what}:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`;
}
function annotate(manifests, pod, workload) {
    for (const m of manifests) {
        const t = (0,_workloads_js__WEBPACK_IMPORTED_MODULE_5__/* .podTemplateOf */ .D0)(m);
        if (!t)
            continue;
        if (Object.keys(pod).length) {
            const holder = t.path.length === 0 ? m.object : (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .get */ .Jt)(m.object, t.path);
            if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(holder))
                continue;
            if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(holder.metadata))
                holder.metadata = {};
            const meta = holder.metadata;
            meta.annotations = { ...((0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(meta.annotations) ? meta.annotations : {}), ...pod };
        }
        // A bare Pod's metadata is its template: the run annotation would change it on every re-run.
        if (Object.keys(workload).length && t.path.length > 0) {
            const meta = m.object.metadata;
            meta.annotations = { ...((0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(meta.annotations) ? meta.annotations : {}), ...workload };
        }
    }
}
function objectFileName(index, m, width) {
    const r = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .refOf */ .H8)(m);
    const safe = (s) => s.toLowerCase().replace(/[^a-z0-9.-]+/g, '-');
    const parts = [
        String(index + 1).padStart(width, '0'),
        safe(r.kind),
        ...(r.namespace ? [safe(r.namespace)] : []),
        safe(r.name),
    ];
    return `${parts.join('-')}.yaml`;
}
async function render(req) {
    const { manifests, producedBy } = await load(req);
    if (req.registerSecret)
        for (const value of (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .secretValues */ .V)(manifests))
            req.registerSecret(value);
    if (manifests.length === 0) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The ${req.source} source produced no objects (${producedBy})`, {
            hint: 'Check that the files or templates contain Kubernetes objects.',
        });
    }
    const warnings = [];
    const notices = [];
    if (req.namespace) {
        const unknown = await (0,_set_js__WEBPACK_IMPORTED_MODULE_8__/* .fillNamespace */ .Jl)(manifests, req.namespace, (v, k) => req.catalog.namespaced(v, k));
        for (const u of unknown)
            notices.push({ message: `${u}: scope unknown (custom resource), namespace not filled in` });
    }
    const errors = [...(0,_set_js__WEBPACK_IMPORTED_MODULE_8__/* .findDuplicates */ .Ir)(manifests)];
    const scan = (0,_images_js__WEBPACK_IMPORTED_MODULE_9__/* .pinImages */ .M)(manifests, req.images ?? []);
    errors.push(...scan.errors);
    for (const m of scan.mutable) {
        warnings.push({
            message: `${m.object} container ${m.container} uses ${m.image}, which is not pinned by digest: the tag can move between this check and the rollout`,
            location: m.file ? { file: m.file, line: m.line } : undefined,
        });
    }
    annotate(manifests, req.podAnnotations ?? {}, req.workloadAnnotations ?? {});
    const validation = await (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_10__/* .validateManifests */ .Tu)(manifests, req.catalog);
    errors.push(...validation.errors);
    notices.push(...validation.notices);
    const pinnedContainers = new Set(scan.pinned.map((p) => `${p.object}|${p.container}`));
    const ports = (0,_ports_index_js__WEBPACK_IMPORTED_MODULE_11__/* .analysePorts */ .A)(manifests, {
        expectedPort: req.expectedPort,
        isBuiltContainer: (c) => {
            if (pinnedContainers.size > 0)
                return pinnedContainers.has(`${(0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .describe */ .q0)(c.template.manifest)}|${c.name}`);
            const first = (0,_workloads_js__WEBPACK_IMPORTED_MODULE_5__/* .containersOf */ .Mz)(c.template, 'app')[0]?.container === c.container;
            if (req.appName)
                return (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .refOf */ .H8)(c.template.manifest).name === req.appName && first;
            return first; // every workload's first container
        },
    });
    // A field the schema already rejected (containerPort: "80a") is not reported twice.
    const schemaSpots = new Set(validation.errors.map((e) => `${e.location?.file}:${e.location?.line}`));
    errors.push(...ports.errors.filter((e) => !e.location?.line || !schemaSpots.has(`${e.location.file}:${e.location.line}`)));
    if (errors.length > 0) {
        throw new RenderError(summary(errors, `in the rendered set (${producedBy})`), errors, ports.report);
    }
    const sorted = (0,_set_js__WEBPACK_IMPORTED_MODULE_8__/* .sortManifests */ .RC)(manifests);
    const width = String(sorted.length).length;
    const documents = [];
    const objects = sorted.map((m, i) => {
        m.object = (0,_set_js__WEBPACK_IMPORTED_MODULE_8__/* .canonical */ .$N)(m.object);
        documents.push((0,_yaml_io_js__WEBPACK_IMPORTED_MODULE_3__/* .toYaml */ .f)(m.object));
        const r = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .refOf */ .H8)(m);
        const loc = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .locate */ .x5)(m);
        return {
            apiVersion: r.apiVersion,
            kind: r.kind,
            ...(r.namespace ? { namespace: r.namespace } : {}),
            name: r.name,
            file: objectFileName(i, m, width),
            source: loc ? (loc.line ? `${loc.file}:${loc.line}` : loc.file) : m.origin.via,
        };
    });
    return {
        manifests: sorted,
        objects,
        documents,
        ports: ports.report,
        pinned: scan.pinned,
        warnings,
        notices,
        producedBy,
        schema: await req.catalog.source(),
    };
}


/***/ }),

/***/ 77893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ SchemaCatalog),
/* harmony export */   jK: () => (/* binding */ DEFAULT_SCHEMA_VERSION),
/* harmony export */   o8: () => (/* binding */ SCHEMA_VERSIONS)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77051);
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53996);
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

/***/ 50089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ semanticChecks),
/* harmony export */   _: () => (/* binding */ checkDnsLabel)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10809);
/* harmony import */ var _workloads_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64598);
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

/***/ 38182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* reexport safe */ _catalog_js__WEBPACK_IMPORTED_MODULE_0__.JU),
/* harmony export */   Tu: () => (/* binding */ validateManifests),
/* harmony export */   _E: () => (/* reexport safe */ _checks_js__WEBPACK_IMPORTED_MODULE_1__._),
/* harmony export */   jK: () => (/* reexport safe */ _catalog_js__WEBPACK_IMPORTED_MODULE_0__.jK),
/* harmony export */   o8: () => (/* reexport safe */ _catalog_js__WEBPACK_IMPORTED_MODULE_0__.o8)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77051);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10809);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24633);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50089);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45262);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77893);







/**
 * Validates every object: its schema (strict, as `kubectl apply --validate=strict`) and the API server's
 * common semantic rules. Custom resources cannot be validated offline and come back as notices.
 */
async function validateManifests(manifests, catalog) {
    const errors = [];
    const notices = [];
    const lookups = await Promise.all(manifests.map((m) => catalog.lookup((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .refOf */ .H8)(m).apiVersion, (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .refOf */ .H8)(m).kind)));
    manifests.forEach((m, i) => {
        const lookup = lookups[i];
        const label = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .describe */ .q0)(m);
        if (lookup.status === 'custom') {
            notices.push({
                message: `${label} (${(0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .refOf */ .H8)(m).apiVersion}) is a custom resource: not validated offline`,
                location: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(m),
            });
        }
        else if (lookup.status === 'unknown') {
            errors.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${label}: ${lookup.message} (${(0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .where */ ._M)(m)})`, {
                hint: lookup.hint,
                location: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(m, ['apiVersion']),
            }));
            return;
        }
        else {
            for (const p of (0,_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateAgainst */ .s)(m.object, lookup.kind.root, lookup.kind.definitions, (path) => (0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .isSecretField */ .n)(m.object, path))) {
                errors.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${label}: ${p.message} (${(0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .where */ ._M)(m, p.path)})`, {
                    location: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(m, p.path),
                    hint: `Checked against the Kubernetes ${catalog.version} API schema with unknown fields rejected, as kubectl apply --validate=strict does.`,
                }));
            }
        }
        for (const p of (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .semanticChecks */ .G)(m)) {
            errors.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${label}: ${p.message} (${(0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .where */ ._M)(m, p.path)})`, {
                location: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(m, p.path),
                hint: p.hint,
            }));
        }
    });
    return { errors, notices };
}


/***/ }),

/***/ 45262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ BASE64),
/* harmony export */   s: () => (/* binding */ validateAgainst)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10809);
/*
 * Structural validation of one object against its OpenAPI schema, with the strictness of
 * `kubectl apply --validate=strict`: unknown fields are errors, as are wrong types, missing required
 * fields, int32 overflow, malformed quantities and non-base64 Secret data. (Duplicate fields are already
 * rejected by the YAML parser.) Semantic rules the API server checks in code (name formats, selector vs
 * template labels) are in checks.ts.
 */

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
// resource.Quantity's grammar: <signedNumber><suffix>.
const QUANTITY = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+|Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const QUOTE_IT = '; quote it: kubectl reads YAML 1.1, where yes/no/on/off/y/n are booleans and 0644, 1_000, 0x1F numbers';
function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'list';
    if (typeof v === 'object')
        return 'object';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'integer' : 'number';
    return typeof v;
}
function show(v) {
    const s = JSON.stringify(v);
    return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}
function validateAgainst(value, root, definitions, 
/** Fields whose values must not appear in messages (Secret data): only their type is named. */
hidden = () => false) {
    const problems = [];
    const shown = (path, v) => (hidden(path) ? '(value hidden: Secret data)' : show(v));
    const resolve = (s) => {
        let cur = s;
        for (let n = 0; cur.ref && n < 10; n++)
            cur = definitions[cur.ref] ?? {};
        return cur;
    };
    const mismatch = (path, expected, v, advice = '') => problems.push({
        path,
        message: `${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(path) || 'object'}: expected ${expected}, got ${typeName(v)} ${shown(path, v)}${advice}`,
    });
    const walk = (v, schema, path) => {
        const s = resolve(schema);
        if (v === null)
            return; // JSON null is "unset" for the API server
        switch (s.t) {
            case 'object': {
                if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v))
                    return mismatch(path, 'an object', v);
                if (s.p) {
                    for (const [k, child] of Object.entries(v)) {
                        const ps = s.p[k];
                        if (ps)
                            walk(child, ps, [...path, k]);
                        else if (!s.x) {
                            const field = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)([...path, k]);
                            problems.push({ path: [...path, k], message: `unknown field "${field}"` });
                        }
                    }
                    for (const r of s.r ?? []) {
                        if (v[r] === undefined || v[r] === null) {
                            problems.push({ path, message: `missing required field "${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)([...path, r])}"` });
                        }
                    }
                }
                else if (s.m) {
                    for (const [k, child] of Object.entries(v))
                        walk(child, s.m, [...path, k]);
                }
                return;
            }
            case 'array':
                if (!Array.isArray(v))
                    return mismatch(path, 'a list', v);
                if (s.i)
                    for (const [i, item] of v.entries())
                        walk(item, s.i, [...path, i]);
                return;
            case 'string':
                // A boolean or number here is almost always a plain scalar typed by YAML 1.1 (kubectl's reading, and ours).
                if (typeof v === 'boolean' || typeof v === 'number')
                    return mismatch(path, 'a string', v, QUOTE_IT);
                if (typeof v !== 'string')
                    return mismatch(path, 'a string', v);
                if (s.f === 'byte' && !BASE64.test(v.replace(/\s+/g, ''))) {
                    problems.push({
                        path,
                        message: `${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(path)}: not valid base64 (Secret data must be base64-encoded; use stringData for plain text)`,
                    });
                }
                return;
            case 'integer':
                if (typeof v !== 'number' || !Number.isInteger(v))
                    return mismatch(path, 'an integer', v);
                if (s.f === 'int32' && (v < INT32_MIN || v > INT32_MAX)) {
                    problems.push({ path, message: `${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(path)}: ${v} does not fit in a 32-bit integer` });
                }
                return;
            case 'number':
                if (typeof v !== 'number')
                    mismatch(path, 'a number', v);
                return;
            case 'boolean':
                if (typeof v !== 'boolean')
                    mismatch(path, 'true or false', v);
                return;
            case 'int-or-string':
                if (typeof v === 'string')
                    return;
                if (typeof v !== 'number' || !Number.isInteger(v))
                    return mismatch(path, 'an integer or a string', v);
                return;
            case 'quantity':
                if (typeof v === 'number')
                    return;
                if (typeof v !== 'string')
                    return mismatch(path, 'a quantity such as 100m, 1.5 or 64Mi', v);
                if (!QUANTITY.test(v)) {
                    problems.push({
                        path,
                        message: `${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(path)}: ${shown(path, v)} is not a quantity (e.g. 100m, 0.5, 64Mi, 1Gi)`,
                    });
                }
                return;
            default:
                return;
        }
    };
    walk(value, root, []);
    return problems;
}


/***/ }),

/***/ 24633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ secretValues),
/* harmony export */   n: () => (/* binding */ isSecretField)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10809);
/* harmony import */ var _schema_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45262);
/*
 * The values of the Secrets in a rendered set. render() hands them to the caller's `registerSecret`
 * (the runner's masking) as soon as the set is loaded: before validation, whose errors may quote a value,
 * and before anything is written or summarised.
 */


/** Every value (and, for `data`, its decoded text) of every v1 Secret, each once. */
function secretValues(manifests) {
    const values = new Set();
    const leaves = (v, out) => {
        if (v === null || v === undefined)
            return;
        if (Array.isArray(v))
            for (const item of v)
                leaves(item, out);
        else if ((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v))
            for (const item of Object.values(v))
                leaves(item, out);
        else
            out(String(v));
    };
    for (const { object } of manifests) {
        if (object.kind !== 'Secret' || object.apiVersion !== 'v1')
            continue;
        leaves(object.stringData, (s) => values.add(s));
        leaves(object.data, (s) => {
            values.add(s);
            const compact = s.replace(/\s+/g, '');
            if (compact && _schema_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .BASE64 */ .E.test(compact))
                values.add(Buffer.from(compact, 'base64').toString('utf8'));
        });
    }
    return [...values].filter((v) => v.trim() !== '');
}
/** Whether a field of an object holds Secret material (its value must never be quoted in a message). */
function isSecretField(object, path) {
    return (object.kind === 'Secret' && object.apiVersion === 'v1' && (path[0] === 'data' || path[0] === 'stringData'));
}


/***/ }),

/***/ 16048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   Ir: () => (/* binding */ findDuplicates),
/* harmony export */   Jl: () => (/* binding */ fillNamespace),
/* harmony export */   RC: () => (/* binding */ sortManifests)
/* harmony export */ });
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42477);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77051);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10809);
/*
 * Operations on the whole rendered set: namespaces, duplicates, deterministic order and key order.
 */



/**
 * Fills `namespace` into namespaced objects that have none; an object's own metadata.namespace is never
 * overridden (k8s-deploy's forced --namespace breaks exactly those, Azure/k8s-deploy#163). Returns the
 * kinds whose scope is unknown (custom resources), which are left alone.
 */
async function fillNamespace(manifests, namespace, isNamespaced) {
    const unknown = [];
    for (const m of manifests) {
        const r = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H8)(m);
        if (r.namespace)
            continue;
        const scoped = await isNamespaced(r.apiVersion, r.kind);
        if (scoped === undefined) {
            unknown.push((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(m));
            continue;
        }
        if (scoped)
            m.object.metadata.namespace = namespace;
    }
    return unknown;
}
/** Same group, kind, namespace and name twice: the second apply would silently replace the first. */
function findDuplicates(manifests) {
    const seen = new Map();
    const errors = [];
    for (const m of manifests) {
        const r = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H8)(m);
        const key = `${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .groupOf */ .F8)(r.apiVersion)}|${r.kind}|${r.namespace}|${r.name}`;
        const first = seen.get(key);
        if (!first) {
            seen.set(key, m);
            continue;
        }
        const message = `Duplicate object ${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(m)}: defined at ${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .where */ ._M)(first)} and at ${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .where */ ._M)(m)}`;
        const hint = 'Each kind/namespace/name may appear once; remove one or rename it.';
        errors.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(message, { hint, location: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(first) }), new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(message, { hint, location: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(m) }));
    }
    return errors;
}
/**
 * Deterministic order: the chain's kind order (@goship/contract, the order k8s-rollout applies in), then
 * kind (unlisted kinds alphabetically), namespace, name and apiVersion.
 */
function sortManifests(manifests) {
    const key = (m) => {
        const r = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H8)(m);
        return { rank: (0,_goship_contract__WEBPACK_IMPORTED_MODULE_2__/* .kindRank */ .x)(r.kind), ...r };
    };
    return [...manifests].sort((x, y) => {
        const a = key(x);
        const b = key(y);
        return (a.rank - b.rank ||
            cmp(a.kind, b.kind) ||
            cmp(a.namespace, b.namespace) ||
            cmp(a.name, b.name) ||
            cmp(a.apiVersion, b.apiVersion));
    });
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const TOP_KEYS = ['apiVersion', 'kind', 'metadata'];
const META_KEYS = ['name', 'namespace', 'labels', 'annotations'];
const SORTED_MAPS = new Set([
    'labels',
    'annotations',
    'data',
    'stringData',
    'binaryData',
    'nodeSelector',
    'matchLabels',
    'selector',
]);
/**
 * Stable key order: apiVersion, kind, metadata first (name, namespace, labels, annotations), label-like
 * maps sorted, everything else in the order it was written (our builtin templates write it in the
 * conventional order). The same input therefore always renders byte for byte the same.
 */
function canonical(object) {
    return orderKeys(object, TOP_KEYS, (k, v) => k === 'metadata' && (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v) ? orderKeys(v, META_KEYS, deep) : deep(k, v));
}
function orderKeys(o, first, child) {
    const out = {};
    for (const k of first)
        if (k in o)
            out[k] = child(k, o[k]);
    for (const [k, v] of Object.entries(o))
        if (!first.includes(k))
            out[k] = child(k, v);
    return out;
}
function deep(key, v) {
    if (Array.isArray(v))
        return v.map((item) => deep('', item));
    if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v))
        return v;
    if (SORTED_MAPS.has(key) && Object.values(v).every((x) => !(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(x) && !Array.isArray(x))) {
        return Object.fromEntries(Object.entries(v).sort(([a], [b]) => cmp(a, b)));
    }
    const out = {};
    for (const [k, x] of Object.entries(v))
        out[k] = deep(k, x);
    return out;
}


/***/ }),

/***/ 59226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ flowPlaceholderAt),
/* harmony export */   l8: () => (/* binding */ substituteScalar),
/* harmony export */   t2: () => (/* reexport safe */ _goship_contract__WEBPACK_IMPORTED_MODULE_0__.t2)
/* harmony export */ });
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4139);
/*
 * Strict `${VAR}` substitution, applied to one parsed YAML scalar at a time (see yaml-io.ts):
 *  - every placeholder must resolve, from `vars` first and then the workflow environment;
 *  - single pass: text that came from a variable is never scanned again, so a value containing `${X}`
 *    stays literally `${X}` (the replace-in-a-loop trap of the seed's §2.2);
 *  - `$${X}` is the escape for a literal `${X}` (a shell variable in a container command, for example);
 *  - placeholders are only substituted in values, never in keys;
 *  - a plain (unquoted) scalar is re-typed after substitution as kubectl's YAML 1.1 would type it (`port: ${PORT}` with
 *    PORT=8080 is the integer 8080); quoted and block scalars stay strings. The result is always one
 *    scalar: a value containing a newline and `evil: true` is a string with a newline in it.
 */

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function substituteScalar(text, sub, opts) {
    const errors = [];
    let out = '';
    let changed = false;
    let i = 0;
    while (i < text.length) {
        const dollar = text.indexOf('$', i);
        if (dollar < 0) {
            out += text.slice(i);
            break;
        }
        out += text.slice(i, dollar);
        if (text.startsWith('$${', dollar)) {
            // Escape: `$${X}` → `${X}`, copied without looking inside.
            const close = text.indexOf('}', dollar + 3);
            const end = close < 0 ? text.length : close + 1;
            out += text.slice(dollar + 1, end);
            changed = true;
            i = end;
            continue;
        }
        if (text[dollar + 1] !== '{') {
            out += '$';
            i = dollar + 1;
            continue;
        }
        const close = text.indexOf('}', dollar + 2);
        const inner = close < 0 ? text.slice(dollar + 2) : text.slice(dollar + 2, close);
        const shown = close < 0 ? text.slice(dollar) : text.slice(dollar, close + 1);
        if (opts.isKey) {
            errors.push({
                index: dollar,
                message: `placeholder ${shown} in a key: placeholders are substituted in values only`,
                hint: 'Move the placeholder into a value, or escape it as $${…} if the key really contains ${…}.',
            });
        }
        else if (close < 0 || !NAME.test(inner)) {
            errors.push({
                index: dollar,
                message: `malformed placeholder ${shown}: expected \${NAME} with NAME made of letters, digits and _`,
                hint: 'Defaults and other shell forms (${A:-b}) are not supported; escape a literal as $${…}.',
            });
        }
        else {
            const value = sub.vars.get(inner) ?? sub.env[inner];
            if (value === undefined) {
                errors.push({
                    index: dollar,
                    message: `unresolved placeholder \${${inner}}`,
                    hint: `Define ${inner} in the 'vars' input (${inner}=value) or in the workflow env; write $\${${inner}} for a literal \${${inner}}.`,
                });
            }
            else {
                out += value;
                changed = true;
            }
        }
        i = close < 0 ? text.length : close + 1;
    }
    if (!changed || errors.length > 0)
        return { value: text, changed: false, errors };
    return { value: opts.plain ? (0,_goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .resolvePlainScalar */ .t2)(out) : out, changed: true, errors };
}
/**
 * The type kubectl (and our parser: @goship/contract's dialect) gives a plain scalar with this text. Only
 * scalar types: text never becomes a mapping or a list.
 */

/**
 * The placeholder at a YAML syntax error, when the error is an unquoted `${NAME}` inside a flow collection
 * (`{PORT: ${PORT}}`, `[--port, ${PORT}]`): the parser reads its `{` as a nested mapping and reports a cascade
 * of errors, its first at that `{`. Returns the placeholder's name and the offset of its `$`.
 */
function flowPlaceholderAt(text, errorOffset) {
    if (text[errorOffset - 1] !== '$')
        return undefined;
    const m = /^\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(text.slice(errorOffset, errorOffset + 256));
    return m ? { name: m[1], offset: errorOffset - 1 } : undefined;
}


/***/ }),

/***/ 72380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary),
/* harmony export */   b: () => (/* binding */ portsTable)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18806);

const STATUS = {
    ok: '✅ agrees',
    mismatch: '❌ disagrees',
    invalid: '❌ invalid',
    unchecked: '➖ not checked',
};
function portsTable(report) {
    const rows = report.uses.map((u) => [
        u.object,
        u.container ?? '',
        u.role,
        (0,_goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(u.field),
        String(u.value),
        u.port ?? '',
        u.file ? `${u.file}${u.line ? `:${u.line}` : ''}` : '',
        `${STATUS[u.status]}${u.note ? ` (${u.note})` : ''}`,
    ]);
    return (0,_goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Object', 'Container', 'Role', 'Field', 'Value', 'Port', 'Source', 'Check'], rows);
}
function renderSummary(r, manifestsPath) {
    const parts = [
        (0,_goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(`render-manifests: ${r.objects.length} object${r.objects.length === 1 ? '' : 's'} from ${r.producedBy}`),
        (0,_goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['#', 'Kind', 'Namespace', 'Name', 'Source'], r.objects.map((o, i) => [i + 1, o.kind, o.namespace ?? '', o.name, o.source])),
        '',
        `Written to ${(0,_goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(manifestsPath)}. Validated against ${r.schema}.`,
        '',
        (0,_goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(`Ports${r.ports.port !== undefined ? `: the application listens on ${r.ports.port}` : ''}`, 4),
        portsTable(r.ports),
    ];
    if (r.pinned.length) {
        parts.push('', (0,_goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)('Pinned images', 4), (0,_goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Object', 'Container', 'From', 'To'], r.pinned.map((p) => [p.object, p.container, (0,_goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(p.from), (0,_goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(p.to)])));
    }
    return `${parts.join('\n')}\n`;
}


/***/ }),

/***/ 59448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* binding */ runKustomize),
/* harmony export */   aY: () => (/* binding */ findOnPath),
/* harmony export */   oU: () => (/* binding */ runHelm),
/* harmony export */   u7: () => (/* binding */ helmSourceFile),
/* harmony export */   zc: () => (/* binding */ HELM_INSTALL_HINT)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77051);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92041);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10699);
/*
 * The kustomize and helm sources: run the user's tool (argument arrays, never a shell) and hand back its
 * output stream with enough context to point errors at the kustomization or the chart template.
 */




function findOnPath(name, path = process.env.PATH ?? '') {
    for (const dir of path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(candidate).isFile())
                return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
async function runKustomize(input, dir, workspace, signal) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, dir);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory()) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `'${dir}' is not a directory`, 'the directory holding kustomization.yaml, relative to the workspace');
    }
    const kfile = KUSTOMIZATION_FILES.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, f)).find((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f));
    if (!kfile) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `'${dir}' has no kustomization.yaml`, 'a directory with a kustomization.yaml (or .yml, or Kustomization)');
    }
    const kustomize = findOnPath('kustomize');
    const kubectl = kustomize ? undefined : findOnPath('kubectl');
    if (!kustomize && !kubectl) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo("Neither 'kustomize' nor 'kubectl' is on PATH", {
            hint: 'Install kubectl (it includes kustomize: azure/setup-kubectl) or kustomize (go install sigs.k8s.io/kustomize/kustomize/v5@latest) in an earlier step.',
        });
    }
    const [file, args] = kustomize ? [kustomize, ['build', abs]] : [kubectl, ['kustomize', abs]];
    const command = `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file)} ${args[0]} ${(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(workspace, abs)}`;
    const display = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(workspace, kfile);
    return runRenderer(file, args, {
        cwd: workspace,
        signal,
        command,
        display,
        hint: 'Fix the kustomization; run the same command locally to reproduce.',
    });
}
const HELM_INSTALL_HINT = 'Install helm in an earlier step (e.g. `uses: azure/setup-helm@v4`), or build it with Go: ' +
    '`GOBIN=$HOME/.local/bin go install helm.sh/helm/v3/cmd/helm@v3.22.0` and add that directory to PATH.';
async function runHelm(o) {
    const chart = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(o.workspace, o.chart);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(chart)) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('helm-chart', `'${o.chart}' does not exist`, 'a local chart directory (with Chart.yaml) or a packaged chart .tgz, relative to the workspace');
    }
    const isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(chart).isDirectory();
    if (isDir && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(chart, 'Chart.yaml'))) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('helm-chart', `'${o.chart}' has no Chart.yaml`, 'a chart directory (with Chart.yaml) or a packaged chart .tgz');
    }
    const values = o.valuesFiles.map((v) => {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(o.workspace, v);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('helm-values', `'${v}' does not exist`, 'values files relative to the workspace');
        return p;
    });
    const helm = findOnPath('helm');
    if (!helm)
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo("source 'helm' needs the helm CLI, which is not on PATH", {
            hint: HELM_INSTALL_HINT,
        });
    const args = ['template', o.release, chart];
    if (o.namespace)
        args.push('--namespace', o.namespace);
    for (const v of values)
        args.push('--values', v);
    for (const s of o.set)
        args.push('--set', s);
    const display = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(o.workspace, isDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(chart, 'Chart.yaml') : chart);
    const command = `helm template ${o.release} ${(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(o.workspace, chart)}`;
    return runRenderer(helm, args, {
        cwd: o.workspace,
        signal: o.signal,
        command,
        display,
        hint: 'Fix the chart or the values; run the same helm template command locally to reproduce.',
    });
}
/** Runs kustomize/helm; a failure shows the tool's own stderr at the kustomization or chart file. */
async function runRenderer(file, args, o) {
    try {
        const { stdout } = await (0,_goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .exec */ .m0)(file, args, { cwd: o.cwd, signal: o.signal });
        return { text: stdout, command: o.command, file: o.display };
    }
    catch (e) {
        if (e instanceof _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .ExecError */ .cI) {
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${o.command} failed (exit code ${e.result.code}):\n${(e.result.stderr || e.result.stdout).trim()}`, { location: { file: o.display }, hint: o.hint });
        }
        throw e;
    }
}
/** `# Source: chart/templates/x.yaml` → the template's workspace path (charts directories only). */
function helmSourceFile(comment, chartDir, workspace) {
    const m = /#?\s*Source:\s*(\S+)/.exec(comment ?? '');
    if (!m)
        return undefined;
    const rel = m[1].split('/').slice(1).join('/');
    const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, chartDir), rel);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p) ? (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(workspace, p) : undefined;
}


/***/ }),

/***/ 91568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ findWaitTargets)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10809);
/*
 * What an init container waits for, read from its command and args: `nc -z host port` (the seed's
 * busybox loop), `host:port` arguments (wait-for-it, our own builtin wait), and URLs (`curl
 * http://host:port/`). Shell variables are not expanded, so `$HOST:$PORT` is not a target.
 */

const HOST = String.raw `[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*`;
const PATTERNS = [
    // nc [-z] [-v] [-w 2] host port
    new RegExp(String.raw `\bnc((?:\s+-[A-Za-z]+(?:\s+\d+)?)*)\s+(${HOST})\s+(\d{1,6})\b`, 'g'),
    // scheme://host:port
    new RegExp(String.raw `[a-z][a-z0-9+.-]*://(${HOST}):(\d{1,6})\b`, 'g'),
    // bare host:port (not part of a URL or a longer token)
    new RegExp(String.raw `(?<![\w/.:@$-])(${HOST}):(\d{1,6})(?![\w.:])`, 'g'),
];
function findWaitTargets(container) {
    const tokens = [];
    for (const field of ['command', 'args']) {
        const list = container[field];
        if (!Array.isArray(list))
            continue;
        for (const [i, t] of list.entries())
            if (typeof t === 'string')
                tokens.push({ text: t, path: [field, i] });
    }
    if (tokens.length === 0 || !(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(container))
        return [];
    // Match over the joined command line so `["nc", "-z", "db", "5432"]` reads like `nc -z db 5432`.
    const joined = tokens.map((t) => t.text).join(' ');
    const starts = [];
    let offset = 0;
    for (const t of tokens) {
        starts.push(offset);
        offset += t.text.length + 1;
    }
    const tokenAt = (index) => {
        let k = 0;
        while (k + 1 < starts.length && starts[k + 1] <= index)
            k++;
        return tokens[k].path;
    };
    const found = new Map();
    PATTERNS.forEach((re, which) => {
        for (const m of joined.matchAll(re)) {
            const host = which === 0 ? m[2] : m[1];
            const port = Number(which === 0 ? m[3] : m[2]);
            if (/^\d+$/.test(host))
                continue; // `8080:80`-style pairs, times
            const key = `${host}:${port}`;
            if (!found.has(key))
                found.set(key, { host, port, path: tokenAt(m.index + m[0].lastIndexOf(host)) });
        }
    });
    return [...found.values()];
}


/***/ }),

/***/ 64598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ podTemplateOf),
/* harmony export */   Mz: () => (/* binding */ containersOf),
/* harmony export */   de: () => (/* binding */ selectorMatches)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10809);

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

/***/ 89146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ parseManifests),
/* harmony export */   f: () => (/* binding */ toYaml)
/* harmony export */ });
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4139);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77051);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43439);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10809);
/* harmony import */ var _substitute_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59226);
/*
 * YAML in and out, in the chain's one dialect (@goship/contract: read as kubectl reads, written so that
 * YAML 1.1, YAML 1.2 and kubectl read it back identically). Parsing goes through eemeli/yaml's Document
 * API rather than js-yaml's `load` because every node keeps its source range: errors, port disagreements
 * and schema problems point at the file and line of the field, and placeholders are substituted inside
 * parsed scalars (never in the raw text), so a substituted value can not add YAML structure.
 */





/**
 * Parses a multi-document YAML (or JSON) stream into Kubernetes objects. Empty documents are skipped,
 * `kind: List` is flattened into its items. Every problem in the stream is collected; one UserError
 * (with one related error per problem, each at its file:line) is thrown when there is any.
 */
function parseManifests(text, opts) {
    const stream = (0,_goship_contract__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlStream */ .b8)(text);
    const docs = stream.documents;
    const problems = [];
    const out = [];
    const at = (offset) => stream.position(offset);
    const loc = (offset, file = opts.file) => opts.linesAreInFile && file === opts.file
        ? { file, line: at(offset).line, column: at(offset).column }
        : { file };
    docs.forEach((doc, index) => {
        const file = opts.sourceOf?.(doc) ?? opts.file;
        const docLabel = docs.length > 1 ? `document ${index + 1} of ${file}` : file;
        const yamlProblem = (p) => new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Invalid YAML in ${file}:${p.line}:${p.column}: ${p.message}`, {
            location: opts.linesAreInFile ? { file, line: p.line, column: p.column } : { file },
            hint: YAML_HINTS[p.kind],
        });
        if (doc.errors.length > 0) {
            const flow = (0,_substitute_js__WEBPACK_IMPORTED_MODULE_3__/* .flowPlaceholderAt */ .HQ)(text, doc.errors[0].pos[0]);
            if (flow) {
                const { line, column } = at(flow.offset);
                const placeholder = `\${${flow.name}}`;
                problems.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Invalid YAML in ${file}:${line}:${column}: ${placeholder} is unquoted inside a flow collection ({…} or […]), where YAML reads { as the start of a mapping`, {
                    location: opts.linesAreInFile ? { file, line, column } : { file },
                    hint: `Quote it: "${placeholder}" (the value is then a string), or write the field in block style (key: ${placeholder} on its own line) to keep a number.`,
                }));
                return;
            }
            problems.push(...(0,_goship_contract__WEBPACK_IMPORTED_MODULE_1__/* .documentProblems */ .s9)(doc, stream).map(yamlProblem));
            return;
        }
        if ((0,_goship_contract__WEBPACK_IMPORTED_MODULE_1__/* .isEmptyDocument */ .n6)(doc) || !doc.contents)
            return;
        const startOffset = doc.contents.range?.[0] ?? 0;
        if (opts.substitution) {
            problems.push(...substituteDocument(doc, opts.substitution, (o) => loc(o, file)));
        }
        const read = (0,_goship_contract__WEBPACK_IMPORTED_MODULE_1__/* .documentValue */ .H5)(doc, stream);
        if (read.problem) {
            problems.push(yamlProblem(read.problem));
            return;
        }
        const value = read.value;
        if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(value)) {
            const what = Array.isArray(value) ? 'a list' : value === null ? 'empty' : `a ${typeof value}`;
            problems.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${docLabel} is ${what}, not a Kubernetes object`, {
                location: loc(startOffset, file),
                hint: 'Each YAML document must be a mapping with apiVersion, kind and metadata.name; separate documents with ---.',
            }));
            return;
        }
        const positions = opts.linesAreInFile && file === opts.file ? collectPositions(doc.contents, at) : undefined;
        const origin = (prefix) => ({
            file,
            via: opts.via,
            line: positions ? at(startOffset).line : undefined,
            positions: positions && prefix.length > 0 ? rebase(positions, prefix) : positions,
        });
        const items = isList(value)
            ? value.items.map((item, i) => ({ item, prefix: ['items', i] }))
            : undefined;
        for (const { item, prefix } of items ?? [{ item: value, prefix: [] }]) {
            const o = origin(prefix);
            const problem = checkIdentity(item, `${docLabel}${prefix.length ? ` (items[${prefix[1]}])` : ''}`);
            if (problem) {
                const p = o.positions?.get('');
                problems.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(problem.message, {
                    hint: problem.hint,
                    location: o.file && p ? { file: o.file, line: p.line, column: p.column } : { file: o.file },
                }));
                continue;
            }
            out.push({ object: item, origin: o });
        }
    });
    if (problems.length > 0) {
        throw problems.length === 1
            ? problems[0]
            : new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${problems.length} problems in ${opts.file}:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`, {
                related: problems,
            });
    }
    return out;
}
const YAML_HINTS = {
    'duplicate-key': 'Remove one of the two keys: kubectl rejects duplicate fields (strict field validation).',
    'too-many-aliases': 'Expand the aliases (or use fewer, smaller anchors): their expansion is limited against YAML alias bombs.',
    syntax: 'Fix the YAML syntax (indentation, a missing colon or quote).',
};
function isList(v) {
    return (typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items) && v.apiVersion === 'v1');
}
function checkIdentity(item, label) {
    if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(item))
        return { message: `${label} is not a Kubernetes object`, hint: 'List items must be mappings.' };
    const missing = ['apiVersion', 'kind'].filter((k) => typeof item[k] !== 'string' || item[k] === '');
    const meta = item.metadata;
    if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(meta) || typeof meta.name !== 'string' || meta.name === '')
        missing.push('metadata.name');
    if (missing.length === 0)
        return undefined;
    return {
        message: `${label} has no ${missing.join(', ')}`,
        hint: 'Every object needs apiVersion, kind and metadata.name (kubectl apply does not accept generateName).',
    };
}
/** Records the position of every key (for map entries) and item (for lists), by path. */
function collectPositions(root, at) {
    const positions = new Map();
    const walk = (node, path) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            for (const pair of node.items) {
                const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key.value : pair.key;
                if (key === null || typeof key === 'object')
                    continue;
                const keyPath = [...path, String(key)];
                const range = pair.key?.range;
                if (range)
                    positions.set((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .pathKey */ .Pn)(keyPath), at(range[0]));
                walk(pair.value, keyPath);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            node.items.forEach((item, i) => {
                const range = item?.range;
                if (range)
                    positions.set((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .pathKey */ .Pn)([...path, i]), at(range[0]));
                walk(item, [...path, i]);
            });
        }
        // Aliases keep the position of the alias itself (their fields resolve to the nearest recorded ancestor).
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            return;
    };
    const range = root.range;
    if (range)
        positions.set('', at(range[0]));
    walk(root, []);
    return positions;
}
function rebase(positions, prefix) {
    const p = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .pathKey */ .Pn)(prefix);
    const out = new Map();
    for (const [k, v] of positions) {
        if (k === p)
            out.set('', v);
        else if (k.startsWith(`${p}\u0001`))
            out.set(k.slice(p.length + 1), v);
    }
    return out;
}
function substituteDocument(doc, sub, loc) {
    const problems = [];
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Scalar(key, node) {
            if (typeof node.value !== 'string' || !node.value.includes('$'))
                return;
            const start = node.range?.[0] ?? 0;
            const block = node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL || node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_FOLDED;
            const result = (0,_substitute_js__WEBPACK_IMPORTED_MODULE_3__/* .substituteScalar */ .l8)(node.value, sub, {
                isKey: key === 'key',
                plain: node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN,
            });
            for (const e of result.errors) {
                const base = loc(start);
                // A block scalar's content starts on the line after its indicator.
                const line = base.line !== undefined && block ? base.line + 1 + countNewlines(node.value, e.index) : base.line;
                problems.push(new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${base.file}${line !== undefined ? `:${line}` : ''}: ${e.message}`, {
                    location: { file: base.file, line, column: block ? undefined : base.column },
                    hint: e.hint,
                }));
            }
            if (result.errors.length === 0 && result.changed)
                node.value = result.value;
        },
    });
    return problems;
}
function countNewlines(text, end) {
    let n = 0;
    for (let i = 0; i < end; i++)
        if (text.charCodeAt(i) === 10)
            n++;
    return n;
}
/**
 * Serializes one object: block style, no line folding (long strings stay on one line), strings that YAML
 * 1.1, 1.2 or kubectl would read back as another type are quoted, multi-line strings become block scalars.
 */
function toYaml(object) {
    return (0,_goship_contract__WEBPACK_IMPORTED_MODULE_1__/* .toYaml */ .fE)(object);
}


/***/ }),

/***/ 6426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ TAG_PATTERN),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   O9: () => (/* binding */ digestReference),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   ZD: () => (/* binding */ familiarReference),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   dc: () => (/* binding */ lowercaseName),
/* harmony export */   fH: () => (/* binding */ isValidDigest),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   sg: () => (/* binding */ DOCKER_HUB_API),
/* harmony export */   x_: () => (/* binding */ InvalidReferenceError)
/* harmony export */ });
/*
 * Image references as the Docker/OCI tooling reads them (distribution/reference's grammar):
 *   [registry[:port]/]path[:tag][@algorithm:hex]
 * The first path component is a registry only when it contains '.' or ':' or is 'localhost' (or is
 * upper-case, which a repository path never may be); otherwise the reference is on Docker Hub, where a
 * single-component name lives under `library/` (`nginx` → docker.io/library/nginx).
 */
const DOCKER_HUB = 'docker.io';
/** The host that actually serves Docker Hub's Distribution API. */
const DOCKER_HUB_API = 'registry-1.docker.io';
/** Registry tag grammar (distribution/reference `tag`): 1–128 chars, no leading '.' or '-'. */
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const DIGEST_PATTERN = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
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
    if (!DIGEST_PATTERN.test(digest))
        return false;
    return !digest.startsWith('sha256:') || SHA256_DIGEST.test(digest);
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
    return `${repositoryName(ref)}@${digest}`;
}
/** Host to send Distribution API requests to. */
function apiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
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
