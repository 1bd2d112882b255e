import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectSecrets, kubeconfigDir, resolveKubeconfig } from '@goship/cluster';
import type { InputError } from '@goship/kit';

const KEY = 'LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0t';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.payload.signature';
const config = `apiVersion: v1
kind: Config
current-context: dev
clusters:
- name: dev-cluster
  cluster: {server: 'https://10.0.0.1:6443', certificate-authority: ca.crt}
- name: prod-cluster
  cluster: {server: 'https://prod.example:443'}
contexts:
- name: dev
  context: {cluster: dev-cluster, user: admin, namespace: team-a}
- name: prod
  context: {cluster: prod-cluster, user: deployer}
users:
- name: admin
  user: {client-certificate-data: Q0VSVA==, client-key-data: ${KEY}}
- name: deployer
  user:
    token: ${TOKEN}
    exec:
      command: get-token
      env: [{name: SECRET_PASSPHRASE, value: hunter2-long}, {name: X, value: a}]
`;

const errorOf = (fn: () => unknown): InputError => {
  try {
    fn();
  } catch (err) {
    return err as InputError;
  }
  throw new Error('did not throw');
};

describe('resolveKubeconfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kubeconfig-'));
  writeFileSync(join(dir, 'config.yaml'), config);

  test('content: current context, its cluster, user and namespace; every credential listed for masking', () => {
    const r = resolveKubeconfig({ value: config, cwd: dir, env: {} });
    expect(r).toMatchObject({
      source: 'content',
      context: 'dev',
      cluster: 'dev-cluster',
      server: 'https://10.0.0.1:6443',
      user: 'admin',
      namespace: 'team-a',
    });
    expect(r.secrets).toEqual(expect.arrayContaining([KEY, TOKEN, 'hunter2-long']));
    expect(r.secrets).not.toContain('a'); // short env values are not credentials
    expect(kubeconfigDir(r)).toBeUndefined();
  });

  test('path (relative to the workspace): relative certificate paths resolve against its folder', () => {
    const r = resolveKubeconfig({ value: 'config.yaml', cwd: dir, env: {} });
    expect(r.source).toBe('file');
    expect(kubeconfigDir(r)).toBe(dir);
  });

  test('base64: decoded, and the blob itself is masked', () => {
    const b64 = Buffer.from(config).toString('base64');
    const r = resolveKubeconfig({ value: b64, cwd: dir, env: {} });
    expect(r.source).toBe('base64');
    expect(r.secrets).toContain(b64);
    // With line breaks, as `base64` wraps it.
    expect(resolveKubeconfig({ value: b64.replace(/(.{76})/g, '$1\n'), cwd: dir, env: {} }).source).toBe(
      'base64',
    );
  });

  test('empty: an error, even with KUBECONFIG and ~/.kube/config present (no silent fallback)', () => {
    const home = mkdtempSync(join(tmpdir(), 'home-'));
    mkdirSync(join(home, '.kube'));
    writeFileSync(join(home, '.kube/config'), config);
    const env = { KUBECONFIG: join(dir, 'config.yaml') };
    const err = errorOf(() => resolveKubeconfig({ value: '', cwd: '/', env, home }));
    expect(err.message).toBe(
      "Input 'kubeconfig': is empty. Expected kubeconfig YAML, the same base64-encoded, or the path of a kubeconfig file.",
    );
    expect(err.hint).toContain('kubeconfig-from-env: true');
    expect(errorOf(() => resolveKubeconfig({ value: '  ', cwd: '/', env: {}, home })).input).toBe(
      'kubeconfig',
    );
  });

  test('empty with kubeconfig-from-env: KUBECONFIG (first of a list), else ~/.kube/config', () => {
    expect(
      resolveKubeconfig({
        value: '',
        fromEnv: true,
        cwd: '/',
        env: { KUBECONFIG: `${join(dir, 'config.yaml')}:/nope` },
      }).source,
    ).toBe('KUBECONFIG');
    const home = mkdtempSync(join(tmpdir(), 'home-'));
    mkdirSync(join(home, '.kube'));
    writeFileSync(join(home, '.kube/config'), config);
    expect(resolveKubeconfig({ value: '', fromEnv: true, cwd: '/', env: {}, home }).source).toBe('default');
    expect(
      errorOf(() => resolveKubeconfig({ value: '', fromEnv: true, cwd: '/', env: {}, home: dir })).message,
    ).toBe(
      "Input 'kubeconfig': is empty (kubeconfig-from-env: true) and there is no KUBECONFIG nor ~/.kube/config. Expected kubeconfig YAML, the same base64-encoded, or the path of a kubeconfig file.",
    );
    expect(
      errorOf(() =>
        resolveKubeconfig({ value: '', fromEnv: true, cwd: '/', env: { KUBECONFIG: '/no/such' }, home: dir }),
      ).message,
    ).toContain("KUBECONFIG points at '/no/such', which does not exist");
  });

  test('a duplicate key is rejected with its position, never its content', () => {
    // Two tokens for one user: which one a client would use is a guess; the error must not quote either.
    const dup = config.replace(`    token: ${TOKEN}\n`, `    token: ${TOKEN}\n    token: ${TOKEN}x\n`);
    expect(dup).not.toBe(config);
    const err = errorOf(() => resolveKubeconfig({ value: dup, env: {} }));
    expect(err.message).toMatch(/^Input 'kubeconfig': has a duplicate key at line 20, column 5\./);
    expect(err.message).not.toContain(TOKEN);
    expect(err.hint).toContain('remove the extra one');
  });

  test('too many aliases: a clear error, not a ReferenceError', () => {
    const bomb = ['apiVersion: v1', 'a: &a [x, x, x, x, x, x, x, x, x, x]']
      .concat(
        Array.from(
          { length: 8 },
          (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`,
        ),
      )
      .join('\n');
    const err = errorOf(() => resolveKubeconfig({ value: bomb, env: {} }));
    expect(err.message).toMatch(/^Input 'kubeconfig': uses too many YAML aliases/);
  });

  test('insecure-skip-tls-verify and http:// servers: refused unless insecure: true, then a warning', () => {
    const skip = config.replace('certificate-authority: ca.crt}', 'insecure-skip-tls-verify: true}');
    const err = errorOf(() => resolveKubeconfig({ value: skip, env: {} }));
    expect(err.input).toBe('insecure');
    expect(err.message).toContain(
      "cluster 'dev-cluster' sets insecure-skip-tls-verify: true: the server's certificate is not verified",
    );
    expect(err.hint).toContain('insecure: true');
    const allowed = resolveKubeconfig({ value: skip, env: {}, insecure: true });
    expect(allowed.warnings).toEqual([
      "insecure: true: cluster 'dev-cluster' sets insecure-skip-tls-verify: true: the server's certificate is not verified",
    ]);
    const http = config.replace("'https://10.0.0.1:6443'", "'http://10.0.0.1:8080'");
    expect(errorOf(() => resolveKubeconfig({ value: http, env: {} })).message).toContain(
      'server http://10.0.0.1:8080 is plain http',
    );
    expect(resolveKubeconfig({ value: http, env: {}, insecure: true }).warnings[0]).toContain('plain http');
    // Only the selected context counts: prod's https server is fine.
    expect(resolveKubeconfig({ value: http, env: {}, context: 'prod' }).warnings).toEqual([]);
    expect(resolveKubeconfig({ value: config, env: {} }).warnings).toEqual([]);
  });

  test('the context input selects another context; unknown ones list what exists', () => {
    expect(resolveKubeconfig({ value: config, context: 'prod', env: {} })).toMatchObject({
      user: 'deployer',
      server: 'https://prod.example:443',
      namespace: undefined,
    });
    const err = errorOf(() => resolveKubeconfig({ value: config, context: 'staging', env: {} }));
    expect(err.input).toBe('context');
    expect(err.message).toBe(
      "Input 'context': 'staging' is not a context in the kubeconfig (it has: 'dev', 'prod'). Expected the name of one of the kubeconfig contexts.",
    );
  });

  test('no current-context: the only context is used; with several it is an error', () => {
    const one = config
      .replace('current-context: dev\n', '')
      .replace(/- name: prod\n {2}context: \{cluster: prod-cluster, user: deployer\}\n/, '');
    expect(resolveKubeconfig({ value: one, env: {} }).context).toBe('dev');
    const two = config.replace('current-context: dev\n', '');
    expect(errorOf(() => resolveKubeconfig({ value: two, env: {} })).message).toContain(
      "is empty and the kubeconfig has no current-context (its contexts: 'dev', 'prod')",
    );
  });

  test('broken references: a context naming a missing cluster or user', () => {
    expect(
      errorOf(() =>
        resolveKubeconfig({ value: config.replace('{cluster: dev-cluster,', '{cluster: gone,'), env: {} }),
      ).message,
    ).toContain("context 'dev' refers to cluster 'gone', which is not in the kubeconfig");
    expect(
      errorOf(() =>
        resolveKubeconfig({
          value: config.replace('user: admin, namespace', 'user: ghost, namespace'),
          env: {},
        }),
      ).message,
    ).toContain("context 'dev' refers to user 'ghost', which is not in the kubeconfig");
  });

  test('invalid YAML: the position, never the content', () => {
    const bad = `apiVersion: v1\nclusters: [\n  token: ${TOKEN}\n`;
    const err = errorOf(() => resolveKubeconfig({ value: bad, env: {} }));
    expect(err.message).toMatch(/^Input 'kubeconfig': is not valid YAML at line \d+, column \d+\./);
    expect(err.message).not.toContain(TOKEN);
    expect(errorOf(() => resolveKubeconfig({ value: '- a\n- b\nkind: x', env: {} })).message).toContain(
      'is not valid YAML',
    );
  });

  test('a value that is no kubeconfig: a path-like one is named, a token-like one never', () => {
    expect(errorOf(() => resolveKubeconfig({ value: './nope.yaml', cwd: dir, env: {} })).message).toContain(
      "file './nope.yaml' does not exist",
    );
    const err = errorOf(() => resolveKubeconfig({ value: TOKEN, cwd: dir, env: {} }));
    expect(err.message).toBe(
      `Input 'kubeconfig': the value (${TOKEN.length} characters) is neither YAML, base64 nor an existing file. Expected kubeconfig YAML, the same base64-encoded, or the path of a kubeconfig file.`,
    );
    const blob = Buffer.from('just some secret text that is not a kubeconfig at all').toString('base64');
    expect(errorOf(() => resolveKubeconfig({ value: blob, cwd: dir, env: {} })).message).not.toContain(blob);
  });

  test('collectSecrets finds auth-provider and exec env credentials at any depth', () => {
    const secrets = collectSecrets({
      users: [
        {
          name: 'oidc',
          user: {
            'auth-provider': {
              name: 'oidc',
              config: {
                'id-token': 'id-token-value',
                'refresh-token': 'refresh-value',
                'client-secret': 'client-secret-value',
                'client-id': 'public',
              },
            },
          },
        },
        { name: 'basic', user: { username: 'bob', password: 'pa55word' } },
      ],
    });
    expect(secrets.sort()).toEqual(['client-secret-value', 'id-token-value', 'pa55word', 'refresh-value']);
  });
});
