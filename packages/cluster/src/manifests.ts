import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { documentProblems, documentValue, isEmptyDocument, parseYamlStream } from '@goship/contract';
import { aggregate, expandPatterns, InputError, UserError } from '@goship/kit';
import { isMap, isScalar, isSeq } from 'yaml';
import type { KubeObject, Origin } from './types.js';

/** One object from the manifests, with where it came from so errors can point at file:line. */
export interface Manifest {
  object: KubeObject;
  origin: Origin;
  /** The line of a field inside this object (e.g. ['spec', 'selector']), when it is written there. */
  lineOf(path: (string | number)[]): number | undefined;
}

/**
 * Reads every object from the given files/folders/globs. Parsed in the chain's YAML dialect
 * (@goship/contract: YAML 1.1 as kubectl's go-yaml reads it, so `0644` is octal and `yes` is a boolean,
 * exactly what the API server would get from kubectl). All problems in all files are reported together.
 */
export function loadManifests(patterns: string[], cwd: string, input = 'manifests'): Manifest[] {
  if (patterns.length === 0) {
    throw new InputError(input, 'is empty', 'manifest files, folders or globs (one per line)');
  }
  const expanded = expandPatterns(patterns, cwd, { files: /\.(ya?ml|json)$/i, input });
  const missing = expanded.filter((e) => e.matched === 0).map((e) => e.pattern);
  if (missing.length > 0) {
    throw new InputError(
      input,
      `${missing.map((m) => `'${m}'`).join(', ')} matched no manifest file`,
      'existing files, folders with *.yaml/*.yml/*.json files, or globs that match some',
      `Paths are relative to the workspace (${cwd}).`,
    );
  }
  const manifests: Manifest[] = [];
  const errors: UserError[] = [];
  for (const file of expanded.flatMap((e) => e.files)) {
    const display = relative(cwd, file) || file;
    try {
      manifests.push(...parseManifests(readFileSync(file, 'utf8'), display, errors));
    } catch (err) {
      errors.push(
        new UserError(`${display}: cannot read: ${(err as Error).message}`, { location: { file: display } }),
      );
    }
  }
  if (errors.length > 0) throw aggregate(errors, `${errors.length} problems in the manifests`);
  if (manifests.length === 0) {
    throw new InputError(
      input,
      `the files (${expanded.flatMap((e) => e.files).length}) hold no Kubernetes objects`,
      'at least one object',
    );
  }
  return manifests;
}

/** Parses one file's documents; problems go to `errors` (each at file:line), good objects are returned. */
export function parseManifests(text: string, file: string, errors: UserError[]): Manifest[] {
  const stream = parseYamlStream(text);
  const out: Manifest[] = [];
  const line = (offset: number) => stream.position(offset).line;
  stream.documents.forEach((doc, index) => {
    const problems = documentProblems(doc, stream);
    // An empty document (a trailing `---`, only comments) holds no object.
    const read = problems.length === 0 && !isEmptyDocument(doc) ? documentValue(doc, stream) : undefined;
    if (read?.problem) problems.push(read.problem);
    for (const p of problems) {
      errors.push(
        new UserError(`${file}:${p.line}: invalid YAML: ${p.message}`, {
          location: { file, line: p.line, column: p.column },
        }),
      );
    }
    if (!read || read.problem || !doc.contents) return;
    const start = line(doc.contents.range[0]);
    if (!isMap(doc.contents)) {
      errors.push(
        new UserError(`${file}:${start}: document ${index + 1} is not a mapping (a Kubernetes object)`, {
          location: { file, line: start },
        }),
      );
      return;
    }
    const value = read.value as Record<string, unknown>;
    // The line of a field is the line of its key (`selector:`), not of its value (which may start below).
    const lineOf = (base: (string | number)[]) => (path: (string | number)[]) => {
      const full = [...base, ...path];
      if (full.length === 0) return start;
      const parent = full.length === 1 ? doc.contents : doc.getIn(full.slice(0, -1), true);
      const last = full.at(-1)!;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : (p.key as unknown)) === last);
        const key = pair?.key as { range?: [number, number, number] } | undefined;
        return key?.range ? line(key.range[0]) : undefined;
      }
      if (isSeq(parent) && typeof last === 'number') {
        const item = parent.items[last] as { range?: [number, number, number] } | undefined;
        return item?.range ? line(item.range[0]) : undefined;
      }
      return undefined;
    };
    if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
      const items = doc.getIn(['items'], true);
      value.items.forEach((item, i) => {
        const node = isSeq(items)
          ? (items.items[i] as { range?: [number, number, number] } | undefined)
          : undefined;
        const at = node?.range ? line(node.range[0]) : start;
        const m = checkObject(item, { file, line: at, document: index }, errors, lineOf(['items', i]));
        if (m) out.push(m);
      });
      return;
    }
    const m = checkObject(value, { file, line: start, document: index }, errors, lineOf([]));
    if (m) out.push(m);
  });
  return out;
}

function checkObject(
  value: unknown,
  origin: Origin,
  errors: UserError[],
  lineOf: Manifest['lineOf'],
): Manifest | undefined {
  const where = `${origin.file}:${origin.line}`;
  const fail = (problem: string, hint?: string, line = origin.line) => {
    errors.push(new UserError(`${where}: ${problem}`, { hint, location: { file: origin.file, line } }));
    return undefined;
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('the object is not a mapping');
  const obj = value as Partial<KubeObject>;
  if (typeof obj.apiVersion !== 'string' || obj.apiVersion === '')
    return fail('the object has no apiVersion');
  if (typeof obj.kind !== 'string' || obj.kind === '') return fail('the object has no kind');
  const meta = obj.metadata;
  if (!meta || typeof meta !== 'object') return fail(`${obj.kind} has no metadata`);
  if (meta.name !== undefined && meta.name !== null && typeof meta.name !== 'string') {
    return fail(
      `${obj.kind}: metadata.name must be a string, but YAML reads it as ${typeof meta.name} ${JSON.stringify(meta.name)}`,
      'Quote it (YAML 1.1, which kubectl uses too, reads y/n/yes/no/on/off as booleans and 0644 as octal).',
      lineOf(['metadata', 'name']),
    );
  }
  if (typeof meta.name !== 'string' || meta.name === '') {
    return meta.generateName
      ? fail(
          `${obj.kind} uses metadata.generateName; apply needs a fixed metadata.name`,
          'Give the object a name.',
        )
      : fail(`${obj.kind} has no metadata.name`);
  }
  if (meta.namespace !== undefined && (typeof meta.namespace !== 'string' || meta.namespace === '')) {
    return fail(
      `${obj.kind} ${meta.name}: metadata.namespace must be a non-empty string`,
      undefined,
      lineOf(['metadata', 'namespace']),
    );
  }
  return { object: obj as KubeObject, origin, lineOf };
}
