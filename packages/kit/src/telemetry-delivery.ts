/*
 * Delivery metrics (issue 21): the four figures a deploy can see for itself, computed from the moments the
 * rollout recorded (packages/kube/src/delivery.ts) — lead time (commit → verified), deployment duration
 * (apply → verified or failed), the result (a rollback is a change failure) and time to restore (failure
 * detected → the previous release serving again). They go on the rollout's span, into the job summary and,
 * when a metrics endpoint is set, out as OTLP metrics (telemetry-metrics.ts). Nothing here loads the SDK.
 */
import { heading, table } from './summary.js';
import type { SpanAttributes } from './telemetry.js';

/** `rolled_back`: the release failed and the previous one was restored (a change failure). */
export type DeliveryResult = 'success' | 'failure' | 'rolled_back';

/** The moments a rollout recorded, as epoch milliseconds; what is not known stays undefined. */
export interface DeliveryMoments {
  /** The commit's time: what the build stamps as its date (describeSource: SOURCE_DATE_EPOCH, else committer time). */
  committed?: number;
  /** The first change: the apply. */
  started: number;
  /** Verified (rolled out and, where a verification runs, passed) or the failure detected. */
  decided: number;
  /** The rollback complete: the previous release serving again. */
  restored?: number;
  result: DeliveryResult;
}

/** The figures, in seconds. */
export interface DeliveryFigures {
  result: DeliveryResult;
  /** Commit → verified: only for a success whose commit time is known (and not after it). */
  leadTime?: number;
  /** Apply → verified or failed. */
  deploymentDuration: number;
  /** Failure detected → previous release serving: only when a rollback completed. */
  timeToRestore?: number;
}

/** What a delivery is of: bounded values only (a metric's attributes); the commit goes on the span alone. */
export interface DeliveryLabels {
  /** The workload deployed (the first one waited for). */
  service: string;
  namespace?: string;
  /** The kubeconfig's cluster name. */
  cluster?: string;
  environment?: string;
  version?: string;
}

export interface Delivery {
  figures: DeliveryFigures;
  labels: DeliveryLabels;
  commit?: string;
  /** The commit time as RFC 3339, when known. */
  commitTime?: string;
  /** What "verified" meant: the smoke test passed, or only the rollout complete. */
  verifiedBy: 'smoke test' | 'rollout';
}

/** Metric and attribute names: goship.delivery.* for the figures; deployment.*, k8s.* and vcs.* names where those fit. */
export const DELIVERY = {
  leadTime: 'goship.delivery.lead_time',
  deploymentDuration: 'goship.delivery.deployment.duration',
  timeToRestore: 'goship.delivery.time_to_restore',
  deployments: 'goship.delivery.deployments',
  result: 'goship.delivery.result',
  version: 'goship.delivery.version',
  commitTime: 'goship.delivery.commit.time',
} as const;

const seconds = (ms: number) => Math.round(ms) / 1000;

export function deliveryFigures(m: DeliveryMoments): DeliveryFigures {
  const figures: DeliveryFigures = {
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
export function deliveryMetricAttributes(d: Delivery): SpanAttributes {
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
export function deliverySpanAttributes(d: Delivery): SpanAttributes {
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
export function deliveryEnvironment(
  env: Record<string, string | undefined>,
  input?: string,
): string | undefined {
  if (input) return input;
  for (const pair of (env.OTEL_RESOURCE_ATTRIBUTES ?? '').split(',')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== 'deployment.environment.name') continue;
    const raw = pair.slice(eq + 1).trim();
    try {
      return decodeURIComponent(raw) || undefined;
    } catch {
      return raw || undefined;
    }
  }
  return undefined;
}

/** 12.3 s, 4 min 05 s, 3 h 04 min, 2 d 03 h: a lead time may be days, a rollout seconds. */
export function formatSeconds(s: number): string {
  if (s < 60) return `${s.toFixed(s < 10 ? 2 : 1)} s`;
  const pad = (n: number) => String(n).padStart(2, '0');
  const whole = Math.round(s);
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${pad(whole % 60)} s`;
  if (whole < 86_400) return `${Math.floor(whole / 3600)} h ${pad(Math.floor((whole % 3600) / 60))} min`;
  return `${Math.floor(whole / 86_400)} d ${pad(Math.floor((whole % 86_400) / 3600))} h`;
}

const RESULT_TEXT: Record<DeliveryResult, string> = {
  success: '✅ success',
  failure: '❌ failure',
  rolled_back: '↩️ rolled back (a change failure)',
};

/** The job summary's "Delivery" table. */
export function deliveryMarkdown(d: Delivery): string {
  const f = d.figures;
  const verified = d.verifiedBy === 'smoke test' ? 'smoke test passed' : 'rolled out';
  const lead =
    f.leadTime !== undefined
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
