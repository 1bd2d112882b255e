/*
 * The pull-request preview: field-level changes, the comment body within GitHub's limit, the base-branch
 * comparison through a real git repository (two commits, a temporary worktree), and the comment inputs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMENT_BODY_LIMIT } from '@goship/github';
import { InputError, Inputs, objectInputs } from '@goship/kit';
import {
  commentBody,
  compareWithBase,
  fieldChanges,
  type ObjectChange,
  readRenderOptions,
  render,
} from '../../../packages/manifests/src/index.js';
import { rejection } from './helpers.js';

const ENV = { GITHUB_SHA: 'c'.repeat(40), GITHUB_REPOSITORY: 'acme/hello', GITHUB_RUN_ID: '9' };
const PR_EVENT = {
  name: 'pull_request',
  payload: { pull_request: { number: 12, base: { ref: 'main', sha: 'b'.repeat(40) }, head: { sha: 'c' } } },
};
const read = (values: Record<string, string>, ws: string, event = PR_EVENT) =>
  readRenderOptions(new Inputs(objectInputs(values)), {
    workspace: ws,
    runnerTemp: ws,
    env: ENV,
    event: () => event,
  });

test('field changes: changed, added and removed leaves and list items, in document order', () => {
  const before = { spec: { replicas: 2, ports: [{ port: 80 }, { port: 81 }], keep: 'x' }, gone: true };
  const after = { spec: { replicas: 3, ports: [{ port: 80 }], keep: 'x', added: { a: 1 } } };
  expect(fieldChanges(before, after)).toEqual([
    { path: 'spec.replicas', before: 2, after: 3 },
    { path: 'spec.ports[1]', before: { port: 81 } },
    { path: 'spec.added', after: { a: 1 } },
    { path: 'gone', before: true },
  ]);
  expect(fieldChanges(before, after, (p) => p === 'spec.ports' || p === 'gone')).toHaveLength(2);
  expect(fieldChanges(after, after)).toEqual([]);
});

const ports = { consistent: true, port: 8080, uses: [], problems: [] } as never;

test('a huge preview stays within the limit: field details go first, then rows, each with a note', () => {
  const changes: ObjectChange[] = Array.from({ length: 400 }, (_, i) => ({
    object: `ConfigMap prod/config-${i}`,
    change: 'changed',
    fields: Array.from({ length: 30 }, (_, j) => ({
      path: `data.key${j}`,
      before: 'a'.repeat(90),
      after: 'b',
    })),
  }));
  const content = {
    marker: '<!-- goship:render-manifests:hello -->',
    title: 'render-manifests: hello',
    comparedWith: 'the base branch',
    changes,
    ports,
    objectCount: 400,
    producedBy: '1 file',
  };
  const body = commentBody(content, COMMENT_BODY_LIMIT);
  expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
  expect(body.startsWith(content.marker)).toBe(true);
  expect(body).toMatch(/field details of \d+ objects are left out to stay within GitHub's 65536-character/);
  expect(body).toContain('#### Ports: the application listens on 8080');
  // Fences stay balanced: a truncated body still renders.
  expect((body.match(/```/g) ?? []).length % 2).toBe(0);
  const tiny = commentBody(content, 8000);
  expect(tiny.length).toBeLessThanOrEqual(8000);
  expect(tiny).toMatch(/\d+ more objects are left out/);
  // Small enough: everything is there.
  const small = commentBody({ ...content, changes: changes.slice(0, 2) }, COMMENT_BODY_LIMIT);
  expect(small).not.toContain('left out');
  expect(small).toContain('```diff\n  data.key0\n- "aaaa');
});

test('Secret values never appear in the comment', () => {
  const body = commentBody(
    {
      marker: '<!-- m -->',
      title: 't',
      comparedWith: 'x',
      changes: [
        {
          object: 'Secret prod/db',
          change: 'changed',
          secret: true,
          fields: [{ path: 'data.password', before: 'b2xkcGFzcw==', after: 'bmV3cGFzcw==' }],
        },
      ],
      ports,
      objectCount: 1,
      producedBy: '1 file',
    },
    COMMENT_BODY_LIMIT,
  );
  expect(body).toContain('data.password');
  expect(body).not.toMatch(/b2xkcGFzcw|bmV3cGFzcw/);
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    },
  }).trim();
}

const cm = (name: string, value: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  GREETING: ${value}\n`;

test('against the base commit: changed field, created and deleted objects; the worktree is removed', async () => {
  const repo = mkdtempSync(join(tmpdir(), 'preview-git-'));
  git(repo, 'init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'app.yaml'), `${cm('greeting', 'hello')}---\n${cm('old', 'x')}`);
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'base');
  const base = git(repo, 'rev-parse', 'HEAD');
  writeFileSync(join(repo, 'app.yaml'), `${cm('greeting', 'bonjour')}---\n${cm('fresh', 'hey')}`);
  git(repo, 'commit', '-qam', 'head');

  const options = await read(
    { source: 'files', files: 'app.yaml', namespace: 'web', comment: 'true', 'github-token': 'ghs_x1234567' },
    repo,
  );
  const head = await render(options.request);
  const { changes, baseProblem } = await compareWithBase(options.request, head.manifests, base);
  expect(baseProblem).toBeUndefined();
  expect(
    changes.map((c) => [c.object, c.change, c.fields.map((f) => `${f.path}: ${f.before} → ${f.after}`)]),
  ).toEqual([
    ['ConfigMap web/fresh', 'created', []],
    ['ConfigMap web/greeting', 'changed', ['data.GREETING: hello → bonjour']],
    ['ConfigMap web/old', 'deleted', []],
  ]);
  expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1);

  const missing = await compareWithBase(options.request, head.manifests, 'f'.repeat(40));
  expect(missing.baseProblem).toMatch(
    /base commit ffffffffffff is not in the checkout and could not be fetched.*fetch-depth: 0/,
  );
  expect(missing.changes.every((c) => c.change === 'created')).toBe(true);
  expect(readdirSync(repo)).toEqual(expect.arrayContaining(['app.yaml']));
});

test('comment inputs: the PR from the event; a push is a notice; a missing token or a stray kubeconfig is an input error', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'preview-in-'));
  const builtin = { name: 'hello', image: 'nginx:1.27', version: '1.0.0', commit: 'c'.repeat(40) };
  const o = await read({ ...builtin, comment: 'true', 'github-token': 'ghs_x1234567' }, ws);
  expect(o.comment).toMatchObject({
    pullRequest: { number: 12, baseRef: 'main', baseSha: 'b'.repeat(40) },
    id: 'hello',
    title: 'render-manifests: hello',
    repository: 'acme/hello',
    apiUrl: 'https://api.github.com',
  });
  const push = await read({ ...builtin, comment: 'true', 'github-token': 'ghs_x1234567' }, ws, {
    name: 'push',
    payload: {},
  } as never);
  expect(push.comment).toBeUndefined();
  expect(push.notices).toEqual([
    "comment: true, but this run is a 'push' event, not a pull_request: no comment is posted",
  ]);
  const noToken = await rejection(() => read({ ...builtin, comment: 'true' }, ws));
  expect(noToken).toBeInstanceOf(InputError);
  expect(noToken.message).toMatch(/^Input 'github-token': is empty while comment is true/);
  const stray = await rejection(() => read({ ...builtin, kubeconfig: '/k' }, ws));
  expect(stray.message).toMatch(/^Input 'kubeconfig': is set but comment is false/);
});
