/*
 * test/infra/cluster itself: `down` leaves nothing behind. check-clean snapshots processes, `ip addr`,
 * `iptables-save` and /proc/mounts, runs up (with the real node and a real pod behind a NodePort when the
 * machine allows it), down twice, then an up killed midway and down, and compares. It starts a cluster
 * of its own (its own GOSHIP_STATE), so it needs no shared infra:
 *   GOSHIP_KEEP_INFRA=1 GOSHIP_INFRA= npm run test:e2e -- test/e2e/cluster-infra
 * When the real node cannot run here (or another cluster on this machine holds it), the real-node test
 * is reported as skipped with the reason that `up` gave.
 *
 * @goship-alone check-clean snapshots machine-wide processes, links, routes and iptables around its own up and down
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../harness/run-action.js';

interface CheckClean {
  code: number;
  out: string;
  realNode: string | undefined;
  noRealNodeReason: string | undefined;
}

/*
 * Run once while the tests are collected: whether the real node took part decides, before any test
 * runs, whether its test runs or is reported as skipped with the reason.
 */
function checkClean(): CheckClean {
  const state = mkdtempSync(join(tmpdir(), 'goship-check-clean-'));
  let code = 0;
  let out = '';
  try {
    out = execFileSync(join(repoRoot, 'test/infra/cluster/check-clean'), [], {
      env: { ...process.env, GOSHIP_STATE: state },
      encoding: 'utf8',
      maxBuffer: 16 << 20,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  } catch (err) {
    const e = err as { status?: number; stdout?: string };
    code = e.status ?? 1;
    out = e.stdout ?? '';
  } finally {
    rmSync(state, { recursive: true, force: true });
  }
  return {
    code,
    out,
    realNode: /^real node: ([\w-]+)$/m.exec(out)?.[1],
    noRealNodeReason: /^real node: none \((.*)\); checking/m.exec(out)?.[1],
  };
}

const r = checkClean();

test('down leaves no process, address, iptables rule, mount or claim behind (twice, and after an interrupted up)', () => {
  expect(r.out).toMatch(/^\d+ passed, 0 failed$/m);
  expect(r.out).not.toMatch(/^FAIL /m);
  // every kind of snapshot was compared, after both scenarios
  for (const what of ['procs', 'addr', 'links', 'iptables', 'mounts', 'paths']) {
    expect(r.out).toMatch(new RegExp(`^ok {3}after up\\+down: ${what} clean`, 'm'));
    expect(r.out).toMatch(new RegExp(`^ok {3}after interrupted up \\+ down: ${what} clean`, 'm'));
  }
  expect(r.code).toBe(0);
});

const withRealNode = r.realNode ? test : test.skip;
withRealNode(
  `the real node ran a pod behind a NodePort before down${r.realNode ? '' : ` (skipped: no real node: ${r.noRealNodeReason ?? 'unknown'})`}`,
  () => {
    expect(r.out).toMatch(/^ok {3}a real pod Running/m);
    expect(r.out).toMatch(/^ok {3}kube-proxy rules for the Service exist$/m);
  },
);
