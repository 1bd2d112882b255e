import { watch } from 'node:fs';
import { readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UserError } from '@goship/kit';

/**
 * One installer at a time per tool-cache folder (`<tool>/<semver>/<arch>`), across processes: jobs of one
 * self-hosted runner, or matrix legs sharing a cache volume. The lock is a file created with O_EXCL beside the
 * install, holding `<pid> <host>`, its mtime refreshed every few seconds while held. A lock whose process is
 * gone (killed run, same host) or that nobody refreshed for HEARTBEAT_STALE_MS (a holder in another container or
 * PID namespace that died: its pid cannot be probed from here) is broken. Whoever waited finds the
 * other's finished install and uses it instead of downloading again, and never touches a folder that a live
 * installer is writing.
 */
export interface InstallLock {
  release(): Promise<void>;
}

export interface LockOptions {
  signal?: AbortSignal;
  log?: (message: string) => void;
  /** How long to wait for a live holder before failing (default 15 minutes: a slow download of ~75 MB). */
  maxWaitMs?: number;
}

const LIVENESS_CHECK_MS = 1000;
const HEARTBEAT_MS = 5000;
/** Six missed heartbeats: the holder is gone, even if its pid cannot be checked. */
const HEARTBEAT_STALE_MS = 30_000;

export function lockPath(versionDir: string, arch: string): string {
  return join(versionDir, `.goship-lock-${arch}`);
}

export async function acquireInstallLock(
  versionDir: string,
  arch: string,
  opts: LockOptions = {},
): Promise<InstallLock> {
  const path = lockPath(versionDir, arch);
  const me = `${process.pid} ${hostname()}`;
  const deadline = performance.now() + (opts.maxWaitMs ?? 15 * 60_000);
  let announced = false;
  for (;;) {
    opts.signal?.throwIfAborted();
    try {
      await writeFile(path, me, { flag: 'wx' });
      const heartbeat = setInterval(() => {
        const now = new Date();
        utimes(path, now, now).catch(() => {});
      }, HEARTBEAT_MS);
      heartbeat.unref();
      return {
        release: async () => {
          clearInterval(heartbeat);
          await rm(path, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = await readHolder(path);
    if (holder === 'gone') continue;
    if ((holder !== 'starting' && !holderAlive(holder)) || (await lastBeatAgo(path)) > HEARTBEAT_STALE_MS) {
      // Only one breaker wins the rename; the others find the lock gone or retaken and go round again.
      const aside = `${path}.stale-${process.pid}-${Date.now()}`;
      if (
        await rename(path, aside).then(
          () => true,
          () => false,
        )
      )
        await rm(aside, { force: true });
      continue;
    }
    if (performance.now() > deadline) {
      throw new UserError(
        `Another installer (${holder === 'starting' ? 'just starting' : `pid ${holder.pid} on ${holder.host}`}) has held ${path} for too long`,
        {
          hint: 'If no job is installing this Go version any more, delete the lock file and run again.',
        },
      );
    }
    if (!announced && holder !== 'starting') {
      opts.log?.(`Waiting for process ${holder.pid}, which is installing this Go into ${versionDir}`);
      announced = true;
    }
    await changeIn(versionDir, LIVENESS_CHECK_MS, opts.signal);
  }
}

type Holder = { pid: number; host: string } | 'starting' | 'gone';

async function readHolder(path: string): Promise<Holder> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return 'gone';
  }
  const m = /^(\d+) (.*)$/.exec(text.trim());
  // Created but not yet written (O_EXCL create and the write are two steps): its owner is alive.
  return m ? { pid: Number(m[1]), host: m[2]! } : 'starting';
}

/** Milliseconds since the holder last refreshed the lock (0 when it is gone: the loop retries at once). */
async function lastBeatAgo(path: string): Promise<number> {
  try {
    return Date.now() - (await stat(path)).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * A holder on another host (a shared volume) cannot be probed: it counts as alive while it keeps its heartbeat.
 * On this host, signal 0 tells whether the process exists.
 */
function holderAlive(holder: { pid: number; host: string }): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Resolves when something changes in `dir` (the lock released, the marker written), or after `timeoutMs` to
 * check that the holder still lives (a killed holder changes nothing), or when `signal` aborts.
 */
function changeIn(dir: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const watcher = watch(dir, () => finish());
    const timer = setTimeout(() => finish(), timeoutMs);
    const onAbort = () => finish(signal?.reason ?? new Error('aborted'));
    signal?.addEventListener('abort', onAbort, { once: true });
    watcher.on('error', () => finish());
    function finish(err?: unknown) {
      watcher.close();
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve();
    }
  });
}
