import { isAbsolute, resolve } from 'node:path';
import { runAction, runner, setOutputs, UserError } from '@goship/kit';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TITLE = 'go-build-ldflags';

await runAction(async ({ inputs, signal }) => {
  // Every input is read and checked before the library (and anything it touches) is loaded.
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const workdir = inputs.string('working-directory') || '.';
  const mod = inputs.optional('mod');
  const overwritten = inputs.optional('overwritten-x');
  const input = {
    workingDirectory: isAbsolute(workdir) ? workdir : resolve(workspace, workdir),
    workspace,
    packages: inputs.list('package'),
    name: inputs.optional('name'),
    output: inputs.string('output') || 'dist/{name}_{os}_{arch}{variant}{ext}',
    targets: inputs.list('targets'),
    x: [...inputs.keyValues('x')],
    version: inputs.optional('version'),
    vars: {
      version: inputs.string('version-var'),
      commit: inputs.string('commit-var'),
      date: inputs.string('date-var'),
      port: inputs.string('port-var'),
    },
    port: inputs.port('port'),
    cgo: inputs.boolean('cgo', false),
    strip: inputs.boolean('strip', true),
    trimpath: inputs.boolean('trimpath', true),
    buildvcs: inputs.boolean('buildvcs', false),
    tags: inputs.list('tags'),
    flagLines: inputs.lines('flags'),
    ldflags: inputs.string('ldflags'),
    env: [...inputs.keyValues('env', { keyPattern: ENV_NAME, keyForm: 'an environment variable name' })],
    modfile: inputs.optional('modfile'),
    mod: mod === undefined ? undefined : inputs.enum('mod', ['readonly', 'vendor', 'mod'] as const),
    parallel: inputs.integer('parallel', { min: 1, max: 64 }),
    tagPrefix: inputs.string('tag-prefix') || 'v',
    overwrittenX:
      overwritten === undefined
        ? undefined
        : inputs.enum('overwritten-x', ['error', 'warn', 'ignore'] as const),
    signal,
  };

  // The build half only: @goship/go's index also loads the toolchain half (@actions/cache, tool-cache),
  // a 3.4 MB chunk that costs ~0.2 s to parse and is never used here.
  const go = await import('@goship/go/compile');
  const result = await go.goBuildStage(input, {
    info: runner.info,
    warning: (w) =>
      runner.warning(w.hint ? `${w.message}\n${w.hint}` : w.message, {
        ...w.location,
        title: `${TITLE}: -X value overwritten`,
      }),
    notice: (message) => runner.notice(message, { title: TITLE }),
    group: runner.group,
  });
  setOutputs(result.outputs);
  runner.appendSummary(result.summary);
  runner.info(`step ${Math.round(performance.now())} ms since the process started`);
  const { failures } = result;
  if (failures.length > 0) throw new UserError(failures[failures.length - 1]!.message, { related: failures });
});
