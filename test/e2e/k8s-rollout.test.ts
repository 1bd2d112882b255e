/*
 * k8s-rollout end to end: the bundled dist/k8s-rollout run as the Actions runner runs it, against the
 * real control plane of test/infra/cluster (kube-apiserver, controller-manager, scheduler; kwok plays the
 * kubelets and injects pod failures by the `goship.test/fail` annotation). Every verdict below comes from
 * the real deployment controller and scheduler; every check of the cluster's state uses the real kubectl.
 *   GOSHIP_INFRA=cluster npx jest test/e2e/k8s-rollout
 * One namespace per test. The API-server restart tests run on a private cluster of their own (a second
 * `up` with its own GOSHIP_STATE, ~6 s), so restarting its API server cannot disturb other suites.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { jest } from '@jest/globals';
import { load } from 'js-yaml';
import { repoRoot } from '../harness/run-action.js';
import {
  app,
  cluster,
  created,
  deploy,
  errorAnnotations,
  exists,
  getJson,
  image,
  type Kubeconfig,
  kubectl,
  lineOf,
  namespace,
  printed,
  waitFor,
  write,
} from './k8s-rollout-support.js';

jest.setTimeout(180_000);

describe('k8s-rollout against a real control plane', () => {
  test('first deploy: validated, applied in order, watched to completion; outputs, summary, change-cause', async () => {
    const { ns, ws } = namespace('first');
    const file = write(ws, 'app.yaml', app());
    const r = await deploy(ws, { manifests: file, namespace: ns, version: '1.0.0' });
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('succeeded');
    expect(r.outputs.revision).toBe('1');
    expect(r.outputs['previous-revision']).toBe('');
    expect(r.outputs.failure).toBe('');
    const objects = JSON.parse(r.outputs.objects!) as { kind: string; action: string; outcome?: string }[];
    expect(objects.map((o) => `${o.kind}:${o.action}:${o.outcome ?? ''}`)).toEqual([
      'ConfigMap:created:',
      'Service:created:',
      'Deployment:created:rolled-out',
    ]);
    expect(JSON.parse(r.outputs.json!).status).toBe('succeeded');
    // Dependency order in the log: ConfigMap, then Service, then Deployment.
    const order = ['ConfigMap', 'Service', 'Deployment'].map((k) => r.stdout.indexOf(`  ${k} ${ns}/`));
    expect(order.every((i, n) => i > 0 && (n === 0 || i > order[n - 1]!))).toBe(true);
    const d = getJson(['-n', ns, 'get', 'deployment', 'hello', '--show-managed-fields']);
    expect(d.status.availableReplicas).toBe(2);
    expect(d.metadata.annotations['kubernetes.io/change-cause']).toBe(
      'goship: version 1.0.0, commit 0000000, run https://github.com/acme/hello/actions/runs/1001',
    );
    expect(d.metadata.labels['goship.dev/apply-set']).toBe('acme.hello');
    expect(
      d.metadata.managedFields.some(
        (m: { manager: string; operation: string }) => m.manager === 'goship' && m.operation === 'Apply',
      ),
    ).toBe(true);
    expect(r.summary).toContain('rolled out');
    expect(r.summary).toMatch(
      /\| Deployment \| [\w-]+ \| hello \| created \| 1 \| rolled-out \| app.yaml:\d+ \|/,
    );
    // The kubeconfig's client key is masked, and printed nowhere else.
    const key = (load(readFileSync(cluster.KUBECONFIG, 'utf8')) as Kubeconfig).users[0]!.user[
      'client-key-data'
    ] as string;
    expect(r.masks).toContain(key);
    expect(printed(r)).not.toContain(key);
  });

  test('a second version over the first: new revision, previous revision recorded', async () => {
    const { ns, ws } = namespace('second');
    const v1 = write(ws, 'v1.yaml', app());
    expect((await deploy(ws, { manifests: v1, namespace: ns })).exitCode).toBe(0);
    const v2 = write(ws, 'v2.yaml', app({ image: 'registry.example/acme/hello:2.0.0' }));
    const r = await deploy(ws, { manifests: v2, namespace: ns, version: '2.0.0' });
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('succeeded');
    expect(r.outputs.revision).toBe('2');
    expect(r.outputs['previous-revision']).toBe('1');
    const objects = JSON.parse(r.outputs.objects!) as { kind: string; action: string }[];
    expect(objects.map((o) => `${o.kind}:${o.action}`)).toEqual([
      'ConfigMap:unchanged',
      'Service:unchanged',
      'Deployment:configured',
    ]);
    expect(image(ns)).toBe('registry.example/acme/hello:2.0.0');
    const d = getJson(['-n', ns, 'get', 'deployment', 'hello']);
    expect(d.status.updatedReplicas).toBe(2);
    expect(d.status.replicas).toBe(2);
  });

  test('image pull failure: detected from the pod (not the deadline), reported, rolled back to the first version', async () => {
    const { ns, ws } = namespace('pull');
    expect((await deploy(ws, { manifests: write(ws, 'v1.yaml', app()), namespace: ns })).exitCode).toBe(0);
    const text = app({ image: 'registry.example/acme/hello:does-not-exist', fail: 'image-pull' });
    const r = await deploy(ws, { manifests: write(ws, 'v2.yaml', text), namespace: ns });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rolled-back');
    expect(r.outputs['rolled-back']).toBe('true');
    const failure = JSON.parse(r.outputs.failure!);
    // The deadline is 600 s: a pod-level reason proves the failure was seen long before it.
    expect(['ErrImagePull', 'ImagePullBackOff']).toContain(failure.reason);
    expect(failure).toMatchObject({ kind: 'Deployment', namespace: ns, name: 'hello', container: 'app' });
    expect(failure.pod).toMatch(/^hello-/);
    expect(failure.message).toContain('registry.example/acme/hello:does-not-exist');
    // The pod template is the first version's again, and that version is fully available.
    expect(image(ns)).toBe('registry.example/acme/hello:1.0.0');
    const d = getJson(['-n', ns, 'get', 'deployment', 'hello']);
    expect(d.spec.template.metadata.annotations?.['goship.test/fail']).toBeUndefined();
    expect(d.metadata.annotations['kubernetes.io/change-cause']).toMatch(
      /rollback to revision 1 after (ErrImagePull|ImagePullBackOff)/,
    );
    expect(d.status.availableReplicas).toBe(2);
    expect(r.outputs.revision).toBe('3'); // kubectl rollout undo semantics: the old ReplicaSet comes back as a new revision
    expect(r.outputs['previous-revision']).toBe('1');
    // Log, annotation (at the image line of the manifest), summary.
    expect(r.stdout).toMatch(/FAILED (ErrImagePull|ImagePullBackOff)/);
    expect(r.stdout).toContain('Rolling back Deployment');
    const [err] = errorAnnotations(r);
    expect(err).toMatchObject({ file: 'v2.yaml', line: lineOf(text, 'image: registry.example') });
    expect(err!.message).toMatch(
      /Deployment .*\/hello: (ErrImagePull|ImagePullBackOff) \(rolled back: pod template only\)/,
    );
    expect(err!.message).toContain('Last events');
    expect(r.summary).toContain('↩️ failed, rolled back');
    expect(r.summary).toMatch(
      /\| Deployment [\w-]+\/hello \| hello-[\w-]+ \| app \| (ErrImagePull|ImagePullBackOff) \|/,
    );
    expect(r.summary).toContain("rolled back its pod template only, to the previous revision's (revision 1");
  });

  test('rollback restores the ConfigMap the previous pod template reads, when the failed release changed it', async () => {
    const { ns, ws } = namespace('cmback');
    const v1 = app().replace('PORT: "8080"', 'SERVER_PORT: "8080"');
    expect((await deploy(ws, { manifests: write(ws, 'v1.yaml', v1), namespace: ns })).exitCode).toBe(0);
    // The broken release changes the port in the ConfigMap the pods read, and the image.
    const v2 = app({ image: 'registry.example/acme/hello:broken', fail: 'image-pull' }).replace(
      'PORT: "8080"',
      'SERVER_PORT: "9090"',
    );
    const r = await deploy(ws, { manifests: write(ws, 'v2.yaml', v2), namespace: ns });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rolled-back');
    expect(image(ns)).toBe('registry.example/acme/hello:1.0.0');
    // The old pods would otherwise read the new port.
    expect(getJson(['-n', ns, 'get', 'configmap', 'hello-config']).data).toEqual({ SERVER_PORT: '8080' });
    expect(r.stdout).toContain(`Restoring ConfigMap ${ns}/hello-config to its content before this run`);
    expect(r.summary).toContain(`rolled back its pod template only`);
    expect(r.summary).toContain(`restored ConfigMap ${ns}/hello-config to their previous content`);
    expect(r.errors).toContain('(rolled back: pod template only)');
    // The Service this run left unchanged is untouched, and the Deployment is at the first version's revision.
    expect(getJson(['-n', ns, 'get', 'deployment', 'hello']).status.availableReplicas).toBe(2);
  });

  test('rollback honours force-conflicts: a field another manager took over meanwhile fails the rollback clearly, or is taken back', async () => {
    for (const force of [false, true]) {
      const { ns, ws } = namespace(force ? 'rbforce' : 'rbnoforce');
      const labelled = (text: string) =>
        text.replace('kind: Deployment\nmetadata:\n', 'kind: Deployment\nmetadata:\n  labels: {tier: web}\n');
      expect(
        (
          await deploy(ws, {
            manifests: write(ws, 'v1.yaml', labelled(app())),
            namespace: ns,
            'force-conflicts': String(force),
          })
        ).exitCode,
      ).toBe(0);
      // A release whose pods never become ready: the deployment controller gives up after 10 s.
      const v2 = labelled(
        app({ image: 'registry.example/acme/hello:2.0.0', fail: 'never-ready', progressDeadlineSeconds: 10 }),
      );
      const running = deploy(ws, {
        manifests: write(ws, 'v2.yaml', v2),
        namespace: ns,
        'force-conflicts': String(force),
      });
      // While it fails, another field manager takes over a field ours sets (not the pod template).
      for (let i = 0; i < 100 && image(ns) !== 'registry.example/acme/hello:2.0.0'; i++)
        await new Promise((res) => setTimeout(res, 100));
      kubectl([
        '-n',
        ns,
        'label',
        'deployment',
        'hello',
        'tier=batch',
        '--overwrite',
        '--field-manager=ops-team',
      ]);
      const r = await running;
      expect(r.exitCode).toBe(1);
      const d = getJson(['-n', ns, 'get', 'deployment', 'hello']);
      if (force) {
        expect(r.outputs.status).toBe('rolled-back');
        expect(image(ns)).toBe('registry.example/acme/hello:1.0.0');
        expect(d.metadata.labels.tier).toBe('web');
      } else {
        expect(r.outputs.status).toBe('failed');
        expect(r.stdout + r.errors).toMatch(/rollback could not be applied: .*conflict with "ops-team"/);
        expect(r.stdout + r.errors).toContain('force-conflicts: true');
        expect(d.metadata.labels.tier).toBe('batch');
        expect(image(ns)).toBe('registry.example/acme/hello:2.0.0');
      }
    }
  });

  test('crash loop past failure-threshold: detected, rolled back', async () => {
    const { ns, ws } = namespace('crash');
    expect((await deploy(ws, { manifests: write(ws, 'v1.yaml', app()), namespace: ns })).exitCode).toBe(0);
    const v2 = app({
      image: 'registry.example/acme/hello:2.0.0',
      fail: 'crash-loop',
      podAnnotations: { 'goship.test/restart-interval': '1s' },
    });
    const r = await deploy(ws, {
      manifests: write(ws, 'v2.yaml', v2),
      namespace: ns,
      'failure-threshold': '2',
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rolled-back');
    const failure = JSON.parse(r.outputs.failure!);
    expect(failure.reason).toBe('CrashLoopBackOff');
    expect(failure.message).toMatch(
      /container "app" restarted \d+ times \(failure-threshold 2\); last exit code 1 \(Error\)/,
    );
    expect(Number(/restarted (\d+) times/.exec(failure.message)![1])).toBeGreaterThanOrEqual(2);
    expect(image(ns)).toBe('registry.example/acme/hello:1.0.0');
    // The annotation points at the Deployment's document in the manifest.
    expect(errorAnnotations(r)[0]).toMatchObject({
      file: 'v2.yaml',
      line: lineOf(v2, 'apiVersion: apps/v1'),
    });
  });

  test('OOMKilled and CreateContainerConfigError are failures too (rollback: never leaves the new version)', async () => {
    const { ns, ws } = namespace('oom');
    expect((await deploy(ws, { manifests: write(ws, 'v1.yaml', app()), namespace: ns })).exitCode).toBe(0);
    const oom = await deploy(ws, {
      manifests: write(ws, 'oom.yaml', app({ image: 'x/y:oom', fail: 'oom' })),
      namespace: ns,
      rollback: 'never',
    });
    expect(oom.outputs.status).toBe('failed');
    expect(JSON.parse(oom.outputs.failure!).reason).toBe('OOMKilled');
    expect(image(ns)).toBe('x/y:oom');
    expect(oom.summary).toContain('rollback: never');
    const cfg = await deploy(ws, {
      manifests: write(ws, 'cfg.yaml', app({ image: 'x/y:cfg', fail: 'config-error' })),
      namespace: ns,
    });
    expect(JSON.parse(cfg.outputs.failure!).reason).toBe('CreateContainerConfigError');
    // Rolled back to the revision before this run — the OOM one, as `kubectl rollout undo` would — which
    // fails again: watched with the same rules, reported, and the status stays `failed`.
    expect(image(ns)).toBe('x/y:oom');
    expect(cfg.outputs.status).toBe('failed');
    expect(cfg.stdout).toMatch(/the rollback did not complete either: OOMKilled/);
  });

  test('unschedulable first deploy: detected from the scheduler, left as is (no previous revision), or deleted', async () => {
    const { ns, ws } = namespace('sched');
    // The cluster has amd64 and arm64 nodes (kwok) and a real node: no node is s390x.
    const text = app({ nodeSelector: { 'kubernetes.io/arch': 's390x' } });
    const r = await deploy(ws, { manifests: write(ws, 'app.yaml', text), namespace: ns });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('failed');
    const failure = JSON.parse(r.outputs.failure!);
    expect(failure.reason).toBe('Unschedulable');
    expect(failure.message).toMatch(/0\/\d+ nodes are available.*node affinity\/selector/);
    expect(r.stdout).toContain(
      'first deploy failed and there is no previous revision to roll back to; left as it is',
    );
    expect(exists(ns, 'deployment/hello')).toBe(true);
    expect(r.outputs['previous-revision']).toBe('');

    const { ns: ns2, ws: ws2 } = namespace('sched-del');
    const del = await deploy(ws2, {
      manifests: write(ws2, 'app.yaml', text),
      namespace: ns2,
      'on-first-failure': 'delete',
    });
    expect(del.outputs.status).toBe('failed');
    expect(del.stdout).toContain('deleted (on-first-failure: delete)');
    expect(exists(ns2, 'deployment/hello')).toBe(false);
    expect(
      JSON.parse(del.outputs.objects!).find((o: { kind: string }) => o.kind === 'Deployment').action,
    ).toBe('deleted');
  });

  test('never-ready pods: ProgressDeadlineExceeded from the deployment controller, rolled back; the stale condition does not fail the rollback', async () => {
    const { ns, ws } = namespace('deadline');
    expect(
      (
        await deploy(ws, {
          manifests: write(ws, 'v1.yaml', app({ progressDeadlineSeconds: 10 })),
          namespace: ns,
        })
      ).exitCode,
    ).toBe(0);
    const v2 = app({
      image: 'registry.example/acme/hello:2.0.0',
      fail: 'never-ready',
      progressDeadlineSeconds: 10,
    });
    const r = await deploy(ws, { manifests: write(ws, 'v2.yaml', v2), namespace: ns });
    expect(r.exitCode).toBe(1);
    const failure = JSON.parse(r.outputs.failure!);
    expect(failure.reason).toBe('ProgressDeadlineExceeded');
    expect(failure.message).toMatch(/exceeded its progress deadline \(10s\).*not ready: hello-/);
    expect(r.outputs.status).toBe('rolled-back');
    expect(image(ns)).toBe('registry.example/acme/hello:1.0.0');
    const d = getJson(['-n', ns, 'get', 'deployment', 'hello']);
    expect(d.status.availableReplicas).toBe(2);
  });

  test('quota: the ReplicaSet cannot create pods (ReplicaFailure) — detected from its condition, rolled back', async () => {
    const { ns, ws } = namespace('quota');
    kubectl(['-n', ns, 'create', 'quota', 'cpu', '--hard=requests.cpu=500m']);
    expect(
      (await deploy(ws, { manifests: write(ws, 'v1.yaml', app({ cpu: '100m' })), namespace: ns })).exitCode,
    ).toBe(0);
    // The new version asks for more CPU than the quota has left: its pods are refused at creation.
    const v2 = app({ image: 'registry.example/acme/hello:2.0.0', cpu: '1' });
    const r = await deploy(ws, { manifests: write(ws, 'v2.yaml', v2), namespace: ns });
    expect(r.exitCode).toBe(1);
    const failure = JSON.parse(r.outputs.failure!);
    expect(failure.reason).toBe('ReplicaFailure/FailedCreate');
    expect(failure.message).toContain('exceeded quota: cpu');
    expect(r.outputs.status).toBe('rolled-back');
    expect(image(ns)).toBe('registry.example/acme/hello:1.0.0');
  });

  test('superseded: another rollout replaces ours while we watch — reported, not rolled back', async () => {
    const { ns, ws } = namespace('superseded');
    expect((await deploy(ws, { manifests: write(ws, 'v1.yaml', app()), namespace: ns })).exitCode).toBe(0);
    const slow = app({
      image: 'registry.example/acme/hello:2.0.0',
      podAnnotations: { 'goship.test/ready-delay': '30s' },
    });
    const run = deploy(ws, { manifests: write(ws, 'v2.yaml', slow), namespace: ns });
    await waitFor(() => image(ns) === 'registry.example/acme/hello:2.0.0', 20_000);
    // Someone else's pipeline ships 3.0.0 over ours.
    kubectl(['-n', ns, 'set', 'image', 'deployment/hello', 'app=registry.example/acme/hello:3.0.0']);
    const r = await run;
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('failed');
    const failure = JSON.parse(r.outputs.failure!);
    expect(failure.reason).toBe('Superseded');
    expect(failure.message).toContain('was changed by someone else during the rollout');
    expect(r.stdout).toContain('Not rolled back: another rollout replaced ours');
    expect(image(ns)).toBe('registry.example/acme/hello:3.0.0');
  });

  test('concurrent apply by another field manager: the conflict is named, nothing applied; force-conflicts takes the field over', async () => {
    const { ns, ws } = namespace('conflict');
    expect((await deploy(ws, { manifests: write(ws, 'v1.yaml', app()), namespace: ns })).exitCode).toBe(0);
    // Someone else (e.g. an operator's `kubectl scale`-like apply) owns spec.replicas now.
    kubectl(
      ['-n', ns, 'apply', '--server-side', '--field-manager=ops-team', '--force-conflicts', '-f', '-'],
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: hello}\nspec: {replicas: 3}\n',
    );
    const text = app({ replicas: 4, image: 'registry.example/acme/hello:2.0.0' });
    const r = await deploy(ws, { manifests: write(ws, 'v2.yaml', text), namespace: ns });
    expect(r.exitCode).toBe(1);
    const [err] = errorAnnotations(r);
    expect(err!.message).toContain('conflict with "ops-team"');
    expect(err!.message).toContain('.spec.replicas');
    expect(err!.message).toContain('force-conflicts: true');
    expect(err!.message).toContain('nothing was applied');
    expect(err).toMatchObject({ file: 'v2.yaml', line: lineOf(text, 'replicas: 4') });
    expect(image(ns)).toBe('registry.example/acme/hello:1.0.0');
    expect(getJson(['-n', ns, 'get', 'deployment', 'hello']).spec.replicas).toBe(3);

    const forced = await deploy(ws, { manifests: 'v2.yaml', namespace: ns, 'force-conflicts': 'true' });
    expect(forced.errors).toBe('');
    expect(forced.exitCode).toBe(0);
    const d = getJson(['-n', ns, 'get', 'deployment', 'hello']);
    expect(d.spec.replicas).toBe(4);
    expect(d.status.availableReplicas).toBe(4);
  });

  describe('API server restarts (on a private cluster)', () => {
    const shared = { ...cluster };
    let sharedNamespaces: string[] = [];
    beforeAll(async () => {
      const state = mkdtempSync(join(tmpdir(), 'k8s-rollout-cluster-'));
      const { stdout } = await promisify(execFile)(join(repoRoot, 'test/infra/cluster/up'), [], {
        env: { ...process.env, GOSHIP_STATE: state },
      });
      cluster.KUBECONFIG = /^KUBECONFIG=(.*)$/m.exec(stdout)![1]!;
      cluster.state = state;
      sharedNamespaces = created.splice(0);
    }, 300_000);
    afterAll(async () => {
      const state = cluster.state!;
      Object.assign(cluster, shared);
      created.splice(0, created.length, ...sharedNamespaces);
      await promisify(execFile)(join(repoRoot, 'test/infra/cluster/down'), [], {
        env: { ...process.env, GOSHIP_STATE: state },
      });
      rmSync(state, { recursive: true, force: true });
    }, 120_000);

    test('API server restarted in the middle of the watch: the action reconnects and still reaches the verdict', async () => {
      const { ns, ws } = namespace('restart');
      const file = write(ws, 'app.yaml', app({ podAnnotations: { 'goship.test/ready-delay': '12s' } }));
      const run = deploy(ws, { manifests: file, namespace: ns, timeout: '2m' });
      await waitFor(() => exists(ns, 'deployment/hello'), 20_000);
      await promisify(execFile)(
        join(repoRoot, 'test/infra/cluster/restart-apiserver'),
        ['--kill', '--down', '2'],
        { env: { ...process.env, GOSHIP_STATE: cluster.state } },
      );
      const r = await run;
      expect(r.errors).toBe('');
      expect(r.exitCode).toBe(0);
      expect(r.outputs.status).toBe('succeeded');
      expect(r.stdout).toMatch(/connection lost/);
      expect(r.stdout).toMatch(
        /reconnected, resuming from resourceVersion \d+|is gone \(410\), listing again/,
      );
      expect(getJson(['-n', ns, 'get', 'deployment', 'hello']).status.availableReplicas).toBe(2);
    });

    test('API server restarted gracefully while a failure is developing: the failure is still detected and rolled back', async () => {
      const { ns, ws } = namespace('restart-fail');
      expect((await deploy(ws, { manifests: write(ws, 'v1.yaml', app()), namespace: ns })).exitCode).toBe(0);
      const v2 = app({
        image: 'registry.example/acme/hello:2.0.0',
        fail: 'crash-loop',
        podAnnotations: { 'goship.test/restart-interval': '3s' },
      });
      const run = deploy(ws, {
        manifests: write(ws, 'v2.yaml', v2),
        namespace: ns,
        'failure-threshold': '4',
        timeout: '2m',
      });
      await waitFor(
        () => getJson(['-n', ns, 'get', 'deployment', 'hello']).metadata.generation === 2,
        20_000,
      );
      await promisify(execFile)(join(repoRoot, 'test/infra/cluster/restart-apiserver'), [], {
        env: { ...process.env, GOSHIP_STATE: cluster.state },
      });
      const r = await run;
      expect(r.outputs.status).toBe('rolled-back');
      expect(JSON.parse(r.outputs.failure!).reason).toBe('CrashLoopBackOff');
      expect(image(ns)).toBe('registry.example/acme/hello:1.0.0');
    });
  });
});
