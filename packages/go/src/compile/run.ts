/*
 * Running a planned matrix: `go build` per job, at most `parallel` at once, all sharing the build cache
 * (the go command locks its cache entries, so concurrent builds reuse each other's work safely). Every
 * job runs to the end even when another fails; only jobs that succeeded are reported as artifacts.
 */

import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BuildArtifact } from '@goship/contract';
import { exec, mapLimit, span } from '@goship/kit';
import { checksumsPath, sha256File, writeChecksums } from './checksums.js';
import { type BuildOutput, parseBuildOutput } from './diagnostics.js';
import type { BuildJob, BuildPlan } from './plan.js';

/** A built binary: the contract's BuildArtifact with every field the build knows filled in. */
export interface Artifact extends BuildArtifact {
  variant: string;
  platform: string;
  sha256: string;
  size: number;
  ldflags: string;
  injected: Record<string, string>;
  durationMs: number;
}

export interface FailedBuild {
  name: string;
  platform: string;
  pkg: string;
  exitCode: number;
  output: BuildOutput;
  stderr: string;
  durationMs: number;
}

export interface BuildReport {
  artifacts: Artifact[];
  failed: FailedBuild[];
  /** Path of sha256sums.txt (written even when some targets failed, listing only what was built). */
  checksums: string;
  /** Wall time of the build phase. */
  durationMs: number;
}

/** One target's `go build`, in a span of its own (telemetry: one per target). */
function runJob(plan: BuildPlan, job: BuildJob, signal?: AbortSignal): Promise<Artifact | FailedBuild> {
  return span('go build', { 'goship.target': job.target.platform, 'goship.package': job.pkg }, async (s) => {
    const r = await buildJob(plan, job, signal);
    if ('exitCode' in r) s.fail(`go build exited with ${r.exitCode}`, 'BuildFailed');
    else s.set({ 'goship.artifact.size': r.size, 'goship.build.ms': r.durationMs });
    return r;
  });
}

async function buildJob(
  plan: BuildPlan,
  job: BuildJob,
  signal?: AbortSignal,
): Promise<Artifact | FailedBuild> {
  // A stale file from an earlier run must never pass for this run's output.
  rmSync(job.output, { force: true });
  mkdirSync(dirname(job.output), { recursive: true });
  const started = performance.now();
  const res = await exec(plan.go, job.args, {
    cwd: plan.workingDirectory,
    env: job.env,
    allowFailure: true,
    signal,
  }).catch((err: unknown) => {
    // Cancelled: report the runner's reason ("cancelled by SIGINT"), not the child's abort error.
    throw signal?.aborted ? signal.reason : err;
  });
  const durationMs = performance.now() - started;
  if (res.code !== 0) {
    rmSync(job.output, { force: true });
    return {
      name: job.name,
      platform: job.target.platform,
      pkg: job.pkg,
      exitCode: res.code,
      output: parseBuildOutput(res.stderr),
      stderr: res.stderr,
      durationMs: Math.round(durationMs),
    };
  }
  const [sha256, size] = await Promise.all([
    sha256File(job.output),
    Promise.resolve(statSync(job.output).size),
  ]);
  return {
    name: job.name,
    os: job.target.os,
    arch: job.target.arch,
    variant: job.target.variant,
    platform: job.target.platform,
    path: job.output,
    sha256,
    size,
    ldflags: job.ldflags.ldflags,
    injected: job.ldflags.injected,
    durationMs: Math.round(durationMs),
  };
}

export async function runBuild(
  plan: BuildPlan,
  opts: { signal?: AbortSignal; onDone?: (r: Artifact | FailedBuild) => void } = {},
): Promise<BuildReport> {
  const started = performance.now();
  const results = await mapLimit(plan.jobs, plan.parallel, async (job) => {
    const r = await runJob(plan, job, opts.signal);
    opts.onDone?.(r);
    return r;
  });
  const artifacts = results.filter((r): r is Artifact => 'sha256' in r);
  const failed = results.filter((r): r is FailedBuild => !('sha256' in r));
  const checksums = checksumsPath(
    plan.jobs.map((j) => j.output),
    plan.workingDirectory,
  );
  mkdirSync(dirname(checksums), { recursive: true });
  writeChecksums(checksums, artifacts);
  return { artifacts, failed, checksums, durationMs: performance.now() - started };
}
