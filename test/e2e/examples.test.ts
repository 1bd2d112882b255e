/*
 * The repository's own deploying workflows, run as the README's main job runs them: `bash scripts/example.sh`
 * runs examples/hello's workflow with `goship run` (the same workflow GitHub would run) against the shared
 * test infrastructure, on the real node — the one-step workflow and the six-step one, one after the other
 * into the same namespace (the second is an update of the first).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { kubectl, realNode } from '../harness/deploy.js';
import { repoRoot } from '../harness/run-action.js';

jest.setTimeout(900_000);

function example(workflow: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [join(repoRoot, 'scripts/example.sh'), workflow], {
      cwd: repoRoot,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

const skipped = realNode
  ? ''
  : ` (skipped: no real node: ${process.env.REAL_NODE_UNAVAILABLE ?? 'REAL_NODE is empty'})`;

(realNode ? test : test.skip)(
  `examples/hello's workflows (one-step, then six steps) deploy with goship run, smoke-tested on the real node${skipped}`,
  async () => {
    for (const workflow of ['deploy-one-step', 'deploy']) {
      const r = await example(workflow);
      if (r.code !== 0) process.stderr.write(`scripts/example.sh ${workflow}:\n${r.out}\n`);
      expect(r.code).toBe(0);
      expect(r.out).toContain('workflow success');
      const live = JSON.parse(
        kubectl(['-n', 'goship-example', 'get', 'deployment', 'hello', '-o', 'json']),
      ) as { metadata: { annotations: Record<string, string> }; status: { readyReplicas?: number } };
      expect(live.metadata.annotations['goship.dev/version']).toBe('1.0.0');
      expect(live.status.readyReplicas).toBeGreaterThan(0);
    }
  },
);
