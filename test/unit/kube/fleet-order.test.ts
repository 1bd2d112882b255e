/*
 * The fleet's orchestration order, with the single-cluster rollout replaced by a script that records what the
 * fleet asks of each cluster (validate, apply, keep or roll back). What each single-cluster step does against a
 * real API server is the e2e suite's (test/e2e/k8s-rollout-fleet.test.ts); here: who goes when.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConnectionError } from '@goship/cluster';
import { UserError } from '@goship/kit';
import {
  type FleetOptions,
  fleetRollout,
  parseClusters,
  parseWaves,
  type RolloutOptions,
  type RolloutResult,
} from '../../../packages/kube/src/index.js';
import { rolloutDefaults } from './fixtures.js';

const NAMES = ['c1', 'c2', 'c3', 'c4', 'c5'];
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
${NAMES.map((n) => `- name: ${n}\n  cluster: {server: "https://127.0.0.1:6443", certificate-authority-data: "${Buffer.from('ca').toString('base64')}"}`).join('\n')}
users:
- name: admin
  user: {token: "a-token-long-enough"}
contexts:
${NAMES.map((n) => `- name: ${n}\n  context: {cluster: ${n}, user: admin}`).join('\n')}
current-context: c1
`;

interface Script {
  /** Throws while connecting/validating (before the gate). */
  preflight?: Error;
  /** Fails after applying, with this reason (its own rollback done). */
  fail?: string;
  /** Never finishes by itself: ends only when interrupted. */
  hang?: boolean;
}

const tick = () => new Promise((r) => setTimeout(r, 5));

function result(
  server: string,
  status: RolloutResult['status'],
  failure?: { reason: string; message: string },
) {
  return {
    status,
    server,
    serverVersion: 'v1.34.4',
    revision: status === 'succeeded' ? '2' : '3',
    previousRevision: '1',
    failure: failure && { kind: 'Deployment', namespace: 'ns', name: 'hello', ...failure },
    recovery: [],
    objects: [],
    cancelled: false,
    timings: { validatedMs: 0, appliedMs: 0, settledMs: 0, totalMs: 0 },
  } satisfies RolloutResult;
}

function scripted(events: string[], scripts: Record<string, Script> = {}) {
  return async (o: RolloutOptions): Promise<RolloutResult> => {
    const c = o.kubeconfig.context;
    const s = scripts[c] ?? {};
    events.push(`validate ${c}`);
    await tick();
    if (s.preflight) throw s.preflight;
    await o.beforeApply!('1');
    events.push(`apply ${c}`);
    await tick();
    if (s.fail) {
      events.push(`failed ${c}`);
      return result(c, 'rolled-back', { reason: s.fail, message: 'pods cannot be scheduled' });
    }
    if (s.hang) {
      if (!o.interrupt!.aborted)
        await new Promise((r) => o.interrupt!.addEventListener('abort', r, { once: true }));
      events.push(`interrupted ${c}`);
      return result(c, 'rolled-back', {
        reason: 'Interrupted',
        message: String(o.interrupt!.reason.message),
      });
    }
    const verdict = await o.verify!(result(c, 'succeeded'), new AbortController().signal);
    events.push(`${verdict ? 'rolled back' : 'kept'} ${c}`);
    return verdict ? result(c, 'rolled-back', verdict) : result(c, 'succeeded');
  };
}

function options(events: string[], o: Partial<FleetOptions> & { scripts?: Record<string, Script> } = {}) {
  const ws = mkdtempSync(join(tmpdir(), 'fleet-order-'));
  writeFileSync(
    join(ws, 'app.yaml'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: hello}\nspec: {template: {spec: {containers: [{name: app, image: x}]}}}\n',
  );
  const log = { info: () => {}, warning: () => {}, debug: () => {}, notice: () => {}, secret: () => {} };
  return {
    context: { workspace: ws },
    kubeconfig: KUBECONFIG,
    kubeconfigFromEnv: false,
    insecure: false,
    manifests: ['app.yaml'],
    timeoutMs: 60_000,
    waitFor: [],
    ...rolloutDefaults(),
    signal: new AbortController().signal,
    log,
    clusters: parseClusters(NAMES.map((n) => `- ${n}`).join('\n')),
    waves: parseWaves('1, 2, rest'),
    maxParallel: 10,
    pauseMs: 0,
    skipUnreachable: false,
    rollout: scripted(events, o.scripts),
    ...o,
  } satisfies FleetOptions;
}

const before = (events: string[], a: string, b: string) => {
  expect(events).toContain(a);
  expect(events).toContain(b);
  expect(events.indexOf(a)).toBeLessThan(events.indexOf(b));
};

test('every cluster is validated before the first apply; a wave starts only when the previous rolled out; all kept at the end', async () => {
  const events: string[] = [];
  const r = await fleetRollout(options(events, { maxParallel: 1 }));
  expect(r.status).toBe('succeeded');
  expect(r.waves).toEqual([['c1'], ['c2', 'c3'], ['c4', 'c5']]);
  const firstApply = events.findIndex((e) => e.startsWith('apply'));
  expect(events.slice(0, firstApply).sort()).toEqual(NAMES.map((n) => `validate ${n}`));
  // max-parallel 1: one cluster at a time, in the listed order.
  expect(events.filter((e) => e.startsWith('apply'))).toEqual(NAMES.map((n) => `apply ${n}`));
  // Nobody is kept (prunes, finishes) before the last wave rolled out.
  before(events, 'apply c5', 'kept c1');
  expect(r.clusters.map((c) => [c.name, c.wave, c.status, c.endsOn])).toEqual([
    ['c1', 1, 'succeeded', 'new'],
    ['c2', 2, 'succeeded', 'new'],
    ['c3', 2, 'succeeded', 'new'],
    ['c4', 3, 'succeeded', 'new'],
    ['c5', 3, 'succeeded', 'new'],
  ]);
});

test('a failure in wave 2: the cluster in flight is interrupted, every cluster updated is rolled back, wave 3 never applied', async () => {
  const events: string[] = [];
  const r = await fleetRollout(
    options(events, { scripts: { c3: { fail: 'Unschedulable' }, c2: { hang: true } } }),
  );
  expect(r.status).toBe('rolled-back');
  expect(r.failure).toMatch(/^cluster 'c3' \(wave 2\) failed: Unschedulable/);
  before(events, 'failed c3', 'interrupted c2');
  before(events, 'failed c3', 'rolled back c1');
  expect(events).not.toContain('apply c4');
  expect(events).not.toContain('apply c5');
  const by = Object.fromEntries(r.clusters.map((c) => [c.name, c]));
  expect(by.c1).toMatchObject({ status: 'rolled-back', endsOn: 'old' });
  expect(by.c1!.cause).toMatch(/rolled back: cluster 'c3' failed in wave 2 \(Unschedulable\)/);
  expect(by.c2).toMatchObject({ status: 'rolled-back', endsOn: 'old' });
  expect(by.c3).toMatchObject({ status: 'rolled-back', endsOn: 'old' });
  expect(by.c4).toMatchObject({
    status: 'untouched',
    endsOn: 'old',
    revisionBefore: '1',
    revisionAfter: '1',
  });
  expect(by.c4!.cause).toMatch(/not reached/);
});

test('one cluster fails its checks: refused, nothing applied anywhere; unreachable with skip-unreachable: skipped', async () => {
  const events: string[] = [];
  const r = await fleetRollout(
    options(events, { scripts: { c4: { preflight: new Error('dry-run rejected') } } }),
  );
  expect(r.refused).toBe(true);
  expect(r.status).toBe('failed');
  expect(r.failure).toMatch(
    /Refused before anything was applied to any cluster: cluster 'c4': dry-run rejected/,
  );
  expect(events.filter((e) => !e.startsWith('validate'))).toEqual([]);
  expect(r.clusters.every((c) => c.status === 'untouched' && c.endsOn === 'old')).toBe(true);

  // Only an unreachable server is skipped: the same refusal stands for a rejected dry-run even with the flag.
  const again: string[] = [];
  const r2 = await fleetRollout(
    options(again, { skipUnreachable: true, scripts: { c4: { preflight: new Error('dry-run rejected') } } }),
  );
  expect(r2.refused).toBe(true);

  // An unreachable server (a network error, as connect wraps it) with skip-unreachable: skipped, the rest go on.
  const unreachable = new UserError('Cannot reach the API server at c4 (gave up after 5 attempts)', {
    cause: new ConnectionError('connect ECONNREFUSED 127.0.0.1:6443', 'ECONNREFUSED', true),
  });
  const third: string[] = [];
  const r3 = await fleetRollout(
    options(third, { skipUnreachable: true, scripts: { c4: { preflight: unreachable } } }),
  );
  expect(r3.status).toBe('succeeded');
  expect(third).not.toContain('apply c4');
  expect(third).toContain('apply c5');
  expect(r3.clusters.find((c) => c.name === 'c4')).toMatchObject({ status: 'skipped', endsOn: 'old' });
  // A TLS failure is no outage: refused even with skip-unreachable.
  const tls = new UserError('Cannot reach the API server', {
    cause: new ConnectionError('self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT', false),
  });
  expect(
    (await fleetRollout(options([], { skipUnreachable: true, scripts: { c4: { preflight: tls } } }))).refused,
  ).toBe(true);
});

test('cancelled mid-wave: the finished cluster is kept, the one in flight rolled back, the rest never applied', async () => {
  const events: string[] = [];
  const cancel = new AbortController();
  const o = options(events, { signal: cancel.signal, scripts: { c2: { hang: true } }, maxParallel: 1 });
  const running = fleetRollout(o);
  while (!events.includes('apply c2')) await tick();
  cancel.abort(new Error('cancelled by SIGINT'));
  const r = await running;
  expect(r.status).toBe('cancelled');
  expect(events).toContain('interrupted c2');
  expect(events).toContain('kept c1');
  expect(events).not.toContain('apply c3');
  const by = Object.fromEntries(r.clusters.map((c) => [c.name, c]));
  expect(by.c1).toMatchObject({ status: 'succeeded', endsOn: 'new' });
  expect(by.c2).toMatchObject({ status: 'rolled-back', endsOn: 'old' });
  expect(by.c2!.cause).toMatch(/cancelled by SIGINT/);
  expect(by.c3).toMatchObject({ status: 'untouched', endsOn: 'old' });
});
