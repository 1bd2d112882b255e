/*
 * A fleet's delivery figures: one delivery per cluster, from the moments its own rollout recorded. The
 * single-cluster rollout is a script on a clock the test moves (as fleet-order.test.ts does for the order),
 * so each cluster's apply, verdict, the fleet's decision and the rollback happen at known times.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConnectionError } from '@goship/cluster';
import { type StageContext, UserError } from '@goship/kit';
import { jest } from '@jest/globals';
import {
  type FleetOptions,
  fleetDeliveryMarkdown,
  fleetRollout,
  parseClusters,
  parseWaves,
  type RolloutOptions,
  type RolloutResult,
  rolloutDelivery,
} from '../../../packages/kube/src/index.js';
import { k8sRolloutStage } from '../../../packages/kube/src/stages/index.js';
import { rolloutDefaults } from './fixtures.js';

const T0 = Date.parse('2026-03-02T10:00:00Z');
let clock = T0;
const at = (s: number) => T0 + s * 1000;
beforeEach(() => {
  clock = T0;
  jest.spyOn(Date, 'now').mockImplementation(() => clock);
});
afterEach(() => jest.restoreAllMocks());

const CONTEXTS = ['c1', 'c2', 'c3', 'c4', 'c5'];
// The kubeconfig names every cluster alike, as kubeconfigs of clusters set up from one template do.
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: prod
  cluster: {server: "https://127.0.0.1:6443", certificate-authority-data: "${Buffer.from('ca').toString('base64')}"}
users:
- name: admin
  user: {token: "a-token-long-enough"}
contexts:
${CONTEXTS.map((n) => `- name: ${n}\n  context: {cluster: prod, user: admin}`).join('\n')}
current-context: c1
`;
const NAMES: Record<string, string> = { c1: 'eu-1', c2: 'eu-2', c3: 'us-1', c4: 'us-2', c5: 'ap-1' };

interface Script {
  /** Seconds from its apply to rolled out (or to its failure). */
  takes?: number;
  /** Fails after `takes` seconds with this reason, then its own rollback takes 4 s. */
  fail?: string;
  /** Never finishes by itself: ends only when interrupted (then its rollback takes 2 s). */
  hang?: boolean;
  /** Throws while connecting. */
  preflight?: Error;
}

/** The single-cluster rollout as a script: it records its moments as rollout.ts does, on the test's clock. */
function scripted(scripts: Record<string, Script>, onApply?: (context: string) => void) {
  return async (o: RolloutOptions): Promise<RolloutResult> => {
    const c = o.kubeconfig.context;
    const s = scripts[c] ?? {};
    await Promise.resolve();
    if (s.preflight) throw s.preflight;
    await o.beforeApply!('1');
    const moments: NonNullable<RolloutResult['moments']> = {
      cluster: o.kubeconfig.cluster,
      applied: Date.now(),
    };
    onApply?.(c);
    const result = (status: RolloutResult['status'], failure?: { reason: string; message: string }) =>
      ({
        status,
        server: o.kubeconfig.server,
        serverVersion: 'v1.34.4',
        failure: failure && { kind: 'Deployment', namespace: 'shop', name: 'hello', ...failure },
        recovery: [],
        objects: [],
        cancelled: false,
        timings: { validatedMs: 0, appliedMs: 0, settledMs: 0, totalMs: 0 },
        moments,
      }) satisfies RolloutResult;
    const decide = (restoreSeconds: number) => {
      Object.assign(moments, { decided: Date.now(), workload: 'hello', namespace: o.namespace });
      clock += restoreSeconds * 1000;
      moments.restored = Date.now();
    };
    if (s.hang) {
      if (!o.interrupt!.aborted)
        await new Promise((r) => o.interrupt!.addEventListener('abort', r, { once: true }));
      decide(2);
      return result('rolled-back', { reason: 'Interrupted', message: String(o.interrupt!.reason.message) });
    }
    clock += (s.takes ?? 10) * 1000;
    if (s.fail) {
      decide(4);
      return result('rolled-back', { reason: s.fail, message: 'pods cannot be scheduled' });
    }
    const verdict = await o.verify!(result('succeeded'), new AbortController().signal);
    if (!verdict) {
      Object.assign(moments, { decided: Date.now(), workload: 'hello', namespace: o.namespace });
      return result('succeeded');
    }
    decide(3);
    return result('rolled-back', verdict);
  };
}

const quiet = { info: () => {}, warning: () => {}, debug: () => {}, notice: () => {}, secret: () => {} };

function options(o: Partial<FleetOptions> & { scripts?: Record<string, Script> } = {}): FleetOptions {
  const ws = mkdtempSync(join(tmpdir(), 'fleet-delivery-'));
  writeFileSync(
    join(ws, 'app.yaml'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: hello}\nspec: {template: {spec: {containers: [{name: app, image: x}]}}}\n',
  );
  const { scripts = {}, ...rest } = o;
  return {
    context: { workspace: ws },
    kubeconfig: KUBECONFIG,
    kubeconfigFromEnv: false,
    insecure: false,
    manifests: ['app.yaml'],
    namespace: 'shop',
    timeoutMs: 60_000,
    waitFor: [],
    ...rolloutDefaults(),
    signal: new AbortController().signal,
    log: quiet,
    clusters: parseClusters(CONTEXTS.map((c) => `- name: ${NAMES[c]}\n  context: ${c}`).join('\n')),
    waves: parseWaves('1, 2, rest'),
    maxParallel: 1,
    pauseMs: 0,
    skipUnreachable: false,
    rollout: scripted(scripts),
    delivery: { commitTime: at(-3600), commit: 'abc1234def', version: '1.4.0', verified: false },
    ...rest,
  };
}

describe('one delivery per cluster, from its own moments', () => {
  test('verified and kept: each cluster from its apply to its own verdict, not to the end of the fleet', () => {
    const r = {
      status: 'succeeded',
      moments: { cluster: 'prod', workload: 'hello', applied: at(0), verified: at(12), decided: at(95) },
    } as RolloutResult;
    const d = rolloutDelivery(r, { commitTime: at(-600), verified: true, cluster: 'eu-1' })!;
    expect(d.figures).toEqual({ result: 'success', leadTime: 612, deploymentDuration: 12 });
    // The fleet's name for the cluster, not the kubeconfig's (the same for every cluster here).
    expect(d.labels.cluster).toBe('eu-1');
    expect(d.verifiedBy).toBe('smoke test');
  });

  test('verified, then rolled back because another cluster failed: restored from that decision', () => {
    const r = {
      status: 'rolled-back',
      moments: {
        cluster: 'prod',
        workload: 'hello',
        applied: at(0),
        verified: at(12),
        decided: at(95),
        restored: at(101.5),
      },
    } as RolloutResult;
    expect(rolloutDelivery(r, { commitTime: at(-600), verified: false })!.figures).toEqual({
      result: 'rolled_back',
      deploymentDuration: 12,
      timeToRestore: 6.5,
    });
  });

  test('a whole fleet: durations, lead times and restores as each cluster recorded them', async () => {
    const r = await fleetRollout(
      options({ scripts: { c1: { takes: 5 }, c2: { takes: 7 }, c3: { takes: 11 }, c4: { takes: 20 } } }),
    );
    expect(r.status).toBe('succeeded');
    const figures = r.clusters.map((c) => [c.delivery?.labels.cluster, c.delivery?.figures]);
    // One at a time (max-parallel 1): each starts where the previous one was verified.
    expect(figures).toEqual([
      ['eu-1', { result: 'success', deploymentDuration: 5, leadTime: 3605 }],
      ['eu-2', { result: 'success', deploymentDuration: 7, leadTime: 3612 }],
      ['us-1', { result: 'success', deploymentDuration: 11, leadTime: 3623 }],
      ['us-2', { result: 'success', deploymentDuration: 20, leadTime: 3643 }],
      ['ap-1', { result: 'success', deploymentDuration: 10, leadTime: 3653 }],
    ]);
    for (const c of r.clusters)
      expect(c.delivery).toMatchObject({
        labels: { service: 'hello', namespace: 'shop', version: '1.4.0' },
        commit: 'abc1234def',
        commitTime: '2026-03-02T09:00:00Z',
        verifiedBy: 'rollout',
      });
  });

  test('a failure in wave 2: the failed one, the one interrupted and the one verified earlier are each a change failure', async () => {
    const r = await fleetRollout(
      options({
        maxParallel: 2,
        scripts: { c1: { takes: 5 }, c2: { hang: true }, c3: { takes: 8, fail: 'Unschedulable' } },
      }),
    );
    expect(r.status).toBe('rolled-back');
    const by = Object.fromEntries(r.clusters.map((c) => [c.name, c]));
    // eu-1 was verified at 5 s; us-1 failed at 13 s and took 4 s to restore; eu-2 was interrupted then
    // (2 s to restore); eu-1 was told to roll back after that, and took 3 s.
    expect(by['eu-1']!.delivery!.figures).toEqual({
      result: 'rolled_back',
      deploymentDuration: 5,
      timeToRestore: 3,
    });
    expect(by['us-1']!.delivery!.figures).toEqual({
      result: 'rolled_back',
      deploymentDuration: 8,
      timeToRestore: 4,
    });
    expect(by['eu-2']!.delivery!.figures).toEqual({
      result: 'rolled_back',
      deploymentDuration: 12,
      timeToRestore: 2,
    });
    expect(by['us-2']!.delivery).toBeUndefined();
    expect(by['ap-1']!.delivery).toBeUndefined();
    const md = fleetDeliveryMarkdown(r);
    expect(md).toContain('#### Delivery');
    expect(md).toContain(
      '| eu-1 | `shop` | ↩️ rolled back (a change failure) | – (not delivered) | 5.00 s | 3.00 s |',
    );
    expect(md).toContain('| us-2 | `shop` | – none: nothing applied |  |  |  |');
  });
});

test('cancelled mid-wave and skipped clusters report nothing, and the summary says why', async () => {
  const cancel = new AbortController();
  const unreachable = new UserError('Cannot reach the API server', {
    cause: new ConnectionError('connect ECONNREFUSED 127.0.0.1:6443', 'ECONNREFUSED', true),
  });
  const o = options({
    signal: cancel.signal,
    skipUnreachable: true,
    rollout: scripted({ c2: { hang: true }, c5: { preflight: unreachable } }, (c) => {
      if (c === 'c2') setTimeout(() => cancel.abort(new Error('cancelled by SIGINT')), 5);
    }),
  });
  const r = await fleetRollout(o);
  expect(r.status).toBe('cancelled');
  const by = Object.fromEntries(r.clusters.map((c) => [c.name, c]));
  expect(by['eu-1']!.delivery?.figures.result).toBe('success');
  expect(by['eu-2']).toMatchObject({ status: 'rolled-back', cancelled: true });
  expect(by['eu-2']!.delivery).toBeUndefined();
  expect(by['ap-1']).toMatchObject({ status: 'skipped' });
  expect(by['ap-1']!.delivery).toBeUndefined();
  const md = fleetDeliveryMarkdown(r);
  expect(md).toContain('| eu-1 | `shop` | ✅ success | 1 h 00 min | 10.0 s | – |');
  expect(md).toContain('| eu-2 | `shop` | – none: cancelled mid-rollout |');
  expect(md).toContain('| us-1 | `shop` | – none: nothing applied |');
  expect(md).toContain('| ap-1 | `shop` | – none: skipped (unreachable, skip-unreachable) |');
});

test('the k8s-rollout stage: the context reaches every cluster; the table in its summary, or for the one-step action', async () => {
  const { delivery: _, signal: _s, log: _l, ...fleet } = options();
  const ctx: StageContext = {
    workspace: fleet.context.workspace,
    runnerTemp: fleet.context.workspace,
    homedir: fleet.context.workspace,
    env: { OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=production' },
    run: { sha: 'f'.repeat(40), ref: 'refs/tags/v1.4.0' },
    signal: new AbortController().signal,
    log: { ...quiet, group: <T>(_name: string, fn: () => Promise<T>) => fn() },
    chained: false,
  };
  const upstream = { commitTime: '2026-03-02T09:00:00Z', commit: 'abc1234def' };
  const alone = await k8sRolloutStage.run({ fleet }, upstream, ctx);
  expect(alone.failures).toEqual([]);
  const deliveries = alone.value.fleet!.clusters.map((c) => c.delivery!);
  expect(deliveries.map((d) => d.labels)).toEqual(
    Object.values(NAMES).map((cluster) => ({
      service: 'hello',
      namespace: 'shop',
      cluster,
      environment: 'production',
      version: '1.4.0',
    })),
  );
  expect(deliveries.every((d) => d.commit === 'abc1234def' && d.verifiedBy === 'rollout')).toBe(true);
  expect(alone.value.deliveryTable).toContain('commit abc1234 at 2026-03-02T09:00:00Z');
  expect(alone.summary).toContain(alone.value.deliveryTable);
  // Chained: the one-step action puts the table at the top of its own summary, not again here.
  const chained = await k8sRolloutStage.run({ fleet }, upstream, { ...ctx, chained: true });
  expect(chained.value.deliveryTable).toContain('#### Delivery');
  expect(chained.summary).not.toContain('#### Delivery');
});
