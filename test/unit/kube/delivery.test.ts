import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StageContext } from '@goship/kit';
import { jest } from '@jest/globals';
import { checkoutCommitTime, type RolloutResult, rolloutDelivery } from '../../../packages/kube/src/index.js';
import {
  type K8sRolloutConfig,
  type K8sRolloutUpstream,
  k8sRolloutStage,
} from '../../../packages/kube/src/stages/index.js';
import { ReplayApiServer, type Scenario } from './api-server.js';
import { rawFixture, rolloutDefaults } from './fixtures.js';

/*
 * The delivery figures of a real rollout (the k8s-rollout stage against the loopback API server replaying a
 * scenario recorded from the real control plane): the moments it records, the commit time from a real git
 * checkout (the action alone) or from upstream (the one-step action), the summary table.
 */

jest.setTimeout(60_000);

const scenario = rawFixture<Scenario>('verify-rollback');
const quiet = { info: () => {}, warning: () => {}, debug: () => {}, notice: () => {}, secret: () => {} };
const log = { ...quiet, group: <T>(_name: string, fn: () => Promise<T>) => fn() };
const servers: ReplayApiServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

/** A checkout holding the v2 manifests, committed `ago` seconds before now; returns it and its commit. */
function checkout(ago: number): { ws: string; sha: string; committed: number } {
  const ws = mkdtempSync(join(tmpdir(), 'delivery-'));
  writeFileSync(join(ws, 'app.yaml'), scenario.manifests.v2);
  const committed = Math.floor(Date.now() / 1000) - ago;
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@e',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@e',
    GIT_COMMITTER_DATE: `@${committed} +0000`,
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ws, env, encoding: 'utf8' }).trim();
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'v2');
  return { ws, sha: git('rev-parse', 'HEAD'), committed: committed * 1000 };
}

async function stageRun(ws: string, sha: string, upstream: K8sRolloutUpstream, chained = false) {
  const api = await new ReplayApiServer(scenario, 'v1').start();
  servers.push(api);
  const config: K8sRolloutConfig = {
    single: {
      context: { workspace: ws },
      kubeconfig: api.kubeconfig(),
      kubeconfigFromEnv: false,
      insecure: false,
      kubeContext: '',
      manifests: ['app.yaml'],
      namespace: scenario.namespace,
      timeoutMs: 30_000,
      waitFor: ['Deployment'],
      applySet: 'hello',
      ...rolloutDefaults(),
    },
  };
  const ctx: StageContext = {
    workspace: ws,
    runnerTemp: ws,
    homedir: ws,
    env: { OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=staging' },
    run: { sha, ref: 'refs/tags/v2.0.0' },
    signal: new AbortController().signal,
    log,
    chained,
  };
  const started = Date.now();
  const r = await k8sRolloutStage.run(config, upstream, ctx);
  return { r, started, ended: Date.now() };
}

test('the action alone: lead time from the checkout commit, duration from the apply to rolled out, in the summary', async () => {
  const { ws, sha, committed } = checkout(3600);
  const { r, started, ended } = await stageRun(ws, sha, {});
  expect(r.failures).toEqual([]);
  const { single, delivery } = r.value;
  const m = single!.moments!;
  expect(started).toBeLessThanOrEqual(m.applied);
  expect(m.applied).toBeLessThanOrEqual(m.decided!);
  expect(m.decided!).toBeLessThanOrEqual(ended);
  expect(m.restored).toBeUndefined();
  expect(delivery).toEqual({
    figures: {
      result: 'success',
      leadTime: (m.decided! - committed) / 1000,
      deploymentDuration: (m.decided! - m.applied) / 1000,
    },
    labels: {
      service: 'hello',
      namespace: scenario.namespace,
      cluster: 'replay',
      environment: 'staging',
      version: '2.0.0',
    },
    commit: sha,
    commitTime: new Date(committed).toISOString().replace('.000Z', 'Z'),
    verifiedBy: 'rollout',
  });
  expect(delivery!.figures.leadTime).toBeGreaterThanOrEqual(3600);
  expect(delivery!.figures.leadTime).toBeLessThan(3600 + (ended - started) / 1000 + 1);
  expect(r.summary).toContain('#### Delivery');
  expect(r.summary).toContain('| lead time (commit → rolled out) | 1 h 00 min');
  expect(r.summary).toContain('| result | ✅ success |');
});

test('the one-step action: a failed smoke test rolls back, a change failure with its time to restore', async () => {
  const { ws } = checkout(0);
  const verify = async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { reason: 'SmokeTestFailed', message: 'GET /version: HTTP 503' };
  };
  const { r } = await stageRun(
    ws,
    'not-the-checkout',
    { verify, commitTime: '2026-01-01T00:00:00Z', commit: 'abc', version: '2.0.0' },
    true,
  );
  const { single, delivery } = r.value;
  expect(single!.status).toBe('rolled-back');
  const m = single!.moments!;
  expect(m.restored!).toBeGreaterThanOrEqual(m.decided!);
  // The verification (200 ms) is inside the deployment's duration.
  expect(m.decided! - m.applied).toBeGreaterThanOrEqual(200);
  expect(delivery).toMatchObject({
    figures: {
      result: 'rolled_back',
      deploymentDuration: (m.decided! - m.applied) / 1000,
      timeToRestore: (m.restored! - m.decided!) / 1000,
    },
    commit: 'abc',
    commitTime: '2026-01-01T00:00:00Z',
    verifiedBy: 'smoke test',
  });
  expect(delivery!.figures.leadTime).toBeUndefined();
  // Chained: the one-step action shows the table at the top of its own summary, not again here.
  expect(r.summary).not.toContain('#### Delivery');
});

describe('the commit time of the action alone', () => {
  test('the checkout at the deployed commit: its committer time; at another commit: unknown', async () => {
    const { ws, sha, committed } = checkout(120);
    expect(await checkoutCommitTime(ws, {}, sha)).toBe(committed);
    expect(await checkoutCommitTime(ws, {}, 'f'.repeat(40))).toBeUndefined();
    // The build's own rule: SOURCE_DATE_EPOCH over the committer time.
    expect(await checkoutCommitTime(ws, { SOURCE_DATE_EPOCH: '1700000000' }, sha)).toBe(1_700_000_000_000);
  });

  test('no checkout: SOURCE_DATE_EPOCH when set, else unknown (a bad one too)', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'delivery-empty-'));
    expect(await checkoutCommitTime(empty, { SOURCE_DATE_EPOCH: '1700000000' }, 'abc')).toBe(
      1_700_000_000_000,
    );
    expect(await checkoutCommitTime(empty, {}, 'abc')).toBeUndefined();
    expect(await checkoutCommitTime(empty, { SOURCE_DATE_EPOCH: 'yesterday' }, 'abc')).toBeUndefined();
  });
});

test('nothing to count: a cancelled run, or no workload rolled out', () => {
  const base: RolloutResult = {
    status: 'failed',
    server: 'https://127.0.0.1:6443',
    serverVersion: 'v1.34.4',
    recovery: [],
    objects: [],
    cancelled: true,
    timings: { validatedMs: 0, appliedMs: 0, settledMs: 0, totalMs: 0 },
    moments: { cluster: 'c', workload: 'hello', applied: 1000, decided: 2000 },
  };
  expect(rolloutDelivery(base, { verified: false })).toBeUndefined();
  expect(
    rolloutDelivery(
      { ...base, cancelled: false, moments: { cluster: 'c', applied: 1000, decided: 2000 } },
      { verified: false },
    ),
  ).toBeUndefined();
  expect(rolloutDelivery({ ...base, cancelled: false }, { verified: false })?.figures).toEqual({
    result: 'failure',
    deploymentDuration: 1,
  });
});
