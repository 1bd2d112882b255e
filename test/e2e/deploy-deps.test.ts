/*
 * The one-step action (root action.yml, dist/deploy) with a service that has real module dependencies
 * (test/fixtures/services/deps): deployed to the real node and smoke-tested; and with a tampered go.sum, stopped
 * at the build, before the image stage: nothing pushed, nothing applied.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { checkout } from '../harness/checkout.js';
import { deploy, infra, kubectl, namespace, realNode } from '../harness/deploy.js';

jest.setTimeout(900_000);

const FIXTURE = 'test/fixtures/services/deps';
const CHI = 'github.com/go-chi/chi/v5';

(realNode ? test : test.skip)(
  `a service with module dependencies, one step from a tag to verified pods on the real node${realNode ? '' : ` (skipped: no real node: ${process.env.REAL_NODE_UNAVAILABLE ?? 'REAL_NODE is empty'})`}`,
  async () => {
    const { ws, sha } = checkout(FIXTURE, { tag: 'v0.4.0' });
    const ns = namespace(true);
    const r = await deploy(ws, sha, 'v0.4.0', ns, {
      name: 'deps',
      image: `${infra.REGISTRY}/e2e/deploy-deps`,
    });
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('-mod=readonly');
    expect(r.outputs).toMatchObject({ passed: 'true', version: '0.4.0' });
    expect(r.outputs.image).toMatch(/@sha256:[0-9a-f]{64}$/);
    expect(r.summary).toMatch(/GET \/version: version \| 0\.4\.0 \| ✓ \|/);
    const live = JSON.parse(kubectl(['-n', ns, 'get', 'deployment', 'deps', '-o', 'json']));
    expect(live.spec.template.spec.containers[0].image).toBe(r.outputs.image);
  },
);

test('a tampered go.sum stops the one-step action at the build: nothing pushed or applied', async () => {
  const { ws, sha } = checkout(FIXTURE, {
    tag: 'v0.4.1',
    edit: (dir) => {
      const sum = join(dir, 'go.sum');
      const text = readFileSync(sum, 'utf8');
      const changed = text.replace(
        new RegExp(`^(${CHI} v5\\.5\\.0 h1:)(.)`, 'm'),
        (_m, head: string, c: string) => `${head}${c === 'A' ? 'B' : 'A'}`,
      );
      expect(changed).not.toBe(text);
      writeFileSync(sum, changed);
    },
  });
  const ns = namespace(false);
  const image = `${infra.REGISTRY}/e2e/deploy-deps-tampered`;
  const r = await deploy(ws, sha, 'v0.4.1', ns, { name: 'deps', image });
  expect(r.exitCode).toBe(1);
  expect(r.errors).toContain(`go.sum does not match the download of ${CHI}@v5.5.0`);
  expect(r.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'go.sum' }));
  expect(r.stdout).toContain('::group::setup-go');
  expect(r.stdout).not.toContain('::group::docker-multistage');
  expect(r.outputs.image ?? '').toBe('');
  const tags = await fetch(`http://${infra.REGISTRY}/v2/e2e/deploy-deps-tampered/tags/list`);
  expect(tags.status).toBe(404);
  expect(kubectl(['-n', ns, 'get', 'deployments', '-o', 'name'])).toBe('');
});
