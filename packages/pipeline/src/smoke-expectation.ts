/*
 * What the one-step action's smoke test expects of the service: the version and commit just built only where
 * the service can say them — the build injected them into the program (go-build-ldflags' typed `injected`),
 * or the user asks for them (smoke-version: true). A service with no version variables (a plain
 * `Hello World!`) is checked for a success status on smoke-path (default /), and the release is proven by
 * the pods' image digest in the integrity table instead.
 */
import type { SmokeTestUpstream } from '@goship/probe';

export const SMOKE_VERSIONS = ['auto', 'true', 'false'] as const;
export type SmokeVersion = (typeof SMOKE_VERSIONS)[number];

export interface SmokeExpectation {
  /** The version and commit the smoke test must find in the answer (none: a success status is enough). */
  upstream: SmokeTestUpstream;
  /** The path requested: smoke-path, else /version when something is expected, else /. */
  path: string;
  /** Why the service's version is not checked, for a notice; undefined when it is. */
  notice?: string;
}

export function smokeExpectation(o: {
  mode: SmokeVersion;
  /** The variables the build injected the version and commit into (undefined: not injected). */
  injected: { version?: string; commit?: string };
  version: string;
  commit: string;
  /** smoke-path as given ('' for the default). */
  smokePath: string;
}): SmokeExpectation {
  const want =
    o.mode === 'true'
      ? { version: true, commit: true }
      : o.mode === 'false'
        ? { version: false, commit: false }
        : { version: o.injected.version !== undefined, commit: o.injected.commit !== undefined };
  const upstream: SmokeTestUpstream = {
    version: want.version ? o.version || undefined : undefined,
    commit: want.commit ? o.commit || undefined : undefined,
  };
  const expects = upstream.version !== undefined || upstream.commit !== undefined;
  const path = o.smokePath || (expects ? '/version' : '/');
  if (expects) return { upstream, path };
  const proof =
    `The version ${o.version} still reaches the image labels and the Deployment's annotations, and the ` +
    "integrity table proves the release through the pods' image digest.";
  const notice =
    o.mode === 'false'
      ? `smoke-version is false: the smoke test checks ${path} for a success status, not the version. ${proof}`
      : 'The service does not report its version: the build injected neither the version nor the commit ' +
        `into the program (see version-var and commit-var), so the smoke test checks ${path} for a success ` +
        `status. ${proof}`;
  return { upstream: {}, path, notice };
}
