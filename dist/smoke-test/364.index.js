export const id = 364;
export const ids = [364];
export const modules = {

/***/ 2364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Credentials: () => (/* reexport */ Credentials)
});

// UNUSED EXPORTS: APPLY_SET_LABEL, ApiError, CHANGE_CAUSE, ConnectionError, Discovery, FIELD_MANAGER, KubeClient, WORKLOAD_KINDS, apiServerProxy, apiServerProxyFailure, applyObject, buildPlan, collectSecrets, connect, explainApplyError, fieldPath, kindRank, kubeconfigDir, loadManifests, mergePatch, objectKey, objectRef, parseManifests, parseStatus, proxyAgentOptions, resolveKubeconfig, resourcePath, splitApiVersion, toLabelValue, workloadKind

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./packages/kit/src/runner.ts
var runner = __webpack_require__(6976);
;// CONCATENATED MODULE: ./packages/kit/src/exec.ts



/**
 * Flags whose value (`--flag value` or `--flag=value`) is shown as `***` (or `KEY=***`) in errors: build
 * arguments and secrets reach builders this way, and a registry password or token may be among them.
 */
const SENSITIVE_FLAGS = [
    '--build-arg',
    '--secret',
    '--password',
    '--token',
    '--creds',
    '--src-creds',
    '--dest-creds',
    '--registry-password',
    '--set-string',
    '--set',
];
/** Sensitive flags whose argument is KEY=VALUE (only the value is hidden). */
const KEY_VALUE_FLAGS = new Set(['--build-arg', '--set', '--set-string']);
/** The command line as it may be shown: values of sensitive flags and registered secrets masked. */
function displayCommand(file, args, sensitive = SENSITIVE_FLAGS) {
    // `--build-arg NAME` (no value) names a variable the builder takes from its environment: not a secret.
    const hide = (value, flag) => {
        const eq = value.indexOf('=');
        if (eq > 0)
            return `${value.slice(0, eq)}=***`;
        return KEY_VALUE_FLAGS.has(flag) && /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(value) ? value : '***';
    };
    const shown = args.map((arg, i) => {
        const prev = args[i - 1];
        if (prev !== undefined && sensitive.includes(prev))
            return hide(arg, prev);
        const eq = arg.indexOf('=');
        if (arg.startsWith('-') && eq > 0 && sensitive.includes(arg.slice(0, eq))) {
            return `${arg.slice(0, eq)}=${hide(arg.slice(eq + 1), arg.slice(0, eq))}`;
        }
        return arg;
    });
    return (0,runner/* redact */.E$)([file, ...shown].join(' '));
}
class ExecError extends errors/* UserError */.yo {
    file;
    args;
    result;
    constructor(file, args, result, sensitive = SENSITIVE_FLAGS) {
        const tail = (result.stderr || result.stdout).trim().split('\n').slice(-20).join('\n');
        super(`${displayCommand(file, args, sensitive)} exited with code ${result.code}${tail ? `:\n${(0,runner/* redact */.E$)(tail)}` : ''}`);
        this.file = file;
        this.args = args;
        this.result = result;
        this.name = 'ExecError';
    }
}
class ExecTimeoutError extends errors/* UserError */.yo {
    file;
    timeoutMs;
    constructor(file, timeoutMs, command) {
        super(`${command} did not finish within ${timeoutMs} ms and was stopped`, {
            hint: 'Raise the timeout if the work is expected to take longer, or look for what it waits on.',
        });
        this.file = file;
        this.timeoutMs = timeoutMs;
        this.name = 'ExecTimeoutError';
    }
}
/** Time a stopped process gets between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 5000;
/**
 * Runs a program with an argument array — never through a shell, so no input can be interpreted as shell
 * syntax. Captures stdout/stderr; throws ExecError on a non-zero exit unless `allowFailure`.
 */
function exec(file, args, opts = {}) {
    const sensitive = [...SENSITIVE_FLAGS, ...(opts.sensitiveFlags ?? [])];
    return new Promise((resolve, reject) => {
        if (opts.signal?.aborted)
            return reject(opts.signal.reason);
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            shell: false,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stopped;
        let killer;
        const stop = (reason) => {
            if (stopped !== undefined || child.exitCode !== null)
                return;
            stopped = reason;
            child.kill('SIGTERM');
            killer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
            killer.unref();
        };
        const onAbort = () => stop(opts.signal?.reason ?? new errors/* UserError */.yo(`${file} was cancelled`));
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        const timer = opts.timeoutMs !== undefined
            ? setTimeout(() => stop(new ExecTimeoutError(file, opts.timeoutMs, displayCommand(file, args, sensitive))), opts.timeoutMs)
            : undefined;
        const cleanup = () => {
            clearTimeout(timer);
            clearTimeout(killer);
            opts.signal?.removeEventListener('abort', onAbort);
        };
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => {
            out.push(d);
            if (opts.stream)
                process.stdout.write((0,runner/* redact */.E$)(d.toString()));
        });
        child.stderr.on('data', (d) => {
            err.push(d);
            if (opts.stream)
                process.stderr.write((0,runner/* redact */.E$)(d.toString()));
        });
        // A child that exits without reading its stdin must not crash us with EPIPE.
        child.stdin.on('error', () => { });
        child.on('error', (e) => {
            cleanup();
            if (e.code === 'ENOENT') {
                reject(new errors/* UserError */.yo(`'${file}' was not found on PATH`, {
                    hint: `Install ${file} or add it to PATH.`,
                    cause: e,
                }));
            }
            else
                reject(e);
        });
        child.on('close', (code, signal) => {
            cleanup();
            if (stopped !== undefined)
                return reject(stopped);
            const result = {
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
            };
            if (result.code !== 0 && !opts.allowFailure)
                reject(new ExecError(file, args, result, sensitive));
            else
                resolve(result);
        });
        child.stdin.end(opts.input);
    });
}

// EXTERNAL MODULE: ./packages/cluster/src/kubeconfig.ts + 1 modules
var kubeconfig = __webpack_require__(7491);
;// CONCATENATED MODULE: ./packages/cluster/src/credentials.ts




const EXEC_TIMEOUT_MS = 60_000;
const EXEC_APIS = new Set(['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1']);
function fail(target, problem, hint) {
    const sep = problem.startsWith(':') ? '' : ' ';
    return new errors/* UserError */.yo(`Input 'kubeconfig': user '${target.user || '(none)'}'${sep}${problem}`, { hint });
}
class Credentials {
    target;
    events;
    execCached;
    execPending;
    staticAuth;
    baseTls;
    constructor(target, events) {
        this.target = target;
        this.events = events;
        const cluster = target.clusterEntry;
        const user = target.userEntry;
        const dir = (0,kubeconfig/* kubeconfigDir */.xW)(target);
        const file = (what, p) => {
            const full = (0,external_node_path_.isAbsolute)(p) || !dir ? (0,external_node_path_.resolve)(p) : (0,external_node_path_.resolve)(dir, p);
            try {
                return (0,external_node_fs_.readFileSync)(full);
            }
            catch (err) {
                throw fail(target, `: its ${what} file '${full}' cannot be read (${err.code ?? (0,errors/* errorMessage */.gJ)(err)})`, 'Relative paths in a kubeconfig file resolve against its folder; in kubeconfig content, use the *-data fields.');
            }
        };
        const data = (what, b64) => {
            const decoded = Buffer.from(b64, 'base64');
            if (decoded.length === 0)
                throw fail(target, `: its ${what} is not base64`);
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
            if (token)
                events.secret(token);
        }
        const provider = user['auth-provider'];
        if (!token && provider) {
            const idToken = provider.config?.['id-token'];
            if (provider.name !== 'oidc' || !idToken)
                throw fail(target, `uses auth-provider '${provider.name ?? '?'}'${provider.name === 'oidc' ? ' without an id-token' : ''}, which goship does not run`, 'auth-provider plugins were removed from kubectl (1.26); use the exec plugin that replaced it (gke-gcloud-auth-plugin, kubelogin, aws eks get-token) or a token.');
            token = idToken;
        }
        if (token)
            this.staticAuth = `Bearer ${token}`;
        else if (user.username && user.password)
            this.staticAuth = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
        if (user.exec)
            this.checkExec(user.exec);
    }
    /** Whether requests depend on an exec plugin (whose credential may change, and be refreshed after a 401). */
    get usesExec() {
        return !this.staticAuth && this.target.userEntry.exec !== undefined;
    }
    /**
     * The TLS options and Authorization header for the next request (running the exec plugin when the last
     * credential is missing or near its expirationTimestamp), and which credential that is (for `invalidate`).
     */
    async current(signal) {
        if (!this.usesExec)
            return { tls: this.baseTls, authorization: this.staticAuth };
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
    invalidate(used) {
        if (!this.usesExec)
            return false;
        if (used === undefined || this.execCached === used)
            this.execCached = undefined;
        return true;
    }
    checkExec(config) {
        if (!config.command)
            throw fail(this.target, 'has an exec plugin without a command');
        if (config.apiVersion && !EXEC_APIS.has(config.apiVersion))
            throw fail(this.target, `has an exec plugin with apiVersion '${config.apiVersion}'`, `Use ${[...EXEC_APIS].join(' or ')}.`);
        if (config.interactiveMode === 'Always')
            throw fail(this.target, `has an exec plugin '${config.command}' with interactiveMode: Always, and a CI step has no terminal`, 'Use a plugin mode that needs no prompt (interactiveMode: Never or IfAvailable).');
    }
    execCredential(signal) {
        const c = this.execCached;
        if (c && (c.expires === undefined || c.expires - Date.now() > 10_000))
            return Promise.resolve(c);
        this.execPending ??= this.runExec(signal).finally(() => {
            this.execPending = undefined;
        });
        return this.execPending;
    }
    async runExec(signal) {
        const config = this.target.userEntry.exec;
        const dir = (0,kubeconfig/* kubeconfigDir */.xW)(this.target);
        const command = config.command;
        // client-go: a relative command with a path separator is relative to the kubeconfig's folder.
        const file = command.includes('/') && !(0,external_node_path_.isAbsolute)(command) && dir ? (0,external_node_path_.resolve)(dir, command) : command;
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
        const env = { ...process.env, KUBERNETES_EXEC_INFO: JSON.stringify(info) };
        for (const e of config.env ?? [])
            if (e?.name)
                env[e.name] = e.value ?? '';
        this.events.notice(`kubeconfig user '${this.target.user}' gets its credentials from the exec plugin '${command}'${config.args?.length ? ` (${config.args.length} arguments)` : ''}`);
        const timeout = AbortSignal.timeout(EXEC_TIMEOUT_MS);
        let result;
        try {
            result = await exec(file, config.args ?? [], {
                env,
                allowFailure: true,
                signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
            });
        }
        catch (err) {
            if (timeout.aborted)
                throw fail(this.target, `: the exec plugin '${command}' did not answer within ${EXEC_TIMEOUT_MS / 1000}s`);
            if (signal?.aborted)
                throw signal.reason;
            throw fail(this.target, `: the exec plugin '${command}' cannot be started: ${err instanceof errors/* UserError */.yo ? 'not found' : (0,errors/* errorMessage */.gJ)(err)}`, config.installHint ||
                'Install the plugin on the runner, or give its absolute path in the kubeconfig.');
        }
        if (result.code !== 0) {
            const tail = result.stderr.trim().split('\n').slice(-3).join(' / ').slice(0, 400);
            throw fail(this.target, `: the exec plugin '${command}' exited with code ${result.code}${tail ? `: ${tail}` : ''}`, config.installHint);
        }
        let parsed;
        try {
            parsed = JSON.parse(result.stdout);
        }
        catch {
            throw fail(this.target, `: the exec plugin '${command}' did not print an ExecCredential (JSON)`);
        }
        const status = parsed?.status;
        if (parsed?.kind !== 'ExecCredential' || !status || (!status.token && !status.clientKeyData))
            throw fail(this.target, `: the exec plugin '${command}' printed no ExecCredential with a status.token or client certificate`);
        if (parsed.apiVersion !== apiVersion)
            throw fail(this.target, `: the exec plugin '${command}' answered with apiVersion '${parsed.apiVersion}', the kubeconfig asks for '${apiVersion}'`);
        // Masked before anything else can print them.
        for (const s of [status.token, status.clientKeyData])
            if (s)
                this.events.secret(s);
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

;// CONCATENATED MODULE: ./packages/cluster/src/index.ts
// How goship reaches a Kubernetes API server: the kubeconfig, its credentials (exec plugins, token files,
// client certificates, basic auth), the HTTPS client with the kubeconfig's TLS, the connection check and
// discovery — and speaking the API about objects: manifests parsed at file:line, the apply plan, server-side
// apply and its errors explained. Below every stage: k8s-rollout (@goship/kube), the smoke test's service
// proxy (@goship/probe), the render preview (@goship/manifests) and the pipeline's live facts reach a
// cluster only through here.












/***/ })

};
