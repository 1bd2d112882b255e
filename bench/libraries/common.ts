/* Shared by the bench/libraries.ts sections: rounds, medians, child processes, bundled import cost. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
export const ONLY = (process.env.BENCH_ONLY ?? 'dockerfile,tar,http').split(',');
export const GO_TARBALL =
  process.env.BENCH_GO_TARBALL ?? '/root/.cache/goship/go-mirror/go1.26.8.linux-amd64.tar.gz';
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
export const ms = (x: number) => `${x.toFixed(1)} ms`;
export const ratio = (theirs: number, ours: number) => `${(theirs / ours).toFixed(2)}×`;
export async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}
/** Alternating rounds over contenders; returns each one's median. */
export async function race(
  contenders: Record<string, () => unknown>,
  rounds = ROUNDS,
): Promise<Record<string, number>> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++)
    for (const [k, fn] of Object.entries(contenders)) times[k]!.push(await time(fn));
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}
export const scratch = mkdtempSync(join(tmpdir(), 'goship-bench-libs-'));
export const repoRoot = join(dirname(new URL(import.meta.url).pathname), '../..');
/** The driver (bench/libraries.ts): children run it with --child. */
const driver = join(repoRoot, 'bench/libraries.ts');

/** Peak RSS and wall of `node --import tsx bench/libraries.ts --child <name>` (a fresh process per contender). */
export function child(name: string): { wall: number; rssMiB: number; out: string } {
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', 'rss %M', process.execPath, '--import', 'tsx', driver, '--child', name],
    { encoding: 'utf8', cwd: repoRoot, env: process.env },
  );
  if (r.status !== 0) throw new Error(`${name}: ${r.stdout}${r.stderr}`);
  const rss = Number(/rss (\d+)/.exec(r.stderr)?.[1]) / 1024;
  const wall = Number(/wall ([\d.]+)/.exec(r.stdout)?.[1]);
  return { wall, rssMiB: rss, out: r.stdout };
}

/** ncc bundle of `import * from lib`: bytes, and its start-up over an empty bundle under this Node. */
export function importCost(libs: string[]): Record<string, { bytes: number; ms: number }> {
  mkdirSync(join(scratch, 'imp'), { recursive: true });
  try {
    symlinkSync(join(repoRoot, 'node_modules'), join(scratch, 'imp', 'node_modules'));
  } catch {}
  const bundles: Record<string, string> = {};
  for (const lib of ['', ...libs]) {
    const entry = join(scratch, 'imp', `e${Object.keys(bundles).length}.mjs`);
    writeFileSync(
      entry,
      lib ? `import * as m from '${lib}';\nif (process.env.NEVER) console.log(m);\n` : 'export {};\n',
    );
    const out = `${entry}.out`;
    const b = spawnSync(
      join(repoRoot, 'node_modules/.bin/ncc'),
      ['build', entry, '-o', out, '--minify', '--quiet', '--target', 'es2022'],
      { cwd: repoRoot },
    );
    if (b.status !== 0) throw new Error(`ncc ${lib}: ${b.stderr}`);
    bundles[lib || 'empty'] = readdirSync(out)
      .map((f) => join(out, f))
      .find((f) => /index\.m?js$/.test(f))!;
  }
  const runs = Object.fromEntries(
    Object.entries(bundles).map(([k, f]) => [k, () => spawnSync(process.execPath, [f])]),
  );
  const t: Record<string, number[]> = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
  for (let r = 0; r < 11; r++)
    for (const [k, run] of Object.entries(runs)) {
      const s = performance.now();
      run();
      t[k]!.push(performance.now() - s);
    }
  const empty = median(t.empty!);
  return Object.fromEntries(
    libs.map((l) => [l, { bytes: statSync(bundles[l]!).size, ms: median(t[l]!) - empty }]),
  );
}
