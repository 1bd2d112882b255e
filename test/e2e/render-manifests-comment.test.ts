/*
 * render-manifests' pull-request comment end to end: the bundled action run as the runner runs it on a
 * pull_request event, against the loopback GitHub API that validates every request and response against
 * GitHub's OpenAPI description (test/harness/github-api.ts). Without a kubeconfig the preview compares with
 * the base commit of a real git repository; with one (GOSHIP_INFRA=cluster), with the live objects by
 * server-side dry-run, changing nothing.
 *   GOSHIP_INFRA=cluster npx jest test/e2e/render-manifests-comment
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
const TOKEN = 'ghs_prcommenttoken42';

let api: GitHubApi;
beforeEach(async () => {
  api = new GitHubApi();
  await api.start();
});
afterEach(() => api.stop());

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: gitEnv }).trim();
const cm = (name: string, greeting: string, ns = '') =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}data:\n  GREETING: ${greeting}\n`;

function event(dir: string, baseSha: string): string {
  const file = join(dir, 'event.json');
  writeFileSync(
    file,
    JSON.stringify({
      action: 'synchronize',
      number: 5,
      pull_request: {
        number: 5,
        base: { ref: 'main', sha: baseSha },
        head: { ref: 'feature', sha: 'c'.repeat(40) },
      },
    }),
  );
  return file;
}

const run = (ws: string, eventName: string, eventPath: string, inputs: Record<string, string> = {}) =>
  runAction('render-manifests', {
    workspace: ws,
    inputs: {
      source: 'files',
      files: 'k8s/*.yaml',
      namespace: 'web',
      comment: 'true',
      'github-token': TOKEN,
      version: '1.0.0',
      commit: 'c'.repeat(40),
      ...inputs,
    },
    env: {
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: 'acme/web',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '31',
    },
  });

/** A repository with a base commit and a PR commit on top: one ConfigMap changed, one added, one removed. */
function repository(): { ws: string; base: string } {
  const ws = mkdtempSync(join(tmpdir(), 'goship-prc-'));
  execFileSync('mkdir', ['-p', join(ws, 'k8s')]);
  git(ws, 'init', '-q', '-b', 'main');
  writeFileSync(join(ws, 'k8s/app.yaml'), `${cm('greeting', 'hello')}---\n${cm('legacy', 'old')}`);
  git(ws, 'add', '.');
  git(ws, 'commit', '-qm', 'base');
  const base = git(ws, 'rev-parse', 'HEAD');
  writeFileSync(join(ws, 'k8s/app.yaml'), `${cm('greeting', 'bonjour')}---\n${cm('fresh', 'new')}`);
  git(ws, 'commit', '-qam', 'pr');
  return { ws, base };
}

describe('render-manifests comment: against the base branch', () => {
  test('the first push creates the comment, the next one updates the same comment', async () => {
    const { ws, base } = repository();
    const ev = event(ws, base);
    const first = await run(ws, 'pull_request', ev);
    expect(first.errors).toBe('');
    expect(first.exitCode).toBe(0);
    expect(api.violations).toEqual([]);
    expect(api.comments).toHaveLength(1);
    const body = api.comments[0]!.body;
    expect(body.startsWith('<!-- goship:render-manifests:k8s/*.yaml -->')).toBe(true);
    expect(body).toContain(`compared with the base branch \`main\` (\`${base.slice(0, 7)}\`)`);
    expect(body).toMatch(/\| ➕ \| ConfigMap web\/fresh \| created \|/);
    expect(body).toMatch(/\| ✏️ \| ConfigMap web\/greeting \| `data.GREETING` \|/);
    expect(body).toMatch(/\| ➖ \| ConfigMap web\/legacy \| deleted/);
    expect(body).toContain('  data.GREETING\n- "hello"\n+ "bonjour"');
    expect(body).toContain('#### Ports');
    expect(first.outputs['comment-url']).toMatch(/\/pull\/5#issuecomment-\d+$/);
    // The token is masked, and never printed.
    expect(first.masks).toContain(TOKEN);
    const printed = (first.stdout + first.stderr).replace(`::add-mask::${TOKEN}\n`, '');
    expect(printed).not.toContain(TOKEN);
    expect(api.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);

    // Another push: the same comment is edited, no second one.
    writeFileSync(join(ws, 'k8s/app.yaml'), `${cm('greeting', 'hola')}---\n${cm('fresh', 'new')}`);
    git(ws, 'commit', '-qam', 'pr 2');
    const second = await run(ws, 'pull_request', ev);
    expect(second.exitCode).toBe(0);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('- "hello"\n+ "hola"');
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    expect(api.violations).toEqual([]);
  });

  test('no pull-requests: write: a warning naming it; the render still succeeds', async () => {
    const { ws, base } = repository();
    api.fault({
      method: 'POST',
      path: /\/issues\/5\/comments$/,
      status: 403,
      headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      },
    });
    const r = await run(ws, 'pull_request_target', event(ws, base));
    expect(r.exitCode).toBe(0);
    expect(r.outputs.manifests).toMatch(/manifests\.yaml$/);
    const warning = r.annotations.find(
      (a) => a.level === 'warning' && /GitHub refused \(403\)/.test(a.message),
    );
    expect(warning?.message).toContain('`permissions: { pull-requests: write }`');
    expect(api.comments).toEqual([]);
    expect(api.violations).toEqual([]);
  });

  test('not a pull request: a notice, nothing posted, no failure', async () => {
    const { ws, base } = repository();
    const r = await run(ws, 'push', event(ws, base));
    expect(r.exitCode).toBe(0);
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: 'notice',
        message: expect.stringMatching(/'push' event, not a pull_request/),
      }),
    );
    expect(api.requests).toEqual([]);
  });
});

describe('render-manifests comment: against the live cluster (server-side dry-run)', () => {
  test('a live object shows its changed field, a missing one "created"; the cluster is left as it was', async () => {
    const { KUBECTL: kubectl, KUBECONFIG: kubeconfig } = requireEnv('KUBECTL', 'KUBECONFIG');
    const k = (args: string[], input?: string) =>
      execFileSync(kubectl!, ['--kubeconfig', kubeconfig!, ...args], { encoding: 'utf8', input });
    const ns = `prc-${Date.now().toString(36)}`;
    k(['create', 'namespace', ns]);
    try {
      // Deployed earlier by k8s-rollout (its field manager, its apply-set label).
      const live = cm('greeting', 'hello', ns).replace(
        'metadata:\n',
        'metadata:\n  labels:\n    goship.dev/apply-set: acme.web\n',
      );
      k(['apply', '--server-side', '--field-manager=goship', '-f', '-'], live);
      const { ws, base } = repository();
      const r = await run(ws, 'pull_request', event(ws, base), {
        namespace: ns,
        kubeconfig: kubeconfig!,
      });
      expect(r.errors).toBe('');
      expect(r.exitCode).toBe(0);
      expect(api.violations).toEqual([]);
      const body = api.comments[0]!.body;
      expect(body).toContain('compared with the live cluster (server-side dry-run on');
      expect(body).toMatch(new RegExp(`\\| ✏️ \\| ConfigMap ${ns}/greeting \\| \`data.GREETING\``));
      expect(body).toMatch(new RegExp(`\\| ➕ \\| ConfigMap ${ns}/fresh \\| created`));
      expect(body).toContain('  data.GREETING\n- "hello"\n+ "bonjour"');
      // Nothing changed: dryRun=All.
      expect(k(['get', 'configmap', 'greeting', '-n', ns, '-o', 'jsonpath={.data.GREETING}'])).toBe('hello');
      expect(k(['get', 'configmap', '-n', ns, '-o', 'name'])).not.toContain('fresh');
    } finally {
      k(['delete', 'namespace', ns, '--wait=false']);
    }
  });
});
