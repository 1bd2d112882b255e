import { runAction, runner, setOutputs } from '@goship/kit';
import { readRolloutOptions } from '@goship/kube/inputs';

// A thin adapter: the inputs, typed → the k8s-rollout stage (packages/kube/src/stage.ts) → outputs and summary.
await runAction(async ({ inputs, signal }) => {
  const env = process.env;
  const options = readRolloutOptions(inputs, {
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
  });
  // The stage (apply, watch, rollback, GitHub deployments) loads only once the inputs are valid: a bad input
  // fails ~50 ms of CPU sooner (bench/startup.ts, BENCH_ACTIONS=k8s-rollout).
  const { failureLines, k8sRollout, rolloutError, rolloutOutputs, summaryMarkdown } = await import(
    '@goship/kube'
  );
  const result = await k8sRollout(options);

  runner.appendSummary(summaryMarkdown(result));
  setOutputs(rolloutOutputs(result));
  const failed = rolloutError(result);
  if (!failed) return;
  for (const line of failureLines(result)) runner.info(line);
  for (const line of result.recovery) runner.info(line);
  throw failed;
});
