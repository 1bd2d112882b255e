import { homedir } from 'node:os';
import { errorMessage, UserError } from './errors.js';
import { Inputs } from './inputs.js';
import { setOutputs } from './outputs.js';
import * as runner from './runner.js';
import { error, flushSummary, info } from './runner.js';
import {
  type Log,
  type ReadContext,
  type Stage,
  type StageContext,
  StageError,
  stageFailure,
} from './stage.js';
import { runAttributes, runStageTraced, startTracing, tracing } from './telemetry.js';

export interface ActionContext {
  inputs: Inputs;
  /** Aborted when the runner cancels the job (SIGINT/SIGTERM): stop work and report what was left. */
  signal: AbortSignal;
}

/** Reports a failure the way the runner shows it: an error annotation (at file:line when known), exit 1. */
export function reportFailure(err: unknown): void {
  if (err instanceof UserError) {
    const all = err.related.length > 0 ? err.related : [err];
    for (const e of all) {
      error(e.hint ? `${e.message}\n${e.hint}` : e.message, e.location ?? {});
    }
    if (err.related.length > 0) info(err.message);
  } else {
    error(errorMessage(err));
    if (err instanceof Error && err.stack && process.env.RUNNER_DEBUG === '1') info(err.stack);
  }
  process.exitCode = 1;
}

/**
 * The whole life of an action's entry point: inputs in, errors out as annotations, cancellation wired.
 * `name` (the action's) makes the run one OpenTelemetry trace when an OTLP endpoint is set (telemetry.ts):
 * its span carries the run's CI/CD attributes and result, and the trace is sent before the step ends.
 */
export async function runAction(main: (ctx: ActionContext) => Promise<void>, name?: string): Promise<void> {
  const controller = new AbortController();
  let traces = tracing();
  const cancel = (sig: NodeJS.Signals) => {
    controller.abort(new UserError(`cancelled by ${sig}`));
    traces.cancel(`cancelled by ${sig}`);
  };
  process.once('SIGINT', cancel);
  process.once('SIGTERM', cancel);
  const { RUNNER_TEMP, GITHUB_STATE } = process.env;
  if (name)
    traces = await startTracing(
      process.env,
      runnerLog,
      { name: 'goship', version: process.env.GITHUB_ACTION_REF || 'dev' },
      RUNNER_TEMP && GITHUB_STATE ? { dir: RUNNER_TEMP, saveState: runner.saveState } : undefined,
    );
  // Cancelled while the SDK loaded: the run has not started; the spool timer starts now.
  if (controller.signal.aborted) traces.cancel(String((controller.signal.reason as Error).message));
  try {
    await traces.span(`goship ${name ?? 'action'}`, runAttributes(process.env), async (s) => {
      try {
        await main({ inputs: new Inputs(), signal: controller.signal });
        s.set({ 'cicd.pipeline.result': 'success' });
      } catch (err) {
        s.set({ 'cicd.pipeline.result': controller.signal.aborted ? 'cancellation' : 'failure' });
        throw err;
      }
    });
  } catch (err) {
    // Cancelled: report the runner's reason ("cancelled by SIGINT"), not whichever abort error surfaced first.
    const aborted = controller.signal.aborted && err instanceof Error && err.name === 'AbortError';
    reportFailure(aborted ? controller.signal.reason : err);
  } finally {
    await traces.shutdown();
    await flushSummary();
    process.off('SIGINT', cancel);
    process.off('SIGTERM', cancel);
  }
}

/** The runner's log as a stage's `Log`: annotations, groups and masking through @actions/core. */
export const runnerLog: Log = {
  info: runner.info,
  notice: runner.notice,
  warning: runner.warning,
  debug: runner.debug,
  secret: (value) => void runner.setSecret(value),
  group: runner.group,
};

/** A step's context as the runner gives it (GITHUB_WORKSPACE, RUNNER_TEMP, the run's GITHUB_* values). */
export function actionContext(signal: AbortSignal, env: NodeJS.ProcessEnv = process.env): StageContext {
  const ctx: ReadContext = {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || process.cwd(),
    homedir: homedir(),
    env,
    run: {
      ref: env.GITHUB_REF,
      sha: env.GITHUB_SHA,
      repository: env.GITHUB_REPOSITORY,
      runId: env.GITHUB_RUN_ID,
      serverUrl: env.GITHUB_SERVER_URL,
    },
    log: runnerLog,
  };
  return { ...ctx, signal };
}

/**
 * A stage's whole action: read (every input checked before anything is loaded or changed) → run with no
 * upstream → environment, outputs, summary → the failures as annotations. `after` sees the result first
 * (setup-go saves its post-step state there).
 */
export async function runStageAction<Config, Value>(
  stage: Stage<Config, object, Value>,
  after?: (value: Value) => void,
): Promise<void> {
  await runAction(async ({ inputs, signal }) => {
    const ctx = actionContext(signal);
    const config = await stage.read(inputs, ctx);
    const result = await runStageTraced(stage, config, {}, ctx).catch((err: unknown) => {
      if (err instanceof StageError) {
        if (err.report.outputs) setOutputs(err.report.outputs);
        if (err.report.summary) runner.appendSummary(err.report.summary);
        throw err.failure;
      }
      throw err;
    });
    const environment = result.environment;
    if (environment)
      await runner.group(environment.title, async () => {
        for (const [name, value] of Object.entries(environment.vars)) {
          runner.exportVariable(name, value);
          runner.info(`${name}=${value}`);
        }
        // addPath prepends: the lowest priority first, so the first entry wins.
        for (const dir of [...environment.path].reverse()) runner.addPath(dir);
        runner.info(`PATH += ${environment.path.join(', ')}`);
      });
    after?.(result.value);
    setOutputs(result.outputs);
    if (result.summary) runner.appendSummary(result.summary);
    const failed = stageFailure(result.failures);
    if (failed) throw failed;
  }, stage.name);
}
