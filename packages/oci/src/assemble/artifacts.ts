/*
 * The binaries assemble puts in the images (go-build-ldflags' artifacts): which one goes into which
 * platform image, the check that each is the file that was built, and the entrypoint name it gets.
 */

import { existsSync, statSync } from 'node:fs';
import type { BuildArtifact } from '@goship/contract';
import { UserError } from '@goship/kit';
import { byPlatformName, formatPlatform, type Platform, samePlatform, sha256File } from '../media.js';

/** One entry of go-build-ldflags' `artifacts` output. */
/** A binary to put in the image: go-build-ldflags' artifacts output (the contract's BuildArtifact). */
export type Artifact = BuildArtifact;

/**
 * Which binary goes into which platform image. No platforms → every linux artifact. A platform without a
 * binary is an error naming what the artifacts do contain.
 */
export function selectArtifacts(
  platforms: Platform[],
  artifacts: Artifact[],
): { platform: Platform; artifact: Artifact }[] {
  const artifactPlatform = (a: Artifact): Platform => ({
    os: a.os,
    architecture: a.arch,
    ...(a.variant ? { variant: a.variant } : {}),
  });
  // The index follows byPlatformName (as a merge of the same images does), not the order the platforms or
  // targets happened to be listed in: the same binaries give the same index bytes however they were listed.
  const wanted = (
    platforms.length > 0 ? platforms : artifacts.filter((a) => a.os === 'linux').map(artifactPlatform)
  )
    .map((platform) => ({ platform }))
    .sort(byPlatformName)
    .map((p) => p.platform);
  if (wanted.length === 0) {
    throw new UserError(
      `Input 'artifacts' has no linux binary (it has: ${artifacts.map((a) => formatPlatform(artifactPlatform(a))).join(', ') || 'nothing'}).`,
      {
        hint: 'Build at least one linux/<arch> target with go-build-ldflags.',
      },
    );
  }
  const missing: string[] = [];
  const out = wanted.map((platform) => {
    const artifact = artifacts.find((a) => samePlatform(artifactPlatform(a), platform));
    if (!artifact) missing.push(formatPlatform(platform));
    return { platform, artifact: artifact! };
  });
  if (missing.length > 0) {
    throw new UserError(
      `Input 'platforms': no binary for ${missing.join(', ')} in 'artifacts' (it has: ${artifacts.map((a) => formatPlatform(artifactPlatform(a))).join(', ')}).`,
      { hint: 'Add these targets to go-build-ldflags, or remove them from platforms.' },
    );
  }
  return out;
}

/** The binary as a file-backed layer entry source, after its sha256 is checked (streamed, never in memory). */
export async function checkArtifact(a: Artifact): Promise<{ path: string; size: number }> {
  if (!existsSync(a.path)) {
    throw new UserError(`Input 'artifacts': binary ${a.path} (${a.os}/${a.arch}) does not exist.`, {
      hint: 'Run go-build-ldflags in the same job before this step, and pass its artifacts output unchanged.',
    });
  }
  const size = statSync(a.path).size;
  if (a.sha256) {
    const actual = (await sha256File(a.path)).slice('sha256:'.length);
    if (actual !== a.sha256.replace(/^sha256:/, '')) {
      throw new UserError(
        `Input 'artifacts': ${a.path} has sha256 ${actual}, but the artifacts list says ${a.sha256}; the file changed after it was built.`,
      );
    }
  }
  return { path: a.path, size };
}

export function entrypointName(a: Artifact): string {
  return a.name.replace(/\.exe$/, '').replace(/[^A-Za-z0-9._-]/g, '-') || 'app';
}
