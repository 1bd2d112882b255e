import { createReadStream, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ms, race, ratio, scratch } from './common.js';

export async function httpSection(): Promise<void> {
  const { request, closeConnections } = await import('../../packages/oci/src/index.js');
  const undici = await import('undici');
  const { HttpClient } = await import('@actions/http-client');
  console.log('\n## registry HTTP: packages/oci (node:http) vs undici and @actions/http-client, loopback');
  const manifest = Buffer.alloc(2048, 0x61);
  const server = http.createServer((req, res) => {
    if (req.url === '/upload') {
      let n = 0;
      req.on('data', (c: Buffer) => {
        n += c.length;
      });
      req.on('end', () => res.end(String(n)));
      return;
    }
    req.resume();
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(manifest);
  });
  // Longer than any pause between requests: no keep-alive race (a reused socket the server is closing).
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const agent = new undici.Agent({ keepAliveTimeout: 10_000 });
  const client = new HttpClient('bench', [], { keepAlive: true });
  const N = 300;
  const small = await race({
    ours: async () => {
      for (let i = 0; i < N; i++) await request({ method: 'GET', url: `${base}/v2/app/manifests/${i}` });
    },
    undici: async () => {
      for (let i = 0; i < N; i++)
        await (
          await undici.request(`${base}/v2/app/manifests/${i}`, { dispatcher: agent })
        ).body.arrayBuffer();
    },
    '@actions/http-client': async () => {
      for (let i = 0; i < N; i++) await (await client.get(`${base}/v2/app/manifests/${i}`)).readBody();
    },
  });
  console.log(
    `  ${N} sequential 2 KiB GETs (keep-alive): ours ${ms(small.ours!)}, undici ${ms(small.undici!)} (${ratio(small.undici!, small.ours!)}), http-client ${ms(small['@actions/http-client']!)} (${ratio(small['@actions/http-client']!, small.ours!)})`,
  );
  const blob = join(scratch, 'blob');
  const size = 128 << 20;
  writeFileSync(blob, Buffer.alloc(size, 7));
  const up = await race({
    ours: () => request({ method: 'PUT', url: `${base}/upload`, body: { path: blob, start: 0, size } }),
    undici: async () =>
      (
        await undici.request(`${base}/upload`, {
          method: 'PUT',
          dispatcher: agent,
          body: createReadStream(blob),
          headers: { 'content-length': String(size) },
        })
      ).body.text(),
    '@actions/http-client': async () =>
      (
        await client.sendStream('PUT', `${base}/upload`, createReadStream(blob), { 'Content-Length': size })
      ).readBody(),
  });
  console.log(
    `  128 MiB streamed PUT from disk: ours ${ms(up.ours!)}, undici ${ms(up.undici!)} (${ratio(up.undici!, up.ours!)}), http-client ${ms(up['@actions/http-client']!)} (${ratio(up['@actions/http-client']!, up.ours!)})`,
  );

  // Feature checks, live: a redirect to the same host on another port is another origin (credentials stay).
  const seen: Record<string, string | undefined> = {};
  const other = http.createServer((req, res) => {
    seen[req.url!.slice(1)] = req.headers.authorization;
    res.end('ok');
  });
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
  const otherBase = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  const redirector = http.createServer((req, res) =>
    res.writeHead(307, { Location: `${otherBase}${req.url}` }).end(),
  );
  await new Promise<void>((r) => redirector.listen(0, '127.0.0.1', r));
  const rBase = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}`;
  const auth = { Authorization: 'Bearer secret' };
  await request({ method: 'GET', url: `${rBase}/ours`, headers: auth });
  await (await fetch(`${rBase}/fetch`, { headers: auth })).text();
  await (await client.get(`${rBase}/http-client`, auth)).readBody();
  const leaks = (k: string) => (seen[k] ? 'Authorization SENT to the other origin' : 'dropped');
  console.log(
    `  307 to the same host, another port: ours ${leaks('ours')}; fetch (undici) ${leaks('fetch')}; @actions/http-client ${leaks('http-client')}`,
  );
  // HTTP_PROXY: a recording proxy, the target name resolves nowhere.
  const viaProxy: string[] = [];
  const proxy = http.createServer((req, res) => {
    viaProxy.push(req.url!);
    res.end('proxied');
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  // A CONNECT (http-client tunnels even plain http) counts as using the proxy; the answer is a 502.
  proxy.on('connect', (req, socket) => {
    viaProxy.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  /** Whether the proxy saw anything (a plain proxied request or a CONNECT) while `fn` ran. */
  const usesProxy = async (fn: () => Promise<unknown>) => {
    const before = viaProxy.length;
    try {
      await Promise.race([
        fn(),
        new Promise((_, j) => setTimeout(() => j(new Error('timeout')), 10_000).unref()),
      ]);
    } catch {}
    return viaProxy.length > before ? 'yes' : 'no';
  };
  const ours = await usesProxy(() =>
    request({ method: 'GET', url: 'http://registry.example.test/ours', proxyEnv: { HTTP_PROXY: proxyUrl } }),
  );
  const viaUndici = await usesProxy(async () =>
    (
      await undici.request('http://registry.example.test/undici', {
        dispatcher: new undici.EnvHttpProxyAgent({ httpProxy: proxyUrl }),
      })
    ).body.text(),
  );
  process.env.HTTP_PROXY = proxyUrl;
  const viaHttpClient = await usesProxy(async () =>
    (await new HttpClient('bench').get('http://registry.example.test/http-client')).readBody(),
  );
  delete process.env.HTTP_PROXY;
  const proxied = (k: string) => ({ ours, undici: viaUndici, 'http-client': viaHttpClient })[k];
  console.log(
    `  HTTP_PROXY honoured: ours ${proxied('ours')}, undici (EnvHttpProxyAgent) ${proxied('undici')}, @actions/http-client ${proxied('http-client')}`,
  );
  console.log(
    '  per-request overall deadline: ours yes (deadlineMs); undici headersTimeout/bodyTimeout are idle timeouts; http-client socketTimeout only',
  );
  for (const s of [server, other, redirector, proxy]) {
    s.closeAllConnections();
    s.close();
  }
  closeConnections();
  await agent.close();
  client.dispose();
}
