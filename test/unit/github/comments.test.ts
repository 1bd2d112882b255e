/*
 * The pull-request comment kept up to date by its marker, against the loopback GitHub API that validates
 * every request and response against GitHub's OpenAPI description (test/harness/github-api.ts).
 */
import {
  acceptedPermissions,
  COMMENT_BODY_LIMIT,
  commentMarker,
  pullRequestOf,
  upsertComment,
} from '@goship/github';
import { jest } from '@jest/globals';
import { GitHubApi } from '../../harness/github-api';

jest.setTimeout(60_000);

let api: GitHubApi;
const warnings: string[] = [];
const log = { info: () => {}, warning: (m: string) => warnings.push(m) };

beforeEach(async () => {
  api = new GitHubApi();
  await api.start();
  warnings.length = 0;
});
afterEach(() => api.stop());

const marker = commentMarker('render-manifests', 'hello');
const upsert = (body: string, issueNumber = 7) =>
  upsertComment({
    token: 'ghs_commenttoken',
    apiUrl: api.url,
    repository: 'acme/hello',
    issueNumber,
    marker,
    body: `${marker}\n${body}`,
    log,
    retryAfterBaseMs: 10,
    writeSpacingMs: 0,
  });

test('the first run creates the comment, the next ones edit it (found past the first page), no duplicate', async () => {
  // A busy PR: 130 reviewer comments before ours, so ours is on the second page of 100.
  for (let i = 0; i < 130; i++) api.seedComment(7, `review ${i}`);
  api.seedComment(8, `${marker}\nanother PR's comment`);
  const first = await upsert('first push');
  expect(first).toMatchObject({ action: 'created' });
  for (let i = 0; i < 5; i++) api.seedComment(7, `more review ${i}`);
  const second = await upsert('second push');
  expect(second).toMatchObject({ action: 'updated' });
  if (first.action === 'refused' || second.action === 'refused') throw new Error('refused');
  expect(second.id).toBe(first.id);
  expect(second.url).toMatch(/\/pull\/7#issuecomment-/);
  const ours = api.comments.filter((c) => c.body.includes(marker));
  expect(ours.map((c) => [c.issue, c.body.split('\n')[1]])).toEqual([
    [8, "another PR's comment"],
    [7, 'second push'],
  ]);
  // The second run listed two pages (100 + 36) before finding it, then edited it.
  const calls = api.requests.slice(api.requests.findIndex((r) => r.method === 'POST') + 1);
  expect(calls.map((r) => `${r.method} ${r.query.get('page') ?? ''}`)).toEqual(['GET ', 'GET 2', 'PATCH ']);
  expect(api.violations).toEqual([]);
});

test('a token without pull-requests: write is a warning naming the permission, nothing thrown', async () => {
  api.fault({
    method: 'POST',
    path: /\/issues\/7\/comments$/,
    status: 403,
    headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    },
  });
  const r = await upsert('body');
  expect(r.action).toBe('refused');
  if (r.action !== 'refused') return;
  expect(r.warning).toMatch(/commenting on pull request #7: GitHub refused \(403\)/);
  expect(r.warning).toContain('`permissions: { pull-requests: write }`');
  expect(r.warning).toContain('`permissions: { issues: write }`');
  expect(api.comments).toEqual([]);
  expect(api.violations).toEqual([]);
});

test('a secondary rate limit is waited out, a 5xx retried', async () => {
  api.fault({
    method: 'GET',
    path: /\/issues\/7\/comments$/,
    status: 502,
    body: { message: 'Bad Gateway' },
  });
  api.fault({
    method: 'POST',
    path: /\/issues\/7\/comments$/,
    status: 403,
    headers: { 'retry-after': '1' },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest',
    },
  });
  const r = await upsert('body');
  expect(r.action).toBe('created');
  expect(api.comments).toHaveLength(1);
  expect(warnings.join('\n')).toMatch(/secondary rate limit/);
});

test('accepted permissions: alternatives and combined sets, in the workflow spelling', () => {
  expect(acceptedPermissions('issues=write; pull_requests=write')).toEqual([
    'issues: write',
    'pull-requests: write',
  ]);
  expect(acceptedPermissions('contents=read,pull_requests=write')).toEqual([
    'contents: read, pull-requests: write',
  ]);
});

test('a body over the limit or without its marker is refused before any request', async () => {
  await expect(upsert('x'.repeat(COMMENT_BODY_LIMIT))).rejects.toThrow(/over GitHub's 65536/);
  await expect(
    upsertComment({
      token: 't0k3n-long-enough',
      apiUrl: api.url,
      repository: 'acme/hello',
      issueNumber: 7,
      marker,
      body: 'no marker',
      log,
    }),
  ).rejects.toThrow(/marker/);
  expect(api.requests).toEqual([]);
});

test('the pull request of an event payload; none for a push', () => {
  const payload = {
    number: 7,
    pull_request: { number: 7, base: { ref: 'main', sha: 'b'.repeat(40) }, head: { sha: 'c'.repeat(40) } },
  };
  expect(pullRequestOf('pull_request', payload)).toEqual({
    number: 7,
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
    headSha: 'c'.repeat(40),
  });
  expect(pullRequestOf('pull_request_target', payload)?.number).toBe(7);
  expect(pullRequestOf('push', payload)).toBeUndefined();
  expect(pullRequestOf('pull_request', {})).toBeUndefined();
  expect(commentMarker('render-manifests', 'a-->b')).toBe('<!-- goship:render-manifests:a_b -->');
});
