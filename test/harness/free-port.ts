/*
 * A loopback port nothing listens on right now, for a server a test starts itself. Suites run at once, so a
 * test binds it soon after asking (another process could take it in between, as with any free-port pick).
 */
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
