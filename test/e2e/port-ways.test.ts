/*
 * Services that read their port their own way, through the one-step action (root action.yml, dist/deploy)
 * as the runner runs it: test/fixtures/services/flagport takes a -port flag whose default is APP_PORT, else
 * 80, and has no port variable for -X. Declared as it is (port-var: none, port-env: APP_PORT, args) it is
 * deployed unchanged to the real node and smoke-tested; declared wrongly (its port left to PORT) its
 * process binds port 80 as the non-root User, and the listening check refuses the image before the push.
 */
import { jest } from '@jest/globals';
import { checkout as checkoutFolder } from '../harness/checkout.js';
import {
  deploy as deployHello,
  infra,
  kubectl,
  namespace as newNamespace,
  realNode,
} from '../harness/deploy.js';

jest.setTimeout(900_000);

/** The fixture service in a fresh git repository, tagged. */
const checkout = (tag: string) => checkoutFolder('test/fixtures/services/flagport', { tag });
const namespace = (real: boolean) => newNamespace(real, 'ports');
const deploy = (ws: string, sha: string, tag: string, ns: string, extra: Record<string, string>) =>
  deployHello(ws, sha, tag, ns, { name: 'flagport', ...extra });

(realNode ? test : test.skip)(
  `port-var: none, port-env: APP_PORT, args: the flag service deployed unchanged and smoke-tested on the real node${realNode ? '' : ' (skipped: no real node)'}`,
  async () => {
    const { ws, sha } = checkout('v0.3.0');
    const ns = namespace(true);
    const r = await deploy(ws, sha, 'v0.3.0', ns, {
      image: `${infra.REGISTRY}/e2e/port-ways-flag`,
      'port-var': 'none',
      'port-env': 'APP_PORT',
      args: '-port=$(APP_PORT)',
    });
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', version: '0.3.0' });
    // The listening check started the entrypoint with the args, $(APP_PORT) expanded, and saw 8080.
    expect(JSON.parse(r.outputs['docker-multistage-json']!)['listening-port']).toBe(8080);
    expect(r.summary).toMatch(
      /\| binary \| linux\/\w+ \(port-var: none\) \| — \| — no -X port: the process reads APP_PORT or its args \|/,
    );
    expect(r.summary).toMatch(/\| image \(registry\) \| linux\/\w+ config ENV APP_PORT \| 8080 \| ✓ \|/);
    expect(r.summary).toMatch(
      /\| process \| process listens on \(linux\/\w+, in a [\w ()]*runc sandbox[\w ()]*\) \| 8080 \| ✓ \|/,
    );
    expect(r.summary).not.toContain('Disagreements');
    const live = JSON.parse(kubectl(['-n', ns, 'get', 'deployment', 'flagport', '-o', 'json']));
    const container = live.spec.template.spec.containers[0];
    expect(container.args).toEqual(['-port=$(APP_PORT)']);
    expect(container.env).toEqual([
      { name: 'APP_PORT', valueFrom: { configMapKeyRef: { name: 'flagport-config', key: 'APP_PORT' } } },
    ]);
    const config = JSON.parse(kubectl(['-n', ns, 'get', 'configmap', 'flagport-config', '-o', 'json']));
    expect(config.data).toEqual({ APP_PORT: '8080' });
  },
);

test('its port left to PORT: the process binds port 80 as the non-root User and exits; refused before the push, naming the privileged port and the fixes', async () => {
  const { ws, sha } = checkout('v0.4.0');
  const ns = namespace(false);
  const repository = `e2e/port-ways-privileged-${Date.now().toString(36)}`;
  const r = await deploy(ws, sha, 'v0.4.0', ns, {
    image: `${infra.REGISTRY}/${repository}`,
    'port-var': 'none',
  });
  expect(r.exitCode).toBe(1);
  expect(r.errors).toContain(
    "The image's process cannot listen on port 80: a port below 1024 is privileged, and the image's User nonroot (65532:65532) is not root; it exited (code 1) before listening on the declared 8080: it tried :80 (permission denied)",
  );
  // Its own output, as it printed it, and the fixes the user can apply where they are.
  expect(r.errors).toContain('listen tcp :80: bind: permission denied');
  expect(r.errors).toMatch(
    /port flag in args \(e\.g\. --port=\$\(PORT\)\) or the variable it reads \(port-env\)/,
  );
  expect(r.errors).toContain('NET_BIND_SERVICE');
  expect(r.stdout).not.toContain('Listening check inconclusive');
  // Nothing pushed (the repository does not exist in the registry), nothing applied.
  expect(r.outputs.image ?? '').toBe('');
  const tags = await fetch(`http://${infra.REGISTRY}/v2/${repository}/tags/list`);
  expect(tags.status).toBe(404);
  expect(kubectl(['-n', ns, 'get', 'deployments', '-o', 'name'])).toBe('');
});
