/*
 * The hostile-input suite's images (issue 17): dist/docker-multistage under Node 24, as the runner runs it,
 * against base images an attacker controls, served by the real registry, and an entrypoint that attacks the
 * step that checks it. The base image's layers plant `evil -> <host dir>` and then write `evil/…`; the
 * program (the go-build artifact) hunts for the registry password in every environ it can open, tries the
 * chroot escape on a host tripwire and leaves a setsid survivor. The action must pass on the port alone
 * (a clear failure would be a mismatch naming the attack), create, change and read nothing of the host, and
 * end with no process left. (The same attacks one by one, with device nodes, whiteouts, hard links and a
 * fork bomb: test/unit/oci/sandbox-hostile.test.ts.)
 * Run: GOSHIP_INFRA=go-mirror,registry npm run test:e2e -- test/e2e/hostile-images.test.ts
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { jest } from '@jest/globals';
import { requireEnv } from '../harness/infra.js';
import { runAction } from '../harness/run-action.js';
import { buildGoPrograms } from '../unit/oci/fixtures/go-programs.js';
import { type LayerEntry, writeLayer } from '../unit/oci/fixtures/layers.js';

jest.setTimeout(300_000);
const run = promisify(execFile);

const MARKER = `goship-hostile-image-${process.pid}`;
const PASSWORD = `registry-password-${MARKER}`;
const infra = requireEnv('REGISTRY');
const scratch = mkdtempSync(join(tmpdir(), 'goship-hostile-images-'));
const host = { dir: join(scratch, 'host'), secret: join(scratch, 'host', 'secret.txt') };
let repo: string;
let program: string;

/** Listens on $PORT when every attack failed, on $PORT+1 (a mismatch the action reports) otherwise. */
const ATTACKER = `package main
import ("fmt"; "net"; "os"; "os/exec"; "path/filepath"; "strconv"; "strings"; "syscall"; "time")
func main() {
	if len(os.Args) > 1 && os.Args[1] == "survivor" { time.Sleep(time.Hour); return }
	p, _ := strconv.Atoi(os.Getenv("PORT"))
	c := exec.Command(os.Args[0], "survivor", "${MARKER}"); c.Stdout = os.Stdout
	c.SysProcAttr = &syscall.SysProcAttr{Setsid: true}; c.Start()
	paths, _ := filepath.Glob("/proc/*/environ")
	for _, f := range paths {
		if b, err := os.ReadFile(f); err == nil && strings.Contains(string(b), "registry-password-") { fmt.Println("found", f); p++ }
	}
	os.Mkdir("/tmp/x", 0755)
	if syscall.Chroot("/tmp/x") == nil { for i := 0; i < 64; i++ { syscall.Chdir("..") }; syscall.Chroot(".") }
	if _, err := os.ReadFile("${host.secret}"); err == nil { fmt.Println("read the host"); p++ }
	if os.WriteFile("${host.dir}/from-image", []byte("x"), 0644) == nil { p++ }
	l, err := net.Listen("tcp", ":"+strconv.Itoa(p)); if err != nil { panic(err) }
	defer l.Close(); time.Sleep(time.Hour)
}`;

const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** An OCI layout holding one linux/amd64 image of the given layers, copied to the registry by skopeo. */
async function pushBase(ref: string, layers: LayerEntry[][]): Promise<void> {
  const dir = mkdtempSync(join(scratch, 'layout-'));
  const blobs = join(dir, 'blobs', 'sha256');
  mkdirSync(blobs, { recursive: true });
  const put = (b: Buffer) => {
    const d = sha256(b);
    writeFileSync(join(blobs, d.slice(7)), b);
    return { digest: d, size: b.length };
  };
  const plainLayers = await Promise.all(layers.map((l, i) => writeLayer(join(dir, `l${i}.tar`), l, true)));
  const descs = plainLayers.map((f) => put(readFileSync(f)));
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Env: ['PATH=/usr/bin:/bin'], User: '65532:65532' },
      rootfs: { type: 'layers', diff_ids: descs.map((d) => d.digest) },
    }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...put(config) },
      layers: descs.map((d) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...d })),
    }),
  );
  const m = put(manifest);
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          ...m,
          annotations: { 'org.opencontainers.image.ref.name': 'base' },
        },
      ],
    }),
  );
  await run('skopeo', ['copy', '-q', '--dest-tls-verify=false', `oci:${dir}:base`, `docker://${ref}`]);
}

function expectHostUntouched() {
  expect(readdirSync(host.dir)).toEqual(['secret.txt']);
  expect(readFileSync(host.secret, 'utf8')).toBe('host secret');
}

/** Processes carrying the marker (the attacker's survivor). */
function leftovers(): string[] {
  return readdirSync('/proc').flatMap((pid) => {
    try {
      return /^\d+$/.test(pid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(MARKER) ? [pid] : [];
    } catch {
      return [];
    }
  });
}

beforeAll(async () => {
  mkdirSync(host.dir);
  writeFileSync(host.secret, 'host secret');
  program = (await buildGoPrograms({ attacker: ATTACKER })).attacker!;
  repo = mkdtempSync(join(scratch, 'repo-'));
  writeFileSync(join(repo, 'README'), 'x');
  const git = (args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
      },
    });
  git(['init', '-q', '-b', 'main']);
  git(['add', '.']);
  git(['commit', '-q', '-m', 'x']);
  git(['tag', 'v1.0.0']);
}, 240_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('a base image that plants a symlink to the host and writes through it, and an entrypoint that hunts the registry password, escapes chroot and leaves a survivor: passes on the port alone, the host untouched, nothing left running', async () => {
  const base = `${infra.REGISTRY}/hostile/base:1`;
  await pushBase(base, [
    [
      { name: 'tmp/', type: 'directory', mode: 0o1777 },
      { name: 'evil', type: 'symlink', linkname: host.dir },
      { name: 'opt/', type: 'directory' },
      { name: 'opt/kmsg', type: 'character-device', devmajor: 1, devminor: 11, mode: 0o666, uid: 65532 },
    ],
    [{ name: 'evil/from-image', data: 'written through the symlink' }],
  ]);
  const data = readFileSync(program);
  const artifacts = JSON.stringify([
    {
      name: 'hello',
      os: 'linux',
      arch: 'amd64',
      path: program,
      sha256: sha256(data).slice(7),
      size: data.length,
    },
  ]);
  const r = await runAction('docker-multistage', {
    inputs: {
      image: `${infra.REGISTRY}/hostile/app`,
      base,
      artifacts,
      port: '8080',
      'listening-check': 'true',
      'registry-username': 'u',
      'registry-password': PASSWORD,
    },
    env: { GITHUB_REF: 'refs/tags/v1.0.0', GITHUB_EVENT_NAME: 'push', HOME: scratch },
    workspace: repo,
    timeoutMs: 240_000,
  });
  expect(r.errors).toBe('');
  expect(r.outputs['listening-port']).toBe('8080');
  // The password reaches the log only inside the command that registers it as a secret.
  expect(r.stdout.replace(`::add-mask::${PASSWORD}`, '')).not.toContain(PASSWORD);
  expectHostUntouched();
  expect(leftovers()).toEqual([]);
});
