/*
 * What would change, per object: field-level differences between two versions of an object (the live one
 * and the server's dry-run result, or the base branch's rendering and this one). Pure.
 */
import { formatPath, isObject, type Json } from '../model.js';

export type ChangeKind = 'created' | 'changed' | 'unchanged' | 'deleted' | 'rejected';

export interface FieldChange {
  /** `spec.template.spec.containers[0].image`. */
  path: string;
  /** Absent before (an added field) or after (a removed one). */
  before?: Json;
  after?: Json;
}

export interface ObjectChange {
  /** `Deployment prod/hello`. */
  object: string;
  change: ChangeKind;
  fields: FieldChange[];
  /** Why it was rejected, or a remark (a conflict the rollout would need force-conflicts for). */
  note?: string;
  /** A Secret: its values are never shown. */
  secret?: boolean;
}

/** Fields the server maintains itself: never a change the manifests make. */
const SERVER_FIELDS = [
  'metadata.managedFields',
  'metadata.resourceVersion',
  'metadata.generation',
  'metadata.uid',
  'metadata.creationTimestamp',
  'metadata.selfLink',
  'status',
];

/** True for a path the live diff ignores (server-maintained bookkeeping). */
export function isServerField(path: string): boolean {
  return SERVER_FIELDS.some((f) => path === f || path.startsWith(`${f}.`) || path.startsWith(`${f}[`));
}

const same = (a: Json | undefined, b: Json | undefined) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every leaf that differs between `before` and `after`, in document order. Maps are compared key by key;
 * lists item by item (an added or removed item is one change at its index).
 */
export function fieldChanges(
  before: Json | undefined,
  after: Json | undefined,
  ignore: (path: string) => boolean = () => false,
): FieldChange[] {
  const out: FieldChange[] = [];
  const walk = (a: Json | undefined, b: Json | undefined, path: (string | number)[]) => {
    const p = formatPath(path);
    if (path.length > 0 && ignore(p)) return;
    if (same(a, b)) return;
    if (isObject(a) && isObject(b)) {
      const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
      for (const k of keys) walk(a[k], b[k], [...path, k]);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], [...path, i]);
      return;
    }
    const change: FieldChange = { path: p };
    if (a !== undefined) change.before = a;
    if (b !== undefined) change.after = b;
    out.push(change);
  };
  walk(before, after, []);
  return out;
}

/** Counts by kind, in a fixed order, for the headline (`1 created, 2 changed, 3 unchanged`). */
export function countChanges(changes: ObjectChange[]): string {
  const order: ChangeKind[] = ['created', 'changed', 'deleted', 'rejected', 'unchanged'];
  return order
    .map((k) => [k, changes.filter((c) => c.change === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
}
