/*
 * The listening check: every layer can declare 8080 while the process listens elsewhere (a port
 * variable reset by a flag default, a differently named env var). So the program itself is started —
 * an image's entrypoint, unpacked, with the image's env and args — for a few seconds, and the TCP ports
 * its processes listen on are read from the kernel: /proc/<pid>/net/tcp and tcp6 list the sockets of the
 * process's network namespace, and /proc/<pid>/fd links (`socket:[inode]`) say which of them belong to
 * the process tree. A port another program holds never counts.
 *
 * Sandbox, best first (what was used is reported):
 *  - `netns`: root → `unshare --net`: a fresh network namespace with only a loopback interface (brought
 *    up with `ip` when present), so the program reaches nothing, and its port cannot clash with the host.
 *  - `userns+netns`: not root → `unshare --user --map-root-user --net`, where unprivileged user
 *    namespaces are allowed (checked here as uid 65534: works, and even binds port 80). GitHub's
 *    ubuntu-24.04 runners run steps as a non-root user with AppArmor's
 *    kernel.apparmor_restrict_unprivileged_userns=1, where `unshare` fails with "Operation not
 *    permitted" (actions/runner-images#10443), so the next mode applies there unless an earlier step
 *    runs `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`.
 *  - `tempdir`: no namespace: a fresh temporary working directory and only the given env (nothing of
 *    ours is inherited). The program shares the host's network; its port may clash with a host one.
 * In every mode the process group and every descendant found are killed afterwards, and the temp dir
 * is removed.
 *
 * The user (the image's `User`, see ./user.ts): only `netns` switches to it — the innermost `unshare`
 * chroots, then `--setgid` (which also clears the supplementary groups) and `--setuid`, as a container
 * runtime does, and `setpriv --no-new-privs` in front keeps a set-uid file of the image from regaining
 * root. `userns+netns` maps only root (`--map-root-user`: another uid does not exist in it) and `tempdir`
 * runs as whoever runs this, so both run a root User only; `userSwitch` says why not.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeUser, executeDenial, type ProcessUser } from './user.js';

export * from './user.js';

export type SandboxMode = 'netns' | 'userns+netns' | 'tempdir';

/** The uid/gid to run as; `name` only for reports. */
export type RunAs = Pick<ProcessUser, 'uid' | 'gid' | 'name'>;

export interface ListeningCheckOptions {
  /** Absolute path of the native program (the image's entrypoint, unpacked). */
  command: string;
  args?: readonly string[];
  /** The whole environment of the program (the image's Env); nothing else is inherited. */
  env?: Readonly<Record<string, string>>;
  /** Working directory (default: a fresh temporary directory, removed afterwards). */
  cwd?: string;
  /**
   * An unpacked image root filesystem: in a namespace sandbox the program runs chrooted into it
   * (`unshare --root --wd`), so `command` and `workdir` are paths inside the image, as its config states
   * them. Without a namespace (`tempdir`) no chroot is possible unprivileged: `command` and `workdir`
   * are then taken under `root` on the host.
   */
  root?: string;
  /** With `root`: the working directory inside the image (default `/`). */
  workdir?: string;
  /**
   * The user to run as (default: as whoever runs this). Anything but 0:0 needs the `netns` sandbox
   * (see `userSwitch`).
   */
  user?: RunAs;
  /** The port every other layer declares. */
  declaredPort: number;
  /** How long the program gets to start listening (default 5000 ms). */
  timeoutMs?: number;
  /** `auto` (default): the best mode available; or a mode to insist on (an error when unavailable). */
  sandbox?: 'auto' | SandboxMode;
  signal?: AbortSignal;
}

export interface ListeningSocket {
  port: number;
  /** The bound address as the kernel shows it (`0.0.0.0`, `127.0.0.1`, `::`). */
  address: string;
  family: 'tcp' | 'tcp6';
  pid: number;
}

export interface ListeningResult {
  /** The declared port is among the listening ones. */
  ok: boolean;
  /**
   * `listening`: on the declared port; `mismatch`: on other ports only; `exited`: ended before
   * listening; `not-listening`: still running at the deadline without a listening socket;
   * `cannot-start`: the user may not execute the program (permission denied: see `denied`).
   */
  outcome: 'listening' | 'mismatch' | 'exited' | 'not-listening' | 'cannot-start';
  declaredPort: number;
  /** Distinct listening ports, ascending. */
  ports: number[];
  sockets: ListeningSocket[];
  /** When outcome is `exited`. */
  exit?: { code: number | null; signal: NodeJS.Signals | null };
  /** The last 4 KiB of the program's stdout and stderr, interleaved. */
  output: string;
  sandbox: SandboxMode;
  /** The user the program ran as (in `tempdir`: this process's own). */
  user: RunAs;
  /** When outcome is `cannot-start`: which path denied which user (`user 65532:65532 cannot execute /app (mode 0700, owned by 0:0)`). */
  denied?: string;
  elapsedMs: number;
}

const UNSHARE = '/usr/bin/unshare';
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
const IP = ['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip', '/bin/ip'].find((p) => existsSync(p));
const SANDBOX_ARGS: Record<Exclude<SandboxMode, 'tempdir'>, string[]> = {
  netns: ['--net'],
  'userns+netns': ['--user', '--map-root-user', '--net'],
};

let probed: SandboxMode | undefined;

/** The best sandbox this machine allows, found once by running `unshare … true`. */
export function availableSandbox(): SandboxMode {
  if (probed) return probed;
  probed = 'tempdir';
  if (existsSync(UNSHARE)) {
    const modes: Exclude<SandboxMode, 'tempdir'>[] =
      process.getuid?.() === 0 ? ['netns', 'userns+netns'] : ['userns+netns'];
    for (const mode of modes) {
      const r = spawnSync(UNSHARE, [...SANDBOX_ARGS[mode], '--', 'true'], { stdio: 'ignore', timeout: 5000 });
      if (r.status === 0) {
        probed = mode;
        break;
      }
    }
  }
  return probed;
}

const isRoot = (u: RunAs) => u.uid === 0 && u.gid === 0;

/**
 * Whether the sandbox can run the program as `user`: undefined when it can, else why not (for a notice).
 */
export function userSwitch(mode: SandboxMode, user: RunAs): string | undefined {
  if (isRoot(user) || mode === 'netns') return undefined;
  const who = `user ${describeUser(user)}`;
  if (mode === 'userns+netns')
    return `the image runs as ${who}, and the userns+netns sandbox (not root: a user namespace with only root mapped) cannot switch to it`;
  return `the image runs as ${who}, and the tempdir sandbox (no namespace) cannot switch users: it would run as this runner's user`;
}

/** Listening sockets in a /proc/<pid>/net/tcp or tcp6 table: inode → socket (pid filled in later). */
export function parseTcpTable(
  text: string,
  family: 'tcp' | 'tcp6',
): Map<string, Omit<ListeningSocket, 'pid'>> {
  const out = new Map<string, Omit<ListeningSocket, 'pid'>>();
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10 || f[3] !== '0A') continue; // 0A: TCP_LISTEN
    const [addrHex, portHex] = f[1]!.split(':') as [string, string];
    out.set(f[9]!, { port: Number.parseInt(portHex, 16), address: decodeAddress(addrHex), family });
  }
  return out;
}

/** /proc/net/tcp addresses are the in-memory bytes of the address, printed as 32-bit words. */
function decodeAddress(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((w) => (w.match(/../g) ?? []).reverse().map((b) => Number.parseInt(b, 16)));
  if (bytes.length === 4) return bytes.join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  // The shortest form for the two addresses a server binds most (:: and ::1); the rest in full.
  const full = groups.join(':');
  return full === '0:0:0:0:0:0:0:0' ? '::' : full === '0:0:0:0:0:0:0:1' ? '::1' : full;
}

/** The process and its descendants (children of children …), from /proc/<pid>/stat. */
export function processTree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const kids = parents.get(ppid) ?? [];
    kids.push(Number(name));
    parents.set(ppid, kids);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(parents.get(pid) ?? []));
  }
  return tree;
}

function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return inodes;
  }
  for (const fd of fds) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]!);
    } catch {
      // closed meanwhile
    }
  }
  return inodes;
}

/** Listening sockets held by the process tree of `root` (all share one network namespace view). */
export function listeningSockets(root: number): ListeningSocket[] {
  const tables = new Map<string, Omit<ListeningSocket, 'pid'>>();
  for (const family of ['tcp', 'tcp6'] as const) {
    try {
      for (const [k, v] of parseTcpTable(readFileSync(`/proc/${root}/net/${family}`, 'utf8'), family))
        tables.set(k, v);
    } catch {
      // no IPv6 in this kernel, or the process is gone
    }
  }
  const out: ListeningSocket[] = [];
  for (const pid of processTree(root)) {
    for (const inode of socketInodes(pid)) {
      const s = tables.get(inode);
      if (s) out.push({ ...s, pid });
    }
  }
  return out;
}

function killTree(child: ChildProcess, tree: number[]): void {
  // The group first (spawned detached: its own group), then anything that left it (setsid, daemons).
  try {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  for (const pid of tree) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

const POLL_MS = 50;

/**
 * Starts the program in a sandbox, waits until it listens on the declared port, exits, or the
 * deadline passes, and reports the ports its process tree listens on. The process tree is always killed.
 */
export async function checkListening(o: ListeningCheckOptions): Promise<ListeningResult> {
  if (!Number.isInteger(o.declaredPort) || o.declaredPort < 1 || o.declaredPort > 65535)
    throw new RangeError(`declaredPort ${o.declaredPort} is not a TCP port (1-65535)`);
  const mode = o.sandbox === undefined || o.sandbox === 'auto' ? availableSandbox() : o.sandbox;
  if (mode !== 'tempdir' && mode !== availableSandbox())
    throw new Error(`sandbox ${mode} is not available here (${availableSandbox()} is)`);
  const user: RunAs =
    mode === 'tempdir'
      ? { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 }
      : (o.user ?? { uid: 0, gid: 0 });
  if (o.user) {
    const why = userSwitch(mode, o.user);
    if (why) throw new Error(`cannot run as ${describeUser(o.user)}: ${why}`);
  }
  const switching = mode === 'netns' && !isRoot(user);
  const timeoutMs = o.timeoutMs ?? 5000;
  const started = performance.now();
  const chrooted = o.root !== undefined && mode !== 'tempdir';
  const scratch =
    o.cwd === undefined && o.root === undefined
      ? mkdtempSync(join(tmpdir(), 'goship-listening-'))
      : undefined;
  const cwd =
    o.root !== undefined ? (chrooted ? o.root : join(o.root, o.workdir ?? '/')) : (o.cwd ?? scratch!);
  const args = [...(o.args ?? [])];
  let file = o.root !== undefined && !chrooted ? join(o.root, o.command) : o.command;
  let argv = args;
  if (mode !== 'tempdir') {
    // The program runs chrooted into the image's root, in the image's working directory (entered as
    // root, as runc does), then as the image's user: unshare sets the gid (clearing supplementary
    // groups) and the uid after the chroot, just before the exec.
    const setUser = switching ? ['--setgid', String(user.gid), '--setuid', String(user.uid)] : [];
    const program =
      chrooted || switching
        ? [
            UNSHARE,
            ...(chrooted ? [`--root=${o.root}`, `--wd=${o.workdir ?? '/'}`] : []),
            ...setUser,
            '--',
            o.command,
            ...args,
          ]
        : [o.command, ...args];
    // A fresh network namespace has its loopback down; bring it up so 127.0.0.1 binds work. The script
    // is constant: the program and its arguments are passed as "$0" "$@", never spliced into it.
    const inner = IP
      ? ['/bin/sh', '-c', `${IP} link set lo up 2>/dev/null; exec "$0" "$@"`, ...program]
      : program;
    file = UNSHARE;
    argv = [...SANDBOX_ARGS[mode], '--', ...inner];
    if (switching && SETPRIV) {
      argv = ['--no-new-privs', '--', file, ...argv];
      file = SETPRIV;
    }
  }
  const child = spawn(file, argv, {
    cwd,
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

  // No kernel event says "listen() was called"; /proc is read every 50 ms until the declared port
  // appears, the program exits, or the deadline passes (other ports keep the wait going: a metrics
  // listener often starts before the service's own).
  let sockets: ListeningSocket[] = [];
  let tree: number[] = [];
  const deadline = started + timeoutMs;
  try {
    while (exit === undefined && performance.now() < deadline && !o.signal?.aborted) {
      if (child.pid) {
        tree = processTree(child.pid);
        sockets = listeningSockets(child.pid);
        if (sockets.some((s) => s.port === o.declaredPort)) break;
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, POLL_MS))]);
    }
  } finally {
    if (child.pid) tree = [...new Set([...tree, ...safeTree(child.pid)])];
    killTree(child, tree);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    await gone(tree, 2000);
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  const ports = [...new Set(sockets.map((s) => s.port))].sort((a, b) => a - b);
  const ok = ports.includes(o.declaredPort);
  // unshare exits 126 when its exec fails (EACCES, ENOEXEC); the modes on disk say whether the user was
  // denied, and which path denied it (126 from the program itself finds no denial and stays `exited`).
  const denied =
    !ok && switching && exit?.code === 126
      ? executeDenial(chrooted ? o.root! : '/', o.command, user)
      : undefined;
  const outcome: ListeningResult['outcome'] = ok
    ? 'listening'
    : ports.length > 0
      ? 'mismatch'
      : denied
        ? 'cannot-start'
        : exit !== undefined && !wasKilledByUs(exit)
          ? 'exited'
          : 'not-listening';
  return {
    ok,
    outcome,
    declaredPort: o.declaredPort,
    ports,
    sockets,
    exit: outcome === 'exited' ? exit : undefined,
    output,
    sandbox: mode,
    user,
    ...(denied ? { denied } : {}),
    elapsedMs: performance.now() - started,
  };
}

/** A process that has exited (or is a zombie: dead, holding no sockets, waiting to be reaped). */
function isGone(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return true;
  }
}

/** Waits (briefly) until every process of the tree is dead, so that its ports are free on return. */
async function gone(pids: number[], withinMs: number): Promise<void> {
  const until = performance.now() + withinMs;
  while (pids.some((p) => !isGone(p)) && performance.now() < until)
    await new Promise((r) => setTimeout(r, 10));
}

const wasKilledByUs = (e: NonNullable<ListeningResult['exit']>) => e.signal === 'SIGKILL';

function safeTree(pid: number): number[] {
  try {
    return processTree(pid);
  } catch {
    return [];
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
  }
}
