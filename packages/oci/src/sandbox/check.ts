/*
 * The listening check proper: every layer can declare 8080 while the process listens elsewhere (a port
 * variable reset by a flag default, a differently named env var). So the image's own entrypoint is started,
 * in the container of ./runtime.ts, for a few seconds, and the TCP ports its processes listen on are read
 * from the kernel (./sockets.ts). Whether the image's user may execute the program is decided before
 * anything starts, from the owners and modes the layers state (./user.ts `executeDenial`).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type ListenFailure, parseListenFailure } from './listen-error.js';
import { type Availability, type Container, type SandboxMode, startContainer } from './runtime.js';
import { containerSockets, type ListeningSocket, listeningSockets, processTree } from './sockets.js';
import type { FileTable } from './unpack.js';
import { describeUser, executeDenial, type ProcessUser, pathInRoot } from './user.js';

/** The uid/gid to run as; `name` only for reports. */
export type RunAs = Pick<ProcessUser, 'uid' | 'gid' | 'name'>;

export interface ListeningCheckOptions {
  /** The unpacked image root (see ./unpack.ts), owned by the sandbox's host user. */
  root: string;
  /** The owners and modes the image's layers state. */
  files: FileTable;
  /** The program, as a path inside the image (resolved from Entrypoint/Cmd and PATH). */
  command: string;
  args?: readonly string[];
  /** The whole environment of the program (the image's Env); nothing else is inherited. */
  env?: Readonly<Record<string, string>>;
  /** The working directory inside the image (default `/`); it exists (the unpacker made it). */
  workdir?: string;
  /** The image's user. */
  user: RunAs;
  /** The port every other layer declares. */
  declaredPort: number;
  /** How long the program gets to start listening (default 5000 ms). */
  timeoutMs?: number;
  /** The sandbox (availableSandbox()), or `unsandboxed`: the program runs as this process's user, unisolated. */
  sandbox: Availability | 'unsandboxed';
  /** Scratch space for the bundle and runc's state (the caller removes it). */
  workDir: string;
  signal?: AbortSignal;
}

export interface ListeningResult {
  /** The declared port is among the listening ones. */
  ok: boolean;
  /**
   * `listening`: on the declared port; `mismatch`: on other ports only; `exited`: ended before
   * listening; `not-listening`: still running at the deadline without a listening socket;
   * `cannot-start`: the user may not execute the program (see `denied`); `listen-failed`: still running,
   * but it reported that it could not open a port (see `listenFailure`).
   */
  outcome: 'listening' | 'mismatch' | 'exited' | 'not-listening' | 'cannot-start' | 'listen-failed';
  declaredPort: number;
  /** Distinct listening ports, ascending. */
  ports: number[];
  sockets: ListeningSocket[];
  /** When outcome is `exited`. */
  exit?: { code: number | null; signal: NodeJS.Signals | null };
  /** The last 4 KiB of the program's stdout and stderr, interleaved. */
  output: string;
  sandbox: SandboxMode;
  /** The user the program ran as, inside the sandbox. */
  user: RunAs;
  /** The listen failure the output reports (the port the process tried and the kernel's reason), if any. */
  listenFailure?: ListenFailure;
  /** When outcome is `cannot-start`: which path denied which user. */
  denied?: string;
  elapsedMs: number;
}

/** Whether the sandbox can run the program as `user`: undefined when it can, else why not (for a notice). */
export function userSwitch(sandbox: Availability | 'unsandboxed', user: RunAs): string | undefined {
  if (user.uid === 0 && user.gid === 0) return undefined;
  const who = `user ${describeUser(user)}`;
  if (sandbox === 'unsandboxed')
    return `the image runs as ${who}, and an unsandboxed check runs as this runner's user`;
  if (sandbox.mode === 'rootless')
    return `the image runs as ${who}, and a rootless sandbox (a user namespace mapping only the runner's uid) has no other user`;
  return undefined;
}

const POLL_MS = 50;
/** After the output reports a failed listen, how long the declared port still gets (another listener may have failed). */
const AFTER_FAILURE_MS = 500;

/**
 * Starts the program, waits until it listens on the declared port, exits, or the deadline passes, and
 * reports the ports its process tree listens on. Everything it started is killed before this returns.
 */
export async function checkListening(o: ListeningCheckOptions): Promise<ListeningResult> {
  if (!Number.isInteger(o.declaredPort) || o.declaredPort < 1 || o.declaredPort > 65535)
    throw new RangeError(`declaredPort ${o.declaredPort} is not a TCP port (1-65535)`);
  const started = performance.now();
  const mode: SandboxMode = o.sandbox === 'unsandboxed' ? 'unsandboxed' : o.sandbox.mode!;
  const switching = userSwitch(o.sandbox, o.user) === undefined;
  const user: RunAs = switching
    ? o.user
    : mode === 'unsandboxed'
      ? { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 }
      : { uid: 0, gid: 0 };
  const base = { declaredPort: o.declaredPort, sandbox: mode, user, ports: [] as number[], sockets: [] };
  const denied = switching ? executeDenial(o.root, o.command, o.user, o.files) : undefined;
  if (denied)
    return {
      ...base,
      ok: false,
      outcome: 'cannot-start',
      output: '',
      denied,
      elapsedMs: performance.now() - started,
    };

  const workdir = o.workdir || '/';
  const container: Container | undefined =
    o.sandbox === 'unsandboxed'
      ? undefined
      : startContainer(
          {
            mode: o.sandbox.mode!,
            rootfs: o.root,
            args: [o.command, ...(o.args ?? [])],
            env: o.env ?? {},
            cwd: workdir,
            uid: user.uid,
            gid: user.gid,
            imageRoot: o.user.uid === 0,
          },
          o.sandbox.runc!,
          o.workDir,
        );
  const child =
    container?.child ??
    spawn(pathInRoot(o.root, o.command) ?? join(o.root, o.command), [...(o.args ?? [])], {
      cwd: pathInRoot(o.root, workdir) ?? o.root,
      env: { ...(o.env ?? {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
  let output = '';
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-4096);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exit: ListeningResult['exit'];
  const exited = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      resolve();
    });
    child.on('error', (err) => {
      output += `\n${err.message}`;
      exit = { code: null, signal: null };
      resolve();
    });
  });

  let sockets: ListeningSocket[] = [];
  const deadline = started + (o.timeoutMs ?? 5000);
  let exitedByItself = false;
  // A process that reports a failed listen and lingers (a graceful shutdown, other goroutines) has failed
  // as surely as one that exits: it is not waited for until the deadline.
  let failedAt: number | undefined;
  try {
    while (exit === undefined && performance.now() < deadline && !o.signal?.aborted) {
      if (child.pid) {
        sockets = container ? containerSockets(child.pid) : listeningSockets(child.pid);
        if (sockets.some((s) => s.port === o.declaredPort)) break;
      }
      if (failedAt === undefined && parseListenFailure(output)) failedAt = performance.now();
      if (failedAt !== undefined && performance.now() - failedAt > AFTER_FAILURE_MS) break;
      await Promise.race([exited, new Promise((r) => setTimeout(r, POLL_MS))]);
    }
    exitedByItself = exit !== undefined;
  } finally {
    if (container) await container.destroy();
    else killUnsandboxed(child.pid);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000).unref())]);
  }
  // runc's own failure (it could not make the container) is not the program's: the caller skips the check.
  const runtimeError = container?.runtimeError();
  if (runtimeError && !/exec/.test(runtimeError) && exit?.code !== 0 && sockets.length === 0)
    throw new SandboxUnavailable(runtimeError);
  if (runtimeError) output = `${output}${output ? '\n' : ''}${runtimeError}`;
  const ports = [...new Set(sockets.map((s) => s.port))].sort((a, b) => a - b);
  const ok = ports.includes(o.declaredPort);
  const listenFailure = ok ? undefined : parseListenFailure(output);
  const outcome: ListeningResult['outcome'] = ok
    ? 'listening'
    : ports.length > 0
      ? 'mismatch'
      : exitedByItself
        ? 'exited'
        : listenFailure
          ? 'listen-failed'
          : 'not-listening';
  return {
    ...base,
    ok,
    outcome,
    ports,
    sockets,
    exit: outcome === 'exited' ? exit : undefined,
    listenFailure,
    output,
    elapsedMs: performance.now() - started,
  };
}

/** runc could not build the container here (a kernel or a policy refused it). */
export class SandboxUnavailable extends Error {
  constructor(readonly runtimeError: string) {
    super(`runc could not start the sandbox: ${runtimeError}`);
    this.name = 'SandboxUnavailable';
  }
}

/** Unsandboxed: the process group, then every descendant still found (the user asked for no isolation). */
function killUnsandboxed(pid: number | undefined): void {
  if (!pid) return;
  let tree: number[] = [];
  try {
    tree = processTree(pid);
  } catch {
    // gone
  }
  for (const p of [-pid, ...tree]) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** One line for a report: `listens on 9090, not the declared 8080`. */
export function describeListening(r: ListeningResult): string {
  switch (r.outcome) {
    case 'listening':
      return `listens on ${r.declaredPort} as declared`;
    case 'mismatch':
      return `listens on ${r.ports.join(', ')}, not on the declared ${r.declaredPort}`;
    case 'exited':
      return `exited (${r.exit?.signal ?? `code ${r.exit?.code}`}) before listening on the declared ${r.declaredPort}`;
    case 'not-listening':
      return `did not listen on any TCP port within ${Math.round(r.elapsedMs)} ms (declared ${r.declaredPort})`;
    case 'cannot-start':
      return `could not start: permission denied: ${r.denied}`;
    case 'listen-failed':
      return `could not listen on ${r.listenFailure?.address ?? 'its port'} (${r.listenFailure?.reason ?? 'see its output'}) and never listened on the declared ${r.declaredPort}`;
  }
}
