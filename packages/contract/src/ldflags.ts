/*
 * Composing the `-ldflags` value of `go build`, and quoting it the way the go command reads it.
 *
 * cmd/go splits the -ldflags value with cmd/internal/quoted.Split (load.PerPackageFlag.set):
 *   - fields are separated by ASCII whitespace (space, \t, \n, \r);
 *   - a field that STARTS with ' or " runs to the next identical quote; there is no escaping inside,
 *     and the closing quote ends the field even without a following space;
 *   - a quote anywhere else in a field is an ordinary character;
 *   - a value that, after trimming, does not start with '-' is read as `<pattern>=<flags>`.
 * The linker then receives each field as its own argv element, and `-X name=value` splits at the first
 * '=', so '=' and '$' in values need nothing at all (no shell is involved anywhere).
 *
 * Therefore an argument needs quoting only when it contains whitespace or starts with a quote, and it
 * can be quoted unless it contains BOTH quote kinds (Split has no escape). A value with both kinds but
 * no whitespace (`a'b"c`) is still representable unquoted, which quoted.Join would needlessly refuse.
 *
 * In the contract because two stages compose the same value: go-build-ldflags passes it to `go build`,
 * docker-multistage's Dockerfile mode to the builder as a build argument.
 */

/** A value that cannot be passed through the go command's ldflags parsing. */
export class LdflagsQuotingError extends Error {
  constructor(
    message: string,
    readonly arg: string,
  ) {
    super(message);
    this.name = 'LdflagsQuotingError';
  }
}

const isSpaceChar = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** A faithful port of cmd/internal/quoted.Split (Go 1.18+): the go command's reading of -ldflags. */
export function splitLdflags(value: string): string[] {
  const fields: string[] = [];
  let s = value;
  while (s.length > 0) {
    let start = 0;
    while (start < s.length && isSpaceChar(s[start]!)) start++;
    s = s.slice(start);
    if (s.length === 0) break;
    const first = s[0]!;
    if (first === '"' || first === "'") {
      const end = s.indexOf(first, 1);
      if (end < 0) throw new LdflagsQuotingError(`unterminated ${first} string`, value);
      fields.push(s.slice(1, end));
      s = s.slice(end + 1);
      continue;
    }
    let i = 0;
    while (i < s.length && !isSpaceChar(s[i]!)) i++;
    fields.push(s.slice(0, i));
    s = s.slice(i);
  }
  return fields;
}

/** Why `arg` cannot be represented in -ldflags, or undefined when it can. */
export function ldflagsQuotingProblem(arg: string): string | undefined {
  if (arg.includes('\0')) return 'contains a NUL byte, which no command-line argument can carry';
  const needsQuotes = arg === '' || [...arg].some(isSpaceChar) || arg.startsWith("'") || arg.startsWith('"');
  if (needsQuotes && arg.includes("'") && arg.includes('"')) {
    return (
      'contains whitespace together with both a single quote (\') and a double quote ("); the go command ' +
      'splits -ldflags on whitespace and has no escape character, so such a value cannot be passed'
    );
  }
  return undefined;
}

/** Quotes one argument so that splitLdflags gives it back unchanged; throws when that is impossible. */
export function quoteLdflagsArg(arg: string): string {
  const problem = ldflagsQuotingProblem(arg);
  if (problem) throw new LdflagsQuotingError(`ldflags argument ${JSON.stringify(arg)} ${problem}`, arg);
  const needsQuotes = arg === '' || [...arg].some(isSpaceChar) || arg.startsWith("'") || arg.startsWith('"');
  if (!needsQuotes) return arg;
  return arg.includes("'") ? `"${arg}"` : `'${arg}'`;
}

/** The -ldflags value for a list of linker arguments (the inverse of splitLdflags). */
export function joinLdflags(args: readonly string[]): string {
  return args.map(quoteLdflagsArg).join(' ');
}

// An import path as the go command accepts it (module.CheckImportPath's characters), then '.', then a Go
// identifier. The linker splits `-X` at the LAST dot before '=', so the identifier cannot contain dots.
const IMPORT_PATH = String.raw`(?:[A-Za-z0-9_~+\-][A-Za-z0-9._~+\-]*)(?:/[A-Za-z0-9_~+\-][A-Za-z0-9._~+\-]*)*`;
const IDENTIFIER = String.raw`[\p{L}_][\p{L}\p{Nd}_]*`;
export const X_NAME_PATTERN = new RegExp(`^(${IMPORT_PATH})\\.(${IDENTIFIER})$`, 'u');
export const X_NAME_FORM =
  'an import path, a dot and a Go identifier, e.g. main.version or example.com/app/internal/build.Commit';

export interface XName {
  /** The package as -X names it: `main` for the program's main package, else its import path. */
  pkg: string;
  /** The variable's identifier. */
  ident: string;
}

/** Splits `importpath.name`; undefined when it is not a valid -X target. */
export function parseXName(name: string): XName | undefined {
  const m = X_NAME_PATTERN.exec(name);
  return m ? { pkg: m[1]!, ident: m[2]! } : undefined;
}

/** One `-X name=value` injection. */
export interface Injection {
  name: string;
  value: string;
}

export interface LdflagsOptions {
  /** `-s -w`: drop the symbol table and DWARF (default true). */
  strip?: boolean;
  /** `-buildid=`: an empty build ID so that identical inputs give identical bytes (default true). */
  emptyBuildId?: boolean;
  /** `-X` injections, in order. */
  inject?: readonly Injection[];
  /** Raw extra ldflags (as a user writes them), appended after ours so that they win. */
  extra?: string;
}

export interface ComposedLdflags {
  /** The exact -ldflags value (pass as one argv element: `-ldflags=<this>`). */
  ldflags: string;
  /** The linker arguments it stands for (what splitLdflags(ldflags) returns). */
  args: string[];
  /** The effective `-X` values after the extra flags are applied (the linker keeps the last one per name). */
  injected: Record<string, string>;
}

/** `-X` pairs found in a list of linker arguments (`-X n=v`, `-X=n=v`, `--X n=v`). */
export function findInjections(args: readonly string[]): Injection[] {
  const out: Injection[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    let pair: string | undefined;
    if (a === '-X' || a === '--X') pair = args[++i];
    else if (a.startsWith('-X=')) pair = a.slice(3);
    else if (a.startsWith('--X=')) pair = a.slice(4);
    if (pair === undefined) continue;
    const eq = pair.indexOf('=');
    if (eq > 0) out.push({ name: pair.slice(0, eq), value: pair.slice(eq + 1) });
  }
  return out;
}

/**
 * Builds the -ldflags value: `-s -w -buildid= -X k=v … <extra>`. Throws LdflagsQuotingError for a value
 * the go command could not read back, and for extra flags that do not split (unterminated quote) or that
 * would be read as a per-package pattern.
 */
export function composeLdflags(opts: LdflagsOptions = {}): ComposedLdflags {
  const args: string[] = [];
  if (opts.strip ?? true) args.push('-s', '-w');
  if (opts.emptyBuildId ?? true) args.push('-buildid=');
  for (const { name, value } of opts.inject ?? []) {
    if (!parseXName(name)) throw new LdflagsQuotingError(`-X target '${name}' is not ${X_NAME_FORM}`, name);
    args.push('-X', `${name}=${value}`);
  }
  const extra = (opts.extra ?? '').trim();
  if (extra !== '') {
    if (!extra.startsWith('-')) {
      throw new LdflagsQuotingError(
        `extra ldflags '${extra}' do not start with '-': the go command would read them as <pattern>=<flags>`,
        extra,
      );
    }
    args.push(...splitLdflags(extra));
  }
  const ldflags = joinLdflags(args);
  if (ldflags !== '' && !ldflags.startsWith('-')) {
    // cmd/go reads a value not starting with '-' as <pattern>=<flags> and rejects a leading quote.
    throw new LdflagsQuotingError(
      `ldflags would start with ${ldflags[0]}: the first linker argument needs quoting`,
      ldflags,
    );
  }
  const injected: Record<string, string> = {};
  for (const { name, value } of findInjections(args)) injected[name] = value;
  return { ldflags, args, injected };
}

/** POSIX sh single-quoting: safe for any string in a `sh -c` line (a Dockerfile RUN in shell form). */
export function shellQuote(value: string): string {
  if (value.includes('\0')) throw new LdflagsQuotingError('a NUL byte cannot be passed to a shell', value);
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * How to hand an -ldflags value to a Dockerfile build without ever putting it in Dockerfile text:
 * pass it as a build argument (one argv element for buildah/docker, no shell), declare the ARG in the
 * build stage, and expand it inside double quotes in the RUN line — the shell does not re-split or
 * re-expand the result of "${NAME}", so quotes, spaces, '$' and newlines arrive intact.
 */
export function ldflagsBuildArg(
  ldflags: string,
  name = 'GOSHIP_LDFLAGS',
): { name: string; value: string; argv: string[]; dockerfileArg: string; goBuildFlag: string } {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`'${name}' is not a valid build argument name`);
  if (ldflags.includes('\0'))
    throw new LdflagsQuotingError('a NUL byte cannot be passed as a build argument', ldflags);
  return {
    name,
    value: ldflags,
    argv: ['--build-arg', `${name}=${ldflags}`],
    dockerfileArg: `ARG ${name}`,
    goBuildFlag: `"-ldflags=\${${name}}"`,
  };
}
