import { type SourceLocation, UserError } from '@goship/kit';
import { describe, locate, type Manifest, refOf, where } from '../model.js';
import { isSecretField } from '../secrets.js';
import type { SchemaCatalog } from './catalog.js';
import { semanticChecks } from './checks.js';
import { validateAgainst } from './validate.js';

export { DEFAULT_SCHEMA_VERSION, SCHEMA_VERSIONS, SchemaCatalog, type SchemaVersion } from './catalog.js';
export { checkDnsLabel } from './checks.js';

export interface Notice {
  message: string;
  location?: SourceLocation;
}

/**
 * Validates every object: its schema (strict, as `kubectl apply --validate=strict`) and the API server's
 * common semantic rules. Custom resources cannot be validated offline and come back as notices.
 */
export async function validateManifests(
  manifests: Manifest[],
  catalog: SchemaCatalog,
): Promise<{ errors: UserError[]; notices: Notice[] }> {
  const errors: UserError[] = [];
  const notices: Notice[] = [];
  const lookups = await Promise.all(manifests.map((m) => catalog.lookup(refOf(m).apiVersion, refOf(m).kind)));
  manifests.forEach((m, i) => {
    const lookup = lookups[i]!;
    const label = describe(m);
    if (lookup.status === 'custom') {
      notices.push({
        message: `${label} (${refOf(m).apiVersion}) is a custom resource: not validated offline`,
        location: locate(m),
      });
    } else if (lookup.status === 'unknown') {
      errors.push(
        new UserError(`${label}: ${lookup.message} (${where(m)})`, {
          hint: lookup.hint,
          location: locate(m, ['apiVersion']),
        }),
      );
      return;
    } else {
      for (const p of validateAgainst(m.object, lookup.kind.root, lookup.kind.definitions, (path) =>
        isSecretField(m.object, path),
      )) {
        errors.push(
          new UserError(`${label}: ${p.message} (${where(m, p.path)})`, {
            location: locate(m, p.path),
            hint: `Checked against the Kubernetes ${catalog.version} API schema with unknown fields rejected, as kubectl apply --validate=strict does.`,
          }),
        );
      }
    }
    for (const p of semanticChecks(m)) {
      errors.push(
        new UserError(`${label}: ${p.message} (${where(m, p.path)})`, {
          location: locate(m, p.path),
          hint: p.hint,
        }),
      );
    }
  });
  return { errors, notices };
}
