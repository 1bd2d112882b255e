/*
 * otel (packages/manifests/src/otel.ts): the release in the service's own telemetry. The variables land on
 * the container that runs the built image, in an order the kubelet can expand; what the user's manifests set
 * stays theirs and is checked like the port (a foreign service.version fails at its line); the inputs fail
 * before anything is rendered.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inputs, objectInputs } from '@goship/kit';
import { parse } from 'yaml';
import { readRenderOptions, render } from '../../../packages/manifests/src/index.js';
import { parseResourceAttributes } from '../../../packages/manifests/src/otel.js';
import { chain } from '../../../packages/manifests/src/stages/render-manifests.js';
import { problems, rejection } from './helpers.js';

const DIGEST = `sha256:${'ef'.repeat(32)}`;
const SHA = '3f4e5d6c7b8a99887766554433221100ffeeddcc';
const ENV = { GITHUB_SHA: SHA, GITHUB_REF: 'refs/tags/v1.4.2' };

async function options(
  values: Record<string, string>,
  workspace = tmpdir(),
  env: Record<string, string> = ENV,
) {
  return readRenderOptions(new Inputs(objectInputs(values)), { workspace, runnerTemp: tmpdir(), env });
}

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { fieldRef?: { fieldPath: string } };
}

async function containerEnv(values: Record<string, string>, workspace?: string): Promise<EnvVar[]> {
  const { request } = await options(values, workspace);
  const result = await render(request);
  const i = result.objects.findIndex((o) => o.kind === 'Deployment');
  return parse(result.documents[i]!).spec.template.spec.containers[0].env as EnvVar[];
}

const attributes = (env: EnvVar[]) =>
  parseResourceAttributes(env.find((e) => e.name === 'OTEL_RESOURCE_ATTRIBUTES')!.value!);

const builtin = { name: 'hello', image: `localhost:5000/acme/hello@${DIGEST}` };

function filesWorkspace(container: string, extra = ''): string {
  const ws = mkdtempSync(join(tmpdir(), 'otel-'));
  writeFileSync(
    join(ws, 'app.yaml'),
    `${extra}apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  selector:
    matchLabels: {app: shop}
  template:
    metadata:
      labels: {app: shop}
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/shop@${DIGEST}
${container}`,
  );
  return ws;
}

describe('otel: true on the builtin Deployment', () => {
  test('the release, the environment and the pod, in an order the kubelet expands', async () => {
    const env = await containerEnv({ ...builtin, otel: 'true', environment: 'production' });
    const names = env.map((e) => e.name);
    const at = (n: string) => names.indexOf(n);
    // $(VAR) expands only from variables defined earlier in the list.
    for (const downward of [
      'OTEL_RESOURCE_ATTRIBUTES_NAMESPACE_NAME',
      'OTEL_RESOURCE_ATTRIBUTES_POD_NAME',
      'OTEL_RESOURCE_ATTRIBUTES_POD_UID',
      'OTEL_RESOURCE_ATTRIBUTES_NODE_NAME',
    ])
      expect(at(downward)).toBeLessThan(at('OTEL_RESOURCE_ATTRIBUTES'));
    expect(env.find((e) => e.name === 'OTEL_RESOURCE_ATTRIBUTES_POD_UID')).toEqual({
      name: 'OTEL_RESOURCE_ATTRIBUTES_POD_UID',
      valueFrom: { fieldRef: { fieldPath: 'metadata.uid' } },
    });
    expect(env.find((e) => e.name === 'OTEL_SERVICE_NAME')?.value).toBe('hello');
    expect(Object.fromEntries(attributes(env))).toEqual({
      'service.version': '1.4.2',
      'vcs.ref.head.revision': SHA,
      'deployment.environment.name': 'production',
      'service.namespace': '$(OTEL_RESOURCE_ATTRIBUTES_NAMESPACE_NAME)',
      'service.instance.id':
        '$(OTEL_RESOURCE_ATTRIBUTES_NAMESPACE_NAME).$(OTEL_RESOURCE_ATTRIBUTES_POD_NAME).hello',
      'k8s.namespace.name': '$(OTEL_RESOURCE_ATTRIBUTES_NAMESPACE_NAME)',
      'k8s.pod.name': '$(OTEL_RESOURCE_ATTRIBUTES_POD_NAME)',
      'k8s.pod.uid': '$(OTEL_RESOURCE_ATTRIBUTES_POD_UID)',
      'k8s.node.name': '$(OTEL_RESOURCE_ATTRIBUTES_NODE_NAME)',
      'k8s.container.name': 'hello',
      'k8s.deployment.name': 'hello',
    });
    expect(names).not.toContain('OTEL_EXPORTER_OTLP_ENDPOINT');
  });

  test('a version with characters the format reserves is percent-encoded, and reads back whole', async () => {
    const env = await containerEnv({ ...builtin, otel: 'true', version: '1.5.0-rc.1+build,7' });
    const raw = env.find((e) => e.name === 'OTEL_RESOURCE_ATTRIBUTES')!.value!;
    expect(raw).toContain('service.version=1.5.0-rc.1%2Bbuild%2C7');
    expect(attributes(env).get('service.version')).toBe('1.5.0-rc.1+build,7');
  });

  test('otel-endpoint becomes the service OTLP endpoint; off by default and with auto and no endpoint', async () => {
    const env = await containerEnv({
      ...builtin,
      otel: 'true',
      'otel-endpoint': 'http://collector.obs:4318',
    });
    expect(env.find((e) => e.name === 'OTEL_EXPORTER_OTLP_ENDPOINT')?.value).toBe(
      'http://collector.obs:4318',
    );
    for (const otel of ['', 'false', 'auto']) {
      const names = (await containerEnv({ ...builtin, otel })).map((e) => e.name);
      expect(names.filter((n) => n.startsWith('OTEL_'))).toEqual([]);
    }
  });

  test('auto: on when the step itself exports to an OTLP endpoint', async () => {
    const on = await options({ ...builtin, otel: 'auto' }, tmpdir(), {
      ...ENV,
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
    });
    expect(on.request.telemetry).toEqual({
      version: '1.4.2',
      commit: SHA,
      environment: undefined,
      endpoint: undefined,
    });
    expect((await options({ ...builtin, otel: 'auto' })).request.telemetry).toBeUndefined();
  });

  test('the one-step chain carries the version and commit the build derived', async () => {
    const o = await options({ ...builtin, otel: 'true' });
    const chained = chain(o, { version: '2.0.0', commit: 'abc1234' });
    expect(chained.request.telemetry).toMatchObject({ version: '2.0.0', commit: 'abc1234' });
  });
});

describe("the manifests' own values stay theirs, checked like the port", () => {
  test('a matching OTEL_RESOURCE_ATTRIBUTES is kept first and completed; OTEL_SERVICE_NAME is kept', async () => {
    const ws = filesWorkspace(`          env:
            - name: OTEL_SERVICE_NAME
              value: storefront
            - name: OTEL_RESOURCE_ATTRIBUTES
              value: team=payments,service.version=1.4.2
`);
    const env = await containerEnv({ source: 'files', files: 'app.yaml', otel: 'true' }, ws);
    expect(env.filter((e) => e.name === 'OTEL_SERVICE_NAME')).toEqual([
      { name: 'OTEL_SERVICE_NAME', value: 'storefront' },
    ]);
    const raw = env.filter((e) => e.name === 'OTEL_RESOURCE_ATTRIBUTES');
    expect(raw).toHaveLength(1);
    expect(raw[0]!.value).toMatch(/^team=payments,service\.version=1\.4\.2,vcs\.ref\.head\.revision=/);
    expect(attributes(env).get('k8s.deployment.name')).toBe('shop');
  });

  test('a service.version that is not the release fails the render at its line, naming both', async () => {
    const ws = filesWorkspace(`          env:
            - name: OTEL_RESOURCE_ATTRIBUTES
              value: service.version=0.9.0
`);
    const { request } = await options({ source: 'files', files: 'app.yaml', otel: 'true' }, ws);
    const e = await rejection(() => render(request));
    expect(problems(e)).toEqual([
      [
        'Deployment/shop container app: OTEL_RESOURCE_ATTRIBUTES sets service.version=0.9.0, but this release is service.version=1.4.2',
        'app.yaml',
        17,
      ],
    ]);
    expect(e.related[0]?.hint ?? e.hint).toMatch(/Remove service\.version/);
  });

  test('a foreign revision given through an envFrom ConfigMap fails at the ConfigMap line', async () => {
    const ws = filesWorkspace(
      `          envFrom:
            - configMapRef: {name: otel}
`,
      `apiVersion: v1
kind: ConfigMap
metadata:
  name: otel
data:
  OTEL_RESOURCE_ATTRIBUTES: vcs.ref.head.revision=0000000
---
`,
    );
    const { request } = await options({ source: 'files', files: 'app.yaml', otel: 'true' }, ws);
    const e = await rejection(() => render(request));
    expect(problems(e)).toEqual([
      [
        `Deployment/shop container app: OTEL_RESOURCE_ATTRIBUTES (envFrom ConfigMap otel) sets vcs.ref.head.revision=0000000, but this release is vcs.ref.head.revision=${SHA}`,
        'app.yaml',
        6,
      ],
    ]);
  });

  test('a value from a Secret cannot be checked: kept, with a notice', async () => {
    const ws = filesWorkspace(`          env:
            - name: OTEL_RESOURCE_ATTRIBUTES
              valueFrom:
                secretKeyRef: {name: otel, key: attrs}
`);
    const { request } = await options({ source: 'files', files: 'app.yaml', otel: 'true' }, ws);
    const result = await render(request);
    expect(result.notices.map((n) => n.message)).toContainEqual(
      expect.stringMatching(/OTEL_RESOURCE_ATTRIBUTES comes from valueFrom; goship cannot check/),
    );
    expect(result.telemetry[0]?.kept).toEqual(['OTEL_RESOURCE_ATTRIBUTES (not checked: valueFrom)']);
  });
});

describe('bad otel inputs fail before anything is rendered', () => {
  test.each([
    [{ otel: 'yes' }, "Input 'otel': 'yes' is not supported. Expected one of true, false, auto."],
    [
      { 'otel-endpoint': 'http://c:4318' },
      "Input 'otel-endpoint': is set but otel is false. Expected otel: true or auto with otel-endpoint.",
    ],
    [
      { otel: 'true', 'otel-endpoint': 'collector:4318' },
      "Input 'otel-endpoint': 'collector:4318' is not an http(s) URL.",
    ],
    [
      { otel: 'true', 'otel-endpoint': 'https://user:token@collector:4318' },
      "Input 'otel-endpoint': 'https://***@collector:4318' carries credentials.",
    ],
  ])('%j', async (values, message) => {
    const e = await rejection(() => options({ ...builtin, ...values }));
    expect(e.message).toContain(message);
    expect(e.message).not.toContain('token');
  });
});
