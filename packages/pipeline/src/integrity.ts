/*
 * The integrity report: one port, one version, one digest, as every layer of the deployment states them —
 * from the binary's -X default to the live EndpointSlices and the answer the smoke test got. Each subject
 * has one declared value (what the build was asked for); every observation that `compares` must equal it,
 * and a disagreement names both places. Observations that legitimately differ (a Service's own `port: 80`,
 * a nodePort) are listed for the reader but not compared.
 */
export type Subject = 'port' | 'version' | 'commit' | 'digest';
const SUBJECTS: Subject[] = ['port', 'version', 'commit', 'digest'];

export interface Observation {
  subject: Subject;
  /** The layer that states it: binary, image, manifests, cluster, smoke test. */
  layer: string;
  /** Where exactly: `-X main.port`, `ENV PORT`, `Deployment/hello containerPort http`, … */
  where: string;
  /** What was found; undefined when the layer does not state it (shown as "—", not a failure). */
  value: string | number | undefined;
  /** Compared with the declared value (default true). */
  compares?: boolean;
  note?: string;
}

export interface IntegrityReport {
  declared: Partial<Record<Subject, string>>;
  rows: (Observation & { status: 'agrees' | 'differs' | 'listed' | 'absent' })[];
  problems: string[];
  consistent: boolean;
}

export function checkIntegrity(
  declared: Partial<Record<Subject, string | number>>,
  observations: Observation[],
): IntegrityReport {
  const want: Partial<Record<Subject, string>> = {};
  for (const [k, v] of Object.entries(declared))
    if (v !== undefined && v !== '') want[k as Subject] = String(v);
  const problems: string[] = [];
  const stated = (o: Observation) => o.value !== undefined && o.value !== '';
  const rows = observations.map((o) => {
    const expected = want[o.subject];
    if (!stated(o)) return { ...o, status: 'absent' as const };
    if (o.compares === false || expected === undefined) return { ...o, status: 'listed' as const };
    if (String(o.value) === expected) return { ...o, status: 'agrees' as const };
    // Both places: this one, and the first layer that states the declared value.
    const agreeing = observations.find(
      (a) => a.subject === o.subject && a.compares !== false && stated(a) && String(a.value) === expected,
    );
    problems.push(
      `${o.subject}: ${o.layer} ${o.where} says ${o.value}, but the build declared ${expected}${agreeing ? ` (as ${agreeing.layer} ${agreeing.where} says)` : ''}`,
    );
    return { ...o, status: 'differs' as const };
  });
  return { declared: want, rows, problems, consistent: problems.length === 0 };
}

const SYMBOL = { agrees: '✓', differs: '✗', listed: '·', absent: '—' } as const;
const cell = (s: unknown) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

/** Markdown: one table per subject, the declared value in its heading. */
export function integrityTable(report: IntegrityReport): string {
  const out: string[] = [];
  for (const subject of SUBJECTS) {
    const rows = report.rows.filter((r) => r.subject === subject);
    if (rows.length === 0) continue;
    out.push(
      `#### ${subject}: ${cell(report.declared[subject] ?? '(not declared)')}`,
      '',
      '| layer | where | value | |',
      '|---|---|---|---|',
    );
    for (const r of rows)
      out.push(
        `| ${cell(r.layer)} | ${cell(r.where)} | ${cell(r.value ?? '—')} | ${SYMBOL[r.status]}${r.note ? ` ${cell(r.note)}` : ''} |`,
      );
    out.push('');
  }
  if (report.problems.length) out.push('**Disagreements:**', '', ...report.problems.map((p) => `- ${p}`), '');
  return out.join('\n');
}
