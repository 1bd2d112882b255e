import { UserError } from '@goship/kit';
import { compare, rcompare } from 'semver';
import { getText, type RequestOptions } from './http.js';
import { type GoPlatform, platformName } from './platform.js';
import { releaseToSemver, semverToGo, specAnchor, specMatches, type VersionSpec } from './version.js';

/**
 * go.dev's release manifest (`https://go.dev/dl/?mode=json&include=all`, format documented in
 * golang.org/x/website/internal/dl): releases newest first, each with its files.
 */
export interface ManifestFile {
  filename: string;
  os: string;
  arch: string;
  version: string;
  sha256: string;
  /** Bytes; absent in some mirrors' manifests. */
  size?: number;
  kind: 'archive' | 'installer' | 'source' | string;
}

export interface Release {
  /** As go.dev spells it: `go1.22.3`, `go1.20`, `go1.27rc1`. */
  version: string;
  stable: boolean;
  files: ManifestFile[];
  /** Derived: the version in semver form (`1.22.3`, `1.27.0-rc.1`). */
  semver: string;
}

/** Validates the structure (an error names the first bad entry) and adds the semver form of each version. */
export function parseManifest(text: string, url: string): Release[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const start = text.trimStart().slice(0, 60).replace(/\s+/g, ' ');
    throw new UserError(`The Go release manifest at ${url} is not JSON (it starts with '${start}')`, {
      hint: 'go-download-base-url must point at a mirror that serves go.dev/dl\'s "?mode=json&include=all" listing.',
    });
  }
  if (!Array.isArray(data))
    throw new UserError(`The Go release manifest at ${url} is not a JSON array of releases`);
  const releases: Release[] = [];
  data.forEach((r: unknown, i) => {
    const bad = (what: string) =>
      new UserError(`The Go release manifest at ${url} is malformed: release #${i + 1} ${what}`);
    if (typeof r !== 'object' || r === null) throw bad('is not an object');
    const { version, stable, files } = r as Record<string, unknown>;
    if (typeof version !== 'string') throw bad('has no "version" string');
    const semver = releaseToSemver(version);
    // A name Go itself would not publish (e.g. a future scheme) is skipped rather than failing every lookup.
    if (!semver) return;
    if (typeof stable !== 'boolean') throw bad(`(${version}) has no boolean "stable"`);
    if (!Array.isArray(files)) throw bad(`(${version}) has no "files" array`);
    const checked = files.map((f: unknown, j): ManifestFile => {
      const file = f as Record<string, unknown>;
      const ok =
        typeof file === 'object' &&
        file !== null &&
        typeof file.filename === 'string' &&
        typeof file.os === 'string' &&
        typeof file.arch === 'string' &&
        typeof file.sha256 === 'string' &&
        (file.size === undefined || typeof file.size === 'number');
      if (!ok) throw bad(`(${version}) file #${j + 1} lacks filename/os/arch/sha256`);
      return {
        filename: file.filename as string,
        os: file.os as string,
        arch: file.arch as string,
        version: typeof file.version === 'string' ? file.version : version,
        sha256: (file.sha256 as string).toLowerCase(),
        size: file.size as number | undefined,
        kind: typeof file.kind === 'string' ? file.kind : 'archive',
      };
    });
    releases.push({ version, stable, files: checked, semver });
  });
  return releases.sort((a, b) => rcompare(a.semver, b.semver));
}

/** The archive for a platform: `.tar.gz` everywhere except Windows (`.zip`); installers are skipped. */
export function archiveFor(release: Release, platform: GoPlatform): ManifestFile | undefined {
  return release.files.find(
    (f) =>
      f.kind === 'archive' &&
      f.os === platform.os &&
      f.arch === platform.arch &&
      /\.(tar\.gz|zip)$/.test(f.filename),
  );
}

export interface Resolved {
  release: Release;
  file: ManifestFile;
  /** How the spec led to this release, for the summary ("newest stable release", "newest matching ^1.21"). */
  reason: string;
}

/**
 * Picks the release a spec selects for a platform. Ranges and stable/oldstable consider stable releases only
 * (a range that itself names a pre-release, like `>=1.27.0-rc.1`, may select one); an exact version may be a
 * pre-release. When nothing fits, the error names the nearest versions that do exist.
 */
export function resolveRelease(
  spec: VersionSpec,
  releases: Release[],
  platform: GoPlatform,
  url: string,
): Resolved {
  const forPlatform = releases.filter((r) => archiveFor(r, platform));
  const stable = forPlatform.filter((r) => r.stable);
  const pick = (r: Release, reason: string): Resolved => ({
    release: r,
    file: archiveFor(r, platform)!,
    reason,
  });

  if (spec.kind === 'stable' || spec.kind === 'oldstable') {
    const newest = stable[0];
    if (!newest) throw noneFor(platform, url, releases);
    if (spec.kind === 'stable') return pick(newest, 'newest stable release');
    const minorOf = (r: Release) => r.semver.split('.').slice(0, 2).join('.');
    const old = stable.find((r) => minorOf(r) !== minorOf(newest));
    if (!old)
      throw new UserError(
        `No 'oldstable' Go for ${platformName(platform)} in ${url}: only one minor line is listed`,
      );
    return pick(old, `newest release of the previous minor line (stable is ${semverToGo(newest.semver)})`);
  }

  const allowPre = spec.kind === 'exact' || /-/.test(spec.text);
  const candidates = (allowPre ? forPlatform : stable).filter((r) => specMatches(spec, r.semver));
  if (candidates[0]) {
    return pick(
      candidates[0],
      spec.kind === 'exact' ? 'exact version' : `newest stable release matching ${spec.text}`,
    );
  }

  // Nothing fits: say whether the version exists without this platform, and what is near.
  const elsewhere = releases.find((r) => specMatches(spec, r.semver));
  if (elsewhere) {
    const platforms = elsewhere.files.filter((f) => f.kind === 'archive').map((f) => `${f.os}/${f.arch}`);
    throw new UserError(
      `Go ${semverToGo(elsewhere.semver)} has no download for ${platformName(platform)} in ${url}`,
      {
        hint: `Platforms it is available for: ${[...new Set(platforms)].join(', ')}.`,
      },
    );
  }
  const near = nearestVersions(spec, stable);
  const what =
    spec.kind === 'exact'
      ? `Go ${semverToGo(spec.semver)} is not`
      : `No Go release matching '${spec.text}' is`;
  throw new UserError(`${what} in the release manifest at ${url} for ${platformName(platform)}`, {
    hint: near.length > 0 ? `Nearest available: ${near.join(', ')}.` : undefined,
  });
}

function noneFor(platform: GoPlatform, url: string, releases: Release[]): UserError {
  const platforms = new Set(
    releases.flatMap((r) => r.files.filter((f) => f.kind === 'archive').map((f) => `${f.os}/${f.arch}`)),
  );
  return new UserError(`The release manifest at ${url} lists no stable Go for ${platformName(platform)}`, {
    hint: platforms.size > 0 ? `Platforms it lists: ${[...platforms].sort().join(', ')}.` : undefined,
  });
}

/** Up to two releases below and two above where the spec would sit, oldest first, named as go.dev names them. */
export function nearestVersions(spec: VersionSpec, releases: Release[]): string[] {
  const sorted = [...releases].sort((a, b) => compare(a.semver, b.semver));
  const name = (r: Release) => r.version.replace(/^go/, '');
  const anchor = specAnchor(spec);
  if (!anchor) return sorted.slice(-3).map(name);
  let i = sorted.findIndex((r) => compare(r.semver, anchor) > 0);
  if (i === -1) i = sorted.length;
  return sorted.slice(Math.max(0, i - 2), i + 2).map(name);
}

/** go.dev's download folder: the manifest is `<base>/?mode=json&include=all`, files are `<base>/<filename>`. */
export const DEFAULT_BASE_URL = 'https://go.dev/dl';

/** The manifest URL for a download base (`https://go.dev/dl` → `https://go.dev/dl/?mode=json&include=all`). */
export function manifestUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/?mode=json&include=all`;
}

/** Reads and parses the release manifest, with retries on transient failures. */
export async function fetchReleases(
  baseUrl: string,
  opts: RequestOptions = {},
): Promise<{ url: string; releases: Release[] }> {
  const url = manifestUrl(baseUrl);
  const text = await getText(url, 'Reading the Go release manifest', { timeoutMs: 60_000, ...opts });
  return { url, releases: parseManifest(text, url) };
}
