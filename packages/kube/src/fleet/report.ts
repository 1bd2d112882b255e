import { code, formatMs, heading, type OutputValue, table, UserError } from '@goship/kit';
import type { ClusterReport, FleetResult } from './fleet.js';

/*
 * A fleet rollout's outputs, its job summary (one table, a row per cluster) and the step's failure.
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
