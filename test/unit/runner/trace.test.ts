/*
 * What `goship run` adds to kit's tracing (packages/runner/src/trace.ts): the CI/CD attributes of the
 * workflow, job and step spans, the results, why a step failed, and the variables a step is given (the
 * caller's OTEL_* only when an endpoint is set; TRACEPARENT below the workflow's own env).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SpanHandle } from '@goship/kit';
import { loadWorkflow, runWorkflow } from '@goship/runner';
import {
  cicdResult,
  endSpan,
  jobAttributes,
  stepAttributes,
  stepFailure,
  stepTaskType,
  stepTraceLayer,
  traceEnvironment,
  workflowAttributes,
} from '../../../packages/runner/src/trace';

const GITHUB_ENV = {
  GITHUB_WORKFLOW: 'deploy',
  GITHUB_RUN_ID: '1700000000000',
  GITHUB_REPOSITORY: 'acme/hello',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REF_NAME: 'v1.2.3',
  GITHUB_REF_TYPE: 'tag',
  GITHUB_SHA: 'a'.repeat(40),
};

test('the workflow span: the pipeline and the commit, no run URL (a local run has no page)', () => {
  const a = workflowAttributes(GITHUB_ENV);
  expect(a).toMatchObject({
    'cicd.pipeline.name': 'deploy',
    'cicd.pipeline.run.id': '1700000000000',
    'cicd.pipeline.action.name': 'RUN',
    'vcs.repository.url.full': 'https://github.com/acme/hello',
    'vcs.owner.name': 'acme',
    'vcs.ref.head.name': 'v1.2.3',
    'vcs.ref.head.type': 'tag',
    'vcs.ref.head.revision': 'a'.repeat(40),
  });
  expect(a['cicd.pipeline.run.url.full']).toBeUndefined();
  // No job at the workflow's level.
  expect(a['cicd.pipeline.task.name']).toBeUndefined();
  // A checkout without origin is named local/<folder>: no URL is made up for it.
  const local = workflowAttributes({ ...GITHUB_ENV, GITHUB_REPOSITORY: 'local/hello' });
  expect(local['vcs.repository.url.full']).toBeUndefined();
  expect(local['vcs.owner.name']).toBeUndefined();
  expect(local['vcs.repository.name']).toBe('hello');
});

test('a job span: the job id, a run id per leg, the matrix values', () => {
  expect(jobAttributes('build', '17', {}, { index: 0, total: 1 })).toEqual({
    'cicd.pipeline.task.name': 'build',
    'cicd.pipeline.task.run.id': '17/build',
  });
  expect(
    jobAttributes(
      'build',
      '17',
      { arch: 'arm64', go: 1.25, cgo: false, os: { name: 'linux' } },
      { index: 1, total: 4 },
    ),
  ).toEqual({
    'cicd.pipeline.task.name': 'build',
    'cicd.pipeline.task.run.id': '17/build/2',
    'goship.matrix.arch': 'arm64',
    'goship.matrix.go': 1.25,
    'goship.matrix.cgo': false,
    'goship.matrix.os': '{"name":"linux"}',
  });
});

test("a step's task type: goship's actions by their stage, the whole pipeline a deploy, anything else none", () => {
  expect(stepTaskType('goship/goship/actions/go-build-ldflags@v1')).toBe('build');
  expect(stepTaskType('./actions/render-manifests')).toBe('deploy');
  expect(stepTaskType('acme/goship/actions/smoke-test@main')).toBe('test');
  expect(stepTaskType('goship/goship@v1')).toBe('deploy');
  expect(stepTaskType('./actions/mine')).toBeUndefined();
  expect(stepTaskType('actions/checkout@v5')).toBeUndefined();
  expect(stepTaskType(undefined)).toBeUndefined();
  expect(stepAttributes({ id: 'build', uses: './actions/setup-go' })).toEqual({
    'cicd.pipeline.task.type': 'build',
    'goship.step.id': 'build',
    'goship.step.uses': './actions/setup-go',
  });
  // The parser's generated ids (__run, __run_2) are not the workflow's: left out.
  expect(stepAttributes({ id: '__run_2' })['goship.step.id']).toBeUndefined();
});

test('results and status: ERROR with the message on failure and cancellation only', () => {
  expect(['success', 'failure', 'cancelled', 'skipped'].map((c) => cicdResult(c as never))).toEqual([
    'success',
    'failure',
    'cancellation',
    'skip',
  ]);
  const seen: unknown[] = [];
  const handle: SpanHandle = {
    set: (a) => seen.push(a),
    event: () => {},
    fail: (m) => seen.push(`fail: ${m}`),
  };
  endSpan(handle, 'cicd.pipeline.task.run.result', 'success', () => 'never asked');
  endSpan(handle, 'cicd.pipeline.task.run.result', 'skipped', () => 'never asked');
  endSpan(handle, 'cicd.pipeline.result', 'failure', () => 'failed: deploy');
  endSpan(handle, 'cicd.pipeline.result', 'cancelled', () => 'never asked');
  expect(seen).toEqual([
    { 'cicd.pipeline.task.run.result': 'success' },
    { 'cicd.pipeline.task.run.result': 'skip' },
    { 'cicd.pipeline.result': 'failure' },
    'fail: failed: deploy',
    { 'cicd.pipeline.result': 'cancellation' },
    'fail: cancelled',
  ]);
});

test("why a step failed: its first error annotation, else the runner's exit-code message", () => {
  expect(
    stepFailure(
      [
        { level: 'warning', message: 'w' },
        { level: 'error', message: 'the port 8080 is not 9090' },
        { level: 'error', message: 'second' },
      ],
      1,
    ),
  ).toBe('the port 8080 is not 9090');
  expect(stepFailure([], 3)).toBe('Process completed with exit code 3.');
  expect(stepFailure([], undefined)).toBe('the step did not run');
});

describe('the variables a step gets for tracing', () => {
  const caller = {
    PATH: '/usr/bin',
    OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
    OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20x',
    OTEL_SERVICE_NAME: 'deploys',
    TRACEPARENT: `00-${'1'.repeat(32)}-${'2'.repeat(16)}-01`,
    TRACESTATE: 'vendor=x',
  };
  const STEP = `00-${'1'.repeat(32)}-${'3'.repeat(16)}-01`;

  test("the caller's OTEL_* and TRACESTATE when it set an endpoint; its TRACEPARENT is goship run's own", () => {
    expect(traceEnvironment(caller)).toEqual({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20x',
      OTEL_SERVICE_NAME: 'deploys',
      TRACESTATE: 'vendor=x',
    });
    expect(traceEnvironment({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c/v1/traces' })).toEqual({
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c/v1/traces',
    });
    // No endpoint: tracing is off, nothing of the caller's passes (environment.ts's allow-list stands).
    const { OTEL_EXPORTER_OTLP_ENDPOINT: _, ...noEndpoint } = caller;
    expect(traceEnvironment(noEndpoint)).toEqual({});
  });

  test("TRACEPARENT is the step's span, unless the workflow's env sets it (then TRACESTATE is not ours)", () => {
    const traceEnv = traceEnvironment(caller);
    expect(stepTraceLayer(traceEnv, STEP, { LEVEL: 'job' })).toMatchObject({
      TRACEPARENT: STEP,
      TRACESTATE: 'vendor=x',
      OTEL_SERVICE_NAME: 'deploys',
    });
    const own = stepTraceLayer(traceEnv, STEP, { TRACEPARENT: 'mine' });
    expect(own.TRACEPARENT).toBeUndefined();
    expect(own.TRACESTATE).toBeUndefined();
    expect(own.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://collector:4318');
    // Tracing did not start (no span): no TRACEPARENT and no TRACESTATE to go with it.
    expect(stepTraceLayer(traceEnv, undefined, {})).toEqual({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20x',
      OTEL_SERVICE_NAME: 'deploys',
    });
    expect(stepTraceLayer({}, undefined, {})).toEqual({});
  });
});

test("runWorkflow: the caller's OTEL_* below every env:, nothing else of it; tracing off: no TRACEPARENT", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'goship-trace-unit-'));
  try {
    writeFileSync(
      join(dir, 'wf.yml'),
      `on: push
jobs:
  a:
    runs-on: x
    env: { OTEL_SERVICE_NAME: from-job }
    steps:
      - run: echo "svc=$OTEL_SERVICE_NAME endpoint=$OTEL_EXPORTER_OTLP_ENDPOINT tp=\${TRACEPARENT:-none} ts=\${TRACESTATE:-none}"
`,
    );
    const lines: string[] = [];
    const result = await runWorkflow({
      workflow: await loadWorkflow(join(dir, 'wf.yml'), 'wf.yml'),
      workspace: dir,
      goshipRoot: process.cwd(),
      runDir: join(dir, 'run'),
      toolCache: join(dir, 'toolcache'),
      baseEnv: { PATH: process.env.PATH },
      traceEnv: traceEnvironment({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_SERVICE_NAME: 'from-caller',
        TRACESTATE: 'v=1',
      }),
      view: {
        stepStarted() {},
        stepFinished() {},
        line: (_job, text) => lines.push(text),
        annotation() {},
      },
    });
    expect(result.conclusion).toBe('success');
    // This process never started tracing: no span, so no TRACEPARENT and no TRACESTATE to go with one.
    expect(lines).toContain('svc=from-job endpoint=http://collector:4318 tp=none ts=none');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
