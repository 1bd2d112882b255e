/* Dockerfiles shared by the parser's unit tests and bench/libraries (ours vs dockerfile-ast on the same texts). */

/** Stages, global and stage ARGs, a continuation with a comment inside, a heredoc, COPY --from. */
export const MULTI_STAGE = [
  '# syntax=docker/dockerfile:1',
  'ARG GO_IMAGE=golang:1.22',
  'ARG RUNTIME',
  'FROM ${GO_IMAGE} AS Builder',
  'ARG VERSION',
  'RUN echo a \\',
  '  # a comment inside a continuation',
  '  && echo b',
  'RUN <<EOF',
  'FORM not an instruction inside a heredoc',
  'EOF',
  'FROM builder AS test',
  'FROM ${RUNTIME}',
  'COPY --from=builder /out /app',
  'ARG APP_PORT=8080',
].join('\n');

/** Windows-style escape directive: backtick continuations. */
export const BACKTICK_ESCAPE = '# escape=`\nFROM scratch\nLABEL a=1 `\n  b=2\n';

/** Build args across a stage that is not built. */
export const BUILD_ARGS = [
  'ARG BASE=scratch',
  'ARG NOPE',
  'FROM golang AS build',
  'ARG BASE',
  'ARG LDFLAGS',
  'FROM build AS unused',
  'ARG ONLY_IN_UNUSED',
  'FROM ${BASE}',
  'COPY --from=build /a /a',
].join('\n');

/** [text, line, message, hint]: what our parser must refuse, at which line. */
export const SYNTAX_ERRORS: [string, number, string, string | undefined][] = [
  ['FROM scratch\nENTRYPONT ["/x"]', 2, "unknown instruction 'ENTRYPONT'", 'Did you mean ENTRYPOINT?'],
  ['RUN echo hi\nFROM scratch', 1, 'RUN before the first FROM', 'Only ARG'],
  ['FROM', 1, 'FROM requires at least one argument', undefined],
  ['FROM a b c', 1, "FROM expects 'FROM [--platform=…] <image> [AS <name>]'", undefined],
  ['FROM scratch\nRUN <<EOT\necho\n', 2, 'heredoc <<EOT is never terminated', undefined],
  ['ARG 1X=2\nFROM scratch', 1, "ARG name '1X' is not valid", undefined],
  ['FROM scratch\nENV ONLYKEY', 2, 'ENV needs a value', undefined],
  ['# escape=x\nFROM scratch', 1, "invalid escape directive 'x'", undefined],
  ['# just a comment', 1, 'no FROM instruction', undefined],
];
