/*
 * What commit is being built, and the one version derived from it (docs/ARCHITECTURE.md "One version").
 * Every action that stamps a version (the -X value, image tags and OCI labels, Deployment annotations)
 * calls describeSource, or versionFromRef where there is no checkout, so that they agree. Git runs with
 * argument arrays only; nothing is read from the wall clock, so the same commit always describes the same
 * way.
 */
import { exec, InputError, type Inputs, UserError } from '@goship/kit';
import semver from 'semver';

export interface SourceInfo {
  /** `1.2.3` for tag v1.2.3 on HEAD; `1.2.3-4-gabc1234` four commits after it; `0.0.0-abc1234` with no tag; `-dirty` appended for uncommitted changes to tracked files. */
  version: string;
  /** Full commit SHA of HEAD. */
  commit: string;
  /** First 7 hex digits of the commit. */
  shortCommit: string;
  /** RFC 3339 UTC (`2024-05-06T07:08:09Z`): SOURCE_DATE_EPOCH when set, else the commit's committer time. */
  commitTime: string;
  /** The same instant as Unix seconds. */
  epoch: number;
  /** The release tag on HEAD (`v1.2.3`), or '' when there is none. */
  tag: string;
  /** Tracked files differ from HEAD (untracked files, such as build outputs, do not count). */
  dirty: boolean;
  /** `refs/heads/<branch>`, `refs/tags/<tag>` when detached at a tag, else GITHUB_REF when it names HEAD, else ''. */
  ref: string;
}

export interface DescribeOptions {
  /** Environment consulted for SOURCE_DATE_EPOCH, GITHUB_REF and GITHUB_SHA (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Prefix of release tags (default `v`; a module in a subdirectory may use `sub/v`). */
  tagPrefix?: string;
  signal?: AbortSignal;
}

const SEMVER_CORE = String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?`;
/** Release tags are `<prefix><semver>`; `v` unless a module in a subdirectory tags as `sub/v`. */
export const DEFAULT_TAG_PREFIX = 'v';
const TAG_REF = 'refs/tags/';

/**
 * The `tag-prefix` input, read the same way by every action that derives the version (go-build-ldflags,
 * docker-multistage, render-manifests, k8s-rollout, the one-step action), so that with `release-` tags the
 * binary, the image and the Deployment agree. It becomes a `git describe --match` pattern: no glob or space.
 */
export function tagPrefixInput(inputs: Inputs): string {
  const prefix = inputs.string('tag-prefix') || DEFAULT_TAG_PREFIX;
  if (!/^[A-Za-z0-9._/-]+$/.test(prefix) || prefix.startsWith('-') || prefix.includes('..'))
    throw new InputError(
      'tag-prefix',
      `'${prefix}' is not a tag prefix`,
      'letters, digits and . _ / - (e.g. v, release-, or sub/v for a module in a subdirectory)',
      'Write the part of your release tags before the version: for tags like release-1.2.3, tag-prefix: release-.',
    );
  return prefix;
}

/** The tag a git ref names (`refs/tags/v1.2.3` → `v1.2.3`), or undefined for a branch or another ref. */
export function tagFromRef(ref: string): string | undefined {
  return ref.startsWith(TAG_REF) ? ref.slice(TAG_REF.length) : undefined;
}

/** The semver in a release tag (`v1.2.3` → `1.2.3`), or undefined when the tag is not a release tag. */
export function versionFromTag(tag: string, tagPrefix = DEFAULT_TAG_PREFIX): string | undefined {
  if (!tag.startsWith(tagPrefix)) return undefined;
  const rest = tag.slice(tagPrefix.length);
  return new RegExp(`^${SEMVER_CORE}$`).test(rest) && semver.valid(rest) ? rest : undefined;
}

/** The version of a release tag ref (GITHUB_REF `refs/tags/v1.2.3` → `1.2.3`), else undefined. */
export function versionFromRef(ref: string, tagPrefix = DEFAULT_TAG_PREFIX): string | undefined {
  const tag = tagFromRef(ref);
  return tag === undefined ? undefined : versionFromTag(tag, tagPrefix);
}

/** RFC 3339 in UTC without fractional seconds, as `date -u +%Y-%m-%dT%H:%M:%SZ` prints it. */
export function rfc3339(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970; undefined when unset or empty. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (!raw) return undefined;
  if (!/^\d{1,12}$/.test(raw)) {
    throw new UserError(`SOURCE_DATE_EPOCH='${raw}' is not a Unix timestamp`, {
      hint: 'Set SOURCE_DATE_EPOCH to whole seconds since 1970-01-01 UTC, e.g. $(git log -1 --format=%ct), or unset it to use the commit time.',
    });
  }
  return Number(raw);
}

/**
 * Derives the version from the repository state alone:
 *  - a release tag on HEAD (highest semver when several) → its version (`v1.2.3` → `1.2.3`);
 *  - else the nearest release tag behind HEAD, git-describe style → `1.2.3-4-gabc1234`;
 *  - else `0.0.0-<sha7>`;
 * with `-dirty` appended when tracked files were modified.
 */
export function deriveVersion(s: {
  tagsOnHead: string[];
  describe?: { tag: string; distance: number };
  commit: string;
  dirty: boolean;
  tagPrefix?: string;
}): { version: string; tag: string } {
  const prefix = s.tagPrefix ?? DEFAULT_TAG_PREFIX;
  const releases = s.tagsOnHead
    .map((tag) => ({ tag, version: versionFromTag(tag, prefix) }))
    .filter((t): t is { tag: string; version: string } => t.version !== undefined)
    .sort((a, b) => semver.rcompare(a.version, b.version));
  const short = s.commit.slice(0, 7);
  const suffix = s.dirty ? '-dirty' : '';
  if (releases.length > 0) return { version: `${releases[0]!.version}${suffix}`, tag: releases[0]!.tag };
  const base = s.describe ? versionFromTag(s.describe.tag, prefix) : undefined;
  if (base && s.describe!.distance > 0) {
    // A build after v1.2.3 stays a pre-release of 1.2.3 in git's own notation; sorting it above 1.2.3
    // would need a guess about the next version, which belongs to whoever tags the release.
    return { version: `${base}-${s.describe!.distance}-g${short}${suffix}`, tag: '' };
  }
  return { version: `0.0.0-${short}${suffix}`, tag: '' };
}

function gitError(dir: string, stderr: string): UserError {
  if (/dubious ownership/i.test(stderr)) {
    return new UserError(`git refuses to read ${dir}: the repository is owned by another user`, {
      hint: `Run \`git config --global --add safe.directory ${dir}\` in an earlier step (actions/checkout does this for the workspace).`,
    });
  }
  if (/not a git repository/i.test(stderr)) {
    return new UserError(
      `${dir} is not inside a git repository, so there is no commit to derive a version from`,
      {
        hint: 'Check out the repository with actions/checkout first (fetch-depth: 0 to see tags), or set the version explicitly.',
      },
    );
  }
  if (/unknown revision|ambiguous argument 'HEAD'|does not have any commits/i.test(stderr)) {
    return new UserError(`the git repository at ${dir} has no commits yet`, {
      hint: 'Commit the sources first.',
    });
  }
  return new UserError(`git failed in ${dir}: ${stderr.trim()}`);
}

/** Describes HEAD of the repository containing `dir`; see SourceInfo. */
export async function describeSource(dir: string, opts: DescribeOptions = {}): Promise<SourceInfo> {
  const env = opts.env ?? process.env;
  const prefix = opts.tagPrefix ?? DEFAULT_TAG_PREFIX;
  const epochOverride = sourceDateEpoch(env);
  const git = (args: string[]) =>
    exec('git', ['--no-optional-locks', ...args], { cwd: dir, allowFailure: true, signal: opts.signal });

  const head = await git(['log', '-1', '--format=%H %ct']);
  if (head.code !== 0) throw gitError(dir, head.stderr);
  const [commit = '', committed = '0'] = head.stdout.trim().split(' ');

  const [tags, described, status, symbolic] = await Promise.all([
    git(['tag', '--points-at', 'HEAD']),
    git(['describe', '--tags', '--long', '--abbrev=7', '--match', `${prefix}[0-9]*`, 'HEAD']),
    git(['status', '--porcelain', '--untracked-files=no']),
    git(['symbolic-ref', '-q', 'HEAD']),
  ]);
  if (status.code !== 0) throw gitError(dir, status.stderr);

  const tagsOnHead = tags.stdout
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean);
  // A shallow checkout of a tag push may lack the tag object; the runner still names it in GITHUB_REF.
  const ghRef = env.GITHUB_REF ?? '';
  const ghTag = tagFromRef(ghRef);
  if (ghTag !== undefined && env.GITHUB_SHA === commit) tagsOnHead.push(ghTag);
  const m = /^(.*)-(\d+)-g[0-9a-f]+$/.exec(described.stdout.trim());
  const describe = described.code === 0 && m ? { tag: m[1]!, distance: Number(m[2]) } : undefined;
  const dirty = status.stdout.trim() !== '';
  const { version, tag } = deriveVersion({ tagsOnHead, describe, commit, dirty, tagPrefix: prefix });

  let ref = symbolic.code === 0 ? symbolic.stdout.trim() : '';
  if (!ref && tag) ref = `${TAG_REF}${tag}`;
  if (!ref && ghRef && env.GITHUB_SHA === commit) ref = ghRef;

  const epoch = epochOverride ?? Number(committed);
  return {
    version,
    commit,
    shortCommit: commit.slice(0, 7),
    commitTime: rfc3339(epoch),
    epoch,
    tag,
    dirty,
    ref,
  };
}
