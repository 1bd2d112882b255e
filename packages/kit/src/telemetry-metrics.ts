/*
 * Delivery metrics over OTLP (issue 21): OTEL_EXPORTER_OTLP_METRICS_ENDPOINT or OTEL_EXPORTER_OTLP_ENDPOINT
 * turns them on; OTEL_EXPORTER_OTLP_METRICS_HEADERS/OTEL_EXPORTER_OTLP_HEADERS (masked by startTracing),
 * the protocol and OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE (delta unless set: each run is a process
 * of its own, so a cumulative series would restart every run) are the standard ones. A delivery is only
 * remembered here; the SDK (telemetry-metrics-sdk.ts, its own bundle chunk) is loaded at the end of the run,
 * and only when there is an endpoint and something to send — so it costs an action nothing at start-up.
 */
import type { Log } from './stage.js';
import type { Delivery } from './telemetry-delivery.js';

const pending: Delivery[] = [];

/** The endpoint metrics go to, or undefined when metrics are off. */
export function metricsEndpoint(env: NodeJS.ProcessEnv): string | undefined {
  return (
    env.OTEL_EXPORTER_OTLP_METRICS_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || undefined
  );
}

/** Remembers a delivery, to be sent with the run's metrics when the step ends (sendMetrics). */
export function recordDelivery(d: Delivery): void {
  pending.push(d);
}

/**
 * Sends what was recorded, at most `timeoutMs`; no endpoint or nothing recorded: nothing is loaded. An
 * unreachable collector is a warning, never a failure.
 */
export async function sendMetrics(
  env: NodeJS.ProcessEnv,
  log: Pick<Log, 'warning'>,
  service: { name: string; version: string },
  timeoutMs = 5000,
): Promise<void> {
  const deliveries = pending.splice(0);
  const endpoint = metricsEndpoint(env);
  if (!endpoint || deliveries.length === 0) return;
  try {
    const { sdkSendDeliveries } = await import('./telemetry-metrics-sdk.js');
    await sdkSendDeliveries({ env, log, service, endpoint, deliveries, timeoutMs });
  } catch (err) {
    log.warning(
      `OpenTelemetry: the metrics could not be sent to ${endpoint}: ${err instanceof Error ? err.message : String(err)}; the run is not affected`,
    );
  }
}
