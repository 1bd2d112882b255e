/*
 * The container builders behind the Dockerfile backend: which one works on this runner, the per-build
 * configuration files they read (auth file, cert dir, registries.conf), and the build + push commands with
 * the digest read back from the builder (--digestfile, --metadata-file).
 */

import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDigest } from '@goship/contract';
import { ExecError, type ExecOptions, exec, UserError } from '@goship/kit';
import { formatPlatform } from '../media.js';
import type { BuilderName, DockerfileBuildOptions } from './build.js';

async function works(file: string, args: string[]): Promise<boolean> {
  try {
    return (await exec(file, args, { allowFailure: true })).code === 0;
  } catch {
    return false;
  }
}

export async function detectBuilder(wanted: 'auto' | BuilderName): Promise<BuilderName> {
  const checks: Record<BuilderName, () => Promise<boolean>> = {
    docker: async () =>
      (await works('docker', ['buildx', 'version'])) &&
      (await works('docker', ['info', '--format', '{{.ServerVersion}}'])),
    buildah: () => works('buildah', ['--version']),
    podman: () => works('podman', ['--version']),
  };
  if (wanted !== 'auto') {
    if (await checks[wanted]()) return wanted;
    throw new UserError(`Input 'builder': ${wanted} does not work on this runner`, {
      hint:
        wanted === 'docker'
          ? 'docker needs the buildx plugin and a running engine.'
          : `Install ${wanted}, or use builder: auto.`,
    });
  }
  for (const b of ['docker', 'buildah', 'podman'] as const) if (await checks[b]()) return b;
  throw new UserError('No container builder found: docker buildx with a running engine, buildah or podman', {
    hint: 'Install buildah (apt-get install buildah), or use mode: assemble, which needs no builder.',
  });
}

/**
 * Names a builder reads from its own environment (or that the process needs): their values cannot be
 * handed over through the environment, so they go on the command line and are redacted in errors.
 */
const BUILDER_ENV =
  /^(PATH|HOME|USER|SHELL|PWD|TMPDIR|TERM|LANG|LC_\w+|XDG_\w+|DOCKER_\w+|BUILDAH_\w+|BUILDKIT_\w+|BUILDX_\w+|CONTAINERS_\w+|REGISTRY_AUTH_FILE|STORAGE_\w+|SSL_\w+|NODE_\w+|GOSHIP_\w+|(HTTPS?|FTP|NO|ALL)_PROXY)$/i;

/**
 * `--build-arg NAME` flags without their values: docker buildx and buildah both take the value of a
 * `--build-arg NAME` from their environment, so values (tokens, often) never appear in the argv — not in
 * `ps`, not in an error that prints the command. See redactBuildArgs for the few that must stay in argv.
 */
export function buildArgFlags(
  args: Map<string, string>,
  env: NodeJS.ProcessEnv,
): { flags: string[]; env: NodeJS.ProcessEnv } {
  const out: NodeJS.ProcessEnv = { ...env };
  const flags = [...args].flatMap(([k, v]) => {
    if (BUILDER_ENV.test(k)) return ['--build-arg', `${k}=${v}`];
    out[k] = v;
    return ['--build-arg', k];
  });
  return { flags, env: out };
}

/** The argv as it may be printed: every `--build-arg NAME=value` becomes `--build-arg NAME=***`. */
export function redactBuildArgs(args: readonly string[]): string[] {
  return args.map((a, i) => {
    const prev = args[i - 1];
    if (prev === '--build-arg' && a.includes('=')) return `${a.slice(0, a.indexOf('='))}=***`;
    if (a.startsWith('--build-arg=') && a.indexOf('=', 12) > 0)
      return `${a.slice(0, a.indexOf('=', 12))}=***`;
    return a;
  });
}

/** exec for builder commands: a failure prints the command with build-arg values redacted. */
async function runBuilder(file: string, args: string[], opts: ExecOptions): Promise<void> {
  try {
    await exec(file, args, opts);
  } catch (e) {
    if (e instanceof ExecError) throw new ExecError(file, redactBuildArgs(args), e.result);
    throw e;
  }
}

export interface ToolEnv {
  env: NodeJS.ProcessEnv;
  flags: string[];
  /** The target registry answers plain HTTP (loopback or insecure-registries, checked by a ping). */
  targetPlain: boolean;
}

/**
 * Per-build configuration for buildah/podman in files, never in /etc: an auth file (0600) for the
 * registries we have credentials for, a cert dir with the registry CA, and a registries.conf marking the
 * plain-HTTP registries (loopback or insecure-registries ones that answered over http) insecure.
 */
export async function builderEnvironment(
  o: DockerfileBuildOptions,
  registries: string[],
  work: string,
): Promise<ToolEnv> {
  const flags: string[] = [];
  const auths: Record<string, { auth: string }> = {};
  const plain: string[] = [];
  for (const r of registries) {
    const creds = await o.pool.credentialsFor(r);
    if (creds) auths[r] = { auth: Buffer.from(`${creds.username}:${creds.password}`).toString('base64') };
    if (o.pool.isInsecure(r)) {
      const client = o.pool.client(r);
      await client.ping();
      if (client.scheme === 'http') plain.push(r);
    }
  }
  const authfile = join(work, 'auth.json');
  writeFileSync(authfile, JSON.stringify({ auths }), { mode: 0o600 });
  chmodSync(authfile, 0o600);
  flags.push('--authfile', authfile);
  if (o.pool.ca) {
    const certDir = join(work, 'certs.d');
    mkdirSync(certDir);
    writeFileSync(join(certDir, 'ca.crt'), o.pool.ca);
    flags.push('--cert-dir', certDir);
  }
  const env: NodeJS.ProcessEnv = { ...o.env };
  if (plain.length > 0) {
    const system = o.env.CONTAINERS_REGISTRIES_CONF ?? '/etc/containers/registries.conf';
    let base = existsSync(system) ? readFileSync(system, 'utf8') : '';
    if (/^\s*\[registries\./m.test(base)) base = ''; // v1 format cannot be mixed with [[registry]] tables
    const extra = plain
      .filter((r) => !base.includes(`"${r}"`))
      .map((r) => `\n[[registry]]\nlocation = "${r}"\ninsecure = true\n`)
      .join('');
    const conf = join(work, 'registries.conf');
    writeFileSync(conf, `${base}\n${extra}`);
    env.CONTAINERS_REGISTRIES_CONF = conf;
  }
  return { env, flags, targetPlain: plain.includes(o.image.registry) };
}

function platformList(o: DockerfileBuildOptions): string[] {
  return o.platforms.length > 0 ? o.platforms.map(formatPlatform) : [];
}

export async function buildWithContainersTools(
  tool: 'buildah' | 'podman',
  o: DockerfileBuildOptions,
  dockerfile: string,
  args: Map<string, string>,
  refs: string[],
  tags: string[],
  work: string,
  t: ToolEnv,
  secretFlags: string[],
): Promise<string> {
  const platforms = platformList(o);
  const multi = platforms.length > 1;
  const local = `${refs[0]}`;
  const listName = `goship-list-${basename(work).toLowerCase()}`;
  const isolation = o.env.BUILDAH_ISOLATION ?? 'chroot';
  const buildArgs = buildArgFlags(args, t.env);
  const bud = [
    tool === 'buildah' ? 'bud' : 'build',
    '--isolation',
    isolation,
    '--layers',
    '--format',
    'oci',
    '--timestamp',
    String(o.source.epoch),
    '-f',
    dockerfile,
    ...t.flags,
    ...buildArgs.flags,
    ...secretFlags,
    ...Object.entries(o.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
    ...(o.target ? ['--target', o.target] : []),
    ...(platforms.length > 0 ? ['--platform', platforms.join(',')] : []),
    ...o.cacheFrom.flatMap((c) => ['--cache-from', c]),
    ...o.cacheTo.flatMap((c) => ['--cache-to', c]),
    ...(multi ? ['--manifest', listName] : ['-t', local]),
    o.context,
  ];
  const digestFile = join(work, 'digest');
  try {
    await runBuilder(tool, bud, { env: buildArgs.env, stream: true, signal: o.signal });
    const source = multi ? listName : local;
    if (o.beforePush) {
      // The built image as an OCI layout in our scratch dir (a local copy, no registry): what is checked
      // is what is pushed next.
      const layout = join(work, 'check-layout');
      const copy = multi
        ? ['manifest', 'push', '--all', '--format', 'oci', ...t.flags, source, `oci:${layout}`]
        : ['push', '--format', 'oci', ...t.flags, source, `oci:${layout}`];
      await exec(tool, copy, { env: t.env, signal: o.signal });
      await o.beforePush(layout);
    }
    const destinations = o.push
      ? refs.map((r) => `docker://${r}`)
      : [o.output!.endsWith('.tar') ? `oci-archive:${o.output}:${tags[0]}` : `oci:${o.output}:${tags[0]}`];
    if (!o.push)
      mkdirSync(o.output!.endsWith('.tar') ? join(o.output!, '..') : o.output!, { recursive: true });
    let digest = '';
    for (const dest of destinations) {
      rmSync(digestFile, { force: true });
      // `buildah manifest push` (1.28) ignores registries.conf `insecure` and then exits 0 without pushing;
      // it only ever talks to the target registry, so plain HTTP is allowed for it alone, when that
      // registry is one we already found speaking plain HTTP. The digest file check catches silent failures.
      const plainFlag = multi && o.push && t.targetPlain ? ['--tls-verify=false'] : [];
      const pushArgs = multi
        ? [
            'manifest',
            'push',
            '--all',
            '--format',
            'oci',
            '--digestfile',
            digestFile,
            ...plainFlag,
            ...t.flags,
            source,
            dest,
          ]
        : ['push', '--format', 'oci', '--digestfile', digestFile, ...t.flags, source, dest];
      await exec(tool, pushArgs, { env: t.env, stream: true, signal: o.signal });
      const d = existsSync(digestFile) ? readFileSync(digestFile, 'utf8').trim() : '';
      if (!isDigest(d)) {
        throw new UserError(`${tool} exited 0 for ${dest} but wrote no digest: the push did not happen`, {
          hint: `Check the ${tool} output above for the registry error.`,
        });
      }
      if (digest && d !== digest)
        throw new UserError(`${tool} pushed ${dest} as ${d}, but the first tag got ${digest}`);
      digest = d;
    }
    return digest;
  } finally {
    await exec(tool, multi ? ['manifest', 'rm', listName] : ['rmi', local], {
      allowFailure: true,
      env: t.env,
    }).catch(() => undefined);
  }
}

export async function buildWithDocker(
  o: DockerfileBuildOptions,
  dockerfile: string,
  args: Map<string, string>,
  refs: string[],
  work: string,
  secretFlags: string[],
): Promise<string> {
  const metadataFile = join(work, 'metadata.json');
  const platforms = platformList(o);
  const buildArgs = buildArgFlags(args, o.env);
  const cmd = [
    'buildx',
    'build',
    '-f',
    dockerfile,
    '--provenance=false',
    '--metadata-file',
    metadataFile,
    ...buildArgs.flags,
    ...secretFlags,
    '--build-arg',
    `SOURCE_DATE_EPOCH=${o.source.epoch}`,
    ...Object.entries(o.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
    ...(o.target ? ['--target', o.target] : []),
    ...(platforms.length > 0 ? ['--platform', platforms.join(',')] : []),
    ...o.cacheFrom.flatMap((c) => ['--cache-from', c]),
    ...o.cacheTo.flatMap((c) => ['--cache-to', c]),
    ...refs.flatMap((r) => ['-t', r]),
    ...(o.push
      ? ['--push']
      : [
          '--output',
          `type=oci,dest=${o.output!.endsWith('.tar') ? o.output : join(o.output!, 'image.tar')}`,
        ]),
    o.context,
  ];
  // docker reads credentials from its own config; credentials given as inputs are logged in the way
  // docker/login-action does it (password on stdin, never on the command line).
  const creds = await o.pool.credentialsFor(o.image.registry);
  if (creds?.source.startsWith('inputs')) {
    await exec('docker', ['login', o.image.registry, '--username', creds.username, '--password-stdin'], {
      input: creds.password,
      signal: o.signal,
    });
  }
  await runBuilder('docker', cmd, { env: buildArgs.env, stream: true, signal: o.signal });
  const meta = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, string>;
  const digest = meta['containerimage.digest'] ?? '';
  if (!isDigest(digest)) throw new UserError(`docker buildx wrote no image digest to ${metadataFile}`);
  return digest;
}
