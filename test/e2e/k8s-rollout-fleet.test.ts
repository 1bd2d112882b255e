/*
 * k8s-rollout across a fleet: the bundled dist/k8s-rollout run as the runner runs it against five independent
 * real control planes — the shared one (GOSHIP_STATE, the one with the real node) and four more started here
 * with test/infra/cluster/up under their own GOSHIP_STATE (kwok nodes only), stopped after the suite unless
 * GOSHIP_KEEP_INFRA=1. Every check of a cluster's state uses the real kubectl against that cluster. Two runs
 * send their trace and delivery metrics to the real OpenTelemetry Collector (test/infra/otel): one delivery
 * per cluster, told apart by k8s.cluster.name.
 *   GOSHIP_KEEP_INFRA=1 GOSHIP_INFRA=cluster,otel npm run test:e2e -- test/e2e/k8s-rollout-fleet.test.ts
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { jest } from '@jest/globals';
import { type ExportedPoint, exportedPoints, spansOfTrace } from '../harness/collector.js';
import { requireEnv } from '../harness/infra.js';
import { type ActionResult, type RunOptions, repoRoot, runAction } from '../harness/run-action.js';

jest.setTimeout(240_000);

const { KUBECTL, KUBECONFIG, OTEL_COLLECTOR_HTTP } = requireEnv(
  'KUBECONFIG',
  'KUBECTL',
  'OTEL_COLLECTOR_HTTP',
);
const EXTRA = [1, 2, 3, 4].map((i) => join(process.env.TMPDIR ?? tmpdir(), `goship-fleet-${i}`));
const DIGEST = `sha256:${'ab12'.repeat(16)}`;
const IMAGE = `registry.example/acme/hello@${DIGEST}`;

interface Cluster {
  name: string;
  kubeconfig: string;
}
const clusters: Cluster[] = [];
const namespaces: string[] = [];

function kubectl(c: Cluster, args: string[]): string {
  return execFileSync(KUBECTL, args, {
    env: { ...process.env, KUBECONFIG: c.kubeconfig },
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

beforeAll(async () => {
  clusters.push({ name: 'c1', kubeconfig: KUBECONFIG });
  // The four extra control planes start in parallel (an `up` already running prints its env again).
  const ups = await Promise.all(
    EXTRA.map((state) =>
      promisify(execFile)(join(repoRoot, 'test/infra/cluster/up'), [], {
        env: { ...process.env, GOSHIP_STATE: state, GOSHIP_REAL_NODE: '0' },
        timeout: 600_000,
      }),
    ),
  );
  for (const [i, { stdout }] of ups.entries())
    clusters.push({ name: `c${i + 2}`, kubeconfig: /^KUBECONFIG=(.*)$/m.exec(stdout)![1]! });
}, 600_000);

afterAll(async () => {
  for (const ns of namespaces)
    for (const c of clusters) kubectl(c, ['delete', 'namespace', '--wait=false', '--ignore-not-found', ns]);
  if (process.env.GOSHIP_KEEP_INFRA === '1') return;
  await Promise.all(
    EXTRA.map((state) =>
      promisify(execFile)(join(repoRoot, 'test/infra/cluster/down'), [], {
        env: { ...process.env, GOSHIP_STATE: state },
      }),
    ),
  );
}, 180_000);

/** A namespace of the same name in every cluster, and a workspace. */
function setup(prefix: string): { ns: string; ws: string } {
  const ns = `${prefix}-${randomBytes(3).toString('hex')}`;
  for (const c of clusters) kubectl(c, ['create', 'namespace', ns]);
  namespaces.push(ns);
  return { ns, ws: mkdtempSync(join(tmpdir(), `fleet-${prefix}-`)) };
}

/** The app at a version (a pod template annotation), optionally with pods that get Ready late. */
function app(ws: string, version: string, podAnnotations: Record<string, string> = {}): string {
  const file = `app-${version}.yaml`;
  writeFileSync(
    join(ws, file),
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: hello
spec:
  replicas: 2
  selector:
    matchLabels: {app: hello}
  template:
    metadata:
      labels: {app: hello}
      annotations: ${JSON.stringify({ 'app.example/version': version, ...podAnnotations })}
    spec:
      containers:
      - name: app
        image: ${IMAGE}
        ports:
        - {name: http, containerPort: 8080}
`,
  );
  return file;
}

type Entry = Partial<Record<'namespace' | 'image', string>> & { nodeSelector?: Record<string, string> };
function clustersInput(ns: string, overrides: Record<string, Entry> = {}, extra: string[] = []): string {
  return [
    ...clusters.map((c) => {
      const o = overrides[c.name] ?? {};
      return [
        `- name: ${c.name}`,
        `  kubeconfig: ${c.kubeconfig}`,
        `  namespace: ${o.namespace ?? ns}`,
        ...(o.image ? [`  image: ${o.image}`] : []),
        ...(o.nodeSelector ? [`  node-selector: ${JSON.stringify(o.nodeSelector)}`] : []),
      ].join('\n');
    }),
    ...extra,
  ].join('\n');
}

function deploy(ws: string, inputs: RunOptions['inputs'], opts: Omit<RunOptions, 'inputs'> = {}) {
  return runAction('k8s-rollout', { workspace: ws, timeoutMs: 200_000, ...opts, inputs });
}

// biome-ignore lint/suspicious/noExplicitAny: kubectl's JSON, read field by field in assertions
type Json = any;
/** What a cluster runs: the pod template's version, and whether the rollout is complete (no mixed pods). */
function live(
  c: Cluster,
  ns: string,
): { version?: string; settled: boolean; nodeSelector?: unknown; image?: string } {
  const out = kubectl(c, ['-n', ns, 'get', 'deployment', 'hello', '--ignore-not-found', '-o', 'json']).trim();
  if (!out) return { settled: true };
  const d: Json = JSON.parse(out);
  const s = d.status;
  return {
    version: d.spec.template.metadata.annotations['app.example/version'],
    settled:
      s.observedGeneration >= d.metadata.generation &&
      s.updatedReplicas === d.spec.replicas &&
      s.replicas === d.spec.replicas &&
      s.availableReplicas === d.spec.replicas,
    nodeSelector: d.spec.template.spec.nodeSelector,
    image: d.spec.template.spec.containers[0].image,
  };
}

function reportOf(r: ActionResult): Record<string, Json> {
  const list: Json[] = JSON.parse(r.outputs.clusters!);
  return Object.fromEntries(list.map((c) => [c.name, c]));
}

/** The OTLP variables of a run whose trace is `traceId`: the real collector (test/infra/otel). */
const otelEnv = (traceId: string) => ({
  OTEL_EXPORTER_OTLP_ENDPOINT: OTEL_COLLECTOR_HTTP,
  TRACEPARENT: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
  OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=e2e',
});

/**
 * The delivery metrics of namespace `ns` (unique to the test) by cluster and by metric (without its
 * `goship.delivery.` prefix), once `want` points arrived: they are sent once, as the step ends.
 */
async function deliveriesOf(
  ns: string,
  want: number,
): Promise<Record<string, Record<string, ExportedPoint>>> {
  for (let i = 0; ; i++) {
    const points = exportedPoints().filter((p) => p.attributes['k8s.namespace.name'] === ns);
    if (points.length >= want || i >= 50) {
      const out: Record<string, Record<string, ExportedPoint>> = {};
      for (const p of points) {
        const cluster = String(p.attributes['k8s.cluster.name']);
        out[cluster] = { ...out[cluster], [p.metric.replace('goship.delivery.', '')]: p };
      }
      return out;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * A cluster's delivery as figures by metric: exactly these metrics, each one point of this result, one
 * deployment, its duration positive and within the run's wall time.
 */
function figuresOf(points: Record<string, ExportedPoint> = {}, result: string, also: string, wall: number) {
  expect(Object.keys(points).sort()).toEqual(['deployment.duration', 'deployments', also]);
  const attributes = { 'goship.delivery.result': result, 'deployment.name': 'hello' };
  for (const p of Object.values(points)) expect(p).toMatchObject({ count: 1, attributes });
  const f = Object.fromEntries(Object.entries(points).map(([metric, p]) => [metric, p.sum]));
  expect(f.deployments).toBe(1);
  expect(f['deployment.duration']).toBeGreaterThan(0);
  expect(f['deployment.duration']).toBeLessThan(wall);
  return f as Record<'deployment.duration' | 'deployments', number> & Record<string, number>;
}

/** v1 everywhere in one wave: the state each case starts from. */
async function deployV1(ws: string, ns: string): Promise<void> {
  const r = await deploy(ws, { manifests: app(ws, 'v1'), clusters: clustersInput(ns), waves: 'rest' });
  expect(r.errors).toBe('');
  expect(r.outputs.status).toBe('succeeded');
}

test('five clusters in waves 1, 25%, rest, with per-cluster overrides: the waves in order, one table, every cluster on v2, one delivery each', async () => {
  const { ns, ws } = setup('fleet-ok');
  const mirror = `mirror.eu.example:5000/acme/hello@${DIGEST}`;
  const traceId = randomBytes(16).toString('hex');
  // The commit's time for the lead time: without a checkout, k8s-rollout takes SOURCE_DATE_EPOCH.
  const committed = Math.floor(Date.now() / 1000) - 3600;
  const started = Date.now();
  const r = await deploy(
    ws,
    {
      manifests: app(ws, 'v2'),
      clusters: clustersInput(ns, {
        c3: { image: mirror },
        c4: { nodeSelector: { 'kubernetes.io/arch': 'arm64' } },
      }),
      waves: '1, 25%, rest',
      'max-parallel': 2,
      'pause-between': '1s',
    },
    { env: { ...otelEnv(traceId), SOURCE_DATE_EPOCH: String(committed) } },
  );
  const wall = (Date.now() - started) / 1000;
  expect(r.errors).toBe('');
  expect(r.exitCode).toBe(0);
  expect(r.outputs.status).toBe('succeeded');
  const report = reportOf(r);
  expect(Object.values(report).map((c) => [c.name, c.wave, c.status, c.endsOn])).toEqual([
    ['c1', 1, 'succeeded', 'new'],
    ['c2', 2, 'succeeded', 'new'],
    ['c3', 2, 'succeeded', 'new'],
    ['c4', 3, 'succeeded', 'new'],
    ['c5', 3, 'succeeded', 'new'],
  ]);
  // Every cluster validated before the first apply anywhere; wave 2 starts after wave 1 rolled out.
  const out = r.stdout;
  const lastValidation = Math.max(...clusters.map((c) => out.lastIndexOf(`[${c.name}] Validated`)));
  expect(lastValidation).toBeGreaterThan(0);
  expect(lastValidation).toBeLessThan(out.indexOf('Applying'));
  expect(out.indexOf('[c1] rolled out in wave 1')).toBeLessThan(out.indexOf('Wave 2/3'));
  expect(out.indexOf('Wave 2/3')).toBeLessThan(out.indexOf('[c2] Applying'));
  expect(
    Math.max(out.indexOf('[c2] rolled out in wave 2'), out.indexOf('[c3] rolled out in wave 2')),
  ).toBeLessThan(out.indexOf('Wave 3/3'));
  for (const c of clusters) expect(live(c, ns)).toMatchObject({ version: 'v2', settled: true });
  expect(live(clusters[2]!, ns).image).toBe(mirror);
  expect(live(clusters[1]!, ns).image).toBe(IMAGE);
  expect(live(clusters[3]!, ns).nodeSelector).toEqual({ 'kubernetes.io/arch': 'arm64' });
  const [clustersTable = '', deliveryTable = ''] = r.summary.split('#### Delivery');
  expect(clustersTable).toMatch(/\| Cluster \| Wave \| Status \|/);
  expect(clustersTable.match(/^\| c\d /gm)).toHaveLength(5);
  expect(deliveryTable.match(/^\| c\d \| `[^`]+` \| ✅ success \| 1 h 0\d min \|/gm)).toHaveLength(5);
  // One delivery per cluster (every kubeconfig here names its cluster alike: the fleet's name tells them apart).
  const deliveries = await deliveriesOf(ns, 15);
  expect(Object.keys(deliveries).sort()).toEqual(clusters.map((c) => c.name));
  const figures: string[] = [];
  for (const c of clusters) {
    const f = figuresOf(deliveries[c.name], 'success', 'lead_time', wall);
    expect(f.lead_time).toBeGreaterThan(3600 + f['deployment.duration']);
    expect(f.lead_time).toBeLessThan(3600 + wall + 1);
    figures.push(`${c.name} ${f['deployment.duration']} s (lead ${f.lead_time} s)`);
  }
  // Each lead time ends at its own cluster's verification: a later wave's is longer.
  const lead = (name: string) => deliveries[name]!.lead_time!.sum;
  expect(lead('c1')).toBeLessThan(Math.min(lead('c2'), lead('c3')));
  expect(Math.max(lead('c2'), lead('c3'))).toBeLessThan(Math.min(lead('c4'), lead('c5')));
  // The same figures on each cluster's span, a child of the stage's.
  const spans = await spansOfTrace(traceId, 'goship k8s-rollout');
  const stage = spans.find((s) => s.name === 'k8s-rollout')!;
  for (const c of clusters) {
    const attributes = { 'k8s.cluster.name': c.name, 'goship.delivery.lead_time': lead(c.name) };
    const own = spans.filter(
      (s) => s.name === 'cluster rollout' && s.attributes['k8s.cluster.name'] === c.name,
    );
    expect(own).toMatchObject([{ parentSpanId: stage.spanId, attributes }]);
  }
  process.stderr.write(
    `fleet e2e: deployment duration per cluster: ${figures.join(', ')}; run ${wall.toFixed(1)} s\n`,
  );
});

test('one cluster fails in the second wave: the clusters this run updated are rolled back, the rest untouched', async () => {
  const { ns, ws } = setup('fleet-fail');
  await deployV1(ws, ns);
  const started = Date.now();
  const r = await deploy(
    ws,
    {
      manifests: app(ws, 'v2'),
      // No node of c3 is s390x: its pods stay Unschedulable there only.
      clusters: clustersInput(ns, { c3: { nodeSelector: { 'kubernetes.io/arch': 's390x' } } }),
      waves: '1, 2, rest',
      timeout: '2m',
    },
    { env: otelEnv(randomBytes(16).toString('hex')) },
  );
  const wall = (Date.now() - started) / 1000;
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('rolled-back');
  expect(r.errors).toMatch(/cluster 'c3' \(wave 2\) failed: Unschedulable/);
  const report = reportOf(r);
  expect(report.c1).toMatchObject({ wave: 1, status: 'rolled-back', endsOn: 'old' });
  expect(report.c1.cause).toMatch(/cluster 'c3'/);
  expect(report.c2).toMatchObject({ wave: 2, status: 'rolled-back', endsOn: 'old' });
  expect(report.c3).toMatchObject({ wave: 2, status: 'rolled-back', endsOn: 'old' });
  expect(report.c3.cause).toMatch(/Unschedulable/);
  expect(report.c4).toMatchObject({ wave: 3, status: 'untouched', endsOn: 'old' });
  expect(report.c5).toMatchObject({ wave: 3, status: 'untouched', endsOn: 'old' });
  expect(r.stdout).not.toMatch(/\[c[45]\] Applying/);
  for (const c of clusters) expect(live(c, ns)).toMatchObject({ version: 'v1', settled: true });
  expect(r.summary).toMatch(/rolled back/);

  // Each cluster this run updated is a change failure of its own, with its time to restore; the clusters it
  // never applied to report nothing, and the summary says so.
  const deliveries = await deliveriesOf(ns, 9);
  expect(Object.keys(deliveries).sort()).toEqual(['c1', 'c2', 'c3']);
  const figures: string[] = [];
  for (const name of ['c1', 'c2', 'c3']) {
    const f = figuresOf(deliveries[name], 'rolled_back', 'time_to_restore', wall);
    expect(f.time_to_restore).toBeGreaterThan(0);
    expect(f.time_to_restore).toBeLessThan(wall);
    figures.push(`${name} ${f['deployment.duration']} s (restored in ${f.time_to_restore} s)`);
  }
  const deliveryTable = r.summary.split('#### Delivery')[1] ?? '';
  expect(deliveryTable).toMatch(
    new RegExp(`^\\| c3 \\| \`${ns}\` \\| ↩️ rolled back \\(a change failure\\) \\|`, 'm'),
  );
  for (const name of ['c4', 'c5'])
    expect(deliveryTable).toContain(`| ${name} | \`${ns}\` | – none: nothing applied |`);
  process.stderr.write(`fleet e2e: rolled back: ${figures.join(', ')}; run ${wall.toFixed(1)} s\n`);
});

test('cancelled mid-wave: the finished wave stays on the new revision, the clusters in flight are rolled back, the rest untouched', async () => {
  const { ns, ws } = setup('fleet-cancel');
  await deployV1(ws, ns);
  const r = await deploy(
    ws,
    {
      // v2's pods get Ready only after 5s: wave 2 is still in flight when the runner cancels.
      manifests: app(ws, 'v2', { 'goship.test/ready-delay': '5s' }),
      clusters: clustersInput(ns),
      waves: '1, rest',
      'max-parallel': 2,
    },
    { cancelOnOutput: /\[c3\] Watching/ },
  );
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('cancelled');
  const report = reportOf(r);
  expect(report.c1).toMatchObject({ wave: 1, status: 'succeeded', endsOn: 'new' });
  expect(report.c2).toMatchObject({ wave: 2, status: 'rolled-back', endsOn: 'old' });
  expect(report.c3).toMatchObject({ wave: 2, status: 'rolled-back', endsOn: 'old' });
  expect(report.c2.cause).toMatch(/cancelled by SIGINT/);
  expect(report.c4).toMatchObject({ status: 'untouched', endsOn: 'old' });
  expect(report.c5).toMatchObject({ status: 'untouched', endsOn: 'old' });
  const expected = { c1: 'v2', c2: 'v1', c3: 'v1', c4: 'v1', c5: 'v1' } as Record<string, string>;
  for (const c of clusters) expect(live(c, ns)).toMatchObject({ version: expected[c.name], settled: true });
});

test('a cluster unreachable at the start: refused before anything is applied anywhere; with skip-unreachable it proceeds', async () => {
  const { ns, ws } = setup('fleet-unreachable');
  await deployV1(ws, ns);
  // A kubeconfig like c2's whose server is a port nothing listens on.
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  mkdirSync(join(ws, 'kube'), { recursive: true });
  writeFileSync(
    join(ws, 'kube/gone.yaml'),
    readFileSync(clusters[1]!.kubeconfig, 'utf8').replace(
      /server: https:\/\/127\.0\.0\.1:\d+/,
      `server: https://127.0.0.1:${port}`,
    ),
  );
  const gone = [`- name: gone`, `  kubeconfig: kube/gone.yaml`, `  namespace: ${ns}`];
  const inputs = { manifests: app(ws, 'v2'), clusters: clustersInput(ns, {}, gone), waves: '1, rest' };
  const refused = await deploy(ws, inputs);
  expect(refused.exitCode).toBe(1);
  expect(refused.errors).toMatch(
    /Refused before anything was applied to any cluster: cluster 'gone': Cannot reach/,
  );
  expect(refused.stdout).not.toMatch(/Applying/);
  for (const c of clusters) expect(live(c, ns)).toMatchObject({ version: 'v1', settled: true });
  expect(reportOf(refused).c1).toMatchObject({ status: 'untouched', endsOn: 'old' });

  const skipped = await deploy(ws, { ...inputs, 'skip-unreachable': true });
  expect(skipped.errors).toBe('');
  expect(skipped.outputs.status).toBe('succeeded');
  expect(reportOf(skipped).gone).toMatchObject({ status: 'skipped', endsOn: 'old', wave: 2 });
  for (const c of clusters) expect(live(c, ns)).toMatchObject({ version: 'v2', settled: true });
});
