import {
  computeTags,
  DEFAULT_TAG_RULES,
  highestRelease,
  parseGitRef,
  parseTagRules,
  sanitizeTag,
  TagRuleError,
} from '../../../packages/oci/src/index.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const defaults = parseTagRules(DEFAULT_TAG_RULES);
const tags = (
  ref: string,
  repositoryTags: string[] = [],
  rules = defaults,
  latest: 'auto' | 'true' | 'false' = 'auto',
) => computeTags(rules, { ref: parseGitRef(ref), sha: SHA, repositoryTags }, latest);

describe('computeTags', () => {
  test('release tag: full semver set, sha, and latest when it is the highest release', () => {
    expect(tags('refs/tags/v1.2.3', ['v1.0.0', 'v1.2.3', 'v1.3.0-rc.1']).tags).toEqual([
      '1.2.3',
      '1.2',
      '1',
      'sha-0123456',
      'latest',
    ]);
  });

  test('an older release does not move latest', () => {
    expect(tags('refs/tags/v1.2.3', ['v2.0.0']).tags).toEqual(['1.2.3', '1.2', '1', 'sha-0123456']);
  });

  test('pre-release: only the full version, never major/minor or latest', () => {
    expect(tags('refs/tags/v2.0.0-rc.1', ['v1.0.0']).tags).toEqual(['2.0.0-rc.1', 'sha-0123456']);
  });

  test('branch: sanitized branch name and sha; pull request: pr-N', () => {
    expect(tags('refs/heads/feature/Login_v2').tags).toEqual(['feature-Login_v2', 'sha-0123456']);
    expect(tags('refs/pull/42/merge').tags).toEqual(['pr-42', 'sha-0123456']);
  });

  test('raw, bare tags, prefix/suffix, long sha, enable=false, latest=true/false', () => {
    const rules = parseTagRules([
      'stable',
      'type=raw,value=edge,suffix=-amd64',
      'type=sha,format=long,prefix=git-',
      'type=ref,event=branch,enable=false',
    ]);
    expect(tags('refs/heads/main', [], rules, 'true').tags).toEqual([
      'stable',
      'edge-amd64',
      `git-${SHA}`,
      'latest',
    ]);
    expect(
      tags('refs/tags/v9.9.9', [], parseTagRules(['type=semver,pattern=v{{major}}']), 'false').tags,
    ).toEqual(['v9']);
  });

  test('invalid resulting tags are reported with their rule, not pushed', () => {
    const r = tags('refs/heads/main', [], parseTagRules(['type=raw,value=a/b', 'ok']));
    expect(r.tags).toEqual(['ok']);
    expect(r.invalid.map((i) => [i.tag, i.rule.line])).toEqual([['a/b', 1]]);
  });

  test('rule syntax errors name the line', () => {
    expect(() => parseTagRules(['ok', 'type=semver'])).toThrow(
      new TagRuleError(2, 'type=semver', 'type=semver needs pattern=, e.g. {{version}}'),
    );
    expect(() => parseTagRules(['type=ref,event=push'])).toThrow(/event=branch/);
    expect(() => parseTagRules(['type=raw,valu=x'])).toThrow(/unknown attribute 'valu'/);
    expect(() => parseTagRules(['type=sha,format=medium'])).toThrow(/short or long/);
  });

  test('helpers', () => {
    expect(highestRelease(['v1.0.0', 'v1.10.0', 'v1.9.0', 'v2.0.0-beta', 'junk'])).toBe('1.10.0');
    expect(sanitizeTag('.-feat/x+y')).toBe('feat-x-y');
    expect(parseGitRef('refs/remotes/x')).toEqual({ kind: 'other', name: 'refs/remotes/x' });
  });
});

describe('tag-prefix: release tags that are not v<semver>', () => {
  const withPrefix = (ref: string, repositoryTags: string[] = []) =>
    computeTags(defaults, { ref: parseGitRef(ref), sha: SHA, repositoryTags, tagPrefix: 'release-' }, 'auto');

  test('release-1.2.3 gets the semver tags and latest, as v1.2.3 does without the prefix', () => {
    expect(withPrefix('refs/tags/release-1.2.3', ['release-1.0.0']).tags).toEqual([
      '1.2.3',
      '1.2',
      '1',
      'sha-0123456',
      'latest',
    ]);
  });

  test('only tags with the prefix are releases: a higher v9.0.0 does not hold latest back', () => {
    expect(withPrefix('refs/tags/release-1.2.3', ['v9.0.0']).tags).toContain('latest');
    expect(withPrefix('refs/tags/release-1.2.3', ['release-2.0.0']).tags).not.toContain('latest');
  });

  test('a tag without the prefix is no release: no semver tags', () => {
    expect(withPrefix('refs/tags/v1.2.3').tags).toEqual(['sha-0123456']);
  });
});
