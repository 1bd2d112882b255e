import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globToRegExp, InputError, Inputs, objectInputs } from '@goship/kit';
import { builtinObjects, expandFiles, readRenderOptions } from '../../../packages/manifests/src/index.js';
import { fixtures, rejection, thrown } from './helpers.js';

const read = (values: Record<string, string>, env: Record<string, string> = {}) =>
  readRenderOptions(new Inputs(objectInputs(values)), { workspace: fixtures, runnerTemp: '/tmp/rt', env });
const builtin = { name: 'hello', image: 'nginx:1.27' };

async function inputError(values: Record<string, string>): Promise<string> {
  const e = await rejection(() => read(values));
  expect(e).toBeInstanceOf(InputError);
  return e.message;
}

describe('readRenderOptions: every bad input names the input and the expected form', () => {
  test('ports: 0, 70000 and 80a', async () => {
    expect(await inputError({ ...builtin, port: '0' })).toBe(
      "Input 'port': 0 is out of range. Expected a TCP port number from 1 to 65535.",
    );
    expect(await inputError({ ...builtin, port: '70000' })).toBe(
      "Input 'port': 70000 is out of range. Expected a TCP port number from 1 to 65535.",
    );
    expect(await inputError({ ...builtin, port: '80a' })).toBe(
      "Input 'port': '80a' is not a port number. Expected a TCP port number from 1 to 65535.",
    );
    expect(await inputError({ ...builtin, 'expected-port': '0' })).toMatch(
      /^Input 'expected-port': 0 is out of range/,
    );
  });

  test('nodePort outside 30000-32767, or on a ClusterIP Service', async () => {
    expect(await inputError({ ...builtin, 'service-type': 'NodePort', 'node-port': '8080' })).toBe(
      "Input 'node-port': 8080 is out of range. Expected an integer from 30000 to 32767.",
    );
    expect(await inputError({ ...builtin, 'node-port': '30001' })).toBe(
      "Input 'node-port': is set but service-type is ClusterIP. Expected service-type NodePort or LoadBalancer when node-port is set.",
    );
    expect(await inputError({ ...builtin, 'service-type': 'ExternalName' })).toMatch(
      /one of ClusterIP, NodePort, LoadBalancer/,
    );
  });

  test('builtin needs a valid name and an image', async () => {
    expect(await inputError({ image: 'x' })).toBe(
      "Input 'name': is required but was empty. Expected a value.",
    );
    expect(await inputError({ name: '9lives', image: 'x' })).toMatch(
      /^Input 'name': '9lives' must start with a letter/,
    );
    expect(await inputError({ name: 'Hello', image: 'x' })).toMatch(
      /^Input 'name': 'Hello' must be lower-case/,
    );
    expect(await inputError({ name: 'hello' })).toBe(
      "Input 'image': is required but was empty. Expected a value.",
    );
  });

  test('structured inputs: wait-for, tolerations, config, resources, probes, PDB, HPA', async () => {
    expect(await inputError({ ...builtin, 'wait-for': 'postgres' })).toMatch(
      /^Input 'wait-for': 'postgres' is not host:port/,
    );
    expect(await inputError({ ...builtin, 'wait-for': 'db:99999' })).toMatch(
      /^Input 'wait-for': 99999 is out of range/,
    );
    expect(await inputError({ ...builtin, 'wait-for': 'db;rm -rf /:5432' })).toMatch(/is not host:port/);
    expect(await inputError({ ...builtin, tolerations: 'edge=true:Sometimes' })).toMatch(
      /^Input 'tolerations': 'edge=true:Sometimes' is not a toleration/,
    );
    expect(await inputError({ ...builtin, config: 'PORT=9090' })).toMatch(
      /^Input 'config': sets PORT, which comes from the 'port' input/,
    );
    expect(await inputError({ ...builtin, config: 'bad-key=1' })).toMatch(
      /^Input 'config': key 'bad-key' is not valid/,
    );
    expect(await inputError({ ...builtin, resources: 'limits.memory=lots' })).toMatch(
      /^Input 'resources': limits.memory=lots is not a quantity/,
    );
    expect(await inputError({ ...builtin, resources: 'limits.gpu=1' })).toMatch(
      /^Input 'resources': key 'limits.gpu' is not valid/,
    );
    expect(await inputError({ ...builtin, 'readiness-path': 'healthz' })).toMatch(
      /^Input 'readiness-path': 'healthz' is not an HTTP path/,
    );
    expect(await inputError({ ...builtin, 'min-available': 'half' })).toMatch(/^Input 'min-available'/);
    expect(await inputError({ ...builtin, replicas: '3', 'max-replicas': '2' })).toMatch(
      /^Input 'max-replicas': 2 is below replicas \(3\)/,
    );
    expect(await inputError({ ...builtin, 'wait-timeout': 'forever' })).toMatch(
      /^Input 'wait-timeout': 'forever' is not a duration/,
    );
  });

  test('inputs of another source are refused rather than ignored', async () => {
    expect(await inputError({ ...builtin, files: 'k8s/' })).toBe(
      "Input 'files': is set but source is 'builtin'. Expected 'files' only with source: files.",
    );
    expect(await inputError({ source: 'files', files: 'seed/', image: 'x' })).toBe(
      "Input 'image': is set but source is 'files'. Expected 'image' only with source: builtin.",
    );
    expect(await inputError({ source: 'kustomize', 'kustomize-dir': 'k', 'helm-chart': 'c' })).toMatch(
      /^Input 'helm-chart': is set but source is 'kustomize'/,
    );
    expect(await inputError({ source: 'files' })).toMatch(/^Input 'files': is empty/);
    expect(await inputError({ source: 'helm' })).toBe(
      "Input 'helm-chart': is required but was empty. Expected a value.",
    );
    expect(await inputError({ source: 'helm', 'helm-chart': 'seed/chart', 'helm-set': 'novalue' })).toMatch(
      /^Input 'helm-set': 'novalue' is not key=value/,
    );
    expect(await inputError({ source: 'jsonnet' })).toMatch(
      /^Input 'source': 'jsonnet' is not supported. Expected one of builtin, files, kustomize, helm./,
    );
  });

  test('namespace, images and schema version', async () => {
    expect(await inputError({ ...builtin, namespace: 'Prod' })).toMatch(
      /^Input 'namespace': 'Prod' must be lower-case/,
    );
    expect(await inputError({ ...builtin, images: 'nginx:1.27' })).toMatch(
      /^Input 'images': entry 'nginx:1.27' has no digest/,
    );
    const e = await rejection(() => read({ ...builtin, 'kubernetes-version': '1.19' }));
    expect(e.message).toMatch(/^Input 'kubernetes-version': Kubernetes 1.19 has no bundled schema/);
  });

  test('version and commit come from the inputs, else the git ref of the run', async () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    expect((await read(builtin, { GITHUB_REF: 'refs/tags/v2.0.1', GITHUB_SHA: sha })).version).toBe('2.0.1');
    expect((await read(builtin, { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: sha })).version).toBe(
      '0.0.0-0123456',
    );
    const given = await read({ ...builtin, version: '9.9.9', commit: 'abc' }, { GITHUB_SHA: sha });
    expect([given.version, given.commit]).toEqual(['9.9.9', 'abc']);
    expect(given.request.podAnnotations).toEqual({
      'goship.dev/version': '9.9.9',
      'goship.dev/commit': 'abc',
    });
    expect((await read({ ...builtin, annotate: 'false' })).request.podAnnotations).toEqual({});
    expect(given.outputDir).toBe('/tmp/rt/render-manifests');
  });
});

describe("probes: health-path for all three, a probe's own path wins", () => {
  const probes = async (values: Record<string, string>) => {
    const o = await read({ ...builtin, ...values });
    const container = builtinObjects(o.request.builtin!).find((x) => x.kind === 'Deployment')!.spec as {
      template: { spec: { containers: Record<string, unknown>[] } };
    };
    const c = container.template.spec.containers[0]!;
    return { startup: c.startupProbe, readiness: c.readinessProbe, liveness: c.livenessProbe };
  };
  const http = (path: string) => expect.objectContaining({ httpGet: { path, port: 'http' } });
  const tcp = expect.objectContaining({ tcpSocket: { port: 'http' } });

  test('standalone default: /healthz, as before health-path existed', async () => {
    expect(await probes({})).toEqual({
      startup: http('/healthz'),
      readiness: http('/healthz'),
      liveness: http('/healthz'),
    });
  });

  test("tcp checks the port; off removes them; a probe's own path wins over health-path", async () => {
    expect(await probes({ 'health-path': 'tcp' })).toEqual({ startup: tcp, readiness: tcp, liveness: tcp });
    expect(await probes({ 'health-path': 'off' })).toEqual({
      startup: undefined,
      readiness: undefined,
      liveness: undefined,
    });
    expect(await probes({ 'health-path': '/health', 'liveness-path': 'tcp', 'startup-path': 'off' })).toEqual(
      {
        startup: undefined,
        readiness: http('/health'),
        liveness: tcp,
      },
    );
  });

  test('a bad health-path names health-path', async () => {
    expect(await inputError({ ...builtin, 'health-path': 'health' })).toBe(
      "Input 'health-path': 'health' is not an HTTP path. Expected a path starting with / (e.g. /healthz), 'tcp' (the port accepts connections) or 'off'.",
    );
  });
});

describe('files: paths, directories and globs', () => {
  const ws = mkdtempSync(join(tmpdir(), 'render-files-'));
  mkdirSync(join(ws, 'k8s/base'), { recursive: true });
  mkdirSync(join(ws, 'k8s/prod'), { recursive: true });
  for (const f of [
    'k8s/base/a.yaml',
    'k8s/base/b.yml',
    'k8s/base/notes.txt',
    'k8s/prod/c.json',
    'k8s/top.yaml',
  ])
    writeFileSync(join(ws, f), '');
  const names = (patterns: string[]) => expandFiles('files', patterns, ws).map((f) => f.display);

  test('a directory is its manifest files (not recursive); ** recurses; {a,b} and ? match', () => {
    expect(names(['k8s'])).toEqual(['k8s/top.yaml']);
    expect(names(['k8s/**/*.yaml'])).toEqual(['k8s/base/a.yaml', 'k8s/top.yaml']);
    expect(names(['k8s/*/*.{yml,json}'])).toEqual(['k8s/base/b.yml', 'k8s/prod/c.json']);
    expect(names(['k8s/base/?.yaml', 'k8s/base/a.yaml'])).toEqual(['k8s/base/a.yaml']);
    expect(globToRegExp('a/**').test('a/b/c.yaml')).toBe(true);
  });

  test('a pattern matching nothing is an error naming it', () => {
    expect(thrown(() => names(['k8s/missing.yaml'])).message).toMatch(
      /^Input 'files': 'k8s\/missing.yaml' does not exist/,
    );
    expect(thrown(() => names(['k8s/**/*.tpl'])).message).toBe(
      "Input 'files': 'k8s/**/*.tpl' matches no .yaml, .yml or .json file. Expected patterns that match manifest files.",
    );
  });
});
