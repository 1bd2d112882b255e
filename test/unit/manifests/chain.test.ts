/*
 * render-manifests → k8s-rollout over the shared contract (@goship/contract): the file render-manifests
 * writes is read by k8s-rollout's own loader (packages/kube) into exactly the objects that were rendered,
 * strings that YAML 1.1 would retype included; both sides order kinds alike and spell the run-link
 * annotation alike; YAML problems come out at file:line on both sides.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlan, type Manifest as KubeManifest, loadManifests } from '@goship/cluster';
import { RUN_URL_ANNOTATION } from '@goship/contract';
import { Inputs, objectInputs, type UserError } from '@goship/kit';
import {
  parseManifests,
  readRenderOptions,
  render,
  writeRendered,
} from '../../../packages/manifests/src/index.js';
import { AMBIGUOUS } from '../contract/forms.js';
import { problems, rejection, thrown } from './helpers.js';

const DIGEST = `sha256:${'cd'.repeat(32)}`;
const ENV = {
  GITHUB_SHA: '3f4e5d6c7b8a99887766554433221100ffeeddcc',
  GITHUB_REF: 'refs/tags/v1.4.2',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/hello',
  GITHUB_RUN_ID: '4242',
};
const q = (v: string) => JSON.stringify(v);

/** A ConfigMap, a Secret and a Deployment whose data and env values are every ambiguous form, quoted. */
function formsWorkspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'chain-'));
  const data = AMBIGUOUS.map((v, i) => `  K${i}: ${q(v)}\n`).join('');
  const env = AMBIGUOUS.map((v, i) => `            - name: E${i}\n              value: ${q(v)}\n`).join('');
  writeFileSync(
    join(ws, 'app.yaml'),
    [
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: forms\nspec:\n  selector:\n    matchLabels: {app: forms}\n  template:\n    metadata:\n      labels: {app: forms}\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/forms@${DIGEST}\n          env:\n${env}`,
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: forms\ndata:\n${data}`,
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: forms\nstringData:\n  "on": "on"\n  token: "12:30"\n`,
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: forms\nspec:\n  selector: {app: forms}\n  ports:\n    - port: 80\n`,
      `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: forms\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels: {app: forms}\n`,
    ].join('---\n'),
  );
  return ws;
}

async function renderFiles(ws: string, extra: Record<string, string> = {}) {
  const options = await readRenderOptions(
    new Inputs(objectInputs({ source: 'files', files: '*.yaml', namespace: 'chain', ...extra })),
    { workspace: ws, runnerTemp: ws, env: ENV },
  );
  return render(options.request);
}

describe('render-manifests output read by k8s-rollout', () => {
  test('every object comes back unchanged, ambiguous strings included', async () => {
    const ws = formsWorkspace();
    const result = await renderFiles(ws);
    const written = writeRendered(result, join(ws, 'out'));
    const read = loadManifests([written.manifests], ws);
    expect(read.map((m) => m.object)).toEqual(result.manifests.map((m) => m.object));
    const cm = read.find((m) => m.object.kind === 'ConfigMap')!.object as unknown as {
      data: Record<string, string>;
    };
    expect(AMBIGUOUS.map((_, i) => cm.data[`K${i}`])).toEqual(AMBIGUOUS);
    // the Secret's `on` key stays the key "on" (YAML 1.1 would make it `true`)
    expect(read.find((m) => m.object.kind === 'Secret')!.object.stringData).toEqual({
      on: 'on',
      token: '12:30',
    });
    // each per-object file too
    const perObject = loadManifests([join(written.objectsDir, '*.yaml')], ws);
    expect(perObject.map((m) => m.object)).toEqual(result.manifests.map((m) => m.object));
  });

  test('k8s-rollout applies in the order render-manifests wrote (one kind order)', async () => {
    const ws = formsWorkspace();
    const result = await renderFiles(ws);
    const read = loadManifests([writeRendered(result, join(ws, 'out')).manifests], ws);
    const info = (m: KubeManifest) => {
      const [group, version] = m.object.apiVersion.includes('/')
        ? m.object.apiVersion.split('/')
        : ['', m.object.apiVersion];
      return {
        apiVersion: m.object.apiVersion,
        group: group!,
        version: version!,
        kind: m.object.kind,
        resource: `${m.object.kind.toLowerCase()}s`,
        namespaced: true,
      };
    };
    // k8s-rollout keeps the file order within a kind and sorts kinds: give it the objects reversed
    const plan = buildPlan(
      [...read].reverse().map((manifest) => ({ manifest, info: info(manifest) })),
      { defaultNamespace: 'chain', applySet: 'chain', workloadAnnotations: {} },
    );
    expect(plan.map((p) => p.object.kind)).toEqual(result.objects.map((o) => o.kind));
    expect(result.objects.map((o) => o.kind)).toEqual([
      'PodDisruptionBudget',
      'Secret',
      'ConfigMap',
      'Service',
      'Deployment',
    ]);
  });

  test('the run link is written under the one annotation key', async () => {
    const result = await renderFiles(formsWorkspace());
    const deployment = result.manifests.find((m) => m.object.kind === 'Deployment')!.object;
    expect((deployment.metadata as { annotations: Record<string, string> }).annotations).toMatchObject({
      [RUN_URL_ANNOTATION]: 'https://github.com/acme/hello/actions/runs/4242',
    });
    expect(RUN_URL_ANNOTATION).toBe('goship.dev/run-url');
  });
});

describe('YAML problems at file:line, on both sides of the chain', () => {
  const bomb = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\n  labels:\n    a: &a [x, x, x, x, x, x, x, x, x]\n    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n    d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n    e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n`;
  const duplicate = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dup\ndata:\n  a: "1"\n  a: "2"\n';

  test('render-manifests: too many aliases, duplicate keys', () => {
    const parse = (text: string) =>
      parseManifests(text, { file: 'm.yaml', via: 'files', linesAreInFile: true });
    const e = thrown(() => parse(bomb));
    expect([e.message, e.location?.file, e.location?.line]).toEqual([
      expect.stringMatching(/^Invalid YAML in m\.yaml:7:\d+: too many aliases/),
      'm.yaml',
      7,
    ]);
    const d = thrown(() => parse(duplicate));
    expect([d.message, d.location?.line]).toEqual(['Invalid YAML in m.yaml:7:3: duplicate key "a"', 7]);
  });

  test('an unquoted `yes` in a ConfigMap is what kubectl makes of it (a boolean): an error that says to quote it', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'chain-yes-'));
    writeFileSync(
      join(ws, 'cm.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  ENABLED: yes\n',
    );
    const e = await rejection(() => renderFiles(ws));
    expect([e.message, e.location?.line]).toEqual([
      expect.stringContaining(
        'data.ENABLED: expected a string, got boolean true; quote it: kubectl reads YAML 1.1',
      ),
      6,
    ]);
  });

  test('k8s-rollout: the same problems from its loader', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'chain-bad-'));
    writeFileSync(join(ws, 'bomb.yaml'), bomb);
    writeFileSync(join(ws, 'dup.yaml'), duplicate);
    const e = (await rejection(() => loadManifests(['bomb.yaml', 'dup.yaml'], ws))) as UserError;
    expect(problems(e).map(([m, f, l]) => [m.replace(/ \(.*$/, ''), f, l])).toEqual([
      [expect.stringMatching(/^bomb\.yaml:7: invalid YAML: too many aliases/), 'bomb.yaml', 7],
      ['dup.yaml:7: invalid YAML: duplicate key "a"', 'dup.yaml', 7],
    ]);
  });
});
