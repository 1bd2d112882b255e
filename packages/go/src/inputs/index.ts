/*
 * The inputs of setup-go and go-build-ldflags read into stage options: one reader per stage, used by the
 * action's adapter (inputs from the runner) and by packages/pipeline (inputs of the one-step action).
 * Light on purpose (kit only): an adapter reads and checks every input before it loads the heavy library.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { tagPrefixInput } from '@goship/contract';
import { type Inputs, parseNetrc } from '@goship/kit';
import type { GoBuildStageInput } from '../compile/stage.js';
import type { SetupGoStageOptions } from '../toolchain/stage.js';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface StageContext {
  /** GITHUB_WORKSPACE (or the current directory). */
  workspace: string;
  /** The job's environment: what the runner gives the step. */
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
  /** Inside the one-step action (ReadContext.chained): its inputs, not this action's, are what hints name. */
  chained?: boolean;
}

export function readGoBuildInput(
  inputs: Inputs,
  ctx: StageContext,
): Omit<GoBuildStageInput, 'signal'> & { signal?: AbortSignal } {
  const workdir = inputs.string('working-directory') || '.';
  const mod = inputs.optional('mod');
  const overwritten = inputs.optional('overwritten-x');
  return {
    workingDirectory: isAbsolute(workdir) ? workdir : resolve(ctx.workspace, workdir),
    workspace: ctx.workspace,
    packages: inputs.list('package'),
    name: inputs.optional('name'),
    output: inputs.string('output') || 'dist/{name}_{os}_{arch}{variant}{ext}',
    targets: inputs.list('targets'),
    x: [...inputs.keyValues('x')],
    version: inputs.optional('version'),
    vars: {
      version: inputs.string('version-var'),
      commit: inputs.string('commit-var'),
      date: inputs.string('date-var'),
      port: inputs.string('port-var'),
    },
    port: inputs.port('port'),
    cgo: inputs.boolean('cgo', false),
    strip: inputs.boolean('strip', true),
    trimpath: inputs.boolean('trimpath', true),
    buildvcs: inputs.boolean('buildvcs', false),
    tags: inputs.list('tags'),
    flagLines: inputs.lines('flags'),
    ldflags: inputs.string('ldflags'),
    env: [...inputs.keyValues('env', { keyPattern: ENV_NAME, keyForm: 'an environment variable name' })],
    netrc: parseNetrc(inputs.string('netrc')),
    goprivate: inputs.list('goprivate'),
    modfile: inputs.optional('modfile'),
    mod: mod === undefined ? undefined : inputs.enum('mod', ['readonly', 'vendor', 'mod'] as const),
    parallel: inputs.integer('parallel', { min: 1, max: 64 }),
    tagPrefix: tagPrefixInput(inputs),
    overwrittenX:
      overwritten === undefined
        ? undefined
        : inputs.enum('overwritten-x', ['error', 'warn', 'ignore'] as const),
    chained: ctx.chained,
    signal: ctx.signal,
  } as Omit<GoBuildStageInput, 'signal'> & { signal?: AbortSignal };
}

export function readSetupGoOptions(
  inputs: Inputs,
  ctx: StageContext & { homedir: string },
): Omit<SetupGoStageOptions, 'log'> {
  const env = ctx.env;
  const baseUrlInput = inputs.optional('go-download-base-url');
  const baseUrlEnv = env.GO_DOWNLOAD_BASE_URL?.trim() || undefined;
  return {
    goVersion: inputs.optional('go-version'),
    goVersionFile: inputs.optional('go-version-file'),
    checkLatest: inputs.boolean('check-latest'),
    architecture: inputs.optional('architecture'),
    hostArch: process.arch,
    hostPlatform: process.platform,
    downloadBaseUrl: baseUrlInput
      ? { value: baseUrlInput, from: 'input' }
      : baseUrlEnv
        ? { value: baseUrlEnv, from: 'GO_DOWNLOAD_BASE_URL' }
        : undefined,
    token: inputs.string('token'),
    serverUrl: env.GITHUB_SERVER_URL,
    cache: inputs.boolean('cache', true),
    cacheRestoreOnly: inputs.boolean('cache-restore-only'),
    cacheDependencyPath: inputs.list('cache-dependency-path'),
    gotoolchain: inputs.string('gotoolchain'),
    workspace: ctx.workspace,
    toolCacheRoot: env.RUNNER_TOOL_CACHE || join(ctx.homedir, '.cache', 'goship', 'tool-cache'),
    runnerOs: env.RUNNER_OS || process.platform,
    env,
    signal: ctx.signal,
  };
}
