/*
 * YAML in and out, in the chain's one dialect (@goship/contract: read as kubectl reads, written so that
 * YAML 1.1, YAML 1.2 and kubectl read it back identically). Parsing goes through eemeli/yaml's Document
 * API rather than js-yaml's `load` because every node keeps its source range: errors, port disagreements
 * and schema problems point at the file and line of the field, and placeholders are substituted inside
 * parsed scalars (never in the raw text), so a substituted value can not add YAML structure.
 */
import {
  documentProblems,
  documentValue,
  isEmptyDocument,
  parseYamlStream,
  toYaml as toChainYaml,
  type YamlProblem,
} from '@goship/contract';
import { UserError } from '@goship/kit';
import { type Document, isAlias, isMap, isScalar, isSeq, type Node, Scalar, visit } from 'yaml';
import {
  type FieldPath,
  isObject,
  type Json,
  type JsonObject,
  type Manifest,
  type Position,
  pathKey,
} from './model.js';
import { flowPlaceholderAt, type Substitution, substituteScalar } from './substitute.js';

export interface ParseOptions {
  /** Path shown in messages and annotations (workspace-relative). */
  file: string;
  /** `files`, `kustomize`, `helm`… */
  via: string;
  /**
   * Whether `file` is the text being parsed (so lines are meaningful). Tool output (helm, kustomize) is
   * not: its objects carry the template or kustomization path without a line.
   */
  linesAreInFile: boolean;
  /** Strict `${VAR}` substitution in scalar values. */
  substitution?: Substitution;
  /** Per document: a better file for its objects (helm's `# Source:` comment). */
  sourceOf?: (doc: Document) => string | undefined;
}

/**
 * Parses a multi-document YAML (or JSON) stream into Kubernetes objects. Empty documents are skipped,
 * `kind: List` is flattened into its items. Every problem in the stream is collected; one UserError
 * (with one related error per problem, each at its file:line) is thrown when there is any.
 */
export function parseManifests(text: string, opts: ParseOptions): Manifest[] {
  const stream = parseYamlStream(text);
  const docs = stream.documents;
  const problems: UserError[] = [];
  const out: Manifest[] = [];
  const at = (offset: number): Position => stream.position(offset);
  const loc = (offset: number, file = opts.file) =>
    opts.linesAreInFile && file === opts.file
      ? { file, line: at(offset).line, column: at(offset).column }
      : { file };

  docs.forEach((doc, index) => {
    const file = opts.sourceOf?.(doc) ?? opts.file;
    const docLabel = docs.length > 1 ? `document ${index + 1} of ${file}` : file;
    const yamlProblem = (p: YamlProblem) =>
      new UserError(`Invalid YAML in ${file}:${p.line}:${p.column}: ${p.message}`, {
        location: opts.linesAreInFile ? { file, line: p.line, column: p.column } : { file },
        hint: YAML_HINTS[p.kind],
      });
    if (doc.errors.length > 0) {
      const flow = flowPlaceholderAt(text, doc.errors[0]!.pos[0]);
      if (flow) {
        const { line, column } = at(flow.offset);
        const placeholder = `\${${flow.name}}`;
        problems.push(
          new UserError(
            `Invalid YAML in ${file}:${line}:${column}: ${placeholder} is unquoted inside a flow collection ({…} or […]), where YAML reads { as the start of a mapping`,
            {
              location: opts.linesAreInFile ? { file, line, column } : { file },
              hint: `Quote it: "${placeholder}" (the value is then a string), or write the field in block style (key: ${placeholder} on its own line) to keep a number.`,
            },
          ),
        );
        return;
      }
      problems.push(...documentProblems(doc, stream).map(yamlProblem));
      return;
    }
    if (isEmptyDocument(doc) || !doc.contents) return;
    const startOffset = doc.contents.range?.[0] ?? 0;
    if (opts.substitution) {
      problems.push(...substituteDocument(doc, opts.substitution, (o) => loc(o, file)));
    }
    const read = documentValue(doc, stream);
    if (read.problem) {
      problems.push(yamlProblem(read.problem));
      return;
    }
    const value = read.value;
    if (!isObject(value)) {
      const what = Array.isArray(value) ? 'a list' : value === null ? 'empty' : `a ${typeof value}`;
      problems.push(
        new UserError(`${docLabel} is ${what}, not a Kubernetes object`, {
          location: loc(startOffset, file),
          hint: 'Each YAML document must be a mapping with apiVersion, kind and metadata.name; separate documents with ---.',
        }),
      );
      return;
    }
    const positions =
      opts.linesAreInFile && file === opts.file ? collectPositions(doc.contents, at) : undefined;
    const origin = (prefix: FieldPath) => ({
      file,
      via: opts.via,
      line: positions ? at(startOffset).line : undefined,
      positions: positions && prefix.length > 0 ? rebase(positions, prefix) : positions,
    });
    const items = isList(value)
      ? (value.items as Json[]).map((item, i) => ({ item, prefix: ['items', i] }))
      : undefined;
    for (const { item, prefix } of items ?? [{ item: value as Json, prefix: [] as FieldPath }]) {
      const o = origin(prefix);
      const problem = checkIdentity(item, `${docLabel}${prefix.length ? ` (items[${prefix[1]}])` : ''}`);
      if (problem) {
        const p = o.positions?.get('');
        problems.push(
          new UserError(problem.message, {
            hint: problem.hint,
            location: o.file && p ? { file: o.file, line: p.line, column: p.column } : { file: o.file },
          }),
        );
        continue;
      }
      out.push({ object: item as JsonObject, origin: o });
    }
  });
  if (problems.length > 0) {
    throw problems.length === 1
      ? problems[0]!
      : new UserError(
          `${problems.length} problems in ${opts.file}:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`,
          {
            related: problems,
          },
        );
  }
  return out;
}

const YAML_HINTS: Record<YamlProblem['kind'], string> = {
  'duplicate-key': 'Remove one of the two keys: kubectl rejects duplicate fields (strict field validation).',
  'too-many-aliases':
    'Expand the aliases (or use fewer, smaller anchors): their expansion is limited against YAML alias bombs.',
  syntax: 'Fix the YAML syntax (indentation, a missing colon or quote).',
};

function isList(v: JsonObject): boolean {
  return (
    typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items) && v.apiVersion === 'v1'
  );
}

function checkIdentity(item: Json, label: string): { message: string; hint: string } | undefined {
  if (!isObject(item))
    return { message: `${label} is not a Kubernetes object`, hint: 'List items must be mappings.' };
  const missing = ['apiVersion', 'kind'].filter((k) => typeof item[k] !== 'string' || item[k] === '');
  const meta = item.metadata;
  if (!isObject(meta) || typeof meta.name !== 'string' || meta.name === '') missing.push('metadata.name');
  if (missing.length === 0) return undefined;
  return {
    message: `${label} has no ${missing.join(', ')}`,
    hint: 'Every object needs apiVersion, kind and metadata.name (kubectl apply does not accept generateName).',
  };
}

/** Records the position of every key (for map entries) and item (for lists), by path. */
function collectPositions(root: Node, at: (offset: number) => Position): Map<string, Position> {
  const positions = new Map<string, Position>();
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (key === null || typeof key === 'object') continue;
        const keyPath = [...path, String(key)];
        const range = (pair.key as Node | null)?.range;
        if (range) positions.set(pathKey(keyPath), at(range[0]));
        walk(pair.value, keyPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const range = (item as Node | null)?.range;
        if (range) positions.set(pathKey([...path, i]), at(range[0]));
        walk(item, [...path, i]);
      });
    }
    // Aliases keep the position of the alias itself (their fields resolve to the nearest recorded ancestor).
    else if (isAlias(node)) return;
  };
  const range = root.range;
  if (range) positions.set('', at(range[0]));
  walk(root, []);
  return positions;
}

function rebase(positions: Map<string, Position>, prefix: FieldPath): Map<string, Position> {
  const p = pathKey(prefix);
  const out = new Map<string, Position>();
  for (const [k, v] of positions) {
    if (k === p) out.set('', v);
    else if (k.startsWith(`${p}\u0001`)) out.set(k.slice(p.length + 1), v);
  }
  return out;
}

function substituteDocument(
  doc: Document,
  sub: Substitution,
  loc: (offset: number) => { file: string; line?: number; column?: number },
): UserError[] {
  const problems: UserError[] = [];
  visit(doc, {
    Scalar(key, node) {
      if (typeof node.value !== 'string' || !node.value.includes('$')) return;
      const start = node.range?.[0] ?? 0;
      const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
      const result = substituteScalar(node.value, sub, {
        isKey: key === 'key',
        plain: node.type === Scalar.PLAIN,
      });
      for (const e of result.errors) {
        const base = loc(start);
        // A block scalar's content starts on the line after its indicator.
        const line =
          base.line !== undefined && block ? base.line + 1 + countNewlines(node.value, e.index) : base.line;
        problems.push(
          new UserError(`${base.file}${line !== undefined ? `:${line}` : ''}: ${e.message}`, {
            location: { file: base.file, line, column: block ? undefined : base.column },
            hint: e.hint,
          }),
        );
      }
      if (result.errors.length === 0 && result.changed) node.value = result.value;
    },
  });
  return problems;
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * Serializes one object: block style, no line folding (long strings stay on one line), strings that YAML
 * 1.1, 1.2 or kubectl would read back as another type are quoted, multi-line strings become block scalars.
 */
export function toYaml(object: JsonObject): string {
  return toChainYaml(object);
}
