import type { Log } from '@goship/kit';
import { type Credentials, GHCR, GHCR_TOKEN_HINT, lookupCredentials, withGithubToken } from './auth.js';
import { RegistryClient, type RegistryOptions } from './client.js';
import { isLoopbackRegistry } from './errors.js';

export interface PoolOptions {
  /** Registries (host[:port]) allowed over plain HTTP besides loopback ones. */
  insecureRegistries?: string[];
  /** PEM CA bundle trusted in addition to the system roots. */
  ca?: string;
  /** Credentials from inputs, for one registry. */
  explicit?: { registry: string; username: string; password: string };
  /** The job's GITHUB_TOKEN: ghcr.io's credentials when no input or Docker config has any. */
  githubToken?: string;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Progress (retries); `secret` is called with each secret a Docker credential helper returns (runner masking). */
  log?: Pick<Log, 'info' | 'secret'>;
  attempts?: number;
  baseDelayMs?: number;
  monolithicLimit?: number;
  chunkSize?: number;
}

/** One client per registry, so pings, challenges and tokens are shared by every image on it. */
export class RegistryPool {
  private readonly clients = new Map<string, RegistryClient>();

  constructor(private readonly opts: PoolOptions = {}) {}

  get ca(): string | undefined {
    return this.opts.ca;
  }

  async credentialsFor(registry: string): Promise<Credentials | undefined> {
    return (await this.client(registry).credentials()).credentials;
  }

  isInsecure(registry: string): boolean {
    return isLoopbackRegistry(registry) || (this.opts.insecureRegistries ?? []).includes(registry);
  }

  client(registry: string): RegistryClient {
    let c = this.clients.get(registry);
    if (!c) {
      const options: RegistryOptions = {
        registry,
        insecure: this.isInsecure(registry),
        ca: this.opts.ca,
        proxyEnv: this.opts.env,
        credentials: async () =>
          withGithubToken(
            await lookupCredentials(registry, {
              explicit: this.opts.explicit,
              env: this.opts.env,
              log: this.opts.log,
              signal: this.opts.signal,
            }),
            registry,
            this.opts.githubToken,
            this.opts.env,
          ),
        deniedHint: registry === GHCR ? GHCR_TOKEN_HINT : undefined,
        signal: this.opts.signal,
        log: (m) => this.opts.log?.info(m),
        attempts: this.opts.attempts,
        baseDelayMs: this.opts.baseDelayMs,
        monolithicLimit: this.opts.monolithicLimit,
        chunkSize: this.opts.chunkSize,
      };
      c = new RegistryClient(options);
      this.clients.set(registry, c);
    }
    return c;
  }
}
