export const id = 6886;
export const ids = [6886];
export const modules = {

/***/ 6886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_SCHEMA_VERSION: () => (/* reexport */ DEFAULT_SCHEMA_VERSION),
  HELM_INSTALL_HINT: () => (/* reexport */ HELM_INSTALL_HINT),
  RenderError: () => (/* reexport */ RenderError),
  SCHEMA_VERSIONS: () => (/* reexport */ SCHEMA_VERSIONS),
  SchemaCatalog: () => (/* reexport */ SchemaCatalog),
  analysePorts: () => (/* reexport */ analysePorts),
  builtinObjects: () => (/* reexport */ builtinObjects),
  canonical: () => (/* reexport */ canonical),
  checkDnsLabel: () => (/* reexport */ checkDnsLabel),
  containersOf: () => (/* reexport */ containersOf),
  describe: () => (/* reexport */ describe),
  displayPath: () => (/* reexport */ displayPath),
  expandFiles: () => (/* reexport */ expandFiles),
  fillNamespace: () => (/* reexport */ fillNamespace),
  findDuplicates: () => (/* reexport */ findDuplicates),
  findOnPath: () => (/* reexport */ findOnPath),
  findWaitTargets: () => (/* reexport */ findWaitTargets),
  formatPath: () => (/* reexport */ formatPath),
  get: () => (/* reexport */ get),
  globToRegExp: () => (/* reexport */ globToRegExp),
  groupOf: () => (/* reexport */ groupOf),
  helmSourceFile: () => (/* reexport */ helmSourceFile),
  isObject: () => (/* reexport */ isObject),
  labelValue: () => (/* reexport */ labelValue),
  locate: () => (/* reexport */ locate),
  objectFileName: () => (/* reexport */ objectFileName),
  parseImagePins: () => (/* reexport */ parseImagePins),
  parseManifests: () => (/* reexport */ parseManifests),
  pathKey: () => (/* reexport */ pathKey),
  pinImages: () => (/* reexport */ pinImages),
  podTemplateOf: () => (/* reexport */ podTemplateOf),
  portsTable: () => (/* reexport */ portsTable),
  readManifestFile: () => (/* reexport */ readManifestFile),
  readRenderOptions: () => (/* reexport */ readRenderOptions),
  refOf: () => (/* reexport */ refOf),
  render: () => (/* reexport */ render),
  renderSummary: () => (/* reexport */ summary_renderSummary),
  resolvePlainScalar: () => (/* reexport */ resolvePlainScalar),
  runHelm: () => (/* reexport */ runHelm),
  runKustomize: () => (/* reexport */ runKustomize),
  selectorMatches: () => (/* reexport */ selectorMatches),
  sortManifests: () => (/* reexport */ sortManifests),
  substituteScalar: () => (/* reexport */ substituteScalar),
  toYaml: () => (/* reexport */ toYaml),
  validateManifests: () => (/* reexport */ validateManifests),
  where: () => (/* reexport */ where),
  writeRendered: () => (/* reexport */ writeRendered)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/manifests/src/builtin.ts
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
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell parameter expansion, not a JS template
    'target="$1"; timeout="$2"; host="${target%:*}"; port="${target##*:}"',
    'end=$(( $(date +%s) + timeout ))',
    'reachable() { nc -z -w 2 "$host" "$port" 2>/dev/null || nc -w 2 "$host" "$port" -e true </dev/null 2>/dev/null; }',
    'until reachable; do',
    '  if [ "$(date +%s)" -ge "$end" ]; then',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell parameter expansion, not a JS template
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
    const configHash = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(configData)).digest('hex').slice(0, 16);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/index.ts + 7 modules
var src = __webpack_require__(8740);
;// CONCATENATED MODULE: ./packages/manifests/src/files.ts
/*
 * The files source: paths, directories (their *.yaml, *.yml, *.json, not recursive — as `kubectl apply
 * -f dir`) and globs (`*`, `?`, `**`, `{a,b}`), relative to the workspace. A pattern that matches nothing
 * is an error rather than an empty deploy.
 */



const MANIFEST_EXT = /\.(ya?ml|json)$/i;
function displayPath(workspace, path) {
    const rel = (0,external_node_path_.relative)(workspace, path);
    return (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? path : rel).split(external_node_path_.sep).join('/');
}
/** Translates one glob into a regular expression over /-separated relative paths. */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const ch = glob[i];
        if (ch === '*') {
            if (glob[i + 1] === '*') {
                // `**/` matches zero or more directories; a trailing `**` matches everything below.
                const slash = glob[i + 2] === '/';
                re += slash ? '(?:[^/]+/)*' : '.*';
                i += slash ? 2 : 1;
            }
            else
                re += '[^/]*';
        }
        else if (ch === '?')
            re += '[^/]';
        else if (ch === '{') {
            const close = glob.indexOf('}', i);
            if (close < 0)
                re += '\\{';
            else {
                re += `(?:${glob
                    .slice(i + 1, close)
                    .split(',')
                    .map((alt) => alt
                    .replace(/[.+^$()|[\]\\]/g, '\\$&')
                    .replace(/\*/g, '[^/]*')
                    .replace(/\?/g, '[^/]'))
                    .join('|')})`;
                i = close;
            }
        }
        else
            re += ch.replace(/[.+^$()|[\]\\}]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
function walk(dir, out) {
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        if (entry.name === '.git' || entry.name === 'node_modules')
            continue;
        const p = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            walk(p, out);
        else if (entry.isFile())
            out.push(p);
    }
}
function expandFiles(input, patterns, workspace) {
    if (patterns.length === 0) {
        throw new src/* InputError */.dz(input, 'is empty', 'manifest files, directories or globs (one per line)', "source 'files' renders the files listed here.");
    }
    const found = new Map();
    for (const pattern of patterns) {
        const hits = [];
        if (/[*?{]/.test(pattern)) {
            // Walk from the longest directory prefix without wildcards.
            const parts = pattern.split('/');
            const fixed = [];
            while (parts.length > 1 && !/[*?{]/.test(parts[0]))
                fixed.push(parts.shift());
            const base = (0,external_node_path_.resolve)(workspace, fixed.join('/') || '.');
            const re = globToRegExp(parts.join('/'));
            const all = [];
            if ((0,external_node_fs_.existsSync)(base) && (0,external_node_fs_.statSync)(base).isDirectory())
                walk(base, all);
            for (const f of all)
                if (re.test((0,external_node_path_.relative)(base, f).split(external_node_path_.sep).join('/')) && MANIFEST_EXT.test(f))
                    hits.push(f);
        }
        else {
            const p = (0,external_node_path_.resolve)(workspace, pattern);
            let st;
            try {
                st = (0,external_node_fs_.statSync)(p);
            }
            catch {
                throw new src/* InputError */.dz(input, `'${pattern}' does not exist (looked in ${workspace})`, 'existing files, directories or globs relative to the workspace');
            }
            if (st.isDirectory()) {
                for (const e of (0,external_node_fs_.readdirSync)(p, { withFileTypes: true }))
                    if (e.isFile() && MANIFEST_EXT.test(e.name))
                        hits.push((0,external_node_path_.join)(p, e.name));
            }
            else
                hits.push(p);
        }
        if (hits.length === 0) {
            throw new src/* InputError */.dz(input, `'${pattern}' matches no .yaml, .yml or .json file`, 'patterns that match manifest files');
        }
        for (const h of hits.sort())
            if (!found.has(h))
                found.set(h, { path: h, display: displayPath(workspace, h) });
    }
    return [...found.values()];
}
function readManifestFile(f) {
    return (0,external_node_fs_.readFileSync)(f.path, 'utf8');
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/oci/src/media.ts

const media_MediaType = {
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
const MANIFEST_TYPES = [media_MediaType.ociManifest, media_MediaType.dockerManifest];
const media_INDEX_TYPES = [media_MediaType.ociIndex, media_MediaType.dockerManifestList];
/** A GET without these gets a 404 for OCI manifests, or a schema1 conversion (notes/containers.md §8). */
const media_MANIFEST_ACCEPT = [...media_INDEX_TYPES, ...MANIFEST_TYPES].join(', ');
function media_sha256(data) {
    return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}
function media_formatPlatform(p) {
    return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}
/** `linux/arm64`, `linux/arm/v7`; arm64's implicit `v8` is dropped so `linux/arm64/v8` equals `linux/arm64`. */
function parsePlatform(text) {
    const m = /^([a-z0-9]+)\/([a-z0-9_]+)(?:\/([a-z0-9]+))?$/.exec(text.trim());
    if (!m)
        return undefined;
    const variant = m[2] === 'arm64' && m[3] === 'v8' ? undefined : m[3];
    return { os: m[1], architecture: m[2], ...(variant ? { variant } : {}) };
}
function media_samePlatform(a, b) {
    const norm = (p) => media_formatPlatform(parsePlatform(media_formatPlatform(p)) ?? p);
    return norm(a) === norm(b);
}

;// CONCATENATED MODULE: ./packages/oci/src/reference.ts
/*
 * Image references as the Docker/OCI tooling reads them (distribution/reference's grammar):
 *   [registry[:port]/]path[:tag][@algorithm:hex]
 * The first path component is a registry only when it contains '.' or ':' or is 'localhost' (or is
 * upper-case, which a repository path never may be); otherwise the reference is on Docker Hub, where a
 * single-component name lives under `library/` (`nginx` → docker.io/library/nginx).
 */
const reference_DOCKER_HUB = 'docker.io';
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
function reference_isValidTag(tag) {
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
function reference_parseReference(input) {
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
        if (!reference_isValidTag(tag)) {
            throw new InvalidReferenceError(input, `tag '${tag}' does not match [A-Za-z0-9_][A-Za-z0-9._-]{0,127}`);
        }
    }
    if (rest === '')
        throw new InvalidReferenceError(input, 'the repository name is empty');
    const parts = rest.split('/');
    let registry = reference_DOCKER_HUB;
    if (parts.length > 1 && isDomain(parts[0])) {
        registry = parts.shift();
        if (!validDomain(registry))
            throw new InvalidReferenceError(input, `registry '${registry}' is not a host[:port]`);
        if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
            registry = reference_DOCKER_HUB;
    }
    if (registry === reference_DOCKER_HUB && parts.length === 1)
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
/** `registry/repository` (the name without tag or digest). */
function reference_repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** The fully qualified reference: `registry/repo[:tag][@digest]`. */
function reference_formatReference(ref) {
    return `${reference_repositoryName(ref)}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The short form Docker prints (`nginx:1.27` rather than `docker.io/library/nginx:1.27`). */
function familiarReference(ref) {
    let name = reference_repositoryName(ref);
    if (ref.registry === reference_DOCKER_HUB)
        name = ref.repository.replace(/^library\/(?=[^/]+$)/, '');
    return `${name}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The reference pinned to a digest (what to deploy): `registry/repo@sha256:…` (a tag is dropped). */
function reference_digestReference(ref, digest) {
    return `${reference_repositoryName(ref)}@${digest}`;
}
/** Host to send Distribution API requests to. */
function reference_apiHost(registry) {
    return registry === reference_DOCKER_HUB ? DOCKER_HUB_API : registry;
}

;// CONCATENATED MODULE: ./packages/oci/src/base.ts
/* Base images: resolve a reference to the manifest and config for each wanted platform. */



async function base_resolveBase(pool, ref, platforms) {
    const client = pool.client(ref.registry);
    const wanted = ref.digest ?? ref.tag ?? 'latest';
    const name = formatReference(ref);
    const top = await client.getManifest(ref.repository, wanted);
    if (!top) {
        throw new UserError(`Base image ${name} does not exist: registry ${ref.registry} has no manifest '${wanted}' in repository '${ref.repository}'.`, {
            hint: 'Check the base input (registry, repository and tag), or push the base image first.',
        });
    }
    const parsed = JSON.parse(top.body.toString('utf8'));
    const isIndex = INDEX_TYPES.includes(top.mediaType) || 'manifests' in parsed;
    const out = [];
    for (const platform of platforms) {
        let manifest;
        let manifestDigest = top.digest;
        if (isIndex) {
            const entries = parsed.manifests;
            const entry = entries.find((m) => m.platform && samePlatform(m.platform, platform));
            if (!entry) {
                const available = entries.flatMap((m) => (m.platform ? [formatPlatform(m.platform)] : [])).join(', ');
                throw new UserError(`Base image ${name} has no ${formatPlatform(platform)} image (it has: ${available || 'none'}).`, {
                    hint: 'Pick a base image that supports every platform in the platforms input, or drop that platform.',
                });
            }
            const m = await client.getManifest(ref.repository, entry.digest);
            if (!m)
                throw new UserError(`Base image ${name}: its index lists ${entry.digest} for ${formatPlatform(platform)}, but the registry does not have it.`);
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
        if (!samePlatform(basePlatform, platform)) {
            throw new UserError(`Base image ${name} is ${formatPlatform(basePlatform)} only, but ${formatPlatform(platform)} was asked for.`, {
                hint: 'Use a multi-platform base image (an image index) or build only for the base image’s platform.',
            });
        }
        out.push({ ref, digest: top.digest, platform, manifestDigest, layers: manifest.layers, config });
    }
    return out;
}

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
function image_buildConfig(base, platform, settings, newLayers) {
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
        env.set('PORT', String(settings.port));
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
function image_jsonBlob(value, mediaType, extra = {}) {
    const data = Buffer.from(JSON.stringify(value));
    return { data, descriptor: { mediaType, digest: sha256(data), size: data.length, ...extra } };
}
/** Docker layer media types are the same bytes; an OCI manifest names them with the OCI type. */
function ociLayerType(mediaType) {
    if (mediaType === MediaType.dockerLayerGzip)
        return MediaType.ociLayerGzip;
    return mediaType;
}
function image_buildManifest(config, layers, annotations) {
    const manifest = {
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        config: config.descriptor,
        layers: layers.map((l) => ({ mediaType: ociLayerType(l.mediaType), digest: l.digest, size: l.size })),
        ...(annotations && Object.keys(annotations).length > 0 ? { annotations } : {}),
    };
    return image_jsonBlob(manifest, MediaType.ociManifest);
}
function image_buildIndex(manifests, annotations) {
    const index = {
        schemaVersion: 2,
        mediaType: MediaType.ociIndex,
        manifests: manifests.map((m) => ({ ...m.manifest.descriptor, platform: m.platform })),
        ...(annotations && Object.keys(annotations).length > 0 ? { annotations } : {}),
    };
    return image_jsonBlob(index, MediaType.ociIndex);
}

;// CONCATENATED MODULE: ./packages/oci/src/tar.ts
/*
 * Deterministic ustar archives for image layers: entries sorted by path, one fixed mtime, fixed
 * uid/gid/modes, no user/group names from the machine, so the same files always give the same bytes
 * (and the same digest). Gzip through zlib with a fixed level: Node's gzip header carries no file name
 * and mtime 0, so equal tars compress to equal bytes.
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
/** Builds the tar: parent directories are added (0755) when missing, entries sorted by path. */
function tar_createTar(entries, mtime) {
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
    const blocks = [];
    for (const path of [...byPath.keys()].sort()) {
        const e = byPath.get(path);
        const data = e.type === 'file' ? (e.data ?? Buffer.alloc(0)) : Buffer.alloc(0);
        blocks.push(header(e, data.length, mtime), data);
        const pad = (512 - (data.length % 512)) % 512;
        if (pad)
            blocks.push(Buffer.alloc(pad));
    }
    blocks.push(Buffer.alloc(1024));
    return Buffer.concat(blocks);
}
function gzipLayer(tar) {
    return gzipSync(tar, { level: 6 });
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
        files.push({ path: `blobs/sha256/${b.descriptor.digest.slice('sha256:'.length)}`, data: b.data });
    }
    return files;
}
/** Writes a layout directory, or an oci-archive when `path` ends in `.tar`. Returns what was written. */
function layout_writeLayout(path, content, mtime) {
    const files = layoutFiles(content);
    if (path.endsWith('.tar')) {
        mkdirSync(dirname(path), { recursive: true });
        const entries = files.map((f) => ({ path: f.path, type: 'file', mode: 0o644, data: f.data }));
        writeFileSync(path, createTar(entries, mtime));
        return { kind: 'archive', path };
    }
    for (const f of files) {
        mkdirSync(dirname(join(path, f.path)), { recursive: true });
        writeFileSync(join(path, f.path), f.data);
    }
    return { kind: 'directory', path };
}

;// CONCATENATED MODULE: ./packages/oci/src/assemble.ts
/*
 * The daemonless backend (ko-style): prebuilt Go binaries + a base image → one image per platform
 * (base layers, a small rootfs layer for scratch, the binary layer) → an OCI index when there are
 * several platforms → pushed through the Distribution API or written as an OCI layout.
 */











const gzipAsync = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
const assemble_DEFAULT_USER = '65532:65532';
/**
 * Which binary goes into which platform image. No platforms → every linux artifact. A platform without a
 * binary is an error naming what the artifacts do contain.
 */
function assemble_selectArtifacts(platforms, artifacts) {
    const artifactPlatform = (a) => ({
        os: a.os,
        architecture: a.arch,
        ...(a.variant ? { variant: a.variant } : {}),
    });
    const wanted = platforms.length > 0 ? platforms : artifacts.filter((a) => a.os === 'linux').map(artifactPlatform);
    if (wanted.length === 0) {
        throw new UserError(`Input 'artifacts' has no linux binary (it has: ${artifacts.map((a) => formatPlatform(artifactPlatform(a))).join(', ') || 'nothing'}).`, {
            hint: 'Build at least one linux/<arch> target with go-build-ldflags.',
        });
    }
    const missing = [];
    const out = wanted.map((platform) => {
        const artifact = artifacts.find((a) => samePlatform(artifactPlatform(a), platform));
        if (!artifact)
            missing.push(formatPlatform(platform));
        return { platform, artifact: artifact };
    });
    if (missing.length > 0) {
        throw new UserError(`Input 'platforms': no binary for ${missing.join(', ')} in 'artifacts' (it has: ${artifacts.map((a) => formatPlatform(artifactPlatform(a))).join(', ')}).`, { hint: 'Add these targets to go-build-ldflags, or remove them from platforms.' });
    }
    return out;
}
function readArtifact(a) {
    if (!existsSync(a.path)) {
        throw new UserError(`Input 'artifacts': binary ${a.path} (${a.os}/${a.arch}) does not exist.`, {
            hint: 'Run go-build-ldflags in the same job before this step, and pass its artifacts output unchanged.',
        });
    }
    const data = readFileSync(a.path);
    if (a.sha256) {
        const actual = createHash('sha256').update(data).digest('hex');
        if (actual !== a.sha256.replace(/^sha256:/, '')) {
            throw new UserError(`Input 'artifacts': ${a.path} has sha256 ${actual}, but the artifacts list says ${a.sha256}; the file changed after it was built.`);
        }
    }
    return data;
}
function entrypointName(a) {
    return a.name.replace(/\.exe$/, '').replace(/[^A-Za-z0-9._-]/g, '-') || 'app';
}
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
    if (existsSync(ca))
        entries.push({
            path: 'etc/ssl/certs/ca-certificates.crt',
            type: 'file',
            mode: 0o644,
            data: readFileSync(ca),
        });
    return entries;
}
async function makeLayer(entries, mtime, description) {
    const tar = createTar(entries, mtime);
    const gz = await gzipAsync(tar, { level: 6 });
    return {
        blob: {
            data: gz,
            descriptor: { mediaType: MediaType.ociLayerGzip, digest: sha256(gz), size: gz.length },
        },
        diffId: sha256(tar),
        description,
    };
}
async function assemble_assemble(req) {
    const log = req.log ?? (() => { });
    const platforms = req.binaries.map((b) => b.platform);
    const bases = req.base ? await resolveBase(req.pool, req.base, platforms) : undefined;
    const rootfs = req.base
        ? undefined
        : await makeLayer(scratchRootfs(req.caBundlePath), req.mtime, 'rootfs: /etc/passwd, /etc/group, CA certificates, /tmp');
    const builds = await Promise.all(req.binaries.map(async ({ platform, artifact }, i) => {
        const name = entrypointName(artifact);
        const binPath = `usr/local/bin/${name}`;
        const app = await makeLayer([{ path: binPath, type: 'file', mode: 0o755, data: readArtifact(artifact) }], req.mtime, `/${binPath}`);
        const ownLayers = rootfs ? [rootfs, app] : [app];
        const base = bases?.[i];
        const config = buildConfig(base?.config, platform, {
            entrypoint: [`/${binPath}`],
            port: req.port,
            user: req.user,
            labels: req.labels,
            created: req.created,
        }, ownLayers.map((l) => ({ diffId: l.diffId, createdBy: `goship assemble: ${l.description}` })));
        const configBlob = jsonBlob(config, MediaType.ociConfig);
        const annotations = { ...req.annotations };
        if (req.base && base) {
            annotations['org.opencontainers.image.base.name'] = formatReference({
                ...req.base,
                digest: undefined,
            });
            annotations['org.opencontainers.image.base.digest'] = base.manifestDigest;
        }
        const manifest = buildManifest(configBlob, [...(base?.layers ?? []), ...ownLayers.map((l) => l.blob.descriptor)], annotations);
        return { platform, base, ownLayers, config: configBlob, manifest };
    }));
    const top = builds.length === 1
        ? builds[0].manifest
        : buildIndex(builds.map((b) => ({ manifest: b.manifest, platform: b.platform })), req.annotations);
    const report = new Map();
    const layerReports = (b) => [
        ...(b.base?.layers ?? []).map((l) => report.get(l.digest) ?? {
            digest: l.digest,
            size: l.size,
            from: 'base',
            description: `base ${formatReference(req.base)}`,
        }),
        ...b.ownLayers.map((l) => report.get(l.blob.descriptor.digest) ?? {
            digest: l.blob.descriptor.digest,
            size: l.blob.descriptor.size,
            from: 'goship',
            description: l.description,
        }),
    ];
    for (const b of builds)
        for (const r of layerReports(b))
            report.set(r.digest, r);
    let uploaded = 0;
    let reused = 0;
    let uploadedBytes = 0;
    let output;
    if (req.push) {
        const client = req.pool.client(req.image.registry);
        const repo = req.image.repository;
        // Blobs once each (the scratch rootfs layer is shared by every platform), a few at a time.
        const jobs = new Map();
        for (const b of builds) {
            for (const l of b.base?.layers ?? []) {
                jobs.set(l.digest, async () => {
                    const sameRegistry = req.base.registry === req.image.registry;
                    const result = await client.pushBlob(repo, l.digest, () => req.pool.client(req.base.registry).getBlob(req.base.repository, l.digest), sameRegistry ? req.base.repository : undefined);
                    report.get(l.digest).transfer = result === 'uploaded' ? 'copied' : result;
                    if (result === 'uploaded') {
                        uploaded++;
                        uploadedBytes += l.size;
                    }
                    else
                        reused++;
                });
            }
            for (const blob of [...b.ownLayers.map((l) => l.blob), b.config]) {
                jobs.set(blob.descriptor.digest, async () => {
                    const result = await client.pushBlob(repo, blob.descriptor.digest, () => blob.data);
                    const r = report.get(blob.descriptor.digest);
                    if (r)
                        r.transfer = result;
                    if (result === 'uploaded') {
                        uploaded++;
                        uploadedBytes += blob.descriptor.size;
                    }
                    else
                        reused++;
                });
            }
        }
        await runLimited([...jobs.values()], 4);
        log(`blobs: ${uploaded} uploaded, ${reused} already in ${req.image.registry}/${repo} or mounted`);
        // Platform manifests by digest first, then the top one under each tag: a tag never points at an
        // image whose parts are missing.
        if (builds.length > 1) {
            for (const b of builds)
                await client.putManifest(repo, b.manifest.descriptor.digest, b.manifest.descriptor.mediaType, b.manifest.data);
        }
        const refs = req.tags.length > 0 ? req.tags : [top.descriptor.digest];
        for (const ref of refs)
            await client.putManifest(repo, ref, top.descriptor.mediaType, top.data);
    }
    else {
        if (!req.output)
            throw new UserError("Input 'output' is required when push is false (an OCI layout directory, or a path ending in .tar).");
        const blobs = [];
        for (const b of builds) {
            for (const l of b.base?.layers ?? []) {
                const data = await req.pool.client(req.base.registry).getBlob(req.base.repository, l.digest);
                blobs.push({ data, descriptor: l });
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
        output = writeLayout(req.output, { blobs, top: top.descriptor, tags: req.tags }, req.mtime);
    }
    return {
        digest: top.descriptor.digest,
        mediaType: top.descriptor.mediaType,
        platforms: builds.map((b) => ({
            platform: formatPlatform(b.platform),
            digest: b.manifest.descriptor.digest,
            size: b.config.descriptor.size +
                [...(b.base?.layers ?? []), ...b.ownLayers.map((l) => l.blob.descriptor)].reduce((n, l) => n + l.size, 0),
            layers: layerReports(b),
        })),
        tags: req.tags,
        pushed: req.push,
        output,
        uploaded,
        reused,
        uploadedBytes,
    };
}
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

;// CONCATENATED MODULE: ./packages/go/src/build/checksums.ts



/** sha256 of a file, streamed (binaries can be large). */
function checksums_sha256File(path) {
    return new Promise((resolve, reject) => {
        const hash = createHash('sha256');
        createReadStream(path)
            .on('data', (d) => hash.update(d))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
/** The deepest directory containing all the given absolute paths. */
function commonDir(paths) {
    const dirs = paths.map((p) => dirname(p).split(sep));
    const first = dirs[0] ?? [];
    let n = first.length;
    for (const d of dirs) {
        let k = 0;
        while (k < n && k < d.length && d[k] === first[k])
            k++;
        n = k;
    }
    return first.slice(0, n).join(sep) || sep;
}
/**
 * Writes `sha256sums.txt` in the format of coreutils `sha256sum` (`<hex>  <path>`, two spaces, paths
 * relative to the file, sorted), so `sha256sum -c sha256sums.txt` verifies it from its own directory.
 */
function checksums_writeChecksums(file, entries) {
    const base = dirname(file);
    const lines = entries
        .map((e) => {
        const rel = relative(base, e.path).split(sep).join('/');
        if (rel.startsWith('..') || isAbsolute(rel))
            throw new Error(`${e.path} is outside ${base}`);
        return `${e.sha256}  ${rel}`;
    })
        .sort((a, b) => a.slice(66).localeCompare(b.slice(66)));
    writeFileSync(file, lines.length > 0 ? `${lines.join('\n')}\n` : '');
    return file;
}
const CHECKSUMS_FILE = 'sha256sums.txt';
/** Where the checksums file goes: next to the artifacts (their common directory). */
function checksums_checksumsPath(artifactPaths, fallbackDir) {
    return join(artifactPaths.length > 0 ? commonDir(artifactPaths) : fallbackDir, CHECKSUMS_FILE);
}

;// CONCATENATED MODULE: ./packages/go/src/build/constraints.ts
/*
 * Which files of a package the go command compiles for a target: go/build's rules for file names
 * (`_test.go`, `_`/`.` prefixes, `*_GOOS_GOARCH.go` suffixes) and build constraints (`//go:build`, legacy
 * `// +build`), mirrored from go/build (build.go: goodOSArchFile, matchTag, shouldBuild). When a constraint
 * names a tag whose value depends on toolchain internals we do not model (GOEXPERIMENT defaults, some
 * architecture feature levels), evaluation reports `undefined` and the caller asks `go list` instead of
 * guessing.
 */
// internal/syslist: past, present and future names, used for file-name matching.
const KNOWN_OS = new Set('aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris wasip1 windows zos'.split(' '));
const KNOWN_ARCH = new Set(('386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc ppc64 ' +
    'ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm').split(' '));
const UNIX_OS = new Set('aix android darwin dragonfly freebsd hurd illumos ios linux netbsd openbsd solaris'.split(' '));
/** Architecture feature tags (`amd64.v2`, `arm.7`, `386.sse2`) when we can compute them; else undefined. */
function featureTags(ctx) {
    const { goarch, env } = ctx;
    const out = new Set();
    if (goarch === 'amd64') {
        const m = /^v([1-4])$/.exec(env.GOAMD64 || 'v1');
        if (!m)
            return undefined;
        for (let v = 1; v <= Number(m[1]); v++)
            out.add(`amd64.v${v}`);
    }
    else if (goarch === 'arm') {
        const m = /^([5-7])(,softfloat|,hardfloat)?$/.exec(env.GOARM || '7');
        if (!m)
            return undefined;
        for (let v = 5; v <= Number(m[1]); v++)
            out.add(`arm.${v}`);
    }
    else if (goarch === '386') {
        const v = env.GO386 || 'sse2';
        if (v !== 'sse2' && v !== 'softfloat')
            return undefined;
        out.add(`386.${v}`);
    }
    else {
        return undefined;
    }
    return out;
}
/** Whether a single build tag is satisfied; undefined when it depends on something we do not model. */
function matchTag(name, ctx) {
    if (name === 'cgo')
        return ctx.cgo;
    if (name === ctx.goos || name === ctx.goarch || name === 'gc')
        return true;
    if (name === 'linux' && ctx.goos === 'android')
        return true;
    if (name === 'solaris' && ctx.goos === 'illumos')
        return true;
    if (name === 'darwin' && ctx.goos === 'ios')
        return true;
    if (name === 'unix')
        return UNIX_OS.has(ctx.goos);
    if (ctx.tags.has(name))
        return true;
    const release = /^go1\.(\d+)$/.exec(name);
    if (release)
        return Number(release[1]) <= ctx.goMinor;
    if (name.startsWith('goexperiment.') || name === 'boringcrypto') {
        const exp = name === 'boringcrypto' ? 'boringcrypto' : name.slice('goexperiment.'.length);
        const set = (ctx.env.GOEXPERIMENT ?? '').split(',').map((s) => s.trim());
        if (set.includes(exp))
            return true;
        if (set.includes(`no${exp}`))
            return false;
        return undefined; // the toolchain's default experiments are not visible from outside
    }
    const feature = /^([a-z0-9]+)\.(.+)$/.exec(name);
    if (feature && KNOWN_ARCH.has(feature[1])) {
        if (feature[1] !== ctx.goarch)
            return false;
        return featureTags(ctx)?.has(name);
    }
    return false;
}
/** Parses and evaluates a `//go:build` expression (`linux && (amd64 || arm64) && !cgo`). */
function constraints_evalGoBuild(expr, ctx) {
    const tokens = expr.match(/\|\||&&|!|\(|\)|[A-Za-z0-9_.]+|\S/g) ?? [];
    let pos = 0;
    const fail = () => {
        throw new Error(`invalid //go:build expression: ${expr}`);
    };
    // Three-valued logic: undefined (unknown) propagates unless the other side decides the result.
    const or = () => {
        let v = and();
        while (tokens[pos] === '||') {
            pos++;
            const r = and();
            v = v === true || r === true ? true : v === undefined || r === undefined ? undefined : false;
        }
        return v;
    };
    const and = () => {
        let v = not();
        while (tokens[pos] === '&&') {
            pos++;
            const r = not();
            v = v === false || r === false ? false : v === undefined || r === undefined ? undefined : true;
        }
        return v;
    };
    const not = () => {
        if (tokens[pos] === '!') {
            pos++;
            const v = not();
            return v === undefined ? undefined : !v;
        }
        return atom();
    };
    const atom = () => {
        const t = tokens[pos++];
        if (t === '(') {
            const v = or();
            if (tokens[pos++] !== ')')
                fail();
            return v;
        }
        if (t === undefined || !/^[A-Za-z0-9_.]+$/.test(t))
            return fail();
        return matchTag(t, ctx);
    };
    const v = or();
    if (pos !== tokens.length)
        fail();
    return v;
}
/** Legacy `// +build a,b c` lines: space = OR, comma = AND, `!` = NOT; all lines must hold. */
function constraints_evalPlusBuild(lines, ctx) {
    let all = true;
    for (const line of lines) {
        let any = false;
        for (const option of line.split(/\s+/).filter(Boolean)) {
            let every = true;
            for (const term of option.split(',')) {
                const neg = term.startsWith('!');
                const m = matchTag(neg ? term.slice(1) : term, ctx);
                const v = m === undefined ? undefined : neg ? !m : m;
                every =
                    every === false || v === false ? false : every === undefined || v === undefined ? undefined : true;
            }
            any =
                any === true || every === true ? true : any === undefined || every === undefined ? undefined : false;
        }
        all = all === false || any === false ? false : all === undefined || any === undefined ? undefined : true;
    }
    return all;
}
/** go/build's file-name rules: false for tests, hidden files and `_GOOS`/`_GOARCH` suffixes of other targets. */
function constraints_fileNameMatches(file, ctx) {
    if (!file.endsWith('.go') || file.endsWith('_test.go') || file.startsWith('_') || file.startsWith('.'))
        return false;
    const stem = file.split('.')[0];
    const us = stem.indexOf('_');
    if (us < 0)
        return true;
    const parts = stem.slice(us).split('_');
    const n = parts.length;
    if (n >= 2 && KNOWN_OS.has(parts[n - 2]) && KNOWN_ARCH.has(parts[n - 1])) {
        const a = matchTag(parts[n - 1], ctx);
        const o = matchTag(parts[n - 2], ctx);
        return a === false || o === false ? false : a === undefined || o === undefined ? undefined : true;
    }
    if (n >= 1 && (KNOWN_OS.has(parts[n - 1]) || KNOWN_ARCH.has(parts[n - 1])))
        return matchTag(parts[n - 1], ctx);
    return true;
}

;// CONCATENATED MODULE: ./packages/go/src/build/diagnostics.ts
/*
 * Compiler and linker messages from `go build` turned into file:line diagnostics (for annotations), with
 * the same problem in several targets reported once, naming the targets.
 */

const POSITIONED = /^(\S(?:.*?\S)?\.(?:go|s|c|h|cc|cpp|m|syso)):(\d+)(?::(\d+))?: (.*)$/;
/** Parses the stderr of `go build`. */
function diagnostics_parseBuildOutput(stderr) {
    const out = { diagnostics: [], other: [] };
    let last;
    for (const raw of stderr.split(/\r?\n/)) {
        const line = raw.trimEnd();
        if (line === '' || line.startsWith('# ')) {
            last = undefined;
            continue;
        }
        // Continuation lines (have/want details, "to add it: go get …") belong to the message above.
        if (/^\s/.test(line)) {
            if (last)
                last.message += `\n${line.trim()}`;
            else if (out.other.length > 0)
                out.other[out.other.length - 1] += `\n${line.trim()}`;
            continue;
        }
        const m = POSITIONED.exec(line);
        if (m) {
            last = { file: m[1], line: Number(m[2]), column: m[3] ? Number(m[3]) : undefined, message: m[4] };
            out.diagnostics.push(last);
        }
        else {
            last = undefined;
            out.other.push(line);
        }
    }
    return out;
}
/** The annotation path: relative to the workspace when inside it (what GitHub resolves), else absolute. */
function diagnostics_annotationPath(file, buildDir, workspace) {
    const abs = isAbsolute(file) ? file : resolve(buildDir, file);
    const rel = relative(workspace, abs);
    return rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split('\\').join('/');
}
/** Merges identical diagnostics from several targets, keeping first-seen order. */
function diagnostics_mergeDiagnostics(perTarget) {
    const byKey = new Map();
    for (const { target, diagnostics } of perTarget) {
        for (const d of diagnostics) {
            const key = `${d.file}:${d.line}:${d.column ?? ''}:${d.message}`;
            const seen = byKey.get(key);
            if (seen) {
                if (!seen.targets.includes(target))
                    seen.targets.push(target);
            }
            else
                byKey.set(key, { ...d, targets: [target] });
        }
    }
    return [...byKey.values()];
}
/** `main.port: cannot set with -X: not a var of type string (type:int)` → the variable and its type. */
function diagnostics_parseXTypeError(line) {
    const m = /^(\S+): cannot set with -X: not a var of type string \((?:type:)?([^)]*)\)$/.exec(line.trim());
    return m ? { symbol: m[1], type: m[2] } : undefined;
}

;// CONCATENATED MODULE: ./packages/go/src/build/gosource.ts
/*
 * A small reader of Go source files: the package clause, imports, build constraints and package-level
 * declarations — exactly what -X verification needs, no more. It follows the Go spec's lexical rules
 * (comments, interpreted/raw strings, runes, automatic semicolons) so that declarations are found by
 * structure, not by a regular expression over text that could sit in a comment or a string.
 */
// Longest first, so that maximal munch picks `<<=` over `<<` over `<`.
const OPERATORS = ('<<= >>= &^= ... && || <- ++ -- == != <= >= := += -= *= /= %= &= |= ^= << >> &^ ' +
    '~ + - * / % & | ^ < > = ! ( ) [ ] { } , ; . :').split(' ');
const SEMICOLON_AFTER = new Set(['break', 'continue', 'fallthrough', 'return', '++', '--', ')', ']', '}']);
const isLetter = (c) => /[\p{L}_]/u.test(c);
const isIdentChar = (c) => /[\p{L}\p{Nd}_]/u.test(c);
class GoSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(`line ${line}: ${message}`);
        this.line = line;
        this.name = 'GoSyntaxError';
    }
}
/** Tokens of a Go source file, with the semicolons the spec inserts at line ends. Comments are dropped. */
function tokenize(src) {
    const tokens = [];
    let i = 0;
    let line = 1;
    let lineStart = 0;
    const push = (kind, text, at, atLine, atLineStart) => tokens.push({ kind, text, line: atLine, column: at - atLineStart + 1 });
    const needsSemicolon = () => {
        const last = tokens[tokens.length - 1];
        if (!last || last.kind === ';')
            return false;
        return last.kind !== 'op' || SEMICOLON_AFTER.has(last.text);
    };
    const newline = () => {
        if (needsSemicolon())
            push(';', '\n', i, line, lineStart);
        line++;
        lineStart = i + 1;
    };
    while (i < src.length) {
        const c = src[i];
        if (c === '\n') {
            newline();
            i++;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') {
            i++;
            continue;
        }
        if (src.startsWith('//', i)) {
            const end = src.indexOf('\n', i);
            i = end < 0 ? src.length : end;
            continue;
        }
        if (src.startsWith('/*', i)) {
            const end = src.indexOf('*/', i + 2);
            if (end < 0)
                throw new GoSyntaxError('comment not terminated', line);
            const body = src.slice(i, end + 2);
            const newlines = body.split('\n').length - 1;
            // A general comment containing newlines acts like a newline.
            if (newlines > 0) {
                if (needsSemicolon())
                    push(';', '\n', i, line, lineStart);
                line += newlines;
                lineStart = i + body.lastIndexOf('\n') + 1;
            }
            i = end + 2;
            continue;
        }
        const start = i;
        const startLine = line;
        const startLineStart = lineStart;
        if (c === '"' || c === "'") {
            i++;
            while (i < src.length && src[i] !== c) {
                if (src[i] === '\n')
                    throw new GoSyntaxError(`${c === '"' ? 'string' : 'rune'} literal not terminated`, line);
                i += src[i] === '\\' ? 2 : 1;
            }
            if (i >= src.length)
                throw new GoSyntaxError('literal not terminated', line);
            i++;
            push(c === '"' ? 'string' : 'literal', src.slice(start, i), start, startLine, startLineStart);
            continue;
        }
        if (c === '`') {
            const end = src.indexOf('`', i + 1);
            if (end < 0)
                throw new GoSyntaxError('raw string literal not terminated', line);
            const text = src.slice(i, end + 1);
            const newlines = text.split('\n').length - 1;
            i = end + 1;
            push('string', text, start, startLine, startLineStart);
            if (newlines > 0) {
                line += newlines;
                lineStart = start + text.lastIndexOf('\n') + 1;
            }
            continue;
        }
        if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
            // Numbers, including hex/octal/binary, floats with exponents (1e-9, 0x1p-2) and imaginary suffixes.
            i++;
            while (i < src.length) {
                const d = src[i];
                if (/[0-9A-Za-z_.]/.test(d))
                    i++;
                else if ((d === '+' || d === '-') &&
                    /[eEpP]/.test(src[i - 1]) &&
                    !/^0[xX][0-9A-Fa-f_]*[eE]$/.test(src.slice(start, i)))
                    i++;
                else
                    break;
            }
            push('literal', src.slice(start, i), start, startLine, startLineStart);
            continue;
        }
        if (isLetter(c)) {
            i++;
            while (i < src.length && isIdentChar(src[i]))
                i++;
            push('ident', src.slice(start, i), start, startLine, startLineStart);
            continue;
        }
        const op = OPERATORS.find((o) => src.startsWith(o, i));
        if (!op)
            throw new GoSyntaxError(`unexpected character ${JSON.stringify(c)}`, line);
        i += op.length;
        push(op === ';' ? ';' : 'op', op, start, startLine, startLineStart);
    }
    if (needsSemicolon())
        push(';', '\n', i, line, lineStart);
    return tokens;
}
/** Splits a token range at depth-0 commas. */
function splitTopLevel(tokens, sep) {
    const parts = [[]];
    let depth = 0;
    for (const t of tokens) {
        if (t.kind === 'op' && '([{'.includes(t.text))
            depth++;
        if (t.kind === 'op' && ')]}'.includes(t.text))
            depth--;
        if (depth === 0 && t.kind === 'op' && t.text === sep)
            parts.push([]);
        else
            parts[parts.length - 1].push(t);
    }
    return parts;
}
const gosource_text = (tokens) => tokens.map((t) => t.text).join(tokens.some((t) => t.kind === 'ident') ? ' ' : '');
function isStringExpr(tokens) {
    // "a", "a" + "b", ("a"): a constant string expression made only of literals.
    const inner = tokens.filter((t) => !(t.kind === 'op' && (t.text === '(' || t.text === ')')));
    if (inner.length === 0)
        return false;
    return (inner.every((t, k) => (k % 2 === 0 ? t.kind === 'string' : t.kind === 'op' && t.text === '+')) &&
        inner.length % 2 === 1);
}
function valueSpec(kind, spec, out, previousType) {
    const names = [];
    let k = 0;
    while (k < spec.length && spec[k].kind === 'ident') {
        names.push(spec[k]);
        k++;
        if (spec[k]?.kind === 'op' && spec[k].text === ',')
            k++;
        else
            break;
    }
    const rest = spec.slice(k);
    const eq = rest.findIndex((t) => t.kind === 'op' && t.text === '=');
    const typeTokens = eq < 0 ? rest : rest.slice(0, eq);
    const values = eq < 0 ? [] : splitTopLevel(rest.slice(eq + 1), ',');
    let type = gosource_text(typeTokens);
    // In a const group, a spec without type and values repeats the previous one (iota patterns).
    if (kind === 'const' && eq < 0 && typeTokens.length === 0)
        type = previousType.type;
    if (kind === 'const')
        previousType.type = type;
    names.forEach((n, idx) => {
        let isString;
        if (type !== '')
            isString = type === 'string' ? 'yes' : 'no';
        else {
            const v = values.length === names.length ? values[idx] : undefined;
            isString = v && isStringExpr(v) ? 'yes' : 'unknown';
        }
        if (n.text !== '_')
            out.push({ name: n.text, kind, line: n.line, column: n.column, type, isString });
    });
}
/** Reads the parts of one Go source file that -X verification needs. */
function gosource_scanGoFile(src) {
    const header = readHeader(src);
    const tokens = tokenize(src);
    const info = {
        packageName: '',
        imports: [],
        constraint: header.goBuild,
        plusBuild: header.plusBuild,
        declarations: [],
        usesCgo: false,
    };
    let i = 0;
    const at = (k) => tokens[k];
    const isOp = (k, op) => at(k)?.kind === 'op' && at(k).text === op;
    // Skips a balanced (), [] or {} group starting at k; returns the index after it.
    const skipGroup = (k) => {
        let depth = 0;
        for (; k < tokens.length; k++) {
            const t = tokens[k];
            if (t.kind === 'op' && '([{'.includes(t.text))
                depth++;
            if (t.kind === 'op' && ')]}'.includes(t.text) && --depth === 0)
                return k + 1;
        }
        return k;
    };
    // Tokens of one spec (up to ';' at depth 0 or the group's closing ')').
    const readSpec = (k) => {
        const spec = [];
        let depth = 0;
        for (; k < tokens.length; k++) {
            const t = tokens[k];
            if (depth === 0 && (t.kind === ';' || (t.kind === 'op' && t.text === ')')))
                break;
            if (t.kind === 'op' && '([{'.includes(t.text))
                depth++;
            if (t.kind === 'op' && ')]}'.includes(t.text))
                depth--;
            spec.push(t);
        }
        return [spec, k];
    };
    const specs = (k, each) => {
        if (isOp(k, '(')) {
            k++;
            while (k < tokens.length && !isOp(k, ')')) {
                if (at(k).kind === ';') {
                    k++;
                    continue;
                }
                const [spec, next] = readSpec(k);
                if (spec.length > 0)
                    each(spec);
                k = next;
            }
            return k + 1;
        }
        const [spec, next] = readSpec(k);
        each(spec);
        return next;
    };
    while (i < tokens.length) {
        const t = tokens[i];
        if (t.kind === ';') {
            i++;
            continue;
        }
        if (t.kind !== 'ident') {
            // Stray top-level tokens: skip balanced groups so that bodies never look like declarations.
            i = '([{'.includes(t.text) ? skipGroup(i) : i + 1;
            continue;
        }
        switch (t.text) {
            case 'package':
                info.packageName = at(i + 1)?.text ?? '';
                i += 2;
                break;
            case 'import':
                i = specs(i + 1, (spec) => {
                    const path = spec.find((s) => s.kind === 'string');
                    if (path) {
                        const p = unquote(path.text);
                        info.imports.push(p);
                        if (p === 'C')
                            info.usesCgo = true;
                    }
                });
                break;
            case 'var':
            case 'const': {
                const kind = t.text;
                const previousType = { type: '' };
                i = specs(i + 1, (spec) => valueSpec(kind, spec, info.declarations, previousType));
                break;
            }
            case 'type':
                i = specs(i + 1, (spec) => {
                    const n = spec[0];
                    if (n?.kind === 'ident')
                        info.declarations.push({
                            name: n.text,
                            kind: 'type',
                            line: n.line,
                            column: n.column,
                            type: '',
                            isString: 'no',
                        });
                });
                break;
            case 'func': {
                const n = at(i + 1);
                // Methods (`func (r T) Name`) do not declare package-level names.
                if (n?.kind === 'ident')
                    info.declarations.push({
                        name: n.text,
                        kind: 'func',
                        line: n.line,
                        column: n.column,
                        type: '',
                        isString: 'no',
                    });
                i++;
                // Skip the signature and body: everything up to the ';' after the body at depth 0.
                let depth = 0;
                for (; i < tokens.length; i++) {
                    const u = tokens[i];
                    if (u.kind === 'op' && '([{'.includes(u.text))
                        depth++;
                    if (u.kind === 'op' && ')]}'.includes(u.text))
                        depth--;
                    if (depth === 0 && u.kind === ';')
                        break;
                }
                break;
            }
            default:
                i++;
        }
    }
    return info;
}
/** The value of a Go string literal token (escapes decoded for the common cases import paths use). */
function unquote(literal) {
    if (literal.startsWith('`'))
        return literal.slice(1, -1);
    try {
        return JSON.parse(literal.replace(/\\x([0-9A-Fa-f]{2})/g, '\\u00$1').replace(/\\'/g, "'"));
    }
    catch {
        return literal.slice(1, -1);
    }
}
/**
 * The build-constraint lines of a file: only the comment block before the package clause counts
 * (go/build's rule), and `// +build` lines only when there is no `//go:build` line.
 */
function readHeader(src) {
    let goBuild = '';
    const plusBuild = [];
    let i = 0;
    while (i < src.length) {
        if (/\s/.test(src[i])) {
            i++;
            continue;
        }
        if (src.startsWith('//', i)) {
            const end = src.indexOf('\n', i);
            const line = src.slice(i, end < 0 ? src.length : end).trimEnd();
            const gb = /^\/\/go:build(?:\s+(.*))?$/.exec(line);
            if (gb && !goBuild)
                goBuild = (gb[1] ?? '').trim();
            const pb = /^\/\/\s*\+build(?:\s+(.*))?$/.exec(line);
            if (pb)
                plusBuild.push((pb[1] ?? '').trim());
            i = end < 0 ? src.length : end + 1;
            continue;
        }
        if (src.startsWith('/*', i)) {
            const end = src.indexOf('*/', i + 2);
            i = end < 0 ? src.length : end + 2;
            continue;
        }
        break;
    }
    return { goBuild, plusBuild };
}

;// CONCATENATED MODULE: ./packages/go/src/build/ldflags.ts
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
class ldflags_LdflagsQuotingError extends Error {
    arg;
    constructor(message, arg) {
        super(message);
        this.arg = arg;
        this.name = 'LdflagsQuotingError';
    }
}
const isSpaceChar = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
/** A faithful port of cmd/internal/quoted.Split (Go 1.18+): the go command's reading of -ldflags. */
function ldflags_splitLdflags(value) {
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
                throw new ldflags_LdflagsQuotingError(`unterminated ${first} string`, value);
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
function ldflags_ldflagsQuotingProblem(arg) {
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
    const problem = ldflags_ldflagsQuotingProblem(arg);
    if (problem)
        throw new ldflags_LdflagsQuotingError(`ldflags argument ${JSON.stringify(arg)} ${problem}`, arg);
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
function ldflags_parseXName(name) {
    const m = X_NAME_PATTERN.exec(name);
    return m ? { pkg: m[1], ident: m[2] } : undefined;
}
/** `-X` pairs found in a list of linker arguments (`-X n=v`, `-X=n=v`, `--X n=v`). */
function ldflags_findInjections(args) {
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
function ldflags_composeLdflags(opts = {}) {
    const args = [];
    if (opts.strip ?? true)
        args.push('-s', '-w');
    if (opts.emptyBuildId ?? true)
        args.push('-buildid=');
    for (const { name, value } of opts.inject ?? []) {
        if (!ldflags_parseXName(name))
            throw new ldflags_LdflagsQuotingError(`-X target '${name}' is not ${X_NAME_FORM}`, name);
        args.push('-X', `${name}=${value}`);
    }
    const extra = (opts.extra ?? '').trim();
    if (extra !== '') {
        if (!extra.startsWith('-')) {
            throw new ldflags_LdflagsQuotingError(`extra ldflags '${extra}' do not start with '-': the go command would read them as <pattern>=<flags>`, extra);
        }
        args.push(...ldflags_splitLdflags(extra));
    }
    const ldflags = joinLdflags(args);
    if (ldflags !== '' && !ldflags.startsWith('-')) {
        // cmd/go reads a value not starting with '-' as <pattern>=<flags> and rejects a leading quote.
        throw new ldflags_LdflagsQuotingError(`ldflags would start with ${ldflags[0]}: the first linker argument needs quoting`, ldflags);
    }
    const injected = {};
    for (const { name, value } of ldflags_findInjections(args))
        injected[name] = value;
    return { ldflags, args, injected };
}
/** POSIX sh single-quoting: safe for any string in a `sh -c` line (a Dockerfile RUN in shell form). */
function shellQuote(value) {
    if (value.includes('\0'))
        throw new ldflags_LdflagsQuotingError('a NUL byte cannot be passed to a shell', value);
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
/**
 * How to hand an -ldflags value to a Dockerfile build without ever putting it in Dockerfile text:
 * pass it as a build argument (one argv element for buildah/docker, no shell), declare the ARG in the
 * build stage, and expand it inside double quotes in the RUN line — the shell does not re-split or
 * re-expand the result of "${NAME}", so quotes, spaces, '$' and newlines arrive intact.
 */
function ldflags_ldflagsBuildArg(ldflags, name = 'GOSHIP_LDFLAGS') {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
        throw new Error(`'${name}' is not a valid build argument name`);
    if (ldflags.includes('\0'))
        throw new ldflags_LdflagsQuotingError('a NUL byte cannot be passed as a build argument', ldflags);
    return {
        name,
        value: ldflags,
        argv: ['--build-arg', `${name}=${ldflags}`],
        dockerfileArg: `ARG ${name}`,
        goBuildFlag: `"-ldflags=\${${name}}"`,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/go/src/build/verify.ts
/*
 * -X verification. The linker silently ignores `-X` for a variable that does not exist (a typo ships
 * "dev" to production), so every target is checked before anything is built.
 *
 * Why the source and not the binary: `go tool nm` needs the symbol table, which `-s -w` (our default)
 * strips, and building an unstripped twin per target would double the link work. The linker resolves
 * `-X importpath.name` against exactly the package-level declarations of the package with that import
 * path in the program, so we read those declarations from the files the compiler uses for the target
 * (program.ts: go/build's file selection, or `go list -deps` for that target when in doubt). That costs
 * milliseconds instead of a link, and it runs before the build so a typo fails fast with nothing written.
 * The one thing the source cannot always tell is the type of `var x = f()`; for that the linker itself
 * refuses a non-string (`cannot set with -X: not a var of type string`), which the build reports.
 */


/** Levenshtein distance, case-insensitive; used to suggest what a typo meant. */
function editDistance(a, b) {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
    for (let i = 1; i <= s.length; i++) {
        const cur = [i];
        for (let j = 1; j <= t.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[t.length];
}
/** Candidates within a typo's reach of `wanted`, closest first. */
function verify_closeMatches(wanted, candidates, max = 3) {
    const limit = Math.max(2, Math.floor(wanted.length / 3));
    return [...new Set(candidates)]
        .map((c) => ({ c, d: editDistance(wanted, c) }))
        .filter(({ d }) => d <= limit)
        .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
        .slice(0, max)
        .map(({ c }) => c);
}
function declarations(pkg) {
    return pkg.files.flatMap((f) => f.info.declarations.map((decl) => ({ decl, file: f.path })));
}
const displayPkg = (program, importPath) => importPath === program.mainImportPath ? 'main' : importPath;
/** Packages worth suggesting from: the main module's (dependencies' variables are rarely meant). */
function ownPackages(program) {
    const main = program.packages.get(program.mainImportPath);
    return [...program.packages.values()].filter((p) => p.module !== '' && p.module === main?.module);
}
function describeKind(d) {
    if (d.kind === 'var')
        return `a variable of type ${d.type || 'inferred from a non-string value'}`;
    return { const: 'a constant', func: 'a function', type: 'a type' }[d.kind];
}
/**
 * Checks every requested -X target against one target's program. Default automatic values whose
 * variable is missing are skipped (with the reason); everything else that would not take effect is an
 * error naming the variable, the input, the target, and close matches found in the program.
 */
function verify_checkInjections(program, requested, target) {
    const out = { accepted: [], skipped: [], errors: [] };
    const own = ownPackages(program);
    for (const req of requested) {
        const parsed = parseXName(req.name);
        const fail = (problem, hint, location) => {
            if (req.origin === 'auto-default') {
                out.skipped.push({ name: req.name, input: req.input, reason: problem });
                return;
            }
            out.errors.push(new UserError(`-X ${req.name} (from '${req.input}') would not take effect for ${target}: ${problem}`, { hint, location }));
        };
        if (!parsed) {
            fail('it is not an import path followed by a dot and a Go identifier');
            continue;
        }
        const { pkg: pkgName, ident } = parsed;
        if (pkgName !== 'main' && pkgName === program.mainImportPath) {
            fail(`${pkgName} is the main package, which the linker always calls 'main'`, `Use main.${ident}.`);
            continue;
        }
        const importPath = pkgName === 'main' ? program.mainImportPath : pkgName;
        const pkg = program.packages.get(importPath);
        if (!pkg) {
            // Maybe the variable lives elsewhere: suggest packages that declare it, and near package paths.
            const holders = own.filter((p) => declarations(p).some(({ decl }) => decl.kind === 'var' && decl.name === ident));
            const near = verify_closeMatches(pkgName, own.map((p) => displayPkg(program, p.importPath)));
            const suggestions = [
                ...holders.map((p) => `${displayPkg(program, p.importPath)}.${ident}`),
                ...near.map((p) => `${p}.${ident}`),
            ];
            fail(`package ${pkgName} is not part of the program built from ${program.mainImportPath}`, suggestions.length > 0
                ? `Did you mean ${[...new Set(suggestions)].slice(0, 3).join(' or ')}?`
                : undefined);
            continue;
        }
        const decls = declarations(pkg);
        const found = decls.find(({ decl }) => decl.name === ident);
        if (!found) {
            const vars = decls
                .filter(({ decl }) => decl.kind === 'var' && decl.isString !== 'no')
                .map(({ decl }) => decl.name);
            const local = verify_closeMatches(ident, vars).map((n) => `${pkgName}.${n}`);
            const elsewhere = own
                .filter((p) => p !== pkg)
                .flatMap((p) => declarations(p)
                .filter(({ decl }) => decl.kind === 'var' && decl.name.toLowerCase() === ident.toLowerCase())
                .map(({ decl }) => `${displayPkg(program, p.importPath)}.${decl.name}`));
            const suggestions = [...local, ...elsewhere];
            fail(`package ${pkgName} has no package-level variable ${ident}`, suggestions.length > 0
                ? `Did you mean ${suggestions.slice(0, 3).join(' or ')}?`
                : `Declare it as a package-level string (var ${ident} string) in ${pkg.dir}.`);
            continue;
        }
        const { decl, file } = found;
        const where = { file, line: decl.line, column: decl.column };
        if (decl.kind !== 'var' || decl.isString === 'no') {
            fail(`${pkgName}.${ident} is ${describeKind(decl)}; -X can only set a package-level variable of type string`, decl.kind === 'const'
                ? `Change 'const ${ident}' to 'var ${ident}'.`
                : `Declare it as 'var ${ident} string'.`, where);
            continue;
        }
        out.accepted.push({ ...req, file, line: decl.line });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/go/src/build/targets.ts
/*
 * Build targets (`linux/amd64`, `linux/arm/v7`, `linux/amd64/v3`): parsing, the environment each needs,
 * validation against the toolchain's own `go tool dist list` (cached per Go version), and output names.
 */





/** How a variant maps to the toolchain's environment, per GOARCH. */
const VARIANTS = {
    arm: { variable: 'GOARM', values: /^v[5-7]$/, toEnv: (v) => v.slice(1), form: 'v5, v6 or v7' },
    amd64: { variable: 'GOAMD64', values: /^v[1-4]$/, toEnv: (v) => v, form: 'v1, v2, v3 or v4' },
    // OCI writes arm64 variants as v8 / v8.2; GOARM64 wants v8.0 … v9.5.
    arm64: {
        variable: 'GOARM64',
        values: /^v(8(\.[0-9])?|9(\.[0-5])?)$/,
        toEnv: (v) => (v.includes('.') ? v : `${v}.0`),
        form: 'v8, v8.0 … v8.9, v9, v9.0 … v9.5',
    },
    '386': { variable: 'GO386', values: /^(sse2|softfloat)$/, toEnv: (v) => v, form: 'sse2 or softfloat' },
};
/** Every environment variable a target may set; cleared from the inherited environment first. */
const targets_TARGET_VARIABLES = ['GOOS', 'GOARCH', ...Object.values(VARIANTS).map((v) => v.variable)];
class targets_TargetError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.hint = hint;
        this.name = 'TargetError';
    }
}
/** Parses `os/arch[/variant]` (syntax only; supported pairs are checked against the toolchain). */
function targets_parseTarget(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9._]+$/.test(p))) {
        throw new targets_TargetError(`'${text}' is not a target`, 'Write targets as os/arch or os/arch/variant, e.g. linux/amd64, linux/arm/v7.');
    }
    const [os, arch, variant = ''] = parts;
    const env = { GOOS: os, GOARCH: arch };
    if (variant) {
        const spec = VARIANTS[arch];
        if (!spec) {
            throw new targets_TargetError(`'${text}': ${arch} has no variants`, `Variants exist for ${Object.keys(VARIANTS).join(', ')}; write ${os}/${arch} instead.`);
        }
        if (!spec.values.test(variant))
            throw new targets_TargetError(`'${text}': unknown ${arch} variant '${variant}'`, `Use ${spec.form}.`);
        env[spec.variable] = spec.toEnv(variant);
    }
    return { os, arch, variant, platform: variant ? `${os}/${arch}/${variant}` : `${os}/${arch}`, env };
}
/**
 * The toolchain's supported os/arch pairs (`go tool dist list -json`). `go tool dist` is compiled on
 * first use in recent Go releases, so the list is cached in a file keyed by the exact Go version.
 */
async function targets_distList(go, goVersion, cacheDir = join(tmpdir(), 'goship-go-dist')) {
    const file = join(cacheDir, `${goVersion.replace(/[^\w.-]/g, '_')}.json`);
    try {
        return JSON.parse(readFileSync(file, 'utf8'));
    }
    catch {
        // not cached yet (or unreadable): ask the toolchain
    }
    const { stdout } = await exec(go, ['tool', 'dist', 'list', '-json']);
    const list = JSON.parse(stdout);
    try {
        mkdirSync(cacheDir, { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify(list));
        renameSync(tmp, file); // atomic: parallel jobs never read half a file
    }
    catch {
        // a read-only temp dir only costs the next run one more `go tool dist list`
    }
    return list;
}
/** Errors for targets the toolchain cannot build, with close matches from its own list. */
function targets_unsupportedTargets(targets, supported) {
    const pairs = supported.map((p) => `${p.GOOS}/${p.GOARCH}`);
    const set = new Set(pairs);
    return targets
        .filter((t) => !set.has(`${t.os}/${t.arch}`))
        .map((t) => {
        const near = closeMatches(`${t.os}/${t.arch}`, pairs);
        return new targets_TargetError(`'${t.platform}' is not a target this Go toolchain can build`, near.length > 0
            ? `Did you mean ${near.join(' or ')}? (see \`go tool dist list\`)`
            : 'See `go tool dist list` for the supported os/arch pairs.');
    });
}
const OUTPUT_PLACEHOLDERS = (/* unused pure expression or super */ null && (['{name}', '{os}', '{arch}', '{variant}', '{ext}', '{platform}']));
/** Executable file extension the go command itself would use. */
function executableExt(os, arch) {
    if (os === 'windows')
        return '.exe';
    if (arch === 'wasm')
        return '.wasm';
    return '';
}
/** Expands an output template (`dist/{name}_{os}_{arch}{variant}{ext}`); unknown placeholders are errors. */
function targets_expandOutput(template, f) {
    const values = {
        name: f.name,
        os: f.target.os,
        arch: f.target.arch,
        variant: f.target.variant,
        ext: executableExt(f.target.os, f.target.arch),
        platform: f.target.platform.replace(/\//g, '_'),
    };
    return template.replace(/\{([^{}]*)\}/g, (whole, key) => {
        const v = values[key];
        if (v === undefined)
            throw new targets_TargetError(`unknown placeholder ${whole} in the output template`, `Use ${OUTPUT_PLACEHOLDERS.join(', ')}.`);
        return v;
    });
}
/** What `go build` names a program: the last element of its import path, skipping a /vN major suffix. */
function targets_programName(importPath) {
    const parts = importPath.split('/');
    let last = parts.pop() ?? importPath;
    if (/^v\d+$/.test(last) && parts.length > 1)
        last = parts.pop();
    return last;
}

;// CONCATENATED MODULE: ./packages/go/src/build/options.ts
/*
 * The options of a Go build matrix, and the checks that need nothing but the options themselves (run
 * first, all problems collected, each naming its input).
 */



const FLAG_OWNERS = {
    '-o': 'output',
    '-ldflags': 'ldflags',
    '-trimpath': 'trimpath',
    '-buildvcs': 'buildvcs',
    '-tags': 'tags',
    '-modfile': 'modfile',
    '-mod': 'mod',
    '-C': 'working-directory',
};
const ENV_OWNERS = Object.fromEntries([
    ...targets_TARGET_VARIABLES.map((v) => [v, 'targets (use a variant such as linux/arm/v7 or linux/amd64/v3)']),
    ['CGO_ENABLED', 'cgo'],
]);
/** Checks of the inputs alone (no toolchain needed); every problem is collected. */
function options_checkOptions(o) {
    const errors = [];
    const targets = [];
    for (const t of o.targets) {
        try {
            targets.push(parseTarget(t));
        }
        catch (err) {
            if (!(err instanceof TargetError))
                throw err;
            errors.push(new InputError('targets', err.message, 'os/arch or os/arch/variant (see `go tool dist list`)', err.hint));
        }
    }
    const seen = new Set();
    for (const t of targets) {
        if (seen.has(t.platform))
            errors.push(new InputError('targets', `'${t.platform}' is listed twice`, 'each target once'));
        seen.add(t.platform);
    }
    for (const arg of o.flags) {
        const flag = arg.replace(/^--/, '-').split('=')[0];
        const owner = FLAG_OWNERS[flag];
        if (owner)
            errors.push(new InputError('flags', `'${arg}' is set through the '${owner}' input`, `go build flags other than ${Object.keys(FLAG_OWNERS).join(' ')}`));
    }
    for (const [key] of o.env) {
        const owner = ENV_OWNERS[key];
        if (owner)
            errors.push(new InputError('env', `${key} is set by the action`, `other variables; set it through ${owner}`));
    }
    if (o.packages.length === 0)
        errors.push(new InputError('package', 'is empty', 'a main package such as . or ./cmd/server'));
    for (const p of o.packages) {
        if (p.includes('...'))
            errors.push(new InputError('package', `'${p}' is a pattern`, 'main packages named one by one (./cmd/a, ./cmd/b)'));
    }
    if (o.name !== undefined && o.packages.length > 1) {
        errors.push(new InputError('name', 'is set but several packages are built', 'no name (each program is named after its package)'));
    }
    if (o.packages.length > 1 && !o.output.includes('{name}')) {
        errors.push(new InputError('output', `'${o.output}' has no {name} but several packages are built`, 'a template containing {name}'));
    }
    if (o.modfile !== undefined && !o.modfile.endsWith('.mod')) {
        const suggested = o.modfile.replace(/^go\.mod\.(.+)$/, 'go.$1.mod');
        errors.push(new InputError('modfile', `'${o.modfile}' does not end in .mod, which the go command requires (-modfile=… must have a .mod extension)`, 'a file such as go.prod.mod, with its sums in go.prod.sum', suggested !== o.modfile
            ? `Rename it to ${suggested} (and its go.sum to ${suggested.replace(/\.mod$/, '.sum')}).`
            : undefined));
    }
    try {
        splitLdflags(o.ldflags);
    }
    catch (err) {
        if (!(err instanceof LdflagsQuotingError))
            throw err;
        errors.push(new InputError('ldflags', `${err.message}`, 'linker flags as the go command reads them (quote values with spaces in \'…\' or "…")'));
    }
    for (const [name, value] of o.x) {
        const problem = ldflagsQuotingProblem(`${name}=${value}`);
        if (problem)
            errors.push(new InputError('x', `the value of ${name} ${problem}`, 'a value without both quote kinds, or without whitespace'));
    }
    if (o.version !== undefined) {
        const problem = ldflagsQuotingProblem(`main.v=${o.version}`);
        if (problem)
            errors.push(new InputError('version', `'${o.version}' ${problem}`, 'a version such as 1.2.3'));
    }
    if (o.vars.port?.explicit && o.port === undefined) {
        errors.push(new InputError('port', `is empty but port-var names ${o.vars.port.name}`, 'a TCP port number from 1 to 65535'));
    }
    return { targets, errors };
}
/** The environment every go command of the build inherits: ours minus target variables, plus `env`. */
function options_buildEnvironment(o) {
    const env = { ...(o.baseEnv ?? process.env) };
    for (const v of [...TARGET_VARIABLES, 'CGO_ENABLED'])
        delete env[v];
    for (const [k, v] of o.env)
        env[k] = v;
    return env;
}

;// CONCATENATED MODULE: ./packages/go/src/build/program.ts
/*
 * The packages that make up one program for one target, as far as -X verification needs them: each
 * package's import path, name, the files the compiler reads for that target, and their declarations.
 *
 * Fast path (no process): the main module's packages, found by following imports from the main package
 * and selecting files with go/build's rules (constraints.ts). Fallback: `go list -deps` for that target,
 * used when the fast path cannot decide — a constraint on a tag whose value is internal to the toolchain,
 * a -X target outside the main module, a main package outside it, or workspace mode.
 */





/** The `module` line of a go.mod, and whether it requires anything (then a go.sum must exist). */
function program_readGoModHead(text) {
    const lines = text.split(/\r?\n/).map((l) => l.replace(/\/\/.*$/, '').trim());
    const m = lines.map((l) => /^module\s+("?)([^"\s]+)\1$/.exec(l)).find(Boolean);
    return { module: m?.[2] ?? '', requires: lines.some((l) => /^require\b/.test(l)) };
}
const fileCache = new Map();
/** Parses a Go file once per process (every target shares the result). */
function readGoFile(path) {
    let info = fileCache.get(path);
    if (!info) {
        info = scanGoFile(readFileSync(path, 'utf8'));
        fileCache.set(path, info);
    }
    return info;
}
/** A file whose inclusion depends on something the fast path does not model; the caller runs `go list`. */
class UndecidableFile extends Error {
    path;
    constructor(path) {
        super(`cannot decide whether ${path} is part of the build without the go command`);
        this.path = path;
        this.name = 'UndecidableFile';
    }
}
/** Files of the package in `dir` that the compiler reads for `ctx`. */
function selectFiles(dir, ctx) {
    let names;
    try {
        names = readdirSync(dir).sort();
    }
    catch {
        return undefined;
    }
    const files = [];
    for (const name of names) {
        const byName = fileNameMatches(name, ctx);
        if (byName === false)
            continue;
        const path = join(dir, name);
        if (!statSync(path).isFile())
            continue;
        if (byName === undefined)
            throw new UndecidableFile(path);
        const info = readGoFile(path);
        const byConstraint = info.constraint
            ? evalGoBuild(info.constraint, ctx)
            : evalPlusBuild(info.plusBuild, ctx);
        if (byConstraint === undefined)
            throw new UndecidableFile(path);
        if (!byConstraint)
            continue;
        if (info.usesCgo && !ctx.cgo)
            continue;
        files.push({ path, info });
    }
    return files;
}
/** Directory of an import path inside the main module, or undefined when a nested module owns it. */
function moduleDir(importPath, mod) {
    if (importPath !== mod.path && !importPath.startsWith(`${mod.path}/`))
        return undefined;
    const dir = join(mod.root, importPath.slice(mod.path.length));
    // A go.mod between the root and the package makes it another module's package.
    for (let d = dir; d.length > mod.root.length; d = dirname(d))
        if (existsSync(join(d, 'go.mod')))
            return undefined;
    return dir;
}
/** Import path of a directory inside the main module. */
function importPathOf(dir, mod) {
    const rel = relative(mod.root, dir);
    if (rel.startsWith('..') || resolve(mod.root, rel) !== resolve(dir))
        return undefined;
    return rel === '' ? mod.path : `${mod.path}/${rel.split(sep).join('/')}`;
}
/**
 * The fast path: the main module's packages reachable from the main package. Returns undefined when
 * it cannot decide (the caller falls back to go list).
 */
function program_scanProgram(mainDir, mod, ctx) {
    const mainImportPath = importPathOf(mainDir, mod);
    if (!mainImportPath || moduleDir(mainImportPath, mod) === undefined)
        return undefined;
    const packages = new Map();
    try {
        const queue = [mainImportPath];
        while (queue.length > 0) {
            const importPath = queue.shift();
            if (packages.has(importPath))
                continue;
            const dir = moduleDir(importPath, mod);
            if (!dir)
                continue; // another module's package: not needed unless a -X names it (checked by the caller)
            const files = selectFiles(dir, ctx);
            if (!files || files.length === 0) {
                if (importPath === mainImportPath)
                    return undefined; // let go list word the error
                continue; // the compiler reports a missing package itself
            }
            packages.set(importPath, {
                importPath,
                name: files[0].info.packageName,
                dir,
                files,
                module: mod.path,
            });
            for (const f of files)
                for (const imp of f.info.imports)
                    if (!packages.has(imp))
                        queue.push(imp);
        }
    }
    catch (err) {
        if (err instanceof UndecidableFile)
            return undefined;
        throw err;
    }
    return { mainImportPath, packages, complete: false, via: 'scan' };
}
/** Splits `go list -json` output (a stream of JSON objects) into objects. */
function parseJsonStream(text) {
    const out = [];
    let depth = 0;
    let start = -1;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
            continue;
        }
        if (c === '"')
            inString = true;
        else if (c === '{') {
            if (depth++ === 0)
                start = i;
        }
        else if (c === '}' && --depth === 0)
            out.push(JSON.parse(text.slice(start, i + 1)));
    }
    return out;
}
/** The fallback: every package of the program from `go list -deps` for the target's environment. */
async function program_listProgram(pkg, opts) {
    const fields = 'ImportPath,Name,Dir,GoFiles,CgoFiles,Module,Error,DepOnly';
    const res = await exec(opts.go, ['list', '-e', '-deps', `-json=${fields}`, ...opts.flags, pkg], {
        cwd: opts.cwd,
        env: opts.env,
        allowFailure: true,
        signal: opts.signal,
    });
    if (res.code !== 0 && res.stdout.trim() === '') {
        throw new UserError(`go list ${pkg} failed: ${res.stderr.trim()}`);
    }
    const listed = parseJsonStream(res.stdout);
    const root = listed.find((p) => !p.DepOnly);
    if (!root)
        throw new UserError(`go list ${pkg} listed nothing: ${res.stderr.trim()}`);
    if (root.Error)
        throw new UserError(`package ${pkg}: ${root.Error.Err}`);
    const packages = new Map();
    for (const p of listed) {
        const dir = p.Dir ?? '';
        const names = [...(p.GoFiles ?? []), ...(p.CgoFiles ?? [])];
        // Only the main module's and named packages are ever inspected; parse lazily to keep this cheap.
        const files = [];
        let parsed = false;
        const entry = {
            importPath: p.ImportPath,
            name: p.Name ?? '',
            dir,
            module: p.Module?.Path ?? '',
            get files() {
                if (!parsed) {
                    parsed = true;
                    for (const n of names)
                        files.push({ path: join(dir, n), info: readGoFile(join(dir, n)) });
                }
                return files;
            },
        };
        packages.set(p.ImportPath, entry);
    }
    return { mainImportPath: root.ImportPath, packages, complete: true, via: 'go list' };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(node_modules_semver);
;// CONCATENATED MODULE: ./packages/go/src/build/source.ts
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
    return new RegExp(`^${SEMVER_CORE}$`).test(rest) && semver_default().valid(rest) ? rest : undefined;
}
/** RFC 3339 in UTC without fractional seconds, as `date -u +%Y-%m-%dT%H:%M:%SZ` prints it. */
function source_rfc3339(epochSeconds) {
    return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970; undefined when unset or empty. */
function source_sourceDateEpoch(env = process.env) {
    const raw = env.SOURCE_DATE_EPOCH?.trim();
    if (!raw)
        return undefined;
    if (!/^\d{1,12}$/.test(raw)) {
        throw new src/* UserError */.yo(`SOURCE_DATE_EPOCH='${raw}' is not a Unix timestamp`, {
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
        .sort((a, b) => semver_default().rcompare(a.version, b.version));
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
        return new src/* UserError */.yo(`git refuses to read ${dir}: the repository is owned by another user`, {
            hint: `Run \`git config --global --add safe.directory ${dir}\` in an earlier step (actions/checkout does this for the workspace).`,
        });
    }
    if (/not a git repository/i.test(stderr)) {
        return new src/* UserError */.yo(`${dir} is not inside a git repository, so there is no commit to derive a version from`, {
            hint: 'Check out the repository with actions/checkout first (fetch-depth: 0 to see tags), or set the version explicitly.',
        });
    }
    if (/unknown revision|ambiguous argument 'HEAD'|does not have any commits/i.test(stderr)) {
        return new src/* UserError */.yo(`the git repository at ${dir} has no commits yet`, {
            hint: 'Commit the sources first.',
        });
    }
    return new src/* UserError */.yo(`git failed in ${dir}: ${stderr.trim()}`);
}
/** Describes HEAD of the repository containing `dir`; see SourceInfo. */
async function source_describeSource(dir, opts = {}) {
    const env = opts.env ?? process.env;
    const prefix = opts.tagPrefix ?? 'v';
    const epochOverride = source_sourceDateEpoch(env);
    const git = (args) => (0,src/* exec */.m0)('git', ['--no-optional-locks', ...args], { cwd: dir, allowFailure: true, signal: opts.signal });
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
        commitTime: source_rfc3339(epoch),
        epoch,
        tag,
        dirty,
        ref,
    };
}

;// CONCATENATED MODULE: ./packages/go/src/build/plan.ts
/*
 * Planning a build matrix: everything that can be wrong is found here, before any file is written —
 * targets the toolchain cannot build, a missing package or modfile, -X targets that would not take
 * effect, values the go command could not read back, outputs that collide.
 */











async function inspectToolchain(o, go, env, parsed) {
    const cwd = o.workingDirectory;
    const fields = ['GOVERSION', 'GOMOD', 'GOWORK', 'GOHOSTOS', 'GOHOSTARCH', 'GOFLAGS'];
    const goEnv = JSON.parse((await exec(go, ['env', '-json', ...fields], { cwd, env, signal: o.signal })).stdout);
    const gomod = goEnv.GOMOD ?? '';
    if (!gomod || gomod === '/dev/null' || gomod === 'NUL') {
        throw new InputError('working-directory', `${cwd} is not inside a Go module (no go.mod here or above)`, 'the directory of a Go module', 'Set working-directory to the folder that contains go.mod.');
    }
    const goVersion = goEnv.GOVERSION ?? '';
    const targets = parsed.length > 0 ? parsed : [parseTarget(`${goEnv.GOHOSTOS}/${goEnv.GOHOSTARCH}`)];
    const unsupported = unsupportedTargets(targets, await distList(go, goVersion));
    if (unsupported.length > 0) {
        throw aggregate(unsupported.map((e) => new InputError('targets', e.message, 'a pair listed by `go tool dist list`', e.hint)), `${unsupported.length} targets are not supported by ${goVersion}`);
    }
    const workspaceMode = Boolean(goEnv.GOWORK && goEnv.GOWORK !== 'off');
    const mod = { root: dirname(gomod), path: readGoModHead(readFileSync(gomod, 'utf8')).module };
    if (o.modfile !== undefined) {
        const modfile = resolve(cwd, o.modfile);
        if (!existsSync(modfile)) {
            throw new InputError('modfile', `${o.modfile} does not exist (looked for ${modfile})`, 'an existing go.mod variant, e.g. go.prod.mod');
        }
        if (workspaceMode)
            throw new InputError('modfile', 'cannot be used in workspace mode (a go.work applies here)', 'no modfile, or GOWORK=off in env');
        const head = readGoModHead(readFileSync(modfile, 'utf8'));
        // cmd/go reads the sums of x.mod from x.sum; they are only needed when something is required.
        const sum = modfile.replace(/\.mod$/, '.sum');
        if (head.requires && !existsSync(sum)) {
            throw new InputError('modfile', `${o.modfile} requires modules but ${basename(sum)} is missing next to it`, `a matching ${basename(sum)}`, `Create it with: go mod tidy -modfile=${o.modfile}`);
        }
        if (head.module)
            mod.path = head.module;
    }
    const goflagsTags = /(?:^|\s)--?tags=(\S*)/
        .exec(goEnv.GOFLAGS ?? '')?.[1]
        ?.split(',')
        .filter(Boolean) ?? [];
    return {
        goVersion,
        goMinor: Number(/^go1\.(\d+)/.exec(goVersion)?.[1] ?? 0),
        targets,
        mod,
        workspaceMode,
        tags: new Set(o.tags.length > 0 ? o.tags : goflagsTags),
        loadFlags: [
            ...(o.tags.length > 0 ? [`-tags=${o.tags.join(',')}`] : []),
            ...(o.modfile !== undefined ? [`-modfile=${o.modfile}`] : []),
            ...(o.mod !== undefined ? [`-mod=${o.mod}`] : []),
        ],
    };
}
/** The -X injections asked for: automatic values (unless their variable is also in x), x, -X in ldflags. */
function requestedInjections(o, values) {
    const auto = [
        ['version', 'version-var', values.version || undefined],
        ['commit', 'commit-var', values.commit || undefined],
        ['date', 'date-var', values.date || undefined],
        ['port', 'port-var', o.port !== undefined ? String(o.port) : undefined],
    ];
    const xNames = new Set(o.x.map(([k]) => k));
    const requested = [];
    const conflicts = [];
    for (const [key, input, value] of auto) {
        const v = o.vars[key];
        if (!v || value === undefined)
            continue;
        if (xNames.has(v.name)) {
            if (v.explicit)
                conflicts.push(new InputError(input, `${v.name} is also set in x`, 'each variable set once'));
            continue; // the user's own value for the default variable wins
        }
        requested.push({ name: v.name, value, origin: v.explicit ? 'auto-explicit' : 'auto-default', input });
    }
    if (conflicts.length > 0)
        throw aggregate(conflicts, 'conflicting inputs');
    for (const [name, value] of o.x)
        requested.push({ name, value, origin: 'x', input: 'x' });
    for (const { name, value } of findInjections(splitLdflags(o.ldflags)))
        requested.push({ name, value, origin: 'ldflags', input: 'ldflags' });
    return requested;
}
/** The program built from `pkg` for `target`: the fast scan when it can decide, else go list. */
async function programFor(o, go, tc, pkg, env, target, requested) {
    const cwd = o.workingDirectory;
    const { mod } = tc;
    const local = pkg === '.' || pkg === '..' || pkg.startsWith('./') || pkg.startsWith('../') || isAbsolute(pkg);
    const inModule = (p) => Boolean(mod.path) && (p === mod.path || p.startsWith(`${mod.path}/`));
    const mainDir = local
        ? resolve(cwd, pkg)
        : inModule(pkg)
            ? join(mod.root, pkg.slice(mod.path.length))
            : undefined;
    if (local && !existsSync(mainDir)) {
        throw new InputError('package', `${pkg} does not exist (resolved to ${mainDir})`, 'the directory of a main package, relative to working-directory');
    }
    const xPackages = requested
        .map((r) => r.name.slice(0, r.name.lastIndexOf('.')))
        .filter((p) => p !== 'main');
    if (mainDir && tc.goMinor > 0 && !tc.workspaceMode && xPackages.every(inModule)) {
        const ctx = {
            goos: target.os,
            goarch: target.arch,
            cgo: o.cgo,
            tags: tc.tags,
            goMinor: tc.goMinor,
            env,
        };
        const scanned = scanProgram(mainDir, mod, ctx);
        if (scanned)
            return scanned;
    }
    return listProgram(pkg, { go, cwd, env, flags: tc.loadFlags, signal: o.signal }).catch((err) => {
        if (!(err instanceof UserError))
            throw err;
        throw new InputError('package', err.message.replace(/^package \S+: /, `${pkg}: `), 'a main package that exists for every target');
    });
}
function jobFor(o, tc, pkg, target, env, program, check) {
    const cwd = o.workingDirectory;
    const name = o.name ?? programName(program.mainImportPath);
    let ldflags;
    try {
        const inject = check.accepted
            .filter((a) => a.origin !== 'ldflags')
            .map(({ name: n, value }) => ({ name: n, value }));
        ldflags = composeLdflags({ strip: o.strip, emptyBuildId: true, inject, extra: o.ldflags });
    }
    catch (err) {
        if (!(err instanceof LdflagsQuotingError))
            throw err;
        throw new InputError('ldflags', err.message, 'linker flags the go command can read');
    }
    let output;
    try {
        output = resolve(cwd, expandOutput(o.output, { name, target }));
    }
    catch (err) {
        if (!(err instanceof TargetError))
            throw err;
        throw new InputError('output', err.message, 'a path template', err.hint);
    }
    // sha256sums.txt escapes nothing: keep names that need no escaping.
    if (/[\n\\]/.test(relative(cwd, output)))
        throw new InputError('output', `'${output}' contains a newline or backslash`, 'a plain relative path');
    const args = [
        'build',
        '-o',
        output,
        ...(o.trimpath ? ['-trimpath'] : []),
        `-buildvcs=${o.buildvcs}`,
        `-ldflags=${ldflags.ldflags}`,
        ...tc.loadFlags,
        ...o.flags,
        pkg,
    ];
    return { name, pkg, target, output, ldflags, injections: check.accepted, env, args };
}
async function planBuild(o) {
    const { targets: parsedTargets, errors } = checkOptions(o);
    if (errors.length > 0)
        throw aggregate(errors, `${errors.length} inputs are not valid`);
    const go = o.go ?? 'go';
    const cwd = o.workingDirectory;
    if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
        throw new InputError('working-directory', `${cwd} is not a directory`, 'a directory inside the checkout');
    }
    const baseEnv = buildEnvironment(o);
    // The toolchain facts and the git description are independent: ask for them together.
    const t0 = performance.now();
    const needSource = o.version === undefined || o.vars.commit !== undefined || o.vars.date !== undefined;
    const sourcePromise = needSource
        ? describeSource(cwd, { env: baseEnv, tagPrefix: o.tagPrefix, signal: o.signal }).then((s) => ({ s, ms: performance.now() - t0 }), (err) => ({ err, ms: performance.now() - t0 }))
        : undefined;
    const tc = await inspectToolchain(o, go, baseEnv, parsedTargets);
    const toolchainMs = performance.now() - t0;
    let source;
    let sourceMs = 0;
    if (sourcePromise) {
        const r = await sourcePromise;
        sourceMs = r.ms;
        // Without git, an explicit version still builds; commit and date are then unknown.
        if ('err' in r) {
            if (o.version === undefined || o.vars.commit?.explicit || o.vars.date?.explicit)
                throw r.err;
        }
        else
            source = r.s;
    }
    const epoch = sourceDateEpoch(baseEnv);
    const values = {
        version: o.version ?? source?.version ?? '',
        commit: source?.commit ?? '',
        date: source?.commitTime ?? (epoch !== undefined ? rfc3339(epoch) : ''),
    };
    const requested = requestedInjections(o, values);
    const t1 = performance.now();
    const parallel = Math.max(1, o.parallel ?? availableParallelism());
    const matrix = o.packages.flatMap((pkg) => tc.targets.map((target) => ({ pkg, target })));
    const programs = await mapLimit(matrix, parallel, async ({ pkg, target }) => {
        const env = { ...baseEnv, ...target.env, CGO_ENABLED: o.cgo ? '1' : '0' };
        return { pkg, target, env, program: await programFor(o, go, tc, pkg, env, target, requested) };
    });
    const jobs = [];
    const skipped = new Map();
    const verifyErrors = [];
    const outputs = new Map();
    for (const { pkg, target, env, program } of programs) {
        const main = program.packages.get(program.mainImportPath);
        if (main && main.name !== 'main') {
            throw new InputError('package', `${pkg} is package ${main.name}, not a command`, 'a main package (package main)', 'go build writes no program for a library package.');
        }
        const check = checkInjections(program, requested, target.platform);
        verifyErrors.push(...check.errors);
        for (const s of check.skipped) {
            const key = `${s.name}\0${s.reason}`;
            const entry = skipped.get(key) ?? { ...s, targets: [] };
            entry.targets.push(target.platform);
            skipped.set(key, entry);
        }
        const job = jobFor(o, tc, pkg, target, env, program, check);
        const clash = outputs.get(job.output);
        if (clash) {
            throw new InputError('output', `${pkg} for ${target.platform} and ${clash} would both be written to ${relative(cwd, job.output)}`, 'a template that differs per target, e.g. with {os}, {arch} and {variant}');
        }
        outputs.set(job.output, `${pkg} for ${target.platform}`);
        jobs.push(job);
    }
    if (verifyErrors.length > 0) {
        // Locations relative to the workspace, as annotations need them.
        const located = mergeTargets(verifyErrors).map((e) => e.location
            ? new UserError(e.message, {
                hint: e.hint,
                location: { ...e.location, file: annotationPath(e.location.file, cwd, o.workspace) },
            })
            : e);
        throw aggregate(located, `${located.length} -X targets would not take effect`);
    }
    return {
        go,
        goVersion: tc.goVersion,
        workingDirectory: cwd,
        workspace: o.workspace,
        jobs,
        parallel,
        source,
        ...values,
        skipped: [...skipped.values()],
        timings: { toolchainMs, sourceMs, verifyMs: performance.now() - t1 },
        verifiedVia: programs.map((p) => p.program.via),
    };
}
/** The same problem found for several targets is reported once, naming them all. */
function mergeTargets(errors) {
    const byProblem = new Map();
    for (const e of errors) {
        const m = / would not take effect for (\S+): /.exec(e.message);
        const key = m ? e.message.replace(m[0], ' would not take effect for * : ') : e.message;
        const seen = byProblem.get(key);
        if (seen && m)
            seen.targets.push(m[1]);
        else
            byProblem.set(key, { err: e, targets: m ? [m[1]] : [] });
    }
    return [...byProblem.values()].map(({ err, targets }) => targets.length > 1
        ? new UserError(err.message.replace(` for ${targets[0]}: `, ` for ${targets.join(', ')}: `), {
            hint: err.hint,
            location: err.location,
        })
        : err);
}

;// CONCATENATED MODULE: ./packages/go/src/build/report.ts
/*
 * What a build matrix tells the user: the job summary (targets, sizes, digests, injected values, times)
 * and the failures as located errors (compiler messages at file:line, -X type errors at the variable).
 */


function renderSummary(plan, report) {
    const built = new Map(report.artifacts.map((a) => [`${a.name} ${a.platform}`, a]));
    const failed = new Map(report.failed.map((f) => [`${f.name} ${f.platform}`, f]));
    const rows = plan.jobs.map((job) => {
        const key = `${job.name} ${job.target.platform}`;
        const a = built.get(key);
        const f = failed.get(key);
        const file = code(relativeTo(plan.workingDirectory, job.output));
        if (a)
            return ['✅', job.target.platform, file, formatBytes(a.size), code(a.sha256), formatMs(a.durationMs)];
        if (f)
            return ['❌ failed', job.target.platform, file, '', '', formatMs(f.durationMs)];
        return ['—', job.target.platform, file, '', '', ''];
    });
    // Injected values: one row per variable; a column of targets only when they differ.
    const byVar = new Map();
    for (const job of plan.jobs) {
        for (const [name, value] of Object.entries(job.ldflags.injected)) {
            const list = byVar.get(name) ?? [];
            const same = list.find((v) => v.value === value);
            if (same)
                same.platforms.push(job.target.platform);
            else
                list.push({ value, platforms: [job.target.platform] });
            byVar.set(name, list);
        }
    }
    const all = plan.jobs.length;
    const varRows = [...byVar.entries()].flatMap(([name, values]) => values.map((v) => [
        code(name),
        code(v.value),
        v.platforms.length === all ? 'all' : v.platforms.join(', '),
    ]));
    const parts = [
        heading(`go-build-ldflags: ${report.artifacts.length} of ${plan.jobs.length} built`),
        table(['', 'Target', 'File', 'Size', 'sha256', 'Time'], rows),
        '',
        `Version ${code(plan.version || '(none)')}, commit ${code(plan.commit ? plan.commit.slice(0, 12) : '(none)')}, date ${code(plan.date || '(none)')}, ${escapeCell(plan.goVersion)}, ${plan.parallel} at a time, build ${formatMs(report.durationMs)}, -X verification ${formatMs(plan.timings.verifyMs)}.`,
        '',
        heading('Injected with -X', 4),
        varRows.length > 0 ? table(['Variable', 'Value', 'Targets'], varRows) : '_none_',
    ];
    if (plan.skipped.length > 0) {
        parts.push('', heading('Not injected', 4), table(['Variable', 'Input', 'Why'], plan.skipped.map((s) => [code(s.name), s.input, s.reason])));
    }
    if (report.artifacts.length > 0)
        parts.push('', `Checksums: ${code(relativeTo(plan.workingDirectory, report.checksums))}`);
    return `${parts.join('\n')}\n`;
}
function relativeTo(base, path) {
    return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}
/**
 * One error per distinct problem: compiler messages at their file:line (naming the targets that hit
 * them), -X type errors at the variable's declaration, anything else per target; then the overall verdict.
 */
function failureErrors(plan, report) {
    if (report.failed.length === 0)
        return [];
    const errors = [];
    const located = mergeDiagnostics(report.failed.map((f) => ({ target: f.platform, diagnostics: f.output.diagnostics })));
    for (const d of located) {
        const location = {
            file: annotationPath(d.file, plan.workingDirectory, plan.workspace),
            line: d.line,
            column: d.column,
        };
        errors.push(new UserError(`${d.message} (${d.targets.join(', ')})`, { location }));
    }
    const unlocated = new Map();
    for (const f of report.failed) {
        const job = plan.jobs.find((j) => j.name === f.name && j.target.platform === f.platform);
        for (const line of f.output.other) {
            const xErr = parseXTypeError(line);
            if (xErr) {
                const inj = job.injections.find((i) => i.name === xErr.symbol || i.name.endsWith(`.${xErr.symbol.split('.').pop()}`));
                errors.push(new UserError(`-X ${xErr.symbol}: the variable has type ${xErr.type}, and -X can only set a string (${f.platform})`, {
                    hint: 'Declare it as a string and convert where it is used (strconv.Atoi for a port).',
                    location: inj
                        ? { file: annotationPath(inj.file, plan.workingDirectory, plan.workspace), line: inj.line }
                        : undefined,
                }));
            }
            else
                unlocated.set(line, [...(unlocated.get(line) ?? []), f.platform]);
        }
        if (f.output.diagnostics.length === 0 && f.output.other.length === 0) {
            unlocated.set(`go build exited with code ${f.exitCode} and printed nothing`, [f.platform]);
        }
    }
    for (const [line, platforms] of unlocated)
        errors.push(new UserError(`${line} (${platforms.join(', ')})`));
    const builtList = report.artifacts.map((a) => a.platform).join(', ') || 'none';
    errors.push(new UserError(`go build failed for ${report.failed.map((f) => (plan.jobs.filter((j) => j.target.platform === f.platform).length > 1 ? `${f.name} ${f.platform}` : f.platform)).join(', ')} (${report.failed.length} of ${plan.jobs.length}); built: ${builtList}`));
    return errors;
}

;// CONCATENATED MODULE: ./packages/go/src/build/run.ts
/*
 * Running a planned matrix: `go build` per job, at most `parallel` at once, all sharing the build cache
 * (the go command locks its cache entries, so concurrent builds reuse each other's work safely). Every
 * job runs to the end even when another fails; only jobs that succeeded are reported as artifacts.
 */





async function runJob(plan, job, signal) {
    // A stale file from an earlier run must never pass for this run's output.
    rmSync(job.output, { force: true });
    mkdirSync(dirname(job.output), { recursive: true });
    const started = performance.now();
    const res = await exec(plan.go, job.args, {
        cwd: plan.workingDirectory,
        env: job.env,
        allowFailure: true,
        signal,
    }).catch((err) => {
        // Cancelled: report the runner's reason ("cancelled by SIGINT"), not the child's abort error.
        throw signal?.aborted ? signal.reason : err;
    });
    const durationMs = performance.now() - started;
    if (res.code !== 0) {
        rmSync(job.output, { force: true });
        return {
            name: job.name,
            platform: job.target.platform,
            pkg: job.pkg,
            exitCode: res.code,
            output: parseBuildOutput(res.stderr),
            stderr: res.stderr,
            durationMs: Math.round(durationMs),
        };
    }
    const [sha256, size] = await Promise.all([
        sha256File(job.output),
        Promise.resolve(statSync(job.output).size),
    ]);
    return {
        name: job.name,
        os: job.target.os,
        arch: job.target.arch,
        variant: job.target.variant,
        platform: job.target.platform,
        path: job.output,
        sha256,
        size,
        ldflags: job.ldflags.ldflags,
        injected: job.ldflags.injected,
        durationMs: Math.round(durationMs),
    };
}
async function runBuild(plan, opts = {}) {
    const started = performance.now();
    const results = await mapLimit(plan.jobs, plan.parallel, async (job) => {
        const r = await runJob(plan, job, opts.signal);
        opts.onDone?.(r);
        return r;
    });
    const artifacts = results.filter((r) => 'sha256' in r);
    const failed = results.filter((r) => !('sha256' in r));
    const checksums = checksumsPath(plan.jobs.map((j) => j.output), plan.workingDirectory);
    mkdirSync(dirname(checksums), { recursive: true });
    writeChecksums(checksums, artifacts);
    return { artifacts, failed, checksums, durationMs: performance.now() - started };
}

;// CONCATENATED MODULE: ./packages/go/src/build/index.ts
// Go builds: ldflags composition and quoting, source (git) description, target matrix, -X verification.














;// CONCATENATED MODULE: ./packages/go/src/toolchain/cache.ts


function cache_cacheKeys(p) {
    const prefix = `goship-go-${p.os}-${p.arch}-go${p.goVersion}-`;
    return { key: `${prefix}${p.depHash}`, restoreKeys: [prefix] };
}
/**
 * Whether the runner offers a cache service. Same test as @actions/cache's isFeatureAvailable (v2 service:
 * ACTIONS_RESULTS_URL; v1: ACTIONS_CACHE_URL), done here so that no cache code loads when there is none.
 */
function cache_cacheServiceAvailable(env = process.env) {
    return env.ACTIONS_CACHE_SERVICE_V2 ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL;
}
async function cache_restoreGoCache(paths, keys) {
    try {
        const cache = await __webpack_require__.e(/* import() */ 4305).then(__webpack_require__.bind(__webpack_require__, 4305));
        const matchedKey = await cache.restoreCache([...paths], keys.key, keys.restoreKeys);
        return { matchedKey, hit: matchedKey === keys.key };
    }
    catch (err) {
        return { hit: false, error: errorMessage(err) };
    }
}
async function saveGoCache(state) {
    if (state.restoreOnly)
        return { saved: false, reason: 'cache-restore-only is true: the cache is restored but never saved' };
    if (state.matchedKey === state.key)
        return { saved: false, reason: `the cache was restored from ${state.key}: nothing new to save` };
    const paths = state.paths.filter((p) => existsSync(p));
    if (paths.length === 0)
        return { saved: false, reason: 'neither the module cache nor the build cache exists: no go command ran' };
    try {
        const cache = await __webpack_require__.e(/* import() */ 4305).then(__webpack_require__.bind(__webpack_require__, 4305));
        const id = await cache.saveCache(paths, state.key);
        return id === -1
            ? { saved: false, reason: 'the cache service did not accept the save' }
            : { saved: true, reason: `saved as ${state.key}` };
    }
    catch (err) {
        return { saved: false, reason: `saving failed: ${errorMessage(err)}` };
    }
}

;// CONCATENATED MODULE: ./packages/go/src/toolchain/hash-files.ts



/** Folders never searched for dependency files: VCS data, JS dependencies, Go vendoring (hashed via go.sum). */
const SKIP = new Set(['.git', 'node_modules', 'vendor', '.goship']);
/** A glob (`**`, `*`, `?`) as a regular expression over `/`-separated relative paths. */
function hash_files_globToRegExp(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            // `**/` matches zero or more folders; a trailing `**` matches everything below.
            const slash = pattern[i + 2] === '/';
            re += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/**
 * Files under `root` matching any pattern (relative to root, or absolute inside it), sorted, as relative
 * `/`-separated paths. A pattern without wildcards names one file; patterns with `**` walk the tree.
 */
function hash_files_globFiles(root, patterns) {
    const res = patterns.map((p) => hash_files_globToRegExp((isAbsolute(p) ? relative(root, p) : p).split(sep).join('/').replace(/^\.\//, '')));
    const found = [];
    const walk = (dir, rel) => {
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const path = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!SKIP.has(e.name))
                    walk(join(dir, e.name), path);
            }
            else if (e.isFile() && res.some((r) => r.test(path)))
                found.push(path);
        }
    };
    walk(root, '');
    return found.sort();
}
/** sha256 over each file's path and content, in order: a changed, added or removed file changes the hash. */
async function hash_files_hashFiles(root, files) {
    const all = createHash('sha256');
    for (const f of files) {
        const h = createHash('sha256');
        for await (const chunk of createReadStream(join(root, f)))
            h.update(chunk);
        all.update(`${f}\0${h.digest('hex')}\n`);
    }
    return all.digest('hex');
}

;// CONCATENATED MODULE: ./packages/go/src/toolchain/http.ts

/** An HTTP answer other than 2xx. 5xx, 408 and 429 are worth retrying; other 4xx are not. */
class http_HttpError extends src/* UserError */.yo {
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
class http_TruncatedError extends src/* UserError */.yo {
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
function http_isTransient(err) {
    if (err instanceof http_HttpError)
        return err.status >= 500 || err.status === 408 || err.status === 429;
    if (err instanceof http_TruncatedError)
        return true;
    if (err instanceof UserError)
        return false;
    // fetch's network failures (connection refused/reset, DNS, "terminated" mid-body) and timeouts.
    return (err instanceof TypeError ||
        (err instanceof Error && /ECONN|ETIMEDOUT|EPIPE|socket|terminated|timeout/i.test(err.message)));
}
/** Why a fetch failed, in words: node's fetch hides the reason ("fetch failed") in `cause`. */
function describeFetchError(err) {
    if (err instanceof UserError)
        return err.message;
    const cause = err?.cause;
    const detail = cause ? errorMessage(cause) : '';
    const base = errorMessage(err);
    return detail && !base.includes(detail) ? `${base} (${detail})` : base;
}
/**
 * Runs `attempt` with retries on transient failures (5xx, network errors, truncation), full-jitter backoff,
 * and a log line per retry; the final error names the URL and the number of attempts.
 */
async function http_withRetries(url, what, opts, attempt) {
    const attempts = opts.attempts ?? 4;
    let tries = 0;
    try {
        return await retry(async () => {
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
            retryable: http_isTransient,
            onRetry: (err, n, delay) => opts.log?.(`${what}: ${describeFetchError(err)}; retrying in ${formatMs(delay)} (attempt ${n + 1} of ${attempts})`),
        });
    }
    catch (err) {
        if (opts.signal?.aborted)
            throw opts.signal.reason ?? err;
        const after = tries > 1 ? ` after ${tries} attempts` : '';
        if (err instanceof http_HttpError && err.status === 404) {
            throw new UserError(`${what}: ${url} does not exist (HTTP 404)`, { cause: err });
        }
        if (err instanceof UserError && !http_isTransient(err))
            throw err;
        throw new UserError(`${what} failed${after}: ${describeFetchError(err)}`, {
            hint: `URL: ${url}`,
            cause: err,
        });
    }
}
/** GET a text body with retries. */
function http_getText(url, what, opts = {}) {
    return http_withRetries(url, what, opts, async (signal) => {
        const res = await fetch(url, { signal, headers: opts.headers, redirect: 'follow' });
        if (!res.ok) {
            await res.body?.cancel();
            throw new http_HttpError(url, res.status);
        }
        return await res.text();
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./packages/go/src/toolchain/tar-guard.ts



/** An archive entry that could write outside its folder, or a kind of entry a Go distribution never has. */
class tar_guard_UnsafeArchiveError extends src/* UserError */.yo {
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
class tar_guard_TarGuard extends external_node_stream_.Transform {
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
            : new src/* UserError */.yo('The Go archive ends before its end-of-archive marker (truncated or corrupt download)'));
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
            throw new src/* UserError */.yo('The Go archive is corrupt: a lone zero block before more entries');
        if (!checksumOk(h))
            throw new src/* UserError */.yo('The Go archive is corrupt: a tar header checksum does not match');
        const type = String.fromCharCode(h[156]);
        const headerSize = parseNumber(h.subarray(124, 136));
        if (type === 'L' || type === 'K' || type === 'x' || type === 'g') {
            if (headerSize > MAX_META)
                throw new tar_guard_UnsafeArchiveError(headerName(h), `has a ${headerSize}-byte metadata header`);
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
                    throw new tar_guard_UnsafeArchiveError('(pax global header)', 'sets a path');
                return;
            }
            if (records.has('path'))
                this.nextName = records.get('path');
            if (records.has('linkpath'))
                this.nextLink = records.get('linkpath');
            if (records.has('size')) {
                const s = records.get('size');
                if (!/^\d+$/.test(s))
                    throw new tar_guard_UnsafeArchiveError(this.nextName ?? '(pax header)', `has a bad size '${s}'`);
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
                    throw new tar_guard_UnsafeArchiveError(rawName, `is a symlink to '${link}', outside the archive`);
                }
                const target = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(name), link));
                if (!this.inside(target))
                    throw new tar_guard_UnsafeArchiveError(rawName, `is a symlink to '${link}', which leaves ${this.root}/`);
                this.symlinks.add(name);
                break;
            }
            case '1': {
                const target = this.normalize(link, rawName);
                if (!this.files.has(target)) {
                    throw new tar_guard_UnsafeArchiveError(rawName, `is a hard link to '${link}', which is not a file of this archive`);
                }
                break;
            }
            case '3':
            case '4':
                throw new tar_guard_UnsafeArchiveError(rawName, 'is a device node');
            case '6':
                throw new tar_guard_UnsafeArchiveError(rawName, 'is a FIFO');
            default:
                throw new tar_guard_UnsafeArchiveError(rawName, `has tar entry type '${type}', which a Go archive never contains`);
        }
        // Writing through a symlink created by this archive could land anywhere the link (or a chain) points.
        for (let dir = external_node_path_.posix.dirname(name); dir !== '.' && dir !== '/'; dir = external_node_path_.posix.dirname(dir)) {
            if (this.symlinks.has(dir))
                throw new tar_guard_UnsafeArchiveError(rawName, `would be written through the symlink '${dir}'`);
        }
    }
    /** The entry's path relative to the extraction folder, or an error when it could leave `root`. */
    normalize(path, shown) {
        if (path.includes('\0') || path.includes('\\'))
            throw new tar_guard_UnsafeArchiveError(shown, 'has a NUL or backslash in its name');
        if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
            throw new tar_guard_UnsafeArchiveError(shown, 'is an absolute path');
        const segments = path.split('/').filter((s) => s !== '' && s !== '.');
        if (segments.includes('..'))
            throw new tar_guard_UnsafeArchiveError(shown, "contains '..'");
        const clean = segments.join('/');
        if (!this.inside(clean))
            throw new tar_guard_UnsafeArchiveError(shown, `is outside the archive's ${this.root}/ folder`);
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
        throw new src/* UserError */.yo(`The Go archive is corrupt: bad numeric field '${text}' in a tar header`);
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
            throw new src/* UserError */.yo('The Go archive is corrupt: a malformed pax header record');
        }
        const record = data.subarray(space + 1, pos + len - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out.set(record.slice(0, eq), record.slice(eq + 1));
        pos += len;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/go/src/toolchain/version.ts

const GO_VERSION = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?(?:(beta|rc)(\d+))?$/;
function version_parseGoVersion(text) {
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
function version_formatGoVersion(v) {
    const base = `${v.major}.${v.minor}${v.patch !== undefined ? `.${v.patch}` : ''}`;
    return v.pre ? `${base}${v.pre.kind}${v.pre.n}` : base;
}
/** Go's own order for language versions: 1.21 < 1.21beta1 < 1.21rc1 < 1.21.0 < 1.21.1. */
function version_compareGoVersions(a, b) {
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
function version_releaseToSemver(name) {
    const v = version_parseGoVersion(name);
    if (!v)
        return undefined;
    const base = `${v.major}.${v.minor}.${v.patch ?? 0}`;
    return v.pre ? `${base}-${v.pre.kind}.${v.pre.n}` : base;
}
/** The inverse of releaseToSemver for the versions Go publishes: `1.27.0-rc.1` → `1.27rc1`. */
function version_semverToGo(semver) {
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
    const go = version_parseGoVersion(text);
    if (go && (go.patch !== undefined || go.pre)) {
        return { spec: { kind: 'exact', text, semver: version_releaseToSemver(text) } };
    }
    // `1.22` means the newest 1.22.x, as in actions/setup-go; `v1.22` and `go1.22` are the same thing.
    const rangeText = text.replace(/^go(?=\d)/, '');
    const range = validRange(rangeText);
    if (range === null)
        return { problem: `'${text}' is neither a Go version nor a semver range` };
    return { spec: { kind: 'range', text, range } };
}
/** True when `semver` (a release in semver form) is selected by the spec (stable/oldstable excluded). */
function version_specMatches(spec, semver) {
    if (spec.kind === 'exact')
        return semver === spec.semver;
    if (spec.kind === 'range')
        return satisfies(semver, spec.range);
    return false;
}
/** The newest of `versions` (semver strings) the spec selects; pre-releases only when the range names one. */
function version_newestMatching(spec, versions) {
    if (spec.kind === 'exact')
        return versions.includes(spec.semver) ? spec.semver : undefined;
    if (spec.kind === 'range')
        return maxSatisfying([...versions], spec.range) ?? undefined;
    return undefined;
}
function version_isSemver(text) {
    return valid(text) !== null;
}
/** A version to measure "nearness" from, for suggestions when a spec matches nothing. */
function version_specAnchor(spec) {
    if (spec.kind === 'exact')
        return spec.semver;
    if (spec.kind === 'range')
        return coerce(spec.text)?.version;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/go/src/toolchain/install.ts












const DEFAULT_BASE_URL = 'https://go.dev/dl';
/**
 * actions/setup-go keeps Go from a custom mirror apart from go.dev's (`go-` + first 8 hex of sha256(base URL)),
 * so a mirror's build never masquerades as the runner's preinstalled Go. Same rule here, same folders.
 */
function install_toolCacheName(baseUrl) {
    const base = baseUrl.replace(/\/+$/, '');
    if (base === DEFAULT_BASE_URL)
        return 'go';
    return `go-${createHash('sha256').update(base).digest('hex').slice(0, 8)}`;
}
function install_completeDir(tc, semver) {
    const dir = join(tc.root, tc.tool, semver, tc.arch);
    return existsSync(dir) && existsSync(`${dir}.complete`) ? dir : undefined;
}
/** A complete install the spec selects, without any network (stable/oldstable always need the manifest). */
function install_findInToolCache(tc, spec) {
    if (spec.kind === 'exact') {
        const dir = install_completeDir(tc, spec.semver);
        return dir ? { semver: spec.semver, dir } : undefined;
    }
    if (spec.kind !== 'range')
        return undefined;
    let names;
    try {
        names = readdirSync(join(tc.root, tc.tool));
    }
    catch {
        return undefined;
    }
    const semver = newestMatching(spec, names.filter((n) => isSemver(n) && install_completeDir(tc, n)));
    return semver ? { semver, dir: install_completeDir(tc, semver) } : undefined;
}
/** The sha256 of the download differs from the manifest's. Never retried, never installed. */
class ChecksumError extends src/* UserError */.yo {
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
async function install_installGo(req) {
    if (!req.filename.endsWith('.tar.gz')) {
        throw new UserError(`${req.filename} is not a .tar.gz archive; only Linux and macOS runners are supported so far`);
    }
    const { toolCache: tc } = req;
    const versionDir = join(tc.root, tc.tool, req.semver);
    await mkdir(versionDir, { recursive: true });
    await sweepLeftovers(versionDir);
    const tmp = await mkdtemp(join(versionDir, `.goship-tmp-${tc.arch}-${process.pid}-`));
    try {
        const { bytes } = await withRetries(req.url, `Downloading ${req.filename}`, req, async (signal) => {
            await rm(join(tmp, 'go'), { recursive: true, force: true });
            return downloadAndExtract(req, tmp, signal);
        });
        const goroot = join(tmp, 'go');
        if (!existsSync(join(goroot, 'bin', 'go'))) {
            throw new UserError(`${req.filename} has no go/bin/go: it is not a Go distribution; nothing was installed`);
        }
        const target = join(versionDir, tc.arch);
        if (existsSync(`${target}.complete`) && existsSync(target))
            return { dir: target, bytes, raced: true };
        if (existsSync(target)) {
            // An earlier install died before writing its marker: move it aside, then delete it.
            const stale = join(versionDir, `.goship-stale-${tc.arch}-${process.pid}-${Date.now()}`);
            await rename(target, stale);
            await rm(stale, { recursive: true, force: true });
        }
        try {
            await rename(goroot, target);
        }
        catch (err) {
            const code = err.code;
            if (code !== 'ENOTEMPTY' && code !== 'EEXIST')
                throw err;
            // Another job on this runner renamed its copy in first; wait briefly for its marker.
            for (let i = 0; i < 40 && !existsSync(`${target}.complete`); i++)
                await sleep(50);
            if (existsSync(`${target}.complete`))
                return { dir: target, bytes, raced: true };
            throw err;
        }
        await writeFile(`${target}.complete`, '');
        return { dir: target, bytes, raced: false };
    }
    finally {
        await rm(tmp, { recursive: true, force: true });
    }
}
/** Temporary folders of installs whose process is gone (killed runs), and stale copies being deleted. */
async function sweepLeftovers(versionDir) {
    for (const name of await readdir(versionDir)) {
        const tmp = /^\.goship-tmp-[^-]+-(\d+)-/.exec(name);
        const dead = tmp ? !processAlive(Number(tmp[1])) : name.startsWith('.goship-stale-');
        if (dead)
            await rm(join(versionDir, name), { recursive: true, force: true });
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
        throw new HttpError(req.url, res.status);
    }
    const length = Number(res.headers.get('content-length'));
    const expected = Number.isFinite(length) && length > 0 ? length : req.size;
    const hash = createHash('sha256');
    let received = 0;
    const progress = progressLogger(req.filename, expected, req.log);
    const tap = new Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            received += chunk.length;
            progress(received);
            done(null, chunk);
        },
    });
    try {
        await extractTarGz(Readable.fromWeb(res.body), dest, { signal, tap });
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
        log(`${name}:${pct} ${formatBytes(n)}${total ? ` of ${formatBytes(total)}` : ''}`);
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
    const tar = spawn('tar', ['-x', '-f', '-', '-C', dest, '--no-same-owner'], {
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
        await pipeline([...stages, createGunzip(), guard, tar.stdin], signal ? { signal } : {});
    }
    catch (err) {
        tar.kill('SIGKILL');
        const code = await tarExit;
        if (err instanceof UserError || signal?.aborted)
            throw err;
        if (/^Z_/.test(String(err.code))) {
            throw new UserError(`The Go archive is corrupt: ${err.message}`, { cause: err });
        }
        if (code > 0 && tarErr)
            throw new UserError(`tar could not unpack the Go archive: ${tarProblem()}`);
        throw err;
    }
    const code = await tarExit;
    if (code !== 0)
        throw new UserError(`tar could not unpack the Go archive (exit ${code}): ${tarProblem()}`);
    return { entries: guard.entries };
}

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
function platform_platformName(p) {
    return `${p.os}/${p.arch}`;
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
        throw new UserError(`The Go release manifest at ${url} is not JSON (it starts with '${start}')`, {
            hint: 'go-download-base-url must point at a mirror that serves go.dev/dl\'s "?mode=json&include=all" listing.',
        });
    }
    if (!Array.isArray(data))
        throw new UserError(`The Go release manifest at ${url} is not a JSON array of releases`);
    const releases = [];
    data.forEach((r, i) => {
        const bad = (what) => new UserError(`The Go release manifest at ${url} is malformed: release #${i + 1} ${what}`);
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
    return releases.sort((a, b) => rcompare(a.semver, b.semver));
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
function manifest_resolveRelease(spec, releases, platform, url) {
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
            throw new UserError(`No 'oldstable' Go for ${platformName(platform)} in ${url}: only one minor line is listed`);
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
        throw new UserError(`Go ${semverToGo(elsewhere.semver)} has no download for ${platformName(platform)} in ${url}`, {
            hint: `Platforms it is available for: ${[...new Set(platforms)].join(', ')}.`,
        });
    }
    const near = nearestVersions(spec, stable);
    const what = spec.kind === 'exact'
        ? `Go ${semverToGo(spec.semver)} is not`
        : `No Go release matching '${spec.text}' is`;
    throw new UserError(`${what} in the release manifest at ${url} for ${platformName(platform)}`, {
        hint: near.length > 0 ? `Nearest available: ${near.join(', ')}.` : undefined,
    });
}
function noneFor(platform, url, releases) {
    const platforms = new Set(releases.flatMap((r) => r.files.filter((f) => f.kind === 'archive').map((f) => `${f.os}/${f.arch}`)));
    return new UserError(`The release manifest at ${url} lists no stable Go for ${platformName(platform)}`, {
        hint: platforms.size > 0 ? `Platforms it lists: ${[...platforms].sort().join(', ')}.` : undefined,
    });
}
/** Up to two releases below and two above where the spec would sit, oldest first, named as go.dev names them. */
function nearestVersions(spec, releases) {
    const sorted = [...releases].sort((a, b) => compare(a.semver, b.semver));
    const name = (r) => r.version.replace(/^go/, '');
    const anchor = specAnchor(spec);
    if (!anchor)
        return sorted.slice(-3).map(name);
    let i = sorted.findIndex((r) => compare(r.semver, anchor) > 0);
    if (i === -1)
        i = sorted.length;
    return sorted.slice(Math.max(0, i - 2), i + 2).map(name);
}
/** The manifest URL for a download base (`https://go.dev/dl` → `https://go.dev/dl/?mode=json&include=all`). */
function manifestUrl(baseUrl) {
    return `${baseUrl.replace(/\/+$/, '')}/?mode=json&include=all`;
}
/** Reads and parses the release manifest, with retries on transient failures. */
async function manifest_fetchReleases(baseUrl, opts = {}) {
    const url = manifestUrl(baseUrl);
    const text = await getText(url, 'Reading the Go release manifest', { timeoutMs: 60_000, ...opts });
    return { url, releases: parseManifest(text, url) };
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
function version_file_parseGoMod(text, file = 'go.mod', kind = 'go.mod') {
    const verbs = kind === 'go.work' ? GOWORK_VERBS : GOMOD_VERBS;
    const out = { file };
    const lines = text.split(/\r?\n/);
    let block;
    const fail = (line, message, hint) => new UserError(`${file}:${line}: ${message}`, { hint, location: { file, line } });
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
    const name = basename(path);
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
        const mod = version_file_parseGoMod(text, file, kind);
        const chosen = mod.toolchain ?? mod.go;
        if (!chosen) {
            throw new UserError(`${file} has neither a 'go' nor a 'toolchain' directive`, {
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
    throw new UserError(`${file} has ${what}`, {
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
        text = readFileSync(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT'
            ? 'does not exist'
            : code === 'EISDIR'
                ? 'is a directory'
                : `cannot be read (${code})`;
        throw new UserError(`Input 'go-version-file': ${displayPath} ${why}`, {
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
    const log = cfg.log ?? (() => { });
    const tc = {
        root: cfg.toolCacheRoot,
        tool: toolCacheName(cfg.baseUrl),
        arch: cfg.platform.cacheArch,
    };
    const goEnv = goEnvironment(cfg.env ?? process.env);
    const depFiles = cfg.cache ? globFiles(cfg.cache.workspace, cfg.cache.patterns) : [];
    if (cfg.cache?.explicit && depFiles.length === 0) {
        throw new InputError('cache-dependency-path', `matches no file under ${cfg.cache.workspace} (${cfg.cache.patterns.join(', ')})`, 'paths or globs of go.sum/go.mod files relative to the repository root');
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
        const got = await fetchReleases(cfg.baseUrl, { ...net, headers: cfg.manifestHeaders });
        manifestUrl = got.url;
        const resolved = resolveRelease(cfg.spec, got.releases, cfg.platform, got.url);
        ({ semver, reason } = { semver: resolved.release.semver, reason: resolved.reason });
        file = resolved.file;
        dir = completeDir(tc, semver);
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
        path: [join(goroot, 'bin'), join(goEnv.GOPATH, 'bin')],
        cache,
        timings: { resolveMs, installMs, totalMs: performance.now() - started },
    };
}
/** GOPATH/GOMODCACHE/GOCACHE as the go command would default them, unless already set. */
function goEnvironment(env) {
    const home = env.HOME || homedir();
    const GOPATH = env.GOPATH?.split(delimiter)[0] || join(home, 'go');
    const userCache = process.platform === 'darwin'
        ? join(home, 'Library', 'Caches')
        : env.XDG_CACHE_HOME || join(home, '.cache');
    return {
        GOPATH,
        GOMODCACHE: env.GOMODCACHE || join(GOPATH, 'pkg', 'mod'),
        GOCACHE: env.GOCACHE || join(userCache, 'go-build'),
    };
}
function readRequirements(files, warn) {
    const out = [];
    for (const f of files) {
        if (!existsSync(f.path))
            continue;
        try {
            out.push(parseGoMod(readFileSync(f.path, 'utf8'), f.shown, f.shown.endsWith('go.work') ? 'go.work' : 'go.mod'));
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
    const installed = parseGoVersion(version);
    if (!installed)
        return;
    for (const mod of mods) {
        if (!mod.go || compareGoVersions(installed, mod.go.parsed) >= 0)
            continue;
        const need = formatGoVersion(mod.go.parsed);
        throw new UserError(`${mod.file}:${mod.go.line} requires go >= ${need}, but the Go chosen here is ${version}; with GOTOOLCHAIN=local the go command would refuse to build this module`, {
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
    const { stdout } = await exec(join(goroot, 'bin', 'go'), ['version'], {
        cwd: goroot,
        env: { ...process.env, GOTOOLCHAIN: 'local' },
        signal,
    });
    const printed = /^go version go(\S+)/.exec(stdout.trim())?.[1];
    // go1.20 (how Go named first releases before 1.21) is 1.20.0; custom builds may add a suffix after a space.
    if (!printed || releaseToSemver(printed) !== semver) {
        throw new UserError(`${join(goroot, 'bin', 'go')} reports '${stdout.trim()}', not Go ${semverToGo(semver)}`, {
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



;// CONCATENATED MODULE: ./packages/oci/src/registry/errors.ts
/* Errors from registries, as users should read them, and the rule for plain-HTTP registries. */

/** A registry answered with an error status; `codes` are the Distribution API error codes. */
class errors_RegistryError extends src/* UserError */.yo {
    status;
    codes;
    constructor(message, status, codes, hint) {
        super(message, { hint });
        this.status = status;
        this.codes = codes;
        this.name = 'RegistryError';
    }
}
class errors_RegistryAuthError extends src/* UserError */.yo {
    constructor(message, hint) {
        super(message, { hint });
        this.name = 'RegistryAuthError';
    }
}
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/;
/** Docker's rule: loopback registries may be plain HTTP without configuration. */
function errors_isLoopbackRegistry(registry) {
    return LOOPBACK.test(registry);
}
function errors_registryErrorDetail(res) {
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

;// CONCATENATED MODULE: ./packages/oci/src/dockerfile/builders.ts
/*
 * The container builders behind the Dockerfile backend: which one works on this runner, the per-build
 * configuration files they read (auth file, cert dir, registries.conf), and the build + push commands with
 * the digest read back from the builder (--digestfile, --metadata-file).
 */




async function works(file, args) {
    try {
        return (await exec(file, args, { allowFailure: true })).code === 0;
    }
    catch {
        return false;
    }
}
async function builders_detectBuilder(wanted) {
    const checks = {
        docker: async () => (await works('docker', ['buildx', 'version'])) &&
            (await works('docker', ['info', '--format', '{{.ServerVersion}}'])),
        buildah: () => works('buildah', ['--version']),
        podman: () => works('podman', ['--version']),
    };
    if (wanted !== 'auto') {
        if (await checks[wanted]())
            return wanted;
        throw new UserError(`Input 'builder': ${wanted} does not work on this runner`, {
            hint: wanted === 'docker'
                ? 'docker needs the buildx plugin and a running engine.'
                : `Install ${wanted}, or use builder: auto.`,
        });
    }
    for (const b of ['docker', 'buildah', 'podman'])
        if (await checks[b]())
            return b;
    throw new UserError('No container builder found: docker buildx with a running engine, buildah or podman', {
        hint: 'Install buildah (apt-get install buildah), or use mode: assemble, which needs no builder.',
    });
}
/**
 * Per-build configuration for buildah/podman in files, never in /etc: an auth file (0600) for the
 * registries we have credentials for, a cert dir with the registry CA, and a registries.conf marking the
 * plain-HTTP registries (loopback or insecure-registries ones that answered over http) insecure.
 */
async function builders_builderEnvironment(o, registries, work) {
    const flags = [];
    const auths = {};
    const plain = [];
    for (const r of registries) {
        const creds = o.pool.credentialsFor(r);
        if (creds)
            auths[r] = { auth: Buffer.from(`${creds.username}:${creds.password}`).toString('base64') };
        if (o.pool.isInsecure(r)) {
            const client = o.pool.client(r);
            await client.ping();
            if (client.scheme === 'http')
                plain.push(r);
        }
    }
    const authfile = join(work, 'auth.json');
    writeFileSync(authfile, JSON.stringify({ auths }), { mode: 0o600 });
    chmodSync(authfile, 0o600);
    flags.push('--authfile', authfile);
    if (o.pool.ca) {
        const certDir = join(work, 'certs.d');
        mkdirSync(certDir);
        writeFileSync(join(certDir, 'ca.crt'), o.pool.ca);
        flags.push('--cert-dir', certDir);
    }
    const env = { ...process.env };
    if (plain.length > 0) {
        const system = process.env.CONTAINERS_REGISTRIES_CONF ?? '/etc/containers/registries.conf';
        let base = existsSync(system) ? readFileSync(system, 'utf8') : '';
        if (/^\s*\[registries\./m.test(base))
            base = ''; // v1 format cannot be mixed with [[registry]] tables
        const extra = plain
            .filter((r) => !base.includes(`"${r}"`))
            .map((r) => `\n[[registry]]\nlocation = "${r}"\ninsecure = true\n`)
            .join('');
        const conf = join(work, 'registries.conf');
        writeFileSync(conf, `${base}\n${extra}`);
        env.CONTAINERS_REGISTRIES_CONF = conf;
    }
    return { env, flags, targetPlain: plain.includes(o.image.registry) };
}
function platformList(o) {
    return o.platforms.length > 0 ? o.platforms.map(formatPlatform) : [];
}
async function builders_buildWithContainersTools(tool, o, dockerfile, args, refs, tags, work, t) {
    const platforms = platformList(o);
    const multi = platforms.length > 1;
    const local = `${refs[0]}`;
    const listName = `goship-list-${basename(work).toLowerCase()}`;
    const isolation = process.env.BUILDAH_ISOLATION ?? 'chroot';
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
        ...[...args].flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
        ...Object.entries(o.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
        ...(o.target ? ['--target', o.target] : []),
        ...(platforms.length > 0 ? ['--platform', platforms.join(',')] : []),
        ...o.cacheFrom.flatMap((c) => ['--cache-from', c]),
        ...o.cacheTo.flatMap((c) => ['--cache-to', c]),
        ...(multi ? ['--manifest', listName] : ['-t', local]),
        o.context,
    ];
    const digestFile = join(work, 'digest');
    try {
        await exec(tool, bud, { env: t.env, stream: true, signal: o.signal });
        const source = multi ? listName : local;
        const destinations = o.push
            ? refs.map((r) => `docker://${r}`)
            : [o.output.endsWith('.tar') ? `oci-archive:${o.output}:${tags[0]}` : `oci:${o.output}:${tags[0]}`];
        if (!o.push)
            mkdirSync(o.output.endsWith('.tar') ? join(o.output, '..') : o.output, { recursive: true });
        let digest = '';
        for (const dest of destinations) {
            rmSync(digestFile, { force: true });
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
            await exec(tool, pushArgs, { env: t.env, stream: true, signal: o.signal });
            const d = existsSync(digestFile) ? readFileSync(digestFile, 'utf8').trim() : '';
            if (!/^sha256:[a-f0-9]{64}$/.test(d)) {
                throw new UserError(`${tool} exited 0 for ${dest} but wrote no digest: the push did not happen`, {
                    hint: `Check the ${tool} output above for the registry error.`,
                });
            }
            if (digest && d !== digest)
                throw new UserError(`${tool} pushed ${dest} as ${d}, but the first tag got ${digest}`);
            digest = d;
        }
        return digest;
    }
    finally {
        await exec(tool, multi ? ['manifest', 'rm', listName] : ['rmi', local], {
            allowFailure: true,
            env: t.env,
        }).catch(() => undefined);
    }
}
async function builders_buildWithDocker(o, dockerfile, args, refs, work) {
    const metadataFile = join(work, 'metadata.json');
    const platforms = platformList(o);
    const cmd = [
        'buildx',
        'build',
        '-f',
        dockerfile,
        '--provenance=false',
        '--metadata-file',
        metadataFile,
        ...[...args].flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
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
                `type=oci,dest=${o.output.endsWith('.tar') ? o.output : join(o.output, 'image.tar')}`,
            ]),
        o.context,
    ];
    // docker reads credentials from its own config; credentials given as inputs are logged in the way
    // docker/login-action does it (password on stdin, never on the command line).
    const creds = o.pool.credentialsFor(o.image.registry);
    if (creds?.source.startsWith('inputs')) {
        await exec('docker', ['login', o.image.registry, '--username', creds.username, '--password-stdin'], {
            input: creds.password,
            signal: o.signal,
        });
    }
    await exec('docker', cmd, { stream: true, signal: o.signal });
    const meta = JSON.parse(readFileSync(metadataFile, 'utf8'));
    const digest = meta['containerimage.digest'] ?? '';
    if (!/^sha256:[a-f0-9]{64}$/.test(digest))
        throw new UserError(`docker buildx wrote no image digest to ${metadataFile}`);
    return digest;
}

;// CONCATENATED MODULE: ./packages/oci/src/dockerfile/generate.ts
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
const generate_LDFLAGS_ARG = 'GOSHIP_LDFLAGS';
/** The go (or toolchain) version a module asks for, from go.mod: `toolchain go1.22.5` wins over `go 1.22`. */
function generate_goVersionFromModule(dir) {
    const path = join(dir, 'go.mod');
    if (!existsSync(path))
        return undefined;
    const text = readFileSync(path, 'utf8');
    const toolchain = /^toolchain\s+go(\d+\.\d+(?:\.\d+)?)\s*$/m.exec(text);
    const go = /^go\s+(\d+\.\d+(?:\.\d+)?)\s*$/m.exec(text);
    return toolchain?.[1] ?? go?.[1];
}
/** What `go build` names the binary of the module root: the last path element, without a /vN suffix. */
function generate_binaryNameFromModule(dir) {
    const path = join(dir, 'go.mod');
    if (!existsSync(path))
        return undefined;
    const m = /^module\s+"?([^\s"]+)"?\s*$/m.exec(readFileSync(path, 'utf8'));
    if (!m)
        return undefined;
    const parts = m[1].split('/');
    if (parts.length > 1 && /^v\d+$/.test(parts[parts.length - 1]))
        parts.pop();
    return parts[parts.length - 1];
}
const SAFE_PACKAGE = /^(\.{1,2}(\/[A-Za-z0-9._~-]+)*|[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*)$/;
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function generate_generateDockerfile(o) {
    if (!SAFE_PACKAGE.test(o.package))
        throw new UserError(`Input 'package': '${o.package}' is not a Go package path`, {
            hint: 'Use a path such as . or ./cmd/server.',
        });
    if (!SAFE_NAME.test(o.binaryName))
        throw new UserError(`binary name '${o.binaryName}' is not valid`, { hint: 'Use letters, digits, . _ -' });
    if (!/^\d+\.\d+(\.\d+)?$/.test(o.goVersion))
        throw new UserError(`Go version '${o.goVersion}' is not of the form 1.22 or 1.22.5`);
    const runtime = RUNTIME_ALIASES[o.runtime] ?? o.runtime;
    const scratch = runtime === 'scratch';
    const ld = ldflagsBuildArg('', generate_LDFLAGS_ARG);
    const bin = `/usr/local/bin/${o.binaryName}`;
    return `# syntax=docker/dockerfile:1
# Generated by goship docker-multistage. Override the images with --build-arg GO_IMAGE=… / RUNTIME_IMAGE=….
ARG GO_IMAGE=docker.io/library/golang:${o.goVersion}
ARG RUNTIME_IMAGE=${runtime}

FROM --platform=$BUILDPLATFORM \${GO_IMAGE} AS builder
WORKDIR /src
ENV CGO_ENABLED=0 GOTOOLCHAIN=local GOMODCACHE=/go/pkg/mod GOCACHE=/root/.cache/go-build
# Modules first: this layer is reused until go.mod/go.sum change.
COPY go.mod ${o.hasGoSum ? 'go.sum ' : ''}./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
${ld.dockerfileArg}
ARG TARGETOS TARGETARCH TARGETVARIANT
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \\
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
ENV PORT=\${APP_PORT}
EXPOSE \${APP_PORT}
USER 65532:65532
ENTRYPOINT ["${bin}"]
`;
}

;// CONCATENATED MODULE: ./packages/oci/src/dockerfile/parse.ts
/*
 * A Dockerfile reader that keeps line numbers: enough of the BuildKit frontend's rules (parser
 * directives, escape character, line continuations, comments, heredocs) to find syntax errors before a
 * builder runs, and to list stages, their ARGs and dependencies for the build-arg cross-check.
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
class DockerfileSyntaxError extends src/* UserError */.yo {
    constructor(file, line, message, hint) {
        super(`${file}:${line}: ${message}`, { location: { file, line }, hint });
        this.name = 'DockerfileSyntaxError';
    }
}
const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NEEDS_ARGS = new Set(INSTRUCTIONS.filter((i) => i !== 'HEALTHCHECK'));
function parse_editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
}
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
function parse_unquote(v) {
    return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}
/** Dockerfile variable expansion in FROM: $VAR, ${VAR}, ${VAR:-default}, ${VAR:+alt}. */
function parse_expandVariables(text, vars) {
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
            value: eq >= 0 ? parse_unquote(word.slice(eq + 1)) : undefined,
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
function parse_parseDockerfile(text, file = 'Dockerfile') {
    const instructions = logicalLines(text, file);
    const globalArgs = [];
    const stages = [];
    for (const ins of instructions) {
        if (!INSTRUCTIONS.includes(ins.keyword)) {
            const close = INSTRUCTIONS.map((k) => ({ k, d: parse_editDistance(k, ins.keyword) })).sort((a, b) => a.d - b.d)[0];
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
function parse_stagesFor(df, target) {
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
function parse_checkBuildArgs(df, passed, target) {
    const built = parse_stagesFor(df, target);
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

;// CONCATENATED MODULE: ./packages/oci/src/dockerfile/build.ts
/*
 * The Dockerfile backend: pick the builder that works on this machine (docker buildx with a running
 * engine, else buildah, else podman), generate the Dockerfile when asked, check it (syntax with file:line,
 * ARG vs build-args) before anything runs, build, push every tag, and read the digest back from the
 * builder and from the registry so the digest output is never empty when something was pushed.
 */










function build_displayPath(root, path) {
    const rel = relative(root, path);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
/** Resolves which Dockerfile to use, writing a generated one into tempDir (never into the context). */
function prepareDockerfile(o) {
    const ctxFile = join(o.context, 'Dockerfile');
    if (o.dockerfile !== 'generate' && (o.dockerfile !== '' || existsSync(ctxFile))) {
        const path = o.dockerfile === ''
            ? ctxFile
            : isAbsolute(o.dockerfile)
                ? o.dockerfile
                : resolve(o.context, o.dockerfile);
        if (!existsSync(path)) {
            throw new UserError(`Input 'dockerfile': ${path} does not exist`, {
                hint: "Give a path relative to the context, or 'generate' for a generated Dockerfile.",
            });
        }
        return {
            path,
            // Annotations link to files relative to the repository root (the workspace).
            display: build_displayPath(o.workspace ?? process.cwd(), path),
            text: readFileSync(path, 'utf8'),
            generated: false,
        };
    }
    if (!existsSync(join(o.context, 'go.mod'))) {
        throw new UserError(`Input 'context': ${o.context} has no go.mod, so no Dockerfile can be generated`, {
            hint: 'Point context at the Go module, or give a dockerfile.',
        });
    }
    const goVersion = o.goVersion ?? goVersionFromModule(o.context);
    if (!goVersion)
        throw new UserError(`${join(o.context, 'go.mod')} has no go line`, {
            hint: "Add 'go 1.22' to go.mod, or set the go-version input.",
        });
    const text = generateDockerfile({
        goVersion,
        package: o.goPackage,
        binaryName: o.binaryName ??
            (o.goPackage.replace(/\/+$/, '') !== '.' ? basename(o.goPackage) : undefined) ??
            binaryNameFromModule(o.context) ??
            basename(resolve(o.context)),
        port: o.port ?? 8080,
        runtime: o.runtime,
        hasGoSum: existsSync(join(o.context, 'go.sum')),
    });
    mkdirSync(o.tempDir, { recursive: true });
    const path = join(o.tempDir, 'Dockerfile');
    writeFileSync(path, text);
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
    const { ldflags } = composeLdflags({
        inject: Object.entries(inject).map(([name, value]) => ({ name, value })),
        extra: o.ldflags,
    });
    if (declared.has(LDFLAGS_ARG))
        out.set(LDFLAGS_ARG, ldflags);
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
            regs.add(parseReference(text).registry);
        }
        catch {
            // not an image reference
        }
    }
    return [...regs];
}
async function build_buildDockerfile(o) {
    const df = prepareDockerfile(o);
    const parsed = parseDockerfile(df.text, df.display);
    const declared = new Set([...parsed.globalArgs, ...parsed.stages.flatMap((s) => s.args)].map((a) => a.name));
    const args = new Map([...goshipBuildArgs(o, declared), ...o.buildArgs]);
    if (o.target && !parsed.stages.some((s) => s.name === o.target.toLowerCase())) {
        throw new UserError(`Input 'target': stage '${o.target}' is not in ${df.display} (stages: ${parsed.stages.map((s) => s.name ?? s.index).join(', ')})`);
    }
    const report = checkBuildArgs(parsed, o.buildArgs.keys(), o.target);
    const unsetReport = report.unset.filter((a) => !args.has(a.name));
    const problems = [
        ...report.undeclared.map((n) => new UserError(`build-arg ${n} is passed but ${df.display} declares no ARG ${n}; the builder ignores it`, { location: { file: df.display } })),
        ...unsetReport.map((a) => new UserError(`ARG ${a.name} has no default and is not passed in build-args; it expands to an empty string`, { location: { file: df.display, line: a.line } })),
    ];
    if (problems.length > 0) {
        if (o.strict)
            throw aggregate(problems, `build-args and ${df.display} disagree (strict: true)`);
        for (const p of problems)
            o.warn?.(p.message, p.location);
    }
    await checkFromImages(o, parsed, args);
    const builder = await detectBuilder(o.builder);
    o.log(`builder: ${builder}${df.generated ? `; generated Dockerfile at ${df.path}` : ''}`);
    const fromImages = parsed.stages.map((s) => s.image);
    const registries = registriesInvolved(o, fromImages, args);
    mkdirSync(o.tempDir, { recursive: true });
    const work = mkdtempSync(join(o.tempDir, 'build-'));
    try {
        const env = await builderEnvironment(o, registries, work);
        const tags = o.tags.length > 0 ? o.tags : [`sha-${o.source.shortCommit}`];
        const refs = tags.map((t) => `${repositoryName(o.image)}:${t}`);
        const digest = builder === 'docker'
            ? await buildWithDocker(o, df.path, args, refs, work)
            : await buildWithContainersTools(builder, o, df.path, args, refs, tags, work, env);
        const perPlatform = o.push ? await describePushed(o, digest) : [];
        return {
            digest,
            platforms: perPlatform.length > 0 ? perPlatform.map((p) => p.platform) : o.platforms.map(formatPlatform),
            perPlatform,
            output: o.push ? undefined : o.output,
            builder,
            dockerfile: df.path,
            generated: df.generated,
        };
    }
    finally {
        rmSync(work, { recursive: true, force: true });
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
            ref = parseReference(image);
        }
        catch (e) {
            throw new UserError(`FROM ${stage.image} resolves to '${image}', which is not an image reference: ${e.message}`, {
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
            throw new UserError(`Base image ${image} (FROM ${stage.image}) does not exist in registry ${ref.registry}`, {
                location: { file: df.file, line: stage.line },
                hint: 'Check the image name and tag, or point the build arg at an image that exists.',
            });
        }
    });
    const results = await Promise.allSettled(checks);
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    if (failed.length > 0)
        throw aggregate(failed, 'Base images of the Dockerfile are missing');
}
/** Reads the pushed image back from the registry: proves the digest exists and gives per-platform sizes. */
async function describePushed(o, digest) {
    const client = o.pool.client(o.image.registry);
    const top = await client.getManifest(o.image.repository, digest);
    if (!top)
        throw new UserError(`The builder reported ${digest}, but ${repositoryName(o.image)} has no such manifest`);
    const body = JSON.parse(top.body.toString('utf8'));
    const entries = INDEX_TYPES.includes(top.mediaType)
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
            ? formatPlatform(e.platform)
            : formatPlatform({ os: cfg.os, architecture: cfg.architecture, variant: cfg.variant });
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

;// CONCATENATED MODULE: ./packages/oci/src/tags.ts
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
const DEFAULT_TAG_RULES = (/* unused pure expression or super */ null && ([
    'type=semver,pattern={{version}}',
    'type=semver,pattern={{major}}.{{minor}}',
    'type=semver,pattern={{major}}',
    'type=ref,event=branch',
    'type=ref,event=pr',
    'type=sha',
]));
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
function semverTag(rule, ctx) {
    const raw = rule.attrs.value ?? (ctx.ref.kind === 'tag' ? ctx.ref.name : undefined);
    if (!raw)
        return undefined;
    const v = semver.parse(raw, { loose: true });
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
function highestRelease(tags) {
    const releases = tags
        .map((t) => semver.parse(t, { loose: true }))
        .filter((v) => v && v.prerelease.length === 0);
    return releases.sort((a, b) => semver.rcompare(a, b))[0]?.version;
}
/** Whether `latest` belongs on this build: a release tag that is the highest release in the repository. */
function isLatest(ctx) {
    if (ctx.ref.kind !== 'tag')
        return false;
    const v = semver.parse(ctx.ref.name, { loose: true });
    if (!v || v.prerelease.length > 0)
        return false;
    const highest = highestRelease([...ctx.repositoryTags, ctx.ref.name]);
    return highest === v.version;
}
/**
 * Applies the rules to the context; order follows the rules, duplicates dropped, `latest` last.
 * `latest`: 'auto' (highest release only), 'true' (always), 'false' (never).
 */
function tags_computeTags(rules, ctx, latest = 'auto') {
    const tags = [];
    const invalid = [];
    for (const rule of rules) {
        if (rule.attrs.enable === 'false')
            continue;
        const base = ruleTag(rule, ctx);
        if (base === undefined || base === '')
            continue;
        const tag = `${rule.attrs.prefix ?? ''}${base}${rule.attrs.suffix ?? ''}`;
        if (!isValidTag(tag))
            invalid.push({ tag, rule });
        else if (!tags.includes(tag))
            tags.push(tag);
    }
    if ((latest === 'true' || (latest === 'auto' && isLatest(ctx))) && !tags.includes('latest'))
        tags.push('latest');
    return { tags, invalid };
}
/** Reads GITHUB_REF (`refs/tags/v1`, `refs/heads/main`, `refs/pull/12/merge`). */
function tags_parseGitRef(ref) {
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

;// CONCATENATED MODULE: ./packages/oci/src/metadata.ts
/*
 * What the runner knows about the build (ref, PR head SHA, repository metadata) turned into the tag
 * context and the OCI labels. The pull_request event's merge commit is never used as the image's
 * identity: the PR head SHA is (metadata-action needs DOCKER_METADATA_PR_HEAD_SHA for that).
 */



function metadata_readEvent(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path || !existsSync(path))
        return {};
    try {
        return JSON.parse(readFileSync(path, 'utf8'));
    }
    catch {
        return {};
    }
}
/** The commit the image stands for: the PR head on pull_request events, else the checked-out commit. */
function metadata_buildCommit(env, event, headCommit) {
    const isPr = /^pull_request/.test(env.GITHUB_EVENT_NAME ?? '');
    return (isPr && event.pull_request?.head?.sha) || headCommit || env.GITHUB_SHA || '';
}
/** GITHUB_REF when on a runner, else the local ref (`refs/heads/x`, `refs/tags/v1`). */
function metadata_buildRef(env, localRef) {
    return parseGitRef(env.GITHUB_REF || localRef);
}
/**
 * Release tags of the repository, for the `latest` rule: the remote's (a shallow checkout has few local
 * tags) when `origin` answers within 15 s, else the local ones.
 */
async function metadata_repositoryTags(dir, signal) {
    const parse = (out, remote) => out
        .split('\n')
        .map((l) => remote ? (l.split('\t')[1] ?? '').replace(/^refs\/tags\//, '').replace(/\^\{\}$/, '') : l.trim())
        .filter(Boolean);
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
    const timeout = AbortSignal.timeout(15_000);
    const remote = await exec('git', ['ls-remote', '--tags', 'origin'], {
        cwd: dir,
        env,
        allowFailure: true,
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    }).catch(() => undefined);
    if (remote && remote.code === 0 && remote.stdout.trim() !== '')
        return { tags: [...new Set(parse(remote.stdout, true))], from: 'remote' };
    const local = await exec('git', ['tag', '--list'], { cwd: dir, allowFailure: true, signal });
    return { tags: local.code === 0 ? parse(local.stdout, false) : [], from: 'local' };
}
/** OCI labels (image-spec annotations.md): source, revision, version, created, title, description, licenses, url. */
function metadata_ociLabels(s) {
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

;// CONCATENATED MODULE: ./packages/oci/src/registry/auth.ts
/*
 * Registry credentials and the two auth challenge flows of the Distribution API.
 * Credentials come from the action inputs (for the target image's registry only) or from the Docker
 * config that `docker login` / docker/login-action write: $DOCKER_CONFIG/config.json, else
 * ~/.docker/config.json, `auths.<host>.auth` = base64("user:password") (or username/password fields).
 * Every credential source is described without its secret, so a 401 can say where we looked.
 */




function dockerConfigPath(env = process.env) {
    return join(env.DOCKER_CONFIG ?? join(env.HOME ?? homedir(), '.docker'), 'config.json');
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
    if (registry === DOCKER_HUB)
        keys.push('https://index.docker.io/v1/', 'index.docker.io', 'registry-1.docker.io');
    return keys;
}
function auth_lookupCredentials(registry, opts = {}) {
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
    if (!existsSync(path)) {
        searched.push(`${path} (not found)`);
        return { searched };
    }
    let config;
    try {
        config = JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (e) {
        searched.push(`${path} (not valid JSON: ${e.message})`);
        return { searched };
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
    const helperNote = config.credsStore ? `; credsStore "${config.credsStore}" is not consulted` : '';
    searched.push(`${path} (no auths entry for ${registry}${helperNote})`);
    return { searched };
}
/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (quoted values may hold commas). */
function auth_parseChallenge(header) {
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
function auth_basicAuth(c) {
    return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./packages/oci/src/registry/http.ts
/*
 * A small HTTP client on node:http/https for the Distribution API: exact request bodies (digests are
 * over exact bytes), per-registry CA bundles, keep-alive, redirects (blob GETs are often sent to object
 * storage, which must not receive our Authorization header), and errors that say which host failed.
 * node:https rather than fetch/undici: a custom CA needs an undici Agent (a bundled dependency and
 * slower start-up); https.Agent takes `ca` directly, and NODE_EXTRA_CA_CERTS applies to it as well.
 */



/** A network-level failure (no HTTP response): connection refused, reset, TLS, timeout. */
class http_NetworkError extends Error {
    url;
    code;
    constructor(url, code, message) {
        super(message);
        this.url = url;
        this.code = code;
        this.name = 'NetworkError';
    }
}
const agents = new Map();
function agentFor(url, ca) {
    const key = `${url.protocol}${ca ?? ''}`;
    let agent = agents.get(key);
    if (!agent) {
        agent =
            url.protocol === 'https:'
                ? new https.Agent({
                    keepAlive: true,
                    maxSockets: 8,
                    ...(ca ? { ca: [...rootCertificates, ca] } : {}),
                })
                : new http.Agent({ keepAlive: true, maxSockets: 8 });
        agents.set(key, agent);
    }
    return agent;
}
/** Lets the process exit: idle keep-alive sockets would otherwise hold it open. */
function closeConnections() {
    for (const a of agents.values())
        a.destroy();
    agents.clear();
}
/** Bytes sent in request bodies, per host (re-push benchmarks and the summary read it). */
const uploadedBytes = new Map();
function once(req) {
    const url = new URL(req.url);
    const mod = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
        const headers = { 'User-Agent': 'goship-oci/1', ...req.headers };
        if (req.body)
            headers['Content-Length'] = req.body.length;
        else if (req.method === 'PUT' || req.method === 'POST' || req.method === 'PATCH')
            headers['Content-Length'] = 0;
        const r = mod.request(url, { method: req.method, headers, agent: agentFor(url, req.ca), signal: req.signal }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('error', (e) => reject(new http_NetworkError(req.url, e.code ?? 'ERESPONSE', `${url.host}: ${e.message}`)));
            res.on('end', () => resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks),
                url: req.url,
            }));
        });
        r.setTimeout(req.timeoutMs ?? 120_000, () => r.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
        r.on('error', (e) => {
            if (req.signal?.aborted)
                return reject(req.signal.reason);
            reject(new http_NetworkError(req.url, e.code ?? 'ENETWORK', `${url.host}: ${e.message}${e.code ? ` (${e.code})` : ''}`));
        });
        if (req.body)
            uploadedBytes.set(url.host, (uploadedBytes.get(url.host) ?? 0) + req.body.length);
        r.end(req.body);
    });
}
async function http_request(req) {
    let current = req;
    for (let hop = 0;; hop++) {
        const res = await once(current);
        const location = res.headers.location;
        const redirect = [301, 302, 303, 307, 308].includes(res.status) && location;
        if (!redirect || req.followRedirects === false || !['GET', 'HEAD'].includes(req.method) || hop >= 5)
            return res;
        const next = new URL(location, current.url);
        const headers = { ...current.headers };
        if (next.host !== new URL(current.url).host)
            delete headers.Authorization;
        current = { ...current, url: next.toString(), headers };
    }
}
/** Errors worth another attempt: connection resets/timeouts, 5xx and 429. */
function registry_http_isTransient(err) {
    if (err instanceof http_NetworkError) {
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
function http_isPlainHttpServer(err) {
    return (err instanceof http_NetworkError &&
        (err.code === 'EPROTO' || /wrong version number|packet length too long/i.test(err.message)));
}
function http_isCertificateError(err) {
    return (err instanceof http_NetworkError &&
        /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_CERT|unable to get local issuer/i.test(`${err.code} ${err.message}`));
}

;// CONCATENATED MODULE: ./packages/oci/src/registry/client.ts
/*
 * A Distribution API (OCI distribution-spec) client for one registry: ping + scheme choice, basic and
 * token auth challenges, blob HEAD/GET/mount/upload (monolithic POST-then-PUT, or chunked PATCH), manifest
 * GET/PUT with exact bytes and media types, retries with backoff on 5xx / 429 / connection resets.
 */






class client_RegistryClient {
    opts;
    base;
    challenge;
    pinging;
    /** Tokens (or in-flight token requests) per scope, so parallel uploads share one token request. */
    tokens = new Map();
    host;
    constructor(opts) {
        this.opts = opts;
        this.host = apiHost(opts.registry);
    }
    /** 'https' or 'http' once ping() has run. */
    get scheme() {
        return this.base ? (this.base.startsWith('https:') ? 'https' : 'http') : undefined;
    }
    log(m) {
        this.opts.log?.(m);
    }
    withRetry(what, fn, attempts = this.opts.attempts ?? 5) {
        return retry(fn, {
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
                throw new UserError(`TLS certificate of registry ${this.opts.registry} is not trusted: ${err.message}`, {
                    hint: 'Pass its CA certificate (PEM file) in the registry-ca input, or set NODE_EXTRA_CA_CERTS for the step.',
                });
            }
            if (err instanceof NetworkError) {
                const plain = isPlainHttpServer(err)
                    ? ` It speaks plain HTTP; list it in insecure-registries to allow that (loopback addresses are allowed by default).`
                    : '';
                throw new UserError(`Cannot reach registry ${this.opts.registry}: ${err.message}.${plain}`, {
                    hint: 'Check the registry host and port in the image input, and that the registry is running and reachable from the runner.',
                });
            }
            throw err;
        }
    }
    authFailure(kind, detail) {
        const { credentials, searched } = this.opts.credentials;
        if (kind === 'missing' || !credentials) {
            return new RegistryAuthError(`Registry ${this.opts.registry} requires authentication (${detail}) and no credentials were found. Looked in: ${searched.join('; ')}.`, 'Pass registry-username and registry-password, or run docker/login-action for this registry before this step.');
        }
        return new RegistryAuthError(`Registry ${this.opts.registry} rejected the credentials of user '${credentials.username}' from ${credentials.source} (${detail}).`, 'Check the username and password/token for this registry (the password is not shown).');
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
        const url = new URL(ch.params.realm);
        if (ch.params.service)
            url.searchParams.set('service', ch.params.service);
        for (const s of scope.split(' '))
            url.searchParams.append('scope', s);
        const creds = this.opts.credentials.credentials;
        const res = await request({
            method: 'GET',
            url: url.toString(),
            ca: this.opts.ca,
            signal: this.opts.signal,
            headers: creds ? { Authorization: basicAuth(creds) } : {},
        });
        if (res.status === 401 || res.status === 403)
            throw this.authFailure(creds ? 'rejected' : 'missing', `token endpoint ${url.host} answered ${res.status}`);
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
        const creds = this.opts.credentials.credentials;
        if (this.challenge?.scheme === 'basic')
            return creds ? { Authorization: basicAuth(creds) } : {};
        const token = await this.token(scope);
        return token ? { Authorization: `Bearer ${token}` } : {};
    }
    /** One request with auth; a 401 refreshes the challenge/token once, then fails with where credentials came from. */
    async send(method, pathOrUrl, opts) {
        await this.ping();
        const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${this.base}${pathOrUrl}`;
        const go = async () => request({
            method,
            url,
            body: opts.body,
            ca: this.opts.ca,
            signal: this.opts.signal,
            headers: { ...(opts.headers ?? {}), ...(await this.authHeader(opts.scope)) },
        });
        let res = await go();
        if (res.status === 401) {
            const fresh = parseChallenge(headerValue(res, 'www-authenticate'));
            const hadAuth = this.challenge !== undefined;
            if (fresh)
                this.challenge = fresh;
            this.tokens.delete(opts.scope);
            if (!this.opts.credentials.credentials && (!fresh || fresh.scheme === 'basic')) {
                throw this.authFailure('missing', `${method} ${new URL(url).pathname} → 401`);
            }
            if (!hadAuth || fresh?.scheme === 'bearer')
                res = await go();
            if (res.status === 401) {
                const d = registryErrorDetail(res).text;
                throw this.authFailure(this.opts.credentials.credentials ? 'rejected' : 'missing', `${method} ${new URL(url).pathname} → 401 ${d}`);
            }
        }
        if (res.status >= 500 || res.status === 429) {
            throw Object.assign(new Error(`${this.opts.registry}: ${method} ${new URL(url).pathname} → HTTP ${res.status} ${registryErrorDetail(res).text}`), {
                status: res.status,
            });
        }
        return res;
    }
    fail(what, res, hint) {
        const d = registryErrorDetail(res);
        throw new RegistryError(`${this.opts.registry} ${what}: HTTP ${res.status} ${d.text}`, res.status, d.codes, hint);
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
            if (sha256(res.body) !== digest)
                throw new RegistryError(`${this.opts.registry} sent blob ${digest} of ${repo} with different content (digest mismatch)`, 200, ['DIGEST_INVALID']);
            return res.body;
        });
    }
    /**
     * Puts a blob unless the repository has it: HEAD, then cross-repository mount from `mountFrom` when
     * given (same registry), then upload. Returns what happened.
     */
    async pushBlob(repo, digest, data, mountFrom) {
        if (await this.hasBlob(repo, digest))
            return 'exists';
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
            const body = await data();
            if (body.length > (this.opts.monolithicLimit ?? 64 << 20))
                location = await this.patchChunks(repo, location, body);
            const url = withQuery(new URL(location, this.base).toString(), 'digest', digest);
            const res = await this.send('PUT', url, {
                scope: `repository:${repo}:pull,push`,
                headers: { 'Content-Type': 'application/octet-stream' },
                body: body.length > (this.opts.monolithicLimit ?? 64 << 20) ? undefined : body,
            });
            if (res.status !== 201)
                return this.fail(`upload of blob ${digest} to ${repo}`, res);
            return 'uploaded';
        });
    }
    async patchChunks(repo, location, body) {
        const size = this.opts.chunkSize ?? 16 << 20;
        let loc = location;
        for (let start = 0; start < body.length; start += size) {
            const chunk = body.subarray(start, Math.min(body.length, start + size));
            const res = await this.send('PATCH', new URL(loc, this.base).toString(), {
                scope: `repository:${repo}:pull,push`,
                headers: {
                    'Content-Type': 'application/octet-stream',
                    'Content-Range': `${start}-${start + chunk.length - 1}`,
                },
                body: Buffer.from(chunk),
            });
            if (res.status !== 202)
                return this.fail(`chunk ${start}-${start + chunk.length - 1} upload to ${repo}`, res);
            loc = headerValue(res, 'location') ?? loc;
        }
        return loc;
    }
    /** GET a manifest or index by tag or digest, with the Accept header registries need. */
    async getManifest(repo, reference) {
        return this.withRetry(`GET manifest ${repo}:${reference}`, async () => {
            const res = await this.send('GET', `/v2/${repo}/manifests/${reference}`, {
                scope: `repository:${repo}:pull`,
                headers: { Accept: MANIFEST_ACCEPT },
            });
            if (res.status === 404)
                return undefined;
            if (res.status !== 200)
                return this.fail(`GET manifest ${repo}:${reference}`, res);
            const digest = sha256(res.body);
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
        const digest = sha256(body);
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
class pool_RegistryPool {
    opts;
    clients = new Map();
    constructor(opts = {}) {
        this.opts = opts;
    }
    get ca() {
        return this.opts.ca;
    }
    credentialsFor(registry) {
        return this.client(registry).opts.credentials.credentials;
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
                credentials: lookupCredentials(registry, { explicit: this.opts.explicit, env: this.opts.env }),
                signal: this.opts.signal,
                log: this.opts.log,
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
    const log = req.log ?? (() => { });
    // Everything that can be checked without a registry is checked first, so bad input changes nothing.
    const binaries = req.mode === 'assemble' ? selectArtifacts(req.platforms, req.artifacts) : [];
    let source;
    try {
        source = await describeSource(req.sourceDir, { env: req.env, signal: req.signal });
    }
    catch (e) {
        throw new UserError(`Cannot describe the source in ${req.sourceDir}: ${e.message}`, {
            hint: 'Check out the repository (actions/checkout) before this step; the version, commit and tags come from git.',
        });
    }
    const event = readEvent(req.env);
    const revision = buildCommit(req.env, event, source.commit);
    const ref = buildRef(req.env, source.ref);
    const repoTags = ref.kind === 'tag'
        ? await repositoryTags(req.sourceDir, req.signal)
        : { tags: [], from: 'local' };
    const computed = computeTags(req.tagRules, { ref, sha: revision, repositoryTags: repoTags.tags }, req.latest);
    if (computed.invalid.length > 0) {
        const bad = computed.invalid
            .map((i) => `'${i.tag}' (from line ${i.rule.line}: ${i.rule.text})`)
            .join(', ');
        throw new UserError(`Input 'tags': ${bad} is not a valid registry tag. Expected [A-Za-z0-9_][A-Za-z0-9._-]{0,127}.`, {
            hint: 'Change the rule’s prefix/suffix/value so the tag uses only letters, digits, _ . - (no / or +).',
        });
    }
    const tags = [...new Set([...computed.tags, ...req.extraTags])];
    if (tags.length === 0)
        log('no tag rule matched this ref; the image is pushed by digest only');
    const labels = {
        ...ociLabels({
            version: source.version,
            revision,
            created: source.commitTime,
            env: req.env,
            event,
            imageName: req.image.repository,
        }),
        ...req.labels,
    };
    const pool = new RegistryPool({ ...req.registry, signal: req.signal, log });
    const common = {
        version: source.version,
        revision,
        created: source.commitTime,
        labels,
        tagsFrom: `${ref.kind} ${ref.name}${ref.kind === 'tag' ? ` (latest rule used ${repoTags.from} tags)` : ''}`,
    };
    if (req.mode === 'assemble') {
        const r = await assemble({
            image: req.image,
            tags,
            binaries,
            base: req.base,
            port: req.port,
            user: DEFAULT_USER,
            labels,
            annotations: labels,
            created: source.commitTime,
            mtime: source.epoch,
            push: req.push,
            output: req.output,
            pool,
            log,
        });
        return {
            ...common,
            image: req.push ? digestReference(req.image, r.digest) : `${r.output?.path}@${r.digest}`,
            digest: r.digest,
            tags,
            references: tags.map((t) => `${repositoryName(req.image)}:${t}`),
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
        pool,
        log,
        warn: req.warn,
        signal: req.signal,
    });
    return {
        ...common,
        image: req.push ? digestReference(req.image, r.digest) : `${r.output}@${r.digest}`,
        digest: r.digest,
        tags,
        references: tags.map((t) => `${repositoryName(req.image)}:${t}`),
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

;// CONCATENATED MODULE: ./packages/oci/src/summary.ts

/** The job summary: where the image is, its digest, tags, and size per platform and per layer. */
function publishSummary(r) {
    const parts = [
        heading(`docker-multistage: ${r.pushed ? 'pushed' : 'wrote'} ${code(r.image)}`),
        table(['', ''], [
            ['Image', code(r.image)],
            ['Digest', code(r.digest)],
            ['Tags', r.tags.length > 0 ? r.tags.map(code).join(' ') : '(none: by digest only)'],
            ['Platforms', r.platforms.join(', ')],
            ['Version / revision', `${code(r.version)} / ${code(r.revision.slice(0, 12))}`],
            ['Created (commit time)', r.created],
            ['Backend', r.mode === 'dockerfile' ? `dockerfile (${r.builder})` : 'assemble (no daemon)'],
            ...(r.mode === 'assemble' && r.pushed
                ? [
                    [
                        'Blobs',
                        `${r.uploaded} uploaded (${formatBytes(r.uploadedBytes)}), ${r.reused} already present or mounted`,
                    ],
                ]
                : []),
        ]),
    ];
    if (r.perPlatform.length > 0) {
        parts.push(heading('Size per platform', 4), table(['Platform', 'Manifest', 'Size (compressed)', 'Layers'], r.perPlatform.map((p) => [
            p.platform,
            code(p.digest.slice(0, 19)),
            formatBytes(p.size),
            p.layers.length,
        ])), heading('Layers', 4), table(['Platform', 'Layer', 'Size', 'Content', 'Transfer'], r.perPlatform.flatMap((p) => p.layers.map((l) => [
            p.platform,
            code(l.digest.slice(0, 19)),
            formatBytes(l.size),
            l.description,
            l.transfer ?? '',
        ]))));
    }
    return `${parts.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/oci/src/index.ts
// OCI images: references, tags, deterministic layers, configs/manifests/indexes, OCI layouts, the
// Distribution API client, Dockerfile generation/analysis and the two build backends.





















;// CONCATENATED MODULE: ./packages/manifests/src/model.ts
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

;// CONCATENATED MODULE: ./packages/manifests/src/workloads.ts

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
    const { apiVersion, kind, namespace } = refOf(m);
    const path = POD_SPEC_PATHS[kind];
    if (!path || WORKLOAD_GROUPS[kind] !== groupOf(apiVersion))
        return undefined;
    const labels = get(m.object, [...path, 'metadata', 'labels']);
    const stringLabels = {};
    if (isObject(labels))
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
        const list = get(t.manifest.object, [...t.path, 'spec', field]);
        if (!Array.isArray(list))
            continue;
        list.forEach((c, i) => {
            if (!isObject(c))
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
    const matchLabels = isObject(selector.matchLabels) ? selector.matchLabels : undefined;
    const plain = !('matchLabels' in selector) && !('matchExpressions' in selector);
    const pairs = plain ? selector : (matchLabels ?? {});
    for (const [k, v] of Object.entries(pairs))
        if (labels[k] !== String(v))
            return false;
    const exprs = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
    for (const e of exprs) {
        if (!isObject(e) || typeof e.key !== 'string')
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

;// CONCATENATED MODULE: ./packages/manifests/src/images.ts
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
            ref = reference_parseReference(image);
            match = name !== undefined ? reference_parseReference(name) : ref;
        }
        catch (e) {
            if (e instanceof InvalidReferenceError)
                throw new src/* InputError */.dz(input, `entry '${entry}': ${e.message}`, form);
            throw e;
        }
        if (!ref.digest) {
            throw new src/* InputError */.dz(input, `entry '${entry}' has no digest`, form, 'Pin by digest (the docker-multistage output `image` is one); a tag can move after the check.');
        }
        if (name !== undefined && (match.tag || match.digest)) {
            throw new src/* InputError */.dz(input, `entry '${entry}': the name before '=' must be a repository without tag or digest`, form);
        }
        const repository = reference_repositoryName(match);
        if (pins.some((p) => p.repository === repository)) {
            throw new src/* InputError */.dz(input, `repository ${repository} is given twice`, 'each repository once');
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
        const t = podTemplateOf(m);
        if (!t)
            continue;
        for (const c of containersOf(t)) {
            const path = [...c.path, 'image'];
            const image = c.container.image;
            const loc = locate(m, path);
            if (typeof image !== 'string' || image.trim() === '') {
                scan.errors.push(new src/* UserError */.yo(`${describe(m)} container ${c.name} has no image (${where(m, path)})`, {
                    location: loc,
                    hint: 'Set containers[].image; the API server rejects a container without one.',
                }));
                continue;
            }
            let ref;
            try {
                ref = reference_parseReference(image);
            }
            catch (e) {
                if (!(e instanceof InvalidReferenceError))
                    throw e;
                scan.errors.push(new src/* UserError */.yo(`${describe(m)} container ${c.name}: ${e.message} (${where(m, path)})`, {
                    location: loc,
                    hint: 'The kubelet would fail with InvalidImageName.',
                }));
                continue;
            }
            seen.push(image);
            const repo = reference_repositoryName(ref);
            const pin = pins.find((p) => p.repository === repo);
            if (pin) {
                used.add(pin);
                c.container.image = pin.image;
                scan.pinned.push({
                    object: describe(m),
                    container: c.name,
                    from: image,
                    to: pin.image,
                    file: loc?.file,
                    line: loc?.line,
                });
            }
            else if (!ref.digest) {
                scan.mutable.push({
                    object: describe(m),
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
        scan.errors.push(new src/* UserError */.yo(`Input 'images': entry '${pin.entry}' replaced nothing: no container image has repository ${pin.repository}`, {
            hint: seen.length
                ? `Images in the rendered set: ${[...new Set(seen)].join(', ')}. Match one of their repositories (registry host and port included).`
                : 'The rendered set has no containers.',
        }));
    }
    return scan;
}

;// CONCATENATED MODULE: ./packages/manifests/src/schema/checks.ts
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
    if (!isObject(labels))
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
    const { kind, name } = refOf(m);
    const nameProblem = checkName(kind, name);
    if (nameProblem)
        out.push({ path: ['metadata', 'name'], message: nameProblem });
    checkLabels(get(m.object, ['metadata', 'labels']), ['metadata', 'labels'], out);
    if (kind === 'ConfigMap') {
        const data = get(m.object, ['data']);
        if (isObject(data)) {
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
    const t = podTemplateOf(m);
    if (!t)
        return out;
    checkLabels(get(m.object, [...t.path, 'metadata', 'labels']), [...t.path, 'metadata', 'labels'], out);
    const containers = get(m.object, [...t.path, 'spec', 'containers']);
    if (!Array.isArray(containers) || containers.length === 0) {
        out.push({
            path: [...t.path, 'spec'],
            message: `${kind} ${name} has no containers (${formatPath([...t.path, 'spec', 'containers'])} is ${Array.isArray(containers) ? 'empty' : 'missing'})`,
            hint: 'A pod needs at least one container with a name and an image.',
        });
    }
    const names = new Set();
    for (const c of containersOf(t)) {
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
                if (!isObject(p) || typeof p.name !== 'string')
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
        ? get(m.object, ['spec', 'selector'])
        : undefined;
    if (isObject(selector) && !selectorMatches(selector, t.labels)) {
        out.push({
            path: ['spec', 'selector'],
            message: `${kind} ${name}: spec.selector ${JSON.stringify(selector)} does not match the template labels ${JSON.stringify(t.labels)}`,
            hint: 'The API server rejects a workload whose selector does not select its own pods: make the selector a subset of template.metadata.labels.',
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/manifests/src/schema/validate.ts
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
function validateAgainst(value, root, definitions) {
    const problems = [];
    const resolve = (s) => {
        let cur = s;
        for (let n = 0; cur.ref && n < 10; n++)
            cur = definitions[cur.ref] ?? {};
        return cur;
    };
    const mismatch = (path, expected, v) => problems.push({
        path,
        message: `${formatPath(path) || 'object'}: expected ${expected}, got ${typeName(v)} ${show(v)}`,
    });
    const walk = (v, schema, path) => {
        const s = resolve(schema);
        if (v === null)
            return; // JSON null is "unset" for the API server
        switch (s.t) {
            case 'object': {
                if (!isObject(v))
                    return mismatch(path, 'an object', v);
                if (s.p) {
                    for (const [k, child] of Object.entries(v)) {
                        const ps = s.p[k];
                        if (ps)
                            walk(child, ps, [...path, k]);
                        else if (!s.x) {
                            const field = formatPath([...path, k]);
                            problems.push({ path: [...path, k], message: `unknown field "${field}"` });
                        }
                    }
                    for (const r of s.r ?? []) {
                        if (v[r] === undefined || v[r] === null) {
                            problems.push({ path, message: `missing required field "${formatPath([...path, r])}"` });
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
                if (typeof v !== 'string')
                    return mismatch(path, 'a string', v);
                if (s.f === 'byte' && !BASE64.test(v.replace(/\s+/g, ''))) {
                    problems.push({
                        path,
                        message: `${formatPath(path)}: not valid base64 (Secret data must be base64-encoded; use stringData for plain text)`,
                    });
                }
                return;
            case 'integer':
                if (typeof v !== 'number' || !Number.isInteger(v))
                    return mismatch(path, 'an integer', v);
                if (s.f === 'int32' && (v < INT32_MIN || v > INT32_MAX)) {
                    problems.push({ path, message: `${formatPath(path)}: ${v} does not fit in a 32-bit integer` });
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
                        message: `${formatPath(path)}: ${show(v)} is not a quantity (e.g. 100m, 0.5, 64Mi, 1Gi)`,
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

;// CONCATENATED MODULE: ./packages/manifests/src/schema/catalog.ts
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
    return (await __webpack_require__(8196)(`./${version}/index.json`))
        .default;
}
async function importGroupVersion(version, file) {
    const mod = await __webpack_require__(9576)(`./${version}/${file}.json`);
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
        throw new src/* UserError */.yo(`Input '${input}': Kubernetes ${value} has no bundled schema. Expected one of ${SCHEMA_VERSIONS.join(', ')}.`, {
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
            const close = kinds.filter((k) => k.toLowerCase() === kind.toLowerCase() || catalog_editDistance(k, kind) <= 2);
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
function catalog_editDistance(a, b) {
    const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = dp[0];
        dp[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = dp[j];
            dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return dp[b.length];
}

;// CONCATENATED MODULE: ./packages/manifests/src/schema/index.ts






/**
 * Validates every object: its schema (strict, as `kubectl apply --validate=strict`) and the API server's
 * common semantic rules. Custom resources cannot be validated offline and come back as notices.
 */
async function validateManifests(manifests, catalog) {
    const errors = [];
    const notices = [];
    const lookups = await Promise.all(manifests.map((m) => catalog.lookup(refOf(m).apiVersion, refOf(m).kind)));
    manifests.forEach((m, i) => {
        const lookup = lookups[i];
        const label = describe(m);
        if (lookup.status === 'custom') {
            notices.push({
                message: `${label} (${refOf(m).apiVersion}) is a custom resource: not validated offline`,
                location: locate(m),
            });
        }
        else if (lookup.status === 'unknown') {
            errors.push(new src/* UserError */.yo(`${label}: ${lookup.message} (${where(m)})`, {
                hint: lookup.hint,
                location: locate(m, ['apiVersion']),
            }));
            return;
        }
        else {
            for (const p of validateAgainst(m.object, lookup.kind.root, lookup.kind.definitions)) {
                errors.push(new src/* UserError */.yo(`${label}: ${p.message} (${where(m, p.path)})`, {
                    location: locate(m, p.path),
                    hint: `Checked against the Kubernetes ${catalog.version} API schema with unknown fields rejected, as kubectl apply --validate=strict does.`,
                }));
            }
        }
        for (const p of semanticChecks(m)) {
            errors.push(new src/* UserError */.yo(`${label}: ${p.message} (${where(m, p.path)})`, {
                location: locate(m, p.path),
                hint: p.hint,
            }));
        }
    });
    return { errors, notices };
}

;// CONCATENATED MODULE: ./packages/manifests/src/options.ts
/*
 * Action inputs → a RenderRequest. Every input problem is an InputError naming the input, raised before
 * anything is run or written.
 */






const SOURCES = ['builtin', 'files', 'kustomize', 'helm'];
const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'];
const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const options_QUANTITY = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+|Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/;
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
        throw new src/* InputError */.dz(input, `'${entry}' is not host:port`, 'host:port entries such as postgres:5432 or redis.cache.svc:6379');
    }
    return { host: m[1].toLowerCase(), port: (0,src/* parsePort */.pz)(input, m[2]) };
}
function toleration(input, line) {
    // kubectl taint syntax: key[=value]:Effect, or key[=value] for any effect.
    const m = /^([^=:]+)(?:=([^:]*))?(?::(.+))?$/.exec(line);
    const effect = m?.[3];
    if (!m ||
        !LABEL_KEY.test(m[1]) ||
        (effect !== undefined && !EFFECTS.includes(effect))) {
        throw new src/* InputError */.dz(input, `'${line}' is not a toleration`, `key[=value][:Effect] with Effect one of ${EFFECTS.join(', ')}, e.g. arch=arm64:NoSchedule`);
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
        throw new src/* InputError */.dz(name, `'${v}' is not an HTTP path`, "a path starting with / (e.g. /healthz), or 'off'");
    return v;
}
function builtinOptions(inputs, version) {
    const name = inputs.string('name', { required: true });
    const problem = checkDnsLabel(name);
    if (problem || !/^[a-z]/.test(name)) {
        throw new src/* InputError */.dz('name', `'${name}' ${problem ?? 'must start with a letter'}`, 'a DNS-1035 label (lower-case letters, digits and -, starting with a letter, at most 63 characters)');
    }
    const image = inputs.string('image', { required: true });
    const port = inputs.port('port', 8080);
    const serviceType = inputs.enum('service-type', SERVICE_TYPES, 'ClusterIP');
    const nodePort = inputs.integer('node-port', { min: 30000, max: 32767 });
    if (nodePort !== undefined && serviceType === 'ClusterIP') {
        throw new src/* InputError */.dz('node-port', `is set but service-type is ClusterIP`, 'service-type NodePort or LoadBalancer when node-port is set');
    }
    const config = inputs.keyValues('config', {
        keyPattern: ENV_NAME,
        keyForm: 'an environment variable name ([A-Za-z_][A-Za-z0-9_]*)',
    });
    if (config.has('PORT'))
        throw new src/* InputError */.dz('config', "sets PORT, which comes from the 'port' input", "the port in 'port' only");
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
        if (!options_QUANTITY.test(v))
            throw new src/* InputError */.dz('resources', `${k}=${v} is not a quantity`, "quantities such as 100m, 0.5, 64Mi, 1Gi, or 'none'");
        const [kind, res] = k.split('.');
        resources[kind][res] = v;
    }
    const replicas = inputs.integer('replicas', { min: 0, max: 10000, fallback: 2 });
    const maxReplicas = inputs.integer('max-replicas', { min: 1, max: 10000 });
    if (maxReplicas !== undefined && maxReplicas < Math.max(replicas, 1)) {
        throw new src/* InputError */.dz('max-replicas', `${maxReplicas} is below replicas (${replicas})`, 'a maximum at least as large as replicas, the HPA minimum');
    }
    const minAvailableText = inputs.string('min-available');
    let minAvailable;
    if (minAvailableText) {
        if (/^\d{1,3}%$/.test(minAvailableText) && Number(minAvailableText.slice(0, -1)) <= 100)
            minAvailable = minAvailableText;
        else if (/^\d+$/.test(minAvailableText))
            minAvailable = Number(minAvailableText);
        else
            throw new src/* InputError */.dz('min-available', `'${minAvailableText}' is not a count or percentage`, 'a number of pods (1) or a percentage (50%)');
    }
    const waitTimeout = inputs.duration('wait-timeout', 60_000);
    if (waitTimeout < 1000)
        throw new src/* InputError */.dz('wait-timeout', 'is shorter than a second', 'a duration such as 60s or 5m');
    const waitImage = inputs.string('wait-image') || 'busybox:1.36';
    const progress = inputs.duration('progress-deadline', 120_000);
    if (progress < 10_000)
        throw new src/* InputError */.dz('progress-deadline', 'is shorter than 10s', 'a duration such as 120s or 5m');
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
        const s = await source_describeSource(a.workspace, { env: a.env });
        return { version: version || s.version, commit: commit || s.commit };
    }
    commit ||= a.env.GITHUB_SHA ?? '';
    if (!version) {
        const ref = a.env.GITHUB_REF ?? '';
        const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : '';
        version =
            (tag && versionFromTag(tag)) ||
                deriveVersion({ tagsOnHead: [], commit: commit || '0000000', dirty: false }).version;
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
                throw new src/* InputError */.dz(n, `is set but source is '${source}'`, `'${n}' only with source: ${s}`, `Set source: ${s}, or remove ${n}.`);
        }
    }
    if (source !== 'builtin') {
        for (const n of BUILTIN_ONLY) {
            if (inputs.string(n)) {
                throw new src/* InputError */.dz(n, `is set but source is '${source}'`, `'${n}' only with source: builtin`, n === 'image'
                    ? "Pin images in the rendered set with the 'images' input (repository=image@sha256:…)."
                    : undefined);
            }
        }
    }
    const catalog = new SchemaCatalog(SchemaCatalog.parseVersion('kubernetes-version', inputs.string('kubernetes-version') || DEFAULT_SCHEMA_VERSION));
    const namespace = inputs.optional('namespace');
    if (namespace) {
        const p = checkDnsLabel(namespace);
        if (p)
            throw new src/* InputError */.dz('namespace', `'${namespace}' ${p}`, 'a namespace name (DNS-1123 label)');
    }
    const images = parseImagePins('images', inputs.lines('images'));
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
        ...(annotate ? { 'goship.dev/version': version, 'goship.dev/commit': commit } : {}),
        ...Object.fromEntries(extra),
    };
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt, } = a.env;
    if (annotate && server && repo && run) {
        // On the workload, not the pod template: re-running the same commit must not restart every pod.
        request.workloadAnnotations = {
            'goship.dev/run': `${server}/${repo}/actions/runs/${run}${attempt ? `/attempts/${attempt}` : ''}`,
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
                throw new src/* InputError */.dz('files', 'is empty', 'manifest files, directories or globs, one per line (source: files)');
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
            if (checkDnsLabel(release) || release.length > 53) {
                throw new src/* InputError */.dz('name', `release name '${release}' is not valid`, 'a DNS-1123 label of at most 53 characters (helm release name)');
            }
            const set = inputs.lines('helm-set');
            for (const s of set) {
                if (s.indexOf('=') <= 0)
                    throw new src/* InputError */.dz('helm-set', `'${s}' is not key=value`, 'key=value per line, as helm --set takes it (a.b=c)');
            }
            request.helm = { chart, release, valuesFiles: inputs.list('helm-values'), set };
            request.appName = release;
            break;
        }
    }
    return { request, outputDir, version, commit };
}

;// CONCATENATED MODULE: ./packages/manifests/src/ports/analysis.ts
/* Shared pieces of the port analysis: the report types, the recorder of uses and problems, lookups. */


const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;
class Analysis {
    uses = [];
    errors = [];
    problems = [];
    use(m, path, role, value, extra = {}) {
        const loc = locate(m, path);
        const u = {
            object: describe(m),
            role,
            field: formatPath(path),
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
            const loc = locate(s.manifest, s.path);
            const key = `${loc?.file}:${loc?.line}`;
            if (seen.has(key) && sides.length > 1)
                continue;
            seen.add(key);
            const side = sides.length > 1
                ? ` [this side: ${describe(s.manifest)} ${formatPath(s.path)} at ${where(s.manifest, s.path)}]`
                : '';
            this.errors.push(new src/* UserError */.yo(`${message}${side}`, { hint, location: loc }));
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
        const r = refOf(s);
        return r.name === name && r.namespace === ns;
    });
}
function servicePorts(svc) {
    const ports = get(svc.object, ['spec', 'ports']);
    if (!Array.isArray(ports))
        return [];
    return ports.flatMap((p, i) => {
        const n = isObject(p) ? portNumber(p.port, false) : undefined;
        return n === undefined ? [] : [{ port: n, path: ['spec', 'ports', i, 'port'] }];
    });
}

;// CONCATENATED MODULE: ./packages/manifests/src/wait-targets.ts
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
    if (tokens.length === 0 || !isObject(container))
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
            a.fail(`${describe(m)} container ${c.name}: ${name}=${JSON.stringify(value)}${via ? ` (${via})` : ''} is not a port number`, `${name} must be a whole number from 1 to 65535.`, sides, 'invalid');
        }
        out.set(name, { name, port, use: u, sides });
    };
    const cm = (name) => typeof name === 'string' ? configMaps.get(`${c.template.namespace}/${name}`) : undefined;
    const envFrom = Array.isArray(c.container.envFrom) ? c.container.envFrom : [];
    envFrom.forEach((ef, i) => {
        if (!isObject(ef) || !isObject(ef.configMapRef))
            return;
        const src = cm(ef.configMapRef.name);
        const data = src && isObject(src.object.data) ? src.object.data : undefined;
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
            ], `envFrom ConfigMap ${refOf(src).name}`);
        }
    });
    const env = Array.isArray(c.container.env) ? c.container.env : [];
    env.forEach((e, i) => {
        if (!isObject(e) || typeof e.name !== 'string' || !PORT_ENV.test(e.name))
            return;
        const path = [...c.path, 'env', i];
        if (e.value !== undefined) {
            fromValue(e.name, e.value, [{ manifest: m, path: [...path, 'value'] }], 'literal');
            return;
        }
        const ref = isObject(e.valueFrom) && isObject(e.valueFrom.configMapKeyRef)
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
        const data = isObject(src.object.data) ? src.object.data : {};
        if (!(key in data)) {
            if (ref.optional === true)
                return;
            const u = a.use(m, path, 'env', `${e.name} (ConfigMap ${refOf(src).name} key ${key})`, {
                container: c.name,
            });
            a.fail(`${describe(m)} container ${c.name}: ${e.name} comes from ConfigMap ${refOf(src).name} key '${key}', which the ConfigMap does not have (keys: ${Object.keys(data).join(', ') || 'none'})`, 'The pod would fail with CreateContainerConfigError: add the key to the ConfigMap or fix configMapKeyRef.key.', [
                { manifest: m, path: [...path, 'valueFrom', 'configMapKeyRef', 'key'], use: u },
                { manifest: src, path: ['data'] },
            ]);
            return;
        }
        fromValue(e.name, data[key], [
            { manifest: src, path: ['data', key] },
            { manifest: m, path },
        ], `ConfigMap ${refOf(src).name} key ${key}`);
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
        const ports = get(c.container, ['ports']);
        if (Array.isArray(ports)) {
            ports.forEach((p, i) => {
                if (!isObject(p))
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
                    a.fail(`${describe(c.template.manifest)} container ${c.name}: containerPort ${JSON.stringify(p.containerPort)} is not a valid port`, RANGE_HINT, [{ manifest: c.template.manifest, path, use }], 'invalid');
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
                        a.fail(`${describe(c.template.manifest)}: hostPort ${JSON.stringify(p.hostPort)} is not a valid port`, RANGE_HINT, [{ manifest: c.template.manifest, path: hpath, use: huse }], 'invalid');
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
                    a.fail(`${describe(m)} container ${c.name}: ${env.name}=${env.port} but its containerPort${named.name ? ` ${named.name}` : ''} is ${named.port}`, `The process listens on ${env.name}; make the env value (or the ConfigMap key feeding it) and containerPort the same port.`, [...env.sides, named.side]);
                }
                else
                    env.use.note = `${env.use.note ? `${env.use.note}; ` : ''}= containerPort${named.name ? ` ${named.name}` : ''}`;
                continue;
            }
            if (env.name === 'PORT' && ports.length > 0 && !ports.some((p) => p.port === env.port)) {
                a.fail(`${describe(m)} container ${c.name}: PORT=${env.port} is not one of its containerPorts (${ports.map((p) => p.port).join(', ')})`, 'Declare the port the process listens on as a containerPort, or fix PORT.', [...env.sides, ...ports.map((p) => p.side)]);
                continue;
            }
            const svc = prefix ? findService(services, prefix, c.template.namespace) : undefined;
            if (svc) {
                const svcPorts = servicePorts(svc);
                if (!svcPorts.some((p) => p.port === env.port)) {
                    a.fail(`${describe(m)} container ${c.name}: ${env.name}=${env.port} but Service ${refOf(svc).name} listens on ${svcPorts.map((p) => p.port).join(', ')}`, `Point ${env.name} at a port the Service exposes.`, [...env.sides, ...svcPorts.map((p) => ({ manifest: svc, path: p.path }))]);
                }
                else
                    env.use.note = `= Service ${refOf(svc).name} port`;
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
                a.fail(`${describe(m)} container ${c.name}: PORT=${listen.port} but the binary was built with port ${exp} (expected-port)`, 'Build and deploy with the same port: the same value for -X main.port, the ConfigMap/env PORT and containerPort.', [listen.side, expSide]);
            }
            else if (main && main.port !== exp) {
                a.fail(`${describe(m)} container ${c.name}: containerPort${main.name ? ` ${main.name}` : ''} is ${main.port} but the binary was built with port ${exp} (expected-port)`, 'Build and deploy with the same port: the same value for -X main.port, the ConfigMap/env PORT and containerPort.', [main.side, expSide]);
            }
            else if (!main && !listen)
                u.status = 'unchecked';
            if (!listen)
                listen = { port: exp, side: expSide };
        }
        for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
            for (const handler of ['httpGet', 'tcpSocket', 'grpc']) {
                const path = [...c.path, probe, handler, 'port'];
                const v = get(m.object, path);
                if (v === undefined || v === null)
                    continue;
                if (typeof v !== 'number' && typeof v !== 'string')
                    continue;
                const u = a.use(m, path, 'probe', v, { container: c.name, note: `${probe} ${handler}` });
                if (typeof v === 'string' && !/^\d+$/.test(v)) {
                    const hit = ports.find((p) => p.name === v);
                    if (!hit) {
                        a.fail(`${describe(m)} container ${c.name}: ${probe} port '${v}' names no port of this container${ports.length ? ` (it declares ${ports.map((p) => p.name ?? p.port).join(', ')})` : ''}`, 'Probe a named port the container declares (ports[].name), or use the number.', [{ manifest: m, path, use: u }, ...ports.map((p) => p.side)]);
                    }
                    else
                        u.port = hit.port;
                    continue;
                }
                const n = portNumber(v, false);
                if (n === undefined) {
                    a.fail(`${describe(m)} container ${c.name}: ${probe} port ${JSON.stringify(v)} is not a valid port`, RANGE_HINT, [{ manifest: m, path, use: u }], 'invalid');
                    continue;
                }
                u.port = n;
                const against = ports.length > 0 ? ports.map((p) => p.port) : listen ? [listen.port] : [];
                if (against.length > 0 && !against.includes(n)) {
                    a.fail(`${describe(m)} container ${c.name}: ${probe} checks port ${n} but the container ${ports.length ? `declares ${against.join(', ')}` : `listens on ${listen.port}`}`, 'Probe the port the process listens on; a named port (port: http) keeps them together.', [{ manifest: m, path, use: u }, ...(ports.length ? ports.map((p) => p.side) : [listen.side])]);
                }
                else if (against.length === 0)
                    u.status = 'unchecked';
            }
        }
        if (c.init) {
            for (const target of findWaitTargets(c.container)) {
                const path = [...c.path, ...target.path];
                const u = a.use(m, path, 'wait-for', `${target.host}:${target.port}`, {
                    container: c.name,
                    port: target.port,
                });
                if (target.port < 1 || target.port > 65535) {
                    a.fail(`${describe(m)} init container ${c.name} waits for ${target.host}:${target.port}, which is not a valid port`, RANGE_HINT, [{ manifest: m, path, use: u }], 'invalid');
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
                    a.fail(`${describe(m)} init container ${c.name} waits for ${target.host}:${target.port} but Service ${refOf(svc).name} listens on ${svcPorts.map((p) => p.port).join(', ') || 'no port'}`, 'Wait for a port the Service exposes (its spec.ports[].port, not the targetPort).', [{ manifest: m, path, use: u }, ...svcPorts.map((p) => ({ manifest: svc, path: p.path }))]);
                }
                else
                    u.note = `= Service ${refOf(svc).name} port`;
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
        const spec = isObject(svc.object.spec) ? svc.object.spec : {};
        const type = typeof spec.type === 'string' ? spec.type : 'ClusterIP';
        if (type === 'ExternalName')
            continue;
        const ns = refOf(svc).namespace;
        const selector = isObject(spec.selector) ? spec.selector : undefined;
        const selected = selector
            ? templates.filter((t) => t.namespace === ns && selectorMatches(selector, t.labels))
            : [];
        if (selector && selected.length === 0) {
            const candidates = templates
                .filter((t) => t.namespace === ns)
                .map((t) => `${describe(t.manifest)} has ${JSON.stringify(t.labels)}`);
            a.fail(`Service ${refOf(svc).name} selects no pods: its selector ${JSON.stringify(selector)} matches no pod template in the rendered set`, candidates.length
                ? `Make the selector a subset of the pod template labels (${candidates.join('; ')}).`
                : 'Render the workload together with its Service, or fix the selector.', [{ manifest: svc, path: ['spec', 'selector'] }]);
        }
        const ports = Array.isArray(spec.ports) ? spec.ports : [];
        ports.forEach((p, i) => {
            if (!isObject(p))
                return;
            const base = ['spec', 'ports', i];
            const port = portNumber(p.port, false);
            const puse = a.use(svc, [...base, 'port'], 'service.port', p.port ?? '', {
                port,
                note: `${type} port`,
            });
            if (port === undefined) {
                a.fail(`Service ${refOf(svc).name}: port ${JSON.stringify(p.port)} is not a valid port`, RANGE_HINT, [{ manifest: svc, path: [...base, 'port'], use: puse }], 'invalid');
            }
            if (p.nodePort !== undefined) {
                const npath = [...base, 'nodePort'];
                const np = typeof p.nodePort === 'number' ? p.nodePort : undefined;
                const nuse = a.use(svc, npath, 'service.nodePort', p.nodePort, { port: np });
                if (type === 'ClusterIP') {
                    a.fail(`Service ${refOf(svc).name} is ClusterIP but sets nodePort ${p.nodePort}`, 'Set spec.type: NodePort (or LoadBalancer), or remove nodePort.', [{ manifest: svc, path: npath, use: nuse }], 'invalid');
                }
                else if (np === undefined || !Number.isInteger(np) || np < NODE_PORT_MIN || np > NODE_PORT_MAX) {
                    a.fail(`Service ${refOf(svc).name}: nodePort ${JSON.stringify(p.nodePort)} is outside the node port range ${NODE_PORT_MIN}-${NODE_PORT_MAX}`, `Pick a nodePort from ${NODE_PORT_MIN} to ${NODE_PORT_MAX} (the API server's default --service-node-port-range), or leave it out to get one assigned.`, [{ manifest: svc, path: npath, use: nuse }], 'invalid');
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
                a.fail(`Service ${refOf(svc).name}: targetPort ${target} is not a valid port`, RANGE_HINT, [{ manifest: svc, path: tpath, use: tuse }], 'invalid');
                return;
            }
            const resolved = [];
            for (const t of selected) {
                const appContainers = containersOf(t, 'app');
                const all = appContainers.flatMap((c) => (declared.get(c.container) ?? []).map((d) => ({ c, d })));
                if (typeof target === 'string') {
                    const hit = all.find(({ d }) => d.name === target);
                    if (!hit) {
                        a.fail(`Service ${refOf(svc).name} targetPort '${target}' names no port of ${describe(t.manifest)}` +
                            (all.length
                                ? ` (it declares ${all.map(({ d }) => (d.name ? `${d.name}=${d.port}` : String(d.port))).join(', ')})`
                                : ' (it declares no ports)'), 'Name the container port (ports[].name) as the Service targetPort says, or change targetPort.', [{ manifest: svc, path: tpath, use: tuse }, ...all.map(({ d }) => d.side)]);
                        continue;
                    }
                    tuse.port = hit.d.port;
                    resolved.push(`${describe(t.manifest)} ${hit.c.name}:${hit.d.port}`);
                }
                else {
                    const hit = all.find(({ d }) => d.port === target);
                    if (!hit && all.length > 0) {
                        a.fail(`Service ${refOf(svc).name} targetPort ${target} matches no containerPort of ${describe(t.manifest)} (it declares ${all.map(({ d }) => d.port).join(', ')})`, 'Make targetPort and containerPort the same number, or use a named targetPort (targetPort: http).', [{ manifest: svc, path: tpath, use: tuse }, ...all.map(({ d }) => d.side)]);
                        continue;
                    }
                    tuse.port = target;
                    resolved.push(hit
                        ? `${describe(t.manifest)} ${hit.c.name}:${target}`
                        : `${describe(t.manifest)} (declares no ports)`);
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
    const templates = manifests.map(podTemplateOf).filter((t) => t !== undefined);
    const services = manifests.filter((m) => m.object.kind === 'Service' && m.object.apiVersion === 'v1');
    const configMaps = new Map();
    for (const m of manifests) {
        if (m.object.kind === 'ConfigMap' && m.object.apiVersion === 'v1') {
            const r = refOf(m);
            configMaps.set(`${r.namespace}/${r.name}`, m);
        }
    }
    const ctx = { a, templates, services, configMaps, declared: new Map() };
    const containers = templates.flatMap((t) => containersOf(t));
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

;// CONCATENATED MODULE: ./packages/manifests/src/set.ts
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
        const r = refOf(m);
        if (r.namespace)
            continue;
        const scoped = await isNamespaced(r.apiVersion, r.kind);
        if (scoped === undefined) {
            unknown.push(describe(m));
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
        const r = refOf(m);
        const key = `${groupOf(r.apiVersion)}|${r.kind}|${r.namespace}|${r.name}`;
        const first = seen.get(key);
        if (!first) {
            seen.set(key, m);
            continue;
        }
        const message = `Duplicate object ${describe(m)}: defined at ${where(first)} and at ${where(m)}`;
        const hint = 'Each kind/namespace/name may appear once; remove one or rename it.';
        errors.push(new src/* UserError */.yo(message, { hint, location: locate(first) }), new src/* UserError */.yo(message, { hint, location: locate(m) }));
    }
    return errors;
}
/**
 * Helm's install order (pkg/release/util/kind_sorter.go): namespaces and config before the workloads that
 * use them, Services before Deployments; kinds not listed go last, alphabetically. One change: the
 * PodDisruptionBudget goes with the other workload companions (HPA) after the Deployment, so the set
 * reads Namespace, ConfigMap/Secret, Service, Deployment, then the rest.
 */
const KIND_ORDER = [
    'PriorityClass',
    'Namespace',
    'NetworkPolicy',
    'ResourceQuota',
    'LimitRange',
    'ServiceAccount',
    'Secret',
    'ConfigMap',
    'StorageClass',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'CustomResourceDefinition',
    'ClusterRole',
    'ClusterRoleBinding',
    'Role',
    'RoleBinding',
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
    'PodDisruptionBudget',
    'IngressClass',
    'Ingress',
    'APIService',
];
const rank = new Map(KIND_ORDER.map((k, i) => [k, i]));
function sortManifests(manifests) {
    const key = (m) => {
        const r = refOf(m);
        return { rank: rank.get(r.kind) ?? KIND_ORDER.length, ...r };
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
    return orderKeys(object, TOP_KEYS, (k, v) => k === 'metadata' && isObject(v) ? orderKeys(v, META_KEYS, deep) : deep(k, v));
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
    if (!isObject(v))
        return v;
    if (SORTED_MAPS.has(key) && Object.values(v).every((x) => !isObject(x) && !Array.isArray(x))) {
        return Object.fromEntries(Object.entries(v).sort(([a], [b]) => cmp(a, b)));
    }
    const out = {};
    for (const [k, x] of Object.entries(v))
        out[k] = deep(k, x);
    return out;
}

;// CONCATENATED MODULE: ./packages/manifests/src/tools.ts
/*
 * The kustomize and helm sources: run the user's tool (argument arrays, never a shell) and hand back its
 * output stream with enough context to point errors at the kustomization or the chart template.
 */




function findOnPath(name, path = process.env.PATH ?? '') {
    for (const dir of path.split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,external_node_path_.join)(dir, name);
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            if ((0,external_node_fs_.statSync)(candidate).isFile())
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
    const abs = (0,external_node_path_.resolve)(workspace, dir);
    if (!(0,external_node_fs_.existsSync)(abs) || !(0,external_node_fs_.statSync)(abs).isDirectory()) {
        throw new src/* InputError */.dz(input, `'${dir}' is not a directory`, 'the directory holding kustomization.yaml, relative to the workspace');
    }
    const kfile = KUSTOMIZATION_FILES.map((f) => (0,external_node_path_.join)(abs, f)).find((f) => (0,external_node_fs_.existsSync)(f));
    if (!kfile) {
        throw new src/* InputError */.dz(input, `'${dir}' has no kustomization.yaml`, 'a directory with a kustomization.yaml (or .yml, or Kustomization)');
    }
    const kustomize = findOnPath('kustomize');
    const kubectl = kustomize ? undefined : findOnPath('kubectl');
    if (!kustomize && !kubectl) {
        throw new src/* UserError */.yo("Neither 'kustomize' nor 'kubectl' is on PATH", {
            hint: 'Install kubectl (it includes kustomize: azure/setup-kubectl) or kustomize (go install sigs.k8s.io/kustomize/kustomize/v5@latest) in an earlier step.',
        });
    }
    const [file, args] = kustomize ? [kustomize, ['build', abs]] : [kubectl, ['kustomize', abs]];
    const command = `${(0,external_node_path_.basename)(file)} ${args[0]} ${displayPath(workspace, abs)}`;
    const display = displayPath(workspace, kfile);
    try {
        const { stdout } = await (0,src/* exec */.m0)(file, args, { cwd: workspace, signal });
        return { text: stdout, command, file: display };
    }
    catch (e) {
        if (e instanceof src/* ExecError */.cI) {
            throw new src/* UserError */.yo(`${command} failed (exit code ${e.result.code}):\n${(e.result.stderr || e.result.stdout).trim()}`, {
                location: { file: display },
                hint: 'Fix the kustomization; run the same command locally to reproduce.',
            });
        }
        throw e;
    }
}
const HELM_INSTALL_HINT = 'Install helm in an earlier step (e.g. `uses: azure/setup-helm@v4`), or build it with Go: ' +
    '`GOBIN=$HOME/.local/bin go install helm.sh/helm/v3/cmd/helm@v3.22.0` and add that directory to PATH.';
async function runHelm(o) {
    const chart = (0,external_node_path_.resolve)(o.workspace, o.chart);
    if (!(0,external_node_fs_.existsSync)(chart)) {
        throw new src/* InputError */.dz('helm-chart', `'${o.chart}' does not exist`, 'a local chart directory (with Chart.yaml) or a packaged chart .tgz, relative to the workspace');
    }
    const isDir = (0,external_node_fs_.statSync)(chart).isDirectory();
    if (isDir && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(chart, 'Chart.yaml'))) {
        throw new src/* InputError */.dz('helm-chart', `'${o.chart}' has no Chart.yaml`, 'a chart directory (with Chart.yaml) or a packaged chart .tgz');
    }
    const values = o.valuesFiles.map((v) => {
        const p = (0,external_node_path_.resolve)(o.workspace, v);
        if (!(0,external_node_fs_.existsSync)(p))
            throw new src/* InputError */.dz('helm-values', `'${v}' does not exist`, 'values files relative to the workspace');
        return p;
    });
    const helm = findOnPath('helm');
    if (!helm)
        throw new src/* UserError */.yo("source 'helm' needs the helm CLI, which is not on PATH", {
            hint: HELM_INSTALL_HINT,
        });
    const args = ['template', o.release, chart];
    if (o.namespace)
        args.push('--namespace', o.namespace);
    for (const v of values)
        args.push('--values', v);
    for (const s of o.set)
        args.push('--set', s);
    const display = displayPath(o.workspace, isDir ? (0,external_node_path_.join)(chart, 'Chart.yaml') : chart);
    const command = `helm template ${o.release} ${displayPath(o.workspace, chart)}`;
    try {
        const { stdout } = await (0,src/* exec */.m0)(helm, args, { cwd: o.workspace, signal: o.signal });
        return { text: stdout, command, file: display };
    }
    catch (e) {
        if (e instanceof src/* ExecError */.cI) {
            throw new src/* UserError */.yo(`${command} failed (exit code ${e.result.code}):\n${(e.result.stderr || e.result.stdout).trim()}`, {
                location: { file: display },
                hint: 'Fix the chart or the values; run the same helm template command locally to reproduce.',
            });
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
    const p = (0,external_node_path_.join)((0,external_node_path_.resolve)(workspace, chartDir), rel);
    return (0,external_node_fs_.existsSync)(p) ? displayPath(workspace, p) : undefined;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/manifests/src/substitute.ts
/*
 * Strict `${VAR}` substitution, applied to one parsed YAML scalar at a time (see yaml-io.ts):
 *  - every placeholder must resolve, from `vars` first and then the workflow environment;
 *  - single pass: text that came from a variable is never scanned again, so a value containing `${X}`
 *    stays literally `${X}` (the replace-in-a-loop trap of the seed's §2.2);
 *  - `$${X}` is the escape for a literal `${X}` (a shell variable in a container command, for example);
 *  - placeholders are only substituted in values, never in keys;
 *  - a plain (unquoted) scalar is re-typed after substitution as YAML would type it (`port: ${PORT}` with
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
                // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder syntax itself
                hint: 'Move the placeholder into a value, or escape it as $${…} if the key really contains ${…}.',
            });
        }
        else if (close < 0 || !NAME.test(inner)) {
            errors.push({
                index: dollar,
                message: `malformed placeholder ${shown}: expected \${NAME} with NAME made of letters, digits and _`,
                // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder syntax itself
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
    return { value: opts.plain ? resolvePlainScalar(out) : out, changed: true, errors };
}
/**
 * The type YAML 1.2's core schema gives a plain scalar with this text (the schema our parser uses for
 * everything else in the file). Only scalar types: text never becomes a mapping or a list.
 */
function resolvePlainScalar(text) {
    if (/^(?:~|null|Null|NULL)?$/.test(text))
        return null;
    if (/^(?:true|True|TRUE)$/.test(text))
        return true;
    if (/^(?:false|False|FALSE)$/.test(text))
        return false;
    if (/^[-+]?[0-9]+$/.test(text))
        return Number.parseInt(text, 10);
    if (/^0o[0-7]+$/.test(text))
        return Number.parseInt(text.slice(2), 8);
    if (/^0x[0-9a-fA-F]+$/.test(text))
        return Number.parseInt(text.slice(2), 16);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text))
        return Number.parseFloat(text);
    if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text))
        return text.startsWith('-') ? -Infinity : Infinity;
    if (/^\.(?:nan|NaN|NAN)$/.test(text))
        return Number.NaN;
    return text;
}

;// CONCATENATED MODULE: ./packages/manifests/src/yaml-io.ts
/*
 * YAML in and out. Parsing goes through eemeli/yaml's Document API rather than js-yaml's `load` because
 * every node keeps its source range: errors, port disagreements and schema problems point at the file and
 * line of the field, and placeholders are substituted inside parsed scalars (never in the raw text), so a
 * substituted value can not add YAML structure.
 */




/**
 * Parses a multi-document YAML (or JSON) stream into Kubernetes objects. Empty documents are skipped,
 * `kind: List` is flattened into its items. Every problem in the stream is collected; one UserError
 * (with one related error per problem, each at its file:line) is thrown when there is any.
 */
function parseManifests(text, opts) {
    const lineCounter = new dist/* LineCounter */.HN();
    const parsed = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: true });
    const docs = Array.isArray(parsed) ? parsed : [];
    const problems = [];
    const out = [];
    const at = (offset) => {
        const p = lineCounter.linePos(offset);
        return { line: p.line, column: p.col };
    };
    const loc = (offset, file = opts.file) => opts.linesAreInFile && file === opts.file
        ? { file, line: at(offset).line, column: at(offset).column }
        : { file };
    docs.forEach((doc, index) => {
        const file = opts.sourceOf?.(doc) ?? opts.file;
        const docLabel = docs.length > 1 ? `document ${index + 1} of ${file}` : file;
        if (doc.errors.length > 0) {
            for (const e of doc.errors) {
                const pos = at(e.pos[0]);
                problems.push(new src/* UserError */.yo(`Invalid YAML in ${file}:${pos.line}:${pos.column}: ${e.message}`, {
                    location: opts.linesAreInFile ? { file, line: pos.line, column: pos.column } : { file },
                    hint: e.code === 'DUPLICATE_KEY'
                        ? 'Remove one of the two keys: kubectl rejects duplicate fields (strict field validation).'
                        : 'Fix the YAML syntax (indentation, a missing colon or quote).',
                }));
            }
            return;
        }
        if (doc.contents === null || ((0,dist/* isScalar */.jn)(doc.contents) && doc.contents.value === null))
            return; // empty
        const startOffset = doc.contents.range?.[0] ?? 0;
        if (opts.substitution) {
            problems.push(...substituteDocument(doc, opts.substitution, (o) => loc(o, file)));
        }
        const value = doc.toJS({ maxAliasCount: 1000 });
        if (!isObject(value)) {
            const what = Array.isArray(value) ? 'a list' : value === null ? 'empty' : `a ${typeof value}`;
            problems.push(new src/* UserError */.yo(`${docLabel} is ${what}, not a Kubernetes object`, {
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
                problems.push(new src/* UserError */.yo(problem.message, {
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
            : new src/* UserError */.yo(`${problems.length} problems in ${opts.file}:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`, {
                related: problems,
            });
    }
    return out;
}
function isList(v) {
    return (typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items) && v.apiVersion === 'v1');
}
function checkIdentity(item, label) {
    if (!isObject(item))
        return { message: `${label} is not a Kubernetes object`, hint: 'List items must be mappings.' };
    const missing = ['apiVersion', 'kind'].filter((k) => typeof item[k] !== 'string' || item[k] === '');
    const meta = item.metadata;
    if (!isObject(meta) || typeof meta.name !== 'string' || meta.name === '')
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
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
                if (key === null || typeof key === 'object')
                    continue;
                const keyPath = [...path, String(key)];
                const range = pair.key?.range;
                if (range)
                    positions.set(pathKey(keyPath), at(range[0]));
                walk(pair.value, keyPath);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            node.items.forEach((item, i) => {
                const range = item?.range;
                if (range)
                    positions.set(pathKey([...path, i]), at(range[0]));
                walk(item, [...path, i]);
            });
        }
        // Aliases keep the position of the alias itself (their fields resolve to the nearest recorded ancestor).
        else if ((0,dist/* isAlias */.Vj)(node))
            return;
    };
    const range = root.range;
    if (range)
        positions.set('', at(range[0]));
    walk(root, []);
    return positions;
}
function rebase(positions, prefix) {
    const p = pathKey(prefix);
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
    (0,dist/* visit */.YR)(doc, {
        Scalar(key, node) {
            if (typeof node.value !== 'string' || !node.value.includes('$'))
                return;
            const start = node.range?.[0] ?? 0;
            const block = node.type === dist/* Scalar */.X5.BLOCK_LITERAL || node.type === dist/* Scalar */.X5.BLOCK_FOLDED;
            const result = substituteScalar(node.value, sub, {
                isKey: key === 'key',
                plain: node.type === dist/* Scalar */.X5.PLAIN,
            });
            for (const e of result.errors) {
                const base = loc(start);
                // A block scalar's content starts on the line after its indicator.
                const line = base.line !== undefined && block ? base.line + 1 + countNewlines(node.value, e.index) : base.line;
                problems.push(new src/* UserError */.yo(`${base.file}${line !== undefined ? `:${line}` : ''}: ${e.message}`, {
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
 * Serializes one object: block style, no line folding (long strings stay on one line), strings that would
 * read back as another type are quoted, multi-line strings become block scalars.
 */
function toYaml(object) {
    return (0,dist/* stringify */.As)(object, {
        lineWidth: 0,
        minContentWidth: 0,
        aliasDuplicateObjects: false,
        indentSeq: true,
    });
}

;// CONCATENATED MODULE: ./packages/manifests/src/render.ts
/*
 * The render pipeline, the same for every source: load → namespace → duplicates → pin images →
 * annotate pod templates → validate (schema + API rules) → port integrity → deterministic order and
 * serialization. Everything happens in memory; nothing is written unless every check passed.
 */











/** A failed render: every problem as a related error, plus the port report when it got that far. */
class RenderError extends src/* UserError */.yo {
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
                manifests: builtinObjects(req.builtin).map((object) => ({ object, origin: { via: 'builtin' } })),
                producedBy: 'builtin templates',
            };
        case 'files': {
            const files = expandFiles('files', req.files ?? [], req.workspace);
            const substitution = { vars: req.vars ?? new Map(), env: req.env ?? {} };
            const all = [];
            const errors = [];
            for (const f of files) {
                try {
                    all.push(...parseManifests(readManifestFile(f), {
                        file: f.display,
                        via: 'files',
                        linesAreInFile: true,
                        substitution,
                    }));
                }
                catch (e) {
                    if (!(e instanceof src/* UserError */.yo))
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
            const out = await runKustomize('kustomize-dir', req.kustomizeDir ?? '', req.workspace, req.signal);
            return {
                manifests: parseManifests(out.text, { file: out.file, via: out.command, linesAreInFile: false }),
                producedBy: out.command,
            };
        }
        case 'helm': {
            const h = req.helm;
            const out = await runHelm({
                ...h,
                namespace: req.namespace,
                workspace: req.workspace,
                signal: req.signal,
            });
            return {
                manifests: parseManifests(out.text, {
                    file: out.file,
                    via: out.command,
                    linesAreInFile: false,
                    sourceOf: (doc) => helmSourceFile(doc.commentBefore ?? doc.contents?.commentBefore, h.chart, req.workspace),
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
        const t = podTemplateOf(m);
        if (!t)
            continue;
        if (Object.keys(pod).length) {
            const holder = t.path.length === 0 ? m.object : get(m.object, t.path);
            if (!isObject(holder))
                continue;
            if (!isObject(holder.metadata))
                holder.metadata = {};
            const meta = holder.metadata;
            meta.annotations = { ...(isObject(meta.annotations) ? meta.annotations : {}), ...pod };
        }
        // A bare Pod's metadata is its template: the run annotation would change it on every re-run.
        if (Object.keys(workload).length && t.path.length > 0) {
            const meta = m.object.metadata;
            meta.annotations = { ...(isObject(meta.annotations) ? meta.annotations : {}), ...workload };
        }
    }
}
function objectFileName(index, m, width) {
    const r = refOf(m);
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
    if (manifests.length === 0) {
        throw new src/* UserError */.yo(`The ${req.source} source produced no objects (${producedBy})`, {
            hint: 'Check that the files or templates contain Kubernetes objects.',
        });
    }
    const warnings = [];
    const notices = [];
    if (req.namespace) {
        const unknown = await fillNamespace(manifests, req.namespace, (v, k) => req.catalog.namespaced(v, k));
        for (const u of unknown)
            notices.push({ message: `${u}: scope unknown (custom resource), namespace not filled in` });
    }
    const errors = [...findDuplicates(manifests)];
    const scan = pinImages(manifests, req.images ?? []);
    errors.push(...scan.errors);
    for (const m of scan.mutable) {
        warnings.push({
            message: `${m.object} container ${m.container} uses ${m.image}, which is not pinned by digest: the tag can move between this check and the rollout`,
            location: m.file ? { file: m.file, line: m.line } : undefined,
        });
    }
    annotate(manifests, req.podAnnotations ?? {}, req.workloadAnnotations ?? {});
    const validation = await validateManifests(manifests, req.catalog);
    errors.push(...validation.errors);
    notices.push(...validation.notices);
    const pinnedContainers = new Set(scan.pinned.map((p) => `${p.object}|${p.container}`));
    const ports = analysePorts(manifests, {
        expectedPort: req.expectedPort,
        isBuiltContainer: (c) => {
            if (pinnedContainers.size > 0)
                return pinnedContainers.has(`${describe(c.template.manifest)}|${c.name}`);
            const first = containersOf(c.template, 'app')[0]?.container === c.container;
            if (req.appName)
                return refOf(c.template.manifest).name === req.appName && first;
            return first; // every workload's first container
        },
    });
    // A field the schema already rejected (containerPort: "80a") is not reported twice.
    const schemaSpots = new Set(validation.errors.map((e) => `${e.location?.file}:${e.location?.line}`));
    errors.push(...ports.errors.filter((e) => !e.location?.line || !schemaSpots.has(`${e.location.file}:${e.location.line}`)));
    if (errors.length > 0) {
        throw new RenderError(summary(errors, `in the rendered set (${producedBy})`), errors, ports.report);
    }
    const sorted = sortManifests(manifests);
    const width = String(sorted.length).length;
    const documents = [];
    const objects = sorted.map((m, i) => {
        m.object = canonical(m.object);
        documents.push(toYaml(m.object));
        const r = refOf(m);
        const loc = locate(m);
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

;// CONCATENATED MODULE: ./packages/manifests/src/summary.ts

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
        (0,src/* code */.aY)(u.field),
        String(u.value),
        u.port ?? '',
        u.file ? `${u.file}${u.line ? `:${u.line}` : ''}` : '',
        `${STATUS[u.status]}${u.note ? ` (${u.note})` : ''}`,
    ]);
    return (0,src/* table */.tp)(['Object', 'Container', 'Role', 'Field', 'Value', 'Port', 'Source', 'Check'], rows);
}
function summary_renderSummary(r, manifestsPath) {
    const parts = [
        (0,src/* heading */.R_)(`render-manifests: ${r.objects.length} object${r.objects.length === 1 ? '' : 's'} from ${r.producedBy}`),
        (0,src/* table */.tp)(['#', 'Kind', 'Namespace', 'Name', 'Source'], r.objects.map((o, i) => [i + 1, o.kind, o.namespace ?? '', o.name, o.source])),
        '',
        `Written to ${(0,src/* code */.aY)(manifestsPath)}. Validated against ${r.schema}.`,
        '',
        (0,src/* heading */.R_)(`Ports${r.ports.port !== undefined ? `: the application listens on ${r.ports.port}` : ''}`, 4),
        portsTable(r.ports),
    ];
    if (r.pinned.length) {
        parts.push('', (0,src/* heading */.R_)('Pinned images', 4), (0,src/* table */.tp)(['Object', 'Container', 'From', 'To'], r.pinned.map((p) => [p.object, p.container, (0,src/* code */.aY)(p.from), (0,src/* code */.aY)(p.to)])));
    }
    return `${parts.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/manifests/src/write.ts
/*
 * Writes a rendered set: one file with every object (`manifests.yaml`, for `kubectl apply -f`), one file
 * per object under objects/, and ports.json. The directory is built next to its destination and renamed
 * into place, so a reader never sees half a set, and a previous render's stale objects never linger.
 * A directory that is not one of ours is never emptied.
 */



const MARKER = '.goship-render';
function writeRendered(result, dir) {
    if ((0,external_node_fs_.existsSync)(dir)) {
        const entries = (0,external_node_fs_.readdirSync)(dir);
        if (entries.length > 0 && !entries.includes(MARKER)) {
            throw new src/* UserError */.yo(`Input 'output-dir': ${dir} already exists and holds files that render-manifests did not write`, {
                hint: 'Use an empty or new directory; a previous render-manifests output is replaced as a whole.',
            });
        }
    }
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

;// CONCATENATED MODULE: ./packages/manifests/src/index.ts
// Kubernetes manifests: builtin templates, strict ${VAR} substitution, kustomize/helm, image pinning,
// schema validation, the port integrity report, deterministic output.


















/***/ }),

/***/ 9576:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./1.33/admissionregistration.k8s.io__v1.json": [
		4679,
		4679
	],
	"./1.33/admissionregistration.k8s.io__v1alpha1.json": [
		8008,
		8008
	],
	"./1.33/admissionregistration.k8s.io__v1beta1.json": [
		2620,
		2620
	],
	"./1.33/apiextensions.k8s.io__v1.json": [
		7197,
		7197
	],
	"./1.33/apiregistration.k8s.io__v1.json": [
		176,
		176
	],
	"./1.33/apps__v1.json": [
		9551,
		9551
	],
	"./1.33/authentication.k8s.io__v1.json": [
		79,
		79
	],
	"./1.33/authorization.k8s.io__v1.json": [
		9256,
		9256
	],
	"./1.33/autoscaling__v1.json": [
		6711,
		6711
	],
	"./1.33/autoscaling__v2.json": [
		4518,
		4518
	],
	"./1.33/batch__v1.json": [
		5871,
		5871
	],
	"./1.33/certificates.k8s.io__v1.json": [
		9319,
		9319
	],
	"./1.33/certificates.k8s.io__v1alpha1.json": [
		9480,
		9480
	],
	"./1.33/certificates.k8s.io__v1beta1.json": [
		9420,
		9420
	],
	"./1.33/coordination.k8s.io__v1.json": [
		1266,
		1266
	],
	"./1.33/coordination.k8s.io__v1alpha2.json": [
		8916,
		8916
	],
	"./1.33/coordination.k8s.io__v1beta1.json": [
		8607,
		8607
	],
	"./1.33/core__v1.json": [
		6260,
		6260
	],
	"./1.33/discovery.k8s.io__v1.json": [
		4885,
		4885
	],
	"./1.33/events.k8s.io__v1.json": [
		5296,
		5296
	],
	"./1.33/flowcontrol.apiserver.k8s.io__v1.json": [
		4584,
		2203
	],
	"./1.33/index.json": [
		6840,
		6840
	],
	"./1.33/internal.apiserver.k8s.io__v1alpha1.json": [
		4864,
		4864
	],
	"./1.33/networking.k8s.io__v1.json": [
		5917,
		5917
	],
	"./1.33/networking.k8s.io__v1beta1.json": [
		7522,
		7522
	],
	"./1.33/node.k8s.io__v1.json": [
		2935,
		2935
	],
	"./1.33/policy__v1.json": [
		9105,
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
		321,
		321
	],
	"./1.33/scheduling.k8s.io__v1.json": [
		5529,
		5529
	],
	"./1.33/storage.k8s.io__v1.json": [
		3200,
		3200
	],
	"./1.33/storage.k8s.io__v1alpha1.json": [
		7871,
		7871
	],
	"./1.33/storage.k8s.io__v1beta1.json": [
		786,
		8405
	],
	"./1.33/storagemigration.k8s.io__v1alpha1.json": [
		8189,
		8189
	],
	"./1.34/admissionregistration.k8s.io__v1.json": [
		1952,
		1952
	],
	"./1.34/admissionregistration.k8s.io__v1alpha1.json": [
		9583,
		9583
	],
	"./1.34/admissionregistration.k8s.io__v1beta1.json": [
		7637,
		7637
	],
	"./1.34/apiextensions.k8s.io__v1.json": [
		8430,
		8430
	],
	"./1.34/apiregistration.k8s.io__v1.json": [
		3799,
		3799
	],
	"./1.34/apps__v1.json": [
		2892,
		2892
	],
	"./1.34/authentication.k8s.io__v1.json": [
		8302,
		8302
	],
	"./1.34/authorization.k8s.io__v1.json": [
		4231,
		4231
	],
	"./1.34/autoscaling__v1.json": [
		2146,
		2146
	],
	"./1.34/autoscaling__v2.json": [
		3475,
		3475
	],
	"./1.34/batch__v1.json": [
		7994,
		7994
	],
	"./1.34/certificates.k8s.io__v1.json": [
		5546,
		5546
	],
	"./1.34/certificates.k8s.io__v1alpha1.json": [
		3033,
		3033
	],
	"./1.34/certificates.k8s.io__v1beta1.json": [
		3383,
		3383
	],
	"./1.34/coordination.k8s.io__v1.json": [
		9135,
		9135
	],
	"./1.34/coordination.k8s.io__v1alpha2.json": [
		7661,
		7661
	],
	"./1.34/coordination.k8s.io__v1beta1.json": [
		3620,
		3620
	],
	"./1.34/core__v1.json": [
		9687,
		9687
	],
	"./1.34/discovery.k8s.io__v1.json": [
		6674,
		6674
	],
	"./1.34/events.k8s.io__v1.json": [
		6017,
		6017
	],
	"./1.34/flowcontrol.apiserver.k8s.io__v1.json": [
		9616,
		9616
	],
	"./1.34/index.json": [
		7113,
		7113
	],
	"./1.34/internal.apiserver.k8s.io__v1alpha1.json": [
		7482,
		5101
	],
	"./1.34/networking.k8s.io__v1.json": [
		52,
		52
	],
	"./1.34/networking.k8s.io__v1beta1.json": [
		5873,
		5873
	],
	"./1.34/node.k8s.io__v1.json": [
		5098,
		5098
	],
	"./1.34/policy__v1.json": [
		554,
		554
	],
	"./1.34/rbac.authorization.k8s.io__v1.json": [
		6439,
		6439
	],
	"./1.34/resource.k8s.io__v1.json": [
		1830,
		1830
	],
	"./1.34/resource.k8s.io__v1alpha3.json": [
		3923,
		3923
	],
	"./1.34/resource.k8s.io__v1beta1.json": [
		3131,
		3131
	],
	"./1.34/resource.k8s.io__v1beta2.json": [
		5290,
		5290
	],
	"./1.34/scheduling.k8s.io__v1.json": [
		9796,
		9796
	],
	"./1.34/storage.k8s.io__v1.json": [
		2771,
		2771
	],
	"./1.34/storage.k8s.io__v1alpha1.json": [
		1084,
		1084
	],
	"./1.34/storage.k8s.io__v1beta1.json": [
		1264,
		1264
	],
	"./1.34/storagemigration.k8s.io__v1alpha1.json": [
		1896,
		1896
	],
	"./1.35/admissionregistration.k8s.io__v1.json": [
		8341,
		8341
	],
	"./1.35/admissionregistration.k8s.io__v1alpha1.json": [
		398,
		398
	],
	"./1.35/admissionregistration.k8s.io__v1beta1.json": [
		2810,
		2810
	],
	"./1.35/apiextensions.k8s.io__v1.json": [
		4015,
		4015
	],
	"./1.35/apiregistration.k8s.io__v1.json": [
		510,
		510
	],
	"./1.35/apps__v1.json": [
		205,
		205
	],
	"./1.35/authentication.k8s.io__v1.json": [
		7961,
		7961
	],
	"./1.35/authorization.k8s.io__v1.json": [
		2244,
		7482
	],
	"./1.35/autoscaling__v1.json": [
		5393,
		5393
	],
	"./1.35/autoscaling__v2.json": [
		948,
		948
	],
	"./1.35/batch__v1.json": [
		4853,
		4853
	],
	"./1.35/certificates.k8s.io__v1.json": [
		6970,
		4589
	],
	"./1.35/certificates.k8s.io__v1alpha1.json": [
		9718,
		9718
	],
	"./1.35/certificates.k8s.io__v1beta1.json": [
		1250,
		1250
	],
	"./1.35/coordination.k8s.io__v1.json": [
		376,
		376
	],
	"./1.35/coordination.k8s.io__v1alpha2.json": [
		3654,
		3654
	],
	"./1.35/coordination.k8s.io__v1beta1.json": [
		3533,
		3533
	],
	"./1.35/core__v1.json": [
		802,
		802
	],
	"./1.35/discovery.k8s.io__v1.json": [
		3567,
		3567
	],
	"./1.35/events.k8s.io__v1.json": [
		3286,
		3286
	],
	"./1.35/flowcontrol.apiserver.k8s.io__v1.json": [
		2237,
		2237
	],
	"./1.35/index.json": [
		9190,
		9190
	],
	"./1.35/internal.apiserver.k8s.io__v1alpha1.json": [
		3514,
		3514
	],
	"./1.35/networking.k8s.io__v1.json": [
		8771,
		8771
	],
	"./1.35/networking.k8s.io__v1beta1.json": [
		4547,
		6928
	],
	"./1.35/node.k8s.io__v1.json": [
		2769,
		2769
	],
	"./1.35/policy__v1.json": [
		2555,
		2555
	],
	"./1.35/rbac.authorization.k8s.io__v1.json": [
		2132,
		2132
	],
	"./1.35/resource.k8s.io__v1.json": [
		4317,
		4317
	],
	"./1.35/resource.k8s.io__v1alpha3.json": [
		820,
		820
	],
	"./1.35/resource.k8s.io__v1beta1.json": [
		2434,
		2434
	],
	"./1.35/resource.k8s.io__v1beta2.json": [
		976,
		8595
	],
	"./1.35/scheduling.k8s.io__v1.json": [
		1915,
		1915
	],
	"./1.35/scheduling.k8s.io__v1alpha1.json": [
		5412,
		5412
	],
	"./1.35/storage.k8s.io__v1.json": [
		630,
		630
	],
	"./1.35/storage.k8s.io__v1beta1.json": [
		571,
		571
	],
	"./1.35/storagemigration.k8s.io__v1beta1.json": [
		6637,
		6637
	],
	"./1.36/admissionregistration.k8s.io__v1.json": [
		566,
		566
	],
	"./1.36/admissionregistration.k8s.io__v1alpha1.json": [
		9773,
		9773
	],
	"./1.36/admissionregistration.k8s.io__v1beta1.json": [
		8395,
		8395
	],
	"./1.36/apiextensions.k8s.io__v1.json": [
		4592,
		4592
	],
	"./1.36/apiregistration.k8s.io__v1.json": [
		7437,
		7437
	],
	"./1.36/apps__v1.json": [
		3586,
		3586
	],
	"./1.36/authentication.k8s.io__v1.json": [
		8184,
		8184
	],
	"./1.36/authorization.k8s.io__v1.json": [
		5593,
		5593
	],
	"./1.36/autoscaling__v1.json": [
		4436,
		4436
	],
	"./1.36/autoscaling__v2.json": [
		9825,
		9825
	],
	"./1.36/batch__v1.json": [
		3016,
		3016
	],
	"./1.36/certificates.k8s.io__v1.json": [
		4848,
		4848
	],
	"./1.36/certificates.k8s.io__v1alpha1.json": [
		3183,
		3183
	],
	"./1.36/certificates.k8s.io__v1beta1.json": [
		3861,
		3861
	],
	"./1.36/coordination.k8s.io__v1.json": [
		8037,
		8037
	],
	"./1.36/coordination.k8s.io__v1alpha2.json": [
		6559,
		6559
	],
	"./1.36/coordination.k8s.io__v1beta1.json": [
		7562,
		7562
	],
	"./1.36/core__v1.json": [
		3645,
		3645
	],
	"./1.36/discovery.k8s.io__v1.json": [
		60,
		60
	],
	"./1.36/events.k8s.io__v1.json": [
		3303,
		3303
	],
	"./1.36/flowcontrol.apiserver.k8s.io__v1.json": [
		8130,
		8130
	],
	"./1.36/index.json": [
		8263,
		8263
	],
	"./1.36/internal.apiserver.k8s.io__v1alpha1.json": [
		9119,
		9119
	],
	"./1.36/networking.k8s.io__v1.json": [
		6162,
		6162
	],
	"./1.36/networking.k8s.io__v1beta1.json": [
		4319,
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
		3029,
		3029
	],
	"./1.36/resource.k8s.io__v1.json": [
		9308,
		9308
	],
	"./1.36/resource.k8s.io__v1alpha3.json": [
		477,
		477
	],
	"./1.36/resource.k8s.io__v1beta1.json": [
		7385,
		7385
	],
	"./1.36/resource.k8s.io__v1beta2.json": [
		6460,
		6460
	],
	"./1.36/scheduling.k8s.io__v1.json": [
		7174,
		7174
	],
	"./1.36/scheduling.k8s.io__v1alpha2.json": [
		5424,
		5424
	],
	"./1.36/storage.k8s.io__v1.json": [
		9329,
		9329
	],
	"./1.36/storage.k8s.io__v1beta1.json": [
		5022,
		5022
	],
	"./1.36/storagemigration.k8s.io__v1beta1.json": [
		1534,
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
webpackAsyncContext.id = 9576;
module.exports = webpackAsyncContext;

/***/ }),

/***/ 8196:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./1.33/index.json": [
		6840,
		6840
	],
	"./1.34/index.json": [
		7113,
		7113
	],
	"./1.35/index.json": [
		9190,
		9190
	],
	"./1.36/index.json": [
		8263,
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
webpackAsyncContext.id = 8196;
module.exports = webpackAsyncContext;

/***/ })

};
