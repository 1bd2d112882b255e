/*
 * The OpenTelemetry SDK behind telemetry.ts, loaded only when an endpoint is set: a tracer provider with a
 * batch processor and the OTLP/HTTP exporter the protocol names (protobuf by default, JSON for http/json),
 * the resource from OTEL_SERVICE_NAME/OTEL_RESOURCE_ATTRIBUTES over goship's own, TRACEPARENT as the parent
 * of the run, and spans nested through AsyncLocalStorage. The exporters read their endpoint, headers and
 * timeout from the standard variables themselves.
 */
import { type Attributes, context, ROOT_CONTEXT, type Span, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { ExportResultCode, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  type ReadableSpan,
  type SpanExporter,
  TracerProvider,
} from '@opentelemetry/sdk-trace';
import type { Log } from './stage.js';
import { SpoolProcessor, TraceSpool } from './telemetry-spool.js';

export { TraceSpool };

import type { SpanAttributes, SpanHandle, Tracing } from './telemetry.js';

const clean = (a: SpanAttributes): Attributes =>
  Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined && v !== '')) as Attributes;

/** Remembers why the last export failed, so that shutdown can say it (the SDK only logs through diag). */
class RecordingExporter implements SpanExporter {
  failure: string | undefined;
  constructor(private readonly inner: SpanExporter) {}
  export(spans: ReadableSpan[], done: Parameters<SpanExporter['export']>[1]): void {
    this.inner.export(spans, (result) => {
      if (result.code !== ExportResultCode.SUCCESS)
        this.failure = result.error?.message ?? 'the export failed';
      done(result);
    });
  }
  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }
  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}

/** The whole export's bound: the step's end waits at most this long for the collector. */
export const EXPORT_TIMEOUT_MS = 5000;
/** After a cancel signal, how long the run may unwind before its open spans are ended and spooled. */
const CANCEL_GRACE_MS = 4000;

export function sdkTracing(
  env: NodeJS.ProcessEnv,
  log: Pick<Log, 'warning'>,
  service: { name: string; version: string },
  endpoint: string,
  spoolTo?: TraceSpool,
): Tracing {
  const protocol = (env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL || env.OTEL_EXPORTER_OTLP_PROTOCOL || '').trim();
  if (protocol && protocol !== 'http/protobuf' && protocol !== 'http/json')
    log.warning(
      `OpenTelemetry: OTEL_EXPORTER_OTLP_PROTOCOL '${protocol}' is not supported here: sending http/protobuf (http/json is the other choice)`,
    );
  // The exporter's own retries end within the bound too, or they would keep the step's process alive after it.
  const configured =
    Number(env.OTEL_EXPORTER_OTLP_TRACES_TIMEOUT || env.OTEL_EXPORTER_OTLP_TIMEOUT) || 10_000;
  const config = { timeoutMillis: Math.min(configured, EXPORT_TIMEOUT_MS) };
  const exporter = new RecordingExporter(
    protocol === 'http/json' ? new JsonExporter(config) : new ProtoExporter(config),
  );
  const spool = new SpoolProcessor();
  const resource = resourceFromAttributes({
    'service.name': service.name,
    'service.version': service.version,
  }).merge(detectResources({ detectors: [envDetector] }));
  const provider = new TracerProvider({
    resource,
    spanProcessors: [new BatchSpanProcessor({ exporter, scheduledDelayMillis: 1000 }), spool],
  });
  const contextManager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(contextManager);
  const tracer = provider.getTracer('goship', service.version);
  // The outer trace this run joins (TRACEPARENT/TRACESTATE, as W3C trace context carries them).
  const parent = env.TRACEPARENT
    ? new W3CTraceContextPropagator().extract(
        ROOT_CONTEXT,
        { traceparent: env.TRACEPARENT, tracestate: env.TRACESTATE ?? '' },
        { get: (c, k) => (c as Record<string, string>)[k], keys: (c) => Object.keys(c as object) },
      )
    : ROOT_CONTEXT;

  let cancelled: NodeJS.Timeout | undefined;
  let spooled: string | undefined;

  const handle = (s: Span): SpanHandle => ({
    set: (a) => s.setAttributes(clean(a)),
    event: (name, a) => s.addEvent(name, a ? clean(a) : undefined),
    fail: (message, reason) => {
      s.setStatus({ code: SpanStatusCode.ERROR, message });
      if (reason) s.setAttribute('error.type', reason);
    },
  });

  return {
    span(name, attributes, fn) {
      const ctx = trace.getSpan(context.active()) ? context.active() : parent;
      return tracer.startActiveSpan(name, { attributes: clean(attributes) }, ctx, async (s) => {
        try {
          return await fn(handle(s));
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          s.recordException(err instanceof Error ? err : new Error(message));
          s.setStatus({ code: SpanStatusCode.ERROR, message });
          throw err;
        } finally {
          s.end();
        }
      });
    },
    current() {
      const s = trace.getSpan(context.active());
      return s ? handle(s) : { set: () => {}, event: () => {}, fail: () => {} };
    },
    traceparent() {
      const carrier: Record<string, string> = {};
      new W3CTraceContextPropagator().inject(context.active(), carrier, {
        set: (c, k, v) => {
          (c as Record<string, string>)[k] = v;
        },
      });
      return carrier.traceparent;
    },
    cancel(reason) {
      if (!spoolTo || cancelled) return;
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
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      try {
        const r = await Promise.race([provider.shutdown().then(() => 'done' as const), timedOut]);
        // Sent: the post step has nothing left to send.
        if (r === 'done' && !exporter.failure && spooled) spoolTo?.sent(spooled);
        if (r === 'timeout')
          log.warning(
            `OpenTelemetry: the trace was not sent to ${endpoint} within ${timeoutMs / 1000}s; the run is not affected`,
          );
        else if (exporter.failure)
          log.warning(
            `OpenTelemetry: the trace could not be sent to ${endpoint}: ${exporter.failure}; the run is not affected`,
          );
      } catch (err) {
        log.warning(
          `OpenTelemetry: the trace could not be sent to ${endpoint}: ${err instanceof Error ? err.message : String(err)}`,
        );
      } finally {
        clearTimeout(timer);
        contextManager.disable();
      }
    },
  };
}
