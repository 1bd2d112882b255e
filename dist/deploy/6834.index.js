export const id = 6834;
export const ids = [6834];
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

/***/ 46834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TLS_CODES: () => (/* reexport */ TLS_CODES),
  apiServerAccess: () => (/* reexport */ apiServerAccess),
  apiServerAuth: () => (/* reexport */ apiServerAuth),
  apiServerStatus: () => (/* reexport */ apiServerStatus),
  checkBudgets: () => (/* reexport */ latency/* checkBudgets */.N3),
  checkHeader: () => (/* reexport */ headers/* checkHeader */.eb),
  checkResponse: () => (/* reexport */ checkResponse),
  checkVersion: () => (/* reexport */ checkVersion),
  displayUrl: () => (/* reexport */ target/* displayUrl */.Qy),
  evaluateAssertion: () => (/* reexport */ json_assert/* evaluateAssertion */.o2),
  excerpt: () => (/* reexport */ excerpt),
  failureHint: () => (/* reexport */ failureHint),
  formatPath: () => (/* reexport */ json_assert/* formatPath */.jV),
  isRetryableStatus: () => (/* reexport */ src_status/* isRetryableStatus */.P),
  latencyStats: () => (/* reexport */ latency/* latencyStats */.Ir),
  parseHeaderExpectations: () => (/* reexport */ headers/* parseHeaderExpectations */.og),
  parseJsonAssertion: () => (/* reexport */ json_assert/* parseJsonAssertion */.YE),
  parseLatencyBudget: () => (/* reexport */ latency/* parseLatencyBudget */.P_),
  parseRequestHeaders: () => (/* reexport */ headers/* parseRequestHeaders */.L5),
  parseServiceTarget: () => (/* reexport */ target/* parseServiceTarget */.O1),
  parseSmokeTestInputs: () => (/* reexport */ options/* parseSmokeTestInputs */.s),
  parseStatusMatcher: () => (/* reexport */ src_status/* parseStatusMatcher */.W),
  parseUrlTarget: () => (/* reexport */ target/* parseUrlTarget */.wB),
  percentile: () => (/* reexport */ latency/* percentile */.Ym),
  reportJson: () => (/* reexport */ reportJson),
  resolvePath: () => (/* reexport */ json_assert/* resolvePath */.o1),
  sameCommit: () => (/* reexport */ sameCommit),
  secretHeaderValues: () => (/* reexport */ headers/* secretHeaderValues */.o4),
  sendRequest: () => (/* reexport */ sendRequest),
  serviceProxyUrl: () => (/* reexport */ serviceProxyUrl),
  smokeTest: () => (/* reexport */ smokeTest),
  statusText: () => (/* reexport */ statusText),
  summaryMarkdown: () => (/* reexport */ summaryMarkdown),
  urlItems: () => (/* reexport */ options/* urlItems */.Q),
  withDefaultPath: () => (/* reexport */ target/* withDefaultPath */.FQ)
});

// EXTERNAL MODULE: ./packages/probe/src/headers.ts
var headers = __webpack_require__(69248);
// EXTERNAL MODULE: ./packages/probe/src/json-assert.ts
var json_assert = __webpack_require__(69873);
// EXTERNAL MODULE: ./packages/probe/src/status.ts
var src_status = __webpack_require__(19222);
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
            retryable: (0,src_status/* isRetryableStatus */.P)(res.status),
            problems: [`status ${res.status}, expected ${e.status.text}; body: ${excerpt(res.body)}`],
        };
    }
    const problems = [];
    for (const h of e.headers) {
        const p = (0,headers/* checkHeader */.eb)(h, res.headers);
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
                const r = (0,json_assert/* evaluateAssertion */.o2)(a, json);
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
// EXTERNAL MODULE: ./packages/kit/src/proxy.ts
var proxy = __webpack_require__(47844);
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
            // A fresh connection each time; through the API server's proxy with Node's proxyEnv (≥ 24.5).
            agent: req.proxy
                ? new (secure ? (external_node_https_default()).Agent : (external_node_http_default()).Agent)({
                    keepAlive: false,
                    proxyEnv: { [secure ? 'HTTPS_PROXY' : 'HTTP_PROXY']: req.proxy.url.href },
                })
                : false,
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
            res.on('error', (err) => finish(failure(err, elapsed(), req)));
        });
        request.on('error', (err) => finish(failure(err, elapsed(), req)));
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
function failure(err, latencyMs, req) {
    const e = err;
    const code = e.code ?? 'ERROR';
    // Through a proxy: its refusal named without its password (Node's message quotes the proxy URL), not retried.
    const proxied = req.proxy && (0,proxy/* proxyFailure */.xh)(err, req.proxy, req.url);
    if (proxied)
        return { kind: 'error', code, message: proxied.message, retryable: false, latencyMs };
    let message = (0,proxy/* redactProxy */.YP)(e.message || String(err), req.proxy);
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

// EXTERNAL MODULE: ./packages/probe/src/latency.ts
var latency = __webpack_require__(99184);
// EXTERNAL MODULE: ./packages/probe/src/options.ts
var options = __webpack_require__(6812);
;// CONCATENATED MODULE: ./packages/probe/src/service-proxy.ts
/**
 * The selected context's API server and credentials. Certificate files and a tokenFile are read here (an
 * unreadable one fails before any request); an exec plugin runs at the first request. @goship/cluster is
 * loaded only when a Service is checked: a URL-only smoke test never needs it.
 */
async function apiServerAccess(kc, events) {
    const { Credentials } = await Promise.all(/* import() */[__webpack_require__.e(6698), __webpack_require__.e(1221)]).then(__webpack_require__.bind(__webpack_require__, 75798));
    return {
        server: new URL(kc.server),
        credentials: new Credentials(kc, events),
        proxy: kc.proxy,
        namespace: kc.namespace ?? 'default',
    };
}
/** What the next request to the API server carries: its TLS and Authorization (the exec plugin's current token). */
async function apiServerAuth(access, signal) {
    const { tls, authorization } = await access.credentials.current(signal);
    return { headers: authorization ? [['Authorization', authorization]] : [], tls, proxy: access.proxy };
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
// EXTERNAL MODULE: ./packages/kit/src/telemetry.ts
var telemetry = __webpack_require__(55423);
// EXTERNAL MODULE: ./packages/kit/src/summary.ts
var summary = __webpack_require__(55300);
// EXTERNAL MODULE: ./packages/kit/src/retry.ts
var retry = __webpack_require__(36658);
;// CONCATENATED MODULE: ./packages/probe/src/smoke-test.ts






async function smokeTest(o) {
    const started = performance.now();
    const deadline = started + o.timeoutMs;
    const access = o.targets.some((t) => t.kind === 'service') ? await kubeAccess(o) : undefined;
    const targets = await Promise.all(o.targets.map((t) => (0,telemetry/* span */.Ln)('smoke check', { 'goship.smoke.target': t.display }, async (s) => {
        const r = await checkTarget(o, t, deadline, access);
        s.set({ 'goship.smoke.attempts': r.attempts, 'goship.smoke.passed': r.passed });
        if (!r.passed)
            s.fail(r.failure ?? 'failed', 'SmokeTestFailed');
        return r;
    })));
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
        notice: (m) => o.log?.notice(m),
        secret: (s) => o.log?.secret(s),
    });
}
function buildRequest(o, t, access) {
    const base = { method: o.method, body: o.body, signal: o.signal };
    const headers = withTraceContext(o.headers);
    // A Service target's credentials are added to each request (sendTo): an exec plugin's token may change.
    if (t.kind === 'service')
        return { ...base, url: serviceProxyUrl(access, t), headers };
    const ca = o.tls.ca && o.tls.ca.length > 0 ? [...external_node_tls_.rootCertificates, ...o.tls.ca] : undefined;
    return { ...base, url: t.url, headers, tls: { ca, rejectUnauthorized: !o.tls.insecure } };
}
/**
 * The smoke check's span as W3C trace context on its requests, when the run is traced: an instrumented
 * service's spans of these requests then belong to the deploy's trace. A traceparent in `headers` is the
 * user's and stays.
 */
function withTraceContext(headers) {
    const traceparent = (0,telemetry/* tracing */.zR)().traceparent();
    if (!traceparent || headers.some(([name]) => name.toLowerCase() === 'traceparent'))
        return headers;
    return [...headers, ['traceparent', traceparent]];
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
        report.latency = (0,latency/* latencyStats */.Ir)(counted);
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
    const broken = (0,latency/* checkBudgets */.N3)(o.latency, counted);
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
            proxy: auth.proxy,
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

// EXTERNAL MODULE: ./packages/probe/src/target.ts
var target = __webpack_require__(72505);
;// CONCATENATED MODULE: ./packages/probe/src/index.ts














/***/ })

};
