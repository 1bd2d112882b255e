/*
 * -X verification. The linker silently ignores `-X` for a variable that does not exist (a typo ships
 * "dev" to production), so every target is checked before anything is built.
 *
 * Why the source and not the binary: `go tool nm` needs the symbol table, which `-s -w` (our default)
 * strips, and building an unstripped twin per target would double the link work. The linker resolves
 * `-X importpath.name` against exactly the package-level declarations of the package with that import
 * path in the program, so we read those declarations from the files the compiler uses for the target
 * (program.ts: go/build's file selection, or `go list -deps` for that target when in doubt). That costs
 * milliseconds instead of a link, and it runs before the build so a typo fails fast with nothing written.
 * The one thing the source cannot always tell is the type of `var x = f()`; for that the linker itself
 * refuses a non-string (`cannot set with -X: not a var of type string`), which the build reports.
 */
import { readFileSync } from 'node:fs';
import { parseXName } from '@goship/contract';
import { UserError } from '@goship/kit';
import { distance } from 'fastest-levenshtein';
import { type Declaration, type Token, tokenize } from './gosource.js';
import { findOverwrites, importNames, type Overwrite } from './overwrites.js';
import type { GoPackage, Program } from './program.js';

/** Where a requested injection came from; decides whether a missing variable is an error. */
export type InjectionOrigin = 'x' | 'ldflags' | 'auto-default' | 'auto-explicit';

export interface RequestedInjection {
  name: string;
  value: string;
  origin: InjectionOrigin;
  /** The input that asked for it, for messages (`x`, `version-var` …). */
  input: string;
}

export interface VerifiedInjection extends RequestedInjection {
  /** Where the variable is declared. */
  file: string;
  line: number;
}

export interface InjectionCheck {
  accepted: VerifiedInjection[];
  /** Automatic values whose default variable the program does not have. */
  skipped: { name: string; input: string; reason: string }[];
  errors: UserError[];
}

/** Levenshtein distance, case-insensitive; used to suggest what a typo meant. */
export function editDistance(a: string, b: string): number {
  return distance(a.toLowerCase(), b.toLowerCase());
}

/** Candidates within a typo's reach of `wanted`, closest first. */
export function closeMatches(wanted: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return [...new Set(candidates)]
    .map((c) => ({ c, d: editDistance(wanted, c) }))
    .filter(({ d }) => d <= limit)
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, max)
    .map(({ c }) => c);
}

function declarations(pkg: GoPackage): { decl: Declaration; file: string }[] {
  return pkg.files.flatMap((f) => f.info.declarations.map((decl) => ({ decl, file: f.path })));
}

const displayPkg = (program: Program, importPath: string) =>
  importPath === program.mainImportPath ? 'main' : importPath;

/** Packages worth suggesting from: the main module's (dependencies' variables are rarely meant). */
function ownPackages(program: Program): GoPackage[] {
  const main = program.packages.get(program.mainImportPath);
  return [...program.packages.values()].filter((p) => p.module !== '' && p.module === main?.module);
}

function describeKind(d: Declaration): string {
  if (d.kind === 'var') return `a variable of type ${d.type || 'inferred from a non-string value'}`;
  return { const: 'a constant', func: 'a function', type: 'a type' }[d.kind];
}

/**
 * Checks every requested -X target against one target's program. Default automatic values whose
 * variable is missing are skipped (with the reason); everything else that would not take effect is an
 * error naming the variable, the input, the target, and close matches found in the program.
 */
export function checkInjections(
  program: Program,
  requested: readonly RequestedInjection[],
  target: string,
): InjectionCheck {
  const out: InjectionCheck = { accepted: [], skipped: [], errors: [] };
  const own = ownPackages(program);

  for (const req of requested) {
    const parsed = parseXName(req.name);
    const fail = (
      problem: string,
      hint?: string,
      location?: { file: string; line: number; column?: number },
    ) => {
      if (req.origin === 'auto-default') {
        out.skipped.push({ name: req.name, input: req.input, reason: problem });
        return;
      }
      // A service may read its port its own way (a flag, another variable): no -X is needed then.
      const portWay =
        req.input === 'port-var'
          ? ' Or, when the program reads its port its own way (a flag, another environment variable), set port-var: none.'
          : '';
      out.errors.push(
        new UserError(
          `-X ${req.name} (from '${req.input}') would not take effect for ${target}: ${problem}`,
          { hint: hint || portWay ? `${hint ?? ''}${portWay}`.trim() : undefined, location },
        ),
      );
    };
    if (!parsed) {
      fail('it is not an import path followed by a dot and a Go identifier');
      continue;
    }
    const { pkg: pkgName, ident } = parsed;

    if (pkgName !== 'main' && pkgName === program.mainImportPath) {
      fail(`${pkgName} is the main package, which the linker always calls 'main'`, `Use main.${ident}.`);
      continue;
    }
    const importPath = pkgName === 'main' ? program.mainImportPath : pkgName;
    const pkg = program.packages.get(importPath);
    if (!pkg) {
      // Maybe the variable lives elsewhere: suggest packages that declare it, and near package paths.
      const holders = own.filter((p) =>
        declarations(p).some(({ decl }) => decl.kind === 'var' && decl.name === ident),
      );
      const near = closeMatches(
        pkgName,
        own.map((p) => displayPkg(program, p.importPath)),
      );
      const suggestions = [
        ...holders.map((p) => `${displayPkg(program, p.importPath)}.${ident}`),
        ...near.map((p) => `${p}.${ident}`),
      ];
      fail(
        `package ${pkgName} is not part of the program built from ${program.mainImportPath}`,
        suggestions.length > 0
          ? `Did you mean ${[...new Set(suggestions)].slice(0, 3).join(' or ')}?`
          : undefined,
      );
      continue;
    }
    const decls = declarations(pkg);
    const found = decls.find(({ decl }) => decl.name === ident);
    const unreadable = pkg.files.find((f) => f.info.syntaxError);
    if (!found && unreadable) {
      // The compiler will reject that file and say why; do not guess about what it declares.
      out.accepted.push({ ...req, file: unreadable.path, line: unreadable.info.syntaxError!.line });
      continue;
    }
    if (!found) {
      const vars = decls
        .filter(({ decl }) => decl.kind === 'var' && decl.isString !== 'no')
        .map(({ decl }) => decl.name);
      const local = closeMatches(ident, vars).map((n) => `${pkgName}.${n}`);
      const elsewhere = own
        .filter((p) => p !== pkg)
        .flatMap((p) =>
          declarations(p)
            .filter(({ decl }) => decl.kind === 'var' && decl.name.toLowerCase() === ident.toLowerCase())
            .map(({ decl }) => `${displayPkg(program, p.importPath)}.${decl.name}`),
        );
      const suggestions = [...local, ...elsewhere];
      fail(
        `package ${pkgName} has no package-level variable ${ident}`,
        suggestions.length > 0
          ? `Did you mean ${suggestions.slice(0, 3).join(' or ')}?`
          : `Declare it as a package-level string (var ${ident} string) in ${pkg.dir}.`,
      );
      continue;
    }
    const { decl, file } = found;
    const where = { file, line: decl.line, column: decl.column };
    if (decl.kind !== 'var' || decl.isString === 'no') {
      fail(
        `${pkgName}.${ident} is ${describeKind(decl)}; -X can only set a package-level variable of type string`,
        decl.kind === 'const'
          ? `Change 'const ${ident}' to 'var ${ident}'.`
          : `Declare it as 'var ${ident} string'.`,
        where,
      );
      continue;
    }
    out.accepted.push({ ...req, file, line: decl.line });
  }
  return out;
}

/** An accepted -X target that code overwrites before the program can see the injected value. */
export interface OverwrittenInjection {
  injection: VerifiedInjection;
  /** The file holding the overwriting code. */
  file: string;
  overwrite: Overwrite;
}

// Every variable and every target reads the same files: tokenize each once per process.
const tokenCache = new Map<string, Token[]>();
const readTokens = (path: string) => {
  let tokens = tokenCache.get(path);
  if (tokens === undefined) {
    tokens = tokenize(readFileSync(path, 'utf8'));
    tokenCache.set(path, tokens);
  }
  return tokens;
};

/**
 * Accepted injections that the program's own code overwrites (overwrites.ts): looked for in the
 * declaring package (by plain name) and in the main module's packages that import it (qualified).
 */
export function findOverwritten(
  program: Program,
  accepted: readonly VerifiedInjection[],
): OverwrittenInjection[] {
  const out: OverwrittenInjection[] = [];
  const own = ownPackages(program);
  for (const inj of accepted) {
    const parsed = parseXName(inj.name);
    if (!parsed) continue;
    const declaring = parsed.pkg === 'main' ? program.mainImportPath : parsed.pkg;
    const candidates = new Set([program.packages.get(declaring), ...own].filter((p) => p !== undefined));
    for (const pkg of candidates) {
      const isMain = pkg.importPath === program.mainImportPath;
      for (const f of pkg.files) {
        if (f.info.syntaxError) continue;
        let qualifier: string | undefined;
        if (pkg.importPath !== declaring) {
          if (!f.info.imports.includes(declaring)) continue;
          qualifier = importNames(readTokens(f.path)).get(declaring);
          if (!qualifier || qualifier === '_' || qualifier === '.') continue;
        }
        for (const overwrite of findOverwrites(
          readTokens(f.path),
          { ident: parsed.ident, qualifier },
          isMain,
        ))
          out.push({ injection: inj, file: f.path, overwrite });
      }
    }
  }
  return out;
}

const OVERWRITE_HINTS: Record<OverwrittenInjection['overwrite']['kind'], (ident: string) => string> = {
  flag: (v) =>
    `Pass the variable itself as the flag's default (…Var(&${v}, "name", ${v}, …)) so the -X value stays the default.`,
  init: () => 'Remove the assignment, or assign only when the variable is empty, so the -X value is kept.',
  main: () => 'Remove the assignment, or assign only when the variable is empty, so the -X value is kept.',
};

/**
 * What the user can set to build anyway, where they are: go-build-ldflags has overwritten-x; the one-step
 * action has not, but its *-var inputs take 'none' (the value is then not injected at all).
 */
function buildAnyway(input: string, chained?: boolean): string {
  if (!chained) return ' (set overwritten-x: warn to build anyway)';
  return input.endsWith('-var') ? ` (set ${input}: none to build without it)` : '';
}

/** The message for an -X value the program overwrites, at the overwriting file:line. */
export function overwriteError(
  found: OverwrittenInjection,
  target: string,
  file: string,
  level: 'error' | 'warn',
  o: { chained?: boolean; isPort?: boolean } = {},
): UserError {
  const { injection: inj, overwrite: ow } = found;
  const ident = inj.name.slice(inj.name.lastIndexOf('.') + 1);
  const where = ow.kind === 'flag' ? '' : ` in func ${ow.kind}`;
  const effect = ow.kind === 'flag' ? "replaces it with the flag's default" : 'replaces it';
  const change = level === 'error' ? buildAnyway(inj.input, o.chained) : '';
  // A port the program takes its own way needs no -X: tell the build so, and say how it reads the port.
  const portWay = o.isPort
    ? o.chained
      ? ' Or, without changing the source: port-var: none, with port-env naming the variable it reads or args passing the port (e.g. --port=$(PORT)).'
      : ' Or, without changing the source: port-var: none, and deploy with the port in the variable or flag the program reads.'
    : '';
  return new UserError(
    `-X ${inj.name} (from '${inj.input}') would not take effect for ${target}: ${ow.code}${where} at ${file}:${ow.line} ${effect} before the program reads it${change}`,
    {
      hint: `${OVERWRITE_HINTS[ow.kind](ident)}${portWay}`,
      location: { file: found.file, line: ow.line, column: ow.column },
    },
  );
}
