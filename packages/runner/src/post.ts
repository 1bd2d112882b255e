/*
 * The post step of a JavaScript action (runs.post), run at the end of its job in reverse order (job.ts
 * postSteps), traced as a step of its own (trace.ts).
 */
import { join } from 'node:path';
import { span } from '@goship/kit';
import type { ActionManifest } from './actions.js';
import type { Conclusion, JobEnvironment, StepRecord } from './job.js';
import { runNodeEntry, type StepIO, stepFiles } from './step.js';
import { endSpan, stepAttributes, stepFailure } from './trace.js';
import type { StepSpec } from './workflow.js';

export interface PendingPost {
  step: StepSpec;
  action: ActionManifest;
  /** INPUT_* and the step's own env, as main had them. */
  inputs: Record<string, string>;
  stepEnv: Record<string, string>;
  state: Record<string, string>;
}

/**
 * A post step. As the runner: the job's env as it is now (every GITHUB_ENV/PATH so far, from `jobEnv`, made
 * inside the step's span), the step's inputs, and its main step's saved state as STATE_<name> — nothing more.
 */
export function runPost(
  post: PendingPost,
  leg: string,
  jobEnv: () => NodeJS.ProcessEnv,
  env: JobEnvironment,
  io: StepIO,
): Promise<StepRecord> {
  const name = `Post ${post.step.name}`;
  return span(name, stepAttributes(post.step), async (s) => {
    env.view.stepStarted(leg, name);
    const started = performance.now();
    const files = stepFiles(join(env.runDir, `post-${post.step.id.replace(/[^\w-]/g, '_')}`));
    const stateEnv = Object.fromEntries(Object.entries(post.state).map(([k, v]) => [`STATE_${k}`, v]));
    const r = await runNodeEntry(
      post.action,
      post.action.runs.post!,
      { ...jobEnv(), ...post.inputs, ...stateEnv },
      env.workspace,
      files,
      env.goshipRoot,
      io,
    );
    const conclusion: Conclusion = r.exitCode === 0 ? 'success' : 'failure';
    const record: StepRecord = {
      job: leg,
      name,
      id: post.step.id,
      conclusion,
      outcome: conclusion,
      durationMs: performance.now() - started,
      outputs: {},
      summaryFile: files.GITHUB_STEP_SUMMARY,
      annotations: r.annotations,
      post: true,
    };
    env.view.stepFinished(record);
    endSpan(s, 'cicd.pipeline.task.run.result', conclusion, () => stepFailure(r.annotations, r.exitCode));
    return record;
  });
}
