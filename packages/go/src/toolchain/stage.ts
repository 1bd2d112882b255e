/*
 * The setup-go stage: the action's inputs as plain values in, everything the caller must apply out (outputs,
 * environment, PATH, the state the post step needs, the summary). No process.env, no runner files: both
 * actions/setup-go and packages/pipeline call this, and tests call it directly.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  code,
  confinedPath,
  formatBytes,
  formatMs,
  heading,
  InputError,
  type Log,
  table,
  UserError,
} from '@goship/kit';
import type { SaveCacheState } from './cache.js';
import { manifestAuthHeaders } from './http.js';
import { DEFAULT_BASE_URL } from './manifest.js';
import { ARCHITECTURE_FORMS, goPlatform } from './platform.js';
import { type SetupGoConfig, type SetupGoResult, setupGo } from './setup.js';
import { parseVersionSpec, SPEC_FORMS } from './version.js';
import { readVersionFile, versionFileKind } from './version-file.js';

/** Where the stage's messages go: the runner's log and annotations in the action, a console elsewhere. */
type SetupGoLog = Pick<Log, 'info' | 'warning' | 'notice' | 'secret'>;

export interface SetupGoStageOptions {
  /** go-version: an exact version, a minor line, a semver range, stable or oldstable. Wins over goVersionFile. */
  goVersion?: string;
  /** go-version-file, relative to the workspace (or absolute). */
  goVersionFile?: string;
  checkLatest?: boolean;
  /** architecture (x64, arm64, ...); defaults to hostArch. */
  architecture?: string;
  /** The runner's architecture as Node spells it (process.arch) and its OS (process.platform). */
  hostArch: string;
  hostPlatform: NodeJS.Platform;
  /** go-download-base-url; `from` names where it came from in errors (the input, or GO_DOWNLOAD_BASE_URL). */
  downloadBaseUrl?: { value: string; from: 'input' | 'GO_DOWNLOAD_BASE_URL' };
  /** Sent only over https to GitHub origins (github.com, raw.githubusercontent.com, serverUrl). */
  token?: string;
  /** GITHUB_SERVER_URL (a GitHub Enterprise server also gets the token, over https only). */
  serverUrl?: string;
  /** Module/build cache: on by default. */
  cache?: boolean;
  cacheRestoreOnly?: boolean;
  /** cache-dependency-path patterns; empty = every go.sum and go.mod. */
  cacheDependencyPath?: string[];
  /** GOTOOLCHAIN for later steps (default local). */
  gotoolchain?: string;
  workspace: string;
  toolCacheRoot: string;
  /** RUNNER_OS, for the cache key. */
  runnerOs: string;
  /** The job's environment (GOPATH, GOMODCACHE, GOCACHE, HOME, XDG_CACHE_HOME, the cache service, PATH). */
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
  log?: SetupGoLog;
  /** Retry tuning (tests/benchmarks). */
  attempts?: number;
  baseDelayMs?: number;
}

export interface SetupGoStageResult {
  outputs: { 'go-version': string; 'go-root': string; 'go-path': string; 'cache-hit': boolean };
  /** Variables for later steps, and folders to put on PATH (first = highest priority). */
  env: Record<string, string>;
  path: string[];
  /** For the post step: what to save as the module/build cache (absent when there is nothing to save). */
  saveCache?: SaveCacheState;
  /** Job summary markdown. */
  summary: string;
  details: SetupGoResult;
}

const GOTOOLCHAIN = /^(local|auto|path|go\d+\.\d+[\w.-]*(\+(auto|path))?)$/;
const quiet: SetupGoLog = { info() {}, warning() {}, notice() {}, secret() {} };

/**
 * Checks every option (no network, no writes: a bad input fails in milliseconds and changes nothing), then
 * resolves, installs or finds Go, restores the module/build cache, and describes the result.
 */
export async function setupGoStage(options: SetupGoStageOptions): Promise<SetupGoStageResult> {
  const log = options.log ?? quiet;
  const { config, origin, restoreOnly } = planSetupGo(options, log);
  const result = await setupGo(config);
  reportCache(result, log);
  const cache = result.cache;
  return {
    outputs: {
      'go-version': result.version,
      'go-root': result.goroot,
      'go-path': result.env.GOPATH!,
      'cache-hit': cache.state === 'used' && cache.hit,
    },
    env: result.env,
    path: result.path,
    saveCache:
      cache.state === 'used'
        ? { paths: cache.paths, key: cache.key, matchedKey: cache.matchedKey, restoreOnly }
        : undefined,
    summary: setupGoSummary(result, origin, restoreOnly),
    details: result,
  };
}

/** The validation half of the stage: options → the installer's config, or an InputError/UserError. */
export function planSetupGo(
  options: SetupGoStageOptions,
  log: SetupGoLog = quiet,
): { config: SetupGoConfig; origin: string; restoreOnly: boolean } {
  const { workspace } = options;
  if (options.token) log.secret(options.token);
  const { spec, origin } = versionRequest(options, log);
  const platform = goPlatform(options.architecture ?? options.hostArch, options.hostPlatform);
  if (!platform) {
    throw new InputError(
      'architecture',
      `'${options.architecture}' is not a supported architecture`,
      ARCHITECTURE_FORMS,
    );
  }
  if (platform.os === 'windows') {
    throw new UserError(
      'setup-go supports Linux and macOS runners; Windows (.zip archives) is not supported yet',
    );
  }
  const baseUrl = downloadBaseUrl(options, log);
  const gotoolchain = options.gotoolchain || 'local';
  if (!GOTOOLCHAIN.test(gotoolchain)) {
    throw new InputError(
      'gotoolchain',
      `'${gotoolchain}' is not a GOTOOLCHAIN value`,
      'local, auto, path, or a toolchain name such as go1.23.4 (optionally +auto or +path)',
    );
  }
  const patterns = options.cacheDependencyPath ?? [];
  const requirementFiles = [origin.file, join(workspace, 'go.mod'), join(workspace, 'go.work')]
    .filter((f): f is string => !!f && (versionFileKind(f) === 'go.mod' || versionFileKind(f) === 'go.work'))
    .filter((f, i, all) => all.indexOf(f) === i)
    .map((path) => ({ path, shown: shown(workspace, path) }));
  const config: SetupGoConfig = {
    spec,
    origin: origin.text,
    checkLatest: options.checkLatest ?? false,
    platform,
    baseUrl,
    manifestHeaders: manifestAuthHeaders(options.token ?? '', baseUrl, options.serverUrl || undefined),
    toolCacheRoot: options.toolCacheRoot,
    requirementFiles,
    gotoolchain,
    cache:
      (options.cache ?? true)
        ? {
            workspace,
            patterns: patterns.length > 0 ? patterns : ['**/go.sum', '**/go.mod'],
            explicit: patterns.length > 0,
            runnerOs: options.runnerOs,
          }
        : undefined,
    env: options.env,
    signal: options.signal,
    log,
    attempts: options.attempts,
    baseDelayMs: options.baseDelayMs,
  };
  return { config, origin: origin.text, restoreOnly: options.cacheRestoreOnly ?? false };
}

/** go-version wins over go-version-file; with neither, the repository's go.mod if there is one. */
function versionRequest(options: SetupGoStageOptions, log: SetupGoLog) {
  const { workspace, goVersion: given } = options;
  let file = options.goVersionFile;
  if (given !== undefined) {
    if (file !== undefined)
      log.warning(
        `Both go-version and go-version-file are set; using go-version '${given}' and ignoring ${file}`,
      );
    const parsed = parseVersionSpec(given);
    if ('problem' in parsed) throw new InputError('go-version', parsed.problem, SPEC_FORMS, parsed.hint);
    return { spec: parsed.spec, origin: { text: `go-version ${code(given)}`, file: undefined } };
  }
  if (file === undefined) {
    if (!existsSync(join(workspace, 'go.mod'))) {
      throw new InputError(
        'go-version',
        'is not set, nor is go-version-file, and the repository has no go.mod',
        SPEC_FORMS,
        "Set go-version (e.g. '1.22') or go-version-file (e.g. go.mod).",
      );
    }
    file = 'go.mod';
    log.info('go-version and go-version-file are not set: using go.mod at the repository root');
  }
  // A relative path stays in the repository (issue 11: file inputs are confined unless given absolute).
  const path = confinedPath(file, workspace, {
    input: 'go-version-file',
    expected:
      'a file of the repository (go.mod, go.work, .go-version, .tool-versions) relative to the workspace',
    hint: 'Give an absolute path to read a file outside the repository.',
  });
  const request = readVersionFile(path, shown(workspace, path));
  const parsed = parseVersionSpec(request.version);
  const at = `${request.file}:${request.line}`;
  if ('problem' in parsed) {
    throw new UserError(`${at}: ${parsed.problem}`, {
      hint: `Expected ${SPEC_FORMS}.`,
      location: { file: request.file, line: request.line },
    });
  }
  return { spec: parsed.spec, origin: { text: `${code(at)} ${code(request.text)}`, file: path } };
}

function shown(workspace: string, path: string): string {
  return path.startsWith(`${workspace}/`) ? path.slice(workspace.length + 1) : path;
}

function downloadBaseUrl(options: SetupGoStageOptions, log: SetupGoLog): string {
  const given = options.downloadBaseUrl;
  const raw = given?.value.trim() || DEFAULT_BASE_URL;
  const name =
    given?.from === 'GO_DOWNLOAD_BASE_URL'
      ? 'go-download-base-url (from GO_DOWNLOAD_BASE_URL)'
      : 'go-download-base-url';
  let url: URL;
  try {
    // new URL() percent-encodes a space instead of refusing it.
    if (/\s/.test(raw)) throw new TypeError('whitespace');
    url = new URL(raw);
  } catch {
    throw new InputError(name, `'${raw}' is not a URL`, 'an http(s) URL such as https://go.dev/dl');
  }
  if (url.password) {
    log.secret(url.password);
    log.secret(decodeURIComponent(url.password));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InputError(name, `'${url.protocol}' is not supported`, 'an http(s) URL');
  if (url.search || url.hash)
    throw new InputError(name, 'has a query or fragment', 'a base URL that file names can be appended to');
  if (url.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    log.warning(
      `go-download-base-url is plain http: the sha256 check compares against a manifest from the same server, so it only guards against corruption, not tampering`,
    );
  }
  return raw.replace(/\/+$/, '');
}

function reportCache({ cache }: SetupGoResult, log: SetupGoLog): void {
  if (cache.state === 'unavailable') {
    log.notice(
      'Module/build cache skipped: this runner has no cache service (ACTIONS_CACHE_URL/ACTIONS_RESULTS_URL unset). Continuing without it.',
    );
  } else if (cache.state === 'used' && cache.error) {
    log.warning(`Module/build cache not restored (${cache.error}); continuing without it.`);
  } else if (cache.state === 'used') {
    log.info(
      cache.matchedKey
        ? `Module/build cache restored from ${cache.matchedKey}`
        : `No module/build cache yet for ${cache.key}`,
    );
  }
}

export function setupGoSummary(r: SetupGoResult, origin: string, restoreOnly: boolean): string {
  const source =
    r.source === 'download' && r.download
      ? `downloaded ${code(r.download.file.filename)} (${formatBytes(r.download.bytes)}) from ${r.download.url}; sha256 ${code(r.download.file.sha256.slice(0, 16))}… verified`
      : `tool cache ${code(r.goroot)}`;
  const cache =
    r.cache.state === 'disabled'
      ? 'off (cache: false)'
      : r.cache.state === 'unavailable'
        ? 'skipped: no cache service on this runner'
        : r.cache.error
          ? `not restored: ${r.cache.error}`
          : r.cache.matchedKey
            ? `${r.cache.hit ? 'hit' : 'partial hit'}: ${code(r.cache.matchedKey)}`
            : `miss: ${code(r.cache.key)} (${restoreOnly ? 'restore-only: not saved' : 'saved after the job'})`;
  const rows = [
    ['Go', code(r.version)],
    ['Asked for', origin],
    ['Chosen because', r.manifestUrl ? `${r.reason} (manifest ${r.manifestUrl})` : r.reason],
    ['Source', source],
    [
      'Time',
      `${formatMs(r.timings.totalMs)} (resolve ${formatMs(r.timings.resolveMs)}, download + unpack ${formatMs(r.timings.installMs)})`,
    ],
    ['GOTOOLCHAIN', code(r.env.GOTOOLCHAIN ?? '')],
    ['Module/build cache', cache],
  ];
  return `${heading(`setup-go: Go ${r.version}`)}\n\n${table(['', ''], rows)}\n`;
}
