/*
 * The packages that make up one program for one target, as far as -X verification needs them: each
 * package's import path, name, the files the compiler reads for that target, and their declarations.
 *
 * Fast path (no process): the main module's packages, found by following imports from the main package
 * and selecting files with go/build's rules (constraints.ts). Fallback: `go list -deps` for that target,
 * used when the fast path cannot decide — a constraint on a tag whose value is internal to the toolchain,
 * a -X target outside the main module, a main package outside it, or workspace mode.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { exec, UserError } from '@goship/kit';
import { type BuildContext, evalGoBuild, evalPlusBuild, fileNameMatches } from './constraints.js';
import { type GoFileInfo, GoSyntaxError, readHeader, scanGoFile } from './gosource.js';

export interface GoFile {
  path: string;
  info: GoFileInfo;
}

export interface GoPackage {
  importPath: string;
  /** The package clause (`main` for commands). */
  name: string;
  dir: string;
  files: GoFile[];
  /** Module the package belongs to ('' for the standard library). */
  module: string;
}

export interface Program {
  /** Import path of the main package (the linker calls it `main`). */
  mainImportPath: string;
  /** Packages linked into the program, by import path. */
  packages: Map<string, GoPackage>;
  /** Every dependency is listed (go list); else only the main module's packages are (fast path). */
  complete: boolean;
  /** How the package set was obtained, for the debug log and the benchmark. */
  via: 'scan' | 'go list';
}

/** The `module` line of a go.mod, and whether it requires anything (then a go.sum must exist). */
export function readGoModHead(text: string): { module: string; requires: boolean } {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\/\/.*$/, '').trim());
  const m = lines.map((l) => /^module\s+("?)([^"\s]+)\1$/.exec(l)).find(Boolean);
  return { module: m?.[2] ?? '', requires: lines.some((l) => /^require\b/.test(l)) };
}

export interface MainModule {
  path: string;
  root: string;
}

const fileCache = new Map<string, GoFileInfo>();

/** Parses a Go file once per process (every target shares the result). */
function readGoFile(path: string): GoFileInfo {
  let info = fileCache.get(path);
  if (!info) {
    const src = readFileSync(path, 'utf8');
    try {
      info = scanGoFile(src);
    } catch (err) {
      if (!(err instanceof GoSyntaxError)) throw err;
      // The build will fail on this file with the compiler's own message; keep what the header says.
      const header = readHeader(src);
      info = {
        packageName: /^\s*package\s+(\w+)/m.exec(src)?.[1] ?? '',
        imports: [],
        constraint: header.goBuild,
        plusBuild: header.plusBuild,
        declarations: [],
        usesCgo: false,
        syntaxError: { line: err.line, message: err.message },
      };
    }
    fileCache.set(path, info);
  }
  return info;
}

/** A file whose inclusion depends on something the fast path does not model; the caller runs `go list`. */
export class UndecidableFile extends Error {
  constructor(readonly path: string) {
    super(`cannot decide whether ${path} is part of the build without the go command`);
    this.name = 'UndecidableFile';
  }
}

/** Files of the package in `dir` that the compiler reads for `ctx`. */
export function selectFiles(dir: string, ctx: BuildContext): GoFile[] | undefined {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return undefined;
  }
  const files: GoFile[] = [];
  for (const name of names) {
    const byName = fileNameMatches(name, ctx);
    if (byName === false) continue;
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    if (byName === undefined) throw new UndecidableFile(path);
    const info = readGoFile(path);
    const byConstraint = info.constraint
      ? evalGoBuild(info.constraint, ctx)
      : evalPlusBuild(info.plusBuild, ctx);
    if (byConstraint === undefined) throw new UndecidableFile(path);
    if (!byConstraint) continue;
    if (info.usesCgo && !ctx.cgo) continue;
    files.push({ path, info });
  }
  return files;
}

/** Directory of an import path inside the main module, or undefined when a nested module owns it. */
function moduleDir(importPath: string, mod: MainModule): string | undefined {
  if (importPath !== mod.path && !importPath.startsWith(`${mod.path}/`)) return undefined;
  const dir = join(mod.root, importPath.slice(mod.path.length));
  // A go.mod between the root and the package makes it another module's package.
  for (let d = dir; d.length > mod.root.length; d = dirname(d))
    if (existsSync(join(d, 'go.mod'))) return undefined;
  return dir;
}

/** Import path of a directory inside the main module. */
export function importPathOf(dir: string, mod: MainModule): string | undefined {
  const rel = relative(mod.root, dir);
  if (rel.startsWith('..') || resolve(mod.root, rel) !== resolve(dir)) return undefined;
  return rel === '' ? mod.path : `${mod.path}/${rel.split(sep).join('/')}`;
}

/**
 * The fast path: the main module's packages reachable from the main package. Returns undefined when
 * it cannot decide (the caller falls back to go list).
 */
export function scanProgram(mainDir: string, mod: MainModule, ctx: BuildContext): Program | undefined {
  const mainImportPath = importPathOf(mainDir, mod);
  if (!mainImportPath || moduleDir(mainImportPath, mod) === undefined) return undefined;
  const packages = new Map<string, GoPackage>();
  try {
    const queue = [mainImportPath];
    while (queue.length > 0) {
      const importPath = queue.shift()!;
      if (packages.has(importPath)) continue;
      const dir = moduleDir(importPath, mod);
      if (!dir) continue; // another module's package: not needed unless a -X names it (checked by the caller)
      const files = selectFiles(dir, ctx);
      if (!files || files.length === 0) {
        if (importPath === mainImportPath) return undefined; // let go list word the error
        continue; // the compiler reports a missing package itself
      }
      packages.set(importPath, {
        importPath,
        name: files[0]!.info.packageName,
        dir,
        files,
        module: mod.path,
      });
      for (const f of files) for (const imp of f.info.imports) if (!packages.has(imp)) queue.push(imp);
    }
  } catch (err) {
    if (err instanceof UndecidableFile) return undefined;
    throw err;
  }
  return { mainImportPath, packages, complete: false, via: 'scan' };
}

interface ListedPackage {
  ImportPath: string;
  Name?: string;
  Dir?: string;
  GoFiles?: string[];
  CgoFiles?: string[];
  Module?: { Path: string };
  Error?: { Err: string; Pos?: string };
  DepOnly?: boolean;
}

/** Splits `go list -json` output (a stream of JSON objects) into objects. */
export function parseJsonStream<T>(text: string): T[] {
  const out: T[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && --depth === 0) out.push(JSON.parse(text.slice(start, i + 1)) as T);
  }
  return out;
}

export interface ListOptions {
  go: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Build flags that change package loading: -tags, -modfile, -mod. */
  flags: string[];
  signal?: AbortSignal;
}

/** The fallback: every package of the program from `go list -deps` for the target's environment. */
export async function listProgram(pkg: string, opts: ListOptions): Promise<Program> {
  const fields = 'ImportPath,Name,Dir,GoFiles,CgoFiles,Module,Error,DepOnly';
  const res = await exec(opts.go, ['list', '-e', '-deps', `-json=${fields}`, ...opts.flags, '--', pkg], {
    cwd: opts.cwd,
    env: opts.env,
    allowFailure: true,
    signal: opts.signal,
  });
  if (res.code !== 0 && res.stdout.trim() === '') {
    throw new UserError(`go list ${pkg} failed: ${res.stderr.trim()}`);
  }
  const listed = parseJsonStream<ListedPackage>(res.stdout);
  const root = listed.find((p) => !p.DepOnly);
  if (!root) throw new UserError(`go list ${pkg} listed nothing: ${res.stderr.trim()}`);
  if (root.Error) throw new UserError(`package ${pkg}: ${root.Error.Err}`);
  const packages = new Map<string, GoPackage>();
  for (const p of listed) {
    const dir = p.Dir ?? '';
    const names = [...(p.GoFiles ?? []), ...(p.CgoFiles ?? [])];
    // Only the main module's and named packages are ever inspected; parse lazily to keep this cheap.
    const files: GoFile[] = [];
    let parsed = false;
    const entry: GoPackage = {
      importPath: p.ImportPath,
      name: p.Name ?? '',
      dir,
      module: p.Module?.Path ?? '',
      get files() {
        if (!parsed) {
          parsed = true;
          for (const n of names) files.push({ path: join(dir, n), info: readGoFile(join(dir, n)) });
        }
        return files;
      },
    };
    packages.set(p.ImportPath, entry);
  }
  return { mainImportPath: root.ImportPath, packages, complete: true, via: 'go list' };
}
