import { runAction, runner, setOutputs } from '@goship/kit';
import { readFleetOptions, readRolloutOptions } from '@goship/kube/inputs';

// A thin adapter: the inputs, typed → the k8s-rollout stage (packages/kube/src/stage.ts) → outputs and summary.
// With `clusters`, the fleet stage (packages/kube/src/fleet) runs this same rollout cluster by cluster, in waves.
// The stages (apply, watch, rollback, GitHub deployments) load only once the inputs are valid: a bad input
// fails ~50 ms of CPU sooner (bench/startup.ts, BENCH_ACTIONS=k8s-rollout).
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
  const options = fleet ? undefined : readRolloutOptions(inputs, ctx);
  const kube = await import('@goship/kube');
  if (fleet) {
    const result = await kube.fleetRollout(fleet);
    runner.appendSummary(kube.fleetSummaryMarkdown(result));
    setOutputs(kube.fleetOutputs(result));
    const failed = kube.fleetError(result);
    if (failed) throw failed;
    return;
  }
  const result = await kube.k8sRollout(options!);

  runner.appendSummary(kube.summaryMarkdown(result));
  setOutputs(kube.rolloutOutputs(result));
  const failed = kube.rolloutError(result);
  if (!failed) return;
  for (const line of kube.failureLines(result)) runner.info(line);
  for (const line of result.recovery) runner.info(line);
  throw failed;
});
