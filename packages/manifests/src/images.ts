/*
 * Image pinning: replace container and initContainer images by digest references, matching by the
 * repository as the container runtime reads it (registry host with port, Docker Hub short names), so
 * `localhost:5000/app:dev`, `docker.io/library/nginx` and `nginx:1.27` all match what they should and
 * nothing else. An entry that replaces nothing is an error: deploying the old image silently is the
 * classic failure of tag-substituting deploy actions.
 */
import { type ImageReference, InvalidReferenceError, parseReference, repositoryName } from '@goship/contract';
import { InputError, UserError } from '@goship/kit';
import { describe, locate, type Manifest, where } from './model.js';
import { containersOf, podTemplateOf } from './workloads.js';

export interface ImagePin {
  /** The input line, for messages. */
  entry: string;
  /** `registry/repository` that container images must have to be replaced. */
  repository: string;
  /** The replacement, as given (it carries a digest). */
  image: string;
}

export interface PinnedImage {
  object: string;
  container: string;
  from: string;
  to: string;
  file?: string;
  line?: number;
}

/** `name=ref@sha256:…` (replace images of repository `name`) or `ref@sha256:…` (images of ref's own repository). */
export function parseImagePins(input: string, lines: string[]): ImagePin[] {
  const pins: ImagePin[] = [];
  const form = "'repository=image@sha256:<digest>' or 'image@sha256:<digest>', one per line";
  for (const entry of lines) {
    const eq = entry.indexOf('=');
    const name = eq >= 0 ? entry.slice(0, eq).trim() : undefined;
    const image = (eq >= 0 ? entry.slice(eq + 1) : entry).trim();
    let ref: ImageReference;
    let match: ImageReference;
    try {
      ref = parseReference(image);
      match = name !== undefined ? parseReference(name) : ref;
    } catch (e) {
      if (e instanceof InvalidReferenceError)
        throw new InputError(input, `entry '${entry}': ${e.message}`, form);
      throw e;
    }
    if (!ref.digest) {
      throw new InputError(
        input,
        `entry '${entry}' has no digest`,
        form,
        'Pin by digest (the docker-multistage output `image` is one); a tag can move after the check.',
      );
    }
    if (name !== undefined && (match.tag || match.digest)) {
      throw new InputError(
        input,
        `entry '${entry}': the name before '=' must be a repository without tag or digest`,
        form,
      );
    }
    const repository = repositoryName(match);
    if (pins.some((p) => p.repository === repository)) {
      throw new InputError(input, `repository ${repository} is given twice`, 'each repository once');
    }
    pins.push({ entry, repository, image });
  }
  return pins;
}

/** The pin of one image given typed (docker-multistage's pinned reference): its repository → it. */
export function imagePin(image: string): ImagePin {
  return { entry: image, repository: repositoryName(parseReference(image)), image };
}

export interface ImageScan {
  pinned: PinnedImage[];
  /** Images without a digest after pinning (a tag can move between check and deploy). */
  mutable: { object: string; container: string; image: string; file?: string; line?: number }[];
  errors: UserError[];
}

/** Applies pins in place and checks every container image reference. */
export function pinImages(manifests: Manifest[], pins: ImagePin[]): ImageScan {
  const scan: ImageScan = { pinned: [], mutable: [], errors: [] };
  const used = new Set<ImagePin>();
  const seen: string[] = [];
  for (const m of manifests) {
    const t = podTemplateOf(m);
    if (!t) continue;
    for (const c of containersOf(t)) {
      const path = [...c.path, 'image'];
      const image = c.container.image;
      const loc = locate(m, path);
      if (typeof image !== 'string' || image.trim() === '') {
        scan.errors.push(
          new UserError(`${describe(m)} container ${c.name} has no image (${where(m, path)})`, {
            location: loc,
            hint: 'Set containers[].image; the API server rejects a container without one.',
          }),
        );
        continue;
      }
      let ref: ImageReference;
      try {
        ref = parseReference(image);
      } catch (e) {
        if (!(e instanceof InvalidReferenceError)) throw e;
        scan.errors.push(
          new UserError(`${describe(m)} container ${c.name}: ${e.message} (${where(m, path)})`, {
            location: loc,
            hint: 'The kubelet would fail with InvalidImageName.',
          }),
        );
        continue;
      }
      seen.push(image);
      const repo = repositoryName(ref);
      const pin = pins.find((p) => p.repository === repo);
      if (pin) {
        used.add(pin);
        c.container.image = pin.image;
        scan.pinned.push({
          object: describe(m),
          container: c.name,
          from: image,
          to: pin.image,
          file: loc?.file,
          line: loc?.line,
        });
      } else if (!ref.digest) {
        scan.mutable.push({
          object: describe(m),
          container: c.name,
          image,
          file: loc?.file,
          line: loc?.line,
        });
      }
    }
  }
  for (const pin of pins) {
    if (used.has(pin)) continue;
    scan.errors.push(
      new UserError(
        `Input 'images': entry '${pin.entry}' replaced nothing: no container image has repository ${pin.repository}`,
        {
          hint: seen.length
            ? `Images in the rendered set: ${[...new Set(seen)].join(', ')}. Match one of their repositories (registry host and port included).`
            : 'The rendered set has no containers.',
        },
      ),
    );
  }
  return scan;
}
