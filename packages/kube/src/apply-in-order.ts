import {
  applyObject,
  explainApplyError,
  type KubeClient,
  objectRef,
  type PlannedObject,
} from '@goship/cluster';
import { errorMessage, mapLimit, UserError } from '@goship/kit';
import { dryRunAll, waitForCrds } from './preflight.js';
import type { Applied, ObjectAction, RolloutOptions } from './rollout.js';
import { CONCURRENCY, type ValidatedRollout } from './rollout-preflight.js';

/*
 * 4. The rollout's apply, in dependency order; prerequisites first when some objects could not be validated
 * yet. An error names what was applied before it.
 */

export interface AppliedRollout {
  applied: Applied[];
  validatedMs: number;
  appliedMs: number;
}

export async function applyInOrder(
  client: KubeClient,
  validated: ValidatedRollout,
  opts: RolloutOptions,
  since: () => number,
): Promise<AppliedRollout> {
  const { log, signal } = opts;
  const applied: Applied[] = [];
  try {
    if (validated.deferred.length > 0) await applyPrerequisites(client, validated, opts, applied);
  } catch (err) {
    throw withNote(err, applied, signal);
  }
  const validatedMs = since();
  log.info(
    `Applying ${validated.plan.length} objects (server-side apply, field manager goship${opts.force ? ', force-conflicts' : ''})`,
  );
  try {
    const done = new Set(applied.map((a) => a.plan.key));
    await applyGroup(
      client,
      validated.plan.filter((p) => !done.has(p.key)),
      validated,
      opts,
      applied,
    );
  } catch (err) {
    throw withNote(err, applied, signal);
  }
  const appliedMs = since();
  return { applied, validatedMs, appliedMs };
}

/** The Namespaces/CRDs the deferred objects need, then the deferred objects' dry-run. */
async function applyPrerequisites(
  client: KubeClient,
  validated: ValidatedRollout,
  opts: RolloutOptions,
  applied: Applied[],
): Promise<void> {
  const { log, signal } = opts;
  const { deferred, prerequisites, discovery } = validated;
  const names = [...validated.missingNamespaces]
    .map((n) => `namespace ${n}`)
    .concat(
      prerequisites
        .filter((p) => p.info.kind === 'CustomResourceDefinition')
        .map((p) => `CRD ${p.object.metadata.name}`),
    );
  log.info(
    `Creating ${names.join(', ')} first: ${deferred.length} objects can only be validated once they exist`,
  );
  await applyGroup(client, prerequisites, validated, opts, applied);
  await waitForCrds(client, prerequisites, signal);
  discovery.reset();
  for (const p of deferred) {
    if (p.info.pendingCrd) {
      const info = await discovery.resolve(p.info.apiVersion, p.info.kind);
      if (info) p.info = info;
    }
  }
  const more = await dryRunAll(client, deferred, validated.applyOpts, prerequisites);
  for (const [key, dryRun] of more) validated.dryRuns.set(key, dryRun);
  log.info(`Validated ${validated.plan.length} objects with a server-side dry-run`);
}

/** Applies a group rank by rank, adding each rank's objects to `applied` as it completes. */
async function applyGroup(
  client: KubeClient,
  group: PlannedObject[],
  validated: ValidatedRollout,
  opts: RolloutOptions,
  applied: Applied[],
): Promise<void> {
  for (const rank of groupByRank(group)) {
    const results = await mapLimit(rank, CONCURRENCY, async (p) => {
      try {
        const result = await applyObject(client, p, validated.applyOpts, false);
        const before = validated.dryRuns.get(p.key);
        const action: ObjectAction = result.created
          ? 'created'
          : before && before.object.metadata.resourceVersion === result.object.metadata.resourceVersion
            ? 'unchanged'
            : 'configured';
        opts.log.info(`  ${objectRef(p.object)} ${action}`);
        return {
          plan: p,
          result,
          action,
          previous: validated.previousByKey.get(p.key),
          previousConfig: validated.previousConfigs.get(p.key),
        } satisfies Applied;
      } catch (err) {
        throw explainApplyError(err, p, client);
      }
    });
    applied.push(...results);
  }
}

function groupByRank(items: PlannedObject[]): PlannedObject[][] {
  const groups: PlannedObject[][] = [];
  let lastKind: string | undefined;
  for (const p of items) {
    // Plans are sorted by kind rank: a new kind starts a new group unless it shares the rank.
    if (groups.length === 0 || p.info.kind !== lastKind) groups.push([]);
    groups.at(-1)!.push(p);
    lastKind = p.info.kind;
  }
  return groups;
}

function withNote(err: unknown, applied: Applied[], signal: AbortSignal): unknown {
  const note =
    applied.length > 0
      ? `Applied before this: ${applied.map((a) => `${objectRef(a.plan.object)} (${a.action})`).join(', ')}.`
      : 'Nothing was applied.';
  if (signal.aborted)
    return new UserError(`${errorMessage(signal.reason)} while applying. ${note}`, { cause: err });
  if (!(err instanceof UserError) || applied.length === 0) return err;
  return new UserError(`${err.message}\n${note}`, {
    hint: err.hint,
    location: err.location,
    related: err.related,
    cause: err,
  });
}
