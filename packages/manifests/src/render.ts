/*
 * The render pipeline, the same for every source: load → namespace → duplicates → pin images →
 * annotate pod templates (and hash the ConfigMaps/Secrets they read) → validate (schema + API rules) → port integrity → deterministic order and
 * serialization. Everything happens in memory; nothing is written unless every check passed.
 */
import { type Log, UserError } from '@goship/kit';
import { type BuiltinOptions, builtinObjects } from './builtin.js';
import { annotateConfigHashes } from './config-hash.js';
import { expandFiles, readManifestFile } from './files.js';
import { type ImagePin, type PinnedImage, pinImages } from './images.js';
import { describe, get, isObject, type JsonObject, locate, type Manifest, refOf } from './model.js';
import { injectTelemetry, type TelemetryRequest, type TelemetryRow } from './otel.js';
import { analysePorts, type PortReport } from './ports/index.js';
import { type Notice, type SchemaCatalog, validateManifests } from './schema/index.js';
import { secretValues } from './secrets.js';
import { canonical, fillNamespace, findDuplicates, sortManifests } from './set.js';
import { helmSourceFile, runHelm, runKustomize } from './tools.js';
import {
  type ContainerRef,
  configMapsOf,
  containersOf,
  type PodTemplate,
  podTemplateOf,
} from './workloads.js';
import { parseManifests, toYaml } from './yaml-io.js';

export type Source = 'builtin' | 'files' | 'kustomize' | 'helm';

export interface RenderRequest {
  source: Source;
  workspace: string;
  builtin?: BuiltinOptions;
  /** source files: paths, directories, globs. */
  files?: string[];
  /** `${VAR}` values for source files (then `env`). */
  vars?: ReadonlyMap<string, string>;
  env?: Readonly<Record<string, string | undefined>>;
  kustomizeDir?: string;
  helm?: { chart: string; release: string; valuesFiles: string[]; set: string[] };
  images?: ImagePin[];
  namespace?: string;
  expectedPort?: number;
  /** The variable the service reads its port from (port-env), PORT by default. */
  portEnv?: string;
  /** Annotations for every pod template (version, commit) and every workload's own metadata (run). */
  podAnnotations?: Record<string, string>;
  workloadAnnotations?: Record<string, string>;
  /** Which workload runs the built binary when no image was pinned (for expected-port). */
  appName?: string;
  /** `otel`: the release's OpenTelemetry variables on the containers that run the built image (otel.ts). */
  telemetry?: TelemetryRequest;
  catalog: SchemaCatalog;
  signal?: AbortSignal;
  /**
   * Its `secret` is called with every Secret value (and decoded `data` value) as soon as the set is loaded,
   * before any check can quote one in an error: the caller masks them (the runner's add-mask).
   */
  log?: Pick<Log, 'secret'>;
}

export interface RenderedObject {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
  /** Per-object file name (relative to the objects/ directory). */
  file: string;
  /** Where it came from (the user's file:line, a chart template, builtin). */
  source: string;
}

export interface RenderResult {
  manifests: Manifest[];
  objects: RenderedObject[];
  /** The YAML of each object, in order. */
  documents: string[];
  ports: PortReport;
  pinned: PinnedImage[];
  warnings: Notice[];
  notices: Notice[];
  /** How the set was produced (`kubectl kustomize k8s/prod`, `builtin`…). */
  producedBy: string;
  schema: string;
  /** What `otel` set on each container (empty without it). */
  telemetry: TelemetryRow[];
}

/** A failed render: every problem as a related error, plus the port report when it got that far. */
export class RenderError extends UserError {
  constructor(
    message: string,
    related: UserError[],
    readonly ports?: PortReport,
  ) {
    // A single problem keeps its own location and hint, so it reads the same wrapped or not.
    const only = related.length === 1 ? related[0] : undefined;
    super(message, { related, location: only?.location, hint: only?.hint });
    this.name = 'RenderError';
  }
}

async function load(req: RenderRequest): Promise<{ manifests: Manifest[]; producedBy: string }> {
  switch (req.source) {
    case 'builtin':
      return {
        manifests: builtinObjects(req.builtin!).map((object) => ({ object, origin: { via: 'builtin' } })),
        producedBy: 'builtin templates',
      };
    case 'files': {
      const files = expandFiles('files', req.files ?? [], req.workspace);
      const substitution = { vars: req.vars ?? new Map(), env: req.env ?? {} };
      const all: Manifest[] = [];
      const errors: UserError[] = [];
      for (const f of files) {
        try {
          all.push(
            ...parseManifests(readManifestFile(f), {
              file: f.display,
              via: 'files',
              linesAreInFile: true,
              substitution,
            }),
          );
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          errors.push(...(e.related.length ? e.related : [e]));
        }
      }
      if (errors.length === 1) throw errors[0]!;
      if (errors.length) throw new RenderError(summary(errors, 'in the manifest files'), errors);
      return { manifests: all, producedBy: `${files.length} file${files.length === 1 ? '' : 's'}` };
    }
    case 'kustomize': {
      const out = await runKustomize('kustomize-dir', req.kustomizeDir ?? '', req.workspace, req.signal);
      return {
        manifests: parseManifests(out.text, { file: out.file, via: out.command, linesAreInFile: false }),
        producedBy: out.command,
      };
    }
    case 'helm': {
      const h = req.helm!;
      const out = await runHelm({
        ...h,
        namespace: req.namespace,
        workspace: req.workspace,
        signal: req.signal,
      });
      return {
        manifests: parseManifests(out.text, {
          file: out.file,
          via: out.command,
          linesAreInFile: false,
          sourceOf: (doc) =>
            helmSourceFile(doc.commentBefore ?? doc.contents?.commentBefore, h.chart, req.workspace),
        }),
        producedBy: out.command,
      };
    }
  }
}

function summary(errors: UserError[], what: string): string {
  if (errors.length === 1) return errors[0]!.message;
  return `${errors.length} problems ${what}:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`;
}

function annotate(
  manifests: Manifest[],
  pod: Record<string, string>,
  workload: Record<string, string>,
): void {
  for (const m of manifests) {
    const t = podTemplateOf(m);
    if (!t) continue;
    if (Object.keys(pod).length) {
      const holder = t.path.length === 0 ? m.object : (get(m.object, t.path) as JsonObject | undefined);
      if (!isObject(holder)) continue;
      if (!isObject(holder.metadata)) holder.metadata = {};
      const meta = holder.metadata as JsonObject;
      meta.annotations = { ...(isObject(meta.annotations) ? meta.annotations : {}), ...pod };
    }
    // A bare Pod's metadata is its template: the run annotation would change it on every re-run.
    if (Object.keys(workload).length && t.path.length > 0) {
      const meta = m.object.metadata as JsonObject;
      meta.annotations = { ...(isObject(meta.annotations) ? meta.annotations : {}), ...workload };
    }
  }
}

export function objectFileName(index: number, m: Manifest, width: number): string {
  const r = refOf(m);
  const safe = (s: string) => s.toLowerCase().replace(/[^a-z0-9.-]+/g, '-');
  const parts = [
    String(index + 1).padStart(width, '0'),
    safe(r.kind),
    ...(r.namespace ? [safe(r.namespace)] : []),
    safe(r.name),
  ];
  return `${parts.join('-')}.yaml`;
}

export async function render(req: RenderRequest): Promise<RenderResult> {
  const { manifests, producedBy } = await load(req);
  if (req.log) for (const value of secretValues(manifests)) req.log.secret(value);
  if (manifests.length === 0) {
    throw new UserError(`The ${req.source} source produced no objects (${producedBy})`, {
      hint: 'Check that the files or templates contain Kubernetes objects.',
    });
  }
  const warnings: Notice[] = [];
  const notices: Notice[] = [];
  if (req.namespace) {
    const unknown = await fillNamespace(manifests, req.namespace, (v, k) => req.catalog.namespaced(v, k));
    for (const u of unknown)
      notices.push({ message: `${u}: scope unknown (custom resource), namespace not filled in` });
  }

  const errors: UserError[] = [...findDuplicates(manifests)];
  const scan = pinImages(manifests, req.images ?? []);
  errors.push(...scan.errors);
  for (const m of scan.mutable) {
    warnings.push({
      message: `${m.object} container ${m.container} uses ${m.image}, which is not pinned by digest: the tag can move between this check and the rollout`,
      location: m.file ? { file: m.file, line: m.line } : undefined,
    });
  }
  annotate(manifests, req.podAnnotations ?? {}, req.workloadAnnotations ?? {});
  const isBuiltContainer = builtContainer(req, scan.pinned);
  let telemetry: TelemetryRow[] = [];
  if (req.telemetry) {
    const built = manifests
      .map(podTemplateOf)
      .filter((t): t is PodTemplate => t !== undefined)
      .flatMap((t) => containersOf(t, 'app'))
      .filter(isBuiltContainer);
    const t = injectTelemetry(built, configMapsOf(manifests), req.telemetry);
    errors.push(...t.errors);
    notices.push(...t.notices);
    telemetry = t.rows;
    if (built.length === 0)
      warnings.push({
        message: "otel: no container runs the built image, so none got the release's telemetry variables",
      });
  }
  // After the namespace is filled in: a pod reads the ConfigMaps of its own namespace.
  annotateConfigHashes(manifests);

  const validation = await validateManifests(manifests, req.catalog);
  errors.push(...validation.errors);
  notices.push(...validation.notices);

  const ports = analysePorts(manifests, {
    expectedPort: req.expectedPort,
    portEnv: req.portEnv,
    isBuiltContainer,
  });
  // A field the schema already rejected (containerPort: "80a") is not reported twice.
  const schemaSpots = new Set(validation.errors.map((e) => `${e.location?.file}:${e.location?.line}`));
  errors.push(
    ...ports.errors.filter(
      (e) => !e.location?.line || !schemaSpots.has(`${e.location.file}:${e.location.line}`),
    ),
  );

  if (errors.length > 0) {
    throw new RenderError(summary(errors, `in the rendered set (${producedBy})`), errors, ports.report);
  }

  const sorted = sortManifests(manifests);
  const width = String(sorted.length).length;
  const documents: string[] = [];
  const objects: RenderedObject[] = sorted.map((m, i) => {
    m.object = canonical(m.object);
    documents.push(toYaml(m.object));
    const r = refOf(m);
    const loc = locate(m);
    return {
      apiVersion: r.apiVersion,
      kind: r.kind,
      ...(r.namespace ? { namespace: r.namespace } : {}),
      name: r.name,
      file: objectFileName(i, m, width),
      source: loc ? (loc.line ? `${loc.file}:${loc.line}` : loc.file) : m.origin.via,
    };
  });
  return {
    manifests: sorted,
    objects,
    documents,
    ports: ports.report,
    pinned: scan.pinned,
    warnings,
    notices,
    producedBy,
    schema: await req.catalog.source(),
    telemetry,
  };
}

/**
 * Which containers run the built binary: the ones whose image was pinned to the build's digest; without a
 * pin, the first container of `appName`'s workload (or of every workload).
 */
function builtContainer(req: RenderRequest, pinned: PinnedImage[]): (c: ContainerRef) => boolean {
  const pinnedContainers = new Set(pinned.map((p) => `${p.object}|${p.container}`));
  return (c) => {
    if (pinnedContainers.size > 0) return pinnedContainers.has(`${describe(c.template.manifest)}|${c.name}`);
    const first = containersOf(c.template, 'app')[0]?.container === c.container;
    if (req.appName) return refOf(c.template.manifest).name === req.appName && first;
    return first; // every workload's first container
  };
}
