import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGzip, gunzipSync } from 'node:zlib';
import {
  buildConfig,
  buildIndex,
  buildManifest,
  createTar,
  gzipLayer,
  jsonBlob,
  MediaType,
  sha256,
  tarChunks,
} from '../../../packages/oci/src/index.js';

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const c of chunks) out.push(c);
  return Buffer.concat(out);
}

/** Lists a tar with the system's GNU tar: an independent reader of what we wrote. */
function gnuTarList(tar: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'oci-tar-'));
  writeFileSync(join(dir, 'layer.tar'), tar);
  return execFileSync('tar', ['--numeric-owner', '--full-time', '-tvf', join(dir, 'layer.tar')], {
    encoding: 'utf8',
    env: { TZ: 'UTC', PATH: process.env.PATH },
  })
    .trim()
    .split('\n');
}

describe('deterministic layers', () => {
  const entries = [
    { path: 'usr/local/bin/app', type: 'file' as const, mode: 0o755, data: Buffer.from('#!binary') },
    { path: 'etc/passwd', type: 'file' as const, mode: 0o644, data: Buffer.from('root:x:0:0::/:/x\n') },
    { path: 'tmp', type: 'dir' as const, mode: 0o1777 },
    { path: 'home/nonroot', type: 'dir' as const, mode: 0o755, uid: 65532, gid: 65532 },
  ];

  test('entries sorted, parents added, fixed mtime/uid/gid/modes (read back by GNU tar)', () => {
    const lines = gnuTarList(createTar(entries, 1714979289));
    expect(lines.map((l) => l.split(/\s+/).pop())).toEqual([
      'etc/',
      'etc/passwd',
      'home/',
      'home/nonroot/',
      'tmp/',
      'usr/',
      'usr/local/',
      'usr/local/bin/',
      'usr/local/bin/app',
    ]);
    expect(lines.find((l) => l.endsWith('usr/local/bin/app'))).toMatch(
      /^-rwxr-xr-x 0\/0 +8 2024-05-06 07:08:09 /,
    );
    expect(lines.find((l) => l.endsWith('tmp/'))).toMatch(/^drwxrwxrwt 0\/0/);
    expect(lines.find((l) => l.endsWith('home/nonroot/'))).toMatch(/^drwxr-xr-x 65532\/65532/);
  });

  test('same files in any order → same bytes, same gzip, same digest', () => {
    const a = createTar(entries, 1);
    const b = createTar([...entries].reverse(), 1);
    expect(a.equals(b)).toBe(true);
    expect(sha256(gzipLayer(a))).toBe(sha256(gzipLayer(b)));
    expect(gunzipSync(gzipLayer(a)).equals(a)).toBe(true);
    expect(createTar(entries, 2).equals(a)).toBe(false);
  });

  test('long paths use the ustar prefix field; unsafe or duplicate paths are refused', () => {
    const long = `${'d'.repeat(90)}/${'e'.repeat(60)}/file`;
    expect(
      gnuTarList(createTar([{ path: long, type: 'file', mode: 0o644, data: Buffer.from('x') }], 0)).pop(),
    ).toContain(long);
    expect(() => createTar([{ path: '../etc/passwd', type: 'file', mode: 0o644 }], 0)).toThrow(/unsafe/);
    expect(() => createTar([{ path: 'a/./b', type: 'file', mode: 0o644 }], 0)).toThrow(/unsafe/);
    expect(() =>
      createTar(
        [
          { path: 'a', type: 'file', mode: 0o644 },
          { path: '/a', type: 'file', mode: 0o644 },
        ],
        0,
      ),
    ).toThrow(/duplicate/);
  });
});

describe('image config, manifest, index', () => {
  const base = {
    architecture: 'amd64',
    os: 'linux',
    config: {
      Env: ['PATH=/bin', 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt', 'PORT=1'],
      Cmd: ['/bin/sh'],
      WorkingDir: '/home',
      Labels: { a: '1' },
      ExposedPorts: { '9090/tcp': {} },
    },
    rootfs: { type: 'layers' as const, diff_ids: ['sha256:base'] },
    history: [{ created_by: 'base' }],
  };

  test('the base config is kept; ours on top; Entrypoint clears the base Cmd', () => {
    const cfg = buildConfig(
      base,
      { os: 'linux', architecture: 'arm64', variant: 'v8' },
      {
        entrypoint: ['/app'],
        port: 8080,
        user: '65532:65532',
        labels: { b: '2' },
        created: '2024-01-01T00:00:00Z',
      },
      [{ diffId: 'sha256:app', createdBy: 'app' }],
    );
    expect(cfg.config.Env).toEqual([
      'PATH=/bin',
      'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt',
      'PORT=8080',
    ]);
    expect(cfg.config.Cmd).toBeUndefined();
    expect(cfg.config.Entrypoint).toEqual(['/app']);
    expect(cfg.config.WorkingDir).toBe('/home');
    expect(cfg.config.ExposedPorts).toEqual({ '9090/tcp': {}, '8080/tcp': {} });
    expect(cfg.config.Labels).toEqual({ a: '1', b: '2' });
    expect(cfg.rootfs.diff_ids).toEqual(['sha256:base', 'sha256:app']);
    expect(cfg.history).toHaveLength(2);
    expect(cfg).toMatchObject({ architecture: 'arm64', variant: 'v8', created: '2024-01-01T00:00:00Z' });
  });

  test('scratch: a default PATH', () => {
    const cfg = buildConfig(
      undefined,
      { os: 'linux', architecture: 'amd64' },
      { entrypoint: ['/app'], created: 'x' },
      [],
    );
    expect(cfg.config.Env).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']);
  });

  test('manifest digests are over the exact bytes; docker layer types become OCI types; index carries platforms', () => {
    const config = jsonBlob({ a: 1 }, MediaType.ociConfig);
    const m = buildManifest(config, [{ mediaType: MediaType.dockerLayerGzip, digest: 'sha256:x', size: 3 }], {
      k: 'v',
    });
    expect(m.descriptor.digest).toBe(sha256(m.data));
    const parsed = JSON.parse(m.data.toString());
    expect(parsed.layers[0].mediaType).toBe(MediaType.ociLayerGzip);
    expect(parsed.annotations).toEqual({ k: 'v' });
    const idx = JSON.parse(
      buildIndex([{ manifest: m, platform: { os: 'linux', architecture: 'amd64' } }]).data.toString(),
    );
    expect(idx.manifests[0]).toEqual({ ...m.descriptor, platform: { os: 'linux', architecture: 'amd64' } });
  });
});

describe('streamed layers (files read from disk)', () => {
  test('tarChunks with a file source gives the bytes createTar gives from memory, and gzip streamed = gzip whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oci-stream-'));
    const data = Buffer.alloc(3 * (1 << 20) + 123);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7919) % 251;
    writeFileSync(join(dir, 'bin'), data);
    const mem = createTar([{ path: 'usr/local/bin/app', type: 'file', mode: 0o755, data }], 42);
    const streamed = await collect(
      tarChunks(
        [
          {
            path: 'usr/local/bin/app',
            type: 'file',
            mode: 0o755,
            source: { path: join(dir, 'bin'), size: data.length },
          },
        ],
        42,
      ),
    );
    expect(streamed.equals(mem)).toBe(true);
    const gz = await collect(
      Readable.from([streamed.subarray(0, 1000), streamed.subarray(1000)]).pipe(createGzip({ level: 6 })),
    );
    expect(sha256(gz)).toBe(sha256(gzipLayer(mem)));
  });

  test('a file that changes size while it is archived is an error, not a corrupt layer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oci-stream-'));
    writeFileSync(join(dir, 'bin'), Buffer.alloc(10));
    await expect(
      collect(
        tarChunks(
          [{ path: 'app', type: 'file', mode: 0o755, source: { path: join(dir, 'bin'), size: 20 } }],
          0,
        ),
      ),
    ).rejects.toThrow(/changed size while it was archived/);
  });

  test('a file that grew past its declared size is an error too (reads stop one byte past the size)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oci-stream-'));
    writeFileSync(join(dir, 'bin'), Buffer.alloc(3 << 20));
    await expect(
      collect(
        tarChunks(
          [{ path: 'app', type: 'file', mode: 0o755, source: { path: join(dir, 'bin'), size: 1 << 20 } }],
          0,
        ),
      ),
    ).rejects.toThrow(/changed size while it was archived \(1048576 → 1048577 bytes\)/);
  });
});
