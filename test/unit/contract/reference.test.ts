import {
  digestReference,
  familiarReference,
  formatReference,
  InvalidReferenceError,
  isDigest,
  isValidTag,
  lowercaseName,
  parseReference,
  pinReference,
  splitPinnedReference,
} from '@goship/contract';

const D = `sha256:${'a'.repeat(64)}`;

describe('parseReference', () => {
  test.each([
    ['nginx', 'docker.io', 'library/nginx', undefined, undefined],
    ['nginx:1.27', 'docker.io', 'library/nginx', '1.27', undefined],
    ['acme/app', 'docker.io', 'acme/app', undefined, undefined],
    ['docker.io/nginx', 'docker.io', 'library/nginx', undefined, undefined],
    ['index.docker.io/acme/app:v1', 'docker.io', 'acme/app', 'v1', undefined],
    ['localhost/app', 'localhost', 'app', undefined, undefined],
    ['localhost:5000/app', 'localhost:5000', 'app', undefined, undefined],
    ['127.0.0.1:5000/team/app:1.2.3', '127.0.0.1:5000', 'team/app', '1.2.3', undefined],
    [`registry.example.com:443/team/app:tag@${D}`, 'registry.example.com:443', 'team/app', 'tag', D],
    [`ghcr.io/o/r@${D}`, 'ghcr.io', 'o/r', undefined, D],
    [
      'gcr.io/distroless/static-debian12:nonroot',
      'gcr.io',
      'distroless/static-debian12',
      'nonroot',
      undefined,
    ],
    ['[::1]:5000/app:x', '[::1]:5000', 'app', 'x', undefined],
    ['a/b__c/d-e.f_g:_tag', 'docker.io', 'a/b__c/d-e.f_g', '_tag', undefined],
  ])('%s', (text, registry, repository, tag, digest) => {
    expect(parseReference(text)).toEqual({ registry, repository, tag, digest });
  });

  test.each([
    ['', /empty/],
    ['Nginx', /lower-case/],
    ['app:-bad', /tag '-bad'/],
    [`app:${'x'.repeat(129)}`, /tag/],
    ['app@sha256:abc', /digest/],
    ['localhost:99999/app', /registry/],
    ['a//b', /path component ''/],
    ['app/', /path component/],
    ['a/b_-c', /path component 'b_-c'/],
    [':tag', /repository name is empty/],
  ])('rejects %s', (text, message) => {
    expect(() => parseReference(text)).toThrow(InvalidReferenceError);
    expect(() => parseReference(text)).toThrow(message);
  });

  test('formats', () => {
    const ref = parseReference('nginx:1.27');
    expect(formatReference(ref)).toBe('docker.io/library/nginx:1.27');
    expect(familiarReference(ref)).toBe('nginx:1.27');
    expect(familiarReference(parseReference('localhost:5000/app:x'))).toBe('localhost:5000/app:x');
    expect(digestReference(parseReference('localhost:5000/app:x'), D)).toBe(`localhost:5000/app@${D}`);
  });

  test('lowercaseName keeps the tag and digest as written', () => {
    expect(lowercaseName('ghcr.io/Acme/Hello:V1.2')).toBe('ghcr.io/acme/hello:V1.2');
    expect(lowercaseName(`Localhost:5000/App@${D}`)).toBe(`localhost:5000/app@${D}`);
    expect(lowercaseName('Acme/App')).toBe('acme/app');
  });

  test('tag grammar', () => {
    for (const ok of ['latest', '1.2.3', 'sha-abc1234', '_x', 'A.b-c_d', 'x'.repeat(128)])
      expect(isValidTag(ok)).toBe(true);
    for (const bad of ['', '.x', '-x', 'a/b', 'a+b', 'x'.repeat(129), 'feature/x'])
      expect(isValidTag(bad)).toBe(false);
  });
});

describe('the digest images are pinned by', () => {
  test('isDigest: sha256 and 64 lower-case hex digits only', () => {
    expect(isDigest(D)).toBe(true);
    for (const bad of [
      `sha256:${'A'.repeat(64)}`,
      `sha256:${'a'.repeat(63)}`,
      `sha512:${'a'.repeat(128)}`,
      'sha256:',
    ])
      expect(isDigest(bad)).toBe(false);
  });

  test('pinReference and splitPinnedReference are inverses', () => {
    const pinned = pinReference('ghcr.io/acme/app', D);
    expect(pinned).toBe(`ghcr.io/acme/app@${D}`);
    expect(splitPinnedReference(pinned)).toEqual({ name: 'ghcr.io/acme/app', digest: D });
    expect(splitPinnedReference(`docker-pullable://ghcr.io/acme/app@${D}`)?.digest).toBe(D);
    for (const bad of [
      'ghcr.io/acme/app:1.2.3',
      `ghcr.io/acme/app@${D.slice(0, -1)}`,
      `ghcr.io/acme/app@${D}x`,
    ])
      expect(splitPinnedReference(bad)).toBeUndefined();
  });
});
