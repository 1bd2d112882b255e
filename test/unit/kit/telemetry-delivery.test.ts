import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jest } from '@jest/globals';
import { otlpHeaderSecrets, startTracing } from '../../../packages/kit/src/telemetry.js';
import {
  type Delivery,
  deliveryEnvironment,
  deliveryFigures,
  deliveryMarkdown,
  deliveryMetricAttributes,
  deliverySpanAttributes,
  formatSeconds,
} from '../../../packages/kit/src/telemetry-delivery.js';
import { metricsEndpoint, recordDelivery, sendMetrics } from '../../../packages/kit/src/telemetry-metrics.js';

/* The delivery figures from recorded moments, their summary and attributes, and their export over OTLP/HTTP
 * to a loopback receiver (the real exporter, the real request). */

jest.setTimeout(30_000);

const T0 = Date.parse('2026-03-02T10:00:00Z');
const at = (s: number) => T0 + s * 1000;

describe('the figures from recorded moments', () => {
  test('a success: lead time from the commit, duration from the apply, both to the verification', () => {
    expect(
      deliveryFigures({ committed: at(0), started: at(600), decided: at(642.5), result: 'success' }),
    ).toEqual({ result: 'success', leadTime: 642.5, deploymentDuration: 42.5 });
  });

  test('no lead time when the commit time is unknown, or after the verification (a skewed clock)', () => {
    expect(deliveryFigures({ started: at(0), decided: at(10), result: 'success' })).toEqual({
      result: 'success',
      deploymentDuration: 10,
    });
    expect(
      deliveryFigures({ committed: at(11), started: at(0), decided: at(10), result: 'success' }).leadTime,
    ).toBeUndefined();
  });

  test('a rollback: a change failure, no lead time, time to restore from the failure to the rollback complete', () => {
    expect(
      deliveryFigures({
        committed: at(0),
        started: at(100),
        decided: at(130),
        restored: at(151.25),
        result: 'rolled_back',
      }),
    ).toEqual({ result: 'rolled_back', deploymentDuration: 30, timeToRestore: 21.25 });
  });

  test('a failure left in place: the duration to the failure only', () => {
    expect(
      deliveryFigures({
        committed: at(0),
        started: at(5),
        decided: at(7),
        restored: at(9),
        result: 'failure',
      }),
    ).toEqual({ result: 'failure', deploymentDuration: 2 });
  });
});

const delivery: Delivery = {
  figures: { result: 'success', leadTime: 3725, deploymentDuration: 12.345 },
  labels: {
    service: 'hello',
    namespace: 'web',
    cluster: 'prod-eu',
    environment: 'production',
    version: '1.2.3',
  },
  commit: '0123456789abcdef0123456789abcdef01234567',
  commitTime: '2026-03-02T10:00:00Z',
  verifiedBy: 'smoke test',
};

test('the summary table: each figure, what "verified" meant, the commit it was measured from', () => {
  const md = deliveryMarkdown(delivery);
  expect(md).toContain('#### Delivery');
  expect(md).toContain('hello, namespace web, cluster prod-eu, environment production, version 1.2.3');
  expect(md).toContain('| result | ✅ success |');
  expect(md).toContain(
    '| lead time (commit → smoke test passed) | 1 h 02 min (commit 0123456 at 2026-03-02T10:00:00Z) |',
  );
  expect(md).toContain('| deployment duration (apply → smoke test passed) | 12.3 s |');
  expect(md).toContain('| time to restore (failure → previous release serving) | – (no rollback) |');
  const back = deliveryMarkdown({
    ...delivery,
    figures: { result: 'rolled_back', deploymentDuration: 4, timeToRestore: 8.5 },
    verifiedBy: 'rollout',
  });
  expect(back).toContain('| result | ↩️ rolled back (a change failure) |');
  expect(back).toContain('| lead time (commit → rolled out) | – (not delivered) |');
  expect(back).toContain('| deployment duration (apply → failure detected) | 4.00 s |');
  expect(back).toContain('| time to restore (failure → previous release serving) | 8.50 s |');
});

test('durations read at their scale', () => {
  expect([5, 59.94, 61, 3599, 3600, 90_061, 86_400 * 9].map(formatSeconds)).toEqual([
    '5.00 s',
    '59.9 s',
    '1 min 01 s',
    '59 min 59 s',
    '1 h 00 min',
    '1 d 01 h',
    '9 d 00 h',
  ]);
});

test('attributes: bounded ones on the metrics, the commit and the figures on the span only', () => {
  expect(deliveryMetricAttributes(delivery)).toEqual({
    'deployment.name': 'hello',
    'deployment.environment.name': 'production',
    'k8s.namespace.name': 'web',
    'k8s.cluster.name': 'prod-eu',
    'goship.delivery.version': '1.2.3',
    'goship.delivery.result': 'success',
  });
  expect(deliverySpanAttributes(delivery)).toMatchObject({
    'deployment.status': 'succeeded',
    'vcs.ref.head.revision': delivery.commit,
    'goship.delivery.commit.time': '2026-03-02T10:00:00Z',
    'goship.delivery.lead_time': 3725,
    'goship.delivery.deployment.duration': 12.345,
    'goship.delivery.time_to_restore': undefined,
  });
});

test('the environment: the input first, else deployment.environment.name of OTEL_RESOURCE_ATTRIBUTES', () => {
  expect(deliveryEnvironment({ OTEL_RESOURCE_ATTRIBUTES: 'a=b,deployment.environment.name=e2e' })).toBe(
    'e2e',
  );
  expect(deliveryEnvironment({ OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=e2e' }, 'prod')).toBe(
    'prod',
  );
  expect(deliveryEnvironment({ OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=eu%20west' })).toBe(
    'eu west',
  );
  expect(deliveryEnvironment({})).toBeUndefined();
});

test('the metrics endpoint: the signal-specific variable first; OTEL_EXPORTER_OTLP_METRICS_HEADERS is masked', () => {
  expect(metricsEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).toBe('http://c:4318');
  expect(
    metricsEndpoint({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
      OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: 'http://m:4318/v1/metrics',
    }),
  ).toBe('http://m:4318/v1/metrics');
  expect(metricsEndpoint({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://t:4318' })).toBeUndefined();
  expect(otlpHeaderSecrets({ OTEL_EXPORTER_OTLP_METRICS_HEADERS: 'api-key=m-0123456789' })).toContain(
    'm-0123456789',
  );
});

describe('export over OTLP/HTTP to a loopback receiver', () => {
  interface Received {
    url: string;
    type: string;
    auth: string;
    body: Buffer;
  }
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        url: req.url ?? '',
        type: String(req.headers['content-type']),
        auth: String(req.headers.authorization),
        body: Buffer.concat(chunks),
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    received.length = 0;
  });
  // The exporters read the standard variables from process.env themselves, as in an action's process.
  const saved = { ...process.env };
  const withEnv = (env: NodeJS.ProcessEnv) => {
    for (const k of Object.keys(process.env)) if (k.startsWith('OTEL_')) delete process.env[k];
    Object.assign(process.env, env);
    return process.env;
  };
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (k.startsWith('OTEL_')) delete process.env[k];
    Object.assign(process.env, saved);
  });
  const log = () => {
    const warnings: string[] = [];
    return { warnings, log: { warning: (w: string) => warnings.push(w), secret: () => {} } };
  };
  const service = { name: 'goship', version: 'dev' };

  test('http/json: the four instruments, in seconds, delta, with the bounded attributes', async () => {
    const { warnings, log: l } = log();
    recordDelivery(delivery);
    recordDelivery({
      ...delivery,
      figures: { result: 'rolled_back', deploymentDuration: 3, timeToRestore: 7 },
    });
    await sendMetrics(
      withEnv({
        OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: `${base}/v1/metrics`,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_EXPORTER_OTLP_METRICS_HEADERS: 'authorization=Bearer%20m-token-123',
        OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=production',
      }),
      l,
      service,
    );
    expect(warnings).toEqual([]);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ url: '/v1/metrics', auth: 'Bearer m-token-123' });
    const rm = JSON.parse(received[0]!.body.toString()).resourceMetrics[0];
    // biome-ignore lint/suspicious/noExplicitAny: OTLP JSON
    const metrics = new Map<string, any>(rm.scopeMetrics[0].metrics.map((m: any) => [m.name, m]));
    expect([...metrics.keys()].sort()).toEqual([
      'goship.delivery.deployment.duration',
      'goship.delivery.deployments',
      'goship.delivery.lead_time',
      'goship.delivery.time_to_restore',
    ]);
    for (const name of ['lead_time', 'deployment.duration', 'time_to_restore'])
      expect(metrics.get(`goship.delivery.${name}`).unit).toBe('s');
    const DELTA = 1;
    const counter = metrics.get('goship.delivery.deployments');
    expect(counter.sum).toMatchObject({ isMonotonic: true, aggregationTemporality: DELTA });
    // biome-ignore lint/suspicious/noExplicitAny: OTLP JSON
    const flat = (p: any) =>
      Object.fromEntries(
        p.attributes.map((a: { key: string; value: { stringValue: string } }) => [
          a.key,
          a.value.stringValue,
        ]),
      );
    expect(
      counter.sum.dataPoints
        .map(flat)
        .map((a: Record<string, string>) => a['goship.delivery.result'])
        .sort(),
    ).toEqual(['rolled_back', 'success']);
    expect(flat(counter.sum.dataPoints[0])).not.toHaveProperty('vcs.ref.head.revision');
    const lead = metrics.get('goship.delivery.lead_time').histogram.dataPoints;
    expect(lead).toHaveLength(1);
    expect([lead[0].sum, Number(lead[0].count)]).toEqual([3725, 1]);
    expect(metrics.get('goship.delivery.time_to_restore').histogram.dataPoints[0].sum).toBe(7);
    expect(
      // biome-ignore lint/suspicious/noExplicitAny: OTLP JSON
      Object.fromEntries(rm.resource.attributes.map((a: any) => [a.key, a.value.stringValue])),
    ).toMatchObject({ 'service.name': 'goship', 'deployment.environment.name': 'production' });
  });

  test('http/protobuf by default, at <endpoint>/v1/metrics, sent by the shutdown of a run without traces', async () => {
    const { warnings, log: l } = log();
    const t = await startTracing(
      withEnv({ OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: `${base}/v1/metrics` }),
      { ...l, secret: () => {} },
      service,
    );
    recordDelivery(delivery);
    await t.shutdown();
    expect(warnings).toEqual([]);
    expect(received.map((r) => [r.url, r.type])).toEqual([['/v1/metrics', 'application/x-protobuf']]);
    expect(received[0]!.body.toString('latin1')).toContain('goship.delivery.lead_time');
  });

  test('nothing recorded, or no endpoint: nothing is sent', async () => {
    const { warnings, log: l } = log();
    await sendMetrics(withEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: base }), l, service);
    recordDelivery(delivery);
    await sendMetrics(withEnv({}), l, service);
    // What had no endpoint is not kept for a later send.
    await sendMetrics(withEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: base }), l, service);
    expect(received).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test('an unreachable collector is a warning, bounded by the timeout', async () => {
    const { warnings, log: l } = log();
    recordDelivery(delivery);
    const started = Date.now();
    await sendMetrics(withEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' }), l, service, 2000);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^OpenTelemetry: the metrics (could not be sent to|were not sent to) http:\/\/127\.0\.0\.1:9/,
      ),
    ]);
  });
});
