import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  closeConnections,
  GHCR_TOKEN_HINT,
  isLoopbackRegistry,
  lookupCredentials,
  parseChallenge,
  parsePlatform,
  RegistryClient,
  RegistryError,
  RegistryPool,
} from '../../../packages/oci/src/index.js';

describe('parseChallenge', () => {
  test('bearer challenges as Docker Hub and GHCR send them', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"',
      ),
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:library/nginx:pull',
      },
    });
    expect(
      parseChallenge(
        'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull,push"',
      )?.params.scope,
    ).toBe('repository:a/b:pull,push');
  });

  test('basic (distribution htpasswd) and unknown schemes', () => {
    expect(parseChallenge('Basic realm="goship-registry"')).toEqual({
      scheme: 'basic',
      params: { realm: 'goship-registry' },
    });
    expect(parseChallenge('Negotiate abc')).toBeUndefined();
    expect(parseChallenge(undefined)).toBeUndefined();
  });
});

describe('lookupCredentials', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oci-auth-'));
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      auths: {
        'ghcr.io': { auth: b64('octo:ghp_secret:with:colons') },
        'https://index.docker.io/v1/': { auth: b64('hubuser:hubpass') },
        'registry.example.com:5000': { username: 'u', password: 'p' },
      },
    }),
  );
  const env = { DOCKER_CONFIG: dir };

  test('docker/login-action config: auth base64, Docker Hub legacy key, username/password fields', async () => {
    expect((await lookupCredentials('ghcr.io', { env })).credentials).toEqual({
      username: 'octo',
      password: 'ghp_secret:with:colons',
      source: `${dir}/config.json auths["ghcr.io"]`,
    });
    expect((await lookupCredentials('docker.io', { env })).credentials?.username).toBe('hubuser');
    expect((await lookupCredentials('registry.example.com:5000', { env })).credentials?.password).toBe('p');
  });

  test('inputs win for their registry only', async () => {
    const explicit = { registry: 'ghcr.io', username: 'in', password: 'put' };
    expect((await lookupCredentials('ghcr.io', { env, explicit })).credentials?.source).toBe(
      'inputs registry-username/registry-password',
    );
    expect((await lookupCredentials('docker.io', { env, explicit })).credentials?.source).toContain(
      'index.docker.io',
    );
  });

  test('nothing found: says where it looked (never a secret)', async () => {
    const r = await lookupCredentials('quay.io', {
      env,
      explicit: { registry: 'quay.io', username: '', password: '' },
    });
    expect(r.credentials).toBeUndefined();
    expect(r.searched).toEqual([
      'inputs registry-username/registry-password (for quay.io)',
      `${dir}/config.json (no auths entry for quay.io)`,
    ]);
    expect((await lookupCredentials('quay.io', { env: { HOME: '/nonexistent' } })).searched).toEqual([
      '/nonexistent/.docker/config.json (not found)',
    ]);
  });
});

describe('insecure registries and platforms', () => {
  test('plain HTTP only for loopback and listed registries', () => {
    for (const r of ['localhost', 'localhost:5000', '127.0.0.1:5000', '127.1.2.3', '[::1]:5000'])
      expect(isLoopbackRegistry(r)).toBe(true);
    for (const r of ['10.0.0.1:5000', 'localhost.example.com', 'ghcr.io', '128.0.0.1'])
      expect(isLoopbackRegistry(r)).toBe(false);
    const pool = new RegistryPool({ insecureRegistries: ['registry.lan:5000'] });
    expect(pool.isInsecure('registry.lan:5000')).toBe(true);
    expect(pool.isInsecure('registry.lan')).toBe(false);
  });

  test('parsePlatform', () => {
    expect(parsePlatform('linux/arm/v7')).toEqual({ os: 'linux', architecture: 'arm', variant: 'v7' });
    expect(parsePlatform('linux/arm64/v8')).toEqual({ os: 'linux', architecture: 'arm64' });
    expect(parsePlatform('linux')).toBeUndefined();
  });
});

describe("ghcr.io without a secret: the job's GITHUB_TOKEN", () => {
  const dockerConfig = (auths: Record<string, unknown> = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'goship-ghcr-'));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths }));
    return dir;
  };
  const lookup = (registry: string, docker = dockerConfig(), explicit?: Record<string, string>) =>
    new RegistryPool({
      githubToken: 'ghs_jobtoken',
      env: { DOCKER_CONFIG: docker, GITHUB_ACTOR: 'octocat' },
      explicit: explicit as { registry: string; username: string; password: string } | undefined,
    }).credentialsFor(registry);

  test('nothing given: the token for ghcr.io, as the actor', async () => {
    expect(await lookup('ghcr.io')).toEqual({
      username: 'octocat',
      password: 'ghs_jobtoken',
      source: "the github-token input (the job's GITHUB_TOKEN), for ghcr.io",
    });
  });

  test('the token goes to ghcr.io only: another registry gets nothing', async () => {
    expect(await lookup('registry.example.com')).toBeUndefined();
    expect(await lookup('ghcr.io.example.com')).toBeUndefined();
  });

  test('credentials the user gave win: the Docker config (a login step), then the inputs', async () => {
    const auth = Buffer.from('robot:pat_123').toString('base64');
    expect((await lookup('ghcr.io', dockerConfig({ 'ghcr.io': { auth } })))?.password).toBe('pat_123');
    expect(
      (await lookup('ghcr.io', dockerConfig(), { registry: 'ghcr.io', username: 'u', password: 'p' }))
        ?.source,
    ).toBe('inputs registry-username/registry-password');
  });
});

describe('ghcr.io refuses the job token: the step says which permission', () => {
  // ghcr.io's answer to a push with a GITHUB_TOKEN that lacks packages: write, as recorded by users of
  // docker/login-action (the body distribution's error format carries).
  const denied = JSON.stringify({
    errors: [
      { code: 'DENIED', message: 'permission_denied: The token provided does not match expected scopes.' },
    ],
  });

  test('a 403 on the push names permissions: packages: write', async () => {
    const server = http.createServer((req, res) => {
      req.resume();
      if (req.url === '/v2/') res.writeHead(200).end('{}');
      else res.writeHead(403, { 'content-type': 'application/json' }).end(denied);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const client = new RegistryClient({
      registry: `127.0.0.1:${port}`,
      insecure: true,
      credentials: { credentials: { username: 'octocat', password: 'ghs_x', source: 'test' }, searched: [] },
      deniedHint: GHCR_TOKEN_HINT,
      attempts: 1,
    });
    try {
      const manifest = Buffer.from('{"schemaVersion":2}');
      const err = await client
        .putManifest('acme/hello', '1.0.0', 'application/vnd.oci.image.manifest.v1+json', manifest)
        .then(
          () => undefined,
          (e: unknown) => e as RegistryError,
        );
      expect(err).toBeInstanceOf(RegistryError);
      expect(err?.message).toContain('HTTP 403');
      expect(err?.message).toContain('permission_denied');
      expect(err?.hint).toContain('permissions: packages: write');
      expect(err?.hint).toContain('Nothing was tagged');
    } finally {
      server.close();
      closeConnections();
    }
  });

  test('a 401 for credentials the user gave names both the job token permission and the credentials', async () => {
    const server = http.createServer((req, res) => {
      req.resume();
      res
        .writeHead(401, { 'www-authenticate': 'Basic realm="ghcr"', 'content-type': 'application/json' })
        .end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const client = new RegistryClient({
      registry: `127.0.0.1:${port}`,
      insecure: true,
      credentials: {
        credentials: {
          username: 'octocat',
          password: 'ghp_own_pat',
          source: 'inputs registry-username/registry-password',
        },
        searched: [],
      },
      deniedHint: GHCR_TOKEN_HINT,
      attempts: 1,
    });
    try {
      const err = await client.getManifest('acme/hello', '1.0.0').then(
        () => undefined,
        (e: unknown) => e as RegistryError,
      );
      expect(err?.message).toBe(
        `Registry 127.0.0.1:${port} rejected the credentials of user 'octocat' from inputs registry-username/registry-password (GET /v2/acme/hello/manifests/1.0.0 → 401 UNAUTHORIZED: authentication required).`,
      );
      expect(err?.hint).toBe(
        `${GHCR_TOKEN_HINT} Check the username and password/token for this registry (the password is not shown).`,
      );
      expect(`${err?.message} ${err?.hint}`).not.toContain('ghp_own_pat');
    } finally {
      server.close();
      closeConnections();
    }
  });
});
