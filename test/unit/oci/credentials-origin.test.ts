/*
 * Credentials stay with their origin: the registry's password or bearer token goes only to the
 * registry's own scheme+host+port. Two loopback servers: a registry that speaks TLS and plain HTTP on the
 * same port (so a downgrade to http://same-host:same-port can be observed), and a foreign host (TLS and
 * plain on its own port, reached as `localhost`) that records every header reaching it. The registry
 * side is deliberately hostile (it sends uploads and redirects elsewhere); the assertions are only on
 * what our client sent.
 */
import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import { closeConnections, RegistryClient, sha256 } from '../../../packages/oci/src/index.js';
import { selfSignedCert } from '../../harness/tls.js';

interface Seen {
  scheme: 'http' | 'https';
  method: string;
  url: string;
  authorization?: string;
}
type Handler = (req: http.IncomingMessage, res: http.ServerResponse, scheme: 'http' | 'https') => void;

const { cert, key } = selfSignedCert('127.0.0.1', 'IP:127.0.0.1,DNS:localhost');

/** One port, both protocols: a TLS ClientHello starts with 0x16, anything else is plain HTTP. */
async function dualServer(handler: Handler): Promise<{ port: number; seen: Seen[]; close: () => void }> {
  const seen: Seen[] = [];
  const wrap = (scheme: 'http' | 'https') => (req: http.IncomingMessage, res: http.ServerResponse) => {
    seen.push({ scheme, method: req.method!, url: req.url!, authorization: req.headers.authorization });
    req.resume();
    req.on('end', () => handler(req, res, scheme));
  };
  const plain = http.createServer(wrap('http'));
  const tls = https.createServer({ cert, key }, wrap('https'));
  // Handing the socket itself to an http(s).Server loses the sniffed bytes (the parser reads the
  // handle directly), so the front relays each connection to the matching internal server.
  await Promise.all([plain, tls].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
  const front = net.createServer((socket) => {
    socket.once('data', (first) => {
      const target = (first[0] === 0x16 ? tls : plain).address() as AddressInfo;
      const upstream = net.connect(target.port, '127.0.0.1');
      upstream.write(first);
      socket.pipe(upstream).pipe(socket);
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
  });
  await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
  return {
    port: (front.address() as AddressInfo).port,
    seen,
    close: () => {
      front.close();
      for (const s of [plain, tls]) {
        s.closeAllConnections();
        s.close();
      }
    },
  };
}

const USER = 'goship';
const SECRET = 's3cret-registry-password';
const BASIC = `Basic ${Buffer.from(`${USER}:${SECRET}`).toString('base64')}`;
const blob = Buffer.from('layer bytes that go somewhere');
const digest = sha256(blob);

let registry: Awaited<ReturnType<typeof dualServer>>;
let foreign: Awaited<ReturnType<typeof dualServer>>;
/** What the registry answers beyond /v2/ and HEAD; set per test. */
let registryScript: Handler;
let foreignScript: Handler;
let challenge: string;

beforeAll(async () => {
  registry = await dualServer((req, res, scheme) => {
    const path = new URL(req.url!, 'http://x').pathname;
    if (path === '/v2/' && req.method === 'GET') {
      if (req.headers.authorization === BASIC) return res.writeHead(200).end('{}');
      return res.writeHead(401, { 'WWW-Authenticate': challenge }).end();
    }
    if (scheme === 'https' && req.headers.authorization !== BASIC && challenge.startsWith('Basic'))
      return res.writeHead(401, { 'WWW-Authenticate': challenge }).end();
    if (req.method === 'HEAD' && path.includes('/blobs/sha256:')) return res.writeHead(404).end();
    registryScript(req, res, scheme);
  });
  foreign = await dualServer((req, res, scheme) => foreignScript(req, res, scheme));
});
afterAll(() => {
  closeConnections();
  registry.close();
  foreign.close();
});
beforeEach(() => {
  registry.seen.length = 0;
  foreign.seen.length = 0;
  challenge = 'Basic realm="test"';
  foreignScript = (req, res) => {
    if (req.method === 'PUT') return res.writeHead(201, { 'Docker-Content-Digest': digest }).end();
    if (req.method === 'PATCH') return res.writeHead(202, { Location: req.url! }).end();
    res.writeHead(200).end(blob);
  };
});

function client(): RegistryClient {
  return new RegistryClient({
    registry: `127.0.0.1:${registry.port}`,
    insecure: true,
    ca: cert,
    credentials: { credentials: { username: USER, password: SECRET, source: 'test' }, searched: [] },
    attempts: 1,
    baseDelayMs: 1,
  });
}

const foreignAuth = () => foreign.seen.filter((s) => s.authorization !== undefined);

test('an upload Location on another host receives the blob but not the credentials', async () => {
  registryScript = (req, res) => {
    if (req.method === 'POST')
      return res.writeHead(202, { Location: `https://localhost:${foreign.port}/upload/1` }).end();
    res.writeHead(500).end();
  };
  await expect(client().pushBlob('app', digest, () => blob)).resolves.toBe('uploaded');
  expect(foreign.seen.map((s) => `${s.scheme} ${s.method} ${new URL(s.url, 'http://x').pathname}`)).toEqual([
    'https PUT /upload/1',
  ]);
  expect(foreignAuth()).toEqual([]);
  // The registry itself did get them (over TLS).
  expect(registry.seen.find((s) => s.method === 'POST')?.authorization).toBe(BASIC);
});

test('a Location that downgrades to http on the same host and port gets no credentials', async () => {
  registryScript = (req, res, scheme) => {
    if (req.method === 'POST')
      return res.writeHead(202, { Location: `http://127.0.0.1:${registry.port}/upload/2` }).end();
    if (scheme === 'http') return res.writeHead(401, { 'WWW-Authenticate': challenge }).end();
    res.writeHead(500).end();
  };
  await expect(client().pushBlob('app', digest, () => blob)).rejects.toThrow(
    /only sent to https:\/\/127\.0\.0\.1/,
  );
  const plain = registry.seen.filter((s) => s.scheme === 'http');
  expect(plain.map((s) => s.method)).toEqual(['PUT']);
  expect(plain.map((s) => s.authorization)).toEqual([undefined]);
});

test('chunked upload: a PATCH Location on another host gets no credentials', async () => {
  registryScript = (req, res) => {
    if (req.method === 'POST') return res.writeHead(202, { Location: '/v2/app/blobs/uploads/u1' }).end();
    if (req.method === 'PATCH')
      return res.writeHead(202, { Location: `https://localhost:${foreign.port}/upload/3` }).end();
    res.writeHead(500).end();
  };
  const c = new RegistryClient({ ...client().opts, monolithicLimit: 8, chunkSize: 8 });
  await expect(c.pushBlob('app', digest, () => blob)).resolves.toBe('uploaded');
  expect(registry.seen.filter((s) => s.method === 'PATCH').map((s) => s.authorization)).toEqual([BASIC]);
  expect(foreign.seen.map((s) => s.method)).toEqual(['PATCH', 'PATCH', 'PATCH', 'PUT']);
  expect(foreignAuth()).toEqual([]);
});

test('a blob GET redirected to plain http on the same host gets no credentials', async () => {
  registryScript = (_req, res, scheme) => {
    if (scheme === 'https')
      return res.writeHead(307, { Location: `http://127.0.0.1:${registry.port}/b` }).end();
    res.writeHead(200).end(blob);
  };
  await expect(client().getBlob('app', digest)).resolves.toEqual(blob);
  const plain = registry.seen.filter((s) => s.scheme === 'http');
  expect(plain.map((s) => `${s.method} ${s.url} ${s.authorization}`)).toEqual(['GET /b undefined']);
});

test('a 401 from another host never sends our credentials to a realm it names', async () => {
  registryScript = (req, res) => {
    if (req.method === 'POST')
      return res.writeHead(202, { Location: `https://localhost:${foreign.port}/upload/4` }).end();
    res.writeHead(500).end();
  };
  foreignScript = (req, res) => {
    if (req.url!.startsWith('/token')) return res.writeHead(200).end('{"token":"t"}');
    res
      .writeHead(401, {
        'WWW-Authenticate': `Bearer realm="https://localhost:${foreign.port}/token",service="evil"`,
      })
      .end();
  };
  await expect(client().pushBlob('app', digest, () => blob)).rejects.toThrow(/localhost:\d+.* 401/);
  expect(foreignAuth()).toEqual([]);
});

test('a plain-http token realm for an https registry is refused before anything is sent to it', async () => {
  challenge = `Bearer realm="http://127.0.0.1:${foreign.port}/token",service="registry"`;
  foreignScript = (_req, res) => res.writeHead(200).end('{"token":"t"}');
  registryScript = (_req, res) => res.writeHead(500).end();
  await expect(client().hasBlob('app', digest)).rejects.toThrow(/plain-http token realm/i);
  expect(foreign.seen).toEqual([]);
});
