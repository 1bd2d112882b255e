import { execFile } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { mapLimit } from '@goship/kit';
import {
  availableSandbox,
  checkListening,
  describeListening,
  parseTcpTable,
  userSwitch,
} from '../../../packages/probe/src/listening/index.js';

const run = promisify(execFile);

/*
 * Real Go programs, built at test time, started through checkListening: what the kernel says they
 * listen on is compared with what each program was written to do.
 */
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
  const dir = mkdtempSync(join(tmpdir(), 'goship-listening-src-'));
  writeFileSync(join(dir, 'go.mod'), 'module example.com/listening\n\ngo 1.21\n');
  for (const [name, src] of Object.entries(PROGRAMS)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'main.go'), src);
  }
  await mapLimit(Object.keys(PROGRAMS), 2, async (name) => {
    bin[name] = join(dir, 'bin', name);
    await run('go', ['build', '-o', bin[name], `./${name}`], {
      cwd: dir,
      env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '' },
    });
  });
}, 240_000);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Running (a zombie is dead: it holds no sockets and only waits for its parent to reap it). */
const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
};

const sandbox = availableSandbox();
// In a network namespace the port cannot clash with the host's; without one, take a free one.
const portFor = async () => (sandbox === 'tempdir' ? freePort() : 8080);

describe(`checkListening (sandbox here: ${sandbox})`, () => {
  test('root + workdir: the program runs as the image states it, chrooted into the image root in its WorkingDir', async () => {
    const root = mkdtempSync(join(tmpdir(), 'goship-listening-root-'));
    mkdirSync(join(root, 'bin'));
    mkdirSync(join(root, 'etc'));
    mkdirSync(join(root, 'srv/app'), { recursive: true });
    writeFileSync(join(root, 'bin/app'), readFileSync(bin.rooted!), { mode: 0o755 });
    writeFileSync(join(root, 'etc/goship-image-marker'), '');
    const port = await portFor();
    writeFileSync(join(root, 'srv/app/port'), String(port));
    const r = await checkListening({ command: '/bin/app', root, workdir: '/srv/app', declaredPort: port });
    if (sandbox === 'tempdir') {
      // No chroot without a namespace: the program runs from root/bin/app in root/srv/app, and its
      // absolute paths are the host's (the marker is missing there).
      expect(r.outcome).toBe('exited');
      expect(r.output).toContain('goship-image-marker');
      return;
    }
    expect({ outcome: r.outcome, ports: r.ports, output: r.output }).toEqual({
      outcome: 'listening',
      ports: [port],
      output: '',
    });
  });

  test('a program listening on the declared port passes; it is killed afterwards', async () => {
    const port = await portFor();
    process.env.GOSHIP_LEAK = '1'; // must not reach the program: its env is exactly the one given
    try {
      const r = await checkListening({
        command: bin.declared!,
        env: { PORT: String(port) },
        declaredPort: port,
      });
      expect(r).toMatchObject({ ok: true, outcome: 'listening', ports: [port], sandbox });
      expect(r.sockets[0]!.address).toMatch(/^(0\.0\.0\.0|::)$/);
      expect(alive(r.sockets[0]!.pid)).toBe(false);
      expect(describeListening(r)).toBe(`listens on ${port} as declared`);
    } finally {
      delete process.env.GOSHIP_LEAK;
    }
  });

  test('a program listening on another port: a mismatch with both values', async () => {
    const [declared, other] = sandbox === 'tempdir' ? [await freePort(), await freePort()] : [8080, 9090];
    const r = await checkListening({
      command: bin.other!,
      env: { PORT: String(declared), LISTEN_ADDR: `127.0.0.1:${other}` },
      declaredPort: declared,
      timeoutMs: 1500,
    });
    expect(r).toMatchObject({ ok: false, outcome: 'mismatch', declaredPort: declared, ports: [other] });
    expect(r.sockets[0]!.address).toBe('127.0.0.1');
    expect(describeListening(r)).toBe(`listens on ${other}, not on the declared ${declared}`);
    expect(alive(r.sockets[0]!.pid)).toBe(false);
  });

  test('a program that exits at once: its code and output', async () => {
    const r = await checkListening({ command: bin.exits!, declaredPort: 8080 });
    expect(r).toMatchObject({ ok: false, outcome: 'exited', exit: { code: 3, signal: null }, ports: [] });
    expect(r.output).toContain('config missing');
    expect(r.elapsedMs).toBeLessThan(5000);
  });

  test('a program that never listens: not-listening at the deadline, then killed', async () => {
    const r = await checkListening({ command: bin.silent!, declaredPort: 8080, timeoutMs: 800 });
    expect(r).toMatchObject({ ok: false, outcome: 'not-listening', ports: [] });
    expect(r.elapsedMs).toBeGreaterThanOrEqual(800);
    expect(describeListening(r)).toMatch(/did not listen on any TCP port within \d+ ms \(declared 8080\)/);
  });

  test('the listener is a child process: found through the process tree, and the whole tree is killed', async () => {
    const port = await portFor();
    const r = await checkListening({ command: bin.parent!, env: { PORT: String(port) }, declaredPort: port });
    expect(r).toMatchObject({ ok: true, ports: [port] });
    expect(r.sockets[0]!.address).toMatch(/^(::1|127\.0\.0\.1)$/);
    expect(alive(r.sockets[0]!.pid)).toBe(false);
  });

  (sandbox === 'tempdir' ? test.skip : test)(
    'no network beyond loopback: a server of the host is unreachable from the sandbox',
    async () => {
      const server: Server = createServer((s) => s.end());
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const dial = `127.0.0.1:${(server.address() as { port: number }).port}`;
        const r = await checkListening({
          command: bin.dialer!,
          env: { PORT: '8080', DIAL: dial },
          declaredPort: 8080,
        });
        expect(r).toMatchObject({ ok: true, ports: [8080] }); // 8081 would mean it reached the host
      } finally {
        server.close();
      }
    },
  );

  test('tempdir mode (no namespace) works too, on the host network', async () => {
    const port = await freePort();
    const server: Server = createServer((s) => s.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const dial = `127.0.0.1:${(server.address() as { port: number }).port}`;
      const r = await checkListening({
        command: bin.dialer!,
        env: { PORT: String(port), DIAL: dial },
        declaredPort: port,
        sandbox: 'tempdir',
        timeoutMs: 3000,
      });
      // Without a namespace the host is reachable, so the program picks PORT+1: the check reports it.
      expect(r).toMatchObject({ ok: false, outcome: 'mismatch', ports: [port + 1], sandbox: 'tempdir' });
    } finally {
      server.close();
    }
  });

  test('a declared port that is not a port is refused before anything starts', async () => {
    await expect(checkListening({ command: bin.silent!, declaredPort: 0 })).rejects.toThrow(/not a TCP port/);
  });
});

/** An image root holding the whoami program at /bin/app with the given mode and owner. */
function whoamiRoot(mode: number, owner = 0): string {
  const root = mkdtempSync(join(tmpdir(), 'goship-listening-user-'));
  chmodSync(root, 0o755);
  mkdirSync(join(root, 'bin'));
  writeFileSync(join(root, 'bin/app'), readFileSync(bin.whoami!));
  chownSync(join(root, 'bin/app'), owner, owner);
  chmodSync(join(root, 'bin/app'), mode);
  return root;
}

const nonroot = { uid: 65532, gid: 65532, name: 'nonroot' };

describe(`the image's user (sandbox here: ${sandbox})`, () => {
  (sandbox === 'netns' ? test : test.skip)(
    'netns: runs as the user (uid, gid, no supplementary groups) and reports it',
    async () => {
      const r = await checkListening({
        command: '/bin/app',
        root: whoamiRoot(0o755),
        env: { PORT: '8080', WANT: '65532:65532' },
        user: nonroot,
        declaredPort: 8080,
      });
      expect({ outcome: r.outcome, ports: r.ports, user: r.user }).toEqual({
        outcome: 'listening',
        ports: [8080],
        user: nonroot,
      });
    },
  );

  (sandbox === 'netns' ? test : test.skip)(
    'netns: a set-uid root program does not regain root (no-new-privs)',
    async () => {
      const r = await checkListening({
        command: '/bin/app',
        root: whoamiRoot(0o4755),
        env: { PORT: '8080', WANT: '65532:65532' },
        user: nonroot,
        declaredPort: 8080,
      });
      expect({ outcome: r.outcome, ports: r.ports, output: r.output }).toMatchObject({
        outcome: 'listening',
        ports: [8080],
      });
    },
  );

  (sandbox === 'netns' ? test : test.skip)(
    'netns: a root-owned 0700 program cannot start as the user: cannot-start naming user and path',
    async () => {
      const r = await checkListening({
        command: '/bin/app',
        root: whoamiRoot(0o700),
        env: { PORT: '8080', WANT: '65532:65532' },
        user: nonroot,
        declaredPort: 8080,
      });
      expect(r).toMatchObject({
        ok: false,
        outcome: 'cannot-start',
        denied: 'user nonroot (65532:65532) cannot execute /bin/app (mode 0700, owned by 0:0)',
      });
      expect(r.output).toContain('Permission denied');
      expect(describeListening(r)).toBe(
        'could not start: permission denied: user nonroot (65532:65532) cannot execute /bin/app (mode 0700, owned by 0:0)',
      );
      // The same file owned by the user runs.
      const own = await checkListening({
        command: '/bin/app',
        root: whoamiRoot(0o700, 65532),
        env: { PORT: '8080', WANT: '65532:65532' },
        user: nonroot,
        declaredPort: 8080,
      });
      expect(own.outcome).toBe('listening');
    },
  );

  test('userns+netns and tempdir cannot switch users: said why, and refused rather than run as another user', async () => {
    expect(userSwitch('netns', nonroot)).toBeUndefined();
    expect(userSwitch('tempdir', { uid: 0, gid: 0 })).toBeUndefined();
    expect(userSwitch('userns+netns', nonroot)).toBe(
      'the image runs as user nonroot (65532:65532), and the userns+netns sandbox (not root: a user namespace with only root mapped) cannot switch to it',
    );
    expect(userSwitch('tempdir', nonroot)).toContain(
      'the tempdir sandbox (no namespace) cannot switch users',
    );
    await expect(
      checkListening({ command: bin.silent!, declaredPort: 8080, sandbox: 'tempdir', user: nonroot }),
    ).rejects.toThrow('cannot run as nonroot (65532:65532): the image runs as user nonroot (65532:65532)');
  });
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
