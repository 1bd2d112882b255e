/*
 * Build secrets for Dockerfile builds (`RUN --mount=type=secret,id=ID`): each value is written to a 0600
 * file in the build's own scratch directory (removed with it) and handed to the builder as
 * `--secret id=ID,src=FILE`, the one form docker buildx, buildah and podman all take. A secret mount exists
 * only while its RUN runs, so the value reaches no layer, no build arg and no image history. The Dockerfile
 * and the secrets input are compared first: a required mount with no secret fails before the builder
 * starts, a secret nothing mounts (or an optional mount without one) is a warning at its line.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UserError } from '@goship/kit';

/** A secret id as the builders accept it. */
export const SECRET_ID = /^[A-Za-z0-9_.-]+$/;

export interface SecretMount {
  id: string;
  required: boolean;
  /** 1-based line of the --mount flag. */
  line: number;
}

/** Every `--mount=type=secret,…` in a Dockerfile, with its id (default: the target's file name). */
export function secretMounts(text: string): SecretMount[] {
  const mounts: SecretMount[] = [];
  for (const m of text.matchAll(/--mount=(\S+)/g)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (text.slice(lineStart, m.index).trimStart().startsWith('#')) continue; // a comment line
    const fields = new Map(
      m[1]!.split(',').map((f) => {
        const i = f.indexOf('=');
        return i < 0 ? [f, 'true'] : [f.slice(0, i), f.slice(i + 1)];
      }),
    );
    if (fields.get('type') !== 'secret') continue;
    const target = fields.get('target') ?? fields.get('dst') ?? fields.get('destination') ?? '';
    const id = fields.get('id') ?? basename(target);
    const line = text.slice(0, m.index).split('\n').length;
    mounts.push({ id, required: fields.get('required') === 'true', line });
  }
  return mounts;
}

/** Throws for a required mount without its secret; warns for the mismatches that only lose a value. */
export function checkSecretMounts(
  o: {
    secrets: Map<string, string>;
    secretFiles?: Map<string, string>;
    warn?: (message: string, where?: { file?: string; line?: number }) => void;
  },
  text: string,
  display: string,
): void {
  const mounts = secretMounts(text);
  const given = new Set([...o.secrets.keys(), ...(o.secretFiles?.keys() ?? [])]);
  const missing = mounts.filter((m) => !given.has(m.id));
  const required = missing.find((m) => m.required);
  if (required)
    throw new UserError(
      `${display}:${required.line} mounts the secret '${required.id}' (required=true), but the secrets input gives none`,
      {
        hint: `Add a line ${required.id}=\${{ secrets.… }} to secrets (or ${required.id}=<path> to secret-files)${required.id === 'netrc' ? ', or set the netrc input' : ''}.`,
        location: { file: display, line: required.line },
      },
    );
  for (const m of missing)
    o.warn?.(
      `${display}:${m.line} mounts the secret '${m.id}', but the secrets input gives none: the RUN sees no file there`,
      { file: display, line: m.line },
    );
  const mounted = new Set(mounts.map((m) => m.id));
  for (const id of given)
    if (!mounted.has(id))
      o.warn?.(`secret '${id}' is given but no RUN in ${display} mounts it (--mount=type=secret,id=${id})`, {
        file: display,
      });
}

/** The secrets as files in `work` (secret files as they are) and the builder flags that pass them. */
export function writeSecrets(
  secrets: Map<string, string>,
  work: string,
  secretFiles: Map<string, string> = new Map(),
): string[] {
  const flags = [...secretFiles].flatMap(([id, path]) => ['--secret', `id=${id},src=${path}`]);
  if (secrets.size === 0) return flags;
  const dir = join(work, 'secrets');
  mkdirSync(dir, { mode: 0o700 });
  chmodSync(dir, 0o700);
  return [
    ...[...secrets].flatMap(([id, value]) => {
      const file = join(dir, id);
      writeFileSync(file, value, { mode: 0o600 });
      return ['--secret', `id=${id},src=${file}`];
    }),
    ...flags,
  ];
}
