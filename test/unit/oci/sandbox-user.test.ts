/*
 * The user the listening check runs an image's process as: the image config's User resolved as runc and
 * containerd resolve it, against recorded /etc/passwd and /etc/group files of real images (fixtures/image-users).
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  describeUser,
  executeDenial,
  type FileTable,
  imageUserFiles,
  pathInRoot,
  resolveUser,
  unpackLayers,
} from '../../../packages/oci/src/sandbox/index.js';
import { writeLayer } from './fixtures/layers.js';

const fixture = (image: string) => ({
  passwd: readFileSync(new URL(`./fixtures/image-users/${image}/passwd`, import.meta.url), 'utf8'),
  group: readFileSync(new URL(`./fixtures/image-users/${image}/group`, import.meta.url), 'utf8'),
});
const debian = fixture('debian');
const statik = fixture('static');

describe('resolving the image User (runc/containerd rules)', () => {
  test('empty: root', () => {
    expect(resolveUser('', statik)).toMatchObject({ uid: 0, gid: 0, name: 'root' });
  });

  test('uid:gid numeric needs no file; both numbers as written', () => {
    expect(resolveUser('65532:65532', {})).toEqual({ uid: 65532, gid: 65532, spec: '65532:65532' });
    expect(resolveUser('1000:5', debian)).toMatchObject({ uid: 1000, gid: 5 });
  });

  test('a numeric uid alone: the gid of its passwd entry, else 0', () => {
    expect(resolveUser('65532', statik)).toEqual({ uid: 65532, gid: 65532, spec: '65532', name: 'nonroot' });
    expect(resolveUser('65534', debian)).toMatchObject({ uid: 65534, gid: 65534, name: 'nobody' });
    expect(resolveUser('4242', debian)).toEqual({ uid: 4242, gid: 0, spec: '4242' });
    expect(resolveUser('4242', {})).toEqual({ uid: 4242, gid: 0, spec: '4242' });
  });

  test('names from the image own passwd and group', () => {
    expect(resolveUser('nonroot', statik)).toMatchObject({ uid: 65532, gid: 65532, name: 'nonroot' });
    expect(resolveUser('www-data', debian)).toMatchObject({ uid: 33, gid: 33, name: 'www-data' });
    expect(resolveUser('www-data:staff', debian)).toMatchObject({ uid: 33, gid: 50 });
    expect(resolveUser('nobody:nogroup', debian)).toMatchObject({ uid: 65534, gid: 65534 });
    expect(resolveUser('1000:nogroup', debian)).toMatchObject({ uid: 1000, gid: 65534 });
  });

  test('a name not in the file: an error naming the user, the file and the image', () => {
    expect(() => resolveUser('app:app', statik, 'the linux/amd64 image')).toThrow(
      "the linux/amd64 image runs as user 'app' (User 'app:app'), but its /etc/passwd has no such user (it has root, nobody, nonroot).",
    );
    expect(() => resolveUser('nonroot:app', statik)).toThrow(
      "the image runs as group 'app' (User 'nonroot:app'), but its /etc/group has no such group",
    );
    expect(() => resolveUser('nonroot', {})).toThrow(
      "the image runs as user 'nonroot' (User 'nonroot'), but it has no /etc/passwd to look the name up in.",
    );
    expect(() => resolveUser('65532:app', { passwd: statik.passwd })).toThrow('it has no /etc/group');
  });

  test('malformed: refused', () => {
    expect(() => resolveUser('a:b:c', debian)).toThrow(
      "User 'a:b:c' is not user, uid, user:group or uid:gid",
    );
    expect(() => resolveUser(':5', debian)).toThrow('is not user, uid');
  });

  test('describeUser', () => {
    expect(describeUser(resolveUser('65532', statik))).toBe('nonroot (65532:65532)');
    expect(describeUser(resolveUser('4242:7', {}))).toBe('4242:7');
  });
});

describe('the image files, read inside the image root', () => {
  const root = mkdtempSync(join(tmpdir(), 'goship-users-root-'));
  mkdirSync(join(root, 'etc'));
  mkdirSync(join(root, 'usr/lib'), { recursive: true });
  writeFileSync(join(root, 'usr/lib/passwd'), statik.passwd);
  // An absolute symlink is taken inside the root: never the host's /etc/group.
  symlinkSync('/usr/lib/passwd', join(root, 'etc/passwd'));
  symlinkSync('/etc/../../../etc/group-missing', join(root, 'etc/group'));

  test('symlinks resolve inside the root; .. stops at the root', () => {
    expect(pathInRoot(root, '/etc/passwd')).toBe(join(root, 'usr/lib/passwd'));
    expect(imageUserFiles(root)).toEqual({ passwd: statik.passwd, group: undefined });
    expect(pathInRoot(root, '/../../etc/passwd')).toBe(join(root, 'usr/lib/passwd'));
  });

  test('a symlink loop is absent, not a hang', () => {
    symlinkSync('/loop-b', join(root, 'loop-a'));
    symlinkSync('/loop-a', join(root, 'loop-b'));
    expect(pathInRoot(root, '/loop-a')).toBeUndefined();
  });
});

describe('which path denies the user (owners and modes the layers state)', () => {
  const root = mkdtempSync(join(tmpdir(), 'goship-users-deny-'));
  let files: FileTable;
  beforeAll(async () => {
    const layer = await writeLayer(join(root, '..', `${root.split('/').pop()}.tar.gz`), [
      { name: 'app/', type: 'directory' },
      { name: 'secret/', type: 'directory', mode: 0o700 },
      { name: 'app/open', mode: 0o755 },
      { name: 'app/private', mode: 0o700 },
      { name: 'app/mine', mode: 0o700, uid: 65532, gid: 65532 },
      { name: 'app/group', mode: 0o750, gid: 65532 },
      { name: 'secret/bin', mode: 0o755 },
      { name: 'bin', type: 'symlink', linkname: '/app' },
    ]);
    mkdirSync(join(root, 'rootfs'));
    files = (await unpackLayers([layer], join(root, 'rootfs'))).files;
  });
  const nonroot = { uid: 65532, gid: 65532 };
  const deny = (path: string, u: { uid: number; gid: number; name?: string }) =>
    executeDenial(join(root, 'rootfs'), path, u, files);

  test('an executable file, the user own file, its group: allowed', () => {
    expect(deny('/app/open', nonroot)).toBeUndefined();
    expect(deny('/app/mine', nonroot)).toBeUndefined();
    expect(deny('/app/group', nonroot)).toBeUndefined();
    expect(deny('/app/private', { uid: 0, gid: 0 })).toBeUndefined();
  });

  test('a root-owned 0700 file, or a directory the user cannot enter: named with its mode and owner', () => {
    expect(deny('/app/private', nonroot)).toBe(
      'user 65532:65532 cannot execute /app/private (mode 0700, owned by 0:0)',
    );
    expect(deny('/app/group', { uid: 1000, gid: 1000, name: 'app' })).toBe(
      'user app (1000:1000) cannot execute /app/group (mode 0750, owned by 0:65532)',
    );
    expect(deny('/secret/bin', nonroot)).toBe(
      'user 65532:65532 cannot enter /secret (mode 0700, owned by 0:0), on the way to /secret/bin',
    );
  });

  test('through a symlink of the image: the file it resolves to inside the root decides', () => {
    expect(deny('/bin/private', nonroot)).toBe(
      'user 65532:65532 cannot execute /bin/private (mode 0700, owned by 0:0)',
    );
  });
});
