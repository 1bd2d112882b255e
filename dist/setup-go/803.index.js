export const id = 803;
export const ids = [803];
export const modules = {

/***/ 5803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sdkSendDeliveries: () => (/* binding */ sdkSendDeliveries)
});

// EXTERNAL MODULE: ./node_modules/@opentelemetry/core/dist/ExportResult.mjs
var ExportResult = __webpack_require__(5931);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/exporter-metrics-otlp-http/dist/OTLPMetricExporterOptions.mjs
var OTLPMetricExporterOptions = __webpack_require__(3487);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/exporter-metrics-otlp-http/dist/platform/node/OTLPMetricExporter.mjs + 3 modules
var OTLPMetricExporter = __webpack_require__(8662);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/exporter-metrics-otlp-proto/dist/platform/node/OTLPMetricExporter.mjs + 4 modules
var node_OTLPMetricExporter = __webpack_require__(4479);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/resources/dist/ResourceImpl.mjs + 5 modules
var ResourceImpl = __webpack_require__(9481);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/resources/dist/detect-resources.mjs
var detect_resources = __webpack_require__(1191);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/resources/dist/detectors/EnvDetector.mjs + 1 modules
var EnvDetector = __webpack_require__(9221);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-metrics/dist/export/MetricReader.mjs + 4 modules
var MetricReader = __webpack_require__(6700);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-metrics/dist/MeterProvider.mjs + 23 modules
var MeterProvider = __webpack_require__(7297);
;// CONCATENATED MODULE: ./packages/kit/src/telemetry-delivery.ts
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
    return `${heading('Delivery', 4)}\n\n${where}\n\n${table(['figure', 'value'], rows)}\n`;
}

;// CONCATENATED MODULE: ./packages/kit/src/telemetry-metrics-sdk.ts






/** Collects when asked (once, at the end of the run); the exporter is called here, not on a timer. */
class OnceReader extends MetricReader/* MetricReader */.s {
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
            : { temporalityPreference: OTLPMetricExporterOptions/* AggregationTemporalityPreference */.I.DELTA }),
    };
    const exporter = protocol === 'http/json' ? new OTLPMetricExporter/* OTLPMetricExporter */.r(config) : new node_OTLPMetricExporter/* OTLPMetricExporter */.r(config);
    const reader = new OnceReader({
        aggregationTemporalitySelector: (type) => exporter.selectAggregationTemporality(type),
    });
    const provider = new MeterProvider/* MeterProvider */.r({
        resource: (0,ResourceImpl/* resourceFromAttributes */.QZ)({
            'service.name': o.service.name,
            'service.version': o.service.version,
        }).merge((0,detect_resources/* detectResources */.$)({ detectors: [EnvDetector/* envDetector */.q] })),
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
        else if (r.code !== ExportResult/* ExportResultCode */.V.SUCCESS)
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
    const leadTime = histogram(DELIVERY.leadTime, 'Lead time for changes: the commit to its deployment verified', LEAD_BUCKETS);
    const duration = histogram(DELIVERY.deploymentDuration, 'The rollout: the apply to verified or failed', ROLLOUT_BUCKETS);
    const restore = histogram(DELIVERY.timeToRestore, 'Time to restore: the failure detected to the previous release serving again', ROLLOUT_BUCKETS);
    const deployments = meter.createCounter(DELIVERY.deployments, {
        unit: '{deployment}',
        description: 'Deployments by result (rolled_back: a change failure)',
    });
    for (const d of o.deliveries) {
        const attributes = Object.fromEntries(Object.entries(deliveryMetricAttributes(d)).filter(([, v]) => v !== undefined && v !== ''));
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
