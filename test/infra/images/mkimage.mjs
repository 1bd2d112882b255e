#!/usr/bin/env node
// Writes a one-layer OCI image into an OCI layout directory without any container tool (Node 20, no deps).
// The output is deterministic: ustar layer with sorted entries, mtime 0, gzip header mtime 0, created 1970-01-01.
//
//   node mkimage.mjs SPEC.json
//
// SPEC: { "out": "<layout dir>", "tag": "latest",
//         "platforms": [{"os":"linux","architecture":"amd64"}, {"os":"linux","architecture":"arm64","variant":"v8"}],
//         "index": true,            // tag points at an image index (multi-arch); false: at the single manifest
//         "entries": [ {"path":"etc/passwd","text":"...","mode":420}, {"path":"bin/busybox","src":"/bin/busybox","mode":493},
//                      {"path":"tmp","type":"dir","mode":1023}, {"path":"bin/sh","type":"symlink","target":"busybox"},
//                      {"path":"home/nonroot","type":"dir","uid":65532,"gid":65532,"mode":448} ],
//         "config": { "User": "...", "Env": [...], "Cmd": [...], "WorkingDir": "/", "Labels": {...} },
//         "history": "created_by text" }
// Prints the digest the tag points at. Also importable: `import { writeImage } from './mkimage.mjs'`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const digest = (b) => `sha256:${crypto.createHash('sha256').update(b).digest('hex')}`;

function header({ name, mode, size, type, linkname = '', uid = 0, gid = 0 }) {
  const h = Buffer.alloc(512, 0);
  const put = (s, off, len) => h.write(s, off, Math.min(len, Buffer.byteLength(s)), 'utf8');
  const oct = (n, len) => `${n.toString(8).padStart(len - 1, '0')}\0`;
  let prefix = '';
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 155);
    if (cut <= 0 || Buffer.byteLength(name.slice(cut + 1)) > 100)
      throw new Error(`path too long for ustar: ${name}`);
    prefix = name.slice(0, cut);
    name = name.slice(cut + 1);
  }
  put(name, 0, 100);
  put(oct(mode & 0o7777, 8), 100, 8);
  put(oct(uid, 8), 108, 8);
  put(oct(gid, 8), 116, 8);
  put(oct(size, 12), 124, 12);
  put(oct(0, 12), 136, 12);
  h.fill(0x20, 148, 156);
  put(type, 156, 1);
  put(linkname, 157, 100);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  put(prefix, 345, 155);
  let sum = 0;
  for (const b of h) sum += b;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  return h;
}

export function writeImage(spec) {
  // parents first, sorted, each directory once
  const entries = new Map();
  for (const e of spec.entries) {
    const p = e.path.replace(/^\/+|\/+$/g, '');
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) {
      const d = parts.slice(0, i).join('/');
      if (!entries.has(d)) entries.set(d, { path: d, type: 'dir', mode: 0o755 });
    }
    entries.set(p, { ...e, path: p });
  }
  const parts = [];
  for (const e of [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const uid = e.uid ?? 0;
    const gid = e.gid ?? 0;
    if (e.type === 'dir') {
      parts.push(header({ name: `${e.path}/`, mode: e.mode ?? 0o755, size: 0, type: '5', uid, gid }));
    } else if (e.type === 'symlink') {
      parts.push(header({ name: e.path, mode: 0o777, size: 0, type: '2', linkname: e.target, uid, gid }));
    } else {
      const data = e.src ? fs.readFileSync(e.src) : Buffer.from(e.text ?? '');
      parts.push(
        header({ name: e.path, mode: e.mode ?? 0o644, size: data.length, type: '0', uid, gid }),
        data,
      );
      const pad = (512 - (data.length % 512)) % 512;
      if (pad) parts.push(Buffer.alloc(pad));
    }
  }
  parts.push(Buffer.alloc(1024));
  const tar = Buffer.concat(parts);
  const gz = zlib.gzipSync(tar, { level: 9 });

  const out = spec.out;
  fs.mkdirSync(path.join(out, 'blobs', 'sha256'), { recursive: true });
  const put = (buf) => {
    const d = digest(buf);
    const f = path.join(out, 'blobs', 'sha256', d.slice(7));
    if (!fs.existsSync(f)) fs.writeFileSync(f, buf);
    return { digest: d, size: buf.length };
  };
  const layer = put(gz);
  const created = '1970-01-01T00:00:00Z';
  const manifests = spec.platforms.map((pl) => {
    const config = {
      created,
      architecture: pl.architecture,
      os: pl.os,
      ...(pl.variant ? { variant: pl.variant } : {}),
      config: spec.config,
      rootfs: { type: 'layers', diff_ids: [digest(tar)] },
      history: [{ created, created_by: spec.history ?? 'test/infra/images/mkimage.mjs' }],
    };
    const c = put(Buffer.from(JSON.stringify(config)));
    const manifest = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...c },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }],
    };
    const m = put(Buffer.from(JSON.stringify(manifest)));
    return { mediaType: manifest.mediaType, ...m, platform: pl };
  });
  let top;
  if (spec.index) {
    const index = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests };
    top = { mediaType: index.mediaType, ...put(Buffer.from(JSON.stringify(index))) };
  } else {
    if (manifests.length !== 1) throw new Error('index: false needs exactly one platform');
    top = manifests[0];
  }
  fs.writeFileSync(path.join(out, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const ip = path.join(out, 'index.json');
  const idx = fs.existsSync(ip)
    ? JSON.parse(fs.readFileSync(ip, 'utf8'))
    : { schemaVersion: 2, manifests: [] };
  idx.manifests = idx.manifests.filter(
    (m) => m.annotations?.['org.opencontainers.image.ref.name'] !== spec.tag,
  );
  idx.manifests.push({
    mediaType: top.mediaType,
    digest: top.digest,
    size: top.size,
    ...(top.platform && !spec.index ? { platform: top.platform } : {}),
    annotations: { 'org.opencontainers.image.ref.name': spec.tag },
  });
  fs.writeFileSync(`${ip}.tmp`, JSON.stringify(idx));
  fs.renameSync(`${ip}.tmp`, ip);
  return top.digest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(writeImage(JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))));
}
