/*
 * Planning a build matrix: everything that can be wrong is found here, before any file is written —
 * targets the toolchain cannot build, a missing package or modfile, -X targets that would not take
 * effect, values the go command could not read back, outputs that collide.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { aggregate, exec, InputError, UserError } from '@goship/kit';
import type { BuildContext } from './constraints.js';
import { annotationPath } from './diagnostics.js';
import {
  type ComposedLdflags,
  composeLdflags,
  findInjections,
  LdflagsQuotingError,
  ldflagsQuotingProblem,
  splitLdflags,
} from './ldflags.js';
import { listProgram, type MainModule, type Program, readGoModHead, scanProgram } from './program.js';
import { describeSource, rfc3339, type SourceInfo, sourceDateEpoch } from './source.js';
import {
  distList,
  expandOutput,
  parseTarget,
  programName,
  TARGET_VARIABLES,
  type Target,
  TargetError,
  unsupportedTargets,
} from './targets.js';
import { checkInjections, type RequestedInjection, type VerifiedInjection } from './verify.js';

/** Which variable receives an automatic value: `undefined` disables it. */
export interface AutoVar {
  name: string;
  /** Named by the user (a missing variable is an error) rather than the default (skipped with a notice). */
  explicit: boolean;
}

export interface GoBuildOptions {
  /** Absolute directory `go build` runs in. */
  workingDirectory: string;
  /** Root that annotation paths are made relative to (GITHUB_WORKSPACE). */
  workspace: string;
  /** Main packages (`.`, `./cmd/server`, or import paths). */
  packages: string[];
  /** Program name (only with a single package); default: last element of the import path. */
  name?: string;
  /** Output template with {name} {os} {arch} {variant} {ext} {platform}, relative to workingDirectory. */
  output: string;
  /** `os/arch[/variant]`; empty → the host. */
  targets: string[];
  /** -X values from the user, in order. */
  x: [string, string][];
  /** Overrides the version derived from git. */
  version?: string;
  vars: { version?: AutoVar; commit?: AutoVar; date?: AutoVar; port?: AutoVar };
  port?: number;
  cgo: boolean;
  strip: boolean;
  trimpath: boolean;
  buildvcs: boolean;
  tags: string[];
  /** Extra `go build` arguments. */
  flags: string[];
  /** Extra raw ldflags, appended after ours. */
  ldflags: string;
  /** Extra build environment. */
  env: [string, string][];
  modfile?: string;
  mod?: 'readonly' | 'vendor' | 'mod';
  /** Concurrent builds (default: CPU count). */
  parallel?: number;
  tagPrefix?: string;
  /** The go command (default `go` from PATH). */
  go?: string;
  /** Inherited environment (default process.env). */
  baseEnv?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

export interface BuildJob {
  /** Program name. */
  name: string;
  /** The package argument given to go build. */
  pkg: string;
  target: Target;
  /** Absolute output path. */
  output: string;
  ldflags: ComposedLdflags;
  injections: VerifiedInjection[];
  env: NodeJS.ProcessEnv;
  /** Arguments after `go`. */
  args: string[];
}

export interface BuildPlan {
  go: string;
  goVersion: string;
  workingDirectory: string;
  workspace: string;
  jobs: BuildJob[];
  parallel: number;
  /** Git description of the source, when it was needed (version not given, or commit/date injected). */
  source?: SourceInfo;
  version: string;
  commit: string;
  date: string;
  /** Automatic values not injected because the program lacks the default variable. */
  skipped: { name: string; input: string; reason: string; targets: string[] }[];
  timings: { toolchainMs: number; sourceMs: number; verifyMs: number };
  /** How each program's packages were read (fast scan, or go list), per job index. */
  verifiedVia: ('scan' | 'go list')[];
}

const FLAG_OWNERS: Record<string, string> = {
  '-o': 'output',
  '-ldflags': 'ldflags',
  '-trimpath': 'trimpath',
  '-buildvcs': 'buildvcs',
  '-tags': 'tags',
  '-modfile': 'modfile',
  '-mod': 'mod',
  '-C': 'working-directory',
};

const ENV_OWNERS: Record<string, string> = Object.fromEntries([
  ...TARGET_VARIABLES.map((v) => [v, 'targets (use a variant such as linux/arm/v7 or linux/amd64/v3)']),
  ['CGO_ENABLED', 'cgo'],
]);

/** Checks of the inputs alone (no toolchain needed); every problem is collected. */
function checkOptions(o: GoBuildOptions): { targets: Target[]; errors: UserError[] } {
  const errors: UserError[] = [];
  const targets: Target[] = [];
  for (const t of o.targets) {
    try {
      targets.push(parseTarget(t));
    } catch (err) {
      if (!(err instanceof TargetError)) throw err;
      errors.push(
        new InputError(
          'targets',
          err.message,
          'os/arch or os/arch/variant (see `go tool dist list`)',
          err.hint,
        ),
      );
    }
  }
  const seen = new Set<string>();
  for (const t of targets) {
    if (seen.has(t.platform))
      errors.push(new InputError('targets', `'${t.platform}' is listed twice`, 'each target once'));
    seen.add(t.platform);
  }
  for (const arg of o.flags) {
    const flag = arg.replace(/^--/, '-').split('=')[0]!;
    const owner = FLAG_OWNERS[flag];
    if (owner)
      errors.push(
        new InputError(
          'flags',
          `'${arg}' is set through the '${owner}' input`,
          `go build flags other than ${Object.keys(FLAG_OWNERS).join(' ')}`,
        ),
      );
  }
  for (const [key] of o.env) {
    const owner = ENV_OWNERS[key];
    if (owner)
      errors.push(
        new InputError('env', `${key} is set by the action`, `other variables; set it through ${owner}`),
      );
  }
  if (o.packages.length === 0)
    errors.push(new InputError('package', 'is empty', 'a main package such as . or ./cmd/server'));
  for (const p of o.packages) {
    if (p.includes('...'))
      errors.push(
        new InputError('package', `'${p}' is a pattern`, 'main packages named one by one (./cmd/a, ./cmd/b)'),
      );
  }
  if (o.name !== undefined && o.packages.length > 1) {
    errors.push(
      new InputError(
        'name',
        'is set but several packages are built',
        'no name (each program is named after its package)',
      ),
    );
  }
  if (o.packages.length > 1 && !o.output.includes('{name}')) {
    errors.push(
      new InputError(
        'output',
        `'${o.output}' has no {name} but several packages are built`,
        'a template containing {name}',
      ),
    );
  }
  if (o.modfile !== undefined && !o.modfile.endsWith('.mod')) {
    const suggested = o.modfile.replace(/^go\.mod\.(.+)$/, 'go.$1.mod');
    errors.push(
      new InputError(
        'modfile',
        `'${o.modfile}' does not end in .mod, which the go command requires (-modfile=… must have a .mod extension)`,
        'a file such as go.prod.mod, with its sums in go.prod.sum',
        suggested !== o.modfile
          ? `Rename it to ${suggested} (and its go.sum to ${suggested.replace(/\.mod$/, '.sum')}).`
          : undefined,
      ),
    );
  }
  try {
    splitLdflags(o.ldflags);
  } catch (err) {
    if (!(err instanceof LdflagsQuotingError)) throw err;
    errors.push(
      new InputError(
        'ldflags',
        `${err.message}`,
        'linker flags as the go command reads them (quote values with spaces in \'…\' or "…")',
      ),
    );
  }
  for (const [name, value] of o.x) {
    const problem = ldflagsQuotingProblem(`${name}=${value}`);
    if (problem)
      errors.push(
        new InputError(
          'x',
          `the value of ${name} ${problem}`,
          'a value without both quote kinds, or without whitespace',
        ),
      );
  }
  if (o.version !== undefined) {
    const problem = ldflagsQuotingProblem(`main.v=${o.version}`);
    if (problem)
      errors.push(new InputError('version', `'${o.version}' ${problem}`, 'a version such as 1.2.3'));
  }
  if (o.vars.port?.explicit && o.port === undefined) {
    errors.push(
      new InputError(
        'port',
        `is empty but port-var names ${o.vars.port.name}`,
        'a TCP port number from 1 to 65535',
      ),
    );
  }
  return { targets, errors };
}

interface GoEnv {
  GOVERSION: string;
  GOMOD: string;
  GOWORK: string;
  GOHOSTOS: string;
  GOHOSTARCH: string;
  GOFLAGS: string;
}

/** Tags from GOFLAGS' -tags, which apply when the tags input is empty. */
function tagsFromGoflags(goflags: string): string[] {
  const m = /(?:^|\s)--?tags=(\S*)/.exec(goflags);
  return m ? m[1]!.split(',').filter(Boolean) : [];
}

export async function planBuild(o: GoBuildOptions): Promise<BuildPlan> {
  const { targets: parsedTargets, errors } = checkOptions(o);
  if (errors.length > 0) throw aggregate(errors, `${errors.length} inputs are not valid`);

  const go = o.go ?? 'go';
  const cwd = o.workingDirectory;
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    throw new InputError('working-directory', `${cwd} is not a directory`, 'a directory inside the checkout');
  }
  const baseEnv: NodeJS.ProcessEnv = { ...(o.baseEnv ?? process.env) };
  for (const v of [...TARGET_VARIABLES, 'CGO_ENABLED']) delete baseEnv[v];
  for (const [k, v] of o.env) baseEnv[k] = v;

  // The toolchain facts and the git description are independent: ask for them together.
  const t0 = performance.now();
  const needSource = o.version === undefined || o.vars.commit !== undefined || o.vars.date !== undefined;
  const sourcePromise = needSource
    ? describeSource(cwd, { env: baseEnv, tagPrefix: o.tagPrefix, signal: o.signal }).then(
        (s) => ({ s, ms: performance.now() - t0 }),
        (err: unknown) => ({ err, ms: performance.now() - t0 }),
      )
    : undefined;
  const envRes = await exec(
    go,
    ['env', '-json', 'GOVERSION', 'GOMOD', 'GOWORK', 'GOHOSTOS', 'GOHOSTARCH', 'GOFLAGS'],
    { cwd, env: baseEnv, signal: o.signal },
  );
  const goEnv = JSON.parse(envRes.stdout) as GoEnv;
  if (!goEnv.GOMOD || goEnv.GOMOD === '/dev/null' || goEnv.GOMOD === 'NUL') {
    throw new InputError(
      'working-directory',
      `${cwd} is not inside a Go module (no go.mod here or above)`,
      'the directory of a Go module',
      'Set working-directory to the folder that contains go.mod.',
    );
  }
  const targets =
    parsedTargets.length > 0 ? parsedTargets : [parseTarget(`${goEnv.GOHOSTOS}/${goEnv.GOHOSTARCH}`)];
  const supported = await distList(go, goEnv.GOVERSION);
  const unsupported = unsupportedTargets(targets, supported);
  if (unsupported.length > 0) {
    throw aggregate(
      unsupported.map(
        (e) => new InputError('targets', e.message, 'a pair listed by `go tool dist list`', e.hint),
      ),
      `${unsupported.length} targets are not supported by ${goEnv.GOVERSION}`,
    );
  }
  const mod: MainModule = { root: dirname(goEnv.GOMOD), path: '' };
  const modfileText = readFileSync(goEnv.GOMOD, 'utf8');
  mod.path = readGoModHead(modfileText).module;
  if (o.modfile !== undefined) {
    const modfile = resolve(cwd, o.modfile);
    if (!existsSync(modfile)) {
      throw new InputError(
        'modfile',
        `${o.modfile} does not exist (looked for ${modfile})`,
        'an existing go.mod variant, e.g. go.prod.mod',
      );
    }
    const head = readGoModHead(readFileSync(modfile, 'utf8'));
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
  }
  if (goEnv.GOWORK && goEnv.GOWORK !== 'off' && o.modfile !== undefined) {
    throw new InputError(
      'modfile',
      'cannot be used in workspace mode (a go.work applies here)',
      'no modfile, or GOWORK=off in env',
    );
  }
  const toolchainMs = performance.now() - t0;

  const loadFlags = [
    ...(o.tags.length > 0 ? [`-tags=${o.tags.join(',')}`] : []),
    ...(o.modfile !== undefined ? [`-modfile=${o.modfile}`] : []),
    ...(o.mod !== undefined ? [`-mod=${o.mod}`] : []),
  ];
  const minor = /^go1\.(\d+)/.exec(goEnv.GOVERSION);
  const tags = new Set(o.tags.length > 0 ? o.tags : tagsFromGoflags(goEnv.GOFLAGS));
  const workspaceMode = Boolean(goEnv.GOWORK && goEnv.GOWORK !== 'off');

  // Automatic values.
  let source: SourceInfo | undefined;
  let sourceMs = 0;
  if (sourcePromise) {
    const r = await sourcePromise;
    sourceMs = r.ms;
    if ('err' in r) {
      // Without git, an explicit version still builds; commit and date are then unknown.
      if (o.version === undefined || o.vars.commit?.explicit || o.vars.date?.explicit) throw r.err;
    } else source = r.s;
  }
  const version = o.version ?? source?.version ?? '';
  const commit = source?.commit ?? '';
  const epoch = sourceDateEpoch(baseEnv);
  const date = source?.commitTime ?? (epoch !== undefined ? rfc3339(epoch) : '');
  const autoValues: [keyof GoBuildOptions['vars'], string, string | undefined][] = [
    ['version', 'version-var', version || undefined],
    ['commit', 'commit-var', commit || undefined],
    ['date', 'date-var', date || undefined],
    ['port', 'port-var', o.port !== undefined ? String(o.port) : undefined],
  ];
  const xNames = new Set(o.x.map(([k]) => k));
  const requested: RequestedInjection[] = [];
  const inputErrors: UserError[] = [];
  for (const [key, input, value] of autoValues) {
    const v = o.vars[key];
    if (!v || value === undefined) continue;
    if (xNames.has(v.name)) {
      if (v.explicit)
        inputErrors.push(new InputError(input, `${v.name} is also set in x`, 'each variable set once'));
      continue; // the user's own value for the default variable wins
    }
    requested.push({ name: v.name, value, origin: v.explicit ? 'auto-explicit' : 'auto-default', input });
  }
  for (const [name, value] of o.x) requested.push({ name, value, origin: 'x', input: 'x' });
  for (const { name, value } of findInjections(splitLdflags(o.ldflags)))
    requested.push({ name, value, origin: 'ldflags', input: 'ldflags' });
  if (inputErrors.length > 0) throw aggregate(inputErrors, 'conflicting inputs');

  // One program view per (package, target): the fast scan when it can decide, else go list.
  const t1 = performance.now();
  const jobs: BuildJob[] = [];
  const verifiedVia: ('scan' | 'go list')[] = [];
  const skipped = new Map<string, { name: string; input: string; reason: string; targets: string[] }>();
  const verifyErrors: UserError[] = [];
  const outputs = new Map<string, string>();
  const parallel = Math.max(1, o.parallel ?? availableParallelism());
  const matrix = o.packages.flatMap((pkg) => targets.map((target) => ({ pkg, target })));
  const programs = await mapLimit(matrix, parallel, async ({ pkg, target }) => {
    const env: NodeJS.ProcessEnv = { ...baseEnv, ...target.env, CGO_ENABLED: o.cgo ? '1' : '0' };
    const ctx: BuildContext = {
      goos: target.os,
      goarch: target.arch,
      cgo: o.cgo,
      tags,
      goMinor: minor ? Number(minor[1]) : 0,
      env,
    };
    const local =
      pkg === '.' || pkg === '..' || pkg.startsWith('./') || pkg.startsWith('../') || isAbsolute(pkg);
    const nonMainPkgs = requested
      .map((r) => r.name.slice(0, r.name.lastIndexOf('.')))
      .filter((p) => p !== 'main');
    const mainDir = local
      ? resolve(cwd, pkg)
      : mod.path && (pkg === mod.path || pkg.startsWith(`${mod.path}/`))
        ? join(mod.root, pkg.slice(mod.path.length))
        : undefined;
    if (local && !existsSync(mainDir!)) {
      throw new InputError(
        'package',
        `${pkg} does not exist (resolved to ${mainDir})`,
        'the directory of a main package, relative to working-directory',
      );
    }
    const canScan =
      minor &&
      !workspaceMode &&
      mod.path &&
      mainDir &&
      nonMainPkgs.every((p) => p === mod.path || p.startsWith(`${mod.path}/`));
    let program: Program | undefined = canScan ? scanProgram(mainDir, mod, ctx) : undefined;
    program ??= await listProgram(local ? pkg : pkg, {
      go,
      cwd,
      env,
      flags: loadFlags,
      signal: o.signal,
    }).catch((err: unknown) => {
      throw err instanceof UserError
        ? new InputError(
            'package',
            err.message.replace(/^package \S+: /, `${pkg}: `),
            'a main package that exists for every target',
          )
        : err;
    });
    return { pkg, target, env, program };
  });
  for (const { pkg, target, env, program } of programs) {
    const main = program.packages.get(program.mainImportPath);
    if (main && main.name !== 'main') {
      throw new InputError(
        'package',
        `${pkg} is package ${main.name}, not a command`,
        'a main package (package main)',
        'go build writes no program for a library package.',
      );
    }
    const check = checkInjections(program, requested, target.platform);
    verifyErrors.push(...check.errors);
    for (const s of check.skipped) {
      const key = `${s.name}\0${s.reason}`;
      const entry = skipped.get(key) ?? { ...s, targets: [] };
      entry.targets.push(target.platform);
      skipped.set(key, entry);
    }
    const name = o.name ?? programName(program.mainImportPath);
    let ldflags: ComposedLdflags;
    try {
      ldflags = composeLdflags({
        strip: o.strip,
        emptyBuildId: true,
        inject: check.accepted
          .filter((a) => a.origin !== 'ldflags')
          .map(({ name: n, value }) => ({ name: n, value })),
        extra: o.ldflags,
      });
    } catch (err) {
      if (!(err instanceof LdflagsQuotingError)) throw err;
      throw new InputError('ldflags', err.message, 'linker flags the go command can read');
    }
    let output: string;
    try {
      output = resolve(cwd, expandOutput(o.output, { name, target }));
    } catch (err) {
      if (!(err instanceof TargetError)) throw err;
      throw new InputError('output', err.message, 'a path template', err.hint);
    }
    if (/[\n\\]/.test(relative(cwd, output)))
      throw new InputError('output', `'${output}' contains a newline or backslash`, 'a plain relative path');
    const clash = outputs.get(output);
    if (clash) {
      throw new InputError(
        'output',
        `${pkg} for ${target.platform} and ${clash} would both be written to ${relative(cwd, output)}`,
        'a template that differs per target, e.g. with {os}, {arch} and {variant}',
      );
    }
    outputs.set(output, `${pkg} for ${target.platform}`);
    const args = [
      'build',
      '-o',
      output,
      ...(o.trimpath ? ['-trimpath'] : []),
      `-buildvcs=${o.buildvcs}`,
      `-ldflags=${ldflags.ldflags}`,
      ...loadFlags,
      ...o.flags,
      pkg,
    ];
    jobs.push({ name, pkg, target, output, ldflags, injections: check.accepted, env, args });
    verifiedVia.push(program.via);
  }
  if (verifyErrors.length > 0) {
    // Locations relative to the workspace, as annotations need them.
    const located = dedupe(verifyErrors).map((e) =>
      e.location
        ? new UserError(e.message, {
            hint: e.hint,
            location: { ...e.location, file: annotationPath(e.location.file, cwd, o.workspace) },
          })
        : e,
    );
    throw aggregate(located, `${located.length} -X targets would not take effect`);
  }

  return {
    go,
    goVersion: goEnv.GOVERSION,
    workingDirectory: cwd,
    workspace: o.workspace,
    jobs,
    parallel,
    source,
    version,
    commit,
    date,
    skipped: [...skipped.values()],
    timings: { toolchainMs, sourceMs, verifyMs: performance.now() - t1 },
    verifiedVia,
  };
}

/** The same problem found for several targets is reported once, naming them all. */
function dedupe(errors: UserError[]): UserError[] {
  const byProblem = new Map<string, { err: UserError; targets: string[] }>();
  for (const e of errors) {
    const m = / would not take effect for (\S+): /.exec(e.message);
    const key = m ? e.message.replace(m[0], ' would not take effect for * : ') : e.message;
    const seen = byProblem.get(key);
    if (seen && m) seen.targets.push(m[1]!);
    else byProblem.set(key, { err: e, targets: m ? [m[1]!] : [] });
  }
  return [...byProblem.values()].map(({ err, targets }) =>
    targets.length > 1
      ? new UserError(err.message.replace(` for ${targets[0]}: `, ` for ${targets.join(', ')}: `), {
          hint: err.hint,
          location: err.location,
        })
      : err,
  );
}

/** Runs `fn` over `items` with at most `limit` running at once, keeping the order of results. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!, i);
      }
    }),
  );
  return results;
}
