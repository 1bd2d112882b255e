import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Credentials, KubeClient, resolveKubeconfig } from '@goship/cluster';
import { UserError } from '@goship/kit';
import { credentialDir, kubeconfig, plugin, recorder } from './credential-fixtures.js';

/*
 * The kubeconfig's credentials as requests carry them: exec plugins are real processes (a shell script
 * printing an ExecCredential), the server a real loopback HTTP server recording the headers it receives.
 */

const dir = credentialDir;

const TOKEN = 'exec-plugin-token-0123456789';

describe('Credentials', () => {
  test('exec plugin: a notice naming the command; its token is masked before it is used; cached', async () => {
    const counter = join(dir, 'runs');
    writeFileSync(counter, '');
    const cmd = plugin(
      'get-token',
      `echo run >> ${counter}\necho "$KUBERNETES_EXEC_INFO" > ${join(dir, 'info.json')}\n` +
        `printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"%s"}}' "$1-$MY_ENV"`,
    );
    const target = resolveKubeconfig({
      value: kubeconfig(
        `    exec: {apiVersion: client.authentication.k8s.io/v1, command: ${cmd}, args: [${TOKEN.slice(0, 17)}], env: [{name: MY_ENV, value: '0123456789'}]}`,
      ),
      env: {},
    });
    const r = recorder();
    const creds = new Credentials(target, r.log);
    expect(r.notices).toEqual([]); // nothing runs until a request needs it
    const first = await creds.current();
    expect(first.authorization).toBe(`Bearer ${TOKEN}`);
    expect(r.notices).toEqual([
      `kubeconfig user 'u' gets its credentials from the exec plugin '${cmd}' (1 arguments)`,
    ]);
    expect(r.secrets).toContain(TOKEN);
    expect(JSON.parse(readFileSync(join(dir, 'info.json'), 'utf8'))).toEqual({
      apiVersion: 'client.authentication.k8s.io/v1',
      kind: 'ExecCredential',
      spec: { interactive: false },
    });
    await creds.current();
    expect(readFileSync(counter, 'utf8').trim().split('\n')).toHaveLength(1);
    // After a 401 the plugin is asked again.
    expect(creds.invalidate()).toBe(true);
    await creds.current();
    expect(readFileSync(counter, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  test('exec plugin: its expirationTimestamp is honoured: a credential about to expire is asked for again, a lasting one kept', async () => {
    const runs = join(dir, 'expiring-runs');
    writeFileSync(runs, '');
    // The plugin's credential lives EXPIRES_IN seconds from when it runs (date(1), as `aws eks get-token` prints it).
    const cmd = plugin(
      'expiring',
      `echo run >> ${runs}\nexp=$(date -u -d "@$(( $(date +%s) + EXPIRES_IN ))" +%Y-%m-%dT%H:%M:%SZ)\n` +
        `printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"expiring-token-%s","expirationTimestamp":"%s"}}' "$EXPIRES_IN" "$exp"`,
    );
    const count = () => readFileSync(runs, 'utf8').trim().split('\n').length;
    const creds = (seconds: number) =>
      new Credentials(
        resolveKubeconfig({
          value: kubeconfig(`    exec: {command: ${cmd}, env: [{name: EXPIRES_IN, value: '${seconds}'}]}`),
          env: {},
        }),
        recorder().log,
      );
    // Expiring within the 10 s a request may take: every request gets a fresh one.
    const short = creds(5);
    expect((await short.current()).authorization).toBe('Bearer expiring-token-5');
    await short.current();
    expect(count()).toBe(2);
    // An hour: kept for every request.
    const long = creds(3600);
    await long.current();
    await long.current();
    await long.current();
    expect(count()).toBe(3);
  });

  test('exec plugin failures name the command and the exit code, never the output', async () => {
    const failing = plugin(
      'broken',
      `echo '{"status":{"token":"leaked-on-stdout"}}'\necho 'login required' >&2\nexit 3`,
    );
    const r = recorder();
    const target = resolveKubeconfig({ value: kubeconfig(`    exec: {command: ${failing}}`), env: {} });
    const err = await new Credentials(target, r.log).current().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(
      `Input 'kubeconfig': user 'u': the exec plugin '${failing}' exited with code 3: login required`,
    );
    expect((err as Error).message).not.toContain('leaked');
    const garbage = plugin('garbage', 'echo not json');
    const t2 = resolveKubeconfig({ value: kubeconfig(`    exec: {command: ${garbage}}`), env: {} });
    await expect(new Credentials(t2, r.log).current()).rejects.toThrow(
      'did not print an ExecCredential (JSON)',
    );
    const t3 = resolveKubeconfig({ value: kubeconfig('    exec: {command: no-such-plugin-xyz}'), env: {} });
    await expect(new Credentials(t3, r.log).current()).rejects.toThrow(
      "the exec plugin 'no-such-plugin-xyz' cannot be started: not found",
    );
  });

  test('tokenFile is read relative to the kubeconfig file and masked; unsupported auth providers are named', () => {
    writeFileSync(join(dir, 'token'), 'file-token-abcdef\n');
    writeFileSync(join(dir, 'kc.yaml'), kubeconfig('    tokenFile: token'));
    const r = recorder();
    const creds = new Credentials(resolveKubeconfig({ value: 'kc.yaml', cwd: dir, env: {} }), r.log);
    expect(r.secrets).toEqual(['file-token-abcdef']);
    expect(creds.usesExec).toBe(false);
    const gcp = resolveKubeconfig({ value: kubeconfig('    auth-provider: {name: gcp}'), env: {} });
    expect(() => new Credentials(gcp, r.log)).toThrow("uses auth-provider 'gcp', which goship does not run");
    const missing = resolveKubeconfig({
      value: kubeconfig('    client-certificate: nope.crt\n    client-key: nope.key'),
      cwd: dir,
      env: {},
    });
    expect(() => new Credentials(missing, r.log)).toThrow(
      /its client-certificate file '.*nope.crt' cannot be read \(ENOENT\)/,
    );
  });

  test('requests carry the credential; a 401 makes the exec plugin run again once', async () => {
    const seen: IncomingHttpHeaders[] = [];
    let reject = true;
    const server = createServer((req, res) => {
      seen.push(req.headers);
      if (reject) {
        reject = false;
        res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"kind":"Status","code":401}');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"gitVersion":"v1.34.4"}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const n = join(dir, 'n');
      writeFileSync(n, '0');
      const cmd = plugin(
        'rotating',
        `i=$(($(cat ${n}) + 1)); echo $i > ${n}\nprintf '{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"rotating-token-%s"}}' $i`,
      );
      const target = resolveKubeconfig({
        value: kubeconfig(
          `    exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: ${cmd}}`,
          `http://127.0.0.1:${port}`,
        ),
        env: {},
        insecure: true,
      });
      const r = recorder();
      const client = await KubeClient.create(target, r.log);
      expect(await client.request('GET', '/version', { attempts: 1 })).toEqual({ gitVersion: 'v1.34.4' });
      expect(seen.map((h) => h.authorization)).toEqual([
        'Bearer rotating-token-1',
        'Bearer rotating-token-2',
      ]);
      expect(r.secrets).toEqual(['rotating-token-1', 'rotating-token-2']);
    } finally {
      server.close();
    }
  });
  test('requests that get their 401s together all retry with the next credential (one plugin run), none fails', async () => {
    // kube-apiserver's answer to a token it no longer accepts, as it sends it.
    const unauthorized =
      '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}';
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers.authorization ?? '');
      if (req.headers.authorization === 'Bearer revoked-token-1')
        return res.writeHead(401, { 'Content-Type': 'application/json' }).end(unauthorized);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"gitVersion":"v1.34.4"}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const n = join(dir, 'revoked-n');
      writeFileSync(n, '0');
      const cmd = plugin(
        'revoked',
        `i=$(($(cat ${n}) + 1)); echo $i > ${n}\nprintf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"revoked-token-%s"}}' $i`,
      );
      const target = resolveKubeconfig({
        value: kubeconfig(
          `    exec: {command: ${cmd}}`,
          `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        ),
        env: {},
        insecure: true,
      });
      const client = await KubeClient.create(target, recorder().log);
      const answers = await Promise.all(
        [1, 2, 3].map(() => client.request('GET', '/version', { attempts: 1 })),
      );
      expect(answers).toEqual([1, 2, 3].map(() => ({ gitVersion: 'v1.34.4' })));
      expect(seen.filter((a) => a === 'Bearer revoked-token-1')).toHaveLength(3);
      expect(seen.filter((a) => a === 'Bearer revoked-token-2')).toHaveLength(3);
      expect(readFileSync(n, 'utf8').trim()).toBe('2');
    } finally {
      server.close();
    }
  });
});
