/*
 * The go-build-ldflags stage as one call: the action's adapter and the pipeline both run exactly this.
 * Inputs arrive as the user wrote them (variable names, flag lines); everything is checked here and
 * reported together before the toolchain is asked anything. No runner I/O: progress goes to `log`.
 */

import { parseXName, shellQuote, splitLdflags, X_NAME_FORM } from '@goship/contract';
import { aggregate, InputError, type Log, type UserError } from '@goship/kit';
import { openModuleAccess } from './module-access.js';
import { type AutoVar, checkOptions, type GoBuildOptions } from './options.js';
import { type BuildPlan, planBuild } from './plan.js';
import { failureErrors, renderSummary } from './report.js';
import { type Artifact, type BuildReport, runBuild } from './run.js';

/** Where progress goes: a runner's log groups and annotations, or anything else. */
type BuildLog = Pick<Log, 'info' | 'warning' | 'notice' | 'group'>;

/** The title of the stage's annotations. */
const TITLE = 'go-build-ldflags';

/** A problem that does not stop the build (an -X value overwritten): a warning at its file:line. */
function warnOverwritten(log: BuildLog, w: UserError): void {
  log.warning(w.hint ? `${w.message}\n${w.hint}` : w.message, {
    ...w.location,
    title: `${TITLE}: -X value overwritten`,
  });
}

export type VarKey = 'version' | 'commit' | 'date' | 'port';
const VAR_DEFAULTS: Record<VarKey, string> = {
  version: 'main.version',
  commit: 'main.commit',
  date: 'main.date',
  port: 'main.port',
};

export interface GoBuildStageInput extends Omit<GoBuildOptions, 'vars' | 'flags' | 'onWarning'> {
  /** The *-var inputs as given: '' → the default variable (skipped when missing), 'none' → off, else a name. */
  vars: Partial<Record<VarKey, string>>;
  /** The flags input, one line each, split here with the go command's quoting rules. */
  flagLines: string[];
}

export interface GoBuildStageResult {
  plan: BuildPlan;
  report: BuildReport;
  outputs: {
    artifacts: Artifact[];
    checksums: string;
    version: string;
    commit: string;
    'short-commit': string;
    date: string;
  };
  /**
   * The variable each automatic value was injected into, in every target's program; absent when the
   * program lacks it (a default skipped), the input is 'none', or the value is empty. What the service can
   * report about itself: the one-step action's smoke test expects the version only where it was injected.
   */
  injected: Partial<Record<VarKey, string>>;
  /** Job summary (markdown). */
  summary: string;
  /** Targets that failed to build (the others are in outputs); the step fails when there are any. */
  failures: UserError[];
}

/** Checks of the inputs that need the -X grammar (names, flag lines); every problem collected. */
export function resolveStageInput(input: GoBuildStageInput): {
  vars: GoBuildOptions['vars'];
  flags: string[];
} {
  const errors: UserError[] = [];
  for (const [name] of input.x) {
    if (!parseXName(name)) errors.push(new InputError('x', `'${name}' is not a variable name`, X_NAME_FORM));
  }
  const vars: GoBuildOptions['vars'] = {};
  for (const key of Object.keys(VAR_DEFAULTS) as VarKey[]) {
    const value = input.vars[key] ?? '';
    if (value === 'none') continue;
    const v: AutoVar =
      value === '' ? { name: VAR_DEFAULTS[key], explicit: false } : { name: value, explicit: true };
    if (v.explicit && !parseXName(v.name))
      errors.push(
        new InputError(`${key}-var`, `'${v.name}' is not a variable name`, `${X_NAME_FORM}, or none`),
      );
    vars[key] = v;
  }
  const flags: string[] = [];
  for (const line of input.flagLines) {
    try {
      flags.push(...splitLdflags(line));
    } catch (err) {
      errors.push(
        new InputError(
          'flags',
          `line '${line}': ${(err as Error).message}`,
          "arguments quoted the go command's way ('a b' or \"a b\")",
        ),
      );
    }
  }
  if (errors.length > 0) throw aggregate(errors, `${errors.length} inputs are not valid`);
  return { vars, flags };
}

/** Every check of the inputs that needs no toolchain and no source: what a pre-flight can refuse. */
export function checkGoBuildInput(input: Omit<GoBuildStageInput, 'signal'>): void {
  const { vars, flags } = resolveStageInput(input as GoBuildStageInput);
  const { errors } = checkOptions({ ...input, vars, flags });
  if (errors.length > 0) throw aggregate(errors, `${errors.length} inputs are not valid`);
}

/** The variable each automatic value reached in every job's program (BuildJob.injections, as verified). */
export function injectedVars(
  jobs: Pick<BuildPlan['jobs'][number], 'injections'>[],
): Partial<Record<VarKey, string>> {
  const out: Partial<Record<VarKey, string>> = {};
  if (jobs.length === 0) return out;
  for (const key of Object.keys(VAR_DEFAULTS) as VarKey[]) {
    const names = jobs.map(
      (j) =>
        j.injections.find(
          (i) => i.input === `${key}-var` && (i.origin === 'auto-default' || i.origin === 'auto-explicit'),
        )?.name,
    );
    if (names.every((n) => n !== undefined && n === names[0])) out[key] = names[0];
  }
  return out;
}

/** Plans (verifying every -X target), builds the matrix, and returns what the step reports. */
export async function goBuildStage(input: GoBuildStageInput, log: BuildLog): Promise<GoBuildStageResult> {
  const { vars, flags } = resolveStageInput(input);
  const access = openModuleAccess(input.netrc ?? [], input.baseEnv ?? process.env);
  try {
    return await planAndBuild(
      { ...input, baseEnv: { ...(input.baseEnv ?? process.env), ...access.env } },
      vars,
      flags,
      log,
    );
  } finally {
    access.close();
  }
}

async function planAndBuild(
  input: GoBuildStageInput,
  vars: GoBuildOptions['vars'],
  flags: string[],
  log: BuildLog,
): Promise<GoBuildStageResult> {
  const started = performance.now();
  const plan = await log.group('Plan and verify -X targets', async () => {
    const p = await planBuild({ ...input, vars, flags, onWarning: (w) => warnOverwritten(log, w) });
    log.info(
      `${p.goVersion}; version ${p.version || '(none)'}; commit ${p.commit || '(none)'}; date ${p.date || '(none)'}`,
    );
    for (const job of p.jobs) log.info(`${job.target.platform}: go ${job.args.map(shellQuote).join(' ')}`);
    log.info(
      `-X verification: ${p.timings.verifyMs.toFixed(1)} ms (${[...new Set(p.verifiedVia)].join(', ')}); ` +
        `toolchain ${Math.round(p.timings.toolchainMs)} ms, git ${Math.round(p.timings.sourceMs)} ms, ` +
        `modules ${Math.round(p.timings.modulesMs)} ms; ` +
        `planned in ${Math.round(performance.now() - started)} ms`,
    );
    return p;
  });
  for (const s of plan.skipped)
    log.notice(`${s.name} not injected (${s.input} default): ${s.reason} [${s.targets.join(', ')}]`, {
      title: TITLE,
    });

  const report = await log.group(`Build ${plan.jobs.length} target(s), ${plan.parallel} at a time`, () =>
    runBuild(plan, {
      signal: input.signal,
      onDone: (r) =>
        log.info(
          'sha256' in r
            ? `✓ ${r.platform} ${r.path} (${r.size} bytes, ${Math.round(r.durationMs)} ms)`
            : `✗ ${r.platform} failed:\n${r.stderr.trim()}`,
        ),
    }),
  );
  log.info(`build ${Math.round(report.durationMs)} ms`);
  return {
    plan,
    report,
    outputs: {
      artifacts: report.artifacts,
      checksums: report.checksums,
      version: plan.version,
      commit: plan.commit,
      'short-commit': plan.commit.slice(0, 7),
      date: plan.date,
    },
    injected: injectedVars(plan.jobs),
    summary: renderSummary(plan, report),
    failures: failureErrors(plan, report),
  };
}
