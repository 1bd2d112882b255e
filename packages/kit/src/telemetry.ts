/*
 * Every run as an OpenTelemetry trace (issue 21), through the standard variables: OTEL_EXPORTER_OTLP_ENDPOINT
 * or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT turns it on; OTEL_EXPORTER_OTLP_HEADERS (masked before anything can
 * print it), OTEL_EXPORTER_OTLP_PROTOCOL (http/protobuf, the default, or http/json), OTEL_SERVICE_NAME,
 * OTEL_RESOURCE_ATTRIBUTES and TRACEPARENT (to join an outer trace) are read by the OpenTelemetry SDK itself.
 * Without an endpoint nothing is loaded or sent: the spans are no-ops and the SDK stays out of the process.
 *
 * Spans nest by the active context: `span()` anywhere in a stage becomes a child of the stage's span, which
 * is a child of the run's. Attribute names follow the CI/CD semantic conventions (cicd.*, vcs.*).
 */
import type { Log, Stage, StageContext, StageResult } from './stage.js';
import { sendMetrics } from './telemetry-metrics.js';

export type SpanAttributes = Record<string, string | number | boolean | undefined>;

export interface SpanHandle {
  set(attributes: SpanAttributes): void;
  event(name: string, attributes?: SpanAttributes): void;
  /** Marks the span failed (status ERROR): the cause as the message, the classified reason as error.type. */
  fail(message: string, reason?: string): void;
}

export interface Tracing {
  /** Runs `fn` in a child span of the active one; an exception fails the span and is rethrown. */
  span<T>(name: string, attributes: SpanAttributes, fn: (span: SpanHandle) => Promise<T>): Promise<T>;
  /**
   * The active span as a W3C `traceparent` (what a child process gets as TRACEPARENT to join this trace),
   * or undefined when tracing is off or no span is active.
   */
  traceparent(): string | undefined;
  /** The active span (the stage's, inside runStageTraced), to add attributes to; a no-op when tracing is off. */
  current(): SpanHandle;
  /**
   * The run was cancelled: if it is still unwinding after a grace period, its open spans are ended as
   * cancelled, and what it has is spooled for the post step (telemetry-spool.ts), so that the trace outlives
   * a killed step.
   */
  cancel(reason: string): void;
  /** Sends what is left, at most `timeoutMs`; an unreachable collector is a warning, never a failure. */
  shutdown(timeoutMs?: number): Promise<void>;
}

const NO_SPAN: SpanHandle = { set: () => {}, event: () => {}, fail: () => {} };
const DISABLED: Tracing = {
  span: (_name, _attributes, fn) => fn(NO_SPAN),
  traceparent: () => undefined,
  current: () => NO_SPAN,
  cancel: () => {},
  shutdown: async () => {},
};

let active: Tracing = DISABLED;

/** The run's tracing (a no-op until startTracing found an endpoint). */
export function tracing(): Tracing {
  return active;
}

/** A child span of the active one: the one way stages add spans for their expensive parts. */
export function span<T>(
  name: string,
  attributes: SpanAttributes,
  fn: (span: SpanHandle) => Promise<T>,
): Promise<T> {
  return active.span(name, attributes, fn);
}

/** The active span: attributes known only at its end (the delivery figures on the rollout's span). */
export function activeSpan(): SpanHandle {
  return active.current();
}

/** The endpoint the traces go to, or undefined when tracing is off. */
export function tracesEndpoint(env: NodeJS.ProcessEnv): string | undefined {
  return (
    env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || undefined
  );
}

/** An OTLP headers variable (`key=value,…`, values percent-encoded): its pairs, values as written. */
export function otlpHeaderPairs(raw: string | undefined): [key: string, value: string][] {
  const pairs: [string, string][] = [];
  for (const pair of (raw ?? '').split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    pairs.push([pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()]);
  }
  return pairs;
}

/** OTEL_EXPORTER_OTLP_HEADERS' values (key=value,… with percent-encoded values): secrets to mask. */
export function otlpHeaderSecrets(env: NodeJS.ProcessEnv): string[] {
  const secrets = new Set<string>();
  for (const name of [
    'OTEL_EXPORTER_OTLP_HEADERS',
    'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
    'OTEL_EXPORTER_OTLP_METRICS_HEADERS',
  ]) {
    const raw = env[name];
    if (!raw?.trim()) continue;
    secrets.add(raw);
    for (const [, value] of otlpHeaderPairs(raw)) {
      if (!value) continue;
      secrets.add(value);
      try {
        secrets.add(decodeURIComponent(value));
      } catch {
        // not percent-encoded: the raw value is masked already
      }
      // "Bearer abc": the token alone may be printed by something else
      for (const word of value.split(/\s+|%20/)) if (word.length >= 8) secrets.add(word);
    }
  }
  return [...secrets];
}

/**
 * Starts the run's trace when an endpoint is set: masks the headers first, then loads the SDK. The returned
 * tracing is also the active one for `span()`; `service` is the resource's name and version. Its shutdown
 * also sends the run's delivery metrics (telemetry-metrics.ts), with or without traces, in the same time.
 */
export async function startTracing(
  env: NodeJS.ProcessEnv,
  log: Pick<Log, 'secret' | 'warning'>,
  service: { name: string; version: string },
  /** A step's state and temporary directory: a cancelled run's trace is spooled there for the post step. */
  spool?: { dir: string; saveState: (name: string, value: string) => void },
): Promise<Tracing> {
  for (const s of otlpHeaderSecrets(env)) log.secret(s);
  const endpoint = tracesEndpoint(env);
  let traces = DISABLED;
  if (endpoint)
    try {
      const { sdkTracing, TraceSpool } = await import('./telemetry-sdk.js');
      traces = sdkTracing(env, log, service, endpoint, spool && new TraceSpool(spool.dir, spool.saveState));
    } catch (err) {
      log.warning(`OpenTelemetry: tracing is off: ${err instanceof Error ? err.message : String(err)}`);
    }
  active = {
    ...traces,
    shutdown: async (timeoutMs = 5000) => {
      await Promise.all([traces.shutdown(timeoutMs), sendMetrics(env, log, service, timeoutMs)]);
    },
  };
  return active;
}

/** The CI/CD and VCS attributes of a GitHub Actions run (the runner's GITHUB_* variables). */
export function runAttributes(env: NodeJS.ProcessEnv): SpanAttributes {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const repo = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  return {
    'cicd.pipeline.name': env.GITHUB_WORKFLOW,
    'cicd.pipeline.run.id': runId,
    'cicd.pipeline.run.url.full':
      repo && runId
        ? `${server}/${repo}/actions/runs/${runId}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
        : undefined,
    'cicd.pipeline.task.name': env.GITHUB_JOB,
    'cicd.pipeline.task.run.id': runId && env.GITHUB_JOB ? `${runId}/${env.GITHUB_JOB}` : undefined,
    'vcs.repository.url.full': repo ? `${server}/${repo}` : undefined,
    'vcs.repository.name': repo?.split('/')[1],
    'vcs.owner.name': repo?.split('/')[0],
    'vcs.ref.head.name': env.GITHUB_REF_NAME,
    'vcs.ref.head.type': env.GITHUB_REF_TYPE === 'tag' ? 'tag' : env.GITHUB_REF_TYPE ? 'branch' : undefined,
    'vcs.ref.head.revision': env.GITHUB_SHA,
  };
}

/** cicd.pipeline.task.type of each stage (build, deploy or test, as the CI/CD conventions list them). */
export const TASK_TYPES: Record<string, string> = {
  'setup-go': 'build',
  'go-build-ldflags': 'build',
  'docker-multistage': 'build',
  'render-manifests': 'deploy',
  'k8s-rollout': 'deploy',
  'smoke-test': 'test',
};

/** The classified reason of a failure (ImagePullBackOff, SmokeTestFailed, …) when it carries one. */
function reasonOf(err: unknown): string {
  const reason = (err as { reason?: unknown } | undefined)?.reason;
  if (typeof reason === 'string' && reason) return reason;
  return err instanceof Error ? err.constructor.name : 'Error';
}

/**
 * `stage.run` in a span of its own (the one way both the actions and the pipeline run a stage traced): a
 * failure the stage reports sets status ERROR with its message and reason.
 */
export function runStageTraced<C, U, V>(
  stage: Stage<C, U, V>,
  config: C,
  upstream: U,
  ctx: StageContext,
): Promise<StageResult<V>> {
  return span(
    stage.name,
    { 'cicd.pipeline.task.name': stage.name, 'cicd.pipeline.task.type': TASK_TYPES[stage.name] },
    async (s) => {
      try {
        const r = await stage.run(config, upstream, ctx);
        const failed = r.failures[0];
        if (failed) s.fail(failed.message, reasonOf(failed));
        // A stage that reports its cancellation as a failure (the rollout says what it left) was cancelled.
        const result = !failed ? 'success' : ctx.signal.aborted ? 'cancellation' : 'failure';
        s.set({ 'cicd.pipeline.task.run.result': result });
        return r;
      } catch (err) {
        s.set({
          'cicd.pipeline.task.run.result': ctx.signal.aborted ? 'cancellation' : 'failure',
          'error.type': reasonOf(err),
        });
        throw err;
      }
    },
  );
}
