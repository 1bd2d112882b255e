import { code, formatMs, heading, table } from '@goship/kit';
import type { RolloutResult } from './rollout.js';

/** The job summary of a rollout: the objects, the verdict, the failure with its evidence, what was undone. */
export function summaryMarkdown(r: RolloutResult, title = 'k8s-rollout'): string {
  const verdict =
    r.status === 'succeeded'
      ? '✅ rolled out'
      : r.status === 'rolled-back'
        ? '↩️ failed, rolled back (pod templates and the ConfigMaps/Secrets they read; other changes stay applied)'
        : r.cancelled
          ? '⏹️ cancelled'
          : '❌ failed';
  const out: string[] = [heading(`${title}: ${verdict}`)];
  out.push(
    `Server ${code(r.server)} (Kubernetes ${r.serverVersion}${r.username ? `, as ${code(r.username)}` : ''}) · revision ${r.revision ?? '–'}` +
      `${r.previousRevision ? ` (previous ${r.previousRevision})` : ''} · validated ${formatMs(r.timings.validatedMs)}, applied ${formatMs(r.timings.appliedMs)}, settled ${formatMs(r.timings.settledMs)}`,
  );
  if (r.failure) {
    const f = r.failure;
    out.push('', heading('Failure', 4));
    out.push(
      table(
        ['Workload', 'Pod', 'Container', 'Reason', 'Message'],
        [
          [
            `${f.kind} ${f.namespace ? `${f.namespace}/` : ''}${f.name}`,
            f.pod ?? '–',
            f.container ?? '–',
            f.reason,
            f.message,
          ],
        ],
      ),
    );
    if (f.events && f.events.length > 0)
      out.push('', '<details><summary>Last events</summary>', '', '```', ...f.events, '```', '</details>');
  }
  if (r.recovery.length > 0) out.push('', heading('Recovery', 4), ...r.recovery.map((l) => `- ${l}`));
  out.push(
    '',
    table(
      ['Kind', 'Namespace', 'Name', 'Applied', 'Revision', 'Rollout', 'Source'],
      r.objects.map((o) => [
        o.kind,
        o.namespace ?? '',
        o.name,
        o.action,
        o.revision
          ? `${o.previousRevision && o.previousRevision !== o.revision ? `${o.previousRevision} → ` : ''}${o.revision}`
          : '',
        o.outcome ?? '',
        o.file ? `${o.file}:${o.line}` : '',
      ]),
    ),
  );
  return `${out.join('\n')}\n`;
}

/** The failure as log lines: what, where, why, and the evidence. */
export function failureLines(r: RolloutResult): string[] {
  const f = r.failure;
  if (!f) return [];
  const lines = [
    `${f.reason}: ${f.kind} ${f.namespace ? `${f.namespace}/` : ''}${f.name}${f.pod ? `, pod ${f.pod}` : ''}${f.container ? `, container ${f.container}` : ''}`,
    `  ${f.message}`,
  ];
  if (f.events?.length) lines.push('  last events:', ...f.events.map((e) => `    ${e}`));
  return lines;
}
