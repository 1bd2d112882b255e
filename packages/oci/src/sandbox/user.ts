/*
 * The user an image's process runs as, resolved the way runc/containerd resolve the config's `User`:
 * `uid`, `uid:gid`, `name`, `name:group` (any side numeric or a name). A numeric uid needs no file; its
 * gid, when not given, is the passwd entry's, else 0. A name is looked up in the image's own /etc/passwd
 * or /etc/group (never the host's); one that is not there is an error naming it and the file. Empty → root.
 * Supplementary groups are not taken from /etc/group: the sandbox clears them.
 */
import { lstatSync, readFileSync, readlinkSync, type Stats } from 'node:fs';
import { join, posix } from 'node:path';
import { UserError } from '@goship/kit';
import type { FileMeta, FileTable } from './unpack.js';

export interface ProcessUser {
  uid: number;
  gid: number;
  /** The image config's `User` as written ('' when unset). */
  spec: string;
  /** The passwd name, when the user was given by name or its uid has an entry. */
  name?: string;
}

interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
}

/** `name:x:uid:gid:…` lines (comments, blanks and malformed lines skipped). */
export function parsePasswd(text: string): PasswdEntry[] {
  return text.split('\n').flatMap((line) => {
    const f = line.split(':');
    if (line.startsWith('#') || f.length < 4 || !isId(f[2]!) || !isId(f[3]!)) return [];
    return [{ name: f[0]!, uid: Number(f[2]), gid: Number(f[3]) }];
  });
}

/** `name:x:gid:members` lines. */
export function parseGroup(text: string): { name: string; gid: number }[] {
  return text.split('\n').flatMap((line) => {
    const f = line.split(':');
    if (line.startsWith('#') || f.length < 3 || !isId(f[2]!)) return [];
    return [{ name: f[0]!, gid: Number(f[2]) }];
  });
}

const MAX_ID = 2 ** 32 - 2; // (uid_t)-1 means "unchanged" to setuid
const isId = (s: string) => /^\d{1,10}$/.test(s) && Number(s) <= MAX_ID;

/**
 * Resolves `User` against the image's passwd and group texts (undefined: the file is absent).
 * `where` names the image in errors (`the linux/amd64 image`).
 */
export function resolveUser(
  spec: string,
  files: { passwd?: string; group?: string },
  where = 'the image',
): ProcessUser {
  const trimmed = spec.trim();
  if (trimmed === '') return { uid: 0, gid: 0, spec, name: 'root' };
  const [userPart, groupPart, ...rest] = trimmed.split(':');
  if (rest.length > 0 || userPart === '' || groupPart === '')
    throw new UserError(`${where}'s User '${spec}' is not user, uid, user:group or uid:gid.`, {
      hint: 'Write USER as a name or number, optionally followed by :group (USER 65532:65532, USER nonroot).',
    });
  const passwd = files.passwd === undefined ? undefined : parsePasswd(files.passwd);
  let uid: number;
  let gid: number | undefined;
  let name: string | undefined;
  if (isId(userPart!)) {
    uid = Number(userPart);
    const entry = passwd?.find((e) => e.uid === uid);
    name = entry?.name;
    gid = entry?.gid ?? 0;
  } else {
    if (passwd === undefined)
      throw new UserError(
        `${where} runs as user '${userPart}' (User '${spec}'), but it has no /etc/passwd to look the name up in.`,
        { hint: 'Use a numeric USER (USER 65532:65532), or add an /etc/passwd with that user to the image.' },
      );
    const entry = passwd.find((e) => e.name === userPart);
    if (!entry)
      throw new UserError(
        `${where} runs as user '${userPart}' (User '${spec}'), but its /etc/passwd has no such user (it has ${passwd.map((e) => e.name).join(', ') || 'no entries'}).`,
        {
          hint: 'A container runtime refuses to start it the same way: add the user to /etc/passwd, or use a numeric USER.',
        },
      );
    uid = entry.uid;
    gid = entry.gid;
    name = entry.name;
  }
  if (groupPart !== undefined) {
    if (isId(groupPart)) gid = Number(groupPart);
    else {
      if (files.group === undefined)
        throw new UserError(
          `${where} runs as group '${groupPart}' (User '${spec}'), but it has no /etc/group to look the name up in.`,
          {
            hint: 'Use a numeric group (USER 65532:65532), or add an /etc/group with that group to the image.',
          },
        );
      const groups = parseGroup(files.group);
      const entry = groups.find((g) => g.name === groupPart);
      if (!entry)
        throw new UserError(
          `${where} runs as group '${groupPart}' (User '${spec}'), but its /etc/group has no such group (it has ${groups.map((g) => g.name).join(', ') || 'no entries'}).`,
          {
            hint: 'A container runtime refuses to start it the same way: add the group to /etc/group, or use a numeric gid.',
          },
        );
      gid = entry.gid;
    }
  }
  return { uid, gid, spec, ...(name !== undefined ? { name } : {}) };
}

/** `65532:65532`, or `nonroot (65532:65532)` when the user has a name. */
export function describeUser(u: Pick<ProcessUser, 'uid' | 'gid' | 'name'>): string {
  return u.name ? `${u.name} (${u.uid}:${u.gid})` : `${u.uid}:${u.gid}`;
}

/**
 * A path inside an unpacked image root, resolved on the host with every symlink taken relative to that
 * root (an image's `/etc/passwd -> /etc/shadow` must not read the host's file). Undefined when absent.
 */
export function pathInRoot(root: string, path: string): string | undefined {
  let parts = posix.normalize(`/${path}`).split('/').filter(Boolean);
  let done: string[] = [];
  for (let hops = 0; parts.length > 0; ) {
    const part = parts.shift()!;
    if (part === '.') continue;
    if (part === '..') {
      done.pop();
      continue;
    }
    const host = join(root, ...done, part);
    let st: Stats;
    try {
      st = lstatSync(host);
    } catch {
      return undefined;
    }
    if (st.isSymbolicLink()) {
      if (++hops > 40) return undefined; // ELOOP
      const target = readlinkSync(host);
      if (target.startsWith('/')) done = [];
      parts = [...target.split('/').filter(Boolean), ...parts];
      continue;
    }
    done.push(part);
  }
  return join(root, ...done);
}

/** The image's /etc/passwd and /etc/group (undefined when absent), read inside its root. */
export function imageUserFiles(root: string): { passwd?: string; group?: string } {
  const read = (p: string) => {
    const host = pathInRoot(root, p);
    try {
      return host === undefined ? undefined : readFileSync(host, 'utf8');
    } catch {
      return undefined;
    }
  };
  return { passwd: read('/etc/passwd'), group: read('/etc/group') };
}

/** Whether the mode's x bit applies to the user (owner, group, other); root: any x bit (dirs always). */
function mayExecute(m: FileMeta, u: Pick<ProcessUser, 'uid' | 'gid'>): boolean {
  if (u.uid === 0) return m.type === 'dir' || (m.mode & 0o111) !== 0;
  const shift = m.uid === u.uid ? 6 : m.gid === u.gid ? 3 : 0;
  return ((m.mode >> shift) & 1) !== 0;
}

const describeMode = (m: FileMeta) =>
  `mode ${(m.mode & 0o7777).toString(8).padStart(4, '0')}, owned by ${m.uid}:${m.gid}`;

/** A directory the layers never named was made by the unpacker as a runtime makes it: 0755, root's. */
const IMPLICIT_DIR: FileMeta = { uid: 0, gid: 0, mode: 0o755, type: 'dir' };

/**
 * Why the user cannot execute `program` inside the unpacked root, as the kernel would decide it (search
 * permission on each directory, execute permission on the file), from the owners and modes the image's
 * layers state (`files`: on disk everything belongs to the sandbox's one user); undefined when nothing
 * denies it. Names the first path that denies.
 */
export function executeDenial(
  root: string,
  program: string,
  u: Pick<ProcessUser, 'uid' | 'gid' | 'name'>,
  files: FileTable,
): string | undefined {
  const parts = posix.normalize(`/${program}`).split('/').filter(Boolean);
  const who = `user ${describeUser(u)}`;
  for (let i = 0; i <= parts.length; i++) {
    const inside = `/${parts.slice(0, i).join('/')}`;
    const host = pathInRoot(root, inside);
    if (host === undefined) return undefined;
    const resolved = host === root ? '/' : host.slice(root.length);
    const meta = files.get(resolved) ?? (i < parts.length ? IMPLICIT_DIR : undefined);
    if (meta === undefined) return undefined;
    if (i < parts.length) {
      if (meta.type === 'dir' && !mayExecute(meta, u))
        return `${who} cannot enter ${inside} (${describeMode(meta)}), on the way to ${program}`;
    } else if (!mayExecute(meta, u)) return `${who} cannot execute ${program} (${describeMode(meta)})`;
  }
  return undefined;
}
