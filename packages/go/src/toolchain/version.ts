import { coerce, maxSatisfying, satisfies, valid, validRange } from 'semver';

/**
 * Go versions as Go spells them (`1.22.3`, `1.22`, `1.22rc1`, `1.21beta2`) and the specs users write for them.
 *
 * Two readings of a version without a patch number exist and both matter here:
 * - a **release name** on go.dev: before Go 1.21 the first release of a line was called `go1.20` (= 1.20.0);
 * - a **language version** in go.mod (`go 1.22`): lower than every 1.22 release, `1.22 < 1.22rc1 < 1.22.0`
 *   (https://go.dev/doc/toolchain#version).
 */
export interface GoVersion {
  major: number;
  minor: number;
  /** Undefined for `1.22` and `1.22rc1`. */
  patch?: number;
  pre?: { kind: 'beta' | 'rc'; n: number };
}

const GO_VERSION = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?(?:(beta|rc)(\d+))?$/;

export function parseGoVersion(text: string): GoVersion | undefined {
  const m = GO_VERSION.exec(text.trim());
  if (!m) return undefined;
  // Go never had a patch release of a pre-release (1.22.1rc1) in its release naming.
  if (m[3] !== undefined && m[4] !== undefined) return undefined;
  const v: GoVersion = { major: Number(m[1]), minor: Number(m[2]) };
  if (m[3] !== undefined) v.patch = Number(m[3]);
  if (m[4] !== undefined) v.pre = { kind: m[4] as 'beta' | 'rc', n: Number(m[5]) };
  return v;
}

/** `1.22.3`, `1.22`, `1.22rc1` (no `go` prefix). */
export function formatGoVersion(v: GoVersion): string {
  const base = `${v.major}.${v.minor}${v.patch !== undefined ? `.${v.patch}` : ''}`;
  return v.pre ? `${base}${v.pre.kind}${v.pre.n}` : base;
}

/** Go's own order for language versions: 1.21 < 1.21beta1 < 1.21rc1 < 1.21.0 < 1.21.1. */
export function compareGoVersions(a: GoVersion, b: GoVersion): number {
  const rank = (v: GoVersion) => (v.patch !== undefined ? 3 : v.pre ? (v.pre.kind === 'beta' ? 1 : 2) : 0);
  return (
    a.major - b.major ||
    a.minor - b.minor ||
    rank(a) - rank(b) ||
    (a.patch ?? 0) - (b.patch ?? 0) ||
    (a.pre?.n ?? 0) - (b.pre?.n ?? 0)
  );
}

/**
 * A go.dev release name as semver, the form the tool cache uses for its folders (same mapping as
 * actions/setup-go, so both find each other's installs): `go1.22.3` → `1.22.3`, `go1.20` → `1.20.0`,
 * `go1.27rc1` → `1.27.0-rc.1`.
 */
export function releaseToSemver(name: string): string | undefined {
  const v = parseGoVersion(name);
  if (!v) return undefined;
  const base = `${v.major}.${v.minor}.${v.patch ?? 0}`;
  return v.pre ? `${base}-${v.pre.kind}.${v.pre.n}` : base;
}

/** The inverse of releaseToSemver for the versions Go publishes: `1.27.0-rc.1` → `1.27rc1`. */
export function semverToGo(semver: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:-(beta|rc)\.(\d+))?$/.exec(semver);
  if (!m) return semver;
  return m[4] ? `${m[1]}.${m[2]}${m[4]}${m[5]}` : `${m[1]}.${m[2]}.${m[3]}`;
}

export type VersionSpec =
  /** One release: `1.22.3`, `go1.22.3`, `1.27rc1`. */
  | { kind: 'exact'; text: string; semver: string }
  /** A semver range over releases: `1.22` (newest 1.22.x), `^1.21`, `>=1.21 <1.23`, `1.x`. */
  | { kind: 'range'; text: string; range: string }
  /** The newest stable release, or the newest of the previous minor line. Always needs the manifest. */
  | { kind: 'stable' | 'oldstable'; text: string };

export const SPEC_FORMS =
  "an exact version (1.22.3, 1.27rc1), a minor line (1.22), a semver range (^1.21, '>=1.21 <1.23'), stable or oldstable";

/** Parses what a user wrote; returns the problem as a sentence instead of throwing, for the caller to place. */
export function parseVersionSpec(input: string): { spec: VersionSpec } | { problem: string; hint?: string } {
  const text = input.trim();
  if (text === '') return { problem: 'is empty' };
  const lower = text.toLowerCase();
  if (lower === 'stable' || lower === 'oldstable') return { spec: { kind: lower, text } };
  if (lower === 'latest' || lower === 'tip' || lower === 'master') {
    return { problem: `'${text}' is not a Go version`, hint: "Use 'stable' for the newest stable release." };
  }
  const go = parseGoVersion(text);
  if (go && (go.patch !== undefined || go.pre)) {
    return { spec: { kind: 'exact', text, semver: releaseToSemver(text)! } };
  }
  // `1.22` means the newest 1.22.x, as in actions/setup-go; `v1.22` and `go1.22` are the same thing.
  const rangeText = text.replace(/^go(?=\d)/, '');
  const range = validRange(rangeText);
  if (range === null) return { problem: `'${text}' is neither a Go version nor a semver range` };
  return { spec: { kind: 'range', text, range } };
}

/** True when `semver` (a release in semver form) is selected by the spec (stable/oldstable excluded). */
export function specMatches(spec: VersionSpec, semver: string): boolean {
  if (spec.kind === 'exact') return semver === spec.semver;
  if (spec.kind === 'range') return satisfies(semver, spec.range);
  return false;
}

/** The newest of `versions` (semver strings) the spec selects; pre-releases only when the range names one. */
export function newestMatching(spec: VersionSpec, versions: readonly string[]): string | undefined {
  if (spec.kind === 'exact') return versions.includes(spec.semver) ? spec.semver : undefined;
  if (spec.kind === 'range') return maxSatisfying([...versions], spec.range) ?? undefined;
  return undefined;
}

export function isSemver(text: string): boolean {
  return valid(text) !== null;
}

/** A version to measure "nearness" from, for suggestions when a spec matches nothing. */
export function specAnchor(spec: VersionSpec): string | undefined {
  if (spec.kind === 'exact') return spec.semver;
  if (spec.kind === 'range') return coerce(spec.text)?.version;
  return undefined;
}
