/*
 * A small reader of Go source files: the package clause, imports, build constraints and package-level
 * declarations — exactly what -X verification needs, no more. It follows the Go spec's lexical rules
 * (comments, interpreted/raw strings, runes, automatic semicolons) so that declarations are found by
 * structure, not by a regular expression over text that could sit in a comment or a string.
 */

export type TokenKind = 'ident' | 'string' | 'literal' | 'op' | ';';

export interface Token {
  kind: TokenKind;
  text: string;
  line: number;
  column: number;
}

// Longest first, so that maximal munch picks `<<=` over `<<` over `<`.
const OPERATORS = (
  '<<= >>= &^= ... && || <- ++ -- == != <= >= := += -= *= /= %= &= |= ^= << >> &^ ' +
  '~ + - * / % & | ^ < > = ! ( ) [ ] { } , ; . :'
).split(' ');
const SEMICOLON_AFTER = new Set(['break', 'continue', 'fallthrough', 'return', '++', '--', ')', ']', '}']);

const isLetter = (c: string) => /[\p{L}_]/u.test(c);
const isIdentChar = (c: string) => /[\p{L}\p{Nd}_]/u.test(c);

export class GoSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'GoSyntaxError';
  }
}

/** Tokens of a Go source file, with the semicolons the spec inserts at line ends. Comments are dropped. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const push = (kind: TokenKind, text: string, at: number, atLine: number, atLineStart: number) =>
    tokens.push({ kind, text, line: atLine, column: at - atLineStart + 1 });
  const needsSemicolon = () => {
    const last = tokens[tokens.length - 1];
    if (!last || last.kind === ';') return false;
    return last.kind !== 'op' || SEMICOLON_AFTER.has(last.text);
  };
  const newline = () => {
    if (needsSemicolon()) push(';', '\n', i, line, lineStart);
    line++;
    lineStart = i + 1;
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\n') {
      newline();
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') {
      i++;
      continue;
    }
    if (src.startsWith('//', i)) {
      const end = src.indexOf('\n', i);
      i = end < 0 ? src.length : end;
      continue;
    }
    if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) throw new GoSyntaxError('comment not terminated', line);
      const body = src.slice(i, end + 2);
      const newlines = body.split('\n').length - 1;
      // A general comment containing newlines acts like a newline.
      if (newlines > 0) {
        if (needsSemicolon()) push(';', '\n', i, line, lineStart);
        line += newlines;
        lineStart = i + body.lastIndexOf('\n') + 1;
      }
      i = end + 2;
      continue;
    }
    const start = i;
    const startLine = line;
    const startLineStart = lineStart;
    if (c === '"' || c === "'") {
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\n')
          throw new GoSyntaxError(`${c === '"' ? 'string' : 'rune'} literal not terminated`, line);
        i += src[i] === '\\' ? 2 : 1;
      }
      if (i >= src.length) throw new GoSyntaxError('literal not terminated', line);
      i++;
      push(c === '"' ? 'string' : 'literal', src.slice(start, i), start, startLine, startLineStart);
      continue;
    }
    if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) throw new GoSyntaxError('raw string literal not terminated', line);
      const text = src.slice(i, end + 1);
      const newlines = text.split('\n').length - 1;
      i = end + 1;
      push('string', text, start, startLine, startLineStart);
      if (newlines > 0) {
        line += newlines;
        lineStart = start + text.lastIndexOf('\n') + 1;
      }
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      // Numbers, including hex/octal/binary, floats with exponents (1e-9, 0x1p-2) and imaginary suffixes.
      i++;
      while (i < src.length) {
        const d = src[i]!;
        if (/[0-9A-Za-z_.]/.test(d)) i++;
        else if (
          (d === '+' || d === '-') &&
          /[eEpP]/.test(src[i - 1]!) &&
          !/^0[xX][0-9A-Fa-f_]*[eE]$/.test(src.slice(start, i))
        )
          i++;
        else break;
      }
      push('literal', src.slice(start, i), start, startLine, startLineStart);
      continue;
    }
    if (isLetter(c)) {
      i++;
      while (i < src.length && isIdentChar(src[i]!)) i++;
      push('ident', src.slice(start, i), start, startLine, startLineStart);
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (!op) throw new GoSyntaxError(`unexpected character ${JSON.stringify(c)}`, line);
    i += op.length;
    push(op === ';' ? ';' : 'op', op, start, startLine, startLineStart);
  }
  if (needsSemicolon()) push(';', '\n', i, line, lineStart);
  return tokens;
}

/** What kind of package-level name a declaration introduces. */
export type DeclKind = 'var' | 'const' | 'func' | 'type';

export interface Declaration {
  name: string;
  kind: DeclKind;
  line: number;
  column: number;
  /** For vars and consts: the declared type as written ('' when inferred from the value). */
  type: string;
  /**
   * For vars: whether it is a string variable. 'yes' for an explicit `string` type or a string-literal
   * initializer; 'no' for another explicit type; 'unknown' when the type is inferred from a non-literal
   * expression (the linker still rejects a non-string there, and we report its error).
   */
  isString: 'yes' | 'no' | 'unknown';
}

export interface GoFileInfo {
  packageName: string;
  imports: string[];
  /** The `//go:build` expression, or the `// +build` lines combined, or '' without constraints. */
  constraint: string;
  /** The `// +build` lines as written (only used when there is no //go:build line). */
  plusBuild: string[];
  declarations: Declaration[];
  /** The file imports "C" (it needs cgo). */
  usesCgo: boolean;
  /** Set when the file does not even tokenize: the compiler will report it, we cannot read it. */
  syntaxError?: { line: number; message: string };
}

/** Splits a token range at depth-0 commas. */
function splitTopLevel(tokens: Token[], sep: string): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'op' && '([{'.includes(t.text)) depth++;
    if (t.kind === 'op' && ')]}'.includes(t.text)) depth--;
    if (depth === 0 && t.kind === 'op' && t.text === sep) parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  return parts;
}

const text = (tokens: Token[]) =>
  tokens.map((t) => t.text).join(tokens.some((t) => t.kind === 'ident') ? ' ' : '');

function isStringExpr(tokens: Token[]): boolean {
  // "a", "a" + "b", ("a"): a constant string expression made only of literals.
  const inner = tokens.filter((t) => !(t.kind === 'op' && (t.text === '(' || t.text === ')')));
  if (inner.length === 0) return false;
  return (
    inner.every((t, k) => (k % 2 === 0 ? t.kind === 'string' : t.kind === 'op' && t.text === '+')) &&
    inner.length % 2 === 1
  );
}

function valueSpec(
  kind: 'var' | 'const',
  spec: Token[],
  out: Declaration[],
  previousType: { type: string },
): void {
  const names: Token[] = [];
  let k = 0;
  while (k < spec.length && spec[k]!.kind === 'ident') {
    names.push(spec[k]!);
    k++;
    if (spec[k]?.kind === 'op' && spec[k]!.text === ',') k++;
    else break;
  }
  const rest = spec.slice(k);
  const eq = rest.findIndex((t) => t.kind === 'op' && t.text === '=');
  const typeTokens = eq < 0 ? rest : rest.slice(0, eq);
  const values = eq < 0 ? [] : splitTopLevel(rest.slice(eq + 1), ',');
  let type = text(typeTokens);
  // In a const group, a spec without type and values repeats the previous one (iota patterns).
  if (kind === 'const' && eq < 0 && typeTokens.length === 0) type = previousType.type;
  if (kind === 'const') previousType.type = type;
  names.forEach((n, idx) => {
    let isString: Declaration['isString'];
    if (type !== '') isString = type === 'string' ? 'yes' : 'no';
    else {
      const v = values.length === names.length ? values[idx]! : undefined;
      isString = v && isStringExpr(v) ? 'yes' : 'unknown';
    }
    if (n.text !== '_') out.push({ name: n.text, kind, line: n.line, column: n.column, type, isString });
  });
}

/** Reads the parts of one Go source file that -X verification needs. */
export function scanGoFile(src: string): GoFileInfo {
  const header = readHeader(src);
  const tokens = tokenize(src);
  const info: GoFileInfo = {
    packageName: '',
    imports: [],
    constraint: header.goBuild,
    plusBuild: header.plusBuild,
    declarations: [],
    usesCgo: false,
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === ';') {
      i++;
      continue;
    }
    if (t.kind !== 'ident') {
      // Stray top-level tokens: skip balanced groups so that bodies never look like declarations.
      i = '([{'.includes(t.text) ? skipGroup(tokens, i) : i + 1;
      continue;
    }
    switch (t.text) {
      case 'package':
        info.packageName = tokens[i + 1]?.text ?? '';
        i += 2;
        break;
      case 'import':
        i = specs(tokens, i + 1, (spec) => importSpec(spec, info));
        break;
      case 'var':
      case 'const': {
        const kind = t.text;
        const previousType = { type: '' };
        i = specs(tokens, i + 1, (spec) => valueSpec(kind, spec, info.declarations, previousType));
        break;
      }
      case 'type':
        i = specs(tokens, i + 1, (spec) => typeSpec(spec, info.declarations));
        break;
      case 'func':
        i = funcDecl(tokens, i, info.declarations);
        break;
      default:
        i++;
    }
  }
  return info;
}

function isOp(t: Token | undefined, op: string): boolean {
  return t?.kind === 'op' && t.text === op;
}

/** Skips a balanced (), [] or {} group starting at k; returns the index after it. */
function skipGroup(tokens: Token[], k: number): number {
  let depth = 0;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'op' && '([{'.includes(t.text)) depth++;
    if (t.kind === 'op' && ')]}'.includes(t.text) && --depth === 0) return k + 1;
  }
  return k;
}

/** Tokens of one spec (up to ';' at depth 0 or the group's closing ')'), and the index where it stopped. */
function readSpec(tokens: Token[], k: number): [Token[], number] {
  const spec: Token[] = [];
  let depth = 0;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (depth === 0 && (t.kind === ';' || (t.kind === 'op' && t.text === ')'))) break;
    if (t.kind === 'op' && '([{'.includes(t.text)) depth++;
    if (t.kind === 'op' && ')]}'.includes(t.text)) depth--;
    spec.push(t);
  }
  return [spec, k];
}

/** The specs of a declaration at k, one or a ( … ) group, each given to `each`; returns the index after them. */
function specs(tokens: Token[], k: number, each: (spec: Token[]) => void): number {
  if (isOp(tokens[k], '(')) {
    k++;
    while (k < tokens.length && !isOp(tokens[k], ')')) {
      if (tokens[k]!.kind === ';') {
        k++;
        continue;
      }
      const [spec, next] = readSpec(tokens, k);
      if (spec.length > 0) each(spec);
      k = next;
    }
    return k + 1;
  }
  const [spec, next] = readSpec(tokens, k);
  each(spec);
  return next;
}

function importSpec(spec: Token[], info: GoFileInfo): void {
  const path = spec.find((s) => s.kind === 'string');
  if (path) {
    const p = unquote(path.text);
    info.imports.push(p);
    if (p === 'C') info.usesCgo = true;
  }
}

function typeSpec(spec: Token[], out: Declaration[]): void {
  const n = spec[0];
  if (n?.kind === 'ident')
    out.push({
      name: n.text,
      kind: 'type',
      line: n.line,
      column: n.column,
      type: '',
      isString: 'no',
    });
}

/** A func declaration at i: its name (methods declare none); returns the index of the ';' after its body. */
function funcDecl(tokens: Token[], i: number, out: Declaration[]): number {
  const n = tokens[i + 1];
  // Methods (`func (r T) Name`) do not declare package-level names.
  if (n?.kind === 'ident')
    out.push({
      name: n.text,
      kind: 'func',
      line: n.line,
      column: n.column,
      type: '',
      isString: 'no',
    });
  i++;
  // Skip the signature and body: everything up to the ';' after the body at depth 0.
  let depth = 0;
  for (; i < tokens.length; i++) {
    const u = tokens[i]!;
    if (u.kind === 'op' && '([{'.includes(u.text)) depth++;
    if (u.kind === 'op' && ')]}'.includes(u.text)) depth--;
    if (depth === 0 && u.kind === ';') break;
  }
  return i;
}

/** The value of a Go string literal token (escapes decoded for the common cases import paths use). */
export function unquote(literal: string): string {
  if (literal.startsWith('`')) return literal.slice(1, -1);
  try {
    return JSON.parse(literal.replace(/\\x([0-9A-Fa-f]{2})/g, '\\u00$1').replace(/\\'/g, "'")) as string;
  } catch {
    return literal.slice(1, -1);
  }
}

/**
 * The build-constraint lines of a file: only the comment block before the package clause counts
 * (go/build's rule), and `// +build` lines only when there is no `//go:build` line.
 */
export function readHeader(src: string): { goBuild: string; plusBuild: string[] } {
  let goBuild = '';
  const plusBuild: string[] = [];
  let i = 0;
  while (i < src.length) {
    if (/\s/.test(src[i]!)) {
      i++;
      continue;
    }
    if (src.startsWith('//', i)) {
      const end = src.indexOf('\n', i);
      const line = src.slice(i, end < 0 ? src.length : end).trimEnd();
      const gb = /^\/\/go:build(?:\s+(.*))?$/.exec(line);
      if (gb && !goBuild) goBuild = (gb[1] ?? '').trim();
      const pb = /^\/\/\s*\+build(?:\s+(.*))?$/.exec(line);
      if (pb) plusBuild.push((pb[1] ?? '').trim());
      i = end < 0 ? src.length : end + 1;
      continue;
    }
    if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
      continue;
    }
    break;
  }
  return { goBuild, plusBuild };
}
