import { kindRank } from '@goship/contract';
import { aggregate, UserError } from '@goship/kit';
import type { ResourceInfo } from './discovery.js';
import type { Manifest } from './manifests.js';
import type { KubeObject } from './types.js';

/** Apply order: the chain's one kind order (@goship/contract), re-exported for callers of this package. */
export { kindRank };

/*
 * From parsed manifests to the list of objects we will apply: namespaces settled, our labels and
 * annotations added, duplicates and namespace conflicts rejected, in dependency order. Pure.
 */

/** The label on everything we apply; prune only ever deletes objects carrying it with our value. */
export const APPLY_SET_LABEL = 'goship.dev/apply-set';
export const CHANGE_CAUSE = 'kubernetes.io/change-cause';

/** Kinds whose rollout we watch, by `group/Kind`. */
export const WORKLOAD_KINDS = ['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'batch/Job'] as const;
export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Job';

export interface PlannedObject {
  manifest: Manifest;
  /** The body we send (a copy of the manifest with namespace, labels, annotations settled). */
  object: KubeObject;
  info: ResourceInfo;
  /** `group/Kind/namespace/name`, unique in a plan. */
  key: string;
  /** The workload kind when we watch its rollout. */
  workload?: WorkloadKind;
}

export interface PlanOptions {
  /** The `namespace` input: fills objects without one, and an object in another namespace is an error. */
  namespace?: string;
  /** Where objects without a namespace go when the input is empty (the context's namespace, or default). */
  defaultNamespace: string;
  /** Value of the apply-set label. */
  applySet: string;
  /** Added to every workload's metadata (change-cause, version, commit, run URL). */
  workloadAnnotations: Record<string, string>;
}

export function objectKey(
  info: { group: string; kind: string },
  namespace: string | undefined,
  name: string,
): string {
  return `${info.group}/${info.kind}/${namespace ?? ''}/${name}`;
}

export function workloadKind(info: { group: string; kind: string }): WorkloadKind | undefined {
  const gk = `${info.group}/${info.kind}`;
  return (WORKLOAD_KINDS as readonly string[]).includes(gk) ? (info.kind as WorkloadKind) : undefined;
}

export function buildPlan(
  items: { manifest: Manifest; info: ResourceInfo }[],
  opts: PlanOptions,
): PlannedObject[] {
  const errors: UserError[] = [];
  const seen = new Map<string, Manifest>();
  const planned: PlannedObject[] = [];
  for (const { manifest, info } of items) {
    const src = manifest.object;
    const name = src.metadata.name!;
    const at = `${manifest.origin.file}:${manifest.origin.line}`;
    const nsLine = manifest.lineOf(['metadata', 'namespace']) ?? manifest.origin.line;
    const location = { file: manifest.origin.file, line: nsLine };
    let namespace = src.metadata.namespace;
    if (!info.namespaced) {
      if (namespace) {
        errors.push(
          new UserError(
            `${at}: ${src.kind} ${name} is cluster-scoped but sets metadata.namespace '${namespace}'`,
            {
              hint: 'Remove metadata.namespace from this object.',
              location,
            },
          ),
        );
        continue;
      }
    } else if (!namespace) {
      namespace = opts.namespace || opts.defaultNamespace;
    } else if (opts.namespace && namespace !== opts.namespace) {
      errors.push(
        new UserError(
          `${at}: ${src.kind} ${name} is in namespace '${namespace}', but the 'namespace' input is '${opts.namespace}' (namespace mismatch)`,
          {
            hint: `The input only fills objects without a namespace and never overrides one. Remove metadata.namespace from the manifest, set the input to '${namespace}', or leave the input empty to deploy each object to its own namespace.`,
            location,
          },
        ),
      );
      continue;
    }
    const key = objectKey(info, namespace, name);
    const first = seen.get(key);
    if (first) {
      errors.push(
        new UserError(
          `${at}: ${src.kind} ${namespace ? `${namespace}/` : ''}${name} is defined twice (first at ${first.origin.file}:${first.origin.line})`,
          {
            hint: 'Keep one definition of each object.',
            location: { file: manifest.origin.file, line: manifest.origin.line },
          },
        ),
      );
      continue;
    }
    seen.set(key, manifest);
    const workload = workloadKind(info);
    const object = structuredClone(src);
    if (namespace) object.metadata.namespace = namespace;
    object.metadata.labels = { ...object.metadata.labels, [APPLY_SET_LABEL]: opts.applySet };
    if (workload)
      object.metadata.annotations = { ...object.metadata.annotations, ...opts.workloadAnnotations };
    planned.push({ manifest, object, info, key, workload });
  }
  if (errors.length > 0) throw aggregate(errors, `${errors.length} problems in the manifests`);
  // Stable: same rank keeps the manifests' order.
  return planned
    .map((p, i) => ({ p, i }))
    .sort((a, b) => kindRank(a.p.info.kind) - kindRank(b.p.info.kind) || a.i - b.i)
    .map(({ p }) => p);
}

/** Label values: at most 63 characters of [A-Za-z0-9._-], starting and ending alphanumeric. */
export function toLabelValue(text: string): string {
  const cleaned = text
    .replace(/[^A-Za-z0-9._-]+/g, '.')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return cleaned || 'default';
}
