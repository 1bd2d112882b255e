import { backoffDelay, ExecError, ExecTimeoutError, exec, retry, runner } from '@goship/kit';

describe('retry', () => {
  test('retries until success with growing, jittered delays', async () => {
    const delays: number[] = [];
    let calls = 0;
    const value = await retry(
      async () => {
        calls++;
        if (calls < 3) throw new Error(`fail ${calls}`);
        return 'ok';
      },
      { baseDelayMs: 1, onRetry: (_e, _a, d) => delays.push(d) },
    );
    expect(value).toBe('ok');
    expect(calls).toBe(3);
    expect(delays).toHaveLength(2);
  });

  test('gives up after the attempts and rethrows the last error', async () => {
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error(`fail ${calls}`);
        },
        { attempts: 3, baseDelayMs: 1 },
      ),
    ).rejects.toThrow('fail 3');
    expect(calls).toBe(3);
  });

  test('past the attempts, keeps retrying while beyondAttempts holds, then rethrows', async () => {
    let calls = 0;
    const seen: unknown[] = [];
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error(`fail ${calls}`);
        },
        {
          attempts: 2,
          baseDelayMs: 1,
          beyondAttempts: (e) => {
            seen.push(String(e));
            return calls < 5;
          },
        },
      ),
    ).rejects.toThrow('fail 5');
    expect(calls).toBe(5);
    // Asked only once the attempts are spent: after the 2nd, 3rd, 4th and 5th failure.
    expect(seen).toEqual(['Error: fail 2', 'Error: fail 3', 'Error: fail 4', 'Error: fail 5']);
  });

  test('does not retry errors that are not retryable', async () => {
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error('401');
        },
        { baseDelayMs: 1, retryable: (e) => !String(e).includes('401') },
      ),
    ).rejects.toThrow('401');
    expect(calls).toBe(1);
  });

  test('backoff doubles up to the ceiling and jitters within [ceiling/2, ceiling]', () => {
    expect(backoffDelay(1, 100, 1000, () => 0)).toBe(50);
    expect(backoffDelay(1, 100, 1000, () => 1)).toBe(100);
    expect(backoffDelay(3, 100, 1000, () => 1)).toBe(400);
    expect(backoffDelay(10, 100, 1000, () => 1)).toBe(1000);
  });
});

describe('exec', () => {
  test('passes arguments verbatim, never through a shell', async () => {
    const tricky = '$(echo pwned); `id` && rm -rf / "quoted" \'single\'';
    const r = await exec('printf', ['%s', tricky]);
    expect(r.stdout).toBe(tricky);
  });

  test('a non-zero exit throws ExecError with the stderr tail, unless allowed', async () => {
    await expect(exec('sh', ['-c', 'echo boom >&2; exit 3'])).rejects.toThrow(ExecError);
    await expect(exec('sh', ['-c', 'echo boom >&2; exit 3'])).rejects.toThrow(/exited with code 3:\nboom/);
    const r = await exec('sh', ['-c', 'exit 4'], { allowFailure: true });
    expect(r.code).toBe(4);
  });

  test('a missing program is a clear error', async () => {
    await expect(exec('no-such-tool-goship', [])).rejects.toThrow(
      /'no-such-tool-goship' was not found on PATH/,
    );
  });

  test('stdin input', async () => {
    expect((await exec('cat', [], { input: 'hello' })).stdout).toBe('hello');
  });

  test('errors never show the values of sensitive flags or registered secrets', async () => {
    runner.setSecret('registry-pass-1234');
    const err: ExecError = await exec('sh', [
      '-c',
      'echo "failed with registry-pass-1234" >&2; exit 1',
      'sh',
      '--build-arg',
      'NPM_TOKEN=npm_abcdefgh',
      '--build-arg=GH_TOKEN=ghp_ijklmnop',
      '--secret',
      'id=x,src=/run/s',
      '--password',
      'registry-pass-1234',
      '--label',
      'visible=yes',
      '--build-arg',
      'FROM_ENV',
    ]).catch((e) => e);
    expect(err).toBeInstanceOf(ExecError);
    expect(err.message).toContain(
      '--build-arg NPM_TOKEN=*** --build-arg=GH_TOKEN=*** --secret id=*** --password *** --label visible=yes --build-arg FROM_ENV exited with code 1:\nfailed with ***',
    );
    for (const v of ['npm_abcdefgh', 'ghp_ijklmnop', 'src=/run/s', 'registry-pass-1234'])
      expect(err.message).not.toContain(v);
    // The raw arguments stay available to code (never printed).
    expect(err.args).toContain('NPM_TOKEN=npm_abcdefgh');
  });

  test('a timeout stops the process and says so', async () => {
    const err = await exec('sleep', ['30'], { timeoutMs: 200 }).catch((e) => e);
    expect(err).toBeInstanceOf(ExecTimeoutError);
    expect(err.message).toBe('sleep 30 did not finish within 200 ms and was stopped');
  });

  test('the abort signal stops the process and rejects with its reason', async () => {
    const controller = new AbortController();
    const running = exec('sleep', ['30'], { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('cancelled by SIGTERM')), 100);
    await expect(running).rejects.toThrow('cancelled by SIGTERM');
    await expect(exec('true', [], { signal: controller.signal })).rejects.toThrow('cancelled by SIGTERM');
  });
});
