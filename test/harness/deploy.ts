/*
 * What the one-step action's e2e suites share (test/e2e/deploy*.test.ts): a tagged git checkout of a
 * service's source, kubectl against the test cluster, and a fresh namespace — on the real node (pods that
 * really run and answer) or on kwok nodes (pods that never answer).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './run-action.js';

/** A git repository holding a copy of `source` (relative to the repository root), committed and tagged. */
export function checkoutTagged(source: string, tag: string): { ws: string; sha: string } {
  const ws = mkdtempSync(join(tmpdir(), 'goship-deploy-'));
  cpSync(join(repoRoot, source), ws, { recursive: true });
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
  git('commit', '-qm', 'service');
  git('tag', tag);
  return { ws, sha: git('rev-parse', 'HEAD') };
}

/** kubectl with the test cluster's kubeconfig; returns stdout. */
export function kubectlFor(infra: { KUBECTL?: string; KUBECONFIG?: string }): (args: string[]) => string {
  return (args) =>
    execFileSync(infra.KUBECTL!, args, {
      env: { ...process.env, KUBECONFIG: infra.KUBECONFIG },
      encoding: 'utf8',
    });
}

/**
 * A new namespace; with `real`, its pods are scheduled on the real node only (a node selector and the
 * toleration of its taint, set on the namespace so the manifests stay what the user would deploy).
 */
export function testNamespace(kubectl: (args: string[]) => string, real: boolean, prefix = 'deploy'): string {
  const ns = `${prefix}-${Date.now().toString(36)}`;
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
