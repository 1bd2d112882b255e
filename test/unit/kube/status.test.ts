/* kubectl's completion rules on recorded objects, and on variants of them for the branches a run rarely shows. */
import {
  daemonSetProgress,
  deploymentProgress,
  isStale,
  jobProgress,
  lastEvents,
  podFailure,
  statefulSetProgress,
} from '../../../packages/kube/src/index.js';
import { fixture } from './fixtures.js';

const clone = <T>(v: T): T => structuredClone(v);

describe('rollout status rules', () => {
  test('Deployment: kubectl’s order of checks', () => {
    const d = clone(fixture('deployment-complete').workload);
    expect(deploymentProgress(d).state).toBe('complete');
    expect(deploymentProgress({ ...d, metadata: { ...d.metadata, generation: 9 } }).message).toBe(
      'waiting for the deployment spec update to be observed',
    );
    expect(deploymentProgress({ ...d, spec: { ...d.spec, replicas: 3 } }).message).toBe(
      '2 of 3 new replicas have been updated',
    );
    expect(deploymentProgress({ ...d, status: { ...d.status, replicas: 3 } }).message).toBe(
      '1 old replicas are pending termination',
    );
    expect(deploymentProgress({ ...d, status: { ...d.status, availableReplicas: 1 } }).message).toBe(
      '1 of 2 updated replicas are available',
    );
    const failed = fixture('progress-deadline').workload;
    expect(deploymentProgress(failed)).toMatchObject({ state: 'failed', reason: 'ProgressDeadlineExceeded' });
  });

  test('a deadline condition written no later than our change is stale', () => {
    const c = {
      type: 'Progressing',
      status: 'False' as const,
      reason: 'ProgressDeadlineExceeded',
      lastUpdateTime: '2026-01-01T10:00:05Z',
    };
    expect(isStale(c, '2026-01-01T10:00:05Z')).toBe(true);
    expect(isStale(c, '2026-01-01T10:00:06Z')).toBe(true);
    expect(isStale(c, '2026-01-01T10:00:04Z')).toBe(false);
    expect(isStale(c, undefined)).toBe(false);
  });

  test('StatefulSet: ready replicas, partition, revisions, OnDelete', () => {
    const s = clone(fixture('statefulset-complete').workload);
    expect(statefulSetProgress(s).state).toBe('complete');
    expect(statefulSetProgress({ ...s, status: { ...s.status, readyReplicas: 1 } }).message).toBe(
      '1 of 2 pods are ready',
    );
    expect(
      statefulSetProgress({ ...s, status: { ...s.status, updateRevision: 'db-new', updatedReplicas: 1 } })
        .message,
    ).toBe('1 of 2 pods at revision db-new');
    const partitioned = {
      ...s,
      spec: { ...s.spec, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } } },
    };
    expect(statefulSetProgress({ ...partitioned, status: { ...s.status, updatedReplicas: 0 } }).state).toBe(
      'waiting',
    );
    expect(statefulSetProgress({ ...partitioned, status: { ...s.status, updatedReplicas: 1 } }).message).toBe(
      'partitioned roll out complete: 1 new pods',
    );
    expect(
      statefulSetProgress({ ...s, spec: { ...s.spec, updateStrategy: { type: 'OnDelete' } } }).message,
    ).toContain('OnDelete strategy: no rollout to wait for');
  });

  test('DaemonSet: updated pods scheduled, then available', () => {
    const ds = clone(fixture('daemonset-complete').workload);
    expect(daemonSetProgress(ds).state).toBe('complete');
    expect(daemonSetProgress({ ...ds, status: { ...ds.status, updatedNumberScheduled: 0 } }).message).toBe(
      '0 of 1 updated pods are scheduled',
    );
    expect(daemonSetProgress({ ...ds, status: { ...ds.status, numberAvailable: 0 } }).message).toBe(
      '0 of 1 updated pods are available',
    );
  });

  test('Job: Complete, or Failed with the controller’s reason', () => {
    const job = clone(fixture('job-complete').workload);
    expect(jobProgress(job).state).toBe('complete');
    const failed = {
      ...job,
      status: {
        conditions: [
          {
            type: 'Failed',
            status: 'True',
            reason: 'BackoffLimitExceeded',
            message: 'Job has reached the specified backoff limit',
          },
        ],
      },
    };
    expect(jobProgress(failed)).toEqual({
      state: 'failed',
      reason: 'BackoffLimitExceeded',
      message: 'job "migrate" failed: Job has reached the specified backoff limit',
    });
    expect(jobProgress({ ...job, status: { active: 1 } }).message).toBe(
      '0 of 1 completions, 1 active, 0 failed',
    );
  });
});

describe('pod failures', () => {
  test('the crash-loop threshold counts restarts', () => {
    const pod = fixture('crash-loop').pods.find((p) => p.status?.containerStatuses?.[0]?.restartCount >= 3)!;
    const restarts = pod.status.containerStatuses[0].restartCount as number;
    expect(podFailure(pod, { failureThreshold: restarts })?.reason).toBe('CrashLoopBackOff');
    expect(podFailure(pod, { failureThreshold: restarts + 1 })).toBeUndefined();
  });

  test('a terminating pod is never blamed; a healthy one is fine', () => {
    const pod = clone(fixture('image-pull-backoff').pods.find((p) => p.status?.phase === 'Pending')!);
    expect(podFailure(pod, { failureThreshold: 3 })?.reason).toBe('ImagePullBackOff');
    pod.metadata.deletionTimestamp = '2026-01-01T00:00:00Z';
    expect(podFailure(pod, { failureThreshold: 3 })).toBeUndefined();
    expect(podFailure(fixture('deployment-complete').pods[0]!, { failureThreshold: 1 })).toBeUndefined();
  });

  test('an init container that exits non-zero in a pod that never restarts (a Job) fails at once', () => {
    const pod = clone(fixture('init-crash-loop').pods.find((p) => p.status?.initContainerStatuses)!);
    pod.status.initContainerStatuses[0] = {
      name: 'wait-db',
      restartCount: 0,
      state: { terminated: { exitCode: 2, message: 'db:5432 unreachable' } },
    };
    expect(podFailure(pod, { failureThreshold: 3 })).toMatchObject({
      reason: 'Init:Error',
      container: 'wait-db',
      message: 'init container "wait-db" exited with code 2: db:5432 unreachable',
    });
  });

  test('lastEvents: the pod’s events, oldest first, at most N', () => {
    const f = fixture('image-pull-backoff');
    const pod = f.pods.find((p) => p.status?.phase === 'Pending')!;
    const lines = lastEvents(f.events, new Set([pod.metadata.uid!]), 3);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.every((l) => l.includes(`Pod/${pod.metadata.name}`))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Warning (BackOff|Failed)/);
  });
});
