export const id = 9918;
export const ids = [9918];
export const modules = {

/***/ 9918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkTracing: () => (/* binding */ sdkTracing)
/* harmony export */ });
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8921);
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1802);
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1213);
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8408);
/* harmony import */ var _opentelemetry_context_async_hooks__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1582);
/* harmony import */ var _opentelemetry_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5931);
/* harmony import */ var _opentelemetry_core__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6203);
/* harmony import */ var _opentelemetry_exporter_trace_otlp_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5842);
/* harmony import */ var _opentelemetry_exporter_trace_otlp_proto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8984);
/* harmony import */ var _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9481);
/* harmony import */ var _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1191);
/* harmony import */ var _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9221);
/* harmony import */ var _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2419);
/* harmony import */ var _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2372);
/*
 * The OpenTelemetry SDK behind telemetry.ts, loaded only when an endpoint is set: a tracer provider with a
 * batch processor and the OTLP/HTTP exporter the protocol names (protobuf by default, JSON for http/json),
 * the resource from OTEL_SERVICE_NAME/OTEL_RESOURCE_ATTRIBUTES over goship's own, TRACEPARENT as the parent
 * of the run, and spans nested through AsyncLocalStorage. The exporters read their endpoint, headers and
 * timeout from the standard variables themselves.
 */







const clean = (a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined && v !== ''));
/** Remembers why the last export failed, so that shutdown can say it (the SDK only logs through diag). */
class RecordingExporter {
    inner;
    failure;
    constructor(inner) {
        this.inner = inner;
    }
    export(spans, done) {
        this.inner.export(spans, (result) => {
            if (result.code !== _opentelemetry_core__WEBPACK_IMPORTED_MODULE_0__/* .ExportResultCode */ .V.SUCCESS)
                this.failure = result.error?.message ?? 'the export failed';
            done(result);
        });
    }
    shutdown() {
        return this.inner.shutdown();
    }
    forceFlush() {
        return this.inner.forceFlush?.() ?? Promise.resolve();
    }
}
function sdkTracing(env, log, service, endpoint) {
    const protocol = (env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL || env.OTEL_EXPORTER_OTLP_PROTOCOL || '').trim();
    if (protocol && protocol !== 'http/protobuf' && protocol !== 'http/json')
        log.warning(`OpenTelemetry: OTEL_EXPORTER_OTLP_PROTOCOL '${protocol}' is not supported here: sending http/protobuf (http/json is the other choice)`);
    const exporter = new RecordingExporter(protocol === 'http/json' ? new _opentelemetry_exporter_trace_otlp_http__WEBPACK_IMPORTED_MODULE_1__/* .OTLPTraceExporter */ .Q() : new _opentelemetry_exporter_trace_otlp_proto__WEBPACK_IMPORTED_MODULE_2__/* .OTLPTraceExporter */ .Q());
    const resource = (0,_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_3__/* .resourceFromAttributes */ .QZ)({
        'service.name': service.name,
        'service.version': service.version,
    }).merge((0,_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_4__/* .detectResources */ .$)({ detectors: [_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_5__/* .envDetector */ .q] }));
    const provider = new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_6__/* .TracerProvider */ .d({
        resource,
        spanProcessors: [new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_7__/* .BatchSpanProcessor */ .J({ exporter, scheduledDelayMillis: 1000 })],
    });
    const contextManager = new _opentelemetry_context_async_hooks__WEBPACK_IMPORTED_MODULE_8__/* .AsyncLocalStorageContextManager */ .H().enable();
    _opentelemetry_api__WEBPACK_IMPORTED_MODULE_9__/* .context */ ._.setGlobalContextManager(contextManager);
    const tracer = provider.getTracer('goship', service.version);
    // The outer trace this run joins (TRACEPARENT/TRACESTATE, as W3C trace context carries them).
    const parent = env.TRACEPARENT
        ? new _opentelemetry_core__WEBPACK_IMPORTED_MODULE_10__/* .W3CTraceContextPropagator */ .lm().extract(_opentelemetry_api__WEBPACK_IMPORTED_MODULE_11__/* .ROOT_CONTEXT */ .l, { traceparent: env.TRACEPARENT, tracestate: env.TRACESTATE ?? '' }, { get: (c, k) => c[k], keys: (c) => Object.keys(c) })
        : _opentelemetry_api__WEBPACK_IMPORTED_MODULE_11__/* .ROOT_CONTEXT */ .l;
    const handle = (s) => ({
        set: (a) => s.setAttributes(clean(a)),
        event: (name, a) => s.addEvent(name, a ? clean(a) : undefined),
        fail: (message, reason) => {
            s.setStatus({ code: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_12__/* .SpanStatusCode */ .s.ERROR, message });
            if (reason)
                s.setAttribute('error.type', reason);
        },
    });
    return {
        span(name, attributes, fn) {
            const ctx = _opentelemetry_api__WEBPACK_IMPORTED_MODULE_13__/* .trace */ .u.getSpan(_opentelemetry_api__WEBPACK_IMPORTED_MODULE_9__/* .context */ ._.active()) ? _opentelemetry_api__WEBPACK_IMPORTED_MODULE_9__/* .context */ ._.active() : parent;
            return tracer.startActiveSpan(name, { attributes: clean(attributes) }, ctx, async (s) => {
                try {
                    return await fn(handle(s));
                }
                catch (err) {
                    const message = err instanceof Error ? err.message : String(err);
                    s.recordException(err instanceof Error ? err : new Error(message));
                    s.setStatus({ code: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_12__/* .SpanStatusCode */ .s.ERROR, message });
                    throw err;
                }
                finally {
                    s.end();
                }
            });
        },
        async shutdown(timeoutMs = 5000) {
            let timer;
            const timedOut = new Promise((resolve) => {
                timer = setTimeout(() => resolve('timeout'), timeoutMs);
            });
            try {
                const r = await Promise.race([provider.shutdown().then(() => 'done'), timedOut]);
                if (r === 'timeout')
                    log.warning(`OpenTelemetry: the trace was not sent to ${endpoint} within ${timeoutMs / 1000}s; the run is not affected`);
                else if (exporter.failure)
                    log.warning(`OpenTelemetry: the trace could not be sent to ${endpoint}: ${exporter.failure}; the run is not affected`);
            }
            catch (err) {
                log.warning(`OpenTelemetry: the trace could not be sent to ${endpoint}: ${err instanceof Error ? err.message : String(err)}`);
            }
            finally {
                clearTimeout(timer);
                contextManager.disable();
            }
        },
    };
}


/***/ })

};
