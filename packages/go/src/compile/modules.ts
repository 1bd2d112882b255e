/*
 * The module dependencies, checked before anything is built: `go list -deps` for every target loads the
 * build list the way `go build` will (same flags, same environment, so GOPROXY, GOPRIVATE, GONOSUMDB,
 * GOFLAGS and the module cache apply), downloads what is missing and checks each download against go.sum.
 * A hash that does not match, or a module go.sum does not list, stops the whole matrix here, named with
 * its version and what to run, at the go.sum or go.mod line — instead of one target failing mid-build
 * while the others go on. `-mod=readonly` (toolchain.ts) keeps the go command from fixing go.sum itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SourceLocation } from '@goship/kit';
import { aggregate, exec, mapLimit, UserError } from '@goship/kit';
import { annotationPath } from './diagnostics.js';
import { parseJsonStream } from './program.js';

export interface ModuleProblem {
  kind: 'checksum-mismatch' | 'missing-sum' | 'refused';
  module: string;
  /** Empty when the go command did not say and go.mod does not require the module directly. */
  version: string;
  /** Only the go.mod file's hash (`M V/go.mod h1:…`), not the module's content. */
  goModOnly: boolean;
  /** A package that needs the module, when the go command named one. */
  neededBy?: string;
  /** The two hashes of a mismatch. */
  downloaded?: string;
  recorded?: string;
  /** A refused download: the URL (or git remote) and what the server said (401 Unauthorized…). */
  url?: string;
  status?: string;
}

/** The `require` lines of a go.mod: module → version and line (1-based). */
export function readRequires(text: string): Map<string, { version: string; line: number }> {
  const out = new Map<string, { version: string; line: number }>();
  let inBlock = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    const l = raw.replace(/\/\/.*$/, '').trim();
    if (inBlock) {
      if (l === ')') inBlock = false;
      else {
        const m = /^("?)(\S+?)\1\s+(\S+)$/.exec(l);
        if (m) out.set(m[2]!, { version: m[3]!, line: i + 1 });
      }
      return;
    }
    if (/^require\s*\($/.test(l)) inBlock = true;
    const m = /^require\s+("?)(\S+?)\1\s+(\S+)$/.exec(l);
    if (m) out.set(m[2]!, { version: m[3]!, line: i + 1 });
  });
  return out;
}

const MISMATCH =
  /verifying (\S+?)@(\S+?)(\/go\.mod)?: checksum mismatch\s*\n\s*downloaded: (\S+)\s*\n\s*go\.sum: +(\S+)/g;
const MISSING_GOMOD_SUM = /(\S+?)@(v\S+?): missing go\.sum entry for go\.mod file/g;
/** A module server or a git host that wants credentials the build did not give (or refused them). */
const REFUSED_HTTP = /(\S+?)@(v\S+?): reading (https?:\/\/\S+?): ((?:401|403) [A-Za-z ]+)/g;
const REFUSED_GIT =
  /(\S+?)@(v\S+?): invalid version: git [^\n]*\n(?:\s*fatal: [^\n]*\n)*?\s*fatal: could not read Username for '(https:\/\/[^']+)'/g;
const MISSING_MODULE_SUM =
  /missing go\.sum entry for module providing package (\S+?)(?: \(imported by (\S+?)\))?[;:\s]/g;

/**
 * Module problems in what `go list -e -deps -json` printed (package errors) and in its stderr (a failure
 * that stops loading, such as a checksum mismatch). `requires` resolves the module of a package that
 * has no go.sum entry (the go command names the package only).
 */
export function parseModuleProblems(
  text: string,
  requires: Map<string, { version: string; line: number }>,
): ModuleProblem[] {
  const found = new Map<string, ModuleProblem>();
  const add = (p: ModuleProblem) => {
    const key = `${p.kind}\0${p.module}\0${p.version}\0${p.goModOnly}`;
    if (!found.has(key)) found.set(key, p);
  };
  for (const m of text.matchAll(MISMATCH))
    add({
      kind: 'checksum-mismatch',
      module: m[1]!,
      version: m[2]!,
      goModOnly: Boolean(m[3]),
      downloaded: m[4]!,
      recorded: m[5]!,
    });
  const refusals = [
    ...[...text.matchAll(REFUSED_HTTP)].map((m) => ({ m, status: m[4]!.trim() })),
    ...[...text.matchAll(REFUSED_GIT)].map((m) => ({
      m,
      status: 'git asked for a user name (no credentials for that host)',
    })),
  ];
  for (const { m, status } of refusals)
    add({ kind: 'refused', module: m[1]!, version: m[2]!, goModOnly: false, url: m[3]!, status });
  for (const m of text.matchAll(MISSING_GOMOD_SUM))
    add({ kind: 'missing-sum', module: m[1]!, version: m[2]!, goModOnly: true });
  for (const m of text.matchAll(MISSING_MODULE_SUM)) {
    const pkg = m[1]!;
    // The longest required module path that the package is in.
    const module = [...requires.keys()]
      .filter((r) => pkg === r || pkg.startsWith(`${r}/`))
      .sort((a, b) => b.length - a.length)[0];
    add({
      kind: 'missing-sum',
      module: module ?? pkg,
      version: module ? requires.get(module)!.version : '',
      goModOnly: false,
      neededBy: m[2] ?? undefined,
    });
  }
  // A missing go.mod hash is reported for the same module as its missing content hash: name it once.
  return [...found.values()].filter(
    (p) =>
      !(
        p.kind === 'missing-sum' &&
        !p.goModOnly &&
        [...found.values()].some(
          (q) => q !== p && q.kind === 'missing-sum' && q.module === p.module && q.version === p.version,
        )
      ),
  );
}

/** Module problems in the output of `go list -e -deps -json=ImportPath,Error`: package errors and stderr. */
export function listedProblems(
  stdout: string,
  stderr: string,
  requires: Map<string, { version: string; line: number }>,
): ModuleProblem[] {
  const errors = parseJsonStream<{ Error?: { Err: string } }>(stdout)
    .map((p) => p.Error?.Err ?? '')
    .filter(Boolean);
  return parseModuleProblems(`${errors.join('\n')}\n${stderr}`, requires);
}

export interface ModuleFiles {
  /** go.mod (or the modfile) and its go.sum, absolute. */
  gomod: string;
  gosum: string;
  /** Directory annotation paths are relative to the build directory and then to the workspace. */
  cwd: string;
  workspace: string;
}

/** The line of go.sum that holds the hash of `p`, else the go.mod line that requires it. */
function locate(p: ModuleProblem, files: ModuleFiles): SourceLocation | undefined {
  const at = (file: string, line: number) => ({
    file: annotationPath(file, files.cwd, files.workspace),
    line,
  });
  if (p.kind === 'checksum-mismatch' && existsSync(files.gosum)) {
    const prefix = `${p.module} ${p.version}${p.goModOnly ? '/go.mod' : ''} `;
    const i = readFileSync(files.gosum, 'utf8')
      .split(/\r?\n/)
      .findIndex((l) => l.startsWith(prefix));
    if (i >= 0) return at(files.gosum, i + 1);
  }
  if (existsSync(files.gomod)) {
    const req = readRequires(readFileSync(files.gomod, 'utf8')).get(p.module);
    if (req) return at(files.gomod, req.line);
  }
  return undefined;
}

/** One problem as the user reads it: what is wrong with which module, where, and what to run. */
export function moduleError(p: ModuleProblem, files: ModuleFiles, targets: string[]): UserError {
  const at = p.version ? `${p.module}@${p.version}` : p.module;
  const sum = files.gosum.replace(/^.*[\\/]/, '');
  const dir = annotationPath(dirname(files.gomod), files.cwd, files.workspace) || '.';
  const forTargets = targets.length > 0 ? ` (${targets.join(', ')})` : '';
  if (p.kind === 'checksum-mismatch') {
    const what = p.goModOnly ? `the go.mod file of ${at}` : at;
    return new UserError(
      `${sum} does not match the download of ${what}${forTargets}: downloaded ${p.downloaded}, ${sum} has ${p.recorded}`,
      {
        hint:
          `If ${sum} was edited by hand or a merge went wrong: delete the lines of ${p.module} ${p.version} from ${sum}, ` +
          `run \`go mod download ${p.module}\` (or \`go mod tidy\`) in ${dir} and commit ${sum}. ` +
          `If ${sum} is right, the module proxy served other code for the same version: do not build it until you know why (go help module-auth).`,
        location: locate(p, files),
      },
    );
  }
  if (p.kind === 'refused') return refusedError(p, at, forTargets, files);
  const entry = p.goModOnly ? `the go.mod hash of ${at}` : at;
  return new UserError(
    `${sum} has no entry for ${entry}${p.neededBy ? `, needed by ${p.neededBy}` : ''}${forTargets}; the build does not change ${sum} (-mod=readonly)`,
    {
      hint: `Run \`go mod download ${p.module}\` (or \`go mod tidy\`) in ${dir} and commit ${sum}.`,
      location: locate(p, files),
    },
  );
}

/**
 * A download the server refused: the module is private (or the credentials are wrong). The hint names the
 * machine line the netrc input needs — the host with its port, which the go command matches (Go 1.24+).
 */
function refusedError(p: ModuleProblem, at: string, forTargets: string, files: ModuleFiles): UserError {
  const machine = (() => {
    try {
      return new URL(p.url ?? '').host;
    } catch {
      return 'HOST';
    }
  })();
  return new UserError(`could not download ${at}${forTargets}: ${p.url} answered ${p.status}`, {
    hint:
      `A private module needs its credentials in the netrc input (machine ${machine} login USER password \${{ secrets.TOKEN }}) ` +
      `and its path in goprivate (e.g. ${p.module.split('/')[0]}/*). If netrc already names ${machine}, the login or password was refused.`,
    location: locate(p, files),
  });
}

export interface ModuleCheck {
  go: string;
  cwd: string;
  /** Main packages, as given to go build. */
  packages: string[];
  /** One environment per target (GOOS, GOARCH…): dependencies can differ between targets. */
  targets: { platform: string; env: NodeJS.ProcessEnv }[];
  /** The flags go build gets that change loading (-mod, -modfile, -tags). */
  flags: string[];
  files: ModuleFiles;
  parallel: number;
  signal?: AbortSignal;
}

/**
 * Loads every target's dependencies; throws every module problem found (merged across targets) before
 * any build starts. Problems that are not about modules are left to the build, which words them itself.
 */
export async function checkModules(c: ModuleCheck): Promise<void> {
  const requires = existsSync(c.files.gomod)
    ? readRequires(readFileSync(c.files.gomod, 'utf8'))
    : new Map<string, { version: string; line: number }>();
  const perTarget = await mapLimit(c.targets, c.parallel, async (t) => {
    const res = await exec(
      c.go,
      ['list', '-e', '-deps', '-json=ImportPath,Error', ...c.flags, '--', ...c.packages],
      { cwd: c.cwd, env: t.env, allowFailure: true, signal: c.signal },
    );
    return { platform: t.platform, problems: listedProblems(res.stdout, res.stderr, requires) };
  });
  const merged = new Map<string, { p: ModuleProblem; targets: string[] }>();
  for (const { platform, problems } of perTarget)
    for (const p of problems) {
      const key = `${p.kind}\0${p.module}\0${p.version}\0${p.goModOnly}`;
      const seen = merged.get(key) ?? { p, targets: [] };
      seen.targets.push(platform);
      merged.set(key, seen);
    }
  if (merged.size === 0) return;
  const all = c.targets.length;
  const errors = [...merged.values()].map(({ p, targets }) =>
    moduleError(p, c.files, all > 1 && targets.length < all ? targets : []),
  );
  throw aggregate(errors, `${errors.length} module dependencies cannot be used; nothing was built`);
}

/** go.sum of the main module (x.sum for a modfile x.mod), as the go command reads it. */
export function sumFileOf(gomod: string): string {
  return gomod.endsWith('.mod') ? gomod.replace(/\.mod$/, '.sum') : join(dirname(gomod), 'go.sum');
}
