/*
 * GitHub deployments against a loopback API that validates every request and response against GitHub's
 * published OpenAPI description (test/harness/github-api.ts), including its refusals and rate limits.
 */
import { DeploymentError, GitHubDeployment, githubClient, STATUS_DESCRIPTION_LIMIT } from '@goship/github';
import { jest } from '@jest/globals';
import { GitHubApi } from '../../harness/github-api';

jest.setTimeout(60_000);

let api: GitHubApi;
const logs: { info: string[]; warning: string[] } = { info: [], warning: [] };
const log = { info: (m: string) => logs.info.push(m), warning: (m: string) => logs.warning.push(m) };

beforeEach(async () => {
  api = new GitHubApi();
  await api.start();
  logs.info = [];
  logs.warning = [];
});
afterEach(async () => {
  await api.stop();
});

const request = (over: Partial<Parameters<typeof GitHubDeployment.start>[0]> = {}) => ({
  token: 'ghs_testtoken',
  apiUrl: api.url,
  repository: 'acme/hello',
  ref: 'v1.2.3',
  environment: 'production',
  payload: { image: `r.example/acme/hello@sha256:${'a'.repeat(64)}`, version: '1.2.3' },
  logUrl: 'https://github.com/acme/hello/actions/runs/1',
  required: false,
  log,
  retryAfterBaseMs: 10,
  writeSpacingMs: 0,
  ...over,
});

test('created for the ref, in_progress, then success with URLs; the older active deployment becomes inactive', async () => {
  const first = await GitHubDeployment.start(request({ ref: 'v1.2.2' }));
  await first!.finish('success', 'deployed 1.2.2', 'http://hello.example');
  const second = await GitHubDeployment.start(request());
  expect(second).toBeDefined();
  await second!.finish('success', 'deployed 1.2.3', 'http://hello.example');

  expect(api.violations).toEqual([]);
  const create = api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/deployments'))[1]!;
  expect(create.body).toMatchObject({
    ref: 'v1.2.3',
    environment: 'production',
    auto_merge: false,
    required_contexts: [],
  });
  expect((create.body as { payload: { version: string } }).payload.version).toBe('1.2.3');
  expect(create.headers.authorization).toBe('token ghs_testtoken');
  const [d1, d2] = api.deployments;
  expect(d2!.statuses.map((s) => s.state)).toEqual(['success', 'in_progress']);
  expect(d2!.statuses[0]).toMatchObject({
    environment_url: 'http://hello.example',
    log_url: 'https://github.com/acme/hello/actions/runs/1',
  });
  expect(d1!.statuses[0]).toMatchObject({
    state: 'inactive',
    description: `superseded by deployment ${d2!.id}`,
  });
});

test("a failure and its rollback are visible in the status, within GitHub's description limit", async () => {
  const d = await GitHubDeployment.start(request());
  const cause = `pod hello-abc container app: ImagePullBackOff ${'x'.repeat(300)}`;
  await d!.finish('failure', `rolled back to revision 3: ${cause}`);
  const status = api.deployments[0]!.statuses[0]!;
  expect(status.state).toBe('failure');
  expect(String(status.description)).toMatch(/^rolled back to revision 3: pod hello-abc/);
  expect(String(status.description).length).toBe(STATUS_DESCRIPTION_LIMIT);
  expect(api.violations).toEqual([]);
});

test('a missing deployments: write permission is named, and only warns unless required', async () => {
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
  api.fault(forbidden);
  expect(await GitHubDeployment.start(request())).toBeUndefined();
  expect(logs.warning.join('\n')).toMatch(
    /lacks the 'deployments=write' permission.*permissions: \{ deployments: write \}/,
  );

  api.fault(forbidden);
  await expect(GitHubDeployment.start(request({ required: true }))).rejects.toThrow(DeploymentError);
  api.fault(forbidden);
  await expect(GitHubDeployment.start(request({ required: true }))).rejects.toThrow(/deployments=write/);
  expect(api.deployments).toHaveLength(0);
});

test("422 carries GitHub's reason", async () => {
  api.fault({
    method: 'POST',
    path: /\/deployments$/,
    status: 422,
    body: { message: 'No ref found for: v9.9.9', documentation_url: 'https://docs.github.com/rest' },
  });
  await expect(GitHubDeployment.start(request({ ref: 'v9.9.9', required: true }))).rejects.toThrow(
    /GitHub answered 422: No ref found for: v9.9.9/,
  );
});

test('a secondary rate limit (403 + retry-after) and a 5xx are retried', async () => {
  api.fault({
    method: 'POST',
    path: /\/deployments$/,
    status: 403,
    headers: { 'retry-after': '1' },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest',
    },
  });
  api.fault({ method: 'POST', path: /\/statuses$/, status: 502, body: { message: 'Bad Gateway' } });
  const d = await GitHubDeployment.start(request({ required: true }));
  expect(d).toBeDefined();
  expect(logs.warning.join('\n')).toMatch(/secondary rate limit on POST .*retrying in 1 s/);
  expect(api.requests.filter((r) => r.path.endsWith('/deployments') && r.method === 'POST')).toHaveLength(2);
  expect(api.requests.filter((r) => r.path.endsWith('/statuses'))).toHaveLength(2);
  expect(api.deployments[0]!.statuses.map((s) => s.state)).toEqual(['in_progress']);
});

test('the loopback API is not a rubber stamp: a wrong type or an unknown path is a violation', async () => {
  const client = githubClient({
    token: 't',
    apiUrl: api.url,
    repository: 'acme/hello',
    log,
    writeSpacingMs: 0,
  });
  await client.request('POST /repos/{owner}/{repo}/deployments', {
    owner: 'acme',
    repo: 'hello',
    ref: 'main',
    required_contexts: 'ci' as never,
  });
  await client
    .request('GET /repos/{owner}/{repo}/no-such-thing', { owner: 'acme', repo: 'hello' })
    .catch(() => undefined);
  expect(api.violations.join('\n')).toMatch(/required_contexts must be array/);
  expect(api.violations.join('\n')).toMatch(/GET \/repos\/acme\/hello\/no-such-thing: no such operation/);
});
