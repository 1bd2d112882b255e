/*
 * k8s-rollout across a fleet, on five real control planes (test/infra/cluster: the shared one in
 * GOSHIP_STATE, and four more under ${TMPDIR}/goship-fleet-1..4, kwok nodes only, started when not up and
 * left running):
 *
 * 1. Wall time of one fleet rollout of a new version to the 5 clusters (`clusters:` with 5 entries,
 *    `waves: rest`, `max-parallel: 5`) against five sequential single-cluster k8s-rollout runs (five workflow
 *    steps, one per cluster), process start to exit. Rounds alternate; medians. Target: ≤ 0.35×. Measured
 *    twice: kwok pods Ready at once (the rollout is then all control-plane work, and the five local control
 *    planes share this machine's cores), and Ready 3 s after start (`goship.test/ready-delay`, as a real
 *    container's start-up: the waiting a fleet overlaps). The action's own CPU time (user+sys) is printed too.
 * 2. Peak RSS of the action rolling out to 20 clusters (20 entries: 4 namespaces on each of the 5 control
 *    planes, `max-parallel: 20`, waves `1, 25%, rest`), measured by /usr/bin/time. Target: < 300 MB.
 *
 *   node scripts/bundle.mjs k8s-rollout && npx tsx bench/fleet.ts [ratio] [memory]   (BENCH_ROUNDS, default 3)
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { actionYaml, node24, repoRoot } from '../test/harness/run-action.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const which = process.argv.slice(2);
const wanted = (name: string) => which.length === 0 || which.includes(name);
const TMP = process.env.TMPDIR ?? tmpdir();

async function up(state?: string): Promise<{ KUBECONFIG: string; KUBECTL: string }> {
  const { stdout } = await promisify(execFile)(join(repoRoot, 'test/infra/cluster/up'), [], {
    env: { ...process.env, ...(state ? { GOSHIP_STATE: state, GOSHIP_REAL_NODE: '0' } : {}) },
    timeout: 900_000,
  });
  const get = (k: string) => new RegExp(`^${k}=(.*)$`, 'm').exec(stdout)![1]!;
  return { KUBECONFIG: get('KUBECONFIG'), KUBECTL: get('KUBECTL') };
}

const planes = await Promise.all([up(), ...[1, 2, 3, 4].map((i) => up(join(TMP, `goship-fleet-${i}`)))]);
const KUBECTL = planes[0]!.KUBECTL;
const kubectl = (kubeconfig: string, args: string[]) =>
  execFileSync(KUBECTL, args, {
    env: { ...process.env, KUBECONFIG: kubeconfig },
    encoding: 'utf8',
    stdio: 'pipe',
  });

const created: [string, string][] = [];
function namespace(kubeconfig: string): string {
  const ns = `bench-fleet-${randomBytes(3).toString('hex')}`;
  kubectl(kubeconfig, ['create', 'namespace', ns]);
  created.push([kubeconfig, ns]);
  return ns;
}

function manifest(ws: string, version: number, readyDelay = ''): void {
  writeFileSync(
    join(ws, 'app.yaml'),
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: hello}
spec:
  replicas: 2
  selector: {matchLabels: {app: hello}}
  template:
    metadata: {labels: {app: hello}, annotations: {app.example/version: "${version}"${readyDelay ? `, goship.test/ready-delay: "${readyDelay}"` : ''}}}
    spec: {containers: [{name: app, image: "registry.example/acme/hello@sha256:${'ab12'.repeat(16)}"}]}
`,
  );
}

/** Runs the bundled action as the runner does (under /usr/bin/time): wall time, CPU time, peak RSS. */
function run(
  ws: string,
  inputs: Record<string, string>,
): Promise<{ ms: number; cpuMs: number; rssKb: number }> {
  const { spec } = actionYaml('k8s-rollout');
  const inputEnv: Record<string, string> = {};
  for (const [name, def] of Object.entries(spec.inputs ?? {}))
    inputEnv[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? def.default ?? '';
  const main = join(repoRoot, 'actions/k8s-rollout', spec.runs.main);
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', 'goship-bench %M %U %S', node24, main], {
    cwd: ws,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_WORKSPACE: ws,
      RUNNER_TEMP: ws,
      ...inputEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`k8s-rollout exited ${code}:\n${out.slice(-3000)}\n${err}`));
      const m = /goship-bench (\d+) ([\d.]+) ([\d.]+)/.exec(err)!;
      resolve({ ms, rssKb: Number(m[1]), cpuMs: (Number(m[2]) + Number(m[3])) * 1000 });
    }),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

try {
  if (wanted('ratio'))
    for (const readyDelay of ['', '3s']) {
      console.log(
        `\n1. a new version to 5 clusters, pods Ready ${readyDelay ? `${readyDelay} after start` : 'at once'}: one fleet rollout (max-parallel 5) vs 5 sequential single-cluster runs`,
      );
      const targets = planes.map((p) => ({ kubeconfig: p.KUBECONFIG, ns: namespace(p.KUBECONFIG) }));
      const ws = mkdtempSync(join(tmpdir(), 'bench-fleet-'));
      const clusters = targets
        .map((t, i) => `- name: c${i + 1}\n  kubeconfig: ${t.kubeconfig}\n  namespace: ${t.ns}`)
        .join('\n');
      const fleetInputs = { manifests: 'app.yaml', clusters, waves: 'rest', 'max-parallel': '5' };
      let version = 1;
      manifest(ws, version);
      await run(ws, fleetInputs); // v1 everywhere
      const fleet: number[] = [];
      const sequential: number[] = [];
      const cpu = { fleet: [] as number[], sequential: [] as number[] };
      for (let round = 0; round < ROUNDS; round++) {
        manifest(ws, ++version, readyDelay);
        const t0 = performance.now();
        let seqCpu = 0;
        for (const t of targets)
          seqCpu += (await run(ws, { manifests: 'app.yaml', kubeconfig: t.kubeconfig, namespace: t.ns }))
            .cpuMs;
        sequential.push(performance.now() - t0);
        cpu.sequential.push(seqCpu);
        manifest(ws, ++version, readyDelay);
        const f = await run(ws, fleetInputs);
        fleet.push(f.ms);
        cpu.fleet.push(f.cpuMs);
        console.log(`   round ${round + 1}: sequential ${s(sequential.at(-1)!)}, fleet ${s(fleet.at(-1)!)}`);
      }
      const ratio = median(fleet) / median(sequential);
      console.log(
        `   median: 5 sequential runs ${s(median(sequential))}, fleet ${s(median(fleet))} → ratio ${ratio.toFixed(2)}× (target ≤ 0.35×)`,
      );
      console.log(
        `   the action's CPU time: 5 sequential runs ${s(median(cpu.sequential))}, fleet ${s(median(cpu.fleet))} (${(median(cpu.fleet) / median(cpu.sequential)).toFixed(2)}×)`,
      );
    }

  if (wanted('memory')) {
    console.log(
      '\n2. peak RSS of the action with 20 clusters (4 namespaces on each of the 5 control planes)',
    );
    const entries = planes.flatMap((p, i) =>
      [1, 2, 3, 4].map(
        (k) =>
          `- name: p${i + 1}-ns${k}\n  kubeconfig: ${p.KUBECONFIG}\n  namespace: ${namespace(p.KUBECONFIG)}`,
      ),
    );
    const ws = mkdtempSync(join(tmpdir(), 'bench-fleet-mem-'));
    manifest(ws, 1);
    const inputs = {
      manifests: 'app.yaml',
      clusters: entries.join('\n'),
      waves: '1, 25%, rest',
      'max-parallel': '20',
    };
    const first = await run(ws, inputs);
    manifest(ws, 2);
    const second = await run(ws, inputs);
    const peak = Math.max(first.rssKb, second.rssKb);
    console.log(
      `   first deploy: ${s(first.ms)}, peak RSS ${(first.rssKb / 1024).toFixed(0)} MB; update: ${s(second.ms)}, peak RSS ${(second.rssKb / 1024).toFixed(0)} MB`,
    );
    console.log(`   peak RSS ${(peak / 1024).toFixed(0)} MB (target < 300 MB)`);
  }
} finally {
  for (const [kubeconfig, ns] of created) kubectl(kubeconfig, ['delete', 'namespace', '--wait=false', ns]);
}
