/*
 * Every registry request has an overall deadline, not only an idle timeout: a loopback server that keeps
 * the connection alive with one byte every 50 ms (never idle, never done) must not hold a step forever.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeConnections, NetworkError, request } from '../../../packages/oci/src/index.js';

let server: http.Server;
let url: string;
beforeAll(async () => {
  server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    const timer = setInterval(() => res.write('x'), 50);
    res.on('close', () => clearInterval(timer));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/app/blobs/sha256:0`;
});
afterAll(() => {
  closeConnections();
  server.closeAllConnections();
  server.close();
});

test('a trickling answer is cut at the deadline with an error that says so', async () => {
  // The server never finishes: without the deadline the request would hang past the test's timeout.
  const err = await request({ method: 'GET', url, timeoutMs: 1000, deadlineMs: 600 }).catch((e) => e);
  expect(err).toBeInstanceOf(NetworkError);
  expect((err as NetworkError).code).toBe('ETIMEDOUT');
  expect((err as Error).message).toMatch(/no complete answer to GET \/v2\/app\/blobs\/sha256:0 within 1 s/);
}, 60_000);
