import { runAction, runner, setOutputs } from '@goship/kit';
import { failureLines, k8sRollout, rolloutError, rolloutOutputs, summaryMarkdown } from '@goship/kube';

const ANNOTATION_KEY = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

// A thin adapter: the inputs, typed → the k8s-rollout stage (packages/kube/src/stage.ts) → outputs and summary.
await runAction(async ({ inputs, signal }) => {
  const env = process.env;
  const result = await k8sRollout({
    context: {
      workspace: env.GITHUB_WORKSPACE || process.cwd(),
      ref: env.GITHUB_REF,
      sha: env.GITHUB_SHA,
      repository: env.GITHUB_REPOSITORY,
      runId: env.GITHUB_RUN_ID,
      serverUrl: env.GITHUB_SERVER_URL,
      kubeconfigEnv: env.KUBECONFIG,
      home: env.HOME,
    },
    kubeconfig: inputs.string('kubeconfig'),
    kubeconfigFromEnv: inputs.boolean('kubeconfig-from-env', false),
    insecure: inputs.boolean('insecure', false),
    kubeContext: inputs.string('context'),
    manifests: inputs.list('manifests'),
    namespace: inputs.optional('namespace'),
    timeoutMs: inputs.duration('timeout', 600_000)!,
    waitFor: inputs.list('wait-for'),
    applySet: inputs.optional('apply-set'),
    prune: inputs.boolean('prune', false),
    pruneKinds: inputs.list('prune-kinds'),
    serverSide: inputs.boolean('server-side', true),
    force: inputs.boolean('force-conflicts', false),
    rollback: inputs.enum('rollback', ['auto', 'never'] as const, 'auto'),
    onFirstFailure: inputs.enum('on-first-failure', ['keep', 'delete'] as const, 'keep'),
    failureThreshold: inputs.integer('failure-threshold', { min: 1, max: 1000, fallback: 3 })!,
    version: inputs.optional('version'),
    annotations: inputs.keyValues('annotations', {
      keyPattern: ANNOTATION_KEY,
      keyForm: 'an annotation key such as example.com/name',
    }),
    signal,
    log: runner,
  });

  runner.appendSummary(summaryMarkdown(result));
  setOutputs(rolloutOutputs(result));
  const failed = rolloutError(result);
  if (!failed) return;
  for (const line of failureLines(result)) runner.info(line);
  for (const line of result.recovery) runner.info(line);
  throw failed;
});
