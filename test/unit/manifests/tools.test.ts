/*
 * The kustomize and helm sources against the real tools: kubectl's built-in kustomize (or a standalone
 * kustomize) and helm v3, found on PATH or built once from the Go module proxy into the shared cache.
 */
import { dirname } from 'node:path';
import { Inputs, objectInputs } from '@goship/kit';
import { HELM_INSTALL_HINT, readRenderOptions, render } from '../../../packages/manifests/src/index.js';
import { ensureHelm, ensureKustomizeTool, fixtures, rejection } from './helpers.js';

const ENV = { GITHUB_SHA: 'cafef00dcafef00dcafef00dcafef00dcafef00d' };
const originalPath = process.env.PATH;

async function renderWith(path: string, values: Record<string, string>) {
  process.env.PATH = path;
  try {
    const o = await readRenderOptions(new Inputs(objectInputs(values)), {
      workspace: fixtures,
      runnerTemp: '/tmp',
      env: ENV,
    });
    return await render(o.request);
  } finally {
    process.env.PATH = originalPath;
  }
}

describe('kustomize source (real kubectl kustomize)', () => {
  const toolDir = dirname(ensureKustomizeTool());
  const path = `${toolDir}:${originalPath}`;

  test('an overlay renders; the port analysis follows the generated ConfigMap name', async () => {
    const r = await renderWith(path, {
      source: 'kustomize',
      'kustomize-dir': 'manifests/kustomize/overlays/prod',
      images: `localhost:5000/acme/hello@sha256:${'c'.repeat(64)}`,
    });
    expect(r.producedBy).toMatch(
      /^(kubectl kustomize|kustomize build) manifests\/kustomize\/overlays\/prod$/,
    );
    expect(r.objects.map((o) => `${o.kind}/${o.namespace}/${o.name}`)).toEqual([
      expect.stringMatching(/^ConfigMap\/prod\/hello-config-[a-z0-9]{10}$/),
      'Service/prod/hello',
      'Deployment/prod/hello',
    ]);
    expect(r.objects[0]!.source).toBe('manifests/kustomize/overlays/prod/kustomization.yaml');
    const env = r.ports.uses.find((u) => u.role === 'env')!;
    expect(env).toMatchObject({ value: 'PORT=8080', status: 'ok' });
    expect(env.note).toMatch(/^ConfigMap hello-config-[a-z0-9]{10} key PORT; = containerPort http$/);
    expect(r.pinned.map((p) => [p.from, p.to])).toEqual([
      ['localhost:5000/acme/hello:1.4.2', `localhost:5000/acme/hello@sha256:${'c'.repeat(64)}`],
    ]);
  });

  test('a failing kustomization shows the tool stderr, attached to the kustomization file', async () => {
    const e = await rejection(() =>
      renderWith(path, { source: 'kustomize', 'kustomize-dir': 'manifests/kustomize/broken' }),
    );
    expect(e.message).toMatch(
      /^(kubectl kustomize|kustomize build) manifests\/kustomize\/broken failed \(exit code 1\):\n.*missing\.yaml/s,
    );
    expect(e.location).toEqual({ file: 'manifests/kustomize/broken/kustomization.yaml' });
  });

  test('a directory without kustomization.yaml is an input error', async () => {
    const e = await rejection(() =>
      renderWith(path, { source: 'kustomize', 'kustomize-dir': 'manifests/helm' }),
    );
    expect(e.message).toBe(
      "Input 'kustomize-dir': 'manifests/helm' has no kustomization.yaml. Expected a directory with a kustomization.yaml (or .yml, or Kustomization).",
    );
  });

  test('neither kustomize nor kubectl on PATH: says how to get one', async () => {
    const e = await rejection(() =>
      renderWith('/nonexistent', { source: 'kustomize', 'kustomize-dir': 'manifests/kustomize/base' }),
    );
    expect(e.message).toBe("Neither 'kustomize' nor 'kubectl' is on PATH");
    expect(e.hint).toMatch(/setup-kubectl/);
  });
});

describe('helm source', () => {
  test('helm missing: a clear error saying how to install it, before anything runs', async () => {
    const e = await rejection(() =>
      renderWith('/nonexistent', { source: 'helm', 'helm-chart': 'manifests/helm/hello' }),
    );
    expect(e.message).toBe("source 'helm' needs the helm CLI, which is not on PATH");
    expect(e.hint).toBe(HELM_INSTALL_HINT);
  });

  describe('with real helm', () => {
    let path = '';
    beforeAll(() => {
      path = `${dirname(ensureHelm())}:${originalPath}`;
    }, 900_000);

    test('helm template with values and --set; objects point at their chart template', async () => {
      const r = await renderWith(path, {
        source: 'helm',
        'helm-chart': 'manifests/helm/hello',
        name: 'web',
        namespace: 'prod',
        'helm-set': 'replicas=4\nimage.tag=1.4.2',
        'expected-port': '8080',
      });
      expect(r.objects.map((o) => [o.kind, o.namespace, o.name, o.source])).toEqual([
        ['ConfigMap', 'prod', 'web-config', 'manifests/helm/hello/templates/configmap.yaml'],
        ['Service', 'prod', 'web', 'manifests/helm/hello/templates/service.yaml'],
        ['Deployment', 'prod', 'web', 'manifests/helm/hello/templates/deployment.yaml'],
      ]);
      const deployment = r.manifests[2]!.object as {
        spec: { replicas: number; template: { spec: { containers: { image: string }[] } } };
      };
      expect(deployment.spec.replicas).toBe(4);
      expect(deployment.spec.template.spec.containers[0]!.image).toBe('localhost:5000/acme/hello:1.4.2');
      expect(r.ports.consistent).toBe(true);
    });

    test('a values change that splits the port fails at the chart templates', async () => {
      const e = await rejection(() =>
        renderWith(path, {
          source: 'helm',
          'helm-chart': 'manifests/helm/hello',
          'helm-set': 'containerPort=9090',
        }),
      );
      expect(e.related.map((r) => r.location?.file)).toEqual([
        'manifests/helm/hello/templates/configmap.yaml',
        'manifests/helm/hello/templates/deployment.yaml',
      ]);
      expect(e.related[0]!.message).toMatch(
        /^Deployment\/hello container app: PORT=8080 but its containerPort http is 9090/,
      );
    });

    test("the seed's Helm-values-style Deployment renders but is rejected: it has no selector", async () => {
      const e = await rejection(() => renderWith(path, { source: 'helm', 'helm-chart': 'seed/chart' }));
      expect(e.message).toBe(
        'Deployment/my-service: missing required field "spec.selector" (seed/chart/templates/deployment.yaml)',
      );
      expect(e.location).toEqual({ file: 'seed/chart/templates/deployment.yaml' });
    });

    test('helm template failures show helm stderr', async () => {
      const e = await rejection(() =>
        renderWith(path, { source: 'helm', 'helm-chart': 'manifests/helm/hello', 'helm-set': 'replicas={' }),
      );
      expect(e.message).toMatch(
        /^helm template hello manifests\/helm\/hello failed \(exit code 1\):\nError: /,
      );
    });
  });
});
