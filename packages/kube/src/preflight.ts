import {
  ApiError,
  type ApplyOptions,
  type ApplyResult,
  applyObject,
  type Discovery,
  explainApplyError,
  type KubeClient,
  type KubeObject,
  type Manifest,
  objectRef,
  type PlannedObject,
  type ResourceInfo,
  resourcePath,
} from '@goship/cluster';
import { aggregate, mapLimit, UserError } from '@goship/kit';

/*
 * Everything checked before the first change: every kind is served, every namespace exists (or is created
 * by the manifests), every object passes a server-side dry-run, CRDs the manifests bring are Established.
 */

/** Parallel requests against the API server during the checks. */
export const PREFLIGHT_CONCURRENCY = 8;

export async function resolveKinds(discovery: Discovery, manifests: Manifest[]): Promise<ResourceInfo[]> {
  // Indexed by manifest so the errors come out in file order, however the lookups interleave.
  const found: (UserError | undefined)[] = [];
  const infos = await Promise.all(
    manifests.map(async (m, i) => {
      const { apiVersion, kind } = m.object;
      const info = await discovery.resolve(apiVersion, kind);
      if (!info) {
        const kinds = await discovery.kindsIn(apiVersion);
        const similar = kinds?.find((k) => k.toLowerCase() === kind.toLowerCase());
        found[i] = new UserError(
          `${m.origin.file}:${m.origin.line}: no such API on the server: kind ${kind} in ${apiVersion}`,
          {
            hint: kinds
              ? similar
                ? `Did you mean kind ${similar}?`
                : `${apiVersion} serves: ${kinds.join(', ')}.`
              : `The server does not serve the API group/version ${apiVersion}. Install the CRD or controller that provides it, or fix apiVersion.`,
            location: { file: m.origin.file, line: m.lineOf(['kind']) ?? m.origin.line },
          },
        );
      }
      return info;
    }),
  );
  const errors = found.filter((e): e is UserError => e !== undefined);
  if (errors.length > 0)
    throw aggregate(errors, `${errors.length} objects have kinds the server does not know`);
  return infos as ResourceInfo[];
}

/** Namespaces the plan's objects live in that do not exist; an error unless the manifests create them. */
export async function checkNamespaces(
  client: KubeClient,
  plan: PlannedObject[],
  signal: AbortSignal,
): Promise<Set<string>> {
  const created = new Set(
    plan
      .filter((p) => p.info.kind === 'Namespace' && p.info.group === '')
      .map((p) => p.object.metadata.name!),
  );
  const used = [...new Set(plan.filter((p) => p.info.namespaced).map((p) => p.object.metadata.namespace!))];
  const missing = new Set<string>();
  const toCheck = [...new Set([...used, ...created])];
  await Promise.all(
    toCheck.map(async (ns) => {
      try {
        await client.request('GET', `/api/v1/namespaces/${encodeURIComponent(ns)}`, { signal });
      } catch (err) {
        if (err instanceof ApiError && err.statusCode === 404) missing.add(ns);
        else if (!(err instanceof ApiError && err.statusCode === 403)) throw client.explain(err); // 403: let the dry-run speak
      }
    }),
  );
  const errors = toCheck
    .filter((ns) => missing.has(ns) && !created.has(ns))
    .map((ns) => {
      const users = plan.filter((p) => p.object.metadata.namespace === ns);
      const first = users[0]!;
      return new UserError(
        `namespace '${ns}' does not exist on the server and the manifests do not create it (needed by ${users.map((p) => objectRef(p.object)).join(', ')})`,
        {
          hint: `Create it (kubectl create namespace ${ns}), add a Namespace manifest, or set the 'namespace' input to an existing namespace.`,
          location: {
            file: first.manifest.origin.file,
            line: first.manifest.lineOf(['metadata', 'namespace']) ?? first.manifest.origin.line,
          },
        },
      );
    });
  if (errors.length > 0) throw aggregate(errors, `${errors.length} namespaces are missing`);
  return missing;
}

export async function dryRunAll(
  client: KubeClient,
  items: PlannedObject[],
  opts: ApplyOptions,
  alreadyCreated: PlannedObject[] = [],
): Promise<Map<string, ApplyResult>> {
  const results = new Map<string, ApplyResult>();
  // mapLimit keeps the manifests' order, so several rejections are reported in file order.
  const outcomes = await mapLimit(items, PREFLIGHT_CONCURRENCY, async (p) => {
    try {
      results.set(p.key, await applyObject(client, p, opts, true));
      return undefined;
    } catch (err) {
      return explainApplyError(err, p, client) as unknown;
    }
  });
  const errors = outcomes.filter((e) => e !== undefined);
  if (errors.length > 0) {
    const users = errors.filter((e): e is UserError => e instanceof UserError);
    if (users.length !== errors.length) throw errors.find((e) => !(e instanceof UserError));
    const note =
      alreadyCreated.length > 0
        ? `only ${alreadyCreated.map((p) => objectRef(p.object)).join(', ')} were created (so that the rest could be validated); nothing else was applied`
        : 'nothing was applied';
    if (users.length === 1) {
      const [u] = users as [UserError];
      throw new UserError(`${u.message}\n(server-side dry-run: ${note})`, {
        hint: u.hint,
        location: u.location,
        cause: u,
      });
    }
    throw aggregate(
      users,
      `The server rejected ${users.length} of ${items.length} objects in the dry-run; ${note}`,
    );
  }
  return results;
}

export async function waitForCrds(
  client: KubeClient,
  prerequisites: PlannedObject[],
  signal: AbortSignal,
): Promise<void> {
  const crds = prerequisites.filter((p) => p.info.kind === 'CustomResourceDefinition');
  for (const p of crds) {
    const path = resourcePath(p.info, undefined, p.object.metadata.name);
    const until = Date.now() + 30_000;
    for (;;) {
      const crd = await client.request<KubeObject>('GET', path, { signal });
      const established = crd.status?.conditions?.some(
        (c: { type: string; status: string }) => c.type === 'Established' && c.status === 'True',
      );
      if (established) break;
      if (Date.now() > until)
        throw new UserError(`CRD ${p.object.metadata.name} was created but is not Established after 30s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
