// The one-step action checks every input (its own and each stage's, by the stage's own reader) before the first
// stage runs: a typo in a late stage's input must not cost a Go download, a build and a pushed image first.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../../packages/kit/src';
import { PipelineError, readStages, runPipeline } from '../../../packages/pipeline/src/pipeline';
import { wireStages } from '../../../packages/pipeline/src/wiring';
import { selfSignedCert } from '../../harness/tls';

const workspace = mkdtempSync(join(tmpdir(), 'goship-preflight-'));
writeFileSync(join(workspace, 'go.mod'), 'module example.com/hello\n\ngo 1.26\n');
const kubeconfig = join(workspace, 'kubeconfig');
writeFileSync(
  kubeconfig,
  [
    'apiVersion: v1',
    'kind: Config',
    `clusters: [{name: c, cluster: {server: "https://127.0.0.1:6443", certificate-authority-data: ${Buffer.from(selfSignedCert('preflight', 'IP:127.0.0.1').cert).toString('base64')}}}]`,
    'users: [{name: u, user: {token: preflight-token-7f3a}}]',
    'contexts: [{name: ctx, context: {cluster: c, user: u}}]',
    'current-context: ctx',
  ].join('\n'),
);
const runnerTemp = join(workspace, 'runner-temp');
mkdirSync(runnerTemp);

const good = {
  name: 'hello',
  'working-directory': '.',
  image: '127.0.0.1:5000/hello',
  kubeconfig,
  namespace: 'prod',
};

function options(inputs: Record<string, string>) {
  const secrets: string[] = [];
  const applied: string[] = [];
  return {
    secrets,
    applied,
    pipeline: {
      inputs,
      workspace,
      runnerTemp,
      homedir: workspace,
      env: { PATH: process.env.PATH, HOME: workspace },
      applyEnv: (vars: Record<string, string>) => void applied.push(...Object.keys(vars)),
      run: {},
      signal: new AbortController().signal,
      log: {
        info: () => {},
        warning: () => {},
        notice: () => {},
        debug: () => {},
        secret: (v: string) => void secrets.push(v),
        group: <T>(_: string, fn: () => Promise<T>) => fn(),
      },
    },
  };
}

async function refusal(inputs: Record<string, string>) {
  const o = options({ ...good, ...inputs });
  const err = await runPipeline(o.pipeline).then(
    () => undefined,
    (e: unknown) => e,
  );
  // Nothing ran: no environment exported (setup-go never started), no stage record.
  expect(o.applied).toEqual([]);
  if (err instanceof PipelineError) {
    expect(err.result.stages).toEqual([]);
    expect(err.cause).toBeInstanceOf(InputError);
    return { stage: err.stage, error: err.cause as InputError, secrets: o.secrets };
  }
  // The one-step action's own inputs are refused before any stage is even planned.
  expect(err).toBeInstanceOf(InputError);
  return { stage: undefined, error: err as InputError, secrets: o.secrets };
}

describe('the one-step action refuses a bad input before the first stage', () => {
  test.each([
    // [what is wrong, inputs, the stage whose reader refuses, the input named]
    ['the root port', { port: '80a' }, 'port'],
    ['the service port', { 'service-port': '0' }, 'service-port'],
    ['the smoke test deadline, by its root name', { 'smoke-timeout': 'soon' }, 'smoke-timeout'],
    ['a smoke path without /', { 'smoke-path': 'version' }, 'smoke-path'],
    [
      'url with clusters',
      { url: 'https://x.example', clusters: `- {name: a, kubeconfig: ${kubeconfig}}` },
      'url',
    ],
    [
      'a rollback switch that is not a boolean',
      { 'rollback-on-smoke-failure': 'maybe' },
      'rollback-on-smoke-failure',
    ],
    ['a port-env that is no variable name', { 'port-env': 'APP-PORT' }, 'port-env'],
    ['args with an unclosed $(', { args: '--port=$(PORT' }, 'args'],
  ])('%s: named as the user wrote it', async (_what, inputs, input) => {
    const r = await refusal(inputs);
    expect(r.stage).toBeUndefined();
    expect(r.error.input).toBe(input);
  });

  test.each([
    ['go-build-ldflags', { targets: 'linux/amd64 plan9' }, 'targets'],
    ['go-build-ldflags', { 'port-var': 'not a var' }, 'port-var'],
    ['go-build-ldflags', { netrc: 'default login ci password modules-token-1' }, 'netrc'],
    ['go-build-ldflags', { goprivate: 'https://github.com/acme' }, 'goprivate'],
    ['docker-multistage', { 'listening-check': 'maybe' }, 'listening-check'],
    ['docker-multistage', { image: 'Not A Reference!' }, 'image'],
    ['render-manifests', { 'service-type': 'Balancer' }, 'service-type'],
    ['render-manifests', { name: 'Hello_World' }, 'name'],
    ['k8s-rollout', { timeout: 'a while' }, 'timeout'],
    ['k8s-rollout', { kubeconfig: join(workspace, 'no-such-kubeconfig') }, 'kubeconfig'],
    ['k8s-rollout', { environment: 'production', token: '' }, 'github-token'],
    ['k8s-rollout', { clusters: `- {name: a, kubeconfig: ${kubeconfig}}`, waves: 'half' }, 'waves'],
  ])('%s: %j is refused by the stage’s own reader, naming %s', async (stage, inputs, input) => {
    const r = await refusal(inputs as Record<string, string>);
    expect(r.stage).toBe(stage);
    expect(r.error.input).toBe(input);
  });

  test('netrc passes the pre-flight masked (password, and login:password in base64); assemble mode takes no build secret from it', async () => {
    const inputs = {
      ...good,
      netrc: 'machine github.com login x-access-token password ghp_modules_token_42',
    };
    const ok = options(inputs);
    const configs = await readStages(wireStages({ inputs, workspace }), { ...ok.pipeline, chained: true });
    expect(ok.secrets).toContain('ghp_modules_token_42');
    expect(ok.secrets).toContain(Buffer.from('x-access-token:ghp_modules_token_42').toString('base64'));
    expect(configs.build.netrc).toEqual([
      { machine: 'github.com', login: 'x-access-token', password: 'ghp_modules_token_42', line: 1 },
    ]);
    expect(configs.image.dockerfile?.secrets.size).toBe(0);
  });

  test('a bad port-env is refused; none, port-env and args pass the pre-flight', async () => {
    const e = await refusal({ 'port-env': '9PORT' });
    expect(e.error.message).toBe(
      "Input 'port-env': '9PORT' is not an environment variable name. Expected an environment variable name such as PORT, APP_PORT or SERVER_PORT.",
    );
    const inputs = { ...good, 'port-var': 'none', 'port-env': 'APP_PORT', args: '-port=$(APP_PORT)' };
    const ok = options(inputs);
    const configs = await readStages(wireStages({ inputs, workspace }), { ...ok.pipeline, chained: true });
    expect(configs).toMatchObject({
      image: { portEnv: 'APP_PORT', args: ['-port=$(APP_PORT)'] },
      render: {
        request: { portEnv: 'APP_PORT', builtin: { portEnv: 'APP_PORT', args: ['-port=$(APP_PORT)'] } },
      },
    });
  });

  test('tag-prefix is one setting: it reaches the build and the image, a bad one is refused before any stage', async () => {
    const inputs = { ...good, 'tag-prefix': 'release-' };
    const ok = options(inputs);
    const configs = await readStages(wireStages({ inputs, workspace }), { ...ok.pipeline, chained: true });
    expect(configs.build).toMatchObject({ tagPrefix: 'release-' });
    expect(configs.image).toMatchObject({ tagPrefix: 'release-' });
    const r = await refusal({ 'tag-prefix': 'release-*' });
    expect(r.error.input).toBe('tag-prefix');
  });

  test('a kubeconfig’s credentials are masked by the pre-flight, before any stage can print', async () => {
    const r = await refusal({ 'service-type': 'Balancer' });
    expect(r.stage).toBe('render-manifests');
    // render-manifests refused: the kubeconfig was not read yet (the rollout's check is later).
    expect(r.secrets).not.toContain('preflight-token-7f3a');
    const ok = options(good);
    await readStages(wireStages({ inputs: good, workspace }), { ...ok.pipeline, chained: true });
    expect(ok.secrets).toContain('preflight-token-7f3a');
  });

  test('good inputs pass, for one cluster and for a fleet (each cluster’s kubeconfig read)', async () => {
    const context = (o: ReturnType<typeof options>) => ({ ...o.pipeline, chained: true });
    await expect(
      readStages(wireStages({ inputs: good, workspace }), context(options(good))),
    ).resolves.toMatchObject({ rollout: { single: { namespace: 'prod' } } });
    const fleet = {
      ...good,
      clusters: [`- {name: a, kubeconfig: ${kubeconfig}}`, `- {name: b, kubeconfig: ${kubeconfig}}`].join(
        '\n',
      ),
      waves: '1, rest',
    };
    const read = await readStages(wireStages({ inputs: fleet, workspace }), context(options(fleet)));
    expect(read.rollout.fleet?.clusters.map((c) => c.name)).toEqual(['a', 'b']);
    expect([...read.smoke.keys()]).toEqual(['a', 'b']);
    const missing = { ...fleet, clusters: `- {name: a, kubeconfig: ${join(workspace, 'gone')}}` };
    await expect(
      readStages(wireStages({ inputs: missing, workspace }), context(options(missing))),
    ).rejects.toMatchObject({ stage: expect.stringMatching(/k8s-rollout|smoke-test/) });
  });
});
