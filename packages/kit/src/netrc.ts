/*
 * A .netrc given as an input (a secret: `machine HOST login USER password TOKEN`), read the way the go
 * command reads $NETRC (cmd/go/internal/auth/netrc.go: whitespace-separated tokens, `macdef` bodies up to a
 * blank line) so that what the go command would silently skip is an input error here, at its line. Two
 * forms are refused rather than passed on: a `default` entry (it would hand the password to every host
 * a build talks to, and a credential goes only to its own origin) and a machine written as a URL (the go
 * command compares host names; `https://github.com` would never match and the fetch would go out
 * anonymous). No message ever contains a login or a password.
 */
import { aggregate, InputError, type UserError } from './errors.js';

export interface NetrcEntry {
  /** A host name, with :port when the server is not on 443 (the go command and git compare both). */
  machine: string;
  login: string;
  password: string;
  /** 1-based line of the `machine` token. */
  line: number;
}

/** A host name, with :port for a server on another port (the go command matches the port since Go 1.24). */
const HOST = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\d{1,5})?$/;
const FORM = 'lines such as: machine github.com login x-access-token password <token>';

/** The entries of `text`; every problem is collected and thrown together (InputErrors on `input`). */
export function parseNetrc(text: string, input = 'netrc'): NetrcEntry[] {
  const tokens: { value: string; line: number }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const words = lines[i]!.trim().split(/\s+/).filter(Boolean);
    if (words[0] === 'macdef') {
      // A macro body runs to the next blank line; nothing in it is a token.
      while (i + 1 < lines.length && lines[i + 1]!.trim() !== '') i++;
      continue;
    }
    for (const value of words) tokens.push({ value, line: i + 1 });
  }
  const errors: UserError[] = [];
  const entries: NetrcEntry[] = [];
  let current: Partial<NetrcEntry> | undefined;
  const finish = () => {
    if (!current) return;
    const missing = (['login', 'password'] as const).filter((k) => current![k] === undefined);
    if (missing.length > 0)
      errors.push(
        new InputError(
          input,
          `machine ${current.machine} (line ${current.line}) has no ${missing.join(' and no ')}`,
          FORM,
        ),
      );
    else entries.push(current as NetrcEntry);
    current = undefined;
  };
  for (let t = 0; t < tokens.length; t++) {
    const { value, line } = tokens[t]!;
    const next = tokens[t + 1];
    if (value === 'default') {
      errors.push(
        new InputError(
          input,
          `line ${line} has a 'default' entry, which would send its password to every host the build contacts`,
          FORM,
          'Name each host with its own machine line.',
        ),
      );
      finish();
      break; // as in the go command: nothing after default is read
    }
    if (value === 'machine') {
      finish();
      if (!next) {
        errors.push(new InputError(input, `line ${line}: 'machine' has no host name after it`, FORM));
        break;
      }
      t++;
      if (!HOST.test(next.value))
        errors.push(
          new InputError(
            input,
            `line ${line}: machine '${next.value.slice(0, 80)}' is not a host name`,
            `${FORM} (a host name, with :port for a non-default port; no scheme or path)`,
          ),
        );
      current = { machine: next.value.toLowerCase(), line };
      continue;
    }
    if (value === 'login' || value === 'password' || value === 'account') {
      if (!current) {
        errors.push(new InputError(input, `line ${line}: '${value}' comes before any machine`, FORM));
        t++;
        continue;
      }
      if (!next) {
        errors.push(new InputError(input, `line ${line}: '${value}' has no value after it`, FORM));
        break;
      }
      t++;
      if (value !== 'account') current[value] = next.value;
      continue;
    }
    // Never echo the token: a misplaced password would otherwise be printed.
    errors.push(
      new InputError(
        input,
        `line ${line} has a word that is not a netrc keyword (machine, login, password, account, macdef)`,
        FORM,
      ),
    );
    break;
  }
  finish();
  if (errors.length > 0) throw aggregate(errors, `Input '${input}' has ${errors.length} problems`);
  return entries;
}

/**
 * Every form in which a credential of `entries` could be printed: the password, the login:password pair
 * in base64 (an Authorization header, an auth file) and URL-encoded (a credentials URL).
 */
export function netrcSecrets(entries: NetrcEntry[]): string[] {
  return entries.flatMap((e) => [
    e.password,
    encodeURIComponent(e.password),
    Buffer.from(`${e.login}:${e.password}`).toString('base64'),
  ]);
}
