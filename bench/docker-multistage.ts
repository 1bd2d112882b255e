/*
 * docker-multistage benchmarks, one run, ratios against baselines measured in the same run:
 *  1. time to a pushed image: assemble (the go-build-ldflags binary on scratch, no daemon) vs the generated
 *     multi-stage Dockerfile built by buildah (same source, same registry, warm Go build cache mount);
 *  2. final image size: assemble on scratch vs the same binary on a busybox runtime (the local alpine stand-in);
 *  3. re-push of an unchanged image: time, blobs and bytes sent (counted by a proxy in front of the registry);
 *  4. the listening check's cost on hello: assemble with `listening-check: true` vs `false`, alternating
 *     (target ≤ 0.5 s). BENCH_ONLY=listening runs only this section (e.g. in a worktree of an older commit,
 *     to measure before and after a change of the check).
 * Needs test/infra (registry + base images); run: npx tsx bench/docker-multistage.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeLdflags } from '@goship/contract';
import { repoRoot, runAction } from '../test/harness/run-action.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const vars = (out: string) =>
  Object.fromEntries(
    out
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
const infra = vars(execFileSync(join(repoRoot, 'test/infra/registry/up'), { encoding: 'utf8' }));
const images = vars(
  execFileSync(join(repoRoot, 'test/infra/images/build'), {
    encoding: 'utf8',
    env: { ...process.env, ...infra },
  }),
);
const REG = infra.REGISTRY!;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;

// A real git checkout of examples/hello with a release tag.
const repo = mkdtempSync(join(tmpdir(), 'bench-dm-'));
cpSync(join(repoRoot, 'examples/hello'), repo, { recursive: true });
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
      GIT_COMMITTER_DATE: '2024-05-06T07:08:09Z',
      GIT_AUTHOR_DATE: '2024-05-06T07:08:09Z',
    },
  }).trim();
git('init', '-q', '-b', 'main');
git('add', '.');
git('commit', '-q', '-m', 'bench');
git('tag', 'v1.2.3');
const commit = git('rev-parse', 'HEAD');
const env = {
  GITHUB_REF: 'refs/tags/v1.2.3',
  GITHUB_SHA: commit,
  HOME: mkdtempSync(join(tmpdir(), 'bench-home-')),
};

function goBuild(): { artifacts: string; ms: number } {
  const { ldflags } = composeLdflags({
    inject: [
      { name: 'main.version', value: '1.2.3' },
      { name: 'main.commit', value: commit },
    ],
  });
  const out = join(repo, 'dist/hello');
  const t = performance.now();
  execFileSync('go', ['build', '-trimpath', `-ldflags=${ldflags}`, '-o', out, '.'], {
    cwd: repo,
    env: { ...process.env, CGO_ENABLED: '0', GOOS: 'linux', GOARCH: 'amd64' },
  });
  const ms = performance.now() - t;
  const sha256 = createHash('sha256').update(readFileSync(out)).digest('hex');
  return {
    artifacts: JSON.stringify([{ name: 'hello', os: 'linux', arch: 'amd64', path: out, sha256 }]),
    ms,
  };
}

async function action(
  inputs: Record<string, string | boolean>,
  registryAddr = REG,
  extraEnv: NodeJS.ProcessEnv = {},
) {
  const r = await runAction('docker-multistage', {
    inputs: {
      tags: 'bench',
      latest: 'false',
      ...inputs,
      image: String(inputs.image).replace(REG, registryAddr),
    },
    env: { ...env, ...extraEnv },
    workspace: repo,
    timeoutMs: 900_000,
  });
  if (r.exitCode !== 0) throw new Error(`action failed: ${r.errors}\n${r.stdout.slice(-3000)}`);
  return {
    ms: r.durationMs,
    meta: JSON.parse(r.outputs.metadata!) as {
      digest: string;
      perPlatform: { size: number }[];
      uploaded: number;
      reused: number;
    },
  };
}

/** Counts request-body bytes on their way to the registry (independent of the action's own counters). */
async function countingProxy(): Promise<{
  addr: string;
  bytes: () => number;
  requests: () => string[];
  close: () => void;
}> {
  let bytes = 0;
  const requests: string[] = [];
  const [host, port] = REG.split(':');
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url?.split('?')[0]}`);
    req.on('data', (d: Buffer) => {
      bytes += d.length;
    });
    const up = http.request(
      { host, port: Number(port), method: req.method, path: req.url, headers: req.headers },
      (ur) => {
        res.writeHead(ur.statusCode ?? 502, ur.headers);
        ur.pipe(res);
      },
    );
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    addr: `127.0.0.1:${(server.address() as { port: number }).port}`,
    bytes: () => bytes,
    requests: () => requests,
    close: () => server.close(),
  };
}

const { artifacts, ms: goMs } = goBuild();

/** 4. assemble with and without the listening check, alternating; the check's cost is the median difference. */
async function listeningCost(): Promise<{ on: number; off: number; cost: number }> {
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i <= ROUNDS; i++) {
    for (const check of ['true', 'false'] as const) {
      const r = await action({
        image: `${REG}/bench/listening-${check}-${Date.now()}-${i}`,
        artifacts,
        platforms: 'linux/amd64',
        port: '8080',
        'listening-check': check,
      });
      if (i > 0) (check === 'true' ? on : off).push(r.ms); // round 0 warms the page cache
    }
  }
  return { on: median(on), off: median(off), cost: median(on) - median(off) };
}

if (process.env.BENCH_ONLY === 'listening') {
  const l = await listeningCost();
  console.log(
    `listening check on hello (assemble, median of ${ROUNDS}): with ${fmt(l.on)}, without ${fmt(l.off)}: costs ${fmt(l.cost)} (ratio ${(l.on / l.off).toFixed(2)}×; target ≤ 0.5 s)`,
  );
  process.exit(0);
}
const goWarm = median(Array.from({ length: ROUNDS }, () => goBuild().ms));

// 1. time to pushed image (fresh repository each round: every blob is uploaded)
const assembleMs: number[] = [];
let assembled: Awaited<ReturnType<typeof action>>['meta'] | undefined;
for (let i = 0; i < ROUNDS; i++) {
  const r = await action({
    image: `${REG}/bench/assemble-${Date.now()}-${i}`,
    artifacts,
    platforms: 'linux/amd64',
  });
  assembleMs.push(r.ms);
  assembled = r.meta;
}
const dockerfileMs: number[] = [];
let built: Awaited<ReturnType<typeof action>>['meta'] | undefined;
for (let i = 0; i <= ROUNDS; i++) {
  // A source change each round, so `RUN go build` really runs (with the warm cache mount), as in CI.
  writeFileSync(join(repo, 'bench_round.go'), `package main\n\nvar benchRound = ${Date.now()}\n`);
  const r = await action({
    mode: 'dockerfile',
    image: `${REG}/bench/dockerfile-${Date.now()}-${i}`,
    'build-args': `GO_IMAGE=${images.BASE_GOLANG}`,
    platforms: 'linux/amd64',
  });
  if (i > 0)
    dockerfileMs.push(r.ms); // round 0 warms buildah's layer store and the Go cache mount
  else console.log(`dockerfile cold (first build, fills the cache mount): ${fmt(r.ms)}`);
  built = r.meta;
}

// 1b. the same Dockerfile build as on a runner without any cache: a fresh image store (the golang base is
// pulled again) and a fresh TMPDIR (buildah keeps RUN --mount=type=cache directories under it).
const coldRoot = mkdtempSync(join(tmpdir(), 'bench-dm-cold-'));
writeFileSync(
  join(coldRoot, 'storage.conf'),
  `[storage]\ndriver = "overlay"\ngraphroot = "${coldRoot}/graph"\nrunroot = "${coldRoot}/run"\n`,
);
mkdirSync(join(coldRoot, 'tmp'));
writeFileSync(join(repo, 'bench_round.go'), `package main\n\nvar benchRound = ${Date.now()}\n`);
const cold = await action(
  {
    mode: 'dockerfile',
    image: `${REG}/bench/dockerfile-cold-${Date.now()}`,
    'build-args': `GO_IMAGE=${images.BASE_GOLANG}`,
    platforms: 'linux/amd64',
  },
  REG,
  { CONTAINERS_STORAGE_CONF: join(coldRoot, 'storage.conf'), TMPDIR: join(coldRoot, 'tmp') },
);
execFileSync('buildah', ['rmi', '--all', '--force'], {
  env: { ...process.env, CONTAINERS_STORAGE_CONF: join(coldRoot, 'storage.conf') },
  stdio: 'ignore',
});
rmSync(coldRoot, { recursive: true, force: true });

// 2. size vs a busybox (alpine-like) runtime carrying the same binary
const onBusybox = await action({
  image: `${REG}/bench/busybox-${Date.now()}`,
  artifacts,
  platforms: 'linux/amd64',
  base: images.BASE_BUSYBOX!,
});

// 3. re-push of an unchanged image through a counting proxy
const proxy = await countingProxy();
const repushRepo = `${REG}/bench/repush-${Date.now()}`;
const firstPush = await action({ image: repushRepo, artifacts, platforms: 'linux/amd64' }, proxy.addr);
const firstBytes = proxy.bytes();
const before = proxy.requests().length;
const repush = await action({ image: repushRepo, artifacts, platforms: 'linux/amd64' }, proxy.addr);
const repushBytes = proxy.bytes() - firstBytes;
const repushBlobPuts = proxy
  .requests()
  .slice(before)
  .filter((r) => r.startsWith('PUT') && r.includes('/blobs/uploads/')).length;
proxy.close();

const listening = await listeningCost();

const tA = median(assembleMs);
const tD = median(dockerfileMs);
const sizeScratch = assembled!.perPlatform[0]!.size;
const sizeBusybox = onBusybox.meta.perPlatform[0]!.size;
console.log(`
| measure | value |
| --- | --- |
| go build (linux/amd64, cold → warm cache) | ${fmt(goMs)} → ${fmt(goWarm)} |
| assemble: pushed image (median of ${ROUNDS}, action start to exit) | ${fmt(tA)} |
| dockerfile (generated, buildah, warm Go cache mount, median of ${ROUNDS}) | ${fmt(tD)} |
| **time ratio dockerfile / assemble, warm builder** (target ≥ 10) | **${(tD / tA).toFixed(1)}×** |
| dockerfile on a runner without cache (fresh image store and cache mounts) | ${fmt(cold.ms)} |
| **time ratio dockerfile without cache / assemble** | **${(cold.ms / tA).toFixed(1)}×** |
| time ratio dockerfile / (warm go build + assemble) | ${(tD / (tA + goWarm)).toFixed(1)}× |
| image size: assemble on scratch | ${mb(sizeScratch)} |
| image size: dockerfile (generated, scratch runtime) | ${mb(built!.perPlatform[0]!.size)} |
| image size: same binary on busybox runtime (alpine stand-in) | ${mb(sizeBusybox)} |
| **size ratio scratch / busybox** (target ≤ 0.5) | **${(sizeScratch / sizeBusybox).toFixed(2)}** |
| first push through proxy: time, bytes sent | ${fmt(firstPush.ms)}, ${mb(firstBytes)} (${firstPush.meta.uploaded} blobs) |
| **re-push unchanged: time, bytes sent, blob uploads** (target: 0 layers) | **${fmt(repush.ms)}, ${repushBytes} B of manifests, ${repushBlobPuts} blob uploads (${repush.meta.reused} blobs already there)** |
| re-push digest equals first push | ${repush.meta.digest === firstPush.meta.digest} |
| **listening check on hello: its cost** (assemble with − without, median of ${ROUNDS}; target ≤ 0.5 s) | **${fmt(listening.cost)}** (${fmt(listening.on)} vs ${fmt(listening.off)}, ${(listening.on / listening.off).toFixed(2)}×) |
`);
