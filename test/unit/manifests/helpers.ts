import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '@goship/kit';
import { type Manifest, parseManifests } from '@goship/manifests';

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
