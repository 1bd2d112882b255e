// setup-go: inputs → setupGoStage (@goship/go/toolchain) → outputs, environment, PATH, summary.
// The same bundle is the post step (action.yml `post:`): the runner gives a post step only the state its main
// step saved (STATE_<name>), so main saves `isPost` itself, as actions/checkout does; post saves the cache.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { cwd } from 'node:process';
import { fileURLToPath } from 'node:url';
import { type SaveCacheState, saveGoCache, setupGoStage } from '@goship/go/toolchain';
import { runAction, runner, setOutputs } from '@goship/kit';

const POST = 'isPost';
const CACHE = 'cache';

await runAction(async ({ inputs, signal }) => {
  if (runner.getState(POST) === 'true') return post();
  runner.saveState(POST, 'true');
  const env = process.env;
  const baseUrlInput = inputs.optional('go-download-base-url');
  const baseUrlEnv = env.GO_DOWNLOAD_BASE_URL?.trim() || undefined;
  const result = await setupGoStage({
    goVersion: inputs.optional('go-version'),
    goVersionFile: inputs.optional('go-version-file'),
    checkLatest: inputs.boolean('check-latest'),
    architecture: inputs.optional('architecture'),
    hostArch: process.arch,
    hostPlatform: process.platform,
    downloadBaseUrl: baseUrlInput
      ? { value: baseUrlInput, from: 'input' }
      : baseUrlEnv
        ? { value: baseUrlEnv, from: 'GO_DOWNLOAD_BASE_URL' }
        : undefined,
    token: inputs.string('token'),
    serverUrl: env.GITHUB_SERVER_URL,
    cache: inputs.boolean('cache', true),
    cacheRestoreOnly: inputs.boolean('cache-restore-only'),
    cacheDependencyPath: inputs.list('cache-dependency-path'),
    gotoolchain: inputs.string('gotoolchain'),
    workspace: env.GITHUB_WORKSPACE || cwd(),
    toolCacheRoot: env.RUNNER_TOOL_CACHE || join(homedir(), '.cache', 'goship', 'tool-cache'),
    runnerOs: env.RUNNER_OS || process.platform,
    env,
    signal,
    log: {
      info: runner.info,
      warning: (message, where) => runner.warning(message, where),
      notice: (message) => runner.notice(message),
      secret: runner.setSecret,
    },
  });

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
  if (result.saveCache) runner.saveState(CACHE, JSON.stringify(result.saveCache));
  setOutputs(result.outputs);
  runner.appendSummary(result.summary);
});

async function post(): Promise<void> {
  const raw = runner.getState(CACHE);
  if (!raw) return;
  const outcome = await saveGoCache(JSON.parse(raw) as SaveCacheState);
  runner.info(`Module/build cache: ${outcome.reason}`);
}
