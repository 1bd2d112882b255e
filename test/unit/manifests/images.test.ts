import { InputError } from '@goship/kit';
import {
  type Manifest,
  parseImagePins,
  parseManifests,
  pinImages,
} from '../../../packages/manifests/src/index.js';
import { thrown } from './helpers.js';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

function pod(images: string[], init: string[] = []): Manifest[] {
  const list = (xs: string[]) =>
    xs.map((image, i) => `    - name: c${i}\n      image: ${JSON.stringify(image)}\n`).join('');
  const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${init.length ? `  initContainers:\n${list(init)}` : ''}  containers:\n${list(images)}`;
  return parseManifests(text, { file: 'pod.yaml', via: 'files', linesAreInFile: true });
}
const images = (ms: Manifest[]) =>
  ms.flatMap((m) => {
    const spec = m.object.spec as { containers: { image: string }[]; initContainers?: { image: string }[] };
    return [...(spec.initContainers ?? []), ...spec.containers].map((c) => c.image);
  });

describe('parseImagePins', () => {
  test('name=ref@digest and bare ref@digest, repositories normalized', () => {
    expect(parseImagePins('images', [`app=localhost:5000/acme/app@${D1}`, `nginx:1.27@${D2}`])).toEqual([
      {
        entry: `app=localhost:5000/acme/app@${D1}`,
        repository: 'docker.io/library/app',
        image: `localhost:5000/acme/app@${D1}`,
      },
      { entry: `nginx:1.27@${D2}`, repository: 'docker.io/library/nginx', image: `nginx:1.27@${D2}` },
    ]);
  });

  test('entries without a digest, with a tag in the name, invalid or repeated are input errors', () => {
    const e = thrown(() => parseImagePins('images', ['ghcr.io/acme/app:1.0']));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe(
      "Input 'images': entry 'ghcr.io/acme/app:1.0' has no digest. Expected 'repository=image@sha256:<digest>' or 'image@sha256:<digest>', one per line.",
    );
    expect(thrown(() => parseImagePins('images', [`app:1=app@${D1}`])).message).toMatch(
      /the name before '=' must be a repository without tag or digest/,
    );
    expect(thrown(() => parseImagePins('images', [`Bad/App@${D1}`])).message).toMatch(
      /is not a valid image reference/,
    );
    expect(
      thrown(() => parseImagePins('images', [`app@${D1}`, `docker.io/library/app@${D2}`])).message,
    ).toMatch(/repository docker.io\/library\/app is given twice/);
  });
});

describe('pinImages', () => {
  test('replaces containers and initContainers whose repository matches, registry ports and Docker Hub names included', () => {
    const ms = pod(
      ['localhost:5000/app:dev', 'docker.io/library/nginx:1.27', 'localhost:5001/app:dev'],
      ['nginx'],
    );
    const scan = pinImages(ms, parseImagePins('images', [`localhost:5000/app@${D1}`, `nginx@${D2}`]));
    expect(scan.errors).toEqual([]);
    expect(images(ms)).toEqual([
      `nginx@${D2}`,
      `localhost:5000/app@${D1}`,
      `nginx@${D2}`,
      'localhost:5001/app:dev',
    ]);
    expect(scan.pinned.map((p) => [p.container, p.from, p.line])).toEqual([
      ['c0', 'nginx', 8],
      ['c0', 'localhost:5000/app:dev', 11],
      ['c1', 'docker.io/library/nginx:1.27', 13],
    ]);
    expect(scan.mutable.map((m) => m.image)).toEqual(['localhost:5001/app:dev']);
  });

  test('a name= entry replaces a placeholder repository', () => {
    const ms = pod(['app']);
    pinImages(ms, parseImagePins('images', [`app=ghcr.io/acme/hello@${D1}`]));
    expect(images(ms)).toEqual([`ghcr.io/acme/hello@${D1}`]);
  });

  test('an entry that replaced nothing is an error listing the images there are', () => {
    const scan = pinImages(
      pod(['localhost:5000/app:dev']),
      parseImagePins('images', [`localhost:5000/other@${D1}`]),
    );
    expect(scan.errors.map((e) => [e.message, e.hint])).toEqual([
      [
        `Input 'images': entry 'localhost:5000/other@${D1}' replaced nothing: no container image has repository localhost:5000/other`,
        'Images in the rendered set: localhost:5000/app:dev. Match one of their repositories (registry host and port included).',
      ],
    ]);
  });

  test('a container without an image, or with an invalid one, is an error at its line', () => {
    const scan = pinImages(pod(['', 'Nginx:1.27']), []);
    expect(scan.errors.map((e) => e.location?.line)).toEqual([8, 10]);
    expect(scan.errors[0]!.message).toBe('Pod/p container c0 has no image (pod.yaml:8)');
    expect(scan.errors[1]!.message).toMatch(
      /^Pod\/p container c1: 'Nginx:1.27' is not a valid image reference: .* \(pod.yaml:10\)$/,
    );
    expect(scan.errors[1]!.hint).toBe('The kubelet would fail with InvalidImageName.');
  });
});
