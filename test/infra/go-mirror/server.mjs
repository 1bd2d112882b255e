#!/usr/bin/env node
// Loopback Go download mirror for goship's tests (Node 20, no dependencies).
//
// Serves a release manifest in go.dev's format at <base>/?mode=json&include=all and the tarballs at
// <base>/<filename>. The tarball of the real version is a file packed from this machine's GOROOT (made by
// ./up); every other file is a small real tar.gz holding a fake `go` script. URL prefixes inject faults
// (see README.md): /status/<code>, /flaky/<n>[-tag], /delay/<ms>, /redirect, /badsha, /truncated, /evil[/kind].
//
// Usage: node server.mjs --state DIR --cache DIR --real-version 1.26.8 --real-file PATH
//                        [--host 127.0.0.1] [--port 0] [--goos linux] [--goarch amd64]
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const HOST = args.host ?? '127.0.0.1';
const PORT = Number(args.port ?? 0);
const STATE = args.state ?? '/tmp/goship-infra/go-mirror';
const CACHE = args.cache ?? path.join(process.env.HOME ?? '/root', '.cache/goship/go-mirror');
const REAL = args['real-version'];
const REAL_FILE = args['real-file'];
const GOOS = args.goos ?? 'linux';
const GOARCH = args.goarch ?? 'amd64';
if (!REAL || !/^\d+\.\d+\.\d+$/.test(REAL)) throw new Error(`--real-version X.Y.Z required, got ${REAL}`);
if (!REAL_FILE || !fs.existsSync(REAL_FILE))
  throw new Error(`--real-file must name the packed tarball, got ${REAL_FILE}`);

const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest('hex');
const log = (...a) => console.log(new Date().toISOString(), ...a);

// ---------------------------------------------------------------- tar.gz writer (ustar, deterministic)
const MTIME = 1_700_000_000; // fixed: same bytes on every machine and run
function tarHeader({ name, mode, size = 0, type = '0', linkname = '' }) {
  const h = Buffer.alloc(512, 0);
  const put = (s, off, len) => h.write(s, off, Math.min(len, Buffer.byteLength(s)), 'utf8');
  const oct = (n, len) => `${n.toString(8).padStart(len - 1, '0')}\0`;
  if (Buffer.byteLength(name) > 100) throw new Error(`tar name too long: ${name}`);
  put(name, 0, 100);
  put(oct(mode, 8), 100, 8);
  put(oct(0, 8), 108, 8);
  put(oct(0, 8), 116, 8);
  put(oct(size, 12), 124, 12);
  put(oct(MTIME, 12), 136, 12);
  h.fill(0x20, 148, 156);
  put(type, 156, 1);
  put(linkname, 157, 100);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  put('root', 265, 32);
  put('root', 297, 32);
  let sum = 0;
  for (const b of h) sum += b;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  return h;
}
function tarGz(entries) {
  const parts = [];
  for (const e of entries) {
    const data = e.data === undefined ? Buffer.alloc(0) : Buffer.from(e.data);
    const type = e.type ?? (e.name.endsWith('/') ? '5' : '0');
    const mode = e.mode ?? (type === '5' ? 0o755 : type === '2' ? 0o777 : 0o644);
    const size = e.declaredSize ?? (type === '0' ? data.length : 0);
    parts.push(tarHeader({ name: e.name, mode, size, type, linkname: e.linkname }));
    if (type === '0' && data.length) {
      parts.push(data);
      const pad = (512 - (data.length % 512)) % 512;
      if (pad) parts.push(Buffer.alloc(pad));
    }
  }
  parts.push(Buffer.alloc(1024));
  return zlib.gzipSync(Buffer.concat(parts), { level: 9 }); // gzip header mtime 0: deterministic
}

// ---------------------------------------------------------------- versions and files
const [MAJ, MIN, PAT] = REAL.split('.').map(Number);
/** version strings as go.dev spells them, newest first, with stability */
function versionList() {
  const v = [];
  const add = (s, stable) => {
    if (!v.some((x) => x.version === s)) v.push({ version: s, stable });
  };
  add(`go${MAJ}.${MIN + 1}rc1`, false);
  add(`go${MAJ}.${MIN + 1}beta1`, false);
  add(`go${MAJ}.${MIN}.${PAT}`, true); // the real one
  if (PAT >= 1) add(`go${MAJ}.${MIN}.${PAT - 1}`, true);
  if (PAT >= 2) add(`go${MAJ}.${MIN}.0`, true);
  add(`go${MAJ}.${MIN}rc2`, false);
  if (MIN >= 1) for (const p of [5, 4, 0]) add(`go${MAJ}.${MIN - 1}.${p}`, true);
  if (MIN >= 2) for (const p of [11, 0]) add(`go${MAJ}.${MIN - 2}.${p}`, true);
  for (const [mi, p] of [
    [22, 12],
    [22, 3],
    [21, 13],
    [21, 0],
  ])
    if (MAJ === 1 && mi < MIN - 2) add(`go1.${mi}.${p}`, true);
  return v.sort((a, b) => cmpVersion(b.version, a.version));
}
// go1.27rc1 < go1.27.0; beta < rc
function parseGo(s) {
  const m = /^go(\d+)\.(\d+)(?:\.(\d+))?(?:(beta|rc)(\d+))?$/.exec(s);
  return [
    Number(m[1]),
    Number(m[2]),
    Number(m[3] ?? 0),
    m[4] ? (m[4] === 'beta' ? 0 : 1) : 2,
    Number(m[5] ?? 0),
  ];
}
function cmpVersion(a, b) {
  const x = parseGo(a);
  const y = parseGo(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}
const PLATFORMS = [
  { os: '', arch: '', kind: 'source' },
  { os: 'darwin', arch: 'arm64', kind: 'archive' },
  { os: 'linux', arch: '386', kind: 'archive' },
  { os: 'linux', arch: 'amd64', kind: 'archive' },
  { os: 'linux', arch: 'arm64', kind: 'archive' },
  { os: 'linux', arch: 'armv6l', kind: 'archive' },
];
const fileName = (version, p) =>
  p.kind === 'source' ? `${version}.src.tar.gz` : `${version}.${p.os}-${p.arch}.tar.gz`;

function fakeEntries(version, p) {
  const goarch = p.arch === 'armv6l' ? 'arm' : p.arch || 'amd64';
  const goos = p.os || 'linux';
  const script = `#!/bin/sh
# fake Go toolchain served by goship's test mirror (test/infra/go-mirror); only 'version' and 'env' work
GOROOT_DIR=$(cd "$(dirname "$0")/.." && pwd)
case "$1" in
  version) echo "go version ${version} ${goos}/${goarch}" ;;
  env)
    shift
    if [ $# -eq 0 ]; then
      printf "GOROOT='%s'\\nGOVERSION='${version}'\\nGOOS='${goos}'\\nGOARCH='${goarch}'\\n" "$GOROOT_DIR"
    fi
    for k in "$@"; do
      case "$k" in
        GOROOT) echo "$GOROOT_DIR" ;;
        GOVERSION) echo "${version}" ;;
        GOOS) echo "${goos}" ;;
        GOARCH) echo "${goarch}" ;;
        *) echo "" ;;
      esac
    done ;;
  *) echo "fake ${version}: 'go $*' is not implemented" >&2; exit 2 ;;
esac
`;
  const e = [
    { name: 'go/' },
    { name: 'go/VERSION', data: `${version}\ntime 2026-01-01T00:00:00Z\n` },
    { name: 'go/bin/' },
    { name: 'go/bin/go', data: script, mode: 0o755 },
    { name: 'go/bin/gofmt', data: '#!/bin/sh\necho "fake gofmt" >&2\nexit 2\n', mode: 0o755 },
    { name: 'go/src/' },
    { name: 'go/src/README.fake', data: `fake ${version} served by goship's test mirror\n` },
  ];
  if (p.kind !== 'source') e.push({ name: 'go/pkg/' }, { name: 'go/pkg/tool/' });
  return e;
}
const EVIL = {
  // an entry that climbs out of the extraction directory
  dotdot: [
    { name: '../escape', data: 'written outside the target by a ../ entry\n' },
    { name: 'go/../../escape2', data: 'x\n' },
  ],
  // an absolute path
  absolute: [{ name: '/tmp/goship-evil-absolute', data: 'written to an absolute path\n' }],
  // a symlink whose target is outside the tree (relative), followed by a file written through it
  symlink: [
    { name: 'go/escape-link', type: '2', linkname: '../../../../../../../../tmp' },
    { name: 'go/escape-link/goship-evil-symlink', data: 'x\n' },
  ],
  // a symlink with an absolute target
  'symlink-abs': [{ name: 'go/passwd', type: '2', linkname: '/etc/passwd' }],
  // a hard link to a file outside the tree
  hardlink: [{ name: 'go/hardlink', type: '1', linkname: '../../../../../../../../etc/passwd' }],
  // a chain of symlinks, each lexically inside go/: q = go/, p = q/../../.. = two levels above the extraction dir
  'symlink-chain': [
    { name: 'go/a/b/q', type: '2', linkname: '../..' },
    { name: 'go/a/b/p', type: '2', linkname: 'q/../../..' },
  ],
  // a file whose header declares 600 MiB (a gzip bomb's header; its zeros would follow, inflating ~1000:1)
  oversize: [{ name: 'go/bomb', declaredSize: 600 * 1024 * 1024 }],
};

/** file tables per mode: Map filename -> {size, sha256, buf?|file?} */
function buildFiles() {
  const fakeDir = path.join(CACHE, 'fake-v1');
  fs.mkdirSync(fakeDir, { recursive: true });
  const normal = new Map();
  const evil = Object.fromEntries(Object.keys(EVIL).map((k) => [k, new Map()]));
  const versions = versionList();
  for (const { version } of versions) {
    for (const p of PLATFORMS) {
      const name = fileName(version, p);
      if (version === `go${REAL}` && p.os === GOOS && p.arch === GOARCH) {
        const sumFile = `${REAL_FILE}.sha256`;
        const size = fs.statSync(REAL_FILE).size;
        const sum = fs.existsSync(sumFile)
          ? fs.readFileSync(sumFile, 'utf8').trim().split(/\s+/)[0]
          : sha256(fs.readFileSync(REAL_FILE));
        normal.set(name, { size, sha256: sum, file: REAL_FILE });
      } else {
        const cached = path.join(fakeDir, name);
        let buf;
        if (fs.existsSync(cached)) buf = fs.readFileSync(cached);
        else {
          buf = tarGz(fakeEntries(version, p));
          fs.writeFileSync(`${cached}.tmp`, buf);
          fs.renameSync(`${cached}.tmp`, cached);
        }
        normal.set(name, { size: buf.length, sha256: sha256(buf), buf });
      }
      for (const [k, extra] of Object.entries(EVIL)) {
        const buf = tarGz([...fakeEntries(version, p), ...extra]);
        evil[k].set(name, { size: buf.length, sha256: sha256(buf), buf });
      }
    }
  }
  return { versions, normal, evil };
}
const { versions: VERSIONS, normal: NORMAL, evil: EVILFILES } = buildFiles();

function manifest(files, { all, badsha }) {
  let vs = VERSIONS;
  if (!all) {
    // like go.dev without include=all: the newest patch of the two newest stable minors
    const seen = new Set();
    vs = VERSIONS.filter((v) => {
      if (!v.stable) return false;
      const minor = v.version.split('.').slice(0, 2).join('.');
      if (seen.has(minor) || seen.size >= 2) return false;
      seen.add(minor);
      return true;
    });
  }
  const out = vs.map(({ version, stable }) => ({
    version,
    stable,
    files: PLATFORMS.map((p) => {
      const filename = fileName(version, p);
      const f = files.get(filename);
      return {
        filename,
        os: p.os,
        arch: p.arch,
        version,
        sha256: badsha ? sha256(Buffer.from(`not the sha256 of ${filename}`)) : f.sha256,
        size: f.size,
        kind: p.kind,
      };
    }),
  }));
  return `${JSON.stringify(out, null, 1)}\n`;
}

// ---------------------------------------------------------------- HTTP
const stats = new Map(); // pathname+search -> count
const flaky = new Map();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function send(res, status, body, type = 'text/plain; charset=utf-8', head = false) {
  const buf = Buffer.from(body);
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': buf.length, 'Cache-Control': 'no-store' });
  res.end(head ? undefined : buf);
}

function serveFile(req, res, f, truncated) {
  const head = req.method === 'HEAD';
  res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': f.size });
  if (head) return res.end();
  if (truncated) {
    // half the bytes under a full Content-Length, then the connection is closed
    const half = Math.floor(f.size / 2);
    const done = () => res.socket?.destroy();
    if (f.buf) return res.write(f.buf.subarray(0, half), done);
    const s = fs.createReadStream(f.file, { start: 0, end: half - 1 });
    s.on('end', () => setImmediate(done));
    s.pipe(res, { end: false });
    return undefined;
  }
  if (f.buf) return res.end(f.buf);
  const s = fs.createReadStream(f.file);
  s.on('error', () => res.destroy());
  s.pipe(res);
  return undefined;
}

async function handle(req, res) {
  const url = new URL(req.url, `http://${HOST}`);
  const key = url.pathname + url.search;
  stats.set(key, (stats.get(key) ?? 0) + 1);
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head && url.pathname !== '/_reset')
    return send(res, 405, 'method not allowed\n');

  if (url.pathname === '/_health') return send(res, 200, 'ok\n', undefined, head);
  if (url.pathname === '/_stats') {
    return send(
      res,
      200,
      `${JSON.stringify(Object.fromEntries(stats), null, 1)}\n`,
      'application/json',
      head,
    );
  }
  if (url.pathname === '/_reset') {
    stats.clear();
    flaky.clear();
    return send(res, 200, 'reset\n');
  }

  let p = url.pathname;
  let mode = 'normal';
  let truncated = false;
  let redirect = false;
  for (;;) {
    let m;
    if ((m = /^\/status\/(\d{3})(\/.*)?$/.exec(p))) {
      const code = Number(m[1]);
      if (code < 200 || code > 599) return send(res, 400, `bad injected status ${code}\n`);
      return send(res, code, `injected status ${code} for ${url.pathname}\n`, undefined, head);
    }
    if ((m = /^\/flaky\/(\d+)(-[A-Za-z0-9_.-]+)?(\/.*)?$/.exec(p))) {
      const n = (flaky.get(key) ?? 0) + 1;
      flaky.set(key, n);
      if (n <= Number(m[1]))
        return send(res, 500, `injected failure ${n} of ${m[1]} for ${key}\n`, undefined, head);
      p = m[3] ?? '/';
      continue;
    }
    if ((m = /^\/delay\/(\d+)(\/.*)?$/.exec(p))) {
      await sleep(Math.min(Number(m[1]), 600_000));
      p = m[2] ?? '/';
      continue;
    }
    if ((m = /^\/redirect(\/.*)?$/.exec(p))) {
      redirect = true;
      p = m[1] ?? '/';
      continue;
    }
    if ((m = /^\/badsha(\/.*)?$/.exec(p))) {
      mode = 'badsha';
      p = m[1] ?? '/';
      continue;
    }
    if ((m = /^\/truncated(\/.*)?$/.exec(p))) {
      truncated = true;
      p = m[1] ?? '/';
      continue;
    }
    if (
      (m =
        /^\/evil(?:\/(dotdot|absolute|symlink-abs|symlink-chain|symlink|hardlink|oversize)(?=\/|$))?(\/.*)?$/.exec(
          p,
        ))
    ) {
      mode = `evil:${m[1] ?? 'dotdot'}`;
      p = m[2] ?? '/';
      continue;
    }
    break;
  }

  const files = mode.startsWith('evil:') ? EVILFILES[mode.slice(5)] : NORMAL;
  if (p === '/' || p === '') {
    if (url.searchParams.get('mode') === 'json') {
      const body = manifest(files, {
        all: url.searchParams.get('include') === 'all',
        badsha: mode === 'badsha',
      });
      return send(res, 200, body, 'application/json', head);
    }
    const links = [...files.keys()].map((f) => `<li><a href="${f}">${f}</a></li>`).join('\n');
    return send(
      res,
      200,
      `<!doctype html><title>goship test Go mirror</title><ul>\n${links}\n</ul>\n`,
      'text/html; charset=utf-8',
      head,
    );
  }
  const name = p.slice(1);
  const f = name.includes('/') ? undefined : files.get(name);
  if (!f) return send(res, 404, `404 page not found: ${url.pathname}\n`, undefined, head);
  if (redirect) {
    const location = url.pathname.replace(/\/redirect(?=\/|$)/, '') + url.search;
    res.writeHead(302, { Location: location, 'Content-Length': 0 });
    return res.end();
  }
  return serveFile(req, res, f, truncated);
}

const server = http.createServer((req, res) => {
  res.on('finish', () => log(req.method, req.url, res.statusCode));
  handle(req, res).catch((err) => {
    log('error', req.url, err);
    if (!res.headersSent) send(res, 500, 'internal error\n');
    else res.destroy();
  });
});
server.keepAliveTimeout = 5000;
server.listen(PORT, HOST, () => {
  const { port } = server.address();
  fs.mkdirSync(STATE, { recursive: true });
  fs.writeFileSync(path.join(STATE, 'port.tmp'), `${port}\n`);
  fs.renameSync(path.join(STATE, 'port.tmp'), path.join(STATE, 'port'));
  log(
    `listening on http://${HOST}:${port} real=go${REAL} (${GOOS}/${GOARCH}) versions=${VERSIONS.map((v) => v.version).join(',')}`,
  );
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 1000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
