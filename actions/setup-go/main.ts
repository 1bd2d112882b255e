// setup-go: the stage (packages/go/src/stages/setup-go.ts) as an action. The same bundle is the post step
// (action.yml `post:`): the runner gives a post step only the state its main step saved (STATE_<name>), so
// main saves `isPost` itself, as actions/checkout does; post saves the module/build cache.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveSetupGoCache, setupGo } from '@goship/go';
import { runAction, runner, runStageAction } from '@goship/kit';

const POST = 'isPost';
const CACHE = 'cache';

if (runner.getState(POST) === 'true') {
  await runAction(async () => {
    const raw = runner.getState(CACHE);
    if (!raw) return;
    const outcome = await saveSetupGoCache(JSON.parse(raw));
    runner.info(`Module/build cache: ${outcome.reason}`);
  });
} else {
  runner.saveState(POST, 'true');
  await runStageAction(setupGo, (result) => {
    const matcher = join(dirname(fileURLToPath(import.meta.url)), '../../actions/setup-go/matchers.json');
    if (existsSync(matcher)) runner.addMatcher(matcher);
    if (result.saveCache) runner.saveState(CACHE, JSON.stringify(result.saveCache));
  });
}
