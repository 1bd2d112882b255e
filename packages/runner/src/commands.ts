/*
 * The runner's side of the action protocol: reading the file commands a step wrote (GITHUB_OUTPUT, ENV,
 * STATE: `name=value` or `name<<DELIMITER` heredocs) and the workflow commands it printed (`::add-mask::`,
 * `::error file=…,line=…::`, groups). https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */

export function parseFileCommands(text: string, file = 'file command'): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq < 0 || line.indexOf('<<') < eq)) {
      const [, key, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`${file}: no closing '${delimiter}' for '${key}'`);
      out[key!] = value.join('\n');
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`${file}: line ${i + 1} is neither 'name=value' nor 'name<<DELIMITER'`);
    }
  }
  return out;
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

export type WorkflowCommand =
  | { kind: 'annotation'; annotation: Annotation }
  | { kind: 'mask'; value: string }
  | { kind: 'group'; title: string }
  | { kind: 'endgroup' }
  | { kind: 'debug'; message: string };

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** One stdout line as a workflow command, or undefined when it is plain output. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const m = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
  if (!m) return undefined;
  const [, name, props = '', raw = ''] = m;
  const message = unescapeData(raw);
  switch (name) {
    case 'add-mask':
      return { kind: 'mask', value: message };
    case 'group':
      return { kind: 'group', title: message };
    case 'endgroup':
      return { kind: 'endgroup' };
    case 'debug':
      return { kind: 'debug', message };
    case 'error':
    case 'warning':
    case 'notice': {
      const annotation: Annotation = { level: name, message };
      for (const kv of props.trim().split(',').filter(Boolean)) {
        const eq = kv.indexOf('=');
        const k = kv.slice(0, eq);
        const v = unescapeProperty(kv.slice(eq + 1));
        if (k === 'file' || k === 'title') annotation[k] = v;
        if (k === 'line' || k === 'col') annotation[k] = Number(v);
      }
      return { kind: 'annotation', annotation };
    }
    default:
      return undefined;
  }
}

/** Replaces every registered secret (and each line of a multi-line one) with `***`, as the runner does. */
export class Masker {
  private readonly values = new Set<string>();

  add(value: string): void {
    for (const v of [value, ...value.split(/\r?\n/)]) if (v.trim()) this.values.add(v);
  }

  mask(text: string): string {
    let out = text;
    // Longest first, so a secret that contains another is masked whole.
    for (const v of [...this.values].sort((a, b) => b.length - a.length)) out = out.split(v).join('***');
    return out;
  }
}
