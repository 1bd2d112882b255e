/*
 * The config hash: every pod template that reads a ConfigMap or Secret of the rendered set carries a hash of
 * their content, for the user's files, kustomize (real kubectl kustomize) and helm (real helm) output alike.
 * A change to only the ConfigMap changes exactly the templates that read it; an unchanged set renders byte
 * for byte the same (no needless rollout).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CONFIG_HASH_ANNOTATION } from '@goship/contract';
import { Inputs, objectInputs } from '@goship/kit';
import {
  contentHash,
  get,
  type Json,
  type RenderResult,
  readRenderOptions,
  render,
  renderManifestsStage,
} from '../../../packages/manifests/src/index.js';
import { ensureHelm, ensureKustomizeTool, fixtures } from './helpers.js';

const ENV = { GITHUB_SHA: 'cafef00dcafef00dcafef00dcafef00dcafef00d', GITHUB_REF: 'refs/tags/v1.0.0' };
const TOKEN = 'tok-4f9a2c81e7d3';
const originalPath = process.env.PATH;

async function renderWith(values: Record<string, string>, workspace = fixtures, path = originalPath) {
  process.env.PATH = path;
  try {
    const o = await readRenderOptions(new Inputs(objectInputs(values)), {
      workspace,
      runnerTemp: tmpdir(),
      env: ENV,
    });
    return await render(o.request);
  } finally {
    process.env.PATH = originalPath;
  }
}

/** The config hash of each object's pod template (undefined: not annotated), by Kind/name. */
function hashes(r: RenderResult): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const m of r.manifests) {
    const kind = m.object.kind as string;
    const path = kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'template'] : ['spec', 'template'];
    const template = get(m.object, path);
    if (template === undefined) continue;
    const value = get(template, ['metadata', 'annotations', CONFIG_HASH_ANNOTATION]);
    out[`${kind}/${get(m.object, ['metadata', 'name'])}`] = value as string | undefined;
  }
  return out;
}

const files = (greeting: string, token = TOKEN) => ({
  source: 'files',
  files: 'manifests/config-hash/app.yaml',
  vars: `GREETING=${greeting}\nTOKEN=${token}`,
});

describe('config hash: files source', () => {
  test('every template reading a ConfigMap/Secret of the set is annotated; others are left alone', async () => {
    const r = await renderWith(files('hello'));
    const h = hashes(r);
    for (const reader of [
      'Deployment/web',
      'StatefulSet/store',
      'DaemonSet/agent',
      'Deployment/vault-reader',
    ])
      expect(h[reader]).toMatch(/^[0-9a-f]{16}$/);
    // only ConfigMaps outside the set: not known here, not touched; a Job's template is immutable
    expect(h['Deployment/outsider']).toBeUndefined();
    expect(h['Job/migrate']).toBeUndefined();
    // different sets read, different hashes (web and store read both objects)
    expect(h['Deployment/web']).toBe(h['StatefulSet/store']);
    expect(new Set([h['Deployment/web'], h['DaemonSet/agent'], h['Deployment/vault-reader']]).size).toBe(3);
    // the template's own annotations stay
    const web = r.manifests.find((m) => get(m.object, ['metadata', 'name']) === 'web')!;
    expect(get(web.object, ['spec', 'template', 'metadata', 'annotations', 'example.com/kept'])).toBe('yes');
  });

  test('an unchanged set renders byte for byte the same: no needless rollout', async () => {
    const a = await renderWith(files('hello'));
    const b = await renderWith(files('hello'));
    expect(b.documents).toEqual(a.documents);
  });

  test('changing only the ConfigMap changes exactly the templates that read it', async () => {
    const a = hashes(await renderWith(files('hello')));
    const b = hashes(await renderWith(files('bonjour')));
    expect(b['Deployment/web']).not.toBe(a['Deployment/web']);
    expect(b['StatefulSet/store']).not.toBe(a['StatefulSet/store']);
    expect(b['DaemonSet/agent']).not.toBe(a['DaemonSet/agent']);
    expect(b['Deployment/vault-reader']).toBe(a['Deployment/vault-reader']); // reads only the Secret
  });

  test('changing only the Secret rolls its readers; its content shows nowhere but in the Secret', async () => {
    const a = hashes(await renderWith(files('hello')));
    const b = hashes(await renderWith(files('hello', 'tok-other-0000')));
    expect(b['Deployment/vault-reader']).not.toBe(a['Deployment/vault-reader']);
    expect(b['Deployment/web']).not.toBe(a['Deployment/web']);
    expect(b['DaemonSet/agent']).toBe(a['DaemonSet/agent']); // reads only the ConfigMap

    const ws = mkdtempSync(join(tmpdir(), 'config-hash-'));
    cpSync(join(fixtures, 'manifests/config-hash'), join(ws, 'manifests/config-hash'), { recursive: true });
    const masked: string[] = [];
    const logged: string[] = [];
    const record = (m: string) => logged.push(m);
    const log = {
      info: record,
      warning: record,
      debug: record,
      notice: record,
      secret: (s: string) => masked.push(s),
    };
    const o = await readRenderOptions(new Inputs(objectInputs(files('hello'))), {
      workspace: ws,
      runnerTemp: ws,
      env: ENV,
    });
    const s = await renderManifestsStage({ ...o, log });
    expect(masked).toContain(TOKEN);
    const encoded = Buffer.from(TOKEN).toString('base64');
    for (const text of [s.summary, ...logged, JSON.stringify(s.outputs)]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(encoded);
    }
    const holding = s.result.documents.filter((d) => d.includes(TOKEN));
    expect(holding.map((d) => d.match(/^kind: (\w+)$/m)?.[1])).toEqual(['Secret']);
  });

  test('the hash is of the content: key order and metadata do not change it', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'config-hash-'));
    const original = readFileSync(join(fixtures, 'manifests/config-hash/app.yaml'), 'utf8');
    const reordered = original
      .replace('  GREETING: "${GREETING}"\n  MODE: plain\n', '  MODE: plain\n  GREETING: "${GREETING}"\n')
      .replace('  name: web-config\n', '  name: web-config\n  labels:\n    team: web\n');
    expect(reordered).not.toBe(original);
    writeFileSync(join(ws, 'app.yaml'), reordered);
    const a = hashes(await renderWith(files('hello')));
    const b = hashes(await renderWith({ ...files('hello'), files: 'app.yaml' }, ws));
    expect(b).toEqual(a);
    expect(contentHash({ a: '1', b: { c: '2', d: '3' } } as Json)).toBe(
      contentHash({ b: { d: '3', c: '2' }, a: '1' } as Json),
    );
  });

  test('a ConfigMap of the same name in another namespace is not the one the pod reads', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'config-hash-'));
    const other = readFileSync(join(fixtures, 'manifests/config-hash/app.yaml'), 'utf8').replace(
      '  name: web-config\n',
      '  name: web-config\n  namespace: elsewhere\n',
    );
    writeFileSync(join(ws, 'app.yaml'), other);
    const h = hashes(await renderWith({ ...files('hello'), files: 'app.yaml', namespace: 'prod' }, ws));
    expect(h['DaemonSet/agent']).toBeUndefined(); // it reads only web-config, which lives in another namespace
    expect(h['Deployment/vault-reader']).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('config hash: builtin source', () => {
  test('a config change rolls the Deployment; the same config does not', async () => {
    const image = `nginx@sha256:${'ab'.repeat(32)}`;
    const a = hashes(await renderWith({ name: 'hello', image, config: 'GREETING=hello' }));
    const b = hashes(await renderWith({ name: 'hello', image, config: 'GREETING=hello' }));
    const c = hashes(await renderWith({ name: 'hello', image, config: 'GREETING=bonjour' }));
    expect(a['Deployment/hello']).toMatch(/^[0-9a-f]{16}$/);
    expect(b).toEqual(a);
    expect(c['Deployment/hello']).not.toBe(a['Deployment/hello']);
  });
});

describe('config hash: kustomize source (real kubectl kustomize)', () => {
  const path = `${dirname(ensureKustomizeTool())}:${originalPath}`;

  async function renderGreeting(greeting: string) {
    const ws = mkdtempSync(join(tmpdir(), 'config-hash-'));
    cpSync(join(fixtures, 'manifests/config-hash/kustomize'), join(ws, 'k'), { recursive: true });
    writeFileSync(join(ws, 'k/config.env'), `GREETING=${greeting}\n`);
    return renderWith({ source: 'kustomize', 'kustomize-dir': 'k' }, ws, path);
  }

  test('a generated ConfigMap without a name suffix: only its content changes the template', async () => {
    const a = await renderGreeting('hello');
    const b = await renderGreeting('hello');
    const c = await renderGreeting('bonjour');
    expect(a.objects.map((o) => `${o.kind}/${o.name}`)).toEqual(['ConfigMap/web-config', 'Deployment/web']);
    expect(hashes(a)['Deployment/web']).toMatch(/^[0-9a-f]{16}$/);
    expect(b.documents).toEqual(a.documents);
    expect(hashes(c)['Deployment/web']).not.toBe(hashes(a)['Deployment/web']);
  });
});

describe('config hash: helm source (real helm)', () => {
  let path = '';
  beforeAll(() => {
    path = `${dirname(ensureHelm())}:${originalPath}`;
  }, 900_000);

  const helm = (set: string) =>
    renderWith({ source: 'helm', 'helm-chart': 'manifests/helm/hello', 'helm-set': set }, fixtures, path);

  test('a values change to the ConfigMap rolls the pods; other values do not change the hash', async () => {
    const a = hashes(await helm('greeting=hello'));
    const b = hashes(await helm('greeting=hello\nreplicas=5'));
    const c = hashes(await helm('greeting=bonjour'));
    expect(a['Deployment/hello']).toMatch(/^[0-9a-f]{16}$/);
    expect(b['Deployment/hello']).toBe(a['Deployment/hello']);
    expect(c['Deployment/hello']).not.toBe(a['Deployment/hello']);
  });
});
