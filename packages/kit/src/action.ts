import { errorMessage, UserError } from './errors.js';
import { Inputs } from './inputs.js';
import { error, flushSummary, info } from './runner.js';

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

/** The whole life of an action's entry point: inputs in, errors out as annotations, cancellation wired. */
export async function runAction(main: (ctx: ActionContext) => Promise<void>): Promise<void> {
  const controller = new AbortController();
  const cancel = (sig: NodeJS.Signals) => controller.abort(new UserError(`cancelled by ${sig}`));
  process.once('SIGINT', cancel);
  process.once('SIGTERM', cancel);
  try {
    await main({ inputs: new Inputs(), signal: controller.signal });
  } catch (err) {
    reportFailure(err);
  } finally {
    await flushSummary();
    process.off('SIGINT', cancel);
    process.off('SIGTERM', cancel);
  }
}
