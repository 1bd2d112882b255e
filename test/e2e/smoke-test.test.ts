/*
 * smoke-test end to end: the bundled dist/smoke-test run as the Actions runner runs it, against real
 * loopback HTTP(S) servers started here (flapping, stalling, resetting, slow, answering an old version,
 * TLS with a CA made by openssl for this run), and against the test cluster's API server service proxy
 * (a selector-less Service whose EndpointSlice points at this host's address, where a test server listens).
 *   node scripts/bundle.mjs smoke-test
 *   GOSHIP_KEEP_INFRA=1 GOSHIP_INFRA=cluster npm run test:e2e -- test/e2e/smoke-test.test.ts
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { requireEnv } from '../harness/infra.js';
import { type ActionResult, runAction } from '../harness/run-action.js';

jest.setTimeout(120_000);

// biome-ignore lint/suspicious/noExplicitAny: the report output, read field by field in assertions
type Json = any;
type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;

interface TestServer {
  url: string;
  port: number;
  /** Requests received so far. */
  count: () => number;
}

const servers: (http.Server | https.Server)[] = [];
afterAll(async () => {
  for (const s of servers) s.closeAllConnections?.();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

async function serve(
  handler: Handler,
  opts: { host?: string; tls?: { key: string; cert: string } } = {},
): Promise<TestServer> {
  let n = 0;
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    n++;
    let body = '';
    req.on('data', (d) => {
      body += d;
    });
    req.on('end', () => {
      (req as IncomingMessage & { body: string }).body = body;
      handler(req, res, n);
    });
  };
  const server = opts.tls ? https.createServer(opts.tls, onRequest) : http.createServer(onRequest);
  servers.push(server);
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((r) => server.listen(0, host, r));
  const port = (server.address() as AddressInfo).port;
  return { url: `${opts.tls ? 'https' : 'http'}://${host}:${port}`, port, count: () => n };
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
/** What examples/hello's /version answers. */
const helloVersion = (version: string, commit = 'abcdef1234567890abcdef1234567890abcdef12') => ({
  version,
  commit,
  date: '2026-11-28T00:00:00Z',
  port: '8080',
});

function smoke(inputs: Record<string, string | number | boolean>, opts: { cancelAfterMs?: number } = {}) {
  return runAction('smoke-test', {
    // Short backoff and pauses keep the suite quick; the rules are the same at any scale.
    inputs: { 'retry-delay': '50ms', interval: '20ms', ...inputs },
    timeoutMs: 60_000,
    ...opts,
  });
}
const report = (r: ActionResult): Json => JSON.parse(r.outputs.report!);

describe('smoke-test against loopback servers', () => {
  it('passes a healthy service: outputs, report, summary table', async () => {
    const s = await serve((_req, res) =>
      json(res, 200, { status: 'ok', replicas: 3 }, { 'x-version': '1.2.3' }),
    );
    const r = await smoke({
      url: `${s.url}/healthz`,
      'expect-json': '$.status == "ok"\n$.replicas >= 2',
      'expect-header': 'Content-Type: application/json\nX-Version: /^1\\.2\\./',
      'expect-body': '"ok"',
      'expect-body-regex': '/replicas":\\s*3/',
      requests: 5,
      latency: 'p95 < 5s, max < 10s',
    });
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs.passed).toBe('true');
    const rep = report(r);
    expect(rep.passed).toBe(true);
    const [t] = rep.targets;
    expect(t).toMatchObject({
      target: `${s.url}/healthz`,
      passed: true,
      attempts: 8,
      statuses: { '200': 8 },
      successesInRow: 3,
      firstFailure: null,
      failure: null,
    });
    expect(t.latencyMs.count).toBe(8);
    expect(t.latencyMs.p50).toBeLessThanOrEqual(t.latencyMs.p95);
    expect(t.latencyMs.p95).toBeLessThanOrEqual(t.latencyMs.max);
    expect(JSON.parse(r.outputs.json!)).toEqual({ passed: true, report: rep });
    expect(r.summary).toContain(
      '| result | target | attempts | statuses | p50 | p95 | max | first failure |',
    );
    expect(r.summary).toContain(`| ✅ passed | \`${s.url}/healthz\` | 8 | 200×8 |`);
    expect(s.count()).toBe(8);
  });

  it('a flapping service does not pass on one lucky answer', async () => {
    // 200, 503, 200, 503, …: never three passing answers in a row.
    const s = await serve((_req, res, n) =>
      n % 2 === 1 ? json(res, 200, { status: 'ok' }) : json(res, 503, { status: 'down' }),
    );
    const r = await smoke({ url: s.url, retries: 4 });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.passed).toBe('false');
    const [t] = report(r).targets;
    expect(t.statuses).toEqual({ '200': 5, '503': 5 });
    expect(t.successesInRow).toBe(0);
    expect(t.failure).toContain('status 503, expected 2xx');
    expect(t.failure).toContain('gave up after 10 attempt(s): retries: 4');
    expect(t.firstFailure).toMatchObject({ attempt: 2, status: 503 });
    expect(r.stdout).toContain('(after 1 success(es) in a row: counting again)');
    expect(r.errors).toContain(`Smoke test failed for 1 of 1 target(s):\n${s.url}/: status 503`);
    expect(r.summary).toContain('| ❌ failed |');
    // The same service with consecutive-successes: 1 passes on the first 200 — which is why the default is 3.
    const lucky = await smoke({ url: s.url, 'consecutive-successes': 1 });
    expect(lucky.outputs.passed).toBe('true');
  });

  it('retries refused connections until the service starts listening', async () => {
    const s = await serve((_req, res) => json(res, 200, helloVersion('1.2.3')));
    const port = s.port;
    servers.at(-1)!.close();
    setTimeout(() => {
      const late = http.createServer((_req, res) => json(res, 200, helloVersion('1.2.3')));
      servers.push(late);
      late.listen(port, '127.0.0.1');
    }, 700);
    const r = await smoke({ url: `http://127.0.0.1:${port}`, 'expect-version': '1.2.3' });
    expect(r.errors).toBe('');
    const [t] = report(r).targets;
    expect(t.passed).toBe(true);
    expect(t.url).toBe(`http://127.0.0.1:${port}/version`);
    expect(t.statuses.ECONNREFUSED).toBeGreaterThanOrEqual(1);
    expect(t.statuses['200']).toBe(3);
    expect(t.firstFailure).toMatchObject({ attempt: 1, code: 'ECONNREFUSED' });
  });

  it('an old version answering fails at once (no retries), naming both versions', async () => {
    const s = await serve((req, res) =>
      req.url === '/version' ? json(res, 200, helloVersion('1.2.2', '1111111aaaa')) : json(res, 200, {}),
    );
    const r = await smoke({ url: s.url, 'expect-version': '1.2.3', 'expect-commit': 'abcdef1234567890' });
    expect(r.exitCode).toBe(1);
    const [t] = report(r).targets;
    expect(t.attempts).toBe(1);
    expect(t.failure).toContain(
      "version is '1.2.2', expected '1.2.3' (an older or different build answered)",
    );
    expect(t.failure).toContain("commit is '1111111aaaa', expected 'abcdef1234567890'");
    expect(r.errors).toContain('An old pod (or another deployment) answered');
    // The version just built passes (a short commit matches the full one).
    const good = await serve((_req, res) => json(res, 200, helloVersion('1.2.3')));
    const ok = await smoke({ url: good.url, 'expect-version': 'v1.2.3', 'expect-commit': 'abcdef1' });
    expect(ok.errors).toBe('');
    expect(ok.outputs.passed).toBe('true');
  });

  it('a service that accepts but never answers times out per request, and the deadline ends the retries', async () => {
    const s = await serve(() => {
      /* never answers */
    });
    const r = await smoke({ url: s.url, 'request-timeout': '300ms', timeout: '2s', retries: 100 });
    expect(r.exitCode).toBe(1);
    const [t] = report(r).targets;
    expect(Object.keys(t.statuses)).toEqual(['TIMEOUT']);
    expect(t.attempts).toBeGreaterThanOrEqual(2);
    expect(t.failure).toMatch(
      /the overall timeout \(2\.00 s\) ran out after \d+ attempt\(s\).*no complete answer within \d+ ms/,
    );
    expect(t.hint).toContain('did not answer in time');
  });

  it('retries a reset connection and a 429, then passes', async () => {
    const s = await serve((req, res, n) => {
      if (n === 1) return req.socket.destroy();
      if (n === 2) return json(res, 429, { error: 'slow down' });
      json(res, 200, { status: 'ok' });
    });
    const r = await smoke({ url: s.url });
    expect(r.errors).toBe('');
    const [t] = report(r).targets;
    expect(t.statuses).toEqual({ ECONNRESET: 1, '429': 1, '200': 3 });
  });

  it('a 4xx is final unless listed; a listed one passes', async () => {
    const s = await serve((_req, res) => json(res, 404, { error: 'no such page' }));
    const r = await smoke({ url: `${s.url}/missing` });
    const [t] = report(r).targets;
    expect(t.attempts).toBe(1);
    expect(t.failure).toBe('status 404, expected 2xx; body: "{\\"error\\":\\"no such page\\"}"');
    const listed = await smoke({ url: `${s.url}/missing`, 'expect-status': '200, 404' });
    expect(listed.outputs.passed).toBe('true');
    // A listed 5xx is an answer too, not a reason to retry.
    const down = await serve((_req, res) => json(res, 503, { status: 'maintenance' }));
    const five = await smoke({
      url: down.url,
      'expect-status': '5xx',
      'expect-json': '$.status == "maintenance"',
    });
    expect(report(five).targets[0].attempts).toBe(3);
    expect(five.outputs.passed).toBe('true');
  });

  it('wrong bodies, JSON and headers are each reported', async () => {
    const s = await serve((_req, res) =>
      json(res, 200, { status: 'degraded' }, { 'cache-control': 'no-store' }),
    );
    const r = await smoke({
      url: s.url,
      'expect-body': 'healthy',
      'expect-json': '$.status == "ok"\n$.version',
      'expect-header': 'X-Version\nCache-Control: /max-age/',
    });
    const [t] = report(r).targets;
    expect(t.attempts).toBe(1);
    for (const part of [
      'header x-version is missing',
      "header cache-control is 'no-store', expected to match /max-age/",
      'the body does not contain "healthy"',
      '$.status == "ok": $.status is "degraded", expected == "ok"',
      '$.version: $.version is missing ($ has keys status)',
    ])
      expect(t.failure).toContain(part);
    const text = await serve((_req, res) => res.end('plain text'));
    const notJson = await smoke({ url: text.url, 'expect-json': '$.status == "ok"' });
    expect(report(notJson).targets[0].failure).toBe('the body is not JSON: "plain text"');
  });

  it('sends the method, headers and body; masks secret header values everywhere', async () => {
    const secret = `tok-${randomBytes(8).toString('hex')}`;
    const s = await serve((req, res) => {
      const got = {
        method: req.method,
        auth: req.headers.authorization,
        type: req.headers['content-type'],
        body: (req as IncomingMessage & { body: string }).body,
      };
      // Echoes the credential back in a failing answer: it must not reach logs, outputs or the summary.
      json(res, got.body === '{"ping":1}' ? 200 : 400, got);
    });
    const r = await smoke({
      url: s.url,
      method: 'post',
      headers: `Authorization: Bearer ${secret}\nContent-Type: application/json`,
      body: '{"ping":1}',
      'expect-json': '$.method == "POST"\n$.type == "application/json"\n$.auth == "wrong"',
    });
    expect(r.exitCode).toBe(1);
    expect(r.masks).toEqual(expect.arrayContaining([`Bearer ${secret}`, secret]));
    const withoutMaskCommands = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const text of [withoutMaskCommands, r.outputs.report!, r.outputs.json!, r.summary, r.errors])
      expect(text).not.toContain(secret);
    expect(report(r).targets[0].failure).toContain('$.auth is "***", expected == "wrong"');
  });

  it('a latency budget is measured over the counted requests', async () => {
    const s = await serve((_req, res) => setTimeout(() => json(res, 200, { status: 'ok' }), 150));
    const r = await smoke({ url: s.url, 'consecutive-successes': 1, requests: 4, latency: 'p95 < 100ms' });
    expect(r.exitCode).toBe(1);
    const [t] = report(r).targets;
    expect(t.latencyMs.count).toBe(5);
    expect(t.latencyMs.p50).toBeGreaterThanOrEqual(150);
    expect(t.failure).toMatch(
      /^latency budget broken over 5 request\(s\): p95 is \d+ ms \(budget p95 < 100ms\)$/,
    );
    const ok = await smoke({ url: s.url, 'consecutive-successes': 1, requests: 4, 'latency-p95': '10s' });
    expect(ok.outputs.passed).toBe('true');
  });

  it('checks several targets in parallel and reports each', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const good = await serve((_req, res) => {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      setTimeout(() => {
        inFlight--;
        json(res, 200, {});
      }, 300);
    });
    const bad = await serve((_req, res) => json(res, 500, {}));
    const r = await smoke({ url: `${good.url}/a\n${bad.url}/b, ${good.url}/c`, retries: 1 });
    const rep = report(r);
    expect(rep.targets.map((t: Json) => [t.target, t.passed])).toEqual([
      [`${good.url}/a`, true],
      [`${bad.url}/b`, false],
      [`${good.url}/c`, true],
    ]);
    // The two targets on the slow server were asked at the same time, not one after the other.
    expect(mostInFlight).toBe(2);
    expect(r.errors).toContain(
      `Smoke test failed for 1 of 3 target(s):\n${bad.url}/b: status 500, expected 2xx`,
    );
  });

  describe('TLS with a CA made for this run', () => {
    let dir: string;
    let server: TestServer;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'smoke-tls-'));
      const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
      ssl(
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        'ca.key',
        '-out',
        'ca.pem',
        '-days',
        '1',
        '-subj',
        '/CN=smoke-test CA',
      );
      ssl(
        'req',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        'server.key',
        '-out',
        'server.csr',
        '-subj',
        '/CN=127.0.0.1',
      );
      writeFileSync(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
      ssl(
        'x509',
        '-req',
        '-in',
        'server.csr',
        '-CA',
        'ca.pem',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-out',
        'server.pem',
        '-days',
        '1',
        '-extfile',
        'san.ext',
      );
      server = await serve((_req, res) => json(res, 200, helloVersion('2.0.0')), {
        tls: {
          key: readFileSync(join(dir, 'server.key'), 'utf8'),
          cert: readFileSync(join(dir, 'server.pem'), 'utf8'),
        },
      });
    });

    it('an untrusted certificate fails at once with a hint; ca-file makes it pass', async () => {
      const r = await smoke({ url: server.url, 'expect-version': '2.0.0' });
      expect(r.exitCode).toBe(1);
      const [t] = report(r).targets;
      expect(t.attempts).toBe(1);
      expect(t.failure).toMatch(/^TLS: /);
      expect(r.errors).toContain('pass its CA with ca-file');
      const trusted = await smoke({
        url: server.url,
        'expect-version': '2.0.0',
        'ca-file': join(dir, 'ca.pem'),
      });
      expect(trusted.errors).toBe('');
      expect(trusted.outputs.passed).toBe('true');
    });

    it('insecure: true skips verification; http:// to the TLS port is reset and explained', async () => {
      const r = await smoke({ url: server.url, insecure: true });
      expect(r.outputs.passed).toBe('true');
      // Node's TLS server drops a plain-HTTP client (Go's answers 400): a reset, retried, then explained.
      const plain = await smoke({ url: server.url.replace('https:', 'http:'), retries: 1 });
      const [t] = report(plain).targets;
      expect(t.statuses).toEqual({ ECONNRESET: 2 });
      expect(t.passed).toBe(false);
      expect(plain.errors).toContain('or the port speaks TLS (use https://)');
    });

    it('https:// to a plain HTTP port says the server does not speak TLS', async () => {
      const s = await serve((_req, res) => json(res, 200, {}));
      const r = await smoke({ url: s.url.replace('http:', 'https:') });
      expect(report(r).targets[0].failure).toMatch(/^TLS: /);
      expect(r.errors).toContain('does not speak TLS on that port');
    });
  });

  it('bad input fails before any request, naming the input', async () => {
    const s = await serve((_req, res) => json(res, 200, {}));
    for (const [inputs, message] of [
      [
        { url: s.url, 'expect-json': '$.version = "1"' },
        "Input 'expect-json': in '$.version = \"1\"' at column 11: '=' is not an operator",
      ],
      [
        { url: s.url, 'expect-status': '2xx,ok' },
        "Input 'expect-status': 'ok' is not a status code, class or range",
      ],
      [{ url: s.url, latency: 'p95 > 1s' }, "Input 'latency': 'p95 > 1s' is not an upper limit"],
      [{ url: 'localhost:8080/healthz' }, "Input 'url': 'localhost:8080/healthz' is not an absolute URL"],
      [{}, "Input 'url': no target"],
    ] as const) {
      const r = await smoke(inputs);
      expect(r.exitCode).toBe(1);
      expect(r.errors).toContain(message);
      expect(r.outputs).toEqual({});
      console.log(`smoke-test bad-input run: ${Math.round(r.durationMs)} ms`);
    }
    expect(s.count()).toBe(0);
  });

  it('cancellation stops the retries and reports it', async () => {
    const s = await serve((_req, res) => json(res, 503, {}));
    const r = await smoke({ url: s.url, 'retry-delay': '2s', retries: 100 }, { cancelAfterMs: 1500 });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toContain('cancelled by SIGINT');
  });
});

describe('smoke-test through the API server service proxy', () => {
  // Read when the block runs, so the loopback tests above also run where no cluster is up (-t loopback).
  let KUBECONFIG = '';
  const kubectl = (args: string[], input?: string) =>
    execFileSync(requireEnv('KUBECTL').KUBECTL, args, {
      env: { ...process.env, KUBECONFIG },
      input,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  /** A kubeconfig for the test cluster with another user (`user:` as flow YAML). */
  const kubeconfigWith = (user: string) => {
    const server = kubectl(['config', 'view', '--minify', '-o', 'jsonpath={.clusters[0].cluster.server}']);
    const ca = kubectl([
      'config',
      'view',
      '--minify',
      '--raw',
      '-o',
      'jsonpath={.clusters[0].cluster.certificate-authority-data}',
    ]);
    return [
      'apiVersion: v1',
      'kind: Config',
      'current-context: other',
      `clusters: [{ name: c, cluster: { server: '${server}', certificate-authority-data: '${ca}' } }]`,
      `users: [{ name: other, user: ${user} }]`,
      `contexts: [{ name: other, context: { cluster: c, user: other, namespace: ${ns} } }]`,
      '',
    ].join('\n');
  };
  const ns = `smoke-${randomBytes(3).toString('hex')}`;
  /** This host's non-loopback address: EndpointSlice validation refuses 127.0.0.0/8. */
  const hostIp = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
  let backend: TestServer;

  beforeAll(async () => {
    KUBECONFIG = requireEnv('KUBECONFIG').KUBECONFIG;
    if (!hostIp) throw new Error('this host has no non-loopback IPv4 address for the EndpointSlice');
    backend = await serve(
      (req, res) =>
        req.url === '/version'
          ? json(res, 200, helloVersion('3.1.4'))
          : json(res, 200, { status: 'ok', path: req.url }),
      { host: '0.0.0.0' },
    );
    kubectl(['create', 'namespace', ns]);
    /*
     * kube-apiserver 1.34's service proxy picks the backend from the Service's v1 Endpoints object (not its
     * EndpointSlices), and only an address whose targetRef is a Pod of that namespace with that IP in its
     * status (its guard against proxying to arbitrary hosts). So: a selector-less Service, a Pod bound to a
     * node no kubelet (nor kwok) manages whose status we set to this host's address, and an Endpoints
     * object naming it; the EndpointSlice mirroring controller derives the Service's EndpointSlice from it.
     */
    kubectl(
      ['apply', '-f', '-'],
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'List',
        items: [
          {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: { name: 'hello', namespace: ns },
            spec: { ports: [{ name: 'http', port: 80, targetPort: backend.port }] },
          },
          {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { name: 'hello-backend', namespace: ns },
            spec: {
              nodeName: 'goship-unmanaged-node',
              containers: [{ name: 'app', image: 'none.invalid/app' }],
            },
          },
          // A Service whose selector matches no pod: the endpoints controller gives it an empty Endpoints.
          {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: { name: 'nopods', namespace: ns },
            spec: { selector: { app: 'nothing' }, ports: [{ name: 'http', port: 80 }] },
          },
        ],
      }),
    );
    kubectl([
      '-n',
      ns,
      'patch',
      'pod',
      'hello-backend',
      '--subresource=status',
      '--type=merge',
      '-p',
      JSON.stringify({ status: { phase: 'Running', podIP: hostIp, podIPs: [{ ip: hostIp }] } }),
    ]);
    kubectl(
      ['apply', '-f', '-'],
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Endpoints',
        metadata: { name: 'hello', namespace: ns },
        subsets: [
          {
            addresses: [{ ip: hostIp, targetRef: { kind: 'Pod', name: 'hello-backend', namespace: ns } }],
            ports: [{ name: 'http', port: backend.port, protocol: 'TCP' }],
          },
        ],
      }),
    );
  });
  afterAll(() => {
    kubectl(['delete', 'namespace', ns, '--wait=false']);
  });

  it('reaches the Service by name and port through the API server, version checked', async () => {
    const r = await smoke({
      service: `${ns}/hello:80`,
      kubeconfig: KUBECONFIG,
      'expect-version': '3.1.4',
      requests: 3,
    });
    expect(r.errors).toBe('');
    const [t] = report(r).targets;
    expect(t).toMatchObject({
      target: `service ${ns}/hello:80/version`,
      passed: true,
      statuses: { '200': 6 },
    });
    expect(t.url).toMatch(
      new RegExp(`^https://127\\.0\\.0\\.1:\\d+/api/v1/namespaces/${ns}/services/hello:80/proxy/version$`),
    );
    expect(backend.count()).toBeGreaterThanOrEqual(6);
  });

  it('by port name, with the namespace input, and a path', async () => {
    const r = await smoke({
      service: 'hello:http/healthz?full=1',
      namespace: ns,
      kubeconfig: readFileSync(KUBECONFIG, 'utf8'),
      'expect-json': '$.path == "/healthz?full=1"',
    });
    expect(r.errors).toBe('');
    // The kubeconfig's client key was masked before anything printed.
    expect(r.masks.length).toBeGreaterThan(0);
  });

  it('an old version behind the Service fails', async () => {
    const r = await smoke({ service: `${ns}/hello:80`, kubeconfig: KUBECONFIG, 'expect-version': '3.1.3' });
    expect(r.exitCode).toBe(1);
    expect(report(r).targets[0].failure).toContain("version is '3.1.4', expected '3.1.3'");
  });

  it('a missing Service is final; a Service without endpoints is retried until the deadline', async () => {
    const missing = await smoke({ service: `${ns}/nope:80`, kubeconfig: KUBECONFIG });
    const [m] = report(missing).targets;
    expect(m.attempts).toBe(1);
    expect(m.failure).toContain('the API server says: services "nope" not found (the Service does not exist');
    const port = await smoke({ service: `${ns}/hello:81`, kubeconfig: KUBECONFIG });
    expect(report(port).targets[0]).toMatchObject({ attempts: 1, passed: false });
    expect(report(port).targets[0].failure).toContain(
      'no service port 81 found for service "hello" (check the port',
    );
    const empty = await smoke({ service: `${ns}/nopods:80`, kubeconfig: KUBECONFIG, timeout: '2s' });
    const [e] = report(empty).targets;
    expect(e.attempts).toBeGreaterThan(1);
    expect(e.statuses['503']).toBe(e.attempts);
    expect(e.failure).toMatch(
      /the overall timeout \(2\.00 s\) ran out .*no endpoints available for service "nopods".*\(no ready endpoint yet\)/,
    );
  });

  it('a user without services/proxy permission gets a clear 403', async () => {
    kubectl(['-n', ns, 'create', 'serviceaccount', 'viewer']);
    const token = kubectl(['-n', ns, 'create', 'token', 'viewer']).trim();
    const kc = kubeconfigWith(`{ token: '${token}' }`);
    const r = await smoke({ service: 'hello:80', kubeconfig: kc });
    expect(r.exitCode).toBe(1);
    expect(report(r).targets[0].failure).toContain('the API server forbids the service proxy (403)');
    expect(report(r).targets[0].failure).toContain("RBAC 'get' on 'services/proxy'");
    expect(r.masks).toContain(token);
    expect(
      r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(token);
  });

  it('a token the API server does not accept gets a clear 401, without retries', async () => {
    const r = await smoke({
      service: 'hello:80',
      kubeconfig: kubeconfigWith("{ token: 'not-a-valid-token' }"),
    });
    expect(r.exitCode).toBe(1);
    expect(report(r).targets[0]).toMatchObject({ attempts: 1, statuses: { '401': 1 } });
    expect(report(r).targets[0].failure).toContain(
      "the API server rejected the kubeconfig's credentials (401",
    );
  });

  it('an exec-plugin kubeconfig works as for k8s-rollout: the plugin runs, is announced, and its credential reaches the API server', async () => {
    const user = (field: string) =>
      kubectl(['config', 'view', '--minify', '--raw', '-o', `jsonpath={.users[0].user.${field}}`]);
    const pem = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');
    // The test cluster's admin client certificate, handed out by the plugin (as a cloud's plugin hands a token).
    const credential = {
      apiVersion: 'client.authentication.k8s.io/v1',
      kind: 'ExecCredential',
      status: {
        clientCertificateData: pem(user('client-certificate-data')),
        clientKeyData: pem(user('client-key-data')),
      },
    };
    const plugin = join(mkdtempSync(join(tmpdir(), 'smoke-exec-')), 'credential-plugin.sh');
    writeFileSync(plugin, `#!/bin/sh\ncat <<'EOF'\n${JSON.stringify(credential)}\nEOF\n`, { mode: 0o755 });
    const r = await smoke({
      service: `${ns}/hello:80`,
      kubeconfig: kubeconfigWith(
        `{ exec: { apiVersion: client.authentication.k8s.io/v1, command: ${plugin}, interactiveMode: Never } }`,
      ),
      'expect-version': '3.1.4',
    });
    expect(r.errors).toBe('');
    expect(report(r).targets[0]).toMatchObject({ passed: true, statuses: { '200': 3 } });
    expect(r.stdout).toContain(
      `kubeconfig user 'other' gets its credentials from the exec plugin '${plugin}'`,
    );
  });
});
