import {
  code,
  type DeliveryResult,
  formatMs,
  formatSeconds,
  heading,
  type OutputValue,
  table,
  UserError,
} from '@goship/kit';
import type { ClusterReport, FleetResult } from './fleet.js';

/*
 * A fleet rollout's outputs, its job summary (one table, a row per cluster), its "Delivery" table (a row per
 * cluster: each is a deployment of its own) and the step's failure.
 */

const ICONS: Record<ClusterReport['status'], string> = {
  succeeded: '✅ succeeded',
  'rolled-back': '↩️ rolled back',
  failed: '❌ failed',
  unchanged: '➖ unchanged',
  untouched: '⏸️ untouched',
  skipped: '⏭️ skipped',
};

export function fleetOutputs(r: FleetResult): Record<string, OutputValue> {
  const clusters = r.clusters.map((c) => ({
    name: c.name,
    wave: c.wave,
    status: c.status,
    endsOn: c.endsOn,
    server: c.server,
    namespace: c.namespace,
    revisionBefore: c.revisionBefore,
    revisionAfter: c.revisionAfter,
    cause: c.cause,
  }));
  return {
    status: r.status,
    'rolled-back': r.status === 'rolled-back',
    failure: r.failure ? { reason: r.refused ? 'Refused' : r.status, message: r.failure } : undefined,
    clusters,
  };
}

export function fleetSummaryMarkdown(r: FleetResult, title = 'k8s-rollout fleet'): string {
  const verdict =
    r.status === 'succeeded'
      ? '✅ rolled out to every cluster'
      : r.status === 'rolled-back'
        ? '↩️ failed, every cluster this run updated is rolled back'
        : r.status === 'cancelled'
          ? '⏹️ cancelled'
          : r.refused
            ? '🛑 refused, nothing applied'
            : '❌ failed';
  const out = [heading(`${title}: ${verdict}`)];
  out.push(
    `${r.clusters.length} clusters in ${r.waves.length} waves · ${formatMs(r.totalMs)}${r.failure ? ` · ${r.failure}` : ''}`,
    '',
    table(
      ['Cluster', 'Wave', 'Status', 'Ends on', 'Revision before → after', 'Namespace', 'Cause'],
      r.clusters.map((c) => [
        c.name,
        c.wave,
        ICONS[c.status],
        c.endsOn === 'unknown' ? 'unknown (see cause)' : `${c.endsOn} revision`,
        `${c.revisionBefore ?? '–'} → ${c.revisionAfter ?? '–'}`,
        c.namespace ? code(c.namespace) : '',
        c.cause ?? '',
      ]),
    ),
  );
  return `${out.join('\n')}\n`;
}

/** The step's failure: undefined when every cluster rolled out. */
export function fleetError(r: FleetResult): UserError | undefined {
  if (r.status === 'succeeded') return undefined;
  const lines = r.clusters
    .filter((c) => c.status !== 'succeeded')
    .map(
      (c) =>
        `${c.name} (wave ${c.wave}): ${c.status}, on the ${c.endsOn} revision${c.cause ? ` — ${c.cause}` : ''}`,
    );
  return new UserError(`Fleet rollout ${r.status}: ${r.failure ?? 'see the clusters below'}`, {
    hint: lines.join('\n'),
  });
}

const RESULTS: Record<DeliveryResult, string> = {
  success: '✅ success',
  failure: '❌ failure',
  rolled_back: '↩️ rolled back (a change failure)',
};

/** Why a cluster has no delivery figures: it was not deployed to, or its rollout was no deployment to count. */
function noDelivery(c: ClusterReport): string {
  if (c.status === 'skipped') return 'none: skipped (unreachable, skip-unreachable)';
  if (c.status === 'untouched') return 'none: nothing applied';
  if (c.cancelled) return 'none: cancelled mid-rollout';
  return c.result ? 'none: no workload rolled out' : 'none: the rollout ended in an error';
}

/**
 * The fleet's "Delivery" table: each cluster's own figures (kit's telemetry-delivery.ts computed them, the
 * metrics carry the same), or why it has none; '' when no cluster has any.
 */
export function fleetDeliveryMarkdown(r: FleetResult): string {
  const first = r.clusters.find((c) => c.delivery)?.delivery;
  if (!first) return '';
  const verified = first.verifiedBy === 'smoke test' ? 'smoke test passed' : 'rolled out';
  const what = [
    first.labels.service,
    first.labels.environment && `environment ${first.labels.environment}`,
    first.labels.version && `version ${first.labels.version}`,
    first.commitTime && `commit ${first.commit ? `${first.commit.slice(0, 7)} ` : ''}at ${first.commitTime}`,
  ];
  const rows = r.clusters.map((c) => {
    const where = [c.name, c.namespace ? code(c.namespace) : ''];
    const f = c.delivery?.figures;
    if (!f) return [...where, `– ${noDelivery(c)}`, '', '', ''];
    const lead =
      f.leadTime !== undefined
        ? formatSeconds(f.leadTime)
        : f.result === 'success'
          ? '– (the commit time is not known here)'
          : '– (not delivered)';
    const restore = f.timeToRestore !== undefined ? formatSeconds(f.timeToRestore) : '–';
    return [...where, RESULTS[f.result], lead, formatSeconds(f.deploymentDuration), restore];
  });
  const headers = [
    'Cluster',
    'Namespace',
    'Result',
    `Lead time (commit → ${verified})`,
    `Deployment duration (apply → ${verified} or failure detected)`,
    'Time to restore (failure → previous release serving)',
  ];
  return `${heading('Delivery', 4)}\n\nEach cluster is a deployment of its own: ${what.filter(Boolean).join(', ')}\n\n${table(headers, rows)}\n`;
}
