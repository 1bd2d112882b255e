export const id = 9322;
export const ids = [9322];
export const modules = {

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
