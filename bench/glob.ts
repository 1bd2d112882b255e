/*
 * kit's file patterns (expandPatterns) against @actions/glob on the same tree (npx tsx bench/glob.ts): a
 * generated workspace of 20×10 folders with 10 .yaml and 10 .txt files each (4,000 files), every .yaml
 * below it. The ratio is @actions/glob's median time over kit's, measured in alternating rounds.
 * BENCH_ROUNDS=n sets the number of rounds (default 15).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as glob from '@actions/glob';
import { expandPatterns } from '@goship/kit';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const root = mkdtempSync(join(tmpdir(), 'goship-bench-glob-'));
for (let a = 0; a < 20; a++) {
  for (let b = 0; b < 10; b++) {
    const dir = join(root, `d${a}`, `e${b}`);
    mkdirSync(dir, { recursive: true });
    for (let c = 0; c < 10; c++) {
      writeFileSync(join(dir, `f${c}.yaml`), '');
      writeFileSync(join(dir, `g${c}.txt`), '');
    }
  }
}

async function quiet<T>(fn: () => Promise<T>): Promise<T> {
  // @actions/glob logs its options as ::debug:: lines on every call.
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
}

const ours: number[] = [];
const theirs: number[] = [];
let counts: [number, number] = [0, 0];
for (let i = 0; i < ROUNDS; i++) {
  let t = performance.now();
  const a = expandPatterns(['**/*.yaml'], root)[0]!.files.length;
  ours.push(performance.now() - t);
  t = performance.now();
  const b = await quiet(async () => (await (await glob.create(join(root, '**', '*.yaml'))).glob()).length);
  theirs.push(performance.now() - t);
  counts = [a, b];
}
rmSync(root, { recursive: true, force: true });
if (counts[0] !== 2000 || counts[1] !== 2000) throw new Error(`expected 2000 matches each, got ${counts}`);
const [o, g] = [median(ours), median(theirs)];
console.log(`every .yaml in a 4,000-file tree, median of ${ROUNDS} rounds (2,000 matches each):`);
console.log(`  kit expandPatterns  ${o.toFixed(1)} ms`);
console.log(`  @actions/glob       ${g.toFixed(1)} ms  (${(g / o).toFixed(2)}× kit)`);
