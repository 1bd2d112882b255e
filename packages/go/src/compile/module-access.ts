/*
 * Private modules. The netrc input reaches the go command as $NETRC (its default GOAUTH=netrc reads that
 * file for every https request: a GOPROXY server, a go-import lookup) and reaches git, which fetches modules
 * taken directly from a repository, as a credential store scoped to each machine
 * (`credential.https://HOST.helper` through GIT_CONFIG_* variables: git asks it only when that host answers
 * 401, so a password goes to its own host alone). Both files are written from the parsed entries into a
 * 0700 directory under RUNNER_TEMP, exist only while the build runs and are removed after it, whatever its
 * end. goprivate adds to GOPRIVATE (buildEnvironment): those module paths skip the proxy and the checksum
 * database, as private code must.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shellQuote } from '@goship/contract';
import { InputError, type NetrcEntry, type UserError } from '@goship/kit';

export interface ModuleAccess {
  /** Variables for every go command of the build (none without credentials). */
  env: Record<string, string>;
  /** Removes the credential files. */
  close(): void;
}

export function openModuleAccess(netrc: NetrcEntry[], baseEnv: NodeJS.ProcessEnv): ModuleAccess {
  if (netrc.length === 0) return { env: {}, close: () => undefined };
  const dir = mkdtempSync(join(baseEnv.RUNNER_TEMP || tmpdir(), 'goship-modules-'));
  chmodSync(dir, 0o700);
  const close = () => rmSync(dir, { recursive: true, force: true });
  try {
    const netrcFile = join(dir, 'netrc');
    const text = netrc.map((e) => `machine ${e.machine}\n\tlogin ${e.login}\n\tpassword ${e.password}\n`);
    writeFileSync(netrcFile, text.join(''), { mode: 0o600 });
    const store = join(dir, 'git-credentials');
    const urls = netrc.map(
      (e) => `https://${encodeURIComponent(e.login)}:${encodeURIComponent(e.password)}@${e.machine}\n`,
    );
    writeFileSync(store, urls.join(''), { mode: 0o600 });
    const env: Record<string, string> = { NETRC: netrcFile };
    // Appended after the job's own GIT_CONFIG_* entries (actions/checkout and others set some).
    let n = Number.parseInt(baseEnv.GIT_CONFIG_COUNT ?? '0', 10) || 0;
    for (const machine of new Set(netrc.map((e) => e.machine))) {
      // git runs a credential helper through the shell: the path is one quoted word.
      env[`GIT_CONFIG_KEY_${n}`] = `credential.https://${machine}.helper`;
      env[`GIT_CONFIG_VALUE_${n}`] = `store --file=${shellQuote(store)}`;
      n++;
    }
    env.GIT_CONFIG_COUNT = String(n);
    return { env, close };
  } catch (err) {
    close();
    throw err;
  }
}

/** A GOPRIVATE pattern: a module path prefix glob, as `go help private` describes (no scheme, no space). */
const PRIVATE_PATTERN = /^[A-Za-z0-9*?[\]._~-]+(\/[A-Za-z0-9*?[\]._~-]+)*$/;

export function goprivateProblems(patterns: string[]): UserError[] {
  return patterns
    .filter((p) => !PRIVATE_PATTERN.test(p))
    .map(
      (p) =>
        new InputError(
          'goprivate',
          `'${p.slice(0, 120)}' is not a module path pattern`,
          'module path prefixes or globs such as github.com/acme/* or git.corp.example.com (no https://)',
        ),
    );
}
