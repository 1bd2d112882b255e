import { type GoBuildStageInput, resolveStageInput } from '../../../../packages/go/src/index.js';

const input = (over: Partial<GoBuildStageInput> = {}): GoBuildStageInput => ({
  workingDirectory: '/w',
  workspace: '/w',
  packages: ['.'],
  output: 'dist/{name}',
  targets: [],
  x: [],
  vars: {},
  cgo: false,
  strip: true,
  trimpath: true,
  buildvcs: false,
  tags: [],
  flagLines: [],
  ldflags: '',
  env: [],
  ...over,
});

describe('resolveStageInput', () => {
  test('empty *-var inputs name the default variable, none turns it off, a name is explicit', () => {
    const { vars, flags } = resolveStageInput(
      input({
        vars: { version: '', commit: 'none', port: 'example.com/a/internal/cfg.Port' },
        flagLines: ["'-gcflags=all=-N -l' -v"],
      }),
    );
    expect(vars).toEqual({
      version: { name: 'main.version', explicit: false },
      date: { name: 'main.date', explicit: false },
      port: { name: 'example.com/a/internal/cfg.Port', explicit: true },
    });
    expect(flags).toEqual(['-gcflags=all=-N -l', '-v']);
  });

  test('every bad name and flag line is reported at once, each naming its input', () => {
    expect(() =>
      resolveStageInput(
        input({ x: [['main.ver-sion', '1']], vars: { commit: 'commit' }, flagLines: ["'-gcflags=x"] }),
      ),
    ).toThrow(
      /3 inputs are not valid:\n {2}- Input 'x': 'main.ver-sion' is not a variable name.*\n {2}- Input 'commit-var': 'commit' is not a variable name.*\n {2}- Input 'flags': line ''-gcflags=x'/,
    );
  });
});
