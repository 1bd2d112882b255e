/*
 * setupGoStage on its own (no runner, no process.env): options in, result out, against a loopback server that
 * serves go.dev's manifest format and an archive made by GNU tar, and records the headers it receives.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SetupGoStageOptions, setupGoStage } from '../../../../packages/go/src/index.js';
import { fakeRelease, stageOptions } from './fixtures/fake-release.js';

const work = mkdtempSync(join(tmpdir(), 'goship-stage-'));
const { archive, manifest } = fakeRelease(work);

const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url!, headers: req.headers });
    if (req.url === '/?mode=json&include=all') return res.end(manifest);
    if (req.url === '/go1.26.8.linux-amd64.tar.gz') return res.end(archive);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());
beforeEach(() => {
  seen.length = 0;
});

let n = 0;
const options = (extra: Partial<SetupGoStageOptions> = {}) =>
  stageOptions(join(work, `run-${n++}`), base, extra);

test('options in, result out: installs, and says what later steps need, with no runner around', async () => {
  const o = options({ cache: false });
  const r = await setupGoStage(o);
  const goroot = join(
    o.toolCacheRoot,
    `go-${createHash('sha256').update(base).digest('hex').slice(0, 8)}`,
    '1.26.8/x64',
  );
  expect(r.outputs).toEqual({
    'go-version': '1.26.8',
    'go-root': goroot,
    'go-path': join(o.env.HOME!, 'go'),
    'cache-hit': false,
  });
  expect(r.env).toMatchObject({ GOROOT: goroot, GOTOOLCHAIN: 'local', GOPATH: join(o.env.HOME!, 'go') });
  expect(r.path).toEqual([join(goroot, 'bin'), join(o.env.HOME!, 'go/bin')]);
  expect(r.saveCache).toBeUndefined();
  expect(r.summary).toContain('| Go | `1.26.8` |');
  expect(existsSync(`${goroot}.complete`)).toBe(true);
});

test('the token never goes over plain http, not even to a GitHub Enterprise server on that very origin', async () => {
  const o = options({ cache: false, token: 'ghs_0123456789abcdef', serverUrl: base });
  await setupGoStage(o);
  expect(seen.map((s) => s.url)).toEqual(['/?mode=json&include=all', '/go1.26.8.linux-amd64.tar.gz']);
  expect(seen.filter((s) => s.headers.authorization !== undefined)).toEqual([]);
  // ...and it was masked before anything was logged.
  expect(o.lines[0]).toBe('secret ghs_0123456789abcdef');
});

test('a bad option fails before any request or write', async () => {
  const o = options({ goVersion: 'latest' });
  await expect(setupGoStage(o)).rejects.toThrow("Input 'go-version': 'latest' is not a Go version");
  expect(seen).toEqual([]);
  expect(existsSync(o.toolCacheRoot)).toBe(false);
  const arch = options({ architecture: 'sparc' });
  await expect(setupGoStage(arch)).rejects.toThrow(
    "Input 'architecture': 'sparc' is not a supported architecture",
  );
  const url = options({ downloadBaseUrl: { value: 'not a url', from: 'GO_DOWNLOAD_BASE_URL' } });
  await expect(setupGoStage(url)).rejects.toThrow(
    "Input 'go-download-base-url (from GO_DOWNLOAD_BASE_URL)': 'not a url' is not a URL",
  );
});

test('a second run finds the install through @actions/tool-cache, with no request at all', async () => {
  const first = options({ cache: false });
  await setupGoStage(first);
  seen.length = 0;
  const again = await setupGoStage({ ...first, goVersion: '1.26' });
  expect(again.details.source).toBe('tool-cache');
  expect(again.details.reason).toBe('newest match in the tool cache (check-latest is off)');
  expect(seen).toEqual([]);
  expect(readdirSync(join(first.toolCacheRoot))).toHaveLength(1);
});
