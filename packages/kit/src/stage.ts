/*
 * The stage contract (docs/ARCHITECTURE.md "The stage contract"). Every stage — setup-go, go-build-ldflags,
 * docker-multistage, render-manifests, k8s-rollout, smoke-test — is two functions:
 *
 *   read(inputs, ctx)            → Config   pure and fast: the only place an input is parsed and validated;
 *                                            it *is* the pre-flight (no network, no writes, no heavy import)
 *   run(config, upstream, ctx)   → Result   the work; `upstream` holds typed values earlier stages produced
 *
 * Its action's adapter is `runStageAction(stage)`; the one-step pipeline reads every stage first and then
 * runs them in order, passing typed values (artifacts, the pinned image, the version, the port) as
 * `upstream` — never strings meant for a human-facing input.
 */
import { UserError } from './errors.js';
import type { Inputs } from './inputs.js';
import type { OutputValue } from './outputs.js';
import type { Annotation } from './runner.js';

/** The run a stage belongs to (GITHUB_* of the job), recorded in annotations and deployments. */
export interface RunInfo {
  ref?: string;
  sha?: string;
  repository?: string;
  runId?: string;
  serverUrl?: string;
}

/** Where a stage's messages go: the runner's log and annotations in an action, a console elsewhere. */
export interface Log {
  info(message: string): void;
  notice(message: string, where?: Annotation): void;
  /** A problem that does not stop the stage, at file:line when known. */
  warning(message: string, where?: Annotation): void;
  debug(message: string): void;
  /** A value that must never be printed: masked before anything else is logged. */
  secret(value: string): void;
  /** A collapsible section of the log. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** What reading inputs may look at: files and the environment, never the network. */
export interface ReadContext {
  /** GITHUB_WORKSPACE (or the current directory). */
  workspace: string;
  /** RUNNER_TEMP: where a stage may write files for later steps. */
  runnerTemp: string;
  homedir: string;
  /** The job's environment (what the runner gives the step). */
  env: Record<string, string | undefined>;
  run: RunInfo;
  /** Secrets found while reading (kubeconfig credentials, passwords) are masked at once. */
  log: Log;
  /**
   * Set when the stage runs inside the one-step pipeline: what an earlier stage supplies as `upstream`
   * (artifacts, the pinned image, the manifests) is not an input then, and its absence is not an error.
   */
  chained?: boolean;
}

/** What running may use besides: cancellation. */
export interface StageContext extends ReadContext {
  /** Aborted when the job is cancelled: stop work and report what was left. */
  signal: AbortSignal;
}

/** One result shape for every stage. */
export interface StageResult<Value> {
  /** The action's outputs (objects become JSON), exactly what its action.yml declares. */
  outputs: Record<string, OutputValue>;
  /** Job summary (markdown); '' for none. */
  summary: string;
  /** Problems that fail the stage, each reported; empty when it succeeded. */
  failures: UserError[];
  /** Typed values for the stages that follow. */
  value: Value;
  /** Variables and PATH entries (first = highest priority) for later steps and stages (setup-go). */
  environment?: { title: string; vars: Record<string, string>; path: string[] };
}

/**
 * A stage: `read` (light: loaded by the adapter before anything else) and `run` (which loads the heavy
 * half with a dynamic import, so a bad input fails before it is parsed).
 */
export interface Stage<Config, Upstream, Value> {
  /** The action's name (actions/<name>/action.yml). */
  readonly name: string;
  read(inputs: Inputs, ctx: ReadContext): Config | Promise<Config>;
  run(config: Config, upstream: Upstream, ctx: StageContext): Promise<StageResult<Value>>;
}

/**
 * A stage that stopped before it had its value, with a report worth keeping (a port table, a partial
 * summary): `run` throws it; the adapter and the pipeline show the report, then the cause.
 */
export class StageError extends UserError {
  constructor(
    readonly failure: UserError,
    readonly report: { outputs?: Record<string, OutputValue>; summary?: string },
  ) {
    super(failure.message, {
      hint: failure.hint,
      location: failure.location,
      related: failure.related,
      cause: failure,
    });
    this.name = 'StageError';
  }
}

/** The error a stage reports when it failed: every problem annotated, the last one as the step's message. */
export function stageFailure(failures: UserError[]): UserError | undefined {
  if (failures.length <= 1) return failures[0];
  return new UserError(failures[failures.length - 1]!.message, { related: failures });
}
