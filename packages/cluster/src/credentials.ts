import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { errorMessage, exec, type Log, UserError } from '@goship/kit';
import { type ExecConfig, kubeconfigDir, type ResolvedKubeconfig } from './kubeconfig.js';

/*
 * What the kubeconfig's selected cluster and user mean for a request: the TLS material (CA, client
 * certificate and key, server name, verification) and the Authorization header (bearer token, token file,
 * basic auth, an exec credential plugin), as client-go reads them. Only this and node:https — the
 * Kubernetes client library is 20 MB of generated API models for the handful of calls goship makes. One
 * reading for every caller: k8s-rollout's client, the smoke test's service proxy, the render preview.
 * Errors name the kubeconfig entry and never quote a credential.
 */

export interface TlsMaterial {
  ca?: string | Buffer;
  cert?: string | Buffer;
  key?: string | Buffer;
  rejectUnauthorized: boolean;
  servername?: string;
}

/** What a client reports while authenticating: exec plugins are announced, the secrets they return masked. */
export type CredentialEvents = Pick<Log, 'notice' | 'secret'>;

interface ExecCredential {
  token?: string;
  clientCertificateData?: string;
  clientKeyData?: string;
  /** ms since the epoch; absent: valid for the whole run. */
  expires?: number;
  tls?: TlsMaterial;
}

const EXEC_TIMEOUT_MS = 60_000;
const EXEC_APIS = new Set(['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1']);

function fail(target: ResolvedKubeconfig, problem: string, hint?: string): UserError {
  const sep = problem.startsWith(':') ? '' : ' ';
  return new UserError(`Input 'kubeconfig': user '${target.user || '(none)'}'${sep}${problem}`, { hint });
}

export class Credentials {
  private execCached?: ExecCredential;
  private execPending?: Promise<ExecCredential>;
  private readonly staticAuth?: string;
  private readonly baseTls: TlsMaterial;

  constructor(
    readonly target: ResolvedKubeconfig,
    private readonly events: CredentialEvents,
  ) {
    const cluster = target.clusterEntry;
    const user = target.userEntry;
    const dir = kubeconfigDir(target);
    const file = (what: string, p: string) => {
      const full = isAbsolute(p) || !dir ? resolve(p) : resolve(dir, p);
      try {
        return readFileSync(full);
      } catch (err) {
        throw fail(
          target,
          `: its ${what} file '${full}' cannot be read (${(err as NodeJS.ErrnoException).code ?? errorMessage(err)})`,
          'Relative paths in a kubeconfig file resolve against its folder; in kubeconfig content, use the *-data fields.',
        );
      }
    };
    const data = (what: string, b64: string) => {
      const decoded = Buffer.from(b64, 'base64');
      if (decoded.length === 0) throw fail(target, `: its ${what} is not base64`);
      return decoded;
    };
    const insecure = cluster['insecure-skip-tls-verify'] === true;
    this.baseTls = {
      rejectUnauthorized: !insecure,
      servername: cluster['tls-server-name'] || undefined,
      ca: cluster['certificate-authority-data']
        ? data('certificate-authority-data', cluster['certificate-authority-data'])
        : cluster['certificate-authority']
          ? file('certificate-authority', cluster['certificate-authority'])
          : undefined,
      cert: user['client-certificate-data']
        ? data('client-certificate-data', user['client-certificate-data'])
        : user['client-certificate']
          ? file('client-certificate', user['client-certificate'])
          : undefined,
      key: user['client-key-data']
        ? data('client-key-data', user['client-key-data'])
        : user['client-key']
          ? file('client-key', user['client-key'])
          : undefined,
    };
    if (Boolean(this.baseTls.cert) !== Boolean(this.baseTls.key))
      throw fail(target, 'has a client certificate without its key, or a key without its certificate');
    let token = user.token;
    if (!token && user.tokenFile) {
      token = file('tokenFile', user.tokenFile).toString('utf8').trim();
      if (token) events.secret(token);
    }
    const provider = user['auth-provider'];
    if (!token && provider) {
      const idToken = provider.config?.['id-token'];
      if (provider.name !== 'oidc' || !idToken)
        throw fail(
          target,
          `uses auth-provider '${provider.name ?? '?'}'${provider.name === 'oidc' ? ' without an id-token' : ''}, which goship does not run`,
          'auth-provider plugins were removed from kubectl (1.26); use the exec plugin that replaced it (gke-gcloud-auth-plugin, kubelogin, aws eks get-token) or a token.',
        );
      token = idToken;
    }
    if (token) this.staticAuth = `Bearer ${token}`;
    else if (user.username && user.password)
      this.staticAuth = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
    if (user.exec) this.checkExec(user.exec);
  }

  /** Whether requests depend on an exec plugin (whose credential may change, and be refreshed after a 401). */
  get usesExec(): boolean {
    return !this.staticAuth && this.target.userEntry.exec !== undefined;
  }

  /**
   * The TLS options and Authorization header for the next request (running the exec plugin when the last
   * credential is missing or near its expirationTimestamp), and which credential that is (for `invalidate`).
   */
  async current(
    signal?: AbortSignal,
  ): Promise<{ tls: TlsMaterial; authorization?: string; credential?: object }> {
    if (!this.usesExec) return { tls: this.baseTls, authorization: this.staticAuth };
    const cred = await this.execCredential(signal);
    // The same object for the same credential: the client keeps one connection pool per TLS identity.
    cred.tls ??=
      cred.clientCertificateData && cred.clientKeyData
        ? { ...this.baseTls, cert: cred.clientCertificateData, key: cred.clientKeyData }
        : this.baseTls;
    return {
      tls: cred.tls,
      authorization: cred.token ? `Bearer ${cred.token}` : undefined,
      credential: cred,
    };
  }

  /**
   * After a 401 with `used` (current's `credential`): forget it so the next request asks the plugin again
   * (client-go does the same). True when a retry may get another credential: always with an exec plugin — when
   * concurrent requests get their 401s together, the first forgets the credential and the others retry with
   * the one the plugin gives next, instead of failing.
   */
  invalidate(used?: object): boolean {
    if (!this.usesExec) return false;
    if (used === undefined || this.execCached === used) this.execCached = undefined;
    return true;
  }

  private checkExec(config: ExecConfig): void {
    if (!config.command) throw fail(this.target, 'has an exec plugin without a command');
    if (config.apiVersion && !EXEC_APIS.has(config.apiVersion))
      throw fail(
        this.target,
        `has an exec plugin with apiVersion '${config.apiVersion}'`,
        `Use ${[...EXEC_APIS].join(' or ')}.`,
      );
    if (config.interactiveMode === 'Always')
      throw fail(
        this.target,
        `has an exec plugin '${config.command}' with interactiveMode: Always, and a CI step has no terminal`,
        'Use a plugin mode that needs no prompt (interactiveMode: Never or IfAvailable).',
      );
  }

  private execCredential(signal?: AbortSignal): Promise<ExecCredential> {
    const c = this.execCached;
    if (c && (c.expires === undefined || c.expires - Date.now() > 10_000)) return Promise.resolve(c);
    this.execPending ??= this.runExec(signal).finally(() => {
      this.execPending = undefined;
    });
    return this.execPending;
  }

  private async runExec(signal?: AbortSignal): Promise<ExecCredential> {
    const config = this.target.userEntry.exec!;
    const dir = kubeconfigDir(this.target);
    const command = config.command!;
    // client-go: a relative command with a path separator is relative to the kubeconfig's folder.
    const file = command.includes('/') && !isAbsolute(command) && dir ? resolve(dir, command) : command;
    const apiVersion = config.apiVersion ?? 'client.authentication.k8s.io/v1';
    const cluster = this.target.clusterEntry;
    const info = {
      apiVersion,
      kind: 'ExecCredential',
      spec: {
        interactive: false,
        ...(config.provideClusterInfo
          ? {
              cluster: {
                server: this.target.server,
                'tls-server-name': cluster['tls-server-name'],
                'insecure-skip-tls-verify': cluster['insecure-skip-tls-verify'],
                'certificate-authority-data': cluster['certificate-authority-data'],
              },
            }
          : {}),
      },
    };
    const env: NodeJS.ProcessEnv = { ...process.env, KUBERNETES_EXEC_INFO: JSON.stringify(info) };
    for (const e of config.env ?? []) if (e?.name) env[e.name] = e.value ?? '';
    this.events.notice(
      `kubeconfig user '${this.target.user}' gets its credentials from the exec plugin '${command}'${config.args?.length ? ` (${config.args.length} arguments)` : ''}`,
    );
    const timeout = AbortSignal.timeout(EXEC_TIMEOUT_MS);
    let result: Awaited<ReturnType<typeof exec>>;
    try {
      result = await exec(file, config.args ?? [], {
        env,
        allowFailure: true,
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (err) {
      if (timeout.aborted)
        throw fail(
          this.target,
          `: the exec plugin '${command}' did not answer within ${EXEC_TIMEOUT_MS / 1000}s`,
        );
      if (signal?.aborted) throw signal.reason;
      throw fail(
        this.target,
        `: the exec plugin '${command}' cannot be started: ${err instanceof UserError ? 'not found' : errorMessage(err)}`,
        config.installHint ||
          'Install the plugin on the runner, or give its absolute path in the kubeconfig.',
      );
    }
    if (result.code !== 0) {
      const tail = result.stderr.trim().split('\n').slice(-3).join(' / ').slice(0, 400);
      throw fail(
        this.target,
        `: the exec plugin '${command}' exited with code ${result.code}${tail ? `: ${tail}` : ''}`,
        config.installHint,
      );
    }
    let parsed: {
      apiVersion?: string;
      kind?: string;
      status?: {
        token?: string;
        clientCertificateData?: string;
        clientKeyData?: string;
        expirationTimestamp?: string;
      };
    };
    try {
      parsed = JSON.parse(result.stdout);
    } catch {
      throw fail(this.target, `: the exec plugin '${command}' did not print an ExecCredential (JSON)`);
    }
    const status = parsed?.status;
    if (parsed?.kind !== 'ExecCredential' || !status || (!status.token && !status.clientKeyData))
      throw fail(
        this.target,
        `: the exec plugin '${command}' printed no ExecCredential with a status.token or client certificate`,
      );
    if (parsed.apiVersion !== apiVersion)
      throw fail(
        this.target,
        `: the exec plugin '${command}' answered with apiVersion '${parsed.apiVersion}', the kubeconfig asks for '${apiVersion}'`,
      );
    // Masked before anything else can print them.
    for (const s of [status.token, status.clientKeyData]) if (s) this.events.secret(s);
    if (Boolean(status.clientCertificateData) !== Boolean(status.clientKeyData))
      throw fail(this.target, `: the exec plugin '${command}' returned a client certificate without its key`);
    const expires = status.expirationTimestamp ? Date.parse(status.expirationTimestamp) : undefined;
    this.execCached = {
      token: status.token,
      clientCertificateData: status.clientCertificateData,
      clientKeyData: status.clientKeyData,
      expires: Number.isNaN(expires) ? undefined : expires,
    };
    return this.execCached;
  }
}
