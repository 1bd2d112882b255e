// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} placeholders in manifests are part of what is tested
/*
 * render-manifests end to end: the bundled dist/render-manifests run as the Actions runner runs it,
 * against the real tools (kubectl kustomize, helm) and, when the cluster piece is up, the real API server
 * (`kubectl apply --dry-run=server` of every rendered set).
 *   GOSHIP_INFRA= npx jest test/e2e/render-manifests           (no infra: all but the API server tests)
 *   GOSHIP_INFRA=cluster npx jest test/e2e/render-manifests    (everything)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { requireEnv } from '../harness/infra.js';
import { type ActionResult, type RunOptions, repoRoot, runAction } from '../harness/run-action.js';
import { AMBIGUOUS } from '../unit/contract/forms.js';
import { ensureHelm, ensureKustomizeTool } from '../unit/manifests/helpers.js';

const fixtures = join(repoRoot, 'test/fixtures');
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const GOLDEN_ENV = {
  GITHUB_SHA: '3f4e5d6c7b8a99887766554433221100ffeeddcc',
  GITHUB_REF: 'refs/tags/v1.4.2',
  GITHUB_RUN_ID: '4242',
};

const render = (inputs: RunOptions['inputs'], opts: Omit<RunOptions, 'inputs'> = {}) =>
  runAction('render-manifests', { workspace: fixtures, ...opts, inputs });

const errorsAt = (r: ActionResult) =>
  r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => `${a.file ?? '-'}:${a.line ?? '-'} ${a.message.split('\n')[0]}`);

/** Nothing was written: the default output dir under RUNNER_TEMP does not exist. */
const nothingWritten = (r: ActionResult) =>
  !existsSync(join(r.home, 'temp', 'render-manifests')) && !r.outputs.manifests;

const builtinFull = {
  name: 'hello',
  image: 'ghcr.io/acme/hello:1.4.2',
  images: `ghcr.io/acme/hello@${DIGEST}`,
  port: '9090',
  'expected-port': '9090',
  'service-port': '8080',
  'service-type': 'NodePort',
  'node-port': '30001',
  replicas: '3',
  config: 'LOG_LEVEL=debug\nGREETING=hello, world',
  'wait-for': 'postgres.data.svc:5432, redis:6379',
  'wait-timeout': '2m',
  'node-selector': 'kubernetes.io/arch=arm64\nedge=true',
  tolerations: 'edge=true:NoSchedule\ndedicated:NoExecute',
  'liveness-path': '/livez',
  'startup-path': 'off',
  resources: 'limits.cpu=500m\nlimits.memory=256Mi',
  'max-replicas': '10',
  'target-cpu': '70',
  'min-available': '50%',
  namespace: 'prod',
  'pod-annotations': 'example.com/team=platform',
};

describe('render-manifests (bundled action)', () => {
  test('builtin: writes the golden set, every output, and a port table in the summary', async () => {
    const r = await render(
      { name: 'hello', image: `localhost:5000/acme/hello@${DIGEST}` },
      { env: GOLDEN_ENV },
    );
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    expect(readFileSync(r.outputs.manifests!, 'utf8')).toBe(
      readFileSync(join(fixtures, 'manifests/golden/builtin-minimal.yaml'), 'utf8'),
    );
    expect(readdirSync(r.outputs['manifests-dir']!)).toEqual([
      '1-configmap-hello-config.yaml',
      '2-service-hello.yaml',
      '3-deployment-hello.yaml',
    ]);
    expect(JSON.parse(r.outputs.objects!)).toEqual([
      { apiVersion: 'v1', kind: 'ConfigMap', namespace: '', name: 'hello-config' },
      { apiVersion: 'v1', kind: 'Service', namespace: '', name: 'hello' },
      { apiVersion: 'apps/v1', kind: 'Deployment', namespace: '', name: 'hello' },
    ]);
    const ports = JSON.parse(r.outputs.ports!);
    expect([ports.consistent, ports.port, r.outputs.port, r.outputs.version]).toEqual([
      true,
      8080,
      '8080',
      '1.4.2',
    ]);
    expect(JSON.parse(r.outputs.json!).manifests).toBe(r.outputs.manifests);
    expect(r.summary).toContain('#### Ports: the application listens on 8080');
    expect(r.summary).toContain(
      '| Service/hello |  | service.targetPort | `spec.ports[0].targetPort` | http | 8080 |',
    );
  });

  test('builtin, every option: the golden full set', async () => {
    const r = await render(builtinFull, { env: GOLDEN_ENV });
    expect(r.errors).toBe('');
    expect(readFileSync(r.outputs.manifests!, 'utf8')).toBe(
      readFileSync(join(fixtures, 'manifests/golden/builtin-full.yaml'), 'utf8'),
    );
    expect(r.summary).toContain(
      `| Deployment/prod/hello | hello | \`ghcr.io/acme/hello:1.4.2\` | \`ghcr.io/acme/hello@${DIGEST}\` |`,
    );
  });

  test('a bad input fails fast, names the input, writes nothing', async () => {
    for (const [inputs, message] of [
      [{ port: '0' }, "Input 'port': 0 is out of range. Expected a TCP port number from 1 to 65535."],
      [{ port: '70000' }, "Input 'port': 70000 is out of range. Expected a TCP port number from 1 to 65535."],
      [
        { port: '80a' },
        "Input 'port': '80a' is not a port number. Expected a TCP port number from 1 to 65535.",
      ],
      [
        { 'service-type': 'NodePort', 'node-port': '29999' },
        "Input 'node-port': 29999 is out of range. Expected an integer from 30000 to 32767.",
      ],
    ] as const) {
      const r = await render({ name: 'hello', image: 'nginx:1.27', ...inputs });
      expect([r.exitCode, r.errors]).toEqual([1, message]);
      expect(nothingWritten(r)).toBe(true);
    }
  });

  test('files: the seed examples with ${VAR} from vars; a value cannot inject YAML structure', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'render-e2e-files-'));
    writeFileSync(
      join(ws, 'config.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${APP}-settings\ndata:\n  note: ${NOTE}\n  literal: $${NOT_A_VAR}\n',
    );
    for (const f of ['service-nodeport.yaml', 'nginx-deployment.yaml', 'configmap-port.yaml']) {
      writeFileSync(join(ws, f), readFileSync(join(fixtures, 'seed', f)));
    }
    const r = await render(
      { source: 'files', files: '*.yaml', vars: 'APP=web' },
      { workspace: ws, env: { NOTE: 'x\n  evil: true' } },
    );
    expect(r.errors).toBe('');
    const config = readFileSync(join(r.outputs['manifests-dir']!, '1-configmap-app-config.yaml'), 'utf8');
    expect(config).toContain('SERVER_PORT: "8080"');
    const settings = readFileSync(join(r.outputs['manifests-dir']!, '2-configmap-web-settings.yaml'), 'utf8');
    expect(settings).toBe(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-settings\ndata:\n  literal: ${NOT_A_VAR}\n  note: |-\n    x\n      evil: true\n',
    );
    // unpinned tags: a warning at the line of each image
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => `${a.file}:${a.line}`)).toEqual([
      'configmap-port.yaml:15',
      'nginx-deployment.yaml:17',
    ]);
  });

  test('a port disagreement fails with an annotation at each side, the report in the summary, nothing written', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'render-e2e-ports-'));
    writeFileSync(
      join(ws, 'app.yaml'),
      readFileSync(join(fixtures, 'seed/configmap-port.yaml'), 'utf8').replace('"8080"', '"9090"'),
    );
    const r = await render({ source: 'files', files: 'app.yaml' }, { workspace: ws });
    expect(r.exitCode).toBe(1);
    expect(errorsAt(r).map((e) => e.replace(/ \[this side.*$/, ''))).toEqual([
      'app.yaml:6 Pod/app-pod container app-container: PORT=9090 but its containerPort is 8080',
      'app.yaml:17 Pod/app-pod container app-container: PORT=9090 but its containerPort is 8080',
      'app.yaml:23 Pod/app-pod container app-container: PORT=9090 but its containerPort is 8080',
    ]);
    expect(r.summary).toContain('❌ disagrees');
    expect(nothingWritten(r)).toBe(true);
  });

  test('every bad manifest is an error at file:line', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'render-e2e-bad-'));
    const cases: [string, string, string][] = [
      [
        'invalid.yaml',
        readFileSync(join(fixtures, 'seed/init-container-wait-verbatim.yaml'), 'utf8'),
        'invalid.yaml:14 Invalid YAML in invalid.yaml:14:1:',
      ],
      ['scalar.yaml', 'just a string\n', 'scalar.yaml:1 scalar.yaml is a string, not a Kubernetes object'],
      [
        'placeholder.yaml',
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: ${UNDEFINED_VAR}\n',
        'placeholder.yaml:6 placeholder.yaml:6: unresolved placeholder ${UNDEFINED_VAR}',
      ],
      [
        'nocontainers.yaml',
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers: []\n',
        'nocontainers.yaml:8 Deployment/d: Deployment d has no containers (spec.template.spec.containers is empty)',
      ],
      [
        'port0.yaml',
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: nginx\n      ports:\n        - containerPort: 0\n',
        'port0.yaml:9 Pod/p container c: containerPort 0 is not a valid port',
      ],
      [
        'port80a.yaml',
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: nginx\n      ports:\n        - containerPort: "80a"\n',
        'port80a.yaml:9 Pod/p: spec.containers[0].ports[0].containerPort: expected an integer, got string "80a" (port80a.yaml:9)',
      ],
      [
        'nodeport.yaml',
        'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  type: NodePort\n  ports:\n    - port: 80\n      nodePort: 80\n',
        'nodeport.yaml:8 Service s: nodePort 80 is outside the node port range 30000-32767',
      ],
      [
        'dup.yaml',
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
        'dup.yaml:1 Duplicate object ConfigMap/a: defined at dup.yaml:1 and at dup.yaml:5',
      ],
      [
        'dupkey.yaml',
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  a: "1"\n  a: "2"\n',
        'dupkey.yaml:6 Invalid YAML in dupkey.yaml:6:3: duplicate key "a"',
      ],
      [
        'bomb.yaml',
        `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  x: &x [a, a, a, a, a, a, a, a, a]\n${[
          'y: &y',
          'z: &z',
          'w: &w',
          'v:',
        ]
          .map((k, i) => `  ${k} [${Array(9).fill(`*${'xyzw'[i]}`).join(', ')}]\n`)
          .join('')}`,
        'bomb.yaml:6 Invalid YAML in bomb.yaml:6:10: too many aliases',
      ],
    ];
    for (const [file, text, expected] of cases) {
      writeFileSync(join(ws, file), text);
      const r = await render({ source: 'files', files: file }, { workspace: ws });
      expect(r.exitCode).toBe(1);
      expect(errorsAt(r)[0]).toContain(expected);
      expect(nothingWritten(r)).toBe(true);
    }
  }, 60_000);

  test('an images entry that replaced nothing fails (no silent deploy of the old image)', async () => {
    const r = await render({
      source: 'files',
      files: 'seed/nginx-deployment.yaml',
      images: `ghcr.io/acme/hello@${DIGEST}`,
    });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toMatch(
      /^Input 'images': entry 'ghcr.io\/acme\/hello@sha256:(ab)+' replaced nothing: no container image has repository ghcr.io\/acme\/hello\nImages in the rendered set: nginx:1.27\./,
    );
    expect(nothingWritten(r)).toBe(true);
  });

  test('Secret values are masked before anything could print them', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'render-e2e-secret-'));
    writeFileSync(
      join(ws, 'secret.yaml'),
      'apiVersion: v1\nkind: Secret\nmetadata: {name: db}\ndata:\n  password: c2VjcmV0LXB3\nstringData:\n  token: ${DB_TOKEN}\n',
    );
    const r = await render(
      { source: 'files', files: 'secret.yaml' },
      { workspace: ws, env: { DB_TOKEN: 'tok-123456' } },
    );
    expect(r.errors).toBe('');
    expect(r.masks).toEqual(expect.arrayContaining(['c2VjcmV0LXB3', 'secret-pw', 'tok-123456']));
    const printed = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toMatch(/tok-123456|secret-pw|c2VjcmV0LXB3/);
    expect(r.summary).not.toMatch(/tok-123456|secret-pw|c2VjcmV0LXB3/);
  });

  test('output-dir holding files render-manifests did not write is refused and left alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'render-e2e-out-'));
    writeFileSync(join(dir, 'important.txt'), 'keep');
    const r = await render({ name: 'hello', image: 'nginx:1.27', 'output-dir': dir });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toMatch(/^Input 'output-dir': .* holds files that render-manifests did not write/);
    expect(readdirSync(dir)).toEqual(['important.txt']);
  });

  test('kustomize: real kubectl kustomize, and its stderr when the kustomization fails', async () => {
    const env = { PATH: `${dirname(ensureKustomizeTool())}:${process.env.PATH}` };
    const ok = await render(
      { source: 'kustomize', 'kustomize-dir': 'manifests/kustomize/overlays/prod' },
      { env },
    );
    expect(ok.errors).toBe('');
    expect(JSON.parse(ok.outputs.objects!).map((o: { kind: string }) => o.kind)).toEqual([
      'ConfigMap',
      'Service',
      'Deployment',
    ]);
    const bad = await render({ source: 'kustomize', 'kustomize-dir': 'manifests/kustomize/broken' }, { env });
    expect(bad.exitCode).toBe(1);
    expect(errorsAt(bad)[0]).toMatch(
      /^manifests\/kustomize\/broken\/kustomization.yaml:- (kubectl kustomize|kustomize build) manifests\/kustomize\/broken failed/,
    );
    expect(bad.errors).toContain('missing.yaml');
  });

  test('helm: a clear error when helm is missing; real helm template when it is there', async () => {
    const missing = await render(
      { source: 'helm', 'helm-chart': 'manifests/helm/hello' },
      { env: { PATH: '/nonexistent' } },
    );
    expect(missing.exitCode).toBe(1);
    expect(missing.errors).toMatch(
      /^source 'helm' needs the helm CLI, which is not on PATH\nInstall helm in an earlier step/,
    );
    const env = { PATH: `${dirname(ensureHelm())}:${process.env.PATH}` };
    const r = await render(
      {
        source: 'helm',
        'helm-chart': 'manifests/helm/hello',
        'helm-values': 'manifests/helm/hello/values.yaml',
      },
      { env },
    );
    expect(r.errors).toBe('');
    expect(JSON.parse(r.outputs.ports!).port).toBe(8080);
  }, 900_000);

  test('Secret values are masked before a schema error could print them', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'render-e2e-secret-'));
    const secret = 'hunter2-correct-horse-battery';
    writeFileSync(
      join(ws, 'secret.yaml'),
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: [${secret}]\n  user: app-user-name\n`,
    );
    const r = await render({ source: 'files', files: '*.yaml' }, { workspace: ws });
    expect(r.exitCode).toBe(1);
    expect(r.masks).toEqual(expect.arrayContaining([secret, 'app-user-name']));
    const lines = r.stdout.split('\n');
    const firstError = lines.findIndex((l) => l.startsWith('::error'));
    expect(firstError).toBeGreaterThan(lines.indexOf(`::add-mask::${secret}`));
    expect(lines.indexOf(`::add-mask::${secret}`)).toBeGreaterThanOrEqual(0);
    expect(errorsAt(r)).toEqual([
      'secret.yaml:6 Secret/db: stringData.password: expected a string, got list (value hidden: Secret data) (secret.yaml:6)',
    ]);
    expect(r.stdout.replaceAll(`::add-mask::${secret}`, '')).not.toContain(secret);
    expect(nothingWritten(r)).toBe(true);
  });

  test('start-up: a bad input is reported in well under a second', async () => {
    const r = await render({ name: 'hello', image: 'nginx:1.27', port: '0' });
    expect(r.exitCode).toBe(1);
    // No timed assertion (see bench/render-manifests.ts); record it for the log.
    console.log(`render-manifests bad-input run: ${Math.round(r.durationMs)} ms`);
  });
});

describe('render-manifests against the real API server (kubectl apply --dry-run=server)', () => {
  const ns = `render-e2e-${process.pid}`;
  let kubectl = '';
  let kubeconfig = '';

  beforeAll(() => {
    ({ KUBECTL: kubectl, KUBECONFIG: kubeconfig } = requireEnv('KUBECTL', 'KUBECONFIG'));
    for (const name of [ns, 'prod']) {
      execFileSync(kubectl, ['--kubeconfig', kubeconfig, 'apply', '-f', '-'], {
        input: JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }),
      });
    }
  });

  afterAll(() => {
    if (kubectl)
      execFileSync(kubectl, ['--kubeconfig', kubeconfig, 'delete', 'namespace', ns, '--wait=false']);
  });

  // Objects carry their namespace (the action fills `namespace`), as k8s-rollout applies them.
  const dryRun = (file: string) =>
    execFileSync(
      kubectl,
      ['--kubeconfig', kubeconfig, 'apply', '--dry-run=server', '--validate=strict', '-f', file],
      {
        encoding: 'utf8',
      },
    );

  test('one YAML dialect: every ambiguous string is the same string after kubectl and the API server', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'render-e2e-dialect-'));
    const q = (v: string) => JSON.stringify(v);
    const data = AMBIGUOUS.map((v, i) => `  K${i}: ${q(v)}\n`).join('');
    const env = AMBIGUOUS.map((v, i) => `            - {name: E${i}, value: ${q(v)}}\n`).join('');
    writeFileSync(
      join(ws, 'config.yaml'),
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dialect\ndata:\n${data}---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: dialect\nstringData:\n${data}`,
    );
    writeFileSync(
      join(ws, 'app.yaml'),
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: dialect\nspec:\n  selector:\n    matchLabels: {app: dialect}\n  template:\n    metadata:\n      labels: {app: dialect}\n    spec:\n      containers:\n        - name: app\n          image: localhost:5000/acme/hello@${DIGEST}\n          env:\n${env}`,
    );
    const expected = Object.fromEntries(AMBIGUOUS.map((v, i) => [`K${i}`, v]));
    // the builtin templates get the issue's forms through the `config` input (ConfigMap + env)
    const builtin = await render({
      name: 'dialect-builtin',
      image: `localhost:5000/acme/hello@${DIGEST}`,
      namespace: ns,
      config: 'A=yes\nB=on\nT=12:30\nN=1_000\nO=0644\nX=0o14',
    });
    expect(builtin.errors).toBe('');
    const files = await render({ source: 'files', files: '*.yaml', namespace: ns }, { workspace: ws });
    expect(files.errors).toBe('');

    // kubectl (go-yaml, YAML 1.1) reads the files, the API server decodes and defaults the objects
    const served = (file: string) =>
      (
        JSON.parse(
          execFileSync(
            kubectl,
            [
              '--kubeconfig',
              kubeconfig,
              'apply',
              '--dry-run=server',
              '--validate=strict',
              '-o',
              'json',
              '-f',
              file,
            ],
            { encoding: 'utf8' },
          ),
        ) as { items: { kind: string; data?: Record<string, string>; spec?: unknown }[] }
      ).items;
    const objects = served(files.outputs.manifests!);
    expect(objects.find((o) => o.kind === 'ConfigMap')?.data).toEqual(expected);
    // Secret stringData comes back as base64 data
    const secret = objects.find((o) => o.kind === 'Secret')?.data ?? {};
    expect(
      Object.fromEntries(Object.entries(secret).map(([k, v]) => [k, Buffer.from(v, 'base64').toString()])),
    ).toEqual(expected);
    const deployment = objects.find((o) => o.kind === 'Deployment') as unknown as {
      spec: { template: { spec: { containers: { env: { name: string; value?: string }[] }[] } } };
    };
    expect(deployment.spec.template.spec.containers[0]!.env.map((e) => e.value ?? '')).toEqual(AMBIGUOUS);
    const builtinConfig = served(builtin.outputs.manifests!).find((o) => o.kind === 'ConfigMap')?.data;
    expect(builtinConfig).toMatchObject({ A: 'yes', B: 'on', T: '12:30', N: '1_000', O: '0644', X: '0o14' });

    // k8s-rollout's side (its loader over the same contract) is chained in test/unit/manifests/chain.test.ts.
  }, 300_000);

  test.each([
    ['builtin minimal', { name: 'hello', image: `localhost:5000/acme/hello@${DIGEST}`, namespace: ns }, {}],
    ['builtin full', { ...builtinFull, namespace: ns }, {}],
    [
      'seed files',
      {
        source: 'files',
        files:
          'seed/service-nodeport.yaml\nseed/nginx-deployment.yaml\nseed/configmap-port.yaml\nseed/edge-deployment.yaml\nseed/init-container-wait.yaml\nseed/service-a.yaml',
        namespace: ns,
      },
      {},
    ],
    // the overlay sets namespace: prod itself
    [
      'kustomize overlay',
      { source: 'kustomize', 'kustomize-dir': 'manifests/kustomize/overlays/prod' },
      { kustomize: true },
    ],
    [
      'helm chart',
      { source: 'helm', 'helm-chart': 'manifests/helm/hello', name: 'web', namespace: ns },
      { helm: true },
    ],
  ] as const)(
    '%s: every object is accepted by the API server',
    async (_, inputs, tools: { kustomize?: boolean; helm?: boolean }) => {
      const dirs = [
        tools.kustomize ? dirname(ensureKustomizeTool()) : '',
        tools.helm ? dirname(ensureHelm()) : '',
      ].filter(Boolean);
      const r = await render(inputs, { env: { PATH: [...dirs, process.env.PATH].join(':') } });
      expect(r.errors).toBe('');
      const out = dryRun(r.outputs.manifests!);
      const objects = JSON.parse(r.outputs.objects!) as { kind: string; name: string }[];
      for (const o of objects)
        expect(out).toMatch(
          new RegExp(
            `${o.kind.toLowerCase()}[^ ]*/${o.name} (created|configured|unchanged) \\(server dry run\\)`,
          ),
        );
    },
    900_000,
  );
});
