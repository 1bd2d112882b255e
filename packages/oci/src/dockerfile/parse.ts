/*
 * A Dockerfile reader that keeps line numbers: enough of the BuildKit frontend's rules (parser
 * directives, escape character, line continuations, comments, heredocs) to find syntax errors before a
 * builder runs, and to list stages, their ARGs and dependencies for the build-arg cross-check.
 * Kept instead of dockerfile-ast (VS Code's Docker support), measured in bench/libraries.ts: it is a tolerant
 * editor parser with no diagnostics (0 of our 9 syntax-error fixtures reported; dockerfile-utils lints),
 * reads `ARG A B C` as one ARG A with the value "B C" (our generated Dockerfile declares TARGETOS TARGETARCH
 * TARGETVARIANT that way), parses our fixtures ~11× slower and adds ~97 KiB (+~90 ms start-up) to the bundle.
 */
import { UserError } from '@goship/kit';
import { distance } from 'fastest-levenshtein';

export const INSTRUCTIONS = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
] as const;

export interface Instruction {
  keyword: string;
  /** Everything after the keyword, continuation lines joined. */
  args: string;
  line: number;
  endLine: number;
}

export interface ArgDeclaration {
  name: string;
  hasDefault: boolean;
  /** The default value, when there is one. */
  value?: string;
  line: number;
  /** -1 for ARGs before the first FROM (global scope). */
  stage: number;
}

export interface Stage {
  index: number;
  name?: string;
  image: string;
  line: number;
  args: ArgDeclaration[];
  /** Stages this one needs: its FROM image when that is a stage, and COPY --from / RUN --mount from=. */
  dependsOn: string[];
}

export interface ParsedDockerfile {
  file: string;
  instructions: Instruction[];
  globalArgs: ArgDeclaration[];
  stages: Stage[];
}

export class DockerfileSyntaxError extends UserError {
  constructor(file: string, line: number, message: string, hint?: string) {
    super(`${file}:${line}: ${message}`, { location: { file, line }, hint });
    this.name = 'DockerfileSyntaxError';
  }
}

const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NEEDS_ARGS = new Set<string>(INSTRUCTIONS.filter((i) => i !== 'HEALTHCHECK'));

/** Splits the logical lines, honouring `# escape=` and heredocs (`RUN <<EOF … EOF`). */
function logicalLines(text: string, file: string): Instruction[] {
  const lines = text.split(/\r?\n/);
  let escapeChar = '\\';
  let i = 0;
  // Parser directives: only at the very top, before any instruction, comment or blank line.
  for (; i < lines.length; i++) {
    const m = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/.exec(lines[i]!);
    if (!m) break;
    if (m[1]!.toLowerCase() === 'escape') {
      if (m[2] !== '\\' && m[2] !== '`')
        throw new DockerfileSyntaxError(
          file,
          i + 1,
          `invalid escape directive '${m[2]}'`,
          'Use # escape=\\ or # escape=`',
        );
      escapeChar = m[2]!;
    }
  }
  const out: Instruction[] = [];
  while (i < lines.length) {
    const raw = lines[i]!;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) {
      i++;
      continue;
    }
    const start = i;
    let text = '';
    let current = raw;
    for (;;) {
      const t = current.replace(/\s+$/, '');
      if (t.endsWith(escapeChar)) {
        text += `${t.slice(0, -1)} `;
        i++;
        // comment and blank lines inside a continuation are dropped, as BuildKit does
        while (i < lines.length && (lines[i]!.trim().startsWith('#') || lines[i]!.trim() === '')) i++;
        if (i >= lines.length) break;
        current = lines[i]!;
        continue;
      }
      text += t;
      break;
    }
    const m = /^\s*(\S+)\s*(.*)$/s.exec(text)!;
    const keyword = m[1]!.toUpperCase();
    const args = m[2]!.trim();
    let end = i;
    // Heredocs: the body lines up to the terminator belong to this instruction.
    if (['RUN', 'COPY', 'ADD'].includes(keyword)) {
      const re = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
      for (let h = re.exec(args); h; h = re.exec(args)) {
        const stripTabs = h[1] === '-';
        const terminator = h[3]!;
        end++;
        while (
          end < lines.length &&
          (stripTabs ? lines[end]!.replace(/^\t+/, '') : lines[end]) !== terminator
        )
          end++;
        if (end >= lines.length) {
          throw new DockerfileSyntaxError(
            file,
            start + 1,
            `heredoc <<${terminator} is never terminated`,
            `Add a line containing only ${terminator}.`,
          );
        }
      }
    }
    out.push({ keyword, args, line: start + 1, endLine: end + 1 });
    i = end + 1;
  }
  return out;
}

function unquote(v: string): string {
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

/** Dockerfile variable expansion in FROM: $VAR, ${VAR}, ${VAR:-default}, ${VAR:+alt}. */
export function expandVariables(text: string, vars: Map<string, string>): string {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_, braced, op, word, bare) => {
      const name = braced ?? bare;
      const value = vars.get(name) ?? '';
      if (op === '-') return value === '' ? word : value;
      if (op === '+') return value === '' ? '' : word;
      return value;
    },
  );
}

function parseArgs(ins: Instruction, file: string, stage: number): ArgDeclaration[] {
  return ins.args.split(/\s+/).map((word) => {
    const eq = word.indexOf('=');
    const name = eq < 0 ? word : word.slice(0, eq);
    if (!ARG_NAME.test(name))
      throw new DockerfileSyntaxError(
        file,
        ins.line,
        `ARG name '${name}' is not valid`,
        'ARG names are letters, digits and _, not starting with a digit.',
      );
    return {
      name,
      hasDefault: eq >= 0,
      value: eq >= 0 ? unquote(word.slice(eq + 1)) : undefined,
      line: ins.line,
      stage,
    };
  });
}

function fromFlags(args: string): { image: string; name?: string; rest: string[] } {
  const words = args.split(/\s+/).filter((w) => !w.startsWith('--'));
  const [image = '', ...rest] = words;
  if (rest.length === 2 && rest[0]!.toUpperCase() === 'AS')
    return { image, name: rest[1]!.toLowerCase(), rest: [] };
  return { image, rest };
}

export function parseDockerfile(text: string, file = 'Dockerfile'): ParsedDockerfile {
  const instructions = logicalLines(text, file);
  const globalArgs: ArgDeclaration[] = [];
  const stages: Stage[] = [];
  for (const ins of instructions) {
    if (!(INSTRUCTIONS as readonly string[]).includes(ins.keyword)) {
      const close = INSTRUCTIONS.map((k) => ({ k, d: distance(k, ins.keyword) })).sort(
        (a, b) => a.d - b.d,
      )[0]!;
      throw new DockerfileSyntaxError(
        file,
        ins.line,
        `unknown instruction '${ins.keyword}'`,
        close.d <= 2 ? `Did you mean ${close.k}?` : `Instructions are ${INSTRUCTIONS.join(', ')}.`,
      );
    }
    if (NEEDS_ARGS.has(ins.keyword) && ins.args === '') {
      throw new DockerfileSyntaxError(file, ins.line, `${ins.keyword} requires at least one argument`);
    }
    if (ins.keyword === 'FROM') {
      const { image, name, rest } = fromFlags(ins.args);
      if (!image || rest.length > 0) {
        throw new DockerfileSyntaxError(
          file,
          ins.line,
          `FROM expects 'FROM [--platform=…] <image> [AS <name>]', got 'FROM ${ins.args}'`,
        );
      }
      if (name && !/^[a-z][a-z0-9._-]*$/.test(name))
        throw new DockerfileSyntaxError(file, ins.line, `stage name '${name}' is not valid`);
      const dependsOn = stages.some((s) => s.name === image.toLowerCase()) ? [image.toLowerCase()] : [];
      stages.push({ index: stages.length, name, image, line: ins.line, args: [], dependsOn });
      continue;
    }
    const stage = stages[stages.length - 1];
    if (!stage) {
      if (ins.keyword !== 'ARG') {
        throw new DockerfileSyntaxError(
          file,
          ins.line,
          `${ins.keyword} before the first FROM`,
          'Only ARG may come before the first FROM.',
        );
      }
      globalArgs.push(...parseArgs(ins, file, -1));
      continue;
    }
    if (ins.keyword === 'ARG') stage.args.push(...parseArgs(ins, file, stage.index));
    if (ins.keyword === 'ENV' && !ins.args.includes('=') && ins.args.split(/\s+/).length < 2) {
      throw new DockerfileSyntaxError(
        file,
        ins.line,
        `ENV needs a value: 'ENV ${ins.args}'`,
        'Write ENV NAME=value.',
      );
    }
    for (const m of ins.args.matchAll(/--(?:from|mount=[^\s]*?from)=([^\s,]+)/g))
      stage.dependsOn.push(m[1]!.toLowerCase());
  }
  if (stages.length === 0)
    throw new DockerfileSyntaxError(
      file,
      Math.max(1, instructions.length ? instructions[instructions.length - 1]!.line : 1),
      'no FROM instruction',
      'A Dockerfile needs at least one FROM.',
    );
  return { file, instructions, globalArgs, stages };
}

/** Build args every builder knows without an ARG line (proxies, platform, SOURCE_DATE_EPOCH). */
export const PREDEFINED_ARGS = new Set([
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'SOURCE_DATE_EPOCH',
]);

/** Stages built for `target` (the last stage when none): it and everything it depends on. */
export function stagesFor(df: ParsedDockerfile, target?: string): Stage[] {
  const byRef = (ref: string) => df.stages.find((s) => s.name === ref || String(s.index) === ref);
  const last = target ? byRef(target.toLowerCase()) : df.stages[df.stages.length - 1];
  if (!last) return [];
  const seen = new Set<Stage>();
  const visit = (s: Stage) => {
    if (seen.has(s)) return;
    seen.add(s);
    for (const d of s.dependsOn) {
      const dep = byRef(d);
      if (dep) visit(dep);
    }
  };
  visit(last);
  return df.stages.filter((s) => seen.has(s));
}

export interface BuildArgReport {
  /** Passed but declared nowhere: the builder ignores them (Docker only warns). */
  undeclared: string[];
  /** Declared without a default in a stage that is built, and not passed: they expand to ''. */
  unset: ArgDeclaration[];
}

export function checkBuildArgs(
  df: ParsedDockerfile,
  passed: Iterable<string>,
  target?: string,
): BuildArgReport {
  const built = stagesFor(df, target);
  const declared = new Set([...df.globalArgs, ...df.stages.flatMap((s) => s.args)].map((a) => a.name));
  const given = new Set(passed);
  const undeclared = [...given].filter((n) => !declared.has(n) && !PREDEFINED_ARGS.has(n));
  // `ARG X` inside a stage takes the value of a global `ARG X=default`.
  const globalDefaults = new Set(df.globalArgs.filter((a) => a.hasDefault).map((a) => a.name));
  const unset = [...df.globalArgs, ...built.flatMap((s) => s.args)].filter(
    (a) =>
      !a.hasDefault &&
      !given.has(a.name) &&
      !PREDEFINED_ARGS.has(a.name) &&
      (a.stage === -1 || !globalDefaults.has(a.name)),
  );
  return { undeclared, unset };
}
