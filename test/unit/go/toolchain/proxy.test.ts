/*
 * setup-go behind a proxy: setupGoStage (the real download code: manifest, streamed archive, sha256, unpack)
 * with HTTPS_PROXY/HTTP_PROXY/NO_PROXY in the environment the stage is given, through a real forward proxy on
 * loopback (CONNECT tunnels and plain proxied GETs) that records what passed through it and wants credentials.
 * The download host's name (go.example.test) resolves nowhere: a request that skips the proxy fails. The https
 * origin has a self-signed certificate for that name, added to this process's default CAs (as
 * NODE_EXTRA_CA_CERTS does on a runner), so the TLS inside the tunnel is verified for real.
 */
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { closeAgents, ProxyError } from '@goship/kit';
import { type SetupGoStageOptions, setupGoStage } from '../../../../packages/go/src/index.js';
import { type ForwardProxy, type ProxySighting, startForwardProxy } from '../../../harness/forward-proxy.js';
import { selfSignedCert } from '../../../harness/tls.js';
import { FAKE_FILE, fakeRelease, stageOptions } from './fixtures/fake-release.js';

const HOST = 'go.example.test';
const { cert, key } = selfSignedCert(HOST, `DNS:${HOST}`);
const PROXY_USER = 'alice';
const PROXY_PASSWORD = 's3cret-proxy-pw';
const TOKEN = 'ghs_proxytest0123456789';

const work = mkdtempSync(join(tmpdir(), 'goship-proxy-'));
const { archive, manifest } = fakeRelease(work);
const FILE = FAKE_FILE;

/** What reached the download server (through a tunnel, a proxied GET, or directly). */
const atOrigin: { url: string; authorization?: string }[] = [];
const serve = (req: http.IncomingMessage, res: http.ServerResponse) => {
  atOrigin.push({ url: req.url!, authorization: req.headers.authorization });
  if (req.url === '/?mode=json&include=all') return res.end(manifest);
  if (req.url === `/${FILE}` || req.url === `/moved/${FILE}`) return res.end(archive);
  // The manifest moved to plain http on the same name: another origin, so the token must not follow.
  if (req.url === '/moved/?mode=json&include=all')
    return res.writeHead(302, { Location: `http://${HOST}/?mode=json&include=all` }).end();
  res.writeHead(404).end();
};
const tlsOrigin = https.createServer({ cert, key }, serve);
const plainOrigin = http.createServer(serve);
const port = (s: net.Server) => (s.address() as AddressInfo).port;

const BASIC = `Basic ${Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString('base64')}`;
let proxy: ForwardProxy;
/** What the proxy saw: request lines, with the headers it could read. */
let atProxy: ProxySighting[] = [];

let proxyAt = '';
let withCredentials = '';
/** Node ≥ 24.5 (the actions' runtime; not in @types/node 20): the default CAs, read and replaced. */
const caStore = tls as unknown as {
  getCACertificates(which: 'default'): string[];
  setDefaultCACertificates(certs: string[]): void;
};
const savedCAs = caStore.getCACertificates('default');
beforeAll(async () => {
  // What NODE_EXTRA_CA_CERTS does at start-up, for this test's CA.
  caStore.setDefaultCACertificates([...savedCAs, cert]);
  await Promise.all(
    [tlsOrigin, plainOrigin].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))),
  );
  proxy = await startForwardProxy({
    host: HOST,
    httpPort: port(plainOrigin),
    tlsPort: port(tlsOrigin),
    credentials: `${PROXY_USER}:${PROXY_PASSWORD}`,
  });
  atProxy = proxy.seen;
  proxyAt = proxy.hostPort;
  withCredentials = `http://${PROXY_USER}:${PROXY_PASSWORD}@${proxyAt}`;
});
beforeEach(() => {
  closeAgents(); // no tunnel kept alive from an earlier test: each test's proxy log starts empty
  atOrigin.length = 0;
  atProxy.length = 0;
});
afterAll(() => {
  closeAgents();
  caStore.setDefaultCACertificates(savedCAs);
  proxy.close();
  for (const s of [tlsOrigin, plainOrigin]) {
    s.closeAllConnections();
    s.close();
  }
});

let n = 0;
const options = (base: string, env: Record<string, string>, extra: Partial<SetupGoStageOptions> = {}) => {
  const o = stageOptions(join(work, `run-${n++}`), base, { cache: false, ...extra });
  return { ...o, env: { ...o.env, ...env } };
};

test('HTTPS_PROXY: manifest and archive through a CONNECT tunnel; the token reaches only the server, the proxy password only the proxy', async () => {
  const o = options(
    `https://${HOST}`,
    { HTTPS_PROXY: withCredentials },
    { token: TOKEN, serverUrl: `https://${HOST}` },
  );
  const r = await setupGoStage(o);
  expect(r.outputs['go-version']).toBe('1.26.8');
  // The proxy saw tunnels to the host (the manifest's and the archive's requests may share one), nothing else.
  expect(atProxy.length).toBeGreaterThanOrEqual(1);
  expect(atProxy.every((p) => p.line === `CONNECT ${HOST}:443`)).toBe(true);
  expect(atProxy.every((p) => p.authorization === undefined && p.proxyAuthorization === BASIC)).toBe(true);
  // Inside the tunnel: the manifest (with the token: this is the GitHub server's origin), then the archive.
  expect(atOrigin).toEqual([
    { url: '/?mode=json&include=all', authorization: `token ${TOKEN}` },
    { url: `/${FILE}`, authorization: undefined },
  ]);
  expect(o.lines.join('\n')).not.toContain(PROXY_PASSWORD);
});

test('a redirect to another origin drops the token: neither the proxy nor the new origin receives it', async () => {
  const env = { HTTPS_PROXY: withCredentials, HTTP_PROXY: withCredentials };
  const o = options(`https://${HOST}/moved`, env, { token: TOKEN, serverUrl: `https://${HOST}` });
  await setupGoStage(o);
  expect(atOrigin).toEqual([
    { url: '/moved/?mode=json&include=all', authorization: `token ${TOKEN}` },
    { url: '/?mode=json&include=all', authorization: undefined },
    { url: `/moved/${FILE}`, authorization: undefined },
  ]);
  expect(atProxy.map((p) => [p.line, p.authorization])).toEqual(
    expect.arrayContaining([[`GET http://${HOST}/?mode=json&include=all`, undefined]]),
  );
  expect(atProxy.every((p) => p.authorization === undefined)).toBe(true);
});

test('HTTP_PROXY (lower-case variable too): plain-http downloads are proxied GETs by absolute URL', async () => {
  const o = options(`http://${HOST}`, { http_proxy: withCredentials });
  await setupGoStage(o);
  expect(atProxy.map((p) => p.line)).toEqual([
    `GET http://${HOST}/?mode=json&include=all`,
    `GET http://${HOST}/${FILE}`,
  ]);
  expect(atOrigin.map((r) => r.url)).toEqual(['/?mode=json&include=all', `/${FILE}`]);
});

test('NO_PROXY matching the host: the download goes direct (the name resolves nowhere), the proxy sees nothing', async () => {
  const o = options(`https://${HOST}`, { HTTPS_PROXY: withCredentials, NO_PROXY: 'localhost,.example.test' });
  await expect(setupGoStage(o)).rejects.toThrow(/ENOTFOUND/);
  expect(atProxy).toEqual([]);
  // The same request without the NO_PROXY entry goes through the proxy.
  await setupGoStage(options(`https://${HOST}`, { HTTPS_PROXY: withCredentials, NO_PROXY: 'localhost' }));
  expect(atProxy.map((p) => p.line)).toContain(`CONNECT ${HOST}:443`);
});

test('a loopback mirror is never proxied', async () => {
  const base = `http://127.0.0.1:${port(plainOrigin)}`;
  await setupGoStage(options(base, { HTTP_PROXY: withCredentials, HTTPS_PROXY: withCredentials }));
  expect(atProxy).toEqual([]);
  expect(atOrigin.map((r) => r.url)).toEqual(['/?mode=json&include=all', `/${FILE}`]);
});

describe('errors from the proxy name it and its variable, never its password', () => {
  test('407 on the CONNECT (wrong password)', async () => {
    const o = options(`https://${HOST}`, { https_proxy: `http://${PROXY_USER}:wrong-pw@${proxyAt}` });
    const err = await setupGoStage(o).then(
      () => {
        throw new Error('setup-go succeeded through a proxy that refuses it');
      },
      (e: unknown) => e as ProxyError,
    );
    expect(err).toBeInstanceOf(ProxyError);
    expect(err.message).toBe(
      `The proxy http://${PROXY_USER}@${proxyAt} (from https_proxy) refused the tunnel: HTTP 407 Proxy Authentication Required for https://${HOST}`,
    );
    expect(err.hint).toMatch(/wants credentials.*https_proxy as http:\/\/user:password@host:port/);
    expect(`${err.message} ${err.hint} ${o.lines.join('\n')}`).not.toContain('wrong-pw');
    expect(atOrigin).toEqual([]);
  });

  test('407 to a plain-http GET (no credentials)', async () => {
    const o = options(`http://${HOST}`, { HTTP_PROXY: `http://${proxyAt}` });
    await expect(setupGoStage(o)).rejects.toThrow(
      `The proxy http://${proxyAt} (from HTTP_PROXY) answered HTTP 407 for http://${HOST}`,
    );
    expect(atProxy.map((p) => p.line)).toEqual([`GET http://${HOST}/?mode=json&include=all`]);
  });

  test('a proxy that refuses connections', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const dead = port(closed);
    await new Promise<void>((r) => closed.close(() => r()));
    const o = options(`https://${HOST}`, { HTTPS_PROXY: `http://u:pw-dead@127.0.0.1:${dead}` });
    await expect(setupGoStage(o)).rejects.toThrow(
      `The proxy http://u@127.0.0.1:${dead} (from HTTPS_PROXY) cannot be reached (ECONNREFUSED) for https://${HOST}`,
    );
  });
});
