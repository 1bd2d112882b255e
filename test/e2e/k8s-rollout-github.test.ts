/*
 * k8s-rollout records the rollout as a GitHub deployment, against a loopback GitHub API that validates every
 * request and response against GitHub's OpenAPI description (test/harness/github-api.ts): in_progress then
 * success with the environment URL and the run's log URL; a failed, rolled-back release says so; a missing
 * deployments: write permission is a warning (the rollout still happens) unless github-required.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { GitHubApi } from '../harness/github-api';
import { requireEnv } from '../harness/infra.js';
import { runAction } from '../harness/run-action';

jest.setTimeout(300_000);
const infra = requireEnv('KUBECONFIG', 'KUBECTL');
const kubectl = (args: string[]) =>
  execFileSync(infra.KUBECTL!, args, {
    env: { ...process.env, KUBECONFIG: infra.KUBECONFIG },
    encoding: 'utf8',
  });

let api: GitHubApi;
beforeEach(async () => {
  api = new GitHubApi();
  await api.start();
});
afterEach(() => api.stop());

function deployment(image: string): { ws: string; ns: string } {
  const ns = `gh-${Date.now().toString(36)}`;
  kubectl(['create', 'namespace', ns]);
  const ws = mkdtempSync(join(tmpdir(), 'goship-gh-'));
  writeFileSync(
    join(ws, 'app.yaml'),
    `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: ${ns} }
spec:
  replicas: 1
  progressDeadlineSeconds: 60
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [ { name: web, image: ${image} } ] }
`,
  );
  return { ws, ns };
}

const run = (ws: string, extra: Record<string, string> = {}) =>
  runAction('k8s-rollout', {
    workspace: ws,
    inputs: {
      manifests: 'app.yaml',
      kubeconfig: infra.KUBECONFIG!,
      environment: 'staging',
      'github-token': 'ghs_e2etoken1234',
      'environment-url': 'http://web.example',
      timeout: '2m',
      ...extra,
    },
    env: {
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: 'acme/web',
      GITHUB_REF: 'refs/tags/v1.0.0',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_RUN_ID: '77',
    },
  });

test('a successful rollout: in_progress, then success with the environment and log URLs', async () => {
  const { ws } = deployment('registry.example/web:1');
  const r = await run(ws);
  expect(r.errors).toBe('');
  expect(r.exitCode).toBe(0);
  expect(api.violations).toEqual([]);
  const [d] = api.deployments;
  expect(d).toMatchObject({ ref: 'v1.0.0', environment: 'staging' });
  expect(d!.statuses.map((s) => s.state)).toEqual(['success', 'in_progress']);
  expect(d!.statuses[0]).toMatchObject({
    environment_url: 'http://web.example',
    log_url: 'https://github.com/acme/web/actions/runs/77',
  });
  // Registered for masking first (the runner then hides it everywhere); printed nowhere else.
  expect(r.masks).toContain('ghs_e2etoken1234');
  expect(r.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('ghs_e2etoken1234');
});

test('a failed release that is rolled back is a failure status that says so', async () => {
  const { ws, ns } = deployment('registry.example/web:1');
  expect((await run(ws)).exitCode).toBe(0);
  // kwok's stages make a goship.test/fail=ImagePullBackOff pod fail to pull, as a real kubelet would.
  writeFileSync(
    join(ws, 'app.yaml'),
    readApp(ws)
      .replace('image: registry.example/web:1', 'image: registry.example/web:missing')
      .replace(
        'metadata: { labels: { app: web } }',
        "metadata: { labels: { app: web }, annotations: { 'goship.test/fail': image-pull } }",
      ),
  );
  void ns;
  const r = await run(ws, { timeout: '30s' });
  expect(r.exitCode).toBe(1);
  const last = api.deployments[api.deployments.length - 1]!;
  expect(last.statuses.map((s) => s.state)).toEqual(['failure', 'in_progress']);
  expect(String(last.statuses[0]!.description)).toMatch(
    /^rolled back to revision \d+: (ErrImagePull|ImagePullBackOff)/,
  );
  expect(api.violations).toEqual([]);
});

test('GitHub refusing (403, deployments=write) warns and the rollout still happens; github-required makes it fatal first', async () => {
  const forbidden = {
    method: 'POST',
    path: /\/deployments$/,
    status: 403,
    headers: { 'x-accepted-github-permissions': 'deployments=write' },
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
    },
  };
  const { ws, ns } = deployment('registry.example/web:1');
  api.fault(forbidden);
  const r = await run(ws);
  expect(r.exitCode).toBe(0);
  expect(r.annotations.some((a) => a.level === 'warning' && /deployments=write/.test(a.message))).toBe(true);
  api.fault(forbidden);
  const { ws: ws2, ns: ns2 } = deployment('registry.example/web:2');
  const fatal = await run(ws2, { 'github-required': 'true' });
  expect(fatal.exitCode).toBe(1);
  expect(fatal.errors).toMatch(/deployments=write/);
  expect(kubectl(['-n', ns2, 'get', 'deployments', '-o', 'name']).trim()).toBe('');
  void ns;
});

function readApp(ws: string): string {
  return execFileSync('cat', [join(ws, 'app.yaml')], { encoding: 'utf8' });
}
