import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { exec, InputError, type Log, UserError } from '@goship/kit';
import { cacheKeys, cacheServiceAvailable, type RestoreOutcome, restoreGoCache } from './cache.js';
import { globFiles, hashFiles } from './hash-files.js';
import { findInToolCache, installGo, type ToolCache, toolCacheName } from './install.js';
import { fetchReleases, type ManifestFile, resolveRelease } from './manifest.js';
import { type GoPlatform, platformName } from './platform.js';
import {
  compareGoVersions,
  formatGoVersion,
  parseGoVersion,
  releaseToSemver,
  semverToGo,
  type VersionSpec,
} from './version.js';
import { type GoModVersions, parseGoMod } from './version-file.js';

export interface SetupGoConfig {
  spec: VersionSpec;
  /** Where the spec came from, for the summary: `go-version input` or `go.mod:3 (toolchain go1.22.3)`. */
  origin: string;
  /** Re-resolve non-exact specs against the manifest even when the tool cache has a match. */
  checkLatest: boolean;
  platform: GoPlatform;
  baseUrl: string;
  /** Headers for manifest requests (a token, only for hosts that need it). */
  manifestHeaders?: Record<string, string>;
  toolCacheRoot: string;
  /** go.mod/go.work files whose `go` line the chosen Go must satisfy (GOTOOLCHAIN=local): absolute + shown. */
  requirementFiles: { path: string; shown: string }[];
  /** GOTOOLCHAIN for later steps; the go.mod check applies only to `local` and `path`. */
  gotoolchain: string;
  /** Module/build cache; `explicit` when the patterns came from the user (then matching nothing is an error). */
  cache?: { workspace: string; patterns: string[]; explicit?: boolean; runnerOs: string };
  /** The job's environment: GOPATH/GOMODCACHE/GOCACHE defaults, the cache service, `go version`'s run, and the proxy variables (HTTPS_PROXY/HTTP_PROXY/NO_PROXY) of the downloads. */
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
  log?: Pick<Log, 'info' | 'warning'>;
  /** Retry tuning (tests/benchmarks); defaults: 4 attempts, 500 ms base delay. */
  attempts?: number;
  baseDelayMs?: number;
}

export interface SetupGoResult {
  /** Go's spelling: `1.22.3`, `1.27rc1`. */
  version: string;
  semver: string;
  goroot: string;
  source: 'tool-cache' | 'download';
  /** Why this version: the resolution rule applied to the spec. */
  reason: string;
  manifestUrl?: string;
  download?: { url: string; file: ManifestFile; bytes: number };
  /** Environment for later steps and the folders to add to PATH (first = highest priority). */
  env: Record<string, string>;
  path: string[];
  cache: CacheResult;
  timings: { resolveMs: number; installMs: number; totalMs: number };
}

export type CacheResult =
  | { state: 'disabled' }
  | { state: 'unavailable' }
  | ({
      state: 'used';
      key: string;
      restoreKeys: string[];
      paths: string[];
      files: string[];
    } & RestoreOutcome);

/**
 * Resolves, installs (or finds) and describes a Go toolchain; the caller applies `env`/`path` and reports.
 * Network only when needed: an exact version or a range already in the tool cache needs none (unless
 * checkLatest). Never falls back to another version: when the manifest is unreachable for a spec that needs
 * it, this fails.
 */
export async function setupGo(cfg: SetupGoConfig): Promise<SetupGoResult> {
  const started = performance.now();
  const log = (message: string) => cfg.log?.info(message);
  const tc: ToolCache = {
    root: cfg.toolCacheRoot,
    tool: toolCacheName(cfg.baseUrl),
    arch: cfg.platform.cacheArch,
  };
  const goEnv = goEnvironment(cfg.env);
  const depFiles = cfg.cache ? globFiles(cfg.cache.workspace, cfg.cache.patterns) : [];
  if (cfg.cache?.explicit && depFiles.length === 0) {
    throw new InputError(
      'cache-dependency-path',
      `matches no file under ${cfg.cache.workspace} (${cfg.cache.patterns.join(', ')})`,
      'paths or globs of go.sum/go.mod files relative to the repository root',
    );
  }
  const requirements = readRequirements(cfg.requirementFiles, cfg.log);

  // 1. Resolve: tool cache first (no network) where the spec allows it, else the manifest.
  const net = {
    signal: cfg.signal,
    log,
    attempts: cfg.attempts,
    baseDelayMs: cfg.baseDelayMs,
    proxyEnv: cfg.env,
  };
  let semver: string;
  let reason: string;
  let dir: string | undefined;
  let manifestUrl: string | undefined;
  let file: ManifestFile | undefined;
  const cached = cfg.checkLatest ? undefined : await findInToolCache(tc, cfg.spec);
  if (cached) {
    ({ semver, dir } = cached);
    reason =
      cfg.spec.kind === 'exact'
        ? 'exact version, already in the tool cache'
        : `newest match in the tool cache (check-latest is off)`;
  } else {
    const got = await fetchReleases(cfg.baseUrl, { ...net, headers: cfg.manifestHeaders });
    manifestUrl = got.url;
    const resolved = resolveRelease(cfg.spec, got.releases, cfg.platform, got.url);
    ({ semver, reason } = { semver: resolved.release.semver, reason: resolved.reason });
    file = resolved.file;
    dir = (await findInToolCache(tc, { kind: 'exact', semver }))?.dir;
  }
  const chosen = semverToGo(semver);
  const resolveMs = performance.now() - started;
  log(`Go ${chosen} for ${platformName(cfg.platform)}: ${reason}`);

  // 2. Fail before downloading anything when a go.mod needs a newer Go than the one chosen.
  if (cfg.gotoolchain === 'local' || cfg.gotoolchain === 'path') checkRequirements(requirements, chosen);

  // 3. Install (if needed) and restore the module/build cache, in parallel: both mostly wait on the network.
  const installStarted = performance.now();
  const installing =
    dir === undefined && file
      ? installGo({
          ...net,
          url: `${cfg.baseUrl.replace(/\/+$/, '')}/${file.filename}`,
          filename: file.filename,
          sha256: file.sha256,
          size: file.size,
          semver,
          toolCache: tc,
        })
      : undefined;
  const cachePaths = [goEnv.GOMODCACHE, goEnv.GOCACHE];
  const caching = planCache(cfg, depFiles, chosen, cachePaths);
  const [installed, cache] = await Promise.all([installing, caching]);
  const installMs = installed ? performance.now() - installStarted : 0;
  const goroot = installed?.dir ?? dir!;

  // 4. The toolchain must be the one we meant (a corrupt cache or a mislabelled mirror build shows here).
  const version = await verifyGoVersion(goroot, semver, cfg.env, cfg.signal);

  return {
    version,
    semver,
    goroot,
    source: installed && !installed.raced ? 'download' : 'tool-cache',
    reason,
    manifestUrl,
    download:
      installed && !installed.raced && file
        ? { url: `${cfg.baseUrl.replace(/\/+$/, '')}/${file.filename}`, file, bytes: installed.bytes }
        : undefined,
    env: { GOROOT: goroot, GOTOOLCHAIN: cfg.gotoolchain, ...goEnv },
    path: [join(goroot, 'bin'), join(goEnv.GOPATH, 'bin')],
    cache,
    timings: { resolveMs, installMs, totalMs: performance.now() - started },
  };
}

/** GOPATH/GOMODCACHE/GOCACHE as the go command would default them, unless already set. */
export function goEnvironment(env: Record<string, string | undefined>): {
  GOPATH: string;
  GOMODCACHE: string;
  GOCACHE: string;
} {
  const home = env.HOME || homedir();
  const GOPATH = env.GOPATH?.split(delimiter)[0] || join(home, 'go');
  const userCache =
    process.platform === 'darwin'
      ? join(home, 'Library', 'Caches')
      : env.XDG_CACHE_HOME || join(home, '.cache');
  return {
    GOPATH,
    GOMODCACHE: env.GOMODCACHE || join(GOPATH, 'pkg', 'mod'),
    GOCACHE: env.GOCACHE || join(userCache, 'go-build'),
  };
}

function readRequirements(
  files: SetupGoConfig['requirementFiles'],
  log?: SetupGoConfig['log'],
): GoModVersions[] {
  const out: GoModVersions[] = [];
  for (const f of files) {
    if (!existsSync(f.path)) continue;
    try {
      out.push(
        parseGoMod(readFileSync(f.path, 'utf8'), f.shown, f.shown.endsWith('go.work') ? 'go.work' : 'go.mod'),
      );
    } catch (err) {
      // Not the file the version came from: report it, but it is `go build`'s to reject.
      log?.warning(
        `Not checking ${f.shown} against the chosen Go: ${(err as Error).message}`,
        (err as UserError).location,
      );
    }
  }
  return out;
}

/** With GOTOOLCHAIN=local the go command refuses a module whose `go` line is newer than itself: say so now. */
export function checkRequirements(mods: GoModVersions[], version: string): void {
  const installed = parseGoVersion(version);
  if (!installed) return;
  for (const mod of mods) {
    if (!mod.go || compareGoVersions(installed, mod.go.parsed) >= 0) continue;
    const need = formatGoVersion(mod.go.parsed);
    throw new UserError(
      `${mod.file}:${mod.go.line} requires go >= ${need}, but the Go chosen here is ${version}; with GOTOOLCHAIN=local the go command would refuse to build this module`,
      {
        hint: `Use go-version: '${need}' or newer (or go-version-file: ${mod.file}), or set gotoolchain: auto to let the go command download Go ${need} itself.`,
        location: { file: mod.file, line: mod.go.line },
      },
    );
  }
}

async function planCache(
  cfg: SetupGoConfig,
  files: string[],
  version: string,
  paths: string[],
): Promise<CacheResult> {
  if (!cfg.cache) return { state: 'disabled' };
  if (!cacheServiceAvailable(cfg.env)) return { state: 'unavailable' };
  const depHash = files.length > 0 ? await hashFiles(cfg.cache.workspace, files) : 'no-dependency-files';
  const keys = cacheKeys({ os: cfg.cache.runnerOs, arch: cfg.platform.arch, goVersion: version, depHash });
  const restored = await restoreGoCache(paths, keys);
  return { state: 'used', ...keys, paths, files, ...restored };
}

/** Runs `go version` of the install; returns the version as Go prints it (`1.22.3`, `1.20`, `1.27rc1`). */
async function verifyGoVersion(
  goroot: string,
  semver: string,
  env: Record<string, string | undefined>,
  signal?: AbortSignal,
): Promise<string> {
  // GOTOOLCHAIN=local and cwd=GOROOT: never let this check itself switch or download a toolchain.
  const { stdout } = await exec(join(goroot, 'bin', 'go'), ['version'], {
    cwd: goroot,
    env: { ...env, GOTOOLCHAIN: 'local' },
    signal,
  });
  const printed = /^go version go(\S+)/.exec(stdout.trim())?.[1];
  // go1.20 (how Go named first releases before 1.21) is 1.20.0; custom builds may add a suffix after a space.
  if (!printed || releaseToSemver(printed) !== semver) {
    throw new UserError(
      `${join(goroot, 'bin', 'go')} reports '${stdout.trim()}', not Go ${semverToGo(semver)}`,
      {
        hint: `The install in ${goroot} is not what it claims to be. Delete it (and its .complete marker) and run again.`,
      },
    );
  }
  return printed;
}
