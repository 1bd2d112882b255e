/*
 * `goship run` as one OpenTelemetry trace (issue 21): the workflow run is a span, each job (each matrix leg)
 * a child of it, each step a child of its job, and each step's process gets TRACEPARENT set to its step's
 * span, so a goship action's own run span (kit's runAction) nests beneath the step. The spans come from
 * kit's telemetry.ts (`span()`, no-ops until cli.ts started tracing with an endpoint set); this file holds
 * what goship run adds: the attributes, the results and the variables a step is given.
 * Attribute names follow the OpenTelemetry CI/CD semantic conventions (cicd.*, vcs.*).
 */
import { runAttributes, type SpanAttributes, type SpanHandle, TASK_TYPES, tracesEndpoint } from '@goship/kit';
import type { Annotation } from './commands.js';
import type { Conclusion } from './job.js';
import type { Combination } from './matrix.js';

/** cicd.pipeline.result / cicd.pipeline.task.run.result of a conclusion. */
export function cicdResult(c: Conclusion): 'success' | 'failure' | 'cancellation' | 'skip' {
  return c === 'cancelled' ? 'cancellation' : c === 'skipped' ? 'skip' : c;
}

/**
 * The workflow span's attributes, from the GITHUB_* variables goship run gives its steps (run.ts
 * githubContext). A local run has no page on GitHub: the run URL is left out, and so is the repository's
 * URL when the checkout has no `origin` (githubContext then names it local/<folder>).
 */
export function workflowAttributes(githubEnv: Record<string, string>): SpanAttributes {
  const local = githubEnv.GITHUB_REPOSITORY?.startsWith('local/');
  return {
    ...runAttributes(githubEnv),
    'cicd.pipeline.run.url.full': undefined,
    'cicd.pipeline.action.name': 'RUN',
    ...(local ? { 'vcs.repository.url.full': undefined, 'vcs.owner.name': undefined } : {}),
  };
}

const attributeValue = (v: unknown): string | number | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v);

/** A job span's attributes: the job's id, the leg's run id, and its matrix values (goship.matrix.<key>). */
export function jobAttributes(
  jobId: string,
  runId: string,
  matrix: Combination,
  leg: { index: number; total: number },
): SpanAttributes {
  const attributes: SpanAttributes = {
    'cicd.pipeline.task.name': jobId,
    // As kit's runAttributes spells it inside the job's actions (GITHUB_RUN_ID/GITHUB_JOB), and one per leg.
    'cicd.pipeline.task.run.id': `${runId}/${jobId}${leg.total > 1 ? `/${leg.index + 1}` : ''}`,
  };
  for (const [key, value] of Object.entries(matrix))
    attributes[`goship.matrix.${key}`] = attributeValue(value);
  return attributes;
}

/**
 * The task type of a step that uses one of goship's actions (`./actions/<name>`,
 * `<owner>/goship/actions/<name>@ref`; `<owner>/goship@ref` is the whole pipeline, a deploy); none for a
 * `run:` script or any other action, which may do anything.
 */
export function stepTaskType(uses: string | undefined): string | undefined {
  if (!uses) return undefined;
  if (/^[\w.-]+\/goship@/.test(uses)) return 'deploy';
  const name = /^(?:\.\/|[\w.-]+\/goship\/)actions\/([a-z0-9-]+)(?:@|$)/.exec(uses)?.[1];
  return name ? TASK_TYPES[name] : undefined;
}

/** A step span's attributes (its name is the step's, as the final table shows it). */
export function stepAttributes(step: { id: string; uses?: string }): SpanAttributes {
  return {
    'cicd.pipeline.task.type': stepTaskType(step.uses),
    'goship.step.id': step.id.startsWith('__') ? undefined : step.id,
    'goship.step.uses': step.uses,
  };
}

/**
 * A step's, job's or workflow's end on its span: the result, and status ERROR with `message` when it failed
 * or was cancelled (a cancelled run did not do what it was for).
 */
export function endSpan(s: SpanHandle, key: string, conclusion: Conclusion, message: () => string): void {
  s.set({ [key]: cicdResult(conclusion) });
  if (conclusion === 'failure') s.fail(message());
  else if (conclusion === 'cancelled') s.fail('cancelled');
}

/** Why a step failed, as its span's status message: its first error annotation, else its exit code. */
export function stepFailure(annotations: readonly Annotation[], exitCode: number | undefined): string {
  const error = annotations.find((a) => a.level === 'error');
  if (error) return error.message;
  return exitCode === undefined ? 'the step did not run' : `Process completed with exit code ${exitCode}.`;
}

/**
 * The caller's OTEL_* variables (and TRACESTATE, the vendor part of the outer trace's context) for every
 * step, when the caller set an endpoint: the steps' goship actions then send their spans to the same
 * collector, in this trace. None when tracing is off: steps start from the allow-list (environment.ts).
 */
export function traceEnvironment(source: NodeJS.ProcessEnv): Record<string, string> {
  if (!tracesEndpoint(source)) return {};
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(source))
    if (value !== undefined && (name.startsWith('OTEL_') || name === 'TRACESTATE')) out[name] = value;
  return out;
}

/**
 * The variables a step gets for tracing, below the workflow's, the job's, GITHUB_ENV's and the step's own
 * `env:` (job.ts baseStepEnv), so a workflow that sets TRACEPARENT itself keeps its value; the caller's
 * TRACESTATE then goes too, as it belongs to goship run's trace, not to the workflow's.
 */
export function stepTraceLayer(
  traceEnv: Record<string, string>,
  traceparent: string | undefined,
  userEnv: Record<string, string>,
): Record<string, string> {
  const { TRACESTATE, ...otel } = traceEnv;
  if (!traceparent || userEnv.TRACEPARENT !== undefined) return otel;
  return { ...otel, TRACEPARENT: traceparent, ...(TRACESTATE ? { TRACESTATE } : {}) };
}
