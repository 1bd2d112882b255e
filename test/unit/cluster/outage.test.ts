import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { KubeClient, resolveKubeconfig } from '@goship/cluster';

/*
 * An API server that goes away and comes back, on a real loopback port: a client it has answered before
 * waits for it (a restart), a client it never answered gives up after the request's attempts (most likely
 * a wrong URL).
 */

function apiServer(): { server: Server; sockets: Set<Socket> } {
  const sockets = new Set<Socket>();
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"gitVersion":"v1.34.4"}');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return { server, sockets };
}

const listen = (server: Server, port = 0) =>
  new Promise<number>((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

async function stop({ server, sockets }: ReturnType<typeof apiServer>): Promise<void> {
  const closed = new Promise<void>((r) => server.close(() => r()));
  for (const s of sockets) s.destroy();
  await closed;
}

function client(port: number, lines: string[]) {
  const log = {
    info: (m: string) => lines.push(m),
    warning: () => {},
    debug: () => {},
    notice: () => {},
    secret: () => {},
  };
  const value = `apiVersion: v1
kind: Config
current-context: c
clusters: [{name: k, cluster: {server: 'http://127.0.0.1:${port}'}}]
contexts: [{name: c, context: {cluster: k, user: u}}]
users: [{name: u, user: {token: abc}}]
`;
  return KubeClient.create(resolveKubeconfig({ value, env: {}, insecure: true }), log);
}

test('the API server answered before: a restart is waited for past the attempts, and said so', async () => {
  const first = apiServer();
  const port = await listen(first.server);
  const lines: string[] = [];
  const c = await client(port, lines);
  await c.request('GET', '/version', { attempts: 1 });
  await stop(first);

  const refused = c.request('GET', '/version', { attempts: 1 });
  const second = apiServer();
  // Back only after several refused attempts (the retry's first delays are 200–800 ms).
  const back = new Promise<void>((r) => setTimeout(r, 1500)).then(() => listen(second.server, port));
  try {
    expect(await refused).toEqual({ gitVersion: 'v1.34.4' });
    await back;
    // The first attempt may find the kept-alive socket reset; the next ones are refused.
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      expect(line).toMatch(
        /^ {2}GET \/version: .*(ECONNREFUSED|ECONNRESET).*; retrying in \d+ ms \(attempt \d+; the API server answered before: waiting up to 60 s for it\)$/,
      );
    }
    expect(lines.some((l) => l.includes('ECONNREFUSED'))).toBe(true);
  } finally {
    await back;
    await stop(second);
  }
});

test('the API server never answered: a refusal fails after the attempts, naming the server', async () => {
  const probe = apiServer();
  const port = await listen(probe.server);
  await stop(probe);
  const lines: string[] = [];
  const c = await client(port, lines);
  const err = (await c.request('GET', '/version', { attempts: 2 }).catch((e: unknown) => e)) as Error & {
    hint?: string;
  };
  expect(err.message).toMatch(
    new RegExp(
      `^Cannot reach the API server at http://127\\.0\\.0\\.1:${port} \\(context 'c', user 'u'\\): .*ECONNREFUSED`,
    ),
  );
  expect(err.hint).toBe(
    'Check the server URL in the kubeconfig and that the cluster is reachable from the runner.',
  );
  expect(lines).toEqual([expect.stringMatching(/retrying in \d+ ms \(attempt 2\)$/)]);
});
