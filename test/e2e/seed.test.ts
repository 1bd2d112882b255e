/*
 * The seed (../shared/seed/), end to end on the real node of test/infra/cluster: examples/hello built by
 * the bundled go-build-ldflags (-X version/commit/date, port 8080), imaged by docker-multistage (assemble,
 * and the generated multi-stage Dockerfile with ARG APP_PORT/EXPOSE), the seed's manifests rendered by
 * render-manifests from user files with ${APP_PORT}-style placeholders (fixtures/seed/), rolled out by
 * k8s-rollout; then real HTTP through the NodePort from the host and through the Service's DNS name from a
 * pod. Every action runs as the runner runs it (test/harness/run-action.ts).
 *   GOSHIP_INFRA=go-mirror,registry,cluster npx jest test/e2e/seed.test.ts
 * Needs the real node (REAL_NODE); without it every test is skipped and says why.
 *
 * @goship-alone its zero-failed-answers poll through a rolling update measures the real node, not the load of other suites
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { jest } from '@jest/globals';
import { copyTracked } from '../harness/copy-tracked.js';
import { type ActionResult, type RunOptions, repoRoot, runAction } from '../harness/run-action.js';

jest.setTimeout(600_000);
const run = promisify(execFile);

const NODE_PORT = 30001;
const COMMIT_TIME = '2024-05-06T07:08:09Z';
const fixtures = join(repoRoot, 'test/e2e/fixtures/seed');
const env = process.env;
const realNode = env.REAL_NODE ?? '';
const skipReason = realNode
  ? ''
  : `no real node in the test cluster: ${env.REAL_NODE_UNAVAILABLE || 'REAL_NODE is empty (kwok only)'}`;
// A skipped test must say why in the test output, not pass silently.
const realTest = realNode
  ? test
  : (name: string, ..._rest: unknown[]) => test.skip(`${name} [skipped: ${skipReason}]`, () => {});

// biome-ignore lint/suspicious/noExplicitAny: kubectl's JSON, read field by field in assertions
type Json = any;

function kubectl(args: string[], input?: string): string {
  return execFileSync(env.KUBECTL!, args, {
    env: { ...env },
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}
const getJson = (args: string[]): Json => JSON.parse(kubectl([...args, '-o', 'json']));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One GET, a fresh connection each time (so kube-proxy picks an endpoint per request), 1 s timeout. */
function get(url: string, timeoutMs = 1000): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, timeout: timeoutMs }, (res) => {
      let body = '';
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', reject);
  });
}

/** A new Service's NodePort/ClusterIP takes ~2 s to answer (kube-proxy's sync): retry until `ok` holds. */
async function eventually<T>(what: string, f: () => Promise<T> | T, ok: (v: T) => boolean, ms = 30_000) {
  const until = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await f();
      if (ok(v)) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until)
      throw new Error(
        `${what}: not within ${ms} ms; last: ${String((last as Error)?.message ?? JSON.stringify(last))}`,
      );
    await sleep(250);
  }
}

interface Built {
  version: string;
  commit: string;
  date: string;
  /** by digest, from docker-multistage assemble */
  image: string;
  /** by digest, from docker-multistage with the generated Dockerfile */
  dockerfileImage?: string;
  dockerfileRun?: ActionResult;
  build: ActionResult;
  assemble: ActionResult;
}

let registry: string;
let busybox: string;
let repo: string;
let built: Built;
const created: string[] = [];

function git(args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...env,
      GIT_AUTHOR_DATE: COMMIT_TIME,
      GIT_COMMITTER_DATE: COMMIT_TIME,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
}

/** A namespace whose pods run on the real node (PodNodeSelector + PodTolerationRestriction annotations). */
function realNamespace(prefix: string): string {
  const ns = `${prefix}-${Date.now().toString(36)}`;
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
  created.push(ns);
  return ns;
}

function applyDependency(ns: string) {
  const text = readFileSync(join(fixtures, 'dependency.yaml'), 'utf8').replaceAll('${WAIT_IMAGE}', busybox);
  kubectl(['-n', ns, 'apply', '-f', '-'], text);
}

/** A busybox pod to look from inside the cluster (exec). */
function clientPod(ns: string) {
  kubectl(
    ['-n', ns, 'apply', '-f', '-'],
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'client' },
      spec: {
        terminationGracePeriodSeconds: 0,
        containers: [{ name: 'client', image: busybox, command: ['sh', '-c', 'exec sleep 3600'] }],
      },
    }),
  );
}

interface RenderVars {
  ns: string;
  appPort?: number;
  nodePort?: number;
  image?: string;
  /** the container's argument: `serve` (any value hello ignores) or `version` (prints and exits) */
  mode?: string;
  app?: string;
}

/** render-manifests (source: files) on the seed's manifests; the image pinned by digest through `images`. */
async function render(v: RenderVars, extra: Record<string, string> = {}): Promise<ActionResult> {
  const ws = mkdtempSync(join(tmpdir(), 'seed-render-'));
  copyTracked(fixtures, join(ws, 'k8s'));
  const repoImage = `${registry}/seed/hello`;
  const vars = {
    APP: v.app ?? 'hello',
    APP_PORT: String(v.appPort ?? 8080),
    SERVICE_PORT: '80',
    NODE_PORT: String(v.nodePort ?? NODE_PORT),
    IMAGE: `${repoImage}:${built.version}`,
    APP_MODE: v.mode ?? 'serve',
    WAIT_IMAGE: busybox,
    DEP_HOST: `dep.${v.ns}.svc.cluster.local`,
    DEP_PORT: '80',
  };
  return runAction('render-manifests', {
    workspace: ws,
    timeoutMs: 120_000,
    env: { GITHUB_SHA: built.commit },
    inputs: {
      source: 'files',
      files: 'k8s/configmap.yaml\nk8s/service.yaml\nk8s/deployment.yaml',
      vars: Object.entries(vars)
        .map(([k, val]) => `${k}=${val}`)
        .join('\n'),
      name: vars.APP,
      images: `${repoImage}=${v.image ?? built.image}`,
      namespace: v.ns,
      version: built.version,
      commit: built.commit,
      ...extra,
    },
  });
}

function rollout(
  manifests: string,
  ns: string,
  inputs: RunOptions['inputs'] = {},
  opts: Partial<RunOptions> = {},
) {
  return runAction('k8s-rollout', {
    timeoutMs: 400_000,
    env: { GITHUB_SHA: built.commit },
    ...opts,
    inputs: {
      manifests,
      kubeconfig: env.KUBECONFIG!,
      namespace: ns,
      timeout: '240s',
      version: built.version,
      ...inputs,
    },
  });
}

const expectOk = (r: ActionResult) => {
  if (r.exitCode !== 0)
    throw new Error(`exit ${r.exitCode}: ${r.errors}\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-2000)}`);
};

beforeAll(async () => {
  if (!realNode) {
    process.stderr.write(`seed e2e: ${skipReason}\n`);
    return;
  }
  const started = Date.now();
  registry = env.REGISTRY!;
  const { stdout } = await run(join(repoRoot, 'test/infra/images/build'), [], { env, maxBuffer: 1 << 20 });
  const base = Object.fromEntries(
    stdout
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  busybox = base.BASE_BUSYBOX!;
  repo = mkdtempSync(join(tmpdir(), 'seed-hello-'));
  copyTracked(join(repoRoot, 'examples/hello'), repo);
  writeFileSync(join(repo, '.gitignore'), 'dist/\n');
  git(['init', '-q', '-b', 'main']);
  git(['add', '.']);
  git(['commit', '-q', '-m', 'hello']);
  git(['tag', 'v1.4.2']);
  const commit = git(['rev-parse', 'HEAD']);
  const ghEnv = { GITHUB_REF: 'refs/tags/v1.4.2', GITHUB_SHA: commit };

  // Step 1: the binary (go-build-ldflags), then its image two ways, the Dockerfile build in parallel.
  const dockerfileRun = runAction('docker-multistage', {
    workspace: repo,
    timeoutMs: 540_000,
    env: ghEnv,
    inputs: {
      mode: 'dockerfile',
      dockerfile: 'generate',
      image: `${registry}/seed/hello-df`,
      port: '8080',
      platforms: 'linux/amd64',
      'build-args': `GO_IMAGE=${base.BASE_GOLANG_WARM ?? base.BASE_GOLANG}`,
    },
  });
  const build = await runAction('go-build-ldflags', {
    workspace: repo,
    timeoutMs: 300_000,
    env: ghEnv,
    inputs: { targets: 'linux/amd64', port: '8080' },
  });
  expectOk(build);
  const assemble = await runAction('docker-multistage', {
    workspace: repo,
    timeoutMs: 300_000,
    env: ghEnv,
    inputs: {
      mode: 'assemble',
      image: `${registry}/seed/hello`,
      artifacts: build.outputs.artifacts!,
      port: '8080',
    },
  });
  expectOk(assemble);
  const df = await dockerfileRun;
  built = {
    version: build.outputs.version!,
    commit: build.outputs.commit!,
    date: build.outputs.date!,
    image: assemble.outputs.image!,
    dockerfileImage: df.exitCode === 0 ? df.outputs.image : undefined,
    dockerfileRun: df,
    build,
    assemble,
  };
  process.stderr.write(`seed e2e: built and imaged in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}, 900_000);

afterAll(() => {
  if (created.length > 0) kubectl(['delete', 'namespace', '--wait=false', ...created]);
});

describe('the seed, end to end on the real node', () => {
  let ns: string;
  let manifests: string;

  realTest(
    '1. hello built with -X version/commit/date/port 8080 and imaged by docker-multistage (assemble)',
    () => {
      expect(built.version).toBe('1.4.2');
      expect(built.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(built.date).toBe(COMMIT_TIME);
      const [artifact] = JSON.parse(built.build.outputs.artifacts!);
      expect(artifact.ldflags).toContain('-X main.port=8080');
      expect(artifact.ldflags).toContain(`-X main.commit=${built.commit}`);
      expect(built.image).toMatch(new RegExp(`^${registry}/seed/hello@sha256:[0-9a-f]{64}$`));
    },
  );

  realTest('1b. the generated multi-stage Dockerfile (ARG APP_PORT, EXPOSE) builds and pushes', () => {
    const df = built.dockerfileRun!;
    expect(df.errors).toBe('');
    expect(df.exitCode).toBe(0);
    expect(df.stdout).toMatch(/ARG APP_PORT=8080/);
    expect(df.stdout).toMatch(/EXPOSE \$\{APP_PORT\}/);
    expect(built.dockerfileImage).toMatch(new RegExp(`^${registry}/seed/hello-df@sha256:[0-9a-f]{64}$`));
  });

  realTest(
    '2+3. rendered from ${APP_PORT} files, rolled out; NodePort and Service DNS answer with what was built',
    async () => {
      ns = realNamespace('seed');
      applyDependency(ns);
      clientPod(ns);
      const r = await render({ ns }, { 'expected-port': '8080' });
      expect(r.errors).toBe('');
      expectOk(r);
      const ports = JSON.parse(r.outputs.ports!);
      expect(ports.consistent).toBe(true);
      expect(r.outputs.port).toBe('8080');
      manifests = r.outputs.manifests!;
      const text = readFileSync(manifests, 'utf8');
      expect(text).toContain(`image: ${built.image}`);
      expect(text).toMatch(/nodePort: 30001/);
      expect(text).toMatch(/configMapKeyRef:\s+name: hello-config\s+key: SERVER_PORT/);

      const t0 = Date.now();
      const d = await rollout(manifests, ns);
      expect(d.errors).toBe('');
      expectOk(d);
      expect(d.outputs.status).toBe('succeeded');
      process.stderr.write(
        `seed e2e: first rollout (2 replicas, init wait, pull) ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
      );

      // Every pod on the real node; pod created → Ready (whole seconds, from the API's timestamps).
      const pods = getJson(['-n', ns, 'get', 'pods', '-l', 'app=hello']).items as Json[];
      expect(pods).toHaveLength(2);
      for (const p of pods) {
        expect(p.spec.nodeName).toBe(realNode);
        const ready = p.status.conditions.find((c: Json) => c.type === 'Ready');
        process.stderr.write(
          `seed e2e: pod ${p.metadata.name} created → Ready ${(Date.parse(ready.lastTransitionTime) - Date.parse(p.metadata.creationTimestamp)) / 1000} s\n`,
        );
      }

      const want = { version: built.version, commit: built.commit, date: built.date, port: '8080' };
      const url = `http://${env.NODE_IP}:${NODE_PORT}/version`;
      const res = await eventually(
        'NodePort from the host',
        () => get(url),
        (x) => x.status === 200,
      );
      expect(JSON.parse(res.body)).toEqual(want);

      const inPod = await eventually(
        'Service DNS name from a pod',
        () =>
          kubectl([
            '-n',
            ns,
            'exec',
            'client',
            '--',
            'wget',
            '-qO-',
            `http://hello.${ns}.svc.cluster.local/version`,
          ]),
        (x) => x.includes('"version"'),
      );
      expect(JSON.parse(inPod)).toEqual(want);
    },
  );

  realTest(
    '4. runtime beats compile time: ConfigMap port 9090, same image serves on 9090, NodePort still answers',
    async () => {
      expect(manifests).toBeDefined();
      const r = await render({ ns, appPort: 9090 });
      expect(r.errors).toBe('');
      expectOk(r);
      expect(r.outputs.port).toBe('9090');
      const d = await rollout(r.outputs.manifests!, ns);
      expect(d.errors).toBe('');
      expect(d.outputs.status).toBe('succeeded');
      const pods = getJson(['-n', ns, 'get', 'pods', '-l', 'app=hello']).items as Json[];
      const live = pods.filter((p) => !p.metadata.deletionTimestamp);
      expect(new Set(live.map((p) => p.spec.containers[0].image))).toEqual(new Set([built.image]));
      // The compiled default is still 8080; the process listens where the ConfigMap says.
      const res = await eventually(
        'NodePort after the port change',
        () => get(`http://${env.NODE_IP}:${NODE_PORT}/version`),
        (x) => x.status === 200,
      );
      expect(JSON.parse(res.body)).toEqual({
        version: built.version,
        commit: built.commit,
        date: built.date,
        port: '8080',
      });
      const podIp = live[0].status.podIP;
      await expect(get(`http://${podIp}:9090/healthz`)).resolves.toMatchObject({ status: 200 });
      await expect(get(`http://${podIp}:8080/healthz`)).rejects.toThrow();
    },
  );

  realTest(
    '5. a broken release is caught before any deadline and rolled back; polled every 100 ms: 0 failed answers',
    async () => {
      expect(manifests).toBeDefined();
      // The broken release: the container exits at once (`hello version` prints and ends) → CrashLoopBackOff.
      const r = await render({ ns, appPort: 9090, mode: 'version' });
      expectOk(r);
      const before = getJson(['-n', ns, 'get', 'deployment', 'hello']);
      // The poll measures this release, so it starts from a settled Service: the previous test's rollout
      // leaves pods terminating, and a connection kube-proxy sent to one of them as its network went away
      // stays pinned there by conntrack (a timeout) — the previous release's shutdown, not this one.
      await eventually(
        'the previous release settled: no terminating pods, the EndpointSlice lists exactly the ready pods',
        () => {
          const pods = (getJson(['-n', ns, 'get', 'pods', '-l', 'app=hello']).items as Json[]).map((p) => ({
            ip: p.status.podIP as string,
            terminating: Boolean(p.metadata.deletionTimestamp),
            ready: (p.status.conditions ?? []).some((c: Json) => c.type === 'Ready' && c.status === 'True'),
          }));
          const slices = getJson([
            '-n',
            ns,
            'get',
            'endpointslices',
            '-l',
            'kubernetes.io/service-name=hello',
          ]).items as Json[];
          const listed = slices.flatMap((sl) => (sl.endpoints ?? []) as Json[]).flatMap((e) => e.addresses);
          return { pods, listed };
        },
        ({ pods, listed }) =>
          pods.length === 2 &&
          pods.every((p) => p.ready && !p.terminating) &&
          listed.slice().sort().join() ===
            pods
              .map((p) => p.ip)
              .sort()
              .join(),
        60_000,
      );
      const url = `http://${env.NODE_IP}:${NODE_PORT}/version`;
      // kube-proxy follows the EndpointSlice a moment later: the NodePort answers 5 times in a row first.
      await eventually(
        'the NodePort answers 5 times in a row',
        async () => {
          for (let i = 0; i < 5; i++) if ((await get(url, 5000)).status !== 200) return false;
          return true;
        },
        (ok) => ok,
        60_000,
      );
      // What a user's client sees: an answer within 5 s counts. A dropped SYN is retransmitted after 1 s, and on a
      // loaded CI machine an answer can take longer than 1 s (CI saw one); refused, reset, a 5xx, a wrong version
      // or no answer in 5 s is a failure. The slowest answer is printed.
      const answers = { ok: 0, failed: 0, wrong: 0, slowestMs: 0, samples: [] as string[] };
      let polling = true;
      const pollStart = Date.now();
      const poller = (async () => {
        while (polling) {
          const next = Date.now() + 100;
          const sent = Date.now();
          try {
            const res = await get(url, 5000);
            answers.slowestMs = Math.max(answers.slowestMs, Date.now() - sent);
            const v = JSON.parse(res.body);
            if (res.status === 200 && v.version === built.version && v.commit === built.commit) answers.ok++;
            else {
              answers.wrong++;
              answers.samples.push(`at ${sent - pollStart} ms: ${res.status} ${res.body.trim()}`);
            }
          } catch (e) {
            answers.failed++;
            answers.samples.push(`at ${sent - pollStart} ms: ${(e as Error).message}`);
          }
          await sleep(Math.max(0, next - Date.now()));
        }
      })();
      const t0 = Date.now();
      const d = await rollout(r.outputs.manifests!, ns, { 'failure-threshold': '2' });
      const took = (Date.now() - t0) / 1000;
      polling = false;
      await poller;
      process.stderr.write(
        `seed e2e: broken release: ${d.outputs.status} in ${took.toFixed(1)} s (started ${t0 - pollStart} ms into the poll); NodePort polled ${answers.ok + answers.failed + answers.wrong}× every 100 ms: ${answers.failed} failed, ${answers.wrong} wrong version, slowest answer ${answers.slowestMs} ms ${answers.samples.slice(0, 5).join(' | ')}\n`,
      );
      expect(d.exitCode).toBe(1);
      expect(d.outputs.status).toBe('rolled-back');
      expect(d.outputs['rolled-back']).toBe('true');
      const failure = JSON.parse(d.outputs.failure!);
      expect(failure.reason).toBe('CrashLoopBackOff');
      expect(failure.container).toBe('app');
      // Before any deadline: progressDeadlineSeconds is 300 s, the step's timeout 240 s.
      expect(took).toBeLessThan(240);
      const after = getJson(['-n', ns, 'get', 'deployment', 'hello']);
      expect(after.spec.template.spec.containers[0].args).toEqual(
        before.spec.template.spec.containers[0].args,
      );
      expect(answers.ok).toBeGreaterThan(10);
      expect(answers.failed + answers.wrong).toBe(0);
    },
  );
});

describe('the dependency wait (init container) on the real node', () => {
  let waited: ActionResult | undefined;
  realTest(
    '6. pods stay in Init until the dependency Service exists; k8s-rollout waits, then succeeds',
    async () => {
      const ns = realNamespace('seed-init');
      const r = await render({ ns, nodePort: 30002, image: built.dockerfileImage ?? built.image });
      expectOk(r);
      const pending = rollout(r.outputs.manifests!, ns, { timeout: '180s' });
      // The pods come up and wait in their init container: no dependency yet.
      const inInit = await eventually(
        'pods waiting in Init',
        () => getJson(['-n', ns, 'get', 'pods', '-l', 'app=hello']).items as Json[],
        (pods) =>
          pods.length > 0 &&
          pods.every(
            (p) => p.status.initContainerStatuses?.[0]?.state?.running && p.status.phase === 'Pending',
          ),
        90_000,
      );
      expect(inInit.length).toBeGreaterThan(0);
      await sleep(5000);
      const still = getJson(['-n', ns, 'get', 'pods', '-l', 'app=hello']).items as Json[];
      expect(still.every((p) => p.status.phase === 'Pending')).toBe(true);
      const logs = kubectl(['-n', ns, 'logs', still[0].metadata.name, '-c', 'wait-dep']);
      expect(logs).toContain(`waiting for dep.${ns}.svc.cluster.local`);
      applyDependency(ns);
      const d = await pending;
      expect(d.errors).toBe('');
      expect(d.outputs.status).toBe('succeeded');
      const res = await eventually(
        'NodePort 30002 after the dependency came',
        () => get(`http://${env.NODE_IP}:30002/version`),
        (x) => x.status === 200,
      );
      expect(JSON.parse(res.body)).toMatchObject({
        version: built.version,
        commit: built.commit,
        port: '8080',
      });
      waited = d;
    },
  );

  // Issue 9 step 6: while it waits, k8s-rollout says which init container holds the pods, not only
  // "0 of 2 updated replicas are available".
  realTest('6b. while it waits, k8s-rollout reports "waiting for init container wait-dep"', () => {
    expect(waited).toBeDefined();
    expect(waited!.stdout).toMatch(/waiting for init container "?wait-dep/);
  });
});

describe('the built-in templates on the real node', () => {
  realTest(
    'render-manifests builtin (NodePort, wait-for by DNS name, probes) → k8s-rollout → /version answers; the next release surges both pods, never fewer than 2 available',
    async () => {
      const ns = realNamespace('seed-builtin');
      applyDependency(ns);
      const inputs = {
        name: 'hello',
        image: built.image,
        port: '8080',
        'expected-port': '8080',
        'service-type': 'NodePort',
        'node-port': '30003',
        'wait-for': `dep.${ns}.svc.cluster.local:80`,
        'wait-image': busybox,
        namespace: ns,
        version: built.version,
        commit: built.commit,
      };
      const r = await runAction('render-manifests', { timeoutMs: 120_000, inputs });
      expect(r.errors).toBe('');
      expectOk(r);
      const d = await rollout(r.outputs.manifests!, ns);
      expect(d.errors).toBe('');
      expect(d.outputs.status).toBe('succeeded');
      const res = await eventually(
        'NodePort 30003 (builtin templates)',
        () => get(`http://${env.NODE_IP}:30003/version`),
        (x) => x.status === 200,
      );
      expect(JSON.parse(res.body)).toEqual({
        version: built.version,
        commit: built.commit,
        date: built.date,
        port: '8080',
      });

      // The next release: the template starts both new pods at once (maxSurge 2) and never has fewer than
      // 2 available (maxUnavailable 0), seen by a watch of the Deployment's status through the whole rollout.
      const next = await runAction('render-manifests', {
        timeoutMs: 120_000,
        inputs: { ...inputs, version: `${built.version}-next` },
      });
      expectOk(next);
      const statuses: { available: number; updated: number; replicas: number }[] = [];
      const watch = spawn(
        env.KUBECTL!,
        [
          '-n',
          ns,
          'get',
          'deployment',
          'hello',
          '--watch',
          '-o',
          'jsonpath={.status.availableReplicas} {.status.updatedReplicas} {.status.replicas}{"\\n"}',
        ],
        { env: { ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      createInterface({ input: watch.stdout! }).on('line', (line) => {
        const [available, updated, replicas] = line.split(' ').map((n) => Number(n || 0));
        statuses.push({ available: available!, updated: updated!, replicas: replicas! });
      });
      await eventually(
        'the status watch delivered the current state',
        async () => statuses.length,
        (n) => n > 0,
      );
      const d2 = await rollout(next.outputs.manifests!, ns);
      await sleep(500);
      watch.kill();
      expect(d2.outputs.status).toBe('succeeded');
      expect(statuses.length).toBeGreaterThan(1);
      expect(Math.min(...statuses.map((x) => x.available))).toBeGreaterThanOrEqual(2);
      expect(Math.max(...statuses.map((x) => x.replicas))).toBe(4);
    },
  );
});

/*
 * k8s-rollout on real pods: each failure once for real (real kubelet, containerd, registry) and once as
 * kwok's stage simulates it (goship.test/fail), same Deployment otherwise. The verdicts must agree, and
 * the messages too once pod names, uids and back-off delays are masked: kwok must stay a faithful stand-in.
 */
describe('k8s-rollout on real pods: the verdicts kwok simulates', () => {
  interface Case {
    fail: string;
    /** the real way to get it */
    container: Record<string, unknown>;
    progressDeadlineSeconds?: number;
  }
  const notListening = { tcpSocket: { port: 8080 }, periodSeconds: 1 };
  const cases = (): Case[] => [
    { fail: 'image-pull', container: { image: `${registry}/seed/hello:no-such-tag` } },
    // A readiness probe as a real app has (nothing listens: never Ready). Without one a real pod that
    // crashes is Ready for an instant after each start, and the rollout counts as complete (see report).
    {
      fail: 'crash-loop',
      container: { image: busybox, command: ['sh', '-c', 'echo boom; exit 1'], readinessProbe: notListening },
    },
    {
      fail: 'oom',
      container: {
        image: busybox,
        command: ['sh', '-c', 'head -c 200m /dev/zero | tail'],
        resources: { limits: { memory: '20Mi' } },
        readinessProbe: notListening,
      },
    },
    {
      // hello answers every path (its "/" handler), so the probe is on the wrong port.
      fail: 'never-ready',
      container: {
        image: built.image,
        readinessProbe: { httpGet: { path: '/healthz', port: 9999 }, periodSeconds: 1 },
      },
      progressDeadlineSeconds: 10,
    },
  ];

  function deployment(c: Case, kwok: boolean): string {
    const container = kwok
      ? { name: 'app', image: String(c.container.image) }
      : { name: 'app', ...c.container };
    return JSON.stringify({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'app' },
      spec: {
        replicas: 1,
        progressDeadlineSeconds: c.progressDeadlineSeconds ?? 300,
        selector: { matchLabels: { app: 'app' } },
        template: {
          metadata: { labels: { app: 'app' }, annotations: kwok ? { 'goship.test/fail': c.fail } : {} },
          spec: { terminationGracePeriodSeconds: 0, containers: [container] },
        },
      },
    });
  }

  /** Names, uids, back-off delays and exit details that differ between two runs of the same failure. */
  const mask = (s: string, ns: string) =>
    s
      .replaceAll(ns, '<ns>')
      .replace(/app-[a-z0-9]+-[a-z0-9]+/g, '<pod>')
      .replace(/ReplicaSet "app-[a-z0-9]+"/g, 'ReplicaSet "<rs>"')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uid>')
      .replace(/back-off \d+[sm]\d*s? /g, 'back-off <d> ')
      .replace(/\d+ restarts/g, '<n> restarts')
      .replace(/restarted \d+ times/g, 'restarted <n> times');

  for (const fail of ['image-pull', 'crash-loop', 'oom', 'never-ready'])
    realTest(`${fail}: real verdict and message = kwok stage`, async () => {
      const c = cases().find((x) => x.fail === fail)!;
      const verdicts = await Promise.all(
        [false, true].map(async (kwok) => {
          const ns = kwok ? `kwok-${fail}-${Date.now().toString(36)}` : realNamespace(`real-${fail}`);
          if (kwok) {
            kubectl(['create', 'namespace', ns]);
            created.push(ns);
          }
          const ws = mkdtempSync(join(tmpdir(), 'seed-fail-'));
          writeFileSync(join(ws, 'app.json'), deployment(c, kwok));
          const r = await rollout(
            'app.json',
            ns,
            { 'failure-threshold': '2', timeout: '120s' },
            { workspace: ws },
          );
          const failure = JSON.parse(r.outputs.failure || '{}');
          return {
            kwok,
            status: r.outputs.status,
            reason: failure.reason,
            message: mask(String(failure.message), ns),
            events: (failure.events ?? []).map((e: string) => mask(e, ns)),
          };
        }),
      );
      process.stderr.write(
        `seed e2e: ${fail}:\n${verdicts.map((v) => `  ${v.kwok ? 'kwok' : 'real'}: ${JSON.stringify(v)}`).join('\n')}\n`,
      );
      const [real, kwok] = verdicts;
      expect(real!.status).toBe('failed');
      expect(kwok!.status).toBe(real!.status);
      expect(kwok!.reason).toBe(real!.reason);
      expect(kwok!.message).toBe(real!.message);
    });
});

/*
 * A release without a readiness probe that crashes a moment after it starts: Kubernetes counts it Ready
 * (and kubectl rollout status succeeds); k8s-rollout holds the rollout (settle.ts: what the observed start
 * needs, at most settle-time) and fails at the first restart, rolling back to the release that stays up.
 */
describe('k8s-rollout on real pods: no readiness probe', () => {
  const manifest = (command: string[]) =>
    JSON.stringify({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'noprobe' },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'noprobe' } },
        template: {
          metadata: { labels: { app: 'noprobe' } },
          spec: { terminationGracePeriodSeconds: 0, containers: [{ name: 'app', image: busybox, command }] },
        },
      },
    });

  realTest('a crash after Ready fails the rollout within the hold and is rolled back', async () => {
    const ns = realNamespace('real-noprobe');
    const ws = mkdtempSync(join(tmpdir(), 'seed-noprobe-'));
    writeFileSync(join(ws, 'v1.json'), manifest(['sh', '-c', 'sleep 3600']));
    const v1 = await rollout('v1.json', ns, { 'settle-time': '3s' }, { workspace: ws });
    expect(v1.outputs.status).toBe('succeeded');
    expect(v1.stdout).toMatch(/no restarts in [\d.]+ s after Ready \(app: no readiness probe\)/);

    writeFileSync(join(ws, 'v2.json'), manifest(['sh', '-c', 'sleep 1; echo boom; exit 3']));
    // The default hold (settle.ts: 3× the observed start, at least 3 s): a crash 1 s after the start is caught.
    const v2 = await rollout('v2.json', ns, {}, { workspace: ws });
    const failure = JSON.parse(v2.outputs.failure || '{}');
    expect(v2.exitCode).not.toBe(0);
    expect(v2.outputs.status).toBe('rolled-back');
    expect(v2.outputs['rolled-back']).toBe('true');
    expect(failure).toMatchObject({ reason: 'CrashAfterReady', container: 'app' });
    expect(failure.message).toContain('exit code 3');
    const live = JSON.parse(kubectl(['-n', ns, 'get', 'deployment', 'noprobe', '-o', 'json'])).spec.template
      .spec.containers[0].command;
    expect(live).toEqual(['sh', '-c', 'sleep 3600']);
  });
});
