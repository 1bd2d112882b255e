/*
 * Registries behind a proxy (GitHub runners in corporate networks): HTTPS_PROXY/HTTP_PROXY/NO_PROXY from
 * the environment the pool is given. A real CONNECT proxy on loopback is the only way out: the registry's
 * name (registry.example.test) resolves nowhere, so a request that skips the proxy fails. The https
 * registry has its own CA (a self-signed certificate for that name): the CA must still apply inside the
 * tunnel, and the proxy must never see the Authorization header (it only relays TLS bytes).
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { closeConnections, NetworkError, RegistryPool, request } from '../../../packages/oci/src/index.js';
import { type ForwardProxy, type ProxySighting, startForwardProxy } from '../../harness/forward-proxy.js';
import { selfSignedCert } from '../../harness/tls.js';

const HOST = 'registry.example.test';
const { cert, key } = selfSignedCert(HOST, `DNS:${HOST}`);
const BASIC = `Basic ${Buffer.from('u:p').toString('base64')}`;

/** What reached the registry (through the tunnel or as a proxied plain request). */
const atRegistry: { method: string; url: string; authorization?: string }[] = [];
let proxy: ForwardProxy;
/** What the proxy saw: CONNECT targets and plain proxied requests, with their headers. */
let atProxy: ProxySighting[] = [];

const answer = (req: http.IncomingMessage, res: http.ServerResponse) => {
  atRegistry.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization });
  if (req.headers.authorization !== BASIC)
    return res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="r"' }).end();
  res.writeHead(200).end('{}');
};
const tlsRegistry = https.createServer({ cert, key }, answer);
const plainRegistry = http.createServer(answer);
let proxyUrl = '';

beforeAll(async () => {
  await Promise.all(
    [tlsRegistry, plainRegistry].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))),
  );
  proxy = await startForwardProxy({
    host: HOST,
    httpPort: (plainRegistry.address() as AddressInfo).port,
    tlsPort: (tlsRegistry.address() as AddressInfo).port,
  });
  atProxy = proxy.seen;
  proxyUrl = `http://${proxy.hostPort}`;
});
beforeEach(() => {
  atRegistry.length = 0;
  atProxy.length = 0;
});
afterAll(() => {
  closeConnections();
  proxy.close();
  for (const s of [tlsRegistry, plainRegistry]) {
    s.closeAllConnections();
    s.close();
  }
});

test('https registry through HTTPS_PROXY: CONNECT tunnel, the registry CA applies, the proxy never sees credentials', async () => {
  const pool = new RegistryPool({
    ca: cert,
    env: { HTTPS_PROXY: proxyUrl },
    explicit: { registry: HOST, username: 'u', password: 'p' },
  });
  expect(await pool.client(HOST).hasBlob('app', `sha256:${'0'.repeat(64)}`)).toBe(true);
  expect(atProxy.map((p) => p.line)).toEqual(expect.arrayContaining([`CONNECT ${HOST}:443`]));
  expect(atProxy.every((p) => p.line.startsWith('CONNECT ') && p.authorization === undefined)).toBe(true);
  expect(atRegistry.some((r) => r.authorization === BASIC)).toBe(true);
});

test('plain http through HTTP_PROXY (lower-case variables too)', async () => {
  const res = await request({ method: 'GET', url: `http://${HOST}/v2/`, proxyEnv: { http_proxy: proxyUrl } });
  expect(res.status).toBe(401);
  expect(atProxy.map((p) => p.line)).toEqual([`GET http://${HOST}/v2/`]);
});

test('NO_PROXY and loopback registries go direct', async () => {
  const env = { HTTPS_PROXY: proxyUrl, HTTP_PROXY: proxyUrl, NO_PROXY: `.example.test` };
  await expect(request({ method: 'GET', url: `https://${HOST}/v2/`, proxyEnv: env })).rejects.toBeInstanceOf(
    NetworkError,
  ); // direct: the name resolves nowhere
  const port = (plainRegistry.address() as AddressInfo).port;
  const res = await request({
    method: 'GET',
    url: `http://127.0.0.1:${port}/v2/`,
    proxyEnv: { HTTP_PROXY: proxyUrl },
  });
  expect(res.status).toBe(401);
  expect(atProxy).toEqual([]);
  // The rule itself (which variable, NO_PROXY forms, loopback): test/unit/kit/proxy.test.ts.
});

test('a proxy refusing the tunnel: the error names the proxy and its variable, never its password', async () => {
  const refusing = http.createServer();
  refusing.on('connect', (_req, socket) =>
    socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n'),
  );
  await new Promise<void>((r) => refusing.listen(0, '127.0.0.1', r));
  try {
    const port = (refusing.address() as AddressInfo).port;
    const err = await request({
      method: 'GET',
      url: `https://${HOST}/v2/`,
      proxyEnv: { https_proxy: `http://alice:s3cret@127.0.0.1:${port}` },
    }).then(
      () => {
        throw new Error('the request through a refusing proxy succeeded');
      },
      (e: unknown) => e as NetworkError,
    );
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.message).toContain(`through the proxy http://alice@127.0.0.1:${port} from https_proxy`);
    expect(err.message).toContain('407');
    expect(err.message).not.toContain('s3cret');
  } finally {
    refusing.close();
  }
});
