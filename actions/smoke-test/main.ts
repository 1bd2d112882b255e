// smoke-test: the stage (packages/probe/src/stages/smoke-test.ts) as an action.
import { runStageAction } from '@goship/kit';
import { smokeTestStage } from '@goship/probe';

await runStageAction(smokeTestStage);
