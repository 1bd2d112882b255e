/*
 * What `goship run` shows: one line when a step starts and one when it ends (status, elapsed), the step's
 * own output indented under it (already masked), annotations as `file:line: level: message`, and at the
 * end a table of every step with its outputs and where its job summary was written.
 */
import { statSync } from 'node:fs';
import type { Annotation } from './commands.js';
import type { Conclusion, StepRecord } from './job.js';
import type { WorkflowResult } from './run.js';

const SYMBOL: Record<Conclusion, string> = { success: '✓', failure: '✗', cancelled: '⊘', skipped: '–' };

export interface ViewOptions {
  write(text: string): void;
  /** Show each step's output lines (default) or only step starts/ends and annotations. */
  verbose: boolean;
  workflowFile: string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

export function createView(opts: ViewOptions) {
  const started = new Map<string, number>();
  return {
    stepStarted(job: string, step: string) {
      started.set(`${job}\u0000${step}`, performance.now());
      opts.write(`[${job}] ▶ ${step}\n`);
    },
    stepFinished(r: StepRecord) {
      opts.write(
        `[${r.job}] ${SYMBOL[r.conclusion]} ${r.name} (${r.conclusion}, ${seconds(r.durationMs)})\n`,
      );
    },
    line(job: string, text: string) {
      if (opts.verbose) opts.write(`[${job}]   ${text}\n`);
    },
    annotation(job: string, a: Annotation) {
      const where = a.file
        ? `${a.file}${a.line ? `:${a.line}` : ''}: `
        : a.line
          ? `${opts.workflowFile}:${a.line}: `
          : '';
      opts.write(`[${job}] ${where}${a.level}: ${a.message}\n`);
    },
    jobFinished(job: string, conclusion: Conclusion) {
      opts.write(`[${job}] job ${conclusion}\n`);
    },
  };
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The final table: every step, its conclusion and time, its outputs (shortened) and its summary file. */
export function finalTable(result: WorkflowResult): string {
  const rows = ['| job | step | result | time | outputs | summary |', '|---|---|---|---|---|---|'];
  for (const job of Object.values(result.jobs)) {
    for (const s of job.steps) {
      const outputs = Object.entries(s.outputs)
        .filter(([k]) => k !== 'json')
        .map(([k, v]) => `${k}=${short(v, 40)}`)
        .join(', ');
      let summary = '';
      try {
        if (s.summaryFile && statSync(s.summaryFile).size > 0) summary = s.summaryFile;
      } catch {
        // a skipped step has no summary file
      }
      rows.push(
        `| ${cell(s.job)} | ${cell(s.name)} | ${SYMBOL[s.conclusion]} ${s.conclusion} | ${seconds(s.durationMs)} | ${cell(short(outputs, 120))} | ${cell(summary)} |`,
      );
    }
  }
  return `${rows.join('\n')}\n`;
}
