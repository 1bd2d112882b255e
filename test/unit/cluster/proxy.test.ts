import { apiServerProxyFailure, resolveKubeconfig } from '@goship/cluster';
import { InputError } from '@goship/kit';
import { kubeconfig } from './credential-fixtures.js';

/*
 * Which proxy reaches the API server, as kubectl decides it: the cluster's proxy-url first (any server,
 * NO_PROXY does not apply), else HTTPS_PROXY/NO_PROXY from the stage's environment (never process.env) by the
 * project's one rule; socks5 refused by name; the proxy password masked and never quoted.
 */

const resolve = (
  clusterFields: string,
  proxyEnv?: Record<string, string>,
  server = 'https://10.0.0.1:6443',
) =>
  resolveKubeconfig({
    value: kubeconfig("    token: 'tok-123456'", server, clusterFields),
    env: {},
    proxyEnv,
  });

const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return err as InputError;
  }
  throw new Error('did not throw');
};

describe('the API server proxy', () => {
  test("the cluster's proxy-url: every request through it, NO_PROXY and loopback notwithstanding; its password masked", () => {
    const kc = resolve(
      "proxy-url: 'http://ci:s3cr%40t-pw@proxy.corp:3128'",
      { NO_PROXY: '*' },
      'https://127.0.0.1:6443',
    );
    expect(kc.proxy?.url.href).toBe('http://ci:s3cr%40t-pw@proxy.corp:3128/');
    expect(kc.proxy?.shown).toBe('http://ci@proxy.corp:3128');
    expect(kc.proxy?.variable).toBe("the proxy-url of cluster 'k'");
    expect(kc.secrets).toEqual(expect.arrayContaining(['s3cr%40t-pw', 's3cr@t-pw']));
    // proxy-url wins over HTTPS_PROXY.
    expect(
      resolve("proxy-url: 'https://proxy.corp:8443'", { HTTPS_PROXY: 'http://other:3128' }).proxy?.shown,
    ).toBe('https://proxy.corp:8443');
  });

  test('without proxy-url: HTTPS_PROXY (https servers), HTTP_PROXY (http servers), NO_PROXY and loopback as kit reads them', () => {
    expect(resolve('', { HTTPS_PROXY: 'http://proxy.corp:3128' }).proxy?.variable).toBe('HTTPS_PROXY');
    expect(resolve('', { https_proxy: 'proxy.corp:3128' }).proxy?.url.href).toBe('http://proxy.corp:3128/');
    expect(
      resolve('', { HTTPS_PROXY: 'http://proxy.corp:3128', NO_PROXY: '10.0.0.0/8' }).proxy,
    ).toBeUndefined();
    expect(resolve('', { HTTP_PROXY: 'http://proxy.corp:3128' }).proxy).toBeUndefined();
    expect(
      resolve('', { HTTPS_PROXY: 'http://proxy.corp:3128' }, 'https://localhost:6443').proxy,
    ).toBeUndefined();
    expect(resolve('', {}).proxy).toBeUndefined();
    expect(resolve('').proxy).toBeUndefined();
    // The password of a proxy from the environment is masked too.
    expect(resolve('', { HTTPS_PROXY: 'http://u:env-pw-123@proxy.corp:3128' }).secrets).toContain(
      'env-pw-123',
    );
  });

  test('socks5 and a proxy-url that is not a URL are refused by name, before any request, never quoting a password', () => {
    const socks = thrown(() => resolve("proxy-url: 'socks5://u:sockspw@proxy.corp:1080'"));
    expect(socks).toBeInstanceOf(InputError);
    expect(socks.message).toBe(
      "Input 'kubeconfig': cluster 'k' has proxy-url socks5://u@proxy.corp:1080 with scheme socks5, which goship does not support. Expected an http:// or https:// proxy-url (goship tunnels to the API server with HTTP CONNECT).",
    );
    expect(socks.message).not.toContain('sockspw');
    const bad = thrown(() => resolve("proxy-url: 'not a url :pw'"));
    expect(bad.message).toMatch(
      /^Input 'kubeconfig': cluster 'k' has a proxy-url that is not a URL\. Expected /,
    );
    expect(bad.message).not.toContain(':pw');
  });
});

describe("a proxy's refusal, as the step names it", () => {
  const route = resolve("proxy-url: 'http://ci:s3cr3t-pw@proxy.corp:3128'").proxy;
  const refused = (status: string) =>
    Object.assign(new Error(`Failed to establish a tunnel to 10.0.0.1:6443: HTTP/1.1 ${status}`), {
      code: 'ERR_PROXY_TUNNEL',
    });

  test.each([
    ['407 Proxy Authentication Required', 'The proxy wants credentials'],
    // tinyproxy 1.11 answers a CONNECT with wrong credentials 401; on a tunnel only the proxy can say it.
    ['401 Unauthorized', 'The proxy wants credentials'],
    ['403 Forbidden', 'Check the proxy-url'],
  ])('HTTP %s: the proxy named without its password, the hint fitting the status', (status, hint) => {
    const err = apiServerProxyFailure(refused(status), route, new URL('https://10.0.0.1:6443'));
    expect(err?.message).toContain(
      `The proxy http://ci@proxy.corp:3128 (from the proxy-url of cluster 'k') refused the tunnel: HTTP ${status}`,
    );
    expect(err?.hint).toContain(hint);
    expect(`${err?.message} ${err?.hint}`).not.toContain('s3cr3t-pw');
  });

  test('an error that is not the proxy’s is left to the caller', () => {
    expect(
      apiServerProxyFailure(new Error('socket hang up'), route, new URL('https://10.0.0.1:6443')),
    ).toBeUndefined();
  });
});
