/*
 * setup-go behind a proxy, as the runner starts it: dist/setup-go under Node 24 (whose global fetch ignores
 * HTTP_PROXY unless NODE_USE_ENV_PROXY=1) with HTTP_PROXY in the job's environment, against the loopback Go
 * mirror reached under a name that resolves nowhere (go.example.test): only a forward proxy on loopback, which
 * records what passes through it and wants credentials, maps that name to the mirror.
 * Run: GOSHIP_INFRA=go-mirror NODE_OPTIONS=--experimental-vm-modules npx jest test/e2e/setup-go-proxy.test.ts
 */
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
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
const BASIC = `Basic ${Buffer.from(`ci:${PASSWORD}`).toString('base64')}`;
const scratch = mkdtempSync(join(tmpdir(), 'goship-e2e-setupgo-proxy-'));

const seen: { line: string; proxyAuthorization?: string }[] = [];
const proxy = http.createServer((req, res) => {
  seen.push({ line: `${req.method} ${req.url}`, proxyAuthorization: req.headers['proxy-authorization'] });
  if (req.headers['proxy-authorization'] !== BASIC)
    return res.writeHead(407, { 'Proxy-Authenticate': 'Basic realm="corp"' }).end();
  const url = new URL(req.url!);
  if (url.hostname !== HOST) return res.writeHead(502).end();
  const { 'proxy-authorization': _, ...headers } = req.headers;
  const up = http.request(
    {
      host: mirror.hostname,
      port: mirror.port,
      path: `${url.pathname}${url.search}`,
      headers: { ...headers, host: mirror.host },
    },
    (r) => {
      res.writeHead(r.statusCode!, r.headers);
      r.pipe(res);
    },
  );
  up.on('error', () => res.destroy());
  req.pipe(up);
});
let proxyAt = '';
beforeAll(async () => {
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  proxyAt = `127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
beforeEach(() => {
  seen.length = 0;
});
afterAll(() => {
  proxy.closeAllConnections();
  proxy.close();
});

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
  expect(seen.map((s) => s.line)).toEqual([
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
  expect(seen).toHaveLength(1); // not retried
  expect(`${r.stdout}${r.stderr}`).not.toContain(PASSWORD);
});
