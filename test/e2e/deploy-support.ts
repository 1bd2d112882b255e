/*
 * What the one-step action's e2e suites share: a tagged checkout of examples/hello, a fresh namespace (on the
 * real node, or on kwok pods that never answer), and the action run through the harness with the test infra.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireEnv } from '../harness/infra.js';
import { repoRoot, runAction } from '../harness/run-action';

export const infra = requireEnv('KUBECONFIG', 'KUBECTL', 'REGISTRY', 'GO_DOWNLOAD_BASE_URL');
export const realNode = process.env.REAL_NODE ?? '';

/** $KUBECTL with the admin kubeconfig. */
export const kubectl = (args: string[], input?: string) =>
  execFileSync(infra.KUBECTL!, args, {
    env: { ...process.env, KUBECONFIG: infra.KUBECONFIG },
    encoding: 'utf8',
    input,
  });

export function checkout(tag: string): { ws: string; sha: string } {
  const ws = mkdtempSync(join(tmpdir(), 'goship-deploy-'));
  cpSync(join(repoRoot, 'examples/hello'), ws, { recursive: true });
  const git = (...a: string[]) =>
    execFileSync('git', a, {
      cwd: ws,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
      },
    }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'hello');
  git('tag', tag);
  return { ws, sha: git('rev-parse', 'HEAD') };
}

/** A new namespace; `real`: its pods go to the real node (default node selector and toleration). */
export function namespace(real: boolean): string {
  const ns = `deploy-${Date.now().toString(36)}`;
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

export const deploy = (
  ws: string,
  sha: string,
  tag: string,
  ns: string,
  extra: Record<string, string> = {},
  env: NodeJS.ProcessEnv = {},
) =>
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
  });
