import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '@goship/kit';
import { type Manifest, parseManifests } from '../../../packages/manifests/src/index.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixtures = join(repoRoot, 'test/fixtures');
export const seed = (f: string) => join(fixtures, 'seed', f);

/** The UserError a call throws (sync or async); fails the test when it throws nothing or something else. */
export async function rejection(fn: () => unknown): Promise<UserError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

export function thrown(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

/** Parses fixture files as the files source does, displayed relative to test/fixtures. */
export function loadFixtures(...files: string[]): Manifest[] {
  return files.flatMap((f) =>
    parseManifests(readFileSync(join(fixtures, f), 'utf8'), { file: f, via: 'files', linesAreInFile: true }),
  );
}

/** Every error, flattening aggregates, as [message, file, line]. */
export function problems(e: UserError): [string, string | undefined, number | undefined][] {
  return (e.related.length ? e.related : [e]).map((r) => [r.message, r.location?.file, r.location?.line]);
}

const cacheRoot = () => process.env.GOSHIP_CACHE || join(process.env.HOME ?? '/root', '.cache/goship');

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * A real tool for the tests, found on PATH or in the shared cache, else built from the Go module proxy
 * into the cache (first run only; helm v3 takes about two minutes here). Throws when it cannot be had,
 * so no test silently skips.
 */
export function ensureGoTool(name: string, module: string, version: string): string {
  const found = onPath(name);
  if (found) return found;
  const bin = join(cacheRoot(), `${name}-${version}`, 'bin');
  const cached = join(bin, name);
  if (existsSync(cached)) return cached;
  mkdirSync(bin, { recursive: true });
  execFileSync('go', ['install', '-trimpath', '-ldflags=-s -w', `${module}@${version}`], {
    env: { ...process.env, GOBIN: bin, CGO_ENABLED: '0', GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod' },
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 900_000,
  });
  return cached;
}

export const ensureHelm = () => ensureGoTool('helm', 'helm.sh/helm/v3/cmd/helm', 'v3.22.0');

/** kubectl (for `kubectl kustomize`): KUBECTL from the cluster infra, PATH, else standalone kustomize built from the proxy. */
export function ensureKustomizeTool(): string {
  if (process.env.KUBECTL && existsSync(process.env.KUBECTL)) return process.env.KUBECTL;
  return onPath('kubectl') ?? ensureGoTool('kustomize', 'sigs.k8s.io/kustomize/kustomize/v5', 'v5.7.1');
}
