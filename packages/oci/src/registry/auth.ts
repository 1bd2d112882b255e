/*
 * Registry credentials and the two auth challenge flows of the Distribution API.
 * Credentials come from the action inputs (for the target image's registry only) or from the Docker
 * config that `docker login` / docker/login-action write: $DOCKER_CONFIG/config.json, else
 * ~/.docker/config.json, `auths.<host>.auth` = base64("user:password") (or username/password fields).
 * Every credential source is described without its secret, so a 401 can say where we looked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DOCKER_HUB } from '../reference.js';

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

export function lookupCredentials(registry: string, opts: CredentialOptions = {}): CredentialLookup {
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
  let config: {
    auths?: Record<string, { auth?: string; username?: string; password?: string }>;
    credsStore?: string;
  };
  try {
    config = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    searched.push(`${path} (not valid JSON: ${(e as Error).message})`);
    return { searched };
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
  const helperNote = config.credsStore ? `; credsStore "${config.credsStore}" is not consulted` : '';
  searched.push(`${path} (no auths entry for ${registry}${helperNote})`);
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
