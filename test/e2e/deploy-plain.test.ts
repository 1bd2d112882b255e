/*
 * What users bring: the one-step action (root action.yml, dist/deploy) with the README's copy-paste inputs
 * only — name, port, image, kubeconfig, namespace — deploys a service as plain as Cloud Run's helloworld
 * (test/fixtures/services/plain: reads PORT, answers "Hello World!" on every path; no version variables, no
 * /healthz, no /version) on the real node, and proves the release by the pods' image digest. A service whose
 * health endpoint is /health becomes Ready with `health-path: /health`.
 *
 * What the local harness adds, and why (none of it an input of the copy-paste):
 * - GO_DOWNLOAD_BASE_URL in the job's environment: this machine has no internet, so Go comes from the local
 *   mirror (setup-go reads the variable as a workflow would set it); the version is go.mod's.
 * - no registry credentials, CA or insecure-registries: the test registry listens on loopback, which is
 *   reached over plain HTTP without them (the README's registry-username/password are ghcr.io's login).
 * - the namespace is annotated to schedule on the real node (namespace), so the pods really run.
 */
import { jest } from '@jest/globals';
import { checkout } from '../harness/checkout.js';
import { infra, kubectl, namespace, realNode } from '../harness/deploy.js';
import { runAction } from '../harness/run-action';

jest.setTimeout(900_000);

const skipped = realNode
  ? ''
  : ` (skipped: no real node: ${process.env.REAL_NODE_UNAVAILABLE ?? 'REAL_NODE is empty'})`;

async function deployReadme(source: string, extra: Record<string, string> = {}) {
  const { ws, sha } = checkout(source, { tag: 'v1.0.0' });
  const ns = namespace(true, 'plain');
  const r = await runAction('.', {
    workspace: ws,
    inputs: {
      name: 'hello',
      port: '8080',
      image: `${infra.REGISTRY}/e2e/deploy-plain`,
      kubeconfig: infra.KUBECONFIG!,
      namespace: ns,
      ...extra,
    },
    env: {
      GITHUB_REF: 'refs/tags/v1.0.0',
      GITHUB_SHA: sha,
      GO_DOWNLOAD_BASE_URL: infra.GO_DOWNLOAD_BASE_URL!,
    },
    timeoutMs: 800_000,
  });
  const notices = r.annotations.filter((a) => a.level === 'notice').map((a) => a.message);
  if (r.exitCode !== 0) process.stderr.write(`deploy-plain e2e (${source}):\n${r.stdout}\n${r.errors}\n`);
  return { r, ns, sha, notices };
}

const deployment = (ns: string) =>
  JSON.parse(kubectl(['-n', ns, 'get', 'deployment', 'hello', '-o', 'json']));

(realNode ? test : test.skip)(
  `the README copy-paste deploys a plain service (no version variables, no /healthz, no /version), verified by digest${skipped}`,
  async () => {
    const { r, ns, sha, notices } = await deployReadme('test/fixtures/services/plain');
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', version: '1.0.0', url: `${ns}/hello:80/` });
    expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);

    // The build's defaults found no variables: a notice each, not an error.
    for (const v of ['version', 'commit', 'date', 'port'])
      expect(notices).toContainEqual(
        expect.stringMatching(new RegExp(`^main\\.${v} not injected \\(${v}-var default\\)`)),
      );
    // The smoke test asked what the service can say: a success status on /, and says so.
    expect(notices).toContainEqual(
      expect.stringMatching(/^The service does not report its version: .* checks \/ for a success status/),
    );
    const smoke = JSON.parse(r.outputs['smoke-test-json']!);
    expect(smoke.passed).toBe(true);

    // The integrity table proves the release through the digest the pods run.
    expect(r.summary).not.toContain('Disagreements');
    expect(r.summary).toContain(`#### digest: ${r.outputs.digest}`);
    const podDigests = [
      ...r.summary.matchAll(/\| cluster \| Pod \S+ hello imageID \| (sha256:[0-9a-f]{64}) \| (.) \|/g),
    ];
    expect(podDigests.length).toBe(2);
    for (const [, digest, mark] of podDigests) expect([digest, mark]).toEqual([r.outputs.digest, '✓']);
    expect(r.summary).toContain("GET /: not reported by the service (proven by the pods' image digest)");
    // The version still reaches the image label and the Deployment's annotation.
    expect(r.summary).toMatch(/config label org\.opencontainers\.image\.version \| 1\.0\.0 \| ✓ \|/);
    expect(r.summary).toContain(`config label org.opencontainers.image.revision | ${sha} | ✓ |`);

    // No /healthz: the probes check the port itself.
    const container = deployment(ns).spec.template.spec.containers[0];
    expect(container.image).toBe(r.outputs.image);
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe'])
      expect(container[probe]).toMatchObject({ tcpSocket: { port: 'http' } });
  },
);

(realNode ? test : test.skip)(
  `a service whose health endpoint is /health becomes Ready with health-path: /health${skipped}`,
  async () => {
    const { r, ns, notices } = await deployReadme('test/fixtures/services/health', {
      'health-path': '/health',
    });
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs.passed).toBe('true');
    expect(notices).toContainEqual(expect.stringMatching(/^The service does not report its version/));
    const live = deployment(ns);
    const container = live.spec.template.spec.containers[0];
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe'])
      expect(container[probe]).toMatchObject({ httpGet: { path: '/health', port: 'http' } });
    expect(live.status.readyReplicas).toBe(live.spec.replicas);
  },
);

(realNode ? test : test.skip)(
  `without probes (health-path: off) the smoke test starts while the new pods are still held${skipped}`,
  async () => {
    const { r, ns } = await deployReadme('test/fixtures/services/plain', { 'health-path': 'off' });
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs.passed).toBe('true');
    const container = deployment(ns).spec.template.spec.containers[0];
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe'])
      expect(container[probe]).toBeUndefined();
    // The order of the log: the rollout looks complete and is held; the smoke test starts then, before the
    // hold ends without a restart. (Whether its third answer comes before the hold ends depends on how soon
    // the app listens: without probes the pods count as Ready before that, and a refused answer is retried.)
    const at = (text: string) => {
      const i = r.stdout.indexOf(text);
      expect([text, i >= 0]).toEqual([text, true]);
      return i;
    };
    process.stderr.write(
      `deploy-plain e2e: hold and smoke test:\n${r.stdout
        .split('\n')
        .filter((l) => /held|in a row|after Ready|Rolled out in/.test(l))
        .join('\n')}\n`,
    );
    const held = at('no readiness probe, so Ready does not mean it stays up');
    const verifying = at('rolled out: verifying now, while the new pods are held');
    const smokePassed = at('(3/3 in a row)');
    const holdEnded = at('after Ready (hello: no readiness probe)');
    expect(held).toBeLessThan(verifying);
    expect(verifying).toBeLessThan(smokePassed);
    expect(verifying).toBeLessThan(holdEnded);
    expect(JSON.parse(r.outputs['smoke-test-json']!).passed).toBe(true);
  },
);

(realNode ? test : test.skip)(
  `a release that dies after its smoke test passed, while held, fails as CrashAfterReady${skipped}`,
  async () => {
    const { r } = await deployReadme('test/fixtures/services/crashy', { 'health-path': 'off' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.passed).not.toBe('true');
    // The smoke test may have passed (the service answers for 1.5 s): the hold's verdict stands over it.
    expect(r.stdout).toContain('rolled out: verifying now, while the new pods are held');
    expect(r.stdout).toMatch(
      /FAILED CrashAfterReady: container "hello" (exited|restarted) after the rollout looked complete/,
    );
    expect(r.errors).toContain('CrashAfterReady');
    expect(r.errors).not.toContain('SmokeTestFailed');
  },
);
