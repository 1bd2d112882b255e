/*
 * The builtin wait init container's command, run for real by busybox sh (with busybox's nc, date and
 * sleep as the only tools on PATH, as in the busybox image) against a real TCP listener.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inputs, objectInputs } from '@goship/kit';
import { readRenderOptions, render } from '../../../packages/manifests/src/index.js';
import { fixtures } from './helpers.js';

const BUSYBOX = ['/usr/bin/busybox', '/bin/busybox'].find((p) => existsSync(p));

async function waitCommand(target: string, timeout: string): Promise<string[]> {
  const o = await readRenderOptions(
    new Inputs(objectInputs({ name: 'app', image: 'app:1', 'wait-for': target, 'wait-timeout': timeout })),
    { workspace: fixtures, runnerTemp: tmpdir(), env: {} },
  );
  const r = await render(o.request);
  const deployment = r.manifests.find((m) => m.object.kind === 'Deployment')!.object as {
    spec: { template: { spec: { initContainers: { command: string[] }[] } } };
  };
  return deployment.spec.template.spec.initContainers[0]!.command;
}

function run(command: string[]): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  if (!BUSYBOX) throw new Error('busybox is not installed (test/infra/install-apt installs busybox-static)');
  const bin = mkdtempSync(join(tmpdir(), 'busybox-path-'));
  for (const applet of ['sh', 'nc', 'date', 'sleep', 'true']) symlinkSync(BUSYBOX, join(bin, applet));
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(join(bin, 'sh'), command.slice(1), { env: { PATH: bin } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) =>
      resolve({ code: code ?? -1, stdout, stderr, ms: performance.now() - started }),
    );
  });
}

const listen = (port = 0): Promise<Server> =>
  new Promise((resolve) => {
    const s = createServer((sock) => sock.end());
    s.listen(port, '127.0.0.1', () => resolve(s));
  });
const portOf = (s: Server) => (s.address() as { port: number }).port;

describe('builtin wait-for init container (real busybox)', () => {
  test('returns as soon as the dependency accepts connections', async () => {
    const server = await listen();
    try {
      const target = `127.0.0.1:${portOf(server)}`;
      const r = await run(await waitCommand(target, '10s'));
      expect([r.code, r.stdout.trim()]).toEqual([0, `wait-for: dependency ${target} accepts connections`]);
    } finally {
      server.close();
    }
  });

  test('keeps trying until the dependency comes up within the timeout', async () => {
    const probe = await listen();
    const port = portOf(probe);
    await new Promise((r) => probe.close(r));
    const pending = run(await waitCommand(`127.0.0.1:${port}`, '20s'));
    await new Promise((r) => setTimeout(r, 2500));
    const server = await listen(port);
    try {
      const r = await pending;
      expect(r.code).toBe(0);
      expect(r.ms).toBeGreaterThan(2000);
    } finally {
      server.close();
    }
  });

  test('gives up after the timeout with a message naming the dependency', async () => {
    const probe = await listen();
    const port = portOf(probe);
    await new Promise((r) => probe.close(r));
    const r = await run(await waitCommand(`127.0.0.1:${port}`, '2s'));
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `wait-for: gave up on dependency 127.0.0.1:${port} after 2s: nothing accepts connections there`,
    );
  });
});
