/*
 * What the test OpenTelemetry Collector (test/infra/otel) received: its file exporter appends one OTLP JSON
 * document per line. Only whole lines are read (the collector may be writing the next one), and a reader
 * waits until what it looks for has arrived (exports are batched), failing with what it saw.
 */
import { existsSync, readFileSync } from 'node:fs';
import { requireEnv } from './infra.js';

export const collector = requireEnv('OTEL_COLLECTOR_HTTP', 'OTEL_COLLECTOR_FILE', 'OTEL_COLLECTOR_PODS_PORT');

interface OtlpValue {
  stringValue?: string;
  intValue?: string;
  boolValue?: boolean;
  doubleValue?: number;
}

export type Attributes = Record<string, string | boolean | number | undefined>;

export interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind?: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  status?: { code?: number; message?: string };
  events?: { name: string; attributes?: { key: string; value: OtlpValue }[] }[];
  attributes: Attributes;
  resource: Attributes;
  scope: string;
}

export const flat = (attrs: { key: string; value: OtlpValue }[] = []): Attributes =>
  Object.fromEntries(
    attrs.map((a) => [
      a.key,
      a.value.stringValue ?? a.value.intValue ?? a.value.boolValue ?? a.value.doubleValue,
    ]),
  );

/** Every whole line of the collector's file, parsed. */
// biome-ignore lint/suspicious/noExplicitAny: OTLP JSON as the collector writes it
export function exportedDocuments(file = collector.OTEL_COLLECTOR_FILE!): any[] {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return text
    .slice(0, text.lastIndexOf('\n') + 1)
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** Every span received so far, with its resource's attributes and its scope's name. */
export function exportedSpans(): ExportedSpan[] {
  const spans: ExportedSpan[] = [];
  for (const doc of exportedDocuments())
    for (const rs of doc.resourceSpans ?? [])
      for (const ss of rs.scopeSpans ?? [])
        for (const s of ss.spans ?? [])
          spans.push({
            ...s,
            attributes: flat(s.attributes),
            resource: flat(rs.resource?.attributes),
            scope: ss.scope?.name ?? '',
          });
  return spans;
}

/** Waits (up to `timeoutMs`) until `pick` finds what it wants among the spans received. */
export async function waitForSpans(
  what: string,
  pick: (spans: ExportedSpan[]) => ExportedSpan[] | undefined,
  timeoutMs = 20_000,
): Promise<ExportedSpan[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = exportedSpans();
    const found = pick(all);
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(
        `the collector has no ${what} after ${timeoutMs / 1000}s (${all.length} spans in ${collector.OTEL_COLLECTOR_FILE})`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every span of trace `traceId`, once its span `root` arrived (a run's span ends last: its export is the last). */
export function spansOfTrace(traceId: string, root: string, timeoutMs?: number): Promise<ExportedSpan[]> {
  return waitForSpans(
    `span '${root}' of trace ${traceId}`,
    (all) => {
      const trace = all.filter((s) => s.traceId === traceId);
      return trace.some((s) => s.name === root) ? trace : undefined;
    },
    timeoutMs,
  );
}

export interface ExportedPoint {
  metric: string;
  unit: string;
  attributes: Attributes;
  /** A histogram's sum and count, or a counter's value (count 1). */
  sum: number;
  count: number;
}

/** Every histogram and sum data point received so far. */
export function exportedPoints(): ExportedPoint[] {
  const points: ExportedPoint[] = [];
  for (const doc of exportedDocuments())
    for (const rm of doc.resourceMetrics ?? [])
      for (const sm of rm.scopeMetrics ?? [])
        for (const m of sm.metrics ?? [])
          for (const p of m.histogram?.dataPoints ?? m.sum?.dataPoints ?? [])
            points.push({
              metric: m.name,
              unit: m.unit,
              attributes: flat(p.attributes),
              sum: m.histogram ? Number(p.sum) : Number(p.asInt ?? p.asDouble),
              count: m.histogram ? Number(p.count) : 1,
            });
  return points;
}

/** Waits (up to `timeoutMs`) until `pick` finds what it wants among the metric points received. */
export async function waitForPoints(
  what: string,
  pick: (points: ExportedPoint[]) => ExportedPoint[] | undefined,
  timeoutMs = 20_000,
): Promise<ExportedPoint[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = exportedPoints();
    const found = pick(all);
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`the collector has no ${what} after ${timeoutMs / 1000}s (${all.length} points)`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
