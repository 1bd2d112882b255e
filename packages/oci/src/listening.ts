/*
 * The listening check of an image, before it is pushed: the native-architecture image's layers are
 * unpacked into a throwaway root without writing outside it (./sandbox/unpack.ts), its entrypoint is
 * started with the image's own Env, Entrypoint, Cmd, WorkingDir and User in a runc container with every
 * namespace and no capabilities (./sandbox/runtime.ts), and the TCP port its process listens on is compared
 * with the port the image declares. Every layer can say 8080 while the process listens elsewhere (a port
 * variable reset by a flag default, a differently named env var): only starting it proves the port. A
 * binary the image's user may not execute fails the check the way the pod would fail to start. Where no
 * sandbox can be made, the check is skipped with a notice: image code never runs unisolated unless the
 * input says `unsandboxed`.
 */

import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { lchown, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { expandArgs, PORT_ENV, portInEnv } from '@goship/contract';
import { UserError } from '@goship/kit';
import { hostPlatform } from './dockerfile/build.js';
import type { ImageConfig, ImageIndex, ImageManifest } from './image.js';
import { formatPlatform, INDEX_TYPES, type Platform, parsePlatform } from './media.js';
import {
  availableSandbox,
  cannotServe,
  checkListening,
  describeListening,
  describeSandbox,
  describeUser,
  imagePath,
  imageUserFiles,
  type ListeningResult,
  pathInRoot,
  type RunAs,
  resolveUser,
  type SandboxMode,
  SandboxUnavailable,
  sandboxHostIds,
  sanitizeOutput,
  unpackLayers,
  userSwitch,
} from './sandbox/index.js';

/**
 * The `listening-check` input: auto (when a sandbox can be made, else a notice), true (fail when it cannot
 * run), false (off), unsandboxed (run the image's code on the runner without isolation: dangerous).
 */
export type ListeningCheckSetting = 'auto' | 'true' | 'false' | 'unsandboxed';

export interface ImageListening {
  /** passed: the process listens on the declared port; skipped/off: not run; inconclusive: it ran, but never listened. */
  status: 'passed' | 'skipped' | 'off' | 'inconclusive';
  platform?: string;
  declaredPort?: number;
  /** Where the declared port comes from: `ENV PORT`, `EXPOSE 8080/tcp`, `input port`. */
  declaredBy?: string[];
  /** The port the process listens on (the declared one when it is among them). */
  port?: number;
  ports?: number[];
  sandbox?: SandboxMode;
  /** How the process was isolated, for reports: `a runc sandbox`, `a rootless runc sandbox`, … */
  isolation?: string;
  /** The user the process ran as: `65532:65532`, `nonroot (65532:65532)` (the image's User, resolved). */
  user?: string;
  /** The command as the image states it (Entrypoint + Cmd). */
  command?: string[];
  reason?: string;
}

/** One platform image, ready to unpack: its config and its layer files (tar, gzip or zstd), bottom first. */
export interface ImageUnderTest {
  platform: string;
  config: ImageConfig;
  layers: string[];
}

export interface ImageListeningOptions {
  setting: ListeningCheckSetting;
  /** The `port` input. */
  inputPort?: number;
  /** The variable the service reads its port from (port-env; PORT by default). */
  portEnv?: string;
  /** The container args the deployment passes (they replace Cmd, `$(NAME)` expanded as the kubelet does). */
  args?: string[];
  /** Scratch space for the unpacked root (removed afterwards). */
  tempDir: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  log: (message: string) => void;
  notice: (message: string) => void;
}

/** The platform this machine runs natively (the one a builder targets by default). */
export function nativePlatform(): Platform {
  return parsePlatform(hostPlatform())!;
}

export const isNative = (p: Platform): boolean =>
  p.os === 'linux' && p.architecture === nativePlatform().architecture;

const ORDER = ['ENV', 'EXPOSE', 'input'];

/**
 * The port an image declares: its ENV PORT (or port-env's variable), else the port input, else its one TCP ExposedPort. Every
 * place that states it is named; an ENV PORT and a port input that differ, or exposed ports that do not
 * include it, are returned as conflicts.
 */
export function declaredPort(
  config: ImageConfig,
  inputPort?: number,
  portEnv: string = PORT_ENV,
): { port?: number; by: string[]; conflicts: string[] } {
  const places: { where: string; port: number }[] = [];
  const envPort = portInEnv(config.config.Env ?? [], portEnv);
  if (envPort !== undefined && /^\d+$/.test(envPort))
    places.push({ where: `ENV ${portEnv}`, port: Number(envPort) });
  if (inputPort !== undefined) places.push({ where: 'input port', port: inputPort });
  const exposed = Object.keys(config.config.ExposedPorts ?? {}).flatMap((key) => {
    const m = /^(\d+)(?:\/tcp)?$/.exec(key);
    return m ? [{ where: `EXPOSE ${key}`, port: Number(m[1]) }] : [];
  });
  const port = places[0]?.port ?? (exposed.length === 1 ? exposed[0]!.port : undefined);
  // Besides the application's port an image may expose others (metrics, a base image's); the
  // application's must be among them when any is exposed.
  const exposedMatch = exposed.filter((e) => e.port === port);
  const by = [...places, ...exposedMatch]
    .filter((p) => p.port === port)
    .map((p) => p.where)
    .sort((a, b) => ORDER.indexOf(a.split(' ')[0]!) - ORDER.indexOf(b.split(' ')[0]!));
  const conflicts = places.filter((p) => p.port !== port).map((p) => `${p.where} says ${p.port}`);
  if (exposed.length > 0 && exposedMatch.length === 0)
    conflicts.push(`the image exposes only ${exposed.map((e) => e.where.slice(7)).join(', ')}`);
  return { port, by, conflicts };
}

/** A check that cannot run: a notice (auto), or an error when the input insists (true). */
export function skipListening(setting: ListeningCheckSetting, reason: string, notice: (m: string) => void) {
  if (setting === 'false') return { status: 'off' as const, reason: 'listening-check: false' };
  if (setting === 'true')
    throw new UserError(`Input 'listening-check': is true, but the listening check cannot run: ${reason}.`, {
      hint: 'Use listening-check: auto to skip it with a notice where it cannot run, or change what the reason names.',
    });
  notice(`Listening check skipped: ${reason}.`);
  return { status: 'skipped' as const, reason };
}

/** The native platform's image among several (undefined when there is none). */
export function pickNative<T extends { platform: string }>(images: T[]): T | undefined {
  const native = formatPlatform(nativePlatform());
  return images.find((i) => i.platform === native || i.platform.startsWith(`${native}/`));
}

/**
 * The program the image starts: Entrypoint + Cmd (or + `args`, as a Deployment's args replace Cmd, with
 * `$(NAME)` taken from the image's Env), the first resolved with the image's PATH inside `root`.
 */
export function imageCommand(
  config: ImageConfig,
  root: string,
  args?: readonly string[],
): { argv: string[]; program?: string } {
  const env = envRecord(config);
  const argv = [
    ...(config.config.Entrypoint ?? []),
    ...(args && args.length > 0 ? args.map((a) => expandArgs(a, env)) : (config.config.Cmd ?? [])),
  ];
  const first = argv[0];
  if (!first) return { argv };
  if (first.includes('/')) return { argv, program: posix.resolve(config.config.WorkingDir || '/', first) };
  const path = (config.config.Env ?? []).find((e) => e.startsWith('PATH='))?.slice(5) ?? '';
  for (const dir of path.split(':').filter(Boolean)) {
    const candidate = posix.join(dir, first);
    if (pathInRoot(root, candidate) !== undefined) return { argv, program: candidate };
  }
  return { argv };
}

function envRecord(config: ImageConfig): Record<string, string> {
  const env: Record<string, string> = {};
  for (const e of config.config.Env ?? []) {
    const eq = e.indexOf('=');
    env[eq < 0 ? e : e.slice(0, eq)] = eq < 0 ? '' : e.slice(eq + 1);
  }
  return env;
}

/** The sandbox the check runs in, or why there is none (`unsandboxed`: the user asked for none). */
function sandboxFor(setting: ListeningCheckSetting) {
  if (setting === 'unsandboxed') return { sandbox: 'unsandboxed' as const };
  const available = availableSandbox();
  return available.mode ? { sandbox: available } : { why: available.reason! };
}

const NO_SANDBOX_HINT =
  'To enable it: run the step as root, allow unprivileged user namespaces (sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0 on Ubuntu 24.04), or give the runner password-less sudo and runc; listening-check: false turns it off';

/**
 * Runs the check on one image. Throws (before anything is pushed) when the process listens on other
 * ports than the declared one, exits before listening, or may not be executed by the image's user, naming
 * what was seen; returns what was observed otherwise.
 */
export async function checkImageListening(
  image: ImageUnderTest,
  o: ImageListeningOptions,
): Promise<ImageListening> {
  const portEnv = o.portEnv ?? PORT_ENV;
  const declared = declaredPort(image.config, o.inputPort, portEnv);
  if (declared.port === undefined)
    return skipListening(
      o.setting,
      `the ${image.platform} image declares no port (no ENV ${portEnv}, no EXPOSE, no port input)`,
      o.notice,
    );
  if (declared.conflicts.length > 0)
    throw new UserError(
      `The image declares port ${declared.port} (${declared.by.join(', ')}), but ${declared.conflicts.join(', ')}.`,
      { hint: `Make the port input, ENV ${portEnv} and EXPOSE of the Dockerfile state one port.` },
    );
  const chosen = sandboxFor(o.setting);
  if (!chosen.sandbox)
    return skipListening(
      o.setting,
      `no sandbox can be made on this runner: ${chosen.why}. ${NO_SANDBOX_HINT}`,
      o.notice,
    );
  const sandbox = chosen.sandbox;
  if (sandbox === 'unsandboxed')
    o.notice(
      "Listening check: listening-check: unsandboxed runs the image's entrypoint on this runner without isolation: it can read this step's environment and files.",
    );
  const work = mkdtempSync(join(searchableDir(o.tempDir), 'check-'));
  const root = join(work, 'rootfs');
  try {
    // The image's `/` as a runtime makes it (mkdtemp gives 0700: no other user could enter it); the
    // sandbox's host user must reach it through `work`.
    mkdirSync(root, { mode: 0o755 });
    chmodSync(work, 0o711);
    const owner = sandbox !== 'unsandboxed' && sandbox.mode === 'root' ? sandboxHostIds('root') : undefined;
    const unpacked = await unpackLayers(image.layers, root, { owner, signal: o.signal });
    if (unpacked.dropped.length > 0)
      o.log(
        `listening check: ${unpacked.dropped.length} device node(s)/FIFO(s) of the image not created (${unpacked.dropped.slice(0, 5).join(', ')}); the sandbox has its own /dev`,
      );
    const user = resolveUser(
      image.config.config.User ?? '',
      imageUserFiles(root),
      `the ${image.platform} image`,
    );
    // Where the sandbox cannot become the image's user (rootless), the port is still worth proving: the
    // process runs as the sandbox's root, and the notice says what that leaves unchecked.
    const cannotSwitch = userSwitch(sandbox, user);
    if (cannotSwitch)
      o.notice(
        `Listening check: ${cannotSwitch}; it runs as the sandbox's user instead: the port is checked, whether user ${describeUser(user)} may run the program is not.`,
      );
    const { argv, program } = imageCommand(image.config, root, o.args);
    if (!program)
      return skipListening(
        o.setting === 'unsandboxed' ? 'auto' : o.setting,
        argv.length === 0
          ? `the ${image.platform} image has no Entrypoint or Cmd`
          : `the ${image.platform} image's entrypoint ${argv[0]} is not in its root filesystem`,
        o.notice,
      );
    // The working directory is made inside the root (symlinks followed there), never on the host.
    const workdir = imagePath(image.config.config.WorkingDir || '/');
    await makeWorkdir(root, workdir, owner);
    let r: ListeningResult;
    try {
      r = await checkListening({
        root,
        files: unpacked.files,
        command: program,
        args: argv.slice(1),
        env: envRecord(image.config),
        workdir,
        user,
        declaredPort: declared.port,
        timeoutMs: o.timeoutMs,
        sandbox,
        workDir: work,
        signal: o.signal,
      });
    } catch (err) {
      if (!(err instanceof SandboxUnavailable)) throw err;
      return skipListening(
        o.setting === 'unsandboxed' ? 'auto' : o.setting,
        `${err.message}. ${NO_SANDBOX_HINT}`,
        o.notice,
      );
    }
    return verdict(image, o, declared, argv, r, user);
  } finally {
    try {
      rmSync(work, { recursive: true, force: true });
    } catch (err) {
      // runc as root (sudo) may leave a file of root's if its own clean-up failed: say so, do not fail.
      o.log(`listening check: could not remove ${work}: ${(err as Error).message}`);
    }
  }
}

/**
 * `preferred` (created), when the sandbox's host user can reach it (every ancestor searchable by others:
 * that user is no one's), else the machine's temporary directory.
 */
function searchableDir(preferred: string): string {
  mkdirSync(preferred, { recursive: true });
  for (let dir = resolve(preferred); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return tmpdir();
    if (dir === dirname(dir)) return preferred;
  }
}

/** WorkingDir inside the unpacked root: created through resolveDir's rules (a symlink stays inside). */
async function makeWorkdir(root: string, workdir: string, owner?: { uid: number; gid: number }) {
  let at = '/';
  for (const part of workdir.split('/').filter(Boolean)) {
    const next = posix.join(at, part);
    if (pathInRoot(root, next) === undefined) {
      const parent = pathInRoot(root, at);
      if (parent === undefined) return;
      const host = join(parent, part);
      await mkdir(host, { mode: 0o755 });
      if (owner) await lchown(host, owner.uid, owner.gid);
    }
    at = next;
  }
}

function verdict(
  image: ImageUnderTest,
  o: ImageListeningOptions,
  declared: { port?: number; by: string[] },
  argv: string[],
  r: ListeningResult,
  imageUser: RunAs,
): ImageListening {
  const base = {
    platform: image.platform,
    declaredPort: declared.port,
    declaredBy: declared.by,
    ports: r.ports,
    sandbox: r.sandbox,
    isolation: describeSandbox(r.sandbox),
    user: describeUser(r.user),
    command: argv,
  };
  const where = `${image.platform}, \`${argv.join(' ')}\` as ${base.user} in ${base.isolation}`;
  o.log(`listening check (${where}): ${describeListening(r)}`);
  if (r.outcome === 'listening') return { ...base, status: 'passed', port: declared.port };
  if (r.outcome === 'cannot-start')
    throw new UserError(
      `The image's process cannot start: ${r.denied} (${where}): permission denied, as it would be in the cluster. Nothing was pushed.`,
      {
        hint: `Make the program executable by the image's User ${image.config.config.User ?? ''} (COPY --chmod=0755, or --chown to that user), or change USER.`,
      },
    );
  if (r.outcome === 'mismatch') {
    const sockets = r.sockets.map((s) => `${s.address}:${s.port}`).join(', ');
    throw new UserError(
      `The image declares port ${declared.port} (${declared.by.join(', ')}) but its process listens on ${r.ports.join(', ')} (${sockets}; ${where}). Nothing was pushed.`,
      {
        hint: `The program ignores the declared port: look for a flag default or an init()/main() assignment that overwrites the -X port variable, or an environment variable other than ${o.portEnv ?? PORT_ENV} that it reads (name it in port-env, or pass the port in args, e.g. --port=$(${o.portEnv ?? PORT_ENV})).`,
      },
    );
  }
  if (r.outcome === 'exited' || r.outcome === 'listen-failed')
    throw cannotServe(r, where, imageUser, o.portEnv);
  const output = r.output ? `; its output:\n${sanitizeOutput(r.output, 10)}` : '';
  const reason = `${describeListening(r)} (${where})${output}`;
  if (o.setting === 'true')
    throw new UserError(`Listening check: the process ${reason}.`, {
      hint: 'A service that needs something the sandbox lacks (a database, a file) cannot be checked: use listening-check: auto.',
    });
  o.notice(`Listening check inconclusive: the process ${reason}.`);
  return { ...base, status: 'inconclusive', reason };
}

/**
 * The native platform's image in an OCI layout directory (what buildah/podman write with `push oci:`).
 * Undefined when the layout has no native platform.
 */
export function imageFromLayout(dir: string): ImageUnderTest | undefined {
  const blob = (digest: string) => join(dir, 'blobs', ...digest.split(':'));
  const json = <T>(digest: string) => JSON.parse(readFileSync(blob(digest), 'utf8')) as T;
  const top = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as ImageIndex;
  const visit = (entries: ImageIndex['manifests']): ImageUnderTest | undefined => {
    for (const d of entries) {
      if (INDEX_TYPES.includes(d.mediaType)) {
        const found = visit(json<ImageIndex>(d.digest).manifests);
        if (found) return found;
        continue;
      }
      if (d.platform && !isNative(d.platform)) continue;
      const manifest = json<ImageManifest>(d.digest);
      const config = json<ImageConfig>(manifest.config.digest);
      const platform = { os: config.os, architecture: config.architecture, variant: config.variant };
      if (!isNative(platform)) continue;
      return {
        platform: formatPlatform(platform),
        config,
        layers: manifest.layers.map((l) => blob(l.digest)),
      };
    }
    return undefined;
  };
  return visit(top.manifests);
}
