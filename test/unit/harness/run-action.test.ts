/*
 * The harness itself, against the runner's contract (test/harness/run-action.ts cites where the runner sets
 * each thing): a fixture action records the environment of its main and post steps under Node 24.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '../../harness/run-action.js';

const fixture = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/env-dump');
const recorded = (home: string, step: 'main' | 'post') =>
  JSON.parse(readFileSync(join(home, 'temp', `run-${step === 'main' ? 1 : 2}.json`), 'utf8')) as {
    env: Record<string, string>;
    cwd: string;
  };
const stateVars = (env: Record<string, string>) =>
  Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('STATE_')));

describe('the post step gets what the runner gives it', () => {
  test('exactly the state main saved as STATE_*, nothing the harness made up', async () => {
    const r = await runAction(fixture, { post: true, env: { STATE_injected: 'x' } as NodeJS.ProcessEnv });
    expect(r.exitCode).toBe(0);
    expect(r.postRan).toBe(true);
    const main = recorded(r.home, 'main');
    const post = recorded(r.home, 'post');
    // The job env cannot carry STATE_*: main's only come from the job env given to the harness.
    expect(stateVars(main.env)).toEqual({ STATE_injected: 'x' });
    expect(stateVars(post.env)).toEqual({
      STATE_injected: 'x',
      STATE_isPost: 'true',
      STATE_recorded: 'line 1\nline 2',
    });
    expect(r.state).toEqual({ isPost: 'true', recorded: 'line 1\nline 2' });
  });

  test('when main saves nothing, the post step gets no STATE_* at all (no isPost either)', async () => {
    const r = await runAction(fixture, { post: true, env: { SAVE_STATE: '0' } });
    expect(r.postRan).toBe(true);
    expect(r.state).toEqual({});
    expect(stateVars(recorded(r.home, 'post').env)).toEqual({});
  });

  test("main's GITHUB_ENV and GITHUB_PATH apply to the post step; each step has its own command files", async () => {
    const r = await runAction(fixture, { post: true });
    const main = recorded(r.home, 'main');
    const post = recorded(r.home, 'post');
    expect(main.env.FROM_MAIN).toBeUndefined();
    expect(post.env.FROM_MAIN).toBe('exported');
    expect(post.env.PATH!.split(':')[0]).toBe('/opt/from-main/bin');
    for (const f of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'])
      expect(post.env[f]).not.toBe(main.env[f]);
    expect(post.env.INPUT_FLAVOUR).toBe('vanilla');
    expect(post.cwd).toBe(main.cwd);
    expect(main.cwd).toBe(main.env.GITHUB_WORKSPACE);
    expect(r.summary).toBe('main summary\npost summary\n');
  });

  test('post-if: success() skips the post step when main failed', async () => {
    const r = await runAction(fixture, { post: true, env: { FAIL: '1' } });
    expect(r.exitCode).toBe(1);
    expect(r.postRan).toBe(false);
    expect(r.errors).toBe('failed on purpose');
  });
});

describe('the rest of the environment', () => {
  test('inputs, the github and runner contexts, and no Actions-service variables', async () => {
    const r = await runAction(fixture, {
      inputs: { flavour: 'mint' },
      env: { GITHUB_REF: 'refs/tags/v1.2.3' },
    });
    const { env } = recorded(r.home, 'main');
    expect(env.INPUT_FLAVOUR).toBe('mint');
    expect(env).toMatchObject({
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_REF: 'refs/tags/v1.2.3',
      GITHUB_REF_NAME: 'v1.2.3',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_REPOSITORY_OWNER: 'acme',
      RUNNER_OS: 'Linux',
    });
    expect(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH!, 'utf8'))).toMatchObject({
      ref: 'refs/tags/v1.2.3',
    });
    for (const k of ['ACTIONS_RUNTIME_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'NODE_ICU_DATA'])
      expect(env[k]).toBeUndefined();
  });
});
