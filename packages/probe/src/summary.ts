import { code, escapeCell, formatMs, heading, table } from '@goship/kit';
import type { SmokeTestResult, TargetReport } from './smoke-test.js';

/** The job summary: one row per target, then each failure with its hint. */
export function summaryMarkdown(result: SmokeTestResult): string {
  const ms = (n: number | undefined) => (n === undefined ? '–' : formatMs(n));
  const rows = result.targets.map((t) => [
    t.passed ? '✅ passed' : '❌ failed',
    code(t.target),
    t.attempts,
    statusText(t),
    ms(t.latency?.p50),
    ms(t.latency?.p95),
    ms(t.latency?.max),
    t.firstFailure ? `#${t.firstFailure.attempt}: ${t.firstFailure.message}` : '',
  ]);
  const parts = [
    heading(`Smoke test ${result.passed ? 'passed' : 'failed'} (${formatMs(result.durationMs)})`),
    table(['result', 'target', 'attempts', 'statuses', 'p50', 'p95', 'max', 'first failure'], rows),
  ];
  for (const t of result.targets.filter((x) => !x.passed)) {
    parts.push(
      `**${escapeCell(t.target)}**: ${escapeCell(t.failure)}${t.hint ? `<br>${escapeCell(t.hint)}` : ''}`,
    );
  }
  return `${parts.join('\n\n')}\n`;
}

export function statusText(t: TargetReport): string {
  return Object.entries(t.statuses)
    .map(([s, n]) => `${s}×${n}`)
    .join(', ');
}

/** The `report` output: the result as plain JSON (what the pipeline and later steps read). */
export function reportJson(result: SmokeTestResult): object {
  return {
    passed: result.passed,
    durationMs: result.durationMs,
    targets: result.targets.map((t) => ({
      target: t.target,
      url: t.url,
      method: t.method,
      passed: t.passed,
      attempts: t.attempts,
      statuses: t.statuses,
      latencyMs: t.latency ?? null,
      successesInRow: t.successesInRow,
      firstFailure: t.firstFailure ?? null,
      failure: t.failure ?? null,
      hint: t.hint ?? null,
      durationMs: t.durationMs,
    })),
  };
}
