import { readFileSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { resolveKubeconfig } from '@goship/cluster';
import { Inputs, objectInputs } from '@goship/kit';
import {
  apiServerAccess,
  apiServerAuth,
  apiServerStatus,
  parseSmokeTestInputs,
  serviceProxyUrl,
  smokeTest,
} from '../../../packages/probe/src/index.js';
import { selfSignedCert } from '../../harness/tls.js';
import { credentialDir, kubeconfig, plugin, recorder } from '../cluster/credential-fixtures.js';

const resolveKubeconfigForTest = (text: string) => resolveKubeconfig({ value: text, env: {} });

// Bodies the test cluster's kube-apiserver (v1.34.4) answered on its service proxy path.
const recorded = JSON.parse(
  readFileSync(new URL('./fixtures/api-status.json', import.meta.url), 'utf8'),
) as Record<string, { status: number; body: string }>;
const judge = (name: string) => apiServerStatus(recorded[name]!.status, recorded[name]!.body);

describe('the API server answering instead of the Service', () => {
  it('a missing Service (or Endpoints object) is final', () => {
    for (const name of ['service-missing', 'endpoints-missing']) {
      expect(judge(name)).toEqual({
        message: expect.stringMatching(
          /^the API server says: services "\w+" not found \(the Service does not exist in that namespace, or it has no Endpoints object\)$/,
        ),
        retryable: false,
      });
    }
  });
  it('no ready endpoint is retried; an unknown port is final', () => {
    expect(judge('no-ready-endpoint')).toEqual({
      message: 'the API server says: no endpoints available for service "nopods" (no ready endpoint yet)',
      retryable: true,
    });
    expect(judge('no-such-port')).toEqual({
      message:
        'the API server says: no service port 81 found for service "hello" (check the port: a Service port number or name)',
      retryable: false,
    });
  });
  it('401 and 403 name the credentials and the RBAC rule', () => {
    expect(judge('unauthorized')).toEqual({
      message: "the API server rejected the kubeconfig's credentials (401 Unauthorized): Unauthorized",
      retryable: false,
    });
    expect(judge('forbidden')?.message).toContain("needs RBAC 'get' on 'services/proxy' in that namespace");
  });
  it("the Service's own answers are not mistaken for the API server's", () => {
    expect(apiServerStatus(404, '404 page not found\n')).toBeUndefined();
    expect(apiServerStatus(503, '{"kind":"Status"}')).toBeUndefined();
    expect(apiServerStatus(200, recorded['service-missing']!.body)).toBeUndefined();
  });
});

describe('access from the kubeconfig', () => {
  const kc = (user: string, cluster = "certificate-authority-data: 'Q0EgUEVN'") =>
    resolveKubeconfigForTest(`apiVersion: v1
kind: Config
current-context: t
clusters: [{ name: c, cluster: { server: 'https://10.0.0.1:6443/prefix/', ${cluster} } }]
users: [{ name: u, user: ${user} }]
contexts: [{ name: t, context: { cluster: c, user: u, namespace: apps } }]
`);
  const access = (user: string, cluster?: string) => apiServerAccess(kc(user, cluster), recorder().log);
  it('a token becomes a bearer header; the CA and the context namespace are used', async () => {
    const a = await access("{ token: 'abc123' }");
    const auth = await apiServerAuth(a);
    expect(auth.headers).toEqual([['Authorization', 'Bearer abc123']]);
    expect(auth.tls).toMatchObject({ ca: Buffer.from('CA PEM'), rejectUnauthorized: true });
    expect(
      serviceProxyUrl(a, {
        kind: 'service',
        name: 'hello',
        port: 'http',
        path: '/version?x=1',
        display: '',
      }).toString(),
    ).toBe('https://10.0.0.1:6443/prefix/api/v1/namespaces/apps/services/hello:http/proxy/version?x=1');
  });
  it('client certificates and basic auth', async () => {
    const cert = await apiServerAuth(
      await access("{ client-certificate-data: 'Q0VSVA==', client-key-data: 'S0VZ' }"),
    );
    expect(cert.tls).toMatchObject({ cert: Buffer.from('CERT'), key: Buffer.from('KEY') });
    expect(cert.headers).toEqual([]);
    const basic = await apiServerAuth(await access('{ username: me, password: pw }'));
    expect(basic.headers).toEqual([['Authorization', `Basic ${Buffer.from('me:pw').toString('base64')}`]]);
  });
  it('auth providers other than an OIDC id-token, and a socks5 proxy-url, are refused as k8s-rollout refuses them', async () => {
    await expect(access('{ auth-provider: { name: gcp } }')).rejects.toThrow(
      "uses auth-provider 'gcp', which goship does not run",
    );
    await expect(access('{ auth-provider: { name: oidc } }')).rejects.toThrow(
      /auth-provider 'oidc' without an id-token/,
    );
    expect(() => kc("{ token: 'x' }", "proxy-url: 'socks5://proxy:1080'")).toThrow(
      /scheme socks5, which goship does not support/,
    );
    // An http proxy-url is the route of every request to the API server, the smoke test's included.
    expect((await access("{ token: 'x' }", "proxy-url: 'http://proxy:3128'")).proxy?.shown).toBe(
      'http://proxy:3128',
    );
  });
  it('an unreadable certificate file names the file', async () => {
    await expect(access("{ token: 'x' }", "certificate-authority: '/nonexistent/ca.crt'")).rejects.toThrow(
      /its certificate-authority file '\/nonexistent\/ca.crt' cannot be read \(ENOENT\)/,
    );
  });
});

/*
 * The service proxy check against a real loopback HTTPS server standing in for the API server (its CA in
 * the kubeconfig), through the smoke-test inputs as the action reads them: the Authorization header that
 * reaches the server is the one the kubeconfig's user stands for — an exec plugin's token included.
 */
describe('the service proxy check with the credentials k8s-rollout uses', () => {
  const { cert, key } = selfSignedCert('127.0.0.1', 'IP:127.0.0.1');
  const seen: { path?: string; headers: IncomingHttpHeaders }[] = [];
  let refuseNext = false;
  const server = createServer({ cert, key }, (req, res) => {
    seen.push({ path: req.url, headers: req.headers });
    if (refuseNext) {
      refuseNext = false;
      res.writeHead(401, { 'Content-Type': 'application/json' });
      res.end('{"kind":"Status","apiVersion":"v1","status":"Failure","message":"Unauthorized","code":401}');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
  });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => {
    seen.length = 0;
  });

  /** The smoke test of service apps/hello:80/healthz with the kubeconfig file `name`, as the action runs it. */
  async function check(name: string, user: string) {
    const ca = `certificate-authority-data: ${Buffer.from(cert).toString('base64')}`;
    writeFileSync(join(credentialDir, name), kubeconfig(user, url, ca));
    const { secrets, ...options } = parseSmokeTestInputs(
      new Inputs(
        objectInputs({
          service: 'apps/hello:80/healthz',
          kubeconfig: name,
          'consecutive-successes': '1',
          retries: '0',
          timeout: '10s',
        }),
      ),
      { workspace: credentialDir, env: {} },
    );
    const r = recorder();
    const info: string[] = [];
    const result = await smokeTest({
      ...options,
      log: { info: (m) => info.push(m), notice: r.log.notice, secret: r.log.secret },
    });
    return { result, secrets, notices: r.notices, masked: r.secrets };
  }

  it('an exec plugin (interactiveMode, provideClusterInfo, env) runs: its token reaches the API server, masked, announced', async () => {
    const info = join(credentialDir, 'proxy-exec-info.json');
    const cmd = plugin(
      'proxy-get-token',
      `echo "$KUBERNETES_EXEC_INFO" > ${info}\n` +
        `printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"%s"}}' "exec-$PLUGIN_ENV"`,
    );
    const { result, notices, masked } = await check(
      'exec.kubeconfig',
      `    exec: {apiVersion: client.authentication.k8s.io/v1, command: ${cmd}, interactiveMode: Never, provideClusterInfo: true, env: [{name: PLUGIN_ENV, value: token-0123456789}]}`,
    );
    expect(result.passed).toBe(true);
    expect(seen).toEqual([
      {
        path: '/api/v1/namespaces/apps/services/hello:80/proxy/healthz',
        headers: expect.objectContaining({ authorization: 'Bearer exec-token-0123456789' }),
      },
    ]);
    expect(masked).toEqual(['exec-token-0123456789']);
    expect(notices).toEqual([`kubeconfig user 'u' gets its credentials from the exec plugin '${cmd}'`]);
    expect(JSON.parse(readFileSync(info, 'utf8')).spec).toMatchObject({
      interactive: false,
      cluster: { server: url },
    });
  });

  it("after a 401 the exec plugin is asked once more, and the fresh token is sent (as k8s-rollout's client does)", async () => {
    const n = join(credentialDir, 'proxy-runs');
    writeFileSync(n, '0');
    const cmd = plugin(
      'proxy-rotating',
      `i=$(($(cat ${n}) + 1)); echo $i > ${n}\nprintf '{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"rotated-token-%s"}}' $i`,
    );
    refuseNext = true;
    const { result } = await check(
      'rotating.kubeconfig',
      `    exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: ${cmd}}`,
    );
    expect(result.passed).toBe(true);
    expect(result.targets[0]).toMatchObject({ attempts: 1, statuses: { '200': 1 } });
    expect(seen.map((s) => s.headers.authorization)).toEqual([
      'Bearer rotated-token-1',
      'Bearer rotated-token-2',
    ]);
  });

  it('a tokenFile (beside the kubeconfig file) is read, masked and sent', async () => {
    writeFileSync(join(credentialDir, 'proxy-token'), 'file-token-0123456789\n');
    const { result, masked } = await check('token-file.kubeconfig', '    tokenFile: proxy-token');
    expect(result.passed).toBe(true);
    expect(seen.map((s) => s.headers.authorization)).toEqual(['Bearer file-token-0123456789']);
    expect(masked).toEqual(['file-token-0123456789']);
  });

  it('an exec plugin that fails stops the smoke test with its message, never a credential', async () => {
    const cmd = plugin(
      'proxy-expired',
      `echo '{"status":{"token":"leaked"}}'\necho 'the login expired' >&2\nexit 1`,
    );
    const err = await check('expired.kubeconfig', `    exec: {command: ${cmd}}`).catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      `Input 'kubeconfig': user 'u': the exec plugin '${cmd}' exited with code 1: the login expired`,
    );
    expect(seen).toEqual([]);
  });
});
