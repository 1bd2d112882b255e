/*
 * `goship`: run a workflow of this repository on this machine, the way the Actions runner would.
 *
 *   goship run <workflow.yml> [--job NAME] [--input k=v]... [--event push|tag:v1.2.3|workflow_dispatch|pull_request]
 *              [--secret NAME[=VALUE]]... [--secrets-file FILE] [--env NAME]... [--workspace DIR]
 *              [--max-parallel N] [--quiet] [--keep]
 *   goship validate <workflow-or-action.yml>...
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTracing } from '@goship/kit';
import { Masker } from './commands.js';
import { BASE_ENVIRONMENT, baseEnvironment, isRunnerVariable } from './environment.js';
import { type RunEvent, runWorkflow } from './run.js';
import { traceEnvironment } from './trace.js';
import { validateFile } from './validate.js';
import { createView, finalTable, summaryText } from './view.js';
import { loadWorkflow, WorkflowError } from './workflow.js';

const USAGE = `usage:
  goship run <workflow.yml> [--job NAME] [--input k=v]... [--event push|tag:vX.Y.Z|workflow_dispatch|pull_request]
             [--secret NAME[=VALUE]]... [--secrets-file FILE] [--env NAME]... [--workspace DIR]
             [--max-parallel N] [--quiet] [--keep]
  goship validate <workflow-or-action.yml>...

  --secret NAME       the secret's value from the environment variable NAME (NAME=VALUE works, but the
                      value is then visible to other users of this machine in the process list)
  --secrets-file FILE NAME=VALUE lines
  --env NAME          pass the variable NAME from this environment to the steps; they see only:
                      ${BASE_ENVIRONMENT.join(' ')}
                      then the runner's GITHUB_*/RUNNER_* variables, which env: and GITHUB_ENV cannot override
  --keep              keep the run's folder (step files, RUNNER_TEMP, summaries); it is deleted by default`;

class UsageError extends Error {}

interface RunArgs {
  workflow: string;
  job?: string;
  inputs: Record<string, string>;
  secrets: Record<string, string>;
  event: RunEvent;
  workspace?: string;
  maxParallel: number;
  quiet: boolean;
  /** Keep the run's folder instead of deleting it at the end. */
  keep: boolean;
  /** More of the caller's variables for the steps (--env). */
  env: string[];
  /** Said on stderr before the run (a secret given in argv). */
  warnings: string[];
}

function keyValue(flag: string, text: string): [string, string] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`${flag} ${text}: expected NAME=VALUE`);
  return [text.slice(0, eq), text.slice(eq + 1)];
}

function parseEvent(text: string): RunEvent {
  if (text === 'push' || text === 'workflow_dispatch' || text === 'pull_request') return { name: text };
  const tag = /^tag:(.+)$/.exec(text);
  if (tag && /^[\w./-]+$/.test(tag[1]!)) return { name: 'tag', tag: tag[1]! };
  throw new UsageError(
    `--event ${text}: expected push, tag:<tag> (e.g. tag:v1.2.3), workflow_dispatch or pull_request`,
  );
}

/** Secrets from a file of NAME=VALUE lines (`#` comments, blank lines allowed). */
function readSecretsFile(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim() || line.trimStart().startsWith('#')) return;
      const eq = line.indexOf('=');
      if (eq <= 0) throw new UsageError(`${file}:${i + 1}: expected NAME=VALUE`);
      out[line.slice(0, eq).trim()] = line.slice(eq + 1);
    });
  return out;
}

/** An --env name: a variable of this environment that the runner does not set itself. */
function envName(name: string, env: NodeJS.ProcessEnv): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    throw new UsageError(
      `--env ${name}: expected the name of an environment variable (its value comes from it)`,
    );
  if (isRunnerVariable(name)) throw new UsageError(`--env ${name}: the runner sets ${name} itself`);
  if (env[name] === undefined) throw new UsageError(`--env ${name}: no environment variable ${name}`);
  return name;
}

export function parseRunArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): RunArgs {
  const args: RunArgs = {
    workflow: '',
    inputs: {},
    secrets: {},
    event: { name: 'push' },
    maxParallel: 2,
    quiet: false,
    keep: false,
    env: [],
    warnings: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--job') args.job = value();
    else if (a === '--input') Object.assign(args.inputs, Object.fromEntries([keyValue(a, value())]));
    else if (a === '--event') args.event = parseEvent(value());
    else if (a === '--secrets-file') Object.assign(args.secrets, readSecretsFile(value()));
    else if (a === '--secret') {
      const v = value();
      if (v.includes('=')) {
        const [name, secret] = keyValue(a, v);
        args.secrets[name] = secret;
        args.warnings.push(
          `--secret ${name}=…: the value is visible to other users of this machine (the process list); ` +
            `export it and give --secret ${name}, or use --secrets-file`,
        );
      } else if (env[v] !== undefined) args.secrets[v] = env[v]!;
      else
        throw new UsageError(
          `--secret ${v}: no environment variable ${v} (give --secret ${v}=VALUE or export it)`,
        );
    } else if (a === '--env') args.env.push(envName(value(), env));
    else if (a === '--workspace') args.workspace = resolve(value());
    else if (a === '--max-parallel') {
      args.maxParallel = Number(value());
      if (!Number.isInteger(args.maxParallel) || args.maxParallel < 1)
        throw new UsageError('--max-parallel: expected a whole number ≥ 1');
    } else if (a === '--quiet') args.quiet = true;
    else if (a === '--keep') args.keep = true;
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (!args.workflow) args.workflow = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  if (!args.workflow) throw new UsageError('goship run needs a workflow file');
  return args;
}

/** The workflow's repository: the folder holding its `.github/`, else the current directory. */
function workspaceOf(workflowFile: string): string {
  const m = /^(.*)\/\.github\/workflows\/[^/]+$/.exec(workflowFile);
  return m ? m[1]! : process.cwd();
}

function goshipRoot(): string {
  // The bundle lives in <root>/dist/cli/; the sources in <root>/packages/runner/src/.
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir))
    if (existsSync(join(dir, 'actions')) && existsSync(join(dir, 'package.json'))) return dir;
  throw new Error('cannot find the goship checkout this command belongs to');
}

async function run(argv: string[]): Promise<number> {
  const args = parseRunArgs(argv);
  for (const w of args.warnings) process.stderr.write(`goship: warning: ${w}\n`);
  const file = resolve(args.workflow);
  if (!existsSync(file)) throw new UsageError(`${args.workflow}: no such file`);
  const workspace = args.workspace ?? workspaceOf(file);
  const display = relative(process.cwd(), file) || basename(file);
  const workflow = await loadWorkflow(file, display);
  const masker = new Masker();
  // One trace of the whole run when this environment names an OTLP endpoint (trace.ts); without one the
  // SDK is not loaded. OTEL_EXPORTER_OTLP_HEADERS' values reach the masker first, either way.
  const traces = await startTracing(
    process.env,
    {
      secret: (value) => masker.add(value),
      warning: (text) => process.stderr.write(`goship: warning: ${masker.mask(text)}\n`),
    },
    { name: 'goship', version: 'dev' },
  );
  const runDir = mkdtempSync(join(tmpdir(), 'goship-run-'));
  const view = createView({
    write: (t) => process.stdout.write(t),
    verbose: !args.quiet,
    workflowFile: display,
    mask: (t) => masker.mask(t),
  });
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.stdout.write(`goship run ${display} (workspace ${workspace}, files in ${runDir})\n`);
  try {
    const result = await runWorkflow({
      workflow,
      workspace,
      goshipRoot: goshipRoot(),
      runDir,
      job: args.job,
      inputs: args.inputs,
      secrets: args.secrets,
      event: args.event,
      maxParallel: args.maxParallel,
      toolCache:
        process.env.RUNNER_TOOL_CACHE ??
        join(process.env.GOSHIP_CACHE ?? join(homedir(), '.cache/goship'), 'toolcache'),
      baseEnv: baseEnvironment(process.env, args.env),
      traceEnv: traceEnvironment(process.env),
      masker,
      signal: abort.signal,
      view,
    });
    // Without --keep the summaries' files go with the run's folder: they are shown here instead.
    const summaries = args.keep ? '' : summaryText(result);
    process.stdout.write(`\n${finalTable(result, args.keep)}\n${summaries && `${summaries}\n`}`);
    process.stdout.write(`workflow ${result.conclusion}\n`);
    return result.conclusion === 'success' ? 0 : 1;
  } finally {
    // Bounded; a collector that cannot be reached is a warning, never the run's exit code.
    await traces.shutdown();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (!args.keep) rmSync(runDir, { recursive: true, force: true });
  }
}

function validate(files: string[]): number {
  if (files.length === 0) throw new UsageError('goship validate needs at least one file');
  let bad = 0;
  for (const f of files) {
    const problems = validateFile(f, relative(process.cwd(), resolve(f)));
    if (problems.length) bad++;
    for (const p of problems) process.stderr.write(`${p}\n`);
  }
  process.stdout.write(`${files.length - bad}/${files.length} valid\n`);
  return bad ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'run') return await run(rest);
    if (command === 'validate') return validate(rest);
    throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
  } catch (err) {
    if (err instanceof UsageError) process.stderr.write(`goship: ${err.message}\n${USAGE}\n`);
    else if (err instanceof WorkflowError) process.stderr.write(`goship: ${err.message}\n`);
    else process.stderr.write(`goship: ${err instanceof Error ? err.message : String(err)}\n`);
    return err instanceof UsageError ? 2 : 1;
  }
}
