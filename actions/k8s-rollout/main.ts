import { runAction, runner, setOutputs } from '@goship/kit';
import {
  failureLines,
  fleetError,
  fleetOutputs,
  fleetRollout,
  fleetSummaryMarkdown,
  k8sRollout,
  readFleetOptions,
  readRolloutOptions,
  rolloutError,
  rolloutOutputs,
  summaryMarkdown,
} from '@goship/kube';

// A thin adapter: the inputs, typed → the k8s-rollout stage (packages/kube/src/stage.ts) → outputs and summary.
// With `clusters`, the fleet stage (packages/kube/src/fleet) runs this same rollout cluster by cluster, in waves.
await runAction(async ({ inputs, signal }) => {
  const env = process.env;
  const ctx = {
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
  };
  const fleet = readFleetOptions(inputs, ctx);
  if (fleet) {
    const result = await fleetRollout(fleet);
    runner.appendSummary(fleetSummaryMarkdown(result));
    setOutputs(fleetOutputs(result));
    const failed = fleetError(result);
    if (failed) throw failed;
    return;
  }
  const result = await k8sRollout(readRolloutOptions(inputs, ctx));

  runner.appendSummary(summaryMarkdown(result));
  setOutputs(rolloutOutputs(result));
  const failed = rolloutError(result);
  if (!failed) return;
  for (const line of failureLines(result)) runner.info(line);
  for (const line of result.recovery) runner.info(line);
  throw failed;
});
