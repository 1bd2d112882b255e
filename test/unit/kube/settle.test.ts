import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { podFailure, restartCounts } from '../../../packages/kube/src/failure.js';
import { MIN_HOLD_MS, StartClock, settleWindow } from '../../../packages/kube/src/settle.js';

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
      maxMs: 10_000,
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
    expect(settleWindow('Deployment', template, slow, 10_000)?.maxMs).toBe(10_000);
  });
});

describe('the hold: what the evidence needs, bounded by settle-time', () => {
  const complete = fixture('deployment-complete');
  const window = settleWindow('Deployment', complete.workload.spec.template, complete.workload, 10_000)!;
  const running = complete.pods.filter(
    (p: { status?: { containerStatuses?: unknown[] } }) => p.status?.containerStatuses?.length,
  );
  // The same pods as the watch first delivers them: created, not started yet.
  const pending = running.map((p: object) => {
    const q = clone(p);
    q.status.containerStatuses = q.status.containerStatuses.map((c: object) => ({
      ...c,
      state: { waiting: { reason: 'ContainerCreating' } },
    }));
    return q;
  });

  test('a container seen starting is held three times its observed start, at least the minimum', () => {
    expect(running.length).toBeGreaterThan(0);
    const fast = new StartClock();
    for (const p of pending) fast.observe(p, 1000);
    for (const p of running) fast.observe(p, 1200); // started in 200 ms
    expect(fast.holdUntil(running, window, 1300)).toBe(1200 + MIN_HOLD_MS);

    const slow = new StartClock();
    for (const p of pending) slow.observe(p, 1000);
    for (const p of running) slow.observe(p, 2500); // started in 1.5 s: held 4.5 s
    expect(slow.holdUntil(running, window, 2600)).toBe(2500 + 4500);

    const pulled = new StartClock();
    for (const p of pending) pulled.observe(p, 1000);
    for (const p of running) pulled.observe(p, 21_000); // a 20 s image pull: capped at settle-time
    expect(pulled.holdUntil(running, window, 21_000)).toBe(21_000 + 10_000);
  });

  test('uptime gathered before completion counts: a container up long enough is not held', () => {
    const clock = new StartClock();
    for (const p of pending) clock.observe(p, 0);
    for (const p of running) clock.observe(p, 100);
    expect(clock.holdUntil(running, window, 60_000)).toBe(60_000);
  });

  test('a container already running when first seen: its start read from its timestamps, 1 s longer', () => {
    // Recorded: created and started in the same second → at most 1 s → the minimum hold, from first sight.
    for (const p of running)
      expect(p.status.containerStatuses[0].state.running.startedAt).toBe(p.metadata.creationTimestamp);
    const late = new StartClock();
    for (const p of running) late.observe(p, 5000);
    expect(late.holdUntil(running, window, 5000)).toBe(5000 + MIN_HOLD_MS);

    const slowStart = running.map((p: object) => {
      const q = clone(p);
      const started = new Date(Date.parse(q.metadata.creationTimestamp) + 2000).toISOString();
      q.status.containerStatuses[0].state.running.startedAt = started;
      return q;
    });
    const slow = new StartClock();
    for (const p of slowStart) slow.observe(p, 5000);
    expect(slow.holdUntil(slowStart, window, 5000)).toBe(5000 + 9000); // (2 s + 1 s) × 3
  });

  test('without timestamps, or not running yet, a container is held for all of settle-time', () => {
    const stamped = running.map((p: object) => {
      const q = clone(p);
      delete q.status.containerStatuses[0].state.running.startedAt;
      return q;
    });
    const late = new StartClock();
    for (const p of stamped) late.observe(p, 5000);
    expect(late.holdUntil(stamped, window, 5000)).toBe(15_000);
    const unseen = new StartClock();
    for (const p of pending) unseen.observe(p, 0);
    expect(unseen.holdUntil(pending, window, 7000)).toBe(17_000);
  });

  test('a restart is a new instance whose uptime starts again', () => {
    const clock = new StartClock();
    for (const p of pending) clock.observe(p, 0);
    for (const p of running) clock.observe(p, 100);
    const restarted = running.map((p: object) => {
      const q = clone(p);
      for (const c of q.status.containerStatuses) c.restartCount = (c.restartCount ?? 0) + 1;
      return q;
    });
    for (const p of restarted) clock.observe(p, 30_000);
    // Its observed start now spans the pod's whole life: capped at settle-time from the restart.
    expect(clock.holdUntil(restarted, window, 30_000)).toBe(40_000);
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

  test('an exit while held counts at once, before the kubelet restarts the container', () => {
    const exited = clone(crashing);
    const e = exited.status.containerStatuses[0];
    e.restartCount = 0;
    e.state = { terminated: { exitCode: 3, reason: 'Error' } };
    const cause = podFailure(exited, { failureThreshold: 3, restartsAtComplete: restartCounts([exited]) });
    expect(cause).toMatchObject({ reason: 'CrashAfterReady', container: c.name });
    expect(cause?.message).toContain(`container "${c.name}" exited after the rollout looked complete`);
    expect(cause?.message).toContain('exit code 3 (Error)');
    // Outside a hold an exit is judged by the usual rules (a crash loop at the failure threshold).
    expect(podFailure(exited, { failureThreshold: 3 })).toBeUndefined();
  });

  test('restarts from before completion do not count again', () => {
    expect(
      podFailure(crashing, { failureThreshold: 3, restartsAtComplete: restartCounts([crashing]) }),
    ).toBeUndefined();
  });
});
