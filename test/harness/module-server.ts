/*
 * A private Go module server for tests: the GOPROXY protocol (`go help goproxy`: @v/list, .info, .mod,
 * .zip) over HTTPS on loopback, behind basic auth, as a company's Athens or Artifactory answers. It serves
 * module directories from test/fixtures/modules; the zips are built here (stored entries, the layout
 * golang.org/x/mod/zip reads) and go.sum lines come from the same files, so the go command's own checksum
 * verification is what proves them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { selfSignedCert } from './tls.js';

export interface PrivateModule {
  path: string;
  version: string;
  /** The module's source directory (flat: its go.mod and .go files). */
  dir: string;
}

export interface ModuleServer {
  /** https://127.0.0.1:PORT — a GOPROXY entry. */
  url: string;
  /** The server's certificate (PEM), for SSL_CERT_FILE. */
  cert: string;
  /** Every request: its path and whether it carried the right credentials. */
  requests: { path: string; authorized: boolean }[];
  close(): Promise<void>;
}

function files(m: PrivateModule): { name: string; data: Buffer }[] {
  return readdirSync(m.dir)
    .sort()
    .map((f) => ({ name: `${m.path}@${m.version}/${f}`, data: readFileSync(join(m.dir, f)) }));
}

/** A zip of stored (uncompressed) entries. */
export function storedZip(entries: { name: string; data: Buffer }[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const crc = crc32(e.data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(e.data.length, 18);
    head.writeUInt32LE(e.data.length, 22);
    head.writeUInt16LE(name.length, 26);
    local.push(head, name, e.data);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += head.length + name.length + e.data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

/** golang.org/x/mod/sumdb/dirhash Hash1 over named files: one line per file in name order, hashed. */
function hash1(entries: { name: string; data: Buffer }[]): string {
  const sha = (b: Buffer | string) => createHash('sha256').update(b).digest();
  const lines = [...entries]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((e) => `${sha(e.data).toString('hex')}  ${e.name}\n`)
    .join('');
  return `h1:${sha(lines).toString('base64')}`;
}

/** The go.sum lines of a module as served here. */
export function goSumLines(m: PrivateModule): string[] {
  const mod = readFileSync(join(m.dir, 'go.mod'));
  return [
    `${m.path} ${m.version} ${hash1(files(m))}`,
    `${m.path} ${m.version}/go.mod ${hash1([{ name: 'go.mod', data: mod }])}`,
  ];
}

export async function startModuleServer(o: {
  modules: PrivateModule[];
  login: string;
  password: string;
}): Promise<ModuleServer> {
  const { cert, key } = selfSignedCert('127.0.0.1', 'IP:127.0.0.1');
  const expected = `Basic ${Buffer.from(`${o.login}:${o.password}`).toString('base64')}`;
  const requests: ModuleServer['requests'] = [];
  const routes = new Map<string, () => { type: string; body: Buffer | string }>();
  for (const m of o.modules) {
    // Module paths are served case-encoded (`go help goproxy`); fixture paths are lower case.
    const base = `/${m.path}/@v/${m.version}`;
    routes.set(`/${m.path}/@v/list`, () => ({ type: 'text/plain', body: `${m.version}\n` }));
    routes.set(`${base}.info`, () => ({
      type: 'application/json',
      body: JSON.stringify({ Version: m.version, Time: '2026-01-01T00:00:00Z' }),
    }));
    routes.set(`${base}.mod`, () => ({ type: 'text/plain', body: readFileSync(join(m.dir, 'go.mod')) }));
    routes.set(`${base}.zip`, () => ({ type: 'application/zip', body: storedZip(files(m)) }));
  }
  const server = createServer({ cert, key }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    const authorized = req.headers.authorization === expected;
    requests.push({ path, authorized });
    if (!authorized) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="modules"' }).end('401 Unauthorized\n');
      return;
    }
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404).end('not found\n');
      return;
    }
    const { type, body } = route();
    res.writeHead(200, { 'Content-Type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    cert,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
