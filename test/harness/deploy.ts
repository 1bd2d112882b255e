/*
 * Running the one-step action (root action.yml, dist/deploy) against the test cluster and registry: the
 * infra it needs, kubectl, a namespace per test (on the real node or on kwok pods), and the step itself.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { requireEnv } from './infra.js';
import { type ActionResult, type RunOptions, runAction } from './run-action.js';

export const infra = requireEnv('KUBECONFIG', 'KUBECTL', 'REGISTRY', 'GO_DOWNLOAD_BASE_URL');
export const realNode = process.env.REAL_NODE ?? '';

/** $KUBECTL with the admin kubeconfig; `input` is its stdin. */
export const kubectl = (args: string[], input?: string): string =>
  execFileSync(infra.KUBECTL!, args, {
    env: { ...process.env, KUBECONFIG: infra.KUBECONFIG },
    encoding: 'utf8',
    input,
  });

/**
 * A new namespace, unique among suites running at once; `real`: its pods go to the real node (a node selector
 * and the toleration of its taint, set on the namespace so the manifests stay what the user would deploy),
 * else to kwok nodes, whose pods never answer.
 */
export function namespace(real: boolean, prefix = 'deploy'): string {
  const ns = `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  kubectl(['create', 'namespace', ns]);
  if (real)
    kubectl([
      'annotate',
      'namespace',
      ns,
      'scheduler.alpha.kubernetes.io/node-selector=type=real',
      'scheduler.alpha.kubernetes.io/defaultTolerations=[{"key":"goship.test/real-node","operator":"Exists","effect":"NoSchedule"}]',
    ]);
  return ns;
}

/**
 * The one-step action for a tag of the checkout `ws` (service hello unless `extra` names another); `run`
 * adds the runner's other behaviours (a cancellation, the post step).
 */
export const deploy = (
  ws: string,
  sha: string,
  tag: string,
  ns: string,
  extra: Record<string, string> = {},
  env: NodeJS.ProcessEnv = {},
  run: Pick<RunOptions, 'cancelAfterMs' | 'cancelOnOutput' | 'post'> = {},
): Promise<ActionResult> =>
  runAction('.', {
    workspace: ws,
    inputs: {
      name: 'hello',
      image: `${infra.REGISTRY}/e2e/deploy-hello`,
      kubeconfig: infra.KUBECONFIG!,
      namespace: ns,
      'go-download-base-url': infra.GO_DOWNLOAD_BASE_URL!,
      'go-version': '1.26',
      replicas: '1',
      timeout: '3m',
      ...extra,
    },
    env: { GITHUB_REF: `refs/tags/${tag}`, GITHUB_SHA: sha, ...env },
    timeoutMs: 800_000,
    ...run,
  });
