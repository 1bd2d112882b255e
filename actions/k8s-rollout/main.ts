import { RUN_URL_ANNOTATION } from '@goship/contract';
import { InputError, runAction, runner, setOutputs, UserError } from '@goship/kit';
import {
  failureLines,
  loadManifests,
  resolveKubeconfig,
  rollout,
  summaryMarkdown,
  toLabelValue,
  type WorkloadKind,
} from '@goship/kube';

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
const ANNOTATION_KEY = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

await runAction(async ({ inputs, signal }) => {
  const env = process.env;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();

  // Credentials first: every secret in the kubeconfig is masked before anything else can print.
  const kubeconfig = resolveKubeconfig({
    value: inputs.string('kubeconfig'),
    context: inputs.string('context'),
    cwd: workspace,
  });
  for (const secret of kubeconfig.secrets) runner.setSecret(secret);

  const namespace = inputs.optional('namespace');
  if (namespace && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace)) {
    throw new InputError(
      'namespace',
      `'${namespace}' is not a valid namespace name`,
      'a DNS label (lower-case letters, digits, -)',
    );
  }
  const timeoutMs = inputs.duration('timeout', 600_000)!;
  if (timeoutMs < 1000)
    throw new InputError('timeout', `${timeoutMs} ms is too short`, 'a duration of at least 1s, e.g. 5m');
  const waitFor = new Set<WorkloadKind>();
  const waitItems = inputs.list('wait-for');
  for (const item of waitItems.length > 0 ? waitItems : Object.keys(WORKLOADS)) {
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
  const applySetInput = inputs.optional('apply-set');
  if (applySetInput && toLabelValue(applySetInput) !== applySetInput) {
    throw new InputError(
      'apply-set',
      `'${applySetInput}' is not a valid label value`,
      'at most 63 characters of letters, digits, -, _ and ., starting and ending with a letter or digit',
    );
  }
  const options = {
    serverSide: inputs.boolean('server-side', true),
    force: inputs.boolean('force-conflicts', false),
    prune: inputs.boolean('prune', false),
    rollback: inputs.enum('rollback', ['auto', 'never'] as const, 'auto'),
    onFirstFailure: inputs.enum('on-first-failure', ['keep', 'delete'] as const, 'keep'),
    failureThreshold: inputs.integer('failure-threshold', { min: 1, max: 1000, fallback: 3 })!,
    applySet: applySetInput ?? toLabelValue(env.GITHUB_REPOSITORY ?? 'default'),
    workloadAnnotations: changeAnnotations(
      inputs.optional('version'),
      inputs.keyValues('annotations', {
        keyPattern: ANNOTATION_KEY,
        keyForm: 'an annotation key such as example.com/name',
      }),
    ),
  };
  if (options.force && !options.serverSide)
    throw new InputError(
      'force-conflicts',
      'needs server-side: true',
      'force-conflicts only with server-side apply',
    );
  const manifests = loadManifests(inputs.list('manifests'), workspace);

  const result = await rollout({
    kubeconfig,
    manifests,
    namespace,
    timeoutMs,
    waitFor,
    signal,
    log: runner,
    ...options,
  });

  runner.appendSummary(summaryMarkdown(result));
  setOutputs({
    status: result.status,
    'rolled-back': result.status === 'rolled-back',
    revision: result.revision,
    'previous-revision': result.previousRevision,
    failure: result.failure
      ? {
          kind: result.failure.kind,
          namespace: result.failure.namespace,
          name: result.failure.name,
          reason: result.failure.reason,
          message: result.failure.message,
          pod: result.failure.pod,
          container: result.failure.container,
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
  });
  if (result.status === 'succeeded') return;

  const f = result.failure!;
  for (const line of failureLines(result)) runner.info(line);
  for (const line of result.recovery) runner.info(line);
  const outcome = result.status === 'rolled-back' ? ' (rolled back)' : '';
  throw new UserError(`${f.kind} ${f.namespace}/${f.name}: ${f.reason}${outcome}: ${f.message}`, {
    hint: [...(f.events?.length ? [`Last events:\n${f.events.join('\n')}`] : []), ...result.recovery].join(
      '\n',
    ),
    location: f.file ? { file: f.file, line: f.line } : undefined,
  });
});

/** change-cause and provenance annotations: version, commit, the workflow run. */
function changeAnnotations(
  versionInput: string | undefined,
  extra: Map<string, string>,
): Record<string, string> {
  const env = process.env;
  const tag = /^refs\/tags\/v?(.+)$/.exec(env.GITHUB_REF ?? '')?.[1];
  const version = versionInput ?? tag;
  const commit = env.GITHUB_SHA;
  const run =
    env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const out: Record<string, string> = {};
  const parts: string[] = [];
  if (version) {
    out['goship.dev/version'] = version;
    parts.push(`version ${version}`);
  }
  if (commit) {
    out['goship.dev/commit'] = commit;
    parts.push(`commit ${commit.slice(0, 7)}`);
  }
  if (run) {
    out[RUN_URL_ANNOTATION] = run;
    parts.push(`run ${run}`);
  }
  if (parts.length > 0) out['kubernetes.io/change-cause'] = `goship: ${parts.join(', ')}`;
  for (const [k, v] of extra) out[k] = v;
  return out;
}
