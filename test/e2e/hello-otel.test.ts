/*
 * examples/hello's OpenTelemetry instrumentation (issue 21), against the real OpenTelemetry Collector of
 * test/infra/otel (OTLP/HTTP receiver → file exporter, read back here as OTLP JSON). hello is built with the
 * machine's Go and an -X version of this run, and started as a plain process. It proves:
 * - with OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) set, a request carrying our
 *   traceparent becomes a server span "GET /version" in our trace, child of our span, with the route and method
 *   attributes, under a resource naming hello and the -X version (OTEL_SERVICE_NAME and
 *   OTEL_RESOURCE_ATTRIBUTES win over hello's own defaults); the span reaches the collector through the flush
 *   on SIGTERM (the batch processor's 5 s delay has not passed), and hello still exits 0;
 * - without the endpoint variables, or with OTEL_SDK_DISABLED=true, nothing reaches the collector and hello
 *   prints exactly what it printed before it was instrumented: its one listening line.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { type ExportedSpan, exportedSpans, collector as otel, waitForSpans } from '../harness/collector.js';
import { freePort } from '../harness/free-port.js';
import { repoRoot } from '../harness/run-action.js';

// A cold build of hello and its OpenTelemetry modules takes about a minute on a loaded 2-core machine.
jest.setTimeout(300_000);

const VERSION = `9.9.9-otel.${randomBytes(4).toString('hex')}`;
let binary: string;

beforeAll(() => {
  binary = join(mkdtempSync(join(tmpdir(), 'hello-otel-')), 'hello');
  execFileSync(
    'go',
    ['build', '-trimpath', '-ldflags', `-s -w -X main.version=${VERSION}`, '-o', binary, '.'],
    { cwd: join(repoRoot, 'examples/hello'), env: { ...process.env, CGO_ENABLED: '0' }, stdio: 'pipe' },
  );
});

/** Every span of this trace id the collector has written so far. */
const spansOf = (traceId: string) => exportedSpans().filter((s) => s.traceId === traceId);

/** The spans of the trace once there is one (the file exporter flushes every 100 ms). */
const waitForTrace = (traceId: string) =>
  waitForSpans(`span of trace ${traceId}`, (all) => {
    const trace = all.filter((s) => s.traceId === traceId);
    return trace.length ? trace : undefined;
  });

const outer = () => {
  const traceId = randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  return { traceId, spanId, traceparent: `00-${traceId}-${spanId}-01` };
};

const running: ChildProcess[] = [];
afterEach(() => {
  for (const c of running.splice(0)) c.kill('SIGKILL');
});

interface Hello {
  port: number;
  /** SIGTERM, then what the process printed and how it ended. */
  stop: () => Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
}

/** Starts hello with only PATH, PORT and `env`; resolves once it answers /healthz. */
async function start(env: Record<string, string>): Promise<Hello> {
  const port = await freePort();
  const child = spawn(binary, [], {
    env: { PATH: process.env.PATH, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  // hello logs "listening" just before it binds: retry until it accepts connections.
  for (let attempt = 0; ; attempt++) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (attempt >= 200 || child.exitCode !== null)
      throw new Error(`hello does not answer on ${port}:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    port,
    stop: async () => {
      child.kill('SIGTERM');
      return { ...(await exited), stdout, stderr };
    },
  };
}

async function getVersion(port: number, traceparent: string): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${port}/version`, { headers: { traceparent } });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ version: VERSION, commit: 'none', date: 'unknown', port: '8080' });
}

const SPAN_KIND_SERVER = 2;

describe('tracing on', () => {
  test.each([
    [
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      () => ({ OTEL_EXPORTER_OTLP_ENDPOINT: otel.OTEL_COLLECTOR_HTTP! }),
      'hello',
    ],
    [
      'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES',
      () => ({
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${otel.OTEL_COLLECTOR_HTTP}/v1/traces`,
        OTEL_SERVICE_NAME: 'hello-e2e',
        OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=e2e',
      }),
      'hello-e2e',
    ],
  ])(
    'with %s: the request is a server span of our trace, flushed on SIGTERM',
    async (_, env, serviceName) => {
      const { traceId, spanId, traceparent } = outer();
      const hello = await start(env());
      await getVersion(hello.port, traceparent);
      const ended = await hello.stop();
      expect(ended).toMatchObject({ code: 0, signal: null, stdout: '' });
      expect(ended.stderr).toMatch(new RegExp(`^\\S+ \\S+ hello ${VERSION} listening on :${hello.port}\\n$`));

      const spans = await waitForTrace(traceId);
      expect(spans.map((s) => s.name)).toEqual(['GET /version']);
      const [span] = spans as [ExportedSpan];
      expect(span.parentSpanId).toBe(spanId);
      expect(span.kind).toBe(SPAN_KIND_SERVER);
      expect(span.attributes).toMatchObject({
        'http.route': '/version',
        'http.request.method': 'GET',
        'http.response.status_code': '200',
        'url.path': '/version',
      });
      expect(span.resource).toMatchObject({
        'service.name': serviceName,
        'service.version': VERSION,
        'telemetry.sdk.language': 'go',
      });
      if (serviceName === 'hello-e2e') expect(span.resource['deployment.environment.name']).toBe('e2e');
    },
  );
});

describe('tracing off', () => {
  test.each([
    ['no OTEL_* variable', () => ({})],
    [
      'OTEL_SDK_DISABLED=true (with an endpoint)',
      () => ({ OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: otel.OTEL_COLLECTOR_HTTP! }),
    ],
  ])('%s: nothing reaches the collector, the output is the listening line alone', async (_, env) => {
    const { traceId, traceparent } = outer();
    const hello = await start(env());
    await getVersion(hello.port, traceparent);
    const ended = await hello.stop();
    expect(ended).toMatchObject({ code: 0, signal: null, stdout: '' });
    expect(ended.stderr).toMatch(new RegExp(`^\\S+ \\S+ hello ${VERSION} listening on :${hello.port}\\n$`));
    // A span hello sent would be in the collector's file by now: hello exports on shutdown, before it exits,
    // and the collector's file exporter flushes every 100 ms. 1.5 s beyond the exit also covers a batch that
    // the collector received but had not written yet on a loaded machine.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(spansOf(traceId)).toEqual([]);
  });
});
