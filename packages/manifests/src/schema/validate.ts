/*
 * Structural validation of one object against its OpenAPI schema, with the strictness of
 * `kubectl apply --validate=strict`: unknown fields are errors, as are wrong types, missing required
 * fields, int32 overflow, malformed quantities and non-base64 Secret data. (Duplicate fields are already
 * rejected by the YAML parser.) Semantic rules the API server checks in code (name formats, selector vs
 * template labels) are in checks.ts.
 */
import { type FieldPath, formatPath, isObject, type Json } from '../model.js';
import type { SchemaNode } from './catalog.js';

export interface SchemaProblem {
  path: FieldPath;
  message: string;
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
// resource.Quantity's grammar: <signedNumber><suffix>.
const QUANTITY = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+|Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/;
export const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const QUOTE_IT =
  '; quote it: kubectl reads YAML 1.1, where yes/no/on/off/y/n are booleans and 0644, 1_000, 0x1F numbers';

function typeName(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'object';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function show(v: Json): string {
  const s = JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

export function validateAgainst(
  value: Json,
  root: SchemaNode,
  definitions: Record<string, SchemaNode>,
  /** Fields whose values must not appear in messages (Secret data): only their type is named. */
  hidden: (path: FieldPath) => boolean = () => false,
): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const shown = (path: FieldPath, v: Json) => (hidden(path) ? '(value hidden: Secret data)' : show(v));
  const resolve = (s: SchemaNode): SchemaNode => {
    let cur = s;
    for (let n = 0; cur.ref && n < 10; n++) cur = definitions[cur.ref] ?? {};
    return cur;
  };
  const mismatch = (path: FieldPath, expected: string, v: Json, advice = '') =>
    problems.push({
      path,
      message: `${formatPath(path) || 'object'}: expected ${expected}, got ${typeName(v)} ${shown(path, v)}${advice}`,
    });

  const walk = (v: Json, schema: SchemaNode, path: (string | number)[]) => {
    const s = resolve(schema);
    if (v === null) return; // JSON null is "unset" for the API server
    switch (s.t) {
      case 'object': {
        if (!isObject(v)) return mismatch(path, 'an object', v);
        if (s.p) {
          for (const [k, child] of Object.entries(v)) {
            const ps = s.p[k];
            if (ps) walk(child, ps, [...path, k]);
            else if (!s.x) {
              const field = formatPath([...path, k]);
              problems.push({ path: [...path, k], message: `unknown field "${field}"` });
            }
          }
          for (const r of s.r ?? []) {
            if (v[r] === undefined || v[r] === null) {
              problems.push({ path, message: `missing required field "${formatPath([...path, r])}"` });
            }
          }
        } else if (s.m) {
          for (const [k, child] of Object.entries(v)) walk(child, s.m, [...path, k]);
        }
        return;
      }
      case 'array':
        if (!Array.isArray(v)) return mismatch(path, 'a list', v);
        if (s.i) for (const [i, item] of v.entries()) walk(item, s.i, [...path, i]);
        return;
      case 'string':
        // A boolean or number here is almost always a plain scalar typed by YAML 1.1 (kubectl's reading, and ours).
        if (typeof v === 'boolean' || typeof v === 'number') return mismatch(path, 'a string', v, QUOTE_IT);
        if (typeof v !== 'string') return mismatch(path, 'a string', v);
        if (s.f === 'byte' && !BASE64.test(v.replace(/\s+/g, ''))) {
          problems.push({
            path,
            message: `${formatPath(path)}: not valid base64 (Secret data must be base64-encoded; use stringData for plain text)`,
          });
        }
        return;
      case 'integer':
        if (typeof v !== 'number' || !Number.isInteger(v)) return mismatch(path, 'an integer', v);
        if (s.f === 'int32' && (v < INT32_MIN || v > INT32_MAX)) {
          problems.push({ path, message: `${formatPath(path)}: ${v} does not fit in a 32-bit integer` });
        }
        return;
      case 'number':
        if (typeof v !== 'number') mismatch(path, 'a number', v);
        return;
      case 'boolean':
        if (typeof v !== 'boolean') mismatch(path, 'true or false', v);
        return;
      case 'int-or-string':
        if (typeof v === 'string') return;
        if (typeof v !== 'number' || !Number.isInteger(v)) return mismatch(path, 'an integer or a string', v);
        return;
      case 'quantity':
        if (typeof v === 'number') return;
        if (typeof v !== 'string') return mismatch(path, 'a quantity such as 100m, 1.5 or 64Mi', v);
        if (!QUANTITY.test(v)) {
          problems.push({
            path,
            message: `${formatPath(path)}: ${shown(path, v)} is not a quantity (e.g. 100m, 0.5, 64Mi, 1Gi)`,
          });
        }
        return;
      default:
        return;
    }
  };
  walk(value, root, []);
  return problems;
}
