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

/** Derived forms shorter than this are not masked: a 1–3 character fragment would mask unrelated text. */
const MIN_DERIVED_LENGTH = 4;

/** Uri.EscapeDataString, which the runner's UriDataEscape uses: encodeURIComponent plus !'()*. */
const uriEscape = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The forms a secret takes once encoded, as the runner's ValueEncoders derive them: base64 (whole, and at
 * each of the 3 byte offsets it can start at inside a longer encoded text, without `=` padding and without
 * the last character when that one also holds bits of whatever follows the secret — ADR 0297), its
 * RFC 4648 URL-safe spelling, JSON-string-escaped and URL-encoded.
 */
export function encodedForms(value: string): string[] {
  const forms = new Set<string>();
  const bytes = Buffer.from(value, 'utf8');
  forms.add(bytes.toString('base64'));
  for (let offset = 0; offset <= 2 && offset < bytes.length; offset++) {
    const rest = bytes.subarray(offset);
    const b64 = rest.toString('base64').replace(/=+$/, '');
    const exact = rest.length % 3 === 0 ? b64 : b64.slice(0, -1);
    forms.add(exact);
    forms.add(exact.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  forms.add(JSON.stringify(value).slice(1, -1));
  forms.add(uriEscape(value));
  forms.delete(value);
  return [...forms].filter((f) => f.length >= MIN_DERIVED_LENGTH);
}

/**
 * Replaces every registered secret with `***`, as the runner's SecretMasker does: the value, each line of a
 * multi-line one, and their encoded forms. Every occurrence of every value is found first and overlapping
 * ones are merged, so two secrets that overlap in the text are masked whole.
 */
export class Masker {
  private readonly values = new Set<string>();

  add(value: string): void {
    for (const v of new Set([value, ...value.split(/\r?\n/)])) {
      if (!v.trim()) continue;
      this.values.add(v);
      for (const form of encodedForms(v)) this.values.add(form);
    }
  }

  mask(text: string): string {
    if (!text || this.values.size === 0) return text;
    const ranges: Array<[number, number]> = [];
    for (const v of this.values)
      for (let i = text.indexOf(v); i >= 0; i = text.indexOf(v, i + 1)) ranges.push([i, i + v.length]);
    if (ranges.length === 0) return text;
    ranges.sort((a, b) => a[0] - b[0]);
    let out = '';
    let at = 0;
    let [start, end] = ranges[0]!;
    for (const [s, e] of ranges.slice(1)) {
      if (s <= end) end = Math.max(end, e);
      else {
        out += `${text.slice(at, start)}***`;
        at = end;
        [start, end] = [s, e];
      }
    }
    return `${out}${text.slice(at, start)}***${text.slice(end)}`;
  }

  /** An annotation with its message and its `file=`/`title=` properties masked. */
  maskAnnotation(a: Annotation): Annotation {
    const out = { ...a, message: this.mask(a.message) };
    if (a.file !== undefined) out.file = this.mask(a.file);
    if (a.title !== undefined) out.title = this.mask(a.title);
    return out;
  }
}
