/*
 * A whole workflow run on this machine: jobs in `needs:` order, independent jobs and matrix legs in
 * parallel (bounded), `if:` on jobs with the runner's implicit success(), fail-fast across legs, and the
 * github/env/inputs/secrets/needs/matrix contexts a runner provides.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { mapLimit, span } from '@goship/kit';
import { Masker } from './commands.js';
import { baseEnvironment } from './environment.js';
import { type Contexts, evaluateCondition } from './expressions.js';
import { type Conclusion, type JobEnvironment, type JobResult, runJob } from './job.js';
import { expandStrategy, legName } from './matrix.js';
import { maskSummary } from './step.js';
import { endSpan, jobAttributes, traceEnvironment, workflowAttributes } from './trace.js';
import { type JobSpec, resolveStringMap, resolveToken, type WorkflowSpec } from './workflow.js';

export type RunEvent =
  | { name: 'push' }
  | { name: 'tag'; tag: string }
  | { name: 'workflow_dispatch' }
  | { name: 'pull_request' };

export interface RunOptions {
  workflow: WorkflowSpec;
  workspace: string;
  goshipRoot: string;
  runDir: string;
  /** Only this job (and the jobs it needs). */
  job?: string;
  inputs?: Record<string, string>;
  secrets?: Record<string, string>;
  event?: RunEvent;
  maxParallel?: number;
  toolCache: string;
  /** The caller's variables steps start from; default: environment.ts's allow-list of process.env. */
  baseEnv?: NodeJS.ProcessEnv;
  /** Masks the secrets (given, and `::add-mask::`ed during the run); the result carries it. */
  masker?: Masker;
  /** OTEL_* (and TRACESTATE) for every step; default: trace.ts traceEnvironment(process.env). */
  traceEnv?: Record<string, string>;
  signal?: AbortSignal;
  view: JobEnvironment['view'] & { jobFinished?(job: string, conclusion: Conclusion): void };
}

export interface WorkflowResult {
  conclusion: Conclusion;
  jobs: Record<string, JobResult & { legs: string[] }>;
  /** Every secret of the run, for whatever shows the result (finalTable). */
  masker: Masker;
}

function git(cwd: string, ...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** The github context and GITHUB_* variables for a local run of `event` on the workspace's checkout. */
export function githubContext(
  workspace: string,
  event: RunEvent,
  workflow: WorkflowSpec,
  runDir: string,
  toolCache: string,
) {
  const sha = git(workspace, 'rev-parse', 'HEAD') ?? '0'.repeat(40);
  const branch = git(workspace, 'symbolic-ref', '--short', '-q', 'HEAD') ?? 'main';
  const remote = git(workspace, 'remote', 'get-url', 'origin');
  const repository =
    /[:/]([^/:]+\/[^/]+?)(\.git)?$/.exec(remote ?? '')?.[1] ?? `local/${basename(workspace)}`;
  const ref = event.name === 'tag' ? `refs/tags/${event.tag}` : `refs/heads/${branch}`;
  const eventName = event.name === 'tag' ? 'push' : event.name;
  const eventPath = join(runDir, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({ ref, after: sha, repository: { full_name: repository } }, null, 2),
  );
  const runId = String(Date.now());
  const env: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: event.name === 'tag' ? 'tag' : 'branch',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: process.env.USER ?? 'local',
    GITHUB_WORKFLOW: workflow.name,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_NAME: 'goship-local',
    RUNNER_TOOL_CACHE: toolCache,
  };
  const context = {
    sha,
    ref,
    ref_name: env.GITHUB_REF_NAME,
    ref_type: env.GITHUB_REF_TYPE,
    repository,
    repository_owner: env.GITHUB_REPOSITORY_OWNER,
    event_name: eventName,
    event: { ref, after: sha },
    workspace,
    server_url: env.GITHUB_SERVER_URL,
    api_url: env.GITHUB_API_URL,
    run_id: runId,
    run_number: '1',
    run_attempt: '1',
    actor: env.GITHUB_ACTOR,
    workflow: workflow.name,
    token: '',
  };
  return { env, context };
}

/** The jobs to run: all, or one and everything it needs. Unknown names are an error naming the jobs. */
function selectJobs(workflow: WorkflowSpec, only?: string): JobSpec[] {
  if (!only) return workflow.jobs;
  const byId = new Map(workflow.jobs.map((j) => [j.id, j]));
  if (!byId.has(only))
    throw new Error(`--job ${only}: no such job in ${workflow.file} (jobs: ${[...byId.keys()].join(', ')})`);
  const wanted = new Set<string>();
  const visit = (id: string) => {
    if (wanted.has(id)) return;
    wanted.add(id);
    for (const n of byId.get(id)?.needs ?? []) visit(n);
  };
  visit(only);
  return workflow.jobs.filter((j) => wanted.has(j.id));
}

/** What every job of a run shares. */
interface RunState {
  opts: RunOptions;
  signal: AbortSignal;
  masker: Masker;
  baseEnv: NodeJS.ProcessEnv;
  traceEnv: Record<string, string>;
  github: ReturnType<typeof githubContext>;
  base: Contexts;
  workflowEnv: Record<string, string>;
  results: WorkflowResult['jobs'];
}

/** Why a job failed, for its span: the first step that failed. */
function jobFailure(r: JobResult): string {
  const step = r.steps.find((s) => s.conclusion === 'failure');
  return step ? `step '${step.name}' failed` : 'the job failed';
}

/** One job: its `if:`, then its matrix legs (bounded, fail-fast), each leg in a span of its own. */
async function startJob(job: JobSpec, run: RunState): Promise<void> {
  const { opts, signal, results, github } = run;
  const needs: Record<string, { result: Conclusion; outputs: Record<string, string> }> = {};
  for (const n of job.needs) needs[n] = { result: results[n]!.conclusion, outputs: results[n]!.outputs };
  const needFailed = job.needs.some((n) => results[n]!.conclusion !== 'success');
  const jobContexts = { ...run.base, needs };
  const status = { failed: needFailed, cancelled: signal.aborted };
  if (!evaluateCondition(job.if, jobContexts, status)) {
    // Traced as the steps are (job.ts JobRun.step): a span of no length with result `skip`.
    await span(
      `job ${job.id}`,
      jobAttributes(job.id, github.context.run_id, {}, { index: 0, total: 1 }),
      async (s) => endSpan(s, 'cicd.pipeline.task.run.result', 'skipped', () => ''),
    );
    results[job.id] = { conclusion: 'skipped', outputs: {}, steps: [], legs: [] };
    opts.view.jobFinished?.(job.id, 'skipped');
    return;
  }
  const strategy = expandStrategy(resolveToken(job.strategy, jobContexts, status));
  const legAbort = new AbortController();
  const onAbort = () => legAbort.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  const displayName = String(resolveToken(job.name, jobContexts, status, true) ?? job.id) || job.id;
  const total = strategy.combinations.length;
  const legs = await mapLimit(
    strategy.combinations,
    strategy.maxParallel ?? opts.maxParallel ?? 2,
    (matrix, i) => {
      const leg = legName(displayName, matrix);
      const attributes = jobAttributes(job.id, github.context.run_id, matrix, { index: i, total });
      return span(`job ${leg}`, attributes, async (s) => {
        const env: JobEnvironment = {
          goshipRoot: opts.goshipRoot,
          workspace: opts.workspace,
          runDir: join(opts.runDir, `${job.id}${total > 1 ? `-${i + 1}` : ''}`),
          baseEnv: run.baseEnv,
          githubEnv: github.env,
          contexts: {
            ...jobContexts,
            matrix,
            strategy: { 'job-index': i, 'job-total': total, 'fail-fast': strategy.failFast },
          },
          workflowEnv: run.workflowEnv,
          masker: run.masker,
          traceEnv: run.traceEnv,
          signal: legAbort.signal,
          view: opts.view,
        };
        const r = await runJob(job, leg, {}, env);
        if (r.conclusion === 'failure' && strategy.failFast) legAbort.abort();
        endSpan(s, 'cicd.pipeline.task.run.result', r.conclusion, () => jobFailure(r));
        return { leg, ...r };
      });
    },
  );
  signal.removeEventListener('abort', onAbort);
  const conclusion: Conclusion = legs.some((l) => l.conclusion === 'failure')
    ? 'failure'
    : legs.some((l) => l.conclusion === 'cancelled')
      ? 'cancelled'
      : 'success';
  results[job.id] = {
    conclusion,
    outputs: Object.assign({}, ...legs.map((l) => l.outputs)),
    steps: legs.flatMap((l) => l.steps),
    legs: legs.map((l) => l.leg),
  };
  opts.view.jobFinished?.(job.id, conclusion);
}

/** The jobs in `needs:` order, at most maxParallel at once; the run's conclusion. */
async function runJobs(jobs: JobSpec[], run: RunState): Promise<WorkflowResult> {
  const { results, masker } = run;
  const pending = new Set(jobs.map((j) => j.id));
  const running = new Map<string, Promise<void>>();
  const limit = run.opts.maxParallel ?? 2;
  while (pending.size > 0 || running.size > 0) {
    for (const job of jobs) {
      if (!pending.has(job.id) || running.size >= limit) continue;
      if (!job.needs.every((n) => n in results)) continue;
      pending.delete(job.id);
      running.set(
        job.id,
        startJob(job, run).finally(() => running.delete(job.id)),
      );
    }
    if (running.size === 0 && pending.size > 0)
      throw new Error(`jobs ${[...pending].join(', ')} need jobs that are not in this run`);
    await Promise.race(running.values());
  }
  // A summary was masked when its step ended; a value masked by a later step is masked in it now too.
  for (const job of Object.values(results))
    for (const s of job.steps) if (s.summaryFile) maskSummary(s.summaryFile, masker);
  const all = Object.values(results).map((r) => r.conclusion);
  const conclusion: Conclusion = all.includes('failure')
    ? 'failure'
    : all.includes('cancelled')
      ? 'cancelled'
      : 'success';
  return { conclusion, jobs: results, masker };
}

/**
 * The whole run, in one span (trace.ts): each job leg is a child of it, each step a child of its leg. The
 * spans are no-ops unless the caller started tracing (cli.ts).
 */
export async function runWorkflow(opts: RunOptions): Promise<WorkflowResult> {
  mkdirSync(opts.runDir, { recursive: true });
  const masker = opts.masker ?? new Masker();
  const secrets = { ...(opts.secrets ?? {}) };
  for (const v of Object.values(secrets)) masker.add(v);
  const jobs = selectJobs(opts.workflow, opts.job);
  const github = githubContext(
    opts.workspace,
    opts.event ?? { name: 'push' },
    opts.workflow,
    opts.runDir,
    opts.toolCache,
  );
  if (secrets.GITHUB_TOKEN) github.context.token = secrets.GITHUB_TOKEN;
  const inputs = { ...opts.workflow.inputDefaults, ...(opts.inputs ?? {}) };
  const base: Contexts = { github: github.context, inputs, secrets, vars: {} };
  const run: RunState = {
    opts,
    signal: opts.signal ?? new AbortController().signal,
    masker,
    baseEnv: opts.baseEnv ?? baseEnvironment(process.env),
    traceEnv: opts.traceEnv ?? traceEnvironment(process.env),
    github,
    base,
    workflowEnv: resolveStringMap(opts.workflow.env, base, { failed: false, cancelled: false }),
    results: {},
  };
  return span(`workflow ${opts.workflow.name}`, workflowAttributes(github.env), async (s) => {
    const result = await runJobs(jobs, run);
    const failed = Object.entries(result.jobs).filter(([, j]) => j.conclusion === 'failure');
    endSpan(
      s,
      'cicd.pipeline.result',
      result.conclusion,
      () => `failed: ${failed.map(([id]) => id).join(', ')}`,
    );
    return result;
  });
}
