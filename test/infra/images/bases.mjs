#!/usr/bin/env node
// The small local base images, written as OCI layouts by mkimage.mjs (deterministic, no container tool):
//   node bases.mjs static  OUT   -> tags latest (user root) and nonroot (user 65532), index for linux/amd64 + linux/arm64
//   node bases.mjs busybox OUT   -> tag latest: static busybox userland with a shell, for the host architecture
// (a distroless/static look-alike and an alpine-like shell base; there is no Docker Hub here)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { writeImage } from './mkimage.mjs';

const [kind, out] = process.argv.slice(2);
const CA = process.env.CA_BUNDLE ?? '/etc/ssl/certs/ca-certificates.crt';
const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const hostArch = { x64: 'amd64', arm64: 'arm64' }[process.arch] ?? process.arch;
const accounts = (shell) => [
  {
    path: 'etc/passwd',
    text: `root:x:0:0:root:/root:${shell}\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n`,
  },
  { path: 'etc/group', text: 'root:x:0:\nnobody:x:65534:\nnonroot:x:65532:\n' },
  { path: 'etc/nsswitch.conf', text: 'hosts: files dns\n' },
  { path: 'etc/ssl/certs/ca-certificates.crt', src: CA },
  { path: 'tmp', type: 'dir', mode: 0o1777 },
  { path: 'root', type: 'dir', mode: 0o700 },
  { path: 'home/nonroot', type: 'dir', mode: 0o700, uid: 65532, gid: 65532 },
];
const labels = (title) => ({
  'org.opencontainers.image.title': title,
  'org.opencontainers.image.description':
    'local test base image made by goship test/infra/images (no Docker Hub here)',
});

if (kind === 'static') {
  const entries = [
    ...accounts('/sbin/nologin'),
    {
      path: 'etc/os-release',
      text: 'PRETTY_NAME="goship static test base (distroless/static look-alike)"\nID=goship-static\n',
    },
  ];
  const platforms = [
    { os: 'linux', architecture: 'amd64' },
    { os: 'linux', architecture: 'arm64', variant: 'v8' },
  ];
  for (const [tag, user] of [
    ['latest', undefined],
    ['nonroot', '65532:65532'],
  ]) {
    const d = writeImage({
      out,
      tag,
      index: true,
      platforms,
      entries,
      config: {
        ...(user ? { User: user } : {}),
        Env: [PATH_ENV, 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'],
        WorkingDir: user ? '/home/nonroot' : '/',
        Labels: labels('base/static'),
      },
      history: 'test/infra/images/bases.mjs static: passwd/group (nonroot 65532), CA bundle, /tmp',
    });
    console.log(`${tag} ${d}`);
  }
} else if (kind === 'busybox') {
  const bb = process.env.BUSYBOX ?? '/bin/busybox';
  const applets = execFileSync(bb, ['--list-full'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const entries = [
    ...accounts('/bin/sh'),
    {
      path: 'etc/os-release',
      text: 'PRETTY_NAME="goship busybox test base (alpine-like shell base)"\nID=goship-busybox\n',
    },
    { path: 'bin/busybox', src: bb, mode: 0o755 },
    ...applets
      .filter((a) => a !== 'bin/busybox' && a.includes('/'))
      .map((a) => ({ path: a, type: 'symlink', target: '/bin/busybox' })),
    { path: 'usr/local/bin', type: 'dir' },
  ];
  const d = writeImage({
    out,
    tag: 'latest',
    index: false,
    platforms: [{ os: 'linux', architecture: hostArch }],
    entries,
    config: { Env: [PATH_ENV], Cmd: ['/bin/sh'], WorkingDir: '/', Labels: labels('library/busybox') },
    history: `test/infra/images/bases.mjs busybox: ${fs.realpathSync(bb)} + applet links`,
  });
  console.log(`latest ${d}`);
} else {
  console.error('usage: node bases.mjs static|busybox OUTDIR');
  process.exit(2);
}
