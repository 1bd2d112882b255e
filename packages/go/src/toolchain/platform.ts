/**
 * Platforms in three spellings: what users write in `architecture` (Node's `x64` as in actions/setup-go, or
 * Go's `amd64`), what go.dev's manifest calls it (`amd64`, `armv6l`), and the folder name in the runner's tool
 * cache (Node's names, as actions/setup-go and the hosted runners' preinstalled Go use: `go/1.22.3/x64`).
 */
export interface GoPlatform {
  /** GOOS as go.dev's manifest spells it: linux, darwin, windows. */
  os: string;
  /** The manifest's `arch`: amd64, 386, arm64, armv6l, ppc64le, s390x, riscv64, loong64. */
  arch: string;
  /** The tool-cache folder name for this arch: x64, x86, arm64, arm, ppc64, s390x, riscv64, loong64. */
  cacheArch: string;
}

const ARCHES: { names: string[]; arch: string; cacheArch: string }[] = [
  { names: ['x64', 'amd64', 'x86_64'], arch: 'amd64', cacheArch: 'x64' },
  { names: ['x86', 'ia32', '386', 'i386', 'x32'], arch: '386', cacheArch: 'x86' },
  { names: ['arm64', 'aarch64'], arch: 'arm64', cacheArch: 'arm64' },
  { names: ['arm', 'armv6l', 'armv7l'], arch: 'armv6l', cacheArch: 'arm' },
  { names: ['ppc64le', 'ppc64'], arch: 'ppc64le', cacheArch: 'ppc64' },
  { names: ['s390x'], arch: 's390x', cacheArch: 's390x' },
  { names: ['riscv64'], arch: 'riscv64', cacheArch: 'riscv64' },
  { names: ['loong64', 'loongarch64'], arch: 'loong64', cacheArch: 'loong64' },
];

export const ARCHITECTURE_FORMS =
  'one of x64 (amd64), x86 (386), arm64, arm (armv6l), ppc64le, s390x, riscv64, loong64';

const OS: Record<string, string> = { linux: 'linux', darwin: 'darwin', win32: 'windows', freebsd: 'freebsd' };

/** Undefined when the architecture is unknown (the caller names the input and the accepted forms). */
export function goPlatform(
  arch: string = process.arch,
  platform: string = process.platform,
): GoPlatform | undefined {
  const a = ARCHES.find((x) => x.names.includes(arch.trim().toLowerCase()));
  const os = OS[platform] ?? platform;
  return a ? { os, arch: a.arch, cacheArch: a.cacheArch } : undefined;
}

export function platformName(p: GoPlatform): string {
  return `${p.os}/${p.arch}`;
}
