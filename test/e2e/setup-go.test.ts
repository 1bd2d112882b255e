/*
 * setup-go end to end: dist/setup-go under Node 24 through the runner harness, against the loopback Go mirror
 * (test/infra/go-mirror: go.dev's manifest format, the machine's real Go packed from GOROOT, small real
 * tarballs of other versions, fault-injection prefixes). The Go it installs builds and runs examples/hello.
 * Run: GOSHIP_INFRA=go-mirror NODE_OPTIONS=--experimental-vm-modules npx jest test/e2e/setup-go.test.ts
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { toolCacheName } from '../../packages/go/src/index.js';
import { requireEnv } from '../harness/infra.js';
import { type ActionResult, repoRoot, runAction } from '../harness/run-action.js';

jest.setTimeout(300_000);

const mirror = requireEnv('GO_DOWNLOAD_BASE_URL', 'GO_MIRROR_REAL_VERSION', 'GO_MIRROR_OLDSTABLE_VERSION');
const base = mirror.GO_DOWNLOAD_BASE_URL;
const real = mirror.GO_MIRROR_REAL_VERSION;
// The mirror's versions follow from the real one R = X.Y.Z (test/infra/go-mirror/README.md).
const [major, minor, patch] = real.split('.').map(Number) as [number, number, number];
const nextRc = `${major}.${minor + 1}rc1`;
const prev = `${major}.${minor - 1}`; // .5 (oldstable), .4, .0
const prev2 = `${major}.${minor - 2}`; // .11, .0

const scratch = mkdtempSync(join(tmpdir(), 'goship-e2e-setupgo-'));
/** Module/build caches of the runs: kept apart from the machine's (the post step would archive them). */
const goHome = { GOPATH: join(scratch, 'gopath'), GOCACHE: join(scratch, 'gocache') };
const sharedToolCache = join(scratch, 'toolcache');
let seq = 0;
/** Tags in mirror URLs are unique per run: the mirror's request and failure counters live as long as it does. */
const runTag = Math.random().toString(36).slice(2, 8);
const fresh = (name: string) => {
  const dir = join(scratch, `${name}-${seq++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

interface SetupOptions {
  base?: string;
  toolCache?: string;
  workspace?: string;
  env?: NodeJS.ProcessEnv;
  cancelAfterMs?: number;
}

function setup(inputs: Record<string, string>, opts: SetupOptions = {}): Promise<ActionResult> {
  return runAction('setup-go', {
    inputs: { 'go-download-base-url': opts.base ?? base, ...inputs },
    toolCache: opts.toolCache ?? sharedToolCache,
    workspace: opts.workspace,
    env: { ...goHome, ...opts.env },
    post: opts.cancelAfterMs === undefined,
    cancelAfterMs: opts.cancelAfterMs,
    timeoutMs: 240_000,
  });
}

/** A workspace holding the given files. */
function workspace(files: Record<string, string>): string {
  const dir = fresh('ws');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Request counts of the mirror since it started, by path+query. */
async function stats(): Promise<Record<string, number>> {
  return (await fetch(`${base}/_stats`)).json() as Promise<Record<string, number>>;
}

/** A base URL with its own request counters: `/flaky/0-<tag>` passes everything through, counted apart. */
function taggedBase(prefix = ''): { url: string; path: string } {
  const path = `/flaky/0-${runTag}${seq++}`;
  return { url: `${base}${path}${prefix}`, path };
}

async function requestsUnder(path: string): Promise<Record<string, number>> {
  return Object.fromEntries(Object.entries(await stats()).filter(([k]) => k.startsWith(`${path}/`)));
}

/** Every file and folder under a tool cache, relative (to show that a failed install left nothing). */
function listTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

const goIn = (r: ActionResult, args: string[], cwd = scratch) =>
  execFileSync('go', args, { cwd, env: r.nextStepEnv, encoding: 'utf8' }).trim();

function expectFailure(r: ActionResult, message: string | RegExp): void {
  expect(r.exitCode).toBe(1);
  const errors = r.annotations.filter((a) => a.level === 'error');
  expect(errors.length).toBeGreaterThan(0);
  if (typeof message === 'string') expect(r.errors).toContain(message);
  else expect(r.errors).toMatch(message);
  expect(r.outputs).toEqual({});
}

describe('installing and reusing Go', () => {
  let cold: ActionResult;
  // A base URL of this describe's own, so that its request counts are not other suites' (the mirror is
  // shared with suites running at the same time; the tool cache is keyed by the base, so both runs use it).
  const own = taggedBase();

  test('a cold install of the real Go: verified, installed, on PATH; it builds and runs examples/hello', async () => {
    cold = await setup({ 'go-version': real }, { base: own.url });
    expect(cold.exitCode).toBe(0);
    const goRoot = join(sharedToolCache, toolCacheName(own.url), real, 'x64');
    expect(cold.outputs).toMatchObject({
      'go-version': real,
      'go-root': goRoot,
      'go-path': goHome.GOPATH,
      'cache-hit': 'false',
    });
    expect(JSON.parse(cold.outputs.json!)).toEqual({
      'go-version': real,
      'go-root': goRoot,
      'go-path': goHome.GOPATH,
      'cache-hit': false,
    });
    expect(cold.env).toMatchObject({
      GOROOT: goRoot,
      GOTOOLCHAIN: 'local',
      GOPATH: goHome.GOPATH,
      GOCACHE: goHome.GOCACHE,
    });
    expect(cold.path).toEqual([join(goHome.GOPATH, 'bin'), join(goRoot, 'bin')]);
    expect(existsSync(`${goRoot}.complete`)).toBe(true);
    expect(readdirSync(join(goRoot, '..'))).toEqual(['x64', 'x64.complete']);

    // The next step's go is the installed one, and it builds the example service with -X values.
    expect(goIn(cold, ['version'])).toBe(`go version go${real} linux/amd64`);
    expect(goIn(cold, ['env', 'GOROOT', 'GOTOOLCHAIN'])).toBe(`${goRoot}\nlocal`);
    const out = join(fresh('bin'), 'hello');
    goIn(
      cold,
      ['build', '-o', out, '-ldflags', '-X main.version=1.2.3 -X main.port=9090', '.'],
      join(repoRoot, 'examples/hello'),
    );
    expect(execFileSync(out, ['version'], { encoding: 'utf8' }).trim()).toBe(
      'version=1.2.3 commit=none date=unknown port=9090',
    );

    expect(cold.summary).toContain(`| Go | \`${real}\` |`);
    expect(cold.summary).toContain(`downloaded \`go${real}.linux-amd64.tar.gz\``);
    expect(cold.summary).toMatch(/sha256 `[0-9a-f]{16}`… verified/);
    expect(cold.summary).toContain('| Chosen because | exact version');
    const matcher = /::add-matcher::(.+)/.exec(cold.stdout)?.[1];
    expect(matcher).toBe(join(repoRoot, 'actions/setup-go/matchers.json'));
    // No cache service here: said once (main), not again by the post step.
    const notices = cold.annotations.filter((a) => a.level === 'notice');
    expect(notices).toEqual([
      expect.objectContaining({ message: expect.stringContaining('no cache service') }),
    ]);
    // ::debug:: lines (@actions/tool-cache's lookup) are hidden by the runner unless debugging is on.
    expect(cold.annotations.filter((a) => a.level !== 'notice' && a.level !== 'debug')).toEqual([]);
  });

  test('a warm run takes Go from the tool cache without a single request', async () => {
    const before = await requestsUnder(own.path);
    const warm = await setup({ 'go-version': real }, { base: own.url });
    expect(warm.exitCode).toBe(0);
    expect(warm.outputs['go-root']).toBe(cold.outputs['go-root']);
    expect(await requestsUnder(own.path)).toEqual(before);
    expect(warm.summary).toContain('| Source | tool cache');
    expect(warm.summary).toContain('exact version, already in the tool cache');
    expect(goIn(warm, ['version'])).toBe(`go version go${real} linux/amd64`);
  });

  test.each([
    [prev, mirror.GO_MIRROR_OLDSTABLE_VERSION, `newest stable release matching ${prev}`],
    [`^${prev2}`, real, `newest stable release matching ^${prev2}`],
    ['>=1.21 <1.23', '1.22.12', 'newest stable release matching >=1.21 <1.23'],
    ['stable', real, 'newest stable release'],
    ['oldstable', mirror.GO_MIRROR_OLDSTABLE_VERSION, 'newest release of the previous minor line'],
    [nextRc, nextRc, 'exact version'],
    [`go${prev2}.0`, `${prev2}.0`, 'exact version'],
  ])("go-version '%s' resolves to %s against the manifest", async (spec, version, reason) => {
    const r = await setup({ 'go-version': spec, 'check-latest': 'true' }, { toolCache: fresh('tc') });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['go-version']).toBe(version);
    expect(r.summary).toContain(reason);
    // The mirror's small tarballs hold a go script that answers like the real one for `version`.
    expect(goIn(r, ['version'])).toBe(`go version go${version} linux/amd64`);
  });
});

describe('two jobs on one runner install the same Go at once (issue 11)', () => {
  test('one downloads, the other waits and uses that install; both succeed, nothing is deleted', async () => {
    const tc = fresh('tc');
    const tagged = taggedBase('/delay/1500');
    const [a, b] = await Promise.all([
      setup({ 'go-version': `${prev2}.0` }, { base: tagged.url, toolCache: tc }),
      setup({ 'go-version': `${prev2}.0` }, { base: tagged.url, toolCache: tc }),
    ]);
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    expect(a.outputs['go-root']).toBe(b.outputs['go-root']);
    const sources = [a, b].map((r) => /\| Source \| (downloaded|tool cache)/.exec(r.summary)?.[1]).sort();
    expect(sources).toEqual(['downloaded', 'tool cache']);
    expect(
      (await requestsUnder(tagged.path))[`${tagged.path}/delay/1500/go${prev2}.0.linux-amd64.tar.gz`],
    ).toBe(1);
    expect(`${a.stdout}${b.stdout}`).toMatch(/Waiting for process \d+, which is installing this Go into /);
    expect(readdirSync(join(a.outputs['go-root']!, '..')).sort()).toEqual(['x64', 'x64.complete']);
    expect(goIn(a, ['version'])).toBe(`go version go${prev2}.0 linux/amd64`);
  });
});

describe('version files', () => {
  test.each([
    [
      'go.mod',
      `module example.com/svc\n\ngo 1.22\n\ntoolchain go${prev}.4\n`,
      `${prev}.4`,
      `\`go.mod:5\` \`toolchain go${prev}.4\``,
    ],
    [
      'go.mod',
      `module example.com/svc\n\n// minimum\ngo ${prev2} // language version\n`,
      `${prev2}.11`,
      `\`go.mod:4\` \`go ${prev2}`,
    ],
    [
      'go.work',
      `go ${prev}.0\n\ntoolchain go${prev}.5\n\nuse ./svc\n`,
      `${prev}.5`,
      `\`go.work:3\` \`toolchain go${prev}.5\``,
    ],
    ['.go-version', '1.22.3\n', '1.22.3', '`.go-version:1` `1.22.3`'],
    ['.tool-versions', 'nodejs 22.3.0\ngolang 1.21.13\n', '1.21.13', '`.tool-versions:2` `golang 1.21.13`'],
    ['.tool-versions', 'go 1.22.12\n', '1.22.12', '`.tool-versions:1` `go 1.22.12`'],
  ])('go-version-file %s asks for %#', async (file, text, version, origin) => {
    const ws = workspace({ [file]: text });
    const r = await setup({ 'go-version-file': file }, { workspace: ws });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['go-version']).toBe(version);
    expect(r.summary).toContain(`| Asked for | ${origin}`);
  });

  test("with neither go-version nor go-version-file, the repository's go.mod is used", async () => {
    const ws = workspace({ 'go.mod': `module m\n\ngo ${prev}.4\n` });
    const r = await setup({}, { workspace: ws });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['go-version']).toBe(`${prev}.4`);
    expect(r.stdout).toContain('using go.mod at the repository root');
  });

  test('go-version wins over go-version-file, with a warning', async () => {
    const ws = workspace({ '.go-version': '1.22.3\n' });
    const r = await setup({ 'go-version': '1.21.13', 'go-version-file': '.go-version' }, { workspace: ws });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['go-version']).toBe('1.21.13');
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message:
          "Both go-version and go-version-file are set; using go-version '1.21.13' and ignoring .go-version",
      }),
    );
  });
});

describe('bad input fails clearly, before any request or write', () => {
  test.each([
    [
      { 'go-version': 'latest' },
      "Input 'go-version': 'latest' is not a Go version. Expected an exact version",
    ],
    [
      { 'go-version': '1.22.3.4' },
      "Input 'go-version': '1.22.3.4' is neither a Go version nor a semver range",
    ],
    [{ 'go-version': '1.22', 'check-latest': 'yes' }, "Input 'check-latest': 'yes' is not a boolean"],
    [
      { 'go-version': '1.22', architecture: 'sparc' },
      "Input 'architecture': 'sparc' is not a supported architecture. Expected one of x64",
    ],
    [
      { 'go-version': '1.22', gotoolchain: 'sometimes' },
      "Input 'gotoolchain': 'sometimes' is not a GOTOOLCHAIN value",
    ],
    [{ 'go-version': '1.22', cache: 'maybe' }, "Input 'cache': 'maybe' is not a boolean"],
    [
      { 'go-version': '1.22', 'cache-dependency-path': 'services/*/go.sum' },
      "Input 'cache-dependency-path': matches no file under",
    ],
    [{ 'go-version-file': 'nope/go.mod' }, "Input 'go-version-file': nope/go.mod does not exist"],
    [{}, "Input 'go-version': is not set, nor is go-version-file, and the repository has no go.mod"],
  ])('%j', async (inputs, message) => {
    const tagged = taggedBase();
    const tc = fresh('tc');
    const r = await setup(inputs, { base: tagged.url, toolCache: tc, workspace: fresh('ws') });
    expectFailure(r, message);
    expect(await requestsUnder(tagged.path)).toEqual({});
    expect(listTree(tc)).toEqual([]);
  });

  test('a base URL that is not http(s), from the input or from GO_DOWNLOAD_BASE_URL', async () => {
    const ftp = await setup({ 'go-version': '1.22', 'go-download-base-url': 'ftp://mirror.example/go' });
    expectFailure(ftp, "Input 'go-download-base-url': 'ftp:' is not supported. Expected an http(s) URL.");
    const env = await runAction('setup-go', {
      inputs: { 'go-version': '1.22' },
      env: { ...goHome, GO_DOWNLOAD_BASE_URL: 'not a url' },
      toolCache: fresh('tc'),
    });
    expectFailure(env, "Input 'go-download-base-url (from GO_DOWNLOAD_BASE_URL)': 'not a url' is not a URL");
  });

  test('a malformed go.mod fails at its line', async () => {
    const ws = workspace({ 'go.mod': 'module m\n\ngo 1.x\n' });
    const r = await setup({ 'go-version-file': 'go.mod' }, { workspace: ws });
    expectFailure(r, "go.mod:3: invalid go version '1.x'");
    expect(r.annotations.find((a) => a.level === 'error')).toMatchObject({ file: 'go.mod', line: 3 });
  });

  test('a version file whose version is not a spec fails at its line', async () => {
    const ws = workspace({ '.go-version': '# pinned\nbanana\n' });
    const r = await setup({ 'go-version-file': '.go-version' }, { workspace: ws });
    expectFailure(r, ".go-version:2: 'banana' is neither a Go version nor a semver range");
    expect(r.annotations.find((a) => a.level === 'error')).toMatchObject({ file: '.go-version', line: 2 });
  });
});

describe('versions that do not exist', () => {
  test('an unknown version names the nearest available ones', async () => {
    const r = await setup({ 'go-version': '1.22.99' }, { toolCache: fresh('tc') });
    expectFailure(
      r,
      `Go 1.22.99 is not in the release manifest at ${base}/?mode=json&include=all for linux/amd64`,
    );
    expect(r.errors).toContain(`Nearest available: 1.22.3, 1.22.12, ${prev2}.0, ${prev2}.11.`);
  });

  test('a range that matches nothing says so', async () => {
    const r = await setup({ 'go-version': '>=1.40' }, { toolCache: fresh('tc') });
    expectFailure(r, "No Go release matching '>=1.40' is in the release manifest");
    expect(r.errors).toContain(`Nearest available: ${major}.${minor}.${patch - 1}, ${real}.`);
  });

  test('an architecture the mirror has no build for lists the platforms it has', async () => {
    const r = await setup({ 'go-version': real, architecture: 's390x' }, { toolCache: fresh('tc') });
    expectFailure(r, `Go ${real} has no download for linux/s390x`);
    expect(r.errors).toContain('linux/amd64, linux/arm64, linux/armv6l');
  });

  test('a go.mod that needs a newer Go fails at its go line, before downloading anything', async () => {
    const tagged = taggedBase();
    const ws = workspace({ 'go.mod': `module m\n\ngo ${major}.${minor + 1}\n` });
    const r = await setup(
      { 'go-version': real },
      { workspace: ws, base: tagged.url, toolCache: fresh('tc') },
    );
    expectFailure(r, `go.mod:3 requires go >= ${major}.${minor + 1}, but the Go chosen here is ${real}`);
    expect(r.annotations.find((a) => a.level === 'error')).toMatchObject({ file: 'go.mod', line: 3 });
    expect(Object.keys(await requestsUnder(tagged.path))).toEqual([`${tagged.path}/?mode=json&include=all`]);
  });

  test('gotoolchain: auto leaves that to the go command', async () => {
    const ws = workspace({ 'go.mod': `module m\n\ngo ${major}.${minor + 1}\n` });
    const r = await setup({ 'go-version': prev, gotoolchain: 'auto' }, { workspace: ws });
    expect(r.exitCode).toBe(0);
    expect(r.env.GOTOOLCHAIN).toBe('auto');
  });
});

describe('a broken or hostile mirror', () => {
  test('404: a clear error naming the URL, without retries', async () => {
    const tagged = taggedBase('/status/404');
    const r = await setup({ 'go-version': '1.22' }, { base: tagged.url, toolCache: fresh('tc') });
    expectFailure(
      r,
      `Reading the Go release manifest: ${tagged.url}/?mode=json&include=all does not exist (HTTP 404)`,
    );
    expect(await requestsUnder(tagged.path)).toEqual({
      [`${tagged.path}/status/404/?mode=json&include=all`]: 1,
    });
  });

  test('403: not retried either, and says the server refuses', async () => {
    const tagged = taggedBase('/status/403');
    const r = await setup({ 'go-version': '1.22' }, { base: tagged.url, toolCache: fresh('tc') });
    expectFailure(
      r,
      `Reading the Go release manifest: GET ${tagged.url}/?mode=json&include=all answered HTTP 403 (the server wants credentials or refuses this client)`,
    );
    expect(Object.values(await requestsUnder(tagged.path))).toEqual([1]);
  });

  test('500: retried, then a clear error naming the URL', async () => {
    const tagged = taggedBase('/status/500');
    const r = await setup({ 'go-version': '1.22' }, { base: tagged.url, toolCache: fresh('tc') });
    expectFailure(r, 'Reading the Go release manifest failed after 4 attempts: GET');
    expect(r.errors).toContain(`${tagged.url}/?mode=json&include=all answered HTTP 500`);
    expect(r.stdout.match(/retrying in/g)).toHaveLength(3);
    expect(await requestsUnder(tagged.path)).toEqual({
      [`${tagged.path}/status/500/?mode=json&include=all`]: 4,
    });
  });

  test('two failures per file are ridden out by the retries', async () => {
    // A tag of its own: chained /flaky/ prefixes would share one failure counter per path.
    const path = `/flaky/2-${runTag}${seq++}`;
    const r = await setup({ 'go-version': `${prev2}.0` }, { base: `${base}${path}`, toolCache: fresh('tc') });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['go-version']).toBe(`${prev2}.0`);
    expect(r.stdout.match(/answered HTTP 500; retrying in/g)).toHaveLength(4);
    expect(await requestsUnder(path)).toEqual({
      [`${path}/?mode=json&include=all`]: 3,
      [`${path}/go${prev2}.0.linux-amd64.tar.gz`]: 3,
    });
  });

  test('a tarball whose sha256 differs from the manifest: fails, nothing cached', async () => {
    const tc = fresh('tc');
    const bad = `${base}/badsha`;
    const r = await setup({ 'go-version': `${prev2}.0` }, { base: bad, toolCache: tc });
    expectFailure(r, `sha256 mismatch for ${bad}/go${prev2}.0.linux-amd64.tar.gz`);
    expect(r.errors).toContain('nothing was installed');
    expect(listTree(tc)).toEqual([toolCacheName(bad), join(toolCacheName(bad), `${prev2}.0`)]);
  });

  test('a truncated download: retried, then fails; nothing cached', async () => {
    const tc = fresh('tc');
    const cut = `${base}/truncated`;
    const r = await setup({ 'go-version': `${prev2}.0` }, { base: cut, toolCache: tc });
    expectFailure(
      r,
      /Downloading go\S+\.linux-amd64\.tar\.gz failed after 4 attempts: The download of .* was truncated: received \d+ of \d+ bytes/,
    );
    expect(listTree(tc)).toEqual([toolCacheName(cut), join(toolCacheName(cut), `${prev2}.0`)]);
  });

  test.each([
    ['dotdot', "'../escape' contains '..'"],
    ['absolute', "'/tmp/goship-evil-absolute' is an absolute path"],
    ['symlink', "'go/escape-link' is a symlink to '../../../../../../../../tmp', which leaves go/"],
    ['symlink-abs', "'go/passwd' is a symlink to '/etc/passwd'"],
    ['hardlink', "'go/hardlink' contains '..'"],
    [
      'symlink-chain',
      "'go/a/b/p' is a symlink to 'q/../../..', which leaves go/ (through the symlink 'go/a/b/q')",
    ],
    ['oversize', "'go/bomb' is 600.0 MiB, more than the 512.0 MiB any file of a Go distribution may be"],
  ])('an archive with %s entries is refused; nothing escapes, nothing is cached', async (kind, problem) => {
    rmSync('/tmp/goship-evil-absolute', { force: true });
    rmSync('/tmp/goship-evil-symlink', { force: true });
    const tc = fresh('tc');
    const evil = `${base}/evil/${kind}`;
    const r = await setup({ 'go-version': `${prev2}.0` }, { base: evil, toolCache: tc });
    expectFailure(r, `Unsafe entry in the Go archive: ${problem}`);
    expect(listTree(tc)).toEqual([toolCacheName(evil), join(toolCacheName(evil), `${prev2}.0`)]);
    expect(existsSync('/tmp/goship-evil-absolute')).toBe(false);
    expect(existsSync('/tmp/goship-evil-symlink')).toBe(false);
    expect(existsSync(join(tc, toolCacheName(evil), 'escape'))).toBe(false);
  });

  test('cancelled mid-install: nothing is left that looks complete', async () => {
    const tc = fresh('tc');
    const slow = `${base}/delay/2500`;
    const r = await setup({ 'go-version': real }, { base: slow, toolCache: tc, cancelAfterMs: 4000 });
    expect(r.exitCode).not.toBe(0);
    expect(r.errors).toContain('cancelled by SIGINT');
    expect(listTree(tc).filter((p) => p.endsWith('.complete') || p.includes('.goship-tmp'))).toEqual([]);
  });
});

describe('never another version than asked for', () => {
  const down = `${base}/status/503`;
  const tc = join(scratch, 'tc-down');
  const cached = join(tc, toolCacheName(down));

  beforeAll(async () => {
    // A tool cache that already holds ${prev}.5 for this (now unreachable) mirror, as a runner's cache would,
    // plus a copy of it mislabelled as ${prev2}.11.
    const seed = fresh('tc');
    const r = await setup({ 'go-version': `${prev}.5` }, { toolCache: seed });
    expect(r.exitCode).toBe(0);
    for (const version of [`${prev}.5`, `${prev2}.11`]) {
      cpSync(r.outputs['go-root']!, join(cached, version, 'x64'), { recursive: true });
      writeFileSync(join(cached, version, 'x64.complete'), '');
    }
  });

  test('an exact version or a range already in the tool cache needs no manifest', async () => {
    const exact = await setup({ 'go-version': `${prev}.5` }, { base: down, toolCache: tc });
    expect(exact.exitCode).toBe(0);
    const range = await setup({ 'go-version': prev }, { base: down, toolCache: tc });
    expect(range.exitCode).toBe(0);
    expect(range.outputs['go-version']).toBe(`${prev}.5`);
    expect(range.summary).toContain('newest match in the tool cache (check-latest is off)');
  });

  test('when the manifest is unreachable, check-latest and stable fail instead of using what the cache has', async () => {
    const latest = await setup({ 'go-version': prev, 'check-latest': 'true' }, { base: down, toolCache: tc });
    expectFailure(latest, 'Reading the Go release manifest failed after 4 attempts');
    expect(latest.errors).toContain('answered HTTP 503');
    const stable = await setup({ 'go-version': 'stable' }, { base: down, toolCache: tc });
    expectFailure(stable, 'Reading the Go release manifest failed after 4 attempts');
  });

  test('a cached install must be the version it claims to be', async () => {
    const r = await setup({ 'go-version': `${prev2}.11` }, { base: down, toolCache: tc });
    expectFailure(r, `reports 'go version go${prev}.5 linux/amd64', not Go ${prev2}.11`);
  });
});

describe('module and build cache', () => {
  // No cache service exists here; one that answers 400 makes the action compute keys and try @actions/cache.
  const unreachable = { ACTIONS_CACHE_URL: `${base}/status/400/` };
  const keyOf = (r: ActionResult) => /goship-go-Linux-amd64-go[\w.]+-[0-9a-f]{64}/.exec(r.summary)?.[0];

  test('a failing cache service is a warning, not a failure; restore-only never saves', async () => {
    const ws = workspace({ 'go.mod': `module m\n\ngo ${prev}\n`, 'go.sum': '' });
    const r = await setup(
      { 'go-version': prev, 'cache-restore-only': 'true' },
      { workspace: ws, env: unreachable },
    );
    expect(r.exitCode).toBe(0);
    expect(r.outputs['cache-hit']).toBe('false');
    expect(r.annotations).toContainEqual(
      expect.objectContaining({ level: 'warning', message: expect.stringContaining('Failed to restore') }),
    );
    // The post step knew it was one from the state main saved (the runner injects nothing), and did not
    // install again: one 'Go environment' group, from main.
    expect(r.postRan).toBe(true);
    expect(r.state).toMatchObject({ isPost: 'true' });
    expect(r.stdout.match(/::group::Go environment/g)).toHaveLength(1);
    expect(r.stdout).toContain(
      'Module/build cache: cache-restore-only is true: the cache is restored but never saved',
    );
    expect(r.summary).toContain(`| Module/build cache | miss: \`goship-go-Linux-amd64-go${prev}.5-`);
    expect(r.summary).toContain('restore-only: not saved');

    // Without restore-only the post step tries to save; the service refusing is reported, the job goes on.
    mkdirSync(goHome.GOCACHE, { recursive: true });
    writeFileSync(join(goHome.GOCACHE, 'README'), 'build cache\n');
    const saving = await setup({ 'go-version': prev }, { workspace: ws, env: unreachable });
    expect(saving.exitCode).toBe(0);
    expect(saving.summary).toContain('(saved after the job)');
    expect(saving.stdout).toContain('Failed to save: Unable to reserve cache');
    expect(saving.stdout).toContain('Module/build cache: the cache service did not accept the save');
  });

  test('the key follows the Go version and the dependency files (cache-dependency-path)', async () => {
    const ws = workspace({
      'go.mod': 'module m\n',
      'svc/go.mod': 'module s\n',
      'svc/go.sum': 'a v1.0.0 h1:x=\n',
    });
    const run = (inputs: Record<string, string>) =>
      setup(
        { 'go-version': prev, 'cache-restore-only': 'true', ...inputs },
        { workspace: ws, env: unreachable },
      );
    const all = keyOf(await run({}));
    const svc = keyOf(await run({ 'cache-dependency-path': 'svc/go.sum' }));
    writeFileSync(join(ws, 'svc/go.sum'), 'a v1.0.1 h1:y=\n');
    const changed = keyOf(await run({ 'cache-dependency-path': 'svc/go.sum' }));
    const otherGo = keyOf(await run({ 'go-version': `${prev2}.11`, 'cache-dependency-path': 'svc/go.sum' }));
    expect(new Set([all, svc, changed]).size).toBe(3);
    expect(otherGo?.replace(`go${prev2}.11`, `go${prev}.5`)).toBe(changed);
  });
});
