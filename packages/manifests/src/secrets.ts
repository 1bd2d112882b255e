/*
 * The values of the Secrets in a rendered set. render() hands them to the caller's `log.secret`
 * (the runner's masking) as soon as the set is loaded: before validation, whose errors may quote a value,
 * and before anything is written or summarised.
 */
import { isObject, type Json, type Manifest } from './model.js';
import { BASE64 } from './schema/validate.js';

/** Every value (and, for `data`, its decoded text) of every v1 Secret, each once. */
export function secretValues(manifests: Manifest[]): string[] {
  const values = new Set<string>();
  const leaves = (v: Json | undefined, out: (s: string) => void): void => {
    if (v === null || v === undefined) return;
    if (Array.isArray(v)) for (const item of v) leaves(item, out);
    else if (isObject(v)) for (const item of Object.values(v)) leaves(item, out);
    else out(String(v));
  };
  for (const { object } of manifests) {
    if (object.kind !== 'Secret' || object.apiVersion !== 'v1') continue;
    leaves(object.stringData as Json | undefined, (s) => values.add(s));
    leaves(object.data as Json | undefined, (s) => {
      values.add(s);
      const compact = s.replace(/\s+/g, '');
      if (compact && BASE64.test(compact)) values.add(Buffer.from(compact, 'base64').toString('utf8'));
    });
  }
  return [...values].filter((v) => v.trim() !== '');
}

/** Whether a field of an object holds Secret material (its value must never be quoted in a message). */
export function isSecretField(object: { kind?: unknown; apiVersion?: unknown }, path: readonly unknown[]) {
  return (
    object.kind === 'Secret' && object.apiVersion === 'v1' && (path[0] === 'data' || path[0] === 'stringData')
  );
}
