import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '@goship/kit';
import { type GoVersion, parseGoVersion } from './version.js';

/** A version found in a file, with where it was found (for annotations and the job summary). */
export interface VersionAt {
  /** As written, without a `go` prefix: `1.22`, `1.22.3`, `1.27rc1`. */
  version: string;
  parsed: GoVersion;
  file: string;
  line: number;
  /** The line itself, trimmed (`toolchain go1.22.3`), for messages. */
  text: string;
}

/** The directives of a go.mod or go.work that name Go versions (https://go.dev/ref/mod#go-mod-file). */
export interface GoModVersions {
  file: string;
  /** `go 1.22.3`: the minimum Go (language) version. Absent in old go.mod files. */
  go?: VersionAt;
  /** `toolchain go1.22.3`: the preferred toolchain; absent, or `default` (then also absent here). */
  toolchain?: VersionAt;
}

const GOMOD_VERBS = new Set([
  'module',
  'go',
  'toolchain',
  'godebug',
  'require',
  'exclude',
  'replace',
  'retract',
  'tool',
  'ignore',
]);
const GOWORK_VERBS = new Set(['go', 'toolchain', 'godebug', 'use', 'replace']);

/**
 * Reads the `go` and `toolchain` directives of a go.mod (or go.work, when `kind` says so) with their line
 * numbers. It checks the file's shape as far as these directives need: unknown top-level verbs, unclosed
 * blocks, repeated or malformed go/toolchain lines are errors at their line.
 */
export function parseGoMod(
  text: string,
  file = 'go.mod',
  kind: 'go.mod' | 'go.work' = 'go.mod',
): GoModVersions {
  const verbs = kind === 'go.work' ? GOWORK_VERBS : GOMOD_VERBS;
  const out: GoModVersions = { file };
  const lines = text.split(/\r?\n/);
  let block: { verb: string; line: number } | undefined;
  const fail = (line: number, message: string, hint?: string) =>
    new UserError(`${file}:${line}: ${message}`, { hint, location: { file, line } });

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!;
    const content = stripComment(raw).trim();
    if (content === '') continue;
    if (block) {
      if (content === ')') block = undefined;
      continue;
    }
    const [verb = '', ...args] = content.split(/\s+/);
    if (!verbs.has(verb)) {
      throw fail(lineNo, `unknown directive '${verb}' in ${kind}`, `Is ${file} really a ${kind} file?`);
    }
    if (args.length === 1 && args[0] === '(') {
      block = { verb, line: lineNo };
      continue;
    }
    if (verb !== 'go' && verb !== 'toolchain') continue;
    if (args.length !== 1) throw fail(lineNo, `'${verb}' takes exactly one version, found '${content}'`);
    const arg = args[0]!;
    if (out[verb]) throw fail(lineNo, `repeated '${verb}' directive (first on line ${out[verb].line})`);
    if (verb === 'go') {
      const parsed = /^go/.test(arg) ? undefined : parseGoVersion(arg);
      if (!parsed) throw fail(lineNo, `invalid go version '${arg}'`, "Write it as 'go 1.22' or 'go 1.22.3'.");
      out.go = { version: arg, parsed, file, line: lineNo, text: content };
    } else {
      if (arg === 'default') continue;
      // A toolchain name is go<version>, optionally with a -suffix for custom builds (go1.22.3-custom).
      const m = /^go([^-+\s]+)(?:-[\w.-]+)?$/.exec(arg);
      const parsed = m ? parseGoVersion(m[1]!) : undefined;
      if (!m || !parsed)
        throw fail(lineNo, `invalid toolchain '${arg}'`, "Write it as 'toolchain go1.22.3'.");
      out.toolchain = { version: m[1]!, parsed, file, line: lineNo, text: content };
    }
  }
  if (block) throw fail(block.line, `'${block.verb} (' block is never closed`);
  return out;
}

/** `//` starts a comment outside quoted strings (module paths never contain `//`; quoted strings might). */
function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return line.slice(0, i);
  }
  return line;
}

export type VersionFileKind = 'go.mod' | 'go.work' | '.tool-versions' | 'plain';

export function versionFileKind(path: string): VersionFileKind {
  const name = basename(path);
  if (name === 'go.mod' || name === 'go.work' || name === '.tool-versions') return name;
  return 'plain';
}

/** What a version file asks for, and why (which line): the `version` is a spec for parseVersionSpec. */
export interface VersionRequest extends Omit<VersionAt, 'parsed'> {
  /** `toolchain`, `go`, `golang` (asdf), `go` (mise) or `file` (the whole .go-version). */
  directive: string;
}

/**
 * The version a file asks for. go.mod/go.work: the `toolchain` line wins over the `go` line (the toolchain is
 * the Go the module's authors build with; `go` is only the minimum). .tool-versions: the first `golang`
 * (asdf) or `go` (mise) line, its first version. Anything else (.go-version): the first non-comment line.
 */
export function versionFromFileText(
  text: string,
  file: string,
  kind: VersionFileKind = versionFileKind(file),
): VersionRequest {
  if (kind === 'go.mod' || kind === 'go.work') {
    const mod = parseGoMod(text, file, kind);
    const chosen = mod.toolchain ?? mod.go;
    if (!chosen) {
      throw new UserError(`${file} has neither a 'go' nor a 'toolchain' directive`, {
        hint: "Add a line such as 'go 1.22' (go mod edit -go=1.22), or set go-version instead.",
        location: { file, line: 1 },
      });
    }
    const { parsed: _, ...at } = chosen;
    return { ...at, directive: mod.toolchain ? 'toolchain' : 'go' };
  }
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const content = lines[i]!.replace(/#.*/, '').trim();
    if (content === '') continue;
    if (kind === '.tool-versions') {
      const [tool, first] = content.split(/\s+/);
      if ((tool !== 'golang' && tool !== 'go') || !first) continue;
      return versionAt(first.replace(/^go(?=\d)/, ''), file, i + 1, content, tool);
    }
    return versionAt(content.replace(/^go(?=\d)/, ''), file, i + 1, content, 'file');
  }
  const what = kind === '.tool-versions' ? "no 'golang' or 'go' line" : 'no version';
  throw new UserError(`${file} has ${what}`, {
    hint:
      kind === '.tool-versions'
        ? "Add a line such as 'golang 1.22.3'."
        : "Write a version such as '1.22.3' into it.",
    location: { file, line: 1 },
  });
}

/** Specs in these files may be ranges; the caller parses them with parseVersionSpec and reports at `line`. */
function versionAt(
  version: string,
  file: string,
  line: number,
  text: string,
  directive: string,
): VersionRequest {
  return { version, file, line, text, directive };
}

/** Reads and parses a version file; a missing or unreadable file is an error that names the path. */
export function readVersionFile(path: string, displayPath = path): VersionRequest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot be read (${code})`;
    throw new UserError(`Input 'go-version-file': ${displayPath} ${why}`, {
      hint: 'Give a path relative to the repository root, e.g. go.mod, go.work, .go-version or .tool-versions (check out the repository first).',
      cause: err,
    });
  }
  return versionFromFileText(text, displayPath);
}
