import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { child, GO_TARBALL, median, ms, ROUNDS, race, ratio } from './common.js';

function walk(
  root: string,
  dir = root,
  out: { rel: string; abs: string; mode: number; size: number }[] = [],
) {
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    const st = statSync(abs);
    if (st.isDirectory()) walk(root, abs, out);
    else if (st.isFile()) out.push({ rel: relative(root, abs), abs, mode: st.mode & 0o755, size: st.size });
  }
  return out;
}
const GOROOT = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).stdout.trim();
/** A layer's worth of real files: the go command (a ~15 MB binary) and the net/http sources (nested folders). */
const layerFiles = () => [
  ...walk(join(GOROOT, 'bin')).map((f) => ({ ...f, rel: `usr/local/bin/${f.rel}` })),
  ...walk(join(GOROOT, 'src/net/http')).map((f) => ({ ...f, rel: `src/net/http/${f.rel}` })),
];

async function writeOurs(files: ReturnType<typeof layerFiles>): Promise<string> {
  const { tarChunks } = await import('../../packages/oci/src/index.js');
  const h = createHash('sha256');
  for await (const c of tarChunks(
    files.map((f) => ({
      path: f.rel,
      type: 'file' as const,
      mode: f.mode,
      source: { path: f.abs, size: f.size },
    })),
    0,
  ))
    h.update(c);
  return h.digest('hex');
}
async function writeTarStream(files: ReturnType<typeof layerFiles>): Promise<string> {
  const tarStream = await import('tar-stream');
  const pack = tarStream.pack();
  const h = createHash('sha256');
  const done = pipeline(
    pack,
    new Writable({
      write(c, _e, cb) {
        h.update(c);
        cb();
      },
    }),
  );
  // The same archive as ours asks for: parents first, sorted, fixed mtime/uid/gid, no user names.
  const dirs = new Set<string>();
  for (const f of files) {
    const parts = f.rel.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  const all = [
    ...[...dirs].map((d) => ({ rel: d, dir: true as const })),
    ...files.map((f) => ({ ...f, dir: false as const })),
  ].sort((a, b) => (a.rel < b.rel ? -1 : 1));
  const fixed = { mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '' };
  for (const e of all) {
    if (e.dir) {
      await new Promise<void>((r, j) =>
        pack.entry({ ...fixed, name: `${e.rel}/`, type: 'directory', mode: 0o755 }, (err) =>
          err ? j(err) : r(),
        ),
      );
      continue;
    }
    await new Promise<void>((r, j) => {
      const s = pack.entry({ ...fixed, name: e.rel, size: e.size, mode: e.mode }, (err) =>
        err ? j(err) : r(),
      );
      createReadStream(e.abs).pipe(s);
    });
  }
  pack.finalize();
  await done;
  return h.digest('hex');
}

export async function readContender(name: string): Promise<void> {
  const started = performance.now();
  const input = createReadStream(GO_TARBALL, { highWaterMark: 1 << 20 });
  const drain = () =>
    new Writable({
      write(_c, _e, cb) {
        cb();
      },
    });
  if (name === 'parse-ours') {
    const { TarGuard } = await import('../../packages/go/src/index.js');
    const g = new TarGuard({ root: 'go' });
    await pipeline(input, createGunzip(), g, drain());
    console.log(`entries ${g.entries}`);
  } else if (name === 'parse-tar-stream') {
    const tarStream = await import('tar-stream');
    const ex = tarStream.extract();
    let n = 0;
    ex.on('entry', (_h, s, next) => {
      n++;
      s.on('end', next);
      s.resume();
    });
    await pipeline(input, createGunzip(), ex);
    console.log(`entries ${n}`);
  } else if (name === 'extract-ours') {
    const { extractTarGz } = await import('../../packages/go/src/index.js');
    const dest = mkdtempSync(join(tmpdir(), 'goship-bench-x-'));
    await extractTarGz(input, dest);
    rmSync(dest, { recursive: true, force: true });
  } else if (name === 'extract-tar-stream') {
    // Only the writing; the guard's checks (containment through symlinks, caps) would still be ours on top.
    const tarStream = await import('tar-stream');
    const { mkdir, symlink } = await import('node:fs/promises');
    const dest = mkdtempSync(join(tmpdir(), 'goship-bench-x-'));
    const ex = tarStream.extract();
    ex.on('entry', (h, s, next) => {
      const path = join(dest, h.name);
      if (!path.startsWith(`${dest}/`)) return next(new Error(`escapes: ${h.name}`));
      const go = async () => {
        if (h.type === 'directory') {
          await mkdir(path, { recursive: true });
          s.resume();
          return;
        }
        await mkdir(dirname(path), { recursive: true });
        if (h.type === 'symlink') {
          await symlink(h.linkname!, path);
          s.resume();
          return;
        }
        await pipeline(s, createWriteStream(path, { mode: h.mode }));
      };
      go().then(() => next(), next);
    });
    await pipeline(input, createGunzip(), ex);
    rmSync(dest, { recursive: true, force: true });
  }
  console.log(`wall ${(performance.now() - started).toFixed(1)}`);
}

export async function tarSection(): Promise<void> {
  console.log('\n## tar: packages/oci writer and setup-go TarGuard (+ tar -x) vs tar-stream');
  const files = layerFiles();
  const bytes = files.reduce((s, f) => s + f.size, 0);
  const [a, b] = [await writeOurs(files), await writeTarStream(files)];
  console.log(
    `  layer of ${files.length} real files (${(bytes / 2 ** 20).toFixed(1)} MiB): same bytes (digest) as ours: ${a === b ? 'yes' : `NO (ours ${a.slice(0, 12)}, tar-stream ${b.slice(0, 12)})`}`,
  );
  const w = await race({ ours: () => writeOurs(files), 'tar-stream': () => writeTarStream(files) });
  console.log(
    `  write (streamed from disk, hashed): ours ${ms(w.ours!)}, tar-stream ${ms(w['tar-stream']!)} (${ratio(w['tar-stream']!, w.ours!)} ours)`,
  );
  const names = ['parse-ours', 'parse-tar-stream', 'extract-ours', 'extract-tar-stream'];
  const runs: Record<string, { wall: number[]; rss: number[] }> = Object.fromEntries(
    names.map((n) => [n, { wall: [], rss: [] }]),
  );
  const rounds = Math.max(3, Math.ceil(ROUNDS / 2));
  for (let r = 0; r < rounds; r++)
    for (const n of names) {
      const c = child(n);
      runs[n]!.wall.push(c.wall);
      runs[n]!.rss.push(c.rssMiB);
    }
  const m = (n: string) => ({ wall: median(runs[n]!.wall), rss: median(runs[n]!.rss) });
  console.log(
    `  ${GO_TARBALL.split('/').pop()} (${(statSync(GO_TARBALL).size / 2 ** 20).toFixed(0)} MiB), ${rounds} rounds, each in a fresh process:`,
  );
  for (const [label, o, t] of [
    ['gunzip + parse every header', 'parse-ours', 'parse-tar-stream'],
    ['full extraction', 'extract-ours', 'extract-tar-stream'],
  ] as const)
    console.log(
      `  ${label}: ours ${ms(m(o).wall)} / ${m(o).rss.toFixed(0)} MiB peak, tar-stream ${ms(m(t).wall)} / ${m(t).rss.toFixed(0)} MiB (${ratio(m(t).wall, m(o).wall)} ours in time)`,
    );
}
