/*
 * Distributed multi-platform images end to end: examples/hello built by the bundled go-build-ldflags in
 * separate workspaces (one per "runner"), each platform pushed by digest by the bundled docker-multistage,
 * then mode: merge — against the real registry from test/infra/registry. The merged index must be the
 * same bytes (same digest) as a single-runner multi-arch assemble of the same commit.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { closeConnections, MediaType, RegistryClient, sha256 } from '../../packages/oci/src/index.js';
import { copyTracked } from '../harness/copy-tracked.js';
import { requireEnv } from '../harness/infra.js';
import { type ActionResult, repoRoot, runAction } from '../harness/run-action.js';

jest.setTimeout(600_000);

const COMMIT_TIME = '2024-05-06T07:08:09Z';
let registry: string;
let origin: string;
let commit: string;
let home: string;
/** A fresh repository per run (the registry outlives test runs): "no tag was pushed" must be observable. */
const matrixRepo = `acme/hello-matrix-${randomBytes(4).toString('hex')}`;

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: COMMIT_TIME,
      GIT_COMMITTER_DATE: COMMIT_TIME,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
}

/** A fresh checkout of the test repository: what each runner of a matrix starts from. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dmm-runner-'));
  cpSync(origin, dir, { recursive: true });
  return dir;
}

function ghEnv(sha = commit, ref = 'refs/tags/v1.2.3'): NodeJS.ProcessEnv {
  return {
    HOME: home,
    GITHUB_REF: ref,
    GITHUB_SHA: sha,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/hello',
    GITHUB_SERVER_URL: 'https://github.example',
    // The machine's Go build cache (a cold cross-compile of std is minutes); the binaries do not depend on it.
    GOCACHE: process.env.GOCACHE ?? join(homedir(), '.cache/go-build'),
  };
}

async function step(
  action: string,
  inputs: Record<string, string>,
  workspace: string,
  sha = commit,
  ref?: string,
): Promise<ActionResult> {
  return runAction(action, { inputs, env: ghEnv(sha, ref), workspace, timeoutMs: 540_000 });
}

async function ok(r: Promise<ActionResult>): Promise<ActionResult> {
  const done = await r;
  expect(done.errors).toBe('');
  expect(done.exitCode).toBe(0);
  return done;
}

/** One matrix job: a checkout, go-build-ldflags for one target, docker-multistage push-by-digest. */
async function platformJob(
  platform: string,
  repository: string,
  extra: Record<string, string> = {},
  workspace = checkout(),
  sha = commit,
  ref?: string,
): Promise<ActionResult> {
  const built = await ok(step('go-build-ldflags', { targets: platform, port: '8080' }, workspace, sha, ref));
  return ok(
    step(
      'docker-multistage',
      {
        mode: 'assemble',
        image: `${registry}/${repository}`,
        artifacts: built.outputs.artifacts!,
        platforms: platform,
        'push-by-digest': 'true',
        ...extra,
      },
      workspace,
      sha,
      ref,
    ),
  );
}

const client = () => new RegistryClient({ registry, insecure: true, credentials: { searched: [] } });

beforeAll(() => {
  ({ REGISTRY: registry } = requireEnv('REGISTRY') as { REGISTRY: string });
  home = mkdtempSync(join(tmpdir(), 'dmm-home-'));
  origin = mkdtempSync(join(tmpdir(), 'dmm-origin-'));
  copyTracked(join(repoRoot, 'examples/hello'), origin);
  writeFileSync(join(origin, '.gitignore'), 'dist/\n');
  git(['init', '-q', '-b', 'main'], origin);
  git(['add', '.'], origin);
  git(['commit', '-q', '-m', 'hello'], origin);
  git(['tag', 'v1.2.3'], origin);
  commit = git(['rev-parse', 'HEAD'], origin);
});

afterAll(() => closeConnections());

describe('push-by-digest on separate runners, then mode: merge', () => {
  let amd64: ActionResult;
  let arm64: ActionResult;

  beforeAll(async () => {
    // The two matrix jobs run at the same time, each in its own checkout.
    [amd64, arm64] = await Promise.all([
      platformJob('linux/amd64', matrixRepo),
      platformJob('linux/arm64', matrixRepo),
    ]);
  });

  test('push-by-digest pushes one platform manifest, no tag; outputs digest and platform', async () => {
    expect(amd64.outputs.platform).toBe('linux/amd64');
    expect(arm64.outputs.platform).toBe('linux/arm64');
    expect(amd64.outputs.tags).toBe('');
    expect(amd64.outputs.image).toBe(`${registry}/${matrixRepo}@${amd64.outputs.digest}`);
    const got = await client().getManifest(matrixRepo, amd64.outputs.digest!);
    expect(got?.mediaType).toBe(MediaType.ociManifest);
    // By digest only: no tag was written (a fresh repository has none).
    expect(await client().getManifest(matrixRepo, '1.2.3')).toBeUndefined();
  });

  test('the merged index is byte-identical to a single-runner multi-arch assemble', async () => {
    const mergeRunner = checkout();
    const started = process.hrtime.bigint();
    const merged = await ok(
      step(
        'docker-multistage',
        {
          mode: 'merge',
          image: `${registry}/${matrixRepo}`,
          // The order given does not matter: the index is ordered by platform.
          digests: `${arm64.outputs.image}\n${amd64.outputs.digest}`,
        },
        mergeRunner,
      ),
    );
    const mergeMs = Number(process.hrtime.bigint() - started) / 1e6;
    // The figure for issue 13's closing note (whole action run: node start, git, registry reads, PUTs).
    console.log(`merge of 2 platforms: ${mergeMs.toFixed(0)} ms (action run)`);
    expect(merged.outputs.platforms).toBe('linux/amd64,linux/arm64');
    expect(merged.outputs.tags!.split(',')).toEqual(expect.arrayContaining(['1.2.3', '1.2', '1']));

    const single = checkout();
    const built = await ok(
      // Listed the other way round: the index is by platform name in both, so the bytes still agree.
      step('go-build-ldflags', { targets: 'linux/arm64,linux/amd64', port: '8080' }, single),
    );
    const assembled = await ok(
      step(
        'docker-multistage',
        {
          mode: 'assemble',
          image: `${registry}/acme/hello-single`,
          artifacts: built.outputs.artifacts!,
          platforms: 'linux/arm64,linux/amd64',
        },
        single,
      ),
    );
    expect(merged.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(merged.outputs.digest).toBe(assembled.outputs.digest);

    // And what the registry serves under the tag is those bytes, listing the two pushed manifests.
    const tagged = await client().getManifest(matrixRepo, '1.2.3');
    expect(tagged?.digest).toBe(merged.outputs.digest);
    const index = JSON.parse(tagged!.body.toString('utf8')) as {
      manifests: { digest: string; platform: { architecture: string } }[];
      annotations: Record<string, string>;
    };
    expect(index.manifests.map((m) => [m.platform.architecture, m.digest])).toEqual([
      ['amd64', amd64.outputs.digest],
      ['arm64', arm64.outputs.digest],
    ]);
    expect(index.annotations['org.opencontainers.image.revision']).toBe(commit);
  });

  test('refused: two images for one platform', async () => {
    const other = await platformJob('linux/amd64', matrixRepo, { port: '9090' });
    expect(other.outputs.digest).not.toBe(amd64.outputs.digest);
    const r = await step(
      'docker-multistage',
      {
        mode: 'merge',
        image: `${registry}/${matrixRepo}`,
        digests: [amd64.outputs.digest, other.outputs.digest, arm64.outputs.digest].join('\n'),
      },
      checkout(),
    );
    expect(r.exitCode).not.toBe(0);
    expect(r.errors).toContain(
      `Input 'digests': two images for linux/amd64: ${amd64.outputs.digest} and ${other.outputs.digest}`,
    );
  });

  /** A later commit on another runner (tagged when `tag` is given), and its arm64 image. */
  async function laterImage(tag?: string): Promise<{ image: string; sha: string }> {
    const later = checkout();
    writeFileSync(join(later, 'NOTES'), `a later commit ${tag ?? ''}\n`);
    git(['add', 'NOTES'], later);
    git(['commit', '-q', '-m', 'later'], later);
    if (tag) git(['tag', tag], later);
    const sha = git(['rev-parse', 'HEAD'], later);
    const ref = tag ? `refs/tags/${tag}` : undefined;
    const r = await platformJob('linux/arm64', matrixRepo, {}, later, sha, ref);
    return { image: r.outputs.image!, sha };
  }

  test('refused: images of different versions', async () => {
    const stale = await laterImage('v1.2.4');
    const r = await step(
      'docker-multistage',
      {
        mode: 'merge',
        image: `${registry}/${matrixRepo}`,
        digests: JSON.stringify([amd64.outputs.image, stale.image]),
      },
      checkout(),
    );
    expect(r.exitCode).not.toBe(0);
    expect(r.errors).toContain(
      "Input 'digests': the images are of different versions (label org.opencontainers.image.version)",
    );
    expect(r.errors).toMatch(
      /linux\/amd64 sha256:[0-9a-f]{12} = 1\.2\.3, linux\/arm64 sha256:[0-9a-f]{12} = 1\.2\.4/,
    );
  });

  test('refused: images of one version but different commits (a re-tagged release)', async () => {
    const stale = await laterImage();
    const r = await step(
      'docker-multistage',
      {
        mode: 'merge',
        image: `${registry}/${matrixRepo}`,
        digests: `${amd64.outputs.image}\n${stale.image}`,
      },
      checkout(),
    );
    expect(r.exitCode).not.toBe(0);
    expect(r.errors).toContain(
      "Input 'digests': the images are of different commits (label org.opencontainers.image.revision)",
    );
    expect(r.errors).toContain(`= ${commit}`);
    expect(r.errors).toContain(`= ${stale.sha}`);
  });

  test('refused: a digest missing from the registry', async () => {
    const missing = sha256(randomBytes(32));
    const r = await step(
      'docker-multistage',
      {
        mode: 'merge',
        image: `${registry}/${matrixRepo}`,
        digests: `${amd64.outputs.digest}\n${missing}`,
      },
      checkout(),
    );
    expect(r.exitCode).not.toBe(0);
    expect(r.errors).toContain(
      `Input 'digests': ${registry}/${matrixRepo}@${missing} is not in the registry`,
    );
  });

  test('digests from a directory, as download-artifact leaves them (one file per platform)', async () => {
    const runner = checkout();
    mkdirSync(join(runner, 'digests'));
    writeFileSync(join(runner, 'digests', 'linux-arm64'), `${arm64.outputs.image}\n`);
    writeFileSync(join(runner, 'digests', 'linux-amd64.json'), amd64.outputs.metadata!);
    const merged = await ok(
      step(
        'docker-multistage',
        { mode: 'merge', image: `${registry}/${matrixRepo}`, digests: 'digests' },
        runner,
      ),
    );
    const tagged = await client().getManifest(matrixRepo, '1.2.3');
    expect(merged.outputs.digest).toBe(tagged?.digest);
  });
});
