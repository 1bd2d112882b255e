import { rootCertificates } from 'node:tls';
import type { ResolvedKubeconfig } from '@goship/cluster/kubeconfig';
import { backoffDelay, formatMs, type Log, sleep, span, tracing } from '@goship/kit';
import { checkResponse, type Expectations } from './checks.js';
import { failureHint, type HttpOutcome, type HttpRequest, sendRequest } from './http.js';
import { checkBudgets, type LatencyBudget, type LatencyStats, latencyStats } from './latency.js';
import {
  type ApiServerAccess,
  apiServerAccess,
  apiServerAuth,
  apiServerStatus,
  serviceProxyUrl,
} from './service-proxy.js';
import type { Target } from './target.js';

/*
 * The smoke-test stage: every target is checked in parallel, each until it has answered as expected
 * `consecutiveSuccesses` times in a row (a retryable failure in between starts the count again), then
 * `requests` more times for the latency budget — all within one overall deadline. Transport failures
 * (refused, reset, timeout) and unexpected 5xx/429 are retried with exponential backoff and jitter; any
 * other wrong answer is final at once. No process.env, no runner I/O: the adapter and the pipeline call it.
 */

export interface SmokeTestOptions {
  targets: Target[];
  /** Needed when a target is a Service (reached through the API server's service proxy). */
  kubeconfig?: ResolvedKubeconfig;
  method: string;
  headers: [string, string][];
  body?: string;
  expect: Expectations;
  /** TLS of URL targets: `insecure` skips verification; `ca` adds trusted CAs (PEM) to the system's. */
  tls: { insecure: boolean; ca?: string[] };
  requestTimeoutMs: number;
  /** The overall deadline for all targets. */
  timeoutMs: number;
  /** Retries per target after the first attempt (the deadline may end them sooner). */
  retries: number;
  backoff: { baseMs: number; maxMs: number };
  consecutiveSuccesses: number;
  /** Pause between successful checks while counting consecutive successes. */
  intervalMs: number;
  /** Extra requests after passing, measured for the latency budget (each must pass the checks too). */
  requests: number;
  latency: LatencyBudget[];
  signal?: AbortSignal;
  /**
   * Progress; `notice` announces an exec credential plugin before it runs, `secret` masks what an exec
   * credential plugin or a tokenFile gives, before anything can print it (add-mask).
   */
  log?: Pick<Log, 'info' | 'notice' | 'secret'>;
  /** Jitter source (tests fix it). */
  random?: () => number;
}

export interface AttemptFailure {
  attempt: number;
  /** The HTTP status, when there was an answer. */
  status?: number;
  /** The transport error code (ECONNREFUSED, TIMEOUT, …), when there was none. */
  code?: string;
  message: string;
}

export interface TargetReport {
  target: string;
  url: string;
  method: string;
  passed: boolean;
  attempts: number;
  /** How often each status (or transport error code) was seen. */
  statuses: Record<string, number>;
  /** Over the requests that counted: the final run of consecutive successes plus `requests`. */
  latency?: LatencyStats;
  successesInRow: number;
  firstFailure?: AttemptFailure;
  /** The body of the last passing answer (first 4 KiB): what the service said about itself (/version). */
  answer?: string;
  /** Why the target failed (absent when it passed). */
  failure?: string;
  hint?: string;
  durationMs: number;
}

export interface SmokeTestResult {
  passed: boolean;
  durationMs: number;
  targets: TargetReport[];
}

interface Judged {
  ok: boolean;
  body?: string;
  retryable: boolean;
  message: string;
  hint?: string;
  status?: number;
  code?: string;
  latencyMs: number;
}

export async function smokeTest(o: SmokeTestOptions): Promise<SmokeTestResult> {
  const started = performance.now();
  const deadline = started + o.timeoutMs;
  const access = o.targets.some((t) => t.kind === 'service') ? await kubeAccess(o) : undefined;
  const targets = await Promise.all(
    o.targets.map((t) =>
      span('smoke check', { 'goship.smoke.target': t.display }, async (s) => {
        const r = await checkTarget(o, t, deadline, access);
        s.set({ 'goship.smoke.attempts': r.attempts, 'goship.smoke.passed': r.passed });
        if (!r.passed) s.fail(r.failure ?? 'failed', 'SmokeTestFailed');
        return r;
      }),
    ),
  );
  return {
    passed: targets.every((t) => t.passed),
    durationMs: Math.round(performance.now() - started),
    targets,
  };
}

function kubeAccess(o: SmokeTestOptions): Promise<ApiServerAccess> {
  if (!o.kubeconfig) throw new Error('smokeTest: a Service target needs options.kubeconfig');
  return apiServerAccess(o.kubeconfig, {
    notice: (m) => o.log?.notice(m),
    secret: (s) => o.log?.secret(s),
  });
}

function buildRequest(
  o: SmokeTestOptions,
  t: Target,
  access?: ApiServerAccess,
): Omit<HttpRequest, 'timeoutMs'> {
  const base = { method: o.method, body: o.body, signal: o.signal };
  const headers = withTraceContext(o.headers);
  // A Service target's credentials are added to each request (sendTo): an exec plugin's token may change.
  if (t.kind === 'service') return { ...base, url: serviceProxyUrl(access!, t), headers };
  const ca = o.tls.ca && o.tls.ca.length > 0 ? [...rootCertificates, ...o.tls.ca] : undefined;
  return { ...base, url: t.url, headers, tls: { ca, rejectUnauthorized: !o.tls.insecure } };
}

/**
 * The smoke check's span as W3C trace context on its requests, when the run is traced: an instrumented
 * service's spans of these requests then belong to the deploy's trace. A traceparent in `headers` is the
 * user's and stays.
 */
function withTraceContext(headers: readonly [string, string][]): readonly [string, string][] {
  const traceparent = tracing().traceparent();
  if (!traceparent || headers.some(([name]) => name.toLowerCase() === 'traceparent')) return headers;
  return [...headers, ['traceparent', traceparent]];
}

async function checkTarget(
  o: SmokeTestOptions,
  t: Target,
  deadline: number,
  access?: ApiServerAccess,
): Promise<TargetReport> {
  const started = performance.now();
  const request = buildRequest(o, t, access);
  const report: TargetReport = {
    target: t.display,
    url: t.kind === 'url' ? t.display : request.url.toString(),
    method: o.method,
    passed: false,
    attempts: 0,
    statuses: {},
    successesInRow: 0,
    durationMs: 0,
  };
  const log = (m: string) => o.log?.info(`${t.display}: ${m}`);
  const counted: number[] = [];
  const done = (failure?: string, hint?: string): TargetReport => {
    report.latency = latencyStats(counted);
    report.durationMs = Math.round(performance.now() - started);
    report.failure = failure;
    report.hint = hint;
    report.passed = failure === undefined;
    return report;
  };
  const attempt = async (): Promise<Judged | undefined> => {
    const remaining = deadline - performance.now();
    if (remaining <= 0) return undefined;
    const outcome = await sendTo(
      { ...request, timeoutMs: Math.min(o.requestTimeoutMs, Math.ceil(remaining)) },
      t.kind === 'service' ? access : undefined,
    );
    report.attempts++;
    const judged = judge(o.expect, t, outcome);
    const key = judged.status !== undefined ? String(judged.status) : (judged.code ?? 'error');
    report.statuses[key] = (report.statuses[key] ?? 0) + 1;
    if (!judged.ok && !report.firstFailure) {
      report.firstFailure = {
        attempt: report.attempts,
        status: judged.status,
        code: judged.code,
        message: judged.message,
      };
    }
    return judged;
  };
  const timeoutText = `the overall timeout (${formatMs(o.timeoutMs)})`;

  let retries = 0;
  let last: Judged | undefined;
  while (report.successesInRow < o.consecutiveSuccesses) {
    const r = await attempt();
    if (!r) {
      return done(
        `${timeoutText} ran out after ${report.attempts} attempt(s) with ${report.successesInRow} of ${o.consecutiveSuccesses} successes in a row${last && !last.ok ? `; last: ${last.message}` : ''}`,
        last?.hint,
      );
    }
    last = r;
    if (r.ok) {
      report.successesInRow++;
      if (r.body !== undefined) report.answer = r.body.slice(0, 4096);
      counted.push(r.latencyMs);
      log(
        `${r.status} in ${formatMs(r.latencyMs)} (${report.successesInRow}/${o.consecutiveSuccesses} in a row)`,
      );
      if (report.successesInRow < o.consecutiveSuccesses) await pause(o.intervalMs, deadline, o.signal);
      continue;
    }
    const hadRun = report.successesInRow;
    report.successesInRow = 0;
    counted.length = 0;
    if (!r.retryable) return done(r.message, r.hint);
    if (retries >= o.retries) {
      return done(
        `${r.message} (gave up after ${report.attempts} attempt(s): retries: ${o.retries})`,
        r.hint,
      );
    }
    retries++;
    const delay = backoffDelay(retries, o.backoff.baseMs, o.backoff.maxMs, o.random);
    if (performance.now() + delay >= deadline) {
      return done(`${timeoutText} ran out after ${report.attempts} attempt(s); last: ${r.message}`, r.hint);
    }
    log(
      `${r.message}${hadRun > 0 ? ` (after ${hadRun} success(es) in a row: counting again)` : ''}; retrying in ${formatMs(delay)}`,
    );
    await sleep(delay, o.signal);
  }

  for (let i = 1; i <= o.requests; i++) {
    const r = await attempt();
    if (!r) return done(`${timeoutText} ran out after ${i - 1} of ${o.requests} measured requests`);
    if (!r.ok) return done(`measured request ${i} of ${o.requests}: ${r.message}`, r.hint);
    counted.push(r.latencyMs);
  }
  if (o.requests > 0) log(`${o.requests} measured request(s) passed`);

  const broken = checkBudgets(o.latency, counted);
  if (broken.length > 0) {
    return done(
      `latency budget broken over ${counted.length} request(s): ${broken
        .map((b) => `${b.budget.stat} is ${formatMs(b.measuredMs)} (budget ${b.budget.text})`)
        .join('; ')}`,
      'Look at the slow requests in the service, or raise the budget if it was too tight.',
    );
  }
  return done();
}

/**
 * One request; to the API server with its current credentials. After a 401 an exec plugin's credential is
 * dropped and the request sent once more with a fresh one, as k8s-rollout's client does.
 */
async function sendTo(request: HttpRequest, access: ApiServerAccess | undefined): Promise<HttpOutcome> {
  if (!access) return sendRequest(request);
  for (let again = false; ; again = true) {
    const auth = await apiServerAuth(access, request.signal);
    const outcome = await sendRequest({
      ...request,
      headers: [...request.headers, ...auth.headers],
      tls: auth.tls,
      proxy: auth.proxy,
    });
    const refused = outcome.kind === 'response' && outcome.status === 401;
    if (again || !refused || !access.credentials.invalidate()) return outcome;
  }
}

async function pause(ms: number, deadline: number, signal?: AbortSignal): Promise<void> {
  const wait = Math.min(ms, Math.max(0, deadline - performance.now()));
  if (wait > 0) await sleep(wait, signal);
}

function judge(e: Expectations, t: Target, outcome: HttpOutcome): Judged {
  if (outcome.kind === 'error') {
    return {
      ok: false,
      retryable: outcome.retryable,
      message: outcome.message,
      hint: failureHint(outcome, t.kind === 'url' && t.url.protocol === 'https:'),
      code: outcome.code,
      latencyMs: outcome.latencyMs,
    };
  }
  const base = { status: outcome.status, latencyMs: outcome.latencyMs };
  if (t.kind === 'service' && !e.status.matches(outcome.status)) {
    const api = apiServerStatus(outcome.status, outcome.body);
    if (api) return { ...base, ok: false, retryable: api.retryable, message: api.message };
  }
  const v = checkResponse(e, outcome);
  return {
    ...base,
    body: outcome.body,
    ok: v.ok,
    retryable: v.retryable,
    message: v.problems.join('; '),
    hint:
      e.version && v.problems.some((p) => /version|commit/.test(p))
        ? 'An old pod (or another deployment) answered: check that the rollout finished and that the Service selects only the new pods.'
        : undefined,
  };
}
