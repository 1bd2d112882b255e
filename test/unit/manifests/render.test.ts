import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inputs, objectInputs } from '@goship/kit';
import { parse } from 'yaml';
import {
  RenderError,
  readRenderOptions,
  render,
  writeRendered,
} from '../../../packages/manifests/src/index.js';
import { fixtures, rejection } from './helpers.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const ENV = {
  GITHUB_SHA: '3f4e5d6c7b8a99887766554433221100ffeeddcc',
  GITHUB_REF: 'refs/tags/v1.4.2',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/hello',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '1',
};

async function renderInputs(values: Record<string, string>, workspace = fixtures) {
  const options = await readRenderOptions(new Inputs(objectInputs(values)), {
    workspace,
    runnerTemp: tmpdir(),
    env: ENV,
  });
  return { options, result: await render(options.request) };
}

const stream = (docs: string[]) => docs.map((d) => `---\n${d}`).join('');

/** Golden files: written once with UPDATE_GOLDEN=1, reviewed by reading, then compared byte for byte. */
function golden(name: string, text: string): void {
  const file = join(fixtures, 'manifests/golden', name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(join(fixtures, 'manifests/golden'), { recursive: true });
    writeFileSync(file, text);
    if (process.env.UPDATE_GOLDEN !== '1')
      throw new Error(`wrote new golden file ${name}: review it, then run again`);
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe('builtin rolling update: how many new pods start at once', () => {
  const surge = async (values: Record<string, string>) => {
    const { result } = await renderInputs({
      name: 'hello',
      image: `localhost:5000/acme/hello@${DIGEST}`,
      ...values,
    });
    const deployment = parse(result.documents[result.objects.findIndex((o) => o.kind === 'Deployment')]!);
    return deployment.spec.strategy.rollingUpdate;
  };

  test('all new pods of a small Deployment, at most 3 extra, 25 % of a large one; never one fewer ready', async () => {
    const byReplicas: [string, number][] = [
      ['0', 1],
      ['1', 1],
      ['2', 2],
      ['3', 3],
      ['4', 3],
      ['12', 3],
      ['16', 4],
      ['100', 25],
    ];
    for (const [replicas, maxSurge] of byReplicas)
      expect([replicas, await surge({ replicas })]).toEqual([replicas, { maxSurge, maxUnavailable: 0 }]);
  });

  test('with an HPA the replica count moves: 25 %', async () => {
    expect(await surge({ replicas: '2', 'max-replicas': '6' })).toEqual({
      maxSurge: '25%',
      maxUnavailable: 0,
    });
  });
});

describe('builtin source (golden files)', () => {
  test('minimal: name + image by digest', async () => {
    const { result, options } = await renderInputs({
      name: 'hello',
      image: `localhost:5000/acme/hello@${DIGEST}`,
    });
    expect(options.version).toBe('1.4.2');
    expect(result.objects.map((o) => `${o.kind}/${o.name}`)).toEqual([
      'ConfigMap/hello-config',
      'Service/hello',
      'Deployment/hello',
    ]);
    expect(result.ports.consistent).toBe(true);
    expect(result.ports.port).toBe(8080);
    expect(result.warnings).toEqual([]);
    golden('builtin-minimal.yaml', stream(result.documents));
  });

  test("port-env and args: the ConfigMap key and env are the service's variable, args on the container; the port report agrees", async () => {
    const { result } = await renderInputs({
      name: 'hello',
      image: `localhost:5000/acme/hello@${DIGEST}`,
      'port-env': 'APP_PORT',
      args: '-port=$(APP_PORT)',
      'expected-port': '8080',
    });
    const text = stream(result.documents);
    expect(text).toContain('  APP_PORT: "8080"');
    expect(text).not.toMatch(/^\s+PORT:/m);
    expect(text).toContain('- name: APP_PORT');
    expect(text).toContain('key: APP_PORT');
    expect(text).toMatch(/args:\n\s+- -port=\$\(APP_PORT\)/);
    expect(result.ports.consistent).toBe(true);
    expect(result.ports.uses.find((u) => u.role === 'env')).toMatchObject({
      value: 'APP_PORT=8080',
      status: 'ok',
    });
  });

  test('port-env: a config entry of the same name and args with files are refused, naming the input', async () => {
    await expect(
      renderInputs({ name: 'hello', image: 'nginx:1.27', 'port-env': 'APP_PORT', config: 'APP_PORT=1' }),
    ).rejects.toThrow("Input 'config': sets APP_PORT, which comes from the 'port' input");
    await expect(renderInputs({ source: 'files', files: 'seed/*.yaml', args: '-v' })).rejects.toThrow(
      "Input 'args': is set but source is 'files'",
    );
  });

  test('full: NodePort, config, wait-for, edge nodes, HPA, PDB, namespace, pinned image, expected-port', async () => {
    const { result } = await renderInputs({
      name: 'hello',
      image: 'ghcr.io/acme/hello:1.4.2',
      images: `ghcr.io/acme/hello@${DIGEST}`,
      port: '9090',
      'expected-port': '9090',
      'service-port': '8080',
      'service-type': 'NodePort',
      'node-port': '30001',
      replicas: '3',
      config: 'LOG_LEVEL=debug\nGREETING=hello, world',
      'wait-for': 'postgres.data.svc:5432, redis:6379',
      'wait-timeout': '2m',
      'node-selector': 'kubernetes.io/arch=arm64\nedge=true',
      tolerations: 'edge=true:NoSchedule\ndedicated:NoExecute',
      'liveness-path': '/livez',
      'startup-path': 'off',
      resources: 'limits.cpu=500m\nlimits.memory=256Mi',
      'max-replicas': '10',
      'target-cpu': '70',
      'min-available': '50%',
      namespace: 'prod',
      'pod-annotations': 'example.com/team=platform',
    });
    // The chain's kind order (Helm's install order, shared with k8s-rollout): the PDB before the pods it guards.
    expect(result.objects.map((o) => `${o.kind}/${o.namespace}/${o.name}`)).toEqual([
      'PodDisruptionBudget/prod/hello',
      'ConfigMap/prod/hello-config',
      'Service/prod/hello',
      'Deployment/prod/hello',
      'HorizontalPodAutoscaler/prod/hello',
    ]);
    expect(result.pinned.map((p) => p.to)).toEqual([`ghcr.io/acme/hello@${DIGEST}`]);
    expect(result.ports.uses.filter((u) => u.role === 'wait-for').map((u) => [u.value, u.status])).toEqual([
      ['postgres.data.svc:5432', 'unchecked'],
      ['redis:6379', 'unchecked'],
    ]);
    expect(result.ports.uses.find((u) => u.role === 'expected-port')).toMatchObject({
      port: 9090,
      status: 'ok',
    });
    golden('builtin-full.yaml', stream(result.documents));
  });

  test('the same inputs render byte for byte the same', async () => {
    const a = await renderInputs({ name: 'hello', image: `nginx@${DIGEST}`, config: 'B=2\nA=1' });
    const b = await renderInputs({ name: 'hello', image: `nginx@${DIGEST}`, config: 'B=2\nA=1' });
    expect(stream(a.result.documents)).toBe(stream(b.result.documents));
  });

  test('expected-port disagreeing with port fails with the port report attached', async () => {
    const e = await rejection(() =>
      renderInputs({ name: 'hello', image: `nginx@${DIGEST}`, port: '8080', 'expected-port': '9090' }),
    );
    expect(e).toBeInstanceOf(RenderError);
    // builtin objects have no source file: one error for both sides
    expect(e.related.map((r) => r.message.replace(/ \[this side.*$/, ''))).toEqual([
      'Deployment/hello container hello: PORT=8080 but the binary was built with port 9090 (expected-port)',
    ]);
    expect((e as RenderError).ports?.consistent).toBe(false);
  });
});

describe('files source', () => {
  test('the seed examples render together, ordered Namespace, ConfigMap, Service, Deployment, others', async () => {
    const { result } = await renderInputs({
      source: 'files',
      files:
        'seed/service-nodeport.yaml\nseed/nginx-deployment.yaml\nseed/configmap-port.yaml\nseed/edge-deployment.yaml',
    });
    expect(result.objects.map((o) => [o.kind, o.name, o.source])).toEqual([
      ['ConfigMap', 'app-config', 'seed/configmap-port.yaml:1'],
      ['Service', 'web-service', 'seed/service-nodeport.yaml:1'],
      ['Pod', 'app-pod', 'seed/configmap-port.yaml:8'],
      ['Deployment', 'barcode-detector', 'seed/edge-deployment.yaml:2'],
      ['Deployment', 'nginx', 'seed/nginx-deployment.yaml:1'],
    ]);
    // unpinned tags are warned about at their line
    expect(result.warnings.map((w) => `${w.location?.file}:${w.location?.line}`)).toEqual([
      'seed/nginx-deployment.yaml:17',
      'seed/configmap-port.yaml:15',
      'seed/edge-deployment.yaml:20',
    ]);
    // pod templates get the version and commit, workloads the run
    const nginx = result.manifests.find(
      (m) => m.object.kind === 'Deployment' && (m.object.metadata as { name: string }).name === 'nginx',
    )!;
    expect(nginx.object.metadata).toMatchObject({
      annotations: { 'goship.dev/run-url': 'https://github.com/acme/hello/actions/runs/4242/attempts/1' },
    });
    expect((nginx.object.spec as { template: { metadata: object } }).template.metadata).toEqual({
      labels: { app: 'nginx' },
      annotations: { 'goship.dev/commit': ENV.GITHUB_SHA, 'goship.dev/version': '1.4.2' },
    });
  });

  test('the seed Helm-style chart template, rendered as a plain file, is not YAML', async () => {
    const e = await rejection(() =>
      renderInputs({ source: 'files', files: 'seed/chart/templates/deployment.yaml' }),
    );
    // `image: {{ …image }}:{{ …tag }}` is where a YAML parser gives up on the Go template
    expect(e.location).toMatchObject({ file: 'seed/chart/templates/deployment.yaml', line: 12 });
    expect(e.message).toMatch(/^Invalid YAML in seed\/chart\/templates\/deployment.yaml:12:/);
  });

  test('namespace fills only objects without one and never namespaces cluster-scoped kinds', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'render-ns-'));
    writeFileSync(
      join(ws, 'set.yaml'),
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: other}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b, namespace: other}\n',
    );
    const { result } = await renderInputs({ source: 'files', files: 'set.yaml', namespace: 'prod' }, ws);
    expect(result.objects.map((o) => `${o.kind}/${o.namespace ?? '-'}/${o.name}`)).toEqual([
      'Namespace/-/other',
      'ConfigMap/other/b',
      'ConfigMap/prod/a',
    ]);
  });

  test('duplicate objects fail at both places', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'render-dup-'));
    writeFileSync(join(ws, 'a.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n');
    writeFileSync(join(ws, 'b.yaml'), '# again\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n');
    const e = await rejection(() => renderInputs({ source: 'files', files: '*.yaml' }, ws));
    expect(e.related.map((r) => [r.message, r.location?.file, r.location?.line])).toEqual([
      ['Duplicate object ConfigMap/a: defined at a.yaml:1 and at b.yaml:2', 'a.yaml', 1],
      ['Duplicate object ConfigMap/a: defined at a.yaml:1 and at b.yaml:2', 'b.yaml', 2],
    ]);
  });
});

describe('writeRendered', () => {
  test('writes manifests.yaml, numbered per-object files and ports.json; replaces its own output only', async () => {
    const { result } = await renderInputs({ name: 'hello', image: `nginx@${DIGEST}` });
    const dir = join(mkdtempSync(join(tmpdir(), 'render-out-')), 'out');
    const w = writeRendered(result, dir);
    expect(readdirSync(w.objectsDir)).toEqual([
      '1-configmap-hello-config.yaml',
      '2-service-hello.yaml',
      '3-deployment-hello.yaml',
    ]);
    expect(readFileSync(w.manifests, 'utf8')).toBe(stream(result.documents));
    expect(JSON.parse(readFileSync(join(dir, 'ports.json'), 'utf8')).port).toBe(8080);
    writeRendered(result, dir); // a second render replaces the first
    const foreign = mkdtempSync(join(tmpdir(), 'render-foreign-'));
    writeFileSync(join(foreign, 'keep.txt'), 'mine');
    const e = await rejection(() => writeRendered(result, foreign));
    expect(e.message).toMatch(/^Input 'output-dir': .* holds files that render-manifests did not write$/);
    expect(readFileSync(join(foreign, 'keep.txt'), 'utf8')).toBe('mine');
  });
});
