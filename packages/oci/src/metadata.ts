/*
 * What the runner knows about the build (ref, PR head SHA, repository metadata) turned into the tag
 * context and the OCI labels. The pull_request event's merge commit is never used as the image's
 * identity: the PR head SHA is (metadata-action needs DOCKER_METADATA_PR_HEAD_SHA for that).
 */
import { existsSync, readFileSync } from 'node:fs';
import { exec } from '@goship/kit';
import { parseGitRef, type RefInfo, type TagContext } from './tags.js';

export interface GitHubEvent {
  pull_request?: { number?: number; head?: { sha?: string; ref?: string } };
  repository?: {
    description?: string | null;
    license?: { spdx_id?: string } | null;
    html_url?: string;
    name?: string;
  };
}

export function readEvent(env: NodeJS.ProcessEnv): GitHubEvent {
  const path = env.GITHUB_EVENT_PATH;
  if (!path || !existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as GitHubEvent;
  } catch {
    return {};
  }
}

/** The commit the image stands for: the PR head on pull_request events, else the checked-out commit. */
export function buildCommit(env: NodeJS.ProcessEnv, event: GitHubEvent, headCommit: string): string {
  const isPr = /^pull_request/.test(env.GITHUB_EVENT_NAME ?? '');
  return (isPr && event.pull_request?.head?.sha) || headCommit || env.GITHUB_SHA || '';
}

/** GITHUB_REF when on a runner, else the local ref (`refs/heads/x`, `refs/tags/v1`). */
export function buildRef(env: NodeJS.ProcessEnv, localRef: string): RefInfo {
  return parseGitRef(env.GITHUB_REF || localRef);
}

/**
 * Release tags of the repository, for the `latest` rule: the remote's (a shallow checkout has few local
 * tags) when `origin` answers within 15 s, else the local ones.
 */
export async function repositoryTags(
  dir: string,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<{ tags: string[]; from: 'remote' | 'local' }> {
  const parse = (out: string, remote: boolean) =>
    out
      .split('\n')
      .map((l) =>
        remote ? (l.split('\t')[1] ?? '').replace(/^refs\/tags\//, '').replace(/\^\{\}$/, '') : l.trim(),
      )
      .filter(Boolean);
  const gitEnv = { ...env, GIT_TERMINAL_PROMPT: '0' };
  const timeout = AbortSignal.timeout(15_000);
  const remote = await exec('git', ['ls-remote', '--tags', 'origin'], {
    cwd: dir,
    env: gitEnv,
    allowFailure: true,
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
  }).catch(() => undefined);
  if (remote && remote.code === 0 && remote.stdout.trim() !== '')
    return { tags: [...new Set(parse(remote.stdout, true))], from: 'remote' };
  const local = await exec('git', ['tag', '--list'], { cwd: dir, env: gitEnv, allowFailure: true, signal });
  return { tags: local.code === 0 ? parse(local.stdout, false) : [], from: 'local' };
}

export interface LabelSource {
  version: string;
  revision: string;
  created: string;
  env: NodeJS.ProcessEnv;
  event: GitHubEvent;
  imageName: string;
}

/** OCI labels (image-spec annotations.md): source, revision, version, created, title, description, licenses, url. */
export function ociLabels(s: LabelSource): Record<string, string> {
  const repoUrl =
    s.env.GITHUB_SERVER_URL && s.env.GITHUB_REPOSITORY
      ? `${s.env.GITHUB_SERVER_URL}/${s.env.GITHUB_REPOSITORY}`
      : s.event.repository?.html_url;
  const labels: Record<string, string> = {
    'org.opencontainers.image.created': s.created,
    'org.opencontainers.image.revision': s.revision,
    'org.opencontainers.image.version': s.version,
    'org.opencontainers.image.title':
      s.event.repository?.name ?? s.env.GITHUB_REPOSITORY?.split('/')[1] ?? s.imageName.split('/').pop()!,
  };
  if (repoUrl) {
    labels['org.opencontainers.image.source'] = repoUrl;
    labels['org.opencontainers.image.url'] = repoUrl;
  }
  if (s.event.repository?.description)
    labels['org.opencontainers.image.description'] = s.event.repository.description;
  const spdx = s.event.repository?.license?.spdx_id;
  if (spdx && spdx !== 'NOASSERTION') labels['org.opencontainers.image.licenses'] = spdx;
  return Object.fromEntries(Object.entries(labels).filter(([, v]) => v !== ''));
}

export type { TagContext };
