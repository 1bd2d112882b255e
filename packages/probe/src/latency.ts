import { InputError, parseDuration } from '@goship/kit';

/*
 * Latency budgets: `p95 < 300ms`, `p99 <= 1s`, `max < 2s`, `p50: 100ms`, or a bare duration (the p95).
 * Several budgets are comma- or newline-separated; each must hold over the measured requests.
 */

export type LatencyStat = 'max' | `p${number}`;

export interface LatencyBudget {
  stat: LatencyStat;
  /** The percentile (100 for max). */
  percentile: number;
  limitMs: number;
  /** `<` (strictly below) or `<=`. */
  inclusive: boolean;
  text: string;
}

export interface LatencyStats {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

const EXPECTED = 'budgets such as `p95 < 300ms`, `max <= 1s`, `p50: 100ms` or a bare duration for the p95';

export function parseLatencyBudget(input: string, item: string): LatencyBudget {
  const text = item.trim();
  if (/^(p[\d.]+|max)\s*(>|>=|==|=)[^=]/i.test(text))
    throw new InputError(input, `'${text}' is not an upper limit (a budget uses <, <= or :)`, EXPECTED);
  const m = /^(?:(p\d{1,2}(?:\.\d+)?|max)\s*(<=|<|:)\s*)?(\S.*)$/i.exec(text);
  if (!m) throw new InputError(input, `'${text}' is not a latency budget`, EXPECTED);
  const stat = (m[1] ?? 'p95').toLowerCase();
  const percentile = stat === 'max' ? 100 : Number(stat.slice(1));
  if (percentile <= 0 || percentile > 100) {
    throw new InputError(input, `'${m[1]}' is not a percentile between p1 and p99.9`, EXPECTED);
  }
  if (!m[1] && /[<>:=]/.test(text)) {
    throw new InputError(
      input,
      `'${text}' does not name a statistic (p50, p95, p99, max) before the comparison`,
      EXPECTED,
    );
  }
  let limitMs: number;
  try {
    limitMs = parseDuration(input, m[3]!);
  } catch {
    throw new InputError(input, `'${m[3]}' in '${text}' is not a duration`, EXPECTED);
  }
  if (limitMs <= 0) throw new InputError(input, `'${text}' allows no time at all`, EXPECTED);
  return {
    stat: stat as LatencyStat,
    percentile,
    limitMs,
    inclusive: m[2] !== '<',
    text: `${stat} ${m[2] === '<' ? '<' : '<='} ${m[3]}`,
  };
}

/** Nearest-rank percentile (the value below which `p` % of the samples fall; no interpolation). */
export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sortedMs.length);
  return sortedMs[Math.min(sortedMs.length, Math.max(1, rank)) - 1]!;
}

export function latencyStats(samplesMs: readonly number[]): LatencyStats | undefined {
  if (samplesMs.length === 0) return undefined;
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted[sorted.length - 1]!),
  };
}

/** The budgets that the samples break, each with the measured value. */
export function checkBudgets(
  budgets: readonly LatencyBudget[],
  samplesMs: readonly number[],
): { budget: LatencyBudget; measuredMs: number }[] {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  return budgets
    .map((budget) => ({ budget, measuredMs: percentile(sorted, budget.percentile) }))
    .filter(({ budget, measuredMs }) =>
      budget.inclusive ? measuredMs > budget.limitMs : measuredMs >= budget.limitMs,
    );
}
