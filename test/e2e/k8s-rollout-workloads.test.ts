/*
 * k8s-rollout end to end, continued (helpers in k8s-rollout-support.ts): StatefulSet, DaemonSet and Job
 * rules, cancellation, timeouts, prune and apply sets, client-side apply, an exec credential plugin, and bad
 * input refused before anything is applied — against the real control plane of test/infra/cluster.
 *   GOSHIP_INFRA=cluster npx jest test/e2e/k8s-rollout-workloads
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { load } from 'js-yaml';
import { runAction } from '../harness/run-action.js';
import {
  app,
  closedPort,
  cluster,
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
  write,
} from './k8s-rollout-support.js';

jest.setTimeout(180_000);

describe('k8s-rollout against a real control plane', () => {
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
