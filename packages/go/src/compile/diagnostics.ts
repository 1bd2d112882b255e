/*
 * Compiler and linker messages from `go build` turned into file:line diagnostics (for annotations), with
 * the same problem in several targets reported once, naming the targets.
 */
import { isAbsolute, relative, resolve } from 'node:path';

export interface Diagnostic {
  /** As the compiler printed it (relative to the build directory, or absolute). */
  file: string;
  line: number;
  column?: number;
  message: string;
}

export interface BuildOutput {
  diagnostics: Diagnostic[];
  /** Lines that are not positioned (module errors, linker errors, `# package` headers excluded). */
  other: string[];
}

const POSITIONED = /^(\S(?:.*?\S)?\.(?:go|s|c|h|cc|cpp|m|syso)):(\d+)(?::(\d+))?: (.*)$/;

/** Parses the stderr of `go build`. */
export function parseBuildOutput(stderr: string): BuildOutput {
  const out: BuildOutput = { diagnostics: [], other: [] };
  let last: Diagnostic | undefined;
  for (const raw of stderr.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('# ')) {
      last = undefined;
      continue;
    }
    // Continuation lines (have/want details, "to add it: go get …") belong to the message above.
    if (/^\s/.test(line)) {
      if (last) last.message += `\n${line.trim()}`;
      else if (out.other.length > 0) out.other[out.other.length - 1] += `\n${line.trim()}`;
      continue;
    }
    const m = POSITIONED.exec(line);
    if (m) {
      last = { file: m[1]!, line: Number(m[2]), column: m[3] ? Number(m[3]) : undefined, message: m[4]! };
      out.diagnostics.push(last);
    } else {
      last = undefined;
      out.other.push(line);
    }
  }
  return out;
}

/** The annotation path: relative to the workspace when inside it (what GitHub resolves), else absolute. */
export function annotationPath(file: string, buildDir: string, workspace: string): string {
  const abs = isAbsolute(file) ? file : resolve(buildDir, file);
  const rel = relative(workspace, abs);
  return rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split('\\').join('/');
}

export interface MergedDiagnostic extends Diagnostic {
  targets: string[];
}

/** Merges identical diagnostics from several targets, keeping first-seen order. */
export function mergeDiagnostics(
  perTarget: { target: string; diagnostics: Diagnostic[] }[],
): MergedDiagnostic[] {
  const byKey = new Map<string, MergedDiagnostic>();
  for (const { target, diagnostics } of perTarget) {
    for (const d of diagnostics) {
      const key = `${d.file}:${d.line}:${d.column ?? ''}:${d.message}`;
      const seen = byKey.get(key);
      if (seen) {
        if (!seen.targets.includes(target)) seen.targets.push(target);
      } else byKey.set(key, { ...d, targets: [target] });
    }
  }
  return [...byKey.values()];
}

/** `main.port: cannot set with -X: not a var of type string (type:int)` → the variable and its type. */
export function parseXTypeError(line: string): { symbol: string; type: string } | undefined {
  const m = /^(\S+): cannot set with -X: not a var of type string \((?:type:)?([^)]*)\)$/.exec(line.trim());
  return m ? { symbol: m[1]!, type: m[2]! } : undefined;
}
