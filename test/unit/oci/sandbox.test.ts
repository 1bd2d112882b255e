/*
 * The listening check's sandbox with real Go programs, built at test time, unpacked from real layers into
 * an image root and started in runc: what the kernel says they listen on is compared with what each
 * program was written to do. Hostile programs (escapes, secrets, devices, fork bombs, survivors) are in
 * sandbox-hostile.test.ts.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  availableSandbox,
  checkListening,
  describeListening,
  type ListeningCheckOptions,
  parseTcpTable,
  type RunAs,
  sandboxHostIds,
  unpackLayers,
  userSwitch,
} from '../../../packages/oci/src/sandbox/index.js';
import { buildGoPrograms } from './fixtures/go-programs.js';
import { type LayerEntry, writeLayer } from './fixtures/layers.js';

const PROGRAMS: Record<string, string> = {
  // Listens on $PORT, as declared; on PORT+1 when it sees a variable of the test process (a leaked env).
  declared: `package main
import ("net"; "os"; "strconv"; "time")
func main() {
	p, _ := strconv.Atoi(os.Getenv("PORT"))
	if os.Getenv("GOSHIP_LEAK") != "" { p++ }
	l, err := net.Listen("tcp", ":"+strconv.Itoa(p))
	if err != nil { panic(err) }
	defer l.Close()
	time.Sleep(time.Hour) // holds the listener open
}`,
  // Reads its port from a differently named variable: every layer says PORT, the process uses LISTEN_ADDR.
  other: `package main
import ("net"; "os"; "time")
func main() {
	l, err := net.Listen("tcp", os.Getenv("LISTEN_ADDR"))
	if err != nil { panic(err) }
	defer l.Close()
	time.Sleep(time.Hour) // holds the listener open
}`,
  exits: `package main
import ("fmt"; "os")
func main() { fmt.Fprintln(os.Stderr, "config missing"); os.Exit(3) }`,
  silent: `package main
import "time"
func main() { time.Sleep(time.Hour) }`,
  // The listener is a child process (entrypoints that start the server as a child): found through the tree.
  parent: `package main
import ("net"; "os"; "os/exec"; "time")
func main() {
	if len(os.Args) > 1 {
		l, err := net.Listen("tcp6", "[::1]:"+os.Getenv("PORT"))
		if err != nil { l, err = net.Listen("tcp", "127.0.0.1:"+os.Getenv("PORT")) }
		if err != nil { panic(err) }
		defer l.Close()
		time.Sleep(time.Hour) // holds the listener open
	}
	c := exec.Command(os.Args[0], "child")
	c.Stderr = os.Stderr
	if err := c.Run(); err != nil { panic(err) }
}`,
  // Reads its port from ./port (relative to its working directory) and a marker file at /etc/marker:
  // both exist only inside the image root, so it listens only when chrooted there in its WorkingDir.
  rooted: `package main
import ("net"; "os"; "strings"; "time")
func main() {
	if _, err := os.Stat("/etc/goship-image-marker"); err != nil { panic(err) }
	b, err := os.ReadFile("port")
	if err != nil { panic(err) }
	l, err := net.Listen("tcp", ":"+strings.TrimSpace(string(b)))
	if err != nil { panic(err) }
	defer l.Close()
	time.Sleep(time.Hour) // holds the listener open
}`,
  // Listens on PORT only when it runs with the real and effective uid and gid WANT ("65532:65532") and no
  // supplementary groups; on PORT+1 otherwise (its ids printed), so a wrong user is a mismatch.
  whoami: `package main
import ("fmt"; "net"; "os"; "strconv"; "time")
func main() {
	p, _ := strconv.Atoi(os.Getenv("PORT"))
	groups, _ := os.Getgroups()
	ids := fmt.Sprintf("%d:%d", os.Getuid(), os.Getgid())
	if ids != os.Getenv("WANT") || fmt.Sprintf("%d:%d", os.Geteuid(), os.Getegid()) != ids || len(groups) > 0 { p++ }
	fmt.Fprintln(os.Stderr, "ids", ids, "euid", os.Geteuid(), "groups", groups)
	l, err := net.Listen("tcp", ":"+strconv.Itoa(p))
	if err != nil { panic(err) }
	defer l.Close()
	time.Sleep(time.Hour) // holds the listener open
}`,
  // Dials DIAL (a server of the test process on the host's loopback): listens on PORT when that fails
  // (isolated), on PORT+1 when it succeeds.
  dialer: `package main
import ("net"; "os"; "strconv"; "time")
func main() {
	p, _ := strconv.Atoi(os.Getenv("PORT"))
	if c, err := net.DialTimeout("tcp", os.Getenv("DIAL"), time.Second); err == nil { c.Close(); p++ }
	l, err := net.Listen("tcp", ":"+strconv.Itoa(p))
	if err != nil { panic(err) }
	defer l.Close()
	time.Sleep(time.Hour) // holds the listener open
}`,
};

const bin: Record<string, string> = {};

beforeAll(async () => {
  Object.assign(bin, await buildGoPrograms(PROGRAMS));
}, 240_000);

/** Running (a zombie is dead: it holds no sockets and only waits for its parent to reap it). */
const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
};

const available = availableSandbox();
const sandbox = available.mode;
const scratch = mkdtempSync(join(tmpdir(), 'goship-sandbox-test-'));
chmodSync(scratch, 0o711); // the sandbox's host user must reach the image root, as it reaches RUNNER_TEMP
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * An image root made the way the check makes it: a layer with the program at /bin/app (plus `extra`),
 * unpacked for this machine's sandbox; then the check, as the image's `user`.
 */
async function inImage(
  program: string,
  o: Partial<ListeningCheckOptions> & { mode?: number; owner?: number; extra?: LayerEntry[] },
) {
  const dir = mkdtempSync(join(scratch, 'image-'));
  chmodSync(dir, 0o711);
  const layer = await writeLayer(join(dir, 'layer.tar.gz'), [
    { name: 'bin/', type: 'directory' },
    {
      name: 'bin/app',
      mode: o.mode ?? 0o755,
      uid: o.owner ?? 0,
      gid: o.owner ?? 0,
      data: readFileSync(bin[program]!),
    },
    { name: 'tmp/', type: 'directory', mode: 0o1777 },
    ...(o.extra ?? []),
  ]);
  const root = join(dir, 'rootfs');
  mkdirSync(root, { mode: 0o755 });
  const owner = sandbox === 'root' ? sandboxHostIds('root') : undefined;
  const { files } = await unpackLayers([layer], root, { owner });
  return checkListening({
    root,
    files,
    command: '/bin/app',
    user: { uid: 0, gid: 0 },
    declaredPort: 8080,
    sandbox: available,
    workDir: dir,
    ...o,
  });
}

(sandbox ? describe : describe.skip)(`checkListening (sandbox here: ${sandbox})`, () => {
  test('the program runs as the image states it: inside the image root, in its WorkingDir', async () => {
    const r = await inImage('rooted', {
      workdir: '/srv/app',
      extra: [{ name: 'etc/goship-image-marker' }, { name: 'srv/app/port', data: '8080' }],
    });
    expect({ outcome: r.outcome, ports: r.ports, output: r.output }).toEqual({
      outcome: 'listening',
      ports: [8080],
      output: '',
    });
  });

  test('a program listening on the declared port passes; it is killed afterwards', async () => {
    process.env.GOSHIP_LEAK = '1'; // must not reach the program: its env is exactly the one given
    try {
      const r = await inImage('declared', { env: { PORT: '8080' } });
      expect(r).toMatchObject({ ok: true, outcome: 'listening', ports: [8080], sandbox });
      expect(r.sockets[0]!.address).toMatch(/^(0\.0\.0\.0|::)$/);
      expect(alive(r.sockets[0]!.pid)).toBe(false);
      expect(describeListening(r)).toBe('listens on 8080 as declared');
    } finally {
      delete process.env.GOSHIP_LEAK;
    }
  });

  test('a program listening on another port: a mismatch with both values', async () => {
    const r = await inImage('other', {
      env: { PORT: '8080', LISTEN_ADDR: '127.0.0.1:9090' },
      timeoutMs: 1500,
    });
    expect(r).toMatchObject({ ok: false, outcome: 'mismatch', declaredPort: 8080, ports: [9090] });
    expect(r.sockets[0]!.address).toBe('127.0.0.1');
    expect(describeListening(r)).toBe('listens on 9090, not on the declared 8080');
    expect(alive(r.sockets[0]!.pid)).toBe(false);
  });

  test('a program that exits at once: its code and output', async () => {
    const r = await inImage('exits', {});
    expect(r).toMatchObject({ ok: false, outcome: 'exited', exit: { code: 3, signal: null }, ports: [] });
    expect(r.output).toContain('config missing');
    expect(r.elapsedMs).toBeLessThan(5000);
  });

  test('a program that never listens: not-listening at the deadline, then killed', async () => {
    const r = await inImage('silent', { timeoutMs: 800 });
    expect(r).toMatchObject({ ok: false, outcome: 'not-listening', ports: [] });
    expect(r.elapsedMs).toBeGreaterThanOrEqual(800);
    expect(describeListening(r)).toMatch(/did not listen on any TCP port within \d+ ms \(declared 8080\)/);
  });

  test('the listener is a child process: found through the process tree, and the whole tree is killed', async () => {
    const r = await inImage('parent', { env: { PORT: '8080' } });
    expect(r).toMatchObject({ ok: true, ports: [8080] });
    expect(r.sockets[0]!.address).toMatch(/^(::1|127\.0\.0\.1)$/);
    expect(alive(r.sockets[0]!.pid)).toBe(false);
  });

  test('no network beyond loopback: a server of the host is unreachable from the sandbox', async () => {
    const server: Server = createServer((s) => s.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const dial = `127.0.0.1:${(server.address() as { port: number }).port}`;
      const r = await inImage('dialer', { env: { PORT: '8080', DIAL: dial } });
      expect(r).toMatchObject({ ok: true, ports: [8080] }); // 8081 would mean it reached the host
    } finally {
      server.close();
    }
  });

  test('a root image may bind a port below 1024 in its own network namespace (as its runtime allows)', async () => {
    const r = await inImage('declared', { env: { PORT: '80' }, declaredPort: 80 });
    expect(r).toMatchObject({ ok: true, ports: [80] });
  });

  test('a declared port that is not a port is refused before anything starts', async () => {
    await expect(inImage('silent', { declaredPort: 0 })).rejects.toThrow(/not a TCP port/);
  });
});

const nonroot: RunAs = { uid: 65532, gid: 65532, name: 'nonroot' };
const switches = sandbox !== undefined && userSwitch(available, nonroot) === undefined;

(switches ? describe : describe.skip)(`the image's user (sandbox here: ${sandbox})`, () => {
  test('runs as the user (uid, gid, no supplementary groups) and reports it', async () => {
    const r = await inImage('whoami', { env: { PORT: '8080', WANT: '65532:65532' }, user: nonroot });
    expect({ outcome: r.outcome, ports: r.ports, user: r.user }).toEqual({
      outcome: 'listening',
      ports: [8080],
      user: nonroot,
    });
  });

  test('a set-uid root program does not regain root (the bit is dropped, no-new-privs)', async () => {
    const r = await inImage('whoami', {
      env: { PORT: '8080', WANT: '65532:65532' },
      user: nonroot,
      mode: 0o4755,
    });
    expect({ outcome: r.outcome, ports: r.ports }).toEqual({ outcome: 'listening', ports: [8080] });
  });

  test('a root-owned 0700 program cannot start as the user: cannot-start naming user and path, nothing started', async () => {
    const r = await inImage('whoami', {
      env: { PORT: '8080', WANT: '65532:65532' },
      user: nonroot,
      mode: 0o700,
    });
    expect(r).toMatchObject({
      ok: false,
      outcome: 'cannot-start',
      denied: 'user nonroot (65532:65532) cannot execute /bin/app (mode 0700, owned by 0:0)',
    });
    expect(describeListening(r)).toBe(
      'could not start: permission denied: user nonroot (65532:65532) cannot execute /bin/app (mode 0700, owned by 0:0)',
    );
    // The same file owned by the user runs.
    const own = await inImage('whoami', {
      env: { PORT: '8080', WANT: '65532:65532' },
      user: nonroot,
      mode: 0o700,
      owner: 65532,
    });
    expect(own.outcome).toBe('listening');
  });
});

test('where the sandbox cannot become the image user, it says why', () => {
  expect(userSwitch({ mode: 'root', runc: 'runc' }, nonroot)).toBeUndefined();
  expect(userSwitch({ mode: 'sudo', runc: 'runc' }, nonroot)).toBeUndefined();
  expect(userSwitch({ mode: 'rootless', runc: 'runc' }, { uid: 0, gid: 0 })).toBeUndefined();
  expect(userSwitch({ mode: 'rootless', runc: 'runc' }, nonroot)).toBe(
    "the image runs as user nonroot (65532:65532), and a rootless sandbox (a user namespace mapping only the runner's uid) has no other user",
  );
  expect(userSwitch('unsandboxed', nonroot)).toContain("an unsandboxed check runs as this runner's user");
});

describe('parseTcpTable', () => {
  test('listening rows only, ports and addresses decoded (recorded /proc/net/tcp6 and tcp lines)', () => {
    const tcp = [
      '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
      '   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 123456 1 0000000000000000 100 0 0 10 0',
      '   1: 0100007F:A1B2 0100007F:1F90 01 00000000:00000000 00:00000000 00000000     0        0 123457 1 0000000000000000 20 4 30 10 -1',
    ].join('\n');
    expect([...parseTcpTable(tcp, 'tcp')]).toEqual([
      ['123456', { port: 8080, address: '127.0.0.1', family: 'tcp' }],
    ]);
    const tcp6 = [
      '  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
      '   0: 00000000000000000000000000000000:2382 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 222 1 0000000000000000 100 0 0 10 0',
      '   1: 00000000000000000000000001000000:2383 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 333 1 0000000000000000 100 0 0 10 0',
    ].join('\n');
    expect([...parseTcpTable(tcp6, 'tcp6')]).toEqual([
      ['222', { port: 9090, address: '::', family: 'tcp6' }],
      ['333', { port: 9091, address: '::1', family: 'tcp6' }],
    ]);
  });
});
