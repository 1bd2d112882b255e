/*
 * What the Go toolchain says about the module and the targets, asked once per build: `go env -json`,
 * `go tool dist list`, the main module's go.mod (or the modfile input).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { aggregate, exec, InputError, UserError } from '@goship/kit';
import type { GoBuildOptions } from './options.js';
import { type MainModule, readGoModHead } from './program.js';
import { distList, parseTarget, type Target, unsupportedTargets } from './targets.js';

/** What the toolchain says about the module and the targets. */
export interface Toolchain {
  goVersion: string;
  goMinor: number;
  targets: Target[];
  mod: MainModule;
  workspaceMode: boolean;
  /** Tags in effect: the tags input, else -tags from GOFLAGS. */
  tags: Set<string>;
  /** Flags that change package loading, for go build and go list alike. */
  loadFlags: string[];
  /** The go.mod the build reads (the modfile when given) and whether it requires any module. */
  gomod: string;
  requires: boolean;
}

export async function inspectToolchain(
  o: GoBuildOptions,
  go: string,
  env: NodeJS.ProcessEnv,
  parsed: Target[],
): Promise<Toolchain> {
  const cwd = o.workingDirectory;
  const fields = ['GOVERSION', 'GOMOD', 'GOWORK', 'GOHOSTOS', 'GOHOSTARCH', 'GOFLAGS'];
  const goEnv = parseGoEnv(
    go,
    (await exec(go, ['env', '-json', ...fields], { cwd, env, signal: o.signal })).stdout,
  );
  const gomod = goEnv.GOMOD ?? '';
  if (!gomod || gomod === '/dev/null' || gomod === 'NUL') {
    throw new InputError(
      'working-directory',
      `${cwd} is not inside a Go module (no go.mod here or above)`,
      'the directory of a Go module',
      'Set working-directory to the folder that contains go.mod.',
    );
  }
  const goVersion = goEnv.GOVERSION ?? '';
  const targets = parsed.length > 0 ? parsed : [parseTarget(`${goEnv.GOHOSTOS}/${goEnv.GOHOSTARCH}`)];
  const unsupported = unsupportedTargets(targets, await distList(go, goVersion));
  if (unsupported.length > 0) {
    throw aggregate(
      unsupported.map(
        (e) => new InputError('targets', e.message, 'a pair listed by `go tool dist list`', e.hint),
      ),
      `${unsupported.length} targets are not supported by ${goVersion}`,
    );
  }
  const workspaceMode = Boolean(goEnv.GOWORK && goEnv.GOWORK !== 'off');
  const mainHead = readGoModHead(readFileSync(gomod, 'utf8'));
  const mod: MainModule = { root: dirname(gomod), path: mainHead.module };
  let modFile = gomod;
  let requires = mainHead.requires;
  if (o.modfile !== undefined) {
    const modfile = resolve(cwd, o.modfile);
    if (!existsSync(modfile)) {
      throw new InputError(
        'modfile',
        `${o.modfile} does not exist (looked for ${modfile})`,
        'an existing go.mod variant, e.g. go.prod.mod',
      );
    }
    if (workspaceMode)
      throw new InputError(
        'modfile',
        'cannot be used in workspace mode (a go.work applies here)',
        'no modfile, or GOWORK=off in env',
      );
    const head = readGoModHead(readFileSync(modfile, 'utf8'));
    // cmd/go reads the sums of x.mod from x.sum; they are only needed when something is required.
    const sum = modfile.replace(/\.mod$/, '.sum');
    if (head.requires && !existsSync(sum)) {
      throw new InputError(
        'modfile',
        `${o.modfile} requires modules but ${basename(sum)} is missing next to it`,
        `a matching ${basename(sum)}`,
        `Create it with: go mod tidy -modfile=${o.modfile}`,
      );
    }
    if (head.module) mod.path = head.module;
    modFile = modfile;
    requires = head.requires;
  }
  const goflagsTags =
    /(?:^|\s)--?tags=(\S*)/
      .exec(goEnv.GOFLAGS ?? '')?.[1]
      ?.split(',')
      .filter(Boolean) ?? [];
  return {
    goVersion,
    goMinor: Number(/^go1\.(\d+)/.exec(goVersion)?.[1] ?? 0),
    targets,
    mod,
    workspaceMode,
    tags: new Set(o.tags.length > 0 ? o.tags : goflagsTags),
    loadFlags: [
      ...(o.tags.length > 0 ? [`-tags=${o.tags.join(',')}`] : []),
      ...(o.modfile !== undefined ? [`-modfile=${o.modfile}`] : []),
      ...modFlag(o.mod, goEnv, mod.root, workspaceMode),
    ],
    gomod: modFile,
    requires,
  };
}

/**
 * -mod for the build: the mod input; else none when GOFLAGS has one (the user's choice, which the go command
 * reads from there) or a vendor directory makes -mod=vendor the go command's default; else -mod=readonly, so
 * that no build ever rewrites go.mod or go.sum to make itself pass (also allowed in workspace mode).
 */
export function modFlag(
  mod: GoBuildOptions['mod'],
  goEnv: Record<string, string>,
  root: string,
  workspaceMode: boolean,
): string[] {
  if (mod !== undefined) return [`-mod=${mod}`];
  if (/(?:^|\s)--?mod=/.test(goEnv.GOFLAGS ?? '')) return [];
  const vendorRoot = workspaceMode ? dirname(goEnv.GOWORK ?? '') : root;
  if (existsSync(join(vendorRoot, 'vendor', 'modules.txt'))) return [];
  return ['-mod=readonly'];
}

/**
 * `go env -json`'s answer. A toolchain that prints something else is not a working go command (a
 * wrapper script, a stub, a half-extracted cache entry): say which one, not "Unexpected token".
 */
export function parseGoEnv(go: string, stdout: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(stdout);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, string>;
  } catch {
    // reported below
  }
  const first = stdout.trim().split('\n')[0]?.slice(0, 120) ?? '';
  throw new UserError(
    `${go} is not a working Go toolchain: \`go env -json\` printed ${first ? `"${first}"` : 'nothing'} instead of JSON`,
    {
      hint: 'Check which go setup-go put on PATH (its go-root output); remove a broken tool-cache entry and run again.',
    },
  );
}
