/*
 * docker-multistage `mode: merge` (issue 13), one run, ratios against a baseline measured in the same run:
 * the time of the merge step of a distributed build — N single-platform images already pushed by digest
 * (`push-by-digest: true`, one per "runner", not timed: they run in parallel on their own machines) joined
 * into one multi-platform index and tagged — against a single runner's multi-arch `assemble` of the same
 * binaries (layers uploaded, per-platform manifests, index, tags), for N = 2 (linux/amd64, linux/arm64) and
 * N = 4 (+ linux/arm/v7, linux/s390x). Both are the bundled action, process start → exit, each round into
 * fresh repositories, order alternating. Checks that the merged index's digest equals the assemble's
 * (the byte-identical promise) and prints both.
 *   npx tsx bench/merge.ts          (BENCH_ROUNDS, default 3; needs test/infra/registry, started if not up)
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ActionResult, repoRoot, runAction } from '../test/harness/run-action.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/s390x'];
const SIZES = [2, 4];

const registry = /^REGISTRY=(.*)$/m.exec(
  execFileSync(join(repoRoot, 'test/infra/registry/up'), {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
)?.[1];
if (!registry) throw new Error('test/infra/registry/up printed no REGISTRY');

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (x: number) => `${Math.round(x)} ms`;
const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();

// A tagged git checkout of examples/hello (fixed dates: the same commit every run).
const repo = mkdtempSync(join(tmpdir(), 'bench-merge-'));
cpSync(join(repoRoot, 'examples/hello'), repo, { recursive: true, filter: (p) => !p.endsWith('/dist') });
writeFileSync(join(repo, '.gitignore'), 'dist/\n');
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@x',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@x',
      GIT_AUTHOR_DATE: '2024-05-06T07:08:09Z',
      GIT_COMMITTER_DATE: '2024-05-06T07:08:09Z',
    },
  }).trim();
git('init', '-q', '-b', 'main');
git('add', '.');
git('commit', '-q', '-m', 'bench');
git('tag', 'v1.2.3');
const env = {
  GITHUB_REF: 'refs/tags/v1.2.3',
  GITHUB_SHA: git('rev-parse', 'HEAD'),
  GITHUB_REPOSITORY: 'acme/hello',
  HOME: mkdtempSync(join(tmpdir(), 'bench-merge-home-')),
  GOCACHE: process.env.GOCACHE ?? join(homedir(), '.cache/go-build'),
};

async function action(name: string, inputs: Record<string, string>): Promise<ActionResult> {
  const r = await runAction(name, { inputs, env, workspace: repo, timeoutMs: 900_000 });
  if (r.exitCode !== 0) throw new Error(`${name} failed: ${r.errors}\n${r.stdout.slice(-3000)}`);
  return r;
}

// The binaries, built once: every image below carries exactly these files.
console.log(`merge bench: ${ROUNDS} rounds; load at start: ${uptime()}`);
const built = await action('go-build-ldflags', { targets: PLATFORMS.join(','), port: '8080' });
const artifacts = built.outputs.artifacts!;
console.log(`go-build-ldflags, ${PLATFORMS.length} platforms (not timed here): ${ms(built.durationMs)}`);

const fresh = (what: string) => `${registry}/bench/${what}-${randomBytes(4).toString('hex')}`;

/** The matrix jobs (untimed): one push-by-digest per platform into `image`. */
async function pushByDigest(image: string, platforms: string[]): Promise<string[]> {
  const runs = await Promise.all(
    platforms.map((p) =>
      action('docker-multistage', {
        mode: 'assemble',
        image,
        artifacts,
        platforms: p,
        'push-by-digest': 'true',
        latest: 'false',
      }),
    ),
  );
  return runs.map((r) => r.outputs.digest!);
}

const merges: Record<number, number[]> = {};
const assembles: Record<number, number[]> = {};
const digests: Record<number, { merged: Set<string>; assembled: Set<string> }> = {};
for (const n of SIZES) {
  merges[n] = [];
  assembles[n] = [];
  digests[n] = { merged: new Set(), assembled: new Set() };
}

for (let round = 0; round < ROUNDS; round++) {
  for (const n of SIZES) {
    const platforms = PLATFORMS.slice(0, n);
    const merge = async () => {
      const image = fresh(`merge${n}`);
      const pushed = await pushByDigest(image, platforms);
      const r = await action('docker-multistage', {
        mode: 'merge',
        image,
        digests: pushed.join('\n'),
        latest: 'false',
      });
      merges[n]!.push(r.durationMs);
      digests[n]!.merged.add(r.outputs.digest!);
    };
    const assemble = async () => {
      const r = await action('docker-multistage', {
        mode: 'assemble',
        image: fresh(`assemble${n}`),
        artifacts,
        platforms: platforms.join(','),
        latest: 'false',
      });
      assembles[n]!.push(r.durationMs);
      digests[n]!.assembled.add(r.outputs.digest!);
    };
    // Alternate which goes first, so a drift in the machine's load weighs on both alike.
    if (round % 2 === 0) {
      await merge();
      await assemble();
    } else {
      await assemble();
      await merge();
    }
    console.log(
      `round ${round + 1}, ${n} platforms: merge ${ms(merges[n]!.at(-1)!)}, assemble ${ms(assembles[n]!.at(-1)!)}`,
    );
  }
}

// merge orders the index by platform name unless `platforms` is given, assemble keeps the order its platforms
// (or artifacts) come in: the same merge with `platforms` in assemble's order shows whether only the order differs.
const ordered: Record<number, string> = {};
for (const n of SIZES) {
  const platforms = PLATFORMS.slice(0, n);
  const image = fresh(`merge${n}-ordered`);
  const pushed = await pushByDigest(image, platforms);
  const r = await action('docker-multistage', {
    mode: 'merge',
    image,
    digests: pushed.join('\n'),
    platforms: platforms.join(','),
    latest: 'false',
  });
  ordered[n] = r.outputs.digest!;
}
rmSync(repo, { recursive: true, force: true });
rmSync(env.HOME, { recursive: true, force: true });

const rows = SIZES.map((n) => {
  const m = median(merges[n]!);
  const a = median(assembles[n]!);
  const d = digests[n]!;
  const same = d.merged.size === 1 && d.assembled.size === 1 && [...d.merged][0] === [...d.assembled][0];
  const sameOrdered = d.assembled.size === 1 && ordered[n] === [...d.assembled][0];
  return `| ${n} (${PLATFORMS.slice(0, n).join(', ')}) | ${ms(m)} | ${ms(a)} | ${(m / a).toFixed(2)}× | ${same ? 'identical' : 'DIFFERENT'}: merged ${[...d.merged].join(' ')}, assembled ${[...d.assembled].join(' ')} | ${sameOrdered ? 'identical' : 'DIFFERENT'}: ${ordered[n]} |`;
});
console.log(`
load at end: ${uptime()}

| platforms | merge (median of ${ROUNDS}, action start → exit) | single-runner multi-arch assemble (median of ${ROUNDS}) | merge / assemble | index digest: merge vs assemble | merge given \`platforms\` in assemble's order |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`);
