/*
 * docker-multistage's whole job, independent of the runner: describe the source, compute tags and labels,
 * then build with one of the two backends and push (or write an OCI layout).
 */

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  describeSource,
  digestReference,
  type ImageReference,
  repositoryName,
  type SourceInfo,
} from '@goship/contract';
import { type Log, UserError } from '@goship/kit';
import { type Artifact, assemble, DEFAULT_USER, selectArtifacts } from './assemble/assemble.js';
import { buildDockerfile, type DockerfileBuildOptions } from './dockerfile/build.js';
import {
  checkImageListening,
  type ImageListening,
  imageFromLayout,
  type ListeningCheckSetting,
  nativePlatform,
  pickNative,
  skipListening,
} from './listening.js';
import type { Platform } from './media.js';
import { formatPlatform } from './media.js';
import { parseDigests, planIndex, pushIndex } from './merge.js';
import { buildCommit, buildRef, ociLabels, readEvent, repositoryTags } from './metadata.js';
import { type PoolOptions, RegistryPool } from './registry/pool.js';
import { computeTags, type TagRule } from './tags.js';

export interface PublishRequest {
  mode: 'assemble' | 'dockerfile' | 'merge';
  /** assemble: push the one platform image by digest only (no tags), for a later mode: merge. */
  pushByDigest?: boolean;
  /** merge: the digests input, as written (see parseDigests). */
  digests?: string;
  image: ImageReference;
  tagRules: TagRule[];
  latest: 'auto' | 'true' | 'false';
  /** Prefix of release tags (tag-prefix): the version is read from `<prefix><semver>` tags. */
  tagPrefix?: string;
  /** The version go-build-ldflags derived and injected (the pipeline passes it on): stamped as it is. */
  version?: string;
  /** Tags taken verbatim besides the rules (e.g. the tag written in the image input). */
  extraTags: string[];
  artifacts: Artifact[];
  platforms: Platform[];
  base?: ImageReference;
  port?: number;
  /** The variable the service reads its port from (port-env; PORT by default): the image's ENV sets it. */
  portEnv?: string;
  /** The container args the deployment will pass (replacing Cmd): the listening check starts the entrypoint with them. */
  args?: string[];
  labels: Record<string, string>;
  push: boolean;
  output?: string;
  /** Directory of the git checkout (version, commit, tags). */
  sourceDir: string;
  registry: PoolOptions;
  /** Scratch space for layers while an image is assembled (RUNNER_TEMP on a runner). */
  tempDir?: string;
  dockerfile?: Omit<
    DockerfileBuildOptions,
    | 'image'
    | 'tags'
    | 'labels'
    | 'platforms'
    | 'push'
    | 'output'
    | 'source'
    | 'port'
    | 'pool'
    | 'env'
    | 'log'
    | 'signal'
    | 'beforePush'
  >;
  /** Start the native image's entrypoint before the push and compare the port it listens on (see listening.ts). */
  listeningCheck?: ListeningCheckSetting;
  /** How long the program gets to listen (default 5 s). */
  listeningTimeoutMs?: number;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Progress, notices (a skipped listening check), warnings at file:line, and masking (registry credentials). */
  log?: Pick<Log, 'info' | 'notice' | 'warning' | 'secret'>;
}

export interface PublishResult {
  /** `registry/repo@sha256:…` (or the layout path + digest when not pushed). */
  image: string;
  digest: string;
  tags: string[];
  /** Fully qualified `registry/repo:tag` for each tag. */
  references: string[];
  platforms: string[];
  mode: 'assemble' | 'dockerfile' | 'merge';
  pushed: boolean;
  output?: string;
  version: string;
  revision: string;
  created: string;
  labels: Record<string, string>;
  perPlatform: {
    platform: string;
    digest: string;
    size: number;
    layers: { digest: string; size: number; description: string; transfer?: string }[];
  }[];
  uploaded: number;
  reused: number;
  uploadedBytes: number;
  tagsFrom: string;
  builder?: string;
  /** The listening check: the port the native image's process listens on, or why it did not run. */
  listening: ImageListening;
}

export async function publishImage(req: PublishRequest): Promise<PublishResult> {
  const log = (message: string) => req.log?.info(message);
  // Everything that can be checked without a registry is checked first, so bad input changes nothing.
  const binaries = req.mode === 'assemble' ? selectArtifacts(req.platforms, req.artifacts) : [];
  if (req.pushByDigest) checkPushByDigest(req, binaries);
  const mergeRefs = req.mode === 'merge' ? parseDigests(req.digests ?? '', req.image) : [];
  if (req.mode === 'merge' && !req.push)
    throw new UserError(
      "Input 'push': mode merge writes the index to the registry; push: false is not supported.",
    );
  const source = await describeCheckout(req);
  const { revision, tags, labels, common } = await nameImage(req, source, log);
  const pool = new RegistryPool({ ...req.registry, signal: req.signal, log: req.log });
  const publication: Publication = {
    req,
    log,
    source,
    revision,
    tags,
    labels,
    common,
    pool,
    listening: listeningStep(req, log),
  };
  if (req.mode === 'merge') return await publishMerge(publication, mergeRefs);
  if (req.mode === 'assemble') return await publishAssembled(publication, binaries);
  return await publishDockerfile(publication);
}

/** What every mode builds on: the source, its tags and labels, the registry pool, the listening check. */
interface Publication {
  req: PublishRequest;
  log: (message: string) => void;
  source: SourceInfo;
  /** The commit the image is of. */
  revision: string;
  tags: string[];
  labels: Record<string, string>;
  /** The result's fields every mode shares. */
  common: Pick<PublishResult, 'version' | 'revision' | 'created' | 'labels' | 'tagsFrom'>;
  pool: RegistryPool;
  listening: ListeningStep;
}

/** push-by-digest pushes one platform image, built by mode: assemble. */
function checkPushByDigest(req: PublishRequest, binaries: { platform: Platform }[]): void {
  if (req.mode !== 'assemble')
    throw new UserError(`Input 'push-by-digest': works with mode assemble, not ${req.mode}.`, {
      hint: 'Build each platform with go-build-ldflags and mode: assemble.',
    });
  if (!req.push)
    throw new UserError("Input 'push-by-digest': is true but push is false.", {
      hint: 'push-by-digest pushes; remove push: false.',
    });
  if (binaries.length !== 1)
    throw new UserError(
      `Input 'push-by-digest': pushes one platform, but ${binaries.length} are selected (${binaries.map((b) => formatPlatform(b.platform)).join(', ')}).`,
      { hint: 'Set platforms: to the one platform of this matrix job, e.g. platforms: linux/arm64.' },
    );
}

async function describeCheckout(req: PublishRequest): Promise<SourceInfo> {
  try {
    return await describeSource(req.sourceDir, {
      env: req.env,
      signal: req.signal,
      tagPrefix: req.tagPrefix,
    });
  } catch (e) {
    throw new UserError(`Cannot describe the source in ${req.sourceDir}: ${(e as Error).message}`, {
      hint: 'Check out the repository (actions/checkout) before this step; the version, commit and tags come from git.',
    });
  }
}

/** The image's tags (from the rules and the ref) and labels (OCI ones from the source and the run, then the input's). */
async function nameImage(
  req: PublishRequest,
  source: SourceInfo,
  log: (message: string) => void,
): Promise<Pick<Publication, 'revision' | 'tags' | 'labels' | 'common'>> {
  const event = readEvent(req.env);
  const revision = buildCommit(req.env, event, source.commit);
  const ref = buildRef(req.env, source.ref);
  const repoTags =
    ref.kind === 'tag'
      ? await repositoryTags(req.sourceDir, req.env, req.signal)
      : { tags: [], from: 'local' as const };
  const computed = computeTags(
    req.tagRules,
    { ref, sha: revision, repositoryTags: repoTags.tags, tagPrefix: req.tagPrefix },
    req.latest,
  );
  if (computed.invalid.length > 0) {
    const bad = computed.invalid
      .map((i) => `'${i.tag}' (from line ${i.rule.line}: ${i.rule.text})`)
      .join(', ');
    throw new UserError(
      `Input 'tags': ${bad} is not a valid registry tag. Expected [A-Za-z0-9_][A-Za-z0-9._-]{0,127}.`,
      {
        hint: 'Change the rule’s prefix/suffix/value so the tag uses only letters, digits, _ . - (no / or +).',
      },
    );
  }
  const tags = req.pushByDigest ? [] : [...new Set([...computed.tags, ...req.extraTags])];
  if (req.pushByDigest) log('push-by-digest: no tags; merge this digest with mode: merge');
  else if (tags.length === 0) log('no tag rule matched this ref; the image is pushed by digest only');
  const version = req.version || source.version;
  const labels = {
    ...ociLabels({
      version,
      revision,
      created: source.commitTime,
      env: req.env,
      event,
      imageName: req.image.repository,
    }),
    ...req.labels,
  };
  const common = {
    version,
    revision,
    created: source.commitTime,
    labels,
    tagsFrom: `${ref.kind} ${ref.name}${ref.kind === 'tag' ? ` (latest rule used ${repoTags.from} tags)` : ''}`,
  };
  return { revision, tags, labels, common };
}

/** The listening check's settings, and its outcome once a mode's build has run it (or said why not). */
interface ListeningStep {
  setting: ListeningCheckSetting;
  notice: (message: string) => void;
  check: Parameters<typeof checkImageListening>[1];
  result: ImageListening;
  /** The outcome when the image has no platform this runner can run. */
  noNative(platforms: string[]): ImageListening;
}

function listeningStep(req: PublishRequest, log: (message: string) => void): ListeningStep {
  const setting = req.listeningCheck ?? 'auto';
  const notice = (message: string) => req.log?.notice(message);
  return {
    setting,
    notice,
    result: { status: 'off', reason: 'listening-check: false' },
    noNative: (platforms) =>
      skipListening(
        setting,
        `the image has no ${formatPlatform(nativePlatform())} platform (it has ${platforms.join(', ')}), and this runner runs only its own`,
        notice,
      ),
    check: {
      setting,
      inputPort: req.port,
      portEnv: req.portEnv,
      args: req.args,
      tempDir: join(req.tempDir ?? tmpdir(), 'listening'),
      timeoutMs: req.listeningTimeoutMs,
      signal: req.signal,
      log,
      notice,
    },
  };
}

function referencesOf({ req, tags }: Publication): string[] {
  return tags.map((t) => `${repositoryName(req.image)}:${t}`);
}

/** mode: merge — the push-by-digest jobs' images joined into one index, pushed under the tags. */
async function publishMerge(
  publication: Publication,
  mergeRefs: ReturnType<typeof parseDigests>,
): Promise<PublishResult> {
  const { req, log, revision, tags, common, pool, listening } = publication;
  if (listening.setting !== 'false')
    listening.result = skipListening(
      listening.setting,
      'mode merge joins images other jobs built and pushed; their push-by-digest jobs run the check',
      listening.notice,
    );
  const plan = await planIndex(pool, mergeRefs, req.platforms, req.labels);
  if (plan.revision !== revision)
    throw new UserError(
      `Input 'digests': the images are of commit ${plan.revision || '(no revision label)'}, but this job builds commit ${revision}; their tags would name the wrong commit.`,
      { hint: 'Merge in the same workflow run as the push-by-digest jobs, on the same checkout.' },
    );
  const image = await pushIndex(pool, req.image, plan.index, tags);
  log(`merged ${plan.images.length} platforms into ${image}`);
  return {
    ...common,
    listening: listening.result,
    labels: plan.annotations,
    version: plan.version || common.version,
    image,
    digest: plan.digest,
    tags,
    references: referencesOf(publication),
    platforms: plan.images.map((i) => formatPlatform(i.platform)),
    mode: 'merge',
    pushed: true,
    perPlatform: plan.images.map((i) => ({
      platform: formatPlatform(i.platform),
      digest: i.manifest.descriptor.digest,
      size: i.size,
      layers: i.layers.map((l) => ({ ...l, description: 'layer', transfer: 'exists' })),
    })),
    uploaded: 0,
    reused: 0,
    uploadedBytes: 0,
  };
}

/** mode: assemble — the prebuilt binaries on the base image, daemonless. */
async function publishAssembled(
  publication: Publication,
  binaries: ReturnType<typeof selectArtifacts>,
): Promise<PublishResult> {
  const { req, log, source, tags, labels, common, pool, listening } = publication;
  const r = await assemble({
    image: req.image,
    tags,
    binaries,
    base: req.base,
    port: req.port,
    portEnv: req.portEnv,
    user: DEFAULT_USER,
    labels,
    annotations: labels,
    created: source.commitTime,
    mtime: source.epoch,
    push: req.push,
    output: req.output,
    tempDir: req.tempDir,
    pool,
    log,
    beforePush: async (images) => {
      if (listening.setting === 'false') return;
      const native = pickNative(images);
      listening.result = native
        ? await checkImageListening({ ...native, layers: await native.layers() }, listening.check)
        : listening.noNative(images.map((i) => i.platform));
    },
  });
  return {
    ...common,
    listening: listening.result,
    image: req.push ? digestReference(req.image, r.digest) : `${r.output?.path}@${r.digest}`,
    digest: r.digest,
    tags,
    references: referencesOf(publication),
    platforms: r.platforms.map((p) => p.platform),
    mode: 'assemble',
    pushed: req.push,
    output: r.output?.path,
    perPlatform: r.platforms,
    uploaded: r.uploaded,
    reused: r.reused,
    uploadedBytes: r.uploadedBytes,
  };
}

/** mode: dockerfile — the project's Dockerfile, built by BuildKit or Docker. */
async function publishDockerfile(publication: Publication): Promise<PublishResult> {
  const { req, log, source, tags, labels, common, pool, listening } = publication;
  if (!req.dockerfile) throw new Error('dockerfile options missing');
  const r = await buildDockerfile({
    ...req.dockerfile,
    image: req.image,
    tags,
    labels,
    platforms: req.platforms,
    push: req.push,
    output: req.output,
    source,
    port: req.port,
    portEnv: req.portEnv,
    pool,
    env: req.env,
    log,
    warn: (message, where) => req.log?.warning(message, where),
    signal: req.signal,
    beforePush: async (layout, why) => {
      if (listening.setting === 'false') return;
      if (!layout) {
        listening.result = skipListening(
          listening.setting,
          why ?? 'the builder gives no image before the push',
          listening.notice,
        );
        return;
      }
      const native = imageFromLayout(layout);
      listening.result = native
        ? await checkImageListening(native, listening.check)
        : listening.noNative(
            req.platforms.length > 0 ? req.platforms.map(formatPlatform) : ['other platforms'],
          );
    },
  });
  return {
    ...common,
    listening: listening.result,
    image: req.push ? digestReference(req.image, r.digest) : `${r.output}@${r.digest}`,
    digest: r.digest,
    tags,
    references: referencesOf(publication),
    platforms: r.platforms,
    mode: 'dockerfile',
    pushed: req.push,
    output: r.output,
    perPlatform: r.perPlatform,
    uploaded: 0,
    reused: 0,
    uploadedBytes: 0,
    builder: r.builder,
  };
}
