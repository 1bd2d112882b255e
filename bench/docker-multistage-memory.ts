/*
 * docker-multistage memory: peak RSS of `assemble` (push to the real plain registry) for a 1 GB
 * incompressible binary, against a baseline measured in the same run: a process that only reads the
 * binary into memory, which is the floor of what the former whole-buffer implementation needed (it held
 * the file, the tar and the gzip at once). Each measurement is its own process; peak RSS is VmHWM.
 * Needs test/infra/registry; run: npx tsx bench/docker-multistage-memory.ts  (BENCH_MB=1024 by default)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../test/harness/run-action.js';

const MB = Number(process.env.BENCH_MB ?? 1024);
const child = process.argv[2];

const peakRss = () =>
  Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))![1]) * 1024;

if (child === 'baseline') {
  const data = readFileSync(process.argv[3]!);
  console.log(JSON.stringify({ peak: peakRss(), bytes: data.length }));
} else if (child === 'assemble') {
  const { assemble, closeConnections, RegistryPool } = await import('../packages/oci/src/index.js');
  const { parseReference } = await import('@goship/contract');
  const [, , , path, registry, sha] = process.argv;
  const t0 = Date.now();
  const r = await assemble({
    image: parseReference(`${registry}/bench/memory`),
    tags: ['big'],
    binaries: [
      {
        platform: { os: 'linux', architecture: 'amd64' },
        artifact: { name: 'big', os: 'linux', arch: 'amd64', path: path!, sha256: sha },
      },
    ],
    user: '65532:65532',
    labels: {},
    annotations: {},
    created: '2024-01-01T00:00:00Z',
    mtime: 0,
    push: true,
    pool: new RegistryPool({}),
  });
  closeConnections();
  console.log(
    JSON.stringify({
      peak: peakRss(),
      seconds: (Date.now() - t0) / 1000,
      digest: r.digest,
      layers: r.platforms[0]!.layers,
    }),
  );
} else {
  const vars = Object.fromEntries(
    execFileSync(join(repoRoot, 'test/infra/registry/up'), { encoding: 'utf8' })
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  const dir = mkdtempSync(join(tmpdir(), 'bench-mem-'));
  const bin = join(dir, 'big');
  execFileSync('sh', ['-c', `head -c ${MB}M /dev/urandom > "$1"`, 'sh', bin]);
  const sha = createHash('sha256').update(readFileSync(bin)).digest('hex');
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) throw new Error(`${args[0]} failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!);
  };
  try {
    const base = run('baseline', bin);
    const streamed = run('assemble', bin, vars.REGISTRY!, sha);
    const layer = streamed.layers.find((l: { description: string }) => l.description.includes('big'));
    // The pushed layer is removed again: the shared registry should not keep a GB of random bytes.
    execFileSync('curl', [
      '-s',
      '-X',
      'DELETE',
      `http://${vars.REGISTRY}/v2/bench/memory/blobs/${layer.digest}`,
    ]);
    const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;
    console.log(`binary: ${MB} MiB of random bytes; layer pushed: ${mb(layer.size)} (${layer.transfer})`);
    console.log(`baseline (read the binary into memory, as before): peak RSS ${mb(base.peak)}`);
    console.log(
      `assemble + push, streamed from disk:               peak RSS ${mb(streamed.peak)} in ${streamed.seconds} s`,
    );
    console.log(
      `ratio streamed / baseline: ${(streamed.peak / base.peak).toFixed(3)}; under 200 MB: ${streamed.peak < 200 * 2 ** 20}`,
    );
    writeFileSync(join(dir, 'result.json'), JSON.stringify({ base, streamed }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
