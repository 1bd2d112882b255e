/*
 * The KEY=VALUE lines an infra `up` prints (test/infra/lib.sh infra_print_var), read as bash reads them when
 * it sources them (scripts/example.sh does): each value is one shell word made of plain characters,
 * '…' (literal), "…" (\ escapes only $ ` " \) and \x (x itself). Anything whose value bash would
 * expand or split ($, `, ~, whitespace, ( ) ; & | < >, $'…') is refused with the line, rather than read
 * differently from bash.
 */

/** Characters bash takes literally, unquoted, in an assignment's value (infra_print_var's set). */
const PLAIN = /[A-Za-z0-9_@%+=:,./-]/;

/** The value of the shell word `word` (the part after NAME=), as bash assigns it. */
export function shellWordValue(word: string): string {
  let out = '';
  let i = 0;
  const refuse = (why: string): never => {
    throw new Error(`${why} at character ${i + 1} of ${JSON.stringify(word)}`);
  };
  while (i < word.length) {
    const c = word[i]!;
    if (c === "'") {
      const end = word.indexOf("'", i + 1);
      if (end < 0) refuse('unterminated single quote');
      out += word.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      for (i++; ; i++) {
        if (i >= word.length) refuse('unterminated double quote');
        const d = word[i]!;
        if (d === '"') break;
        if (d === '$' || d === '`') refuse(`${d} inside double quotes (bash would expand it)`);
        if (d === '\\' && i + 1 < word.length && '$`"\\'.includes(word[i + 1]!)) out += word[++i];
        else out += d;
      }
      i++;
    } else if (c === '\\') {
      if (i + 1 >= word.length) refuse('a backslash at the end (bash would continue the line)');
      out += word[i + 1];
      i += 2;
    } else if ((c === ' ' || c === '\t') && /^[ \t]*$/.test(word.slice(i))) {
      break; // trailing blanks end the word
    } else if (PLAIN.test(c)) {
      out += c;
      i++;
    } else {
      refuse(`unquoted ${JSON.stringify(c)} (bash would split, expand or reject it)`);
    }
  }
  return out;
}

/**
 * Variables from `up`'s stdout. Only NAME=VALUE lines, blank lines and # comments may appear there (the
 * output is sourced); any other line, or a value bash would not read as one literal word, is an error
 * naming `source`.
 */
export function parseEnvLines(text: string, source: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^[ \t]+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    try {
      if (!m) throw new Error('not a NAME=VALUE line');
      vars[m[1]!] = shellWordValue(m[2]!);
    } catch (e) {
      throw new Error(
        `${source} printed ${JSON.stringify(raw)}: ${(e as Error).message}. Its stdout is sourced by bash ` +
          '(scripts/example.sh): print only NAME=VALUE lines, each value through infra_print_var (test/infra/lib.sh), ' +
          'and everything else to stderr.',
      );
    }
  }
  return vars;
}
