/*
 * k8s-rollout behind a forward proxy, as a runner in a corporate network reaches a cluster: the kubeconfig
 * cluster's proxy-url names a real tinyproxy (test/infra/install-apt) that wants Basic credentials and logs
 * every request line. The API server is the shared test cluster's; pods are kwok's.
 *   GOSHIP_INFRA=cluster npx jest test/e2e/k8s-rollout-proxy
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { load } from 'js-yaml';
import { freePort } from '../harness/free-port.js';
import { requireEnv } from '../harness/infra.js';
import { type ActionResult, runAction } from '../harness/run-action.js';

jest.setTimeout(180_000);

const { KUBECONFIG, KUBECTL } = requireEnv('KUBECONFIG', 'KUBECTL');
const kubectl = (args: string[]) =>
  execFileSync(KUBECTL!, args, { env: { ...process.env, KUBECONFIG }, encoding: 'utf8' });

const PASSWORD = 'tiny-pr0xy-pa55word';
const dir = mkdtempSync(join(tmpdir(), 'goship-e2e-proxy-'));
// tinyproxy drops to `nobody`: its log goes where that user can write.
chmodSync(dir, 0o777);
const proxyLog = join(dir, 'tinyproxy.log');
let proxy: ChildProcess | undefined;
let proxyPort = 0;

async function listening(port: number, deadline = Date.now() + 10_000): Promise<void> {
  for (;;) {
    const ok = await new Promise<boolean>((r) => {
      const s = connect(port, '127.0.0.1', () => r(s.end() && true)).on('error', () => r(false));
    });
    if (ok) return;
    if (Date.now() > deadline)
      throw new Error(`tinyproxy is not listening on ${port}: ${readFileSync(proxyLog, 'utf8')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  proxyPort = await freePort();
  const conf = join(dir, 'tinyproxy.conf');
  writeFileSync(
    conf,
    [
      'User nobody',
      'Group nogroup',
      `Port ${proxyPort}`,
      'Listen 127.0.0.1',
      'Timeout 600',
      `LogFile "${proxyLog}"`,
      'LogLevel Connect',
      'MaxClients 100',
      'Allow 127.0.0.1',
      `BasicAuth ci ${PASSWORD}`,
      '',
    ].join('\n'),
  );
  proxy = spawn('tinyproxy', ['-d', '-c', conf], { stdio: 'ignore' });
  await listening(proxyPort);
});
afterAll(() => {
  proxy?.kill();
});

interface Kubeconfig {
  clusters: { name: string; cluster: Record<string, unknown> }[];
}

/** The test cluster's kubeconfig, its cluster reached through `proxyUrl`. */
function proxiedKubeconfig(ws: string, proxyUrl: string): { file: string; cluster: string; server: string } {
  const kc = load(readFileSync(KUBECONFIG!, 'utf8')) as Kubeconfig;
  for (const c of kc.clusters) c.cluster['proxy-url'] = proxyUrl;
  const file = join(ws, 'proxied.kubeconfig');
  writeFileSync(file, JSON.stringify(kc));
  return { file, cluster: kc.clusters[0]!.name, server: String(kc.clusters[0]!.cluster.server) };
}

function setup(prefix: string): { ns: string; ws: string } {
  const ns = `${prefix}-${Date.now().toString(36)}`;
  kubectl(['create', 'namespace', ns]);
  const ws = mkdtempSync(join(tmpdir(), `goship-e2e-${prefix}-`));
  writeFileSync(
    join(ws, 'app.yaml'),
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: hello}
spec:
  replicas: 1
  selector: {matchLabels: {app: hello}}
  template:
    metadata: {labels: {app: hello}}
    spec:
      containers: [{name: app, image: 'registry.example/acme/hello:1.0.0'}]
`,
  );
  return { ns, ws };
}

/** Everything the step printed, but the lines that register masks (those carry the secrets on purpose). */
const printed = (r: ActionResult) =>
  `${r.stdout}\n${r.stderr}`
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

/** The request lines tinyproxy logged since `from` (a length of its log). */
const requestsSince = (from: number) =>
  readFileSync(proxyLog, 'utf8')
    .slice(from)
    .split('\n')
    .filter((l) => l.includes('Request (file descriptor'))
    .map((l) => l.replace(/^.*Request \(file descriptor \d+\): /, ''));

const logLength = () => readFileSync(proxyLog, 'utf8').length;

test("the kubeconfig's proxy-url: the rollout reaches the API server through the proxy's tunnel; its password masked", async () => {
  const { ns, ws } = setup('proxy-ok');
  const kc = proxiedKubeconfig(ws, `http://ci:${PASSWORD}@127.0.0.1:${proxyPort}`);
  const from = logLength();
  const r = await runAction('k8s-rollout', {
    workspace: ws,
    timeoutMs: 150_000,
    inputs: { kubeconfig: kc.file, manifests: 'app.yaml', namespace: ns, version: '1.0.0' },
  });
  expect(r.errors).toBe('');
  expect(r.exitCode).toBe(0);
  expect(r.outputs.status).toBe('succeeded');
  expect(r.stdout).toContain(`through the proxy http://ci@127.0.0.1:${proxyPort}`);
  // Tunnels to the API server only: no request in the clear.
  const seen = requestsSince(from);
  const apiServer = new URL(kc.server).host;
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every((l) => l === `CONNECT ${apiServer} HTTP/1.1`)).toBe(true);
  expect(r.masks).toContain(PASSWORD);
  expect(printed(r)).not.toContain(PASSWORD);
  expect(kubectl(['-n', ns, 'get', 'deployment', 'hello', '-o', 'jsonpath={.status.readyReplicas}'])).toBe(
    '1',
  );
});

test('a proxy that refuses the credentials: the step fails at once naming the proxy (not its password), nothing applied', async () => {
  const { ns, ws } = setup('proxy-407');
  const wrong = `wrong-${PASSWORD}`;
  const kc = proxiedKubeconfig(ws, `http://ci:${wrong}@127.0.0.1:${proxyPort}`);
  const from = logLength();
  const r = await runAction('k8s-rollout', {
    workspace: ws,
    timeoutMs: 150_000,
    inputs: { kubeconfig: kc.file, manifests: 'app.yaml', namespace: ns, version: '1.0.0' },
  });
  expect(r.exitCode).toBe(1);
  // tinyproxy 1.11 answers 401 where the standard says 407: the step names what the proxy said.
  expect(r.errors).toContain(
    `The proxy http://ci@127.0.0.1:${proxyPort} (from the proxy-url of cluster '${kc.cluster}') refused the tunnel: HTTP 40`,
  );
  expect(r.errors).toMatch(/refused the tunnel: HTTP 40[17] /);
  expect(r.errors).toContain('The proxy wants credentials: put them in the proxy-url');
  expect(requestsSince(from).length).toBeGreaterThan(0);
  expect(printed(r)).not.toContain(wrong);
  expect(kubectl(['-n', ns, 'get', 'deployments', '-o', 'name'])).toBe('');
});
