/*
 * docker-multistage's inputs read into a PublishRequest: every input checked (before any registry or builder
 * is touched), shared by the action's adapter and packages/pipeline.
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  argsInput,
  type ImageReference,
  InvalidReferenceError,
  isDigest,
  lowercaseName,
  parseReference,
  portEnvInput,
  tagPrefixInput,
} from '@goship/contract';
import { confinedPath, InputError, type Inputs, type Log, netrcSecrets, parseNetrc } from '@goship/kit';
import type { Artifact } from './assemble/artifacts.js';
import { RUNTIME_ALIASES, runtimeImage } from './dockerfile/generate.js';
import { SECRET_ID } from './dockerfile/secrets.js';
import { type Platform, parsePlatform } from './media.js';
import type { PublishRequest } from './publish.js';
import { DEFAULT_TAG_RULES, parseTagRules, type TagRule, TagRuleError } from './tags.js';

/** A relative path input stays under `base` (issue 11: file inputs are confined unless given absolute). */
/** A relative path input stays inside its root (kit's one rule), a Dockerfile inside its context. */
function confined(input: string, value: string, base: string, expected: string, rootName?: string): string {
  return confinedPath(value, base, { input, expected, rootName });
}

export interface PublishInputContext {
  workspace: string;
  runnerTemp: string;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** In the one-step pipeline the artifacts come from go-build-ldflags as a typed value, not this input. */
  chained?: boolean;
  log: Pick<Log, 'info' | 'notice' | 'warning' | 'secret'>;
}

function reference(input: string, value: string): ImageReference {
  try {
    return parseReference(value);
  } catch (e) {
    if (e instanceof InvalidReferenceError)
      throw new InputError(
        input,
        e.problem,
        'an image reference such as ghcr.io/acme/app, localhost:5000/app or nginx:1.27',
      );
    throw e;
  }
}

function artifactsInput(inputs: Inputs): Artifact[] {
  const raw = inputs.string('artifacts');
  if (raw === '') return [];
  const text =
    raw.startsWith('[') || raw.startsWith('{') ? raw : existsSync(raw) ? readFileSync(raw, 'utf8') : raw;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new InputError(
      'artifacts',
      `is not JSON (${(e as Error).message})`,
      "go-build-ldflags' artifacts output: a JSON list of {name, os, arch, path}",
    );
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.map((a, i) => {
    const o = a as Partial<Artifact>;
    for (const key of ['os', 'arch', 'path'] as const) {
      if (typeof o?.[key] !== 'string' || o[key] === '')
        throw new InputError(
          'artifacts',
          `entry ${i} has no '${key}'`,
          'objects with name, os, arch, path (and sha256)',
        );
    }
    return { ...o, name: o.name || 'app' } as Artifact;
  });
}

/** The digests input as text; a directory (download-artifact's) → the contents of its files, sorted by name. */
function digestsInput(raw: string, workspace: string): string {
  const path = raw.trim();
  if (path === '' || path.includes('\n') || path.startsWith('[') || path.startsWith('{')) return raw;
  const dir = resolve(workspace, path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return raw;
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => f.name)
    .sort();
  if (files.length === 0)
    throw new InputError(
      'digests',
      `directory ${dir} holds no file`,
      'one file per platform with its digest',
    );
  return files
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8').trim();
      // A file named by the digest (docker's recipe: an empty file per digest) is its own content.
      if (text === '' && isDigest(f)) return f;
      // One line per file, so that a JSON document (the metadata output) stays one entry.
      return text.startsWith('{') || text.startsWith('[') ? oneLineJson(text, join(dir, f)) : text;
    })
    .join('\n');
}

function oneLineJson(text: string, file: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch (e) {
    throw new InputError(
      'digests',
      `${file} is not JSON (${(e as Error).message})`,
      'a digest, name@digest or the metadata output',
    );
  }
}

function platformsInput(inputs: Inputs): Platform[] {
  return inputs.list('platforms').map((p) => {
    const parsed = parsePlatform(p);
    if (!parsed)
      throw new InputError(
        'platforms',
        `'${p}' is not a platform`,
        'os/arch[/variant], e.g. linux/amd64, linux/arm64, linux/arm/v7',
      );
    return parsed;
  });
}

function tagRulesInput(inputs: Inputs): TagRule[] {
  const lines = inputs.lines('tags');
  try {
    return parseTagRules(lines.length > 0 ? lines : DEFAULT_TAG_RULES);
  } catch (e) {
    if (e instanceof TagRuleError)
      throw new InputError(
        'tags',
        e.message,
        'one rule per line: type=semver,pattern={{version}} | type=ref,event=branch | type=sha | type=raw,value=<tag> | <tag>',
      );
    throw e;
  }
}

/** The image to push to: lower-cased (with a notice), and no digest. */
function imageInput(inputs: Inputs, ctx: PublishInputContext): ImageReference {
  const imageText = inputs.string('image', { required: true });
  const imageLower = lowercaseName(imageText);
  if (imageLower !== imageText)
    ctx.log.notice(`Input 'image': using '${imageLower}' (repository names are lower case)`);
  const image = reference('image', imageLower);
  if (image.digest)
    throw new InputError(
      'image',
      `'${inputs.string('image')}' names a digest`,
      'a repository (optionally with a tag) to push to',
    );
  return image;
}

/** mode with what it needs: digests only for merge, artifacts (confined to the workspace) for assemble. */
function modeAndArtifactsInput(
  inputs: Inputs,
  ctx: PublishInputContext,
): { mode: PublishRequest['mode']; digests: string; artifacts: Artifact[] } {
  const modeInput = inputs.enum('mode', ['auto', 'assemble', 'dockerfile', 'merge'] as const, 'auto');
  const digests = inputs.string('digests');
  if (modeInput !== 'merge' && digests !== '')
    throw new InputError('digests', `is set but mode is ${modeInput}`, 'digests only with mode: merge');
  const artifacts = (modeInput === 'merge' ? [] : artifactsInput(inputs)).map((a) => ({
    ...a,
    path: confined(
      'artifacts',
      a.path,
      ctx.workspace,
      "binaries inside the workspace (go-build-ldflags' artifacts output)",
    ),
  }));
  const mode = modeInput === 'auto' ? (artifacts.length > 0 ? 'assemble' : 'dockerfile') : modeInput;
  if (mode === 'assemble' && artifacts.length === 0 && !ctx.chained) {
    throw new InputError(
      'artifacts',
      'is empty but mode is assemble',
      "go-build-ldflags' artifacts output",
      'Pass artifacts: ${{ steps.build.outputs.artifacts }}, or use mode: dockerfile.',
    );
  }
  return { mode, digests, artifacts };
}

/** base: a reference for assemble, a runtime (alias or reference) for the generated Dockerfile. */
function baseInput(
  inputs: Inputs,
  mode: PublishRequest['mode'],
): { baseText: string; base: ImageReference | undefined } {
  const baseText = inputs.string('base') || 'scratch';
  const base = mode === 'assemble' && baseText !== 'scratch' ? reference('base', baseText) : undefined;
  if (mode === 'dockerfile') {
    // It becomes `ARG RUNTIME_IMAGE=…` of the generated Dockerfile: an image reference and nothing more.
    try {
      runtimeImage(baseText);
    } catch (e) {
      if (e instanceof InvalidReferenceError)
        throw new InputError(
          'base',
          e.problem,
          `scratch, ${Object.keys(RUNTIME_ALIASES)
            .filter((k) => k !== 'scratch')
            .join(', ')} or an image reference such as gcr.io/distroless/static-debian12:nonroot`,
        );
      throw e;
    }
  }
  return { baseText, base };
}

/** registry-ca: the PEM text of the file, if given. */
function registryCaInput(inputs: Inputs): string | undefined {
  const caPath = inputs.optional('registry-ca');
  let ca: string | undefined;
  if (caPath) {
    if (!existsSync(caPath))
      throw new InputError('registry-ca', `file ${caPath} does not exist`, 'a PEM file with CA certificates');
    ca = readFileSync(caPath, 'utf8');
    if (!ca.includes('-----BEGIN CERTIFICATE-----'))
      throw new InputError(
        'registry-ca',
        `${caPath} holds no PEM certificate`,
        'a PEM file (-----BEGIN CERTIFICATE-----)',
      );
  }
  return ca;
}

/** context (an existing directory in the workspace) and the dockerfile input (a file inside the context). */
function contextInput(inputs: Inputs, workspace: string): { context: string; dockerfileInput: string } {
  const dockerfileInput = inputs.string('dockerfile');
  const context = confined(
    'context',
    inputs.string('context') || '.',
    workspace,
    'the Go module directory, relative to the workspace',
  );
  if (!existsSync(context))
    throw new InputError(
      'context',
      `directory ${context} does not exist`,
      'the Go module directory, relative to the workspace',
    );
  if (dockerfileInput && dockerfileInput !== 'generate')
    confined(
      'dockerfile',
      dockerfileInput,
      context,
      'a Dockerfile inside the context (or generate)',
      `the context (${context})`,
    );
  return { context, dockerfileInput };
}

function goVersionInput(inputs: Inputs): string | undefined {
  const goVersion = inputs.optional('go-version');
  if (goVersion && !/^\d+\.\d+(\.\d+)?$/.test(goVersion))
    throw new InputError(
      'go-version',
      `'${goVersion}' is not a Go version`,
      'a version such as 1.22 or 1.22.5',
    );
  return goVersion;
}

/**
 * secrets (id=value lines) and netrc (the `netrc` secret, checked as a netrc): for a Dockerfile's
 * `RUN --mount=type=secret`. Masked first. Assemble mode runs no RUN: there they are refused, except in the
 * one-step action, whose netrc input is go-build-ldflags' as well.
 */
function buildSecretsInput(
  inputs: Inputs,
  ctx: PublishInputContext,
  mode: PublishRequest['mode'],
): { secrets: Map<string, string>; secretFiles: Map<string, string> } {
  const secrets = inputs.keyValues('secrets', {
    keyPattern: SECRET_ID,
    keyForm: 'a secret id (letters, digits, _ . -)',
  });
  for (const value of secrets.values()) ctx.log.secret(value);
  const netrc = parseNetrc(inputs.string('netrc'));
  for (const secret of netrcSecrets(netrc)) ctx.log.secret(secret);
  if (netrc.length > 0) {
    if (secrets.has('netrc'))
      throw new InputError('secrets', "has a 'netrc' line and the netrc input is set", 'one of the two');
    secrets.set(
      'netrc',
      netrc.map((e) => `machine ${e.machine} login ${e.login} password ${e.password}\n`).join(''),
    );
  }
  const secretFiles = secretFilesInput(inputs, ctx.workspace, secrets);
  if (mode === 'dockerfile' || secrets.size + secretFiles.size === 0) return { secrets, secretFiles };
  if (ctx.chained) return { secrets: new Map(), secretFiles: new Map() };
  throw new InputError(
    inputs.string('secrets') ? 'secrets' : secretFiles.size > 0 ? 'secret-files' : 'netrc',
    `is set but mode is ${mode}, which runs no Dockerfile RUN`,
    'build secrets only with mode: dockerfile',
    'Private modules in assemble mode are fetched by go-build-ldflags: give netrc to it.',
  );
}

/** secret-files: id=path per line (relative to the workspace); each file must exist, ids unique across both. */
function secretFilesInput(
  inputs: Inputs,
  workspace: string,
  secrets: Map<string, string>,
): Map<string, string> {
  const files = inputs.keyValues('secret-files', {
    keyPattern: SECRET_ID,
    keyForm: 'a secret id (letters, digits, _ . -)',
  });
  for (const [id, path] of files) {
    const full = resolve(workspace, path);
    if (secrets.has(id))
      throw new InputError(
        'secret-files',
        `'${id}' is also given by secrets or netrc`,
        'each secret id once',
      );
    if (!existsSync(full) || !statSync(full).isFile())
      throw new InputError(
        'secret-files',
        `${id}: ${path} is not a file (looked for ${full})`,
        'id=path of an existing file',
      );
    files.set(id, full);
  }
  return files;
}

export function readPublishRequest(inputs: Inputs, ctx: PublishInputContext): PublishRequest {
  const password = inputs.string('registry-password');
  ctx.log.secret(password);
  const githubToken = inputs.string('github-token');
  ctx.log.secret(githubToken);
  const env = ctx.env;
  const signal = ctx.signal;
  const image = imageInput(inputs, ctx);
  const { mode, digests, artifacts } = modeAndArtifactsInput(inputs, ctx);
  const { baseText, base } = baseInput(inputs, mode);
  const ca = registryCaInput(inputs);
  const push = inputs.boolean('push', true);
  const { context, dockerfileInput } = contextInput(inputs, ctx.workspace);
  const tempRoot = ctx.runnerTemp;
  const output = push
    ? undefined
    : resolve(inputs.optional('output') ?? join(tempRoot, `${image.repository.replace(/\//g, '-')}.oci`));
  const tagRules = tagRulesInput(inputs);
  const latest = inputs.enum('latest', ['auto', 'true', 'false'] as const, 'auto');
  const buildArgs = inputs.keyValues('build-args', {
    keyPattern: /^[A-Za-z_][A-Za-z0-9_]*$/,
    keyForm: 'a build argument name (letters, digits, _)',
  });
  const goVersion = goVersionInput(inputs);
  const { secrets, secretFiles } = buildSecretsInput(inputs, ctx, mode);

  const request: PublishRequest = {
    mode,
    pushByDigest: inputs.boolean('push-by-digest', false),
    digests: digestsInput(digests, ctx.workspace),
    image: { ...image, tag: undefined },
    tagRules,
    latest,
    tagPrefix: tagPrefixInput(inputs),
    extraTags: image.tag ? [image.tag] : [],
    artifacts,
    platforms: platformsInput(inputs),
    base,
    port: inputs.port('port'),
    portEnv: portEnvInput(inputs),
    args: argsInput(inputs),
    labels: Object.fromEntries(inputs.keyValues('labels')),
    push,
    output,
    sourceDir: context,
    tempDir: join(tempRoot, 'goship-docker-multistage'),
    registry: {
      insecureRegistries: inputs.list('insecure-registries'),
      ca,
      explicit: { registry: image.registry, username: inputs.string('registry-username'), password },
      githubToken,
      env,
    },
    dockerfile: {
      context,
      dockerfile: dockerfileInput,
      buildArgs,
      secrets,
      secretFiles,
      target: inputs.optional('target'),
      strict: inputs.boolean('strict', false),
      cacheFrom: inputs.lines('cache-from'),
      cacheTo: inputs.lines('cache-to'),
      goVersion,
      goPackage: inputs.string('package') || '.',
      runtime: baseText,
      builder: inputs.enum('builder', ['auto', 'docker', 'buildah', 'podman'] as const, 'auto'),
      ldflags: inputs.optional('ldflags'),
      tempDir: join(tempRoot, 'goship-docker-multistage'),
    },
    listeningCheck: inputs.enum('listening-check', ['auto', 'true', 'false', 'unsandboxed'] as const, 'auto'),
    env,
    signal,
    log: ctx.log,
  };
  return request;
}
