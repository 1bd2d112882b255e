import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UserError } from '@goship/kit';
import { parseGoMod, readVersionFile, versionFromFileText } from '../../../../packages/go/src/index.js';

const failure = (fn: () => unknown): UserError => {
  try {
    fn();
  } catch (err) {
    return err as UserError;
  }
  throw new Error('expected a failure');
};

// A go.mod in the shape `go mod tidy` writes, with the directives in the places real modules put them.
const GOMOD = `// Package hello is goship's example service.
module github.com/acme/hello

go 1.22.0 // minimum

toolchain go1.23.4

require (
	github.com/google/uuid v1.6.0
	golang.org/x/sync v0.7.0 // indirect
)

replace example.com/old => "../old//dir" // quoted paths may contain //

tool golang.org/x/tools/cmd/stringer
`;

describe('go.mod', () => {
  test('reads go and toolchain directives with their lines', () => {
    const mod = parseGoMod(GOMOD, 'go.mod');
    expect(mod.go).toMatchObject({ version: '1.22.0', line: 4, text: 'go 1.22.0', file: 'go.mod' });
    expect(mod.toolchain).toMatchObject({ version: '1.23.4', line: 6, text: 'toolchain go1.23.4' });
  });

  test('the toolchain line wins over the go line', () => {
    expect(versionFromFileText(GOMOD, 'go.mod')).toMatchObject({
      version: '1.23.4',
      line: 6,
      directive: 'toolchain',
    });
    const noToolchain = GOMOD.replace('toolchain go1.23.4\n', '');
    expect(versionFromFileText(noToolchain, 'go.mod')).toMatchObject({
      version: '1.22.0',
      line: 4,
      directive: 'go',
    });
    const defaultToolchain = GOMOD.replace('toolchain go1.23.4', 'toolchain default');
    expect(versionFromFileText(defaultToolchain, 'go.mod')).toMatchObject({
      version: '1.22.0',
      directive: 'go',
    });
  });

  test('the repository example parses', () => {
    const mod = parseGoMod(
      readFileSync(join(import.meta.dirname, '../../../../examples/hello/go.mod'), 'utf8'),
      'examples/hello/go.mod',
    );
    expect(mod.go?.version).toMatch(/^\d+\.\d+(\.\d+)?$/);
  });

  test('custom toolchain names keep their Go version', () => {
    expect(parseGoMod('module m\ngo 1.22\ntoolchain go1.22.3-custom\n').toolchain).toMatchObject({
      version: '1.22.3',
      line: 3,
    });
  });

  test('malformed files fail at the line, naming the file', () => {
    const cases: [string, number, RegExp][] = [
      ['module m\ngo 1.x\n', 2, /go\.mod:2: invalid go version '1\.x'/],
      ['module m\ngo go1.22\n', 2, /invalid go version 'go1\.22'/],
      ['module m\ngo 1.22\ngo 1.23\n', 3, /repeated 'go' directive \(first on line 2\)/],
      ['module m\ngo 1.22 1.23\n', 2, /'go' takes exactly one version/],
      ['module m\ntoolchain 1.22.3\n', 2, /invalid toolchain '1\.22\.3'/],
      ['module m\n\nrequire (\n\tfoo v1\n', 3, /'require \(' block is never closed/],
      ['{"name": "not-go"}\n', 1, /unknown directive '\{"name":' in go\.mod/],
    ];
    for (const [text, line, message] of cases) {
      const err = failure(() => parseGoMod(text, 'go.mod'));
      expect(err.message).toMatch(message);
      expect(err.location).toEqual({ file: 'go.mod', line });
    }
  });

  test('a go.mod without go or toolchain is an error pointing at the file', () => {
    const err = failure(() => versionFromFileText('module m\n', 'sub/go.mod'));
    expect(err.message).toBe("sub/go.mod has neither a 'go' nor a 'toolchain' directive");
    expect(err.location).toEqual({ file: 'sub/go.mod', line: 1 });
  });
});

describe('go.work', () => {
  test('go and toolchain lines, with use blocks', () => {
    const work = 'go 1.23.1\n\ntoolchain go1.24.0\n\nuse (\n\t./api\n\t./worker\n)\n';
    expect(versionFromFileText(work, 'go.work')).toMatchObject({
      version: '1.24.0',
      line: 3,
      directive: 'toolchain',
    });
  });

  test('go.mod verbs are not go.work verbs', () => {
    expect(failure(() => versionFromFileText('module m\ngo 1.22\n', 'go.work')).message).toMatch(
      /unknown directive 'module' in go\.work/,
    );
  });
});

describe('.tool-versions and .go-version', () => {
  test('asdf golang lines and mise go lines; comments and other tools skipped', () => {
    const asdf = '# tools\nnodejs 22.3.0\ngolang 1.22.3 1.21.0\n';
    expect(versionFromFileText(asdf, '.tool-versions')).toMatchObject({
      version: '1.22.3',
      line: 3,
      directive: 'golang',
    });
    const mise = 'python 3.12\ngo 1.23\n';
    expect(versionFromFileText(mise, '.tool-versions')).toMatchObject({
      version: '1.23',
      line: 2,
      directive: 'go',
    });
  });

  test('.tool-versions without a Go line is an error', () => {
    const err = failure(() => versionFromFileText('nodejs 22\n', '.tool-versions'));
    expect(err.message).toBe(".tool-versions has no 'golang' or 'go' line");
  });

  test('.go-version: the first non-comment line, go prefix allowed', () => {
    expect(versionFromFileText('\n# pinned\ngo1.22.3\n', '.go-version')).toMatchObject({
      version: '1.22.3',
      line: 3,
    });
    expect(versionFromFileText('1.22\n', '.go-version')).toMatchObject({
      version: '1.22',
      line: 1,
      directive: 'file',
    });
    expect(failure(() => versionFromFileText('\n\n', '.go-version')).message).toBe(
      '.go-version has no version',
    );
  });
});

describe('reading files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'goship-vf-'));

  test('reads a file from disk', () => {
    writeFileSync(join(dir, 'go.mod'), 'module m\n\ngo 1.22.3\n');
    expect(readVersionFile(join(dir, 'go.mod'), 'go.mod')).toMatchObject({
      version: '1.22.3',
      file: 'go.mod',
      line: 3,
    });
  });

  test('a missing file or a folder names the path and the input', () => {
    expect(failure(() => readVersionFile(join(dir, 'nope/go.mod'), 'nope/go.mod')).message).toBe(
      "Input 'go-version-file': nope/go.mod does not exist",
    );
    expect(failure(() => readVersionFile(dir, 'somedir')).message).toBe(
      "Input 'go-version-file': somedir is a directory",
    );
  });
});
