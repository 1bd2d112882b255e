export const id = 9322;
export const ids = [9322];
export const modules = {

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

/***/ 11376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ DELIVERY),
/* harmony export */   Qh: () => (/* binding */ deliveryMarkdown),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   o3: () => (/* binding */ deliveryMetricAttributes),
/* harmony export */   oq: () => (/* binding */ deliveryEnvironment),
/* harmony export */   s0: () => (/* binding */ deliveryFigures),
/* harmony export */   yy: () => (/* binding */ deliverySpanAttributes)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55300);
/*
 * Delivery metrics (issue 21): the four figures a deploy can see for itself, computed from the moments the
 * rollout recorded (packages/kube/src/delivery.ts) — lead time (commit → verified), deployment duration
 * (apply → verified or failed), the result (a rollback is a change failure) and time to restore (failure
 * detected → the previous release serving again). They go on the rollout's span, into the job summary and,
 * when a metrics endpoint is set, out as OTLP metrics (telemetry-metrics.ts). Nothing here loads the SDK.
 */

/** Metric and attribute names: goship.delivery.* for the figures; deployment.*, k8s.* and vcs.* names where those fit. */
const DELIVERY = {
    leadTime: 'goship.delivery.lead_time',
    deploymentDuration: 'goship.delivery.deployment.duration',
    timeToRestore: 'goship.delivery.time_to_restore',
    deployments: 'goship.delivery.deployments',
    result: 'goship.delivery.result',
    version: 'goship.delivery.version',
    commitTime: 'goship.delivery.commit.time',
};
const seconds = (ms) => Math.round(ms) / 1000;
function deliveryFigures(m) {
    const figures = {
        result: m.result,
        deploymentDuration: seconds(Math.max(0, m.decided - m.started)),
    };
    // A commit time after the verification (a SOURCE_DATE_EPOCH in the future, a skewed clock) is no lead time.
    if (m.result === 'success' && m.committed !== undefined && m.committed <= m.decided)
        figures.leadTime = seconds(m.decided - m.committed);
    if (m.result === 'rolled_back' && m.restored !== undefined)
        figures.timeToRestore = seconds(Math.max(0, m.restored - m.decided));
    return figures;
}
/** The attributes every delivery metric carries (bounded: no commit, no run id). */
function deliveryMetricAttributes(d) {
    return {
        'deployment.name': d.labels.service,
        'deployment.environment.name': d.labels.environment,
        'k8s.namespace.name': d.labels.namespace,
        'k8s.cluster.name': d.labels.cluster,
        [DELIVERY.version]: d.labels.version,
        [DELIVERY.result]: d.figures.result,
    };
}
/** The rollout span's attributes: the metric attributes, the figures, and the commit they were measured from. */
function deliverySpanAttributes(d) {
    return {
        ...deliveryMetricAttributes(d),
        'deployment.status': d.figures.result === 'success' ? 'succeeded' : 'failed',
        'vcs.ref.head.revision': d.commit,
        [DELIVERY.commitTime]: d.commitTime,
        [DELIVERY.leadTime]: d.figures.leadTime,
        [DELIVERY.deploymentDuration]: d.figures.deploymentDuration,
        [DELIVERY.timeToRestore]: d.figures.timeToRestore,
    };
}
/** deployment.environment.name: the environment input when given, else OTEL_RESOURCE_ATTRIBUTES' own. */
function deliveryEnvironment(env, input) {
    if (input)
        return input;
    for (const pair of (env.OTEL_RESOURCE_ATTRIBUTES ?? '').split(',')) {
        const eq = pair.indexOf('=');
        if (eq < 0 || pair.slice(0, eq).trim() !== 'deployment.environment.name')
            continue;
        const raw = pair.slice(eq + 1).trim();
        try {
            return decodeURIComponent(raw) || undefined;
        }
        catch {
            return raw || undefined;
        }
    }
    return undefined;
}
/** 12.3 s, 4 min 05 s, 3 h 04 min, 2 d 03 h: a lead time may be days, a rollout seconds. */
function formatSeconds(s) {
    if (s < 60)
        return `${s.toFixed(s < 10 ? 2 : 1)} s`;
    const pad = (n) => String(n).padStart(2, '0');
    const whole = Math.round(s);
    if (whole < 3600)
        return `${Math.floor(whole / 60)} min ${pad(whole % 60)} s`;
    if (whole < 86_400)
        return `${Math.floor(whole / 3600)} h ${pad(Math.floor((whole % 3600) / 60))} min`;
    return `${Math.floor(whole / 86_400)} d ${pad(Math.floor((whole % 86_400) / 3600))} h`;
}
const RESULT_TEXT = {
    success: '✅ success',
    failure: '❌ failure',
    rolled_back: '↩️ rolled back (a change failure)',
};
/** The job summary's "Delivery" table. */
function deliveryMarkdown(d) {
    const f = d.figures;
    const verified = d.verifiedBy === 'smoke test' ? 'smoke test passed' : 'rolled out';
    const lead = f.leadTime !== undefined
        ? `${formatSeconds(f.leadTime)} (commit ${d.commit ? `${d.commit.slice(0, 7)} ` : ''}at ${d.commitTime})`
        : f.result !== 'success'
            ? '– (not delivered)'
            : '– (the commit time is not known here)';
    const rows = [
        ['result', RESULT_TEXT[f.result]],
        [`lead time (commit → ${verified})`, lead],
        [
            `deployment duration (apply → ${f.result === 'success' ? verified : 'failure detected'})`,
            formatSeconds(f.deploymentDuration),
        ],
        [
            'time to restore (failure → previous release serving)',
            f.timeToRestore !== undefined
                ? formatSeconds(f.timeToRestore)
                : f.result === 'rolled_back'
                    ? '–'
                    : '– (no rollback)',
        ],
    ];
    const where = [
        d.labels.service,
        d.labels.namespace && `namespace ${d.labels.namespace}`,
        d.labels.cluster && `cluster ${d.labels.cluster}`,
        d.labels.environment && `environment ${d.labels.environment}`,
        d.labels.version && `version ${d.labels.version}`,
    ]
        .filter(Boolean)
        .join(', ');
    return `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)('Delivery', 4)}\n\n${where}\n\n${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['figure', 'value'], rows)}\n`;
}


/***/ }),

/***/ 79322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkSendDeliveries: () => (/* binding */ sdkSendDeliveries)
/* harmony export */ });
/* harmony import */ var _opentelemetry_core__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(55931);
/* harmony import */ var _opentelemetry_exporter_metrics_otlp_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3487);
/* harmony import */ var _opentelemetry_exporter_metrics_otlp_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78662);
/* harmony import */ var _opentelemetry_exporter_metrics_otlp_proto__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24479);
/* harmony import */ var _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19481);
/* harmony import */ var _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(21191);
/* harmony import */ var _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(49221);
/* harmony import */ var _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66700);
/* harmony import */ var _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37297);
/* harmony import */ var _telemetry_delivery_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(11376);






/** Collects when asked (once, at the end of the run); the exporter is called here, not on a timer. */
class OnceReader extends _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_0__/* .MetricReader */ .s {
    async onShutdown() { }
    async onForceFlush() { }
}
// Bucket bounds in seconds: a rollout takes seconds to minutes; a lead time minutes to weeks.
const ROLLOUT_BUCKETS = [1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 1200, 1800, 3600];
const LEAD_BUCKETS = [60, 300, 600, 1800, 3600, 7200, 14_400, 28_800, 86_400, 172_800, 604_800, 2_592_000];
async function sdkSendDeliveries(o) {
    const { env, log, endpoint } = o;
    const protocol = (env.OTEL_EXPORTER_OTLP_METRICS_PROTOCOL || env.OTEL_EXPORTER_OTLP_PROTOCOL || '').trim();
    // The general variable's problem is told once, by the traces (telemetry-sdk.ts), when they are on too.
    const tracesOn = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
    if (protocol && protocol !== 'http/protobuf' && protocol !== 'http/json')
        if (env.OTEL_EXPORTER_OTLP_METRICS_PROTOCOL || !tracesOn)
            log.warning(`OpenTelemetry: metrics protocol '${protocol}' is not supported here: sending http/protobuf (http/json is the other choice)`);
    // The exporter's own retries end within the bound too, or they would keep the step's process alive after it.
    const configured = Number(env.OTEL_EXPORTER_OTLP_METRICS_TIMEOUT || env.OTEL_EXPORTER_OTLP_TIMEOUT) || 10_000;
    const config = {
        timeoutMillis: Math.min(configured, o.timeoutMs),
        ...(env.OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE?.trim()
            ? {}
            : { temporalityPreference: _opentelemetry_exporter_metrics_otlp_http__WEBPACK_IMPORTED_MODULE_1__/* .AggregationTemporalityPreference */ .I.DELTA }),
    };
    const exporter = protocol === 'http/json' ? new _opentelemetry_exporter_metrics_otlp_http__WEBPACK_IMPORTED_MODULE_2__/* .OTLPMetricExporter */ .r(config) : new _opentelemetry_exporter_metrics_otlp_proto__WEBPACK_IMPORTED_MODULE_3__/* .OTLPMetricExporter */ .r(config);
    const reader = new OnceReader({
        aggregationTemporalitySelector: (type) => exporter.selectAggregationTemporality(type),
    });
    const provider = new _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_4__/* .MeterProvider */ .r({
        resource: (0,_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_5__/* .resourceFromAttributes */ .QZ)({
            'service.name': o.service.name,
            'service.version': o.service.version,
        }).merge((0,_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_6__/* .detectResources */ .$)({ detectors: [_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_7__/* .envDetector */ .q] })),
        readers: [reader],
    });
    record(provider, o);
    let timer;
    const timedOut = new Promise((resolve) => {
        timer = setTimeout(() => resolve('timeout'), o.timeoutMs);
    });
    try {
        const sent = async () => {
            const { resourceMetrics } = await reader.collect();
            return new Promise((resolve) => exporter.export(resourceMetrics, resolve));
        };
        const r = await Promise.race([sent(), timedOut]);
        if (r === 'timeout')
            log.warning(`OpenTelemetry: the metrics were not sent to ${endpoint} within ${o.timeoutMs / 1000}s; the run is not affected`);
        else if (r.code !== _opentelemetry_core__WEBPACK_IMPORTED_MODULE_8__/* .ExportResultCode */ .V.SUCCESS)
            log.warning(`OpenTelemetry: the metrics could not be sent to ${endpoint}: ${r.error?.message ?? 'the export failed'}; the run is not affected`);
    }
    finally {
        clearTimeout(timer);
        // Nothing is left to send: shutting down only releases the exporter's connections.
        void provider.shutdown().catch(() => { });
        void exporter.shutdown().catch(() => { });
    }
}
/** The instruments, and each delivery recorded in them with its bounded attributes. */
function record(provider, o) {
    const meter = provider.getMeter('goship', o.service.version);
    const histogram = (name, description, buckets) => meter.createHistogram(name, { unit: 's', description, advice: { explicitBucketBoundaries: buckets } });
    const leadTime = histogram(_telemetry_delivery_js__WEBPACK_IMPORTED_MODULE_9__/* .DELIVERY */ .HD.leadTime, 'Lead time for changes: the commit to its deployment verified', LEAD_BUCKETS);
    const duration = histogram(_telemetry_delivery_js__WEBPACK_IMPORTED_MODULE_9__/* .DELIVERY */ .HD.deploymentDuration, 'The rollout: the apply to verified or failed', ROLLOUT_BUCKETS);
    const restore = histogram(_telemetry_delivery_js__WEBPACK_IMPORTED_MODULE_9__/* .DELIVERY */ .HD.timeToRestore, 'Time to restore: the failure detected to the previous release serving again', ROLLOUT_BUCKETS);
    const deployments = meter.createCounter(_telemetry_delivery_js__WEBPACK_IMPORTED_MODULE_9__/* .DELIVERY */ .HD.deployments, {
        unit: '{deployment}',
        description: 'Deployments by result (rolled_back: a change failure)',
    });
    for (const d of o.deliveries) {
        const attributes = Object.fromEntries(Object.entries((0,_telemetry_delivery_js__WEBPACK_IMPORTED_MODULE_9__/* .deliveryMetricAttributes */ .o3)(d)).filter(([, v]) => v !== undefined && v !== ''));
        deployments.add(1, attributes);
        duration.record(d.figures.deploymentDuration, attributes);
        if (d.figures.leadTime !== undefined)
            leadTime.record(d.figures.leadTime, attributes);
        if (d.figures.timeToRestore !== undefined)
            restore.record(d.figures.timeToRestore, attributes);
    }
}


/***/ })

};
