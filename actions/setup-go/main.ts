// setup-go: read and check every input (no network, no writes), install Go through @goship/go, report.
// The same bundle is the post step (runner.isPost()): it saves the module/build cache.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { cwd } from 'node:process';
import { fileURLToPath } from 'node:url';
import {
  ARCHITECTURE_FORMS,
  type CacheResult,
  DEFAULT_BASE_URL,
  goPlatform,
  manifestAuthHeaders,
  parseVersionSpec,
  readVersionFile,
  type SetupGoResult,
  SPEC_FORMS,
  versionFileKind,
} from '@goship/go/toolchain';
import {
  code,
  formatBytes,
  formatMs,
  heading,
  InputError,
  type Inputs,
  runAction,
  runner,
  setOutputs,
  table,
  UserError,
} from '@goship/kit';

const GOTOOLCHAIN = /^(local|auto|path|go\d+\.\d+[\w.-]*(\+(auto|path))?)$/;

await runAction(async ({ inputs, signal }) => {
  if (runner.isPost()) return post();
  const token = inputs.string('token');
  runner.setSecret(token);
  const workspace = process.env.GITHUB_WORKSPACE || cwd();

  // --- inputs, all checked before anything touches the network or the disk ---
  const { spec, origin } = versionRequest(inputs, workspace);
  const checkLatest = inputs.boolean('check-latest');
  const arch = inputs.optional('architecture');
  const platform = goPlatform(arch ?? process.arch);
  if (!platform) {
    throw new InputError('architecture', `'${arch}' is not a supported architecture`, ARCHITECTURE_FORMS);
  }
  if (platform.os === 'windows') {
    throw new UserError(
      'setup-go supports Linux and macOS runners; Windows (.zip archives) is not supported yet',
    );
  }
  const baseUrl = downloadBaseUrl(inputs);
  const cache = inputs.boolean('cache', true);
  const restoreOnly = inputs.boolean('cache-restore-only');
  const patterns = inputs.list('cache-dependency-path');
  const gotoolchain = inputs.string('gotoolchain') || 'local';
  if (!GOTOOLCHAIN.test(gotoolchain)) {
    throw new InputError(
      'gotoolchain',
      `'${gotoolchain}' is not a GOTOOLCHAIN value`,
      'local, auto, path, or a toolchain name such as go1.23.4 (optionally +auto or +path)',
    );
  }
  const toolCacheRoot = process.env.RUNNER_TOOL_CACHE || join(homedir(), '.cache', 'goship', 'tool-cache');
  const requirementFiles = [origin.file, join(workspace, 'go.mod'), join(workspace, 'go.work')]
    .filter((f): f is string => !!f && (versionFileKind(f) === 'go.mod' || versionFileKind(f) === 'go.work'))
    .filter((f, i, all) => all.indexOf(f) === i)
    .map((path) => ({ path, shown: shown(workspace, path) }));

  // Only now the installer, the cache client and their dependencies (a separate chunk, off the start-up path).
  const { setupGo } = await import('@goship/go');
  const result = await setupGo({
    spec,
    origin: origin.text,
    checkLatest,
    platform,
    baseUrl,
    manifestHeaders: manifestAuthHeaders(token, baseUrl, process.env.GITHUB_SERVER_URL || undefined),
    toolCacheRoot,
    requirementFiles,
    gotoolchain,
    cache: cache
      ? {
          workspace,
          patterns: patterns.length > 0 ? patterns : ['**/go.sum', '**/go.mod'],
          explicit: patterns.length > 0,
          runnerOs: process.env.RUNNER_OS || process.platform,
        }
      : undefined,
    signal,
    log: runner.info,
    warn: (message, where) => runner.warning(message, where),
  });

  // --- effects for later steps ---
  await runner.group('Go environment', async () => {
    for (const [name, value] of Object.entries(result.env)) {
      runner.exportVariable(name, value);
      runner.info(`${name}=${value}`);
    }
    // addPath prepends: add the lowest priority first so GOROOT/bin wins.
    for (const dir of [...result.path].reverse()) runner.addPath(dir);
    runner.info(`PATH += ${result.path.join(', ')}`);
  });
  const matcher = join(dirname(fileURLToPath(import.meta.url)), '../../actions/setup-go/matchers.json');
  if (existsSync(matcher)) runner.addMatcher(matcher);
  reportCache(result.cache);
  if (result.cache.state === 'used') {
    runner.saveState(
      'cache',
      JSON.stringify({
        paths: result.cache.paths,
        key: result.cache.key,
        matchedKey: result.cache.matchedKey,
        restoreOnly,
      }),
    );
  }

  setOutputs({
    'go-version': result.version,
    'go-root': result.goroot,
    'go-path': result.env.GOPATH,
    'cache-hit': result.cache.state === 'used' && result.cache.hit,
  });
  runner.appendSummary(summary(result, origin.text, restoreOnly));
});

/** go-version wins over go-version-file; with neither, the repository's go.mod if there is one. */
function versionRequest(inputs: Inputs, workspace: string) {
  const given = inputs.optional('go-version');
  let file = inputs.optional('go-version-file');
  if (given !== undefined) {
    if (file !== undefined)
      runner.warning(
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
    runner.info('go-version and go-version-file are not set: using go.mod at the repository root');
  }
  const path = isAbsolute(file) ? file : join(workspace, file);
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

function downloadBaseUrl(inputs: Inputs): string {
  const fromInput = inputs.optional('go-download-base-url');
  const fromEnv = process.env.GO_DOWNLOAD_BASE_URL?.trim() || undefined;
  const raw = fromInput ?? fromEnv ?? DEFAULT_BASE_URL;
  const name = fromInput ? 'go-download-base-url' : 'go-download-base-url (from GO_DOWNLOAD_BASE_URL)';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError(name, `'${raw}' is not a URL`, 'an http(s) URL such as https://go.dev/dl');
  }
  if (url.password) runner.setSecret(url.password);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InputError(name, `'${url.protocol}' is not supported`, 'an http(s) URL');
  if (url.search || url.hash)
    throw new InputError(name, 'has a query or fragment', 'a base URL that file names can be appended to');
  if (url.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    runner.warning(
      `go-download-base-url is plain http: the sha256 check compares against a manifest from the same server, so it only guards against corruption, not tampering`,
    );
  }
  return raw.replace(/\/+$/, '');
}

function reportCache(cache: CacheResult): void {
  if (cache.state === 'unavailable') {
    runner.notice(
      'Module/build cache skipped: this runner has no cache service (ACTIONS_CACHE_URL/ACTIONS_RESULTS_URL unset). Continuing without it.',
    );
  } else if (cache.state === 'used' && cache.error) {
    runner.warning(`Module/build cache not restored (${cache.error}); continuing without it.`);
  } else if (cache.state === 'used') {
    runner.info(
      cache.matchedKey
        ? `Module/build cache restored from ${cache.matchedKey}`
        : `No module/build cache yet for ${cache.key}`,
    );
  }
}

function summary(r: SetupGoResult, origin: string, restoreOnly: boolean): string {
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

async function post(): Promise<void> {
  const raw = runner.getState('cache');
  if (!raw) return;
  const { saveGoCache } = await import('@goship/go');
  const outcome = await saveGoCache(JSON.parse(raw));
  runner.info(`Module/build cache: ${outcome.reason}`);
}
