/*
 * go-build-ldflags on a service that needs a private module (test/fixtures/services/private requires
 * goship.test/private/greet), served over HTTPS behind basic auth by test/harness/module-server.ts, as a
 * company's module proxy would be: the netrc input is the credential, goprivate keeps the path off the
 * checksum database, GONOPROXY=none sends it to that proxy (`go help private`). The bundled action under
 * Node 24 through the runner harness and the machine's real Go toolchain; each test has a module cache of
 * its own, so a module fetched by one is never found by another.
 * Run: GOSHIP_INFRA= npm run test:e2e -- test/e2e/go-build-private.test.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { checkout } from '../harness/checkout.js';
import { type ModuleServer, startModuleServer } from '../harness/module-server.js';
import { type ActionResult, runAction } from '../harness/run-action.js';

jest.setTimeout(180_000);

const FIXTURE = 'test/fixtures/services/private';
const MODULE = 'goship.test/private/greet';
const LOGIN = 'ci-bot';
const PASSWORD = `modules-${Math.random().toString(36).slice(2)}-secret`;

let server: ModuleServer;
let certFile: string;
beforeAll(async () => {
  server = await startModuleServer({
    modules: [{ path: MODULE, version: 'v1.0.0', dir: 'test/fixtures/modules/greet' }],
    login: LOGIN,
    password: PASSWORD,
  });
  certFile = join(mkdtempSync(join(tmpdir(), 'modules-ca-')), 'ca.pem');
  writeFileSync(certFile, server.cert);
});
afterAll(() => server.close());

/** The job's environment: the private proxy only, its certificate trusted, a module cache of its own. */
function jobEnv(): NodeJS.ProcessEnv {
  return {
    GOPROXY: server.url,
    GONOPROXY: 'none',
    GOMODCACHE: mkdtempSync(join(tmpdir(), 'modcache-')),
    GOFLAGS: '-modcacherw',
    SSL_CERT_FILE: certFile,
  };
}

const build = (ws: string, inputs: Record<string, string>): Promise<ActionResult> =>
  runAction('go-build-ldflags', { workspace: ws, inputs, env: jobEnv(), timeoutMs: 170_000 });

/** The machine is host:port: the go command matches the port (Go 1.24+), as the netrc input documents. */
const netrc = (password: string) =>
  `machine ${new URL(server.url).host}\n  login ${LOGIN}\n  password ${password}\n`;

/** No password in anything printed; the credential files are gone from RUNNER_TEMP. */
function expectNoCredentialsLeft(r: ActionResult, password: string): void {
  // The ::add-mask:: commands carry the values to the runner, which prints none of them.
  const printed = r.stdout.replace(/^::add-mask::.*$/gm, '');
  for (const text of [printed, r.stderr, r.summary, JSON.stringify(r.annotations), JSON.stringify(r.outputs)])
    expect(text).not.toContain(password);
  expect(r.masks).toContain(password);
  expect(r.masks).toContain(Buffer.from(`${LOGIN}:${password}`).toString('base64'));
  const temp = join(r.home, 'temp');
  const left = existsSync(temp) ? readdirSync(temp).filter((f) => f.startsWith('goship-modules-')) : [];
  expect(left).toEqual([]);
}

test('netrc and goprivate: the private module is fetched with the credentials and the program links it', async () => {
  const { ws } = checkout(FIXTURE, { tag: 'v1.0.0' });
  const r = await build(ws, { netrc: netrc(PASSWORD), goprivate: 'goship.test/*', 'port-var': 'none' });
  expect(r.errors).toBe('');
  expect(r.exitCode).toBe(0);
  const [artifact] = JSON.parse(r.outputs.artifacts!) as { path: string }[];
  expect(execFileSync(artifact!.path, ['version'], { encoding: 'utf8' })).toBe(
    'version=1.0.0 hello from the private module, goship\n',
  );
  // Every request to the module server carried the credentials; the module's zip was among them.
  const mine = server.requests.filter((q) => q.path.startsWith(`/${MODULE}/`));
  expect(mine.map((q) => q.path)).toContain(`/${MODULE}/@v/v1.0.0.zip`);
  expect(mine.every((q) => q.authorized)).toBe(true);
  expectNoCredentialsLeft(r, PASSWORD);
});

test('without netrc the module server refuses: the build stops before any target, naming the module and the netrc input', async () => {
  const { ws } = checkout(FIXTURE, { tag: 'v1.0.0' });
  const r = await build(ws, { goprivate: 'goship.test/*', 'port-var': 'none' });
  expect(r.exitCode).toBe(1);
  expect(r.errors).toContain(MODULE);
  expect(r.errors).toContain('401');
  expect(r.errors).toContain(`could not download ${MODULE}@v1.0.0`);
  expect(r.errors).toContain(`machine ${new URL(server.url).host} login USER`);
  expect(r.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'go.mod', line: 5 }));
  expect(r.stdout).not.toMatch(/::group::Build \d+ target/);
  expect(existsSync(join(ws, 'dist'))).toBe(false);
});

test('a wrong password is refused the same way and is never printed', async () => {
  const { ws } = checkout(FIXTURE, { tag: 'v1.0.0' });
  const wrong = `wrong-${PASSWORD}`;
  const r = await build(ws, { netrc: netrc(wrong), goprivate: 'goship.test/*', 'port-var': 'none' });
  expect(r.exitCode).toBe(1);
  expect(r.errors).toContain('401');
  expect(existsSync(join(ws, 'dist'))).toBe(false);
  expectNoCredentialsLeft(r, wrong);
});

test('a netrc with a default entry is refused before the toolchain is asked anything', async () => {
  const { ws } = checkout(FIXTURE, { tag: 'v1.0.0' });
  const before = server.requests.length;
  const r = await build(ws, { netrc: `default login ${LOGIN} password ${PASSWORD}\n` });
  expect(r.exitCode).toBe(1);
  expect(r.errors).toContain("Input 'netrc': line 1 has a 'default' entry");
  expect(r.errors).not.toContain(PASSWORD);
  expect(r.stdout).not.toMatch(/::group::Plan and verify/);
  expect(server.requests.length).toBe(before);
});
