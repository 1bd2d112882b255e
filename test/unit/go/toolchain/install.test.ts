/*
 * installGo against a loopback HTTP server serving archives made by GNU tar, and the tool-cache layout checked
 * with the real @actions/tool-cache (so installs are shared both ways with actions/setup-go).
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ChecksumError,
  findInToolCache,
  type InstallRequest,
  installGo,
  parseVersionSpec,
  type ToolCache,
  toolCacheName,
  type VersionSpec,
} from '../../../../packages/go/src/index.js';

const work = mkdtempSync(join(tmpdir(), 'goship-install-'));
const stage = join(work, 'stage');
mkdirSync(join(stage, 'go/bin'), { recursive: true });
writeFileSync(join(stage, 'go/bin/go'), '#!/bin/sh\necho "go version go1.26.8 linux/amd64"\n', {
  mode: 0o755,
});
writeFileSync(join(stage, 'go/VERSION'), 'go1.26.8\n');
const archivePath = join(work, 'go1.26.8.linux-amd64.tar.gz');
execFileSync('tar', ['-czf', archivePath, 'go'], { cwd: stage });
const archive = readFileSync(archivePath);
const sha256 = createHash('sha256').update(archive).digest('hex');

const requests = new Map<string, number>();
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const n = (requests.get(req.url!) ?? 0) + 1;
    requests.set(req.url!, n);
    if (req.url === '/go.tar.gz') return res.end(archive);
    // Slow enough that a second installer surely starts while the first holds the install lock.
    if (req.url === '/slow.tar.gz') return void setTimeout(() => res.end(archive), 3000);
    if (req.url === '/fail-twice.tar.gz' && n <= 2) return res.writeHead(503).end('busy');
    if (req.url === '/fail-twice.tar.gz') return res.end(archive);
    if (req.url === '/truncated.tar.gz') {
      res.writeHead(200, { 'Content-Length': archive.length });
      return res.write(archive.subarray(0, archive.length >> 1), () => res.socket?.destroy());
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

let root: string;
let tc: ToolCache;
beforeEach(() => {
  root = mkdtempSync(join(work, 'tc-'));
  tc = { root, tool: 'go', arch: 'x64' };
});
const request = (path: string, extra: Partial<InstallRequest> = {}): InstallRequest => ({
  url: `${base}${path}`,
  filename: 'go1.26.8.linux-amd64.tar.gz',
  sha256,
  size: archive.length,
  semver: '1.26.8',
  toolCache: tc,
  attempts: 3,
  baseDelayMs: 1,
  ...extra,
});
const spec = (s: string) => (parseVersionSpec(s) as { spec: VersionSpec }).spec;

describe('installGo', () => {
  test('installs into <root>/go/<semver>/<arch> with a .complete marker, leaving no temporary folders', async () => {
    const result = await installGo(request('/go.tar.gz'));
    expect(result).toEqual({ dir: join(root, 'go/1.26.8/x64'), bytes: archive.length, raced: false });
    expect(readFileSync(join(result.dir, 'VERSION'), 'utf8')).toBe('go1.26.8\n');
    expect(existsSync(join(root, 'go/1.26.8/x64.complete'))).toBe(true);
    expect(readdirSync(join(root, 'go/1.26.8')).sort()).toEqual(['x64', 'x64.complete']);
  });

  test('@actions/tool-cache finds our installs, and we find its installs', async () => {
    process.env.RUNNER_TOOL_CACHE = root;
    const toolCache = await import('@actions/tool-cache');
    await installGo(request('/go.tar.gz'));
    expect(toolCache.find('go', '1.26.8', 'x64')).toBe(join(root, 'go/1.26.8/x64'));
    expect(toolCache.find('go', '1.26', 'x64')).toBe(join(root, 'go/1.26.8/x64'));

    const theirs = await toolCache.cacheDir(join(stage, 'go'), 'go', '1.25.5', 'x64');
    expect(await findInToolCache(tc, spec('1.25.5'))).toEqual({ semver: '1.25.5', dir: theirs });
    expect(await findInToolCache(tc, spec('^1.25'))).toEqual({
      semver: '1.26.8',
      dir: join(root, 'go/1.26.8/x64'),
    });
    expect(await findInToolCache(tc, spec('1.25'))).toEqual({ semver: '1.25.5', dir: theirs });
    expect(await findInToolCache(tc, spec('stable'))).toBeUndefined();
  });

  test('a folder without its .complete marker is never used, and is replaced by the next install', async () => {
    mkdirSync(join(root, 'go/1.26.8/x64/bin'), { recursive: true });
    writeFileSync(join(root, 'go/1.26.8/x64/bin/partial'), '');
    expect(await findInToolCache(tc, { kind: 'exact', semver: '1.26.8' })).toBeUndefined();
    expect(await findInToolCache(tc, spec('1.26.8'))).toBeUndefined();
    const result = await installGo(request('/go.tar.gz'));
    expect(existsSync(join(result.dir, 'bin/partial'))).toBe(false);
    expect((await findInToolCache(tc, { kind: 'exact', semver: '1.26.8' }))?.dir).toBe(result.dir);
  });

  test('temporary folders of dead runs are swept; those of live processes are left alone', async () => {
    const dir = join(root, 'go/1.26.8');
    mkdirSync(join(dir, '.goship-tmp-x64-999999999-abc/go'), { recursive: true });
    mkdirSync(join(dir, `.goship-tmp-x64-${process.ppid}-def`), { recursive: true });
    await installGo(request('/go.tar.gz'));
    expect(readdirSync(dir).sort()).toEqual([`.goship-tmp-x64-${process.ppid}-def`, 'x64', 'x64.complete']);
  });

  test('a sha256 mismatch fails and installs nothing', async () => {
    const wrong = createHash('sha256').update('something else').digest('hex');
    const err = await installGo(request('/go.tar.gz', { sha256: wrong })).catch((e) => e);
    expect(err).toBeInstanceOf(ChecksumError);
    expect(err.message).toBe(
      `sha256 mismatch for ${base}/go.tar.gz: the download hashes to ${sha256}, the release manifest says ${wrong}; nothing was installed`,
    );
    expect(readdirSync(join(root, 'go/1.26.8'))).toEqual([]);
  });

  test('transient failures are retried', async () => {
    const logs: string[] = [];
    const result = await installGo(request('/fail-twice.tar.gz', { log: (m) => logs.push(m) }));
    expect(result.bytes).toBe(archive.length);
    expect(requests.get('/fail-twice.tar.gz')).toBe(3);
    expect(logs[0]).toMatch(/answered HTTP 503; retrying in \d+ ms \(attempt 2 of 3\)/);
  });

  test('a truncated download is retried, then fails naming the URL and the byte counts; nothing is installed', async () => {
    const err = await installGo(request('/truncated.tar.gz')).catch((e) => e);
    expect(err.message).toBe(
      `Downloading go1.26.8.linux-amd64.tar.gz failed after 3 attempts: The download of ${base}/truncated.tar.gz was truncated: received ${archive.length >> 1} of ${archive.length} bytes`,
    );
    expect(readdirSync(join(root, 'go/1.26.8'))).toEqual([]);
  });

  test('a missing file is not retried', async () => {
    const err = await installGo(request('/nope.tar.gz')).catch((e) => e);
    expect(err.message).toBe(
      `Downloading go1.26.8.linux-amd64.tar.gz: ${base}/nope.tar.gz does not exist (HTTP 404)`,
    );
    expect(requests.get('/nope.tar.gz')).toBe(1);
  });
});

describe('concurrent installs of one version into one tool cache (issue 11)', () => {
  const fixture = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/install-one.ts');
  /** installGo in a separate node process, as a second job on the same runner would run it. */
  const installInProcess = (req: InstallRequest) =>
    new Promise<{ pid: number; result: { dir: string; raced: boolean }; logs: string[] }>(
      (resolve, reject) => {
        const { signal: _s, log: _l, ...plain } = req;
        execFile(
          process.execPath,
          ['--import', 'tsx', fixture, JSON.stringify(plain)],
          { encoding: 'utf8', timeout: 60_000 },
          (err, stdout, stderr) =>
            err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
        );
      },
    );

  test('two processes: one downloads, the other waits for it and uses its install; nothing is deleted', async () => {
    const [a, b] = await Promise.all([
      installInProcess(request('/slow.tar.gz')),
      installInProcess(request('/slow.tar.gz')),
    ]);
    const dir = join(root, 'go/1.26.8/x64');
    expect([a.result.dir, b.result.dir]).toEqual([dir, dir]);
    const [first, second] = a.result.raced ? [b, a] : [a, b];
    expect(first.result.raced).toBe(false);
    expect(second.result.raced).toBe(true);
    expect(second.logs).toContain(
      `Waiting for process ${first.pid}, which is installing this Go into ${join(root, 'go/1.26.8')}`,
    );
    expect(requests.get('/slow.tar.gz')).toBe(1);
    expect(readFileSync(join(dir, 'VERSION'), 'utf8')).toBe('go1.26.8\n');
    expect(readdirSync(join(root, 'go/1.26.8')).sort()).toEqual(['x64', 'x64.complete']);
  }, 60_000);

  test('a folder that a live installer is still writing (its lock held) is never deleted', async () => {
    // The other installer: a live process holding the lock, halfway (folder renamed in, marker not yet written).
    const holder: ChildProcess = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      const versionDir = join(root, 'go/1.26.8');
      mkdirSync(join(versionDir, 'x64/bin'), { recursive: true });
      writeFileSync(join(versionDir, 'x64/bin/go'), "the other installer's go\n");
      writeFileSync(join(versionDir, '.goship-lock-x64'), `${holder.pid} ${hostname()}`);
      const before = requests.get('/go.tar.gz') ?? 0;
      const installing = installGo(request('/go.tar.gz'));
      await new Promise((r) => setTimeout(r, 500));
      // It finishes: marker, then the lock released.
      writeFileSync(join(versionDir, 'x64.complete'), '');
      rmSync(join(versionDir, '.goship-lock-x64'));
      const result = await installing;
      expect(result).toEqual({ dir: join(versionDir, 'x64'), bytes: 0, raced: true });
      expect(readFileSync(join(versionDir, 'x64/bin/go'), 'utf8')).toBe("the other installer's go\n");
      expect(requests.get('/go.tar.gz') ?? 0).toBe(before);
    } finally {
      holder.kill();
    }
  });

  test('the lock of a process that died is broken, and the half-written folder it left is replaced', async () => {
    const versionDir = join(root, 'go/1.26.8');
    mkdirSync(join(versionDir, 'x64/bin'), { recursive: true });
    writeFileSync(join(versionDir, 'x64/bin/partial'), '');
    writeFileSync(join(versionDir, '.goship-lock-x64'), `999999999 ${hostname()}`);
    const result = await installGo(request('/go.tar.gz'));
    expect(result.raced).toBe(false);
    expect(existsSync(join(result.dir, 'bin/partial'))).toBe(false);
    expect(readdirSync(versionDir).sort()).toEqual(['x64', 'x64.complete']);
  });
});

test('a lock that nobody refreshed for 30 s is broken even when its holder cannot be probed (another host)', async () => {
  const versionDir = join(root, 'go/1.26.8');
  mkdirSync(versionDir, { recursive: true });
  const lock = join(versionDir, '.goship-lock-x64');
  writeFileSync(lock, '1 some-other-container');
  const old = new Date(Date.now() - 60_000);
  utimesSync(lock, old, old);
  const result = await installGo(request('/go.tar.gz'));
  expect(result.raced).toBe(false);
  expect(readdirSync(versionDir).sort()).toEqual(['x64', 'x64.complete']);
});

describe('tool cache names', () => {
  test("go.dev installs share actions/setup-go's 'go' folder; mirrors get go-<hash> as in actions/setup-go", () => {
    expect(toolCacheName('https://go.dev/dl')).toBe('go');
    expect(toolCacheName('https://go.dev/dl/')).toBe('go');
    const hash = createHash('sha256').update('https://mirror.example/golang').digest('hex').slice(0, 8);
    expect(toolCacheName('https://mirror.example/golang/')).toBe(`go-${hash}`);
  });
});
