import { posix } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { formatBytes, UserError } from '@goship/kit';

/** An archive entry that could write outside its folder, or a kind of entry a Go distribution never has. */
export class UnsafeArchiveError extends UserError {
  constructor(
    readonly entry: string,
    readonly problem: string,
  ) {
    super(`Unsafe entry in the Go archive: '${entry}' ${problem}; nothing was installed`);
    this.name = 'UnsafeArchiveError';
  }
}

export interface TarGuardOptions {
  /** Every entry must lie under this top-level folder (go.dev archives hold `go/...`). */
  root: string;
  /** Largest single file (default 512 MiB; Go's biggest, pkg/tool/.../compile, is ~30 MB). */
  maxEntryBytes?: number;
  /** Largest uncompressed archive (default 2 GiB; a Go distribution unpacks to ~250 MB). */
  maxTotalBytes?: number;
  /** Most entries (default 200 000; a Go distribution has ~15 000). */
  maxEntries?: number;
}

/**
 * The caps exist because the sha256 is only known at the end of the download: a gzip bomb (a few MB that
 * inflate to terabytes) would fill the disk long before the checksum could fail. They are far above any Go
 * release and far below a full disk.
 */
export const ARCHIVE_LIMITS = {
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxEntries: 200_000,
} as const;

/** Linux's limit on symlinks followed while resolving one path (ELOOP past it). */
const MAX_SYMLINK_HOPS = 40;

const BLOCK = 512;
/** GNU long names and pax headers are small; a bigger one is an attack on memory, not a Go archive. */
const MAX_META = 1 << 20;

/**
 * A pass-through stream over an uncompressed tar that checks every header before its bytes go on (to `tar -x`),
 * so the extractor never sees an entry that was not checked:
 * - names and link targets are resolved the way an extractor would (GNU long names, pax `path`/`linkpath`);
 * - every entry must stay under `root`: no absolute paths, no `..` climbing out, no backslashes;
 * - symlinks must resolve inside `root` the way the kernel resolves them, through every other symlink of the
 *   archive (`a/b/q -> ../..` then `a/b/p -> q/../../..` is lexically inside but really two levels above the
 *   extraction folder), whichever order they come in: each is checked when it arrives and all again at the end
 *   of the archive, before anything is installed; loops are refused;
 * - no entry may be written *through* a symlink of the same archive (the classic `link -> /tmp` then
 *   `link/file` attack);
 * - sizes are capped per entry, in total (counting every inflated byte) and in number of entries (see
 *   ARCHIVE_LIMITS), checked at the header, before the entry's bytes reach the extractor;
 * - hard links must name an earlier regular file of the archive;
 * - devices, FIFOs and other special entries are refused.
 * The bytes after the end-of-archive marker are consumed (the caller hashes the whole download) but not passed on.
 */
export class TarGuard extends Transform {
  private readonly root: string;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes of the current entry's data (plus padding) still to pass before the next header. */
  private dataLeft = 0;
  /** Set while the current entry's data is metadata (long name, pax) that must be collected. */
  private meta?: { type: string; size: number; chunks: Buffer[]; got: number };
  private nextName?: string;
  private nextLink?: string;
  private nextSize?: number;
  private zeroBlocks = 0;
  private ended = false;
  /** Symlinks of the archive so far: normalized name → link text. */
  private readonly symlinks = new Map<string, string>();
  private readonly files = new Set<string>();
  private readonly limits: { maxEntryBytes: number; maxTotalBytes: number; maxEntries: number };
  /** Inflated bytes seen (headers, data, padding, and anything after the end marker). */
  private inflated = 0;
  /** Declared data bytes of the entries so far. */
  private declared = 0;
  /** Entries checked so far (for tests and logs). */
  entries = 0;

  constructor(opts: TarGuardOptions) {
    super();
    this.root = opts.root;
    this.limits = {
      maxEntryBytes: opts.maxEntryBytes ?? ARCHIVE_LIMITS.maxEntryBytes,
      maxTotalBytes: opts.maxTotalBytes ?? ARCHIVE_LIMITS.maxTotalBytes,
      maxEntries: opts.maxEntries ?? ARCHIVE_LIMITS.maxEntries,
    };
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      this.inflated += chunk.length;
      if (this.inflated > this.limits.maxTotalBytes) throw this.tooBig();
      const forward = this.ended ? 0 : this.consume(chunk);
      if (forward > 0) this.push(forward === chunk.length ? chunk : chunk.subarray(0, forward));
      done();
    } catch (err) {
      done(err as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    done(
      this.ended
        ? null
        : new UserError(
            'The Go archive ends before its end-of-archive marker (truncated or corrupt download)',
          ),
    );
  }

  /** Walks `chunk`, checking headers; returns how many of its bytes may be passed on. */
  private consume(chunk: Buffer): number {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.dataLeft > 0) {
        const n = Math.min(this.dataLeft, chunk.length - pos);
        if (this.meta && this.meta.got < this.meta.size) {
          const take = Math.min(n, this.meta.size - this.meta.got);
          this.meta.chunks.push(chunk.subarray(pos, pos + take));
          this.meta.got += take;
        }
        this.dataLeft -= n;
        pos += n;
        if (this.dataLeft === 0 && this.meta) this.finishMeta();
        continue;
      }
      // Gather one 512-byte header (it may straddle chunks).
      const need = BLOCK - this.pendingBytes;
      const take = Math.min(need, chunk.length - pos);
      this.pending.push(chunk.subarray(pos, pos + take));
      this.pendingBytes += take;
      pos += take;
      if (this.pendingBytes < BLOCK) break;
      const header = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
      this.pending = [];
      this.pendingBytes = 0;
      if (this.header(header)) {
        // End of archive: every symlink again, now that all are known; then pass on up to and including the
        // second zero block, and swallow the rest.
        for (const [name, link] of this.symlinks) this.checkSymlink(name, link);
        this.ended = true;
        return pos;
      }
    }
    return chunk.length;
  }

  /** Checks one header; returns true at the end-of-archive marker (two zero blocks). */
  private header(h: Buffer): boolean {
    if (h.every((b) => b === 0)) {
      this.zeroBlocks++;
      return this.zeroBlocks === 2;
    }
    if (this.zeroBlocks > 0)
      throw new UserError('The Go archive is corrupt: a lone zero block before more entries');
    if (!checksumOk(h))
      throw new UserError('The Go archive is corrupt: a tar header checksum does not match');

    const type = String.fromCharCode(h[156]!);
    const headerSize = parseNumber(h.subarray(124, 136));

    if (type === 'L' || type === 'K' || type === 'x' || type === 'g') {
      if (headerSize > MAX_META)
        throw new UnsafeArchiveError(headerName(h), `has a ${headerSize}-byte metadata header`);
      this.meta = { type, size: headerSize, chunks: [], got: 0 };
      this.dataLeft = Math.ceil(headerSize / BLOCK) * BLOCK;
      if (this.dataLeft === 0) this.finishMeta();
      return false;
    }

    // A pax `size` record overrides the header's (for files too big for its 11 octal digits).
    const padded = Math.ceil((this.nextSize ?? headerSize) / BLOCK) * BLOCK;

    const name = this.nextName ?? headerName(h);
    const link = this.nextLink ?? cString(h.subarray(157, 257));
    const size = this.nextSize ?? headerSize;
    this.nextName = this.nextLink = this.nextSize = undefined;
    this.check(type, name, link);
    this.entries++;
    const hasData = type === '0' || type === '7' || type === '\0';
    if (this.entries > this.limits.maxEntries)
      throw new UserError(
        `The Go archive has more than ${this.limits.maxEntries} entries, far more than a Go distribution; nothing was installed`,
      );
    if (hasData && size > this.limits.maxEntryBytes) {
      throw new UnsafeArchiveError(
        name,
        `is ${formatBytes(size)}, more than the ${formatBytes(this.limits.maxEntryBytes)} any file of a Go distribution may be`,
      );
    }
    if (hasData) this.declared += size;
    if (this.declared > this.limits.maxTotalBytes) throw this.tooBig();
    this.dataLeft = hasData ? padded : 0;
    return false;
  }

  private tooBig(): UserError {
    return new UserError(
      `The Go archive unpacks to more than ${formatBytes(this.limits.maxTotalBytes)} (a Go distribution is ~250 MB): a corrupt or hostile download; nothing was installed`,
    );
  }

  private finishMeta(): void {
    const m = this.meta!;
    this.meta = undefined;
    const data = Buffer.concat(m.chunks);
    if (m.type === 'L') this.nextName = cString(data);
    else if (m.type === 'K') this.nextLink = cString(data);
    else {
      const records = parsePax(data);
      if (m.type === 'g') {
        // A global path/linkpath would rename every later entry; no Go archive does that.
        if (records.has('path') || records.has('linkpath'))
          throw new UnsafeArchiveError('(pax global header)', 'sets a path');
        return;
      }
      if (records.has('path')) this.nextName = records.get('path');
      if (records.has('linkpath')) this.nextLink = records.get('linkpath');
      if (records.has('size')) {
        const s = records.get('size')!;
        if (!/^\d+$/.test(s))
          throw new UnsafeArchiveError(this.nextName ?? '(pax header)', `has a bad size '${s}'`);
        this.nextSize = Number(s);
      }
    }
  }

  private check(type: string, rawName: string, link: string): void {
    const name = this.normalize(rawName, rawName);
    switch (type) {
      case '0':
      case '\0':
      case '7':
        this.files.add(name);
        break;
      case '5':
        break;
      case '2': {
        if (link === '' || link.startsWith('/') || /^[A-Za-z]:/.test(link) || link.includes('\\')) {
          throw new UnsafeArchiveError(rawName, `is a symlink to '${link}', outside the archive`);
        }
        this.symlinks.set(name, link);
        this.checkSymlink(name, link);
        break;
      }
      case '1': {
        const target = this.normalize(link, rawName);
        if (!this.files.has(target)) {
          throw new UnsafeArchiveError(
            rawName,
            `is a hard link to '${link}', which is not a file of this archive`,
          );
        }
        break;
      }
      case '3':
      case '4':
        throw new UnsafeArchiveError(rawName, 'is a device node');
      case '6':
        throw new UnsafeArchiveError(rawName, 'is a FIFO');
      default:
        throw new UnsafeArchiveError(
          rawName,
          `has tar entry type '${type}', which a Go archive never contains`,
        );
    }
    // Writing through a symlink created by this archive could land anywhere the link (or a chain) points.
    for (let dir = posix.dirname(name); dir !== '.' && dir !== '/'; dir = posix.dirname(dir)) {
      if (this.symlinks.has(dir))
        throw new UnsafeArchiveError(rawName, `would be written through the symlink '${dir}'`);
    }
  }

  /** The symlink `name` → `link` must resolve inside root through the archive's symlinks known so far. */
  private checkSymlink(name: string, link: string): void {
    const how = this.resolve(name);
    if (how === 'inside') return;
    if (how === 'loop') throw new UnsafeArchiveError(name, `is a symlink to '${link}' in a loop of symlinks`);
    const through = how.via.filter((v) => v !== name);
    throw new UnsafeArchiveError(
      name,
      `is a symlink to '${link}', which leaves ${this.root}/${through.length > 0 ? ` (through the symlink${through.length > 1 ? 's' : ''} ${through.map((v) => `'${v}'`).join(', ')})` : ''}`,
    );
  }

  /**
   * Resolves `path` as the kernel would in the extraction folder, following this archive's symlinks (a link
   * text is taken relative to the link's folder). Any step above `root` counts as leaving it: once unpacked,
   * root is renamed into the tool cache, so even `go/x -> ../go/y` would point elsewhere.
   */
  private resolve(path: string): 'inside' | 'loop' | { via: string[] } {
    const done: string[] = [];
    let todo = path.split('/');
    const via: string[] = [];
    let hops = 0;
    while (todo.length > 0) {
      const seg = todo.shift()!;
      if (seg === '' || seg === '.') continue;
      if (seg === '..') {
        done.pop();
        if (done.length === 0) return { via };
        continue;
      }
      done.push(seg);
      const here = done.join('/');
      const link = this.symlinks.get(here);
      if (link === undefined) continue;
      if (++hops > MAX_SYMLINK_HOPS) return 'loop';
      via.push(here);
      done.pop();
      todo = [...link.split('/'), ...todo];
    }
    return done[0] === this.root ? 'inside' : { via };
  }

  /** The entry's path relative to the extraction folder, or an error when it could leave `root`. */
  private normalize(path: string, shown: string): string {
    if (path.includes('\0') || path.includes('\\'))
      throw new UnsafeArchiveError(shown, 'has a NUL or backslash in its name');
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
      throw new UnsafeArchiveError(shown, 'is an absolute path');
    const segments = path.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.includes('..')) throw new UnsafeArchiveError(shown, "contains '..'");
    const clean = segments.join('/');
    if (!this.inside(clean))
      throw new UnsafeArchiveError(shown, `is outside the archive's ${this.root}/ folder`);
    return clean;
  }

  private inside(path: string): boolean {
    return path === this.root || path.startsWith(`${this.root}/`);
  }
}

function cString(b: Buffer): string {
  const end = b.indexOf(0);
  return b.subarray(0, end === -1 ? b.length : end).toString('utf8');
}

/** ustar splits long names into prefix (345..500) + name; GNU's format uses those bytes for other fields. */
function headerName(h: Buffer): string {
  const name = cString(h.subarray(0, 100));
  const ustar = h.subarray(257, 263).toString('latin1') === 'ustar\0';
  const prefix = ustar ? cString(h.subarray(345, 500)) : '';
  return prefix ? `${prefix}/${name}` : name;
}

/** Octal, or GNU base-256 (high bit set) for sizes of 8 GiB and more. */
function parseNumber(field: Buffer): number {
  if (field[0]! & 0x80) {
    let n = field[0]! & 0x7f;
    for (let i = 1; i < field.length; i++) n = n * 256 + field[i]!;
    return n;
  }
  const text = cString(field).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text))
    throw new UserError(`The Go archive is corrupt: bad numeric field '${text}' in a tar header`);
  return Number.parseInt(text, 8);
}

function checksumOk(h: Buffer): boolean {
  const stored = parseNumber(h.subarray(148, 156));
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
  return sum === stored;
}

/** pax records: "<len> <key>=<value>\n", where len counts the whole record. */
function parsePax(data: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos);
    if (space === -1) break;
    const len = Number(data.subarray(pos, space).toString('latin1'));
    if (!Number.isInteger(len) || len <= 0 || pos + len > data.length) {
      throw new UserError('The Go archive is corrupt: a malformed pax header record');
    }
    const record = data.subarray(space + 1, pos + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    pos += len;
  }
  return out;
}
