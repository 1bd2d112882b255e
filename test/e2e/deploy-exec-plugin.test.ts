/*
 * The one-step action with a kubeconfig whose user is an exec credential plugin, as managed clusters hand them
 * out (`aws eks get-token`, gke-gcloud-auth-plugin, kubelogin): the plugin is a real program that gets its
 * credential from the test API server, k8s-rollout and the smoke test's service proxy both run it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { load } from 'js-yaml';
import { checkout as checkoutFolder } from '../harness/checkout.js';
import { deploy, infra, kubectl, namespace, realNode } from '../harness/deploy.js';

const checkout = (tag: string) => checkoutFolder('examples/hello', { tag });

jest.setTimeout(900_000);

interface Kubeconfig {
  users: { name: string; user: Record<string, unknown> }[];
  contexts: { context: { user: string } }[];
}

/** The admin kubeconfig with its user replaced by `deployer`, whose credentials come from `exec`. */
function execKubeconfig(dir: string, exec: Record<string, unknown>): string {
  const kc = load(readFileSync(infra.KUBECONFIG!, 'utf8')) as Kubeconfig;
  kc.users = [
    {
      name: 'deployer',
      user: { exec: { apiVersion: 'client.authentication.k8s.io/v1', interactiveMode: 'Never', ...exec } },
    },
  ];
  for (const c of kc.contexts) c.context.user = 'deployer';
  const file = join(dir, 'exec.kubeconfig');
  writeFileSync(file, JSON.stringify(kc));
  return file;
}

/*
 * A plugin as `aws eks get-token` is one: it prints an ExecCredential with a short-lived bearer token and its
 * expirationTimestamp. The token is a ServiceAccount token from the TokenRequest API, minted with the admin
 * kubeconfig the plugin finds in its own environment (the kubeconfig's exec env, never goship's). TokenRequest
 * tokens live at least 10 minutes, so each is bound to a Secret that the plugin deletes $EXPIRES_IN seconds
 * later: the API server then refuses the token, as it refuses an expired one, at the expirationTimestamp
 * the plugin printed.
 */
const TOKEN_PLUGIN = `#!/bin/sh
set -eu
k() { "$KUBECTL" --kubeconfig "$ADMIN_KUBECONFIG" -n "$SA_NAMESPACE" "$@"; }
date +%s >> "$RUNS"
n=$(wc -l < "$RUNS" | tr -d ' ')
k create secret generic "deployer-token-$n" >/dev/null
token=$(k create token deployer --duration 10m --bound-object-kind Secret --bound-object-name "deployer-token-$n")
(sleep "$EXPIRES_IN"; k delete secret "deployer-token-$n" --wait=false) </dev/null >/dev/null 2>&1 &
expires=$(date -u -d "@$(( $(date +%s) + EXPIRES_IN ))" +%Y-%m-%dT%H:%M:%SZ)
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"%s","expirationTimestamp":"%s"}}\\n' "$token" "$expires"
`;

(realNode ? test : test.skip)(
  `an exec plugin minting short-lived ServiceAccount tokens: one step to verified pods on the real node, the tokens refreshed as they expire${realNode ? '' : ' (skipped: no real node)'}`,
  async () => {
    const { ws, sha } = checkout('v1.6.0');
    const ns = namespace(true);
    kubectl(['-n', ns, 'create', 'serviceaccount', 'deployer']);
    kubectl([
      '-n',
      ns,
      'create',
      'rolebinding',
      'deployer',
      '--clusterrole=admin',
      `--serviceaccount=${ns}:deployer`,
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'goship-exec-plugin-'));
    const plugin = join(dir, 'eks-like-get-token');
    writeFileSync(plugin, TOKEN_PLUGIN, { mode: 0o755 });
    const runs = join(dir, 'runs');
    writeFileSync(runs, '');
    const env = {
      KUBECTL: infra.KUBECTL!,
      ADMIN_KUBECONFIG: infra.KUBECONFIG!,
      SA_NAMESPACE: ns,
      RUNS: runs,
      EXPIRES_IN: '20',
    };
    const kubeconfig = execKubeconfig(dir, {
      command: plugin,
      env: Object.entries(env).map(([name, value]) => ({ name, value })),
    });

    const r = await deploy(ws, sha, 'v1.6.0', ns, { kubeconfig });
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    // The plugin's env values are masked (kubelogin's client secret travels that way), the namespace among them.
    expect(r.stdout).toContain(`authenticated as 'system:serviceaccount:***:deployer'`);
    const shown = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain(ns);
    // The default smoke test: the Service through the API server's service proxy, with the plugin's token.
    expect(r.outputs).toMatchObject({ passed: 'true', version: '1.6.0' });
    expect(r.summary).toMatch(/\| smoke test \| GET \/version: version \| 1\.6\.0 \| ✓ \|/);
    const live = JSON.parse(kubectl(['-n', ns, 'get', 'deployment', 'hello', '-o', 'json']));
    expect(live.spec.template.spec.containers[0].image).toBe(r.outputs.image);
    // Tokens ran out during the run and fresh ones were asked for: the plugin ran again.
    const times = readFileSync(runs, 'utf8').trim().split('\n').map(Number);
    process.stderr.write(`deploy e2e: the exec plugin ran ${times.length} times\n`);
    expect(times.length).toBeGreaterThan(1);
  },
);

// A smoke test that cannot run at all fails like one that got a wrong answer. The kubeconfig's user gets its
// client certificate from an exec plugin with a one-time login: k8s-rollout runs it and rolls out (keeping
// the credential for its rollback), but when the smoke test asks the plugin for its own credential the login
// is used up (it throws rather than answering). The release it could not verify is rolled back, and the
// step says why.
test('a smoke test that cannot run (the exec plugin fails when the smoke test asks it) is a failed one: rolled back', async () => {
  const ns = namespace(false);
  const first = checkout('v2.2.0');
  // A first release, left in place by its own failing smoke test: something to roll back to.
  const v1 = await deploy(first.ws, first.sha, 'v2.2.0', ns, {
    'rollback-on-smoke-failure': 'false',
    url: 'http://127.0.0.1:9/version',
    'smoke-timeout': '10s',
  });
  expect(v1.exitCode).toBe(1);
  const before = JSON.parse(kubectl(['-n', ns, 'get', 'deployment', 'hello', '-o', 'json']));

  const second = checkout('v2.3.0');
  const admin = (load(readFileSync(infra.KUBECONFIG!, 'utf8')) as Kubeconfig).users[0]!.user;
  const pem = (v: unknown) => Buffer.from(String(v), 'base64').toString('utf8');
  const credential = {
    apiVersion: 'client.authentication.k8s.io/v1',
    kind: 'ExecCredential',
    status: {
      clientCertificateData: pem(admin['client-certificate-data']),
      clientKeyData: pem(admin['client-key-data']),
    },
  };
  const plugin = join(second.ws, 'credential-plugin.sh');
  const login = join(second.ws, 'login-used');
  writeFileSync(
    plugin,
    `#!/bin/sh\nif [ -e '${login}' ]; then echo 'the one-time login was used' >&2; exit 1; fi\ntouch '${login}'\ncat <<'EOF'\n${JSON.stringify(credential)}\nEOF\n`,
    { mode: 0o755 },
  );
  const kubeconfig = execKubeconfig(second.ws, { command: plugin });

  const r = await deploy(second.ws, second.sha, 'v2.3.0', ns, { kubeconfig, 'smoke-timeout': '10s' });
  expect(r.exitCode).toBe(1);
  expect(r.errors).toMatch(
    /SmokeTestFailed \(rolled back: pod template only\): the smoke test could not run: Input 'kubeconfig': user 'deployer': the exec plugin '[^']+' exited with code 1: the one-time login was used/,
  );
  expect(r.stdout).toMatch(
    /The smoke test could not run after a successful rollout: rolling the release back/,
  );
  expect(r.summary).toMatch(/Rolled back/);
  expect(r.summary).toMatch(/Smoke test failed: it could not run/);
  const after = JSON.parse(kubectl(['-n', ns, 'get', 'deployment', 'hello', '-o', 'json']));
  expect(after.spec.template.spec.containers[0].image).toBe(before.spec.template.spec.containers[0].image);
});
