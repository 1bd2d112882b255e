/*
 * go-build-ldflags on a service with real module dependencies (test/fixtures/services/deps: go-chi and the
 * Prometheus client, fetched through the module proxy the environment names): the bundled action under
 * Node 24 through the runner harness, the machine's real Go toolchain. A tampered or missing go.sum line
 * stops the whole matrix before any target is built, naming the module and what to run.
 * Run: GOSHIP_INFRA= npm run test:e2e -- test/e2e/go-build-deps.test.ts
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { checkout } from '../harness/checkout.js';
import { freePort } from '../harness/free-port.js';
import { type ActionResult, runAction } from '../harness/run-action.js';

// A cold module cache downloads the dependencies; a cold build cache compiles them per target.
jest.setTimeout(300_000);

const FIXTURE = 'test/fixtures/services/deps';
const CHI = 'github.com/go-chi/chi/v5';
const TARGETS = 'linux/amd64,linux/arm64,windows/amd64';

const build = (ws: string, inputs: Record<string, string>, env?: NodeJS.ProcessEnv): Promise<ActionResult> =>
  runAction('go-build-ldflags', { workspace: ws, inputs, env, timeoutMs: 280_000 });

/** The fixture with one go.sum change: `edit` gets go.sum's lines and returns the new ones. */
function withSum(edit: (lines: string[]) => string[]) {
  return checkout(FIXTURE, {
    tag: 'v0.3.0',
    edit: (ws) => {
      const sum = join(ws, 'go.sum');
      const lines = readFileSync(sum, 'utf8').split('\n');
      const changed = edit(lines);
      expect(changed).not.toEqual(lines);
      writeFileSync(sum, changed.join('\n'));
    },
  });
}

/** 1-based line of `file` in `ws` that starts with `prefix`. */
const lineOf = (ws: string, file: string, prefix: string) =>
  readFileSync(join(ws, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.startsWith(prefix)) + 1;

/** Nothing was built: no binary and no checksums in the output folder, no build group in the log. */
function expectNothingBuilt(ws: string, r: ActionResult): void {
  expect(existsSync(join(ws, 'dist'))).toBe(false);
  expect(r.stdout).not.toMatch(/::group::Build \d+ target/);
  expect(r.outputs.artifacts ?? '').toBe('');
}

const running: ChildProcess[] = [];
afterEach(() => {
  for (const c of running.splice(0)) c.kill('SIGKILL');
});

/** Starts the built service on `port` and resolves once it answers /healthz. */
async function serve(binary: string, port: number): Promise<void> {
  const child = spawn(binary, [], { env: { PATH: process.env.PATH, PORT: String(port) }, stdio: 'ignore' });
  running.push(child);
  for (let attempt = 0; ; attempt++) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (attempt >= 200 || child.exitCode !== null) throw new Error(`the service did not answer on ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('builds with its dependencies and -mod=readonly; the binary reports the injected version and serves /metrics', async () => {
  const { ws, sha } = checkout(FIXTURE, { tag: 'v0.3.0' });
  const r = await build(ws, { targets: TARGETS });
  expect(r.errors).toBe('');
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toContain('-mod=readonly');
  const artifacts = JSON.parse(r.outputs.artifacts!) as { platform: string; path: string }[];
  expect(artifacts.map((a) => a.platform)).toEqual(TARGETS.split(','));
  // No build rewrote the module files.
  expect(
    execFileSync('git', ['status', '--porcelain', '--', 'go.mod', 'go.sum'], { cwd: ws, encoding: 'utf8' }),
  ).toBe('');

  const host = artifacts.find((a) => a.platform === 'linux/amd64')!;
  expect(execFileSync(host.path, ['version'], { encoding: 'utf8' })).toBe(
    `version=0.3.0 commit=${sha} date=${r.outputs.date} port=8080\n`,
  );
  const port = await freePort();
  await serve(host.path, port);
  const version = (await (await fetch(`http://127.0.0.1:${port}/version`)).json()) as Record<string, string>;
  expect(version.version).toBe('0.3.0');
  const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  expect(metrics).toContain('deps_requests_total{route="/version"} 1');
  expect(metrics).toContain('go_goroutines');
});

test('a tampered go.sum hash fails before any target is built, naming the module, at its go.sum line', async () => {
  const { ws } = withSum((lines) =>
    lines.map((l) =>
      l.startsWith(`${CHI} v5.5.0 h1:`) ? l.replace(/h1:./, (h) => (h === 'h1:A' ? 'h1:B' : 'h1:A')) : l,
    ),
  );
  const r = await build(ws, { targets: TARGETS });
  expect(r.exitCode).toBe(1);
  expect(r.errors).toContain(`go.sum does not match the download of ${CHI}@v5.5.0`);
  expect(r.errors).toContain(`go mod download ${CHI}`);
  expect(r.annotations).toContainEqual(
    expect.objectContaining({
      level: 'error',
      file: 'go.sum',
      line: lineOf(ws, 'go.sum', `${CHI} v5.5.0 h1:`),
    }),
  );
  expectNothingBuilt(ws, r);
});

test('a missing go.sum line fails before any target is built, naming the module, at its go.mod require line', async () => {
  const { ws } = withSum((lines) => lines.filter((l) => !l.startsWith(`${CHI} `)));
  const r = await build(ws, { targets: TARGETS });
  expect(r.exitCode).toBe(1);
  expect(r.errors).toContain(`go.sum has no entry for ${CHI}@v5.5.0`);
  expect(r.errors).toContain('the build does not change go.sum (-mod=readonly)');
  expect(r.annotations).toContainEqual(
    expect.objectContaining({ level: 'error', file: 'go.mod', line: lineOf(ws, 'go.mod', `\t${CHI} `) }),
  );
  expect(r.annotations.find((a) => a.level === 'error')?.message).toContain(`go mod download ${CHI}`);
  expectNothingBuilt(ws, r);
  // go.sum is as committed: -mod=readonly kept the go command from adding the line back.
  expect(execFileSync('git', ['status', '--porcelain'], { cwd: ws, encoding: 'utf8' })).toBe('');
});

test("the environment reaches the go command: -mod in GOFLAGS is the user's, GOPROXY and GOMODCACHE are used", async () => {
  // -mod=mod in GOFLAGS: the build may fix go.sum itself, so no -mod=readonly is added.
  const fixed = withSum((lines) => lines.filter((l) => !l.startsWith(`${CHI} `)));
  const r = await build(fixed.ws, { targets: 'linux/amd64' }, { GOFLAGS: '-mod=mod -buildvcs=false' });
  expect(r.errors).toBe('');
  expect(r.exitCode).toBe(0);
  expect(r.stdout).not.toContain('-mod=readonly');
  expect(readFileSync(join(fixed.ws, 'go.sum'), 'utf8')).toContain(`${CHI} v5.5.0 h1:`);

  // An empty module cache with the proxy off: nothing can be fetched, and the go command says why.
  const { ws } = checkout(FIXTURE, { tag: 'v0.3.0' });
  const off = await build(
    ws,
    { targets: 'linux/amd64' },
    {
      GOPROXY: 'off',
      GOMODCACHE: mkdtempSync(join(tmpdir(), 'goship-modcache-')),
    },
  );
  expect(off.exitCode).toBe(1);
  expect(off.errors).toContain('GOPROXY=off');
});
