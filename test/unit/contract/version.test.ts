import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  deriveVersion,
  describeSource,
  rfc3339,
  sourceDateEpoch,
  tagFromRef,
  tagPrefixInput,
  versionFromRef,
  versionFromTag,
} from '@goship/contract';
import { InputError, Inputs, objectInputs, UserError } from '@goship/kit';

// Real repositories in temp dirs; commit dates are pinned so the expected times are known.
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

function git(dir: string, args: string[], date = '2024-05-06T07:08:09Z'): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  }).trim();
}

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'goship-src-'));
  git(dir, ['init', '-q', '-b', 'main']);
  writeFileSync(join(dir, 'a.txt'), 'one\n');
  git(dir, ['add', 'a.txt']);
  git(dir, ['commit', '-q', '-m', 'one']);
  return dir;
}

const noEnv = {} as NodeJS.ProcessEnv;

describe('describeSource on real repositories', () => {
  test('untagged: 0.0.0-<sha7>, commit time, branch ref', async () => {
    const dir = repo();
    const s = await describeSource(dir, { env: noEnv });
    const commit = git(dir, ['rev-parse', 'HEAD']);
    expect(s).toEqual({
      version: `0.0.0-${commit.slice(0, 7)}`,
      commit,
      shortCommit: commit.slice(0, 7),
      commitTime: '2024-05-06T07:08:09Z',
      epoch: 1714979289,
      tag: '',
      dirty: false,
      ref: 'refs/heads/main',
    });
  });

  test('tag vX.Y.Z on HEAD → X.Y.Z; the highest of several; non-release tags ignored', async () => {
    const dir = repo();
    git(dir, ['tag', 'v1.2.3']);
    git(dir, ['tag', '-a', '-m', 'rel', 'v1.10.0']);
    git(dir, ['tag', 'v1.10.0-rc.1']);
    git(dir, ['tag', 'latest']);
    git(dir, ['tag', 'v2']);
    const s = await describeSource(dir, { env: noEnv });
    expect(s.version).toBe('1.10.0');
    expect(s.tag).toBe('v1.10.0');
    expect(s.dirty).toBe(false);
  });

  test('commits after a tag: git-describe style', async () => {
    const dir = repo();
    git(dir, ['tag', 'v0.4.1']);
    for (const n of [2, 3]) {
      appendFileSync(join(dir, 'a.txt'), `${n}\n`);
      git(dir, ['commit', '-q', '-am', `c${n}`], `2024-05-0${n + 4}T00:00:00Z`);
    }
    const s = await describeSource(dir, { env: noEnv });
    expect(s.version).toBe(`0.4.1-2-g${s.shortCommit}`);
    expect(s.tag).toBe('');
    expect(s.commitTime).toBe('2024-05-07T00:00:00Z');
  });

  test('dirty tracked files add -dirty; untracked files (build outputs) do not', async () => {
    const dir = repo();
    git(dir, ['tag', 'v1.0.0']);
    writeFileSync(join(dir, 'untracked.bin'), 'x');
    expect((await describeSource(dir, { env: noEnv })).version).toBe('1.0.0');
    appendFileSync(join(dir, 'a.txt'), 'edit\n');
    const s = await describeSource(dir, { env: noEnv });
    expect(s.dirty).toBe(true);
    expect(s.version).toBe('1.0.0-dirty');
    const untagged = repo();
    appendFileSync(join(untagged, 'a.txt'), 'edit\n');
    const u = await describeSource(untagged, { env: noEnv });
    expect(u.version).toBe(`0.0.0-${u.shortCommit}-dirty`);
  });

  test('SOURCE_DATE_EPOCH wins over the commit time; a bad one is a clear error', async () => {
    const dir = repo();
    const s = await describeSource(dir, { env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(s.commitTime).toBe('2023-11-14T22:13:20Z');
    expect(s.epoch).toBe(1700000000);
    await expect(describeSource(dir, { env: { SOURCE_DATE_EPOCH: 'yesterday' } })).rejects.toThrow(
      /SOURCE_DATE_EPOCH='yesterday' is not a Unix timestamp/,
    );
  });

  test('detached HEAD at a tag, and GITHUB_REF naming a tag the shallow clone lacks', async () => {
    const dir = repo();
    git(dir, ['tag', 'v3.0.0']);
    git(dir, ['checkout', '-q', '--detach', 'v3.0.0']);
    expect((await describeSource(dir, { env: noEnv })).ref).toBe('refs/tags/v3.0.0');
    const bare = repo();
    git(bare, ['checkout', '-q', '--detach']);
    const commit = git(bare, ['rev-parse', 'HEAD']);
    const s = await describeSource(bare, { env: { GITHUB_REF: 'refs/tags/v5.6.7', GITHUB_SHA: commit } });
    expect(s.version).toBe('5.6.7');
    expect(s.ref).toBe('refs/tags/v5.6.7');
    // GITHUB_REF about another commit is not applied to this one.
    const other = await describeSource(bare, {
      env: { GITHUB_REF: 'refs/tags/v5.6.7', GITHUB_SHA: 'f'.repeat(40) },
    });
    expect(other.version).toBe(`0.0.0-${commit.slice(0, 7)}`);
  });

  test('a tag prefix for modules in subdirectories', async () => {
    const dir = repo();
    git(dir, ['tag', 'svc/v0.9.0']);
    git(dir, ['tag', 'v9.9.9']);
    expect((await describeSource(dir, { env: noEnv, tagPrefix: 'svc/v' })).version).toBe('0.9.0');
  });

  test('not a repository, and a repository without commits', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'goship-nogit-'));
    await expect(describeSource(plain, { env: noEnv })).rejects.toThrow(UserError);
    const empty = mkdtempSync(join(tmpdir(), 'goship-empty-'));
    git(empty, ['init', '-q']);
    await expect(describeSource(empty, { env: noEnv })).rejects.toThrow(/has no commits yet/);
  });
});

describe('version derivation rules', () => {
  const commit = 'abcdef0123456789abcdef0123456789abcdef01';
  test('versionFromTag', () => {
    expect(versionFromTag('v1.2.3')).toBe('1.2.3');
    expect(versionFromTag('v1.2.3-rc.1+build.5')).toBe('1.2.3-rc.1+build.5');
    for (const t of ['1.2.3', 'v1.2', 'v01.2.3', 'version1', 'v1.2.3-'])
      expect(versionFromTag(t)).toBeUndefined();
  });
  test('versionFromRef: a release tag ref only', () => {
    expect(tagFromRef('refs/tags/v1.2.3')).toBe('v1.2.3');
    expect(tagFromRef('refs/heads/main')).toBeUndefined();
    expect(versionFromRef('refs/tags/v1.2.3')).toBe('1.2.3');
    expect(versionFromRef('refs/tags/svc/v0.9.0', 'svc/v')).toBe('0.9.0');
    for (const ref of ['', 'refs/heads/v1.2.3', 'refs/tags/latest', 'v1.2.3'])
      expect(versionFromRef(ref)).toBeUndefined();
  });
  test('a release beats its own pre-release on the same commit', () => {
    expect(deriveVersion({ tagsOnHead: ['v2.0.0-rc.2', 'v2.0.0'], commit, dirty: false }).version).toBe(
      '2.0.0',
    );
  });
  test('describe of a non-release tag falls back to 0.0.0-<sha7>', () => {
    expect(
      deriveVersion({ tagsOnHead: [], describe: { tag: 'v1-beta', distance: 3 }, commit, dirty: false })
        .version,
    ).toBe('0.0.0-abcdef0');
  });
  test('rfc3339 and SOURCE_DATE_EPOCH parsing', () => {
    expect(rfc3339(0)).toBe('1970-01-01T00:00:00Z');
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '' })).toBeUndefined();
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: ' 42 ' })).toBe(42);
    expect(() => sourceDateEpoch({ SOURCE_DATE_EPOCH: '-1' })).toThrow(UserError);
  });
});

describe('tag-prefix, read once for every action', () => {
  const read = (value: string) => tagPrefixInput(new Inputs(objectInputs({ 'tag-prefix': value })));

  test.each([
    ['', 'v'],
    ['v', 'v'],
    ['release-', 'release-'],
    ['sub/v', 'sub/v'],
  ])('%j → %j', (value, prefix) => expect(read(value)).toBe(prefix));

  test.each(['v*', 'rel ease-', '-v', '../v'])('%j is refused by name, with the form expected', (value) => {
    expect(() => read(value)).toThrow(InputError);
    expect(() => read(value)).toThrow(`Input 'tag-prefix': '${value}' is not a tag prefix.`);
  });

  test('versionFromRef with the prefix: the version the binary, the image and the annotation share', () => {
    expect(versionFromRef('refs/tags/release-1.2.3', 'release-')).toBe('1.2.3');
    expect(versionFromRef('refs/tags/v1.2.3', 'release-')).toBeUndefined();
  });
});
