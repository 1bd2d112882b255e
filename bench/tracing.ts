/*
 * What tracing costs a whole run (issue 21: ≤ 1 % of the run): the one-step action (root action.yml,
 * dist/deploy) deploying examples/hello warm on the real node of test/infra/cluster, each round once with
 * tracing off and once on (OTEL_EXPORTER_OTLP_ENDPOINT at the collector of test/infra/otel, the service's
 * own telemetry on through otel: auto), order alternating per round, every run a new commit and tag into the
 * same namespace and repository. Reports the median wall time of each and the ratio on/off, with each run's
 * span count (the trace really was sent). Start-up alone is bench/startup.ts (BENCH_OTEL=1).
 *
 *   npx tsx bench/tracing.ts     (BENCH_ROUNDS, default 5; GOSHIP_STATE selects the shared infra, started if
 *                                 not up; the namespace is the bench's own, deleted at the end)
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runAction } from '../test/harness/run-action.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const vars = (out: string) =>
  Object.fromEntries(
    out
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
const up = (piece: string) =>
  vars(
    execFileSync(join(repoRoot, 'test/infra', piece, 'up'), {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
const infra: Record<string, string> = {
  ...up('go-mirror'),
  ...up('registry'),
  ...up('cluster'),
  ...up('otel'),
};
if (!infra.REAL_NODE) throw new Error('no real node: the smoke test cannot pass');
Object.assign(process.env, infra);
const { checkout } = await import('../test/harness/checkout.js');
const { spansOfTrace } = await import('../test/harness/collector.js');

const kubectl = (args: string[]) =>
  execFileSync(infra.KUBECTL!, args, {
    env: { ...process.env, KUBECONFIG: infra.KUBECONFIG },
    encoding: 'utf8',
  });
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const ns = `bench-tracing-${randomBytes(3).toString('hex')}`;
kubectl(['create', 'namespace', ns]);
kubectl([
  'annotate',
  'namespace',
  ns,
  'scheduler.alpha.kubernetes.io/node-selector=type=real',
  'scheduler.alpha.kubernetes.io/defaultTolerations=[{"key":"goship.test/real-node","operator":"Exists","effect":"NoSchedule"}]',
]);
const { ws, git } = checkout('examples/hello', { tag: 'v0.1.0' });
const image = `${infra.REGISTRY}/bench/tracing-${randomBytes(3).toString('hex')}`;
// One tool cache for every run, as on a runner whose Go is cached: the runs differ only in tracing.
const toolCache = mkdtempSync(join(tmpdir(), 'bench-tracing-tools-'));

let release = 0;
async function run(traced: boolean): Promise<{ ms: number; spans: number }> {
  release++;
  appendFileSync(join(ws, 'main.go'), `\n// release ${release}\n`);
  git('commit', '-qam', `release ${release}`);
  const tag = `v0.2.${release}`;
  git('tag', tag);
  const sha = git('rev-parse', 'HEAD');
  const traceId = randomBytes(16).toString('hex');
  const r = await runAction('.', {
    workspace: ws,
    inputs: {
      name: 'hello',
      image,
      kubeconfig: infra.KUBECONFIG!,
      namespace: ns,
      'go-download-base-url': infra.GO_DOWNLOAD_BASE_URL!,
      'go-version': '1.26',
      replicas: '1',
      timeout: '3m',
    },
    env: {
      GITHUB_REF: `refs/tags/${tag}`,
      GITHUB_SHA: sha,
      ...(traced
        ? {
            OTEL_EXPORTER_OTLP_ENDPOINT: infra.OTEL_COLLECTOR_HTTP,
            TRACEPARENT: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
          }
        : {}),
    },
    timeoutMs: 600_000,
    toolCache,
  });
  if (r.exitCode !== 0) throw new Error(`release ${tag} failed:\n${r.errors}`);
  // The trace really was sent: its run span (which ends last) reached the collector.
  const spans = traced ? (await spansOfTrace(traceId, 'goship deploy')).length : 0;
  return { ms: r.durationMs, spans };
}

try {
  await run(false); // the first release is cold (the namespace, the repository): not measured
  const off: number[] = [];
  const on: number[] = [];
  const spans: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    for (const traced of i % 2 ? [true, false] : [false, true]) {
      const r = await run(traced);
      (traced ? on : off).push(r.ms);
      if (traced) spans.push(r.spans);
      console.log(
        `round ${i + 1} ${traced ? 'on ' : 'off'}: ${(r.ms / 1000).toFixed(2)} s${traced ? `, ${r.spans} spans` : ''}`,
      );
    }
  }
  const ratio = median(on) / median(off);
  console.log(`\n| tracing | runs | median | min | max |\n|---|---|---|---|---|`);
  for (const [name, xs] of [
    ['off', off],
    ['on', on],
  ] as const)
    console.log(
      `| ${name} | ${xs.length} | ${(median(xs) / 1000).toFixed(2)} s | ${(Math.min(...xs) / 1000).toFixed(2)} s | ${(Math.max(...xs) / 1000).toFixed(2)} s |`,
    );
  console.log(
    `\non/off ${ratio.toFixed(3)}× (${((ratio - 1) * 100).toFixed(1)} %; target ≤ 1 %), ${median(spans)} spans per traced run`,
  );
} finally {
  kubectl(['delete', 'namespace', ns, '--wait=false']);
}
