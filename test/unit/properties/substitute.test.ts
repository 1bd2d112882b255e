/*
 * Properties of strict `${VAR}` substitution (packages/manifests/src/substitute.ts): text outside
 * placeholders is copied byte for byte, a value is inserted once and never re-scanned, `$${X}` is a literal
 * `${X}` whatever X is, and a placeholder in a key is an error rather than a substitution.
 */

import fc from 'fast-check';
import { substituteScalar } from '../../../packages/manifests/src/index.js';

const RUNS = 1000;

/** Text with no '$' (what lies between placeholders), including YAML- and shell-looking characters. */
const plain = fc.string({
  unit: fc.oneof(
    fc.constantFrom('{', '}', ':', '#', '"', "'", '\n', ' ', '\\', '`', '|', '&', '@'),
    fc.string({ minLength: 1, maxLength: 1 }).filter((c) => c !== '$'),
  ),
  maxLength: 12,
});
const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/);
/** Any value, including ones that look like placeholders themselves. */
const value = fc.oneof(
  fc.string({ maxLength: 10 }),
  name.map((n) => `\${${n}}`),
  fc.constant('$${X}'),
);

const asString = { isKey: false, plain: false };

describe('${VAR} substitution', () => {
  test('text without a $ is returned unchanged and reports no change', () => {
    fc.assert(
      fc.property(plain, (text) => {
        expect(substituteScalar(text, { vars: new Map(), env: {} }, asString)).toEqual({
          value: text,
          changed: false,
          errors: [],
        });
      }),
      { numRuns: RUNS },
    );
  });

  test('placeholders are replaced by their values in one pass; the text around them is untouched', () => {
    fc.assert(
      fc.property(
        plain,
        fc.array(fc.tuple(name, value, plain), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (head, parts, fromEnv) => {
          const vars = new Map<string, string>();
          for (const [n, v] of parts) if (!vars.has(n)) vars.set(n, v);
          const text = head + parts.map(([n, , t]) => `\${${n}}${t}`).join('');
          const expected = head + parts.map(([n, , t]) => vars.get(n)! + t).join('');
          const sub = fromEnv ? { vars: new Map(), env: Object.fromEntries(vars) } : { vars, env: {} };
          expect(substituteScalar(text, sub, asString)).toEqual({
            value: expected,
            changed: true,
            errors: [],
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('$${X} is the literal ${X}, never looked up (defined or not)', () => {
    fc.assert(
      fc.property(plain, name, plain, fc.option(value, { nil: undefined }), (before, n, after, defined) => {
        const vars = new Map(defined === undefined ? [] : [[n, defined]]);
        const r = substituteScalar(`${before}$\${${n}}${after}`, { vars, env: {} }, asString);
        expect(r.errors).toEqual([]);
        expect(r.value).toBe(`${before}\${${n}}${after}`);
      }),
      { numRuns: RUNS },
    );
  });

  test('a $ not followed by { is kept as it is', () => {
    fc.assert(
      fc.property(
        plain,
        plain.filter((t) => !t.startsWith('{')),
        (before, after) => {
          const text = `${before}$${after}`;
          const r = substituteScalar(text, { vars: new Map(), env: {} }, asString);
          expect(r.errors).toEqual([]);
          expect(r.value).toBe(text);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('an unresolved placeholder or one in a key is an error at its offset, and nothing is substituted', () => {
    fc.assert(
      fc.property(plain, name, plain, fc.boolean(), (before, n, after, isKey) => {
        const text = `${before}\${${n}}${after}`;
        const vars = isKey ? new Map([[n, 'value']]) : new Map<string, string>();
        const r = substituteScalar(text, { vars, env: {} }, { isKey, plain: false });
        expect(r.value).toBe(text);
        expect(r.changed).toBe(false);
        expect(r.errors).toHaveLength(1);
        expect(r.errors[0]!.index).toBe(before.length);
        expect(r.errors[0]!.message).toContain(isKey ? 'in a key' : `unresolved placeholder \${${n}}`);
      }),
      { numRuns: RUNS },
    );
  });
});
