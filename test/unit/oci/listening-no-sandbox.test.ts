/*
 * Where no sandbox can be made, the image's code is not run: `auto` skips the check with a notice that says
 * why and how to enable it, `true` fails before anything is pushed, and only `unsandboxed`, asked for by
 * name, runs it on the runner (with a notice saying what that exposes). No runtime is simulated by naming a
 * runc that does not exist (GOSHIP_RUNC, read once per process: this file runs in a module registry of its
 * own).
 */

import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import {
  checkImageListening,
  type ImageConfig,
  type ImageListeningOptions,
} from '../../../packages/oci/src/index';
import { buildGoPrograms } from './fixtures/go-programs.js';
import { writeLayer } from './fixtures/layers.js';

// Each check starts a container: seconds under a loaded CI machine, not the 5 s default.
jest.setTimeout(60_000);

process.env.GOSHIP_RUNC = '/nonexistent/runc';
const scratch = mkdtempSync(join(tmpdir(), 'goship-no-sandbox-'));
chmodSync(scratch, 0o755);
const marker = join(scratch, 'ran');
let layers: string[];

beforeAll(async () => {
  // Touches a marker file on the host when it runs at all, then serves $PORT.
  const { serve } = await buildGoPrograms({
    serve: `package main
import ("net"; "os"; "time")

func main() {
	os.WriteFile(os.Getenv("MARKER"), []byte("ran"), 0644)
	l, err := net.Listen("tcp", "127.0.0.1:"+os.Getenv("PORT")); if err != nil { panic(err) }
	defer l.Close(); time.Sleep(time.Hour)
}`,
  });
  layers = [
    await writeLayer(join(scratch, 'layer.tar.gz'), [
      { name: 'app', mode: 0o755, data: readFileSync(serve!) },
    ]),
  ];
}, 240_000);
afterAll(() => {
  delete process.env.GOSHIP_RUNC;
  rmSync(scratch, { recursive: true, force: true });
});

const image = async (port: number) => ({
  platform: 'linux/amd64',
  config: {
    architecture: 'amd64',
    os: 'linux',
    config: { Entrypoint: ['/app'], Env: [`PORT=${port}`, `MARKER=${marker}`] },
    rootfs: { type: 'layers', diff_ids: [] },
  } as ImageConfig,
  layers,
});
const notices: string[] = [];
const options = (setting: ImageListeningOptions['setting']): ImageListeningOptions => ({
  setting,
  tempDir: join(scratch, 'temp'),
  timeoutMs: 3000,
  log: () => undefined,
  notice: (m) => notices.push(m),
});

beforeEach(() => {
  notices.length = 0;
  rmSync(marker, { force: true });
});

test('auto: skipped with a notice naming why and how to enable it; nothing ran, nothing unpacked', async () => {
  const r = await checkImageListening(await image(18080), options('auto'));
  expect(r.status).toBe('skipped');
  expect(notices).toEqual([
    expect.stringMatching(
      /^Listening check skipped: no sandbox can be made on this runner: no OCI runtime: GOSHIP_RUNC names \/nonexistent\/runc, which does not exist\. To enable it: run the step as root, .*sysctl -w kernel\.apparmor_restrict_unprivileged_userns=0.*password-less sudo and runc/,
    ),
  ]);
  expect(readdirSync(scratch)).not.toContain('ran');
  expect(() => readdirSync(join(scratch, 'temp'))).toThrow(); // no root unpacked
});

test('true: an error before anything is pushed, with the same reason', async () => {
  await expect(checkImageListening(await image(18081), options('true'))).rejects.toThrow(
    "Input 'listening-check': is true, but the listening check cannot run: no sandbox can be made on this runner: no OCI runtime",
  );
  expect(readdirSync(scratch)).not.toContain('ran');
});

test('unsandboxed, asked for by name: runs on the runner, with a notice saying what that exposes', async () => {
  mkdirSync(join(scratch, 'temp'), { recursive: true });
  const r = await checkImageListening(await image(18082), options('unsandboxed'));
  expect(r).toMatchObject({ status: 'passed', port: 18082, sandbox: 'unsandboxed' });
  expect(notices[0]).toMatch(/without isolation: it can read this step's environment and files/);
  expect(readFileSync(marker, 'utf8')).toBe('ran');
});
