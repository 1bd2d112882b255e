/*
 * Properties of image references (packages/contract/src/reference.ts): any reference built from the
 * grammar of distribution/reference parses, formats and parses again to the same thing (fully qualified
 * and familiar forms), and the usual mistakes (spaces, upper case, short digests, newlines) are refused
 * with the part named.
 */
import { familiarReference, formatReference, InvalidReferenceError, parseReference } from '@goship/contract';
import fc from 'fast-check';

const RUNS = 300;

const alnum = fc.stringMatching(/^[a-z0-9]{1,6}$/);
const separator = fc.constantFrom('.', '_', '__', '-', '--');
const pathComponent = fc
  .tuple(alnum, fc.array(fc.tuple(separator, alnum), { maxLength: 2 }))
  .map(([head, rest]) => head + rest.map(([s, a]) => s + a).join(''));
const domainLabel = fc.stringMatching(/^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,5}[a-zA-Z0-9])?$/);
const registry = fc.oneof(
  fc.constant(undefined),
  fc.constant('localhost'),
  fc
    .tuple(
      fc.array(domainLabel, { minLength: 2, maxLength: 3 }),
      fc.option(fc.integer({ min: 1, max: 65535 })),
    )
    .map(([labels, port]) => `${labels.join('.')}${port ? `:${port}` : ''}`),
  fc.integer({ min: 1, max: 65535 }).map((p) => `127.0.0.1:${p}`),
);
const tag = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,20}$/);
const digest = fc.stringMatching(/^[a-f0-9]{64}$/).map((hex) => `sha256:${hex}`);

const reference = fc
  .record({
    registry,
    path: fc.array(pathComponent, { minLength: 1, maxLength: 3 }),
    tag: fc.option(tag, { nil: undefined }),
    digest: fc.option(digest, { nil: undefined }),
  })
  // Without a registry, a first component with a '.' (or `localhost`) IS the registry (distribution's rule).
  .filter((r) => r.registry !== undefined || !(r.path[0]!.includes('.') || r.path[0] === 'localhost'));

describe('image references', () => {
  test('parse(format(parse(x))) = parse(x); the familiar form parses to the same reference', () => {
    fc.assert(
      fc.property(reference, (r) => {
        const text = `${r.registry ? `${r.registry}/` : ''}${r.path.join('/')}${r.tag ? `:${r.tag}` : ''}${
          r.digest ? `@${r.digest}` : ''
        }`;
        const parsed = parseReference(text);
        expect(parsed.tag).toBe(r.tag);
        expect(parsed.digest).toBe(r.digest);
        expect(parseReference(formatReference(parsed))).toEqual(parsed);
        expect(parseReference(familiarReference(parsed))).toEqual(parsed);
        if (r.registry) expect(formatReference(parsed)).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });

  const refused = (text: string, part: RegExp) => {
    expect(() => parseReference(text)).toThrow(InvalidReferenceError);
    expect(() => parseReference(text)).toThrow(part);
  };

  test('a space, a newline or an upper-case letter inside the path is refused, naming the component', () => {
    fc.assert(
      fc.property(reference, fc.nat(), fc.constantFrom(' ', '\n', 'A', 'Z', '\t', ';', '$'), (r, at, bad) => {
        const i = at % r.path.length;
        const comp = r.path[i]!;
        const cut = at % (comp.length + 1);
        const path = [...r.path];
        path[i] = `${comp.slice(0, cut)}${bad}x${comp.slice(cut)}`;
        // Give it a registry so the first component cannot be taken for one.
        const text = `registry.test/${path.join('/')}`;
        refused(text, /path component '.*' is not valid/s);
      }),
      { numRuns: RUNS },
    );
  });

  test('a digest that is not 64 lower-case hex digits is refused, naming the digest', () => {
    const short = fc.stringMatching(/^[a-f0-9]{0,63}$/).map((hex) => `sha256:${hex}`);
    const upper = fc
      .stringMatching(/^[A-F0-9]{64}$/)
      .filter((h) => /[A-F]/.test(h))
      .map((h) => `sha256:${h}`);
    fc.assert(
      fc.property(reference, fc.oneof(short, upper), (r, bad) => {
        refused(`registry.test/${r.path.join('/')}@${bad}`, /digest '.*' is not of the form sha256:<64/);
      }),
      { numRuns: RUNS },
    );
  });
});
