import { type ClusterLog, loadManifests, toLabelValue, type WorkloadKind } from '@goship/cluster';
import { COMMIT_ANNOTATION, RUN_URL_ANNOTATION, VERSION_ANNOTATION, versionFromRef } from '@goship/contract';
import { InputError, type OutputValue, UserError } from '@goship/kit';
import { rolloutKubeconfig } from './inputs.js';
import { type RolloutOptions, type RolloutResult, rollout } from './rollout.js';

/*
 * The k8s-rollout stage: options in (the action's inputs, already typed, and the run's context passed in
 * explicitly), result out. Everything here is checked before the first request; the adapter only reads
 * inputs and writes outputs, and packages/pipeline calls this same function.
 */

export interface RunContext {
  /** GITHUB_WORKSPACE: where relative manifest and kubeconfig paths resolve. */
  workspace: string;
  /** GITHUB_REF, GITHUB_SHA, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_SERVER_URL. */
  ref?: string;
  sha?: string;
  repository?: string;
  runId?: string;
  serverUrl?: string;
  /** KUBECONFIG and HOME, read only with `kubeconfigFromEnv`. */
  kubeconfigEnv?: string;
  home?: string;
  /** The job's environment, for HTTPS_PROXY/HTTP_PROXY/NO_PROXY to the API server (@goship/cluster proxy.ts). */
  proxyEnv?: Record<string, string | undefined>;
}

export interface K8sRolloutOptions {
  context: RunContext;
  kubeconfig: string;
  kubeconfigFromEnv: boolean;
  insecure: boolean;
  kubeContext: string;
  manifests: string[];
  namespace?: string;
  timeoutMs: number;
  /** Kind names as written (`deployment`, `StatefulSets`, `none`); empty: every workload kind. */
  waitFor: string[];
  applySet?: string;
  prune: boolean;
  pruneKinds: string[];
  serverSide: boolean;
  force: boolean;
  rollback: 'auto' | 'never';
  onFirstFailure: 'keep' | 'delete';
  failureThreshold: number;
  settleMs: number;
  version?: string;
  /** Prefix of release tags (tag-prefix): without a version input, it is read from a `<prefix><semver>` ref. */
  tagPrefix?: string;
  annotations: Map<string, string>;
  signal: AbortSignal;
  log: ClusterLog;
  /** See RolloutOptions.verify (the pipeline's smoke test). */
  verify?: RolloutOptions['verify'];
  /** See RolloutOptions.verifyWhileHeld. */
  verifyWhileHeld?: boolean;
  /** A GitHub deployment to track this rollout in (environment + token); absent: none. */
  github?: GitHubDeploymentOptions;
}

export interface GitHubDeploymentOptions {
  environment: string;
  environmentUrl?: string;
  token: string;
  /** GITHUB_API_URL (GitHub Enterprise Server: https://<host>/api/v3). */
  apiUrl: string;
  /** Fail the step when GitHub refuses (a missing `deployments: write`), instead of a warning. */
  required: boolean;
}

const WORKLOADS: Record<string, WorkloadKind> = {
  deployment: 'Deployment',
  deployments: 'Deployment',
  statefulset: 'StatefulSet',
  statefulsets: 'StatefulSet',
  daemonset: 'DaemonSet',
  daemonsets: 'DaemonSet',
  job: 'Job',
  jobs: 'Job',
};

export async function k8sRollout(o: K8sRolloutOptions): Promise<RolloutResult> {
  const { context: ctx, log } = o;
  // Credentials first: every secret in the kubeconfig is masked before anything else can print.
  const kubeconfig = rolloutKubeconfig(o);
  for (const secret of kubeconfig.secrets) log.secret(secret);
  for (const warning of kubeconfig.warnings) log.warning(warning);

  const waitFor = checkStageOptions(o);
  const manifests = loadManifests(o.manifests, ctx.workspace);

  // The GitHub deployment (when asked for) is created before anything is applied, so its statuses frame the
  // rollout; Octokit is loaded only then.
  const gh = o.github ? await startDeployment(o, ctx) : undefined;
  const result = await rollout({
    kubeconfig,
    manifests,
    namespace: o.namespace,
    timeoutMs: o.timeoutMs,
    waitFor,
    signal: o.signal,
    log,
    serverSide: o.serverSide,
    force: o.force,
    prune: o.prune,
    pruneKinds: o.pruneKinds,
    rollback: o.rollback,
    onFirstFailure: o.onFirstFailure,
    failureThreshold: o.failureThreshold,
    settleMs: o.settleMs,
    applySet: o.applySet ?? toLabelValue(ctx.repository ?? 'default'),
    workloadAnnotations: changeAnnotations(ctx, o.version, o.annotations, o.tagPrefix),
    verify: o.verify,
    verifyWhileHeld: o.verifyWhileHeld,
  }).catch(async (err: unknown) => {
    await gh?.finish('error', `rollout did not start: ${err instanceof Error ? err.message : String(err)}`);
    throw err;
  });
  if (gh) {
    const cause = result.failure ? `${result.failure.reason}: ${result.failure.message}` : '';
    if (result.status === 'succeeded')
      await gh.finish('success', `revision ${result.revision ?? '?'} rolled out`, o.github?.environmentUrl);
    else
      await gh.finish(
        'failure',
        result.status === 'rolled-back'
          ? `rolled back to revision ${result.revision ?? '?'}: ${cause}`
          : cause,
      );
  }
  return result;
}

/**
 * The inputs every cluster shares, checked before anything connects (a fleet rollout checks them once for all
 * clusters). Returns the workload kinds to wait for.
 */
export function checkStageOptions(
  o: Pick<
    K8sRolloutOptions,
    'namespace' | 'timeoutMs' | 'waitFor' | 'applySet' | 'prune' | 'force' | 'serverSide'
  >,
): Set<WorkloadKind> {
  if (o.namespace && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(o.namespace)) {
    throw new InputError(
      'namespace',
      `'${o.namespace}' is not a valid namespace name`,
      'a DNS label (lower-case letters, digits, -)',
    );
  }
  if (o.timeoutMs < 1000)
    throw new InputError('timeout', `${o.timeoutMs} ms is too short`, 'a duration of at least 1s, e.g. 5m');
  const waitFor = new Set<WorkloadKind>();
  for (const item of o.waitFor.length > 0 ? o.waitFor : Object.keys(WORKLOADS)) {
    if (item.toLowerCase() === 'none') continue;
    const kind = WORKLOADS[item.toLowerCase()];
    if (!kind)
      throw new InputError(
        'wait-for',
        `'${item}' is not a workload kind we can watch`,
        'a list of Deployment, StatefulSet, DaemonSet, Job (or none)',
      );
    waitFor.add(kind);
  }
  if (o.applySet && toLabelValue(o.applySet) !== o.applySet) {
    throw new InputError(
      'apply-set',
      `'${o.applySet}' is not a valid label value`,
      'at most 63 characters of letters, digits, -, _ and ., starting and ending with a letter or digit',
    );
  }
  if (o.prune && !o.applySet) {
    throw new InputError(
      'apply-set',
      'is empty while prune is true',
      "a name for this app's set of objects, unique among the apps deployed into the same namespaces (e.g. the app name)",
      'Prune deletes every object labelled with the apply set that the manifests no longer hold; a value shared by two apps (such as the repository name) would let each prune the other.',
    );
  }
  if (o.force && !o.serverSide)
    throw new InputError(
      'force-conflicts',
      'needs server-side: true',
      'force-conflicts only with server-side apply',
    );
  return waitFor;
}

async function startDeployment(o: K8sRolloutOptions, ctx: RunContext) {
  const { GitHubDeployment } = await import('@goship/github');
  const g = o.github!;
  const ref = ctx.ref?.replace(/^refs\/(heads|tags)\//, '') || ctx.sha;
  if (!ref || !ctx.repository)
    throw new InputError(
      'environment',
      'is set but the run has no ref or repository (GITHUB_REF, GITHUB_REPOSITORY)',
      'a GitHub Actions run',
    );
  return GitHubDeployment.start({
    token: g.token,
    apiUrl: g.apiUrl,
    repository: ctx.repository,
    ref,
    environment: g.environment,
    description: o.version ? `deploy ${o.version}` : undefined,
    payload: { version: o.version, commit: ctx.sha, manifests: o.manifests },
    logUrl:
      ctx.runId && ctx.repository
        ? `${ctx.serverUrl ?? 'https://github.com'}/${ctx.repository}/actions/runs/${ctx.runId}`
        : undefined,
    required: g.required,
    log: { info: o.log.info, warning: (m) => o.log.warning(m) },
  });
}

/** change-cause and provenance annotations: version (the one version rule for tags), commit, the workflow run. */
export function changeAnnotations(
  ctx: RunContext,
  versionInput: string | undefined,
  extra: Map<string, string>,
  tagPrefix?: string,
): Record<string, string> {
  const version = versionInput ?? versionFromRef(ctx.ref ?? '', tagPrefix);
  const run =
    ctx.runId && ctx.repository
      ? `${ctx.serverUrl ?? 'https://github.com'}/${ctx.repository}/actions/runs/${ctx.runId}`
      : undefined;
  const out: Record<string, string> = {};
  const parts: string[] = [];
  if (version) {
    out[VERSION_ANNOTATION] = version;
    parts.push(`version ${version}`);
  }
  if (ctx.sha) {
    out[COMMIT_ANNOTATION] = ctx.sha;
    parts.push(`commit ${ctx.sha.slice(0, 7)}`);
  }
  if (run) {
    out[RUN_URL_ANNOTATION] = run;
    parts.push(`run ${run}`);
  }
  if (parts.length > 0) out['kubernetes.io/change-cause'] = `goship: ${parts.join(', ')}`;
  for (const [k, v] of extra) out[k] = v;
  return out;
}

/** The action's outputs for a result. */
export function rolloutOutputs(result: RolloutResult): Record<string, OutputValue> {
  const f = result.failure;
  return {
    status: result.status,
    'rolled-back': result.status === 'rolled-back',
    revision: result.revision,
    'previous-revision': result.previousRevision,
    failure: f
      ? {
          kind: f.kind,
          namespace: f.namespace,
          name: f.name,
          reason: f.reason,
          message: f.message,
          pod: f.pod,
          container: f.container,
        }
      : undefined,
    objects: result.objects.map((o) => ({
      apiVersion: o.apiVersion,
      kind: o.kind,
      namespace: o.namespace,
      name: o.name,
      action: o.action,
      revision: o.revision,
      previousRevision: o.previousRevision,
      outcome: o.outcome,
    })),
  };
}

/** The step's failure for a failed result: what failed, where (file:line), the evidence and what was undone. */
export function rolloutError(result: RolloutResult): UserError | undefined {
  if (result.status === 'succeeded') return undefined;
  const f = result.failure!;
  const outcome = result.status === 'rolled-back' ? ' (rolled back: pod template only)' : '';
  return new UserError(`${f.kind} ${f.namespace}/${f.name}: ${f.reason}${outcome}: ${f.message}`, {
    hint: [...(f.events?.length ? [`Last events:\n${f.events.join('\n')}`] : []), ...result.recovery].join(
      '\n',
    ),
    location: f.file ? { file: f.file, line: f.line } : undefined,
  });
}
