import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { KubeClient, resolveKubeconfig } from '@goship/cluster';

/*
 * The client's TLS as a kubeconfig describes it, against a real loopback HTTPS server with certificates made
 * by openssl: the kubeconfig's CA is trusted (and only it), the client certificate is presented, and
 * insecure-skip-tls-verify (allowed by `insecure: true`) skips verification.
 */

const dir = mkdtempSync(join(tmpdir(), 'transport-'));
const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
ssl(
  'req',
  '-x509',
  '-newkey',
  'ec',
  '-pkeyopt',
  'ec_paramgen_curve:P-256',
  '-nodes',
  '-keyout',
  'ca.key',
  '-out',
  'ca.crt',
  '-days',
  '1',
  '-subj',
  '/CN=test-ca',
);
for (const [name, ext] of [
  ['server', 'subjectAltName=IP:127.0.0.1'],
  ['client', 'extendedKeyUsage=clientAuth'],
] as const) {
  ssl(
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    `/CN=${name}/O=system:masters`,
  );
  writeFileSync(join(dir, `${name}.ext`), `${ext}\n`);
  ssl(
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    `${name}.crt`,
    '-days',
    '1',
    '-extfile',
    join(dir, `${name}.ext`),
  );
}
const b64 = (f: string) => readFileSync(join(dir, f)).toString('base64');

describe('KubeClient TLS', () => {
  let port: number;
  const clients: string[] = [];
  const server = createServer(
    {
      key: readFileSync(join(dir, 'server.key')),
      cert: readFileSync(join(dir, 'server.crt')),
      ca: readFileSync(join(dir, 'ca.crt')),
      requestCert: true,
      rejectUnauthorized: false,
    },
    (req, res) => {
      const peer = (req.socket as TLSSocket).getPeerCertificate();
      clients.push(String(peer?.subject?.CN ?? 'none'));
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"gitVersion":"v1.34.4"}');
    },
  );
  beforeAll(() =>
    new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r())).then(() => {
      port = (server.address() as AddressInfo).port;
    }),
  );
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const log = { info: () => {}, warning: () => {}, debug: () => {}, notice: () => {}, secret: () => {} };
  const kubeconfig = (
    cluster: string,
    user = `{client-certificate-data: ${b64('client.crt')}, client-key-data: ${b64('client.key')}}`,
  ) =>
    `apiVersion: v1
kind: Config
current-context: c
clusters: [{name: k, cluster: {server: 'https://127.0.0.1:${port}', ${cluster}}}]
contexts: [{name: c, context: {cluster: k, user: u}}]
users: [{name: u, user: ${user}}]
`;

  test("the kubeconfig's CA is trusted, the client certificate presented", async () => {
    const client = await KubeClient.create(
      resolveKubeconfig({ value: kubeconfig(`certificate-authority-data: ${b64('ca.crt')}`), env: {} }),
      log,
    );
    expect(await client.request('GET', '/version', { attempts: 1 })).toEqual({ gitVersion: 'v1.34.4' });
    expect(clients.at(-1)).toBe('client');
  });

  test('without the CA the server is not trusted: a TLS error that says so, not retried', async () => {
    const client = await KubeClient.create(resolveKubeconfig({ value: kubeconfig(''), env: {} }), log);
    const err = (await client
      .request('GET', '/version', { attempts: 3 })
      .catch((e: unknown) => e)) as Error & {
      hint?: string;
    };
    expect(err.message).toMatch(
      /^Cannot reach the API server at https:\/\/127\.0\.0\.1:\d+ .*: .*(self[- ]signed|issuer|verify)/i,
    );
    expect(err.hint).toContain("not trusted by the kubeconfig's certificate-authority");
  });

  test('insecure-skip-tls-verify (with insecure: true) connects without verifying', async () => {
    const client = await KubeClient.create(
      resolveKubeconfig({
        value: kubeconfig('insecure-skip-tls-verify: true', '{token: abcdef-token}'),
        env: {},
        insecure: true,
      }),
      log,
    );
    expect(await client.request('GET', '/version', { attempts: 1 })).toEqual({ gitVersion: 'v1.34.4' });
    expect(clients.at(-1)).toBe('none');
  });
});
