/*
 * Start-up under Node 24 (the Actions runtime), each figure against bare `node -e 0` measured in the same
 * rounds (npx tsx bench/startup.ts):
 * - a kit bundle (bench/startup/main.ts: runAction + one typed input) failing on a bad input, as an action
 *   does before any work: target ≤ 300 ms wall (issue 12);
 * - each Actions toolkit library's import cost: a minified ncc bundle that only imports the library, minus
 *   an empty bundle;
 * - each action failing on a bad input: BENCH_DIST=1 runs every committed dist/<action>/index.js;
 *   BENCH_ACTIONS=setup-go,k8s-rollout also bundles those actions from this tree, for a before/after pair;
 *   BENCH_BEFORE=<dir> also runs <dir>/<action>/index.js (e.g. an older dist/ from `git archive <rev> dist`);
 *   BENCH_OTEL=1 also runs each committed action with tracing on (OTEL_EXPORTER_OTLP_ENDPOINT at the collector of
 *   test/infra/otel, started if not up): the SDK's load and the export of the run's spans, against the same
 *   action with tracing off (issue 21: ≤ 30 ms).
 * Rounds alternate between all contenders so machine load hits each alike; medians are reported, of wall
 * time and of CPU time (user + sys): on a loaded machine wall time grows with the load, CPU time far less.
 * BENCH_ROUNDS=n sets the number of rounds (default 15); BENCH_LIBRARIES=0 skips the import costs (their
 * bundling takes minutes on a loaded machine).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { node24, repoRoot } from '../test/harness/run-action.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const LIMIT_MS = 300;
const LIBRARIES = [
  '@actions/core',
  '@actions/exec',
  '@actions/io',
  '@actions/glob',
  '@actions/http-client',
  '@actions/tool-cache',
  '@actions/cache',
  '@actions/github',
  'yaml',
  // Ours, each as a whole package (what a static import of its index brings).
  '@goship/kit',
  '@goship/contract',
  '@goship/go',
  '@goship/oci',
  '@goship/manifests',
  '@goship/cluster',
  '@goship/kube',
  '@goship/probe',
  '@goship/pipeline',
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;
const scratch = mkdtempSync(join(tmpdir(), 'goship-bench-startup-'));
// Entries written here resolve packages from the repository, as the action sources do.
symlinkSync(join(repoRoot, 'node_modules'), join(scratch, 'node_modules'));

/** Bundles `entry` the way scripts/bundle.mjs does (minified ncc) and returns the bundle's path. */
function bundle(name: string, entry: string): string {
  const out = join(scratch, 'out', name);
  const built = spawnSync(
    join(repoRoot, 'node_modules/.bin/ncc'),
    ['build', entry, '-o', out, '--minify', '--quiet', '--target', 'es2022', '--transpile-only'],
    { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (built.status !== 0) throw new Error(`ncc build of ${entry} failed`);
  // ncc names the bundle after the entry's module kind: index.mjs for an .mjs entry.
  return [join(out, 'index.js'), join(out, 'index.mjs')].find((f) => existsSync(f))!;
}

function entry(name: string, source: string): string {
  const file = join(scratch, `${name}.mjs`);
  writeFileSync(file, source);
  return file;
}

interface Contender {
  name: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** What a run must show, so a bundle that crashes early is not timed as a fast one (default: exit 0). */
  expect?: { code: number; stdout: RegExp };
  times: number[];
  cpu: number[];
}

/** Wall and CPU (user + sys, from /usr/bin/time) of one run: CPU is what load on a shared machine inflates least. */
function run(c: Contender): { wall: number; cpu: number } {
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', node24, ...c.args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...c.env },
    cwd: scratch,
    encoding: 'utf8',
  });
  const wall = performance.now() - started;
  const want = c.expect ?? { code: 0, stdout: /(?:)/ };
  if (r.status !== want.code || !want.stdout.test(r.stdout)) {
    throw new Error(`${c.name}: exit ${r.status}, expected ${want.code}:\n${r.stdout}${r.stderr}`);
  }
  const [, user, sys] = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr) ?? [];
  return { wall, cpu: (Number(user) + Number(sys)) * 1000 };
}

const uptime = () => spawnSync('uptime', { encoding: 'utf8' }).stdout.trim();
console.log(`uptime before: ${uptime()}`);
console.log('bundling…');
const bare: Contender = { name: 'node -e 0', args: ['-e', '0'], times: [], cpu: [] };
const empty: Contender = {
  name: 'empty bundle',
  args: [bundle('empty', entry('empty', 'export {};\n'))],
  times: [],
  cpu: [],
};
const kitBadInput: Contender = {
  name: 'kit bundle, bad input (port 80a)',
  args: [bundle('kit', join(repoRoot, 'bench/startup/main.ts'))],
  env: { INPUT_PORT: '80a' },
  expect: { code: 1, stdout: /^::error::Input 'port': '80a' is not a port number/m },
  times: [],
  cpu: [],
};
const libraries: Contender[] = (process.env.BENCH_LIBRARIES === '0' ? [] : LIBRARIES).map((lib, i) => ({
  name: lib,
  args: [
    bundle(
      `lib${i}`,
      entry(`lib${i}`, `import * as m from '${lib}';\nif (process.env.BENCH_NEVER) console.log(m);\n`),
    ),
  ],
  times: [],
  cpu: [],
}));

/** Each action with an input it must refuse before doing anything, and the input its error must name. */
const BAD_INPUTS: Record<string, { env: Record<string, string>; names: string }> = {
  'setup-go': { env: { 'INPUT_GO-VERSION': 'latest' }, names: 'go-version' },
  'go-build-ldflags': { env: { INPUT_PORT: '80a' }, names: 'port' },
  'docker-multistage': { env: { INPUT_PORT: '80a', INPUT_IMAGE: 'registry.example/app' }, names: 'port' },
  'render-manifests': {
    env: { INPUT_PORT: '80a', INPUT_NAME: 'app', INPUT_IMAGE: 'registry.example/app:1' },
    names: 'port',
  },
  'k8s-rollout': { env: { INPUT_TIMEOUT: 'soon', INPUT_MANIFESTS: 'k8s' }, names: 'timeout' },
  'smoke-test': { env: { INPUT_URL: 'http://127.0.0.1:9/', INPUT_TIMEOUT: 'soon' }, names: 'timeout' },
  // Every stage's inputs are checked before the first stage (readStages, packages/pipeline/src/pipeline.ts).
  deploy: {
    env: { INPUT_PORT: '80a', INPUT_NAME: 'app', INPUT_IMAGE: 'registry.example/app' },
    names: 'port',
  },
};
/** Committed dist/ bundles (what is released) and, for BENCH_ACTIONS, bundles of this tree's sources. */
const badRun = (action: string, label: string, args: string[]): Contender => ({
  name: `${label}, bad input`,
  args,
  env: { ...BAD_INPUTS[action]!.env, GITHUB_WORKSPACE: scratch, RUNNER_TEMP: scratch },
  // The refusal must be the one asked for: a bundle failing on something else is not timed as a fast one.
  expect: { code: 1, stdout: new RegExp(`^::error.*'${BAD_INPUTS[action]!.names}'`, 'm') },
  times: [],
  cpu: [],
});
const selected = (process.env.BENCH_ACTIONS ?? '').split(',').filter((a) => a in BAD_INPUTS);
const actions: Contender[] = [
  ...(process.env.BENCH_DIST === '1' ? Object.keys(BAD_INPUTS) : selected)
    .filter((name) => existsSync(join(repoRoot, 'dist', name, 'index.js')))
    .map((name) => badRun(name, `dist/${name} (committed)`, [join(repoRoot, 'dist', name, 'index.js')])),
  ...selected.map((name) =>
    badRun(name, `${name} (this tree)`, [bundle(name, join(repoRoot, 'actions', name, 'main.ts'))]),
  ),
  ...(process.env.BENCH_BEFORE
    ? Object.keys(BAD_INPUTS)
        .filter((name) => existsSync(join(process.env.BENCH_BEFORE!, name, 'index.js')))
        .map((name) => badRun(name, `${name} (before)`, [join(process.env.BENCH_BEFORE!, name, 'index.js')]))
    : []),
];

// Tracing on: the same committed actions, exporting to a real collector.
const collector =
  process.env.BENCH_OTEL === '1'
    ? /^OTEL_COLLECTOR_HTTP=(.*)$/m.exec(
        spawnSync(join(repoRoot, 'test/infra/otel/up'), {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        }).stdout,
      )?.[1]
    : undefined;
if (process.env.BENCH_OTEL === '1' && !collector)
  throw new Error('test/infra/otel/up printed no OTEL_COLLECTOR_HTTP');
const traced: [Contender, Contender][] = collector
  ? actions
      .filter((c) => c.name.startsWith('dist/'))
      .map((c) => [
        c,
        {
          ...c,
          name: `${c.name}, tracing on`,
          env: { ...c.env, OTEL_EXPORTER_OTLP_ENDPOINT: collector },
          times: [],
          cpu: [],
        },
      ])
  : [];

const all = [bare, empty, kitBadInput, ...libraries, ...actions, ...traced.map(([, on]) => on)];
for (let round = 0; round < ROUNDS; round++) {
  for (const c of all) {
    const { wall, cpu } = run(c);
    c.times.push(wall);
    c.cpu.push(cpu);
  }
}
if (!process.env.BENCH_KEEP) rmSync(scratch, { recursive: true, force: true });
else console.log(scratch);

const b = median(bare.times);
const bCpu = median(bare.cpu);
const e = median(empty.times);
const eCpu = median(empty.cpu);
const rows: string[][] = [];
const verdict = (m: number) => (m <= LIMIT_MS ? 'met' : 'MISSED');
for (const c of [empty, kitBadInput, ...actions]) {
  const m = median(c.times);
  const cpu = median(c.cpu);
  const target = c.expect ? `≤ ${LIMIT_MS} ms wall: ${verdict(m)} (CPU: ${verdict(cpu)})` : '';
  rows.push([c.name, ms(m), `${(m / b).toFixed(2)}×`, ms(cpu), `${(cpu / bCpu).toFixed(2)}×`, target]);
}
for (const c of libraries) {
  const m = median(c.times);
  const cpu = median(c.cpu);
  rows.push([
    `import ${c.name}`,
    ms(m),
    `${(m / b).toFixed(2)}×`,
    ms(cpu),
    `${(cpu / bCpu).toFixed(2)}×`,
    `+${ms(Math.max(0, m - e))} wall, +${ms(Math.max(0, cpu - eCpu))} CPU over the empty bundle`,
  ]);
}
for (const [off, on] of traced) {
  const extra = median(on.times) - median(off.times);
  rows.push([
    on.name,
    ms(median(on.times)),
    `${(median(on.times) / b).toFixed(2)}×`,
    ms(median(on.cpu)),
    `${(median(on.cpu) / bCpu).toFixed(2)}×`,
    `tracing costs ${extra >= 0 ? '+' : ''}${ms(extra)} wall (≤ 30 ms: ${extra <= 30 ? 'met' : 'MISSED'})`,
  ]);
}
const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
const headers = ['start-up (median)', 'wall', `÷ node -e 0 (${ms(b)})`, 'CPU', `÷ (${ms(bCpu)})`, ''];
const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
const version = spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`${ROUNDS} rounds, Node ${version}, load average ${load} on ${availableParallelism()} CPUs`);
console.log(line(headers));
for (const r of rows) console.log(line(r));
console.log(`uptime after: ${uptime()}`);
