/*
 * The container the listening check runs an image's entrypoint in: runc, the OCI runtime under Docker,
 * containerd and Kubernetes (on GitHub's hosted runners it ships with Docker), given a bundle written
 * here. What runc is told to build (config.json) — the isolation, in runc's words:
 *  - namespaces: user, mount, pid, network (only a loopback), ipc, uts, cgroup;
 *  - a user namespace mapping only the image's user (and container root, which nothing runs as) to one
 *    unprivileged host user: never host uid 0;
 *  - `capabilities` empty (root images keep CAP_NET_BIND_SERVICE, as a runtime's defaults give them, to
 *    bind a port below 1024 inside their own network namespace), `noNewPrivileges`;
 *  - `root.readonly`, every mount `nosuid,nodev` (proc also `noexec`), a fresh `/proc` of the pid
 *    namespace, a tmpfs `/dev` holding only runc's default devices (null, zero, full, random, urandom,
 *    tty), tmpfs `/tmp`; `maskedPaths`/`readonlyPaths` as runc's own spec template has them;
 *  - a seccomp filter refusing the calls a port check never needs (keyrings, ptrace, bpf, mount, …);
 *  - `resources.pids` and `resources.memory` where runc runs as root (cgroups), `RLIMIT_NPROC` for the
 *    sandbox's own host user where that user is ours alone;
 *  - the process's environment is only the image's `Env` (and the declared port variable).
 * The whole tree dies with the check: runc kill + delete end the pid namespace's init, and the kernel
 * kills everything else in it (a setsid double-fork included). The container's output goes to pipes of
 * ours, never to the step's own streams.
 *
 * Where runc runs (`SandboxMode`):
 *  - `root`: the step is root; runc as root, the image's user mapped to a dedicated unprivileged host user
 *    that owns the unpacked files;
 *  - `sudo`: not root, password-less `sudo -n` available (GitHub's hosted runners, where Ubuntu 24.04's
 *    AppArmor also refuses unprivileged user namespaces): runc as root, the image's user mapped to the
 *    runner's uid, which owns the unpacked files;
 *  - `rootless`: not root, no sudo, unprivileged user namespaces allowed: runc rootless, only the runner's
 *    own uid mapped (as container root: the image's other users do not exist in it; see `userSwitch`).
 * None of these → the check is skipped with a notice, unless `listening-check: unsandboxed` (no isolation).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lchownSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { pathInRoot } from './user.js';

export type SandboxMode = 'root' | 'rootless' | 'sudo' | 'unsandboxed';

const RUNC_PATHS = ['/usr/sbin/runc', '/usr/bin/runc', '/usr/local/sbin/runc', '/usr/local/bin/runc'];
const SUDO_PATHS = ['/usr/bin/sudo', '/bin/sudo'];
const sudoPath = () => SUDO_PATHS.find((p) => existsSync(p)) ?? 'sudo';
const UNSHARE = '/usr/bin/unshare';

/** How the check's process was isolated, for reports: `a runc sandbox (through sudo)`. */
export function describeSandbox(mode: SandboxMode): string {
  switch (mode) {
    case 'root':
      return 'a runc sandbox';
    case 'sudo':
      return 'a runc sandbox (through sudo)';
    case 'rootless':
      return 'a rootless runc sandbox';
    case 'unsandboxed':
      return 'no sandbox (listening-check: unsandboxed)';
  }
}

/** The first host uid/gid of goship's sandbox users when the step is root (far above any login user). */
export const SANDBOX_HOST_ID = 2_100_000_000;

export interface Availability {
  mode?: Exclude<SandboxMode, 'unsandboxed'>;
  runc?: string;
  /** Why there is no sandbox, and how to get one (for the notice). */
  reason?: string;
}

let probed: Availability | undefined;

/** runc on PATH or where distributions put it. */
function findRunc(): string | undefined {
  // GOSHIP_RUNC names the runtime where it is not on PATH (a self-hosted runner's own build of runc).
  const named = process.env.GOSHIP_RUNC;
  if (named !== undefined) return existsSync(named) ? named : undefined;
  for (const dir of (process.env.PATH ?? '').split(':').filter(Boolean)) {
    const p = join(dir, 'runc');
    if (existsSync(p)) return p;
  }
  return RUNC_PATHS.find((p) => existsSync(p));
}

const works = (file: string, args: string[]) =>
  spawnSync(file, args, { stdio: 'ignore', timeout: 5000, env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' } })
    .status === 0;

/** Which sandbox this machine allows, found once. */
export function availableSandbox(): Availability {
  if (probed) return probed;
  const runc = findRunc();
  if (!runc) {
    const named = process.env.GOSHIP_RUNC;
    probed = {
      reason:
        named !== undefined
          ? `no OCI runtime: GOSHIP_RUNC names ${named || "''"}, which does not exist`
          : 'no OCI runtime: runc is not installed (it ships with Docker on GitHub-hosted runners; on Debian/Ubuntu: apt-get install runc)',
    };
    return probed;
  }
  // Not root: runc through password-less sudo first (it can become the image's User, and gets cgroup
  // limits and the locked root mount), else rootless runc where user namespaces are allowed.
  if (process.getuid?.() === 0) probed = { mode: 'root', runc };
  else if (works(sudoPath(), ['-n', runc, '--version'])) probed = { mode: 'sudo', runc };
  else if (
    existsSync(UNSHARE) &&
    works(UNSHARE, ['--user', '--map-root-user', '--mount', '--pid', '--fork', 'true'])
  )
    probed = { mode: 'rootless', runc };
  else
    probed = {
      reason:
        'the step is not root, password-less sudo is not available to run runc as root, and unprivileged user namespaces are refused (on Ubuntu 24.04: kernel.apparmor_restrict_unprivileged_userns=1)',
    };
  return probed;
}

/** The host ids the image's process runs as, and who owns the unpacked files. */
export interface HostIds {
  uid: number;
  gid: number;
}

/** Where the image's files and process live on the host, per mode. */
export function sandboxHostIds(mode: Exclude<SandboxMode, 'unsandboxed'>): HostIds {
  if (mode === 'root') return { uid: SANDBOX_HOST_ID, gid: SANDBOX_HOST_ID };
  return { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
}

export interface ContainerSpec {
  mode: Exclude<SandboxMode, 'unsandboxed'>;
  /** The unpacked root filesystem (owned by `sandboxHostIds(mode)`). */
  rootfs: string;
  args: readonly string[];
  env: Readonly<Record<string, string>>;
  cwd: string;
  /** The user inside the container (rootless: only 0 exists). */
  uid: number;
  gid: number;
  /**
   * Whether the image's own user is root (default: uid is 0). Rootless runs a non-root image's process as
   * container root: without CAP_NET_BIND_SERVICE then, a port below 1024 fails as it fails in the cluster.
   */
  imageRoot?: boolean;
}

/** The syscalls refused (EPERM) inside the sandbox: none of them is needed to open a port. */
const REFUSED_SYSCALLS = [
  'add_key',
  'bpf',
  'clock_adjtime',
  'clock_settime',
  'delete_module',
  'finit_module',
  'fsconfig',
  'fsmount',
  'fsopen',
  'fspick',
  'init_module',
  'io_uring_enter',
  'io_uring_register',
  'io_uring_setup',
  'kcmp',
  'kexec_file_load',
  'kexec_load',
  'keyctl',
  'lookup_dcookie',
  'mount',
  'mount_setattr',
  'move_mount',
  'name_to_handle_at',
  'open_by_handle_at',
  'open_tree',
  'perf_event_open',
  'pivot_root',
  'process_vm_readv',
  'process_vm_writev',
  'ptrace',
  'quotactl',
  'reboot',
  'request_key',
  'setns',
  'settimeofday',
  'swapoff',
  'swapon',
  'syslog',
  'umount2',
  'unshare',
  'userfaultfd',
  'uselib',
  'vhangup',
];

const MASKED = [
  '/proc/acpi',
  '/proc/asound',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/sys/firmware',
];
const READONLY = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

/** The OCI runtime spec (config.json) of the check's container. */
export function containerConfig(c: ContainerSpec): Record<string, unknown> {
  const host = sandboxHostIds(c.mode);
  // Container root must be mapped (runc requires it); when the image's user is another, root maps to a
  // host id that owns nothing (root mode: the next sandbox id; sudo: one nobody uses), never to 0.
  const idMap = (inside: number, hostId: number, spare: number) =>
    inside === 0
      ? [{ containerID: 0, hostID: hostId, size: 1 }]
      : [
          { containerID: 0, hostID: spare, size: 1 },
          { containerID: inside, hostID: hostId, size: 1 },
        ];
  const spare = SANDBOX_HOST_ID + 1;
  const rootless = c.mode === 'rootless';
  const caps = c.uid === 0 && (c.imageRoot ?? true) ? ['CAP_NET_BIND_SERVICE'] : [];
  return {
    ociVersion: '1.0.2',
    process: {
      terminal: false,
      user: { uid: c.uid, gid: c.gid, additionalGids: [] },
      args: [...c.args],
      env: Object.entries(c.env).map(([k, v]) => `${k}=${v}`),
      cwd: c.cwd,
      capabilities: { bounding: caps, effective: caps, permitted: caps, inheritable: [], ambient: [] },
      rlimits: [
        { type: 'RLIMIT_NOFILE', hard: 4096, soft: 4096 },
        // Per host user: a pids limit only where that user is the sandbox's alone.
        ...(c.mode === 'root' ? [{ type: 'RLIMIT_NPROC', hard: 512, soft: 512 }] : []),
        { type: 'RLIMIT_CORE', hard: 0, soft: 0 },
      ],
      noNewPrivileges: true,
    },
    root: { path: c.rootfs, readonly: true },
    hostname: 'listening-check',
    mounts: [
      { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
      {
        destination: '/dev',
        type: 'tmpfs',
        source: 'tmpfs',
        options: ['nosuid', 'noexec', 'strictatime', 'mode=755', 'size=1m'],
      },
      {
        destination: '/dev/shm',
        type: 'tmpfs',
        source: 'shm',
        options: ['nosuid', 'noexec', 'nodev', 'mode=1777', 'size=16m'],
      },
      {
        destination: '/tmp',
        type: 'tmpfs',
        source: 'tmpfs',
        options: ['nosuid', 'nodev', 'mode=1777', 'size=64m'],
      },
    ],
    linux: {
      uidMappings: rootless ? [{ containerID: 0, hostID: host.uid, size: 1 }] : idMap(c.uid, host.uid, spare),
      gidMappings: rootless ? [{ containerID: 0, hostID: host.gid, size: 1 }] : idMap(c.gid, host.gid, spare),
      namespaces: ['pid', 'network', 'ipc', 'uts', 'mount', 'user', 'cgroup'].map((type) => ({ type })),
      maskedPaths: MASKED,
      readonlyPaths: READONLY,
      ...(rootless ? {} : { resources: { pids: { limit: 512 }, memory: { limit: 512 * 1024 ** 2 } } }),
      seccomp: {
        defaultAction: 'SCMP_ACT_ALLOW',
        architectures: [
          'SCMP_ARCH_X86_64',
          'SCMP_ARCH_X86',
          'SCMP_ARCH_X32',
          'SCMP_ARCH_AARCH64',
          'SCMP_ARCH_ARM',
        ],
        syscalls: [{ names: REFUSED_SYSCALLS, action: 'SCMP_ACT_ERRNO', errnoRet: 1 }],
      },
    },
  };
}

/** A started container: its runc process (parent of the image's processes), and how to end it. */
export interface Container {
  child: ChildProcess;
  /** Kills everything in the container and removes it (idempotent). */
  destroy(): Promise<void>;
  /** runc's own errors (not the program's output): why the container could not be made or started. */
  runtimeError(): string | undefined;
}

/**
 * runc bind-mounts `root.path` as it finds it and only adds `ro`: where runc runs as root, it runs in a
 * mount namespace of its own in which the image root is first bound onto itself `ro,nosuid,nodev` (the
 * flags carry over to runc's bind and are locked in the container's user namespace); the mount goes with
 * the namespace. The script is constant: the root and the command come as "$1" and the rest.
 */
const LOCK_ROOT_MOUNT =
  'mount --bind -- "$1" "$1" && mount -o remount,bind,ro,nosuid,nodev -- "$1" && shift && exec "$@"';

function runCommand(spec: ContainerSpec, [file, argv]: [string, string[]]): [string, string[]] {
  if (spec.mode === 'rootless') return [file, argv];
  const inner = [
    UNSHARE,
    '--mount',
    '--propagation',
    'private',
    '--',
    '/bin/sh',
    '-c',
    LOCK_ROOT_MOUNT,
    'sh',
    spec.rootfs,
  ];
  // sudo -n -- runc … → sudo -n -- unshare … runc …
  return spec.mode === 'sudo'
    ? [file, [...argv.slice(0, 2), ...inner, ...argv.slice(2)]]
    : [inner[0]!, [...inner.slice(1), file, ...argv]];
}

/**
 * The directories runc mounts over, made in the image root beforehand: runc would make them as container
 * root, a host user that owns nothing there (only the image's user is mapped to the files' owner).
 */
function makeMountpoints(spec: ContainerSpec): void {
  const owner = sandboxHostIds(spec.mode);
  for (const [dir, mode] of [
    ['proc', 0o555],
    ['dev', 0o755],
    ['tmp', 0o1777],
  ] as const) {
    if (pathInRoot(spec.rootfs, `/${dir}`) !== undefined) continue;
    const host = join(spec.rootfs, dir);
    if (lstatOrUndefined(host)) continue; // a dangling symlink: runc resolves it inside the root
    mkdirSync(host, { mode });
    chmodSync(host, mode);
    if (spec.mode === 'root') lchownSync(host, owner.uid, owner.gid);
  }
}

const lstatOrUndefined = (p: string) => {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
};

const RUNC_ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };

let sequence = 0;

/**
 * Writes the bundle under `workDir` and starts `runc run` (foreground: runc stays the parent of the
 * image's processes and exits with their exit status).
 */
export function startContainer(spec: ContainerSpec, runc: string, workDir: string): Container {
  const id = `goship-listening-${process.pid}-${++sequence}-${Date.now().toString(36)}`;
  const bundle = join(workDir, 'bundle');
  const state = join(workDir, 'state');
  const log = join(workDir, 'runc.log');
  mkdirSync(bundle, { recursive: true });
  mkdirSync(state, { recursive: true, mode: 0o700 });
  makeMountpoints(spec);
  writeFileSync(join(bundle, 'config.json'), JSON.stringify(containerConfig(spec)));
  // runc's own errors of `run` only (kill and delete of an exited container complain too, elsewhere).
  const runcArgs = (logFile: string, ...args: string[]) => [
    '--root',
    state,
    '--log',
    logFile,
    '--log-format',
    'json',
    ...args,
  ];
  const command = (logFile: string, ...args: string[]): [string, string[]] =>
    spec.mode === 'sudo'
      ? [sudoPath(), ['-n', '--', runc, ...runcArgs(logFile, ...args)]]
      : [runc, runcArgs(logFile, ...args)];
  const [file, argv] = runCommand(spec, command(log, 'run', '--bundle', bundle, id));
  const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: RUNC_ENV, detached: true });
  let destroyed: Promise<void> | undefined;
  const sync = (...args: string[]) => {
    const [f, a] = command(join(workDir, 'runc-cleanup.log'), ...args);
    spawnSync(f, a, { stdio: 'ignore', timeout: 10_000, env: RUNC_ENV });
  };
  // A runner that ends the step (timeout, cancel) ends this process: the container must not outlive it.
  const onExit = () => sync('delete', '--force', id);
  process.once('exit', onExit);
  return {
    child,
    destroy() {
      destroyed ??= (async () => {
        sync('kill', id, 'KILL');
        const exited =
          child.exitCode !== null || child.signalCode !== null
            ? Promise.resolve()
            : new Promise<void>((r) => child.once('exit', () => r()));
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000).unref())]);
        sync('delete', '--force', id);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        // Every process holding the pipes is dead now; close our ends whatever is left in them.
        child.stdout?.destroy();
        child.stderr?.destroy();
        process.removeListener('exit', onExit);
      })();
      return destroyed;
    },
    runtimeError() {
      let text: string;
      try {
        text = readFileSync(log, 'utf8');
      } catch {
        return undefined;
      }
      const errors = text
        .split('\n')
        .flatMap((line) => {
          try {
            const e = JSON.parse(line) as { level?: string; msg?: string };
            return e.level === 'error' || e.level === 'fatal' ? [e.msg ?? ''] : [];
          } catch {
            return [];
          }
        })
        .filter(Boolean);
      return errors.length > 0 ? errors.join('; ') : undefined;
    },
  };
}
