/*
 * mode: merge without a registry: the digests input parser, and the checks and order of planMerge on
 * manifests built by the same functions assemble uses (buildConfig/buildManifest/buildIndex).
 */
import type { ImageReference } from '@goship/contract';
import {
  buildConfig,
  buildIndex,
  buildManifest,
  formatPlatform,
  indexAnnotations,
  jsonBlob,
  MediaType,
  type Platform,
  type PlatformManifest,
  parseDigests,
  parsePlatform,
  planMerge,
  sha256,
} from '../../../packages/oci/src/index.js';

const image: ImageReference = { registry: 'localhost:5000', repository: 'acme/hello' };
const d = (s: string) => sha256(s);

describe('parseDigests', () => {
  test('bare digests, name@digest, commas and blank lines; the same digest twice is one image', () => {
    const refs = parseDigests(`${d('a')}\n\n localhost:5000/acme/hello@${d('b')} ,${d('a')}\n`, image);
    expect(refs).toEqual([
      { ...image, digest: d('a'), tag: undefined },
      { ...image, digest: d('b'), tag: undefined },
    ]);
  });

  test('a JSON list of strings, of metadata objects, and JSON lines (a directory of metadata files)', () => {
    const meta = (x: string) => ({ image: `localhost:5000/acme/hello@${d(x)}`, digest: d(x), tags: [] });
    expect(parseDigests(JSON.stringify([d('a'), `localhost:5000/acme/hello@${d('b')}`]), image)).toHaveLength(
      2,
    );
    expect(parseDigests(JSON.stringify([meta('a'), meta('b')]), image).map((r) => r.digest)).toEqual([
      d('a'),
      d('b'),
    ]);
    expect(parseDigests(`${JSON.stringify(meta('a'))}\n${d('b')}`, image).map((r) => r.digest)).toEqual([
      d('a'),
      d('b'),
    ]);
  });

  test.each([
    ['', "Input 'digests': is empty"],
    ['sha256:abc', "Input 'digests': 'sha256:abc' is not a digest (sha256: and 64 lower-case hex digits)"],
    ['localhost:5000/acme/hello:1.0', "'localhost:5000/acme/hello:1.0' names no digest"],
    [`localhost:5000/acme/other@${d('a')}`, 'is in localhost:5000/acme/other, not in the image repository'],
    ['[{"nope":1}]', "JSON entry 0 has neither 'image' (name@digest) nor 'digest'"],
    ['[1, 2', 'starts like JSON but is not JSON'],
  ])('refused: %j', (raw, message) => {
    expect(() => parseDigests(raw, image)).toThrow(message);
  });
});

/** A platform image as assemble builds it (config labels + manifest annotations), read back as merge does. */
function platformImage(
  platformText: string,
  labels: Record<string, string>,
  extraAnnotations: Record<string, string> = {},
): PlatformManifest {
  const platform = parsePlatform(platformText)!;
  const config = jsonBlob(
    buildConfig(undefined, platform, { entrypoint: ['/app'], labels, created: labels.created ?? '' }, [
      { diffId: d(`layer ${platformText}`), createdBy: 'test' },
    ]),
    MediaType.ociConfig,
  );
  const layer = { mediaType: MediaType.ociLayerGzip, digest: d(`gz ${platformText}`), size: 10 };
  const manifest = buildManifest(config, [layer], { ...labels, ...extraAnnotations });
  return {
    reference: { ...image, digest: manifest.descriptor.digest },
    platform,
    manifest,
    annotations: { ...labels, ...extraAnnotations },
    labels,
    size: config.descriptor.size + 10,
    layers: [layer],
  };
}

const v = (version: string, revision: string) => ({
  'org.opencontainers.image.version': version,
  'org.opencontainers.image.revision': revision,
});

describe('planMerge', () => {
  const amd = platformImage('linux/amd64', v('1.2.3', 'abc'));
  const arm = platformImage('linux/arm64', v('1.2.3', 'abc'));
  const armV7 = platformImage('linux/arm/v7', v('1.2.3', 'abc'));
  const names = (list: PlatformManifest[]) => list.map((i) => formatPlatform(i.platform));

  test('ordered by platform name by default, whatever order the digests came in', () => {
    expect(names(planMerge([arm, amd, armV7], []))).toEqual(['linux/amd64', 'linux/arm/v7', 'linux/arm64']);
  });

  test('platforms given in another order: still by name; the index equals the one assemble builds', () => {
    const order: Platform[] = [parsePlatform('linux/arm64')!, parsePlatform('linux/amd64')!];
    const planned = planMerge([arm, amd], order);
    expect(names(planned)).toEqual(['linux/amd64', 'linux/arm64']);
    const merged = buildIndex(
      planned.map((i) => ({ manifest: i.manifest, platform: i.platform })),
      indexAnnotations(planned[0]!.annotations),
    );
    const assembled = buildIndex(
      [
        { manifest: amd.manifest, platform: { os: 'linux', architecture: 'amd64' } },
        { manifest: arm.manifest, platform: { os: 'linux', architecture: 'arm64' } },
      ],
      v('1.2.3', 'abc'),
    );
    expect(merged.data.equals(assembled.data)).toBe(true);
  });

  test('platforms naming one without a digest, or missing one that has a digest: refused', () => {
    expect(() => planMerge([amd], [parsePlatform('linux/amd64')!, parsePlatform('linux/arm64')!])).toThrow(
      "Input 'platforms': no digest for linux/arm64 (the digests are for linux/amd64)",
    );
    expect(() => planMerge([amd, arm], [parsePlatform('linux/amd64')!])).toThrow(
      "Input 'platforms': digests for linux/arm64 not listed",
    );
  });

  test('two images for one platform: refused, naming both digests', () => {
    const other = platformImage('linux/amd64', { ...v('1.2.3', 'abc'), extra: 'x' });
    expect(() => planMerge([amd, arm, other], [])).toThrow(
      `Input 'digests': two images for linux/amd64: ${amd.manifest.descriptor.digest} and ${other.manifest.descriptor.digest}`,
    );
  });

  test('different versions, then different commits: refused with each image’s value', () => {
    expect(() => planMerge([amd, platformImage('linux/arm64', v('1.2.4', 'abc'))], [])).toThrow(
      /different versions \(label org\.opencontainers\.image\.version\): linux\/amd64 sha256:[0-9a-f]{12} = 1\.2\.3, linux\/arm64 sha256:[0-9a-f]{12} = 1\.2\.4/,
    );
    expect(() => planMerge([amd, platformImage('linux/arm64', v('1.2.3', 'def'))], [])).toThrow(
      /different commits \(label org\.opencontainers\.image\.revision\).* = abc, .* = def/,
    );
  });

  test('per-platform base annotations are not index annotations; other differing annotations are refused', () => {
    const withBase = platformImage('linux/arm64', v('1.2.3', 'abc'), {
      'org.opencontainers.image.base.name': 'localhost:5000/lib/static',
      'org.opencontainers.image.base.digest': d('base'),
    });
    expect(names(planMerge([amd, withBase], []))).toEqual(['linux/amd64', 'linux/arm64']);
    const labelled = platformImage('linux/arm64', v('1.2.3', 'abc'), { team: 'x' });
    expect(() => planMerge([amd, labelled], [])).toThrow(
      "Input 'digests': linux/amd64 and linux/arm64 differ in the annotations team",
    );
  });
});
