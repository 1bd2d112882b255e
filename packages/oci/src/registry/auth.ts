/*
 * Registry credentials and the two auth challenge flows of the Distribution API.
 * Credentials come from the action inputs (for the target image's registry only) or from the Docker
 * config that `docker login` / docker/login-action write: $DOCKER_CONFIG/config.json, else
 * ~/.docker/config.json, `auths.<host>.auth` = base64("user:password") (or username/password fields).
 * Credential helpers are run as docker runs them: `credHelpers.<host>` or else `credsStore` names
 * `docker-credential-<name>`, called with `get`, the server address on stdin, JSON on stdout
 * ({ServerURL, Username, Secret}); "credentials not found" falls back to `auths`. A helper that is missing
 * or fails is an error naming it. Every credential source is described without its secret, so a 401 can
 * say where we looked; helper secrets are handed to `log.secret` before anything could print them.
 */

import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DOCKER_HUB } from '@goship/contract';
import { ExecError, exec, type Log, UserError } from '@goship/kit';

export interface Credentials {
  username: string;
  password: string;
  /** Where they came from, for messages (never the secret itself). */
  source: string;
}

export interface CredentialLookup {
  credentials?: Credentials;
  /** Every place looked at, in order, for a "no credentials" or "rejected" message. */
  searched: string[];
}

export interface CredentialOptions {
  /** Credentials given as inputs, and the registry they are for. */
  explicit?: { registry: string; username: string; password: string };
  env?: NodeJS.ProcessEnv;
  /** Its `secret` is called with every secret a credential helper returns, before it is used (runner masking). */
  log?: Pick<Log, 'secret'>;
  signal?: AbortSignal;
}

/** GitHub's container registry: the one registry the job's GITHUB_TOKEN is a credential for. */
export const GHCR = 'ghcr.io';

/** Why a push to ghcr.io with the job's token is refused, and what fixes it (where the user can act). */
export const GHCR_TOKEN_HINT =
  "On ghcr.io with the job's GITHUB_TOKEN, the workflow (or job) needs `permissions: packages: write`, and a package that already exists must grant this repository write access (package settings → Manage Actions access).";

/**
 * The job's GITHUB_TOKEN (the github-token input) as the credentials for ghcr.io when nothing else has any,
 * as setup-ko logs in: the token goes to ghcr.io only, never to another registry.
 */
export function withGithubToken(
  found: CredentialLookup,
  registry: string,
  token: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): CredentialLookup {
  if (found.credentials || registry !== GHCR || !token) return found;
  const source = "the github-token input (the job's GITHUB_TOKEN), for ghcr.io";
  return {
    credentials: { username: env.GITHUB_ACTOR || 'x-access-token', password: token, source },
    searched: [...found.searched, source],
  };
}

export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DOCKER_CONFIG ?? join(env.HOME ?? homedir(), '.docker'), 'config.json');
}

/** The keys docker tooling uses for one registry in `auths` (Docker Hub's legacy v1 URL included). */
function authKeys(registry: string): string[] {
  const keys = [
    registry,
    `https://${registry}`,
    `http://${registry}`,
    `https://${registry}/v1/`,
    `https://${registry}/v2/`,
  ];
  if (registry === DOCKER_HUB)
    keys.push('https://index.docker.io/v1/', 'index.docker.io', 'registry-1.docker.io');
  return keys;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

const HELPER_TIMEOUT_MS = 30_000;

/** The server address docker hands a helper: Docker Hub's legacy v1 URL, else host[:port]. */
function helperServerAddress(registry: string): string {
  return registry === DOCKER_HUB ? 'https://index.docker.io/v1/' : registry;
}

/**
 * Runs `docker-credential-<name> get`. Returns undefined when the helper has nothing for the registry;
 * throws a UserError naming the helper when it is missing or fails.
 */
async function fromHelper(
  name: string,
  registry: string,
  where: string,
  opts: CredentialOptions,
): Promise<Credentials | undefined> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name))
    throw new UserError(`${where} names credential helper '${name}', which is not a helper name`, {
      hint: 'A helper name is the part after docker-credential- (e.g. pass, secretservice, ecr-login).',
    });
  const program = `docker-credential-${name}`;
  const server = helperServerAddress(registry);
  let out: string;
  // A helper that waits for a passphrase prompt (pass/gpg without an agent) must not hang the step.
  const deadline = AbortSignal.timeout(HELPER_TIMEOUT_MS);
  try {
    const r = await exec(program, ['get'], {
      input: server,
      env: opts.env,
      signal: opts.signal ? AbortSignal.any([opts.signal, deadline]) : deadline,
      allowFailure: true,
    });
    if (r.code !== 0) {
      const text = (r.stdout || r.stderr).trim();
      if (/credentials not found/i.test(text)) return undefined;
      throw new ExecError(program, ['get'], r);
    }
    out = r.stdout;
  } catch (e) {
    if (opts.signal?.aborted) throw e;
    const missing = !(e instanceof ExecError);
    const why = deadline.aborted
      ? `no answer within ${HELPER_TIMEOUT_MS / 1000} s`
      : missing
        ? (e as Error).message
        : ((e as ExecError).result.stderr || (e as ExecError).result.stdout).trim().slice(0, 300);
    throw new UserError(
      `Credential helper ${program} (${where}) ${deadline.aborted ? 'did not answer' : missing ? 'could not be run' : 'failed'} for registry ${registry}: ${why}`,
      {
        hint: missing
          ? `Install ${program} on the runner's PATH, or remove it from the Docker config.`
          : `Run 'echo ${server} | ${program} get' on the runner to see why; log in again if its credentials expired.`,
      },
    );
  }
  let parsed: { Username?: string; Secret?: string };
  try {
    parsed = JSON.parse(out);
  } catch {
    throw new UserError(
      `Credential helper ${program} (${where}) printed something that is not JSON for ${registry}`,
    );
  }
  if (!parsed.Secret) return undefined;
  opts.log?.secret(parsed.Secret);
  return { username: parsed.Username ?? '', password: parsed.Secret, source: `${where} (${program})` };
}

/**
 * Credentials for one registry, in docker's order: inputs (for their registry), then the Docker config:
 * credHelpers[host], else credsStore, else auths (also when a helper has nothing for the host).
 */
export async function lookupCredentials(
  registry: string,
  opts: CredentialOptions = {},
): Promise<CredentialLookup> {
  const searched: string[] = [];
  const ex = opts.explicit;
  if (ex && ex.registry === registry) {
    searched.push(`inputs registry-username/registry-password (for ${registry})`);
    if (ex.username || ex.password) {
      return {
        credentials: {
          username: ex.username,
          password: ex.password,
          source: 'inputs registry-username/registry-password',
        },
        searched,
      };
    }
  }
  const path = dockerConfigPath(opts.env);
  if (!existsSync(path)) {
    searched.push(`${path} (not found)`);
    return { searched };
  }
  let config: DockerConfig;
  try {
    config = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    searched.push(`${path} (not valid JSON: ${(e as Error).message})`);
    return { searched };
  }
  const helperKey = authKeys(registry).find((k) => config.credHelpers?.[k]);
  const helper = helperKey
    ? { name: config.credHelpers![helperKey]!, where: `${path} credHelpers["${helperKey}"]` }
    : config.credsStore
      ? { name: config.credsStore, where: `${path} credsStore` }
      : undefined;
  if (helper) {
    const credentials = await fromHelper(helper.name, registry, helper.where, opts);
    if (credentials) return { credentials, searched: [...searched, credentials.source] };
    searched.push(`${helper.where} (docker-credential-${helper.name} has nothing for ${registry})`);
  }
  for (const key of authKeys(registry)) {
    const entry = config.auths?.[key];
    if (!entry) continue;
    const source = `${path} auths["${key}"]`;
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0)
        return {
          credentials: { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source },
          searched: [...searched, source],
        };
    }
    if (entry.username && entry.password) {
      return {
        credentials: { username: entry.username, password: entry.password, source },
        searched: [...searched, source],
      };
    }
  }
  searched.push(`${path} (no auths entry for ${registry})`);
  return { searched };
}

export interface Challenge {
  scheme: 'basic' | 'bearer';
  params: Record<string, string>;
}

/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (quoted values may hold commas). */
export function parseChallenge(header: string | undefined): Challenge | undefined {
  if (!header) return undefined;
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const scheme = m[1]!.toLowerCase();
  if (scheme !== 'basic' && scheme !== 'bearer') return undefined;
  const params: Record<string, string> = {};
  const re = /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (let p = re.exec(m[2]!); p; p = re.exec(m[2]!))
    params[p[1]!.toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
  return { scheme, params };
}

export function basicAuth(c: Credentials): string {
  return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
}
