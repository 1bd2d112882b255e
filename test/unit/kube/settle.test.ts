import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { podFailure, restartCounts } from '../../../packages/kube/src/failure.js';
import { settleWindow } from '../../../packages/kube/src/settle.js';

// Recorded objects from the real API server (fixtures/record.ts).
// biome-ignore lint/suspicious/noExplicitAny: recorded JSON
const fixture = (name: string): any =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', `${name}.json`), 'utf8'));
// biome-ignore lint/suspicious/noExplicitAny: recorded JSON
const clone = <T>(v: T): any => structuredClone(v);

describe('settleWindow', () => {
  const complete = fixture('deployment-complete');
  const template = complete.workload.spec.template;

  test('a template with a container without readiness probe is held', () => {
    expect(template.spec.containers.some((c: { readinessProbe?: unknown }) => !c.readinessProbe)).toBe(true);
    expect(settleWindow('Deployment', template, complete.workload, 10_000)).toEqual({
      ms: 10_000,
      unprobed: template.spec.containers
        .filter((c: { readinessProbe?: unknown }) => !c.readinessProbe)
        .map((c: { name: string }) => c.name),
    });
  });

  test('not held: every container probed, a Job, 0, or minReadySeconds covering the window', () => {
    const probed = clone(template);
    for (const c of probed.spec.containers) c.readinessProbe = { httpGet: { path: '/healthz', port: 8080 } };
    expect(settleWindow('Deployment', probed, complete.workload, 10_000)).toBeUndefined();
    expect(settleWindow('Job', template, complete.workload, 10_000)).toBeUndefined();
    expect(settleWindow('Deployment', template, complete.workload, 0)).toBeUndefined();
    const slow = clone(complete.workload);
    slow.spec.minReadySeconds = 10;
    expect(settleWindow('Deployment', template, slow, 10_000)).toBeUndefined();
    slow.spec.minReadySeconds = 5;
    expect(settleWindow('Deployment', template, slow, 10_000)?.ms).toBe(10_000);
  });
});

describe('a restart after the rollout looked complete', () => {
  // A pod of the recorded crash loop, as it was on its first restart (below the failure threshold of 3).
  const crashing = clone(
    fixture('crash-loop').pods.find(
      (p: { status?: { containerStatuses?: unknown[] } }) => p.status?.containerStatuses,
    )!,
  );
  const c = crashing.status.containerStatuses[0];
  c.restartCount = 1;
  c.lastState = { terminated: { exitCode: 1, reason: 'Error' } };
  c.state = { running: { startedAt: '2026-01-01T00:00:01Z' } };

  test('is below the usual threshold, so the usual rules let it pass', () => {
    expect(podFailure(crashing, { failureThreshold: 3 })).toBeUndefined();
  });

  test('fails while settling when the count grew since completion, naming the missing probe', () => {
    const before = clone(crashing);
    before.status.containerStatuses[0].restartCount = 0;
    expect(
      podFailure(crashing, { failureThreshold: 3, restartsAtComplete: restartCounts([before]) }),
    ).toMatchObject({
      reason: 'CrashAfterReady',
      container: c.name,
      message: expect.stringContaining('it has no readiness probe'),
    });
    // A pod that appeared after completion had no restarts then.
    expect(podFailure(crashing, { failureThreshold: 3, restartsAtComplete: new Map() })?.reason).toBe(
      'CrashAfterReady',
    );
  });

  test('restarts from before completion do not count again', () => {
    expect(
      podFailure(crashing, { failureThreshold: 3, restartsAtComplete: restartCounts([crashing]) }),
    ).toBeUndefined();
  });
});
