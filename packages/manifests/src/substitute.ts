/*
 * Strict `${VAR}` substitution, applied to one parsed YAML scalar at a time (see yaml-io.ts):
 *  - every placeholder must resolve, from `vars` first and then the workflow environment;
 *  - single pass: text that came from a variable is never scanned again, so a value containing `${X}`
 *    stays literally `${X}` (the replace-in-a-loop trap of the seed's §2.2);
 *  - `$${X}` is the escape for a literal `${X}` (a shell variable in a container command, for example);
 *  - placeholders are only substituted in values, never in keys;
 *  - a plain (unquoted) scalar is re-typed after substitution as YAML would type it (`port: ${PORT}` with
 *    PORT=8080 is the integer 8080); quoted and block scalars stay strings. The result is always one
 *    scalar: a value containing a newline and `evil: true` is a string with a newline in it.
 */

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
 * The type YAML 1.2's core schema gives a plain scalar with this text (the schema our parser uses for
 * everything else in the file). Only scalar types: text never becomes a mapping or a list.
 */
export function resolvePlainScalar(text: string): string | number | boolean | null {
  if (/^(?:~|null|Null|NULL)?$/.test(text)) return null;
  if (/^(?:true|True|TRUE)$/.test(text)) return true;
  if (/^(?:false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?[0-9]+$/.test(text)) return Number.parseInt(text, 10);
  if (/^0o[0-7]+$/.test(text)) return Number.parseInt(text.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return Number.parseInt(text.slice(2), 16);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text))
    return Number.parseFloat(text);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return Number.NaN;
  return text;
}
