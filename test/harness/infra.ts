/*
 * The infra contract (docs/ARCHITECTURE.md "Test infrastructure"): test/infra/<piece>/up prints KEY=VALUE lines and exits once ready;
 * down stops what up started. Global setup starts the pieces once per test run and exports their
 * variables to the workers through process.env.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { parseEnvLines } from './env-lines';

export type InfraPiece = 'go-mirror' | 'registry' | 'cluster' | 'otel';

/*
 * Jest loads global setup as CommonJS (no import.meta), so the repository root is found from the working
 * directory rather than from this file's URL.
 */
function findRepoRoot(start = process.cwd()): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'test/infra')) && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`not inside the goship repository: ${start}`);
  }
}
const repoRoot = findRepoRoot();

const stateRoot = () => process.env.GOSHIP_STATE ?? '/tmp/goship-infra';

/** True when `up` of this piece has left processes running (its state dir holds a live pid file). */
export function infraRunning(piece: InfraPiece): boolean {
  const dir = join(stateRoot(), piece);
  if (!existsSync(dir)) return false;
  return readdirSync(dir)
    .filter((f) => f === 'pid' || f.endsWith('.pid'))
    .some((f) => {
      const pid = Number(readFileSync(join(dir, f), 'utf8').trim().split(/\s+/)[0]);
      try {
        return pid > 0 && process.kill(pid, 0);
      } catch {
        return false;
      }
    });
}

export async function infraUp(piece: InfraPiece): Promise<Record<string, string>> {
  const script = join(repoRoot, 'test/infra', piece, 'up');
  if (!existsSync(script)) return {};
  const child = promisify(execFile)(script, [], { encoding: 'utf8', timeout: 3_600_000, maxBuffer: 1 << 20 });
  child.child.stderr?.pipe(process.stderr);
  const { stdout: out } = await child;
  // Read as bash reads it when sourced (scripts/example.sh), so both see the same values.
  return parseEnvLines(out, `test/infra/${piece}/up`);
}

export function infraDown(piece: InfraPiece): void {
  const script = join(repoRoot, 'test/infra', piece, 'down');
  if (existsSync(script)) execFileSync(script, [], { stdio: 'inherit', timeout: 120_000 });
}

/** Skips nothing silently: a suite that needs a piece fails loudly when it is not up. */
export function requireEnv(...names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = process.env[n];
    if (!v)
      throw new Error(`${n} is not set: the e2e global setup did not start the infra piece that provides it`);
    out[n] = v;
  }
  return out;
}
