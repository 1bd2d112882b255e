/*
 * The verdict logic replayed on objects recorded from the real control plane (fixtures/record.ts):
 * the deployment controller's status, the scheduler's conditions, kwok's container states, real events.
 */
import {
  describePod,
  evaluate,
  newReplicaSet,
  revisionOf,
  withoutHash,
} from '../../../packages/kube/src/index.js';
import { fixture, snapshotOf } from './fixtures.js';

const opts = { failureThreshold: 3 };
const run = (name: string, o = opts) => {
  const f = fixture(name);
  return { f, ev: evaluate(snapshotOf(f), f.target, o) };
};

describe('evaluate (recorded from a real API server)', () => {
  test('a completed first deploy is complete, at revision 1', () => {
    const { ev } = run('deployment-complete');
    expect(ev).toEqual({
      state: 'complete',
      revision: '1',
      message: 'deployment "hello" successfully rolled out (2/2 available)',
    });
  });

  test('mid-rollout (new pod not ready yet) is waiting with kubectl’s message', () => {
    const { ev } = run('deployment-progressing');
    expect(ev.state).toBe('waiting');
    expect(ev).toHaveProperty('revision', '2');
    expect((ev as { message: string }).message).toMatch(
      /^(\d+ of 2 new replicas have been updated|\d+ old replicas are pending termination|\d+ of 2 updated replicas are available)$/,
    );
  });

  test('ImagePullBackOff of a new-ReplicaSet pod fails at once, naming pod, container, image and events', () => {
    const { f, ev } = run('image-pull-backoff');
    expect(ev.state).toBe('failed');
    if (ev.state !== 'failed') return;
    const rs = newReplicaSet(f.workload, f.replicaSets)!;
    expect(ev.failure).toMatchObject({
      kind: 'Deployment',
      name: 'hello',
      namespace: f.target.namespace,
      reason: 'ImagePullBackOff',
      container: 'app',
      message:
        'container "app" (image registry.example/acme/hello:2.0.0): Back-off pulling image "registry.example/acme/hello:2.0.0"',
    });
    expect(ev.failure.pod!.startsWith(`${rs.metadata.name}-`)).toBe(true);
    expect(ev.failure.events!.some((e) => /Warning (Failed|BackOff)/.test(e))).toBe(true);
    expect(ev.failure.events!.length).toBeLessThanOrEqual(5);
  });

  test('crash loop: failed once restarts reach the threshold, waiting below it', () => {
    const { f, ev } = run('crash-loop');
    expect(ev.state).toBe('failed');
    if (ev.state === 'failed') {
      expect(ev.failure.reason).toBe('CrashLoopBackOff');
      expect(ev.failure.message).toMatch(
        /^container "app" restarted \d+ times \(failure-threshold 3\); last exit code 1 \(Error\)/,
      );
    }
    const restarts = Math.max(...f.pods.map((p) => p.status?.containerStatuses?.[0]?.restartCount ?? 0));
    expect(evaluate(snapshotOf(f), f.target, { failureThreshold: restarts + 1 }).state).toBe('waiting');
  });

  test('OOMKilled, CreateContainerConfigError and an init container crash loop are failures', () => {
    expect(run('oom-killed').ev).toMatchObject({
      state: 'failed',
      failure: { reason: 'OOMKilled', container: 'app' },
    });
    expect(run('config-error').ev).toMatchObject({
      state: 'failed',
      failure: { reason: 'CreateContainerConfigError', container: 'app' },
    });
    const init = run('init-crash-loop').ev;
    expect(init).toMatchObject({
      state: 'failed',
      failure: { reason: 'Init:CrashLoopBackOff', container: 'wait-db' },
    });
  });

  test('CreateContainerConfigError while the kubelet’s ConfigMap cache syncs is not a failure (it retries)', () => {
    // The recorded missing-key error, with the message the real node's kubelet gave under load in CI instead.
    const f = fixture('config-error');
    const waiting = f.pods
      .flatMap((p) => p.status?.containerStatuses ?? [])
      .map((c) => c.state?.waiting)
      .filter((w) => w?.reason === 'CreateContainerConfigError');
    expect(waiting.length).toBeGreaterThan(0);
    for (const w of waiting)
      w!.message = 'failed to sync configmap cache: timed out waiting for the condition';
    expect(evaluate(snapshotOf(f), f.target, opts).state).toBe('waiting');
  });

  test('Unschedulable from the real scheduler, with its message', () => {
    const { ev } = run('unschedulable');
    expect(ev).toMatchObject({ state: 'failed', failure: { reason: 'Unschedulable' } });
    if (ev.state === 'failed')
      expect(ev.failure.message).toMatch(
        /^0\/1 nodes are available: 1 node\(s\) didn't match Pod's node affinity\/selector/,
      );
  });

  test('ReplicaFailure while a restarted API server’s RBAC cache syncs is not a failure (the controller retries)', () => {
    // The recorded quota failure, with the message the restarted API server gave the controller in CI instead.
    const f = fixture('quota-replica-failure');
    const failing = [f.workload, ...f.replicaSets]
      .flatMap(
        (o) => ((o.status ?? {}) as { conditions?: { type: string; message?: string }[] }).conditions ?? [],
      )
      .filter((c) => c.type === 'ReplicaFailure');
    expect(failing.length).toBeGreaterThan(0);
    for (const c of failing)
      c.message =
        'pods is forbidden: User "system:serviceaccount:kube-system:replicaset-controller" cannot create resource "pods" in API group "" in the namespace "restart-a9f59a"';
    expect(evaluate(snapshotOf(f), f.target, opts).state).toBe('waiting');
  });

  test('quota: the ReplicaSet’s ReplicaFailure condition', () => {
    const { ev } = run('quota-replica-failure');
    expect(ev).toMatchObject({ state: 'failed', failure: { reason: 'ReplicaFailure/FailedCreate' } });
    if (ev.state === 'failed') expect(ev.failure.message).toContain('exceeded quota');
  });

  test('ProgressDeadlineExceeded from the deployment controller, with the pods that never became ready', () => {
    const { ev } = run('progress-deadline');
    expect(ev.state).toBe('failed');
    if (ev.state !== 'failed') return;
    expect(ev.failure.reason).toBe('ProgressDeadlineExceeded');
    expect(ev.failure.message).toMatch(
      /^deployment "hello" exceeded its progress deadline \(10s\): ReplicaSet "hello-\w+" has timed out progressing\.; not ready: hello-\w+-\w+ \(Running, app: running, not ready\)/,
    );
    expect(ev.failure.events!.some((e) => e.includes('Unhealthy'))).toBe(true);
  });

  test('right after a rollback the stale ProgressDeadlineExceeded is ignored (kubectl would fail here)', () => {
    const f = fixture('rollback-stale-deadline');
    const progressing = f.workload.status.conditions.find((c: { type: string }) => c.type === 'Progressing');
    expect(progressing.reason).toBe('ProgressDeadlineExceeded'); // the recorded state really is stale
    expect(progressing.lastUpdateTime).toBe(f.target.changedAt); // same second as our rollback apply
    expect(evaluate(snapshotOf(f), f.target, opts).state).toBe('waiting');
    // Once the controller has observed the rollback but not yet refreshed the condition (kubernaut#199), a
    // kubectl-style check fails on it; we do not, because it predates our change.
    const observed = {
      ...f.workload,
      status: { ...f.workload.status, observedGeneration: f.workload.metadata.generation },
    };
    const snap = { ...snapshotOf(f), workload: observed };
    expect(evaluate(snap, f.target, opts).state).toBe('waiting');
    expect(evaluate(snap, { ...f.target, changedAt: undefined }, opts)).toMatchObject({
      state: 'failed',
      failure: { reason: 'ProgressDeadlineExceeded' },
    });
    const done = fixture('rollback-complete');
    expect(evaluate(snapshotOf(done), done.target, opts)).toMatchObject({ state: 'complete', revision: '3' });
  });

  test('superseded: another manager’s template replaced ours before it completed', () => {
    const { ev } = run('superseded');
    expect(ev.state).toBe('superseded');
    expect(ev).toHaveProperty('revision', '3');
    expect((ev as { message: string }).message).toMatch(
      /was changed by someone else during the rollout \(now generation 3, revision 3\)/,
    );
  });

  test('StatefulSet, DaemonSet, Job', () => {
    expect(run('statefulset-complete').ev).toMatchObject({
      state: 'complete',
      message: expect.stringMatching(/^statefulset "db" rolled out \(2 pods at revision db-\w+\)$/),
    });
    expect(run('daemonset-complete').ev).toMatchObject({
      state: 'complete',
      revision: '1',
      message: 'daemon set "agent" successfully rolled out (1 pods)',
    });
    expect(run('job-complete').ev).toMatchObject({
      state: 'complete',
      message: 'job "migrate" completed (1 succeeded)',
    });
  });

  test('a deleted workload fails; an unseen one waits', () => {
    const f = fixture('deployment-complete');
    expect(evaluate({ ...snapshotOf(f), deleted: true }, f.target, opts)).toMatchObject({
      state: 'failed',
      failure: { reason: 'Deleted' },
    });
    expect(evaluate({ ...snapshotOf(f), workload: undefined }, f.target, opts).state).toBe('waiting');
  });

  test('pods of the old ReplicaSet are never blamed', () => {
    // The image-pull fixture's failing pod belongs to the new ReplicaSet; make the new one look healthy by
    // pinning the target to generation 1 (not observed yet → no new ReplicaSet known): no failure.
    const f = fixture('image-pull-backoff');
    const stale = { ...f.workload, status: { ...f.workload.status, observedGeneration: 1 } };
    expect(evaluate({ ...snapshotOf(f), workload: stale }, f.target, opts).state).toBe('waiting');
  });

  test('newReplicaSet finds the ReplicaSet of the current template; revisionOf reads each kind', () => {
    const f = fixture('crash-loop');
    const rs = newReplicaSet(f.workload, f.replicaSets)!;
    expect(rs.metadata.annotations!['deployment.kubernetes.io/revision']).toBe('2');
    expect(withoutHash(rs.spec.template)).toEqual(f.workload.spec.template);
    expect(revisionOf(f.workload, 'Deployment')).toBe('2');
    expect(revisionOf(fixture('statefulset-complete').workload, 'StatefulSet')).toMatch(/^db-/);
  });

  test('describePod says what a pod is doing in one line', () => {
    const f = fixture('unschedulable');
    expect(describePod(f.pods[0]!)).toMatch(/^hello-\w+-\w+ \(Unschedulable: 0\/1 nodes are available/);
    const crash = fixture('crash-loop').pods.find((p) => p.status?.containerStatuses?.[0]?.restartCount)!;
    expect(describePod(crash)).toMatch(
      /\(Running, app: waiting CrashLoopBackOff, not ready, \d+ restarts\)$/,
    );
  });
});
