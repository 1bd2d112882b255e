/*
 * Every run as an OpenTelemetry trace (issue 21), sent to the real OpenTelemetry Collector of
 * test/infra/otel (OTLP/HTTP receiver → file exporter, read back here as OTLP JSON): the one-step action on the
 * real node (the span tree, the CI/CD attributes, TRACEPARENT joining an outer trace, a masked header), a
 * failed rollout (status ERROR, the reason, the rollback span), and an unreachable collector (a warning, the
 * step unaffected). Nothing is added to the step beyond the standard OTEL_* variables and TRACEPARENT.
 * The delivery figures come back through the collector's metrics pipeline (same file, `resourceMetrics`
 * lines): lead time, deployment duration and result for the one-step deploy, a rolled_back result and time to
 * restore for the failed one, and k8s-rollout alone with only a metrics endpoint.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { checkout as checkoutFolder } from '../harness/checkout.js';
import { type ExportedPoint, collector as otel, spansOfTrace, waitForPoints } from '../harness/collector.js';
import { deploy, infra, kubectl, namespace, realNode } from '../harness/deploy.js';
import { runAction } from '../harness/run-action.js';
import { app } from './k8s-rollout-support.js';

jest.setTimeout(900_000);

const checkout = (tag: string) => checkoutFolder('examples/hello', { tag });

/**
 * The delivery metrics the collector has for namespace `ns` (unique to the test), once `want` of them are
 * there: the metrics are exported once, when the step ends, so they all come in one line.
 */
const deliveryPointsOf = (ns: string, want: number): Promise<ExportedPoint[]> =>
  waitForPoints(`delivery metrics of namespace ${ns}`, (all) => {
    const points = all.filter((p) => p.attributes['k8s.namespace.name'] === ns);
    return points.length >= want ? points : undefined;
  });

/** Every span the collector wrote for this trace id, once it has the run's span (it ends last). */
const spansOf = (traceId: string, root = 'goship deploy') => spansOfTrace(traceId, root);

const outer = () => {
  const traceId = randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  return { traceId, spanId, traceparent: `00-${traceId}-${spanId}-01` };
};
const TOKEN = `otlp-${randomBytes(12).toString('hex')}`;
const otelEnv = (traceparent: string) => ({
  OTEL_EXPORTER_OTLP_ENDPOINT: otel.OTEL_COLLECTOR_HTTP!,
  OTEL_EXPORTER_OTLP_HEADERS: `authorization=Bearer%20${TOKEN}`,
  OTEL_SERVICE_NAME: 'goship-e2e',
  OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=e2e',
  TRACEPARENT: traceparent,
});

(realNode ? test : test.skip)(
  `the one-step action is one trace: run → stages → smoke test, joined to TRACEPARENT, CI/CD attributes${realNode ? '' : ' (skipped: no real node)'}`,
  async () => {
    const ns = namespace(true, 'otel');
    const { ws, sha, git } = checkout('v1.7.0');
    const { traceId, spanId, traceparent } = outer();
    const started = Date.now();
    const r = await deploy(ws, sha, 'v1.7.0', ns, {}, otelEnv(traceparent));
    const ended = Date.now();
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    // The header's token was masked before anything could print it.
    expect(r.masks).toContain(TOKEN);
    expect(r.stdout.replace(/::add-mask::.*/g, '')).not.toContain(TOKEN);

    const spans = await spansOf(traceId);
    const byName = new Map(spans.map((s) => [s.name, s]));
    const root = byName.get('goship deploy')!;
    expect(root).toBeDefined();
    expect(root.parentSpanId).toBe(spanId);
    expect(root.resource).toMatchObject({
      'service.name': 'goship-e2e',
      'deployment.environment.name': 'e2e',
    });
    expect(root.attributes).toMatchObject({
      'cicd.pipeline.result': 'success',
      'cicd.pipeline.run.id': '1001',
      'cicd.pipeline.run.url.full': expect.stringMatching(/\/acme\/hello\/actions\/runs\/1001/),
      'vcs.ref.head.revision': sha,
      'vcs.ref.head.name': 'v1.7.0',
      'vcs.ref.head.type': 'tag',
    });
    for (const stage of [
      'setup-go',
      'go-build-ldflags',
      'docker-multistage',
      'render-manifests',
      'k8s-rollout',
    ]) {
      const s = byName.get(stage);
      expect([stage, s?.parentSpanId]).toEqual([stage, root.spanId]);
      expect(s!.attributes).toMatchObject({
        'cicd.pipeline.task.name': stage,
        'cicd.pipeline.task.run.result': 'success',
      });
    }
    // The smoke test is the rollout's verification: a child of its span.
    expect(byName.get('smoke-test')?.parentSpanId).toBe(byName.get('k8s-rollout')!.spanId);
    // The expensive parts, each a child of its stage: the target's go build, each blob upload, the apply,
    // the watch (its progress as events), each smoke target.
    const childOf = (name: string, parent: string) =>
      spans.filter((s) => s.name === name && s.parentSpanId === byName.get(parent)!.spanId);
    expect(childOf('go build', 'go-build-ldflags')).toHaveLength(1);
    expect(childOf('go build', 'go-build-ldflags')[0]!.attributes['goship.target']).toMatch(/^linux\//);
    expect(childOf('blob upload', 'docker-multistage').length).toBeGreaterThanOrEqual(1);
    expect(childOf('server-side apply', 'k8s-rollout')).toHaveLength(1);
    const watch = childOf('watch Deployment', 'k8s-rollout');
    expect(watch).toHaveLength(1);
    expect(watch[0]!.attributes).toMatchObject({ 'goship.outcome': 'complete', 'k8s.namespace.name': ns });
    // What runs the release, so a trace of the service can be joined to this deploy: the new ReplicaSet and
    // its pods, as the cluster lists them now.
    const live = JSON.parse(
      kubectl(['-n', ns, 'get', 'pods', '-l', 'app.kubernetes.io/name=hello', '-o', 'json']),
    );
    // biome-ignore lint/suspicious/noExplicitAny: kubectl's JSON
    const pods = (live.items as any[]).filter((p) => !p.metadata.deletionTimestamp);
    expect(watch[0]!.attributes['k8s.replicaset.name']).toBe(pods[0].metadata.ownerReferences[0].name);
    expect(watch[0]!.attributes['goship.pods']).toBe(
      pods
        .map((p) => p.metadata.name)
        .sort()
        .join(','),
    );
    expect(watch[0]!.events?.length ?? 0).toBeGreaterThan(0);
    expect(childOf('smoke check', 'smoke-test')).toHaveLength(1);
    // Times add up: every span within the run's, the run within the step's wall time.
    const ns0 = (t: string) => Number(BigInt(t) / 1_000_000n);
    for (const s of spans) {
      expect(ns0(s.startTimeUnixNano)).toBeGreaterThanOrEqual(ns0(root.startTimeUnixNano));
      expect(ns0(s.endTimeUnixNano)).toBeLessThanOrEqual(ns0(root.endTimeUnixNano));
    }
    expect(ns0(root.startTimeUnixNano)).toBeGreaterThanOrEqual(started - 1000);
    expect(ns0(root.endTimeUnixNano)).toBeLessThanOrEqual(ended + 1000);

    // The delivery figures: on the rollout's span, as OTLP metrics (exported once, as the step ends), and in
    // the job summary. The commit's time is git's (whole seconds), the one the build stamps.
    const committed = Number(git('log', '-1', '--format=%ct')) * 1000;
    const sinceCommit = (ended - committed) / 1000;
    const runTime = (ended - started) / 1000;
    const rollout = byName.get('k8s-rollout')!;
    expect(rollout.attributes).toMatchObject({
      'goship.delivery.result': 'success',
      'deployment.status': 'succeeded',
      'deployment.name': 'hello',
      'deployment.environment.name': 'e2e',
      'k8s.namespace.name': ns,
      'goship.delivery.version': '1.7.0',
      'vcs.ref.head.revision': sha,
    });
    const lead = Number(rollout.attributes['goship.delivery.lead_time']);
    const duration = Number(rollout.attributes['goship.delivery.deployment.duration']);
    expect(lead).toBeGreaterThan(0);
    expect(lead).toBeLessThan(sinceCommit);
    expect(duration).toBeGreaterThan(0);
    expect(duration).toBeLessThan(runTime);
    // The build and the push come between the commit and the apply.
    expect(lead).toBeGreaterThan(duration);
    const points = await deliveryPointsOf(ns, 3);
    expect(points.map((p) => [p.metric, p.unit]).sort()).toEqual([
      ['goship.delivery.deployment.duration', 's'],
      ['goship.delivery.deployments', '{deployment}'],
      ['goship.delivery.lead_time', 's'],
    ]);
    for (const p of points) {
      expect(p.attributes).toMatchObject({
        'goship.delivery.result': 'success',
        'deployment.name': 'hello',
        'goship.delivery.version': '1.7.0',
      });
      // Bounded attributes only: the commit is on the span, never on a metric.
      expect(p.attributes).not.toHaveProperty('vcs.ref.head.revision');
      expect(p.count).toBe(1);
    }
    const point = (name: string) => points.find((p) => p.metric === `goship.delivery.${name}`)!;
    expect(point('deployments').sum).toBe(1);
    expect(point('lead_time').sum).toBeCloseTo(lead, 3);
    expect(point('deployment.duration').sum).toBeCloseTo(duration, 3);
    expect(r.summary).toContain('#### Delivery');
    expect(r.summary).toContain('| result | ✅ success |');
    expect(r.summary).toMatch(
      /\| lead time \(commit → smoke test passed\) \| [^|]+ \(commit [0-9a-f]{7} at /,
    );
    process.stderr.write(
      `telemetry e2e: delivery: lead time ${lead} s, deployment duration ${duration} s (run ${runTime.toFixed(1)} s, ${sinceCommit.toFixed(1)} s since the commit)\n`,
    );
  },
);

test('a failed rollout: status ERROR with the reason, and the rollback as a span of its own', async () => {
  // kwok pods never answer: the smoke test fails after the rollout, and the release is rolled back.
  const ns = namespace(false, 'otel');
  const first = checkout('v2.0.0');
  await deploy(first.ws, first.sha, 'v2.0.0', ns, {
    'rollback-on-smoke-failure': 'false',
    url: 'http://127.0.0.1:9/version',
    'smoke-timeout': '5s',
  });
  const second = checkout('v2.1.0');
  const { traceId, traceparent } = outer();
  const r = await deploy(
    second.ws,
    second.sha,
    'v2.1.0',
    ns,
    { url: 'http://127.0.0.1:9/version', 'smoke-timeout': '5s' },
    otelEnv(traceparent),
  );
  expect(r.exitCode).toBe(1);
  const spans = await spansOf(traceId);
  const byName = new Map(spans.map((s) => [s.name, s]));
  const ERROR = 2;
  expect(byName.get('goship deploy')).toMatchObject({
    status: { code: ERROR },
    attributes: { 'cicd.pipeline.result': 'failure' },
  });
  const rollout = byName.get('k8s-rollout')!;
  expect(rollout.status?.code).toBe(ERROR);
  expect(rollout.status?.message).toContain('SmokeTestFailed');
  expect(rollout.attributes['cicd.pipeline.task.run.result']).toBe('failure');
  const rollback = byName.get('rollback')!;
  expect(rollback.parentSpanId).toBe(rollout.spanId);
  expect(rollback.attributes).toMatchObject({ 'goship.rollback.reason': 'SmokeTestFailed' });
  expect(byName.get('smoke-test')?.status?.code).toBe(ERROR);

  // A change failure: the result rolled_back, the time to restore, and no lead time (nothing was delivered).
  expect(rollout.attributes).toMatchObject({
    'goship.delivery.result': 'rolled_back',
    'deployment.status': 'failed',
    'k8s.namespace.name': ns,
  });
  expect(rollout.attributes['goship.delivery.lead_time']).toBeUndefined();
  const restore = Number(rollout.attributes['goship.delivery.time_to_restore']);
  expect(restore).toBeGreaterThan(0);
  const points = await deliveryPointsOf(ns, 3);
  expect(points.map((p) => p.metric).sort()).toEqual([
    'goship.delivery.deployment.duration',
    'goship.delivery.deployments',
    'goship.delivery.time_to_restore',
  ]);
  for (const p of points) expect(p.attributes['goship.delivery.result']).toBe('rolled_back');
  expect(points.find((p) => p.metric === 'goship.delivery.time_to_restore')!.sum).toBeCloseTo(restore, 3);
  expect(r.summary).toContain('| result | ↩️ rolled back (a change failure) |');
  process.stderr.write(
    `telemetry e2e: delivery: rolled back, deployment duration ${rollout.attributes['goship.delivery.deployment.duration']} s, time to restore ${restore} s\n`,
  );
});

test('k8s-rollout alone, metrics only: what it can see (the checkout commit, no smoke test) as metrics and in its summary', async () => {
  // kwok pods: rolled out is the verification here (no smoke test in this action).
  const ns = namespace(false, 'otel');
  const { ws, sha, git } = checkoutFolder('examples/hello', {
    tag: 'v3.0.0',
    edit: (dir) => writeFileSync(join(dir, 'app.yaml'), app({ replicas: 1 })),
  });
  const started = Date.now();
  const r = await runAction('k8s-rollout', {
    workspace: ws,
    inputs: { kubeconfig: infra.KUBECONFIG!, manifests: 'app.yaml', namespace: ns },
    env: {
      GITHUB_SHA: sha,
      GITHUB_REF: 'refs/tags/v3.0.0',
      OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: `${otel.OTEL_COLLECTOR_HTTP}/v1/metrics`,
      OTEL_EXPORTER_OTLP_METRICS_HEADERS: `authorization=Bearer%20${TOKEN}`,
      OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=e2e',
    },
  });
  const ended = Date.now();
  expect(r.errors).toBe('');
  expect(r.exitCode).toBe(0);
  expect(r.masks).toContain(TOKEN);
  const sinceCommit = (ended - Number(git('log', '-1', '--format=%ct')) * 1000) / 1000;
  const points = await deliveryPointsOf(ns, 3);
  expect(points.map((p) => p.metric).sort()).toEqual([
    'goship.delivery.deployment.duration',
    'goship.delivery.deployments',
    'goship.delivery.lead_time',
  ]);
  for (const p of points)
    expect(p.attributes).toMatchObject({
      'goship.delivery.result': 'success',
      'goship.delivery.version': '3.0.0',
      'deployment.name': 'hello',
      'deployment.environment.name': 'e2e',
    });
  const lead = points.find((p) => p.metric === 'goship.delivery.lead_time')!.sum;
  const duration = points.find((p) => p.metric === 'goship.delivery.deployment.duration')!.sum;
  expect(lead).toBeGreaterThan(0);
  expect(lead).toBeLessThan(sinceCommit);
  expect(duration).toBeLessThan((ended - started) / 1000);
  expect(r.summary).toContain('#### Delivery');
  expect(r.summary).toContain('| lead time (commit → rolled out) |');
  process.stderr.write(
    `telemetry e2e: k8s-rollout alone: lead time ${lead} s, deployment duration ${duration} s\n`,
  );
});

test('an unreachable collector is a warning: the step succeeds, bounded by the export timeout', async () => {
  const { traceparent } = outer();
  const started = Date.now();
  const r = await runAction('render-manifests', {
    inputs: { name: 'hello', image: `registry.example/acme/hello@sha256:${'ab'.repeat(32)}` },
    env: {
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9',
      OTEL_EXPORTER_OTLP_TIMEOUT: '2000',
      TRACEPARENT: traceparent,
    },
  });
  const took = Date.now() - started;
  expect(r.exitCode).toBe(0);
  expect(r.errors).toBe('');
  expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toContainEqual(
    expect.stringMatching(
      /^OpenTelemetry: the trace (could not be sent to|was not sent to) http:\/\/127\.0\.0\.1:9/,
    ),
  );
  // The export is bounded (telemetry-sdk.ts: 5 s after the run at most); printed, not asserted (a noisy machine).
  process.stderr.write(`telemetry e2e: render-manifests with an unreachable collector: ${took} ms\n`);
});
