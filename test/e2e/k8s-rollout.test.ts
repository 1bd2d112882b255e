/*
 * k8s-rollout end to end: the bundled dist/k8s-rollout run as the Actions runner runs it, against the
 * real control plane of test/infra/cluster (kube-apiserver, controller-manager, scheduler; kwok plays the
 * kubelets and injects pod failures by the `goship.test/fail` annotation). Every verdict below comes from
 * the real deployment controller and scheduler; every check of the cluster's state uses the real kubectl.
 *   GOSHIP_INFRA=cluster npx jest test/e2e/k8s-rollout
 * One namespace per test. The API-server restart tests run on a private cluster of their own (a second
 * `up` with its own GOSHIP_STATE, ~6 s), so restarting its API server cannot disturb other suites.
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { jest } from '@jest/globals';
import { load } from 'js-yaml';
import { requireEnv } from '../harness/infra.js';
import { type ActionResult, type RunOptions, repoRoot, runAction } from '../harness/run-action.js';

jest.setTimeout(180_000);

const { KUBECTL } = requireEnv('KUBECONFIG', 'KUBECTL');
/** The cluster the tests talk to: the shared one, or a private one (see the restart tests). */
const cluster = { KUBECONFIG: requireEnv('KUBECONFIG').KUBECONFIG, state: process.env.GOSHIP_STATE };

function kubectl(args: string[], input?: string): string {
  return execFileSync(KUBECTL, args, {
    env: { ...process.env, KUBECONFIG: cluster.KUBECONFIG },
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}
// biome-ignore lint/suspicious/noExplicitAny: kubectl's JSON, read field by field in assertions
type Json = any;

interface Kubeconfig {
  clusters: { name: string; cluster: { server: string } }[];
  users: { name: string; user: Record<string, unknown> }[];
  contexts: { name: string; context: { cluster: string; user: string } }[];
}

function getJson<T = Json>(args: string[]): T {
  return JSON.parse(kubectl([...args, '-o', 'json'])) as T;
}
function exists(ns: string, what: string): boolean {
  return kubectl(['-n', ns, 'get', what, '--ignore-not-found', '-o', 'name']).trim() !== '';
}

const created: string[] = [];
// The fake node holds 110 pods: crash-looping leftovers of earlier tests would make later ones unschedulable.
afterAll(() => {
  if (created.length > 0) kubectl(['delete', 'namespace', '--wait=false', ...created]);
});

/** A fresh namespace (and workspace folder) for one test; deleted after the suite. */
function namespace(prefix: string): { ns: string; ws: string } {
  const ns = `${prefix}-${randomBytes(3).toString('hex')}`;
  kubectl(['create', 'namespace', ns]);
  created.push(ns);
  return { ns, ws: mkdtempSync(join(tmpdir(), `k8s-rollout-${prefix}-`)) };
}

interface AppOptions {
  name?: string;
  image?: string;
  replicas?: number;
  /** goship.test/fail value (kwok failure injection) */
  fail?: string;
  podAnnotations?: Record<string, string>;
  progressDeadlineSeconds?: number;
  nodeSelector?: Record<string, string>;
  selector?: Record<string, string>;
  namespace?: string;
  /** resources.requests.cpu of the container */
  cpu?: string;
}

/** A ConfigMap, a Service and a Deployment, as render-manifests would produce them. */
function app(o: AppOptions = {}): string {
  const name = o.name ?? 'hello';
  const labels = o.selector ?? { app: name };
  const annotations = { ...o.podAnnotations, ...(o.fail ? { 'goship.test/fail': o.fail } : {}) };
  const ns = o.namespace ? `\n  namespace: ${o.namespace}` : '';
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-config${ns}
data:
  PORT: "8080"
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}${ns}
spec:
  selector: ${JSON.stringify(labels)}
  ports:
  - {name: http, port: 80, targetPort: http}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}${ns}
spec:
  replicas: ${o.replicas ?? 2}
  progressDeadlineSeconds: ${o.progressDeadlineSeconds ?? 600}
  selector:
    matchLabels: ${JSON.stringify(labels)}
  template:
    metadata:
      labels: ${JSON.stringify(labels)}
      annotations: ${JSON.stringify(annotations)}
    spec:${o.nodeSelector ? `\n      nodeSelector: ${JSON.stringify(o.nodeSelector)}` : ''}
      containers:
      - name: app
        image: ${o.image ?? 'registry.example/acme/hello:1.0.0'}
        ports:
        - {name: http, containerPort: 8080}
        envFrom:
        - configMapRef: {name: ${name}-config}${o.cpu ? `\n        resources: {requests: {cpu: ${o.cpu}}}` : ''}
`;
}

function write(ws: string, file: string, text: string): string {
  writeFileSync(join(ws, file), text);
  return file;
}

function deploy(
  ws: string,
  inputs: RunOptions['inputs'],
  opts: Omit<RunOptions, 'inputs' | 'workspace'> = {},
): Promise<ActionResult> {
  return runAction('k8s-rollout', {
    workspace: ws,
    timeoutMs: 150_000,
    ...opts,
    inputs: { kubeconfig: cluster.KUBECONFIG, ...inputs },
  });
}

const errorAnnotations = (r: ActionResult) => r.annotations.filter((a) => a.level === 'error');
const image = (ns: string, name = 'hello') =>
  getJson(['-n', ns, 'get', 'deployment', name]).spec.template.spec.containers[0].image as string;
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The stdout of a run, without the lines that register masks (those carry the secrets on purpose). */
const printed = (r: ActionResult) =>
  `${r.stdout}\n${r.stderr}`
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

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

  test('cancellation (SIGINT from the runner): watches stop, the state left is reported, nothing rolled back', async () => {
    const { ns, ws } = namespace('cancel');
    const file = write(ws, 'app.yaml', app({ podAnnotations: { 'goship.test/ready-delay': '60s' } }));
    const r = await deploy(
      ws,
      { manifests: file, namespace: ns },
      { cancelAfterMs: 4000, timeoutMs: 60_000 },
    );
    expect(r.exitCode).toBe(1); // exited by itself, with the failure reported (not killed)
    expect(r.outputs.status).toBe('failed');
    const failure = JSON.parse(r.outputs.failure!);
    expect(failure.reason).toBe('Cancelled');
    expect(failure.message).toMatch(
      /cancelled by SIGINT while waiting; state left: Deployment [\w-]+\/hello: \d of 2 updated replicas are available/,
    );
    expect(r.stdout).toContain('nothing was rolled back');
    expect(r.summary).toContain('⏹️ cancelled');
    expect(exists(ns, 'deployment/hello')).toBe(true);
  });

  test('StatefulSet, DaemonSet and Job are watched with their own rules', async () => {
    const { ns, ws } = namespace('kinds');
    const text = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: db, image: registry.example/db:1}]}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec: {containers: [{name: agent, image: registry.example/agent:1}]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: migrate}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: migrate, image: registry.example/migrate:1}]
`;
    const r = await deploy(ws, { manifests: write(ws, 'kinds.yaml', text), namespace: ns });
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    const outcomes = JSON.parse(r.outputs.objects!).map(
      (o: { kind: string; outcome: string }) => `${o.kind}:${o.outcome}`,
    );
    expect(outcomes).toEqual(['DaemonSet:rolled-out', 'StatefulSet:rolled-out', 'Job:rolled-out']);
    expect(getJson(['-n', ns, 'get', 'statefulset', 'db']).status.readyReplicas).toBe(2);
    expect(getJson(['-n', ns, 'get', 'job', 'migrate']).status.succeeded).toBe(1);
    expect(r.stdout).toMatch(/job "migrate" completed/);
  });

  test('timeout: a rollout still progressing when `timeout` runs out fails with its last state, and is rolled back', async () => {
    const { ns, ws } = namespace('timeout');
    expect((await deploy(ws, { manifests: write(ws, 'v1.yaml', app()), namespace: ns })).exitCode).toBe(0);
    const slow = app({
      image: 'registry.example/acme/hello:2.0.0',
      podAnnotations: { 'goship.test/ready-delay': '120s' },
    });
    const r = await deploy(ws, { manifests: write(ws, 'v2.yaml', slow), namespace: ns, timeout: '4s' });
    expect(r.exitCode).toBe(1);
    const failure = JSON.parse(r.outputs.failure!);
    expect(failure.reason).toBe('Timeout');
    expect(failure.message).toMatch(
      /^not rolled out within the timeout \(4s\): \d+ of 2 (new replicas have been updated|updated replicas are available)/,
    );
    expect(r.outputs.status).toBe('rolled-back');
    expect(image(ns)).toBe('registry.example/acme/hello:1.0.0');
  });

  test('StatefulSet: a failed update is detected from its new-revision pod and rolled back (forced rollback)', async () => {
    const { ns, ws } = namespace('sts');
    const sts = (image: string, annotations = '{}') => `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}, annotations: ${annotations}}
    spec: {containers: [{name: db, image: '${image}'}]}
`;
    expect(
      (await deploy(ws, { manifests: write(ws, 'v1.yaml', sts('registry.example/db:1')), namespace: ns }))
        .exitCode,
    ).toBe(0);
    const r = await deploy(ws, {
      manifests: write(ws, 'v2.yaml', sts('registry.example/db:2', '{goship.test/fail: image-pull}')),
      namespace: ns,
      timeout: '60s',
    });
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.outputs.failure!)).toMatchObject({
      kind: 'StatefulSet',
      name: 'db',
      pod: 'db-1',
      reason: expect.stringMatching(/ErrImagePull|ImagePullBackOff/),
    });
    // The pod stuck at the bad revision is deleted, or the StatefulSet would wait for it for ever.
    expect(r.stdout).toContain('deleted pod db-1: stuck at the failed revision');
    expect(r.outputs.status).toBe('rolled-back');
    const live = getJson(['-n', ns, 'get', 'statefulset', 'db']);
    expect(live.spec.template.spec.containers[0].image).toBe('registry.example/db:1');
    expect(live.status.readyReplicas).toBe(2);
    expect(live.status.currentRevision).toBe(live.status.updateRevision);
  });

  test('prune: removes only objects with our apply-set label that left the manifests', async () => {
    const { ns, ws } = namespace('prune');
    const extra = `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: old-settings}\ndata: {A: "1"}\n`;
    expect(
      (
        await deploy(ws, {
          manifests: write(ws, 'v1.yaml', app() + extra),
          namespace: ns,
          'apply-set': 'hello',
        })
      ).exitCode,
    ).toBe(0);
    kubectl(['-n', ns, 'create', 'configmap', 'not-ours', '--from-literal=A=1']);
    // Another app's object in the same namespace, with a different apply set.
    kubectl(['-n', ns, 'create', 'configmap', 'other-app']);
    kubectl(['-n', ns, 'label', 'configmap', 'other-app', 'goship.dev/apply-set=other']);
    const r = await deploy(ws, {
      manifests: write(ws, 'v2.yaml', app()),
      namespace: ns,
      'apply-set': 'hello',
      prune: 'true',
    });
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    expect(exists(ns, 'configmap/old-settings')).toBe(false);
    expect(exists(ns, 'configmap/not-ours')).toBe(true);
    expect(exists(ns, 'configmap/other-app')).toBe(true);
    expect(exists(ns, 'configmap/hello-config')).toBe(true);
    const pruned = JSON.parse(r.outputs.objects!).filter((o: { action: string }) => o.action === 'pruned');
    expect(pruned).toEqual([
      expect.objectContaining({ kind: 'ConfigMap', name: 'old-settings', namespace: ns }),
    ]);
  });

  test('prune: two apps from one repository in one namespace, each with its apply set, never touch each other', async () => {
    const { ns, ws } = namespace('prune2');
    // Both apps come from the same repository (GITHUB_REPOSITORY acme/hello in the harness).
    const extra = (n: string) =>
      `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${n}-extra}\ndata: {A: "1"}\n`;
    const a = write(ws, 'a.yaml', app({ name: 'api' }) + extra('api'));
    const b = write(ws, 'b.yaml', app({ name: 'web' }) + extra('web'));
    // prune without an explicit apply set: refused before anything is applied (the repository-wide default
    // would make each app prune the other).
    const refused = await deploy(ws, { manifests: a, namespace: ns, prune: 'true' });
    expect(refused.exitCode).toBe(1);
    expect(refused.errors).toContain("Input 'apply-set': is empty while prune is true");
    expect(exists(ns, 'deployment/api')).toBe(false);
    for (const [file, set] of [
      [a, 'api'],
      [b, 'web'],
    ] as const) {
      const r = await deploy(ws, { manifests: file, namespace: ns, prune: 'true', 'apply-set': set });
      expect(r.errors).toBe('');
      expect(r.exitCode).toBe(0);
      expect(JSON.parse(r.outputs.objects!).filter((o: { action: string }) => o.action === 'pruned')).toEqual(
        [],
      );
    }
    // api drops its extra ConfigMap: only that goes; web's objects all stay.
    const r = await deploy(ws, {
      manifests: write(ws, 'a2.yaml', app({ name: 'api' })),
      namespace: ns,
      prune: 'true',
      'apply-set': 'api',
    });
    expect(r.errors).toBe('');
    expect(JSON.parse(r.outputs.objects!).filter((o: { action: string }) => o.action === 'pruned')).toEqual([
      expect.objectContaining({ kind: 'ConfigMap', name: 'api-extra' }),
    ]);
    for (const o of [
      'deployment/web',
      'service/web',
      'configmap/web-config',
      'configmap/web-extra',
      'deployment/api',
    ])
      expect(exists(ns, o)).toBe(true);
    expect(exists(ns, 'configmap/api-extra')).toBe(false);
  });

  test('prune: PersistentVolumeClaims, Secrets and cluster-scoped objects only when prune-kinds lists them; cluster-scoped objects with namespace set are warned about', async () => {
    const { ns, ws } = namespace('prunekinds');
    const role = `reader-${ns}`;
    const keepers = `---
apiVersion: v1
kind: Secret
metadata: {name: db}
stringData: {password: hunter2-long-password}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: ${role}}
rules: [{apiGroups: [""], resources: [pods], verbs: [get]}]
`;
    const v1 = write(ws, 'v1.yaml', app() + keepers);
    const first = await deploy(ws, { manifests: v1, namespace: ns, 'apply-set': 'hello' });
    expect(first.exitCode).toBe(0);
    const warnings = first.annotations.filter((a) => a.level === 'warning');
    expect(warnings.map((w) => w.message)).toEqual([
      `namespace: ${ns} is set, but 1 objects are cluster-scoped and are applied outside any namespace: ClusterRole ${role} (v1.yaml:${lineOf(app() + keepers, 'kind: ClusterRole') - 1})`,
    ]);
    try {
      const v2 = write(ws, 'v2.yaml', app());
      const r = await deploy(ws, { manifests: v2, namespace: ns, 'apply-set': 'hello', prune: 'true' });
      expect(r.errors).toBe('');
      expect(JSON.parse(r.outputs.objects!).filter((o: { action: string }) => o.action === 'pruned')).toEqual(
        [],
      );
      expect(exists(ns, 'secret/db')).toBe(true);
      expect(exists(ns, 'persistentvolumeclaim/data')).toBe(true);
      expect(kubectl(['get', 'clusterrole', role, '-o', 'name']).trim()).toBe(
        `clusterrole.rbac.authorization.k8s.io/${role}`,
      );
      const listed = await deploy(ws, {
        manifests: v2,
        namespace: ns,
        'apply-set': 'hello',
        prune: 'true',
        'prune-kinds': 'Secret, ClusterRole.rbac.authorization.k8s.io',
      });
      expect(listed.errors).toBe('');
      expect(
        JSON.parse(listed.outputs.objects!)
          .filter((o: { action: string }) => o.action === 'pruned')
          .map((o: { kind: string; name: string }) => `${o.kind}/${o.name}`)
          .sort(),
      ).toEqual([`ClusterRole/${role}`, 'Secret/db']);
      expect(exists(ns, 'secret/db')).toBe(false);
      expect(exists(ns, 'persistentvolumeclaim/data')).toBe(true);
    } finally {
      kubectl(['delete', 'clusterrole', role, '--ignore-not-found']);
    }
  });

  test('client-side apply (server-side: false) creates, then patches with a three-way merge', async () => {
    const { ns, ws } = namespace('csa');
    const withEnv = app().replace('data:\n  PORT: "8080"', 'data:\n  PORT: "8080"\n  DEBUG: "1"');
    expect(
      (await deploy(ws, { manifests: write(ws, 'v1.yaml', withEnv), namespace: ns, 'server-side': 'false' }))
        .exitCode,
    ).toBe(0);
    const r = await deploy(ws, {
      manifests: write(ws, 'v2.yaml', app()),
      namespace: ns,
      'server-side': 'false',
    });
    expect(r.errors).toBe('');
    expect(getJson(['-n', ns, 'get', 'configmap', 'hello-config']).data).toEqual({ PORT: '8080' });
  });

  test('exec credential plugin (a ServiceAccount token from `kubectl create token`), limited to one namespace', async () => {
    const { ns, ws } = namespace('exec');
    kubectl(['-n', ns, 'create', 'serviceaccount', 'deployer']);
    kubectl([
      '-n',
      ns,
      'create',
      'rolebinding',
      'deployer-admin',
      '--clusterrole=admin',
      `--serviceaccount=${ns}:deployer`,
    ]);
    const token = kubectl(['-n', ns, 'create', 'token', 'deployer']).trim();
    const plugin = join(ws, 'credential-plugin.sh');
    const credential = {
      apiVersion: 'client.authentication.k8s.io/v1',
      kind: 'ExecCredential',
      status: { token },
    };
    writeFileSync(plugin, `#!/bin/sh\ncat <<'EOF'\n${JSON.stringify(credential)}\nEOF\n`, { mode: 0o755 });
    const kc = load(readFileSync(cluster.KUBECONFIG, 'utf8')) as Kubeconfig;
    kc.users = [
      {
        name: 'deployer',
        user: {
          exec: { apiVersion: 'client.authentication.k8s.io/v1', command: plugin, interactiveMode: 'Never' },
        },
      },
    ];
    kc.contexts[0]!.context.user = 'deployer';
    writeFileSync(join(ws, 'exec.kubeconfig'), JSON.stringify(kc));
    const r = await deploy(ws, {
      manifests: write(ws, 'app.yaml', app()),
      namespace: ns,
      kubeconfig: 'exec.kubeconfig',
    });
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(`authenticated as 'system:serviceaccount:${ns}:deployer'`);
    expect(printed(r)).not.toContain(token);
    // The plugin is announced by name, and the token it returned is masked.
    expect(r.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toContain(
      `kubeconfig user 'deployer' gets its credentials from the exec plugin '${plugin}'`,
    );
    expect(r.masks).toContain(token);

    // The same identity outside its namespace: the server's "forbidden", naming the user; nothing applied.
    const { ns: other, ws: ws2 } = namespace('exec-other');
    writeFileSync(join(ws2, 'exec.kubeconfig'), JSON.stringify(kc));
    const denied = await deploy(ws2, {
      manifests: write(ws2, 'app.yaml', app()),
      namespace: other,
      kubeconfig: 'exec.kubeconfig',
    });
    expect(denied.exitCode).toBe(1);
    expect(denied.errors).toMatch(
      new RegExp(`forbidden: .*"system:serviceaccount:${ns}:deployer" cannot patch resource "configmaps"`),
    );
    expect(denied.errors).toContain("The kubeconfig's user 'deployer' lacks RBAC permission");
    expect(kubectl(['-n', other, 'get', 'deployments,services', '-o', 'name']).trim()).toBe('');
  });

  describe('bad input: a clear error, nothing applied', () => {
    let ns: string;
    let ws: string;
    beforeAll(() => {
      ({ ns, ws } = namespace('bad'));
      write(ws, 'app.yaml', app());
    });
    const nothingApplied = () => {
      expect(
        kubectl(['-n', ns, 'get', 'deployments,configmaps,services', '-o', 'name'])
          .split('\n')
          .filter((l) => l && l !== 'configmap/kube-root-ca.crt'),
      ).toEqual([]);
    };

    test('kubeconfig empty: no silent fallback to KUBECONFIG or ~/.kube/config; kubeconfig-from-env opts in', async () => {
      // A self-hosted runner whose environment points at a (real, working) cluster.
      const home = mkdtempSync(join(tmpdir(), 'home-'));
      execFileSync('mkdir', ['-p', join(home, '.kube')]);
      writeFileSync(join(home, '.kube/config'), readFileSync(cluster.KUBECONFIG));
      const env = { HOME: home, KUBECONFIG: cluster.KUBECONFIG };
      const r = await runAction('k8s-rollout', {
        workspace: ws,
        env,
        inputs: { manifests: 'app.yaml', namespace: ns },
      });
      expect(r.exitCode).toBe(1);
      expect(r.errors).toContain("Input 'kubeconfig': is empty.");
      expect(r.errors).toContain('kubeconfig-from-env: true');
      nothingApplied();
      const none = await runAction('k8s-rollout', {
        workspace: ws,
        env: { HOME: ws },
        inputs: { manifests: 'app.yaml', namespace: ns, 'kubeconfig-from-env': 'true' },
      });
      expect(none.exitCode).toBe(1);
      expect(none.errors).toContain('there is no KUBECONFIG nor ~/.kube/config');
      nothingApplied();
      const opted = await runAction('k8s-rollout', {
        workspace: ws,
        env,
        inputs: { manifests: 'app.yaml', namespace: ns, 'kubeconfig-from-env': 'true', 'wait-for': 'none' },
      });
      expect(opted.errors).toBe('');
      expect(opted.exitCode).toBe(0);
      kubectl([
        '-n',
        ns,
        'delete',
        'deployment,service,configmap',
        'hello',
        'hello-config',
        '--ignore-not-found',
      ]);
      nothingApplied();
    });

    test('kubeconfig with a duplicate key: file:line only, the token never printed; insecure servers refused', async () => {
      const kc = readFileSync(cluster.KUBECONFIG, 'utf8');
      const key = (load(kc) as Kubeconfig).users[0]!.user['client-key-data'] as string;
      const dup = kc.replace(/^(\s+)client-key-data: (.*)$/m, '$1client-key-data: $2\n$1client-key-data: $2');
      expect(dup).not.toBe(kc);
      const r = await deploy(ws, { manifests: 'app.yaml', namespace: ns, kubeconfig: dup });
      expect(r.exitCode).toBe(1);
      expect(r.errors).toMatch(/Input 'kubeconfig': has a duplicate key at line \d+, column \d+/);
      expect(printed(r)).not.toContain(key);
      expect(printed(r)).not.toContain(key.slice(0, 40));
      // insecure-skip-tls-verify: refused, then allowed with insecure: true and a warning.
      const skip = load(kc) as Kubeconfig & { clusters: { cluster: Record<string, unknown> }[] };
      delete skip.clusters[0]!.cluster['certificate-authority-data'];
      delete skip.clusters[0]!.cluster['certificate-authority'];
      skip.clusters[0]!.cluster['insecure-skip-tls-verify'] = true;
      const refused = await deploy(ws, {
        manifests: 'app.yaml',
        namespace: ns,
        kubeconfig: JSON.stringify(skip),
      });
      expect(refused.exitCode).toBe(1);
      expect(refused.errors).toContain("Input 'insecure': is not set");
      expect(refused.errors).toContain('insecure-skip-tls-verify: true');
      nothingApplied();
      const allowed = await deploy(ws, {
        manifests: 'app.yaml',
        namespace: ns,
        kubeconfig: JSON.stringify(skip),
        insecure: 'true',
        'wait-for': 'none',
      });
      expect(allowed.errors).toBe('');
      expect(allowed.exitCode).toBe(0);
      expect(allowed.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual(
        expect.arrayContaining([
          expect.stringContaining(
            "sets insecure-skip-tls-verify: true: the server's certificate is not verified",
          ),
        ]),
      );
      kubectl([
        '-n',
        ns,
        'delete',
        'deployment,service,configmap',
        'hello',
        'hello-config',
        '--ignore-not-found',
      ]);
    });

    test('kubeconfig invalid: bad YAML, and a value that is neither YAML, base64 nor a file (not echoed)', async () => {
      const bad = await deploy(ws, {
        manifests: 'app.yaml',
        namespace: ns,
        kubeconfig: 'apiVersion: v1\nclusters: [oops\nusers: []',
      });
      expect(bad.exitCode).toBe(1);
      expect(bad.errors).toMatch(/Input 'kubeconfig': is not valid YAML at line \d+/);
      const secretish = 'eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2Vu.c2lnbmF0dXJl';
      const junk = await deploy(ws, { manifests: 'app.yaml', namespace: ns, kubeconfig: secretish });
      expect(junk.errors).toContain('is neither YAML, base64 nor an existing file');
      expect(printed(junk)).not.toContain(secretish);
      const missing = await deploy(ws, {
        manifests: 'app.yaml',
        namespace: ns,
        kubeconfig: './no/such/kubeconfig',
      });
      expect(missing.errors).toContain("Input 'kubeconfig': file './no/such/kubeconfig' does not exist");
      nothingApplied();
    });

    test('kubeconfig as content and as base64 both work', async () => {
      const text = readFileSync(cluster.KUBECONFIG, 'utf8');
      const { ns: okNs, ws: okWs } = namespace('kc-forms');
      write(okWs, 'app.yaml', app());
      const asContent = await deploy(okWs, {
        manifests: 'app.yaml',
        namespace: okNs,
        kubeconfig: text,
        'wait-for': 'none',
      });
      expect(asContent.errors).toBe('');
      const b64 = Buffer.from(text).toString('base64');
      const asBase64 = await deploy(okWs, {
        manifests: 'app.yaml',
        namespace: okNs,
        kubeconfig: b64,
        'wait-for': 'none',
      });
      expect(asBase64.errors).toBe('');
      expect(asBase64.masks).toContain(b64);
      expect(printed(asBase64)).not.toContain(b64);
    });

    test('wrong context', async () => {
      const r = await deploy(ws, { manifests: 'app.yaml', namespace: ns, context: 'prod-cluster' });
      expect(r.exitCode).toBe(1);
      expect(r.errors).toContain(
        "Input 'context': 'prod-cluster' is not a context in the kubeconfig (it has: 'goship-test')",
      );
      nothingApplied();
    });

    test('API server unreachable: retried, then fails naming the server', async () => {
      const kc = load(readFileSync(cluster.KUBECONFIG, 'utf8')) as Kubeconfig;
      const port = await closedPort();
      kc.clusters[0]!.cluster.server = `https://127.0.0.1:${port}`;
      const file = join(ws, 'unreachable.kubeconfig');
      writeFileSync(file, JSON.stringify(kc));
      const r = await deploy(ws, { manifests: 'app.yaml', namespace: ns, kubeconfig: file });
      expect(r.exitCode).toBe(1);
      expect(r.errors).toContain(
        `Cannot reach the API server at https://127.0.0.1:${port} (context 'goship-test'`,
      );
      expect(r.errors).toContain('ECONNREFUSED');
      expect(r.errors).toContain('gave up after 5 attempts');
      expect(r.stdout.match(/retrying in \d+ ms/g)?.length).toBe(4);
      nothingApplied();
    });

    test('unauthorized: names the user, never prints the token', async () => {
      const kc = load(readFileSync(cluster.KUBECONFIG, 'utf8')) as Kubeconfig;
      const token = `bogus-${randomBytes(16).toString('hex')}`;
      kc.users = [{ name: 'mallory', user: { token } }];
      kc.contexts[0]!.context.user = 'mallory';
      const file = join(ws, 'mallory.kubeconfig');
      writeFileSync(file, JSON.stringify(kc));
      const r = await deploy(ws, { manifests: 'app.yaml', namespace: ns, kubeconfig: file });
      expect(r.exitCode).toBe(1);
      expect(r.errors).toContain('Unauthorized: the API server at https://127.0.0.1:');
      expect(r.errors).toContain("rejected the credentials of user 'mallory'");
      expect(r.masks).toContain(token);
      expect(printed(r)).not.toContain(token);
      expect(r.summary).not.toContain(token);
      nothingApplied();
    });

    test('invalid manifests: YAML syntax (file:line) and an object the server rejects (dry-run, file:line)', async () => {
      const syntax = await deploy(ws, {
        manifests: write(
          ws,
          'syntax.yaml',
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: {a: b\n',
        ),
        namespace: ns,
      });
      expect(syntax.exitCode).toBe(1);
      expect(errorAnnotations(syntax)[0]).toMatchObject({ file: 'syntax.yaml' });
      expect(syntax.errors).toMatch(/syntax.yaml:\d+: invalid YAML/);
      const text = app().replace('replicas: 2', 'replicas: 2\n  replicaz: 3');
      const rejected = await deploy(ws, { manifests: write(ws, 'rejected.yaml', text), namespace: ns });
      expect(rejected.exitCode).toBe(1);
      expect(rejected.errors).toMatch(
        /rejected.yaml:\d+: Deployment [\w-]+\/hello is invalid: .*\.spec\.replicaz: field not declared in schema/,
      );
      expect(rejected.errors).toContain('nothing was applied');
      // Pointed at the offending field's line, in the message and the annotation.
      expect(errorAnnotations(rejected)[0]).toMatchObject({
        file: 'rejected.yaml',
        line: lineOf(text, 'replicaz: 3'),
      });
      expect(rejected.errors).toContain(`rejected.yaml:${lineOf(text, 'replicaz: 3')}: Deployment`);
      nothingApplied();
    });

    test('unknown kind: no such API on the server', async () => {
      const text = `${app()}---\napiVersion: apps/v1\nkind: deployment\nmetadata: {name: typo}\n---\napiVersion: widgets.example.com/v1\nkind: Widget\nmetadata: {name: w}\n`;
      const r = await deploy(ws, { manifests: write(ws, 'kinds.yaml', text), namespace: ns });
      expect(r.exitCode).toBe(1);
      const errs = errorAnnotations(r);
      expect(errs.map((e) => `${e.file}:${e.line}`)).toEqual([
        `kinds.yaml:${lineOf(text, 'kind: deployment')}`,
        `kinds.yaml:${lineOf(text, 'kind: Widget')}`,
      ]);
      expect(errs[0]!.message).toContain('no such API on the server: kind deployment in apps/v1');
      expect(errs[0]!.message).toContain('Did you mean kind Deployment?');
      expect(errs[1]!.message).toContain(
        'The server does not serve the API group/version widgets.example.com/v1',
      );
      nothingApplied();
    });

    test('namespace mismatch: an object in another namespace than the input', async () => {
      const text = app({ namespace: 'production' });
      const r = await deploy(ws, { manifests: write(ws, 'prod.yaml', text), namespace: ns });
      expect(r.exitCode).toBe(1);
      expect(r.errors).toContain(
        `is in namespace 'production', but the 'namespace' input is '${ns}' (namespace mismatch)`,
      );
      expect(errorAnnotations(r)[0]).toMatchObject({
        file: 'prod.yaml',
        line: lineOf(text, 'namespace: production'),
      });
      nothingApplied();
    });

    test('a namespace that does not exist', async () => {
      const r = await deploy(ws, { manifests: 'app.yaml', namespace: 'no-such-namespace' });
      expect(r.exitCode).toBe(1);
      expect(r.errors).toContain(
        "namespace 'no-such-namespace' does not exist on the server and the manifests do not create it",
      );
    });

    test('bad inputs are rejected before connecting', async () => {
      for (const [input, value, message] of [
        ['timeout', 'soon', "Input 'timeout': 'soon' is not a duration"],
        ['rollback', 'sometimes', "Input 'rollback': 'sometimes' is not supported"],
        ['failure-threshold', '0', "Input 'failure-threshold': 0 is out of range"],
        ['wait-for', 'Pod', "Input 'wait-for': 'Pod' is not a workload kind we can watch"],
        ['manifests', 'nope/*.yaml', "Input 'manifests': 'nope/*.yaml' matched no manifest file"],
      ] as const) {
        const r = await deploy(ws, { manifests: 'app.yaml', namespace: ns, [input]: value });
        expect(r.exitCode).toBe(1);
        expect(r.errors).toContain(message);
        expect(r.stdout).not.toContain('Connected to');
      }
      nothingApplied();
    });
  });

  test('immutable field change (selector): says which field and how to fix, nothing applied', async () => {
    const { ns, ws } = namespace('immutable');
    expect((await deploy(ws, { manifests: write(ws, 'v1.yaml', app()), namespace: ns })).exitCode).toBe(0);
    const text = app({ image: 'registry.example/acme/hello:2.0.0', selector: { app: 'hello', tier: 'web' } });
    const r = await deploy(ws, { manifests: write(ws, 'v2.yaml', text), namespace: ns });
    expect(r.exitCode).toBe(1);
    const [err] = errorAnnotations(r);
    expect(err!.message).toContain('field spec.selector is immutable');
    expect(err!.message).toContain('kubectl delete deployment hello');
    const deploymentAt = lineOf(text, 'kind: Deployment');
    const selectorAt = text.split('\n').findIndex((l, i) => i >= deploymentAt && l === '  selector:') + 1;
    expect(err).toMatchObject({ file: 'v2.yaml', line: selectorAt });
    expect(image(ns)).toBe('registry.example/acme/hello:1.0.0');
    // The Service's selector in the same manifests changed too, and was not applied either (dry-run first).
    expect(getJson(['-n', ns, 'get', 'service', 'hello']).spec.selector).toEqual({ app: 'hello' });
  });
});

/** A port nothing listens on (bound, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}
