/*
 * The listening check's sandbox with real Go programs, built at test time, unpacked from real layers into
 * an image root and started in runc: what the kernel says they listen on is compared with what each
 * program was written to do. Hostile programs (escapes, secrets, devices, fork bombs, survivors) are in
 * sandbox-hostile.test.ts.
 */

import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { jest } from '@jest/globals';
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

// Each check starts a container: seconds under a loaded CI machine, not the 5 s default.
jest.setTimeout(60_000);

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
  // Looks at its own sandbox from inside and listens on PORT only when every property holds; on PORT+1
  // otherwise, printing the ones that do not (so the check's mismatch error carries them).
  inspect: `package main
import ("fmt"; "net"; "os"; "strconv"; "strings"; "time")
func field(text, key string) string {
	for _, l := range strings.Split(text, "\\n") { if strings.HasPrefix(l, key+":") { return strings.TrimSpace(l[len(key)+1:]) } }
	return ""
}
func main() {
	p, _ := strconv.Atoi(os.Getenv("PORT"))
	var bad []string
	st, _ := os.ReadFile("/proc/self/status")
	want := []string{"CapEff", "0000000000000000", "CapBnd", "0000000000000000", "CapPrm", "0000000000000000", "NoNewPrivs", "1", "Seccomp", "2"}
	for i := 0; i < len(want); i += 2 {
		if got := field(string(st), want[i]); got != want[i+1] { bad = append(bad, want[i]+"="+got) }
	}
	if os.Getpid() != 1 { bad = append(bad, "pid="+strconv.Itoa(os.Getpid())) }
	if h, _ := os.Hostname(); h != "listening-check" { bad = append(bad, "hostname="+h) }
	um, _ := os.ReadFile("/proc/self/uid_map")
	for _, l := range strings.Split(strings.TrimSpace(string(um)), "\\n") {
		f := strings.Fields(l)
		if len(f) == 3 && (f[1] == "0" || f[2] != "1") { bad = append(bad, "uid_map="+l) }
	}
	mi, _ := os.ReadFile("/proc/self/mountinfo")
	for _, l := range strings.Split(string(mi), "\\n") {
		f := strings.Fields(l)
		if len(f) > 5 && f[4] == "/" && !(strings.Contains(f[5], "ro") && strings.Contains(f[5], "nosuid") && strings.Contains(f[5], "nodev")) { bad = append(bad, "root mount "+f[5]) }
	}
	if err := os.WriteFile("/probe", []byte("x"), 0644); err == nil { bad = append(bad, "root writable") }
	ents, _ := os.ReadDir("/dev")
	for _, e := range ents { if !map[string]bool{"null": true, "zero": true, "full": true, "random": true, "urandom": true, "tty": true, "shm": true, "pts": true, "ptmx": true, "fd": true, "stdin": true, "stdout": true, "stderr": true, "console": true, "core": true, "mqueue": true}[e.Name()] { bad = append(bad, "/dev/"+e.Name()) } }
	// runc adds HOME (from the image's passwd, else /), as every runtime does.
	if env := strings.Join(os.Environ(), " "); env != "PORT=8080 PATH=/bin HOME=/" { bad = append(bad, "env "+env) }
	if len(bad) > 0 { fmt.Println("sandbox:", strings.Join(bad, "; ")); p++ }
	l, err := net.Listen("tcp", ":"+strconv.Itoa(p)); if err != nil { panic(err) }
	defer l.Close(); time.Sleep(time.Hour)
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

  test("the sandbox seen from inside: no capabilities, no_new_privs, seccomp, pid 1, own hostname, no host root mapped, read-only root nosuid,nodev, runc's devices only, only the given env", async () => {
    const r = await inImage('inspect', {
      env: { PORT: '8080', PATH: '/bin' },
      user: { uid: 65532, gid: 65532 },
      timeoutMs: 2000,
    });
    expect({ outcome: r.outcome, ports: r.ports, output: r.output }).toEqual({
      outcome: 'listening',
      ports: [8080],
      output: '',
    });
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

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/tsx/dist/cli.mjs');
const CHECK_AS_USER = join(process.cwd(), 'test/unit/oci/fixtures/check-as-user.ts');

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

/** The check run by `check-as-user.ts` under `uid` (a layer holding the inspect program). */
async function checkAs(uid: number, gid: number, user: RunAs) {
  const dir = mkdtempSync(join(tmpdir(), 'goship-as-user-'));
  chmodSync(dir, 0o777);
  try {
    const layer = await writeLayer(join(dir, 'layer.tar.gz'), [
      { name: 'bin/', type: 'directory' },
      { name: 'bin/app', mode: 0o755, data: readFileSync(bin.inspect!) },
    ]);
    chmodSync(layer, 0o644);
    const work = join(dir, 'work');
    mkdirSync(work, { mode: 0o777 });
    chmodSync(work, 0o777);
    const args = JSON.stringify({ layer, work, user, env: { PORT: '8080', PATH: '/bin' } });
    const { stdout } = await run(
      'setpriv',
      [
        `--reuid=${uid}`,
        `--regid=${gid}`,
        '--clear-groups',
        '--',
        process.execPath,
        TSX,
        CHECK_AS_USER,
        args,
      ],
      { env: { PATH: process.env.PATH!, HOME: work }, cwd: work },
    );
    return JSON.parse(stdout.trim().split('\n').pop()!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const asRoot = process.getuid?.() === 0;

(asRoot ? test : test.skip)(
  "a non-root runner with user namespaces and no sudo: rootless runc, the port checked as the container's root (uid 65534 here)",
  async () => {
    const { sandbox: found, result } = await checkAs(65534, 65534, nonroot);
    expect(found.mode).toBe('rootless');
    // What inspect finds different from the root sandbox, and nothing else: the process is the container's
    // root (uid 0 mapped to 65534, the only id) but the image's User is not root, so it gets no capability
    // at all, as in the root sandbox (not even CAP_NET_BIND_SERVICE: a port below 1024 fails here as in
    // the pod); rootless
    // runc cannot lock the root mount nosuid,nodev (the unpacker wrote no set-id bits and no devices).
    // no_new_privs, seccomp, pid 1, hostname, the single-id map, the read-only root, /dev and env all hold.
    expect(result).toMatchObject({ outcome: 'mismatch', ports: [8081], user: { uid: 0, gid: 0 } });
    expect(result.output.trim()).toBe('sandbox: root mount ro,relatime');
  },
  60_000,
);

/** A login user with password-less sudo, as GitHub-hosted runners have `runner`. */
const SUDO_USER = 'goship-sudo-check';
const sudoers = `/etc/sudoers.d/${SUDO_USER}`;

(asRoot && existsSync('/usr/bin/sudo') ? describe : describe.skip)(
  'a non-root runner with password-less sudo',
  () => {
    let ids: { uid: number; gid: number };
    beforeAll(async () => {
      await run('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', SUDO_USER]).catch(
        () => undefined,
      );
      writeFileSync(sudoers, `${SUDO_USER} ALL=(ALL) NOPASSWD: ALL\n`, { mode: 0o440 });
      const { stdout } = await run('id', [SUDO_USER]);
      const m = /uid=(\d+).*gid=(\d+)/.exec(stdout)!;
      ids = { uid: Number(m[1]), gid: Number(m[2]) };
    });
    afterAll(async () => {
      rmSync(sudoers, { force: true });
      await run('userdel', [SUDO_USER]).catch(() => undefined);
    });

    test("runc through sudo: as the image's User, every property of the root sandbox, the runner's uid behind it", async () => {
      const { sandbox: found, result } = await checkAs(ids.uid, ids.gid, nonroot);
      expect(found.mode).toBe('sudo');
      expect(result).toEqual({ outcome: 'listening', ports: [8080], user: nonroot, output: '' });
    }, 60_000);
  },
);

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
