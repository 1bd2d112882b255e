/*
 * The integrity rows the pipeline takes from the image as the registry serves it. The fixtures were
 * recorded from the test registry (skopeo inspect --raw / --config --raw of an image docker-multistage
 * pushed in its e2e test: acme/listen-ok:1.2.3, its linux/amd64 manifest and config), unchanged.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ImageConfig, PushedImage } from '../../../packages/oci/src/index.js';
import { checkIntegrity, integrityTable } from '../../../packages/pipeline/src/integrity';
import { imageObservations, listeningObservation } from '../../../packages/pipeline/src/observations';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const digestOf = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

const index = fixture('listen-ok.index.json');
const manifest = fixture('listen-ok.amd64.manifest.json');
const config = JSON.parse(fixture('listen-ok.amd64.config.json').toString()) as ImageConfig;
const REVISION = config.config.Labels!['org.opencontainers.image.revision']!;

/** As readPushedImage returns it for that image. */
const pushed = (tags: Record<string, string | undefined>): PushedImage => ({
  digest: digestOf(index),
  mediaType: JSON.parse(index.toString()).mediaType,
  platform: 'linux/amd64',
  manifestDigest: digestOf(manifest),
  config,
  tags,
});

describe('integrity rows from the image config read back from the registry', () => {
  test('the recorded image agrees with its build: ENV PORT, ExposedPorts, labels, digest and tag', () => {
    const rows = imageObservations(pushed({ '1.2.3': digestOf(index) }), { port: 8080, versionTag: '1.2.3' });
    expect(rows.map((r) => [r.subject, r.where, r.value])).toEqual([
      ['port', 'linux/amd64 config ENV PORT', '8080'],
      ['port', 'linux/amd64 config ExposedPorts', '8080'],
      ['version', 'linux/amd64 config label org.opencontainers.image.version', '1.2.3'],
      ['commit', 'linux/amd64 config label org.opencontainers.image.revision', REVISION],
      ['digest', 'manifest read back (index)', digestOf(index)],
      ['digest', 'tag :1.2.3', digestOf(index)],
    ]);
    const report = checkIntegrity(
      { port: 8080, version: '1.2.3', commit: REVISION, digest: digestOf(index) },
      rows,
    );
    expect(report.problems).toEqual([]);
    expect(report.rows.every((r) => r.status === 'agrees')).toBe(true);
  });

  test('a build that declared another port, version and commit fails, naming the image config and the agreeing place', () => {
    const rows = [
      { subject: 'port' as const, layer: 'binary', where: 'linux/amd64 -X main.port', value: '9090' },
      ...imageObservations(pushed({ '1.2.4': undefined }), { port: 9090, versionTag: '1.2.4' }),
    ];
    const report = checkIntegrity(
      { port: 9090, version: '1.2.4', commit: 'f'.repeat(40), digest: digestOf(index) },
      rows,
    );
    expect(report.consistent).toBe(false);
    expect(report.problems).toEqual([
      'port: image (registry) linux/amd64 config ENV PORT says 8080, but the build declared 9090 (as binary linux/amd64 -X main.port says)',
      'port: image (registry) linux/amd64 config ExposedPorts says 8080, but the build declared 9090 (as binary linux/amd64 -X main.port says)',
      'version: image (registry) linux/amd64 config label org.opencontainers.image.version says 1.2.3, but the build declared 1.2.4',
      `commit: image (registry) linux/amd64 config label org.opencontainers.image.revision says ${REVISION}, but the build declared ${'f'.repeat(40)}`,
      `digest: registry tag :1.2.4 says (no such tag), but the build declared ${digestOf(index)} (as registry manifest read back (index) says)`,
    ]);
    expect(integrityTable(report)).toContain('| image (registry) | linux/amd64 config ENV PORT | 8080 | ✗ |');
  });

  test('a second exposed port is listed; the application port must be among the exposed ones', () => {
    const two: ImageConfig = {
      ...config,
      config: { ...config.config, ExposedPorts: { '8080/tcp': {}, '9100/tcp': {} } },
    };
    const rows = (port: number) =>
      imageObservations({ ...pushed({}), config: two }, { port }).filter((r) =>
        r.where.endsWith('ExposedPorts'),
      );
    expect(rows(8080)[0]).toMatchObject({ value: 8080, note: 'exposes 8080, 9100' });
    expect(checkIntegrity({ port: 7000 }, rows(7000)).problems).toEqual([
      'port: image (registry) linux/amd64 config ExposedPorts says 8080, 9100, but the build declared 7000',
    ]);
  });

  test('the listening check becomes the "process listens on" row; a skipped check is a blank with its reason', () => {
    const passed = listeningObservation({
      status: 'passed',
      platform: 'linux/amd64',
      sandbox: 'root',
      isolation: 'a runc sandbox',
      port: 8080,
      ports: [8080],
    });
    expect(checkIntegrity({ port: 8080 }, [passed]).rows[0]).toMatchObject({
      where: 'process listens on (linux/amd64, in a runc sandbox)',
      status: 'agrees',
    });
    const skipped = listeningObservation({
      status: 'skipped',
      reason: 'the image has no linux/amd64 platform',
    });
    expect(checkIntegrity({ port: 8080 }, [skipped]).rows[0]).toMatchObject({
      status: 'absent',
      note: 'skipped: the image has no linux/amd64 platform',
    });
  });
});
