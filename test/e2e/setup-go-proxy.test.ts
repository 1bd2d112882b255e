/*
 * setup-go behind a proxy, as the runner starts it: dist/setup-go under Node 24 (whose global fetch ignores
 * HTTP_PROXY unless NODE_USE_ENV_PROXY=1) with HTTP_PROXY in the job's environment, against the loopback Go
 * mirror reached under a name that resolves nowhere (go.example.test): only a forward proxy on loopback, which
 * records what passes through it and wants credentials, maps that name to the mirror.
 * Run: GOSHIP_INFRA=go-mirror NODE_OPTIONS=--experimental-vm-modules npx jest test/e2e/setup-go-proxy.test.ts
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { type ForwardProxy, startForwardProxy } from '../harness/forward-proxy.js';
import { requireEnv } from '../harness/infra.js';
import { runAction } from '../harness/run-action.js';

jest.setTimeout(120_000);

const mirror = new URL(requireEnv('GO_DOWNLOAD_BASE_URL').GO_DOWNLOAD_BASE_URL);
const real = requireEnv('GO_MIRROR_REAL_VERSION').GO_MIRROR_REAL_VERSION;
const [major, minor] = real.split('.').map(Number) as [number, number];
// A small real tarball of the mirror's (test/infra/go-mirror/README.md): X.(Y-2).0.
const small = `${major}.${minor - 2}.0`;
const HOST = 'go.example.test';
const PASSWORD = 'pr0xy-pa55';
const scratch = mkdtempSync(join(tmpdir(), 'goship-e2e-setupgo-proxy-'));

let proxy: ForwardProxy;
let proxyAt = '';
beforeAll(async () => {
  proxy = await startForwardProxy({
    host: HOST,
    httpPort: Number(mirror.port),
    credentials: `ci:${PASSWORD}`,
  });
  proxyAt = proxy.hostPort;
});
beforeEach(() => {
  proxy.seen.length = 0;
});
afterAll(() => proxy.close());

const setup = (env: NodeJS.ProcessEnv, toolCache: string) =>
  runAction('setup-go', {
    inputs: {
      'go-version': small,
      'go-download-base-url': `http://${HOST}${mirror.pathname.replace(/\/$/, '')}`,
      cache: 'false',
    },
    toolCache,
    env: { GOPATH: join(scratch, 'gopath'), GOCACHE: join(scratch, 'gocache'), ...env },
    timeoutMs: 100_000,
  });

test('HTTP_PROXY in the job environment: the manifest and the archive go through the proxy', async () => {
  const r = await setup({ HTTP_PROXY: `http://ci:${PASSWORD}@${proxyAt}` }, join(scratch, 'tc-1'));
  expect(r.errors).toBe('');
  expect(r.exitCode).toBe(0);
  expect(r.outputs['go-version']).toBe(small);
  expect(proxy.seen.map((s) => s.line)).toEqual([
    expect.stringMatching(new RegExp(`^GET http://${HOST}/.*\\?mode=json&include=all$`)),
    expect.stringMatching(new RegExp(`^GET http://${HOST}/.*go${small}\\.linux-amd64\\.tar\\.gz$`)),
  ]);
  expect(`${r.stdout}${r.stderr}`).not.toContain(PASSWORD);
});

test('a proxy that wants credentials: the step fails at once, naming the proxy and the variable', async () => {
  const r = await setup({ http_proxy: `http://ci:wrong-${PASSWORD}@${proxyAt}` }, join(scratch, 'tc-2'));
  expect(r.exitCode).toBe(1);
  expect(r.errors).toContain(
    `The proxy http://ci@${proxyAt} (from http_proxy) answered HTTP 407 for http://${HOST}`,
  );
  expect(proxy.seen).toHaveLength(1); // not retried
  expect(`${r.stdout}${r.stderr}`).not.toContain(PASSWORD);
});
