import { InputError } from '@goship/kit';

/*
 * `expect-json`: one assertion per line, a small strict JSONPath subset:
 *   $.status == "ok"        $.version != '1.2.2'      $.items[0].id >= 3
 *   $["build-date"]         (present and not null)    $.name =~ /^hello-[a-z]+$/i
 * Paths are `$` followed by `.name`, `[index]` or `["key"]`; operators ==, !=, <, <=, >, >=, =~; values are
 * JSON scalars (double-quoted strings, numbers, true, false, null), single-quoted strings, or for =~ a
 * /regex/flags. Anything else is an input error pointing at the column, so a typo never becomes a check
 * that silently passes.
 */

export type JsonSegment = string | number;
export type JsonScalar = string | number | boolean | null;
export type JsonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | '=~';

export interface JsonAssertion {
  /** The assertion as written. */
  text: string;
  path: JsonSegment[];
  op?: JsonOperator;
  value?: JsonScalar;
  regex?: RegExp;
}

export interface AssertionOutcome {
  ok: boolean;
  /** What failed and what was found, e.g. `$.version is "1.2.2", expected == "1.2.3"`. */
  message: string;
}

const EXPECTED =
  'one assertion per line: a path ($.a.b, $.items[0], $["key"]) optionally followed by ==, !=, <, <=, >, >= and a JSON value, or =~ /regex/ — e.g. $.version == "1.2.3"';

class Cursor {
  pos = 0;
  constructor(
    readonly text: string,
    private readonly input: string,
  ) {}

  fail(problem: string): never {
    throw new InputError(this.input, `in '${this.text}' at column ${this.pos + 1}: ${problem}`, EXPECTED);
  }
  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }
  peek(n = 1): string {
    return this.text.slice(this.pos, this.pos + n);
  }
  done(): boolean {
    return this.pos >= this.text.length;
  }
}

export function parseJsonAssertion(input: string, text: string): JsonAssertion {
  const c = new Cursor(text.trim(), input);
  const path = parsePath(c);
  c.skipSpace();
  if (c.done()) return { text: c.text, path };
  const op = parseOperator(c);
  c.skipSpace();
  if (c.done()) c.fail(`'${op}' has no value after it`);
  if (op === '=~') {
    const regex = c.peek() === '/' ? parseRegex(c) : compile(c, String(parseValue(c)), '');
    c.skipSpace();
    if (!c.done()) c.fail(`unexpected '${c.text.slice(c.pos)}' after the value`);
    return { text: c.text, path, op, regex };
  }
  const value = parseValue(c);
  c.skipSpace();
  if (!c.done()) c.fail(`unexpected '${c.text.slice(c.pos)}' after the value`);
  if ((op === '<' || op === '<=' || op === '>' || op === '>=') && typeof value !== 'number') {
    c.fail(`'${op}' compares numbers, but the value is ${describeType(value)}`);
  }
  return { text: c.text, path, op, value };
}

function parsePath(c: Cursor): JsonSegment[] {
  if (c.peek() !== '$') c.fail(`a path starts with '$', found '${c.peek() || 'nothing'}'`);
  c.pos++;
  const path: JsonSegment[] = [];
  for (;;) {
    const ch = c.peek();
    if (ch === '.') {
      c.pos++;
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(c.text.slice(c.pos));
      if (!m) c.fail(`'.' must be followed by a name (letters, digits, _ or -; use $["…"] for others)`);
      path.push(m[0]);
      c.pos += m[0].length;
    } else if (ch === '[') {
      c.pos++;
      c.skipSpace();
      const q = c.peek();
      if (q === '"' || q === "'") path.push(parseString(c));
      else {
        const m = /^\d+/.exec(c.text.slice(c.pos));
        if (!m) c.fail(`'[' must hold an index (0, 1, …) or a quoted key`);
        path.push(Number(m[0]));
        c.pos += m[0].length;
      }
      c.skipSpace();
      if (c.peek() !== ']') c.fail(`expected ']'`);
      c.pos++;
    } else {
      return path;
    }
  }
}

const OPERATORS: JsonOperator[] = ['==', '!=', '<=', '>=', '=~', '<', '>'];

function parseOperator(c: Cursor): JsonOperator {
  for (const op of OPERATORS) {
    if (c.peek(op.length) === op) {
      c.pos += op.length;
      return op;
    }
  }
  if (c.peek() === '=') c.fail(`'=' is not an operator (use '==' to compare)`);
  return c.fail(`expected an operator (==, !=, <, <=, >, >=, =~), found '${c.text.slice(c.pos)}'`);
}

function parseValue(c: Cursor): JsonScalar {
  const ch = c.peek();
  if (ch === '"' || ch === "'") return parseString(c);
  const rest = c.text.slice(c.pos);
  const word = /^(true|false|null)(?![A-Za-z0-9_])/.exec(rest);
  if (word) {
    c.pos += word[0].length;
    return word[1] === 'null' ? null : word[1] === 'true';
  }
  const num = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?(?![A-Za-z0-9_.])/.exec(rest);
  if (num) {
    c.pos += num[0].length;
    return Number(num[0]);
  }
  return c.fail(
    `'${rest}' is not a value (strings need quotes: "${rest.replace(/"/g, '')}"; numbers, true, false, null do not)`,
  );
}

function parseString(c: Cursor): string {
  const quote = c.peek();
  const start = c.pos;
  c.pos++;
  while (!c.done() && c.peek() !== quote) c.pos += c.peek() === '\\' ? 2 : 1;
  if (c.done()) {
    c.pos = start;
    c.fail(`the string starting here has no closing ${quote}`);
  }
  c.pos++;
  const raw = c.text.slice(start, c.pos);
  if (quote === '"') {
    try {
      return JSON.parse(raw) as string;
    } catch {
      c.pos = start;
      return c.fail(`${raw} is not a valid JSON string (bad escape)`);
    }
  }
  return raw.slice(1, -1).replace(/\\(['\\])/g, '$1');
}

function parseRegex(c: Cursor): RegExp {
  const start = c.pos;
  c.pos++;
  let inClass = false;
  while (!c.done()) {
    const ch = c.peek();
    if (ch === '\\') c.pos += 2;
    else {
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      else if (ch === '/' && !inClass) break;
      c.pos++;
    }
  }
  if (c.done()) {
    c.pos = start;
    c.fail('the /regex/ starting here has no closing /');
  }
  const source = c.text.slice(start + 1, c.pos);
  c.pos++;
  const flags = /^[a-z]*/.exec(c.text.slice(c.pos))![0];
  c.pos += flags.length;
  return compile(c, source, flags, start);
}

function compile(c: Cursor, source: string, flags: string, at = c.pos): RegExp {
  if (/[gy]/.test(flags)) {
    c.pos = at;
    c.fail(`flags g and y make a regex stateful; use i, m, s or u`);
  }
  try {
    return new RegExp(source, flags);
  } catch (err) {
    c.pos = at;
    return c.fail(`invalid regex: ${(err as Error).message}`);
  }
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

export function formatPath(path: JsonSegment[]): string {
  return `$${path
    .map((s) =>
      typeof s === 'number'
        ? `[${s}]`
        : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(s)
          ? `.${s}`
          : `[${JSON.stringify(s)}]`,
    )
    .join('')}`;
}

function show(v: unknown): string {
  const text = JSON.stringify(v);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** Follows a path; `found: false` names the last segment that exists and what it held instead. */
export function resolvePath(
  doc: unknown,
  path: JsonSegment[],
): { found: true; value: unknown } | { found: false; why: string } {
  let value = doc;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const at = formatPath(path.slice(0, i));
    if (typeof seg === 'number') {
      if (!Array.isArray(value))
        return { found: false, why: `${at} is ${describeType(value)}, not an array` };
      if (seg >= value.length)
        return { found: false, why: `${at} has ${value.length} item(s), no index ${seg}` };
      value = value[seg];
    } else {
      if (!value || typeof value !== 'object' || Array.isArray(value))
        return { found: false, why: `${at} is ${describeType(value)}, not an object` };
      if (!Object.hasOwn(value, seg)) {
        const keys = Object.keys(value);
        return {
          found: false,
          why: `${formatPath(path.slice(0, i + 1))} is missing (${at} has ${keys.length > 0 ? `keys ${keys.slice(0, 12).join(', ')}` : 'no keys'})`,
        };
      }
      value = (value as Record<string, unknown>)[seg];
    }
  }
  return { found: true, value };
}

export function evaluateAssertion(a: JsonAssertion, doc: unknown): AssertionOutcome {
  const path = formatPath(a.path);
  const r = resolvePath(doc, a.path);
  if (!r.found) return { ok: false, message: `${a.text}: ${r.why}` };
  const v = r.value;
  const fail = (expected: string) => ({
    ok: false,
    message: `${a.text}: ${path} is ${show(v)}${typeof v === 'string' || v === null ? '' : ` (${describeType(v)})`}, expected ${expected}`,
  });
  switch (a.op) {
    case undefined:
      return v === null ? fail('to be present and not null') : { ok: true, message: a.text };
    case '==':
      return v === a.value ? { ok: true, message: a.text } : fail(`== ${show(a.value)}`);
    case '!=':
      return v !== a.value ? { ok: true, message: a.text } : fail(`!= ${show(a.value)}`);
    case '=~':
      if (typeof v !== 'string') return fail(`a string matching ${a.regex}`);
      return a.regex!.test(v) ? { ok: true, message: a.text } : fail(`to match ${a.regex}`);
    default: {
      if (typeof v !== 'number') return fail(`a number ${a.op} ${a.value}`);
      const n = a.value as number;
      const ok = a.op === '<' ? v < n : a.op === '<=' ? v <= n : a.op === '>' ? v > n : v >= n;
      return ok ? { ok: true, message: a.text } : fail(`${a.op} ${n}`);
    }
  }
}
