import { runAction, runner, setOutputs } from '@goship/kit';
import {
  failureLines,
  k8sRollout,
  readRolloutOptions,
  rolloutError,
  rolloutOutputs,
  summaryMarkdown,
} from '@goship/kube';

// A thin adapter: the inputs, typed → the k8s-rollout stage (packages/kube/src/stage.ts) → outputs and summary.
await runAction(async ({ inputs, signal }) => {
  const env = process.env;
  const result = await k8sRollout(
    readRolloutOptions(inputs, {
      workspace: env.GITHUB_WORKSPACE || process.cwd(),
      env,
      run: {
        ref: env.GITHUB_REF,
        sha: env.GITHUB_SHA,
        repository: env.GITHUB_REPOSITORY,
        runId: env.GITHUB_RUN_ID,
        serverUrl: env.GITHUB_SERVER_URL,
      },
      signal,
      log: runner,
    }),
  );

  runner.appendSummary(summaryMarkdown(result));
  setOutputs(rolloutOutputs(result));
  const failed = rolloutError(result);
  if (!failed) return;
  for (const line of failureLines(result)) runner.info(line);
  for (const line of result.recovery) runner.info(line);
  throw failed;
});
