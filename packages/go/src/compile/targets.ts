/*
 * Build targets (`linux/amd64`, `linux/arm/v7`, `linux/amd64/v3`): parsing, the environment each needs,
 * validation against the toolchain's own `go tool dist list` (cached per Go version), and output names.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '@goship/kit';
import { closeMatches } from './verify.js';

export interface Target {
  os: string;
  arch: string;
  /** OCI-style variant (`v7` for arm, `v3` for amd64, `v8.2` for arm64), or ''. */
  variant: string;
  /** `linux/arm/v7` */
  platform: string;
  /** GOOS, GOARCH and the variant's variable (GOARM, GOAMD64, GOARM64, GO386). */
  env: Record<string, string>;
}

/** How a variant maps to the toolchain's environment, per GOARCH. */
const VARIANTS: Record<
  string,
  { variable: string; values: RegExp; toEnv: (v: string) => string; form: string }
> = {
  arm: { variable: 'GOARM', values: /^v[5-7]$/, toEnv: (v) => v.slice(1), form: 'v5, v6 or v7' },
  amd64: { variable: 'GOAMD64', values: /^v[1-4]$/, toEnv: (v) => v, form: 'v1, v2, v3 or v4' },
  // OCI writes arm64 variants as v8 / v8.2; GOARM64 wants v8.0 … v9.5.
  arm64: {
    variable: 'GOARM64',
    values: /^v(8(\.[0-9])?|9(\.[0-5])?)$/,
    toEnv: (v) => (v.includes('.') ? v : `${v}.0`),
    form: 'v8, v8.0 … v8.9, v9, v9.0 … v9.5',
  },
  '386': { variable: 'GO386', values: /^(sse2|softfloat)$/, toEnv: (v) => v, form: 'sse2 or softfloat' },
};

/** Every environment variable a target may set; cleared from the inherited environment first. */
export const TARGET_VARIABLES = ['GOOS', 'GOARCH', ...Object.values(VARIANTS).map((v) => v.variable)];

export class TargetError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'TargetError';
  }
}

/** Parses `os/arch[/variant]` (syntax only; supported pairs are checked against the toolchain). */
export function parseTarget(text: string): Target {
  const parts = text.trim().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9._]+$/.test(p))) {
    throw new TargetError(
      `'${text}' is not a target`,
      'Write targets as os/arch or os/arch/variant, e.g. linux/amd64, linux/arm/v7.',
    );
  }
  const [os, arch, variant = ''] = parts as [string, string, string?];
  const env: Record<string, string> = { GOOS: os, GOARCH: arch };
  if (variant) {
    const spec = VARIANTS[arch];
    if (!spec) {
      throw new TargetError(
        `'${text}': ${arch} has no variants`,
        `Variants exist for ${Object.keys(VARIANTS).join(', ')}; write ${os}/${arch} instead.`,
      );
    }
    if (!spec.values.test(variant))
      throw new TargetError(`'${text}': unknown ${arch} variant '${variant}'`, `Use ${spec.form}.`);
    env[spec.variable] = spec.toEnv(variant);
  }
  return { os, arch, variant, platform: variant ? `${os}/${arch}/${variant}` : `${os}/${arch}`, env };
}

export interface DistPlatform {
  GOOS: string;
  GOARCH: string;
  CgoSupported: boolean;
  FirstClass: boolean;
}

/**
 * The toolchain's supported os/arch pairs (`go tool dist list -json`). `go tool dist` is compiled on
 * first use in recent Go releases, so the list is cached in a file keyed by the exact Go version.
 */
export async function distList(
  go: string,
  goVersion: string,
  cacheDir = join(tmpdir(), 'goship-go-dist'),
): Promise<DistPlatform[]> {
  const file = join(cacheDir, `${goVersion.replace(/[^\w.-]/g, '_')}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DistPlatform[];
  } catch {
    // not cached yet (or unreadable): ask the toolchain
  }
  const { stdout } = await exec(go, ['tool', 'dist', 'list', '-json']);
  const list = JSON.parse(stdout) as DistPlatform[];
  try {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(list));
    renameSync(tmp, file); // atomic: parallel jobs never read half a file
  } catch {
    // a read-only temp dir only costs the next run one more `go tool dist list`
  }
  return list;
}

/** Errors for targets the toolchain cannot build, with close matches from its own list. */
export function unsupportedTargets(
  targets: readonly Target[],
  supported: readonly DistPlatform[],
): TargetError[] {
  const pairs = supported.map((p) => `${p.GOOS}/${p.GOARCH}`);
  const set = new Set(pairs);
  return targets
    .filter((t) => !set.has(`${t.os}/${t.arch}`))
    .map((t) => {
      const near = closeMatches(`${t.os}/${t.arch}`, pairs);
      return new TargetError(
        `'${t.platform}' is not a target this Go toolchain can build`,
        near.length > 0
          ? `Did you mean ${near.join(' or ')}? (see \`go tool dist list\`)`
          : 'See `go tool dist list` for the supported os/arch pairs.',
      );
    });
}

export interface OutputFields {
  name: string;
  target: Target;
}

export const OUTPUT_PLACEHOLDERS = ['{name}', '{os}', '{arch}', '{variant}', '{ext}', '{platform}'];

/** Executable file extension the go command itself would use. */
export function executableExt(os: string, arch: string): string {
  if (os === 'windows') return '.exe';
  if (arch === 'wasm') return '.wasm';
  return '';
}

/** Expands an output template (`dist/{name}_{os}_{arch}{variant}{ext}`); unknown placeholders are errors. */
export function expandOutput(template: string, f: OutputFields): string {
  const values: Record<string, string> = {
    name: f.name,
    os: f.target.os,
    arch: f.target.arch,
    variant: f.target.variant,
    ext: executableExt(f.target.os, f.target.arch),
    platform: f.target.platform.replace(/\//g, '_'),
  };
  return template.replace(/\{([^{}]*)\}/g, (whole, key: string) => {
    const v = values[key];
    if (v === undefined)
      throw new TargetError(
        `unknown placeholder ${whole} in the output template`,
        `Use ${OUTPUT_PLACEHOLDERS.join(', ')}.`,
      );
    return v;
  });
}

/** What `go build` names a program: the last element of its import path, skipping a /vN major suffix. */
export function programName(importPath: string): string {
  const parts = importPath.split('/');
  let last = parts.pop() ?? importPath;
  if (/^v\d+$/.test(last) && parts.length > 1) last = parts.pop()!;
  return last;
}
