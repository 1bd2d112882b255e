import { isAbsolute, resolve } from 'node:path';
import { aggregate, InputError, runAction, runner, setOutputs, UserError } from '@goship/kit';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

await runAction(async ({ inputs, signal }) => {
  // Every input is read and checked before the library (and anything it touches) is loaded.
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const workdirInput = inputs.string('working-directory') || '.';
  const autoVar = (input: string, fallback: string) => {
    const value = inputs.string(input);
    if (value === 'none') return undefined;
    return value === '' ? { name: fallback, explicit: false } : { name: value, explicit: true };
  };
  const mod = inputs.optional('mod');
  const overwritten = inputs.optional('overwritten-x');
  const raw = {
    workingDirectory: isAbsolute(workdirInput) ? workdirInput : resolve(workspace, workdirInput),
    workspace,
    packages: inputs.list('package'),
    name: inputs.optional('name'),
    output: inputs.string('output') || 'dist/{name}_{os}_{arch}{variant}{ext}',
    targets: inputs.list('targets'),
    x: [...inputs.keyValues('x')],
    version: inputs.optional('version'),
    vars: {
      version: autoVar('version-var', 'main.version'),
      commit: autoVar('commit-var', 'main.commit'),
      date: autoVar('date-var', 'main.date'),
      port: autoVar('port-var', 'main.port'),
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
  };

  // The build half only: @goship/go's index also loads the toolchain half (@actions/cache, tool-cache),
  // a 3.4 MB chunk that costs ~0.2 s to parse and is never used here.
  const go = await import('@goship/go/build');
  const nameErrors: UserError[] = [];
  for (const [name] of raw.x) {
    if (!go.parseXName(name))
      nameErrors.push(new InputError('x', `'${name}' is not a variable name`, go.X_NAME_FORM));
  }
  for (const key of ['version-var', 'commit-var', 'date-var', 'port-var'] as const) {
    const v = raw.vars[key.replace('-var', '') as keyof typeof raw.vars];
    if (v?.explicit && !go.parseXName(v.name))
      nameErrors.push(
        new InputError(key, `'${v.name}' is not a variable name`, `${go.X_NAME_FORM}, or none`),
      );
  }
  const flags: string[] = [];
  for (const line of raw.flagLines) {
    try {
      flags.push(...go.splitLdflags(line));
    } catch (err) {
      nameErrors.push(
        new InputError(
          'flags',
          `line '${line}': ${(err as Error).message}`,
          "arguments quoted the go command's way ('a b' or \"a b\")",
        ),
      );
    }
  }
  if (nameErrors.length > 0) throw aggregate(nameErrors, `${nameErrors.length} inputs are not valid`);

  const started = performance.now();
  const plan = await runner.group('Plan and verify -X targets', async () => {
    const p = await go.planBuild({
      ...raw,
      flags,
      signal,
      onWarning: (w) =>
        runner.warning(w.hint ? `${w.message}\n${w.hint}` : w.message, {
          ...w.location,
          title: 'go-build-ldflags: -X value overwritten',
        }),
    });
    runner.info(
      `${p.goVersion}; version ${p.version || '(none)'}; commit ${p.commit || '(none)'}; date ${p.date || '(none)'}`,
    );
    for (const job of p.jobs)
      runner.info(`${job.target.platform}: go ${job.args.map(go.shellQuote).join(' ')}`);
    runner.info(
      `-X verification: ${p.timings.verifyMs.toFixed(1)} ms (${[...new Set(p.verifiedVia)].join(', ')}); ` +
        `toolchain ${Math.round(p.timings.toolchainMs)} ms, git ${Math.round(p.timings.sourceMs)} ms; ` +
        `started ${Math.round(started)} ms after the process`,
    );
    return p;
  });
  for (const s of plan.skipped) {
    runner.notice(`${s.name} not injected (${s.input} default): ${s.reason} [${s.targets.join(', ')}]`, {
      title: 'go-build-ldflags',
    });
  }

  const report = await runner.group(`Build ${plan.jobs.length} target(s), ${plan.parallel} at a time`, () =>
    go.runBuild(plan, {
      signal,
      onDone: (r) =>
        runner.info(
          'sha256' in r
            ? `✓ ${r.platform} ${r.path} (${r.size} bytes, ${Math.round(r.durationMs)} ms)`
            : `✗ ${r.platform} failed:\n${r.stderr.trim()}`,
        ),
    }),
  );

  setOutputs({
    artifacts: report.artifacts,
    checksums: report.checksums,
    version: plan.version,
    commit: plan.commit,
    'short-commit': plan.commit.slice(0, 7),
    date: plan.date,
  });
  runner.appendSummary(go.renderSummary(plan, report));
  runner.info(
    `build ${Math.round(report.durationMs)} ms; step ${Math.round(performance.now())} ms since the process started`,
  );
  const failures = go.failureErrors(plan, report);
  if (failures.length > 0) throw new UserError(failures[failures.length - 1]!.message, { related: failures });
});
