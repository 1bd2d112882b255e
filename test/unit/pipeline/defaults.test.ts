// What users bring: the one-step action with the README's copy-paste inputs only (name, port, image,
// kubeconfig, namespace) reads a plain service's stages with defaults that fit it — the *-var inputs as
// defaults (a missing variable is a notice, not an error), probes on the port (TCP) rather than /healthz,
// and a smoke test that expects the version only where the build injected it.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, type StageContext } from '../../../packages/kit/src';
import { smokeObservations } from '../../../packages/pipeline/src/observations';
import { readStages } from '../../../packages/pipeline/src/pipeline';
import { smokeExpectation } from '../../../packages/pipeline/src/smoke-expectation';
import { wireStages } from '../../../packages/pipeline/src/wiring';
import { repoRoot } from '../../harness/run-action';
import { selfSignedCert } from '../../harness/tls';

const workspace = mkdtempSync(join(tmpdir(), 'goship-defaults-'));
cpSync(join(repoRoot, 'test/fixtures/services/plain'), workspace, { recursive: true });
const kubeconfig = join(workspace, 'kubeconfig');
writeFileSync(
  kubeconfig,
  [
    'apiVersion: v1',
    'kind: Config',
    `clusters: [{name: c, cluster: {server: "https://127.0.0.1:6443", certificate-authority-data: ${Buffer.from(selfSignedCert('defaults', 'IP:127.0.0.1').cert).toString('base64')}}}]`,
    'users: [{name: u, user: {token: defaults-token}}]',
    'contexts: [{name: ctx, context: {cluster: c, user: u}}]',
    'current-context: ctx',
  ].join('\n'),
);
const runnerTemp = join(workspace, 'runner-temp');
mkdirSync(runnerTemp);

/** The README's copy-paste inputs, nothing else. */
const readme = {
  name: 'hello',
  port: '8080',
  image: '127.0.0.1:5000/hello',
  kubeconfig,
  namespace: 'prod',
};

const quiet = {
  info: () => {},
  notice: () => {},
  warning: () => {},
  debug: () => {},
  secret: () => {},
  group: <T>(_: string, fn: () => Promise<T>) => fn(),
};
const ctx: StageContext = {
  workspace,
  runnerTemp,
  homedir: workspace,
  env: { PATH: process.env.PATH, HOME: workspace },
  run: {},
  signal: new AbortController().signal,
  log: quiet,
  chained: true,
};
const read = async (inputs: Record<string, string>) => readStages(wireStages({ inputs, workspace }), ctx);

async function refusal(inputs: Record<string, string>): Promise<InputError> {
  const err = await read({ ...readme, ...inputs }).then(
    () => undefined,
    (e: unknown) => e,
  );
  const cause = (err as { cause?: unknown })?.cause ?? err;
  expect(cause).toBeInstanceOf(InputError);
  return cause as InputError;
}

describe('the README copy-paste inputs read a plain service with defaults that fit it', () => {
  test('the *-var inputs stay defaults (a missing variable is a notice), chained for the hints', async () => {
    const { build } = await read(readme);
    expect(build.vars).toEqual({ version: '', commit: '', date: '', port: '' });
    expect(build.chained).toBe(true);
    expect(build.port).toBe(8080);
  });

  test('a variable the user names is passed as written (it must exist), none turns one off', async () => {
    const { build } = await read({
      ...readme,
      'version-var': 'example.com/x/build.Version',
      'date-var': 'none',
    });
    expect(build.vars).toMatchObject({ version: 'example.com/x/build.Version', date: 'none', commit: '' });
    expect((await refusal({ 'commit-var': 'a commit' })).input).toBe('commit-var');
  });

  test('probes check the port (TCP) without health-path; a path or off when given', async () => {
    const probes = async (inputs: Record<string, string>) =>
      (await read({ ...readme, ...inputs })).render.request.builtin?.probes;
    expect(await probes({})).toEqual({ startup: 'tcp', readiness: 'tcp', liveness: 'tcp' });
    expect(await probes({ 'health-path': '/health' })).toEqual({
      startup: '/health',
      readiness: '/health',
      liveness: '/health',
    });
    expect(await probes({ 'health-path': 'off' })).toEqual({});
    const bad = await refusal({ 'health-path': 'health' });
    expect(bad.input).toBe('health-path');
    expect(bad.message).toMatch(/'health' is not an HTTP path.*'tcp'.*'off'/);
  });

  test('the smoke target names no path (/ or /version is decided after the build); smoke-version is checked', async () => {
    const { smoke } = await read(readme);
    const config = [...smoke.values()][0]!;
    expect(config.targets).toMatchObject([{ kind: 'service', namespace: 'prod', name: 'hello', path: '/' }]);
    expect(config.versionPath).toBe('/version');
    const given = [...(await read({ ...readme, 'smoke-path': '/status' })).smoke.values()][0]!;
    expect(given.targets).toMatchObject([{ path: '/status' }]);
    expect(given.versionPath).toBe('/status');
    expect((await refusal({ 'smoke-version': 'maybe' })).input).toBe('smoke-version');
  });
});

describe('smokeExpectation: the version and commit only where the service can say them', () => {
  const base = { version: '1.4.0', commit: 'a'.repeat(40), smokePath: '' };
  test('injected (examples/hello): both expected on /version, no notice', () => {
    expect(
      smokeExpectation({
        ...base,
        mode: 'auto',
        injected: { version: 'main.version', commit: 'main.commit' },
      }),
    ).toEqual({ upstream: { version: '1.4.0', commit: base.commit }, path: '/version' });
  });

  test('only the version injected: only the version expected', () => {
    expect(
      smokeExpectation({ ...base, mode: 'auto', injected: { version: 'main.version' } }).upstream,
    ).toEqual({
      version: '1.4.0',
      commit: undefined,
    });
  });

  test('nothing injected (a plain service): a success status on /, and a notice saying why', () => {
    const e = smokeExpectation({ ...base, mode: 'auto', injected: {} });
    expect(e.upstream).toEqual({});
    expect(e.path).toBe('/');
    expect(e.notice).toMatch(/^The service does not report its version: .* checks \/ for a success status/);
    expect(e.notice).toMatch(/proves the release through the pods' image digest/);
    expect(smokeExpectation({ ...base, smokePath: '/ping', mode: 'auto', injected: {} }).path).toBe('/ping');
  });

  test('smoke-version true asks for both anyway; false for neither', () => {
    expect(smokeExpectation({ ...base, mode: 'true', injected: {} })).toEqual({
      upstream: { version: '1.4.0', commit: base.commit },
      path: '/version',
    });
    const off = smokeExpectation({
      ...base,
      mode: 'false',
      injected: { version: 'main.version', commit: 'main.commit' },
    });
    expect(off).toMatchObject({ upstream: {}, path: '/' });
    expect(off.notice).toMatch(/^smoke-version is false/);
  });

  test('the integrity rows: the answer on the path asked, or one row saying the service does not report it', () => {
    const answer = { targets: [{ target: 't', answer: '{"version":"1.4.0","commit":"abc","port":8080}' }] };
    expect(smokeObservations(answer, { path: '/version', reportsVersion: true })).toMatchObject([
      { subject: 'version', where: 'GET /version: version', value: '1.4.0' },
      { subject: 'commit', value: 'abc' },
      { subject: 'port', value: 8080 },
    ]);
    const plain = { targets: [{ target: 't', answer: 'Hello World!\n' }] };
    expect(smokeObservations(plain, { path: '/', reportsVersion: false })).toEqual([
      {
        subject: 'version',
        layer: 'smoke test',
        where: "GET /: not reported by the service (proven by the pods' image digest)",
        value: undefined,
      },
    ]);
  });
});
