export const id = 9719;
export const ids = [9719];
export const modules = {

/***/ 38357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a8: () => (/* binding */ resolveKubeconfig),
/* harmony export */   qb: () => (/* binding */ collectSecrets),
/* harmony export */   xW: () => (/* binding */ kubeconfigDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77051);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43439);





const INPUT = 'kubeconfig';
const EXPECTED = 'kubeconfig YAML, the same base64-encoded, or the path of a kubeconfig file';
function resolveKubeconfig(opts) {
    const env = opts.env ?? process.env;
    const cwd = opts.cwd ?? process.cwd();
    const value = opts.value.trim();
    let text;
    let source;
    let path;
    const secrets = [];
    if (value === '' && !opts.fromEnv) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, 'is empty', EXPECTED, 'Pass a kubeconfig, e.g. `kubeconfig: ${{ secrets.KUBECONFIG }}`; or set `kubeconfig-from-env: true` to use the KUBECONFIG environment variable (else ~/.kube/config) of the runner.');
    }
    if (value === '') {
        const fromEnv = (env.KUBECONFIG ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).find((p) => p !== '');
        const fallback = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(opts.home ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.kube/config');
        path = fromEnv ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, fromEnv) : fallback;
        source = fromEnv ? 'KUBECONFIG' : 'default';
        if (!isFile(path)) {
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, fromEnv
                ? `is empty (kubeconfig-from-env: true) and KUBECONFIG points at '${fromEnv}', which does not exist`
                : 'is empty (kubeconfig-from-env: true) and there is no KUBECONFIG nor ~/.kube/config', EXPECTED, 'Pass a kubeconfig, e.g. `kubeconfig: ${{ secrets.KUBECONFIG }}`.');
        }
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    else if (looksLikeYaml(value)) {
        text = value;
        source = 'content';
    }
    else if (isPathLike(value) && isFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, expandHome(value, opts.home)))) {
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, expandHome(value, opts.home));
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
        source = 'file';
    }
    else {
        const decoded = decodeBase64(value);
        if (decoded !== undefined && looksLikeYaml(decoded.trim())) {
            secrets.push(value);
            text = decoded;
            source = 'base64';
        }
        else if (isPathLike(value) && looksLikeAPath(value)) {
            // Only a value shaped like a path is repeated back; anything else may be a secret.
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, `file '${value}' does not exist`, EXPECTED, 'Check the path (relative paths start at the workspace).');
        }
        else {
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, `the value (${value.length} characters) is neither YAML, base64 nor an existing file`, EXPECTED);
        }
    }
    // Parse errors give the position only: their messages would quote the (secret) content. A duplicate key
    // is an error (as kubectl's strict decoding has it): which of two tokens or servers wins is not a guess to make.
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_3__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const at = lineCounter.linePos(first.pos[0]);
        const where = `line ${at.line}, column ${at.col}${path ? ` (${path})` : ''}`;
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, first.code === 'DUPLICATE_KEY'
            ? `has a duplicate key at ${where}`
            : first.code === 'RESOURCE_EXHAUSTION'
                ? `uses too many YAML aliases at ${where}`
                : `is not valid YAML at ${where}`, EXPECTED, first.code === 'DUPLICATE_KEY'
            ? 'Each key may appear once per mapping; remove the extra one.'
            : undefined);
    }
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: 100 });
    }
    catch {
        // The only error toJS raises on a parsed document is the alias limit (a "billion laughs" document).
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, 'uses too many YAML aliases (more than 100)', EXPECTED);
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, 'is not a YAML mapping', `${EXPECTED} (apiVersion: v1, kind: Config, clusters, users, contexts)`);
    }
    const config = raw;
    secrets.push(...collectSecrets(config));
    const selected = selectContext(config, opts.context?.trim() ?? '');
    const warnings = checkTransport(selected, opts.insecure ?? false);
    return { text, source, path, secrets: unique(secrets), ...selected, warnings };
}
/** The folder that relative certificate paths in a file-based kubeconfig resolve against. */
function kubeconfigDir(resolved) {
    return resolved.path ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(resolved.path) : undefined;
}
function selectContext(config, wanted) {
    const contexts = (config.contexts ?? []).filter((c) => c?.name);
    const names = contexts.map((c) => c.name);
    const list = names.length > 0 ? names.map((n) => `'${n}'`).join(', ') : 'none';
    let name = wanted || config['current-context'] || '';
    if (!name) {
        if (contexts.length !== 1) {
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('context', `is empty and the kubeconfig has no current-context (its contexts: ${list})`, 'the name of one of the kubeconfig contexts');
        }
        name = names[0];
    }
    const ctx = contexts.find((c) => c.name === name);
    if (!ctx) {
        const input = wanted ? 'context' : INPUT;
        const problem = wanted
            ? `'${name}' is not a context in the kubeconfig`
            : `its current-context '${name}' is not among its contexts`;
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(input, `${problem} (it has: ${list})`, 'the name of one of the kubeconfig contexts');
    }
    const clusterName = ctx.context?.cluster ?? '';
    const cluster = (config.clusters ?? []).find((c) => c?.name === clusterName);
    if (!cluster?.cluster?.server) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, `context '${name}' refers to cluster '${clusterName}', which ${cluster ? 'has no server URL' : 'is not in the kubeconfig'}`, 'a kubeconfig whose context names a cluster with a server URL');
    }
    const userName = ctx.context?.user ?? '';
    const user = (config.users ?? []).find((u) => u?.name === userName);
    if (userName && !user) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, `context '${name}' refers to user '${userName}', which is not in the kubeconfig`, 'a kubeconfig whose context names one of its users');
    }
    return {
        context: name,
        cluster: clusterName,
        server: cluster.cluster.server,
        user: userName,
        namespace: ctx.context?.namespace || undefined,
        clusterEntry: cluster.cluster,
        userEntry: user?.user ?? {},
    };
}
/**
 * A connection that does not verify the server (insecure-skip-tls-verify, or plain http where every request,
 * credentials included, travels unencrypted) only when the `insecure` input says so, and then with a warning.
 */
function checkTransport(selected, insecure) {
    let url;
    try {
        url = new URL(selected.server);
    }
    catch {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, `cluster '${selected.cluster}' has a server that is not a URL: '${selected.server}'`, 'a server URL such as https://10.0.0.1:6443');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(INPUT, `cluster '${selected.cluster}' has server '${selected.server}' with scheme ${url.protocol}`, 'an https:// server URL');
    }
    const problems = [];
    if (url.protocol === 'http:')
        problems.push(`server ${selected.server} is plain http: requests and credentials travel unencrypted and the server is not authenticated`);
    if (selected.clusterEntry['insecure-skip-tls-verify'] === true)
        problems.push(`cluster '${selected.cluster}' sets insecure-skip-tls-verify: true: the server's certificate is not verified`);
    if (problems.length > 0 && !insecure) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('insecure', `is not set, and the kubeconfig's ${problems.join('; and ')}`, 'a kubeconfig with an https server and its certificate-authority(-data)', 'Add the cluster CA to the kubeconfig (certificate-authority-data), or set `insecure: true` to accept an unverified connection.');
    }
    return problems.map((p) => `insecure: true: ${p}`);
}
const SECRET_KEYS = new Set([
    'token',
    'password',
    'client-key-data',
    'id-token',
    'refresh-token',
    'access-token',
    'client-secret',
    'idp-certificate-authority-data',
]);
/** Every credential in the users section, at any depth (auth-provider config, exec env values). */
function collectSecrets(config) {
    const out = [];
    const walk = (value, key, inEnv) => {
        if (typeof value === 'string') {
            if ((key && SECRET_KEYS.has(key)) || (inEnv && key === 'value' && value.length >= 6))
                out.push(value);
            return;
        }
        if (Array.isArray(value)) {
            for (const v of value)
                walk(v, key, inEnv || key === 'env');
            return;
        }
        if (value && typeof value === 'object') {
            for (const [k, v] of Object.entries(value))
                walk(v, k, inEnv);
        }
    };
    for (const u of config.users ?? [])
        walk(u?.user, undefined, false);
    return out.filter((s) => s.length >= 4);
}
function looksLikeYaml(value) {
    if (value.startsWith('{'))
        return true;
    return (value.includes('\n') &&
        /^(apiVersion|kind|clusters|contexts|users|current-context|preferences)\s*:/m.test(value));
}
function isPathLike(value) {
    return (value.length < 4096 && !value.includes('\n') && /^[\w.~/@+ :\\-]+$/.test(value) && /[/.~]/.test(value));
}
/** Safe to repeat back in an error: shaped like a path, not like a token (JWTs start `eyJ`, base64 blobs are long). */
function looksLikeAPath(value) {
    if (/^eyJ/.test(value) || /^[A-Za-z0-9+/=_-]{40,}$/.test(value))
        return false;
    return (value.startsWith('~') ||
        value.startsWith('.') ||
        value.includes('/') ||
        /\.(ya?ml|json|conf|config|kubeconfig)$/i.test(value));
}
function expandHome(p, home) {
    return p === '~' || p.startsWith('~/') ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(home ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), p.slice(2)) : p;
}
function isFile(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function decodeBase64(value) {
    const compact = value.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact))
        return undefined;
    const text = Buffer.from(compact, 'base64').toString('utf8');
    return text.includes('\uFFFD') ? undefined : text;
}
function unique(values) {
    return [...new Set(values)];
}


/***/ }),

/***/ 52868:
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
            if (attempt >= attempts || opts.signal?.aborted || (opts.retryable && !opts.retryable(err)))
                throw err;
            const delay = backoffDelay(attempt, base, max, opts.random);
            opts.onRetry?.(err, attempt, delay);
            await sleep(delay, opts.signal);
        }
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


/***/ }),

/***/ 29719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TLS_CODES: () => (/* reexport */ TLS_CODES),
  apiServerAccess: () => (/* reexport */ apiServerAccess),
  apiServerAuth: () => (/* reexport */ apiServerAuth),
  apiServerStatus: () => (/* reexport */ apiServerStatus),
  checkBudgets: () => (/* reexport */ checkBudgets),
  checkHeader: () => (/* reexport */ checkHeader),
  checkResponse: () => (/* reexport */ checkResponse),
  checkVersion: () => (/* reexport */ checkVersion),
  displayUrl: () => (/* reexport */ displayUrl),
  evaluateAssertion: () => (/* reexport */ evaluateAssertion),
  excerpt: () => (/* reexport */ excerpt),
  failureHint: () => (/* reexport */ failureHint),
  formatPath: () => (/* reexport */ formatPath),
  isRetryableStatus: () => (/* reexport */ isRetryableStatus),
  latencyStats: () => (/* reexport */ latencyStats),
  parseHeaderExpectations: () => (/* reexport */ parseHeaderExpectations),
  parseJsonAssertion: () => (/* reexport */ parseJsonAssertion),
  parseLatencyBudget: () => (/* reexport */ parseLatencyBudget),
  parseRequestHeaders: () => (/* reexport */ parseRequestHeaders),
  parseServiceTarget: () => (/* reexport */ parseServiceTarget),
  parseSmokeTestInputs: () => (/* reexport */ parseSmokeTestInputs),
  parseStatusMatcher: () => (/* reexport */ parseStatusMatcher),
  parseUrlTarget: () => (/* reexport */ parseUrlTarget),
  percentile: () => (/* reexport */ percentile),
  reportJson: () => (/* reexport */ reportJson),
  resolvePath: () => (/* reexport */ resolvePath),
  sameCommit: () => (/* reexport */ sameCommit),
  secretHeaderValues: () => (/* reexport */ secretHeaderValues),
  sendRequest: () => (/* reexport */ sendRequest),
  serviceProxyUrl: () => (/* reexport */ serviceProxyUrl),
  smokeTest: () => (/* reexport */ smokeTest),
  statusText: () => (/* reexport */ statusText),
  summaryMarkdown: () => (/* reexport */ summaryMarkdown),
  urlItems: () => (/* reexport */ urlItems),
  withDefaultPath: () => (/* reexport */ withDefaultPath)
});

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(77051);
;// CONCATENATED MODULE: ./packages/probe/src/headers.ts

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** `Name: value` per line, as curl -H writes them. A repeated name sends both values. */
function parseRequestHeaders(input, lines) {
    return lines.map((line) => {
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        if (!TOKEN.test(name)) {
            throw new errors/* InputError */.dz(input, colon <= 0
                ? `line '${redactHeaderLine(line)}' has no 'Name:' before the value`
                : `'${name}' is not a valid header name`, 'one `Name: value` per line, e.g. `Accept: application/json`');
        }
        const value = line.slice(colon + 1).trim();
        if (/[\r\n\0]/.test(value))
            throw new errors/* InputError */.dz(input, `the value of ${name} holds a control character`, 'a single-line value');
        return [name, value];
    });
}
function parseHeaderExpectations(input, lines) {
    return lines.map((line) => {
        const colon = line.indexOf(':');
        const name = (colon < 0 ? line : line.slice(0, colon)).trim();
        if (!TOKEN.test(name)) {
            throw new errors/* InputError */.dz(input, `'${name}' is not a valid header name`, 'one `Name` (present), `Name: text` (contains, case-insensitive) or `Name: /regex/` per line');
        }
        if (colon < 0)
            return { text: line.trim(), name: name.toLowerCase() };
        const value = line.slice(colon + 1).trim();
        const re = /^\/(.*)\/([imsu]*)$/.exec(value);
        if (re) {
            try {
                return { text: line.trim(), name: name.toLowerCase(), regex: new RegExp(re[1], re[2]) };
            }
            catch (err) {
                throw new errors/* InputError */.dz(input, `'${value}' for ${name} is not a valid regex: ${err.message}`, 'a /regex/flags');
            }
        }
        return { text: line.trim(), name: name.toLowerCase(), contains: value };
    });
}
function checkHeader(e, headers) {
    const raw = headers[e.name];
    if (raw === undefined)
        return `header ${e.name} is missing`;
    const value = Array.isArray(raw) ? raw.join(', ') : raw;
    if (e.regex && !e.regex.test(value))
        return `header ${e.name} is '${value}', expected to match ${e.regex}`;
    if (e.contains !== undefined && !value.toLowerCase().includes(e.contains.toLowerCase()))
        return `header ${e.name} is '${value}', expected to contain '${e.contains}'`;
    return undefined;
}
const SECRET_NAME = /auth|token|secret|key|cookie|session|password|passwd|credential|signature/i;
/**
 * The values to mask before anything prints: every header whose name suggests a credential, plus the
 * credential part of `Authorization: <scheme> <credential>` alone (it may appear without the scheme).
 */
function secretHeaderValues(headers) {
    const out = [];
    for (const [name, value] of headers) {
        if (!SECRET_NAME.test(name) || value === '')
            continue;
        out.push(value);
        const parts = /^\S+\s+(\S.*)$/.exec(value);
        if (parts && /^(proxy-)?authorization$/i.test(name)) {
            out.push(parts[1]);
            if (/^basic$/i.test(value.split(/\s/)[0])) {
                const decoded = Buffer.from(parts[1], 'base64').toString('utf8');
                const pw = decoded.slice(decoded.indexOf(':') + 1);
                if (decoded.includes(':') && pw.length >= 3)
                    out.push(pw);
            }
        }
    }
    return out;
}
function redactHeaderLine(line) {
    return line.length > 40
        ? `${line.slice(0, 12)}… (${line.length} characters)`
        : line.replace(/\S{12,}/g, '***');
}

;// CONCATENATED MODULE: ./packages/probe/src/json-assert.ts

const EXPECTED = 'one assertion per line: a path ($.a.b, $.items[0], $["key"]) optionally followed by ==, !=, <, <=, >, >= and a JSON value, or =~ /regex/ — e.g. $.version == "1.2.3"';
class Cursor {
    text;
    input;
    pos = 0;
    constructor(text, input) {
        this.text = text;
        this.input = input;
    }
    fail(problem) {
        throw new errors/* InputError */.dz(this.input, `in '${this.text}' at column ${this.pos + 1}: ${problem}`, EXPECTED);
    }
    skipSpace() {
        while (this.pos < this.text.length && /\s/.test(this.text[this.pos]))
            this.pos++;
    }
    peek(n = 1) {
        return this.text.slice(this.pos, this.pos + n);
    }
    done() {
        return this.pos >= this.text.length;
    }
}
function parseJsonAssertion(input, text) {
    const c = new Cursor(text.trim(), input);
    const path = parsePath(c);
    c.skipSpace();
    if (c.done())
        return { text: c.text, path };
    const op = parseOperator(c);
    c.skipSpace();
    if (c.done())
        c.fail(`'${op}' has no value after it`);
    if (op === '=~') {
        const regex = c.peek() === '/' ? parseRegex(c) : compile(c, String(parseValue(c)), '');
        c.skipSpace();
        if (!c.done())
            c.fail(`unexpected '${c.text.slice(c.pos)}' after the value`);
        return { text: c.text, path, op, regex };
    }
    const value = parseValue(c);
    c.skipSpace();
    if (!c.done())
        c.fail(`unexpected '${c.text.slice(c.pos)}' after the value`);
    if ((op === '<' || op === '<=' || op === '>' || op === '>=') && typeof value !== 'number') {
        c.fail(`'${op}' compares numbers, but the value is ${describeType(value)}`);
    }
    return { text: c.text, path, op, value };
}
function parsePath(c) {
    if (c.peek() !== '$')
        c.fail(`a path starts with '$', found '${c.peek() || 'nothing'}'`);
    c.pos++;
    const path = [];
    for (;;) {
        const ch = c.peek();
        if (ch === '.') {
            c.pos++;
            const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(c.text.slice(c.pos));
            if (!m)
                c.fail(`'.' must be followed by a name (letters, digits, _ or -; use $["…"] for others)`);
            path.push(m[0]);
            c.pos += m[0].length;
        }
        else if (ch === '[') {
            c.pos++;
            c.skipSpace();
            const q = c.peek();
            if (q === '"' || q === "'")
                path.push(parseString(c));
            else {
                const m = /^\d+/.exec(c.text.slice(c.pos));
                if (!m)
                    c.fail(`'[' must hold an index (0, 1, …) or a quoted key`);
                path.push(Number(m[0]));
                c.pos += m[0].length;
            }
            c.skipSpace();
            if (c.peek() !== ']')
                c.fail(`expected ']'`);
            c.pos++;
        }
        else {
            return path;
        }
    }
}
const OPERATORS = ['==', '!=', '<=', '>=', '=~', '<', '>'];
function parseOperator(c) {
    for (const op of OPERATORS) {
        if (c.peek(op.length) === op) {
            c.pos += op.length;
            return op;
        }
    }
    if (c.peek() === '=')
        c.fail(`'=' is not an operator (use '==' to compare)`);
    return c.fail(`expected an operator (==, !=, <, <=, >, >=, =~), found '${c.text.slice(c.pos)}'`);
}
function parseValue(c) {
    const ch = c.peek();
    if (ch === '"' || ch === "'")
        return parseString(c);
    const rest = c.text.slice(c.pos);
    const word = /^(true|false|null)(?![A-Za-z0-9_])/.exec(rest);
    if (word) {
        c.pos += word[0].length;
        return word[1] === 'null' ? null : word[1] === 'true';
    }
    const num = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?(?![A-Za-z0-9_.])/.exec(rest);
    if (num) {
        c.pos += num[0].length;
        return Number(num[0]);
    }
    return c.fail(`'${rest}' is not a value (strings need quotes: "${rest.replace(/"/g, '')}"; numbers, true, false, null do not)`);
}
function parseString(c) {
    const quote = c.peek();
    const start = c.pos;
    c.pos++;
    while (!c.done() && c.peek() !== quote)
        c.pos += c.peek() === '\\' ? 2 : 1;
    if (c.done()) {
        c.pos = start;
        c.fail(`the string starting here has no closing ${quote}`);
    }
    c.pos++;
    const raw = c.text.slice(start, c.pos);
    if (quote === '"') {
        try {
            return JSON.parse(raw);
        }
        catch {
            c.pos = start;
            return c.fail(`${raw} is not a valid JSON string (bad escape)`);
        }
    }
    return raw.slice(1, -1).replace(/\\(['\\])/g, '$1');
}
function parseRegex(c) {
    const start = c.pos;
    c.pos++;
    let inClass = false;
    while (!c.done()) {
        const ch = c.peek();
        if (ch === '\\')
            c.pos += 2;
        else {
            if (ch === '[')
                inClass = true;
            else if (ch === ']')
                inClass = false;
            else if (ch === '/' && !inClass)
                break;
            c.pos++;
        }
    }
    if (c.done()) {
        c.pos = start;
        c.fail('the /regex/ starting here has no closing /');
    }
    const source = c.text.slice(start + 1, c.pos);
    c.pos++;
    const flags = /^[a-z]*/.exec(c.text.slice(c.pos))[0];
    c.pos += flags.length;
    return compile(c, source, flags, start);
}
function compile(c, source, flags, at = c.pos) {
    if (/[gy]/.test(flags)) {
        c.pos = at;
        c.fail(`flags g and y make a regex stateful; use i, m, s or u`);
    }
    try {
        return new RegExp(source, flags);
    }
    catch (err) {
        c.pos = at;
        return c.fail(`invalid regex: ${err.message}`);
    }
}
function describeType(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'object')
        return 'an object';
    return `a ${typeof v}`;
}
function formatPath(path) {
    return `$${path
        .map((s) => typeof s === 'number'
        ? `[${s}]`
        : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(s)
            ? `.${s}`
            : `[${JSON.stringify(s)}]`)
        .join('')}`;
}
function show(v) {
    const text = JSON.stringify(v);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
/** Follows a path; `found: false` names the last segment that exists and what it held instead. */
function resolvePath(doc, path) {
    let value = doc;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        const at = formatPath(path.slice(0, i));
        if (typeof seg === 'number') {
            if (!Array.isArray(value))
                return { found: false, why: `${at} is ${describeType(value)}, not an array` };
            if (seg >= value.length)
                return { found: false, why: `${at} has ${value.length} item(s), no index ${seg}` };
            value = value[seg];
        }
        else {
            if (!value || typeof value !== 'object' || Array.isArray(value))
                return { found: false, why: `${at} is ${describeType(value)}, not an object` };
            if (!Object.hasOwn(value, seg)) {
                const keys = Object.keys(value);
                return {
                    found: false,
                    why: `${formatPath(path.slice(0, i + 1))} is missing (${at} has ${keys.length > 0 ? `keys ${keys.slice(0, 12).join(', ')}` : 'no keys'})`,
                };
            }
            value = value[seg];
        }
    }
    return { found: true, value };
}
function evaluateAssertion(a, doc) {
    const path = formatPath(a.path);
    const r = resolvePath(doc, a.path);
    if (!r.found)
        return { ok: false, message: `${a.text}: ${r.why}` };
    const v = r.value;
    const fail = (expected) => ({
        ok: false,
        message: `${a.text}: ${path} is ${show(v)}${typeof v === 'string' || v === null ? '' : ` (${describeType(v)})`}, expected ${expected}`,
    });
    switch (a.op) {
        case undefined:
            return v === null ? fail('to be present and not null') : { ok: true, message: a.text };
        case '==':
            return v === a.value ? { ok: true, message: a.text } : fail(`== ${show(a.value)}`);
        case '!=':
            return v !== a.value ? { ok: true, message: a.text } : fail(`!= ${show(a.value)}`);
        case '=~':
            if (typeof v !== 'string')
                return fail(`a string matching ${a.regex}`);
            return a.regex.test(v) ? { ok: true, message: a.text } : fail(`to match ${a.regex}`);
        default: {
            if (typeof v !== 'number')
                return fail(`a number ${a.op} ${a.value}`);
            const n = a.value;
            const ok = a.op === '<' ? v < n : a.op === '<=' ? v <= n : a.op === '>' ? v > n : v >= n;
            return ok ? { ok: true, message: a.text } : fail(`${a.op} ${n}`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/probe/src/status.ts

const status_EXPECTED = 'HTTP status codes (200), classes (2xx) or ranges (200-299), e.g. `200,204` or `2xx`';
function parseStatusMatcher(input, items) {
    if (items.length === 0)
        throw new errors/* InputError */.dz(input, 'is empty', status_EXPECTED);
    const ranges = items.map((raw) => {
        const item = raw.trim();
        const cls = /^([1-5])xx$/i.exec(item);
        if (cls) {
            const d = Number(cls[1]) * 100;
            return { from: d, to: d + 99, text: `${cls[1]}xx` };
        }
        const range = /^(\d{3})\s*-\s*(\d{3})$/.exec(item);
        if (range) {
            const from = Number(range[1]);
            const to = Number(range[2]);
            checkCode(input, from, item);
            checkCode(input, to, item);
            if (from > to)
                throw new errors/* InputError */.dz(input, `range '${item}' runs backwards`, status_EXPECTED);
            return { from, to, text: `${from}-${to}` };
        }
        if (/^\d{3}$/.test(item)) {
            const code = Number(item);
            checkCode(input, code, item);
            return { from: code, to: code, text: item };
        }
        throw new errors/* InputError */.dz(input, `'${item}' is not a status code, class or range`, status_EXPECTED);
    });
    return {
        matches: (code) => ranges.some((r) => code >= r.from && code <= r.to),
        text: ranges.map((r) => r.text).join(', '),
    };
}
function checkCode(input, code, item) {
    if (code < 100 || code > 599)
        throw new errors/* InputError */.dz(input, `'${item}' is outside 100–599`, status_EXPECTED);
}
/** Transient answers worth another attempt when they are not expected: server errors and rate limiting. */
function isRetryableStatus(code) {
    return code === 429 || code >= 500;
}

;// CONCATENATED MODULE: ./packages/probe/src/version.ts
/*
 * `expect-version` / `expect-commit`: the answer must carry exactly the version (and commit) just built,
 * so an old pod still answering fails instead of passing. A JSON body with `version`/`commit` fields (what
 * examples/hello's /version returns) is compared field by field; any other body must contain the version
 * as a whole token (1.2.3 does not match 1.2.30 or 1.2.3-dirty).
 */
const strip = (v) => v.replace(/^v(?=\d)/, '');
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Commits match when equal or when the shorter (≥ 7 hex digits) is a prefix of the longer. */
function sameCommit(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    if (x === y)
        return true;
    const [short, long] = x.length < y.length ? [x, y] : [y, x];
    return short.length >= 7 && /^[0-9a-f]+$/.test(short) && long.startsWith(short);
}
function hasToken(body, token) {
    return new RegExp(`(^|[^0-9A-Za-z.+-])${escapeRegex(token)}($|[^0-9A-Za-z+-]|\\.(?![0-9A-Za-z]))`).test(body);
}
/** Problems found (empty when the body carries what is expected). */
function checkVersion(expect, body, json) {
    const problems = [];
    const fields = json && typeof json === 'object' && !Array.isArray(json) ? json : undefined;
    if (expect.version) {
        const got = fields?.version;
        if (typeof got === 'string') {
            if (strip(got) !== strip(expect.version))
                problems.push(`version is '${got}', expected '${expect.version}' (an older or different build answered)`);
        }
        else if (!hasToken(body, expect.version) && !hasToken(body, strip(expect.version))) {
            problems.push(`the body does not carry version '${expect.version}'${fields ? ' (its JSON has no string field "version")' : ''}: ${excerpt(body)}`);
        }
    }
    if (expect.commit) {
        const got = fields?.commit;
        if (typeof got === 'string') {
            if (!sameCommit(got, expect.commit))
                problems.push(`commit is '${got}', expected '${expect.commit}' (an older or different build answered)`);
        }
        else {
            const short = expect.commit.slice(0, 7);
            if (!new RegExp(`(^|[^0-9a-f])${escapeRegex(short.toLowerCase())}`).test(body.toLowerCase()))
                problems.push(`the body does not carry commit '${expect.commit}': ${excerpt(body)}`);
        }
    }
    return problems;
}
function excerpt(body, max = 200) {
    const oneLine = body.replace(/\s+/g, ' ').trim();
    if (oneLine === '')
        return '(empty body)';
    return JSON.stringify(oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine);
}

;// CONCATENATED MODULE: ./packages/probe/src/checks.ts




function checkResponse(e, res) {
    if (!e.status.matches(res.status)) {
        return {
            ok: false,
            retryable: isRetryableStatus(res.status),
            problems: [`status ${res.status}, expected ${e.status.text}; body: ${excerpt(res.body)}`],
        };
    }
    const problems = [];
    for (const h of e.headers) {
        const p = checkHeader(h, res.headers);
        if (p)
            problems.push(p);
    }
    for (const s of e.body)
        if (!res.body.includes(s))
            problems.push(`the body does not contain ${JSON.stringify(s)}: ${excerpt(res.body)}`);
    for (const re of e.bodyRegex)
        if (!re.test(res.body))
            problems.push(`the body does not match ${re}: ${excerpt(res.body)}`);
    let json;
    let parsed = false;
    if (e.json.length > 0 || e.version) {
        try {
            json = JSON.parse(res.body);
            parsed = true;
        }
        catch {
            /* judged below */
        }
    }
    if (e.json.length > 0) {
        if (!parsed)
            problems.push(`the body is not JSON${res.truncated ? ' (it was cut at the size limit)' : ''}: ${excerpt(res.body)}`);
        else
            for (const a of e.json) {
                const r = evaluateAssertion(a, json);
                if (!r.ok)
                    problems.push(r.message);
            }
    }
    if (e.version)
        problems.push(...checkVersion(e.version, res.body, json));
    return { ok: problems.length === 0, retryable: false, problems };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./packages/probe/src/http.ts


const RETRYABLE_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'EPIPE',
    'ECONNABORTED',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'TIMEOUT',
]);
const TLS_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_GET_ISSUER_CERT',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_SIGNATURE_FAILURE',
    'EPROTO',
    'ERR_SSL_WRONG_VERSION_NUMBER',
]);
function sendRequest(req) {
    const started = performance.now();
    const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
    const maxBody = req.maxBodyBytes ?? 1 << 20;
    return new Promise((resolve, reject) => {
        if (req.signal?.aborted)
            return reject(req.signal.reason);
        let settled = false;
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            req.signal?.removeEventListener('abort', onAbort);
            if ('reject' in outcome)
                reject(outcome.reject);
            else
                resolve(outcome);
        };
        const headers = {};
        for (const [name, value] of req.headers) {
            const prev = headers[name];
            headers[name] = prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value];
        }
        if (req.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length'))
            headers['Content-Length'] = String(Buffer.byteLength(req.body));
        const secure = req.url.protocol === 'https:';
        const options = {
            method: req.method,
            headers,
            agent: false,
            ...(secure && req.tls
                ? {
                    ca: req.tls.ca,
                    cert: req.tls.cert,
                    key: req.tls.key,
                    rejectUnauthorized: req.tls.rejectUnauthorized,
                    servername: req.tls.servername,
                }
                : {}),
        };
        const request = (secure ? (external_node_https_default()) : (external_node_http_default())).request(req.url, options, (res) => {
            const chunks = [];
            let kept = 0;
            let total = 0;
            res.on('data', (chunk) => {
                total += chunk.length;
                if (kept < maxBody) {
                    const part = chunk.subarray(0, maxBody - kept);
                    chunks.push(part);
                    kept += part.length;
                }
            });
            res.on('end', () => finish({
                kind: 'response',
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks).toString('utf8'),
                bodyBytes: total,
                truncated: total > kept,
                latencyMs: elapsed(),
            }));
            res.on('error', (err) => finish(failure(err, elapsed())));
        });
        request.on('error', (err) => finish(failure(err, elapsed())));
        const timer = setTimeout(() => {
            finish({
                kind: 'error',
                code: 'TIMEOUT',
                message: `no complete answer within ${req.timeoutMs} ms`,
                retryable: true,
                latencyMs: elapsed(),
            });
            request.destroy();
        }, req.timeoutMs);
        const onAbort = () => {
            finish({ reject: req.signal.reason });
            request.destroy();
        };
        req.signal?.addEventListener('abort', onAbort, { once: true });
        request.end(req.body);
    });
}
function failure(err, latencyMs) {
    const e = err;
    const code = e.code ?? 'ERROR';
    let message = e.message || String(err);
    if (code === 'ECONNRESET' && /socket hang up/.test(message))
        message = 'connection closed before an answer (socket hang up)';
    if (TLS_CODES.has(code) || /certificate|SSL routines|wrong version number/i.test(message)) {
        return { kind: 'error', code, message: `TLS: ${message}`, retryable: false, latencyMs };
    }
    if (code.startsWith('HPE_')) {
        return {
            kind: 'error',
            code,
            message: `the answer is not HTTP (${message})`,
            retryable: false,
            latencyMs,
        };
    }
    return {
        kind: 'error',
        code,
        message: code !== 'ERROR' && !message.includes(code) ? `${code}: ${message}` : message,
        retryable: RETRYABLE_CODES.has(code),
        latencyMs,
    };
}
/** What to do about a transport failure, for the report's hint. */
function failureHint(f, secure) {
    if (f.code === 'ECONNREFUSED')
        return 'Nothing listens on that host and port (yet): check the port and that the service is running.';
    if (f.code === 'ECONNRESET')
        return secure
            ? 'The connection was closed without an answer: the service crashed or restarted.'
            : 'The connection was closed without an answer: the service crashed or restarted, or the port speaks TLS (use https://).';
    if (f.code === 'ENOTFOUND')
        return 'The host name does not resolve: check the URL.';
    if (f.code === 'TIMEOUT')
        return 'The service accepted or stalled but did not answer in time: raise request-timeout or look at the service.';
    if (f.message.startsWith('TLS:')) {
        if (/wrong version number|packet length too long/i.test(f.message))
            return 'The server does not speak TLS on that port: use http://, or the TLS port.';
        return secure
            ? 'The server certificate is not trusted or does not name the host: pass its CA with ca-file (or, for a throwaway test only, insecure: true).'
            : undefined;
    }
    if (f.code.startsWith('HPE_'))
        return 'Check the scheme: http:// to a TLS port answers with TLS bytes.';
    return undefined;
}

// EXTERNAL MODULE: ./packages/kit/src/inputs.ts
var inputs = __webpack_require__(79341);
;// CONCATENATED MODULE: ./packages/probe/src/latency.ts

const latency_EXPECTED = 'budgets such as `p95 < 300ms`, `max <= 1s`, `p50: 100ms` or a bare duration for the p95';
function parseLatencyBudget(input, item) {
    const text = item.trim();
    if (/^(p[\d.]+|max)\s*(>|>=|==|=)[^=]/i.test(text))
        throw new errors/* InputError */.dz(input, `'${text}' is not an upper limit (a budget uses <, <= or :)`, latency_EXPECTED);
    const m = /^(?:(p\d{1,2}(?:\.\d+)?|max)\s*(<=|<|:)\s*)?(\S.*)$/i.exec(text);
    if (!m)
        throw new errors/* InputError */.dz(input, `'${text}' is not a latency budget`, latency_EXPECTED);
    const stat = (m[1] ?? 'p95').toLowerCase();
    const percentile = stat === 'max' ? 100 : Number(stat.slice(1));
    if (percentile <= 0 || percentile > 100) {
        throw new errors/* InputError */.dz(input, `'${m[1]}' is not a percentile between p1 and p99.9`, latency_EXPECTED);
    }
    if (!m[1] && /[<>:=]/.test(text)) {
        throw new errors/* InputError */.dz(input, `'${text}' does not name a statistic (p50, p95, p99, max) before the comparison`, latency_EXPECTED);
    }
    let limitMs;
    try {
        limitMs = (0,inputs/* parseDuration */.E9)(input, m[3]);
    }
    catch {
        throw new errors/* InputError */.dz(input, `'${m[3]}' in '${text}' is not a duration`, latency_EXPECTED);
    }
    if (limitMs <= 0)
        throw new errors/* InputError */.dz(input, `'${text}' allows no time at all`, latency_EXPECTED);
    return {
        stat: stat,
        percentile,
        limitMs,
        inclusive: m[2] !== '<',
        text: `${stat} ${m[2] === '<' ? '<' : '<='} ${m[3]}`,
    };
}
/** Nearest-rank percentile (the value below which `p` % of the samples fall; no interpolation). */
function percentile(sortedMs, p) {
    if (sortedMs.length === 0)
        return Number.NaN;
    const rank = Math.ceil((p / 100) * sortedMs.length);
    return sortedMs[Math.min(sortedMs.length, Math.max(1, rank)) - 1];
}
function latencyStats(samplesMs) {
    if (samplesMs.length === 0)
        return undefined;
    const sorted = [...samplesMs].sort((a, b) => a - b);
    const round = (n) => Math.round(n * 10) / 10;
    return {
        count: sorted.length,
        p50: round(percentile(sorted, 50)),
        p95: round(percentile(sorted, 95)),
        max: round(sorted[sorted.length - 1]),
    };
}
/** The budgets that the samples break, each with the measured value. */
function checkBudgets(budgets, samplesMs) {
    const sorted = [...samplesMs].sort((a, b) => a - b);
    if (sorted.length === 0)
        return [];
    return budgets
        .map((budget) => ({ budget, measuredMs: percentile(sorted, budget.percentile) }))
        .filter(({ budget, measuredMs }) => budget.inclusive ? measuredMs > budget.limitMs : measuredMs >= budget.limitMs);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/cluster/src/kubeconfig.ts
var src_kubeconfig = __webpack_require__(38357);
;// CONCATENATED MODULE: ./packages/probe/src/target.ts

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SERVICE_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const PORT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SERVICE_FORM = '[namespace/]name:port[/path], e.g. `hello:8080/version` or `prod/hello:http/healthz`';
function parseUrlTarget(input, value) {
    let url;
    try {
        // `localhost:8080/x` parses as a URL of scheme `localhost:`; require the `//` of a real one.
        if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value))
            throw new TypeError('no scheme');
        url = new URL(value);
    }
    catch {
        throw new errors/* InputError */.dz(input, `'${redactUrlText(value)}' is not an absolute URL`, 'http:// or https:// URLs, e.g. https://hello.example.com/healthz');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* InputError */.dz(input, `'${redactUrlText(value)}' uses ${url.protocol.replace(/:$/, '')}://`, 'http:// or https:// URLs');
    }
    // WHATWG URL accepts port 0 (and nothing can listen there): refused now, not after the whole timeout.
    if (url.port === '0') {
        throw new errors/* InputError */.dz(input, `'${redactUrlText(value)}' has port 0`, 'a URL whose port is from 1 to 65535');
    }
    return { kind: 'url', url, display: displayUrl(url) };
}
function parseServiceTarget(input, value) {
    const m = /^(?:([^/:]+)\/)?([^/:]+):([^/]+)(\/.*)?$/.exec(value.trim());
    if (!m)
        throw new errors/* InputError */.dz(input, `'${value}' is not a service reference`, SERVICE_FORM);
    const [, namespace, name, port, path] = m;
    if (namespace !== undefined && (!DNS_LABEL.test(namespace) || namespace.length > 63)) {
        throw new errors/* InputError */.dz(input, `namespace '${namespace}' in '${value}' is not a valid name`, SERVICE_FORM);
    }
    if (!SERVICE_NAME.test(name) || name.length > 63) {
        throw new errors/* InputError */.dz(input, `service name '${name}' in '${value}' is not valid (lower-case letters, digits and -, starting with a letter)`, SERVICE_FORM);
    }
    const numeric = /^\d+$/.test(port);
    if (numeric ? Number(port) < 1 || Number(port) > 65535 : !PORT_NAME.test(port) || port.length > 15) {
        throw new errors/* InputError */.dz(input, `port '${port}' in '${value}' is neither a port number (1–65535) nor a port name`, SERVICE_FORM);
    }
    const p = path ?? '/';
    return {
        kind: 'service',
        namespace,
        name: name,
        port: port,
        path: p,
        display: `service ${namespace ? `${namespace}/` : ''}${name}:${port}${p}`,
    };
}
/** A URL for reports: the password (if any) replaced. */
function displayUrl(url) {
    if (!url.password)
        return url.toString();
    const copy = new URL(url.toString());
    copy.password = '***';
    return copy.toString();
}
function redactUrlText(value) {
    return value.replace(/\/\/([^/@:]*):[^/@]*@/, '//$1:***@');
}
/** The target with its path replaced when it has none (`expect-version` goes to `/version`). */
function withDefaultPath(target, path) {
    if (target.kind === 'url') {
        if (target.url.pathname !== '/' || target.url.search)
            return target;
        const url = new URL(target.url.toString());
        url.pathname = path;
        return { ...target, url, display: displayUrl(url) };
    }
    if (target.path !== '/')
        return target;
    return { ...target, path, display: target.display.replace(/\/$/, path) };
}

;// CONCATENATED MODULE: ./packages/probe/src/options.ts
/*
 * The smoke-test inputs → SmokeTestOptions. Every problem is an InputError naming the input, raised before
 * any request is sent; the values to mask come back first so the adapter can mask them before printing.
 */









const METHOD = /^[A-Z]+$/;
function parseSmokeTestInputs(inputs, ctx) {
    const secrets = [];
    const headers = parseRequestHeaders('headers', inputs.lines('headers'));
    secrets.push(...secretHeaderValues(headers));
    let targets = [
        ...urlItems(inputs.string('url')).map((u) => parseUrlTarget('url', u)),
        ...inputs.list('service').map((s) => parseServiceTarget('service', s)),
    ];
    for (const t of targets)
        if (t.kind === 'url' && t.url.password)
            secrets.push(decodeURIComponent(t.url.password));
    if (targets.length === 0) {
        throw new errors/* InputError */.dz('url', 'no target: both url and service are empty', 'a URL (url: https://hello.example.com/healthz) or a Service (service: prod/hello:8080/healthz)');
    }
    const services = targets.some((t) => t.kind === 'service');
    let kubeconfig;
    if (services) {
        kubeconfig = (0,src_kubeconfig/* resolveKubeconfig */.a8)({
            value: inputs.string('kubeconfig'),
            context: inputs.string('context'),
            cwd: ctx.workspace,
            env: ctx.env,
        });
        secrets.push(...kubeconfig.secrets);
        if (headers.some(([n]) => /^authorization$/i.test(n))) {
            throw new errors/* InputError */.dz('headers', 'has an Authorization header, which a service target cannot carry: the API server takes that header for its own authentication', 'no Authorization header with service targets', 'Check the Service through a `url` to send your own Authorization header.');
        }
    }
    else if (inputs.string('kubeconfig') !== '') {
        // Given but unused (the pipeline passes it to every stage): not an error, but its secrets are masked.
        try {
            secrets.push(...(0,src_kubeconfig/* resolveKubeconfig */.a8)({ value: inputs.string('kubeconfig'), cwd: ctx.workspace, env: {} }).secrets);
        }
        catch {
            /* not used for URL targets */
        }
    }
    const namespace = inputs.optional('namespace');
    if (namespace) {
        if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace) || namespace.length > 63)
            throw new errors/* InputError */.dz('namespace', `'${namespace}' is not a valid namespace name`, 'a DNS label (lower-case letters, digits, -)');
        targets = targets.map((t) => t.kind === 'service' && !t.namespace
            ? { ...t, namespace, display: t.display.replace(/^service /, `service ${namespace}/`) }
            : t);
    }
    const version = inputs.optional('expect-version');
    const commit = inputs.optional('expect-commit');
    if (version || commit) {
        const path = inputs.string('version-path') || '/version';
        if (!path.startsWith('/'))
            throw new errors/* InputError */.dz('version-path', `'${path}' does not start with /`, 'a path such as /version');
        targets = targets.map((t) => withDefaultPath(t, path));
    }
    if (commit && !/^[0-9a-f]{7,64}$/i.test(commit))
        throw new errors/* InputError */.dz('expect-commit', `'${commit}' is not a commit hash`, '7 to 64 hex digits, e.g. ${{ github.sha }}');
    const method = (inputs.string('method') || 'GET').toUpperCase();
    if (!METHOD.test(method))
        throw new errors/* InputError */.dz('method', `'${method}' is not an HTTP method`, 'GET, HEAD, POST, PUT, …');
    const bodyText = inputs.string('body');
    const expect = {
        status: parseStatusMatcher('expect-status', inputs.list('expect-status').length > 0 ? inputs.list('expect-status') : ['2xx']),
        body: inputs.lines('expect-body'),
        bodyRegex: inputs.lines('expect-body-regex').map((r) => regex('expect-body-regex', r)),
        json: inputs.lines('expect-json').map((a) => parseJsonAssertion('expect-json', a)),
        headers: parseHeaderExpectations('expect-header', inputs.lines('expect-header')),
        version: version || commit ? { version, commit } : undefined,
    };
    if (method === 'HEAD' &&
        (expect.body.length || expect.bodyRegex.length || expect.json.length || expect.version))
        throw new errors/* InputError */.dz('method', 'HEAD answers have no body, but body expectations are set', 'GET (or drop expect-body/-json/-version)');
    const insecure = inputs.boolean('insecure', false);
    const caFile = inputs.optional('ca-file');
    let ca;
    if (caFile) {
        if (insecure)
            throw new errors/* InputError */.dz('ca-file', 'is set together with insecure: true, which skips verification', 'one of them');
        const full = (0,external_node_path_.resolve)(ctx.workspace, caFile);
        if (!(0,external_node_fs_.existsSync)(full))
            throw new errors/* InputError */.dz('ca-file', `'${caFile}' does not exist`, 'the path of a PEM file with CA certificates');
        const pem = (0,external_node_fs_.readFileSync)(full, 'utf8');
        if (!pem.includes('-----BEGIN CERTIFICATE-----'))
            throw new errors/* InputError */.dz('ca-file', `'${caFile}' holds no PEM certificate`, 'a PEM file (-----BEGIN CERTIFICATE-----)');
        ca = [pem];
    }
    const timeoutMs = inputs.duration('timeout', 120_000);
    if (timeoutMs < 100)
        throw new errors/* InputError */.dz('timeout', `${timeoutMs} ms is too short`, 'a duration of at least 100ms, e.g. 2m');
    const requestTimeoutMs = inputs.duration('request-timeout', 10_000);
    if (requestTimeoutMs < 1)
        throw new errors/* InputError */.dz('request-timeout', 'is zero', 'a duration such as 10s');
    const retryDelay = inputs.duration('retry-delay', 1000);
    const latency = inputs.list('latency').map((b) => parseLatencyBudget('latency', b));
    const p95 = inputs.optional('latency-p95');
    if (p95)
        latency.push(parseLatencyBudget('latency-p95', `p95 <= ${p95}`));
    return {
        targets,
        kubeconfig,
        method,
        headers,
        body: bodyText === '' ? undefined : bodyText,
        expect,
        tls: { insecure, ca },
        requestTimeoutMs: Math.min(requestTimeoutMs, timeoutMs),
        timeoutMs,
        retries: inputs.integer('retries', { min: 0, max: 1000, fallback: 10 }),
        backoff: { baseMs: Math.max(1, retryDelay), maxMs: Math.max(retryDelay, 10_000) },
        consecutiveSuccesses: inputs.integer('consecutive-successes', { min: 1, max: 1000, fallback: 3 }),
        intervalMs: inputs.duration('interval', 500),
        requests: inputs.integer('requests', { min: 0, max: 100_000, fallback: 0 }),
        latency,
        secrets: [...new Set(secrets)].filter((s) => s.length >= 3),
    };
}
/** URLs one per line or comma-separated; a comma inside a URL (a query) stays when no scheme follows it. */
function urlItems(value) {
    return value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .flatMap((l) => l.split(/\s*,\s*(?=[A-Za-z][A-Za-z0-9+.-]*:\/\/)|\s+/))
        .filter((s) => s !== '');
}
function regex(input, text) {
    const m = /^\/(.*)\/([imsu]*)$/.exec(text);
    try {
        return m ? new RegExp(m[1], m[2]) : new RegExp(text);
    }
    catch (err) {
        throw new errors/* InputError */.dz(input, `'${text}' is not a valid regex: ${err.message}`, 'a JavaScript regex, optionally as /regex/flags');
    }
}

;// CONCATENATED MODULE: ./packages/probe/src/service-proxy.ts
/**
 * The selected context's API server and credentials. Certificate files and a tokenFile are read here (an
 * unreadable one fails before any request); an exec plugin runs at the first request. @goship/cluster is
 * loaded only when a Service is checked: a URL-only smoke test never needs it.
 */
async function apiServerAccess(kc, events) {
    const { Credentials } = await Promise.all(/* import() */[__webpack_require__.e(1876), __webpack_require__.e(6292), __webpack_require__.e(3932)]).then(__webpack_require__.bind(__webpack_require__, 93932));
    return {
        server: new URL(kc.server),
        credentials: new Credentials(kc, events),
        namespace: kc.namespace ?? 'default',
    };
}
/** What the next request to the API server carries: its TLS and Authorization (the exec plugin's current token). */
async function apiServerAuth(access, signal) {
    const { tls, authorization } = await access.credentials.current(signal);
    return { headers: authorization ? [['Authorization', authorization]] : [], tls };
}
/** The proxy URL of a Service target on this API server. */
function serviceProxyUrl(access, t) {
    const ns = t.namespace ?? access.namespace;
    const base = access.server.toString().replace(/\/+$/, '');
    return new URL(`${base}/api/v1/namespaces/${ns}/services/${t.name}:${t.port}/proxy${t.path}`);
}
/**
 * The API server's own answer (a `Status` object), as opposed to the Service's: the Service missing, no
 * ready endpoints, our credentials refused, RBAC missing. Undefined when the body is the Service's.
 */
function apiServerStatus(status, body) {
    if (status < 400)
        return undefined;
    let s;
    try {
        s = JSON.parse(body);
    }
    catch {
        return undefined;
    }
    if (s?.kind !== 'Status' || s.apiVersion !== 'v1')
        return undefined;
    const msg = s.message ?? `HTTP ${status}`;
    if (status === 401)
        return {
            message: `the API server rejected the kubeconfig's credentials (401 Unauthorized): ${msg}`,
            retryable: false,
        };
    if (status === 403)
        return {
            message: `the API server forbids the service proxy (403): ${msg}. The kubeconfig's user needs RBAC 'get' on 'services/proxy' in that namespace`,
            retryable: false,
        };
    if (status === 404 && s.reason === 'NotFound')
        return {
            // The API server answers the same for a missing Service and for a Service without an Endpoints object.
            message: `the API server says: ${msg} (the Service does not exist in that namespace, or it has no Endpoints object)`,
            retryable: false,
        };
    if (status === 503 && /^no service port /.test(msg))
        return {
            message: `the API server says: ${msg} (check the port: a Service port number or name)`,
            retryable: false,
        };
    if (status === 503)
        return { message: `the API server says: ${msg} (no ready endpoint yet)`, retryable: true };
    return { message: `the API server says: ${msg}`, retryable: status === 429 || status >= 500 };
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
// EXTERNAL MODULE: ./packages/kit/src/summary.ts
var summary = __webpack_require__(18806);
// EXTERNAL MODULE: ./packages/kit/src/retry.ts
var retry = __webpack_require__(52868);
;// CONCATENATED MODULE: ./packages/probe/src/smoke-test.ts






async function smokeTest(o) {
    const started = performance.now();
    const deadline = started + o.timeoutMs;
    const access = o.targets.some((t) => t.kind === 'service') ? await kubeAccess(o) : undefined;
    const targets = await Promise.all(o.targets.map((t) => checkTarget(o, t, deadline, access)));
    return {
        passed: targets.every((t) => t.passed),
        durationMs: Math.round(performance.now() - started),
        targets,
    };
}
function kubeAccess(o) {
    if (!o.kubeconfig)
        throw new Error('smokeTest: a Service target needs options.kubeconfig');
    return apiServerAccess(o.kubeconfig, {
        notice: (m) => (o.log?.notice ? o.log.notice(m) : o.log?.info(m)),
        setSecret: (s) => o.registerSecret?.(s),
    });
}
function buildRequest(o, t, access) {
    const base = { method: o.method, body: o.body, signal: o.signal };
    // A Service target's credentials are added to each request (sendTo): an exec plugin's token may change.
    if (t.kind === 'service')
        return { ...base, url: serviceProxyUrl(access, t), headers: o.headers };
    const ca = o.tls.ca && o.tls.ca.length > 0 ? [...external_node_tls_.rootCertificates, ...o.tls.ca] : undefined;
    return { ...base, url: t.url, headers: o.headers, tls: { ca, rejectUnauthorized: !o.tls.insecure } };
}
async function checkTarget(o, t, deadline, access) {
    const started = performance.now();
    const request = buildRequest(o, t, access);
    const report = {
        target: t.display,
        url: t.kind === 'url' ? t.display : request.url.toString(),
        method: o.method,
        passed: false,
        attempts: 0,
        statuses: {},
        successesInRow: 0,
        durationMs: 0,
    };
    const log = (m) => o.log?.info(`${t.display}: ${m}`);
    const counted = [];
    const done = (failure, hint) => {
        report.latency = latencyStats(counted);
        report.durationMs = Math.round(performance.now() - started);
        report.failure = failure;
        report.hint = hint;
        report.passed = failure === undefined;
        return report;
    };
    const attempt = async () => {
        const remaining = deadline - performance.now();
        if (remaining <= 0)
            return undefined;
        const outcome = await sendTo({ ...request, timeoutMs: Math.min(o.requestTimeoutMs, Math.ceil(remaining)) }, t.kind === 'service' ? access : undefined);
        report.attempts++;
        const judged = judge(o.expect, t, outcome);
        const key = judged.status !== undefined ? String(judged.status) : (judged.code ?? 'error');
        report.statuses[key] = (report.statuses[key] ?? 0) + 1;
        if (!judged.ok && !report.firstFailure) {
            report.firstFailure = {
                attempt: report.attempts,
                status: judged.status,
                code: judged.code,
                message: judged.message,
            };
        }
        return judged;
    };
    const timeoutText = `the overall timeout (${(0,summary/* formatMs */._V)(o.timeoutMs)})`;
    let retries = 0;
    let last;
    while (report.successesInRow < o.consecutiveSuccesses) {
        const r = await attempt();
        if (!r) {
            return done(`${timeoutText} ran out after ${report.attempts} attempt(s) with ${report.successesInRow} of ${o.consecutiveSuccesses} successes in a row${last && !last.ok ? `; last: ${last.message}` : ''}`, last?.hint);
        }
        last = r;
        if (r.ok) {
            report.successesInRow++;
            if (r.body !== undefined)
                report.answer = r.body.slice(0, 4096);
            counted.push(r.latencyMs);
            log(`${r.status} in ${(0,summary/* formatMs */._V)(r.latencyMs)} (${report.successesInRow}/${o.consecutiveSuccesses} in a row)`);
            if (report.successesInRow < o.consecutiveSuccesses)
                await pause(o.intervalMs, deadline, o.signal);
            continue;
        }
        const hadRun = report.successesInRow;
        report.successesInRow = 0;
        counted.length = 0;
        if (!r.retryable)
            return done(r.message, r.hint);
        if (retries >= o.retries) {
            return done(`${r.message} (gave up after ${report.attempts} attempt(s): retries: ${o.retries})`, r.hint);
        }
        retries++;
        const delay = (0,retry/* backoffDelay */.EY)(retries, o.backoff.baseMs, o.backoff.maxMs, o.random);
        if (performance.now() + delay >= deadline) {
            return done(`${timeoutText} ran out after ${report.attempts} attempt(s); last: ${r.message}`, r.hint);
        }
        log(`${r.message}${hadRun > 0 ? ` (after ${hadRun} success(es) in a row: counting again)` : ''}; retrying in ${(0,summary/* formatMs */._V)(delay)}`);
        await (0,retry/* sleep */.yy)(delay, o.signal);
    }
    for (let i = 1; i <= o.requests; i++) {
        const r = await attempt();
        if (!r)
            return done(`${timeoutText} ran out after ${i - 1} of ${o.requests} measured requests`);
        if (!r.ok)
            return done(`measured request ${i} of ${o.requests}: ${r.message}`, r.hint);
        counted.push(r.latencyMs);
    }
    if (o.requests > 0)
        log(`${o.requests} measured request(s) passed`);
    const broken = checkBudgets(o.latency, counted);
    if (broken.length > 0) {
        return done(`latency budget broken over ${counted.length} request(s): ${broken
            .map((b) => `${b.budget.stat} is ${(0,summary/* formatMs */._V)(b.measuredMs)} (budget ${b.budget.text})`)
            .join('; ')}`, 'Look at the slow requests in the service, or raise the budget if it was too tight.');
    }
    return done();
}
/**
 * One request; to the API server with its current credentials. After a 401 an exec plugin's credential is
 * dropped and the request sent once more with a fresh one, as k8s-rollout's client does.
 */
async function sendTo(request, access) {
    if (!access)
        return sendRequest(request);
    for (let again = false;; again = true) {
        const auth = await apiServerAuth(access, request.signal);
        const outcome = await sendRequest({
            ...request,
            headers: [...request.headers, ...auth.headers],
            tls: auth.tls,
        });
        const refused = outcome.kind === 'response' && outcome.status === 401;
        if (again || !refused || !access.credentials.invalidate())
            return outcome;
    }
}
async function pause(ms, deadline, signal) {
    const wait = Math.min(ms, Math.max(0, deadline - performance.now()));
    if (wait > 0)
        await (0,retry/* sleep */.yy)(wait, signal);
}
function judge(e, t, outcome) {
    if (outcome.kind === 'error') {
        return {
            ok: false,
            retryable: outcome.retryable,
            message: outcome.message,
            hint: failureHint(outcome, t.kind === 'url' && t.url.protocol === 'https:'),
            code: outcome.code,
            latencyMs: outcome.latencyMs,
        };
    }
    const base = { status: outcome.status, latencyMs: outcome.latencyMs };
    if (t.kind === 'service' && !e.status.matches(outcome.status)) {
        const api = apiServerStatus(outcome.status, outcome.body);
        if (api)
            return { ...base, ok: false, retryable: api.retryable, message: api.message };
    }
    const v = checkResponse(e, outcome);
    return {
        ...base,
        body: outcome.body,
        ok: v.ok,
        retryable: v.retryable,
        message: v.problems.join('; '),
        hint: e.version && v.problems.some((p) => /version|commit/.test(p))
            ? 'An old pod (or another deployment) answered: check that the rollout finished and that the Service selects only the new pods.'
            : undefined,
    };
}

;// CONCATENATED MODULE: ./packages/probe/src/summary.ts

/** The job summary: one row per target, then each failure with its hint. */
function summaryMarkdown(result) {
    const ms = (n) => (n === undefined ? '–' : (0,summary/* formatMs */._V)(n));
    const rows = result.targets.map((t) => [
        t.passed ? '✅ passed' : '❌ failed',
        (0,summary/* code */.aY)(t.target),
        t.attempts,
        statusText(t),
        ms(t.latency?.p50),
        ms(t.latency?.p95),
        ms(t.latency?.max),
        t.firstFailure ? `#${t.firstFailure.attempt}: ${t.firstFailure.message}` : '',
    ]);
    const parts = [
        (0,summary/* heading */.R_)(`Smoke test ${result.passed ? 'passed' : 'failed'} (${(0,summary/* formatMs */._V)(result.durationMs)})`),
        (0,summary/* table */.tp)(['result', 'target', 'attempts', 'statuses', 'p50', 'p95', 'max', 'first failure'], rows),
    ];
    for (const t of result.targets.filter((x) => !x.passed)) {
        parts.push(`**${(0,summary/* escapeCell */.kq)(t.target)}**: ${(0,summary/* escapeCell */.kq)(t.failure)}${t.hint ? `<br>${(0,summary/* escapeCell */.kq)(t.hint)}` : ''}`);
    }
    return `${parts.join('\n\n')}\n`;
}
function statusText(t) {
    return Object.entries(t.statuses)
        .map(([s, n]) => `${s}×${n}`)
        .join(', ');
}
/** The `report` output: the result as plain JSON (what the pipeline and later steps read). */
function reportJson(result) {
    return {
        passed: result.passed,
        durationMs: result.durationMs,
        targets: result.targets.map((t) => ({
            target: t.target,
            url: t.url,
            method: t.method,
            passed: t.passed,
            attempts: t.attempts,
            statuses: t.statuses,
            latencyMs: t.latency ?? null,
            successesInRow: t.successesInRow,
            firstFailure: t.firstFailure ?? null,
            failure: t.failure ?? null,
            hint: t.hint ?? null,
            durationMs: t.durationMs,
        })),
    };
}

;// CONCATENATED MODULE: ./packages/probe/src/index.ts














/***/ })

};
