/*
 * The credential files of private module fetches, and git reading them: `git credential fill` is the
 * real git asking its configured helpers, so what it answers is what a fetch from that host would send.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseNetrc } from '@goship/kit';
import { goprivateProblems, openModuleAccess } from '../../../../packages/go/src/compile/module-access.js';
import { buildEnvironment } from '../../../../packages/go/src/compile/options.js';

const PASSWORD = 'tok/en+with@odd=chars';
const entries = parseNetrc(
  `machine git.corp.example login ci-bot password ${PASSWORD}\nmachine mods.corp.example:8443 login u password p4ssword-2`,
);

/** What git's credential helpers answer for a URL, with our environment (no terminal, no other config). */
function gitFill(env: Record<string, string>, url: string) {
  const u = new URL(url);
  return spawnSync('git', ['credential', 'fill'], {
    input: `protocol=${u.protocol.replace(':', '')}\nhost=${u.host}\n\n`,
    env: {
      PATH: process.env.PATH,
      HOME: mkdtempSync(join(tmpdir(), 'git-home-')),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_TERMINAL_PROMPT: '0',
      ...env,
    },
    encoding: 'utf8',
  });
}
describe('openModuleAccess', () => {
  test('NETRC and a git credential store in a 0700 directory under RUNNER_TEMP, files 0600, removed by close', () => {
    const temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    const access = openModuleAccess(entries, { RUNNER_TEMP: temp, GIT_CONFIG_COUNT: '1' });
    const netrc = access.env.NETRC!;
    expect(dirname(dirname(netrc))).toBe(temp);
    expect(statSync(dirname(netrc)).mode & 0o777).toBe(0o700);
    expect(statSync(netrc).mode & 0o777).toBe(0o600);
    expect(readFileSync(netrc, 'utf8')).toBe(
      `machine git.corp.example\n\tlogin ci-bot\n\tpassword ${PASSWORD}\nmachine mods.corp.example:8443\n\tlogin u\n\tpassword p4ssword-2\n`,
    );
    // The job's own GIT_CONFIG_0 stays; ours follow it.
    expect(access.env.GIT_CONFIG_COUNT).toBe('3');
    expect(access.env.GIT_CONFIG_KEY_1).toBe('credential.https://git.corp.example.helper');
    expect(access.env.GIT_CONFIG_KEY_2).toBe('credential.https://mods.corp.example:8443.helper');
    access.close();
    expect(existsSync(dirname(netrc))).toBe(false);
  });

  test('no credentials: nothing written, no variable set', () => {
    const access = openModuleAccess([], { RUNNER_TEMP: '/nonexistent' });
    expect(access.env).toEqual({});
    access.close();
  });

  test('real git answers each host with its own credentials, and no other host with any', () => {
    const access = openModuleAccess(entries, { RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'runner-temp-')) });
    try {
      const own = gitFill(access.env, 'https://git.corp.example');
      expect(own.status).toBe(0);
      expect(own.stdout).toContain('username=ci-bot\n');
      expect(own.stdout).toContain(`password=${PASSWORD}\n`);
      const port = gitFill(access.env, 'https://mods.corp.example:8443');
      expect(port.stdout).toContain('username=u\n');
      for (const other of [
        'https://github.com',
        'https://git.corp.example.evil.example',
        'https://mods.corp.example',
      ]) {
        const r = gitFill(access.env, other);
        expect(r.status).not.toBe(0);
        expect(r.stdout).not.toContain('password=');
      }
    } finally {
      access.close();
    }
  });

  test('git is present (the check above would prove nothing without it)', () => {
    expect(execFileSync('git', ['--version'], { encoding: 'utf8' })).toMatch(/^git version \d/);
  });
});

describe('goprivate', () => {
  test('patterns are added to GOPRIVATE from the environment', () => {
    const env = buildEnvironment({
      baseEnv: { GOPRIVATE: 'git.corp.example' },
      env: [],
      goprivate: ['github.com/acme/*', 'goship.test'],
    } as unknown as Parameters<typeof buildEnvironment>[0]);
    expect(env.GOPRIVATE).toBe('git.corp.example,github.com/acme/*,goship.test');
  });

  test('a URL or a word with a space is not a pattern', () => {
    expect(
      goprivateProblems(['github.com/acme/*', 'https://github.com/acme', 'a b']).map((e) => e.message),
    ).toEqual([
      "Input 'goprivate': 'https://github.com/acme' is not a module path pattern. Expected module path prefixes or globs such as github.com/acme/* or git.corp.example.com (no https://).",
      "Input 'goprivate': 'a b' is not a module path pattern. Expected module path prefixes or globs such as github.com/acme/* or git.corp.example.com (no https://).",
    ]);
  });
});
