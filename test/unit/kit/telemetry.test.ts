import {
  otlpHeaderSecrets,
  runAttributes,
  span,
  startTracing,
  tracesEndpoint,
} from '../../../packages/kit/src/telemetry.js';

describe('tracing is off without an endpoint', () => {
  test('nothing is loaded: spans run their function and shutdown returns at once', async () => {
    const secrets: string[] = [];
    const warnings: string[] = [];
    const t = await startTracing(
      {},
      { secret: (s) => secrets.push(s), warning: (w) => warnings.push(w) },
      {
        name: 'goship',
        version: 'dev',
      },
    );
    let handled = false;
    const value = await t.span('x', { a: 1 }, async (s) => {
      s.set({ b: 2 });
      s.event('e');
      s.fail('m', 'R');
      handled = true;
      return 42;
    });
    expect([value, handled]).toEqual([42, true]);
    await expect(span('y', {}, async () => 'ok')).resolves.toBe('ok');
    await t.shutdown();
    expect(warnings).toEqual([]);
    expect(secrets).toEqual([]);
  });

  test('the traces endpoint: the signal-specific variable first, then the general one; blank is off', () => {
    expect(tracesEndpoint({})).toBeUndefined();
    expect(tracesEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: '  ' })).toBeUndefined();
    expect(tracesEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).toBe('http://c:4318');
    expect(
      tracesEndpoint({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://t:4318/v1/traces',
      }),
    ).toBe('http://t:4318/v1/traces');
  });
});

describe('OTEL_EXPORTER_OTLP_HEADERS is masked before anything can print it', () => {
  test('the whole value, each header value, its decoded form and the token after a scheme', () => {
    const token = 'a1b2c3d4e5f6g7h8';
    const secrets = otlpHeaderSecrets({
      OTEL_EXPORTER_OTLP_HEADERS: `authorization=Bearer%20${token},x-tenant=acme-prod`,
    });
    expect(secrets).toEqual(
      expect.arrayContaining([
        `authorization=Bearer%20${token},x-tenant=acme-prod`,
        `Bearer%20${token}`,
        `Bearer ${token}`,
        token,
        'acme-prod',
      ]),
    );
  });

  test('masked even when tracing is off (no endpoint), and the traces-only variable too', async () => {
    const secrets: string[] = [];
    await startTracing(
      { OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'api-key=k-0123456789' },
      { secret: (s) => secrets.push(s), warning: () => {} },
      { name: 'goship', version: 'dev' },
    );
    expect(secrets).toContain('k-0123456789');
  });

  test('nothing to mask: none set, or a pair without a value', () => {
    expect(otlpHeaderSecrets({})).toEqual([]);
    expect(otlpHeaderSecrets({ OTEL_EXPORTER_OTLP_HEADERS: 'novalue' })).toEqual(['novalue']);
  });
});

test('the run attributes follow the CI/CD and VCS conventions, from the runner variables', () => {
  expect(
    runAttributes({
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/hello',
      GITHUB_RUN_ID: '77',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_WORKFLOW: 'deploy',
      GITHUB_JOB: 'ship',
      GITHUB_ACTION: 'goship',
      GITHUB_REF_NAME: 'v1.2.3',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_SHA: 'abc123',
    }),
  ).toEqual({
    'cicd.pipeline.name': 'deploy',
    'cicd.pipeline.run.id': '77',
    'cicd.pipeline.run.url.full': 'https://github.com/acme/hello/actions/runs/77/attempts/2',
    'cicd.pipeline.task.name': 'ship',
    'cicd.pipeline.task.run.id': '77/ship',
    'vcs.repository.url.full': 'https://github.com/acme/hello',
    'vcs.repository.name': 'hello',
    'vcs.owner.name': 'acme',
    'vcs.ref.head.name': 'v1.2.3',
    'vcs.ref.head.type': 'tag',
    'vcs.ref.head.revision': 'abc123',
  });
  expect(runAttributes({})['cicd.pipeline.run.url.full']).toBeUndefined();
});
