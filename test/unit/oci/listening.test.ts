/*
 * What the listening check takes from an image config: the declared port and where it is stated, and
 * the command the image starts. The config is the one recorded from the test registry (see
 * test/unit/pipeline/fixtures); the variants change one field of it each.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { declaredPort, type ImageConfig, imageCommand, skipListening } from '../../../packages/oci/src/index';
import { unpackLayers } from '../../../packages/oci/src/sandbox/index';

const recorded = JSON.parse(
  readFileSync(new URL('../pipeline/fixtures/listen-ok.amd64.config.json', import.meta.url), 'utf8'),
) as ImageConfig;
const variant = (c: Partial<ImageConfig['config']>): ImageConfig => ({
  ...recorded,
  config: { ...recorded.config, ...c },
});

describe('the port an image declares', () => {
  test('the recorded image: ENV PORT, EXPOSE and the port input agree', () => {
    expect(declaredPort(recorded, 8080)).toEqual({
      port: 8080,
      by: ['ENV PORT', 'EXPOSE 8080/tcp', 'input port'],
      conflicts: [],
    });
  });

  test('an extra exposed port (metrics) is no conflict; exposing only another port is', () => {
    const metrics = variant({ ExposedPorts: { '8080/tcp': {}, '9100/tcp': {} } });
    expect(declaredPort(metrics, 8080).conflicts).toEqual([]);
    const other = variant({ ExposedPorts: { '3000/tcp': {} } });
    expect(declaredPort(other, 8080).conflicts).toEqual(['the image exposes only 3000/tcp']);
  });

  test('ENV PORT and the port input that differ are a conflict naming both', () => {
    expect(declaredPort(recorded, 9090)).toMatchObject({
      port: 8080,
      conflicts: ['input port says 9090'],
    });
  });

  test('no ENV PORT and no input: the one exposed port', () => {
    const env = recorded.config.Env!.filter((e) => !e.startsWith('PORT='));
    expect(declaredPort(variant({ Env: env }))).toEqual({
      port: 8080,
      by: ['EXPOSE 8080/tcp'],
      conflicts: [],
    });
    expect(declaredPort(variant({ Env: env, ExposedPorts: {} })).port).toBeUndefined();
  });
});

describe('the port an image declares through port-env', () => {
  test("ENV APP_PORT is the service's variable; an ENV PORT left by a base image is not", () => {
    const env = [...recorded.config.Env!.filter((e) => !e.startsWith('PORT=')), 'PORT=80', 'APP_PORT=8080'];
    expect(declaredPort(variant({ Env: env }), 8080, 'APP_PORT')).toEqual({
      port: 8080,
      by: ['ENV APP_PORT', 'EXPOSE 8080/tcp', 'input port'],
      conflicts: [],
    });
  });
});

describe('the command the image starts', () => {
  const root = mkdtempSync(join(tmpdir(), 'listen-root-'));
  mkdirSync(join(root, 'usr/local/bin'), { recursive: true });
  writeFileSync(join(root, 'usr/local/bin/hello'), '');

  test('Entrypoint + Cmd; an absolute entrypoint as stated', () => {
    expect(imageCommand(variant({ Cmd: ['--verbose'] }), root)).toEqual({
      argv: ['/usr/local/bin/hello', '--verbose'],
      program: '/usr/local/bin/hello',
    });
  });

  test('a bare name is looked up in the image PATH, inside the image root (not the host)', () => {
    expect(imageCommand(variant({ Entrypoint: ['hello'] }), root).program).toBe('/usr/local/bin/hello');
    expect(imageCommand(variant({ Entrypoint: ['sh'] }), root).program).toBeUndefined();
  });

  test("args replace Cmd as a Deployment's do, $(NAME) from the image's Env", () => {
    const config = variant({ Cmd: ['--verbose'], Env: [...recorded.config.Env!, 'APP_PORT=9000'] });
    expect(imageCommand(config, root, ['-port=$(APP_PORT)', '$(NOPE)']).argv).toEqual([
      '/usr/local/bin/hello',
      '-port=9000',
      '$(NOPE)',
    ]);
    expect(imageCommand(config, root, []).argv).toEqual(['/usr/local/bin/hello', '--verbose']);
  });

  test('a relative path is taken from WorkingDir', () => {
    expect(imageCommand(variant({ Entrypoint: ['./bin/app'], WorkingDir: '/srv' }), root).program).toBe(
      '/srv/bin/app',
    );
  });
});

describe('a check that cannot run', () => {
  test('auto: a notice saying why; true: an error naming the input; false: off, silently', () => {
    const notices: string[] = [];
    expect(skipListening('auto', 'no linux/amd64 image', (m) => notices.push(m))).toEqual({
      status: 'skipped',
      reason: 'no linux/amd64 image',
    });
    expect(notices).toEqual(['Listening check skipped: no linux/amd64 image.']);
    expect(() => skipListening('true', 'no linux/amd64 image', () => {})).toThrow(
      "Input 'listening-check': is true, but the listening check cannot run: no linux/amd64 image.",
    );
    expect(skipListening('false', 'x', (m) => notices.push(m)).status).toBe('off');
    expect(notices).toHaveLength(1);
  });
});

(process.getuid?.() === 0 ? describe : describe.skip)('unpacking for the check (as root)', () => {
  test("numeric owners and modes are recorded as the layer states them (the permission check reads them); on disk every entry is the sandbox user's", async () => {
    const src = mkdtempSync(join(tmpdir(), 'listen-layer-'));
    mkdirSync(join(src, 'app'));
    writeFileSync(join(src, 'app/server'), 'x', { mode: 0o700 });
    writeFileSync(join(src, 'app/config'), 'x', { mode: 0o600 });
    const layer = join(src, 'layer.tar');
    // Owners by number only: 4242 has no name on this host, so a name lookup could not restore it.
    execFileSync('tar', [
      '-c',
      '-f',
      layer,
      '-C',
      src,
      '--numeric-owner',
      '--owner=0',
      '--group=0',
      'app/server',
    ]);
    execFileSync('tar', [
      '-r',
      '-f',
      layer,
      '-C',
      src,
      '--numeric-owner',
      '--owner=4242',
      '--group=4343',
      'app/config',
    ]);
    const root = mkdtempSync(join(tmpdir(), 'listen-unpacked-'));
    const { files } = await unpackLayers([layer], root, {
      owner: { uid: 2_100_000_000, gid: 2_100_000_000 },
    });
    expect(files.get('/app/server')).toEqual({ uid: 0, gid: 0, mode: 0o700, type: 'file' });
    expect(files.get('/app/config')).toEqual({ uid: 4242, gid: 4343, mode: 0o600, type: 'file' });
    const server = statSync(join(root, 'app/server'));
    const config = statSync(join(root, 'app/config'));
    expect([server.uid, server.gid, server.mode & 0o7777]).toEqual([2_100_000_000, 2_100_000_000, 0o700]);
    expect([config.uid, config.gid, config.mode & 0o7777]).toEqual([2_100_000_000, 2_100_000_000, 0o600]);
  });
});
