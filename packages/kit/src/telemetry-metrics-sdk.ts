/*
 * The OpenTelemetry metrics SDK behind telemetry-metrics.ts, loaded only at the end of a run that recorded a
 * delivery with a metrics endpoint set: a meter provider with a reader that collects once, the OTLP/HTTP
 * exporter the protocol names (protobuf by default, JSON for http/json), the same resource as the trace's.
 * The exporters read their endpoint, headers and timeout from the standard variables themselves.
 */
import type { Attributes } from '@opentelemetry/api';
import { type ExportResult, ExportResultCode } from '@opentelemetry/core';
import {
  AggregationTemporalityPreference,
  OTLPMetricExporter as JsonExporter,
} from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPMetricExporter as ProtoExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import type { Log } from './stage.js';
import { DELIVERY, type Delivery, deliveryMetricAttributes } from './telemetry-delivery.js';

/** Collects when asked (once, at the end of the run); the exporter is called here, not on a timer. */
class OnceReader extends MetricReader {
  protected override async onShutdown(): Promise<void> {}
  protected override async onForceFlush(): Promise<void> {}
}

// Bucket bounds in seconds: a rollout takes seconds to minutes; a lead time minutes to weeks.
const ROLLOUT_BUCKETS = [1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 1200, 1800, 3600];
const LEAD_BUCKETS = [60, 300, 600, 1800, 3600, 7200, 14_400, 28_800, 86_400, 172_800, 604_800, 2_592_000];

export interface SendDeliveries {
  env: NodeJS.ProcessEnv;
  log: Pick<Log, 'warning'>;
  service: { name: string; version: string };
  endpoint: string;
  deliveries: Delivery[];
  timeoutMs: number;
}

export async function sdkSendDeliveries(o: SendDeliveries): Promise<void> {
  const { env, log, endpoint } = o;
  const protocol = (env.OTEL_EXPORTER_OTLP_METRICS_PROTOCOL || env.OTEL_EXPORTER_OTLP_PROTOCOL || '').trim();
  // The general variable's problem is told once, by the traces (telemetry-sdk.ts), when they are on too.
  const tracesOn = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (protocol && protocol !== 'http/protobuf' && protocol !== 'http/json')
    if (env.OTEL_EXPORTER_OTLP_METRICS_PROTOCOL || !tracesOn)
      log.warning(
        `OpenTelemetry: metrics protocol '${protocol}' is not supported here: sending http/protobuf (http/json is the other choice)`,
      );
  // The exporter's own retries end within the bound too, or they would keep the step's process alive after it.
  const configured =
    Number(env.OTEL_EXPORTER_OTLP_METRICS_TIMEOUT || env.OTEL_EXPORTER_OTLP_TIMEOUT) || 10_000;
  const config = {
    timeoutMillis: Math.min(configured, o.timeoutMs),
    ...(env.OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE?.trim()
      ? {}
      : { temporalityPreference: AggregationTemporalityPreference.DELTA }),
  };
  const exporter = protocol === 'http/json' ? new JsonExporter(config) : new ProtoExporter(config);
  const reader = new OnceReader({
    aggregationTemporalitySelector: (type) => exporter.selectAggregationTemporality(type),
  });
  const provider = new MeterProvider({
    resource: resourceFromAttributes({
      'service.name': o.service.name,
      'service.version': o.service.version,
    }).merge(detectResources({ detectors: [envDetector] })),
    readers: [reader],
  });
  record(provider, o);

  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), o.timeoutMs);
  });
  try {
    const sent = async (): Promise<ExportResult> => {
      const { resourceMetrics } = await reader.collect();
      return new Promise<ExportResult>((resolve) => exporter.export(resourceMetrics, resolve));
    };
    const r = await Promise.race([sent(), timedOut]);
    if (r === 'timeout')
      log.warning(
        `OpenTelemetry: the metrics were not sent to ${endpoint} within ${o.timeoutMs / 1000}s; the run is not affected`,
      );
    else if (r.code !== ExportResultCode.SUCCESS)
      log.warning(
        `OpenTelemetry: the metrics could not be sent to ${endpoint}: ${r.error?.message ?? 'the export failed'}; the run is not affected`,
      );
  } finally {
    clearTimeout(timer);
    // Nothing is left to send: shutting down only releases the exporter's connections.
    void provider.shutdown().catch(() => {});
    void exporter.shutdown().catch(() => {});
  }
}

/** The instruments, and each delivery recorded in them with its bounded attributes. */
function record(provider: MeterProvider, o: SendDeliveries): void {
  const meter = provider.getMeter('goship', o.service.version);
  const histogram = (name: string, description: string, buckets: number[]) =>
    meter.createHistogram(name, { unit: 's', description, advice: { explicitBucketBoundaries: buckets } });
  const leadTime = histogram(
    DELIVERY.leadTime,
    'Lead time for changes: the commit to its deployment verified',
    LEAD_BUCKETS,
  );
  const duration = histogram(
    DELIVERY.deploymentDuration,
    'The rollout: the apply to verified or failed',
    ROLLOUT_BUCKETS,
  );
  const restore = histogram(
    DELIVERY.timeToRestore,
    'Time to restore: the failure detected to the previous release serving again',
    ROLLOUT_BUCKETS,
  );
  const deployments = meter.createCounter(DELIVERY.deployments, {
    unit: '{deployment}',
    description: 'Deployments by result (rolled_back: a change failure)',
  });
  for (const d of o.deliveries) {
    const attributes = Object.fromEntries(
      Object.entries(deliveryMetricAttributes(d)).filter(([, v]) => v !== undefined && v !== ''),
    ) as Attributes;
    deployments.add(1, attributes);
    duration.record(d.figures.deploymentDuration, attributes);
    if (d.figures.leadTime !== undefined) leadTime.record(d.figures.leadTime, attributes);
    if (d.figures.timeToRestore !== undefined) restore.record(d.figures.timeToRestore, attributes);
  }
}
