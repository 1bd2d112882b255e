/*
 * k8s-rollout's inputs read into stage options (the action's adapter and packages/pipeline both use it).
 */
import { type ClusterLog, type ResolvedKubeconfig, resolveKubeconfig } from '@goship/cluster';
import { tagPrefixInput } from '@goship/contract';
import { InputError, type Inputs } from '@goship/kit';
import type { K8sRolloutOptions, RunContext } from './stage.js';

const ANNOTATION_KEY = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

export interface RolloutInputContext {
  workspace: string;
  env: Record<string, string | undefined>;
  run: Pick<RunContext, 'ref' | 'sha' | 'repository' | 'runId' | 'serverUrl'>;
  signal: AbortSignal;
  log: ClusterLog;
}

export function readRolloutOptions(inputs: Inputs, ctx: RolloutInputContext): K8sRolloutOptions {
  return {
    context: {
      workspace: ctx.workspace,
      ...ctx.run,
      kubeconfigEnv: ctx.env.KUBECONFIG,
      home: ctx.env.HOME,
      proxyEnv: proxyVariables(ctx.env),
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
    settleMs: inputs.duration('settle-time', 10_000)!,
    version: inputs.optional('version'),
    tagPrefix: tagPrefixInput(inputs),
    annotations: inputs.keyValues('annotations', {
      keyPattern: ANNOTATION_KEY,
      keyForm: 'an annotation key such as example.com/name',
    }),
    github: readGitHubDeployment(inputs, ctx),
    signal: ctx.signal,
    log: ctx.log,
  };
}

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];

/** Only the proxy variables of the job's environment travel in the options (which are kept and may be shown). */
function proxyVariables(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(PROXY_VARIABLES.filter((n) => env[n]).map((n) => [n, env[n]!]));
}

/** The kubeconfig the rollout options name (input, KUBECONFIG, ~/.kube/config): read and checked, not contacted. */
export function rolloutKubeconfig(
  o: Pick<K8sRolloutOptions, 'kubeconfig' | 'kubeconfigFromEnv' | 'insecure' | 'kubeContext' | 'context'>,
): ResolvedKubeconfig {
  return resolveKubeconfig({
    value: o.kubeconfig,
    fromEnv: o.kubeconfigFromEnv,
    insecure: o.insecure,
    context: o.kubeContext,
    cwd: o.context.workspace,
    env: { KUBECONFIG: o.context.kubeconfigEnv },
    proxyEnv: o.context.proxyEnv,
    home: o.context.home,
  });
}

function readGitHubDeployment(inputs: Inputs, ctx: RolloutInputContext): K8sRolloutOptions['github'] {
  const environment = inputs.optional('environment');
  if (!environment) return undefined;
  const token = inputs.string('github-token');
  if (!token)
    throw new InputError(
      'github-token',
      'is empty while environment is set',
      'a token with deployments: write (the default ${{ github.token }})',
    );
  ctx.log.secret(token);
  return {
    environment,
    environmentUrl: inputs.optional('environment-url'),
    token,
    apiUrl: ctx.env.GITHUB_API_URL || 'https://api.github.com',
    required: inputs.boolean('github-required', false),
  };
}
