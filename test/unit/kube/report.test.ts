import {
  cleanTemplate,
  failureLines,
  newReplicaSet,
  type RolloutResult,
  rollbackObject,
  summaryMarkdown,
  withoutHash,
} from '../../../packages/kube/src/index.js';
import { fixture } from './fixtures.js';

const base: RolloutResult = {
  status: 'succeeded',
  server: 'https://10.0.0.1:6443',
  serverVersion: 'v1.34.4',
  username: 'kubernetes-admin',
  revision: '2',
  previousRevision: '1',
  recovery: [],
  cancelled: false,
  objects: [
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      namespace: 'web',
      name: 'hello-config',
      action: 'unchanged',
      file: 'app.yaml',
      line: 1,
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      namespace: 'web',
      name: 'hello',
      action: 'configured',
      file: 'app.yaml',
      line: 9,
      revision: '2',
      previousRevision: '1',
      outcome: 'rolled-out',
    },
  ],
  timings: { validatedMs: 120, appliedMs: 180, settledMs: 2400, totalMs: 2500 },
};

describe('summary', () => {
  test('success: verdict, server, revisions, one row per object with its source line', () => {
    const md = summaryMarkdown(base);
    expect(md).toContain('### k8s-rollout: ✅ rolled out');
    expect(md).toContain('revision 2 (previous 1)');
    expect(md).toContain('| Deployment | web | hello | configured | 1 → 2 | rolled-out | app.yaml:9 |');
    expect(md).toContain('| ConfigMap | web | hello-config | unchanged |  |  | app.yaml:1 |');
    expect(md).not.toContain('Failure');
  });

  test('failure: the pod, container, reason, message (pipes escaped), events, recovery', () => {
    const r: RolloutResult = {
      ...base,
      status: 'rolled-back',
      failure: {
        kind: 'Deployment',
        namespace: 'web',
        name: 'hello',
        reason: 'ImagePullBackOff',
        message: 'pull a|b failed',
        pod: 'hello-1',
        container: 'app',
        events: ['Warning Failed Pod/hello-1: x'],
      },
      recovery: [
        'Deployment web/hello: rolled back to the previous pod template (revision 1, now revision 3).',
      ],
    };
    const md = summaryMarkdown(r);
    // The status says what a rollback is: the pod templates (and what they read), not the whole change.
    expect(md).toContain(
      '↩️ failed, rolled back (pod templates and the ConfigMaps/Secrets they read; other changes stay applied)',
    );
    expect(md).toContain('| Deployment web/hello | hello-1 | app | ImagePullBackOff | pull a\\|b failed |');
    expect(md).toContain('Warning Failed Pod/hello-1: x');
    expect(md).toContain('- Deployment web/hello: rolled back to the previous pod template');
    expect(failureLines(r)).toEqual([
      'ImagePullBackOff: Deployment web/hello, pod hello-1, container app',
      '  pull a|b failed',
      '  last events:',
      '    Warning Failed Pod/hello-1: x',
    ]);
  });
});

describe('rollback object', () => {
  test('the previous ReplicaSet’s template, without pod-template-hash or server-only fields, in what we applied', () => {
    const f = fixture('crash-loop');
    const oldRs = f.replicaSets.find(
      (rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === '1',
    )!;
    const template = cleanTemplate(withoutHash(oldRs.spec.template)) as {
      metadata: { labels: Record<string, string> };
    };
    expect(template.metadata.labels).toEqual({ app: 'hello' });
    expect(JSON.stringify(template)).not.toContain('creationTimestamp');
    const obj = rollbackObject(
      f.workload,
      { live: f.workload, revision: '1', template },
      'goship: rollback to revision 1',
    );
    expect(obj.spec.template).toBe(template);
    expect(obj.spec.selector).toEqual(f.workload.spec.selector);
    expect(obj.metadata.annotations!['kubernetes.io/change-cause']).toBe('goship: rollback to revision 1');
    expect(f.workload.spec.template.spec.containers[0].image).toBe('registry.example/acme/hello:2.0.0'); // input untouched
    // Applied, that template makes the old ReplicaSet the Deployment's current one again.
    expect(
      newReplicaSet(
        { ...f.workload, spec: { ...f.workload.spec, template: oldRs.spec.template } },
        f.replicaSets,
      )?.metadata.name,
    ).toBe(oldRs.metadata.name);
  });
});
