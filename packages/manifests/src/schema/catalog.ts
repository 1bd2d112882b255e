/*
 * The Kubernetes API schemas we validate against, per minor version, generated from the API server's own
 * OpenAPI v3 spec (k8s.io/kubernetes api/openapi-spec/v3, see scripts/generate-schemas.ts for why and
 * how). Each group-version is a separate JSON file imported on first use, so a run that renders a
 * ConfigMap, a Service and a Deployment loads core/v1 and apps/v1 only (in the bundle each file is its own
 * chunk).
 */
import { UserError } from '@goship/kit';
import { distance } from 'fastest-levenshtein';

/** Compact schema node; see scripts/generate-schemas.ts for the field names. */
export interface SchemaNode {
  t?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'int-or-string' | 'quantity' | 'any';
  f?: 'int32' | 'int64' | 'byte';
  p?: Record<string, SchemaNode>;
  r?: string[];
  m?: SchemaNode;
  i?: SchemaNode;
  ref?: string;
  x?: true;
}

export interface KindInfo {
  ref: string;
  namespaced: boolean;
}

interface VersionIndex {
  version: string;
  source: string;
  groupVersions: Record<string, { file: string; kinds: Record<string, KindInfo> }>;
}

/** Minor versions with a generated schema directory (scripts/generate-schemas.ts, latest patch of each). */
export const SCHEMA_VERSIONS = ['1.33', '1.34', '1.35', '1.36'] as const;
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];
/** The version of the test cluster (test/infra/cluster), and the action's default. */
export const DEFAULT_SCHEMA_VERSION: SchemaVersion = '1.34';

// A template literal the bundler can expand: every schema file becomes its own lazily loaded chunk.
async function importIndex(version: SchemaVersion): Promise<VersionIndex> {
  return (await import(`../../schemas/${version}/index.json`, { with: { type: 'json' } }))
    .default as VersionIndex;
}

async function importGroupVersion(version: SchemaVersion, file: string): Promise<Record<string, SchemaNode>> {
  const mod = await import(`../../schemas/${version}/${file}.json`, { with: { type: 'json' } });
  return (mod.default as { definitions: Record<string, SchemaNode> }).definitions;
}

export interface ResolvedKind {
  info: KindInfo;
  root: SchemaNode;
  definitions: Record<string, SchemaNode>;
}

export type KindLookup =
  | { status: 'found'; kind: ResolvedKind }
  /** The group-version is not one of Kubernetes' own (a custom resource): cannot be validated offline. */
  | { status: 'custom' }
  /** A built-in group that does not serve this version, or a version without this kind. */
  | { status: 'unknown'; message: string; hint: string };

/** Built-in groups that no longer exist at all; their objects are errors, not custom resources. */
const REMOVED_GROUPS = new Set(['extensions']);

export class SchemaCatalog {
  private index?: VersionIndex;
  private readonly files = new Map<string, Promise<Record<string, SchemaNode>>>();

  constructor(readonly version: SchemaVersion) {}

  static parseVersion(input: string, value: string): SchemaVersion {
    const minor = value
      .trim()
      .replace(/^v/, '')
      .replace(/^(\d+\.\d+)\.\d+$/, '$1');
    if ((SCHEMA_VERSIONS as readonly string[]).includes(minor)) return minor as SchemaVersion;
    throw new UserError(
      `Input '${input}': Kubernetes ${value} has no bundled schema. Expected one of ${SCHEMA_VERSIONS.join(', ')}.`,
      {
        hint: 'Pick the bundled minor version closest to your cluster (the API rarely removes fields within a year of releases).',
      },
    );
  }

  async source(): Promise<string> {
    return (await this.loadIndex()).source;
  }

  private async loadIndex(): Promise<VersionIndex> {
    this.index ??= await importIndex(this.version);
    return this.index;
  }

  /** Scope from the index alone (no group-version file loaded); undefined for unknown kinds. */
  async namespaced(apiVersion: string, kind: string): Promise<boolean | undefined> {
    const index = await this.loadIndex();
    return index.groupVersions[apiVersion]?.kinds[kind]?.namespaced;
  }

  async lookup(apiVersion: string, kind: string): Promise<KindLookup> {
    const index = await this.loadIndex();
    const gv = index.groupVersions[apiVersion];
    const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
    if (!gv) {
      const served = Object.keys(index.groupVersions).filter(
        (v) => (v.includes('/') ? v.split('/')[0] : '') === group,
      );
      if (served.length === 0 && !REMOVED_GROUPS.has(group)) return { status: 'custom' };
      const servedKind = served.filter((v) => index.groupVersions[v]!.kinds[kind]);
      return {
        status: 'unknown',
        message: `apiVersion ${apiVersion} is not served by Kubernetes ${this.version}`,
        hint: servedKind.length
          ? `Use apiVersion: ${servedKind.join(' or ')} for ${kind}.`
          : `Kubernetes ${this.version} serves ${served.join(', ') || 'no version of this group'}.`,
      };
    }
    const info = gv.kinds[kind];
    if (!info) {
      const kinds = Object.keys(gv.kinds).filter((k) => !k.endsWith('List'));
      const close = kinds.filter((k) => k.toLowerCase() === kind.toLowerCase() || distance(k, kind) <= 2);
      return {
        status: 'unknown',
        message: `${apiVersion} has no kind ${kind}`,
        hint: close.length
          ? `Did you mean ${close.join(' or ')}?`
          : `Kinds in ${apiVersion}: ${kinds.join(', ')}.`,
      };
    }
    let defs = this.files.get(gv.file);
    if (!defs) {
      defs = importGroupVersion(this.version, gv.file);
      this.files.set(gv.file, defs);
    }
    const definitions = await defs;
    return { status: 'found', kind: { info, root: definitions[info.ref]!, definitions } };
  }
}
