export const id = 4000;
export const ids = [4000];
export const modules = {

/***/ 64000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TraceSpool: () => (/* reexport */ TraceSpool),
  sdkTracing: () => (/* binding */ sdkTracing)
});

// UNUSED EXPORTS: EXPORT_TIMEOUT_MS

// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/context-api.mjs
var context_api = __webpack_require__(78921);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/context/context.mjs
var context = __webpack_require__(11802);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/trace/status.mjs
var trace_status = __webpack_require__(91213);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/trace-api.mjs + 6 modules
var trace_api = __webpack_require__(8408);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/context-async-hooks/dist/AsyncLocalStorageContextManager.mjs
var AsyncLocalStorageContextManager = __webpack_require__(31582);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/core/dist/ExportResult.mjs
var ExportResult = __webpack_require__(55931);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/core/dist/trace/W3CTraceContextPropagator.mjs + 2 modules
var W3CTraceContextPropagator = __webpack_require__(6203);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/exporter-trace-otlp-http/dist/platform/node/OTLPTraceExporter.mjs + 1 modules
var OTLPTraceExporter = __webpack_require__(74941);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/exporter-trace-otlp-proto/dist/platform/node/OTLPTraceExporter.mjs + 5 modules
var node_OTLPTraceExporter = __webpack_require__(49347);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/resources/dist/ResourceImpl.mjs + 5 modules
var ResourceImpl = __webpack_require__(19481);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/resources/dist/detect-resources.mjs
var detect_resources = __webpack_require__(21191);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/resources/dist/detectors/EnvDetector.mjs + 1 modules
var EnvDetector = __webpack_require__(49221);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-trace/dist/TracerProvider.mjs + 13 modules
var TracerProvider = __webpack_require__(22419);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-trace/dist/platform/node/export/BatchSpanProcessor.mjs + 4 modules
var BatchSpanProcessor = __webpack_require__(22372);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/otlp-transformer/dist/trace/json/trace.mjs + 1 modules
var trace = __webpack_require__(57931);
;// CONCATENATED MODULE: ./packages/kit/src/trace-post.ts
/*
 * The post step of a cancelled job (`post-if: cancelled()` in each action.yml, bundled as dist/trace-post):
 * sends the trace a cancelled run spooled (telemetry-spool.ts) and could not send itself, then removes the
 * file. It needs no SDK: the file already is an OTLP/JSON export request, which every OTLP/HTTP receiver
 * takes, so this is one POST with the standard endpoint and headers. Nothing spooled: nothing to do. A
 * failure is a warning; a cancelled job stays cancelled, not failed.
 */


/** The state entry naming the spooled file (saveState in the main step; STATE_<name> in the post step). */
const SPOOL_STATE = 'goship-trace-spool';
/**
 * Where OTLP/HTTP traces go: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, else OTEL_EXPORTER_OTLP_ENDPOINT with
 * the signal's path (/v1/traces) appended, as the OTLP exporter configuration defines them.
 */
function tracesUrl(env) {
    const own = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
    if (own)
        return own;
    const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
    return base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined;
}
/** OTEL_EXPORTER_OTLP_HEADERS, then the traces' own (which win), as request headers (values decoded). */
function otlpTraceHeaders(env) {
    const headers = {};
    for (const name of ['OTEL_EXPORTER_OTLP_HEADERS', 'OTEL_EXPORTER_OTLP_TRACES_HEADERS'])
        for (const [key, value] of otlpHeaderPairs(env[name])) {
            try {
                headers[key] = decodeURIComponent(value);
            }
            catch {
                headers[key] = value;
            }
        }
    return headers;
}
/** Sends the spooled trace named in the state, if any; true when one was sent. */
async function sendSpooledTrace(env, log, timeoutMs = 5000) {
    const file = env[`STATE_${SPOOL_STATE}`]?.trim();
    if (!file)
        return false;
    for (const s of otlpHeaderSecrets(env))
        log.secret(s);
    const url = tracesUrl(env);
    try {
        const body = readFileSync(file);
        if (!url) {
            log.warning('OpenTelemetry: a cancelled run left its trace, but no OTLP endpoint is set in the post step');
            return false;
        }
        const res = await fetch(url, {
            method: 'POST',
            headers: { ...otlpTraceHeaders(env), 'Content-Type': 'application/json' },
            body,
            signal: AbortSignal.timeout(timeoutMs),
        });
        if (!res.ok) {
            log.warning(`OpenTelemetry: the cancelled run's trace was refused by ${url}: HTTP ${res.status}`);
            return false;
        }
        log.info(`OpenTelemetry: sent the cancelled run's trace to ${url}`);
        return true;
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        log.warning(`OpenTelemetry: the cancelled run's trace could not be sent to ${url}: ${message}`);
        return false;
    }
    finally {
        rmSync(file, { force: true });
    }
}

;// CONCATENATED MODULE: ./packages/kit/src/telemetry-spool.ts
/*
 * A cancelled run's trace outlives its step (issue 21: the export is flushed "in the post step when a job is
 * cancelled"). A cancelled step is signalled, then killed if it does not end in time; a trace still in the
 * batch processor then is lost. So the SDK side (loaded with telemetry-sdk.ts) keeps every span it ended, and
 * once the run is cancelled writes them as one OTLP/JSON request to a file named in the step's state
 * (`saveState`), removed when the export succeeded. The post step (`post-if: cancelled()`, trace-post.ts)
 * sends a file that is left. Spans still open when the grace period ends are ended as cancelled first, so
 * the file holds the whole tree as far as the run got.
 */





/** Where a cancelled run's spans go: a file in `dir`, named in the step's state for the post step. */
class TraceSpool {
    dir;
    saveState;
    constructor(dir, saveState) {
        this.dir = dir;
        this.saveState = saveState;
    }
    /** Writes what the processor ended; returns the file (undefined when nothing had ended). */
    write(spans) {
        const file = spans.write(this.dir);
        if (file)
            this.saveState(SPOOL_STATE, file);
        return file;
    }
    /** The trace reached the collector: nothing for the post step to send. */
    sent(file) {
        (0,external_node_fs_.rmSync)(file, { force: true });
        this.saveState(SPOOL_STATE, '');
    }
}
/** Remembers the spans of this run: the open ones (to end them on cancel) and the ended ones (to spool). */
class SpoolProcessor {
    open = new Set();
    ended = [];
    onStart(span, _parent) {
        this.open.add(span);
    }
    onEnd(span) {
        // The SDK hands the same object to onStart and onEnd.
        this.open.delete(span);
        this.ended.push(span);
    }
    /** Ends every span still open (the innermost first) with status ERROR and the run's cancellation. */
    endOpen(message) {
        for (const s of [...this.open].reverse()) {
            s.setAttribute('cicd.pipeline.task.run.result', 'cancellation');
            s.setStatus({ code: trace_status/* SpanStatusCode */.s.ERROR, message });
            s.end();
        }
    }
    /** Writes the ended spans as one OTLP/JSON export request; returns the file, or undefined with none. */
    write(dir) {
        if (this.ended.length === 0)
            return undefined;
        // One file per step: a later write (at shutdown, with the spans that ended since) replaces the earlier.
        const file = (0,external_node_path_.join)(dir, `goship-trace-${process.pid}.json`);
        const body = trace/* JsonTraceSerializer */.U.serializeRequest(this.ended);
        if (!body)
            return undefined;
        (0,external_node_fs_.writeFileSync)(file, body, { mode: 0o600 });
        return file;
    }
    forceFlush() {
        return Promise.resolve();
    }
    shutdown() {
        return Promise.resolve();
    }
}

;// CONCATENATED MODULE: ./packages/kit/src/telemetry-sdk.ts
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
            if (result.code !== ExportResult/* ExportResultCode */.V.SUCCESS)
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
/** The whole export's bound: the step's end waits at most this long for the collector. */
const EXPORT_TIMEOUT_MS = 5000;
/** After a cancel signal, how long the run may unwind before its open spans are ended and spooled. */
const CANCEL_GRACE_MS = 4000;
function sdkTracing(env, log, service, endpoint, spoolTo) {
    const protocol = (env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL || env.OTEL_EXPORTER_OTLP_PROTOCOL || '').trim();
    if (protocol && protocol !== 'http/protobuf' && protocol !== 'http/json')
        log.warning(`OpenTelemetry: OTEL_EXPORTER_OTLP_PROTOCOL '${protocol}' is not supported here: sending http/protobuf (http/json is the other choice)`);
    // The exporter's own retries end within the bound too, or they would keep the step's process alive after it.
    const configured = Number(env.OTEL_EXPORTER_OTLP_TRACES_TIMEOUT || env.OTEL_EXPORTER_OTLP_TIMEOUT) || 10_000;
    const config = { timeoutMillis: Math.min(configured, EXPORT_TIMEOUT_MS) };
    const exporter = new RecordingExporter(protocol === 'http/json' ? new OTLPTraceExporter/* OTLPTraceExporter */.Q(config) : new node_OTLPTraceExporter/* OTLPTraceExporter */.Q(config));
    const spool = new SpoolProcessor();
    const resource = (0,ResourceImpl/* resourceFromAttributes */.QZ)({
        'service.name': service.name,
        'service.version': service.version,
    }).merge((0,detect_resources/* detectResources */.$)({ detectors: [EnvDetector/* envDetector */.q] }));
    const provider = new TracerProvider/* TracerProvider */.d({
        resource,
        spanProcessors: [new BatchSpanProcessor/* BatchSpanProcessor */.J({ exporter, scheduledDelayMillis: 1000 }), spool],
    });
    const contextManager = new AsyncLocalStorageContextManager/* AsyncLocalStorageContextManager */.H().enable();
    context_api/* context */._.setGlobalContextManager(contextManager);
    const tracer = provider.getTracer('goship', service.version);
    // The outer trace this run joins (TRACEPARENT/TRACESTATE, as W3C trace context carries them).
    const parent = env.TRACEPARENT
        ? new W3CTraceContextPropagator/* W3CTraceContextPropagator */.lm().extract(context/* ROOT_CONTEXT */.l, { traceparent: env.TRACEPARENT, tracestate: env.TRACESTATE ?? '' }, { get: (c, k) => c[k], keys: (c) => Object.keys(c) })
        : context/* ROOT_CONTEXT */.l;
    let cancelled;
    let spooled;
    const handle = (s) => ({
        set: (a) => s.setAttributes(clean(a)),
        event: (name, a) => s.addEvent(name, a ? clean(a) : undefined),
        fail: (message, reason) => {
            s.setStatus({ code: trace_status/* SpanStatusCode */.s.ERROR, message });
            if (reason)
                s.setAttribute('error.type', reason);
        },
    });
    return {
        span(name, attributes, fn) {
            const ctx = trace_api/* trace */.u.getSpan(context_api/* context */._.active()) ? context_api/* context */._.active() : parent;
            return tracer.startActiveSpan(name, { attributes: clean(attributes) }, ctx, async (s) => {
                try {
                    return await fn(handle(s));
                }
                catch (err) {
                    const message = err instanceof Error ? err.message : String(err);
                    s.recordException(err instanceof Error ? err : new Error(message));
                    s.setStatus({ code: trace_status/* SpanStatusCode */.s.ERROR, message });
                    throw err;
                }
                finally {
                    s.end();
                }
            });
        },
        current() {
            const s = trace_api/* trace */.u.getSpan(context_api/* context */._.active());
            return s ? handle(s) : { set: () => { }, event: () => { }, fail: () => { } };
        },
        traceparent() {
            const carrier = {};
            new W3CTraceContextPropagator/* W3CTraceContextPropagator */.lm().inject(context_api/* context */._.active(), carrier, {
                set: (c, k, v) => {
                    c[k] = v;
                },
            });
            return carrier.traceparent;
        },
        cancel(reason) {
            if (!spoolTo || cancelled)
                return;
            cancelled = setTimeout(() => {
                // Still unwinding: what the run got to, as it stands, before the step can be killed.
                spool.endOpen(reason);
                spooled ??= spoolTo.write(spool);
                void provider.forceFlush();
            }, CANCEL_GRACE_MS);
            cancelled.unref();
        },
        async shutdown(timeoutMs = EXPORT_TIMEOUT_MS) {
            if (cancelled) {
                clearTimeout(cancelled);
                // Everything that ended, the run's own span included: the post step sends this if the export fails.
                spooled = spoolTo?.write(spool) ?? spooled;
            }
            let timer;
            const timedOut = new Promise((resolve) => {
                timer = setTimeout(() => resolve('timeout'), timeoutMs);
            });
            try {
                const r = await Promise.race([provider.shutdown().then(() => 'done'), timedOut]);
                // Sent: the post step has nothing left to send.
                if (r === 'done' && !exporter.failure && spooled)
                    spoolTo?.sent(spooled);
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
