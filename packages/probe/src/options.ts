/*
 * The smoke-test inputs → SmokeTestOptions. Every problem is an InputError naming the input, raised before
 * any request is sent; the values to mask come back first so the adapter can mask them before printing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveKubeconfig } from '@goship/cluster/kubeconfig';
import { InputError, type Inputs } from '@goship/kit';
import { parseHeaderExpectations, parseRequestHeaders, secretHeaderValues } from './headers.js';
import { parseJsonAssertion } from './json-assert.js';
import { type LatencyBudget, parseLatencyBudget } from './latency.js';
import type { SmokeTestOptions } from './smoke-test.js';
import { parseStatusMatcher } from './status.js';
import { parseServiceTarget, parseUrlTarget, type Target, withDefaultPath } from './target.js';

export interface SmokeTestEnv {
  /** Where relative paths (ca-file, a kubeconfig path) resolve. */
  workspace: string;
  /** For the kubeconfig's KUBECONFIG fallback. */
  env: Readonly<Record<string, string | undefined>>;
  /** In the one-step pipeline the version and commit to expect come typed from the build. */
  chained?: boolean;
}

export type ParsedSmokeTest = Omit<SmokeTestOptions, 'signal' | 'log' | 'random'> & {
  /** Credentials found in the inputs (kubeconfig, secret-looking headers, URL passwords): mask them first. */
  secrets: string[];
  /** Where the version is asked for (version-path): the path of targets that name none. */
  versionPath: string;
};

const METHOD = /^[A-Z]+$/;

export function parseSmokeTestInputs(inputs: Inputs, ctx: SmokeTestEnv): ParsedSmokeTest {
  const secrets: string[] = [];
  const headers = parseRequestHeaders('headers', inputs.lines('headers'));
  secrets.push(...secretHeaderValues(headers));

  let targets = readTargets(inputs, secrets);
  const kubeconfig = readKubeconfig(inputs, ctx, targets, headers, secrets);
  targets = withNamespace(inputs, targets);

  const version = inputs.optional('expect-version');
  const commit = inputs.optional('expect-commit');
  const versionPath = inputs.string('version-path') || '/version';
  targets = withVersionPath(targets, versionPath, { version, commit, chained: ctx.chained });
  if (commit && !/^[0-9a-f]{7,64}$/i.test(commit))
    throw new InputError(
      'expect-commit',
      `'${commit}' is not a commit hash`,
      '7 to 64 hex digits, e.g. ${{ github.sha }}',
    );

  const method = (inputs.string('method') || 'GET').toUpperCase();
  if (!METHOD.test(method))
    throw new InputError('method', `'${method}' is not an HTTP method`, 'GET, HEAD, POST, PUT, …');
  const bodyText = inputs.string('body');
  const expect = readExpectations(inputs, method, version, commit);
  const tls = readTls(inputs, ctx.workspace);
  const timing = readTiming(inputs);

  return {
    targets,
    kubeconfig,
    method,
    headers,
    body: bodyText === '' ? undefined : bodyText,
    expect,
    tls,
    requestTimeoutMs: timing.requestTimeoutMs,
    timeoutMs: timing.timeoutMs,
    retries: timing.retries,
    backoff: timing.backoff,
    consecutiveSuccesses: timing.consecutiveSuccesses,
    intervalMs: timing.intervalMs,
    requests: timing.requests,
    latency: timing.latency,
    secrets: [...new Set(secrets)].filter((s) => s.length >= 3),
    versionPath,
  };
}

/** The url and service targets; a URL's password goes to `secrets`. */
function readTargets(inputs: Inputs, secrets: string[]): Target[] {
  const targets: Target[] = [
    ...urlItems(inputs.string('url')).map((u) => parseUrlTarget('url', u)),
    ...inputs.list('service').map((s) => parseServiceTarget('service', s)),
  ];
  for (const t of targets)
    if (t.kind === 'url' && t.url.password) secrets.push(decodeURIComponent(t.url.password));
  if (targets.length === 0) {
    throw new InputError(
      'url',
      'no target: both url and service are empty',
      'a URL (url: https://hello.example.com/healthz) or a Service (service: prod/hello:8080/healthz)',
    );
  }
  return targets;
}

/** The kubeconfig that service targets need; one given for URL targets only has its secrets masked. */
function readKubeconfig(
  inputs: Inputs,
  ctx: SmokeTestEnv,
  targets: readonly Target[],
  headers: ReturnType<typeof parseRequestHeaders>,
  secrets: string[],
): SmokeTestOptions['kubeconfig'] {
  if (targets.some((t) => t.kind === 'service')) {
    const kubeconfig = resolveKubeconfig({
      value: inputs.string('kubeconfig'),
      context: inputs.string('context'),
      cwd: ctx.workspace,
      env: ctx.env as NodeJS.ProcessEnv,
      proxyEnv: ctx.env,
    });
    secrets.push(...kubeconfig.secrets);
    if (headers.some(([n]) => /^authorization$/i.test(n))) {
      throw new InputError(
        'headers',
        'has an Authorization header, which a service target cannot carry: the API server takes that header for its own authentication',
        'no Authorization header with service targets',
        'Check the Service through a `url` to send your own Authorization header.',
      );
    }
    return kubeconfig;
  }
  if (inputs.string('kubeconfig') !== '') {
    // Given but unused (the pipeline passes it to every stage): not an error, but its secrets are masked.
    try {
      secrets.push(
        ...resolveKubeconfig({ value: inputs.string('kubeconfig'), cwd: ctx.workspace, env: {} }).secrets,
      );
    } catch {
      /* not used for URL targets */
    }
  }
  return undefined;
}

/** The namespace input fills in service targets that name none. */
function withNamespace(inputs: Inputs, targets: Target[]): Target[] {
  const namespace = inputs.optional('namespace');
  if (!namespace) return targets;
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace) || namespace.length > 63)
    throw new InputError(
      'namespace',
      `'${namespace}' is not a valid namespace name`,
      'a DNS label (lower-case letters, digits, -)',
    );
  return targets.map((t) =>
    t.kind === 'service' && !t.namespace
      ? { ...t, namespace, display: t.display.replace(/^service /, `service ${namespace}/`) }
      : t,
  );
}

/** Checks version-path when a version is expected, and gives it to the targets that name no path. */
function withVersionPath(
  targets: Target[],
  versionPath: string,
  want: { version?: string; commit?: string; chained?: boolean },
): Target[] {
  if (!(want.version || want.commit || want.chained)) return targets;
  if (!versionPath.startsWith('/'))
    throw new InputError('version-path', `'${versionPath}' does not start with /`, 'a path such as /version');
  return want.version || want.commit ? targets.map((t) => withDefaultPath(t, versionPath)) : targets;
}

function readExpectations(
  inputs: Inputs,
  method: string,
  version: string | undefined,
  commit: string | undefined,
): SmokeTestOptions['expect'] {
  const expect = {
    status: parseStatusMatcher(
      'expect-status',
      inputs.list('expect-status').length > 0 ? inputs.list('expect-status') : ['2xx'],
    ),
    body: inputs.lines('expect-body'),
    bodyRegex: inputs.lines('expect-body-regex').map((r) => regex('expect-body-regex', r)),
    json: inputs.lines('expect-json').map((a) => parseJsonAssertion('expect-json', a)),
    headers: parseHeaderExpectations('expect-header', inputs.lines('expect-header')),
    version: version || commit ? { version, commit } : undefined,
  };
  if (
    method === 'HEAD' &&
    (expect.body.length || expect.bodyRegex.length || expect.json.length || expect.version)
  )
    throw new InputError(
      'method',
      'HEAD answers have no body, but body expectations are set',
      'GET (or drop expect-body/-json/-version)',
    );
  return expect;
}

/** insecure and ca-file (a PEM file under the workspace). */
function readTls(inputs: Inputs, workspace: string): SmokeTestOptions['tls'] {
  const insecure = inputs.boolean('insecure', false);
  const caFile = inputs.optional('ca-file');
  let ca: string[] | undefined;
  if (caFile) {
    if (insecure)
      throw new InputError(
        'ca-file',
        'is set together with insecure: true, which skips verification',
        'one of them',
      );
    const full = resolve(workspace, caFile);
    if (!existsSync(full))
      throw new InputError(
        'ca-file',
        `'${caFile}' does not exist`,
        'the path of a PEM file with CA certificates',
      );
    const pem = readFileSync(full, 'utf8');
    if (!pem.includes('-----BEGIN CERTIFICATE-----'))
      throw new InputError(
        'ca-file',
        `'${caFile}' holds no PEM certificate`,
        'a PEM file (-----BEGIN CERTIFICATE-----)',
      );
    ca = [pem];
  }
  return { insecure, ca };
}

type Timing = Pick<
  SmokeTestOptions,
  | 'requestTimeoutMs'
  | 'timeoutMs'
  | 'retries'
  | 'backoff'
  | 'consecutiveSuccesses'
  | 'intervalMs'
  | 'requests'
  | 'latency'
>;

/** Timeouts, retries, pacing and latency budgets, read in this order. */
function readTiming(inputs: Inputs): Timing {
  const timeoutMs = inputs.duration('timeout', 120_000)!;
  if (timeoutMs < 100)
    throw new InputError('timeout', `${timeoutMs} ms is too short`, 'a duration of at least 100ms, e.g. 2m');
  const requestTimeoutMs = inputs.duration('request-timeout', 10_000)!;
  if (requestTimeoutMs < 1) throw new InputError('request-timeout', 'is zero', 'a duration such as 10s');
  const retryDelay = inputs.duration('retry-delay', 1000)!;
  const latency: LatencyBudget[] = inputs.list('latency').map((b) => parseLatencyBudget('latency', b));
  const p95 = inputs.optional('latency-p95');
  if (p95) latency.push(parseLatencyBudget('latency-p95', `p95 <= ${p95}`));
  return {
    requestTimeoutMs: Math.min(requestTimeoutMs, timeoutMs),
    timeoutMs,
    retries: inputs.integer('retries', { min: 0, max: 1000, fallback: 10 })!,
    backoff: { baseMs: Math.max(1, retryDelay), maxMs: Math.max(retryDelay, 10_000) },
    consecutiveSuccesses: inputs.integer('consecutive-successes', { min: 1, max: 1000, fallback: 3 })!,
    intervalMs: inputs.duration('interval', 500)!,
    requests: inputs.integer('requests', { min: 0, max: 100_000, fallback: 0 })!,
    latency,
  };
}

/** URLs one per line or comma-separated; a comma inside a URL (a query) stays when no scheme follows it. */
export function urlItems(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .flatMap((l) => l.split(/\s*,\s*(?=[A-Za-z][A-Za-z0-9+.-]*:\/\/)|\s+/))
    .filter((s) => s !== '');
}

function regex(input: string, text: string): RegExp {
  const m = /^\/(.*)\/([imsu]*)$/.exec(text);
  try {
    return m ? new RegExp(m[1]!, m[2]) : new RegExp(text);
  } catch (err) {
    throw new InputError(
      input,
      `'${text}' is not a valid regex: ${(err as Error).message}`,
      'a JavaScript regex, optionally as /regex/flags',
    );
  }
}
