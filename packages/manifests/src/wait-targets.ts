/*
 * What an init container waits for, read from its command and args: `nc -z host port` (the seed's
 * busybox loop), `host:port` arguments (wait-for-it, our own builtin wait), and URLs (`curl
 * http://host:port/`). Shell variables are not expanded, so `$HOST:$PORT` is not a target.
 */
import { type FieldPath, isObject, type JsonObject } from './model.js';

export interface WaitTarget {
  host: string;
  port: number;
  /** The command/args entry it was found in, relative to the container. */
  path: FieldPath;
}

const HOST = String.raw`[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*`;
const PATTERNS = [
  // nc [-z] [-v] [-w 2] host port
  new RegExp(String.raw`\bnc((?:\s+-[A-Za-z]+(?:\s+\d+)?)*)\s+(${HOST})\s+(\d{1,6})\b`, 'g'),
  // scheme://host:port
  new RegExp(String.raw`[a-z][a-z0-9+.-]*://(${HOST}):(\d{1,6})\b`, 'g'),
  // bare host:port (not part of a URL or a longer token)
  new RegExp(String.raw`(?<![\w/.:@$-])(${HOST}):(\d{1,6})(?![\w.:])`, 'g'),
];

export function findWaitTargets(container: JsonObject): WaitTarget[] {
  const tokens: { text: string; path: FieldPath }[] = [];
  for (const field of ['command', 'args']) {
    const list = container[field];
    if (!Array.isArray(list)) continue;
    for (const [i, t] of list.entries())
      if (typeof t === 'string') tokens.push({ text: t, path: [field, i] });
  }
  if (tokens.length === 0 || !isObject(container)) return [];
  // Match over the joined command line so `["nc", "-z", "db", "5432"]` reads like `nc -z db 5432`.
  const joined = tokens.map((t) => t.text).join(' ');
  const starts: number[] = [];
  let offset = 0;
  for (const t of tokens) {
    starts.push(offset);
    offset += t.text.length + 1;
  }
  const tokenAt = (index: number) => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= index) k++;
    return tokens[k]!.path;
  };
  const found = new Map<string, WaitTarget>();
  PATTERNS.forEach((re, which) => {
    for (const m of joined.matchAll(re)) {
      const host = which === 0 ? m[2]! : m[1]!;
      const port = Number(which === 0 ? m[3] : m[2]);
      if (/^\d+$/.test(host)) continue; // `8080:80`-style pairs, times
      const key = `${host}:${port}`;
      if (!found.has(key)) found.set(key, { host, port, path: tokenAt(m.index + m[0].lastIndexOf(host)) });
    }
  });
  return [...found.values()];
}
