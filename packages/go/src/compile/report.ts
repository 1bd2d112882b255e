/*
 * What a build matrix tells the user: the job summary (targets, sizes, digests, injected values, times)
 * and the failures as located errors (compiler messages at file:line, -X type errors at the variable).
 */
import {
  code,
  escapeCell,
  formatBytes,
  formatMs,
  heading,
  type SourceLocation,
  table,
  UserError,
} from '@goship/kit';
import { annotationPath, mergeDiagnostics, parseXTypeError } from './diagnostics.js';
import type { BuildPlan } from './plan.js';
import type { BuildReport } from './run.js';

export function renderSummary(plan: BuildPlan, report: BuildReport): string {
  const built = new Map(report.artifacts.map((a) => [`${a.name} ${a.platform}`, a]));
  const failed = new Map(report.failed.map((f) => [`${f.name} ${f.platform}`, f]));
  const rows = plan.jobs.map((job) => {
    const key = `${job.name} ${job.target.platform}`;
    const a = built.get(key);
    const f = failed.get(key);
    const file = code(relativeTo(plan.workingDirectory, job.output));
    if (a)
      return ['✅', job.target.platform, file, formatBytes(a.size), code(a.sha256), formatMs(a.durationMs)];
    if (f) {
      // The first problem, where the digest would be: enough to see why without opening the log.
      const d = f.output.diagnostics[0];
      const why = d
        ? `${d.file.replace(/^\.\//, '')}:${d.line}: ${d.message.split('\n')[0]}`
        : (f.output.other[0] ?? `exit code ${f.exitCode}`);
      return ['❌ failed', job.target.platform, file, '', why, formatMs(f.durationMs)];
    }
    return ['—', job.target.platform, file, '', '', ''];
  });
  // Injected values: one row per variable; a column of targets only when they differ.
  const byVar = new Map<string, { value: string; platforms: string[] }[]>();
  for (const job of plan.jobs) {
    for (const [name, value] of Object.entries(job.ldflags.injected)) {
      const list = byVar.get(name) ?? [];
      const same = list.find((v) => v.value === value);
      if (same) same.platforms.push(job.target.platform);
      else list.push({ value, platforms: [job.target.platform] });
      byVar.set(name, list);
    }
  }
  const all = plan.jobs.length;
  const varRows = [...byVar.entries()].flatMap(([name, values]) =>
    values.map((v) => [
      code(name),
      code(v.value),
      v.platforms.length === all ? 'all' : v.platforms.join(', '),
    ]),
  );
  const parts = [
    heading(`go-build-ldflags: ${report.artifacts.length} of ${plan.jobs.length} built`),
    table(['', 'Target', 'File', 'Size', 'sha256', 'Time'], rows),
    '',
    `Version ${code(plan.version || '(none)')}, commit ${code(plan.commit ? plan.commit.slice(0, 12) : '(none)')}, date ${code(plan.date || '(none)')}, ${escapeCell(plan.goVersion)}, ${plan.parallel} at a time, build ${formatMs(report.durationMs)}, -X verification ${formatMs(plan.timings.verifyMs)}.`,
    '',
    heading('Injected with -X', 4),
    varRows.length > 0 ? table(['Variable', 'Value', 'Targets'], varRows) : '_none_',
  ];
  if (plan.skipped.length > 0) {
    parts.push(
      '',
      heading('Not injected', 4),
      table(
        ['Variable', 'Input', 'Why'],
        plan.skipped.map((s) => [code(s.name), s.input, s.reason]),
      ),
    );
  }
  if (report.artifacts.length > 0)
    parts.push('', `Checksums: ${code(relativeTo(plan.workingDirectory, report.checksums))}`);
  return `${parts.join('\n')}\n`;
}

function relativeTo(base: string, path: string): string {
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}

/**
 * One error per distinct problem: compiler messages at their file:line (naming the targets that hit
 * them), -X type errors at the variable's declaration, anything else per target; then the overall verdict.
 */
export function failureErrors(plan: BuildPlan, report: BuildReport): UserError[] {
  if (report.failed.length === 0) return [];
  const errors: UserError[] = [];
  const located = mergeDiagnostics(
    report.failed.map((f) => ({ target: f.platform, diagnostics: f.output.diagnostics })),
  );
  for (const d of located) {
    const location: SourceLocation = {
      file: annotationPath(d.file, plan.workingDirectory, plan.workspace),
      line: d.line,
      column: d.column,
    };
    errors.push(new UserError(`${d.message} (${d.targets.join(', ')})`, { location }));
  }
  const unlocated = new Map<string, string[]>();
  for (const f of report.failed) {
    const job = plan.jobs.find((j) => j.name === f.name && j.target.platform === f.platform)!;
    for (const line of f.output.other) {
      const xErr = parseXTypeError(line);
      if (xErr) {
        const inj = job.injections.find(
          (i) => i.name === xErr.symbol || i.name.endsWith(`.${xErr.symbol.split('.').pop()}`),
        );
        errors.push(
          new UserError(
            `-X ${xErr.symbol}: the variable has type ${xErr.type}, and -X can only set a string (${f.platform})`,
            {
              hint: 'Declare it as a string and convert where it is used (strconv.Atoi for a port).',
              location: inj
                ? { file: annotationPath(inj.file, plan.workingDirectory, plan.workspace), line: inj.line }
                : undefined,
            },
          ),
        );
      } else unlocated.set(line, [...(unlocated.get(line) ?? []), f.platform]);
    }
    if (f.output.diagnostics.length === 0 && f.output.other.length === 0) {
      unlocated.set(`go build exited with code ${f.exitCode} and printed nothing`, [f.platform]);
    }
  }
  for (const [line, platforms] of unlocated) errors.push(new UserError(`${line} (${platforms.join(', ')})`));
  const builtList = report.artifacts.map((a) => a.platform).join(', ') || 'none';
  errors.push(
    new UserError(
      `go build failed for ${report.failed.map((f) => (plan.jobs.filter((j) => j.target.platform === f.platform).length > 1 ? `${f.name} ${f.platform}` : f.platform)).join(', ')} (${report.failed.length} of ${plan.jobs.length}); built: ${builtList}`,
    ),
  );
  return errors;
}
