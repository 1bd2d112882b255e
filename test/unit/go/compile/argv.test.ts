import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOptions, type GoBuildOptions, planBuild } from '../../../../packages/go/src/index.js';
import { repoRoot } from '../../../harness/run-action.js';

// Inputs that end up in the go command's argv: none may be read as a flag it was not meant to be.

const options = (dir: string, over: Partial<GoBuildOptions> = {}): GoBuildOptions => ({
  workingDirectory: dir,
  workspace: dir,
  packages: ['.'],
  output: 'dist/{name}_{os}_{arch}{variant}{ext}',
  targets: ['linux/amd64'],
  x: [],
  vars: {},
  cgo: false,
  strip: true,
  trimpath: true,
  buildvcs: false,
  tags: [],
  flags: [],
  ldflags: '',
  env: [],
  version: '1.0.0',
  baseEnv: { ...process.env, GOFLAGS: '' },
  ...over,
});

const messages = (o: GoBuildOptions) => checkOptions(o).errors.map((e) => e.message);

describe('package', () => {
  test('a package starting with - is refused before the go command sees it', async () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'goship-argv-')), 'ran');
    const script = join(tmpdir(), `goship-toolexec-${process.pid}.sh`);
    writeFileSync(script, `#!/bin/sh\ntouch ${marker}\nexec "$@"\n`, { mode: 0o755 });
    const o = options(join(repoRoot, 'examples/hello'), { packages: [`-toolexec=${script}`] });
    expect(messages(o).join('\n')).toMatch(
      /Input 'package': '-toolexec=.*' starts with '-', which the go command would read as a flag/,
    );
    await expect(planBuild(o)).rejects.toThrow(/Input 'package': '-toolexec=/);
    expect(existsSync(marker)).toBe(false);
  });

  test('go build and go list get -- before the packages', async () => {
    const plan = await planBuild(options(join(repoRoot, 'examples/hello'), { packages: ['.'] }));
    expect(plan.jobs[0]!.args.slice(-2)).toEqual(['--', '.']);
  });

  test('a package with a control character is refused', () => {
    expect(messages(options('/x', { packages: ['./cmd\u0000x'] })).join('\n')).toMatch(
      /Input 'package': .* control character/,
    );
  });
});

describe('name', () => {
  test('a program name is one plain file name', () => {
    for (const bad of ['../../etc/x', 'a/b', '-x', '.hidden', 'a\nb'])
      expect(messages(options('/x', { name: bad })).join('\n')).toMatch(
        /Input 'name': .* is not a plain program name/,
      );
    expect(messages(options('/x', { name: 'hello-server.v2' }))).toEqual([]);
  });
});

describe('tags and flags', () => {
  test('tags are identifiers (no commas, spaces, = or leading -)', () => {
    const errs = messages(options('/x', { tags: ['netgo', '-x', 'a b', 'a=b'] }));
    expect(errs.filter((e) => e.startsWith("Input 'tags'"))).toHaveLength(3);
    expect(messages(options('/x', { tags: ['netgo', 'osusergo', 'go1.21', 'x_y'] }))).toEqual([]);
  });

  test('flags: each argument is a flag, or the value of the flag before it; no --', () => {
    expect(messages(options('/x', { flags: ['-v', '-gcflags=all=-N -l', '-p', '4', '-race'] }))).toEqual([]);
    const errs = messages(options('/x', { flags: ['-v', './other'] })).join('\n');
    expect(errs).toMatch(/Input 'flags': '.\/other' is not a flag/);
    expect(messages(options('/x', { flags: ['-race', 'x'] })).join('\n')).toMatch(
      /Input 'flags': 'x' is not a flag/,
    );
    expect(messages(options('/x', { flags: ['--', '-x'] })).join('\n')).toMatch(/Input 'flags': '--'/);
  });
});
