/*
 * k8s-rollout's inputs read into stage options (the action's adapter and packages/pipeline both use it), and
 * what the live cluster says about a deployed Service (the pipeline's integrity report).
 */
import { KubeClient, type Logger, type ResolvedKubeconfig, resolveKubeconfig } from '@goship/cluster';
import { VERSION_ANNOTATION } from '@goship/contract';
import { InputError, type Inputs } from '@goship/kit';
import type { K8sRolloutOptions, RunContext } from './stage.js';

const ANNOTATION_KEY = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

export interface RolloutInputContext {
  workspace: string;
  env: Record<string, string | undefined>;
  run: Pick<RunContext, 'ref' | 'sha' | 'repository' | 'runId' | 'serverUrl'>;
  signal: AbortSignal;
  log: Logger;
}

export function readRolloutOptions(inputs: Inputs, ctx: RolloutInputContext): K8sRolloutOptions {
  return {
    context: { workspace: ctx.workspace, ...ctx.run, kubeconfigEnv: ctx.env.KUBECONFIG, home: ctx.env.HOME },
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
    annotations: inputs.keyValues('annotations', {
      keyPattern: ANNOTATION_KEY,
      keyForm: 'an annotation key such as example.com/name',
    }),
    github: readGitHubDeployment(inputs, ctx),
    signal: ctx.signal,
    log: ctx.log,
  };
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
  ctx.log.setSecret(token);
  return {
    environment,
    environmentUrl: inputs.optional('environment-url'),
    token,
    apiUrl: ctx.env.GITHUB_API_URL || 'https://api.github.com',
    required: inputs.boolean('github-required', false),
  };
}

export interface LiveFact {
  subject: 'port' | 'version' | 'digest';
  where: string;
  value: string | number | undefined;
}

interface EndpointSliceList {
  items: { metadata: { name: string }; ports?: { name?: string; port?: number }[]; endpoints?: unknown[] }[];
}
interface Workload {
  metadata: { annotations?: Record<string, string> };
  spec: { selector?: { matchLabels?: Record<string, string> } };
}
interface PodList {
  items: {
    metadata: { name: string };
    status?: { containerStatuses?: { name: string; imageID?: string }[] };
  }[];
}

/**
 * The Service's EndpointSlice ports, the Deployment's goship.dev/version annotation and the image digest
 * its running pods report (imageID): what the cluster really runs, not what was sent to it.
 */
export async function liveFacts(
  options: Pick<
    K8sRolloutOptions,
    'kubeconfig' | 'kubeconfigFromEnv' | 'insecure' | 'kubeContext' | 'context' | 'log'
  >,
  target: { namespace: string; service: string; deployment: string },
  signal?: AbortSignal,
): Promise<LiveFact[]> {
  const kubeconfig = rolloutKubeconfig(options);
  const client = await KubeClient.create(kubeconfig, options.log);
  const ns = encodeURIComponent(target.namespace);
  const facts: LiveFact[] = [];
  const slices = await client.request<EndpointSliceList>(
    'GET',
    `/apis/discovery.k8s.io/v1/namespaces/${ns}/endpointslices?labelSelector=${encodeURIComponent(`kubernetes.io/service-name=${target.service}`)}`,
    { signal },
  );
  for (const s of slices.items)
    for (const p of s.ports ?? [])
      facts.push({
        subject: 'port',
        where: `EndpointSlice ${s.metadata.name} port ${p.name ?? ''} (${(s.endpoints ?? []).length} endpoints)`,
        value: p.port,
      });
  const deployment = await client.request<Workload>(
    'GET',
    `/apis/apps/v1/namespaces/${ns}/deployments/${encodeURIComponent(target.deployment)}`,
    { signal },
  );
  facts.push({
    subject: 'version',
    where: `Deployment/${target.deployment} ${VERSION_ANNOTATION}`,
    value: deployment.metadata.annotations?.[VERSION_ANNOTATION],
  });
  const selector = Object.entries(deployment.spec.selector?.matchLabels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const pods = await client.request<PodList>(
    'GET',
    `/api/v1/namespaces/${ns}/pods?labelSelector=${encodeURIComponent(selector)}`,
    { signal },
  );
  for (const pod of pods.items)
    for (const c of pod.status?.containerStatuses ?? [])
      facts.push({
        subject: 'digest',
        where: `Pod ${pod.metadata.name} ${c.name} imageID`,
        value: /@(sha256:[0-9a-f]{64})$/.exec(c.imageID ?? '')?.[1],
      });
  return facts;
}
