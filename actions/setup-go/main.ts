// setup-go: inputs → setupGoStage (@goship/go/toolchain) → outputs, environment, PATH, summary.
// The same bundle is the post step (action.yml `post:`): the runner gives a post step only the state its main
// step saved (STATE_<name>), so main saves `isPost` itself, as actions/checkout does; post saves the cache.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { cwd } from 'node:process';
import { fileURLToPath } from 'node:url';
import { readSetupGoOptions } from '@goship/go/inputs';
import { type SaveCacheState, saveGoCache, setupGoStage } from '@goship/go/toolchain';
import { runAction, runner, setOutputs } from '@goship/kit';

const POST = 'isPost';
const CACHE = 'cache';

await runAction(async ({ inputs, signal }) => {
  if (runner.getState(POST) === 'true') return post();
  runner.saveState(POST, 'true');
  const result = await setupGoStage({
    ...readSetupGoOptions(inputs, {
      workspace: process.env.GITHUB_WORKSPACE || cwd(),
      env: process.env,
      homedir: homedir(),
      signal,
    }),
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
