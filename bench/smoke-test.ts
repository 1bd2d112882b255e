/*
 * smoke-test benchmark (npx tsx bench/smoke-test.ts [rounds]); needs `node scripts/bundle.mjs smoke-test`.
 *
 * 1. A bad input (a malformed expect-json line) through the bundle, as the runner starts it, against
 *    `node -e ''` on the same Node 24: the ratio is what reading and validating the inputs costs on top of
 *    starting Node. Target: well under a second in absolute terms.
 * 2. Four targets behind a server that answers in 200 ms, three successes in a row each: all four in one
 *    run (checked in parallel) against the same four checked one per run, one after the other.
 * Rounds alternate measured and baseline; medians reported.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { node24, repoRoot } from '../test/harness/run-action.js';

const rounds = Number(process.argv[2] ?? 5);
const bundle = join(repoRoot, 'dist/smoke-test/index.js');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Asynchronous children: the test server lives in this process and must keep answering meanwhile.
function start(args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; code: number }> {
  const t = performance.now();
  return new Promise((resolve) => {
    spawn(node24, args, { env, stdio: 'ignore' }).on('close', (code) =>
      resolve({ ms: performance.now() - t, code: code ?? -1 }),
    );
  });
}

function run(inputs: Record<string, string>): Promise<{ ms: number; code: number }> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return start([bundle], env);
}

const server = createServer((_req, res) => setTimeout(() => res.end('ok'), 200));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const urls = [1, 2, 3, 4].map((i) => `${base}/t${i}`);
const quick = { interval: '10ms', 'consecutive-successes': '3' };

const bad: number[] = [];
const bare: number[] = [];
const parallel: number[] = [];
const sequential: number[] = [];
for (let i = 0; i < rounds; i++) {
  const b = await run({ url: base, 'expect-json': '$.version = "1"' });
  if (b.code !== 1) throw new Error('the bad input did not fail');
  bad.push(b.ms);
  bare.push((await start(['-e', ''], {})).ms);
  const p = await run({ url: urls.join('\n'), ...quick });
  if (p.code !== 0) throw new Error('the parallel run failed');
  parallel.push(p.ms);
  let one = 0;
  for (const url of urls) one += (await run({ url, ...quick })).ms;
  sequential.push(one);
}
server.close();

const ms = (n: number) => `${Math.round(n)} ms`;
console.log(
  `bad input:   ${ms(median(bad))} vs node -e '' ${ms(median(bare))}  ratio ${(median(bad) / median(bare)).toFixed(2)}×`,
);
console.log(
  `4 targets:   one run ${ms(median(parallel))} vs one run each ${ms(median(sequential))}  ratio ${(median(parallel) / median(sequential)).toFixed(2)}×`,
);
