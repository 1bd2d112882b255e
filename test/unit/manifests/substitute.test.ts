// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} placeholders are the subject of these tests
import {
  parseManifests,
  resolvePlainScalar,
  substituteScalar,
} from '../../../packages/manifests/src/index.js';
import { thrown } from './helpers.js';

const sub = (vars: Record<string, string>, env: Record<string, string> = {}) => ({
  vars: new Map(Object.entries(vars)),
  env,
});
const parse = (text: string, vars: Record<string, string>, env: Record<string, string> = {}) =>
  parseManifests(text, {
    file: 'k8s/app.yaml',
    via: 'files',
    linesAreInFile: true,
    substitution: sub(vars, env),
  });

describe('substituteScalar', () => {
  test('replaces ${NAME} from vars first, then env', () => {
    const r = substituteScalar('${A}-${B}', sub({ A: 'a' }, { A: 'ignored', B: 'b' }), {
      isKey: false,
      plain: false,
    });
    expect(r).toEqual({ value: 'a-b', changed: true, errors: [] });
  });

  test('is single-pass: a value containing ${X} is not expanded again (the seed replace-order trap)', () => {
    const r = substituteScalar('${PORT_A}', sub({ PORT_A: '${PORT_B}', PORT_B: '3001' }), {
      isKey: false,
      plain: false,
    });
    expect(r.value).toBe('${PORT_B}');
  });

  test('$${X} is a literal ${X}, and plain $VAR is left alone', () => {
    const r = substituteScalar('echo $${HOME} $HOME ${A}', sub({ A: 'x' }), { isKey: false, plain: false });
    expect(r.value).toBe('echo ${HOME} $HOME x');
  });

  test('unresolved, malformed and key placeholders are errors with an index and a hint', () => {
    const r = substituteScalar('a ${MISSING} b ${A:-d} ${unterminated', sub({}), {
      isKey: false,
      plain: false,
    });
    expect(r.errors.map((e) => [e.index, e.message])).toEqual([
      [2, 'unresolved placeholder ${MISSING}'],
      [15, 'malformed placeholder ${A:-d}: expected ${NAME} with NAME made of letters, digits and _'],
      [23, 'malformed placeholder ${unterminated: expected ${NAME} with NAME made of letters, digits and _'],
    ]);
    expect(r.errors[0]!.hint).toMatch(/'vars' input/);
    const k = substituteScalar('${A}', sub({ A: 'x' }), { isKey: true, plain: true });
    expect(k.errors[0]!.message).toMatch(/in a key: placeholders are substituted in values only/);
  });

  test('plain scalars are re-typed as YAML would type them; quoted ones stay strings', () => {
    expect(substituteScalar('${P}', sub({ P: '8080' }), { isKey: false, plain: true }).value).toBe(8080);
    expect(substituteScalar('${P}', sub({ P: '8080' }), { isKey: false, plain: false }).value).toBe('8080');
    expect(resolvePlainScalar('true')).toBe(true);
    expect(resolvePlainScalar('~')).toBeNull();
    expect(resolvePlainScalar('0x1F')).toBe(31);
    expect(resolvePlainScalar('1.5')).toBe(1.5);
    // as kubectl (YAML 1.1, go-yaml) types them, the dialect the rest of the file is read in
    expect(resolvePlainScalar('yes')).toBe(true);
    expect(resolvePlainScalar('off')).toBe(false);
    expect(resolvePlainScalar('0644')).toBe(420);
    expect(resolvePlainScalar('1_000')).toBe(1000);
    expect(resolvePlainScalar('12:30')).toBe('12:30');
    expect(resolvePlainScalar('2001-12-14')).toBe('2001-12-14');
    expect(resolvePlainScalar('a: b')).toBe('a: b');
  });
});

describe('substitution inside parsed YAML', () => {
  const doc = `apiVersion: v1
kind: ConfigMap
metadata:
  name: \${NAME}
data:
  port: "\${PORT}"
  note: \${NOTE}
`;

  test('a value with a newline and "evil: true" stays one string value: no YAML structure is injected', () => {
    const [m] = parse(doc, { NAME: 'cfg', PORT: '8080', NOTE: 'x\n  evil: true' });
    expect(m!.object.data).toEqual({ port: '8080', note: 'x\n  evil: true' });
    expect(Object.keys(m!.object.data as object)).toEqual(['port', 'note']);
  });

  test('a value that looks like a flow mapping or a document marker stays a string', () => {
    const [m] = parse(doc, { NAME: 'cfg', PORT: '1', NOTE: '{evil: true}\n---\nkind: Secret' });
    expect((m!.object.data as Record<string, unknown>).note).toBe('{evil: true}\n---\nkind: Secret');
  });

  test('an unplaced placeholder fails at file:line, all of them at once', () => {
    const e = thrown(() => parse(doc, { NAME: 'cfg' }));
    expect(e.related.map((r) => [r.location?.file, r.location?.line])).toEqual([
      ['k8s/app.yaml', 6],
      ['k8s/app.yaml', 7],
    ]);
    expect(e.related[0]!.message).toBe('k8s/app.yaml:6: unresolved placeholder ${PORT}');
  });

  test('placeholders in a block scalar point at their own line', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  script: |\n    echo start\n    echo ${MISSING}\n';
    const e = thrown(() => parse(text, {}));
    expect(e.location).toEqual({ file: 'k8s/app.yaml', line: 8, column: undefined });
  });

  test('comments and keys are not substituted; a placeholder in a key is an error', () => {
    const [m] = parse('# ${NOT_A_VAR}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n', {});
    expect(m!.object.metadata).toEqual({ name: 'c' });
    const e = thrown(() =>
      parse('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  ${K}: v\n', { K: 'x' }),
    );
    expect(e.message).toMatch(/k8s\/app.yaml:6: placeholder \$\{K\} in a key/);
  });

  test('the seed §2.2 config template: ${MODULE_PORT} becomes the integer port', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: server\ndata:\n  port: ${MODULE_PORT}\n';
    const [m] = parse(text, { MODULE_PORT: '8081' });
    expect((m!.object.data as Record<string, unknown>).port).toBe(8081);
  });

  test('${VAR} unquoted in a flow mapping or list: one error at its file:line with the fix, not the parser cascade', () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: c}',
      'data: {PORT: ${PORT}, HOST: a}',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: p',
      'spec:',
      '  containers: [{name: a, image: "${IMAGE}", args: [--port, ${PORT}]}]',
    ].join('\n');
    const e = thrown(() => parse(text, { PORT: '8080', IMAGE: 'x' }));
    const all = e.related.length > 0 ? e.related : [e];
    expect(all.map((r) => [r.location?.file, r.location?.line])).toEqual([
      ['k8s/app.yaml', 4],
      ['k8s/app.yaml', 11],
    ]);
    expect(all[0]!.message).toBe(
      'Invalid YAML in k8s/app.yaml:4:14: ${PORT} is unquoted inside a flow collection ({…} or […]), where YAML reads { as the start of a mapping',
    );
    expect(all[0]!.hint).toContain('"${PORT}"');
    // Quoted, the same documents parse; a quoted placeholder stays a string.
    const [cm] = parse(text.replace(/(?<!")\$\{PORT\}/g, '"${PORT}"'), { PORT: '8080', IMAGE: 'x' });
    expect(cm!.object.data).toEqual({ PORT: '8080', HOST: 'a' });
  });

  test('a document with a YAML error and a placeholder elsewhere keeps the parser message', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: ${A}\n  b: [1, 2\n';
    const e = thrown(() => parse(text, { A: '1' }));
    expect(e.message).not.toContain('flow collection');
  });
});
