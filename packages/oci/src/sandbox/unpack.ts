/*
 * Unpacks an image's layers (bottom first) into a directory the listening check runs the image from. The
 * layers come from whoever made the base image, so nothing in them may reach outside that directory or
 * into the kernel:
 *  - every path is resolved *inside* the root, component by component, the way containerd applies a layer
 *    (a parent that is a symlink is followed with `/` meaning the root, `..` stops at the root): layer 1's
 *    `evil -> /etc` and layer 2's `evil/file` write `<root>/etc/file`, never the host's /etc;
 *  - the last component is never followed: an existing symlink there is replaced, files are opened with
 *    O_NOFOLLOW|O_EXCL;
 *  - character and block devices and FIFOs are dropped (and counted), set-uid/set-gid bits cleared;
 *  - whiteouts (`.wh.<name>`, `.wh..wh..opq`) must name one entry of their own directory: `.wh..`,
 *    `.wh...` or `.wh.` make the layer malformed (an error), they never remove the root or its parent;
 *  - hard links must name an existing file inside the root;
 *  - sizes are capped per entry, in total and in number of entries (a gzip bomb stops at the cap).
 * Nothing of the image runs while this writes (the sandbox starts afterwards), so checking then writing is
 * not racy. Owners and modes as the image states them are kept in `FileTable` (the permission check reads
 * them there); on disk every entry belongs to the one host user the sandbox maps the image's user to.
 * Kept instead of `tar -x` (which follows a symlink that an earlier layer left on disk) with tar-stream for
 * the format (pax, GNU long names), and instead of umoci/containerd, which are not on a runner.
 */

import { spawn } from 'node:child_process';
import { closeSync, createReadStream, constants as fsc, openSync, readSync, type Stats } from 'node:fs';
import { chmod, lchown, link, lstat, mkdir, open, readdir, readlink, rm, symlink } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { createGunzip } from 'node:zlib';
import { UserError } from '@goship/kit';
import * as tar from 'tar-stream';

/** Owner and mode of one path as the image states them (paths absolute inside the image). */
export interface FileMeta {
  uid: number;
  gid: number;
  mode: number;
  type: 'file' | 'dir' | 'symlink';
}
export type FileTable = Map<string, FileMeta>;

export interface UnpackLimits {
  maxEntryBytes: number;
  maxTotalBytes: number;
  maxEntries: number;
}

/** Far above any service image (a Debian base is ~120 MB unpacked), far below a full disk. */
export const LAYER_LIMITS: UnpackLimits = {
  maxEntryBytes: 2 * 1024 ** 3,
  maxTotalBytes: 4 * 1024 ** 3,
  maxEntries: 500_000,
};

export interface UnpackOptions {
  /** The host user every entry is given (root only: a non-root runner owns what it writes). */
  owner?: { uid: number; gid: number };
  limits?: UnpackLimits;
  signal?: AbortSignal;
}

export interface UnpackResult {
  files: FileTable;
  /** Device nodes and FIFOs that were not created, by path. */
  dropped: string[];
}

/** A layer that cannot be applied safely: names the layer and the entry. */
export class UnsafeLayerError extends UserError {
  constructor(layer: number, entry: string, problem: string) {
    super(
      `Layer ${layer + 1} of the image: entry '${entry}' ${problem}; the listening check did not run it.`,
      {
        hint: 'The image (or its base image) carries a malformed layer: rebuild it from a trusted base image.',
      },
    );
    this.name = 'UnsafeLayerError';
  }
}

/** Linux's limit on symlinks followed while resolving one path (ELOOP past it). */
const MAX_SYMLINK_HOPS = 40;

/** `a/./b/../c`, `/a`, `../../a` → `/a/c`, `/a`, `/a`: a path inside the image, `..` stopping at `/`. */
export function imagePath(name: string): string {
  return posix.normalize(`/${name}`).replace(/\/+$/, '') || '/';
}

const components = (p: string) => p.split('/').filter((c) => c !== '' && c !== '.');

/**
 * The host path of an image path's *directory* part, every symlink on the way followed inside `root`.
 * Missing directories are created (0755, as a runtime does); a component that is not a directory throws.
 */
async function resolveDir(
  root: string,
  dir: string,
  create: (host: string, inside: string) => Promise<void>,
): Promise<{ host: string; inside: string }> {
  let todo = components(dir);
  let done: string[] = [];
  for (let hops = 0; todo.length > 0; ) {
    const part = todo.shift()!;
    if (part === '..') {
      done.pop();
      continue;
    }
    const host = join(root, ...done, part);
    let st: Stats | undefined;
    try {
      st = await lstat(host);
    } catch {
      st = undefined;
    }
    if (st === undefined) {
      await create(host, `/${[...done, part].join('/')}`);
      done.push(part);
    } else if (st.isSymbolicLink()) {
      if (++hops > MAX_SYMLINK_HOPS) throw new Error('too many levels of symbolic links');
      const target = await readlink(host);
      if (target.startsWith('/')) done = [];
      todo = [...components(target), ...todo];
    } else if (st.isDirectory()) done.push(part);
    else throw new Error(`/${[...done, part].join('/')} is not a directory`);
  }
  return { host: join(root, ...done), inside: `/${done.join('/')}` };
}

/** Decompresses by magic number: gzip, zstd (Node's zlib where it has it, else the zstd program), or plain tar. */
function decompressed(file: string): Readable[] {
  const magic = Buffer.alloc(4);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, magic, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (magic[0] === 0x1f && magic[1] === 0x8b) return [createReadStream(file), createGunzip()];
  if (magic.readUInt32LE(0) !== 0xfd2fb528) return [createReadStream(file)];
  const z = zlib as unknown as { createZstdDecompress?: () => Transform };
  if (z.createZstdDecompress) return [createReadStream(file), z.createZstdDecompress()];
  const proc = spawn('zstd', ['-d', '-c', '--', file], { stdio: ['ignore', 'pipe', 'ignore'] });
  proc.on('error', (e) => proc.stdout.destroy(e));
  return [proc.stdout];
}

/** What unpacking carries across layers and entries. */
interface Unpacking {
  root: string;
  limits: UnpackLimits;
  files: FileTable;
  dropped: string[];
  total: { bytes: number; entries: number };
  /** Gives a host path to the host user of UnpackOptions.owner, when set. */
  own: (host: string) => Promise<void>;
  /** Creates a missing parent directory: 0755, owned. */
  mkdirOwned: (host: string) => Promise<void>;
}

/** Where an entry goes: its host path, its path inside the image, and what is on disk there already. */
interface Placement {
  host: string;
  inside: string;
  existing: Stats | undefined;
}

type Fail = (entry: string, problem: string) => UnsafeLayerError;

/** An entry of a layer as tar-stream reads it (its header, its content as a stream). */
type LayerEntry = tar.Extract extends AsyncIterable<infer E> ? E : never;

/**
 * Applies `layers` (tar, tar+gzip or tar+zstd files, bottom first) to the empty directory `root`.
 * Throws UnsafeLayerError for a layer that cannot be applied inside the root, or that passes a cap.
 */
export async function unpackLayers(
  layers: readonly string[],
  root: string,
  o: UnpackOptions = {},
): Promise<UnpackResult> {
  const own = async (host: string) => {
    if (o.owner) await lchown(host, o.owner.uid, o.owner.gid);
  };
  const u: Unpacking = {
    root,
    limits: o.limits ?? LAYER_LIMITS,
    files: new Map(),
    dropped: [],
    total: { bytes: 0, entries: 0 },
    own,
    mkdirOwned: async (host: string) => {
      await mkdir(host, { mode: 0o755 });
      await chmod(host, 0o755);
      await own(host);
    },
  };
  for (const [index, layer] of layers.entries()) await applyLayer(u, index, layer, o.signal);
  return { files: u.files, dropped: u.dropped };
}

/** One layer, entry by entry; a failure names the layer by `index`. */
async function applyLayer(u: Unpacking, index: number, layer: string, signal?: AbortSignal): Promise<void> {
  // Paths this layer wrote: an opaque whiteout removes what lower layers put in its directory, not these.
  const written = new Set<string>();
  const extract = tar.extract();
  const done = pipeline([...decompressed(layer), extract], signal ? { signal } : {});
  // A throw below ends the loop first; the pipeline's own rejection is then the same failure.
  done.catch(() => undefined);
  const fail: Fail = (entry, problem) => new UnsafeLayerError(index, entry, problem);
  for await (const entry of extract) await applyEntry(u, entry, written, fail);
  await done;
}

/** One entry: counted against the caps, its directory resolved inside the root, then written by its type. */
async function applyEntry(u: Unpacking, entry: LayerEntry, written: Set<string>, fail: Fail): Promise<void> {
  const h = entry.header;
  const path = imagePath(h.name);
  checkCaps(u, h, fail);
  const base = posix.basename(path);
  const dirInside = posix.dirname(path);
  let dir: { host: string; inside: string };
  try {
    dir = await resolveDir(u.root, dirInside, u.mkdirOwned);
  } catch (err) {
    entry.resume();
    throw fail(h.name, `cannot be placed: ${(err as Error).message}`);
  }
  if (path === '/') {
    // The root directory's own entry (`./`): its mode, nothing to create.
    u.files.set('/', { uid: h.uid, gid: h.gid, mode: h.mode & 0o1777, type: 'dir' });
    entry.resume();
    return;
  }
  if (base.startsWith('.wh.')) {
    entry.resume();
    await whiteout(dir, base, u.files, written, () => fail(h.name, 'is a whiteout that names no entry'));
    return;
  }
  const host = join(dir.host, base);
  const inside = posix.join(dir.inside, base);
  written.add(inside);
  const existing = await lstat(host).catch(() => undefined);
  const at: Placement = { host, inside, existing };
  switch (h.type) {
    case 'directory':
      await writeDirectory(u, entry, at);
      break;
    case 'file':
    case 'contiguous-file':
      await writeFile(u, entry, at, fail);
      break;
    case 'symlink':
      await writeSymlink(u, entry, at);
      break;
    case 'link':
      await writeHardLink(u, entry, at, fail);
      break;
    default:
      // character-device, block-device, fifo: a container runtime gives /dev itself; none is created.
      entry.resume();
      u.dropped.push(inside);
  }
}

/** The caps on entries, on one entry's size and on the bytes in all. */
function checkCaps(u: Unpacking, h: tar.Header, fail: Fail): void {
  const { limits, total } = u;
  if (++total.entries > limits.maxEntries)
    throw fail(h.name, `passes the cap of ${limits.maxEntries} entries`);
  if (h.size > limits.maxEntryBytes)
    throw fail(h.name, `is ${h.size} bytes, over the cap of ${limits.maxEntryBytes}`);
  total.bytes += h.size;
  if (total.bytes > limits.maxTotalBytes)
    throw fail(h.name, `passes the cap of ${limits.maxTotalBytes} bytes in all`);
}

/** Owner and mode as the image states them, into the file table. */
function recordMeta(u: Unpacking, inside: string, h: tar.Header, type: FileMeta['type']): void {
  u.files.set(inside, { uid: h.uid, gid: h.gid, mode: h.mode & 0o1777, type });
}

async function writeDirectory(u: Unpacking, entry: LayerEntry, { host, inside, existing }: Placement) {
  const h = entry.header;
  if (existing && !existing.isDirectory()) await rm(host, { force: true });
  if (!existing?.isDirectory()) await mkdir(host);
  await chmod(host, (h.mode & 0o1777) | 0o700);
  await u.own(host);
  recordMeta(u, inside, h, 'dir');
  entry.resume();
}

async function writeFile(u: Unpacking, entry: LayerEntry, { host, inside, existing }: Placement, fail: Fail) {
  const h = entry.header;
  if (existing) await rm(host, { recursive: true, force: true });
  const fh = await open(host, fsc.O_WRONLY | fsc.O_CREAT | fsc.O_EXCL | fsc.O_NOFOLLOW, 0o600);
  try {
    let got = 0;
    for await (const chunk of entry as AsyncIterable<Buffer>) {
      got += chunk.length;
      if (got > h.size) throw fail(h.name, 'holds more bytes than its header says');
      await fh.write(chunk);
    }
  } finally {
    await fh.close();
  }
  // Set-uid/set-gid bits are dropped: nothing in the sandbox may gain a user through a file.
  await chmod(host, (h.mode & 0o777) | 0o400);
  await u.own(host);
  recordMeta(u, inside, h, 'file');
}

async function writeSymlink(u: Unpacking, entry: LayerEntry, { host, inside, existing }: Placement) {
  const h = entry.header;
  entry.resume();
  if (existing) await rm(host, { recursive: true, force: true });
  // The target is text, read only inside the sandbox (and by resolveDir, inside the root).
  await symlink(h.linkname, host);
  await u.own(host);
  recordMeta(u, inside, h, 'symlink');
}

/** A hard link must name an existing file (not a directory) inside the root. */
async function writeHardLink(
  u: Unpacking,
  entry: LayerEntry,
  { host, inside, existing }: Placement,
  fail: Fail,
) {
  const h = entry.header;
  entry.resume();
  const target = imagePath(h.linkname);
  let from: string;
  try {
    const tdir = await resolveDir(u.root, posix.dirname(target), async () => {
      throw new Error(`${posix.dirname(target)} does not exist`);
    });
    from = join(tdir.host, posix.basename(target));
    const st = await lstat(from);
    if (st.isDirectory()) throw new Error('it is a directory');
  } catch (err) {
    throw fail(h.name, `is a hard link to ${h.linkname}, which cannot be linked: ${(err as Error).message}`);
  }
  if (existing) await rm(host, { recursive: true, force: true });
  await link(from, host);
  const tmeta = u.files.get(target);
  if (tmeta) u.files.set(inside, tmeta);
}

async function whiteout(
  dir: { host: string; inside: string },
  base: string,
  files: FileTable,
  written: Set<string>,
  malformed: () => Error,
): Promise<void> {
  const forget = (inside: string) => {
    for (const k of files.keys()) if (k === inside || k.startsWith(`${inside}/`)) files.delete(k);
  };
  if (base === '.wh..wh..opq') {
    for (const name of await readdir(dir.host).catch(() => [] as string[])) {
      const inside = posix.join(dir.inside, name);
      if (written.has(inside)) continue;
      await rm(join(dir.host, name), { recursive: true, force: true });
      forget(inside);
    }
    return;
  }
  const name = base.slice(4);
  if (name === '' || name === '.' || name === '..' || name.includes('/')) throw malformed();
  await rm(join(dir.host, name), { recursive: true, force: true });
  forget(posix.join(dir.inside, name));
}
