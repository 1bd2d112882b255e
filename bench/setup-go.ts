/*
 * setup-go benchmarks, each a ratio against a baseline measured in the same run (npx tsx bench/setup-go.ts):
 * - cold install of the real Go from the loopback mirror (the bundled action through the runner harness:
 *   manifest, download, sha256, guarded unpack, atomic install, `go version`) vs `curl -s URL | tar -xz` of the
 *   same tarball (target ≤ 1.3×);
 * - the install path alone, in this process: installGo's streamed download → sha256 → guarded extract → rename
 *   vs @actions/tool-cache's downloadTool → sha256 of the file → extractTar → cacheDir (what actions/setup-go
 *   does), same tarball, same mirror (issue 12: keep ours only while it is measurably faster);
 * - the download alone (GET + sha256 of the same tarball, nothing unpacked): openGet (node:http with the agents of
 *   the kit proxy rule, what setup-go uses since it honours HTTPS_PROXY/NO_PROXY) vs the global fetch it replaced
 *   (target ≤ 1.05×: the proxy support must not cost download speed);
 * - warm run (tool-cache hit, no network) as the runner starts it (target < 0.5 s);
 * - start-up of a bundle that only reads inputs (bench/startup/main.ts) vs bare `node -e 0` under Node 24
 *   (target ≤ 1.5×), and of dist/setup-go failing on a bad input, against the same baseline.
 * Runs alternate between contender and baseline so machine load hits both alike; medians are reported.
 * BENCH_COLD=n, BENCH_INSTALL=n, BENCH_DOWNLOAD=n, BENCH_WARM=n, BENCH_STARTUP=n set the number of rounds (0 skips).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeAgents } from '@goship/kit';
import { installGo, openGet } from '../packages/go/src/index.js';
import { infraUp } from '../test/harness/infra.js';
import { node24, repoRoot, runAction } from '../test/harness/run-action.js';

const rounds = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;
const scratch = mkdtempSync(join(tmpdir(), 'goship-bench-setupgo-'));

function exitOf(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

/** `curl -s URL | tar -xz -C dir`, as two processes joined by a pipe (no shell). */
async function curlTar(url: string, dir: string): Promise<number> {
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const curl = spawn('curl', ['-s', '-f', url], { stdio: ['ignore', 'pipe', 'inherit'] });
  const tar = spawn('tar', ['-xz', '-C', dir], { stdio: [curl.stdout!, 'inherit', 'inherit'] });
  const [a, b] = await Promise.all([exitOf(curl), exitOf(tar)]);
  if (a !== 0 || b !== 0) throw new Error(`curl | tar failed (${a}, ${b})`);
  return performance.now() - started;
}

async function setupGo(base: string, version: string, toolCache: string): Promise<number> {
  const r = await runAction('setup-go', {
    inputs: { 'go-version': version, 'go-download-base-url': base, cache: 'false' },
    toolCache,
    timeoutMs: 600_000,
  });
  if (r.exitCode !== 0) throw new Error(`setup-go failed:\n${r.errors}\n${r.stderr}`);
  return r.durationMs;
}

function timeProcess(args: string[], env?: NodeJS.ProcessEnv): number {
  const started = performance.now();
  spawnSync(node24, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  return performance.now() - started;
}

const mirror = await infraUp('go-mirror');
const base = mirror.GO_DOWNLOAD_BASE_URL;
const version = mirror.GO_MIRROR_REAL_VERSION;
if (!base || !version)
  throw new Error('test/infra/go-mirror/up did not print GO_DOWNLOAD_BASE_URL and GO_MIRROR_REAL_VERSION');
const url = `${base}/go${version}.linux-amd64.tar.gz`;
const rows: string[][] = [];

// Cold install vs curl | tar.
if (rounds('BENCH_COLD', 3) > 0) {
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < rounds('BENCH_COLD', 3); i++) {
    const dir = join(scratch, `curl-${i}`);
    baseline.push(await curlTar(url, dir));
    rmSync(dir, { recursive: true, force: true });
    const tc = join(scratch, `tc-cold-${i}`);
    ours.push(await setupGo(base, version, tc));
    rmSync(tc, { recursive: true, force: true });
  }
  const ratio = median(ours) / median(baseline);
  rows.push([
    'cold install (mirror)',
    ms(median(ours)),
    `curl | tar -xz: ${ms(median(baseline))}`,
    `${ratio.toFixed(2)}×`,
    '≤ 1.3×',
    ratio <= 1.3 ? 'met' : 'MISSED',
  ]);
}

// The install path alone: ours (streamed) vs @actions/tool-cache's (download to a file, then unpack, then copy).
if (rounds('BENCH_INSTALL', 3) > 0) {
  const manifest = (await (await fetch(`${base}/?mode=json&include=all`)).json()) as {
    version: string;
    files: { filename: string; sha256: string; size: number }[];
  }[];
  const filename = `go${version}.linux-amd64.tar.gz`;
  const file = manifest.flatMap((r) => r.files).find((f) => f.filename === filename);
  if (!file) throw new Error(`${filename} is not in the mirror's manifest`);
  const toolCache = await import('@actions/tool-cache');
  const streamed: number[] = [];
  const viaToolCache: number[] = [];
  for (let i = 0; i < rounds('BENCH_INSTALL', 3); i++) {
    const ours = join(scratch, `install-ours-${i}`);
    let t = performance.now();
    await installGo({
      url,
      filename,
      sha256: file.sha256,
      size: file.size,
      semver: version,
      toolCache: { root: ours, tool: 'go', arch: 'x64' },
    });
    streamed.push(performance.now() - t);
    rmSync(ours, { recursive: true, force: true });

    const theirs = join(scratch, `install-tc-${i}`);
    process.env.RUNNER_TEMP = join(theirs, 'temp');
    process.env.RUNNER_TOOL_CACHE = join(theirs, 'cache');
    t = performance.now();
    const archive = await toolCache.downloadTool(url);
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(archive)) hash.update(chunk as Buffer);
    if (hash.digest('hex') !== file.sha256) throw new Error('tool-cache path: sha256 mismatch');
    const extracted = await toolCache.extractTar(archive);
    await toolCache.cacheDir(join(extracted, 'go'), 'go', version, 'x64');
    viaToolCache.push(performance.now() - t);
    rmSync(theirs, { recursive: true, force: true });
  }
  const ratio = median(streamed) / median(viaToolCache);
  rows.push([
    'install path: streamed vs tool-cache',
    ms(median(streamed)),
    `downloadTool+extractTar+cacheDir: ${ms(median(viaToolCache))}`,
    `${ratio.toFixed(2)}×`,
    '< 1× (else use tool-cache)',
    ratio < 1 ? 'met' : 'MISSED',
  ]);
}

// The download alone: node:http through the kit's agents (openGet) vs the global fetch, GET + sha256.
if (rounds('BENCH_DOWNLOAD', 5) > 0) {
  const viaOpenGet = async () => {
    const t = performance.now();
    const res = await openGet(url, {}, AbortSignal.timeout(300_000));
    const hash = createHash('sha256');
    for await (const chunk of res.body) hash.update(chunk as Buffer);
    hash.digest('hex');
    return performance.now() - t;
  };
  const viaFetch = async () => {
    const t = performance.now();
    const res = await fetch(url, { redirect: 'follow' });
    const hash = createHash('sha256');
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) hash.update(chunk);
    hash.digest('hex');
    return performance.now() - t;
  };
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < rounds('BENCH_DOWNLOAD', 5); i++) {
    // Alternating, and each starts with a new connection (fetch's pool may keep one; ours is closed).
    ours.push(await viaOpenGet());
    closeAgents();
    baseline.push(await viaFetch());
  }
  const ratio = median(ours) / median(baseline);
  rows.push([
    'download + sha256: node:http (proxy-aware) vs fetch',
    ms(median(ours)),
    `global fetch: ${ms(median(baseline))}`,
    `${ratio.toFixed(2)}×`,
    '≤ 1.05×',
    ratio <= 1.05 ? 'met' : 'MISSED',
  ]);
}

// Warm run: tool-cache hit.
if (rounds('BENCH_WARM', 7) > 0) {
  const tc = join(scratch, 'tc-warm');
  await setupGo(base, version, tc);
  const warm: number[] = [];
  for (let i = 0; i < rounds('BENCH_WARM', 7); i++) warm.push(await setupGo(base, version, tc));
  const m = median(warm);
  rows.push(['warm run (tool-cache hit)', ms(m), '—', '—', '< 500 ms', m < 500 ? 'met' : 'MISSED']);
}

// Start-up: an inputs-only bundle, and setup-go failing on a bad input, vs bare node.
if (rounds('BENCH_STARTUP', 25) > 0) {
  const out = join(scratch, 'startup');
  const built = spawnSync(
    join(repoRoot, 'node_modules/.bin/ncc'),
    ['build', 'bench/startup/main.ts', '-o', out, '-m', '-q', '--transpile-only'],
    { cwd: repoRoot, stdio: 'inherit' },
  );
  if (built.status !== 0) throw new Error('ncc build of bench/startup/main.ts failed');
  const inputsOnly: number[] = [];
  const badInput: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < rounds('BENCH_STARTUP', 25); i++) {
    bare.push(timeProcess(['-e', '0']));
    inputsOnly.push(timeProcess([join(out, 'index.js')], { INPUT_PORT: '8080' }));
    badInput.push(timeProcess([join(repoRoot, 'dist/setup-go/index.js')], { 'INPUT_GO-VERSION': 'latest' }));
  }
  const b = median(bare);
  const r1 = median(inputsOnly) / b;
  const r2 = median(badInput) / b;
  rows.push([
    'start-up: inputs-only bundle',
    ms(median(inputsOnly)),
    `node -e 0: ${ms(b)}`,
    `${r1.toFixed(2)}×`,
    '≤ 1.5×',
    r1 <= 1.5 ? 'met' : 'MISSED',
  ]);
  rows.push([
    'start-up: setup-go, bad input',
    ms(median(badInput)),
    `node -e 0: ${ms(b)}`,
    `${r2.toFixed(2)}×`,
    '≤ 1.5×',
    r2 <= 1.5 ? 'met' : 'MISSED',
  ]);
}

closeAgents();
rmSync(scratch, { recursive: true, force: true });
const headers = ['benchmark', 'median', 'baseline (median)', 'ratio', 'target', ''];
const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(
  `setup-go benchmarks (Go ${version} from ${base}; node ${spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim()})`,
);
console.log(line(headers));
for (const r of rows) console.log(line(r));
