/*
 * -X values that the program replaces before it can see them. The linker sets the variable's initial
 * value; code that runs first can still overwrite it, and then every later layer (image ENV, manifests)
 * agrees on a port the process never uses. Two shapes cover what real services do:
 *
 *  - a flag bound to the variable: `flag.StringVar(&port, "port", "8080", …)` (and `fs.StringVar`,
 *    pflag's `StringVarP`, …) stores the flag's default into the variable when it runs. Passing the
 *    variable itself as the default (`flag.StringVar(&port, "port", port, …)`) keeps the -X value, so any
 *    call whose other arguments read the variable is not reported.
 *  - an unconditional assignment in the top-level block of an `init` function, or of `main` in the main
 *    package, before any statement of that function mentions the variable (`port = "9090"`).
 *
 * What this does not see (it reads source, it does not run it): assignments in helpers called from main,
 * through pointers, or by reflection. A function that declares a local of the same name (a parameter,
 * `:=`, `var`) is skipped for that name, so a shadowing local is never mistaken for the variable.
 */
import { type Token, tokenize } from './gosource.js';

/** The variable as code refers to it: `port` in its own package, `build.Version` elsewhere. */
export interface VariableRef {
  ident: string;
  /** The import name of the declaring package in this file (undefined in the declaring package). */
  qualifier?: string;
}

export interface Overwrite {
  line: number;
  column: number;
  kind: 'flag' | 'init' | 'main';
  /** The overwriting code, shortened: `flag.StringVar(&port, "port", "8080", …)`, `port = "9090"`. */
  code: string;
}

const FLAG_METHOD = /^(?:[A-Z][A-Za-z0-9]*)?VarP?$/;
const isOp = (t: Token | undefined, text: string) => t?.kind === 'op' && t.text === text;
const opens = (t: Token) => t.kind === 'op' && '([{'.includes(t.text);
const closes = (t: Token) => t.kind === 'op' && ')]}'.includes(t.text);

/** Length of a reference to `v` starting at `i` (1 or 3 tokens), or 0. */
function refAt(tokens: Token[], i: number, v: VariableRef): number {
  if (isOp(tokens[i - 1], '.')) return 0;
  const t = tokens[i];
  if (t?.kind !== 'ident') return 0;
  if (v.qualifier === undefined) return t.text === v.ident ? 1 : 0;
  return t.text === v.qualifier && isOp(tokens[i + 1], '.') && tokens[i + 2]?.text === v.ident ? 3 : 0;
}

const mentions = (tokens: Token[], v: VariableRef) => tokens.some((_, i) => refAt(tokens, i, v) > 0);

/** Index after the balanced group that opens at `i`. */
function groupEnd(tokens: Token[], i: number): number {
  let depth = 0;
  for (let k = i; k < tokens.length; k++) {
    if (opens(tokens[k]!)) depth++;
    else if (closes(tokens[k]!) && --depth === 0) return k + 1;
  }
  return tokens.length;
}

/** Splits tokens at `sep` tokens (';' kind or an op) found at nesting depth 0. */
function splitDepth0(tokens: Token[], isSep: (t: Token) => boolean): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (opens(t)) depth++;
    if (closes(t)) depth--;
    if (depth === 0 && isSep(t)) parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  return parts.filter((p) => p.length > 0);
}

function depth0Index(tokens: Token[], pred: (t: Token) => boolean): number {
  let depth = 0;
  for (const [k, t] of tokens.entries()) {
    if (depth === 0 && pred(t)) return k;
    if (opens(t)) depth++;
    if (closes(t)) depth--;
  }
  return -1;
}

const shorten = (tokens: Token[], max = 80) => {
  let s = '';
  for (const [k, t] of tokens.entries()) {
    const prev = tokens[k - 1];
    const tight =
      !prev ||
      (t.kind === 'op' && ').],'.includes(t.text)) ||
      (prev.kind === 'op' && '(.[&'.includes(prev.text));
    s += (tight ? '' : ' ') + t.text;
  }
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

interface FuncDecl {
  name: string;
  method: boolean;
  signature: Token[];
  /** Tokens inside the body's braces. */
  body: Token[];
}

/** Top-level function declarations with their bodies. */
function functions(tokens: Token[]): FuncDecl[] {
  const out: FuncDecl[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (opens(t)) {
      i = groupEnd(tokens, i);
      continue;
    }
    if (!(t.kind === 'ident' && t.text === 'func')) {
      i++;
      continue;
    }
    let k = i + 1;
    const method = isOp(tokens[k], '(');
    if (method) k = groupEnd(tokens, k);
    const name = tokens[k]?.kind === 'ident' ? tokens[k]!.text : '';
    const sigStart = k + 1;
    // The body is the first '{' at depth 0 that does not belong to a struct{} or interface{} type.
    for (; k < tokens.length && tokens[k]!.kind !== ';'; k++) {
      const u = tokens[k]!;
      if (isOp(u, '{') && !['struct', 'interface'].includes(tokens[k - 1]?.text ?? '')) break;
      if (opens(u)) k = groupEnd(tokens, k) - 1;
    }
    if (!isOp(tokens[k], '{')) {
      i = k; // a declaration without a body (assembly)
      continue;
    }
    const end = groupEnd(tokens, k);
    out.push({ name, method, signature: tokens.slice(sigStart, k), body: tokens.slice(k + 1, end - 1) });
    i = end;
  }
  return out;
}

/** Whether the function declares its own `ident` (parameter, result, `:=`, `var`, func literal parameter). */
function declaresLocal(fn: FuncDecl, ident: string): boolean {
  const plain = (ts: Token[], k: number) =>
    ts[k]?.kind === 'ident' && ts[k]!.text === ident && !isOp(ts[k - 1], '.');
  if (fn.signature.some((_, k) => plain(fn.signature, k))) return true;
  const b = fn.body;
  for (let k = 0; k < b.length; k++) {
    if (isOp(b[k], ':=')) {
      // Walk back over `a, b, c :=`.
      for (let j = k - 1; j >= 0 && b[j]!.kind === 'ident'; j -= 2) {
        if (plain(b, j)) return true;
        if (!isOp(b[j - 1], ',')) break;
      }
    }
    if (b[k]!.kind === 'ident' && b[k]!.text === 'var') {
      const spec = isOp(b[k + 1], '(') ? b.slice(k + 2, groupEnd(b, k + 1) - 1) : b.slice(k + 1);
      for (const s of splitDepth0(spec, (t) => t.kind === ';').slice(
        0,
        isOp(b[k + 1], '(') ? undefined : 1,
      )) {
        for (let j = 0; j < s.length && s[j]!.kind === 'ident'; j += 2) {
          if (s[j]!.text === ident) return true;
          if (!isOp(s[j + 1], ',')) break;
        }
      }
    }
    if (b[k]!.kind === 'ident' && b[k]!.text === 'func' && isOp(b[k + 1], '(')) {
      const params = b.slice(k + 1, groupEnd(b, k + 1));
      if (params.some((_, j) => plain(params, j))) return true;
    }
  }
  return false;
}

/** `recv.StringVar(&v, …)` calls whose other arguments do not read v. */
function flagBindings(tokens: Token[], v: VariableRef): Overwrite[] {
  const out: Overwrite[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const m = tokens[i]!;
    if (
      !(
        m.kind === 'ident' &&
        FLAG_METHOD.test(m.text) &&
        isOp(tokens[i - 1], '.') &&
        isOp(tokens[i + 1], '(')
      )
    )
      continue;
    if (!isOp(tokens[i + 2], '&')) continue;
    const len = refAt(tokens, i + 3, v);
    if (len === 0 || !(isOp(tokens[i + 3 + len], ',') || isOp(tokens[i + 3 + len], ')'))) continue;
    const end = groupEnd(tokens, i + 1);
    const args = splitDepth0(tokens.slice(i + 2, end - 1), (t) => isOp(t, ','));
    if (args.slice(1).some((a) => mentions(a, v))) continue; // the default is derived from the -X value
    const recv = tokens[i - 2];
    const head = recv?.kind === 'ident' && !isOp(tokens[i - 3], '.') ? `${recv.text}.` : '….';
    out.push({
      line: m.line,
      column: m.column,
      kind: 'flag',
      code: `${head}${m.text}(${args.map((a) => shorten(a, 30)).join(', ')})`,
    });
  }
  return out;
}

/** The first top-level statement of `fn` that assigns v without reading it, if nothing before mentions v. */
function assignmentBeforeUse(fn: FuncDecl, v: VariableRef, kind: 'init' | 'main'): Overwrite | undefined {
  for (const stmt of splitDepth0(fn.body, (t) => t.kind === ';')) {
    const eq = depth0Index(stmt, (t) => isOp(t, '='));
    if (eq > 0 && !['if', 'for', 'switch', 'select'].includes(stmt[0]!.text)) {
      const lhs = splitDepth0(stmt.slice(0, eq), (t) => isOp(t, ','));
      const rhs = stmt.slice(eq + 1);
      const assigns = lhs.some((l) => refAt(l, 0, v) === l.length);
      if (assigns && !mentions(rhs, v)) {
        const first = stmt[0]!;
        return { line: first.line, column: first.column, kind, code: shorten(stmt) };
      }
    }
    if (mentions(stmt, v)) return undefined; // read (or conditionally set) first: the -X value is seen
  }
  return undefined;
}

/**
 * Where the code of one file overwrites the variable before the program can see its -X value.
 * `mainPackage`: the file belongs to the program's main package (then `func main` counts too).
 * `source`: the file's text, or its tokens when the caller reads the file for several variables.
 */
export function findOverwrites(source: string | Token[], v: VariableRef, mainPackage: boolean): Overwrite[] {
  const tokens = typeof source === 'string' ? tokenize(source) : source;
  const fns = functions(tokens);
  const shadowing = (fn: FuncDecl) => v.qualifier === undefined && declaresLocal(fn, v.ident);
  const out: Overwrite[] = [];
  // Flag bindings anywhere except in functions whose own local carries the name.
  const skipped = new Set(fns.filter(shadowing).flatMap((fn) => fn.body));
  out.push(
    ...flagBindings(
      tokens.filter((t) => !skipped.has(t)),
      v,
    ),
  );
  for (const fn of fns) {
    if (fn.method || shadowing(fn)) continue;
    if (fn.name === 'init' || (fn.name === 'main' && mainPackage)) {
      const found = assignmentBeforeUse(fn, v, fn.name);
      if (found) out.push(found);
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Import names of a file's imports: path → the name code uses (alias, or the last path element). */
export function importNames(source: string | Token[]): Map<string, string> {
  const tokens = typeof source === 'string' ? tokenize(source) : source;
  const names = new Map<string, string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'ident' && (t.text === 'func' || t.text === 'var' || t.text === 'type')) break;
    if (!(t.kind === 'ident' && t.text === 'import')) continue;
    const group = isOp(tokens[i + 1], '(');
    const end = group ? groupEnd(tokens, i + 1) : i + 3;
    const specs = splitDepth0(
      tokens.slice(group ? i + 2 : i + 1, group ? end - 1 : end),
      (u) => u.kind === ';',
    );
    for (const spec of specs) {
      const path = spec.find((s) => s.kind === 'string');
      if (!path) continue;
      const p = path.text.slice(1, -1);
      const alias = spec[0] !== path ? spec[0]!.text : undefined;
      // Versioned paths (example.com/x/v2) are usually imported under the element before the version.
      const elems = p.split('/');
      const last =
        /^v\d+$/.test(elems[elems.length - 1]!) && elems.length > 1
          ? elems[elems.length - 2]!
          : elems[elems.length - 1]!;
      names.set(p, alias ?? last);
    }
    i = end - 1;
  }
  return names;
}
