/*
 * The post step of a cancelled job (`post-if: cancelled()` in each action.yml, bundled as dist/trace-post):
 * sends the trace a cancelled run spooled (telemetry-spool.ts) and could not send itself, then removes the
 * file. It needs no SDK: the file already is an OTLP/JSON export request, which every OTLP/HTTP receiver
 * takes, so this is one POST with the standard endpoint and headers. Nothing spooled: nothing to do. A
 * failure is a warning; a cancelled job stays cancelled, not failed.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { Log } from './stage.js';
import { otlpHeaderPairs, otlpHeaderSecrets } from './telemetry.js';

/** The state entry naming the spooled file (saveState in the main step; STATE_<name> in the post step). */
export const SPOOL_STATE = 'goship-trace-spool';

/**
 * Where OTLP/HTTP traces go: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, else OTEL_EXPORTER_OTLP_ENDPOINT with
 * the signal's path (/v1/traces) appended, as the OTLP exporter configuration defines them.
 */
export function tracesUrl(env: NodeJS.ProcessEnv): string | undefined {
  const own = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (own) return own;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  return base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined;
}

/** OTEL_EXPORTER_OTLP_HEADERS, then the traces' own (which win), as request headers (values decoded). */
export function otlpTraceHeaders(env: NodeJS.ProcessEnv): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of ['OTEL_EXPORTER_OTLP_HEADERS', 'OTEL_EXPORTER_OTLP_TRACES_HEADERS'])
    for (const [key, value] of otlpHeaderPairs(env[name])) {
      try {
        headers[key] = decodeURIComponent(value);
      } catch {
        headers[key] = value;
      }
    }
  return headers;
}

/** Sends the spooled trace named in the state, if any; true when one was sent. */
export async function sendSpooledTrace(
  env: NodeJS.ProcessEnv,
  log: Pick<Log, 'info' | 'warning' | 'secret'>,
  timeoutMs = 5000,
): Promise<boolean> {
  const file = env[`STATE_${SPOOL_STATE}`]?.trim();
  if (!file) return false;
  for (const s of otlpHeaderSecrets(env)) log.secret(s);
  const url = tracesUrl(env);
  try {
    const body = readFileSync(file);
    if (!url) {
      log.warning(
        'OpenTelemetry: a cancelled run left its trace, but no OTLP endpoint is set in the post step',
      );
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
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    log.warning(`OpenTelemetry: the cancelled run's trace could not be sent to ${url}: ${message}`);
    return false;
  } finally {
    rmSync(file, { force: true });
  }
}
