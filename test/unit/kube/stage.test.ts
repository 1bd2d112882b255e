import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changeAnnotations, type K8sRolloutOptions, k8sRollout } from '../../../packages/kube/src/index.js';
import { rolloutDefaults } from './fixtures.js';

/* The stage's own checks (all before the first request) and the one version rule for tags. */

const ws = mkdtempSync(join(tmpdir(), 'stage-'));
writeFileSync(join(ws, 'app.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n');
// A server nothing listens on: any request would fail with "Cannot reach", not with the input errors below.
const KUBECONFIG = `apiVersion: v1
kind: Config
current-context: c
clusters: [{name: k, cluster: {server: 'https://127.0.0.1:1'}}]
contexts: [{name: c, context: {cluster: k, user: u}}]
users: [{name: u, user: {token: abcdefgh-token}}]
`;

function options(over: Partial<K8sRolloutOptions> = {}): K8sRolloutOptions {
  const logged: string[] = [];
  return {
    context: { workspace: ws, repository: 'acme/hello' },
    kubeconfig: KUBECONFIG,
    kubeconfigFromEnv: false,
    insecure: false,
    kubeContext: '',
    manifests: ['app.yaml'],
    timeoutMs: 60_000,
    waitFor: [],
    ...rolloutDefaults(),
    signal: new AbortController().signal,
    log: {
      info: (m) => logged.push(m),
      warning: (m) => logged.push(m),
      debug: () => {},
      notice: (m) => logged.push(m),
      secret: () => {},
    },
    ...over,
  };
}

describe('k8sRollout (stage) input checks', () => {
  test('prune without an explicit apply-set is refused before connecting', async () => {
    await expect(k8sRollout(options({ prune: true }))).rejects.toThrow(
      "Input 'apply-set': is empty while prune is true",
    );
  });

  test('other bad inputs name the input', async () => {
    await expect(k8sRollout(options({ waitFor: ['Pod'] }))).rejects.toThrow(
      "Input 'wait-for': 'Pod' is not a workload kind we can watch",
    );
    await expect(k8sRollout(options({ force: true, serverSide: false }))).rejects.toThrow(
      "Input 'force-conflicts': needs server-side: true",
    );
    await expect(k8sRollout(options({ namespace: 'Bad_NS' }))).rejects.toThrow("Input 'namespace'");
  });
});

describe('changeAnnotations', () => {
  test('the version from a tag follows the one version rule (v + semver), else none', () => {
    const ctx = { workspace: ws, sha: '0123456789abcdef', repository: 'acme/hello', runId: '7' };
    expect(changeAnnotations({ ...ctx, ref: 'refs/tags/v1.2.3' }, undefined, new Map())).toMatchObject({
      'goship.dev/version': '1.2.3',
      'kubernetes.io/change-cause':
        'goship: version 1.2.3, commit 0123456, run https://github.com/acme/hello/actions/runs/7',
    });
    // Not a release tag: no version invented from it.
    for (const ref of ['refs/tags/nightly', 'refs/tags/v1.2', 'refs/tags/v01.2.3', 'refs/heads/v1.2.3'])
      expect(changeAnnotations({ ...ctx, ref }, undefined, new Map())['goship.dev/version']).toBeUndefined();
    // The input wins; extra annotations override.
    const a = changeAnnotations({ ...ctx, ref: 'refs/tags/v1.2.3' }, '2.0.0', new Map([['x.io/y', 'z']]));
    expect(a['goship.dev/version']).toBe('2.0.0');
    expect(a['x.io/y']).toBe('z');
  });
});
