import { getInput } from '@actions/core';
import { InputError } from './errors.js';

/** Reads one raw input value; `undefined` when the input was not given at all. */
export type InputSource = (name: string) => string | undefined;

/**
 * The runner's inputs, read by `core.getInput` (`INPUT_<NAME>`: spaces become `_`, hyphens are kept). Given
 * another environment (a test, a nested step), reads it by the same rule.
 */
export const envInputs =
  (env?: NodeJS.ProcessEnv): InputSource =>
  (name) =>
    env
      ? env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]
      : getInput(name, { trimWhitespace: false }) || undefined;

/** Inputs from a plain object (the local pipeline, tests, a CLI). */
export const objectInputs =
  (values: Record<string, string | number | boolean | undefined>): InputSource =>
  (name) => {
    const v = values[name];
    return v === undefined ? undefined : String(v);
  };

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Typed, validated access to action inputs. Every parse error names the input, what was wrong and the
 * expected form, before the action has done anything else.
 */
export class Inputs {
  constructor(private readonly source: InputSource = envInputs()) {}

  /** The trimmed value, or '' when absent. */
  string(name: string, opts: { required?: boolean } = {}): string {
    const value = (this.source(name) ?? '').trim();
    if (opts.required && value === '') throw new InputError(name, 'is required but was empty', 'a value');
    return value;
  }

  optional(name: string): string | undefined {
    const value = this.string(name);
    return value === '' ? undefined : value;
  }

  /** YAML 1.2 core schema booleans, as the runner's own `getBooleanInput`. */
  boolean(name: string, fallback = false): boolean {
    const value = this.string(name);
    if (value === '') return fallback;
    if (TRUE.has(value)) return true;
    if (FALSE.has(value)) return false;
    throw new InputError(name, `'${value}' is not a boolean`, 'true or false (also True/TRUE/False/FALSE)');
  }

  enum<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
    const value = this.string(name);
    if (value === '' && fallback !== undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new InputError(
      name,
      value === '' ? 'is empty' : `'${value}' is not supported`,
      `one of ${allowed.join(', ')}`,
    );
  }

  integer(name: string, opts: { min?: number; max?: number; fallback?: number } = {}): number | undefined {
    const value = this.string(name);
    if (value === '') return opts.fallback;
    return parseInteger(name, value, opts.min, opts.max);
  }

  port(name: string, fallback?: number): number | undefined {
    const value = this.string(name);
    if (value === '') return fallback;
    return parsePort(name, value);
  }

  /** Durations like `90s`, `5m`, `1h30m`, `250ms`; a bare number is seconds. Returns milliseconds. */
  duration(name: string, fallback?: number): number | undefined {
    const value = this.string(name);
    if (value === '') return fallback;
    return parseDuration(name, value);
  }

  /** Items separated by newlines or commas; blank items and `#` comment lines are dropped. */
  list(name: string): string[] {
    return splitList(this.string(name));
  }

  /** Lines kept whole (commas allowed inside), blank and `#` lines dropped. */
  lines(name: string): string[] {
    return this.string(name)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
  }

  /**
   * `KEY=VALUE` per line (the value may contain `=`, commas and spaces; it is taken verbatim after the
   * first `=`). Order is kept; a repeated key is an error rather than a silent override.
   */
  keyValues(name: string, opts: { keyPattern?: RegExp; keyForm?: string } = {}): Map<string, string> {
    const map = new Map<string, string>();
    for (const line of this.lines(name)) {
      const eq = line.indexOf('=');
      if (eq <= 0) {
        throw new InputError(name, `entry '${line}' has no key before '='`, 'KEY=VALUE, one per line');
      }
      const key = line.slice(0, eq).trim();
      if (opts.keyPattern && !opts.keyPattern.test(key)) {
        throw new InputError(
          name,
          `key '${key}' is not valid`,
          opts.keyForm ?? `a key matching ${opts.keyPattern}`,
        );
      }
      if (map.has(key)) throw new InputError(name, `key '${key}' is given twice`, 'each key once');
      map.set(key, line.slice(eq + 1).trim());
    }
    return map;
  }
}

export function splitList(value: string): string[] {
  return value
    .split(/\r?\n/)
    .filter((l) => !l.trim().startsWith('#'))
    .flatMap((l) => l.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function parseInteger(name: string, value: string, min?: number, max?: number): number {
  const range =
    min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? ` ≥ ${min}` : '';
  if (!/^-?\d+$/.test(value.trim()))
    throw new InputError(name, `'${value}' is not a whole number`, `an integer${range}`);
  const n = Number(value);
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    throw new InputError(name, `${n} is out of range`, `an integer${range}`);
  }
  return n;
}

export function parsePort(name: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) {
    throw new InputError(name, `'${value}' is not a port number`, 'a TCP port number from 1 to 65535');
  }
  const n = Number(value);
  if (n < 1 || n > 65535)
    throw new InputError(name, `${n} is out of range`, 'a TCP port number from 1 to 65535');
  return n;
}

export function parseDuration(name: string, value: string): number {
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * DURATION_UNITS[m[2]!]!;
    consumed = re.lastIndex;
  }
  if (consumed === 0 || consumed !== text.length) {
    throw new InputError(name, `'${value}' is not a duration`, 'a duration such as 90s, 5m, 1h30m or 250ms');
  }
  return Math.round(total);
}
