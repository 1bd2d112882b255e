/*
 * A manifest refused for a blob the registry "does not know" although it was uploaded: distribution 2.8
 * rewrites a repository's blob link in place, so two pushes of one blob at once (matrix runners share the
 * scratch rootfs layer) can make it unreadable for a moment. The refusal replayed here is the one CI saw
 * (docker-multistage-merge e2e, two push-by-digest runners at once), rebuilt from its logged codes, messages
 * and detail in distribution's error format. assemble checks every blob again and puts the manifest once
 * more; any other refusal is reported as it is.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReference } from '@goship/contract';
import { assemble, closeConnections, RegistryPool } from '../../../packages/oci/src/index.js';

const REFUSAL = JSON.stringify({
  errors: [
    { code: 'DIGEST_INVALID', message: 'provided digest did not match uploaded content' },
    {
      code: 'MANIFEST_BLOB_UNKNOWN',
      message: 'blob unknown to registry',
      detail: 'sha256:875accf189367b5fb332fab3e7e59a8297676269a3117a9a26d633cbe9068307',
    },
  ],
});

/** A registry that has every blob, and refuses the first `refusals` manifest PUTs with `body`. */
async function registry(refusals: number, body = REFUSAL) {
  const seen = { heads: 0, puts: 0 };
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/v2/') return void res.writeHead(200).end('{}');
    if (req.method === 'HEAD' && req.url!.includes('/blobs/')) {
      seen.heads++;
      return void res.writeHead(200, { 'Content-Length': '0' }).end();
    }
    if (req.method === 'PUT' && req.url!.includes('/manifests/')) {
      seen.puts++;
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        if (seen.puts <= refusals)
          return void res.writeHead(400, { 'Content-Type': 'application/json' }).end(body);
        res.writeHead(201).end();
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { addr: `127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => server.close() };
}

function push(addr: string, log: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'recheck-'));
  const path = join(dir, 'hello');
  writeFileSync(path, '#!/bin/sh\necho hello\n', { mode: 0o755 });
  return assemble({
    image: parseReference(`${addr}/acme/hello-matrix`),
    tags: [],
    binaries: [
      {
        platform: { os: 'linux', architecture: 'amd64' },
        artifact: { name: 'hello', os: 'linux', arch: 'amd64', path },
      },
    ],
    user: '65532:65532',
    labels: {},
    annotations: {},
    created: '2024-01-01T00:00:00Z',
    mtime: 0,
    push: true,
    tempDir: dir,
    pool: new RegistryPool({}),
    log: (m) => log.push(m),
  });
}

afterAll(() => closeConnections());

test('a manifest refused for an unknown blob: every blob is checked again and the manifest put once more', async () => {
  const r = await registry(1);
  try {
    const log: string[] = [];
    const result = await push(r.addr, log);
    expect(result.pushed).toBe(true);
    expect(r.seen.puts).toBe(2);
    // The config and both layers (rootfs, binary): HEAD before the first PUT and again before the second.
    expect(r.seen.heads).toBe(6);
    expect(log).toContain(
      `${r.addr} refused the manifest for a blob it did not find; checking every blob again`,
    );
    // The first check's answer stands in the report.
    expect(result.reused).toBe(3);
  } finally {
    r.close();
  }
});

test('refused twice: the second refusal is reported, with the registry’s codes', async () => {
  const r = await registry(2);
  try {
    await expect(push(r.addr, [])).rejects.toThrow(
      /rejected manifest .*MANIFEST_BLOB_UNKNOWN: blob unknown to registry/,
    );
    expect(r.seen.puts).toBe(2);
  } finally {
    r.close();
  }
});

test('any other refusal is reported at once, without a second put', async () => {
  const invalid = JSON.stringify({ errors: [{ code: 'MANIFEST_INVALID', message: 'manifest invalid' }] });
  const r = await registry(1, invalid);
  try {
    await expect(push(r.addr, [])).rejects.toThrow(/MANIFEST_INVALID/);
    expect(r.seen.puts).toBe(1);
  } finally {
    r.close();
  }
});
