/*
 * The post step of a cancelled job (packages/kit/src/trace-post.ts): where the spooled trace goes and with
 * which headers, as the OTLP exporter configuration defines them; nothing spooled is nothing done; a
 * collector that cannot be reached is a warning and the file is removed either way. Sending to the real
 * collector is test/e2e/telemetry-cancel.test.ts.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  otlpTraceHeaders,
  SPOOL_STATE,
  sendSpooledTrace,
  tracesUrl,
} from '../../../packages/kit/src/trace-post.js';

const log = () => {
  const seen = { info: [] as string[], warning: [] as string[], secret: [] as string[] };
  return {
    seen,
    log: {
      info: (m: string) => void seen.info.push(m),
      warning: (m: string) => void seen.warning.push(m),
      secret: (m: string) => void seen.secret.push(m),
    },
  };
};

test('the traces URL: the signal endpoint as given, else the base endpoint with /v1/traces', () => {
  expect(tracesUrl({})).toBeUndefined();
  expect(tracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).toBe('http://c:4318/v1/traces');
  expect(tracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318/otlp/' })).toBe(
    'http://c:4318/otlp/v1/traces',
  );
  expect(
    tracesUrl({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://t/x',
    }),
  ).toBe('http://t/x');
});

test('headers: percent-decoded, the traces variable wins over the general one', () => {
  expect(
    otlpTraceHeaders({
      OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20abc,x-tenant=a',
      OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'x-tenant=b, broken,=nokey',
    }),
  ).toEqual({ authorization: 'Bearer abc', 'x-tenant': 'b' });
});

test('nothing spooled: nothing sent, nothing said', async () => {
  const { seen, log: l } = log();
  await expect(sendSpooledTrace({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' }, l)).resolves.toBe(
    false,
  );
  await expect(sendSpooledTrace({ [`STATE_${SPOOL_STATE}`]: '' }, l)).resolves.toBe(false);
  expect(seen).toEqual({ info: [], warning: [], secret: [] });
});

test('an unreachable collector is a warning, the headers are masked first, and the file is removed', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'spool-')), 'goship-trace-1.json');
  writeFileSync(file, '{"resourceSpans":[]}');
  const { seen, log: l } = log();
  const sent = await sendSpooledTrace(
    {
      [`STATE_${SPOOL_STATE}`]: file,
      // Port 9 (discard) on loopback: nothing listens here.
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9',
      OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20s3cr3t-token-value',
    },
    l,
    2000,
  );
  expect(sent).toBe(false);
  expect(seen.secret).toContain('s3cr3t-token-value');
  expect(seen.warning).toEqual([
    expect.stringMatching(
      /^OpenTelemetry: the cancelled run's trace could not be sent to http:\/\/127\.0\.0\.1:9\/v1\/traces: /,
    ),
  ]);
  expect(seen.warning.join()).not.toContain('s3cr3t');
  expect(existsSync(file)).toBe(false);
});

test('a spool but no endpoint in the post step: a warning, the file removed', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'spool-')), 'goship-trace-2.json');
  writeFileSync(file, '{}');
  const { seen, log: l } = log();
  await expect(sendSpooledTrace({ [`STATE_${SPOOL_STATE}`]: file }, l)).resolves.toBe(false);
  expect(seen.warning).toEqual([expect.stringContaining('no OTLP endpoint is set in the post step')]);
  expect(existsSync(file)).toBe(false);
});
