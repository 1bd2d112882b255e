export const id = 4391;
export const ids = [4391];
export const modules = {

/***/ 41939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ kindRank)
/* harmony export */ });
/* unused harmony export KIND_ORDER */
/*
 * The order in which Kubernetes kinds are written (render-manifests) and applied (k8s-rollout): Helm's
 * install order (helm.sh/helm/v3 pkg/releaseutil/kind_sorter.go, InstallOrder). What others depend on
 * comes first — priority classes, namespaces, policies, identities, config, storage, CRDs, RBAC,
 * services — then workloads, then what routes to them and the admission webhooks. Kinds not listed
 * (custom resources) go last, after their CustomResourceDefinitions.
 */
const KIND_ORDER = [
    'PriorityClass',
    'Namespace',
    'NetworkPolicy',
    'ResourceQuota',
    'LimitRange',
    'PodSecurityPolicy',
    'PodDisruptionBudget',
    'ServiceAccount',
    'Secret',
    'SecretList',
    'ConfigMap',
    'StorageClass',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'CustomResourceDefinition',
    'ClusterRole',
    'ClusterRoleList',
    'ClusterRoleBinding',
    'ClusterRoleBindingList',
    'Role',
    'RoleList',
    'RoleBinding',
    'RoleBindingList',
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
    'IngressClass',
    'Ingress',
    'APIService',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
];
const RANK = new Map(KIND_ORDER.map((kind, i) => [kind, i]));
/** Position of a kind in KIND_ORDER; every unlisted kind shares the last rank. */
function kindRank(kind) {
    return RANK.get(kind) ?? KIND_ORDER.length;
}


/***/ }),

/***/ 67721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ documentValue),
/* harmony export */   b8: () => (/* binding */ parseYamlStream),
/* harmony export */   fE: () => (/* binding */ toYaml),
/* harmony export */   n6: () => (/* binding */ isEmptyDocument),
/* harmony export */   s9: () => (/* binding */ documentProblems),
/* harmony export */   t2: () => (/* binding */ resolvePlainScalar)
/* harmony export */ });
/* unused harmony exports MAX_ALIAS_COUNT, KUBECTL_YAML, needsQuotes */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/*
 * The YAML dialect of the chain. render-manifests writes, k8s-rollout reads, and in between a user may
 * run `kubectl apply -f` on the same file. kubectl reads YAML through go-yaml v2 (sigs.k8s.io/yaml), a
 * YAML 1.1 reader: `yes`/`on`/`y` are booleans, `0644` is octal, `1_000` is 1000, `0o14`/`0X1F`/`0b101` are
 * integers (Go's strconv with base 0), while timestamps and sexagesimal numbers (`12:30`) stay strings.
 *
 * - Reading (`parseYamlStream`): the schema below reproduces go-yaml v2's scalar resolution, so an object
 *   means for us exactly what it means for kubectl. Duplicate keys are errors (kubectl's strict field
 *   validation rejects them), an alias bomb is "too many aliases" at its line, never a bare ReferenceError.
 * - Writing (`toYaml`): a string is quoted whenever YAML 1.2 (core), YAML 1.1 (the full schema, with
 *   sexagesimal numbers and timestamps) or go-yaml would read its plain form as anything but that same
 *   string. The output therefore reads back identically under all three.
 */

/** At most this many alias expansions (weighted by the aliases inside each anchor) per document. */
const MAX_ALIAS_COUNT = 1000;
/** go-yaml integers that YAML 1.1 does not have: Go's base prefixes in any case, with a sign. */
const goInt = {
    identify: (value) => typeof value === 'number' && Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?0(?:[xX][0-9a-fA-F_]+|[oO][0-7_]+|[bB][01_]+)$/,
    resolve(str) {
        const negative = str.startsWith('-');
        const digits = str.replace(/^[-+]/, '').replace(/_/g, '').toLowerCase();
        const n = Number(digits);
        return negative ? -n : n;
    },
};
/** go-yaml's float rule (yamlStyleFloat after removing `_`), replacing YAML 1.1's looser one (`.` is NaN). */
const goFloat = {
    identify: (value) => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9][0-9_]*|[0-9][0-9_]*\.[0-9_]*|[0-9][0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9][0-9_]*|\.[0-9][0-9_]*[eE][-+]?[0-9][0-9_]*)$/,
    resolve: (str) => Number.parseFloat(str.replace(/_/g, '')),
};
/**
 * The schema kubectl reads with: YAML 1.1 as go-yaml v2 implements it. go-yaml leaves timestamps and
 * sexagesimal numbers as strings (when decoding into interface{}, as sigs.k8s.io/yaml does), and its
 * floats need a digit (eemeli/yaml's YAML 1.1 reads `.` and `e5` as NaN).
 */
const kubectlTags = (tags) => [
    ...tags.filter((t) => {
        if (t.format === 'TIME' || t.tag === 'tag:yaml.org,2002:timestamp')
            return false;
        const nan = t.test !== undefined && /inf/.test(t.test.source);
        return !(t.tag === 'tag:yaml.org,2002:float' && !nan);
    }),
    goInt,
    goFloat,
];
const KUBECTL_YAML = {
    version: '1.1',
    schema: 'yaml-1.1',
    customTags: kubectlTags,
    merge: true,
    uniqueKeys: true,
};
/** Parses a multi-document stream in the kubectl dialect. Problems are read per document (`documentProblems`). */
function parseYamlStream(text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { ...KUBECTL_YAML, lineCounter, prettyErrors: false });
    const documents = Array.isArray(parsed) ? parsed : [];
    return {
        documents,
        position: (offset) => {
            const p = lineCounter.linePos(offset);
            return { line: p.line, column: p.col };
        },
    };
}
/** The syntax errors and duplicate keys of one document, each at its line. */
function documentProblems(doc, stream) {
    return doc.errors.map((e) => {
        const { line, column } = stream.position(e.pos[0]);
        const duplicate = e.code === 'DUPLICATE_KEY';
        return {
            message: duplicate
                ? `duplicate key ${JSON.stringify(keyAt(doc, e.pos[0]) ?? '?')}`
                : e.message.split('\n')[0],
            line,
            column,
            kind: duplicate ? 'duplicate-key' : 'syntax',
        };
    });
}
/** True for an empty document (a trailing `---`, only comments). */
function isEmptyDocument(doc) {
    return doc.contents === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(doc.contents) && doc.contents.value === null);
}
/**
 * The plain value of a document (maps, lists, strings, numbers, booleans, null). An alias bomb is a
 * problem at the line of the document's first alias instead of eemeli/yaml's bare ReferenceError.
 */
function documentValue(doc, stream) {
    try {
        return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
    }
    catch (e) {
        if (!(e instanceof ReferenceError))
            throw e;
        let offset = doc.contents?.range?.[0] ?? 0;
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
            Alias(_, node) {
                offset = node.range?.[0] ?? offset;
                return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
            },
        });
        const { line, column } = stream.position(offset);
        const excessive = /excessive alias count/i.test(e.message);
        return {
            problem: {
                message: excessive
                    ? `too many aliases: expanding them exceeds ${MAX_ALIAS_COUNT} nodes (an alias bomb?)`
                    : e.message,
                line,
                column,
                kind: excessive ? 'too-many-aliases' : 'syntax',
            },
        };
    }
}
function keyAt(doc, offset) {
    let found;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Pair(_, pair) {
            const key = pair.key;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && key.range?.[0] === offset) {
                found = String(key.value);
                return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
            }
        },
    });
    return found;
}
/** The scalar tags of the kubectl reading, in resolution order (the merge key only matters as a key). */
const KUBECTL_SCALARS = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(null, KUBECTL_YAML).schema.tags.filter((t) => t.default &&
    t.test instanceof RegExp &&
    t.tag !== 'tag:yaml.org,2002:str' &&
    t.tag !== 'tag:yaml.org,2002:merge');
/**
 * What kubectl makes of a plain (unquoted) scalar with this text: a boolean, number, null or the string
 * itself. Used where text is placed into a plain scalar after parsing (`port: ${PORT}`).
 */
function resolvePlainScalar(text) {
    for (const tag of KUBECTL_SCALARS) {
        if (!tag.test.test(text))
            continue;
        const value = tag.resolve(text, () => { }, { intAsBigInt: false });
        return ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) ? value.value : value);
    }
    return text;
}
/** Every resolver a reader of our output may use: YAML 1.2 core, full YAML 1.1, kubectl's go-yaml. */
const READERS = [
    new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(null, { schema: 'core' }),
    new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(null, { schema: 'yaml-1.1' }),
    new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(null, KUBECTL_YAML),
].flatMap((d) => d.schema.tags.filter((t) => t.default && t.test instanceof RegExp && t.tag !== 'tag:yaml.org,2002:str'));
/**
 * Whether a plain (unquoted) `value` would be read as something other than this string by YAML 1.2,
 * YAML 1.1 or go-yaml: then it must be quoted.
 */
function needsQuotes(value) {
    return READERS.some((t) => t.test.test(value));
}
/**
 * Serializes one object: block style, no line folding (long strings stay on one line), multi-line
 * strings as block scalars, and every string (value or key) that any reader could type differently
 * double-quoted.
 */
function toYaml(object) {
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(object, { aliasDuplicateObjects: false });
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Scalar(_, node) {
            if (typeof node.value === 'string' && needsQuotes(node.value))
                node.type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE;
        },
    });
    return doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true });
}


/***/ }),

/***/ 43595:
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

/***/ 7621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ builtinObjects),
/* harmony export */   w: () => (/* binding */ labelValue)
/* harmony export */ });
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77057);
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
function probe(check, timing) {
    if (check === 'tcp')
        return { tcpSocket: { port: _goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .PORT_NAME */ .m2 }, ...timing };
    return { httpGet: { path: check, port: _goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .PORT_NAME */ .m2 }, ...timing };
}
function builtinObjects(o) {
    const selector = { 'app.kubernetes.io/name': o.name, 'app.kubernetes.io/instance': o.name };
    const labels = {
        ...selector,
        'app.kubernetes.io/version': labelValue(o.version),
        'app.kubernetes.io/managed-by': 'goship',
    };
    const configName = `${o.name}-config`;
    const configData = { [o.portEnv ?? _goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .PORT_ENV */ .Cf]: String(o.port) };
    for (const [k, v] of o.config)
        configData[k] = v;
    // Pods read the ConfigMap only at start: render() hashes it into the pod template (config-hash.ts), as
    // it does for every source, so a changed ConfigMap rolls them.
    const pod = podSpec(o, appContainer(o, configName, configData), waitContainers(o));
    const objects = [
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: configName, labels }, data: configData },
        serviceObject(o, labels, selector),
        {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            metadata: { name: o.name, labels },
            spec: deploymentSpec(o, selector, labels, pod),
        },
    ];
    if (o.maxReplicas !== undefined)
        objects.push(hpaObject(o, o.maxReplicas, labels));
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
/** The service's container: env from the ConfigMap, the `http` port, its probes, restricted. */
function appContainer(o, configName, configData) {
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
        ...(o.args && o.args.length > 0 ? { args: [...o.args] } : {}),
        ports: [{ name: _goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .PORT_NAME */ .m2, containerPort: o.port, protocol: 'TCP' }],
        env,
        resources,
        securityContext: RESTRICTED_CONTAINER,
        volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
    };
    // Startup gates the other two, so a slow start is not killed by liveness (up to 60 s here). It is probed
    // every second: each new pod of a rollout waits for its first passing startup probe (the kubelet runs the
    // readiness probe at once after it), so the period is what a rolling update waits per pod, and it stops
    // once the container has started.
    if (o.probes.startup)
        container.startupProbe = probe(o.probes.startup, {
            periodSeconds: 1,
            timeoutSeconds: 2,
            failureThreshold: 60,
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
    return container;
}
/** One init container per dependency to wait for. */
function waitContainers(o) {
    const taken = new Set([o.name]);
    return o.waitFor.map(({ host, port }) => ({
        name: initContainerName(host, port, taken),
        image: o.waitImage,
        imagePullPolicy: 'IfNotPresent',
        command: ['sh', '-c', WAIT_SCRIPT, 'wait-for', `${host}:${port}`, String(o.waitTimeoutSeconds)],
        resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { memory: '32Mi' } },
        securityContext: RESTRICTED_CONTAINER,
    }));
}
function podSpec(o, container, initContainers) {
    const spec = {
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
        spec.nodeSelector = Object.fromEntries(o.nodeSelector);
    if (o.tolerations.length)
        spec.tolerations = o.tolerations.map((t) => ({ ...t }));
    if (initContainers.length)
        spec.initContainers = initContainers;
    spec.containers = [container];
    spec.volumes = [{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }];
    return spec;
}
function deploymentSpec(o, selector, labels, pod) {
    const spec = {};
    if (o.maxReplicas === undefined)
        spec.replicas = o.replicas; // else the HPA owns replicas
    Object.assign(spec, {
        revisionHistoryLimit: 5,
        // Fail fast: the default 600 s hides a broken rollout for ten minutes.
        progressDeadlineSeconds: o.progressDeadlineSeconds,
        selector: { matchLabels: selector },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: maxSurge(o), maxUnavailable: 0 } },
        template: {
            metadata: { labels },
            spec: pod,
        },
    });
    return spec;
}
/**
 * New pods a rolling update starts at once (never fewer ready than `replicas`: maxUnavailable is 0). A small
 * Deployment starts all its new pods together, so its rollout takes one pod start instead of one per
 * replica, at the cost of at most SMALL_SURGE extra pods; from 12 replicas on it is 25 %, Kubernetes'
 * default. With an HPA the replica count moves: 25 %.
 */
const SMALL_SURGE = 3;
function maxSurge(o) {
    if (o.maxReplicas !== undefined)
        return '25%';
    return Math.max(1, Math.ceil(o.replicas / 4), Math.min(o.replicas, SMALL_SURGE));
}
function serviceObject(o, labels, selector) {
    const servicePort = {
        name: _goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .PORT_NAME */ .m2,
        port: o.servicePort,
        targetPort: _goship_contract__WEBPACK_IMPORTED_MODULE_0__/* .PORT_NAME */ .m2,
        protocol: 'TCP',
    };
    if (o.nodePort !== undefined)
        servicePort.nodePort = o.nodePort;
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: o.name, labels },
        spec: { type: o.serviceType, selector, ports: [servicePort] },
    };
}
/** Scales the Deployment between `replicas` and maxReplicas on CPU. */
function hpaObject(o, maxReplicas, labels) {
    return {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: o.name, labels },
        spec: {
            scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: o.name },
            minReplicas: o.replicas,
            maxReplicas,
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
    };
}


/***/ }),

/***/ 5399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ annotateConfigHashes),
/* harmony export */   Ae: () => (/* binding */ contentHash),
/* harmony export */   R2: () => (/* binding */ configReferences),
/* harmony export */   _Y: () => (/* binding */ stableJson)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55838);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82527);
/* harmony import */ var _workloads_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46672);
/*
 * Config hashes: pods read their ConfigMaps and Secrets only when they start, so a changed ConfigMap rolls
 * nothing by itself. Every pod template that reads a ConfigMap or Secret of the rendered set gets
 * CONFIG_HASH_ANNOTATION, a hash of those objects' content: a change to one of them changes the template
 * (the controller rolls the pods), and an unchanged set leaves it byte for byte the same (no rollout).
 * The same for every source: the builtin templates, the user's files, kustomize and helm output.
 */




/** The fields a pod sees of each kind (metadata, labels and the like do not change what a pod reads). */
const CONTENT_FIELDS = {
    ConfigMap: ['data', 'binaryData'],
    Secret: ['data', 'stringData'],
};
/** JSON with every map's keys sorted: the same content always gives the same text, however written. */
function stableJson(v) {
    if (v === undefined)
        return 'null';
    if (Array.isArray(v))
        return `[${v.map(stableJson).join(',')}]`;
    if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v))
        return JSON.stringify(v);
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(v[k])}`).join(',')}}`;
}
/**
 * The short content hash annotations carry: sha256 over the stable JSON, 16 hex digits. One-way, so a
 * Secret's content hashed here never shows in the rendered set, a log or a summary.
 */
function contentHash(v) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(stableJson(v)).digest('hex').slice(0, 16);
}
const refKey = (kind, namespace, name) => `${kind}\u0000${namespace}\u0000${name}`;
/** Every ConfigMap and Secret a pod (spec) names: env, envFrom, volumes and projected volume sources. */
function configReferences(t) {
    const found = new Map();
    const add = (kind, name) => {
        if (typeof name === 'string' && name !== '')
            found.set(`${kind}\u0000${name}`, { kind, name });
    };
    for (const { container } of (0,_workloads_js__WEBPACK_IMPORTED_MODULE_2__/* .containersOf */ .Mz)(t)) {
        const env = container.env;
        for (const e of Array.isArray(env) ? env : []) {
            add('ConfigMap', (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(e, ['valueFrom', 'configMapKeyRef', 'name']));
            add('Secret', (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(e, ['valueFrom', 'secretKeyRef', 'name']));
        }
        const envFrom = container.envFrom;
        for (const e of Array.isArray(envFrom) ? envFrom : []) {
            add('ConfigMap', (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(e, ['configMapRef', 'name']));
            add('Secret', (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(e, ['secretRef', 'name']));
        }
    }
    const volumes = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(t.manifest.object, [...t.path, 'spec', 'volumes']);
    for (const v of Array.isArray(volumes) ? volumes : []) {
        add('ConfigMap', (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(v, ['configMap', 'name']));
        add('Secret', (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(v, ['secret', 'secretName']));
        const sources = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(v, ['projected', 'sources']);
        for (const s of Array.isArray(sources) ? sources : []) {
            add('ConfigMap', (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(s, ['configMap', 'name']));
            add('Secret', (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(s, ['secret', 'name']));
        }
    }
    return [...found.values()].sort((a, b) => (a.kind + a.name < b.kind + b.name ? -1 : 1));
}
/**
 * Sets CONFIG_HASH_ANNOTATION on every pod template that reads a ConfigMap or Secret of the set (same
 * namespace). References to objects outside the set are left alone: their content is not known here.
 * A template reading none of the set's objects is not touched. Bare Pods (no template: an annotation
 * change restarts nothing) and Jobs (an applied Job's template is immutable, so a changed hash would fail
 * the apply) are skipped.
 */
function annotateConfigHashes(manifests) {
    const content = new Map();
    for (const m of manifests) {
        const r = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .refOf */ .H8)(m);
        if (r.apiVersion !== 'v1' || (r.kind !== 'ConfigMap' && r.kind !== 'Secret'))
            continue;
        const fields = {};
        for (const f of CONTENT_FIELDS[r.kind])
            if (m.object[f] !== undefined)
                fields[f] = m.object[f];
        content.set(refKey(r.kind, r.namespace, r.name), fields);
    }
    if (content.size === 0)
        return;
    for (const m of manifests) {
        const t = (0,_workloads_js__WEBPACK_IMPORTED_MODULE_2__/* .podTemplateOf */ .D0)(m);
        if (!t || t.path.length === 0 || (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .refOf */ .H8)(m).kind === 'Job')
            continue;
        const pod = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(m.object, t.path);
        if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(pod))
            continue;
        const read = [];
        for (const { kind, name } of configReferences(t)) {
            const fields = content.get(refKey(kind, t.namespace, name));
            if (fields)
                read.push({ kind, name, ...fields });
        }
        if (read.length === 0)
            continue;
        if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(pod.metadata))
            pod.metadata = {};
        const meta = pod.metadata;
        meta.annotations = {
            ...((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(meta.annotations) ? meta.annotations : {}),
            [_goship_contract__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_HASH_ANNOTATION */ .wB]: contentHash(read),
        };
    }
}


/***/ }),

/***/ 36957:
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
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77817);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60884);
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

/***/ 84391:
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
  annotateConfigHashes: () => (/* reexport */ config_hash/* annotateConfigHashes */.$A),
  builtinObjects: () => (/* reexport */ builtin/* builtinObjects */.g),
  canonical: () => (/* reexport */ set/* canonical */.$N),
  checkDnsLabel: () => (/* reexport */ schema/* checkDnsLabel */._E),
  checkOutputDir: () => (/* reexport */ checkOutputDir),
  commentBody: () => (/* reexport */ preview/* commentBody */.I2),
  commentId: () => (/* reexport */ preview/* commentId */.Zr),
  compareSets: () => (/* reexport */ preview/* compareSets */.zD),
  compareWithBase: () => (/* reexport */ preview/* compareWithBase */.te),
  configMapsOf: () => (/* reexport */ workloads/* configMapsOf */.Tp),
  configReferences: () => (/* reexport */ config_hash/* configReferences */.R2),
  containersOf: () => (/* reexport */ workloads/* containersOf */.Mz),
  contentHash: () => (/* reexport */ config_hash/* contentHash */.Ae),
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
  imagePin: () => (/* reexport */ src_images/* imagePin */.Z4),
  isObject: () => (/* reexport */ model/* isObject */.Gv),
  isSecretField: () => (/* reexport */ secrets/* isSecretField */.n),
  isServerField: () => (/* reexport */ preview/* isServerField */.MA),
  labelValue: () => (/* reexport */ builtin/* labelValue */.w),
  locate: () => (/* reexport */ model/* locate */.x5),
  objectFileName: () => (/* reexport */ render/* objectFileName */.Jd),
  objectLabel: () => (/* reexport */ preview/* objectLabel */.uk),
  parseImagePins: () => (/* reexport */ src_images/* parseImagePins */.Ru),
  parseManifests: () => (/* reexport */ yaml_io/* parseManifests */.Y),
  pathKey: () => (/* reexport */ model/* pathKey */.Pn),
  pinImages: () => (/* reexport */ src_images/* pinImages */.Mc),
  podTemplateOf: () => (/* reexport */ workloads/* podTemplateOf */.D0),
  portsTable: () => (/* reexport */ summary/* portsTable */.b),
  pullRequestPreview: () => (/* reexport */ preview.pullRequestPreview),
  readCommentOptions: () => (/* reexport */ preview/* readCommentOptions */.eQ),
  readManifestFile: () => (/* reexport */ files/* readManifestFile */.oe),
  readRenderOptions: () => (/* reexport */ options/* readRenderOptions */.$),
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
  stableJson: () => (/* reexport */ config_hash/* stableJson */._Y),
  substituteScalar: () => (/* reexport */ substitute/* substituteScalar */.l8),
  toYaml: () => (/* reexport */ yaml_io/* toYaml */.f),
  validateManifests: () => (/* reexport */ schema/* validateManifests */.Tu),
  where: () => (/* reexport */ model/* where */._M),
  writeRendered: () => (/* reexport */ writeRendered)
});

// EXTERNAL MODULE: ./packages/manifests/src/builtin.ts
var builtin = __webpack_require__(7621);
// EXTERNAL MODULE: ./packages/manifests/src/config-hash.ts
var config_hash = __webpack_require__(5399);
// EXTERNAL MODULE: ./packages/manifests/src/files.ts
var files = __webpack_require__(36957);
// EXTERNAL MODULE: ./packages/manifests/src/images.ts
var src_images = __webpack_require__(88918);
// EXTERNAL MODULE: ./packages/manifests/src/model.ts
var model = __webpack_require__(82527);
// EXTERNAL MODULE: ./packages/manifests/src/options.ts
var options = __webpack_require__(76992);
// EXTERNAL MODULE: ./packages/manifests/src/ports/index.ts + 4 modules
var ports = __webpack_require__(8414);
// EXTERNAL MODULE: ./packages/manifests/src/preview/index.ts + 4 modules
var preview = __webpack_require__(31867);
// EXTERNAL MODULE: ./packages/manifests/src/render.ts
var render = __webpack_require__(48736);
// EXTERNAL MODULE: ./packages/manifests/src/schema/index.ts
var schema = __webpack_require__(91476);
// EXTERNAL MODULE: ./packages/manifests/src/secrets.ts
var secrets = __webpack_require__(97211);
// EXTERNAL MODULE: ./packages/manifests/src/set.ts
var set = __webpack_require__(57006);
// EXTERNAL MODULE: ./packages/manifests/src/summary.ts
var summary = __webpack_require__(94006);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(77817);
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
    secret() { },
};
async function renderManifestsStage(o) {
    // A foreign output directory fails before any work (helm, kustomize) is done.
    checkOutputDir(o.outputDir);
    const log = o.log ?? quiet;
    let kubeconfig;
    if (o.comment) {
        log.secret(o.comment.token);
        // A kubeconfig that does not load fails here, before anything is rendered; its secrets are masked first.
        if (o.comment.kubeconfig) {
            const { resolveKubeconfig } = await Promise.all(/* import() */[__webpack_require__.e(6698), __webpack_require__.e(3395)]).then(__webpack_require__.bind(__webpack_require__, 75798));
            kubeconfig = resolveKubeconfig({
                value: o.comment.kubeconfig.value,
                context: o.comment.kubeconfig.context,
                cwd: o.request.workspace,
                home: o.home,
            });
            for (const secret of kubeconfig.secrets)
                log.secret(secret);
            for (const warning of kubeconfig.warnings)
                log.warning(warning);
        }
    }
    const result = await (0,render/* render */.XX)({ ...o.request, signal: o.signal, log: o.log });
    const written = writeRendered(result, o.outputDir);
    let comment;
    if (o.comment) {
        const { pullRequestPreview } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 31867));
        comment = await pullRequestPreview({
            comment: o.comment,
            request: { ...o.request, log: o.log },
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
var substitute = __webpack_require__(18855);
// EXTERNAL MODULE: ./packages/manifests/src/tools.ts
var tools = __webpack_require__(93889);
// EXTERNAL MODULE: ./packages/manifests/src/wait-targets.ts
var wait_targets = __webpack_require__(38870);
// EXTERNAL MODULE: ./packages/manifests/src/workloads.ts
var workloads = __webpack_require__(46672);
// EXTERNAL MODULE: ./packages/manifests/src/yaml-io.ts
var yaml_io = __webpack_require__(30232);
;// CONCATENATED MODULE: ./packages/manifests/src/index.ts
// Kubernetes manifests: builtin templates, strict ${VAR} substitution, kustomize/helm, image pinning,
// schema validation, the port integrity report, deterministic output.






















/***/ }),

/***/ 8414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ analysePorts)
});

// EXTERNAL MODULE: ./packages/manifests/src/workloads.ts
var workloads = __webpack_require__(46672);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(77817);
// EXTERNAL MODULE: ./packages/manifests/src/model.ts
var model = __webpack_require__(82527);
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

// EXTERNAL MODULE: ./packages/contract/src/port.ts
var port = __webpack_require__(77057);
// EXTERNAL MODULE: ./packages/manifests/src/wait-targets.ts
var wait_targets = __webpack_require__(38870);
;// CONCATENATED MODULE: ./packages/manifests/src/ports/env.ts
/* PORT and *_PORT as a container sees them: literal env values, configMapKeyRef, envFrom. */


const PORT_ENV = /^(?:PORT|[A-Z0-9_]+_PORT)$/;
/** PORT and *_PORT variables a container sees: env entries win over envFrom, as in the kubelet. */
function effectivePortEnv(c, configMaps, a, 
/** The service's own port variable (port-env) when its name is not of the *_PORT form. */
listenEnv) {
    const isPortEnv = (name) => PORT_ENV.test(name) || name === listenEnv;
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
            if (!isPortEnv(name))
                continue;
            fromValue(name, value, [
                { manifest: src, path: ['data', key] },
                { manifest: m, path: [...c.path, 'envFrom', i] },
            ], `envFrom ConfigMap ${(0,model/* refOf */.H8)(src).name}`);
        }
    });
    const env = Array.isArray(c.container.env) ? c.container.env : [];
    env.forEach((e, i) => {
        if (!(0,model/* isObject */.Gv)(e) || typeof e.name !== 'string' || !isPortEnv(e.name))
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
    return list.find((p) => p.name === port/* PORT_NAME */.m2) ?? (list.length === 1 ? list[0] : undefined);
}
function checkContainers(ctx, containers, opts) {
    for (const c of containers) {
        const main = c.init ? undefined : mainPort(ctx, c);
        const ports = ctx.declared.get(c.container) ?? [];
        let listen = checkPortEnv(ctx, c, main, ports, opts.portEnv ?? port/* PORT_ENV */.Cf);
        listen = checkExpectedPort(ctx, c, opts, main, listen);
        checkProbes(ctx, c, ports, listen);
        if (c.init)
            checkWaits(ctx, c);
    }
}
/**
 * PORT and *_PORT env against the containerPorts and Services; returns where the service's port variable
 * (`listenEnv`: PORT, or port-env's) says the process listens.
 */
function checkPortEnv(ctx, c, main, ports, listenEnv) {
    const { a, services, configMaps } = ctx;
    const m = c.template.manifest;
    let listen;
    for (const env of effectivePortEnv(c, configMaps, a, listenEnv)) {
        if (env.port === undefined)
            continue;
        const prefix = env.name === listenEnv ? '' : env.name.slice(0, -'_PORT'.length).toLowerCase().replace(/_/g, '-');
        const named = prefix ? ports.find((p) => p.name === prefix) : main;
        if (env.name === listenEnv)
            listen = { port: env.port, side: env.sides[0], name: env.name };
        if (named) {
            if (named.port !== env.port) {
                a.fail(`${(0,model/* describe */.q0)(m)} container ${c.name}: ${env.name}=${env.port} but its containerPort${named.name ? ` ${named.name}` : ''} is ${named.port}`, `The process listens on ${env.name}; make the env value (or the ConfigMap key feeding it) and containerPort the same port.`, [...env.sides, named.side]);
            }
            else
                env.use.note = `${env.use.note ? `${env.use.note}; ` : ''}= containerPort${named.name ? ` ${named.name}` : ''}`;
            continue;
        }
        if (env.name === listenEnv && ports.length > 0 && !ports.some((p) => p.port === env.port)) {
            a.fail(`${(0,model/* describe */.q0)(m)} container ${c.name}: ${env.name}=${env.port} is not one of its containerPorts (${ports.map((p) => p.port).join(', ')})`, `Declare the port the process listens on as a containerPort, or fix ${env.name}.`, [...env.sides, ...ports.map((p) => p.side)]);
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
        else if (env.name !== listenEnv || ports.length === 0) {
            env.use.status = 'unchecked';
            const why = env.name === listenEnv ? 'container declares no ports' : 'names no declared port or rendered Service';
            env.use.note = env.use.note ? `${env.use.note}; ${why}` : why;
        }
    }
    return listen;
}
/** The binary's compiled-in port applies when PORT is not set; when it is, the two should still agree. */
function checkExpectedPort(ctx, c, opts, main, listen) {
    const { a } = ctx;
    const m = c.template.manifest;
    if (opts.expectedPort !== undefined && !c.init && opts.isBuiltContainer?.(c)) {
        const exp = opts.expectedPort;
        const u = a.use(m, [...c.path, 'image'], 'expected-port', exp, {
            container: c.name,
            port: exp,
            note: 'built into the binary',
        });
        const expSide = { manifest: m, path: [...c.path, 'image'], use: u };
        if (listen && listen.port !== exp) {
            a.fail(`${(0,model/* describe */.q0)(m)} container ${c.name}: ${listen.name}=${listen.port} but the binary was built with port ${exp} (expected-port)`, 'Build and deploy with the same port: the same value for -X main.port, the ConfigMap/env PORT and containerPort.', [listen.side, expSide]);
        }
        else if (main && main.port !== exp) {
            a.fail(`${(0,model/* describe */.q0)(m)} container ${c.name}: containerPort${main.name ? ` ${main.name}` : ''} is ${main.port} but the binary was built with port ${exp} (expected-port)`, 'Build and deploy with the same port: the same value for -X main.port, the ConfigMap/env PORT and containerPort.', [main.side, expSide]);
        }
        else if (!main && !listen)
            u.status = 'unchecked';
        if (!listen)
            listen = { port: exp, side: expSide, name: 'expected-port' };
    }
    return listen;
}
/** Probe ports (httpGet, tcpSocket, grpc): a named port the container declares, or the port it listens on. */
function checkProbes(ctx, c, ports, listen) {
    const { a } = ctx;
    const m = c.template.manifest;
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
}
/** What an init container waits for (host:port): a valid port, and one its rendered Service exposes. */
function checkWaits(ctx, c) {
    const { a, services } = ctx;
    const m = c.template.manifest;
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

;// CONCATENATED MODULE: ./packages/manifests/src/ports/services.ts
/* Services: their own ports (port, nodePort), what their selector selects, what targetPort resolves to. */



/** Checks every Service; returns the first resolved targetPort (the application port). */
function checkServices(ctx) {
    const nodePorts = new Map();
    let appPort;
    for (const svc of ctx.services) {
        const spec = (0,model/* isObject */.Gv)(svc.object.spec) ? svc.object.spec : {};
        const type = typeof spec.type === 'string' ? spec.type : 'ClusterIP';
        if (type === 'ExternalName')
            continue;
        const selector = (0,model/* isObject */.Gv)(spec.selector) ? spec.selector : undefined;
        const selected = selectedTemplates(ctx, svc, selector);
        const ports = Array.isArray(spec.ports) ? spec.ports : [];
        ports.forEach((p, i) => {
            if (!(0,model/* isObject */.Gv)(p))
                return;
            const base = ['spec', 'ports', i];
            checkServicePort(ctx, svc, p, base, type);
            if (p.nodePort !== undefined)
                checkNodePort(ctx, svc, p, base, type, nodePorts);
            const port = checkTargetPort(ctx, svc, p, base, selector, selected);
            if (port !== undefined && appPort === undefined)
                appPort = port;
        });
    }
    return appPort;
}
/** The pod templates of the Service's namespace that its selector selects; selecting none is an error. */
function selectedTemplates(ctx, svc, selector) {
    const { a, templates } = ctx;
    const ns = (0,model/* refOf */.H8)(svc).namespace;
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
    return selected;
}
/** spec.ports[].port: a valid port. */
function checkServicePort(ctx, svc, p, base, type) {
    const { a } = ctx;
    const port = portNumber(p.port, false);
    const puse = a.use(svc, [...base, 'port'], 'service.port', p.port ?? '', {
        port,
        note: `${type} port`,
    });
    if (port === undefined) {
        a.fail(`Service ${(0,model/* refOf */.H8)(svc).name}: port ${JSON.stringify(p.port)} is not a valid port`, RANGE_HINT, [{ manifest: svc, path: [...base, 'port'], use: puse }], 'invalid');
    }
}
/** spec.ports[].nodePort: only on NodePort/LoadBalancer, in the node port range, used once in the rendered set. */
function checkNodePort(ctx, svc, p, base, type, nodePorts) {
    const { a } = ctx;
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
/**
 * spec.ports[].targetPort (defaulting to port) against the containerPorts of the selected pods; returns the
 * port it resolves to, or undefined when it is not checked or does not resolve.
 */
function checkTargetPort(ctx, svc, p, base, selector, selected) {
    const { a } = ctx;
    const tpath = p.targetPort === undefined ? [...base, 'port'] : [...base, 'targetPort'];
    const target = p.targetPort ?? p.port;
    if (typeof target !== 'number' && typeof target !== 'string')
        return undefined;
    const tuse = a.use(svc, tpath, 'service.targetPort', target, {
        note: p.targetPort === undefined ? 'defaults to port' : '',
    });
    if (!selector) {
        tuse.status = 'unchecked';
        tuse.note = 'no selector (endpoints managed elsewhere)';
        return undefined;
    }
    if (typeof target === 'number' && portNumber(target, false) === undefined) {
        a.fail(`Service ${(0,model/* refOf */.H8)(svc).name}: targetPort ${target} is not a valid port`, RANGE_HINT, [{ manifest: svc, path: tpath, use: tuse }], 'invalid');
        return undefined;
    }
    const resolved = [];
    for (const t of selected) {
        const found = resolveTargetPort(ctx, svc, t, target, tpath, tuse);
        if (found !== undefined)
            resolved.push(found);
    }
    if (resolved.length)
        tuse.note = `${tuse.note ? `${tuse.note}; ` : ''}→ ${resolved.join(', ')}`;
    return tuse.port;
}
/** A targetPort (a name or a number) in one selected pod template: what it resolves to, for the note. */
function resolveTargetPort(ctx, svc, t, target, tpath, tuse) {
    const { a, declared } = ctx;
    const appContainers = (0,workloads/* containersOf */.Mz)(t, 'app');
    const all = appContainers.flatMap((c) => (declared.get(c.container) ?? []).map((d) => ({ c, d })));
    if (typeof target === 'string') {
        const hit = all.find(({ d }) => d.name === target);
        if (!hit) {
            a.fail(`Service ${(0,model/* refOf */.H8)(svc).name} targetPort '${target}' names no port of ${(0,model/* describe */.q0)(t.manifest)}` +
                (all.length
                    ? ` (it declares ${all.map(({ d }) => (d.name ? `${d.name}=${d.port}` : String(d.port))).join(', ')})`
                    : ' (it declares no ports)'), 'Name the container port (ports[].name) as the Service targetPort says, or change targetPort.', [{ manifest: svc, path: tpath, use: tuse }, ...all.map(({ d }) => d.side)]);
            return undefined;
        }
        tuse.port = hit.d.port;
        return `${(0,model/* describe */.q0)(t.manifest)} ${hit.c.name}:${hit.d.port}`;
    }
    const hit = all.find(({ d }) => d.port === target);
    if (!hit && all.length > 0) {
        a.fail(`Service ${(0,model/* refOf */.H8)(svc).name} targetPort ${target} matches no containerPort of ${(0,model/* describe */.q0)(t.manifest)} (it declares ${all.map(({ d }) => d.port).join(', ')})`, 'Make targetPort and containerPort the same number, or use a named targetPort (targetPort: http).', [{ manifest: svc, path: tpath, use: tuse }, ...all.map(({ d }) => d.side)]);
        return undefined;
    }
    tuse.port = target;
    return hit
        ? `${(0,model/* describe */.q0)(t.manifest)} ${hit.c.name}:${target}`
        : `${(0,model/* describe */.q0)(t.manifest)} (declares no ports)`;
}

;// CONCATENATED MODULE: ./packages/manifests/src/ports/index.ts




function analysePorts(manifests, opts = {}) {
    const a = new Analysis();
    const templates = manifests.map(workloads/* podTemplateOf */.D0).filter((t) => t !== undefined);
    const services = manifests.filter((m) => m.object.kind === 'Service' && m.object.apiVersion === 'v1');
    const configMaps = (0,workloads/* configMapsOf */.Tp)(manifests);
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

/***/ 31867:
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
var src_errors = __webpack_require__(77817);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/kit/src/exec.ts
var exec = __webpack_require__(42783);
// EXTERNAL MODULE: ./packages/manifests/src/model.ts
var model = __webpack_require__(82527);
// EXTERNAL MODULE: ./packages/manifests/src/render.ts
var render = __webpack_require__(48736);
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
var summary = __webpack_require__(55300);
// EXTERNAL MODULE: ./packages/manifests/src/summary.ts
var src_summary = __webpack_require__(94006);
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
var annotations = __webpack_require__(55838);
// EXTERNAL MODULE: ./packages/kit/src/concurrency.ts
var concurrency = __webpack_require__(43595);
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
    const cluster = await Promise.all(/* import() */[__webpack_require__.e(6698), __webpack_require__.e(3395)]).then(__webpack_require__.bind(__webpack_require__, 75798));
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
var options = __webpack_require__(94043);
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
    const { COMMENT_BODY_LIMIT, commentMarker, upsertComment } = await Promise.all(/* import() */[__webpack_require__.e(4239), __webpack_require__.e(3460)]).then(__webpack_require__.bind(__webpack_require__, 3460));
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

/***/ 48736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jd: () => (/* binding */ objectFileName),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   vH: () => (/* binding */ RenderError)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77817);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7621);
/* harmony import */ var _config_hash_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5399);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36957);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(88918);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82527);
/* harmony import */ var _otel_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(83594);
/* harmony import */ var _ports_index_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8414);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(91476);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(97211);
/* harmony import */ var _set_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(57006);
/* harmony import */ var _tools_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93889);
/* harmony import */ var _workloads_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46672);
/* harmony import */ var _yaml_io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30232);
/*
 * The render pipeline, the same for every source: load → namespace → duplicates → pin images →
 * annotate pod templates (and hash the ConfigMaps/Secrets they read) → validate (schema + API rules) → port integrity → deterministic order and
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
    if (req.log)
        for (const value of (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .secretValues */ .V)(manifests))
            req.log.secret(value);
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
    const scan = (0,_images_js__WEBPACK_IMPORTED_MODULE_9__/* .pinImages */ .Mc)(manifests, req.images ?? []);
    errors.push(...scan.errors);
    for (const m of scan.mutable) {
        warnings.push({
            message: `${m.object} container ${m.container} uses ${m.image}, which is not pinned by digest: the tag can move between this check and the rollout`,
            location: m.file ? { file: m.file, line: m.line } : undefined,
        });
    }
    annotate(manifests, req.podAnnotations ?? {}, req.workloadAnnotations ?? {});
    const isBuiltContainer = builtContainer(req, scan.pinned);
    let telemetry = [];
    if (req.telemetry) {
        const built = manifests
            .map(_workloads_js__WEBPACK_IMPORTED_MODULE_5__/* .podTemplateOf */ .D0)
            .filter((t) => t !== undefined)
            .flatMap((t) => (0,_workloads_js__WEBPACK_IMPORTED_MODULE_5__/* .containersOf */ .Mz)(t, 'app'))
            .filter(isBuiltContainer);
        const t = (0,_otel_js__WEBPACK_IMPORTED_MODULE_10__/* .injectTelemetry */ .L_)(built, (0,_workloads_js__WEBPACK_IMPORTED_MODULE_5__/* .configMapsOf */ .Tp)(manifests), req.telemetry);
        errors.push(...t.errors);
        notices.push(...t.notices);
        telemetry = t.rows;
        if (built.length === 0)
            warnings.push({
                message: "otel: no container runs the built image, so none got the release's telemetry variables",
            });
    }
    // After the namespace is filled in: a pod reads the ConfigMaps of its own namespace.
    (0,_config_hash_js__WEBPACK_IMPORTED_MODULE_11__/* .annotateConfigHashes */ .$A)(manifests);
    const validation = await (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_12__/* .validateManifests */ .Tu)(manifests, req.catalog);
    errors.push(...validation.errors);
    notices.push(...validation.notices);
    const ports = (0,_ports_index_js__WEBPACK_IMPORTED_MODULE_13__/* .analysePorts */ .A)(manifests, {
        expectedPort: req.expectedPort,
        portEnv: req.portEnv,
        isBuiltContainer,
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
        telemetry,
    };
}
/**
 * Which containers run the built binary: the ones whose image was pinned to the build's digest; without a
 * pin, the first container of `appName`'s workload (or of every workload).
 */
function builtContainer(req, pinned) {
    const pinnedContainers = new Set(pinned.map((p) => `${p.object}|${p.container}`));
    return (c) => {
        if (pinnedContainers.size > 0)
            return pinnedContainers.has(`${(0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .describe */ .q0)(c.template.manifest)}|${c.name}`);
        const first = (0,_workloads_js__WEBPACK_IMPORTED_MODULE_5__/* .containersOf */ .Mz)(c.template, 'app')[0]?.container === c.container;
        if (req.appName)
            return (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .refOf */ .H8)(c.template.manifest).name === req.appName && first;
        return first; // every workload's first container
    };
}


/***/ }),

/***/ 91476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* reexport safe */ _catalog_js__WEBPACK_IMPORTED_MODULE_0__.JU),
/* harmony export */   Tu: () => (/* binding */ validateManifests),
/* harmony export */   _E: () => (/* reexport safe */ _checks_js__WEBPACK_IMPORTED_MODULE_1__._),
/* harmony export */   jK: () => (/* reexport safe */ _catalog_js__WEBPACK_IMPORTED_MODULE_0__.jK),
/* harmony export */   o8: () => (/* reexport safe */ _catalog_js__WEBPACK_IMPORTED_MODULE_0__.o8)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77817);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82527);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97211);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13975);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99520);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33235);







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

/***/ 99520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ BASE64),
/* harmony export */   s: () => (/* binding */ validateAgainst)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82527);
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

/***/ 97211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ secretValues),
/* harmony export */   n: () => (/* binding */ isSecretField)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82527);
/* harmony import */ var _schema_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99520);
/*
 * The values of the Secrets in a rendered set. render() hands them to the caller's `log.secret`
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

/***/ 57006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   Ir: () => (/* binding */ findDuplicates),
/* harmony export */   Jl: () => (/* binding */ fillNamespace),
/* harmony export */   RC: () => (/* binding */ sortManifests)
/* harmony export */ });
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41939);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77817);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82527);
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

/***/ 18855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ flowPlaceholderAt),
/* harmony export */   l8: () => (/* binding */ substituteScalar),
/* harmony export */   t2: () => (/* reexport safe */ _goship_contract__WEBPACK_IMPORTED_MODULE_0__.t2)
/* harmony export */ });
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67721);
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

/***/ 94006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary),
/* harmony export */   b: () => (/* binding */ portsTable)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55300);

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
    if (r.telemetry.length) {
        parts.push('', (0,_goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)("OpenTelemetry: the release in the service's telemetry", 4), (0,_goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Container', 'OTEL_SERVICE_NAME', 'Set by goship', 'Kept from the manifests'], r.telemetry.map((t) => [
            t.container,
            (0,_goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(t.serviceName),
            t.added.map(_goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join('<br>'),
            t.kept.map(_goship_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join('<br>'),
        ])));
    }
    return `${parts.join('\n')}\n`;
}


/***/ }),

/***/ 93889:
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
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77817);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42783);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36957);
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

/***/ 38870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ findWaitTargets)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82527);
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

/***/ 30232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ parseManifests),
/* harmony export */   f: () => (/* binding */ toYaml)
/* harmony export */ });
/* harmony import */ var _goship_contract__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67721);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77817);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82527);
/* harmony import */ var _substitute_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18855);
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


/***/ })

};
