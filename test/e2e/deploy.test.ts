/*
 * The one-step action (root action.yml, dist/deploy) through the harness, as the runner runs it: examples/hello
 * from a tagged checkout to a verified deployment on the test cluster — on the real node when there is one
 * (the smoke test gets the version just built from real pods), and on kwok pods that never answer (the
 * smoke test fails after a successful rollout, and the release is rolled back).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { ROOT_INPUTS } from '../../packages/pipeline/src/stages';
import { checkout as checkoutFolder } from '../harness/checkout.js';
import { collector, waitForPoints } from '../harness/collector.js';
import { deploy, infra, kubectl, namespace, realNode } from '../harness/deploy.js';
import { actionYaml } from '../harness/run-action';

jest.setTimeout(900_000);

const checkout = (tag: string) => checkoutFolder('examples/hello', { tag });

test('the root action declares exactly the inputs the pipeline reads', () => {
  expect(Object.keys(actionYaml('.').spec.inputs ?? {}).sort()).toEqual([...ROOT_INPUTS].sort());
});

test.each([
  // The root's own input, a late stage's input under the root's name, and a fleet input (read by k8s-rollout's
  // reader) — each refused before setup-go starts: no Go download, no build, no push, nothing applied.
  [{ port: '80a' }, 'port'],
  [{ 'smoke-timeout': 'soon' }, 'smoke-timeout'],
  [{ clusters: `- {name: east, kubeconfig: ${infra.KUBECONFIG}}`, waves: 'half' }, 'waves'],
  [{ 'service-type': 'Balancer' }, 'service-type'],
])('a bad input (%j) fails before anything is built, pushed or applied', async (extra, input) => {
  const { ws, sha } = checkout('v0.0.1');
  const r = await deploy(ws, sha, 'v0.0.1', 'never-created', extra);
  expect(r.exitCode).toBe(1);
  expect(r.errors).toMatch(new RegExp(`Input '${input}'`));
  expect(r.stdout).not.toContain('::group::setup-go');
  expect(r.env).toEqual({});
  expect(r.path).toEqual([]);
  expect(r.outputs.image ?? '').toBe('');
});

(realNode ? test : test.skip)(
  `one step from a tag to verified pods on the real node${realNode ? '' : ` (skipped: no real node: ${process.env.REAL_NODE_UNAVAILABLE ?? 'REAL_NODE is empty'})`}`,
  async () => {
    const { ws, sha } = checkout('v1.4.0');
    const ns = namespace(true);
    const r = await deploy(ws, sha, 'v1.4.0', ns);
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    // The group the bad-input cases look for (and must not find) is there when the stage runs.
    expect(r.stdout).toContain('::group::setup-go');
    expect(r.outputs).toMatchObject({ passed: 'true', version: '1.4.0' });
    expect(r.outputs.image).toMatch(/@sha256:[0-9a-f]{64}$/);
    expect(r.summary).toContain('Integrity: one port, one version, one digest');
    expect(r.summary).toContain('#### port: 8080');
    expect(r.summary).not.toContain('Disagreements');
    // The port the image's process really listens on (started before the push), and the image config
    // as the registry serves it.
    expect(r.summary).toMatch(
      /\| process \| process listens on \(linux\/\w+, in a [\w ()]*runc sandbox[\w ()]*\) \| 8080 \| ✓ \|/,
    );
    expect(r.summary).toMatch(/\| image \(registry\) \| linux\/\w+ config ENV PORT \| 8080 \| ✓ \|/);
    expect(r.summary).toMatch(/\| image \(registry\) \| linux\/\w+ config ExposedPorts \| 8080 \| ✓ \|/);
    expect(r.summary).toContain(`config label org.opencontainers.image.revision | ${sha} | ✓ |`);
    expect(r.summary).toContain(`| registry | tag :1.4.0 | ${r.outputs.digest} | ✓ |`);
    expect(JSON.parse(r.outputs['docker-multistage-json']!)['listening-port']).toBe(8080);
    const live = JSON.parse(kubectl(['-n', ns, 'get', 'deployment', 'hello', '-o', 'json']));
    expect(live.spec.template.spec.containers[0].image).toBe(r.outputs.image);
  },
);

// Without probes (health-path: off) the smoke test overlaps the hold of the new pods (settle.ts): the rollout is
// complete then, the old pods scaled away and not ready, so every answer comes from the new release — one answer
// from the previous release would be a wrong version, and the smoke test would count again.
(realNode ? test : test.skip)(
  `without probes the smoke test runs while the new pods are held and sees only the new version${realNode ? '' : ` (skipped: no real node: ${process.env.REAL_NODE_UNAVAILABLE ?? 'REAL_NODE is empty'})`}`,
  async () => {
    const ns = namespace(true);
    const first = checkout('v1.6.0');
    const v1 = await deploy(first.ws, first.sha, 'v1.6.0', ns, { 'health-path': 'off' });
    expect(v1.errors).toBe('');
    const second = checkout('v1.6.1');
    const v2 = await deploy(second.ws, second.sha, 'v1.6.1', ns, { 'health-path': 'off' });
    expect(v2.errors).toBe('');
    expect(v2.exitCode).toBe(0);
    expect(v2.outputs).toMatchObject({ passed: 'true', version: '1.6.1' });
    const verifying = v2.stdout.indexOf('rolled out: verifying now, while the new pods are held');
    const holdEnded = v2.stdout.search(/no restarts in [\d.]+ m?s after Ready/);
    expect(verifying).toBeGreaterThan(0);
    expect(holdEnded).toBeGreaterThan(verifying);
    // Every answer the smoke test got was the new version: no wrong answer, no count started again.
    const smoke = JSON.parse(v2.outputs['smoke-test-json']!);
    expect(smoke.passed).toBe(true);
    expect(v2.stdout).not.toMatch(/counting again/);
    expect(v2.stdout).not.toContain('1.6.0');
  },
);

// Release tags that are not v<semver>: tag-prefix is one setting, the version derived once from the commit and
// the same in the binary (the smoke test reads it from /version), the image (OCI label, semver tag) and the
// Deployment's annotation.
(realNode ? test : test.skip)(
  `tag-prefix: release-2.4.0 is version 2.4.0 in the binary, the image and the Deployment${realNode ? '' : ' (skipped: no real node)'}`,
  async () => {
    const { ws, sha } = checkout('release-2.4.0');
    const ns = namespace(true);
    const r = await deploy(ws, sha, 'release-2.4.0', ns, { 'tag-prefix': 'release-' });
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', version: '2.4.0' });
    expect(r.summary).toContain('#### version: 2.4.0');
    expect(r.summary).toMatch(/\| binary \| linux\/\w+ -X main\.version \| 2\.4\.0 \| ✓ \|/);
    expect(r.summary).toMatch(/config label org\.opencontainers\.image\.version \| 2\.4\.0 \| ✓ \|/);
    expect(r.summary).toContain(`| registry | tag :2.4.0 | ${r.outputs.digest} | ✓ |`);
    expect(r.summary).toContain('| smoke test | GET /version: version | 2.4.0 | ✓ |');
    expect(r.summary).not.toContain('Disagreements');
    const live = JSON.parse(kubectl(['-n', ns, 'get', 'deployment', 'hello', '-o', 'json']));
    expect(live.metadata.annotations['goship.dev/version']).toBe('2.4.0');
  },
);

// A fleet of two "clusters" (two namespaces of the real-node cluster, each reached with its own kubeconfig
// entry): waves of one, each cluster smoke-tested through its own API server; then a fleet whose second
// cluster runs on kwok pods that never answer: its smoke test fails, and the first cluster is rolled back.
(realNode ? test : test.skip)(
  `clusters: one step to a fleet in waves, each cluster smoke-tested; a smoke failure in wave 2 rolls wave 1 back${realNode ? '' : ' (skipped: no real node)'}`,
  async () => {
    const { ws, sha } = checkout('v1.5.0');
    const [a, b] = [namespace(true), namespace(true)];
    const clusters = (nsB: string) =>
      [
        `- {name: east, kubeconfig: ${infra.KUBECONFIG}, namespace: ${a}}`,
        `- {name: west, kubeconfig: ${infra.KUBECONFIG}, namespace: ${nsB}}`,
      ].join('\n');
    // Sent to the real collector: one delivery per cluster (issue 21's delivery metrics, in the one step).
    const ok = await deploy(
      ws,
      sha,
      'v1.5.0',
      a,
      { clusters: clusters(b), waves: '1, rest' },
      { OTEL_EXPORTER_OTLP_ENDPOINT: collector.OTEL_COLLECTOR_HTTP },
    );
    expect(ok.errors).toBe('');
    expect(ok.exitCode).toBe(0);
    const deliveries = await waitForPoints('one delivery per cluster', (all) => {
      const mine = all.filter(
        (p) =>
          p.metric === 'goship.delivery.deployments' &&
          [a, b].includes(String(p.attributes['k8s.namespace.name'])),
      );
      return mine.length >= 2 ? mine : undefined;
    });
    expect(
      deliveries
        .map((p) => [p.attributes['k8s.cluster.name'], p.attributes['goship.delivery.result'], p.sum])
        .sort(),
    ).toEqual([
      ['east', 'success', 1],
      ['west', 'success', 1],
    ]);
    expect(ok.summary).toMatch(/\| east \| `[^`]+` \| [^|]+ \| \d/);
    expect(ok.summary).toMatch(/\| west \| `[^`]+` \| [^|]+ \| \d/);
    expect(ok.outputs).toMatchObject({ passed: 'true', version: '1.5.0', url: '' });
    const fleet = JSON.parse(ok.outputs['k8s-rollout-json']!);
    expect(fleet.clusters).toMatchObject([
      { name: 'east', wave: 1, status: 'succeeded', endsOn: 'new', namespace: a },
      { name: 'west', wave: 2, status: 'succeeded', endsOn: 'new', namespace: b },
    ]);
    // Every cluster's live objects and /version answer are in the integrity table, by cluster.
    for (const c of ['east', 'west']) {
      expect(ok.summary).toMatch(
        new RegExp(`\\| smoke test \\| \\[${c}\\] GET /version: version \\| 1\\.5\\.0 \\| ✓ \\|`),
      );
      expect(ok.summary).toContain(`[${c}] EndpointSlice`);
    }
    for (const ns of [a, b])
      expect(
        kubectl([
          '-n',
          ns,
          'get',
          'deployment',
          'hello',
          '-o',
          'jsonpath={.spec.template.spec.containers[0].image}',
        ]),
      ).toBe(ok.outputs.image);

    // v1.5.1 to east (real pods) then to a kwok namespace (pods that never answer).
    const next = checkout('v1.5.1');
    const kwok = namespace(false);
    const bad = await deploy(next.ws, next.sha, 'v1.5.1', a, {
      clusters: clusters(kwok),
      waves: '1, rest',
      'smoke-timeout': '20s',
    });
    expect(bad.exitCode).not.toBe(0);
    const failed = JSON.parse(bad.outputs['k8s-rollout-json'] || '{}');
    process.stderr.write(`deploy e2e: fleet with a failing wave 2: ${JSON.stringify(failed)}\n`);
    // west is a first deploy (nothing to go back to): the fleet reports it failed, east went back to v1.5.0.
    expect(failed.status).toBe('failed');
    expect(failed.clusters).toMatchObject([
      { name: 'east', wave: 1, status: 'rolled-back', endsOn: 'old' },
      { name: 'west', wave: 2, cause: expect.stringContaining('SmokeTestFailed') },
    ]);
    expect(
      kubectl([
        '-n',
        a,
        'get',
        'deployment',
        'hello',
        '-o',
        'jsonpath={.spec.template.spec.containers[0].image}',
      ]),
    ).toBe(ok.outputs.image);
  },
);

test('a service that listens elsewhere than every layer declares fails at docker-multistage: nothing pushed or applied', async () => {
  const { ws } = checkout('v3.0.0');
  // Reads HTTP_PORT (unset in the image) and falls back to 9090: -X main.port, ENV PORT and EXPOSE say 8080.
  const main = join(ws, 'main.go');
  const text = readFileSync(main, 'utf8');
  const changed = text
    .replace('os.Getenv("PORT")', 'os.Getenv("HTTP_PORT")')
    .replace('return port\n', 'return "9090"\n');
  expect(changed).not.toBe(text);
  writeFileSync(main, changed);
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-qam', 'listen elsewhere'], {
    cwd: ws,
  });
  execFileSync('git', ['tag', '-f', 'v3.0.0'], { cwd: ws });
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ws, encoding: 'utf8' }).trim();
  const ns = namespace(false);
  const r = await deploy(ws, head, 'v3.0.0', ns, { image: `${infra.REGISTRY}/e2e/deploy-elsewhere` });
  expect(r.exitCode).toBe(1);
  expect(r.errors).toContain(
    'The image declares port 8080 (ENV PORT, EXPOSE 8080/tcp, input port) but its process listens on 9090',
  );
  expect(r.outputs.image ?? '').toBe('');
  const tags = await fetch(`http://${infra.REGISTRY}/v2/e2e/deploy-elsewhere/tags/list`);
  expect(tags.status).toBe(404);
  expect(kubectl(['-n', ns, 'get', 'deployments', '-o', 'name'])).toBe('');
});

test('kwok pods never answer: the smoke test fails after the rollout, and the release is rolled back', async () => {
  const ns = namespace(false);
  const first = checkout('v2.0.0');
  // A first release, smoke-tested against a URL that answers nothing: it stays (nothing to roll back to).
  const v1 = await deploy(first.ws, first.sha, 'v2.0.0', ns, {
    'rollback-on-smoke-failure': 'false',
    url: 'http://127.0.0.1:9/version',
    'smoke-timeout': '10s',
  });
  expect(v1.exitCode).toBe(1);
  const before = JSON.parse(kubectl(['-n', ns, 'get', 'deployment', 'hello', '-o', 'json']));
  const second = checkout('v2.1.0');
  const r = await deploy(second.ws, second.sha, 'v2.1.0', ns, {
    url: 'http://127.0.0.1:9/version',
    'smoke-timeout': '10s',
  });
  expect(r.exitCode).toBe(1);
  expect(r.errors).toMatch(/SmokeTestFailed \(rolled back: pod template only\)/);
  expect(r.stdout).toMatch(/rolling the release back/);
  expect(r.summary).toMatch(/Rolled back/);
  const after = JSON.parse(kubectl(['-n', ns, 'get', 'deployment', 'hello', '-o', 'json']));
  expect(after.spec.template.spec.containers[0].image).toBe(before.spec.template.spec.containers[0].image);
});
