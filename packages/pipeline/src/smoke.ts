/*
 * The smoke test as the rollout's verification, for the one cluster or each cluster of a fleet: its run (the
 * smoke-test stage itself), the verdict the rollout acts on, and the pipeline's record of it. A smoke test
 * that throws instead of answering (an unreadable CA file, an unreachable API server, a bug) is a failed
 * smoke test: never a pass, reported with its cause, and rolled back exactly like a wrong answer.
 */
import { errorMessage, type OutputValue, runStageTraced, type StageContext } from '@goship/kit';
import type { SmokeTestConfig, SmokeTestResult, SmokeTestUpstream } from '@goship/probe';

export const SMOKE_TEST_FAILED = 'SmokeTestFailed';

export interface SmokeRun {
  /** The smoke test's answer, with its outputs and summary, when it ran to its end. */
  smoke?: SmokeTestResult;
  outputs?: Record<string, OutputValue>;
  summary?: string;
  /** Why it could not: the message of what it threw. */
  error?: string;
  durationMs: number;
}

export async function runSmoke(
  config: SmokeTestConfig,
  upstream: SmokeTestUpstream,
  ctx: StageContext,
): Promise<SmokeRun> {
  const started = performance.now();
  try {
    const { smokeTestStage } = await import('@goship/probe');
    const r = await runStageTraced(smokeTestStage, config, upstream, ctx);
    return {
      smoke: r.value,
      outputs: r.outputs,
      summary: r.summary,
      durationMs: performance.now() - started,
    };
  } catch (err) {
    return { error: errorMessage(err), durationMs: performance.now() - started };
  }
}

/** Why the smoke test did not pass, in one line; undefined when it passed. */
export function smokeFailure(run: SmokeRun): string | undefined {
  if (!run.smoke) return `the smoke test could not run: ${run.error ?? 'no result'}`;
  if (run.smoke.passed) return undefined;
  return run.smoke.targets
    .filter((t) => !t.passed)
    .map((t) => `${t.target}: ${t.failure}`)
    .join('; ');
}

/** The smoke-test row of the pipeline's stage table. */
export function smokeRecord(run: SmokeRun): {
  ok: boolean;
  outputs: Record<string, unknown>;
  summary: string;
} {
  if (run.smoke) return { ok: run.smoke.passed, outputs: run.outputs ?? {}, summary: run.summary ?? '' };
  return {
    ok: false,
    outputs: { passed: false, error: run.error },
    summary: `### Smoke test failed: it could not run\n\n${run.error}\n`,
  };
}

/**
 * What the rollout is told: `SmokeTestFailed` (it rolls back) for a failed or thrown smoke test; undefined
 * when it passed, or when rollback-on-smoke-failure is false (left as deployed, with a warning: the pipeline
 * still fails the step on `smokeFailure`).
 */
export function smokeVerdict(
  run: SmokeRun,
  rollbackOnSmokeFailure: boolean,
  warning: (message: string) => void,
  prefix = '',
): { reason: string; message: string } | undefined {
  const failure = smokeFailure(run);
  if (failure === undefined) return undefined;
  const what = run.smoke ? 'The smoke test failed' : 'The smoke test could not run';
  if (!rollbackOnSmokeFailure) {
    warning(
      `${prefix}${what} after a successful rollout; rollback-on-smoke-failure is false: left as deployed.`,
    );
    return undefined;
  }
  warning(`${prefix}${what} after a successful rollout: rolling the release back.`);
  return { reason: SMOKE_TEST_FAILED, message: failure };
}
