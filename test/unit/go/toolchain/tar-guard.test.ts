/*
 * TarGuard + extractTarGz against archives made by real GNU tar (no hand-written headers): ordinary Go-like
 * trees in GNU and POSIX (pax) formats, and every hostile shape the mirror's /evil/ paths serve, built here too.
 */
import { execFileSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UserError } from '@goship/kit';
import { ARCHIVE_LIMITS, extractTarGz, UnsafeArchiveError } from '../../../../packages/go/src/index.js';

const work = mkdtempSync(join(tmpdir(), 'goship-targuard-'));
let n = 0;
const fresh = (name: string) => {
  const d = join(work, `${name}-${n++}`);
  mkdirSync(d, { recursive: true });
  return d;
};
const tar = (args: string[], cwd: string) =>
  execFileSync('tar', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });

/** A small Go-like tree: go/bin/go, a deep path longer than ustar's 100 bytes, a symlink and a hard link. */
function goTree(): string {
  const stage = fresh('stage');
  const deep = join(
    stage,
    'go/src/cmd/vendor/golang.org/x/tools/internal/analysisinternal/testdata/src/very/long/path/name',
  );
  mkdirSync(deep, { recursive: true });
  mkdirSync(join(stage, 'go/bin'), { recursive: true });
  writeFileSync(join(stage, 'go/bin/go'), '#!/bin/sh\necho go\n', { mode: 0o755 });
  writeFileSync(join(deep, 'file_with_a_long_name_to_force_gnu_longname_or_pax_records.go'), 'package x\n');
  writeFileSync(join(stage, 'go/VERSION'), 'go1.26.8\n');
  execFileSync('ln', [join(stage, 'go/VERSION'), join(stage, 'go/VERSION.hardlink')]);
  symlinkSync('../VERSION', join(stage, 'go/bin/version-link'));
  return stage;
}

async function extract(archive: string): Promise<string> {
  const dest = fresh('dest');
  await extractTarGz(createReadStream(archive), dest);
  return dest;
}

async function rejection(
  archive: string,
  limits?: NonNullable<Parameters<typeof extractTarGz>[2]>['limits'],
): Promise<UserError> {
  const dest = fresh('dest');
  try {
    await extractTarGz(createReadStream(archive), dest, { limits });
  } catch (err) {
    return err as UserError;
  }
  throw new Error(`${archive} was accepted`);
}

describe('ordinary archives pass through unchanged', () => {
  for (const format of ['gnu', 'posix', 'ustar']) {
    test(`${format} format: files, long names, symlinks inside, hard links`, async () => {
      const stage = goTree();
      const archive = join(work, `ok-${format}-${n++}.tar.gz`);
      // ustar cannot hold the long name: it gets the prefix/name split instead (still > 100 bytes in total).
      tar([`--format=${format}`, '-czf', archive, 'go'], stage);
      const dest = await extract(archive);
      expect(readFileSync(join(dest, 'go/VERSION'), 'utf8')).toBe('go1.26.8\n');
      expect(readFileSync(join(dest, 'go/VERSION.hardlink'), 'utf8')).toBe('go1.26.8\n');
      expect(readlinkSync(join(dest, 'go/bin/version-link'))).toBe('../VERSION');
      expect(lstatSync(join(dest, 'go/bin/go')).mode & 0o777).toBe(0o755);
      const listed = execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' }).trim().split('\n');
      expect(
        listed.some((p) => p.endsWith('file_with_a_long_name_to_force_gnu_longname_or_pax_records.go')),
      ).toBe(true);
    });
  }
});

describe('hostile archives are rejected before tar writes the entry', () => {
  test("'../' entries", async () => {
    const stage = goTree();
    writeFileSync(join(stage, 'escape'), 'x');
    mkdirSync(join(stage, 'inner'));
    const archive = join(work, 'dotdot.tar.gz');
    tar(['-czPf', archive, 'go', '-C', 'inner', '../escape'], stage);
    const err = await rejection(archive);
    expect(err).toBeInstanceOf(UnsafeArchiveError);
    expect(err.message).toBe(
      "Unsafe entry in the Go archive: '../escape' contains '..'; nothing was installed",
    );
  });

  test('absolute paths', async () => {
    const stage = goTree();
    const target = join(work, 'absolute-target');
    writeFileSync(target, 'x');
    const archive = join(work, 'absolute.tar.gz');
    tar(['-czPf', archive, 'go', target], stage);
    const err = await rejection(archive);
    expect(err.message).toContain(`'${target}' is an absolute path`);
  });

  test('entries outside go/', async () => {
    const stage = goTree();
    writeFileSync(join(stage, 'README'), 'x');
    const archive = join(work, 'outside.tar.gz');
    tar(['-czf', archive, 'go', 'README'], stage);
    expect((await rejection(archive)).message).toContain("'README' is outside the archive's go/ folder");
  });

  test('symlinks that leave go/ (relative and absolute)', async () => {
    for (const [link, target] of [
      ['go/escape-link', '../../../../../../../../tmp'],
      ['go/passwd', '/etc/passwd'],
      ['go/up', '..'],
    ] as const) {
      const stage = goTree();
      symlinkSync(target, join(stage, link));
      const archive = join(work, `symlink-${n++}.tar.gz`);
      tar(['-czf', archive, 'go'], stage);
      const err = await rejection(archive);
      expect(err.message).toContain(`'${link}' is a symlink to '${target}'`);
    }
  });

  test('files written through a symlink of the same archive, even one that points inside', async () => {
    // go/a -> . is harmless alone; go/a/b -> .. is lexically inside go/, but really resolves to go/.. = outside.
    const first = goTree();
    symlinkSync('.', join(first, 'go/a'));
    const second = fresh('stage2');
    mkdirSync(join(second, 'go/a'), { recursive: true });
    symlinkSync('..', join(second, 'go/a/b'));
    const plain = join(work, `through-${n++}.tar`);
    tar(['-cf', plain, 'go'], first);
    tar(['-rf', plain, 'go/a/b'], second);
    execFileSync('gzip', ['-n', plain]);
    const err = await rejection(`${plain}.gz`);
    expect(err.message).toContain("'go/a/b' would be written through the symlink 'go/a'");
  });

  test('hard links to files outside the archive, or to files it does not hold', async () => {
    // GNU tar refuses to write such links, so Python's tarfile (an independent tar writer) makes them.
    for (const [target, problem] of [
      ['../../../etc/passwd', "contains '..'"],
      ['go/not-in-archive', "is a hard link to 'go/not-in-archive', which is not a file of this archive"],
    ] as const) {
      const archive = join(work, `hardlink-${n++}.tar.gz`);
      const script = [
        'import io, sys, tarfile',
        'with tarfile.open(sys.argv[1], "w:gz") as t:',
        '  d = tarfile.TarInfo("go"); d.type = tarfile.DIRTYPE; t.addfile(d)',
        '  f = tarfile.TarInfo("go/VERSION"); f.size = 3; t.addfile(f, io.BytesIO(b"go\\n"))',
        '  h = tarfile.TarInfo("go/hardlink"); h.type = tarfile.LNKTYPE; h.linkname = sys.argv[2]; t.addfile(h)',
      ].join('\n');
      execFileSync('python3', ['-c', script, archive, target]);
      expect(execFileSync('tar', ['-tvPzf', archive], { encoding: 'utf8' })).toContain(
        `go/hardlink link to ${target}`,
      );
      const err = await rejection(archive);
      expect(err).toBeInstanceOf(UnsafeArchiveError);
      expect(err.message).toContain(problem);
    }
  });

  test('device nodes and FIFOs', async () => {
    const dev = goTree();
    execFileSync('mknod', [join(dev, 'go/null'), 'c', '1', '3']);
    const devArchive = join(work, 'dev.tar.gz');
    tar(['-czf', devArchive, 'go'], dev);
    expect((await rejection(devArchive)).message).toContain("'go/null' is a device node");

    const fifo = goTree();
    execFileSync('mkfifo', [join(fifo, 'go/pipe')]);
    const fifoArchive = join(work, 'fifo.tar.gz');
    tar(['-czf', fifoArchive, 'go'], fifo);
    expect((await rejection(fifoArchive)).message).toContain("'go/pipe' is a FIFO");
  });

  test('a pax path record that climbs out (long names go through pax headers)', async () => {
    const stage = goTree();
    const long = `go/${'x'.repeat(120)}`;
    writeFileSync(join(stage, long), 'x');
    const archive = join(work, 'pax.tar.gz');
    tar(
      ['--format=posix', '-czPf', archive, '--transform', `s,^go/x*$,go/../../${'y'.repeat(120)},`, 'go'],
      stage,
    );
    const err = await rejection(archive);
    expect(err.message).toContain(`'go/../../${'y'.repeat(120)}' contains '..'`);
  });

  test('nothing escapes: the files an attack aims at are not created', async () => {
    const stage = goTree();
    mkdirSync(join(stage, 'inner'));
    writeFileSync(join(stage, 'escape'), 'x');
    const archive = join(work, 'dotdot2.tar.gz');
    tar(['-czPf', archive, 'go', '-C', 'inner', '../escape'], stage);
    const dest = fresh('dest');
    await expect(extractTarGz(createReadStream(archive), join(dest, 'sub'))).rejects.toThrow(
      UnsafeArchiveError,
    );
    expect(existsSync(join(dest, 'escape'))).toBe(false);
  });
});

describe('broken archives', () => {
  test('a truncated archive fails', async () => {
    const stage = goTree();
    const plain = join(work, 'trunc.tar');
    tar(['-cf', plain, 'go'], stage);
    const bytes = readFileSync(plain);
    writeFileSync(plain, bytes.subarray(0, 1536));
    execFileSync('gzip', ['-n', plain]);
    const err = await rejection(`${plain}.gz`);
    expect(err.message).toContain('ends before its end-of-archive marker');
  });

  test('data that is not gzip fails as corrupt', async () => {
    const file = join(work, 'not.tar.gz');
    writeFileSync(file, '<html>not found</html>');
    const err = await rejection(file);
    expect(err.message).toMatch(/^The Go archive is corrupt: incorrect header check/);
  });
});

describe('symlink chains are resolved, not read lexically (issue 11)', () => {
  /** go/a/b/q -> ../.. (= go/, harmless alone) and go/a/b/p -> q/../../.. (lexically go/, really dest/../..). */
  function chain(order: 'q-first' | 'p-first'): string {
    const stage = fresh('chain');
    mkdirSync(join(stage, 'go/a/b'), { recursive: true });
    writeFileSync(join(stage, 'go/VERSION'), 'go1.26.8\n');
    symlinkSync('../..', join(stage, 'go/a/b/q'));
    symlinkSync('q/../../..', join(stage, 'go/a/b/p'));
    const members = order === 'q-first' ? ['go/a/b/q', 'go/a/b/p'] : ['go/a/b/p', 'go/a/b/q'];
    const archive = join(work, `chain-${order}-${n++}.tar.gz`);
    tar(['-czf', archive, 'go/VERSION', ...members], stage);
    // GNU tar keeps the order it was given: the guard must not depend on it.
    expect(execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' }).trim().split('\n').slice(1)).toEqual(
      members,
    );
    return archive;
  }

  test.each(['q-first', 'p-first'] as const)('%s: the escaping link is refused', async (order) => {
    const err = await rejection(chain(order));
    expect(err).toBeInstanceOf(UnsafeArchiveError);
    expect(err.message).toBe(
      "Unsafe entry in the Go archive: 'go/a/b/p' is a symlink to 'q/../../..', which leaves go/ (through the symlink 'go/a/b/q'); nothing was installed",
    );
  });

  test('a chain that stays inside go/ is kept', async () => {
    const stage = fresh('chain-ok');
    mkdirSync(join(stage, 'go/a/b'), { recursive: true });
    writeFileSync(join(stage, 'go/VERSION'), 'go1.26.8\n');
    symlinkSync('..', join(stage, 'go/a/b/q')); // go/a
    symlinkSync('q/../VERSION', join(stage, 'go/a/b/p')); // go/a/.. = go → go/VERSION
    const archive = join(work, `chain-ok-${n++}.tar.gz`);
    tar(['-czf', archive, 'go'], stage);
    const dest = await extract(archive);
    expect(readFileSync(join(dest, 'go/a/b/p'), 'utf8')).toBe('go1.26.8\n');
  });

  test('a loop of symlinks is refused', async () => {
    const stage = fresh('loop');
    mkdirSync(join(stage, 'go'), { recursive: true });
    symlinkSync('b', join(stage, 'go/a'));
    symlinkSync('a', join(stage, 'go/b'));
    const archive = join(work, `loop-${n++}.tar.gz`);
    tar(['-czf', archive, 'go'], stage);
    expect((await rejection(archive)).message).toMatch(/is a symlink to '[ab]' in a loop of symlinks/);
  });
});

describe('size caps: a gzip bomb fails at the header, before its bytes reach the disk (issue 11)', () => {
  /** A real GNU tar of go/ holding one file of `size` zero bytes (inflates ~1000:1). */
  function bomb(size: number): string {
    const stage = fresh('bomb');
    mkdirSync(join(stage, 'go'), { recursive: true });
    writeFileSync(join(stage, 'go/VERSION'), 'go1.26.8\n');
    execFileSync('truncate', ['-s', String(size), join(stage, 'go/zeros')]);
    const archive = join(work, `bomb-${n++}.tar.gz`);
    tar(['-czf', archive, 'go'], stage);
    return archive;
  }

  test('an entry larger than the per-entry cap', async () => {
    const archive = bomb(8 << 20);
    const dest = fresh('dest');
    const err = await extractTarGz(createReadStream(archive), dest, {
      limits: { maxEntryBytes: 4 << 20 },
    }).catch((e: UserError) => e);
    expect(err).toBeInstanceOf(UnsafeArchiveError);
    expect((err as UserError).message).toBe(
      "Unsafe entry in the Go archive: 'go/zeros' is 8.00 MiB, more than the 4.00 MiB any file of a Go distribution may be; nothing was installed",
    );
    expect(existsSync(join(dest, 'go/zeros'))).toBe(false);
  });

  test('an archive whose entries together exceed the total cap', async () => {
    const archive = bomb(8 << 20);
    const dest = fresh('dest');
    const err = await extractTarGz(createReadStream(archive), dest, {
      limits: { maxTotalBytes: 4 << 20 },
    }).catch((e: UserError) => e);
    expect((err as UserError).message).toBe(
      'The Go archive unpacks to more than 4.00 MiB (a Go distribution is ~250 MB): a corrupt or hostile download; nothing was installed',
    );
    expect(existsSync(join(dest, 'go/zeros'))).toBe(false);
  });

  test('inflated bytes after the end marker count too (no endless gunzip)', async () => {
    const stage = goTree();
    const plain = join(work, `trailing-${n++}.tar`);
    tar(['-cf', plain, 'go'], stage);
    execFileSync('truncate', ['-s', String(16 << 20), plain]); // zeros after the end-of-archive marker
    execFileSync('gzip', ['-n', plain]);
    const err = await rejection(`${plain}.gz`, { maxTotalBytes: 8 << 20 });
    expect(err.message).toContain('The Go archive unpacks to more than 8.00 MiB');
  });

  test('too many entries', async () => {
    const stage = goTree();
    const archive = join(work, `many-${n++}.tar.gz`);
    tar(['-czf', archive, 'go'], stage);
    const err = await rejection(archive, { maxEntries: 5 });
    expect(err.message).toBe(
      'The Go archive has more than 5 entries, far more than a Go distribution; nothing was installed',
    );
  });

  test('the defaults hold a real Go release with room to spare, and are far below a full disk', () => {
    expect(ARCHIVE_LIMITS).toEqual({
      maxEntryBytes: 512 * 1024 * 1024,
      maxTotalBytes: 2 * 1024 * 1024 * 1024,
      maxEntries: 200_000,
    });
  });
});
