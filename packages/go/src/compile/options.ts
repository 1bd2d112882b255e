/*
 * The options of a Go build matrix, and the checks that need nothing but the options themselves (run
 * first, all problems collected, each naming its input).
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { LdflagsQuotingError, ldflagsQuotingProblem, splitLdflags } from '@goship/contract';
import { confinedPath, InputError, isInside, type NetrcEntry, type UserError } from '@goship/kit';
import { goprivateProblems } from './module-access.js';
import { parseTarget, TARGET_VARIABLES, type Target, TargetError } from './targets.js';

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
  /** Credentials for private module hosts (module-access.ts); none when empty. */
  netrc?: NetrcEntry[];
  /** Module path patterns added to GOPRIVATE. */
  goprivate?: string[];
  modfile?: string;
  mod?: 'readonly' | 'vendor' | 'mod';
  /** Concurrent builds (default: CPU count). */
  parallel?: number;
  tagPrefix?: string;
  /**
   * What an -X target that the program overwrites before reading it is (overwrites.ts): undefined →
   * an error for the port variable (the process would listen elsewhere) and a warning for the others.
   */
  overwrittenX?: 'error' | 'warn' | 'ignore';
  /**
   * Inside the one-step action (ReadContext.chained), which has no overwritten-x input: hints name what
   * the user can set there (the *-var input: none) instead.
   */
  chained?: boolean;
  /** Problems that do not stop the build (an -X value overwritten, when only a warning), at file:line. */
  onWarning?: (warning: UserError) => void;
  /** The go command (default `go` from PATH). */
  go?: string;
  /** Inherited environment (default process.env). */
  baseEnv?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
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

/** go build flags that take no separate value (`-race x` makes x a package, not a value). */
const BOOLEAN_FLAGS = new Set(
  'a n x v work race msan asan cover trimpath linkshared modcacherw json buildvcs i'
    .split(' ')
    .map((f) => `-${f}`),
);

/** A build tag as the go command reads it in -tags (comma separated, so no commas or spaces). */
const BUILD_TAG = /^[A-Za-z0-9_.]+$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Arguments that reach argv must never be taken as a flag the user did not write: a package starting
 * with '-' (`-toolexec=…` runs any program), a stray positional in flags (it becomes a package), `--`.
 */
function argvProblems(o: GoBuildOptions): UserError[] {
  const errors: UserError[] = [];
  for (const p of o.packages) {
    if (p.startsWith('-'))
      errors.push(
        new InputError(
          'package',
          `'${p}' starts with '-', which the go command would read as a flag`,
          'a package directory (., ./cmd/server) or an import path',
          'Build flags go in the flags input; a directory whose name starts with - can be given as ./-name.',
        ),
      );
    else if (CONTROL.test(p))
      errors.push(
        new InputError('package', `${JSON.stringify(p)} contains a control character`, 'a package path'),
      );
  }
  // {name} becomes part of a path: one plain file name, never a way out of the output folder.
  if (o.name !== undefined && (!/^[A-Za-z0-9_+][A-Za-z0-9._+-]*$/.test(o.name) || o.name.includes('..')))
    errors.push(
      new InputError(
        'name',
        `${JSON.stringify(o.name)} is not a plain program name`,
        'letters, digits and . _ + - (not starting with . or -), without / or ..',
      ),
    );
  for (const t of o.tags) {
    if (!BUILD_TAG.test(t))
      errors.push(
        new InputError(
          'tags',
          `'${t}' is not a build tag`,
          'tags made of letters, digits, _ and . (e.g. netgo, osusergo), one per entry',
        ),
      );
  }
  let previous: string | undefined;
  for (const arg of o.flags) {
    if (arg === '--') {
      errors.push(
        new InputError(
          'flags',
          "'--' ends the flags",
          'go build flags only (the action passes the packages)',
        ),
      );
    } else if (!arg.startsWith('-')) {
      const takesValue =
        previous !== undefined &&
        previous !== '--' &&
        previous.startsWith('-') &&
        !previous.includes('=') &&
        !BOOLEAN_FLAGS.has(previous.replace(/^--/, '-'));
      if (!takesValue)
        errors.push(
          new InputError(
            'flags',
            `'${arg}' is not a flag, nor the value of the flag before it${previous ? ` ('${previous}' takes none)` : ''}`,
            'go build flags (-name or -name=value); packages go in the package input',
          ),
        );
      previous = undefined; // a value is not a flag
      continue;
    }
    previous = arg;
  }
  return errors;
}

const ENV_OWNERS: Record<string, string> = Object.fromEntries([
  ...TARGET_VARIABLES.map((v) => [v, 'targets (use a variant such as linux/arm/v7 or linux/amd64/v3)']),
  ['CGO_ENABLED', 'cgo'],
]);

/*
 * The version is injected by -X and then becomes an image tag, an OCI label, a Deployment annotation and
 * what the smoke test expects (docs/ARCHITECTURE.md "One version"): text that is not a version
 * (`1.2.3;rm -rf /`, spaces, quotes) is refused here, before anything is built with it.
 */
const VERSION_TEXT = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,127}$/;
const VERSION_FORM =
  'a version such as 1.2.3, 1.2.3-rc.1 or 1.2.3-4-gabc1234 (letters, digits and . _ + -, at most 128 characters, starting with a letter or digit)';
const VERSION_HINT = 'Leave version empty to derive it from git, or pass the release tag without its prefix.';

/** Checks of the inputs alone (no toolchain needed); every problem is collected, in the order of the checks. */
export function checkOptions(o: GoBuildOptions): { targets: Target[]; errors: UserError[] } {
  const errors: UserError[] = argvProblems(o);
  const targets = parseTargets(o, errors);
  ownedSettingProblems(o, errors);
  packageProblems(o, errors);
  outputProblems(o, errors);
  linkerProblems(o, errors);
  valueProblems(o, errors);
  errors.push(...goprivateProblems(o.goprivate ?? []));
  return { targets, errors };
}

/** The targets input parsed; each one that is not a target or is listed twice is a problem. */
function parseTargets(o: GoBuildOptions, errors: UserError[]): Target[] {
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
  return targets;
}

/** Flags and env variables that the action sets from inputs of their own. */
function ownedSettingProblems(o: GoBuildOptions, errors: UserError[]): void {
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
}

/** package (main packages named one by one) and name (only with one package). */
function packageProblems(o: GoBuildOptions, errors: UserError[]): void {
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
}

/** output: inside the workspace when relative, with {name} when several packages are built. */
function outputProblems(o: GoBuildOptions, errors: UserError[]): void {
  // Binaries are written where the template says: a relative one stays in the workspace (issue 11), unless
  // working-directory itself was given outside it.
  if (!isAbsolute(o.output) && isInside(o.workspace, resolve(o.workingDirectory))) {
    try {
      confinedPath(relative(o.workspace, resolve(o.workingDirectory, o.output)) || '.', o.workspace, {
        input: 'output',
        expected:
          'a path template inside the workspace, relative to working-directory, e.g. dist/{name}_{os}_{arch}{ext}',
        hint: 'Give an absolute path to write the binaries outside the repository.',
        shownAs: o.output,
      });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(e);
    }
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
}

/** modfile, ldflags and the values of x, as the go command and the linker read them. */
function linkerProblems(o: GoBuildOptions, errors: UserError[]): void {
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
}

/** version (text fit for a tag, a label, an annotation) and port (needed when port-var is given). */
function valueProblems(o: GoBuildOptions, errors: UserError[]): void {
  if (o.version !== undefined && !VERSION_TEXT.test(o.version)) {
    errors.push(new InputError('version', `'${o.version}' is not a version`, VERSION_FORM, VERSION_HINT));
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
}

/** The environment every go command of the build inherits: ours minus target variables, plus `env`. */
export function buildEnvironment(o: GoBuildOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...(o.baseEnv ?? process.env) };
  for (const v of [...TARGET_VARIABLES, 'CGO_ENABLED']) delete env[v];
  for (const [k, v] of o.env) env[k] = v;
  const goprivate = o.goprivate ?? [];
  if (goprivate.length > 0) env.GOPRIVATE = [env.GOPRIVATE, ...goprivate].filter(Boolean).join(',');
  return env;
}
