/*
 * Build secrets for Dockerfile builds: which mounts a Dockerfile declares, how they are checked against the
 * secrets input, the files handed to the builder, and the generated Dockerfile with a netrc. The builders
 * themselves read them in test/e2e/docker-multistage.test.ts ("dockerfile: build secrets").
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  checkSecretMounts,
  secretMounts,
  writeSecrets,
} from '../../../packages/oci/src/dockerfile/secrets.js';
import { generateDockerfile, parseDockerfile } from '../../../packages/oci/src/index.js';

const DOCKERFILE = [
  'FROM golang:1.26 AS build',
  'RUN --mount=type=cache,target=/go/pkg/mod --mount=type=secret,id=netrc,target=/root/.netrc,required=true \\',
  '    go mod download',
  'RUN --mount=type=secret,target=/run/secrets/npm-token cat /run/secrets/npm-token >/dev/null || true',
  '',
].join('\n');

describe('secretMounts', () => {
  test('ids (from id=, else the target file name), required, lines; other mount types skipped', () => {
    expect(secretMounts(DOCKERFILE)).toEqual([
      { id: 'netrc', required: true, line: 2 },
      { id: 'npm-token', required: false, line: 4 },
    ]);
  });
});

test('a mount in a comment line is no mount', () => {
  expect(secretMounts('FROM x\n  # RUN --mount=type=secret,id=old,required=true make\nRUN true\n')).toEqual(
    [],
  );
});

describe('checkSecretMounts', () => {
  const check = (secrets: Record<string, string>) => {
    const warnings: { message: string; where?: { file?: string; line?: number } }[] = [];
    checkSecretMounts(
      {
        secrets: new Map(Object.entries(secrets)),
        warn: (message, where) => warnings.push({ message, where }),
      },
      DOCKERFILE,
      'Dockerfile',
    );
    return warnings;
  };

  test('a required mount without its secret: an error at its line naming the secrets and netrc inputs', () => {
    expect(() => check({})).toThrow(
      "Dockerfile:2 mounts the secret 'netrc' (required=true), but the secrets input gives none",
    );
    let error: { hint?: string; location?: unknown } | undefined;
    try {
      check({ 'npm-token': 'x' });
    } catch (e) {
      error = e as typeof error;
    }
    expect(error?.hint).toBe(
      'Add a line netrc=${{ secrets.… }} to secrets (or netrc=<path> to secret-files), or set the netrc input.',
    );
    expect(error?.location).toEqual({ file: 'Dockerfile', line: 2 });
  });

  test('an optional mount without its secret and a secret nothing mounts are warnings', () => {
    expect(check({ netrc: 'machine a login b password c', unused: 'v' })).toEqual([
      {
        message:
          "Dockerfile:4 mounts the secret 'npm-token', but the secrets input gives none: the RUN sees no file there",
        where: { file: 'Dockerfile', line: 4 },
      },
      {
        message:
          "secret 'unused' is given but no RUN in Dockerfile mounts it (--mount=type=secret,id=unused)",
        where: { file: 'Dockerfile' },
      },
    ]);
    expect(check({ netrc: 'n', 'npm-token': 't' })).toEqual([]);
  });
});

describe('writeSecrets', () => {
  test('one 0600 file per secret in a 0700 directory, passed as --secret id=…,src=…', () => {
    const work = mkdtempSync(join(tmpdir(), 'secrets-'));
    const flags = writeSecrets(
      new Map([
        ['netrc', 'machine a login b password c\n'],
        ['token', 't0k'],
      ]),
      work,
    );
    const file = join(work, 'secrets', 'netrc');
    expect(flags).toEqual([
      '--secret',
      `id=netrc,src=${file}`,
      '--secret',
      `id=token,src=${join(work, 'secrets', 'token')}`,
    ]);
    expect(readFileSync(file, 'utf8')).toBe('machine a login b password c\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    expect(writeSecrets(new Map(), work)).toEqual([]);
    // Secret files are passed where they are, after the written ones.
    expect(writeSecrets(new Map(), work, new Map([['ca', '/etc/corp/ca.pem']]))).toEqual([
      '--secret',
      'id=ca,src=/etc/corp/ca.pem',
    ]);
  });
});

describe('generated Dockerfile with a netrc secret', () => {
  const text = generateDockerfile({
    goVersion: '1.26',
    package: '.',
    binaryName: 'app',
    port: 8080,
    runtime: 'scratch',
    hasGoSum: true,
    netrcSecret: true,
  });

  test('both go commands mount it at /root/.netrc (required), GOPRIVATE is a build arg, and it parses', () => {
    const mounts = secretMounts(text);
    expect(mounts.map((m) => [m.id, m.required])).toEqual([
      ['netrc', true],
      ['netrc', true],
    ]);
    expect(text).toMatch(/--mount=type=secret,id=netrc,target=\/root\/\.netrc,required=true go mod download/);
    expect(text).toContain('ARG GOPRIVATE=\n');
    expect(() => parseDockerfile(text)).not.toThrow();
  });

  test('without a netrc nothing changes', () => {
    const plain = generateDockerfile({
      goVersion: '1.26',
      package: '.',
      binaryName: 'app',
      port: 8080,
      runtime: 'scratch',
      hasGoSum: true,
    });
    expect(secretMounts(plain)).toEqual([]);
    expect(plain).not.toContain('GOPRIVATE');
  });
});
