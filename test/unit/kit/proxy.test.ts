/*
 * The project's one proxy rule (@goship/kit proxy.ts), shared by the registry client and setup-go's downloads.
 * The requests themselves go through real loopback proxies in test/unit/oci/proxy.test.ts and
 * test/unit/go/toolchain/proxy.test.ts.
 */
import {
  isLoopbackHost,
  noProxyMatches,
  ProxyError,
  proxyFailure,
  proxyFor,
  redactUrl,
  UserError,
} from '@goship/kit';

const P = 'http://proxy.corp:3128';

describe('which variable applies', () => {
  test('https uses HTTPS_PROXY, then https_proxy; http uses HTTP_PROXY, then http_proxy; never the other scheme', () => {
    expect(proxyFor('https://go.dev/dl/', { HTTPS_PROXY: P })?.variable).toBe('HTTPS_PROXY');
    expect(proxyFor('https://go.dev/dl/', { https_proxy: P })?.variable).toBe('https_proxy');
    expect(proxyFor('https://go.dev/dl/', { HTTPS_PROXY: P, https_proxy: 'http://other:1' })?.url.host).toBe(
      'proxy.corp:3128',
    );
    expect(proxyFor('http://mirror.corp/dl/', { http_proxy: P })?.variable).toBe('http_proxy');
    expect(proxyFor('https://go.dev/dl/', { HTTP_PROXY: P })).toBeUndefined();
    expect(proxyFor('http://mirror.corp/dl/', { HTTPS_PROXY: P })).toBeUndefined();
    expect(proxyFor('https://go.dev/dl/', { HTTPS_PROXY: '  ' })).toBeUndefined();
    expect(proxyFor('https://go.dev/dl/', undefined)).toBeUndefined();
  });

  test('a value without a scheme is http; a socks or malformed value is an error naming the variable', () => {
    expect(proxyFor('https://go.dev/', { HTTPS_PROXY: 'proxy.corp:3128' })?.url.href).toBe(`${P}/`);
    expect(() => proxyFor('https://go.dev/', { HTTPS_PROXY: 'socks5://u:pw@proxy:1080' })).toThrow(
      /HTTPS_PROXY is socks5:\/\/u@proxy:1080: only http:\/\/ and https:\/\/ proxies/,
    );
    expect(() => proxyFor('https://go.dev/', { https_proxy: 'http://[bad' })).toThrow(UserError);
    expect(() => proxyFor('https://go.dev/', { https_proxy: 'http://[bad' })).toThrow(
      /https_proxy is not a URL/,
    );
  });

  test('the shown proxy keeps the user name and drops the password', () => {
    const route = proxyFor('https://go.dev/', { HTTPS_PROXY: 'http://alice:s3cret@proxy.corp:3128' });
    expect(route?.shown).toBe('http://alice@proxy.corp:3128');
    expect(route?.url.password).toBe('s3cret');
    expect(redactUrl(new URL('http://u:p@h:1/x'))).toBe('http://u@h:1/x');
  });
});

describe('loopback is never proxied', () => {
  test.each([
    'http://localhost:5000/',
    'http://LOCALHOST/',
    'http://api.localhost/',
    'http://127.0.0.1:8080/',
    'http://127.1.2.3/',
    'http://[::1]:8080/',
  ])('%s', (url) => {
    expect(proxyFor(url, { HTTP_PROXY: P, HTTPS_PROXY: P })).toBeUndefined();
    expect(proxyFor(url.replace('http:', 'https:'), { HTTPS_PROXY: P })).toBeUndefined();
  });
  test('but 128.0.0.1 and a name merely containing localhost are', () => {
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
    expect(isLoopbackHost('localhost.corp')).toBe(false);
    expect(proxyFor('http://localhost.corp/', { HTTP_PROXY: P })?.variable).toBe('HTTP_PROXY');
  });
});

describe('NO_PROXY', () => {
  const cases: [string, string, boolean][] = [
    ['https://go.dev/dl/', '*', true],
    ['https://go.dev/dl/', 'go.dev', true],
    ['https://dl.go.dev/dl/', 'go.dev', true], // a bare domain covers its subdomains (curl, Go, http-client)
    ['https://notgo.dev/', 'go.dev', false],
    ['https://dl.go.dev/', '.go.dev', true],
    ['https://go.dev/', '.go.dev', true],
    ['https://badgo.dev/', '.go.dev', false],
    ['https://dl.go.dev/', '*.go.dev', true],
    ['https://GO.DEV/', ' Go.Dev ', true],
    ['https://go.dev/', 'go.dev:443', true],
    ['https://go.dev/', 'go.dev:8443', false],
    ['http://go.dev/', 'go.dev:80', true],
    ['https://mirror.corp:8443/', 'mirror.corp:8443', true],
    ['https://10.1.2.3/', '10.0.0.0/8', true],
    ['https://11.1.2.3/', '10.0.0.0/8', false],
    ['https://10.0.0.5/', '10.0.0.1-10.0.0.9', true],
    ['https://10.0.0.10/', '10.0.0.1-10.0.0.9', false],
    ['https://[fd00::5]/', 'fd00::/8', true],
    ['https://[fd00::5]/', 'fd00::5', true],
    ['https://192.168.1.1/', '168.1.1', false], // addresses never match by suffix
    ['https://go.dev/', 'example.com, go.dev', true],
    ['https://go.dev/', ',,', false],
  ];
  test.each(cases)('%s with NO_PROXY=%j → bypass %s', (url, noProxy, bypass) => {
    expect(noProxyMatches(new URL(url), noProxy)).toBe(bypass);
    const route = proxyFor(url, { HTTPS_PROXY: P, HTTP_PROXY: P, NO_PROXY: noProxy });
    expect(route === undefined).toBe(bypass);
  });
  test('no_proxy (lower case) when NO_PROXY is unset; NO_PROXY alone proxies nothing', () => {
    expect(proxyFor('https://go.dev/', { HTTPS_PROXY: P, no_proxy: 'go.dev' })).toBeUndefined();
    expect(proxyFor('https://go.dev/', { NO_PROXY: 'x' })).toBeUndefined();
    expect(proxyFor('https://go.dev/', { HTTPS_PROXY: P, NO_PROXY: 'x' })?.variable).toBe('HTTPS_PROXY');
  });
});

describe('errors from the proxy', () => {
  const route = proxyFor('https://go.dev/', { HTTPS_PROXY: 'http://alice:s3cret@proxy.corp:3128' })!;
  const target = new URL('https://go.dev/dl/x');
  test("Node's refused tunnel (its message quotes the password) becomes a ProxyError without it", () => {
    const err = Object.assign(
      new Error(
        'Failed to establish tunnel to go.dev:443 via http://alice:s3cret@proxy.corp:3128: HTTP/1.1 407 Proxy Authentication Required',
      ),
      { code: 'ERR_PROXY_TUNNEL' },
    );
    const got = proxyFailure(err, route, target);
    expect(got).toBeInstanceOf(ProxyError);
    expect(got?.status).toBe(407);
    expect(got?.message).toBe(
      'The proxy http://alice@proxy.corp:3128 (from HTTPS_PROXY) refused the tunnel: HTTP 407 Proxy Authentication Required for https://go.dev',
    );
    expect(got?.hint).toMatch(/credentials.*HTTPS_PROXY/);
    expect(`${got?.message} ${got?.hint}`).not.toContain('s3cret');
  });
  test('an unreachable proxy is named; a reset is left to the caller', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:3128'), { code: 'ECONNREFUSED' });
    expect(proxyFailure(refused, route, target)?.message).toBe(
      'The proxy http://alice@proxy.corp:3128 (from HTTPS_PROXY) cannot be reached (ECONNREFUSED) for https://go.dev',
    );
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(proxyFailure(reset, route, target)).toBeUndefined();
  });
});
