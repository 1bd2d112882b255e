import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, Inputs, objectInputs } from '@goship/kit';
import {
  checkHeader,
  checkVersion,
  parseHeaderExpectations,
  parseRequestHeaders,
  parseServiceTarget,
  parseSmokeTestInputs,
  parseUrlTarget,
  sameCommit,
  secretHeaderValues,
  urlItems,
} from '../../../packages/probe/src/index.js';

const ws = mkdtempSync(join(tmpdir(), 'probe-inputs-'));
const parse = (values: Record<string, string>, env: Record<string, string> = {}) =>
  parseSmokeTestInputs(new Inputs(objectInputs(values)), { workspace: ws, env });
const inputError = (fn: () => unknown): InputError => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected an InputError');
};

const KUBECONFIG = `apiVersion: v1
kind: Config
current-context: test
clusters:
- name: c
  cluster: { server: 'https://127.0.0.1:6443', certificate-authority-data: '' }
contexts:
- name: test
  context: { cluster: c, user: u, namespace: staging }
users:
- name: u
  user: { token: s3cr3t-token-value }
`;

describe('targets', () => {
  it('parses service references', () => {
    expect(parseServiceTarget('service', 'prod/hello:8080/healthz?full=1')).toEqual({
      kind: 'service',
      namespace: 'prod',
      name: 'hello',
      port: '8080',
      path: '/healthz?full=1',
      display: 'service prod/hello:8080/healthz?full=1',
    });
    expect(parseServiceTarget('service', 'hello:http')).toMatchObject({
      namespace: undefined,
      port: 'http',
      path: '/',
    });
  });
  it.each([
    ['hello', 'is not a service reference'],
    ['Hello:80', "service name 'Hello'"],
    ['1hello:80', "service name '1hello'"],
    ['Prod/hello:80', "namespace 'Prod'"],
    ['hello:0', "port '0'"],
    ['hello:70000', "port '70000'"],
    ['hello:a-very-long-port-name', "port 'a-very-long-port-name'"],
    ['a/b/c:80', 'is not a service reference'],
  ])('rejects %s', (value, problem) => {
    const err = inputError(() => parseServiceTarget('service', value));
    expect(err.input).toBe('service');
    expect(err.message).toContain(problem);
    expect(err.message).toContain('[namespace/]name:port[/path]');
  });
  it('URLs: http(s) only, passwords never repeated back', () => {
    expect(parseUrlTarget('url', 'https://u:pw@example.com/x').display).toBe('https://u:***@example.com/x');
    expect(inputError(() => parseUrlTarget('url', 'ftp://example.com')).message).toContain('uses ftp://');
    for (const bad of ['hello.example.com/healthz', 'localhost:8080/healthz'])
      expect(inputError(() => parseUrlTarget('url', bad)).message).toContain('is not an absolute URL');
    expect(inputError(() => parseUrlTarget('url', 'ftp://u:hunter2@x')).message).not.toContain('hunter2');
  });
  it('splits URL lists on newlines and on commas before a scheme only', () => {
    expect(urlItems('http://a/x?q=1,2, https://b/\n# comment\n  http://c/ ')).toEqual([
      'http://a/x?q=1,2',
      'https://b/',
      'http://c/',
    ]);
  });
});

describe('headers', () => {
  it('parses Name: value lines and finds the secrets among them', () => {
    const h = parseRequestHeaders('headers', [
      'Accept: application/json',
      'Authorization: Bearer abc.def.ghi',
      'X-Api-Key: k3y-value',
      'Cookie: session=zzz',
    ]);
    expect(h[0]).toEqual(['Accept', 'application/json']);
    expect(secretHeaderValues(h)).toEqual(['Bearer abc.def.ghi', 'abc.def.ghi', 'k3y-value', 'session=zzz']);
    const basic = Buffer.from('me:p4ssw0rd').toString('base64');
    expect(secretHeaderValues([['Authorization', `Basic ${basic}`]])).toEqual([
      `Basic ${basic}`,
      basic,
      'p4ssw0rd',
    ]);
  });
  it('rejects lines without a name, never echoing a long value', () => {
    const err = inputError(() => parseRequestHeaders('headers', ['Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig']));
    expect(err.message).toContain("has no 'Name:'");
    expect(err.message).not.toContain('payload');
    expect(inputError(() => parseRequestHeaders('headers', ['Bad Name: x'])).message).toContain(
      "'Bad Name' is not a valid header name",
    );
  });
  it('expect-header: present, contains (case-insensitive), regex', () => {
    const [present, contains, regex] = parseHeaderExpectations('expect-header', [
      'X-Version',
      'Content-Type: Application/JSON',
      'Cache-Control: /max-age=\\d+/',
    ]);
    const headers = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
    expect(checkHeader(present!, headers)).toBe('header x-version is missing');
    expect(checkHeader(contains!, headers)).toBeUndefined();
    expect(checkHeader(regex!, headers)).toBe(
      "header cache-control is 'no-store', expected to match /max-age=\\d+/",
    );
    expect(inputError(() => parseHeaderExpectations('expect-header', ['X: /a(/'])).message).toContain(
      'not a valid regex',
    );
  });
});

describe('expect-version', () => {
  it('compares the JSON fields exactly (a leading v aside)', () => {
    const body = { version: '1.2.3', commit: 'abcdef1234567890' };
    const text = JSON.stringify(body);
    expect(checkVersion({ version: '1.2.3', commit: 'abcdef1' }, text, body)).toEqual([]);
    expect(checkVersion({ version: 'v1.2.3' }, text, body)).toEqual([]);
    expect(checkVersion({ version: '1.2.3-dirty' }, text, body)[0]).toContain(
      "version is '1.2.3', expected '1.2.3-dirty'",
    );
    expect(checkVersion({ commit: 'abcdef2' }, text, body)[0]).toContain(
      "commit is 'abcdef1234567890', expected 'abcdef2'",
    );
  });
  it('in a text body, the version must be a whole token', () => {
    expect(checkVersion({ version: '1.2.3' }, 'hello from 1.2.3\n', undefined)).toEqual([]);
    expect(checkVersion({ version: '1.2.3' }, 'hello from 1.2.30\n', undefined)).toHaveLength(1);
    expect(checkVersion({ version: '1.2.3' }, 'hello from 1.2.3-dirty', undefined)).toHaveLength(1);
    expect(checkVersion({ version: '1.2.3' }, 'version=1.2.3.', undefined)).toEqual([]);
  });
  it('commits: a prefix of at least 7 hex digits', () => {
    expect(sameCommit('abcdef1', 'ABCDEF1234')).toBe(true);
    expect(sameCommit('abcdef', 'abcdef1234')).toBe(false);
    expect(sameCommit('abcdef1', 'abcdef2')).toBe(false);
  });
});

describe('parseSmokeTestInputs', () => {
  it('defaults: 2xx, 3 successes in a row, 10 retries, 2m deadline', () => {
    const o = parse({ url: 'http://127.0.0.1:1/healthz' });
    expect(o).toMatchObject({
      method: 'GET',
      consecutiveSuccesses: 3,
      retries: 10,
      timeoutMs: 120_000,
      requestTimeoutMs: 10_000,
      requests: 0,
      latency: [],
      tls: { insecure: false },
    });
    expect(o.expect.status.text).toBe('2xx');
  });
  it('expect-version sends path-less targets to version-path', () => {
    const o = parse({
      url: 'http://a:1, http://b:1/custom',
      service: 'hello:80',
      'expect-version': '1.2.3',
      kubeconfig: KUBECONFIG,
    });
    expect(o.targets.map((t) => t.display)).toEqual([
      'http://a:1/version',
      'http://b:1/custom',
      'service hello:80/version',
    ]);
  });
  it('service targets read the kubeconfig and mask its token; namespace fills in', () => {
    const o = parse({ service: 'hello:8080', kubeconfig: KUBECONFIG, namespace: 'prod' });
    expect(o.kubeconfig?.namespace).toBe('staging');
    expect(o.targets[0]).toMatchObject({ namespace: 'prod', display: 'service prod/hello:8080/' });
    expect(o.secrets).toContain('s3cr3t-token-value');
  });
  it('masks URL passwords and secret headers', () => {
    const o = parse({ url: 'http://me:pa%24%24word@x/', headers: 'X-Token: tok-123' });
    expect(o.secrets).toEqual(expect.arrayContaining(['pa$$word', 'tok-123']));
  });
  it.each([
    [{}, 'url', 'no target'],
    [{ url: 'http://x/', retries: '-1' }, 'retries', 'out of range'],
    [{ url: 'http://x/', 'consecutive-successes': '0' }, 'consecutive-successes', 'out of range'],
    [{ url: 'http://x/', timeout: 'soon' }, 'timeout', 'is not a duration'],
    [{ url: 'http://x/', timeout: '10ms' }, 'timeout', 'too short'],
    [{ url: 'http://x/', 'request-timeout': '0s' }, 'request-timeout', 'is zero'],
    [{ url: 'http://x/', method: 'GE T' }, 'method', 'is not an HTTP method'],
    [{ url: 'http://x/', method: 'HEAD', 'expect-body': 'ok' }, 'method', 'HEAD answers have no body'],
    [{ url: 'http://x/', 'expect-body-regex': '/a(/' }, 'expect-body-regex', 'not a valid regex'],
    [{ url: 'http://x/', 'expect-commit': 'main' }, 'expect-commit', 'is not a commit hash'],
    [
      { url: 'http://x/', 'expect-version': '1', 'version-path': 'version' },
      'version-path',
      'does not start with /',
    ],
    [{ url: 'http://x/', insecure: 'yes' }, 'insecure', 'is not a boolean'],
    [{ url: 'http://x/', 'ca-file': 'nope.pem' }, 'ca-file', 'does not exist'],
    [{ url: 'http://x/', 'ca-file': 'plain.txt' }, 'ca-file', 'holds no PEM certificate'],
    [{ url: 'http://x/', 'ca-file': 'plain.txt', insecure: 'true' }, 'ca-file', 'insecure: true'],
    [{ url: 'http://x/', 'latency-p95': 'fast' }, 'latency-p95', 'is not a duration'],
    [{ url: 'http://x/', requests: 'many' }, 'requests', 'is not a whole number'],
    [{ url: 'http://x/', namespace: 'Prod' }, 'namespace', 'is not a valid namespace name'],
    [
      { service: 'hello:80', kubeconfig: KUBECONFIG, headers: 'Authorization: Bearer x' },
      'headers',
      'Authorization',
    ],
    [
      { service: 'hello:80', kubeconfig: KUBECONFIG, context: 'other' },
      'context',
      "'other' is not a context",
    ],
    [{ service: 'hello:80', kubeconfig: './missing.yaml' }, 'kubeconfig', 'does not exist'],
  ])('%j fails on %s', (values, input, problem) => {
    writeFileSync(join(ws, 'plain.txt'), 'not a certificate');
    const err = inputError(() => parse(values as Record<string, string>));
    expect(err.input).toBe(input);
    expect(err.message).toContain(problem);
    expect(err.message).toMatch(/Expected .+\./);
  });
});
