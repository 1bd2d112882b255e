/*
 * What `goship run` shows: one line when a step starts and one when it ends (status, elapsed), the step's
 * own output indented under it, annotations as `file:line: level: message`, and at the end a table of every
 * step with its outputs and where its job summary was written (or the summaries themselves, when the run's
 * files are not kept). Everything shown goes through the run's masker first.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Annotation } from './commands.js';
import type { Conclusion, StepRecord } from './job.js';
import type { WorkflowResult } from './run.js';

const SYMBOL: Record<Conclusion, string> = { success: '✓', failure: '✗', cancelled: '⊘', skipped: '–' };

export interface ViewOptions {
  write(text: string): void;
  /** Show each step's output lines (default) or only step starts/ends and annotations. */
  verbose: boolean;
  workflowFile: string;
  /** Masks every line before it is written (the run's Masker). */
  mask?(text: string): string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

export function createView(options: ViewOptions) {
  const started = new Map<string, number>();
  const mask = options.mask ?? ((t: string) => t);
  const opts = { ...options, write: (text: string) => options.write(mask(text)) };
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

/** Whether the step wrote a job summary (a skipped step has no summary file). */
function hasSummary(s: StepRecord): s is StepRecord & { summaryFile: string } {
  try {
    return !!s.summaryFile && statSync(s.summaryFile).size > 0;
  } catch {
    return false;
  }
}

/**
 * The final table: every step, its conclusion and time, its outputs (masked, then shortened: a secret cut
 * in two would no longer be recognised) and its summary: the file, or `below` when the run's files are not
 * kept and summaryText prints them.
 */
export function finalTable(result: WorkflowResult, filesKept = true): string {
  const mask = (t: string) => result.masker.mask(t);
  const rows = ['| job | step | result | time | outputs | summary |', '|---|---|---|---|---|---|'];
  for (const job of Object.values(result.jobs)) {
    for (const s of job.steps) {
      const outputs = Object.entries(s.outputs)
        .filter(([k]) => k !== 'json')
        .map(([k, v]) => `${mask(k)}=${short(mask(v), 40)}`)
        .join(', ');
      const summary = hasSummary(s) ? (filesKept ? s.summaryFile : 'below') : '';
      rows.push(
        `| ${cell(mask(s.job))} | ${cell(mask(s.name))} | ${SYMBOL[s.conclusion]} ${s.conclusion} | ${seconds(s.durationMs)} | ${cell(short(outputs, 120))} | ${cell(summary)} |`,
      );
    }
  }
  return `${rows.join('\n')}\n`;
}

/** Every job summary the steps wrote (masked), each under its job and step: for a run whose files go. */
export function summaryText(result: WorkflowResult): string {
  const parts: string[] = [];
  for (const job of Object.values(result.jobs))
    for (const s of job.steps)
      if (hasSummary(s))
        parts.push(`── summary: ${s.job} / ${s.name} ──\n${readFileSync(s.summaryFile, 'utf8').trimEnd()}\n`);
  return result.masker.mask(parts.join('\n'));
}
