/*
 * Image tags computed from the git ref, metadata-action style. Rules (one per line of the `tags` input):
 *   type=semver,pattern={{version}}|{{major}}.{{minor}}|{{major}}|{{raw}}   on a tag ref that is semver
 *   type=ref,event=branch|tag|pr                                            branch name / tag / pr-<n>
 *   type=sha[,format=short|long][,prefix=sha-]                              sha-<7> (PR head SHA on PRs)
 *   type=raw,value=<tag>   or just  <tag>                                   a fixed tag
 * Every rule accepts prefix= and suffix= and enable=true|false. Pre-releases only get {{version}} and
 * {{raw}}: a release candidate must never move `1` or `1.2`. `latest` (auto) is added only for the
 * highest release tag in the repository, so re-tagging an old release does not move it.
 */
import { isValidTag } from '@goship/contract';
import semver from 'semver';

export interface RefInfo {
  kind: 'tag' | 'branch' | 'pr' | 'other';
  /** Tag name (`v1.2.3`), branch name (`feature/x`), PR number (`12`), or the raw ref. */
  name: string;
}

export interface TagContext {
  ref: RefInfo;
  /** The commit the image is built from (on pull requests: the PR head, not the merge commit). */
  sha: string;
  /** All tags of the repository (for the `latest` rule); empty when unknown. */
  repositoryTags: string[];
  /** Prefix of release tags (tag-prefix, default v): `release-1.2.3` is version 1.2.3 with `release-`. */
  tagPrefix?: string;
}

export interface TagRule {
  type: 'semver' | 'ref' | 'sha' | 'raw';
  attrs: Record<string, string>;
  /** The input line it came from (1-based), for error messages. */
  line: number;
  text: string;
}

export class TagRuleError extends Error {
  constructor(
    readonly line: number,
    readonly text: string,
    problem: string,
  ) {
    super(`tags line ${line} '${text}': ${problem}`);
    this.name = 'TagRuleError';
  }
}

export const DEFAULT_TAG_RULES = [
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=semver,pattern={{major}}',
  'type=ref,event=branch',
  'type=ref,event=pr',
  'type=sha',
];

const KNOWN_ATTRS: Record<TagRule['type'], string[]> = {
  semver: ['pattern', 'value'],
  ref: ['event'],
  sha: ['format'],
  raw: ['value'],
};

/** Parses tag rules (`type=…,key=value` or a bare tag, which is `type=raw`). */
export function parseTagRules(lines: string[]): TagRule[] {
  return lines.map((text, i) => {
    const line = i + 1;
    if (!text.includes('=')) return { type: 'raw', attrs: { value: text }, line, text };
    const attrs: Record<string, string> = {};
    for (const part of text.split(',')) {
      const eq = part.indexOf('=');
      if (eq <= 0) throw new TagRuleError(line, text, `'${part}' is not key=value`);
      attrs[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
    const type = attrs.type as TagRule['type'] | undefined;
    if (!type || !(type in KNOWN_ATTRS)) {
      throw new TagRuleError(
        line,
        text,
        `type must be one of semver, ref, sha, raw (got '${attrs.type ?? ''}')`,
      );
    }
    delete attrs.type;
    for (const key of Object.keys(attrs)) {
      if (![...KNOWN_ATTRS[type], 'prefix', 'suffix', 'enable'].includes(key)) {
        throw new TagRuleError(line, text, `unknown attribute '${key}' for type=${type}`);
      }
    }
    if (attrs.enable !== undefined && !['true', 'false'].includes(attrs.enable)) {
      throw new TagRuleError(line, text, 'enable must be true or false');
    }
    if (type === 'raw' && !attrs.value) throw new TagRuleError(line, text, 'type=raw needs value=<tag>');
    if (type === 'ref' && !['branch', 'tag', 'pr'].includes(attrs.event ?? '')) {
      throw new TagRuleError(line, text, 'type=ref needs event=branch, event=tag or event=pr');
    }
    if (type === 'sha' && attrs.format && !['short', 'long'].includes(attrs.format)) {
      throw new TagRuleError(line, text, 'format must be short or long');
    }
    if (type === 'semver' && !attrs.pattern)
      throw new TagRuleError(line, text, 'type=semver needs pattern=, e.g. {{version}}');
    return { type, attrs, line, text };
  });
}

/** Replaces characters a tag cannot hold (branch `feature/x` → `feature-x`), as metadata-action does. */
export function sanitizeTag(value: string): string {
  return value
    .replace(/[^A-Za-z0-9._-]/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
}

/**
 * The semver of a release tag. With a release prefix other than v (tag-prefix), only `<prefix><semver>` tags
 * are releases, the prefix taken off as the version rule takes it off; with v, semver's loose parse (which
 * drops a leading v), as before tag-prefix reached the image.
 */
function parseRelease(tag: string, tagPrefix = 'v'): semver.SemVer | null {
  if (tagPrefix === 'v') return semver.parse(tag, { loose: true });
  return tag.startsWith(tagPrefix) ? semver.parse(tag.slice(tagPrefix.length), { loose: true }) : null;
}

function semverTag(rule: TagRule, ctx: TagContext): string | undefined {
  const raw = rule.attrs.value ?? (ctx.ref.kind === 'tag' ? ctx.ref.name : undefined);
  if (!raw) return undefined;
  const v = rule.attrs.value ? semver.parse(raw, { loose: true }) : parseRelease(raw, ctx.tagPrefix);
  if (!v) return undefined;
  const pattern = rule.attrs.pattern!;
  const pre = v.prerelease.length > 0;
  // A pre-release only gets the patterns that carry the whole version.
  if (pre && !/^\{\{(version|raw)\}\}$/.test(pattern)) return undefined;
  return pattern
    .replace(/\{\{\s*raw\s*\}\}/g, raw)
    .replace(/\{\{\s*version\s*\}\}/g, v.version)
    .replace(/\{\{\s*major\s*\}\}/g, String(v.major))
    .replace(/\{\{\s*minor\s*\}\}/g, String(v.minor))
    .replace(/\{\{\s*patch\s*\}\}/g, String(v.patch));
}

function ruleTag(rule: TagRule, ctx: TagContext): string | undefined {
  switch (rule.type) {
    case 'semver':
      return semverTag(rule, ctx);
    case 'ref': {
      const event = rule.attrs.event;
      if (event === 'branch' && ctx.ref.kind === 'branch') return sanitizeTag(ctx.ref.name);
      if (event === 'tag' && ctx.ref.kind === 'tag') return sanitizeTag(ctx.ref.name);
      if (event === 'pr' && ctx.ref.kind === 'pr') return `pr-${ctx.ref.name}`;
      return undefined;
    }
    case 'sha': {
      if (!ctx.sha) return undefined;
      const sha = rule.attrs.format === 'long' ? ctx.sha : ctx.sha.slice(0, 7);
      return `${rule.attrs.prefix === undefined ? 'sha-' : ''}${sha}`;
    }
    case 'raw':
      return rule.attrs.value;
  }
}

/** The highest release (non-pre-release semver) among the repository's tags. */
export function highestRelease(tags: string[], tagPrefix?: string): string | undefined {
  const releases = tags.map((t) => parseRelease(t, tagPrefix)).filter((v) => v && v.prerelease.length === 0);
  return releases.sort((a, b) => semver.rcompare(a!, b!))[0]?.version;
}

/** Whether `latest` belongs on this build: a release tag that is the highest release in the repository. */
export function isLatest(ctx: TagContext): boolean {
  if (ctx.ref.kind !== 'tag') return false;
  const v = parseRelease(ctx.ref.name, ctx.tagPrefix);
  if (!v || v.prerelease.length > 0) return false;
  const highest = highestRelease([...ctx.repositoryTags, ctx.ref.name], ctx.tagPrefix);
  return highest === v.version;
}

export interface ComputedTags {
  tags: string[];
  /** Tags that were asked for but are not valid registry tags, with the rule they came from. */
  invalid: { tag: string; rule: TagRule }[];
}

/**
 * Applies the rules to the context; order follows the rules, duplicates dropped, `latest` last.
 * `latest`: 'auto' (highest release only), 'true' (always), 'false' (never).
 */
export function computeTags(
  rules: TagRule[],
  ctx: TagContext,
  latest: 'auto' | 'true' | 'false' = 'auto',
): ComputedTags {
  const tags: string[] = [];
  const invalid: ComputedTags['invalid'] = [];
  for (const rule of rules) {
    if (rule.attrs.enable === 'false') continue;
    const base = ruleTag(rule, ctx);
    if (base === undefined || base === '') continue;
    const tag = `${rule.attrs.prefix ?? ''}${base}${rule.attrs.suffix ?? ''}`;
    if (!isValidTag(tag)) invalid.push({ tag, rule });
    else if (!tags.includes(tag)) tags.push(tag);
  }
  if ((latest === 'true' || (latest === 'auto' && isLatest(ctx))) && !tags.includes('latest'))
    tags.push('latest');
  return { tags, invalid };
}

/** Reads GITHUB_REF (`refs/tags/v1`, `refs/heads/main`, `refs/pull/12/merge`). */
export function parseGitRef(ref: string): RefInfo {
  let m = /^refs\/tags\/(.+)$/.exec(ref);
  if (m) return { kind: 'tag', name: m[1]! };
  m = /^refs\/heads\/(.+)$/.exec(ref);
  if (m) return { kind: 'branch', name: m[1]! };
  m = /^refs\/pull\/(\d+)\/(merge|head)$/.exec(ref);
  if (m) return { kind: 'pr', name: m[1]! };
  return { kind: 'other', name: ref };
}
