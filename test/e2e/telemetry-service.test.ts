/*
 * The release in the deployed service's own telemetry (issue 21), on the real node with the real
 * OpenTelemetry Collector of test/infra/otel: the one-step action deploys examples/hello (instrumented with
 * the OpenTelemetry Go SDK) with otel on (auto: the step exports its own trace) and otel-endpoint pointing
 * the pods at the collector. The spans hello exports for the smoke test's requests carry the version and
 * commit goship deployed and the pod they came from, and belong to the deploy's own trace
 * (the smoke check sends its span as traceparent). Nothing is added to the step beyond its inputs and the
 * standard OTEL_* variables.
 */
import { randomBytes } from 'node:crypto';
import { jest } from '@jest/globals';
import { checkout as checkoutFolder } from '../harness/checkout.js';
import { collector, waitForSpans } from '../harness/collector.js';
import { deploy, kubectl, namespace, realNode } from '../harness/deploy.js';

jest.setTimeout(900_000);

const nodeIp = process.env.NODE_IP ?? '';

interface EnvVar {
  name: string;
  value?: string;
}

(realNode ? test : test.skip)(
  `hello's spans carry the release goship deployed and join the deploy's trace${realNode ? '' : ' (skipped: no real node)'}`,
  async () => {
    const ns = namespace(true, 'otelsvc');
    const { ws, sha } = checkoutFolder('examples/hello', { tag: 'v1.8.0' });
    const traceId = randomBytes(16).toString('hex');
    const r = await deploy(
      ws,
      sha,
      'v1.8.0',
      ns,
      // No `environment`: in the one-step action it also records a GitHub deployment (unit tests cover
      // deployment.environment.name).
      { 'otel-endpoint': `http://${nodeIp}:${collector.OTEL_COLLECTOR_PODS_PORT}` },
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.OTEL_COLLECTOR_HTTP!,
        TRACEPARENT: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      },
    );
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    // The job summary says what was set.
    expect(r.summary).toMatch(/OpenTelemetry: the release in the service's telemetry/);

    // What the cluster runs: the variables on the live Deployment.
    const deployment = JSON.parse(kubectl(['-n', ns, 'get', 'deployment', 'hello', '-o', 'json']));
    const env = deployment.spec.template.spec.containers[0].env as EnvVar[];
    const value = (n: string) => env.find((e) => e.name === n)?.value;
    expect(value('OTEL_SERVICE_NAME')).toBe('hello');
    expect(value('OTEL_EXPORTER_OTLP_ENDPOINT')).toBe(
      `http://${nodeIp}:${collector.OTEL_COLLECTOR_PODS_PORT}`,
    );
    const pods = JSON.parse(kubectl(['-n', ns, 'get', 'pods', '-o', 'json'])).items.map(
      (p: { metadata: { name: string; uid: string } }) => p.metadata,
    );

    // hello's server spans of the smoke test's requests, exported by the pods through the collector.
    const served = await waitForSpans(`span of hello in namespace ${ns}`, (spans) => {
      const mine = spans.filter(
        (s) => s.resource['service.name'] === 'hello' && s.resource['k8s.namespace.name'] === ns,
      );
      return mine.length ? mine : undefined;
    });
    for (const s of served) {
      expect(s.resource).toMatchObject({
        'service.version': '1.8.0',
        'vcs.ref.head.revision': sha,
        'service.namespace': ns,
        'k8s.deployment.name': 'hello',
        'k8s.container.name': 'hello',
        'k8s.node.name': realNode,
      });
      const pod = pods.find((p: { name: string }) => p.name === s.resource['k8s.pod.name']);
      expect(pod).toBeDefined();
      expect(s.resource['k8s.pod.uid']).toBe(pod.uid);
      expect(s.resource['service.instance.id']).toBe(`${ns}.${pod.name}.hello`);
    }

    // The smoke test's request is in the deploy's trace: its server span's parent is a span of that trace.
    const smoke = served.filter((s) => s.traceId === traceId);
    expect(smoke.length).toBeGreaterThan(0);
    const deploySpans = await waitForSpans(`span 'goship deploy' of trace ${traceId}`, (spans) => {
      const trace = spans.filter((s) => s.traceId === traceId);
      return trace.some((s) => s.name === 'goship deploy') ? trace : undefined;
    });
    const checks = new Set(deploySpans.filter((s) => s.name === 'smoke check').map((s) => s.spanId));
    expect(smoke.some((s) => checks.has(s.parentSpanId ?? ''))).toBe(true);
  },
);
