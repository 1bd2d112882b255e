/*
 * A cancelled job's trace (issue 21: flushed "in the post step when a job is cancelled"), with the real
 * OpenTelemetry Collector of test/infra/otel: the one-step action is cancelled as the runner cancels a job
 * (SIGINT, then SIGTERM, then kill) while k8s-rollout watches, and its trace cannot be sent when the step
 * ends: the collector is reached through a relay that holds every protobuf export (the SDK's format) without
 * an answer, as a collector that stopped answering would. The step still ends within its export bound,
 * leaving the trace spooled, and the post step (post-if: cancelled()) sends it (OTLP/JSON, which the relay
 * passes on): every span is there, the run's result is cancellation, and no file is left behind.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jest } from '@jest/globals';
import { checkout } from '../harness/checkout.js';
import { collector, waitForSpans } from '../harness/collector.js';
import { deploy, namespace } from '../harness/deploy.js';

jest.setTimeout(600_000);

let relay: Server;
let relayUrl = '';
let held = 0;

beforeAll(async () => {
  const target = new URL(collector.OTEL_COLLECTOR_HTTP!);
  relay = createServer((req, res) => {
    if (req.headers['content-type'] !== 'application/json') {
      held++; // never answered: the exporter's own timeout ends it
      req.resume();
      return;
    }
    const out = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  relayUrl = `http://127.0.0.1:${(relay.address() as AddressInfo).port}`;
});

afterAll(() => {
  relay.closeAllConnections();
  relay.close();
});

test('cancelled while watching, the trace unsendable at the end of the step: the post step sends it', async () => {
  const ns = namespace(false, 'otelcancel');
  const { ws, sha } = checkout('examples/hello', { tag: 'v1.9.0' });
  const traceId = randomBytes(16).toString('hex');
  const r = await deploy(
    ws,
    sha,
    'v1.9.0',
    ns,
    {},
    {
      OTEL_EXPORTER_OTLP_ENDPOINT: relayUrl,
      TRACEPARENT: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
    },
    { cancelOnOutput: /Watching /, post: true },
  );
  expect(r.exitCode).not.toBe(0);
  expect(r.errors).toContain('cancelled by SIGINT');
  // The step could not send its trace, and said so, within its bound (before the runner's SIGTERM).
  expect(held).toBeGreaterThan(0);
  expect(r.stdout).toMatch(/OpenTelemetry: the trace (was not sent|could not be sent) to/);
  const spooled = r.state['goship-trace-spool'];
  expect(spooled).toMatch(/goship-trace-.*\.json$/);
  expect(r.postRan).toBe(true);
  expect(r.stdout).toContain("OpenTelemetry: sent the cancelled run's trace to");
  expect(existsSync(spooled!)).toBe(false);

  const spans = await waitForSpans(`span 'goship deploy' of trace ${traceId}`, (all) => {
    const trace = all.filter((s) => s.traceId === traceId);
    return trace.some((s) => s.name === 'goship deploy') ? trace : undefined;
  });
  const byName = new Map(spans.map((s) => [s.name, s]));
  expect(byName.get('goship deploy')?.attributes['cicd.pipeline.result']).toBe('cancellation');
  for (const stage of ['setup-go', 'go-build-ldflags', 'docker-multistage', 'render-manifests'])
    expect(byName.get(stage)?.attributes['cicd.pipeline.task.run.result']).toBe('success');
  const rollout = byName.get('k8s-rollout');
  expect(rollout?.attributes['cicd.pipeline.task.run.result']).toBe('cancellation');
  expect(rollout?.status?.code).toBe(2); // ERROR
  // One tree: every span's parent is in the trace, up to the outer one.
  const ids = new Set(spans.map((s) => s.spanId));
  const roots = spans.filter((s) => !ids.has(s.parentSpanId ?? ''));
  expect(roots.map((s) => s.name)).toEqual(['goship deploy']);
});
