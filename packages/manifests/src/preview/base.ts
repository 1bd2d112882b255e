/*
 * What changes against the pull request's base branch, without a cluster: the same render request run on a
 * checkout of the base commit (a temporary `git worktree`, removed afterwards), and the two sets compared
 * object by object. The base commit is fetched (depth 1) when the checkout does not have it, as
 * actions/checkout's default shallow clone of the merge commit does not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { errorMessage, exec } from '@goship/kit';
import { groupOf, type Manifest, refOf } from '../model.js';
import { type RenderRequest, render } from '../render.js';
import { fieldChanges, type ObjectChange } from './diff.js';

export interface BaseComparison {
  changes: ObjectChange[];
  /** Why the base could not be rendered (every object is then new to it). */
  baseProblem?: string;
}

export const objectLabel = (kind: string, namespace: string | undefined, name: string) =>
  `${kind} ${namespace ? `${namespace}/` : ''}${name}`;

const keyOf = (m: Manifest) => {
  const r = refOf(m);
  return `${groupOf(r.apiVersion)}/${r.kind}/${r.namespace}/${r.name}`;
};

async function git(args: string[], cwd: string, signal?: AbortSignal) {
  return exec('git', args, { cwd, allowFailure: true, signal, timeoutMs: 120_000 });
}

/** Renders `req` at commit `sha` of the repository holding req.workspace. */
export async function renderAtCommit(
  req: RenderRequest,
  sha: string,
): Promise<{ manifests?: Manifest[]; problem?: string }> {
  const top = await git(['rev-parse', '--show-toplevel'], req.workspace, req.signal);
  if (top.code !== 0)
    return { problem: `the workspace ${req.workspace} is not a git checkout (${top.stderr.trim()})` };
  const root = top.stdout.trim();
  const has = async () => (await git(['cat-file', '-e', `${sha}^{commit}`], root, req.signal)).code === 0;
  if (!(await has())) {
    const fetched = await git(['fetch', '--no-tags', '--depth=1', 'origin', sha], root, req.signal);
    if (fetched.code !== 0 || !(await has()))
      return {
        problem: `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched (${fetched.stderr.trim().split('\n').pop()}); use actions/checkout with fetch-depth: 0`,
      };
  }
  const dir = mkdtempSync(join(tmpdir(), 'goship-base-'));
  const tree = join(dir, 'tree');
  try {
    const added = await git(['worktree', 'add', '--detach', tree, sha], root, req.signal);
    if (added.code !== 0) return { problem: `git worktree add ${sha.slice(0, 12)}: ${added.stderr.trim()}` };
    try {
      const result = await render({ ...req, workspace: join(tree, relative(root, req.workspace)) });
      return { manifests: result.manifests };
    } catch (err) {
      return { problem: `the base commit does not render: ${errorMessage(err).split('\n')[0]}` };
    }
  } finally {
    await git(['worktree', 'remove', '--force', tree], root);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Object-by-object changes from `base` to `head` (both rendered sets). */
export function compareSets(base: Manifest[], head: Manifest[]): ObjectChange[] {
  const before = new Map(base.map((m) => [keyOf(m), m]));
  const changes: ObjectChange[] = [];
  for (const m of head) {
    const r = refOf(m);
    const old = before.get(keyOf(m));
    before.delete(keyOf(m));
    const fields = old ? fieldChanges(old.object, m.object) : [];
    changes.push({
      object: objectLabel(r.kind, r.namespace, r.name),
      change: !old ? 'created' : fields.length ? 'changed' : 'unchanged',
      fields,
      secret: r.kind === 'Secret' || undefined,
    });
  }
  for (const m of before.values()) {
    const r = refOf(m);
    changes.push({
      object: objectLabel(r.kind, r.namespace, r.name),
      change: 'deleted',
      fields: [],
      note: 'no longer rendered (k8s-rollout deletes it only with prune)',
    });
  }
  return changes;
}

export async function compareWithBase(
  req: RenderRequest,
  head: Manifest[],
  baseSha: string,
): Promise<BaseComparison> {
  const base = await renderAtCommit(req, baseSha);
  if (!base.manifests) return { changes: compareSets([], head), baseProblem: base.problem };
  return { changes: compareSets(base.manifests, head) };
}
