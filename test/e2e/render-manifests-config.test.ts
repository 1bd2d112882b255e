// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} placeholders in manifests are part of what is tested
/*
 * ConfigMap changes roll the pods, on the real node of test/infra/cluster: the user's manifest files (a
 * ConfigMap and a Deployment whose busybox container prints the value it reads from it at start) rendered
 * by the bundled render-manifests and rolled out by k8s-rollout; then ONLY the ConfigMap changes, and the
 * second rollout replaces every pod with one printing the new value. A third render of the same set is
 * byte for byte the second, and rolling it out creates no pod.
 *   GOSHIP_INFRA=registry,cluster npx jest test/e2e/render-manifests-config.test.ts
 * Needs the real node (REAL_NODE); without it the test is skipped and says why.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { jest } from '@jest/globals';
import { type ActionResult, repoRoot, runAction } from '../harness/run-action.js';

jest.setTimeout(600_000);

const env = process.env;
const realNode = env.REAL_NODE ?? '';
const skipReason = `no real node in the test cluster: ${env.REAL_NODE_UNAVAILABLE || 'REAL_NODE is empty (kwok only)'}`;
const realTest = realNode
  ? test
  : (name: string, ..._rest: unknown[]) => test.skip(`${name} [skipped: ${skipReason}]`, () => {});

const VERSION = '1.0.0';
const COMMIT = '0123456789abcdef0123456789abcdef01234567';

// biome-ignore lint/suspicious/noExplicitAny: kubectl's JSON, read field by field in assertions
type Json = any;

function kubectl(args: string[], input?: string): string {
  return execFileSync(env.KUBECTL!, args, { env: { ...env }, input, encoding: 'utf8', stdio: 'pipe' });
}

const APP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: greeter-config
data:
  GREETING: "\${GREETING}"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: greeter
spec:
  replicas: 2
  selector:
    matchLabels:
      app: greeter
  template:
    metadata:
      labels:
        app: greeter
    spec:
      terminationGracePeriodSeconds: 0
      containers:
        - name: greeter
          image: \${BUSYBOX}
          command: ["sh", "-c", "echo \\"greeting=$GREETING\\"; exec sleep 3600"]
          env:
            - name: GREETING
              valueFrom:
                configMapKeyRef:
                  name: greeter-config
                  key: GREETING
`;

let busybox = '';
let ns = '';
let ws = '';

beforeAll(async () => {
  if (!realNode) {
    process.stderr.write(`render-manifests-config e2e: ${skipReason}\n`);
    return;
  }
  const { stdout } = await promisify(execFile)(join(repoRoot, 'test/infra/images/build'), [], {
    env,
    maxBuffer: 1 << 20,
  });
  busybox = /^BASE_BUSYBOX=(.+)$/m.exec(stdout)![1]!;
  // A namespace whose pods run on the real node (PodNodeSelector + PodTolerationRestriction), as seed.test.ts.
  ns = `config-roll-${Date.now().toString(36)}`;
  kubectl(
    ['apply', '-f', '-'],
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: ns,
        annotations: {
          'scheduler.alpha.kubernetes.io/node-selector': 'type=real',
          'scheduler.alpha.kubernetes.io/defaultTolerations':
            '[{"key":"goship.test/real-node","operator":"Exists","effect":"NoSchedule"}]',
        },
      },
    }),
  );
  ws = mkdtempSync(join(tmpdir(), 'config-roll-'));
  writeFileSync(join(ws, 'app.yaml'), APP);
});

afterAll(() => {
  if (ns) kubectl(['delete', 'namespace', ns, '--wait=false']);
});

const expectOk = (r: ActionResult) => {
  if (r.exitCode !== 0)
    throw new Error(`exit ${r.exitCode}: ${r.errors}\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-2000)}`);
};

/** render-manifests of the user's file with this greeting; the rendered set's text. */
async function renderGreeting(greeting: string): Promise<{ manifests: string; text: string }> {
  const r = await runAction('render-manifests', {
    workspace: ws,
    timeoutMs: 120_000,
    inputs: {
      source: 'files',
      files: 'app.yaml',
      vars: `GREETING=${greeting}\nBUSYBOX=${busybox}`,
      namespace: ns,
      version: VERSION,
      commit: COMMIT,
    },
  });
  expectOk(r);
  return { manifests: r.outputs.manifests!, text: readFileSync(r.outputs.manifests!, 'utf8') };
}

async function rollout(manifests: string): Promise<void> {
  const r = await runAction('k8s-rollout', {
    timeoutMs: 400_000,
    inputs: { manifests, kubeconfig: env.KUBECONFIG!, namespace: ns, timeout: '240s', version: VERSION },
  });
  expectOk(r);
  expect(r.outputs.status).toBe('succeeded');
}

/** The greeter's pods that are not terminating, each with what it printed at start. */
async function greeters(): Promise<{ name: string; printed: string }[]> {
  // Old pods may still be listed (terminating) right after the rollout: wait for them to go.
  for (let i = 0; ; i++) {
    const pods: Json[] = JSON.parse(
      kubectl(['-n', ns, 'get', 'pods', '-l', 'app=greeter', '-o', 'json']),
    ).items;
    const live = pods.filter((p) => !p.metadata.deletionTimestamp);
    if (live.length === pods.length || i >= 120) {
      return live.map((p) => ({
        name: p.metadata.name as string,
        printed: kubectl(['-n', ns, 'logs', p.metadata.name]).trim(),
      }));
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Lines that differ between two renders (as `-old`/`+new`, in order). */
function changedLines(a: string, b: string): string[] {
  const x = a.split('\n');
  const y = b.split('\n');
  expect(y.length).toBe(x.length);
  return x.flatMap((line, i) => (line === y[i] ? [] : [`-${line.trim()}`, `+${y[i]!.trim()}`]));
}

describe('ConfigMap changes roll the pods (files source, real node)', () => {
  realTest(
    'only the ConfigMap changes: new pods print the new value; the same set rolls nothing',
    async () => {
      const first = await renderGreeting('hello-one');
      await rollout(first.manifests);
      const before = await greeters();
      expect(before.map((p) => p.printed)).toEqual(['greeting=hello-one', 'greeting=hello-one']);

      const second = await renderGreeting('hello-two');
      // The ConfigMap's value and the pod template's config hash: nothing else differs.
      const changed = changedLines(first.text, second.text);
      expect(changed).toEqual([
        '-GREETING: hello-one',
        '+GREETING: hello-two',
        expect.stringMatching(/^-goship\.dev\/config-hash: [0-9a-f]{16}$/),
        expect.stringMatching(/^\+goship\.dev\/config-hash: [0-9a-f]{16}$/),
      ]);
      await rollout(second.manifests);
      const after = await greeters();
      expect(after.map((p) => p.printed)).toEqual(['greeting=hello-two', 'greeting=hello-two']);
      const oldNames = new Set(before.map((p) => p.name));
      expect(after.filter((p) => oldNames.has(p.name))).toEqual([]);
      const generation = JSON.parse(kubectl(['-n', ns, 'get', 'deployment', 'greeter', '-o', 'json']))
        .metadata.generation;

      // Unchanged: the same bytes, the same template, the same pods.
      const third = await renderGreeting('hello-two');
      expect(third.text).toBe(second.text);
      await rollout(third.manifests);
      const deployment = JSON.parse(kubectl(['-n', ns, 'get', 'deployment', 'greeter', '-o', 'json']));
      expect(deployment.metadata.generation).toBe(generation);
      expect((await greeters()).map((p) => p.name).sort()).toEqual(after.map((p) => p.name).sort());
    },
  );
});
