import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { formatBytes, span, UserError } from '@goship/kit';
import { openGet, type RequestOptions, TruncatedError, withRetries } from './http.js';
import { acquireInstallLock } from './install-lock.js';
import { DEFAULT_BASE_URL } from './manifest.js';
import { TarGuard, type TarGuardOptions, UnsafeArchiveError } from './tar-guard.js';
import { newestMatching, type VersionSpec } from './version.js';

/**
 * The runner's tool cache, in the layout @actions/tool-cache and actions/setup-go use, so installs are shared
 * both ways: `$RUNNER_TOOL_CACHE/<tool>/<semver>/<arch>/` plus an empty `<arch>.complete` marker beside it.
 * A folder without its marker is an interrupted install and is never used.
 */
export interface ToolCache {
  root: string;
  /** `go` for go.dev; `go-<8 hex>` for a mirror (see toolCacheName). */
  tool: string;
  /** The arch folder name (x64, arm64, ...). */
  arch: string;
}

/**
 * actions/setup-go keeps Go from a custom mirror apart from go.dev's (`go-` + first 8 hex of sha256(base URL)),
 * so a mirror's build never masquerades as the runner's preinstalled Go. Same rule here, same folders.
 */
export function toolCacheName(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (base === DEFAULT_BASE_URL) return 'go';
  return `go-${createHash('sha256').update(base).digest('hex').slice(0, 8)}`;
}

/**
 * A complete install the spec selects, without any network (stable/oldstable always need the manifest), found
 * with @actions/tool-cache's own lookup (`find`, `findAllVersions`: a folder counts only with its `.complete`
 * marker), so what counts as installed is exactly what every toolkit-based action on the runner agrees on.
 * Ranges are matched by our Go-aware rule (newestMatching), not semver's, over the versions tool-cache lists.
 */
export async function findInToolCache(
  tc: ToolCache,
  spec: VersionSpec | { kind: 'exact'; semver: string },
): Promise<{ semver: string; dir: string } | undefined> {
  if (spec.kind !== 'exact' && spec.kind !== 'range') return undefined;
  // Imported here, after input validation: tool-cache brings @actions/core and the HTTP client with it.
  const toolCache = await import('@actions/tool-cache');
  return withToolCacheRoot(tc.root, () => {
    const semver =
      spec.kind === 'exact' ? spec.semver : newestMatching(spec, toolCache.findAllVersions(tc.tool, tc.arch));
    const dir = semver ? toolCache.find(tc.tool, semver, tc.arch) : '';
    return semver && dir ? { semver, dir } : undefined;
  });
}

/**
 * tool-cache reads the cache root from RUNNER_TOOL_CACHE at every call and takes no parameter for it; its
 * find/findAllVersions are synchronous, so setting the variable around the call affects nothing else.
 */
function withToolCacheRoot<T>(root: string, lookup: () => T): T {
  const saved = process.env.RUNNER_TOOL_CACHE;
  process.env.RUNNER_TOOL_CACHE = root;
  try {
    return lookup();
  } finally {
    if (saved === undefined) delete process.env.RUNNER_TOOL_CACHE;
    else process.env.RUNNER_TOOL_CACHE = saved;
  }
}

/** The sha256 of the download differs from the manifest's. Never retried, never installed. */
export class ChecksumError extends UserError {
  constructor(
    readonly url: string,
    readonly actual: string,
    readonly expected: string,
  ) {
    super(
      `sha256 mismatch for ${url}: the download hashes to ${actual}, the release manifest says ${expected}; nothing was installed`,
      {
        hint: 'The file or the manifest was altered or corrupted on the way. If go-download-base-url is a mirror, check that it serves the files its manifest describes.',
      },
    );
    this.name = 'ChecksumError';
  }
}

export interface InstallRequest extends RequestOptions {
  url: string;
  filename: string;
  sha256: string;
  size?: number;
  semver: string;
  toolCache: ToolCache;
}

export interface InstallResult {
  dir: string;
  bytes: number;
  /** Another run installed the same version while this one waited for it; its copy is used (bytes is 0). */
  raced: boolean;
}

/**
 * Downloads, verifies and installs one Go archive into the tool cache, atomically: the archive is streamed
 * once (hashed while it is unpacked by `tar` after TarGuard checked every entry) into a temporary folder beside
 * the target; only when the sha256 matches is `go/` renamed into place and the `.complete` marker written.
 * A failed, cancelled or killed install leaves nothing a later run could take for complete.
 * Kept instead of @actions/tool-cache's downloadTool → extractTar → cacheDir (download to a file, read it again to
 * hash, unpack, then copy the tree) because it is measurably faster: bench/setup-go.ts, Go 1.26.8 (66.7 MB) from
 * the loopback mirror, 3 alternating rounds: 21.1 s vs 51.2 s median, 0.41× (2 shared cores at load ~22).
 *
 * Concurrent installs of the same version into one tool cache (jobs of one self-hosted runner) take turns
 * through an install lock (install-lock.ts): the second waits, finds the first's complete install and uses it
 * (`raced`), without downloading and without touching the first's folder. A folder without a marker is deleted
 * only by the lock holder, so only when no live installer can be writing it.
 */
export async function installGo(req: InstallRequest): Promise<InstallResult> {
  if (!req.filename.endsWith('.tar.gz')) {
    throw new UserError(
      `${req.filename} is not a .tar.gz archive; only Linux and macOS runners are supported so far`,
    );
  }
  const { toolCache: tc } = req;
  const versionDir = join(tc.root, tc.tool, req.semver);
  const target = join(versionDir, tc.arch);
  const complete = () => existsSync(`${target}.complete`) && existsSync(target);
  if (complete()) return { dir: target, bytes: 0, raced: true };
  await mkdir(versionDir, { recursive: true });
  const lock = await acquireInstallLock(versionDir, tc.arch, { signal: req.signal, log: req.log });
  let tmp: string | undefined;
  try {
    if (complete()) return { dir: target, bytes: 0, raced: true };
    await sweepLeftovers(versionDir);
    tmp = await mkdtemp(join(versionDir, `.goship-tmp-${tc.arch}-${process.pid}-`));
    const into = tmp;
    const { bytes } = await withRetries(req.url, `Downloading ${req.filename}`, req, (signal) =>
      // One span per attempt: the download, its sha256 and the extraction are one stream.
      span(
        'go download and extract',
        { 'url.full': withoutUserinfo(req.url), 'goship.go.file': req.filename },
        async (s) => {
          await rm(join(into, 'go'), { recursive: true, force: true });
          const r = await downloadAndExtract(req, into, signal);
          s.set({ 'goship.bytes': r.bytes, 'goship.sha256': req.sha256 });
          return r;
        },
      ),
    );
    const goroot = join(tmp, 'go');
    if (!existsSync(join(goroot, 'bin', 'go'))) {
      throw new UserError(
        `${req.filename} has no go/bin/go: it is not a Go distribution; nothing was installed`,
      );
    }
    if (existsSync(target)) {
      // An earlier install died before writing its marker (we hold the lock: no live goship installer is
      // writing it). Move it aside, then delete it.
      const stale = join(versionDir, `.goship-stale-${tc.arch}-${process.pid}-${Date.now()}`);
      await rename(target, stale);
      await rm(stale, { recursive: true, force: true });
    }
    await rename(goroot, target);
    await writeFile(`${target}.complete`, '');
    return { dir: target, bytes, raced: false };
  } finally {
    if (tmp) await rm(tmp, { recursive: true, force: true });
    await lock.release();
  }
}

/** A URL for a span: credentials a base URL may carry (user info, a signed query) never leave the runner. */
function withoutUserinfo(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.search = '';
    return u.toString();
  } catch {
    return '';
  }
}

/** Temporary folders of installs whose process is gone (killed runs), and stale copies being deleted. */
async function sweepLeftovers(versionDir: string): Promise<void> {
  for (const name of await readdir(versionDir)) {
    const tmp = /^\.goship-tmp-[^-]+-(\d+)-/.exec(name);
    const dead = tmp ? !processAlive(Number(tmp[1])) : name.startsWith('.goship-stale-');
    if (dead) await rm(join(versionDir, name), { recursive: true, force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One attempt: GET → sha256 + byte count → gunzip → TarGuard → `tar -x` into `dest`. */
async function downloadAndExtract(
  req: InstallRequest,
  dest: string,
  signal: AbortSignal,
): Promise<{ bytes: number }> {
  const res = await openGet(req.url, req, signal);
  const length = Number(res.headers['content-length']);
  const expected = Number.isFinite(length) && length > 0 ? length : req.size;
  const hash = createHash('sha256');
  let received = 0;
  const progress = progressLogger(req.filename, expected, req.log);
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      received += chunk.length;
      progress(received);
      done(null, chunk);
    },
  });
  try {
    await extractTarGz(res.body, dest, { signal, tap });
  } catch (err) {
    if (err instanceof UnsafeArchiveError || signal.aborted) throw err;
    if (expected !== undefined && received < expected) throw new TruncatedError(req.url, received, expected);
    throw err;
  }
  if (expected !== undefined && received !== expected) throw new TruncatedError(req.url, received, expected);
  const actual = hash.digest('hex');
  if (actual !== req.sha256) throw new ChecksumError(req.url, actual, req.sha256);
  return { bytes: received };
}

/** A progress line at most every 5 s, so long downloads show life without flooding the log. */
function progressLogger(
  name: string,
  total: number | undefined,
  log?: (m: string) => void,
): (n: number) => void {
  let last = performance.now();
  return (n) => {
    const now = performance.now();
    if (!log || now - last < 5000) return;
    last = now;
    const pct = total ? ` ${Math.floor((n / total) * 100)}%` : '';
    log(`${name}:${pct} ${formatBytes(n)}${total ? ` of ${formatBytes(total)}` : ''}`);
  };
}

/**
 * Unpacks a .tar.gz stream into `dest` with `tar -x`, after TarGuard checked each entry (see there). On any
 * problem tar is killed and the error thrown; the caller owns `dest` and deletes it.
 * Kept instead of tar-stream (bench/libraries.ts, the 64 MiB go1.26.8 tarball, 2 cores under load): unpacking
 * through tar-stream and node:fs takes 1.5–1.7× as long, since `tar -x` writes on the other core while Node
 * gunzips and checks. tar-stream alone parses the headers faster (0.64–0.93× TarGuard's time, ~40 MiB lower
 * peak), but the checks (containment through symlink chains, caps at the header, hard links) stay ours either way.
 */
export async function extractTarGz(
  input: Readable,
  dest: string,
  opts: {
    signal?: AbortSignal;
    root?: string;
    tap?: Transform;
    limits?: Pick<TarGuardOptions, 'maxEntryBytes' | 'maxTotalBytes' | 'maxEntries'>;
  } = {},
): Promise<{ entries: number }> {
  const { signal } = opts;
  const guard = new TarGuard({ root: opts.root ?? 'go', ...opts.limits });
  // --no-same-owner: never chown to ids from the archive, even as root.
  const tar = spawn('tar', ['-x', '-f', '-', '-C', dest, '--no-same-owner'], {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let tarErr = '';
  tar.stderr.on('data', (d: Buffer) => {
    if (tarErr.length < 4000) tarErr += d.toString();
  });
  const tarExit = new Promise<number>((resolve) => {
    tar.on('error', () => resolve(-1));
    tar.on('close', (code) => resolve(code ?? -1));
  });
  const tarProblem = () => tarErr.trim().split('\n').slice(-3).join('; ');
  try {
    const stages = opts.tap ? [input, opts.tap] : [input];
    await pipeline([...stages, createGunzip(), guard, tar.stdin], signal ? { signal } : {});
  } catch (err) {
    tar.kill('SIGKILL');
    const code = await tarExit;
    if (err instanceof UserError || signal?.aborted) throw err;
    if (/^Z_/.test(String((err as NodeJS.ErrnoException).code))) {
      throw new UserError(`The Go archive is corrupt: ${(err as Error).message}`, { cause: err });
    }
    if (code > 0 && tarErr) throw new UserError(`tar could not unpack the Go archive: ${tarProblem()}`);
    throw err;
  }
  const code = await tarExit;
  if (code !== 0) throw new UserError(`tar could not unpack the Go archive (exit ${code}): ${tarProblem()}`);
  return { entries: guard.entries };
}
