/*
 * Strict `${VAR}` substitution, applied to one parsed YAML scalar at a time (see yaml-io.ts):
 *  - every placeholder must resolve, from `vars` first and then the workflow environment;
 *  - single pass: text that came from a variable is never scanned again, so a value containing `${X}`
 *    stays literally `${X}` (the replace-in-a-loop trap of the seed's §2.2);
 *  - `$${X}` is the escape for a literal `${X}` (a shell variable in a container command, for example);
 *  - placeholders are only substituted in values, never in keys;
 *  - a plain (unquoted) scalar is re-typed after substitution as kubectl's YAML 1.1 would type it (`port: ${PORT}` with
 *    PORT=8080 is the integer 8080); quoted and block scalars stay strings. The result is always one
 *    scalar: a value containing a newline and `evil: true` is a string with a newline in it.
 */
import { resolvePlainScalar } from '@goship/contract';

export interface Substitution {
  /** Variables from the `vars` input, consulted first. */
  vars: ReadonlyMap<string, string>;
  /** The workflow environment, consulted when `vars` lacks the name. */
  env: Readonly<Record<string, string | undefined>>;
}

export interface SubstitutionError {
  /** Offset of the problem in the scalar's value. */
  index: number;
  message: string;
  hint: string;
}

export interface SubstitutionResult {
  value: string | number | boolean | null;
  changed: boolean;
  errors: SubstitutionError[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function substituteScalar(
  text: string,
  sub: Substitution,
  opts: { isKey: boolean; plain: boolean },
): SubstitutionResult {
  const errors: SubstitutionError[] = [];
  let out = '';
  let changed = false;
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, dollar);
    if (text.startsWith('$${', dollar)) {
      // Escape: `$${X}` → `${X}`, copied without looking inside.
      const close = text.indexOf('}', dollar + 3);
      const end = close < 0 ? text.length : close + 1;
      out += text.slice(dollar + 1, end);
      changed = true;
      i = end;
      continue;
    }
    if (text[dollar + 1] !== '{') {
      out += '$';
      i = dollar + 1;
      continue;
    }
    const close = text.indexOf('}', dollar + 2);
    const inner = close < 0 ? text.slice(dollar + 2) : text.slice(dollar + 2, close);
    const shown = close < 0 ? text.slice(dollar) : text.slice(dollar, close + 1);
    if (opts.isKey) {
      errors.push({
        index: dollar,
        message: `placeholder ${shown} in a key: placeholders are substituted in values only`,
        hint: 'Move the placeholder into a value, or escape it as $${…} if the key really contains ${…}.',
      });
    } else if (close < 0 || !NAME.test(inner)) {
      errors.push({
        index: dollar,
        message: `malformed placeholder ${shown}: expected \${NAME} with NAME made of letters, digits and _`,
        hint: 'Defaults and other shell forms (${A:-b}) are not supported; escape a literal as $${…}.',
      });
    } else {
      const value = sub.vars.get(inner) ?? sub.env[inner];
      if (value === undefined) {
        errors.push({
          index: dollar,
          message: `unresolved placeholder \${${inner}}`,
          hint: `Define ${inner} in the 'vars' input (${inner}=value) or in the workflow env; write $\${${inner}} for a literal \${${inner}}.`,
        });
      } else {
        out += value;
        changed = true;
      }
    }
    i = close < 0 ? text.length : close + 1;
  }
  if (!changed || errors.length > 0) return { value: text, changed: false, errors };
  return { value: opts.plain ? resolvePlainScalar(out) : out, changed: true, errors };
}

/**
 * The type kubectl (and our parser: @goship/contract's dialect) gives a plain scalar with this text. Only
 * scalar types: text never becomes a mapping or a list.
 */
export { resolvePlainScalar };

/**
 * The placeholder at a YAML syntax error, when the error is an unquoted `${NAME}` inside a flow collection
 * (`{PORT: ${PORT}}`, `[--port, ${PORT}]`): the parser reads its `{` as a nested mapping and reports a cascade
 * of errors, its first at that `{`. Returns the placeholder's name and the offset of its `$`.
 */
export function flowPlaceholderAt(
  text: string,
  errorOffset: number,
): { name: string; offset: number } | undefined {
  if (text[errorOffset - 1] !== '$') return undefined;
  const m = /^\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(text.slice(errorOffset, errorOffset + 256));
  return m ? { name: m[1]!, offset: errorOffset - 1 } : undefined;
}
