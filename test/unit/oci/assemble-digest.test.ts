/*
 * The daemonless assembly is reproducible: fixed binaries, a fixed CA bundle, a fixed time and a fixed base
 * image give the same bytes every time. Pinned here, end to end through assemble(): the image digest, the
 * whole result (platforms, layer reports) and every byte written (an OCI layout directory, an oci-archive).
 * Pushing the same image to a real registry is test/e2e/docker-multistage.test.ts.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseReference } from '@goship/contract';
import {
  type AssembleRequest,
  type AssembleResult,
  assemble,
  closeConnections,
  RegistryPool,
} from '../../../packages/oci/src/index.js';

const hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const _digestOf = (data: Buffer | string) => `sha256:${hex(data)}`;

/** Fixed inputs: two binaries, a CA bundle, a time. */
function fixture() {
  const dir = mkdtempSync(join(tmpdir(), 'assemble-digest-'));
  const bins = (['amd64', 'arm64'] as const).map((arch) => {
    const path = join(dir, `hello-${arch}`);
    writeFileSync(path, `#!/bin/sh\necho hello from ${arch}\n`, { mode: 0o755 });
    return {
      platform: { os: 'linux', architecture: arch },
      artifact: { name: 'hello', os: 'linux', arch, path, sha256: hex(readFileSync(path)) },
    };
  });
  const caBundlePath = join(dir, 'ca.crt');
  writeFileSync(caBundlePath, '-----BEGIN CERTIFICATE-----\nZml4ZWQ=\n-----END CERTIFICATE-----\n');
  return { dir, bins, caBundlePath };
}

function request(over: Partial<AssembleRequest> & Pick<AssembleRequest, 'image' | 'push'>): AssembleRequest {
  const { dir, bins, caBundlePath } = fixture();
  return {
    tags: ['v1.2.3', 'latest'],
    binaries: bins,
    port: 8080,
    user: '65532:65532',
    labels: { 'org.opencontainers.image.version': 'v1.2.3' },
    annotations: { 'org.opencontainers.image.revision': '0123456789abcdef' },
    created: '2024-01-02T03:04:05Z',
    mtime: 1704164645,
    tempDir: dir,
    caBundlePath,
    pool: new RegistryPool({}),
    ...over,
  };
}

/** The result with the machine's paths taken out, as one hash. */
const resultHash = (r: AssembleResult) =>
  hex(JSON.stringify({ ...r, output: r.output && { kind: r.output.kind } }));

/** Every file under a directory, with its content's hash. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(`${relative(dir, p)} ${hex(readFileSync(p))}`);
    }
  };
  walk(dir);
  return out.sort();
}

afterAll(() => closeConnections());

const SCRATCH_INDEX = 'sha256:71d0c084da19cc8ac38595d85f7d16b02e783980413573a7338d1a553ed34087';

test('scratch, two platforms, written as a layout directory and as an archive: the same bytes every time', async () => {
  const image = parseReference('registry.invalid/acme/hello');
  const out = join(mkdtempSync(join(tmpdir(), 'assemble-out-')), 'layout');
  const dir = await assemble(request({ image, push: false, output: out }));
  const archive = join(mkdtempSync(join(tmpdir(), 'assemble-out-')), 'image.tar');
  const tar = await assemble(request({ image, push: false, output: archive }));
  expect({
    digest: dir.digest,
    result: resultHash(dir),
    files: hex(tree(out).join('\n')),
    archiveDigest: tar.digest,
    archiveResult: resultHash(tar),
    archive: hex(readFileSync(archive)),
  }).toEqual({
    digest: SCRATCH_INDEX,
    result: '1670af31649317dac712f9e88955a5072405c67302f1d785765e29f66a7a75c4',
    files: 'b9ea78844fd26c957b1a1374b470f623b1e6910c2d1f3d682c487a2c0c0de58e',
    archiveDigest: SCRATCH_INDEX,
    archiveResult: '36c567d18f4068b5ae95d45507534f697394c22605674e2e4f82e7d9f1743ebc',
    archive: 'dfff033167f37731c5d2397768a45056361b873d9c0840b1ffa1856ba06a91bc',
  });
});
