/*
 * The YAML dialect of the chain. render-manifests writes, k8s-rollout reads, and in between a user may
 * run `kubectl apply -f` on the same file. kubectl reads YAML through go-yaml v2 (sigs.k8s.io/yaml), a
 * YAML 1.1 reader: `yes`/`on`/`y` are booleans, `0644` is octal, `1_000` is 1000, `0o14`/`0X1F`/`0b101` are
 * integers (Go's strconv with base 0), while timestamps and sexagesimal numbers (`12:30`) stay strings.
 *
 * - Reading (`parseYamlStream`): the schema below reproduces go-yaml v2's scalar resolution, so an object
 *   means for us exactly what it means for kubectl. Duplicate keys are errors (kubectl's strict field
 *   validation rejects them), an alias bomb is "too many aliases" at its line, never a bare ReferenceError.
 * - Writing (`toYaml`): a string is quoted whenever YAML 1.2 (core), YAML 1.1 (the full schema, with
 *   sexagesimal numbers and timestamps) or go-yaml would read its plain form as anything but that same
 *   string. The output therefore reads back identically under all three.
 */
import {
  Document,
  isScalar,
  LineCounter,
  type Node,
  parseAllDocuments,
  Scalar,
  type ScalarTag,
  visit,
} from 'yaml';

/** At most this many alias expansions (weighted by the aliases inside each anchor) per document. */
export const MAX_ALIAS_COUNT = 1000;

/** go-yaml integers that YAML 1.1 does not have: Go's base prefixes in any case, with a sign. */
const goInt: ScalarTag = {
  identify: (value) => typeof value === 'number' && Number.isInteger(value),
  default: true,
  tag: 'tag:yaml.org,2002:int',
  test: /^[-+]?0(?:[xX][0-9a-fA-F_]+|[oO][0-7_]+|[bB][01_]+)$/,
  resolve(str) {
    const negative = str.startsWith('-');
    const digits = str.replace(/^[-+]/, '').replace(/_/g, '').toLowerCase();
    const n = Number(digits);
    return negative ? -n : n;
  },
};

/** go-yaml's float rule (yamlStyleFloat after removing `_`), replacing YAML 1.1's looser one (`.` is NaN). */
const goFloat: ScalarTag = {
  identify: (value) => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  test: /^[-+]?(?:\.[0-9][0-9_]*|[0-9][0-9_]*\.[0-9_]*|[0-9][0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9][0-9_]*|\.[0-9][0-9_]*[eE][-+]?[0-9][0-9_]*)$/,
  resolve: (str) => Number.parseFloat(str.replace(/_/g, '')),
};

/**
 * The schema kubectl reads with: YAML 1.1 as go-yaml v2 implements it. go-yaml leaves timestamps and
 * sexagesimal numbers as strings (when decoding into interface{}, as sigs.k8s.io/yaml does), and its
 * floats need a digit (eemeli/yaml's YAML 1.1 reads `.` and `e5` as NaN).
 */
const kubectlTags = (tags: unknown[]): ScalarTag[] => [
  ...(tags as ScalarTag[]).filter((t) => {
    if (t.format === 'TIME' || t.tag === 'tag:yaml.org,2002:timestamp') return false;
    const nan = t.test !== undefined && /inf/.test(t.test.source);
    return !(t.tag === 'tag:yaml.org,2002:float' && !nan);
  }),
  goInt,
  goFloat,
];

export const KUBECTL_YAML = {
  version: '1.1',
  schema: 'yaml-1.1',
  customTags: kubectlTags,
  merge: true,
  uniqueKeys: true,
} as const;

/** A problem in a YAML stream, at its 1-based line and column. */
export interface YamlProblem {
  message: string;
  line: number;
  column: number;
  kind: 'syntax' | 'duplicate-key' | 'too-many-aliases';
}

export interface YamlStream {
  documents: Document.Parsed[];
  /** 1-based line and column of an offset in the text. */
  position(offset: number): { line: number; column: number };
}

/** Parses a multi-document stream in the kubectl dialect. Problems are read per document (`documentProblems`). */
export function parseYamlStream(text: string): YamlStream {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { ...KUBECTL_YAML, lineCounter, prettyErrors: false });
  const documents = Array.isArray(parsed) ? parsed : [];
  return {
    documents,
    position: (offset) => {
      const p = lineCounter.linePos(offset);
      return { line: p.line, column: p.col };
    },
  };
}

/** The syntax errors and duplicate keys of one document, each at its line. */
export function documentProblems(doc: Document.Parsed, stream: YamlStream): YamlProblem[] {
  return doc.errors.map((e) => {
    const { line, column } = stream.position(e.pos[0]);
    const duplicate = e.code === 'DUPLICATE_KEY';
    return {
      message: duplicate
        ? `duplicate key ${JSON.stringify(keyAt(doc, e.pos[0]) ?? '?')}`
        : e.message.split('\n')[0]!,
      line,
      column,
      kind: duplicate ? 'duplicate-key' : 'syntax',
    };
  });
}

/** True for an empty document (a trailing `---`, only comments). */
export function isEmptyDocument(doc: Document.Parsed): boolean {
  return doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null);
}

/**
 * The plain value of a document (maps, lists, strings, numbers, booleans, null). An alias bomb is a
 * problem at the line of the document's first alias instead of eemeli/yaml's bare ReferenceError.
 */
export function documentValue(
  doc: Document.Parsed,
  stream: YamlStream,
): { value: unknown; problem?: undefined } | { value?: undefined; problem: YamlProblem } {
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    let offset = doc.contents?.range?.[0] ?? 0;
    visit(doc, {
      Alias(_, node) {
        offset = node.range?.[0] ?? offset;
        return visit.BREAK;
      },
    });
    const { line, column } = stream.position(offset);
    const excessive = /excessive alias count/i.test(e.message);
    return {
      problem: {
        message: excessive
          ? `too many aliases: expanding them exceeds ${MAX_ALIAS_COUNT} nodes (an alias bomb?)`
          : e.message,
        line,
        column,
        kind: excessive ? 'too-many-aliases' : 'syntax',
      },
    };
  }
}

function keyAt(doc: Document.Parsed, offset: number): string | undefined {
  let found: string | undefined;
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      if (isScalar(key) && key.range?.[0] === offset) {
        found = String(key.value);
        return visit.BREAK;
      }
    },
  });
  return found;
}

/** The scalar tags of the kubectl reading, in resolution order (the merge key only matters as a key). */
const KUBECTL_SCALARS = (new Document(null, KUBECTL_YAML).schema.tags as ScalarTag[]).filter(
  (t) =>
    t.default &&
    t.test instanceof RegExp &&
    t.tag !== 'tag:yaml.org,2002:str' &&
    t.tag !== 'tag:yaml.org,2002:merge',
);

/**
 * What kubectl makes of a plain (unquoted) scalar with this text: a boolean, number, null or the string
 * itself. Used where text is placed into a plain scalar after parsing (`port: ${PORT}`).
 */
export function resolvePlainScalar(text: string): string | number | boolean | null {
  for (const tag of KUBECTL_SCALARS) {
    if (!tag.test!.test(text)) continue;
    const value = tag.resolve(text, () => {}, { intAsBigInt: false } as never) as unknown;
    return (isScalar(value) ? value.value : value) as string | number | boolean | null;
  }
  return text;
}

/** Every resolver a reader of our output may use: YAML 1.2 core, full YAML 1.1, kubectl's go-yaml. */
const READERS: ScalarTag[] = [
  new Document(null, { schema: 'core' }),
  new Document(null, { schema: 'yaml-1.1' }),
  new Document(null, KUBECTL_YAML),
].flatMap((d) =>
  (d.schema.tags as ScalarTag[]).filter(
    (t) => t.default && t.test instanceof RegExp && t.tag !== 'tag:yaml.org,2002:str',
  ),
);

/**
 * Whether a plain (unquoted) `value` would be read as something other than this string by YAML 1.2,
 * YAML 1.1 or go-yaml: then it must be quoted.
 */
export function needsQuotes(value: string): boolean {
  return READERS.some((t) => t.test!.test(value));
}

/**
 * Serializes one object: block style, no line folding (long strings stay on one line), multi-line
 * strings as block scalars, and every string (value or key) that any reader could type differently
 * double-quoted.
 */
export function toYaml(object: unknown): string {
  const doc = new Document(object, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && needsQuotes(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true });
}
