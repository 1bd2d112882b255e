import { readFileSync } from 'node:fs';
import { resolveKubeconfig } from '@goship/cluster';
import { apiServerAccess, apiServerStatus, serviceProxyUrl } from '@goship/probe';

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
  it('a token becomes a bearer header; the CA and the context namespace are used', () => {
    const a = apiServerAccess(kc("{ token: 'abc123' }"));
    expect(a.headers).toEqual([['Authorization', 'Bearer abc123']]);
    expect(a.tls).toMatchObject({ ca: ['CA PEM'], rejectUnauthorized: true });
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
  it('client certificates and basic auth', () => {
    const cert = apiServerAccess(kc("{ client-certificate-data: 'Q0VSVA==', client-key-data: 'S0VZ' }"));
    expect(cert.tls).toMatchObject({ cert: 'CERT', key: 'KEY' });
    expect(cert.headers).toEqual([]);
    const basic = apiServerAccess(kc('{ username: me, password: pw }'));
    expect(basic.headers).toEqual([['Authorization', `Basic ${Buffer.from('me:pw').toString('base64')}`]]);
  });
  it('exec plugins, auth providers and proxy-url are refused with a way out', () => {
    expect(() => apiServerAccess(kc('{ exec: { command: gcloud } }'))).toThrow(
      /authenticates with an exec plugin, which the service proxy check does not run/,
    );
    expect(() => apiServerAccess(kc('{ auth-provider: { name: oidc } }'))).toThrow(/an auth-provider/);
    expect(() => apiServerAccess(kc("{ token: 'x' }", "proxy-url: 'http://proxy:3128'"))).toThrow(
      /proxy-url/,
    );
  });
  it('an unreadable certificate file names the file', () => {
    expect(() =>
      apiServerAccess(kc("{ token: 'x' }", "certificate-authority: '/nonexistent/ca.crt'")),
    ).toThrow(/the certificate-authority file '\/nonexistent\/ca.crt' of context 't' cannot be read/);
  });
});
