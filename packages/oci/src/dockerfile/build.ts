/*
 * The Dockerfile backend: pick the builder that works on this machine (docker buildx with a running
 * engine, else buildah, else podman), generate the Dockerfile when asked, check it (syntax with file:line,
 * ARG vs build-args) before anything runs, build, push every tag, and read the digest back from the
 * builder and from the registry so the digest output is never empty when something was pushed.
 */

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import {
  composeLdflags,
  type ImageReference,
  parseReference,
  repositoryName,
  type SourceInfo,
} from '@goship/contract';
import { aggregate, UserError } from '@goship/kit';
import type { ImageConfig, ImageIndex, ImageManifest } from '../image.js';
import { formatPlatform, INDEX_TYPES, type Platform } from '../media.js';
import { RegistryAuthError } from '../registry/errors.js';
import type { RegistryPool } from '../registry/pool.js';
import { builderEnvironment, buildWithContainersTools, buildWithDocker, detectBuilder } from './builders.js';
import { binaryNameFromModule, generateDockerfile, goVersionFromModule, LDFLAGS_ARG } from './generate.js';
import {
  checkBuildArgs,
  expandVariables,
  type ParsedDockerfile,
  parseDockerfile,
  stagesFor,
} from './parse.js';
import { checkSecretMounts, writeSecrets } from './secrets.js';

export type BuilderName = 'docker' | 'buildah' | 'podman';

export interface DockerfileBuildOptions {
  context: string;
  /** 'generate', a path (relative to the context), or '' for `<context>/Dockerfile` when present, else generate. */
  dockerfile: string;
  buildArgs: Map<string, string>;
  /** Build secrets (id → value) for `RUN --mount=type=secret,id=…`: files for the builder, never a layer. */
  secrets: Map<string, string>;
  /** Build secrets read from files on the runner (id → absolute path). */
  secretFiles?: Map<string, string>;
  target?: string;
  strict: boolean;
  cacheFrom: string[];
  cacheTo: string[];
  goVersion?: string;
  goPackage: string;
  binaryName?: string;
  /** Runtime stage image of a generated Dockerfile (scratch, distroless, alpine or a reference). */
  runtime: string;
  builder: 'auto' | BuilderName;
  /** Extra linker flags (as go-build-ldflags' `ldflags` input). */
  ldflags?: string;
  /** Injected -X values: name → value (default main.version/commit/date/port). */
  inject?: Record<string, string>;
  tempDir: string;
  /** Repository root, for annotation paths (default: the process cwd, which is GITHUB_WORKSPACE on a runner). */
  workspace?: string;
  image: ImageReference;
  tags: string[];
  labels: Record<string, string>;
  platforms: Platform[];
  push: boolean;
  output?: string;
  source: SourceInfo;
  port?: number;
  /** The variable a generated Dockerfile sets the port in (port-env; PORT by default). */
  portEnv?: string;
  pool: RegistryPool;
  /** The environment builders run with (proxy settings, BUILDAH_ISOLATION, CONTAINERS_REGISTRIES_CONF). */
  env: NodeJS.ProcessEnv;
  log: (message: string) => void;
  warn?: (message: string, where?: { file?: string; line?: number }) => void;
  signal?: AbortSignal;
  /**
   * Called after the build and before anything is pushed (the listening check), with the built image as
   * an OCI layout directory; undefined when the builder builds and pushes in one step (docker buildx).
   */
  beforePush?: (layout: string | undefined, why?: string) => Promise<void>;
}

export interface DockerfileBuildResult {
  digest: string;
  platforms: string[];
  perPlatform: {
    platform: string;
    digest: string;
    size: number;
    layers: { digest: string; size: number; description: string }[];
  }[];
  output?: string;
  builder: BuilderName;
  dockerfile: string;
  generated: boolean;
}

/** The platform a builder targets by default: the runner's own. */
export function hostPlatform(): string {
  const arch: Record<string, string> = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    ppc64: 'ppc64le',
    s390x: 's390x',
    ia32: '386',
  };
  return `linux/${arch[process.arch] ?? process.arch}`;
}

function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** Resolves which Dockerfile to use, writing a generated one into tempDir (never into the context). */
export function prepareDockerfile(o: DockerfileBuildOptions): {
  path: string;
  display: string;
  text: string;
  generated: boolean;
} {
  const ctxFile = join(o.context, 'Dockerfile');
  if (o.dockerfile !== 'generate' && (o.dockerfile !== '' || existsSync(ctxFile))) {
    const path =
      o.dockerfile === ''
        ? ctxFile
        : isAbsolute(o.dockerfile)
          ? o.dockerfile
          : resolve(o.context, o.dockerfile);
    if (!existsSync(path)) {
      throw new UserError(`Input 'dockerfile': ${path} does not exist`, {
        hint: "Give a path relative to the context, or 'generate' for a generated Dockerfile.",
      });
    }
    return {
      path,
      // Annotations link to files relative to the repository root (the workspace).
      display: displayPath(o.workspace ?? process.cwd(), path),
      text: readFileSync(path, 'utf8'),
      generated: false,
    };
  }
  if (!existsSync(join(o.context, 'go.mod'))) {
    throw new UserError(`Input 'context': ${o.context} has no go.mod, so no Dockerfile can be generated`, {
      hint: 'Point context at the Go module, or give a dockerfile.',
    });
  }
  const goVersion = o.goVersion ?? goVersionFromModule(o.context);
  if (!goVersion)
    throw new UserError(`${join(o.context, 'go.mod')} has no go line`, {
      hint: "Add 'go 1.22' to go.mod, or set the go-version input.",
    });
  const text = generateDockerfile({
    goVersion,
    package: o.goPackage,
    binaryName:
      o.binaryName ??
      (o.goPackage.replace(/\/+$/, '') !== '.' ? basename(o.goPackage) : undefined) ??
      binaryNameFromModule(o.context) ??
      basename(resolve(o.context)),
    port: o.port ?? 8080,
    portEnv: o.portEnv,
    runtime: o.runtime,
    hasGoSum: existsSync(join(o.context, 'go.sum')),
    netrcSecret: o.secrets.has('netrc') || Boolean(o.secretFiles?.has('netrc')),
  });
  mkdirSync(o.tempDir, { recursive: true });
  const path = join(o.tempDir, 'Dockerfile');
  writeFileSync(path, text);
  return { path, display: path, text, generated: true };
}

/** The build args we add: the ldflags (same composition as go-build-ldflags) and the port, when declared. */
function goshipBuildArgs(o: DockerfileBuildOptions, declared: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  const inject = o.inject ?? {
    'main.version': o.source.version,
    'main.commit': o.source.commit,
    'main.date': o.source.commitTime,
    ...(o.port !== undefined ? { 'main.port': String(o.port) } : {}),
  };
  const { ldflags } = composeLdflags({
    inject: Object.entries(inject).map(([name, value]) => ({ name, value })),
    extra: o.ldflags,
  });
  if (declared.has(LDFLAGS_ARG)) out.set(LDFLAGS_ARG, ldflags);
  if (declared.has('APP_PORT') && o.port !== undefined) out.set('APP_PORT', String(o.port));
  if (declared.has('VERSION')) out.set('VERSION', o.source.version);
  return out;
}

/** Registries an image build talks to: the target, FROM images, and images named in build args. */
function registriesInvolved(
  o: DockerfileBuildOptions,
  fromImages: string[],
  args: Map<string, string>,
): string[] {
  const regs = new Set([o.image.registry]);
  for (const text of [...fromImages, ...args.values()]) {
    if (text.includes('$') || text === 'scratch') continue;
    try {
      regs.add(parseReference(text).registry);
    } catch {
      // not an image reference
    }
  }
  return [...regs];
}

export async function buildDockerfile(o: DockerfileBuildOptions): Promise<DockerfileBuildResult> {
  const df = prepareDockerfile(o);
  const parsed = parseDockerfile(df.text, df.display);
  const declared = new Set(
    [...parsed.globalArgs, ...parsed.stages.flatMap((s) => s.args)].map((a) => a.name),
  );
  const args = new Map([...goshipBuildArgs(o, declared), ...o.buildArgs]);
  if (o.target && !parsed.stages.some((s) => s.name === o.target!.toLowerCase())) {
    throw new UserError(
      `Input 'target': stage '${o.target}' is not in ${df.display} (stages: ${parsed.stages.map((s) => s.name ?? s.index).join(', ')})`,
    );
  }
  const report = checkBuildArgs(parsed, o.buildArgs.keys(), o.target);
  const unsetReport = report.unset.filter((a) => !args.has(a.name));
  const problems = [
    ...report.undeclared.map(
      (n) =>
        new UserError(
          `build-arg ${n} is passed but ${df.display} declares no ARG ${n}; the builder ignores it`,
          { location: { file: df.display } },
        ),
    ),
    ...unsetReport.map(
      (a) =>
        new UserError(
          `ARG ${a.name} has no default and is not passed in build-args; it expands to an empty string`,
          { location: { file: df.display, line: a.line } },
        ),
    ),
  ];
  if (problems.length > 0) {
    if (o.strict) throw aggregate(problems, `build-args and ${df.display} disagree (strict: true)`);
    for (const p of problems) o.warn?.(p.message, p.location);
  }

  checkSecretMounts(o, df.text, df.display);
  await checkFromImages(o, parsed, args);
  const builder = await detectBuilder(o.builder);
  o.log(`builder: ${builder}${df.generated ? `; generated Dockerfile at ${df.path}` : ''}`);
  const fromImages = parsed.stages.map((s) => s.image);
  const registries = registriesInvolved(o, fromImages, args);
  mkdirSync(o.tempDir, { recursive: true });
  const work = mkdtempSync(join(o.tempDir, 'build-'));
  try {
    const env = await builderEnvironment(o, registries, work);
    const secretFlags = writeSecrets(o.secrets, work, o.secretFiles);
    const tags = o.tags.length > 0 ? o.tags : [`sha-${o.source.shortCommit}`];
    const refs = tags.map((t) => `${repositoryName(o.image)}:${t}`);
    if (builder === 'docker')
      await o.beforePush?.(
        undefined,
        'docker buildx builds and pushes in one step, so the image cannot be unpacked before the push without the Docker daemon',
      );
    const digest =
      builder === 'docker'
        ? await buildWithDocker(o, df.path, args, refs, work, secretFlags)
        : await buildWithContainersTools(builder, o, df.path, args, refs, tags, work, env, secretFlags);
    const perPlatform = o.push ? await describePushed(o, digest) : [];
    return {
      digest,
      platforms:
        perPlatform.length > 0
          ? perPlatform.map((p) => p.platform)
          : o.platforms.length > 0
            ? o.platforms.map(formatPlatform)
            : [hostPlatform()],
      perPlatform,
      output: o.push ? undefined : o.output,
      builder,
      dockerfile: df.path,
      generated: df.generated,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The FROM images of the stages that are built, resolved with the build args and ARG defaults, must
 * exist: a missing base is reported at its FROM line before the builder pulls anything. A registry we
 * cannot reach is left to the builder (the image may be in its local store).
 */
async function checkFromImages(
  o: DockerfileBuildOptions,
  df: ParsedDockerfile,
  args: Map<string, string>,
): Promise<void> {
  const vars = new Map<string, string>();
  for (const a of df.globalArgs) if (a.value !== undefined) vars.set(a.name, a.value);
  for (const [k, v] of args) vars.set(k, v);
  const stageNames = new Set(df.stages.flatMap((s) => (s.name ? [s.name] : [])));
  const checks = stagesFor(df, o.target).map(async (stage) => {
    const image = expandVariables(stage.image, vars);
    if (image === 'scratch' || stageNames.has(image.toLowerCase())) return;
    let ref: ImageReference;
    try {
      ref = parseReference(image);
    } catch (e) {
      throw new UserError(
        `FROM ${stage.image} resolves to '${image}', which is not an image reference: ${(e as Error).message}`,
        {
          location: { file: df.file, line: stage.line },
          hint: image === '' ? 'Pass the build arg it uses, or give the ARG a default.' : undefined,
        },
      );
    }
    const client = o.pool.client(ref.registry);
    try {
      await client.ping();
    } catch {
      return;
    }
    // Credentials the builder has (its own auth file) may be ones we lack: leave auth failures to it.
    const found = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest').catch((e) => {
      if (e instanceof RegistryAuthError) return true;
      throw e;
    });
    if (!found) {
      throw new UserError(
        `Base image ${image} (FROM ${stage.image}) does not exist in registry ${ref.registry}`,
        {
          location: { file: df.file, line: stage.line },
          hint: 'Check the image name and tag, or point the build arg at an image that exists.',
        },
      );
    }
  });
  const results = await Promise.allSettled(checks);
  const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as UserError] : []));
  if (failed.length > 0) throw aggregate(failed, 'Base images of the Dockerfile are missing');
}

/** Reads the pushed image back from the registry: proves the digest exists and gives per-platform sizes. */
async function describePushed(
  o: DockerfileBuildOptions,
  digest: string,
): Promise<DockerfileBuildResult['perPlatform']> {
  const client = o.pool.client(o.image.registry);
  const top = await client.getManifest(o.image.repository, digest);
  if (!top)
    throw new UserError(
      `The builder reported ${digest}, but ${repositoryName(o.image)} has no such manifest`,
    );
  const body = JSON.parse(top.body.toString('utf8')) as ImageManifest | ImageIndex;
  const entries = INDEX_TYPES.includes(top.mediaType)
    ? (body as ImageIndex).manifests
    : [{ digest, platform: undefined }];
  const out: DockerfileBuildResult['perPlatform'] = [];
  for (const e of entries) {
    const m = e.digest === digest ? top : await client.getManifest(o.image.repository, e.digest);
    if (!m) continue;
    const manifest = JSON.parse(m.body.toString('utf8')) as ImageManifest;
    const cfg = JSON.parse(
      (await client.getBlob(o.image.repository, manifest.config.digest)).toString('utf8'),
    ) as ImageConfig;
    const platform = e.platform
      ? formatPlatform(e.platform)
      : formatPlatform({ os: cfg.os, architecture: cfg.architecture, variant: cfg.variant });
    // The history entries that made a layer describe it (`COPY --from=builder /out/... /usr/local/bin/app`).
    const steps = (cfg.history ?? [])
      .filter((h) => !h.empty_layer)
      .map((h) => (h.created_by ?? '').replace(/^\/bin\/sh -c (#\(nop\) )?/, '').trim());
    out.push({
      platform,
      digest: m.digest,
      size: manifest.config.size + manifest.layers.reduce((n, l) => n + l.size, 0),
      layers: manifest.layers.map((l, i) => ({
        digest: l.digest,
        size: l.size,
        description: (steps[i] || `layer ${i + 1}`).slice(0, 120),
      })),
    });
  }
  return out;
}
