/*
 * Planning a build matrix: everything that can be wrong is found here, before any file is written —
 * targets the toolchain cannot build, a missing package or modfile, -X targets that would not take
 * effect, values the go command could not read back, outputs that collide.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import {
  type ComposedLdflags,
  composeLdflags,
  describeSource,
  findInjections,
  LdflagsQuotingError,
  rfc3339,
  type SourceInfo,
  sourceDateEpoch,
  splitLdflags,
} from '@goship/contract';
import { aggregate, InputError, mapLimit, UserError } from '@goship/kit';
import type { BuildContext } from './constraints.js';
import { annotationPath } from './diagnostics.js';
import { checkModules, sumFileOf } from './modules.js';
import { buildEnvironment, checkOptions, type GoBuildOptions } from './options.js';
import { listProgram, type Program, scanProgram } from './program.js';
import { expandOutput, programName, type Target, TargetError } from './targets.js';
import { inspectToolchain, type Toolchain } from './toolchain.js';
import {
  checkInjections,
  findOverwritten,
  type InjectionCheck,
  overwriteError,
  type RequestedInjection,
  type VerifiedInjection,
} from './verify.js';

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
  /** modulesMs: loading and checking the module dependencies (0 when go.mod requires nothing). */
  timings: { toolchainMs: number; sourceMs: number; modulesMs: number; verifyMs: number };
  /** How each job's program was read (fast scan, or go list), in job order. */
  verifiedVia: ('scan' | 'go list')[];
}

/** The -X injections asked for: automatic values (unless their variable is also in x), x, -X in ldflags. */
function requestedInjections(
  o: GoBuildOptions,
  values: { version: string; commit: string; date: string },
): RequestedInjection[] {
  const auto: [keyof GoBuildOptions['vars'], string, string | undefined][] = [
    ['version', 'version-var', values.version || undefined],
    ['commit', 'commit-var', values.commit || undefined],
    ['date', 'date-var', values.date || undefined],
    ['port', 'port-var', o.port !== undefined ? String(o.port) : undefined],
  ];
  const xNames = new Set(o.x.map(([k]) => k));
  const requested: RequestedInjection[] = [];
  const conflicts: UserError[] = [];
  for (const [key, input, value] of auto) {
    const v = o.vars[key];
    if (!v || value === undefined) continue;
    if (xNames.has(v.name)) {
      if (v.explicit)
        conflicts.push(new InputError(input, `${v.name} is also set in x`, 'each variable set once'));
      continue; // the user's own value for the default variable wins
    }
    requested.push({ name: v.name, value, origin: v.explicit ? 'auto-explicit' : 'auto-default', input });
  }
  if (conflicts.length > 0) throw aggregate(conflicts, 'conflicting inputs');
  for (const [name, value] of o.x) requested.push({ name, value, origin: 'x', input: 'x' });
  for (const { name, value } of findInjections(splitLdflags(o.ldflags)))
    requested.push({ name, value, origin: 'ldflags', input: 'ldflags' });
  return requested;
}

/** The program built from `pkg` for `target`: the fast scan when it can decide, else go list. */
async function programFor(
  o: GoBuildOptions,
  go: string,
  tc: Toolchain,
  pkg: string,
  env: NodeJS.ProcessEnv,
  target: Target,
  requested: RequestedInjection[],
): Promise<Program> {
  const cwd = o.workingDirectory;
  const { mod } = tc;
  const local =
    pkg === '.' || pkg === '..' || pkg.startsWith('./') || pkg.startsWith('../') || isAbsolute(pkg);
  const inModule = (p: string) => Boolean(mod.path) && (p === mod.path || p.startsWith(`${mod.path}/`));
  const mainDir = local
    ? resolve(cwd, pkg)
    : inModule(pkg)
      ? join(mod.root, pkg.slice(mod.path.length))
      : undefined;
  if (local && !existsSync(mainDir!)) {
    throw new InputError(
      'package',
      `${pkg} does not exist (resolved to ${mainDir})`,
      'the directory of a main package, relative to working-directory',
    );
  }
  const xPackages = requested
    .map((r) => r.name.slice(0, r.name.lastIndexOf('.')))
    .filter((p) => p !== 'main');
  if (mainDir && tc.goMinor > 0 && !tc.workspaceMode && xPackages.every(inModule)) {
    const ctx: BuildContext = {
      goos: target.os,
      goarch: target.arch,
      cgo: o.cgo,
      tags: tc.tags,
      goMinor: tc.goMinor,
      env,
    };
    const scanned = scanProgram(mainDir, mod, ctx);
    if (scanned) return scanned;
  }
  return listProgram(pkg, { go, cwd, env, flags: tc.loadFlags, signal: o.signal }).catch((err: unknown) => {
    if (!(err instanceof UserError)) throw err;
    throw new InputError(
      'package',
      err.message.replace(/^package \S+: /, `${pkg}: `),
      'a main package that exists for every target',
    );
  });
}

function jobFor(
  o: GoBuildOptions,
  tc: Toolchain,
  pkg: string,
  target: Target,
  env: NodeJS.ProcessEnv,
  program: Program,
  check: InjectionCheck,
): BuildJob {
  const cwd = o.workingDirectory;
  const name = o.name ?? programName(program.mainImportPath);
  let ldflags: ComposedLdflags;
  try {
    const inject = check.accepted
      .filter((a) => a.origin !== 'ldflags')
      .map(({ name: n, value }) => ({ name: n, value }));
    ldflags = composeLdflags({ strip: o.strip, emptyBuildId: true, inject, extra: o.ldflags });
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
  // sha256sums.txt escapes nothing: keep names that need no escaping.
  if (/[\n\\]/.test(relative(cwd, output)))
    throw new InputError('output', `'${output}' contains a newline or backslash`, 'a plain relative path');
  const args = [
    'build',
    '-o',
    output,
    ...(o.trimpath ? ['-trimpath'] : []),
    `-buildvcs=${o.buildvcs}`,
    `-ldflags=${ldflags.ldflags}`,
    ...tc.loadFlags,
    ...o.flags,
    '--', // the package is never a flag, whatever it looks like
    pkg,
  ];
  return { name, pkg, target, output, ldflags, injections: check.accepted, env, args };
}

export async function planBuild(o: GoBuildOptions): Promise<BuildPlan> {
  const { targets: parsedTargets, errors } = checkOptions(o);
  if (errors.length > 0) throw aggregate(errors, `${errors.length} inputs are not valid`);
  const go = o.go ?? 'go';
  const cwd = o.workingDirectory;
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    throw new InputError('working-directory', `${cwd} is not a directory`, 'a directory inside the checkout');
  }
  const baseEnv = buildEnvironment(o);
  const { tc, toolchainMs, source, sourceMs } = await toolchainAndSource(o, go, baseEnv, parsedTargets);
  const epoch = sourceDateEpoch(baseEnv);
  const values = {
    version: o.version ?? source?.version ?? '',
    commit: source?.commit ?? '',
    date: source?.commitTime ?? (epoch !== undefined ? rfc3339(epoch) : ''),
  };
  const requested = requestedInjections(o, values);

  const parallel = Math.max(1, o.parallel ?? availableParallelism());
  const envOf = (t: Target): NodeJS.ProcessEnv => ({ ...baseEnv, ...t.env, CGO_ENABLED: o.cgo ? '1' : '0' });
  const t0 = performance.now();
  if (tc.requires || tc.workspaceMode) {
    const files = { gomod: tc.gomod, gosum: sumFileOf(tc.gomod), cwd, workspace: o.workspace };
    const targets = tc.targets.map((t) => ({ platform: t.platform, env: envOf(t) }));
    await checkModules({
      go,
      cwd,
      packages: o.packages,
      targets,
      flags: tc.loadFlags,
      files,
      parallel,
      signal: o.signal,
    });
  }
  const t1 = performance.now();
  const matrix = o.packages.flatMap((pkg) => tc.targets.map((target) => ({ pkg, target })));
  const programs = await mapLimit(matrix, parallel, async ({ pkg, target }) => {
    const env = envOf(target);
    return { pkg, target, env, program: await programFor(o, go, tc, pkg, env, target, requested) };
  });
  const planned = planJobs(o, tc, programs, requested);
  reportVerification(o, planned);

  return {
    go,
    goVersion: tc.goVersion,
    workingDirectory: cwd,
    workspace: o.workspace,
    jobs: planned.jobs,
    parallel,
    source,
    ...values,
    skipped: [...planned.skipped.values()],
    timings: { toolchainMs, sourceMs, modulesMs: t1 - t0, verifyMs: performance.now() - t1 },
    verifiedVia: programs.map((p) => p.program.via),
  };
}

/** The toolchain facts and the git description (when it is needed) are independent: asks for them together. */
async function toolchainAndSource(
  o: GoBuildOptions,
  go: string,
  baseEnv: NodeJS.ProcessEnv,
  parsedTargets: ReturnType<typeof checkOptions>['targets'],
): Promise<{ tc: Toolchain; toolchainMs: number; source: SourceInfo | undefined; sourceMs: number }> {
  const cwd = o.workingDirectory;
  const t0 = performance.now();
  const needSource = o.version === undefined || o.vars.commit !== undefined || o.vars.date !== undefined;
  const sourcePromise = needSource
    ? describeSource(cwd, { env: baseEnv, tagPrefix: o.tagPrefix, signal: o.signal }).then(
        (s) => ({ s, ms: performance.now() - t0 }),
        (err: unknown) => ({ err, ms: performance.now() - t0 }),
      )
    : undefined;
  const tc = await inspectToolchain(o, go, baseEnv, parsedTargets);
  const toolchainMs = performance.now() - t0;

  let source: SourceInfo | undefined;
  let sourceMs = 0;
  if (sourcePromise) {
    const r = await sourcePromise;
    sourceMs = r.ms;
    // Without git, an explicit version still builds; commit and date are then unknown.
    if ('err' in r) {
      if (o.version === undefined || o.vars.commit?.explicit || o.vars.date?.explicit) throw r.err;
    } else source = r.s;
  }
  return { tc, toolchainMs, source, sourceMs };
}

/** One program of the matrix: the package, target and environment it was read for. */
interface PlannedProgram {
  pkg: string;
  target: Target;
  env: NodeJS.ProcessEnv;
  program: Program;
}

/** What checking the programs found, besides their jobs. */
interface PlannedJobs {
  jobs: BuildJob[];
  skipped: Map<string, BuildPlan['skipped'][number]>;
  verifyErrors: UserError[];
  /** Overwritten -X targets at level warn, by variable and place, with the targets they were found for. */
  warnings: Map<string, { err: UserError; targets: string[] }>;
}

/** Per program: a main package, its -X injections checked, a job whose output no other job writes. */
function planJobs(
  o: GoBuildOptions,
  tc: Toolchain,
  programs: PlannedProgram[],
  requested: RequestedInjection[],
): PlannedJobs {
  const cwd = o.workingDirectory;
  const planned: PlannedJobs = { jobs: [], skipped: new Map(), verifyErrors: [], warnings: new Map() };
  const { jobs, skipped, verifyErrors } = planned;
  const outputs = new Map<string, string>();
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
    if (o.overwrittenX !== 'ignore') collectOverwritten(o, o.overwrittenX, program, check, target, planned);
    for (const s of check.skipped) {
      const key = `${s.name}\0${s.reason}`;
      const entry = skipped.get(key) ?? { ...s, targets: [] };
      entry.targets.push(target.platform);
      skipped.set(key, entry);
    }
    const job = jobFor(o, tc, pkg, target, env, program, check);
    const clash = outputs.get(job.output);
    if (clash) {
      throw new InputError(
        'output',
        `${pkg} for ${target.platform} and ${clash} would both be written to ${relative(cwd, job.output)}`,
        'a template that differs per target, e.g. with {os}, {arch} and {variant}',
      );
    }
    outputs.set(job.output, `${pkg} for ${target.platform}`);
    jobs.push(job);
  }
  return planned;
}

/** -X targets the program overwrites at run time: errors or warnings, by overwritten-x (the port: an error). */
function collectOverwritten(
  o: GoBuildOptions,
  overwrittenX: Exclude<GoBuildOptions['overwrittenX'], 'ignore'>,
  program: Program,
  check: InjectionCheck,
  target: Target,
  planned: PlannedJobs,
): void {
  const cwd = o.workingDirectory;
  const { verifyErrors, warnings } = planned;
  for (const found of findOverwritten(program, check.accepted)) {
    const isPort = o.vars.port !== undefined && found.injection.name === o.vars.port.name;
    const level = overwrittenX ?? (isPort ? 'error' : 'warn');
    const err = overwriteError(found, target.platform, annotationPath(found.file, cwd, o.workspace), level, {
      chained: o.chained,
      isPort,
    });
    if (level === 'error') verifyErrors.push(err);
    else {
      const key = `${found.injection.name}\0${found.file}:${found.overwrite.line}`;
      const seen = warnings.get(key) ?? { err, targets: [] };
      seen.targets.push(target.platform);
      warnings.set(key, seen);
    }
  }
}

/** Reports the warnings (even when errors stop the build), then throws the -X errors, merged across targets. */
function reportVerification(o: GoBuildOptions, planned: PlannedJobs): void {
  const cwd = o.workingDirectory;
  const { warnings, verifyErrors } = planned;
  const warned = mergeTargets(
    [...warnings.values()].flatMap(({ err, targets }) =>
      targets.map(
        (t) =>
          new UserError(err.message.replace(/ for \S+: /, ` for ${t}: `), {
            hint: err.hint,
            location: err.location && {
              ...err.location,
              file: annotationPath(err.location.file, cwd, o.workspace),
            },
          }),
      ),
    ),
  );
  for (const w of warned) o.onWarning?.(w);
  if (verifyErrors.length > 0) {
    // Locations relative to the workspace, as annotations need them.
    const located = mergeTargets(verifyErrors).map((e) =>
      e.location
        ? new UserError(e.message, {
            hint: e.hint,
            location: { ...e.location, file: annotationPath(e.location.file, cwd, o.workspace) },
          })
        : e,
    );
    throw aggregate(located, `${located.length} -X targets would not take effect`);
  }
}

/** The same problem found for several targets is reported once, naming them all. */
function mergeTargets(errors: UserError[]): UserError[] {
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
