/*
 * Hostile images against the listening check, as an attacker who controls a base image would build them:
 * layers that try to write outside the root (a symlink then a write through it, `..` names, hard links),
 * device nodes, bad whiteouts, a WorkingDir of `/../../x`; entrypoints that try the chroot escape, read the
 * runner's environment, open /dev/kmsg, fork-bomb, leave a double-forked survivor, or never listen. For
 * each: a clear failure or a pass on the port alone, nothing outside the sandbox created, changed or read
 * (tripwire files; a secret planted in this process's environment), and the check ends within its timeout
 * with no process left behind. Runs through the oci package's checkImageListening, as docker-multistage does.
 */

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import {
  checkImageListening,
  type ImageConfig,
  type ImageListeningOptions,
  type ImageUnderTest,
} from '../../../packages/oci/src/index';
import { availableSandbox, UnsafeLayerError, unpackLayers } from '../../../packages/oci/src/sandbox/index';
import { buildGoPrograms } from './fixtures/go-programs.js';
import { type LayerEntry, writeLayer } from './fixtures/layers.js';

// Each check starts a container: seconds under a loaded CI machine, not the 5 s default.
jest.setTimeout(60_000);

const MARKER = `goship-hostile-${process.pid}-${Date.now().toString(36)}`;
const SECRET = `planted-${MARKER}-secret`;

/** Each listens on $PORT when its attack failed, on $PORT+1 (a mismatch: a clear failure) when it worked. */
const PROGRAMS: Record<string, string> = {
  // The classic chroot escape, then reads and writes the host tripwires named in TRIPWIRE_READ/WRITE.
  escape: `package main
import ("fmt"; "net"; "os"; "strconv"; "syscall"; "time")
func main() {
	p, _ := strconv.Atoi(os.Getenv("PORT"))
	os.Mkdir("/tmp/x", 0755)
	if err := syscall.Chroot("/tmp/x"); err == nil {
		for i := 0; i < 64; i++ { syscall.Chdir("..") }
		syscall.Chroot(".")
	} else { fmt.Println("chroot:", err) }
	if b, err := os.ReadFile(os.Getenv("TRIPWIRE_READ")); err == nil { fmt.Println("read:", string(b)); p++ }
	if err := os.WriteFile(os.Getenv("TRIPWIRE_WRITE"), []byte("x"), 0644); err == nil { p++ }
	l, err := net.Listen("tcp", ":"+strconv.Itoa(p)); if err != nil { panic(err) }
	defer l.Close(); time.Sleep(time.Hour)
}`,
  // Looks for the planted secret in every environ it can open (/proc/1, its parent, every pid).
  environ: `package main
import ("fmt"; "net"; "os"; "path/filepath"; "strconv"; "strings"; "time")
func main() {
	p, _ := strconv.Atoi(os.Getenv("PORT"))
	paths, _ := filepath.Glob("/proc/*/environ")
	paths = append(paths, "/proc/1/environ", fmt.Sprintf("/proc/%d/environ", os.Getppid()))
	for _, f := range paths {
		// The secret is given in two halves, so that this program's own environ does not hold it whole.
		if b, err := os.ReadFile(f); err == nil && strings.Contains(string(b), os.Getenv("LOOK_FOR_A")+os.Getenv("LOOK_FOR_B")) { fmt.Println("found in", f); p++; break }
	}
	l, err := net.Listen("tcp", ":"+strconv.Itoa(p)); if err != nil { panic(err) }
	defer l.Close(); time.Sleep(time.Hour)
}`,
  // Writes to the kernel log through /dev/kmsg or a device node of its own (the layer's, or mknod).
  kmsg: `package main
import ("fmt"; "net"; "os"; "strconv"; "syscall"; "time")
func main() {
	p, _ := strconv.Atoi(os.Getenv("PORT"))
	for _, f := range []string{"/dev/kmsg", "/opt/kmsg"} {
		if fh, err := os.OpenFile(f, os.O_WRONLY, 0); err == nil { fmt.Fprintln(fh, "goship hostile"); fh.Close(); p++ } else { fmt.Println(f, err) }
	}
	if err := syscall.Mknod("/tmp/kmsg", syscall.S_IFCHR|0666, 1<<8|11); err == nil { p++ }
	l, err := net.Listen("tcp", ":"+strconv.Itoa(p)); if err != nil { panic(err) }
	defer l.Close(); time.Sleep(time.Hour)
}`,
  // A fork bomb: every copy starts two more (each carrying the marker argument), forever.
  forkbomb: `package main
import ("net"; "os"; "os/exec"; "time")
func main() {
	if len(os.Args) > 2 { for { exec.Command(os.Args[0], os.Args[1], "child").Start(); time.Sleep(time.Millisecond) } }
	go func() { for { exec.Command(os.Args[0], os.Args[1], "child").Start(); time.Sleep(time.Millisecond) } }()
	time.Sleep(300 * time.Millisecond)
	l, err := net.Listen("tcp", ":"+os.Getenv("PORT")); if err != nil { panic(err) }
	defer l.Close(); time.Sleep(time.Hour)
}`,
  // setsid + double fork: a grandchild in its own session holding stdout, then the parent exits at once.
  survivor: `package main
import ("os"; "os/exec"; "syscall"; "time")
func main() {
	switch {
	case len(os.Args) > 2 && os.Args[2] == "grandchild": time.Sleep(time.Hour)
	case len(os.Args) > 2 && os.Args[2] == "child":
		c := exec.Command(os.Args[0], os.Args[1], "grandchild"); c.Stdout = os.Stdout; c.Stderr = os.Stderr
		c.SysProcAttr = &syscall.SysProcAttr{Setsid: true}; c.Start()
	default:
		c := exec.Command(os.Args[0], os.Args[1], "child"); c.Stdout = os.Stdout; c.Stderr = os.Stderr; c.Run()
		time.Sleep(200 * time.Millisecond)
	}
}`,
  // Listens on $PORT, as a service does; as a non-root User on port 80 the kernel refuses it.
  serve: `package main
import ("net"; "os"; "time")
func main() {
	l, err := net.Listen("tcp", ":"+os.Getenv("PORT")); if err != nil { panic(err) }
	defer l.Close(); time.Sleep(time.Hour)
}`,
  // Logs Go's listen error and lingers (a graceful shutdown waiting on other goroutines), never exiting.
  linger: `package main
import ("log"; "net"; "os"; "time")
func main() {
	if _, err := net.Listen("tcp", ":"+os.Getenv("PORT")); err != nil { log.Print(err) }
	time.Sleep(time.Hour)
}`,
  silent: `package main
import "time"

func main() { time.Sleep(time.Hour) }`,
};

const bin: Record<string, string> = {};
const scratch = mkdtempSync(join(tmpdir(), 'goship-hostile-'));
/** Files and a directory on the host that nothing may read, change or create beside. */
const host = {
  dir: join(scratch, 'host'),
  read: join(scratch, 'host', 'secret.txt'),
  write: join(scratch, 'host', 'written-by-image'),
};
const sandboxed = availableSandbox().mode !== undefined;

beforeAll(async () => {
  mkdirSync(host.dir);
  writeFileSync(host.read, 'host secret');
  Object.assign(bin, await buildGoPrograms(PROGRAMS));
  process.env.GOSHIP_PLANTED = SECRET; // as INPUT_REGISTRY-PASSWORD sits in a real step's environment
}, 240_000);

afterAll(() => {
  delete process.env.GOSHIP_PLANTED;
  rmSync(scratch, { recursive: true, force: true });
});

/** The host side is as it was: only the one secret file, unchanged. */
function expectHostUntouched() {
  expect(readdirSync(host.dir)).toEqual(['secret.txt']);
  expect(readFileSync(host.read, 'utf8')).toBe('host secret');
}

/** Processes whose command line carries this run's marker (the image's programs get it as an argument). */
function leftovers(): number[] {
  return readdirSync('/proc').flatMap((pid) => {
    if (!/^\d+$/.test(pid)) return [];
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
      return cmd.includes(MARKER) && state !== 'Z' ? [Number(pid)] : [];
    } catch {
      return [];
    }
  });
}

let seq = 0;
/** An image: a layer with the program at /app (plus `layers` below it), the config as given. */
async function image(
  program: string | undefined,
  config: Partial<ImageConfig['config']> = {},
  layers: LayerEntry[][] = [],
): Promise<ImageUnderTest> {
  const dir = join(scratch, `image-${++seq}`);
  mkdirSync(dir);
  const files = await Promise.all(
    [
      ...layers,
      [
        { name: 'tmp/', type: 'directory' as const, mode: 0o1777 },
        ...(program ? [{ name: 'app', mode: 0o755, data: readFileSync(bin[program]!) }] : []),
      ],
    ].map((entries, i) => writeLayer(join(dir, `layer${i}.tar.gz`), entries)),
  );
  return {
    platform: 'linux/amd64',
    config: {
      architecture: 'amd64',
      os: 'linux',
      config: {
        Entrypoint: ['/app', MARKER],
        Env: [
          'PATH=/bin',
          'PORT=8080',
          `TRIPWIRE_READ=${host.read}`,
          `TRIPWIRE_WRITE=${host.write}`,
          `LOOK_FOR_A=${SECRET.slice(0, 8)}`,
          `LOOK_FOR_B=${SECRET.slice(8)}`,
        ],
        ExposedPorts: { '8080/tcp': {} },
        User: '65532:65532',
        ...config,
      },
      rootfs: { type: 'layers', diff_ids: [] },
    } as ImageConfig,
    layers: files,
  };
}

const notices: string[] = [];
const options = (timeoutMs = 3000): ImageListeningOptions => ({
  setting: 'auto',
  tempDir: join(scratch, 'temp'),
  timeoutMs,
  log: () => undefined,
  notice: (m) => notices.push(m),
});

describe('layers that try to write outside the root', () => {
  async function unpack(layers: LayerEntry[][]) {
    const dir = mkdtempSync(join(scratch, 'unpack-'));
    const files = await Promise.all(layers.map((l, i) => writeLayer(join(dir, `l${i}.tar`), l, true)));
    const root = join(dir, 'root');
    mkdirSync(root);
    return { root, result: await unpackLayers(files, root) };
  }

  test('a symlink to a host directory, then a file through it: the file lands inside the root', async () => {
    const { root } = await unpack([
      [{ name: 'evil', type: 'symlink', linkname: host.dir }],
      [{ name: 'evil/written-by-image', data: 'x' }],
      [{ name: 'up', type: 'symlink', linkname: '../../../../../../..' }],
      [{ name: `up${host.dir}/written-by-image`, data: 'y' }],
    ]);
    expectHostUntouched();
    expect(readFileSync(join(root, host.dir, 'written-by-image'), 'utf8')).toBe('y');
  });

  test('`..` and absolute names stay inside the root', async () => {
    const { root } = await unpack([
      [
        { name: '../../../../escaped', data: 'a' },
        { name: `/${host.write.slice(1)}`, data: 'b' },
        { name: `./../..${host.write}`, data: 'c' },
      ],
    ]);
    expectHostUntouched();
    expect(readFileSync(join(root, 'escaped'), 'utf8')).toBe('a');
    expect(readFileSync(join(root, host.write), 'utf8')).toBe('c');
  });

  test('a symlink in the last place is replaced, never written through', async () => {
    const { root } = await unpack([
      [{ name: 'f', type: 'symlink', linkname: host.read }],
      [{ name: 'f', data: 'new' }],
    ]);
    expectHostUntouched();
    expect(readFileSync(join(root, 'f'), 'utf8')).toBe('new');
  });

  test('a hard link to a host file, directly or through a symlink: refused, no link made', async () => {
    await expect(unpack([[{ name: 'h', type: 'link', linkname: host.read }]])).rejects.toThrow(
      UnsafeLayerError,
    );
    await expect(
      unpack([
        [
          { name: 'evil', type: 'symlink', linkname: host.dir },
          { name: 'h', type: 'link', linkname: 'evil/secret.txt' },
        ],
      ]),
    ).rejects.toThrow(/hard link to evil\/secret.txt, which cannot be linked/);
    expect(statSync(host.read).nlink).toBe(1);
  });

  test('device nodes and FIFOs are not created; they are listed', async () => {
    const { root, result } = await unpack([
      [
        { name: 'opt/', type: 'directory' },
        { name: 'opt/kmsg', type: 'character-device', devmajor: 1, devminor: 11, mode: 0o666, uid: 65532 },
        { name: 'dev/sda', type: 'block-device', devmajor: 8, devminor: 0 },
        { name: 'fifo', type: 'fifo' },
      ],
    ]);
    expect(result.dropped).toEqual(['/opt/kmsg', '/dev/sda', '/fifo']);
    expect(existsSync(join(root, 'opt/kmsg'))).toBe(false);
    expect(existsSync(join(root, 'fifo'))).toBe(false);
  });

  test.each(['.wh..', '.wh...', '.wh.', 'sub/.wh..'])(
    'whiteout %s: a malformed layer, the root and its parent intact',
    async (name) => {
      const dir = mkdtempSync(join(scratch, 'wh-'));
      const l0 = await writeLayer(
        join(dir, 'l0.tar'),
        [
          { name: 'sub/', type: 'directory' },
          { name: 'keep', data: 'k' },
        ],
        true,
      );
      const l1 = await writeLayer(join(dir, 'l1.tar'), [{ name, data: '' }], true);
      const root = join(dir, 'root');
      mkdirSync(root);
      await expect(unpackLayers([l0, l1], root)).rejects.toThrow(/is a whiteout that names no entry/);
      expect(readFileSync(join(root, 'keep'), 'utf8')).toBe('k');
      expect(existsSync(join(dir, 'l0.tar'))).toBe(true);
    },
  );

  test("whiteouts that name an entry remove it; an opaque marker empties the lower layers' directory", async () => {
    const { root, result } = await unpack([
      [
        { name: 'a', data: '1' },
        { name: 'd/', type: 'directory' },
        { name: 'd/old', data: '2' },
      ],
      [{ name: '.wh.a' }, { name: 'd/.wh..wh..opq' }, { name: 'd/new', data: '3' }],
    ]);
    expect(existsSync(join(root, 'a'))).toBe(false);
    expect(readdirSync(join(root, 'd'))).toEqual(['new']);
    expect([...result.files.keys()].sort()).toEqual(['/d', '/d/new']);
  });

  test('a layer bigger than the cap stops at the cap', async () => {
    const dir = mkdtempSync(join(scratch, 'cap-'));
    const l0 = await writeLayer(join(dir, 'l0.tar.gz'), [{ name: 'big', data: Buffer.alloc(4096) }]);
    const root = join(dir, 'root');
    mkdirSync(root);
    await expect(
      unpackLayers([l0], root, { limits: { maxEntryBytes: 1024, maxTotalBytes: 2048, maxEntries: 10 } }),
    ).rejects.toThrow(/is 4096 bytes, over the cap of 1024/);
  });
});

(sandboxed ? describe : describe.skip)('entrypoints that attack the runner (real runc sandbox)', () => {
  afterEach(() => {
    expectHostUntouched();
    expect(leftovers()).toEqual([]);
  });

  test('a WorkingDir of /../../x is made inside the root, not on the host', async () => {
    const r = await checkImageListening(
      await image('escape', { WorkingDir: `/../../..${host.dir}/x` }),
      options(),
    );
    expect(r).toMatchObject({ status: 'passed', port: 8080 });
    expect(existsSync(join(host.dir, 'x'))).toBe(false);
  });

  test('the chroot escape reads and writes nothing of the host: passes on the port alone', async () => {
    const r = await checkImageListening(await image('escape'), options());
    expect(r).toMatchObject({ status: 'passed', port: 8080, user: '65532:65532' });
  });

  test('as root (an image without USER) too: no capability to chroot, nothing of the host', async () => {
    const r = await checkImageListening(await image('escape', { User: '' }), options());
    expect(r).toMatchObject({ status: 'passed', port: 8080 });
  });

  test("the runner's environment (a planted secret) is in no environ the image can read", async () => {
    const r = await checkImageListening(await image('environ', { User: '' }), options());
    expect(r).toMatchObject({ status: 'passed', port: 8080 });
  });

  test('/dev/kmsg, a device node of the layer and mknod: none writable', async () => {
    const devices = [
      { name: 'opt/', type: 'directory' as const },
      {
        name: 'opt/kmsg',
        type: 'character-device' as const,
        devmajor: 1,
        devminor: 11,
        mode: 0o666,
        uid: 65532,
      },
    ];
    const r = await checkImageListening(await image('kmsg', { User: '' }, [devices]), options());
    expect(r).toMatchObject({ status: 'passed', port: 8080 });
  });

  // No clock is read here (a loaded machine stretches any measured bound): a check that did not end would hit
  // the test's timeout, and what it must leave behind is asserted as a settled state — nothing of the image.
  test('a fork bomb is bounded and killed with the check', async () => {
    // Bounded by the pids limit, the Go runtime may fail to make a thread and exit: a clear failure, or a
    // pass when the listener came first; either way nothing is left.
    const verdict = await checkImageListening(await image('forkbomb'), options(5000)).then(
      (r) => r.status,
      (err: Error) => err.message,
    );
    expect(verdict).toMatch(/^passed$|^inconclusive$|exited \(code 2\) before listening/);
    expect(leftovers()).toEqual([]);
  }, 60_000);

  test('a double-forked setsid survivor dies with the check, and the check ends', async () => {
    await expect(checkImageListening(await image('survivor'), options(3000))).rejects.toThrow(
      /exited \(code 0\) before listening on the declared 8080/,
    );
    expect(leftovers()).toEqual([]);
  }, 60_000);

  test('a non-root User on port 80: refused before the push, naming the privileged port and the fixes', async () => {
    const img = await image('serve', { Env: ['PORT=80'], ExposedPorts: { '80/tcp': {} } });
    await expect(checkImageListening(img, options())).rejects.toThrow(
      /cannot listen on port 80: a port below 1024 is privileged, and the image's User 65532:65532 is not root/,
    );
    await expect(checkImageListening(img, options())).rejects.toThrow(
      /Its output \(last lines\):\npanic: listen tcp :80: bind: permission denied/,
    );
    // As root (no USER) the same image binds it, as it would in its pod.
    const asRoot = await image('serve', { Env: ['PORT=80'], ExposedPorts: { '80/tcp': {} }, User: '' });
    expect(await checkImageListening(asRoot, options())).toMatchObject({ status: 'passed', port: 80 });
  });

  test('a process that reports a failed listen and lingers fails at once, not inconclusive at the deadline', async () => {
    notices.length = 0;
    const img = await image('linger', { Env: ['PORT=80'], ExposedPorts: { '80/tcp': {} } });
    // The check's deadline (10 min) is far past the test's timeout: only a failure at once can pass.
    await expect(checkImageListening(img, options(600_000))).rejects.toThrow(
      /cannot listen on port 80: a port below 1024 is privileged.*never listened on the declared 80: it tried :80 \(permission denied\)/,
    );
    expect(notices).toEqual([]);
  }, 60_000);

  test('a process that never listens: inconclusive at the deadline, nothing left running', async () => {
    notices.length = 0;
    const r = await checkImageListening(await image('silent'), options(1000));
    expect(r.status).toBe('inconclusive');
    expect(notices.join('\n')).toMatch(/did not listen on any TCP port within \d+ ms \(declared 8080\)/);
  });
});
