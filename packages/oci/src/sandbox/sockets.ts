/*
 * What a process tree listens on, read from the kernel: /proc/<pid>/net/tcp and tcp6 list the sockets of
 * the process's network namespace, and /proc/<pid>/fd links (`socket:[inode]`) say which of them belong to
 * the tree. A port another program holds never counts. No kernel event says "listen() was called": the
 * check reads these every 50 ms.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export interface ListeningSocket {
  port: number;
  /** The bound address as the kernel shows it (`0.0.0.0`, `127.0.0.1`, `::`). */
  address: string;
  family: 'tcp' | 'tcp6';
  pid: number;
}

/** Listening sockets in a /proc/<pid>/net/tcp or tcp6 table: inode → socket (pid filled in later). */
export function parseTcpTable(
  text: string,
  family: 'tcp' | 'tcp6',
): Map<string, Omit<ListeningSocket, 'pid'>> {
  const out = new Map<string, Omit<ListeningSocket, 'pid'>>();
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10 || f[3] !== '0A') continue; // 0A: TCP_LISTEN
    const [addrHex, portHex] = f[1]!.split(':') as [string, string];
    out.set(f[9]!, { port: Number.parseInt(portHex, 16), address: decodeAddress(addrHex), family });
  }
  return out;
}

/** /proc/net/tcp addresses are the in-memory bytes of the address, printed as 32-bit words. */
function decodeAddress(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((w) => (w.match(/../g) ?? []).reverse().map((b) => Number.parseInt(b, 16)));
  if (bytes.length === 4) return bytes.join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  // The shortest form for the two addresses a server binds most (:: and ::1); the rest in full.
  const full = groups.join(':');
  return full === '0:0:0:0:0:0:0:0' ? '::' : full === '0:0:0:0:0:0:0:1' ? '::1' : full;
}

/** The process and its descendants (children of children …), from /proc/<pid>/stat. */
export function processTree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const kids = parents.get(ppid) ?? [];
    kids.push(Number(name));
    parents.set(ppid, kids);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(parents.get(pid) ?? []));
  }
  return tree;
}

function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return inodes;
  }
  for (const fd of fds) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]!);
    } catch {
      // closed meanwhile
    }
  }
  return inodes;
}

/**
 * Listening sockets held by the process tree of `root`. The tree spans network namespaces (the runtime
 * in the host's, the image's processes in the sandbox's): each namespace's table is read once, through
 * the first process seen in it. Socket inodes are unique across namespaces.
 */
export function listeningSockets(root: number): ListeningSocket[] {
  const tables = new Map<string, Omit<ListeningSocket, 'pid'>>();
  const tree = processTree(root);
  const seen = new Set<string>();
  for (const pid of tree) {
    let ns: string;
    try {
      ns = readlinkSync(`/proc/${pid}/ns/net`);
    } catch {
      continue; // exited meanwhile
    }
    if (seen.has(ns)) continue;
    seen.add(ns);
    for (const family of ['tcp', 'tcp6'] as const) {
      try {
        for (const [k, v] of parseTcpTable(readFileSync(`/proc/${pid}/net/${family}`, 'utf8'), family))
          tables.set(k, v);
      } catch {
        // no IPv6 in this kernel, or the process is gone
      }
    }
  }
  const out: ListeningSocket[] = [];
  for (const pid of tree) {
    for (const inode of socketInodes(pid)) {
      const s = tables.get(inode);
      if (s) out.push({ ...s, pid });
    }
  }
  return out;
}

/**
 * The first process of `root`'s tree that runs in a pid namespace of its own (its `NSpid` in
 * /proc/<pid>/status, readable by anyone, ends in 1): a container's init. Undefined until it exists.
 */
export function containerInit(root: number): number | undefined {
  for (const pid of processTree(root)) {
    try {
      const line = /^NSpid:\s*(.*)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? '';
      const ids = line.trim().split(/\s+/);
      if (ids.length > 1 && ids[ids.length - 1] === '1') return pid;
    } catch {
      // exited meanwhile
    }
  }
  return undefined;
}

/**
 * Listening sockets of a container with a network namespace of its own: every listening socket in it is
 * the image's (nothing else runs there), so the namespace's table is read through the container's init
 * (/proc/<pid>/net is readable by anyone; the fd links that name a socket's process are not, where runc
 * runs through sudo). Sockets are attributed to the init.
 */
export function containerSockets(root: number): ListeningSocket[] {
  const init = containerInit(root);
  if (init === undefined) return [];
  const out: ListeningSocket[] = [];
  for (const family of ['tcp', 'tcp6'] as const) {
    try {
      for (const s of parseTcpTable(readFileSync(`/proc/${init}/net/${family}`, 'utf8'), family).values())
        out.push({ ...s, pid: init });
    } catch {
      // no IPv6 in this kernel, or the container is gone
    }
  }
  return out;
}
