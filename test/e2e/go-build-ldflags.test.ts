/*
 * go-build-ldflags end to end: the bundled action under Node 24 through the runner harness, the
 * machine's real Go toolchain, real git repositories made in temp dirs, and the built programs run and
 * probed over HTTP. No infrastructure piece is needed (GOSHIP_INFRA= is enough).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { copyTracked, rmdirIfEmpty, trackedFiles } from '../harness/copy-tracked.js';
import { freePort } from '../harness/free-port.js';
import { type ActionResult, repoRoot, runAction } from '../harness/run-action.js';

// Cold builds of a new target compile the standard library for it: minutes on a loaded 2-core machine.
jest.setTimeout(300_000);

const COMMIT_DATE = '2024-05-06T07:08:09Z';
const TARGETS = 'linux/amd64,linux/arm64,windows/amd64';

interface Artifact {
  name: string;
  os: string;
  arch: string;
  variant: string;
  platform: string;
  path: string;
  sha256: string;
  size: number;
  ldflags: string;
  injected: Record<string, string>;
}

/** A fresh git repository holding a copy of `source`, committed at a fixed date, optionally tagged. */
function repoFrom(
  source: string,
  opts: { tag?: string; extra?: Record<string, string> } = {},
): { dir: string; commit: string } {
  const dir = mkdtempSync(join(tmpdir(), 'goship-e2e-build-'));
  copyTracked(source, dir);
  for (const [file, text] of Object.entries(opts.extra ?? {})) writeFileSync(join(dir, file), text);
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
    GIT_AUTHOR_DATE: COMMIT_DATE,
    GIT_COMMITTER_DATE: COMMIT_DATE,
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'import');
  if (opts.tag) git('tag', opts.tag);
  return { dir, commit: git('rev-parse', 'HEAD') };
}

const hello = (opts?: Parameters<typeof repoFrom>[1]) => repoFrom(join(repoRoot, 'examples/hello'), opts);
const nested = (opts?: Parameters<typeof repoFrom>[1]) =>
  repoFrom(join(repoRoot, 'test/fixtures/nested-vars'), opts);

function build(
  workspace: string,
  inputs: Record<string, string>,
  env?: NodeJS.ProcessEnv,
): Promise<ActionResult> {
  return runAction('go-build-ldflags', { workspace, inputs, env, timeoutMs: 280_000 });
}

const artifactsOf = (r: ActionResult): Artifact[] => JSON.parse(r.outputs.artifacts ?? '[]') as Artifact[];

/** Which machine a binary is for, from its header: ELF e_machine or PE machine. */
function machineOf(path: string): string {
  const b = readFileSync(path);
  if (b.subarray(0, 4).toString('latin1') === '\x7fELF')
    return { 62: 'elf/amd64', 183: 'elf/arm64', 40: 'elf/arm' }[b.readUInt16LE(18)] ?? 'elf/?';
  if (b.subarray(0, 2).toString('latin1') === 'MZ') {
    const pe = b.readUInt32LE(0x3c);
    return { 34404: 'pe/amd64', 43620: 'pe/arm64' }[b.readUInt16LE(pe + 4)] ?? 'pe/?';
  }
  return 'unknown';
}

const running: ChildProcess[] = [];
afterEach(() => {
  for (const c of running.splice(0)) c.kill('SIGKILL');
});

/** Starts a built service and resolves once it logs that it is listening (no polling). */
function serve(binary: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    running.push(child);
    let log = '';
    const timer = setTimeout(() => reject(new Error(`no 'listening' line within 20 s:\n${log}`)), 20_000);
    child.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      const m = / listening on (\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${log}`));
    });
  });
}

async function getJson(port: number, path: string): Promise<Record<string, string>> {
  // examples/hello logs "listening" just before it binds: allow it a moment to accept connections.
  let res: Response | undefined;
  for (let attempt = 0; !res; attempt++) {
    res = await fetch(`http://127.0.0.1:${port}${path}`).catch(async (err: unknown) => {
      if (attempt >= 50) throw err;
      await new Promise((r) => setTimeout(r, 20));
      return undefined;
    });
  }
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, string>;
}

describe('examples/hello', () => {
  test("README's order (main job, then tests): the workspace holds what git tracks, not the main job's dist/", () => {
    // `bash scripts/example.sh` leaves its build output in examples/hello/dist/ (ignored by git)
    const dist = join(repoRoot, 'examples/hello/dist');
    const hadDist = existsSync(dist);
    const stray = join(dist, `stray-${process.pid}`);
    mkdirSync(dist, { recursive: true });
    writeFileSync(stray, 'built by the main job');
    try {
      const { dir } = hello();
      expect(existsSync(join(dir, 'dist'))).toBe(false);
      const committed = execFileSync('git', ['ls-files'], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
      expect(committed.sort()).toEqual(trackedFiles(join(repoRoot, 'examples/hello')).sort());
      rmSync(dir, { recursive: true, force: true });
    } finally {
      rmSync(stray);
      if (!hadDist) rmdirIfEmpty(dist);
    }
  });

  test('three targets from a tagged repo: values read back at run time, compiled port vs PORT', async () => {
    const { dir, commit } = hello({ tag: 'v1.4.2' });
    const port = await freePort();
    const r = await build(dir, { targets: TARGETS, port: String(port) });
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs.version).toBe('1.4.2');
    expect(r.outputs.commit).toBe(commit);
    expect(r.outputs['short-commit']).toBe(commit.slice(0, 7));
    expect(r.outputs.date).toBe(COMMIT_DATE);
    expect(JSON.parse(r.outputs.json!).version).toBe('1.4.2');

    const artifacts = artifactsOf(r);
    expect(artifacts.map((a) => [a.platform, a.path.slice(dir.length + 1), machineOf(a.path)])).toEqual([
      ['linux/amd64', 'dist/hello_linux_amd64', 'elf/amd64'],
      ['linux/arm64', 'dist/hello_linux_arm64', 'elf/arm64'],
      ['windows/amd64', 'dist/hello_windows_amd64.exe', 'pe/amd64'],
    ]);
    const expected = {
      'main.version': '1.4.2',
      'main.commit': commit,
      'main.date': COMMIT_DATE,
      'main.port': String(port),
    };
    for (const a of artifacts) {
      expect(a).toMatchObject({
        name: 'hello',
        variant: '',
        size: readFileSync(a.path).length,
        injected: expected,
      });
      expect(a.sha256).toBe(execFileSync('sha256sum', [a.path], { encoding: 'utf8' }).split(' ')[0]);
      expect(a.ldflags).toBe(
        `-s -w -buildid= -X main.version=1.4.2 -X main.commit=${commit} -X main.date=${COMMIT_DATE} -X main.port=${port}`,
      );
    }
    // sha256sums.txt next to the artifacts, checked by coreutils.
    expect(r.outputs.checksums).toBe(join(dir, 'dist/sha256sums.txt'));
    expect(
      execFileSync('sha256sum', ['-c', 'sha256sums.txt'], { cwd: join(dir, 'dist'), encoding: 'utf8' })
        .trim()
        .split('\n'),
    ).toEqual(['hello_linux_amd64: OK', 'hello_linux_arm64: OK', 'hello_windows_amd64.exe: OK']);

    // The host binary: version line, then the port — compiled default when PORT is unset, PORT when set.
    const host = artifacts[0]!.path;
    expect(execFileSync(host, ['version'], { encoding: 'utf8' })).toBe(
      `version=1.4.2 commit=${commit} date=${COMMIT_DATE} port=${port}\n`,
    );
    expect(await serve(host, {})).toBe(`:${port}`);
    expect(await getJson(port, '/version')).toEqual({
      version: '1.4.2',
      commit,
      date: COMMIT_DATE,
      port: String(port),
    });
    const runtimePort = await freePort();
    expect(await serve(host, { PORT: String(runtimePort) })).toBe(`:${runtimePort}`);
    expect((await getJson(runtimePort, '/version')).port).toBe(String(port));

    // The job summary: one row per target with size and digest, and the injected values.
    expect(r.summary).toContain('go-build-ldflags: 3 of 3 built');
    for (const a of artifacts)
      expect(r.summary).toContain(`| ✅ | ${a.platform} | \`${a.path.slice(dir.length + 1)}\``);
    for (const a of artifacts) expect(r.summary).toContain(a.sha256);
    expect(r.summary).toContain(`| \`main.port\` | \`${port}\` | all |`);
  });

  test('values with spaces, both quote kinds, = and $ reach the program unchanged', async () => {
    const { dir } = hello();
    const values = {
      'main.version': "it's 1.0 = final $HOME", // single quote + spaces + = + $
      'main.commit': 'say "hi" ${PATH}=$x', // double quotes + spaces + = + $
      'main.date': 'a\'b"c', // both kinds, no whitespace: passed unquoted
      'main.port': '8 0', // not a port, but -X does not care; the program prints it
    };
    const r = await build(dir, {
      x: Object.entries(values)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'),
    });
    expect(r.errors).toBe('');
    const [host] = artifactsOf(r);
    expect(host!.injected).toEqual(values);
    expect(execFileSync(host!.path, ['version'], { encoding: 'utf8' })).toBe(
      `version=${values['main.version']} commit=${values['main.commit']} date=${values['main.date']} port=${values['main.port']}\n`,
    );
  });

  test('reproducible: two clean builds of the same commit in different directories are byte-identical', async () => {
    const first = hello({ tag: 'v2.0.0' });
    const second = hello({ tag: 'v2.0.0' });
    expect(second.commit).toBe(first.commit);
    const [a, b] = [
      await build(first.dir, { targets: TARGETS, port: '8081' }),
      await build(second.dir, { targets: TARGETS, port: '8081' }),
    ];
    expect(a.exitCode + b.exitCode).toBe(0);
    const digests = (r: ActionResult) => artifactsOf(r).map((x) => [x.platform, x.sha256]);
    expect(digests(a)).toEqual(digests(b));
    expect(readFileSync(a.outputs.checksums!, 'utf8')).toBe(readFileSync(b.outputs.checksums!, 'utf8'));
  });

  test('variants: linux/arm/v7 builds with GOARM=7, linux/amd64/v3 with GOAMD64=v3', async () => {
    const { dir } = hello();
    const r = await build(dir, { targets: 'linux/arm/v7\nlinux/amd64/v3' });
    expect(r.errors).toBe('');
    const artifacts = artifactsOf(r);
    expect(
      artifacts.map((a) => [a.platform, a.variant, a.path.slice(dir.length + 1), machineOf(a.path)]),
    ).toEqual([
      ['linux/arm/v7', 'v7', 'dist/hello_linux_armv7', 'elf/arm'],
      ['linux/amd64/v3', 'v3', 'dist/hello_linux_amd64v3', 'elf/amd64'],
    ]);
    // The toolchain records its build settings in the binary (readable even when stripped).
    expect(execFileSync('go', ['version', '-m', artifacts[0]!.path], { encoding: 'utf8' })).toMatch(
      /\tbuild\tGOARM=7\n/,
    );
    expect(execFileSync('go', ['version', '-m', artifacts[1]!.path], { encoding: 'utf8' })).toMatch(
      /\tbuild\tGOAMD64=v3\n/,
    );
  });
});

describe('several main packages', () => {
  test('each program is named after its package and gets only the variables it has', async () => {
    const tool =
      'package main\n\nimport "fmt"\n\nvar version = "dev"\n\nfunc main() { fmt.Println("tool", version) }\n';
    const { dir } = hello({ tag: 'v0.3.0' });
    const toolDir = join(dir, 'cmd/tool');
    mkdirSync(toolDir, { recursive: true });
    writeFileSync(join(toolDir, 'main.go'), tool);
    const r = await build(dir, { package: '., ./cmd/tool', targets: 'linux/amd64', port: '8088' });
    expect(r.errors).toBe('');
    const artifacts = artifactsOf(r);
    expect(artifacts.map((a) => [a.name, a.path.slice(dir.length + 1), Object.keys(a.injected)])).toEqual([
      ['hello', 'dist/hello_linux_amd64', ['main.version', 'main.commit', 'main.date', 'main.port']],
      ['tool', 'dist/tool_linux_amd64', ['main.version']],
    ]);
    // cmd/tool is untracked here, so the tree still counts as clean: -dirty only looks at tracked files.
    expect(execFileSync(artifacts[1]!.path, { encoding: 'utf8' })).toBe('tool 0.3.0\n');
    expect(r.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
      expect.stringMatching(/^main.commit not injected .*\[linux\/amd64\]$/),
      expect.stringMatching(/^main.date not injected/),
      expect.stringMatching(/^main.port not injected/),
    ]);
  });
});

describe('test/fixtures/nested-vars', () => {
  const B = 'example.com/nested/internal/build';

  test('variables in internal/build, untagged repo, SOURCE_DATE_EPOCH for the date', async () => {
    const { dir, commit } = nested();
    const port = await freePort();
    const r = await build(
      dir,
      {
        targets: TARGETS,
        port: String(port),
        'version-var': `${B}.Version`,
        'commit-var': `${B}.Commit`,
        'date-var': `${B}.Date`,
        'port-var': `${B}.Port`,
        x: `${B}.Notes=built by "ci" for $TEAM`,
      },
      { SOURCE_DATE_EPOCH: '1700000000' },
    );
    expect(r.errors).toBe('');
    expect(r.annotations.filter((a) => a.level === 'notice')).toEqual([]);
    const version = `0.0.0-${commit.slice(0, 7)}`;
    expect(r.outputs.version).toBe(version);
    expect(r.outputs.date).toBe('2023-11-14T22:13:20Z');
    const artifacts = artifactsOf(r);
    expect(artifacts.map((a) => [a.name, a.platform, machineOf(a.path)])).toEqual([
      ['nested', 'linux/amd64', 'elf/amd64'],
      ['nested', 'linux/arm64', 'elf/arm64'],
      ['nested', 'windows/amd64', 'pe/amd64'],
    ]);
    const host = artifacts[0]!.path;
    expect(execFileSync(host, ['version'], { encoding: 'utf8' })).toBe(
      `version=${version} commit=${commit} date=2023-11-14T22:13:20Z port=${port}\n`,
    );
    expect(await serve(host, {})).toBe(`:${port}`);
    expect(await getJson(port, '/version')).toMatchObject({
      version,
      commit,
      port: String(port),
      notes: 'built by "ci" for $TEAM',
      platform: 'unix',
    });
    const runtimePort = await freePort();
    expect(await serve(host, { PORT: String(runtimePort) })).toBe(`:${runtimePort}`);
    expect((await getJson(runtimePort, '/version')).port).toBe(String(port));
  });

  test('default main.* variables that the program lacks are skipped with a notice', async () => {
    const { dir } = nested();
    const r = await build(dir, { port: '9000' });
    expect(r.exitCode).toBe(0);
    const notices = r.annotations.filter((a) => a.level === 'notice').map((a) => a.message);
    expect(notices).toHaveLength(4);
    expect(notices[0]).toMatch(
      /main.version not injected \(version-var default\): package main has no package-level variable version/,
    );
    expect(notices[3]).toMatch(/main.port not injected/);
    expect(artifactsOf(r)[0]!.injected).toEqual({});
    expect(r.summary).toContain('Not injected');
  });

  test('a variable that exists only for some targets is an error naming those it is missing from', async () => {
    const { dir } = nested();
    const r = await build(dir, { targets: TARGETS, x: `${B}.Console=wt` });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toMatch(
      /-X example.com\/nested\/internal\/build.Console \(from 'x'\) would not take effect for linux\/amd64, linux\/arm64: package example.com\/nested\/internal\/build has no package-level variable Console/,
    );
    expect(r.errors).not.toMatch(/windows/);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});

describe('-X values the program overwrites before reading them', () => {
  // examples/hello plus a file that binds main.port to a flag with its own default, and sets commit in init.
  const OVERWRITING = [
    'package main',
    '',
    'import "flag"',
    '',
    'func init() {',
    '\tcommit = "from-init"',
    '\tflag.StringVar(&port, "port", "8080", "listen port")',
    '}',
    '',
  ].join('\n');

  test('the port variable is an error at the flag call, nothing built; the commit a warning', async () => {
    const { dir } = hello({ extra: { 'flags.go': OVERWRITING } });
    const r = await build(dir, { port: '9191' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.artifacts).toBeUndefined();
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    const port = r.annotations.find((a) => a.level === 'error' && /-X main\.port/.test(a.message))!;
    expect(port).toMatchObject({ file: 'flags.go', line: 7, col: 7 });
    expect(port.message).toMatch(
      /-X main.port \(from 'port-var'\) would not take effect for linux\/amd64: flag.StringVar\(&port, "port", "8080", "listen port"\) at flags.go:7 replaces it with the flag's default before the program reads it/,
    );
    const commit = r.annotations.find((a) => a.level === 'warning' && /-X main\.commit/.test(a.message))!;
    expect(commit).toMatchObject({ file: 'flags.go', line: 6 });
    expect(commit.message).toMatch(/commit = "from-init" in func init at flags.go:6 replaces it/);
  });

  test('overwritten-x: warn builds, and the built program keeps the flag default, as predicted', async () => {
    const { dir } = hello({ extra: { 'flags.go': OVERWRITING } });
    const r = await build(dir, { port: '9191', 'overwritten-x': 'warn' });
    expect(r.exitCode).toBe(0);
    const warnings = r.annotations.filter((a) => a.level === 'warning');
    expect(warnings.map((a) => [a.file, a.line])).toEqual([
      ['flags.go', 6],
      ['flags.go', 7],
    ]);
    const [bin] = artifactsOf(r);
    const out = execFileSync(bin!.path, ['version'], { encoding: 'utf8' });
    expect(out).toMatch(/commit=from-init .*port=8080/); // what the check predicted
    const ignored = await build(dir, { port: '9191', 'overwritten-x': 'ignore' });
    expect(ignored.exitCode).toBe(0);
    expect(ignored.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    const bad = await build(dir, { 'overwritten-x': 'sometimes' });
    expect(bad.exitCode).toBe(1);
    expect(bad.errors).toMatch(/Input 'overwritten-x'/);
  });
});

describe('bad input: a clear error, nothing built or reported', () => {
  /** Every pre-build failure: exit 1, no artifacts output, no output directory. */
  function refused(r: ActionResult, dir: string): void {
    expect(r.exitCode).toBe(1);
    expect(r.outputs.artifacts).toBeUndefined();
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  }

  test('unknown target, with the close match from go tool dist list', async () => {
    const { dir } = hello();
    const r = await build(dir, { targets: 'linux/amd64, linux/amd65, windows/arm32' });
    refused(r, dir);
    expect(r.errors).toMatch(
      /Input 'targets': 'linux\/amd65' is not a target this Go toolchain can build.*\n.*Did you mean linux\/amd64/,
    );
    expect(r.errors).toMatch(/'windows\/arm32' is not a target/);
    const syntax = await build(dir, { targets: 'linux-amd64' });
    refused(syntax, dir);
    expect(syntax.errors).toMatch(/Input 'targets': 'linux-amd64' is not a target/);
  });

  test('x entry without =', async () => {
    const { dir } = hello();
    const r = await build(dir, { x: 'main.version' });
    refused(r, dir);
    expect(r.errors).toMatch(/Input 'x': entry 'main.version' has no key before '='. Expected KEY=VALUE/);
  });

  test('variable names that are not Go identifier paths', async () => {
    const { dir } = hello();
    const r = await build(dir, { x: 'main.ver-sion=1\nversion=2', 'commit-var': 'commit' });
    refused(r, dir);
    expect(r.errors).toMatch(
      /Input 'x': 'main.ver-sion' is not a variable name. Expected an import path, a dot and a Go identifier/,
    );
    expect(r.errors).toMatch(/Input 'x': 'version' is not a variable name/);
    expect(r.errors).toMatch(/Input 'commit-var': 'commit' is not a variable name/);
  });

  test.each([
    ['70000', /Input 'port': 70000 is out of range. Expected a TCP port number from 1 to 65535/],
    ['0', /Input 'port': 0 is out of range/],
    ['http', /Input 'port': 'http' is not a port number/],
  ])('port %s', async (port, message) => {
    const { dir } = hello();
    const r = await build(dir, { port });
    refused(r, dir);
    expect(r.errors).toMatch(message);
  });

  test('a package that looks like a flag never reaches the go command (-toolexec runs nothing)', async () => {
    const { dir } = hello();
    const marker = join(dir, 'toolexec-ran');
    const script = join(dir, 'toolexec.sh');
    writeFileSync(script, `#!/bin/sh\ntouch ${marker}\nexec "$@"\n`, { mode: 0o755 });
    const r = await build(dir, { package: `-toolexec=${script}` });
    refused(r, dir);
    expect(r.errors).toMatch(
      /Input 'package': '-toolexec=.*' starts with '-', which the go command would read as a flag/,
    );
    expect(existsSync(marker)).toBe(false);
    const flags = await build(dir, { flags: '-v ./other', tags: 'netgo,a b' });
    refused(flags, dir);
    expect(flags.errors).toMatch(/Input 'flags': '.\/other' is not a flag/);
    expect(flags.errors).toMatch(/Input 'tags': 'a b' is not a build tag/);
  });

  test('missing package', async () => {
    const { dir } = hello();
    const r = await build(dir, { package: './cmd/server' });
    refused(r, dir);
    expect(r.errors).toMatch(/Input 'package': \.\/cmd\/server does not exist/);
    const lib = await build(dir, { package: 'example.com/not/required' });
    refused(lib, dir);
    expect(lib.errors).toMatch(/Input 'package': .*example.com\/not\/required/);
  });

  test('modfile: missing, without .mod extension, without its sums', async () => {
    const { dir } = hello({
      extra: {
        'go.mod.prod': 'module github.com/acme/hello\n\ngo 1.22\n',
        'go.needs.mod': 'module github.com/acme/hello\n\ngo 1.22\n\nrequire golang.org/x/text v0.14.0\n',
      },
    });
    const missing = await build(dir, { modfile: 'go.prod.mod' });
    refused(missing, dir);
    expect(missing.errors).toMatch(/Input 'modfile': go.prod.mod does not exist/);
    const ext = await build(dir, { modfile: 'go.mod.prod' });
    refused(ext, dir);
    expect(ext.errors).toMatch(
      /Input 'modfile': 'go.mod.prod' does not end in .mod.*\n.*Rename it to go.prod.mod \(and its go.sum to go.prod.sum\)/,
    );
    const sums = await build(dir, { modfile: 'go.needs.mod' });
    refused(sums, dir);
    expect(sums.errors).toMatch(/Input 'modfile': go.needs.mod requires modules but go.needs.sum is missing/);
  });

  test('a modfile that is fine builds with -modfile', async () => {
    // hello's own requirements (its OpenTelemetry modules) under another name, with their sums beside it.
    const helloFile = (name: string) => readFileSync(join(repoRoot, 'examples/hello', name), 'utf8');
    const { dir } = hello({
      extra: { 'go.prod.mod': helloFile('go.mod'), 'go.prod.sum': helloFile('go.sum') },
    });
    const r = await build(dir, { modfile: 'go.prod.mod', mod: 'readonly' });
    expect(r.errors).toBe('');
    expect(r.stdout).toContain('-modfile=go.prod.mod -mod=readonly');
  });

  test('-X targets that do not exist: the variable, close matches, nothing built', async () => {
    const { dir } = nested();
    const B = 'example.com/nested/internal/build';
    const r = await build(dir, {
      'version-var': `${B}.Verison`,
      x: `main.Commit=abc\n${B}.Channel=beta\nexample.com/nested/internal/unused.Version=1`,
      ldflags: '-X main.buildBy=ci',
    });
    refused(r, dir);
    expect(r.errors).toMatch(
      /-X example.com\/nested\/internal\/build.Verison \(from 'version-var'\) would not take effect for linux\/amd64: package example.com\/nested\/internal\/build has no package-level variable Verison\nDid you mean example.com\/nested\/internal\/build.Version\?/,
    );
    expect(r.errors).toMatch(
      /-X main.Commit \(from 'x'\).*has no package-level variable Commit\nDid you mean example.com\/nested\/internal\/build.Commit\?/,
    );
    expect(r.errors).toMatch(
      /build.Channel is a constant; -X can only set a package-level variable of type string\nChange 'const Channel' to 'var Channel'/,
    );
    expect(r.errors).toMatch(
      /package example.com\/nested\/internal\/unused is not part of the program built from example.com\/nested/,
    );
    expect(r.errors).toMatch(/-X main.buildBy \(from 'ldflags'\)/);
    // The constant's error points at its declaration.
    const constant = r.annotations.find((a) => /Channel is a constant/.test(a.message))!;
    expect(constant).toMatchObject({ file: 'internal/build/build.go', line: 17, col: 7 });
  });

  test('a value that the go command could not read back', async () => {
    const { dir } = hello();
    const r = await build(dir, { x: `main.version=it's "quoted" now` });
    refused(r, dir);
    expect(r.errors).toMatch(
      /Input 'x': the value of main.version contains whitespace together with both a single quote .* and a double quote/,
    );
    const extra = await build(dir, { ldflags: "-X 'main.version=unterminated" });
    refused(extra, dir);
    expect(extra.errors).toMatch(/Input 'ldflags': unterminated ' string/);
  });

  test('a non-string variable the source cannot type is refused by the linker, at its declaration', async () => {
    const { dir } = nested();
    const r = await build(dir, {
      targets: 'linux/amd64,linux/arm64',
      x: 'example.com/nested/internal/build.Workers=8',
    });
    expect(r.exitCode).toBe(1);
    expect(artifactsOf(r)).toEqual([]);
    const located = r.annotations.filter((a) => a.level === 'error' && a.file);
    expect(located[0]).toMatchObject({ file: 'internal/build/build.go', line: 20 });
    expect(located[0]!.message).toMatch(
      /-X example.com\/nested\/internal\/build.Workers: the variable has type int, and -X can only set a string/,
    );
    expect(r.errors).toMatch(/go build failed for linux\/amd64, linux\/arm64 \(2 of 2\); built: none/);
  });

  test('one target fails to compile: the others finish and are listed, the step fails, errors at file:line', async () => {
    const broken = 'package main\n\nfunc init() {\n\tregisterConsole()\n}\n';
    const { dir } = hello({ extra: { 'console_windows.go': broken } });
    const r = await build(dir, { targets: TARGETS });
    expect(r.exitCode).toBe(1);
    expect(artifactsOf(r).map((a) => a.platform)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(existsSync(join(dir, 'dist/hello_windows_amd64.exe'))).toBe(false);
    expect(readFileSync(join(dir, 'dist/sha256sums.txt'), 'utf8')).not.toMatch(/windows/);
    const err = r.annotations.find((a) => a.level === 'error' && a.file === 'console_windows.go');
    expect(err).toMatchObject({ line: 4, col: 2, message: 'undefined: registerConsole (windows/amd64)' });
    expect(r.errors).toMatch(
      /go build failed for windows\/amd64 \(1 of 3\); built: linux\/amd64, linux\/arm64/,
    );
    expect(r.summary).toMatch(
      /\| ❌ failed \| windows\/amd64 \| `dist\/hello_windows_amd64.exe` \| {2}\| console_windows.go:4: undefined: registerConsole \|/,
    );
    expect(r.summary).toContain('go-build-ldflags: 2 of 3 built');
  });

  test('a file that does not even tokenize is left to the compiler, which reports it at file:line', async () => {
    const { dir } = hello({ extra: { 'broken.go': 'package main\n\nvar motd = "unterminated\n' } });
    const r = await build(dir, { x: 'main.motd=hi' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.file === 'broken.go')).toMatchObject({
      line: 3,
      message: expect.stringMatching(/newline in string/),
    });
  });

  test('a module in a subdirectory: outputs under it, annotations relative to the workspace', async () => {
    const { dir } = repoFrom(join(repoRoot, 'examples'), {
      tag: 'v0.9.0',
      extra: { 'hello/console_windows.go': 'package main\n\nfunc init() { registerConsole() }\n' },
    });
    const r = await build(dir, { 'working-directory': 'hello', targets: 'linux/amd64,windows/amd64' });
    expect(r.exitCode).toBe(1);
    expect(artifactsOf(r).map((a) => a.path)).toEqual([join(dir, 'hello/dist/hello_linux_amd64')]);
    expect(r.outputs.version).toBe('0.9.0');
    expect(r.annotations.find((a) => a.file)).toMatchObject({
      file: 'hello/console_windows.go',
      line: 3,
      col: 15,
    });
  });

  test('a stale binary from an earlier run is never passed off as this run’s output', async () => {
    const { dir } = hello({ extra: { 'console_windows.go': 'package main\n\nvar x int = "no"\n' } });
    const first = await build(dir, { targets: 'windows/amd64' });
    expect(first.exitCode).toBe(1);
    writeFileSync(join(dir, 'dist/hello_windows_amd64.exe'), 'stale');
    const second = await build(dir, { targets: 'windows/amd64' });
    expect(second.exitCode).toBe(1);
    expect(existsSync(join(dir, 'dist/hello_windows_amd64.exe'))).toBe(false);
  });

  test('outside a git repository: an explicit version still builds; without one the error says what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goship-e2e-nogit-'));
    copyTracked(join(repoRoot, 'examples/hello'), dir);
    const without = await build(dir, {}, { GIT_CEILING_DIRECTORIES: tmpdir() });
    refused(without, dir);
    expect(without.errors).toMatch(/is not inside a git repository.*\n.*set the version explicitly/);
    const withVersion = await build(dir, { version: '3.1.4' }, { GIT_CEILING_DIRECTORIES: tmpdir() });
    expect(withVersion.errors).toBe('');
    expect(artifactsOf(withVersion)[0]!.injected).toEqual({ 'main.version': '3.1.4' });
    rmSync(dir, { recursive: true, force: true });
  });

  test('inputs that belong to another input, and outputs that would collide', async () => {
    const { dir } = hello();
    const r = await build(dir, { flags: '-o elsewhere\n-tags=x', env: 'GOOS=plan9\nCGO_ENABLED=1' });
    refused(r, dir);
    expect(r.errors).toMatch(/Input 'flags': '-o' is set through the 'output' input/);
    expect(r.errors).toMatch(/Input 'flags': '-tags=x' is set through the 'tags' input/);
    expect(r.errors).toMatch(
      /Input 'env': GOOS is set by the action. Expected other variables; set it through targets/,
    );
    expect(r.errors).toMatch(/Input 'env': CGO_ENABLED is set by the action.*through cgo/);
    const clash = await build(dir, { targets: 'linux/amd64,linux/arm64', output: 'dist/{name}{ext}' });
    refused(clash, dir);
    expect(clash.errors).toMatch(
      /Input 'output': \. for linux\/arm64 and \. for linux\/amd64 would both be written to dist\/hello/,
    );
    const placeholder = await build(dir, { output: 'dist/{nme}' });
    refused(placeholder, dir);
    expect(placeholder.errors).toMatch(/Input 'output': unknown placeholder \{nme\}/);
  });

  test('cancellation stops the builds it started and says so', async () => {
    const { dir } = hello();
    // An empty build cache makes the build long enough to be cancelled in the middle.
    const cache = mkdtempSync(join(tmpdir(), 'goship-e2e-gocache-'));
    const r = await runAction('go-build-ldflags', {
      workspace: dir,
      inputs: { targets: 'linux/amd64,linux/arm64', env: `GOCACHE=${cache}` },
      cancelAfterMs: 2500,
      timeoutMs: 120_000,
    });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toMatch(/cancelled by SIGINT/);
    expect(r.outputs.artifacts).toBeUndefined();
    // No go command, compiler or linker of this run is left behind.
    const leftovers = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes(cache) || l.includes(dir));
    expect(leftovers).toEqual([]);
    rmSync(cache, { recursive: true, force: true });
  });
});
