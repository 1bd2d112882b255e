/*
 * One job (one matrix leg): its steps in order with the runner's rules for `if:`, `continue-on-error`,
 * env precedence (workflow < job < GITHUB_ENV < step, and the runner's own GITHUB_* over all of them),
 * GITHUB_PATH, the `steps` context, and the post steps of JavaScript actions at the end, in reverse order,
 * each given its main step's saved state.
 */
import { mkdirSync } from 'node:fs';
import { isAbsolute, join, resolve as resolvePath } from 'node:path';
import { span, tracing } from '@goship/kit';
import { resolveUses, UsesError } from './actions.js';
import type { Annotation, Masker } from './commands.js';
import { withoutRunnerVariables } from './environment.js';
import { type Contexts, evaluateCondition, evaluateString, type JobStatus } from './expressions.js';
import { type PendingPost, runPost } from './post.js';
import {
  inputEnvironment,
  runNodeEntry,
  runScript,
  type StepFiles,
  type StepIO,
  type StepResult,
  stepFiles,
} from './step.js';
import { endSpan, stepAttributes, stepFailure, stepTraceLayer } from './trace.js';
import { type JobSpec, resolveStringMap, resolveToken, type StepSpec } from './workflow.js';

export type Conclusion = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface StepRecord {
  job: string;
  name: string;
  id: string;
  conclusion: Conclusion;
  outcome: Conclusion;
  durationMs: number;
  outputs: Record<string, string>;
  summaryFile?: string;
  annotations: Annotation[];
  post?: boolean;
}

export interface JobEnvironment {
  goshipRoot: string;
  workspace: string;
  /** Where this leg's step files, summaries and RUNNER_TEMP go. */
  runDir: string;
  /** The caller's variables every step starts from (environment.ts: the allow-list and --env). */
  baseEnv: NodeJS.ProcessEnv;
  /** GITHUB_* / RUNNER_* variables shared by all jobs of the run. */
  githubEnv: Record<string, string>;
  contexts: Contexts;
  workflowEnv: Record<string, string>;
  masker: Masker;
  /** OTEL_* (and TRACESTATE) for every step while goship run traces (trace.ts traceEnvironment). */
  traceEnv?: Record<string, string>;
  signal: AbortSignal;
  view: {
    stepStarted(job: string, step: string): void;
    stepFinished(record: StepRecord): void;
    line(job: string, text: string): void;
    annotation(job: string, a: Annotation): void;
  };
}

export interface JobResult {
  conclusion: Conclusion;
  outputs: Record<string, string>;
  steps: StepRecord[];
}

const interpolate = (text: string, contexts: Contexts, status: JobStatus) =>
  text.replace(/\$\{\{([\s\S]+?)\}\}/g, (_, expr: string) => evaluateString(expr.trim(), contexts, status));

const skippedRecord = (leg: string, step: StepSpec): StepRecord => ({
  job: leg,
  name: step.name,
  id: step.id,
  conclusion: 'skipped',
  outcome: 'skipped',
  durationMs: 0,
  outputs: {},
  annotations: [],
});

interface StepRun {
  /** The contexts with the step's env. */
  ctx: Contexts;
  stepEnv: Record<string, string>;
  /** The step's whole process environment. */
  full: NodeJS.ProcessEnv;
  status: JobStatus;
  files: StepFiles;
  env: JobEnvironment;
  io: StepIO;
  /** Where a JavaScript action's post step is queued. */
  posts: PendingPost[];
}

/** A main step: actions/checkout (the workspace as it is), a JavaScript action, or a `run:` script. */
async function executeStep(step: StepSpec, job: JobSpec, r: StepRun): Promise<StepResult> {
  const { ctx, status, files, env, io } = r;
  if (!step.uses) {
    const script = String(resolveToken(step.run, ctx, status, true) ?? '');
    const dir = step.workingDirectory ?? job.runDefaults.workingDirectory;
    const cwd = dir ? (isAbsolute(dir) ? dir : resolvePath(env.workspace, dir)) : env.workspace;
    return runScript(script, step.shell ?? job.runDefaults.shell, r.full, cwd, files, io);
  }
  const target = resolveUses(step.uses, env.workspace, env.goshipRoot);
  if (target.kind === 'checkout') {
    io.line(`actions/checkout: using the workspace as it is (${env.workspace})`);
    const summaryFile = files.GITHUB_STEP_SUMMARY;
    return { exitCode: 0, outputs: {}, env: {}, path: [], state: {}, summaryFile, annotations: [] };
  }
  const given = resolveStringMap(step.with, ctx, status);
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(target.action.inputs))
    if (spec.default !== undefined) defaults[name] = interpolate(String(spec.default), ctx, status);
  const inputs = inputEnvironment(target.action, given, defaults);
  if (inputs.unexpected.length)
    io.annotation({
      level: 'warning',
      message: `Unexpected input(s) '${inputs.unexpected.join("', '")}', valid inputs are ['${Object.keys(target.action.inputs).join("', '")}']`,
      line: step.line,
    });
  const { action } = target;
  const result = await runNodeEntry(
    action,
    action.runs.main,
    { ...r.full, ...inputs.env },
    env.workspace,
    files,
    env.goshipRoot,
    io,
  );
  if (action.runs.post)
    r.posts.push({ step, action, inputs: inputs.env, stepEnv: r.stepEnv, state: result.state });
  return result;
}

export async function runJob(
  job: JobSpec,
  leg: string,
  legContexts: Contexts,
  env: JobEnvironment,
): Promise<JobResult> {
  const status: JobStatus = { failed: false, cancelled: env.signal.aborted };
  const onAbort = () => {
    status.cancelled = true;
  };
  env.signal.addEventListener('abort', onAbort, { once: true });
  const run = new JobRun(job, leg, legContexts, env, status);
  for (const [index, step] of job.steps.entries()) await run.step(index, step);
  await run.postSteps();
  env.signal.removeEventListener('abort', onAbort);
  return run.result();
}

/** One leg while it runs: its status, the env and PATH its steps added, the `steps` context, the records. */
class JobRun {
  readonly runnerTemp: string;
  readonly stepsContext: Record<
    string,
    { outputs: Record<string, string>; outcome: string; conclusion: string }
  > = {};
  readonly jobEnv: Record<string, string>;
  /** What the steps wrote to GITHUB_ENV and GITHUB_PATH. */
  readonly fromSteps: Record<string, string> = {};
  readonly paths: string[] = [];
  readonly records: StepRecord[] = [];
  readonly posts: PendingPost[] = [];
  readonly io: StepIO;

  constructor(
    readonly job: JobSpec,
    readonly leg: string,
    readonly legContexts: Contexts,
    readonly env: JobEnvironment,
    readonly status: JobStatus,
  ) {
    this.runnerTemp = join(env.runDir, 'temp');
    mkdirSync(this.runnerTemp, { recursive: true });
    this.jobEnv = resolveStringMap(job.env, this.contexts({}), status);
    this.io = {
      masker: env.masker,
      signal: env.signal,
      line: (text: string) => env.view.line(leg, text),
      annotation: (a: Annotation) => env.view.annotation(leg, env.masker.maskAnnotation(a)),
    };
    this.ignoreRunnerVariables(withoutRunnerVariables(env.workflowEnv).ignored, "the workflow's env");
    this.ignoreRunnerVariables(withoutRunnerVariables(this.jobEnv).ignored, "the job's env", job.line);
  }

  contexts(extraEnv: Record<string, string>): Contexts {
    const { env, status } = this;
    return {
      ...env.contexts,
      ...this.legContexts,
      env: { ...env.workflowEnv, ...extraEnv },
      steps: this.stepsContext,
      job: { status: status.cancelled ? 'cancelled' : status.failed ? 'failure' : 'success' },
      runner: {
        os: 'Linux',
        arch: env.githubEnv.RUNNER_ARCH,
        temp: this.runnerTemp,
        tool_cache: env.githubEnv.RUNNER_TOOL_CACHE,
      },
    };
  }

  // `env:` and GITHUB_ENV lose the runner's default variables, so the runner's values stay (CI is not one).
  // Called inside the step's span: TRACEPARENT is that span, below every `env:` so a workflow's own wins.
  baseStepEnv(stepEnv: Record<string, string>, stepId: string): NodeJS.ProcessEnv {
    const { env } = this;
    const user = withoutRunnerVariables({
      ...env.workflowEnv,
      ...this.jobEnv,
      ...this.fromSteps,
      ...stepEnv,
    }).env;
    return {
      ...env.baseEnv,
      ...stepTraceLayer(env.traceEnv ?? {}, tracing().traceparent(), user),
      ...env.githubEnv,
      ...user,
      GITHUB_JOB: this.job.id,
      GITHUB_ACTION: stepId,
      RUNNER_TEMP: this.runnerTemp,
      PATH: [...[...this.paths].reverse(), env.baseEnv.PATH ?? ''].join(':'),
    };
  }

  ignoreRunnerVariables(names: string[], where: string, line?: number): void {
    for (const name of names)
      this.io.annotation({
        level: 'warning',
        message: `${name} from ${where} is ignored: it is one of the runner's default variables, which cannot be overridden`,
        line,
      });
  }

  /** A step's GITHUB_ENV and GITHUB_PATH, for the steps after it. */
  absorb(r: StepResult, step: StepSpec): void {
    const { env: kept, ignored } = withoutRunnerVariables(r.env);
    this.ignoreRunnerVariables(ignored, `GITHUB_ENV (step '${step.name}')`, step.line);
    Object.assign(this.fromSteps, kept);
    this.paths.push(...r.path);
  }

  /**
   * One step, in a span of its own: its `if:`, then (when it runs) the step itself; recorded, and in the
   * `steps` context. A skipped step is traced too, as a span of no length with result `skip` (the CI/CD
   * conventions' value): the trace then lists every step of the job as the final table does, and a step
   * skipped after a failure shows what did not run.
   */
  async step(index: number, step: StepSpec): Promise<void> {
    const record = await span(step.name, stepAttributes(step), async (s) => {
      const r = await this.stepRecord(index, step);
      endSpan(s, 'cicd.pipeline.task.run.result', r.record.outcome, () => r.failure);
      return r.record;
    });
    this.stepsContext[step.id] = {
      outputs: record.outputs,
      outcome: record.outcome,
      conclusion: record.conclusion,
    };
    this.records.push(record);
  }

  /** The step's record, and why it failed (masked, for its span) when it did. */
  async stepRecord(index: number, step: StepSpec): Promise<{ record: StepRecord; failure: string }> {
    const { env, status, io, leg } = this;
    const ctx = this.contexts({ ...this.jobEnv, ...this.fromSteps });
    const started = performance.now();
    const record = skippedRecord(leg, step);
    let run = false;
    try {
      run = evaluateCondition(step.if, ctx, status);
    } catch (err) {
      const message = (err as Error).message;
      io.annotation({ level: 'error', message, line: step.line });
      record.conclusion = record.outcome = 'failure';
      status.failed = true;
      return { record, failure: env.masker.mask(message) };
    }
    if (!run) return { record, failure: '' };
    env.view.stepStarted(leg, step.name);
    const files = stepFiles(
      join(env.runDir, `step-${String(index + 1).padStart(2, '0')}-${step.id.replace(/[^\w-]/g, '_')}`),
    );
    const result = await this.execute(step, ctx, files);
    record.durationMs = performance.now() - started;
    record.summaryFile = files.GITHUB_STEP_SUMMARY;
    if ('exitCode' in result) {
      this.absorb(result, step);
      record.outputs = result.outputs;
      record.annotations = result.annotations;
    }
    const ok = 'exitCode' in result && result.exitCode === 0;
    record.outcome = ok ? 'success' : status.cancelled ? 'cancelled' : 'failure';
    record.conclusion = ok || step.continueOnError ? 'success' : record.outcome;
    if (record.conclusion === 'failure') status.failed = true;
    env.view.stepFinished(record);
    const failure =
      'exitCode' in result ? stepFailure(result.annotations, result.exitCode) : env.masker.mask(result.error);
    return { record, failure };
  }

  /** The step with its own env; an error (a bad `uses:`, an expression) is annotated and is the result. */
  async execute(step: StepSpec, ctx: Contexts, files: StepFiles): Promise<StepResult | { error: string }> {
    const { env, status, io } = this;
    try {
      const stepEnv = resolveStringMap(step.env, ctx, status);
      this.ignoreRunnerVariables(withoutRunnerVariables(stepEnv).ignored, "the step's env", step.line);
      const stepCtx = { ...ctx, env: { ...(ctx.env as Record<string, string>), ...stepEnv } };
      const full = this.baseStepEnv(stepEnv, step.id);
      return await executeStep(step, this.job, {
        ctx: stepCtx,
        stepEnv,
        full,
        status,
        files,
        env,
        io,
        posts: this.posts,
      });
    } catch (err) {
      const message = err instanceof UsesError ? `${step.uses}: ${err.message}` : (err as Error).message;
      io.annotation({ level: 'error', message, line: step.line });
      return { error: message };
    }
  }

  /** The post steps of JavaScript actions, in reverse order, each when its post-if holds. */
  async postSteps(): Promise<void> {
    for (const post of this.posts.reverse()) {
      const ctx = this.contexts({ ...this.jobEnv, ...this.fromSteps });
      if (!evaluateCondition(post.action.runs['post-if'] ?? 'always()', ctx, this.status)) continue;
      // Its env as the job's is now, made inside its span (TRACEPARENT).
      const jobEnv = () => this.baseStepEnv(post.stepEnv, post.step.id);
      const record = await runPost(post, this.leg, jobEnv, this.env, this.io);
      if (record.conclusion === 'failure') this.status.failed = true;
      this.records.push(record);
    }
  }

  /** The job's outputs (one that would carry a secret is dropped) and its conclusion. */
  result(): JobResult {
    const { env, status } = this;
    const outputs: Record<string, string> = {};
    const final = resolveStringMap(
      this.job.outputs,
      this.contexts({ ...this.jobEnv, ...this.fromSteps }),
      status,
    );
    for (const [k, v] of Object.entries(final)) {
      // As the runner does: an output that would carry a secret is dropped, not passed on masked.
      if (env.masker.mask(v) !== v)
        this.io.annotation({ level: 'warning', message: `Skip output '${k}' since it may contain secret.` });
      else outputs[k] = v;
    }
    const conclusion: Conclusion = status.cancelled ? 'cancelled' : status.failed ? 'failure' : 'success';
    return { conclusion, outputs, steps: this.records };
  }
}
