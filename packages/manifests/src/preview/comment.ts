/*
 * The pull-request comment's Markdown: a headline, one row per object (created / changed fields /
 * unchanged), the changed fields as diffs in collapsed sections, and the port report. Kept within GitHub's
 * comment limit: field details are left out from the end first, then table rows, each time with a note.
 */
import { code, heading, table } from '@goship/kit';
import type { PortReport } from '../ports/index.js';
import { portsTable } from '../summary.js';
import { type ChangeKind, countChanges, type FieldChange, type ObjectChange } from './diff.js';

const ICON: Record<ChangeKind, string> = {
  created: '➕',
  changed: '✏️',
  unchanged: '✅',
  deleted: '➖',
  rejected: '❌',
};
/** Fields listed per object before "and N more". */
const FIELDS_PER_OBJECT = 40;
const VALUE_WIDTH = 200;

export interface CommentContent {
  marker: string;
  title: string;
  /** `the live cluster …` or `the base branch main (abc1234)`. */
  comparedWith: string;
  /** A problem that limits the comparison (the base did not render). */
  caveat?: string;
  changes: ObjectChange[];
  ports: PortReport;
  objectCount: number;
  producedBy: string;
  commit?: string;
  runUrl?: string;
}

function value(v: FieldChange['before'], secret: boolean): string {
  if (secret) return '(hidden)';
  const text = JSON.stringify(v) ?? '';
  const flat = text.length > VALUE_WIDTH ? `${text.slice(0, VALUE_WIDTH - 1)}…` : text;
  // A value cannot close the fence it is shown in.
  return flat.replace(/`/g, '\\u0060');
}

function details(c: ObjectChange): string {
  const lines: string[] = [];
  for (const f of c.fields.slice(0, FIELDS_PER_OBJECT)) {
    lines.push(`  ${f.path}`);
    if ('before' in f) lines.push(`- ${value(f.before, !!c.secret)}`);
    if ('after' in f) lines.push(`+ ${value(f.after, !!c.secret)}`);
  }
  if (c.fields.length > FIELDS_PER_OBJECT) lines.push(`  … and ${c.fields.length - FIELDS_PER_OBJECT} more`);
  return `<details><summary>${c.object}: ${c.fields.length} changed field${c.fields.length === 1 ? '' : 's'}</summary>\n\n\`\`\`diff\n${lines.join('\n')}\n\`\`\`\n</details>\n`;
}

function row(c: ObjectChange): unknown[] {
  const fields = c.fields.map((f) => f.path);
  const what =
    c.change === 'changed'
      ? `${fields.slice(0, 3).map(code).join(', ')}${fields.length > 3 ? ` and ${fields.length - 3} more` : ''}`
      : c.change;
  return [ICON[c.change], c.object, c.note ? `${what} (${c.note})` : what];
}

/** The comment body, at most `limit` characters. */
export function commentBody(c: CommentContent, limit: number): string {
  const headline = [
    c.marker,
    heading(c.title, 3),
    `Rendered **${c.objectCount} object${c.objectCount === 1 ? '' : 's'}** from ${c.producedBy}${c.commit ? ` at \`${c.commit.slice(0, 7)}\`` : ''}, compared with ${c.comparedWith}: **${countChanges(c.changes) || 'no objects'}**.`,
    ...(c.caveat ? ['', `> [!WARNING]\n> ${c.caveat.replace(/\n/g, ' ')}`] : []),
    '',
  ].join('\n');
  const rows = c.changes.map(row);
  const ports = [
    '',
    heading(`Ports${c.ports.port !== undefined ? `: the application listens on ${c.ports.port}` : ''}`, 4),
    portsTable(c.ports),
  ].join('\n');
  const footer = c.runUrl ? `\n<sub>Updated by [this run](${c.runUrl}).</sub>\n` : '\n';
  const blocks = c.changes.filter((x) => x.fields.length > 0).map(details);

  const note = (what: string) =>
    `\n> [!NOTE]\n> ${what} left out to stay within GitHub's ${limit}-character comment limit; the job summary has the whole report.\n`;
  const assemble = (nRows: number, nBlocks: number) => {
    const parts = [headline, table(['', 'Object', 'Change'], rows.slice(0, nRows))];
    if (nRows < rows.length) parts.push(note(`${rows.length - nRows} more objects are`));
    parts.push('', ...blocks.slice(0, nBlocks));
    if (nBlocks < blocks.length)
      parts.push(note(`The field details of ${blocks.length - nBlocks} objects are`));
    parts.push(ports, footer);
    return parts.join('\n');
  };
  // The most of `n` that fits, by bisection (each assembly is linear; a one-by-one cut would be quadratic).
  const most = (n: number, fits: (k: number) => boolean) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(mid)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  let body = assemble(rows.length, blocks.length);
  if (body.length > limit) {
    const nBlocks = most(blocks.length, (k) => assemble(rows.length, k).length <= limit);
    body = assemble(rows.length, nBlocks);
    if (body.length > limit)
      body = assemble(
        most(rows.length, (k) => assemble(k, 0).length <= limit),
        0,
      );
  }
  if (body.length > limit) {
    // Only a port table larger than the limit is left: cut it, keeping the marker at the top.
    const cut = "\n\n> [!NOTE]\n> Cut at GitHub's comment limit; the job summary has the whole report.\n";
    body = body.slice(0, limit - cut.length) + cut;
  }
  return body;
}
