import { code, heading, table } from '@goship/kit';
import type { PortReport } from './ports/index.js';
import type { RenderResult } from './render.js';

const STATUS: Record<string, string> = {
  ok: '✅ agrees',
  mismatch: '❌ disagrees',
  invalid: '❌ invalid',
  unchecked: '➖ not checked',
};

export function portsTable(report: PortReport): string {
  const rows = report.uses.map((u) => [
    u.object,
    u.container ?? '',
    u.role,
    code(u.field),
    String(u.value),
    u.port ?? '',
    u.file ? `${u.file}${u.line ? `:${u.line}` : ''}` : '',
    `${STATUS[u.status]}${u.note ? ` (${u.note})` : ''}`,
  ]);
  return table(['Object', 'Container', 'Role', 'Field', 'Value', 'Port', 'Source', 'Check'], rows);
}

export function renderSummary(r: RenderResult, manifestsPath: string): string {
  const parts = [
    heading(
      `render-manifests: ${r.objects.length} object${r.objects.length === 1 ? '' : 's'} from ${r.producedBy}`,
    ),
    table(
      ['#', 'Kind', 'Namespace', 'Name', 'Source'],
      r.objects.map((o, i) => [i + 1, o.kind, o.namespace ?? '', o.name, o.source]),
    ),
    '',
    `Written to ${code(manifestsPath)}. Validated against ${r.schema}.`,
    '',
    heading(`Ports${r.ports.port !== undefined ? `: the application listens on ${r.ports.port}` : ''}`, 4),
    portsTable(r.ports),
  ];
  if (r.pinned.length) {
    parts.push(
      '',
      heading('Pinned images', 4),
      table(
        ['Object', 'Container', 'From', 'To'],
        r.pinned.map((p) => [p.object, p.container, code(p.from), code(p.to)]),
      ),
    );
  }
  if (r.telemetry.length) {
    parts.push(
      '',
      heading("OpenTelemetry: the release in the service's telemetry", 4),
      table(
        ['Container', 'OTEL_SERVICE_NAME', 'Set by goship', 'Kept from the manifests'],
        r.telemetry.map((t) => [
          t.container,
          code(t.serviceName),
          t.added.map(code).join('<br>'),
          t.kept.map(code).join('<br>'),
        ]),
      ),
    );
  }
  return `${parts.join('\n')}\n`;
}
