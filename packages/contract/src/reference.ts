/*
 * Image references as the Docker/OCI tooling reads them (distribution/reference's grammar):
 *   [registry[:port]/]path[:tag][@algorithm:hex]
 * The first path component is a registry only when it contains '.' or ':' or is 'localhost' (or is
 * upper-case, which a repository path never may be); otherwise the reference is on Docker Hub, where a
 * single-component name lives under `library/` (`nginx` → docker.io/library/nginx).
 * In the contract because every stage reads references: docker-multistage writes `repo@digest`,
 * render-manifests pins images by it, k8s-rollout's fleet mirrors it and compares digests.
 */

export const DOCKER_HUB = 'docker.io';
/** The host that actually serves Docker Hub's Distribution API. */
export const DOCKER_HUB_API = 'registry-1.docker.io';

/** Registry tag grammar (distribution/reference `tag`): 1–128 chars, no leading '.' or '-'. */
export const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
/** Any digest distribution/reference accepts (`algorithm:hex`); only sha256 is held to its exact length. */
const DIGEST_GRAMMAR = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
/**
 * The digest an image is pinned by, as every stage writes and checks it: `sha256:` and 64 lower-case hex
 * digits (what registries, buildah, buildx and the kubelet's imageID report).
 */
export const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
const MAX_NAME_LENGTH = 255;

export interface ImageReference {
  /** Registry host[:port], normalized (`docker.io` for Docker Hub, `index.docker.io` folded into it). */
  registry: string;
  /** Repository path inside the registry (`library/nginx`, `team/app`). */
  repository: string;
  tag?: string;
  digest?: string;
}

export class InvalidReferenceError extends Error {
  constructor(
    readonly reference: string,
    readonly problem: string,
  ) {
    super(`'${reference}' is not a valid image reference: ${problem}`);
    this.name = 'InvalidReferenceError';
  }
}

export function isValidTag(tag: string): boolean {
  return TAG_PATTERN.test(tag);
}

export function isValidDigest(digest: string): boolean {
  if (!DIGEST_GRAMMAR.test(digest)) return false;
  return !digest.startsWith('sha256:') || isDigest(digest);
}

/** The text is a sha256 digest (DIGEST_PATTERN). */
export function isDigest(text: string): boolean {
  return DIGEST_PATTERN.test(text);
}

/** `name@digest`: a reference (or an OCI layout path) pinned to one digest. */
export function pinReference(name: string, digest: string): string {
  return `${name}@${digest}`;
}

/** A pinned reference's two halves; undefined when `text` does not end in `@` and a sha256 digest. */
export function splitPinnedReference(text: string): { name: string; digest: string } | undefined {
  const at = text.lastIndexOf('@');
  if (at < 0 || !isDigest(text.slice(at + 1))) return undefined;
  return { name: text.slice(0, at), digest: text.slice(at + 1) };
}

function isDomain(component: string): boolean {
  return (
    component.includes('.') ||
    component.includes(':') ||
    component === 'localhost' ||
    component !== component.toLowerCase()
  );
}

function validDomain(domain: string): boolean {
  // host[:port] or [ipv6]:port
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:]+)(?::(\d+))?$/.exec(domain);
  if (!m) return false;
  const [, host, port] = m;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return false;
  if (host!.startsWith('[')) return true;
  return host!.split('.').every((c) => DOMAIN_COMPONENT.test(c));
}

/**
 * Parses a reference; `tag`/`digest` stay undefined when absent (callers pick a default).
 * Throws InvalidReferenceError naming the part that is wrong.
 */
export function parseReference(input: string): ImageReference {
  const text = input.trim();
  if (text === '') throw new InvalidReferenceError(input, 'it is empty');
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isValidDigest(digest)) {
      throw new InvalidReferenceError(
        input,
        `digest '${digest}' is not of the form sha256:<64 lower-case hex digits>`,
      );
    }
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!isValidTag(tag)) {
      throw new InvalidReferenceError(input, `tag '${tag}' does not match [A-Za-z0-9_][A-Za-z0-9._-]{0,127}`);
    }
  }
  if (rest === '') throw new InvalidReferenceError(input, 'the repository name is empty');
  const parts = rest.split('/');
  let registry = DOCKER_HUB;
  if (parts.length > 1 && isDomain(parts[0]!)) {
    registry = parts.shift()!;
    if (!validDomain(registry))
      throw new InvalidReferenceError(input, `registry '${registry}' is not a host[:port]`);
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = DOCKER_HUB;
  }
  if (registry === DOCKER_HUB && parts.length === 1) parts.unshift('library');
  for (const p of parts) {
    if (!PATH_COMPONENT.test(p)) {
      const why =
        p !== p.toLowerCase()
          ? 'repository names must be lower-case'
          : 'use lower-case letters, digits and single separators . _ __ -';
      throw new InvalidReferenceError(input, `path component '${p}' is not valid (${why})`);
    }
  }
  const repository = parts.join('/');
  if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
    throw new InvalidReferenceError(input, `the name is longer than ${MAX_NAME_LENGTH} characters`);
  }
  return { registry, repository, tag, digest };
}

/**
 * The reference with its name (registry and path, not the tag or digest) in lower case, as
 * metadata-action does for `ghcr.io/${{ github.repository }}` with an upper-case owner.
 */
export function lowercaseName(text: string): string {
  const at = text.indexOf('@');
  const named = at >= 0 ? text.slice(0, at) : text;
  const slash = named.lastIndexOf('/');
  const colon = named.indexOf(':', slash + 1);
  const name = colon >= 0 ? named.slice(0, colon) : named;
  return `${name.toLowerCase()}${text.slice(name.length)}`;
}

/** `registry/repository` (the name without tag or digest). */
export function repositoryName(ref: Pick<ImageReference, 'registry' | 'repository'>): string {
  return `${ref.registry}/${ref.repository}`;
}

/** The fully qualified reference: `registry/repo[:tag][@digest]`. */
export function formatReference(ref: ImageReference): string {
  return `${repositoryName(ref)}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** The short form Docker prints (`nginx:1.27` rather than `docker.io/library/nginx:1.27`). */
export function familiarReference(ref: ImageReference): string {
  let name = repositoryName(ref);
  if (ref.registry === DOCKER_HUB) name = ref.repository.replace(/^library\/(?=[^/]+$)/, '');
  return `${name}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** The reference pinned to a digest (what to deploy): `registry/repo@sha256:…` (a tag is dropped). */
export function digestReference(
  ref: Pick<ImageReference, 'registry' | 'repository'>,
  digest: string,
): string {
  return pinReference(repositoryName(ref), digest);
}

/** Host to send Distribution API requests to. */
export function apiHost(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}
