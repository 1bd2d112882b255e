export const id = 168;
export const ids = [168];
export const modules = {

/***/ 2168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ClusterRun: () => (/* reexport */ ClusterRun),
  PRUNE_ONLY_WHEN_LISTED: () => (/* reexport */ PRUNE_ONLY_WHEN_LISTED),
  REVISION_ANNOTATION: () => (/* reexport */ REVISION_ANNOTATION),
  VERIFY_ERROR: () => (/* reexport */ VERIFY_ERROR),
  applyOverrides: () => (/* reexport */ applyOverrides),
  changeAnnotations: () => (/* reexport */ changeAnnotations),
  checkStageOptions: () => (/* reexport */ checkStageOptions),
  checkoutCommitTime: () => (/* reexport */ checkoutCommitTime),
  cleanTemplate: () => (/* reexport */ cleanTemplate),
  clusterLog: () => (/* reexport */ clusterLog),
  condition: () => (/* reexport */ condition),
  daemonSetProgress: () => (/* reexport */ daemonSetProgress),
  deploymentProgress: () => (/* reexport */ deploymentProgress),
  describePod: () => (/* reexport */ describePod),
  evaluate: () => (/* reexport */ evaluate),
  failureLines: () => (/* reexport */ failureLines),
  fleetDeliveryMarkdown: () => (/* reexport */ fleetDeliveryMarkdown),
  fleetError: () => (/* reexport */ fleetError),
  fleetOutputs: () => (/* reexport */ fleetOutputs),
  fleetRollout: () => (/* reexport */ fleetRollout),
  fleetSummaryMarkdown: () => (/* reexport */ fleetSummaryMarkdown),
  isConfigObject: () => (/* reexport */ isConfigObject),
  isOwnedBy: () => (/* reexport */ isOwnedBy),
  isStale: () => (/* reexport */ isStale),
  isUnreachable: () => (/* reexport */ isUnreachable),
  jobProgress: () => (/* reexport */ jobProgress),
  jsonEqual: () => (/* reexport */ jsonEqual),
  k8sRollout: () => (/* reexport */ k8sRollout),
  lastEvents: () => (/* reexport */ lastEvents),
  monitorWorkload: () => (/* reexport */ monitorWorkload),
  newReplicaSet: () => (/* reexport */ newReplicaSet),
  parseClusters: () => (/* reexport */ clusters/* parseClusters */.l),
  parseWaves: () => (/* reexport */ fleet_waves/* parseWaves */.a),
  planWaves: () => (/* reexport */ fleet_waves/* planWaves */.K),
  podFailure: () => (/* reexport */ podFailure),
  prune: () => (/* reexport */ prune),
  pruneKinds: () => (/* reexport */ pruneKinds),
  readFleetOptions: () => (/* reexport */ fleet_inputs/* readFleetOptions */.f),
  readRolloutOptions: () => (/* reexport */ inputs/* readRolloutOptions */.w),
  recordPrevious: () => (/* reexport */ recordPrevious),
  recordPreviousConfig: () => (/* reexport */ recordPreviousConfig),
  releaseStuckStatefulSetPods: () => (/* reexport */ releaseStuckStatefulSetPods),
  replicaFailure: () => (/* reexport */ replicaFailure),
  reportDelivery: () => (/* reexport */ reportDelivery),
  resolvePruneKinds: () => (/* reexport */ resolvePruneKinds),
  restartCounts: () => (/* reexport */ restartCounts),
  restoreConfigObject: () => (/* reexport */ restoreConfigObject),
  revisionOf: () => (/* reexport */ revisionOf),
  rollbackObject: () => (/* reexport */ rollbackObject),
  rollout: () => (/* reexport */ rollout),
  rolloutDelivery: () => (/* reexport */ rolloutDelivery),
  rolloutError: () => (/* reexport */ rolloutError),
  rolloutKubeconfig: () => (/* reexport */ inputs/* rolloutKubeconfig */.b),
  rolloutOutputs: () => (/* reexport */ rolloutOutputs),
  selectorString: () => (/* reexport */ selectorString),
  statefulSetProgress: () => (/* reexport */ statefulSetProgress),
  summaryMarkdown: () => (/* reexport */ summaryMarkdown),
  templateReferences: () => (/* reexport */ templateReferences),
  watchCollection: () => (/* reexport */ watchCollection),
  withCommitTime: () => (/* reexport */ withCommitTime),
  withoutHash: () => (/* reexport */ withoutHash),
  workloadProgress: () => (/* reexport */ workloadProgress)
});

// EXTERNAL MODULE: ./packages/contract/src/version.ts
var src_version = __webpack_require__(5568);
// EXTERNAL MODULE: ./packages/kit/src/telemetry-delivery.ts
var telemetry_delivery = __webpack_require__(1376);
// EXTERNAL MODULE: ./packages/kit/src/telemetry.ts
var telemetry = __webpack_require__(5423);
// EXTERNAL MODULE: ./packages/kit/src/telemetry-metrics.ts
var telemetry_metrics = __webpack_require__(7851);
;// CONCATENATED MODULE: ./packages/kube/src/delivery.ts
/*
 * A rollout's delivery figures (issue 21; the computation is kit's telemetry-delivery.ts): from the moments
 * rollout.ts recorded and the commit's time. The one-step action passes the time its build stamped (the
 * `date` go-build-ldflags derived with describeSource); the k8s-rollout action alone asks describeSource
 * of the checkout, and only trusts it when the checkout is at the commit being deployed (GITHUB_SHA).
 * Each cluster of a fleet is a delivery of its own, reported from its own span (fleet/cluster-run.ts).
 */


const RESULTS = {
    succeeded: 'success',
    failed: 'failure',
    'rolled-back': 'rolled_back',
};
/**
 * The delivery of a rollout, or undefined when there is none to count: nothing was applied, no workload
 * was rolled out, or the run was cancelled (neither a success nor a change failure).
 */
function rolloutDelivery(r, c) {
    const m = r.moments;
    if (!m?.workload || m.decided === undefined || r.cancelled)
        return undefined;
    const committed = typeof c.commitTime === 'string' ? Date.parse(c.commitTime) : c.commitTime;
    const known = committed !== undefined && Number.isFinite(committed) ? committed : undefined;
    const result = RESULTS[r.status];
    // A fleet's cluster's deployment ends at its own verdict, not when the rest of the fleet let it go.
    const figures = (0,telemetry_delivery/* deliveryFigures */.s0)({
        committed: known,
        started: m.applied,
        decided: m.verified ?? m.decided,
        restored: m.restored,
        result,
    });
    // Verified, then rolled back because another cluster failed: its restore starts at that decision.
    if (m.verified !== undefined && result === 'rolled_back')
        figures.timeToRestore = (0,telemetry_delivery/* deliveryFigures */.s0)({
            started: m.decided,
            decided: m.decided,
            restored: m.restored,
            result,
        }).timeToRestore;
    return {
        figures,
        labels: {
            service: m.workload,
            namespace: m.namespace,
            cluster: c.cluster || m.cluster || undefined,
            environment: c.environment,
            version: c.version || (0,src_version/* versionFromRef */.YN)(c.ref ?? '', c.tagPrefix) || undefined,
        },
        commit: c.commit || undefined,
        commitTime: known !== undefined ? (0,src_version/* rfc3339 */.ag)(Math.floor(known / 1000)) : undefined,
        verifiedBy: c.verified ? 'smoke test' : 'rollout',
    };
}
/** The delivery on the active span (the k8s-rollout stage's) and among the run's metrics. */
function reportDelivery(d) {
    if (!d)
        return;
    (0,telemetry/* activeSpan */.PC)().set((0,telemetry_delivery/* deliverySpanAttributes */.yy)(d));
    (0,telemetry_metrics/* recordDelivery */.EP)(d);
}
/** The context with its commit time read now, if it is to be read (`readCommitTime`). */
async function withCommitTime(c) {
    if (c.commitTime !== undefined || !c.readCommitTime)
        return c;
    return { ...c, commitTime: await c.readCommitTime() };
}
/**
 * The commit's time for the k8s-rollout action alone, as epoch ms: describeSource of the checkout (the
 * same rule the build stamps: SOURCE_DATE_EPOCH, else the committer time) when it is at `sha`; without a
 * checkout, SOURCE_DATE_EPOCH; otherwise unknown. Never fails the rollout.
 */
async function checkoutCommitTime(workspace, env, sha) {
    try {
        const s = await (0,src_version/* describeSource */.B6)(workspace, { env: env });
        return !sha || s.commit === sha ? s.epoch * 1000 : undefined;
    }
    catch {
        try {
            const epoch = (0,src_version/* sourceDateEpoch */.pA)(env);
            return epoch !== undefined ? epoch * 1000 : undefined;
        }
        catch {
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/types.ts
function condition(status, type) {
    return status?.conditions?.find((c) => c.type === type);
}

;// CONCATENATED MODULE: ./packages/kube/src/failure.ts

/** Waiting reasons a kubelet reports for problems that do not fix themselves by waiting. */
const FATAL_WAITING = new Set([
    'ImagePullBackOff',
    'ErrImagePull',
    'InvalidImageName',
    'ErrImageNeverPull',
    'CreateContainerConfigError',
    'CreateContainerError',
    'RunContainerError',
]);
/**
 * Messages of those reasons that the kubelet's next pod sync clears by itself: its ConfigMap/Secret watch cache
 * was not synced yet (a new namespace on a busy node: "failed to sync configmap cache: timed out waiting for
 * the condition", seen on the real node under load). Not a failure: the watch goes on, and a condition that
 * stays is still caught by the progress deadline and the timeout.
 */
const TRANSIENT_WAITING = /failed to sync (configmap|secret) cache/i;
function podFailure(pod, opts) {
    if (pod.metadata.deletionTimestamp)
        return undefined;
    const status = (pod.status ?? {});
    const podName = pod.metadata.name;
    const scheduled = condition(status, 'PodScheduled');
    if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
        return { reason: 'Unschedulable', message: scheduled.message ?? 'no node can run the pod', pod: podName };
    }
    const init = containerFailure(status.initContainerStatuses, opts, true);
    if (init)
        return { ...init, pod: podName };
    const main = containerFailure(status.containerStatuses, opts, false);
    if (main)
        return { ...main, pod: podName };
    if (opts.restartsAtComplete) {
        for (const c of status.containerStatuses ?? []) {
            const before = opts.restartsAtComplete.get(`${pod.metadata.uid}/${c.name}`) ?? 0;
            // A workload's containers always restart: an exit is a crash as soon as the kubelet reports it,
            // before the restart that follows (which is a moment later).
            const exited = c.state?.terminated;
            if ((c.restartCount ?? 0) <= before && !exited)
                continue;
            const last = exited ?? c.lastState?.terminated;
            const exit = last ? `; exit code ${last.exitCode}${last.reason ? ` (${last.reason})` : ''}` : '';
            return {
                reason: 'CrashAfterReady',
                message: `container "${c.name}" ${exited ? 'exited' : 'restarted'} after the rollout looked complete (it has no readiness probe, so it counted as Ready as soon as it started)${exit}`,
                container: c.name,
                pod: podName,
            };
        }
    }
    return undefined;
}
/** Each container's restart count, by `<pod uid>/<container>` (see ClassifyOptions.restartsAtComplete). */
function restartCounts(pods) {
    const counts = new Map();
    for (const p of pods)
        for (const c of (p.status ?? {}).containerStatuses ?? [])
            counts.set(`${p.metadata.uid}/${c.name}`, c.restartCount ?? 0);
    return counts;
}
function containerFailure(statuses, opts, init) {
    const prefix = init ? 'Init:' : '';
    const what = init ? 'init container' : 'container';
    for (const c of statuses ?? []) {
        const waiting = c.state?.waiting;
        const restarts = c.restartCount ?? 0;
        const last = c.lastState?.terminated ?? c.state?.terminated;
        if (waiting?.reason &&
            FATAL_WAITING.has(waiting.reason) &&
            !TRANSIENT_WAITING.test(waiting.message ?? '')) {
            return {
                reason: `${prefix}${waiting.reason}`,
                message: `${what} "${c.name}"${c.image ? ` (image ${c.image})` : ''}: ${waiting.message ?? waiting.reason}`,
                container: c.name,
            };
        }
        if (last?.reason === 'OOMKilled') {
            return {
                reason: `${prefix}OOMKilled`,
                message: `${what} "${c.name}" was killed for using more memory than its limit (exit code ${last.exitCode ?? 137}, ${restarts} restarts)`,
                container: c.name,
            };
        }
        const crashed = waiting?.reason === 'CrashLoopBackOff' || (last !== undefined && (last.exitCode ?? 0) !== 0);
        if (crashed && restarts >= opts.failureThreshold) {
            const exit = last
                ? `; last exit code ${last.exitCode}${last.reason ? ` (${last.reason})` : ''}${last.message ? `: ${last.message.trim()}` : ''}`
                : '';
            return {
                reason: `${prefix}CrashLoopBackOff`,
                message: `${what} "${c.name}" restarted ${restarts} times (failure-threshold ${opts.failureThreshold})${exit}`,
                container: c.name,
            };
        }
        // An init container of a pod that never restarts (Jobs with restartPolicy Never) fails for good at once.
        if (init &&
            c.state?.terminated &&
            (c.state.terminated.exitCode ?? 0) !== 0 &&
            restarts === 0 &&
            waiting === undefined) {
            const t = c.state.terminated;
            return {
                reason: 'Init:Error',
                message: `init container "${c.name}" exited with code ${t.exitCode}${t.message ? `: ${t.message.trim()}` : ''}`,
                container: c.name,
            };
        }
    }
    return undefined;
}
/**
 * ReplicaFailure messages the controller's next attempt clears by itself: a controller's own service account
 * refused, which only happens while a restarted API server's authorizer has not synced its RBAC cache yet
 * (seen in CI right after an API server restart), or the API server not answering at all. A quota, an
 * admission webhook or PodSecurity (`violates PodSecurity`) stays a failure.
 */
const TRANSIENT_REPLICA_FAILURE = /User "system:serviceaccount:kube-system:[a-z-]+-controller" cannot create resource|connect: connection refused|connection reset by peer/;
/** ReplicaSet (or Deployment) condition ReplicaFailure=True: pods cannot even be created (quota, admission). */
function replicaFailure(obj) {
    const c = condition(obj.status, 'ReplicaFailure');
    if (c?.status !== 'True' || TRANSIENT_REPLICA_FAILURE.test(c.message ?? ''))
        return undefined;
    return {
        reason: `ReplicaFailure${c.reason ? `/${c.reason}` : ''}`,
        message: `${obj.kind} ${obj.metadata.name}: ${c.message ?? c.reason}`,
    };
}
function eventTime(e) {
    return (Date.parse(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata.creationTimestamp ?? '') || 0);
}
/** The last `limit` events about the given objects (by uid), oldest first, one line each. */
function lastEvents(events, uids, limit = 5) {
    return ([...events]
        .filter((e) => e.involvedObject?.uid && uids.has(e.involvedObject.uid))
        // Timestamps have whole seconds; the resourceVersion orders events written in the same second.
        .sort((a, b) => eventTime(a) - eventTime(b) ||
        Number(a.metadata.resourceVersion ?? 0) - Number(b.metadata.resourceVersion ?? 0))
        .slice(-limit)
        .map((e) => {
        const count = (e.count ?? 1) > 1 ? ` (x${e.count})` : '';
        return `${e.type ?? 'Normal'} ${e.reason ?? ''}${count} ${e.involvedObject.kind ?? ''}/${e.involvedObject.name ?? ''}: ${(e.message ?? '').trim()}`;
    }));
}

;// CONCATENATED MODULE: ./packages/kube/src/selectors.ts
/** A LabelSelector as the `labelSelector` query parameter (the syntax `kubectl -l` takes). */
function selectorString(selector) {
    const parts = [];
    for (const [k, v] of Object.entries(selector?.matchLabels ?? {}))
        parts.push(`${k}=${v}`);
    for (const e of selector?.matchExpressions ?? []) {
        const values = (e.values ?? []).join(',');
        if (e.operator === 'In')
            parts.push(`${e.key} in (${values})`);
        else if (e.operator === 'NotIn')
            parts.push(`${e.key} notin (${values})`);
        else if (e.operator === 'Exists')
            parts.push(e.key);
        else if (e.operator === 'DoesNotExist')
            parts.push(`!${e.key}`);
    }
    return parts.join(',');
}
/** Structural equality of JSON values (object key order does not matter). */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const bb = b;
        return a.length === bb.length && a.every((v, i) => jsonEqual(v, bb[i]));
    }
    const ao = a;
    const bo = b;
    const keys = Object.keys(ao).filter((k) => ao[k] !== undefined);
    const bkeys = Object.keys(bo).filter((k) => bo[k] !== undefined);
    return keys.length === bkeys.length && keys.every((k) => jsonEqual(ao[k], bo[k]));
}

;// CONCATENATED MODULE: ./packages/kube/src/status.ts

const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
function deploymentProgress(d, opts = {}) {
    const name = d.metadata.name;
    const status = d.status ?? {};
    if ((d.metadata.generation ?? 0) > (status.observedGeneration ?? 0)) {
        return { state: 'waiting', message: 'waiting for the deployment spec update to be observed' };
    }
    const progressing = condition(status, 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded' && !isStale(progressing, opts.changedAt)) {
        return {
            state: 'failed',
            reason: 'ProgressDeadlineExceeded',
            message: `deployment "${name}" exceeded its progress deadline (${d.spec?.progressDeadlineSeconds ?? 600}s)${progressing.message ? `: ${progressing.message}` : ''}`,
        };
    }
    const want = d.spec?.replicas ?? 1;
    const updated = status.updatedReplicas ?? 0;
    const replicas = status.replicas ?? 0;
    const available = status.availableReplicas ?? 0;
    if (updated < want)
        return { state: 'waiting', message: `${updated} of ${want} new replicas have been updated` };
    if (replicas > updated)
        return { state: 'waiting', message: `${replicas - updated} old replicas are pending termination` };
    if (available < updated)
        return { state: 'waiting', message: `${available} of ${updated} updated replicas are available` };
    return {
        state: 'complete',
        message: `deployment "${name}" successfully rolled out (${available}/${want} available)`,
    };
}
function statefulSetProgress(s) {
    const status = s.status ?? {};
    if (s.spec?.updateStrategy?.type && s.spec.updateStrategy.type !== 'RollingUpdate') {
        return {
            state: 'complete',
            message: `statefulset "${s.metadata.name}" uses the ${s.spec.updateStrategy.type} strategy: no rollout to wait for`,
        };
    }
    if (!status.observedGeneration || (s.metadata.generation ?? 0) > status.observedGeneration) {
        return { state: 'waiting', message: 'waiting for the statefulset spec update to be observed' };
    }
    const want = s.spec?.replicas ?? 1;
    if ((status.readyReplicas ?? 0) < want) {
        return { state: 'waiting', message: `${status.readyReplicas ?? 0} of ${want} pods are ready` };
    }
    const partition = s.spec?.updateStrategy?.rollingUpdate?.partition ?? 0;
    if (partition > 0) {
        if ((status.updatedReplicas ?? 0) < want - partition) {
            return {
                state: 'waiting',
                message: `${status.updatedReplicas ?? 0} of ${want - partition} pods updated (partition ${partition})`,
            };
        }
        return {
            state: 'complete',
            message: `partitioned roll out complete: ${status.updatedReplicas ?? 0} new pods`,
        };
    }
    if (status.updateRevision !== status.currentRevision) {
        return {
            state: 'waiting',
            message: `${status.updatedReplicas ?? 0} of ${want} pods at revision ${status.updateRevision}`,
        };
    }
    return {
        state: 'complete',
        message: `statefulset "${s.metadata.name}" rolled out (${want} pods at revision ${status.currentRevision})`,
    };
}
function daemonSetProgress(ds) {
    const status = ds.status ?? {};
    if (ds.spec?.updateStrategy?.type && ds.spec.updateStrategy.type !== 'RollingUpdate') {
        return {
            state: 'complete',
            message: `daemonset "${ds.metadata.name}" uses the ${ds.spec.updateStrategy.type} strategy: no rollout to wait for`,
        };
    }
    if ((ds.metadata.generation ?? 0) > (status.observedGeneration ?? 0)) {
        return { state: 'waiting', message: 'waiting for the daemonset spec update to be observed' };
    }
    const desired = status.desiredNumberScheduled ?? 0;
    if ((status.updatedNumberScheduled ?? 0) < desired) {
        return {
            state: 'waiting',
            message: `${status.updatedNumberScheduled ?? 0} of ${desired} updated pods are scheduled`,
        };
    }
    if ((status.numberAvailable ?? 0) < desired) {
        return {
            state: 'waiting',
            message: `${status.numberAvailable ?? 0} of ${desired} updated pods are available`,
        };
    }
    return {
        state: 'complete',
        message: `daemon set "${ds.metadata.name}" successfully rolled out (${desired} pods)`,
    };
}
function jobProgress(job) {
    const status = job.status ?? {};
    const failed = status.conditions?.find((c) => c.type === 'Failed' && c.status === 'True');
    if (failed) {
        return {
            state: 'failed',
            reason: failed.reason ?? 'JobFailed',
            message: `job "${job.metadata.name}" failed: ${failed.message ?? failed.reason}`,
        };
    }
    const complete = condition(status, 'Complete');
    if (complete?.status === 'True') {
        return {
            state: 'complete',
            message: `job "${job.metadata.name}" completed (${status.succeeded ?? 0} succeeded)`,
        };
    }
    const want = job.spec?.completions ?? 1;
    return {
        state: 'waiting',
        message: `${status.succeeded ?? 0} of ${want} completions, ${status.active ?? 0} active, ${status.failed ?? 0} failed`,
    };
}
/** `kind` explicitly: objects from a LIST carry no kind of their own. */
function workloadProgress(obj, kind, opts = {}) {
    switch (kind) {
        case 'Deployment':
            return deploymentProgress(obj, opts);
        case 'StatefulSet':
            return statefulSetProgress(obj);
        case 'DaemonSet':
            return daemonSetProgress(obj);
        case 'Job':
            return jobProgress(obj);
        default:
            return { state: 'complete', message: `${kind} has no rollout` };
    }
}
/**
 * A condition written no later than our change is about an earlier rollout. Same second counts as stale:
 * timestamps have whole seconds, and a deadline that is really ours comes at least
 * progressDeadlineSeconds (≥ 1 s) after the change.
 */
function isStale(c, changedAt) {
    if (!changedAt)
        return false;
    const at = c.lastUpdateTime ?? c.lastTransitionTime;
    return at !== undefined && Date.parse(at) <= Date.parse(changedAt);
}

;// CONCATENATED MODULE: ./packages/kube/src/evaluate.ts



function evaluate(snap, target, opts) {
    const w = snap.workload;
    const ref = { kind: target.kind, namespace: target.namespace, name: target.name };
    if (snap.deleted) {
        return {
            state: 'failed',
            failure: {
                ...ref,
                reason: 'Deleted',
                message: `${target.kind} ${target.name} was deleted during the rollout`,
            },
        };
    }
    if (!w)
        return { state: 'waiting', message: `waiting for ${target.kind} ${target.name} to appear` };
    const revision = revisionOf(w, target.kind);
    if (target.template !== undefined &&
        target.kind !== 'Job' &&
        !jsonEqual(w.spec?.template, target.template)) {
        return {
            state: 'superseded',
            revision,
            message: `${target.kind} ${target.namespace}/${target.name} was changed by someone else during the rollout (now generation ${w.metadata.generation}${revision ? `, revision ${revision}` : ''}): its pod template is no longer the one we applied`,
        };
    }
    // Jobs have no observedGeneration (their template is immutable: there is only one revision).
    const observed = target.kind === 'Job' || (w.status?.observedGeneration ?? 0) >= target.generation;
    const owner = observed ? currentOwner(snap, target) : undefined;
    const newPods = owner ? snap.pods.filter((p) => isOwnedBy(p, owner.uid, owner.labels)) : [];
    const fail = (cause, extraUids = []) => {
        const uids = new Set([w.metadata.uid, ...(owner ? [owner.uid] : []), ...extraUids]);
        const pod = cause.pod ? snap.pods.find((p) => p.metadata.name === cause.pod) : undefined;
        if (pod?.metadata.uid)
            uids.add(pod.metadata.uid);
        return {
            state: 'failed',
            revision,
            failure: { ...ref, ...cause, events: lastEvents(snap.events, uids) },
        };
    };
    // Early signals first: they are what the deadline would eventually report, only minutes sooner.
    if (owner?.object) {
        const rf = replicaFailure(owner.object);
        if (rf)
            return fail(rf);
    }
    const wf = target.kind === 'Deployment' ? replicaFailure(w) : undefined;
    if (wf && observed)
        return fail(wf);
    for (const pod of newPods) {
        const cause = podFailure(pod, opts);
        if (cause)
            return fail(cause);
    }
    const progress = workloadProgress(w, target.kind, { changedAt: target.changedAt });
    if (progress.state === 'failed') {
        // Say why there was no progress: the pods that are not ready and what they report.
        const stuck = newPods.filter((p) => !isReady(p)).slice(0, 3);
        const detail = stuck.length > 0 ? `; not ready: ${stuck.map(describePod).join('; ')}` : '';
        return fail({
            reason: progress.reason ?? 'Failed',
            message: progress.message + detail,
            pod: stuck[0]?.metadata.name,
        }, stuck.map((p) => p.metadata.uid).filter(Boolean));
    }
    if (progress.state === 'complete' && observed)
        return { state: 'complete', message: progress.message, revision };
    // Pods held in Init (a dependency not there yet) are waiting, not failing: name what they wait for.
    const initWait = newPods.map(waitingInit).find(Boolean);
    return {
        state: 'waiting',
        message: initWait ? `${progress.message}; ${initWait}` : progress.message,
        revision,
    };
}
/** `waiting for init container wait-db (pod x)` while a pod's init container runs or waits, else undefined. */
function waitingInit(pod) {
    const status = (pod.status ?? {});
    const running = (status.initContainerStatuses ?? []).find((c) => !c.ready && !c.state?.terminated);
    return running ? `waiting for init container ${running.name} (pod ${pod.metadata.name})` : undefined;
}
function revisionOf(w, kind = w.kind) {
    if (kind === 'Deployment')
        return w.metadata.annotations?.[REVISION_ANNOTATION];
    if (kind === 'StatefulSet')
        return w.status?.updateRevision;
    if (kind === 'DaemonSet')
        return w.metadata.annotations?.['deprecated.daemonset.template.generation'];
    return undefined;
}
/** The object whose pods are the new revision's: the new ReplicaSet, or the workload itself with a label filter. */
function currentOwner(snap, target) {
    const w = snap.workload;
    switch (target.kind) {
        case 'Deployment': {
            const rs = newReplicaSet(w, snap.replicaSets);
            return rs ? { uid: rs.metadata.uid, object: rs } : undefined;
        }
        case 'StatefulSet':
            return w.status?.updateRevision
                ? { uid: w.metadata.uid, labels: { 'controller-revision-hash': w.status.updateRevision } }
                : undefined;
        case 'DaemonSet': {
            const gen = w.metadata.annotations?.['deprecated.daemonset.template.generation'];
            return { uid: w.metadata.uid, labels: gen ? { 'pod-template-generation': gen } : undefined };
        }
        case 'Job':
            return { uid: w.metadata.uid };
    }
}
/** The ReplicaSet whose template is the Deployment's (ignoring pod-template-hash), as the controller finds it. */
function newReplicaSet(d, replicaSets) {
    const owned = replicaSets.filter((rs) => isOwnedBy(rs, d.metadata.uid));
    const template = d.spec?.template;
    return owned
        .filter((rs) => jsonEqual(withoutHash(rs.spec?.template), withoutHash(template)))
        .sort((a, b) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? ''))[0];
}
function withoutHash(template) {
    if (!template || typeof template !== 'object')
        return template;
    const t = structuredClone(template);
    if (t.metadata?.labels) {
        delete t.metadata.labels['pod-template-hash'];
        if (Object.keys(t.metadata.labels).length === 0)
            delete t.metadata.labels;
    }
    return t;
}
function isOwnedBy(obj, uid, labels) {
    if (!obj.metadata.ownerReferences?.some((o) => o.uid === uid))
        return false;
    return Object.entries(labels ?? {}).every(([k, v]) => obj.metadata.labels?.[k] === v);
}
function isReady(pod) {
    return (pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false);
}
/** `name (Running, container app: running, not ready)` — one pod's state in a line. */
function describePod(pod) {
    const status = (pod.status ?? {});
    const scheduled = status.conditions?.find((c) => c.type === 'PodScheduled');
    if (scheduled?.status === 'False')
        return `${pod.metadata.name} (${scheduled.reason}: ${scheduled.message ?? ''})`;
    const containers = [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])].map(describeContainer);
    return `${pod.metadata.name} (${status.phase ?? 'Unknown'}${containers.length ? `, ${containers.join(', ')}` : ''})`;
}
function describeContainer(c) {
    const s = c.state ?? {};
    const state = s.waiting
        ? `waiting ${s.waiting.reason ?? ''}`
        : s.terminated
            ? `terminated ${s.terminated.reason ?? s.terminated.exitCode}`
            : s.running
                ? 'running'
                : 'unknown';
    return `${c.name}: ${state}${c.ready ? '' : ', not ready'}${c.restartCount ? `, ${c.restartCount} restarts` : ''}`;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./packages/kit/src/retry.ts
/** Exponential backoff with "full jitter", so parallel clients that failed together do not retry together. */
function backoffDelay(attempt, base, max, random = Math.random) {
    const ceiling = Math.min(max, base * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const t = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(t);
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
async function retry(fn, opts = {}) {
    const attempts = opts.attempts ?? 4;
    const base = opts.baseDelayMs ?? 500;
    const max = opts.maxDelayMs ?? 10_000;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (opts.signal?.aborted || (opts.retryable && !opts.retryable(err)))
                throw err;
            if (attempt >= attempts && !opts.beyondAttempts?.(err))
                throw err;
            const delay = backoffDelay(attempt, base, max, opts.random);
            opts.onRetry?.(err, attempt, delay);
            await sleep(delay, opts.signal);
        }
    }
}

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var src_errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/proxy.ts
var proxy = __webpack_require__(7844);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/exec.ts + 1 modules
var exec = __webpack_require__(8734);
// EXTERNAL MODULE: ./packages/cluster/src/kubeconfig.ts
var src_kubeconfig = __webpack_require__(2435);
;// CONCATENATED MODULE: ./packages/cluster/src/credentials.ts




const EXEC_TIMEOUT_MS = 60_000;
const EXEC_APIS = new Set(['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1']);
function fail(target, problem, hint) {
    const sep = problem.startsWith(':') ? '' : ' ';
    return new src_errors/* UserError */.yo(`Input 'kubeconfig': user '${target.user || '(none)'}'${sep}${problem}`, { hint });
}
class Credentials {
    target;
    events;
    execCached;
    execPending;
    staticAuth;
    baseTls;
    constructor(target, events) {
        this.target = target;
        this.events = events;
        const cluster = target.clusterEntry;
        const user = target.userEntry;
        const dir = (0,src_kubeconfig/* kubeconfigDir */.xW)(target);
        const file = (what, p) => {
            const full = (0,external_node_path_.isAbsolute)(p) || !dir ? (0,external_node_path_.resolve)(p) : (0,external_node_path_.resolve)(dir, p);
            try {
                return (0,external_node_fs_.readFileSync)(full);
            }
            catch (err) {
                throw fail(target, `: its ${what} file '${full}' cannot be read (${err.code ?? (0,src_errors/* errorMessage */.gJ)(err)})`, 'Relative paths in a kubeconfig file resolve against its folder; in kubeconfig content, use the *-data fields.');
            }
        };
        const data = (what, b64) => {
            const decoded = Buffer.from(b64, 'base64');
            if (decoded.length === 0)
                throw fail(target, `: its ${what} is not base64`);
            return decoded;
        };
        const insecure = cluster['insecure-skip-tls-verify'] === true;
        this.baseTls = {
            rejectUnauthorized: !insecure,
            servername: cluster['tls-server-name'] || undefined,
            ca: cluster['certificate-authority-data']
                ? data('certificate-authority-data', cluster['certificate-authority-data'])
                : cluster['certificate-authority']
                    ? file('certificate-authority', cluster['certificate-authority'])
                    : undefined,
            cert: user['client-certificate-data']
                ? data('client-certificate-data', user['client-certificate-data'])
                : user['client-certificate']
                    ? file('client-certificate', user['client-certificate'])
                    : undefined,
            key: user['client-key-data']
                ? data('client-key-data', user['client-key-data'])
                : user['client-key']
                    ? file('client-key', user['client-key'])
                    : undefined,
        };
        if (Boolean(this.baseTls.cert) !== Boolean(this.baseTls.key))
            throw fail(target, 'has a client certificate without its key, or a key without its certificate');
        let token = user.token;
        if (!token && user.tokenFile) {
            token = file('tokenFile', user.tokenFile).toString('utf8').trim();
            if (token)
                events.secret(token);
        }
        const provider = user['auth-provider'];
        if (!token && provider) {
            const idToken = provider.config?.['id-token'];
            if (provider.name !== 'oidc' || !idToken)
                throw fail(target, `uses auth-provider '${provider.name ?? '?'}'${provider.name === 'oidc' ? ' without an id-token' : ''}, which goship does not run`, 'auth-provider plugins were removed from kubectl (1.26); use the exec plugin that replaced it (gke-gcloud-auth-plugin, kubelogin, aws eks get-token) or a token.');
            token = idToken;
        }
        if (token)
            this.staticAuth = `Bearer ${token}`;
        else if (user.username && user.password)
            this.staticAuth = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
        if (user.exec)
            this.checkExec(user.exec);
    }
    /** Whether requests depend on an exec plugin (whose credential may change, and be refreshed after a 401). */
    get usesExec() {
        return !this.staticAuth && this.target.userEntry.exec !== undefined;
    }
    /**
     * The TLS options and Authorization header for the next request (running the exec plugin when the last
     * credential is missing or near its expirationTimestamp), and which credential that is (for `invalidate`).
     */
    async current(signal) {
        if (!this.usesExec)
            return { tls: this.baseTls, authorization: this.staticAuth };
        const cred = await this.execCredential(signal);
        // The same object for the same credential: the client keeps one connection pool per TLS identity.
        cred.tls ??=
            cred.clientCertificateData && cred.clientKeyData
                ? { ...this.baseTls, cert: cred.clientCertificateData, key: cred.clientKeyData }
                : this.baseTls;
        return {
            tls: cred.tls,
            authorization: cred.token ? `Bearer ${cred.token}` : undefined,
            credential: cred,
        };
    }
    /**
     * After a 401 with `used` (current's `credential`): forget it so the next request asks the plugin again
     * (client-go does the same). True when a retry may get another credential: always with an exec plugin — when
     * concurrent requests get their 401s together, the first forgets the credential and the others retry with
     * the one the plugin gives next, instead of failing.
     */
    invalidate(used) {
        if (!this.usesExec)
            return false;
        if (used === undefined || this.execCached === used)
            this.execCached = undefined;
        return true;
    }
    checkExec(config) {
        if (!config.command)
            throw fail(this.target, 'has an exec plugin without a command');
        if (config.apiVersion && !EXEC_APIS.has(config.apiVersion))
            throw fail(this.target, `has an exec plugin with apiVersion '${config.apiVersion}'`, `Use ${[...EXEC_APIS].join(' or ')}.`);
        if (config.interactiveMode === 'Always')
            throw fail(this.target, `has an exec plugin '${config.command}' with interactiveMode: Always, and a CI step has no terminal`, 'Use a plugin mode that needs no prompt (interactiveMode: Never or IfAvailable).');
    }
    execCredential(signal) {
        const c = this.execCached;
        if (c && (c.expires === undefined || c.expires - Date.now() > 10_000))
            return Promise.resolve(c);
        this.execPending ??= this.runExec(signal).finally(() => {
            this.execPending = undefined;
        });
        return this.execPending;
    }
    async runExec(signal) {
        const config = this.target.userEntry.exec;
        const dir = (0,src_kubeconfig/* kubeconfigDir */.xW)(this.target);
        const command = config.command;
        // client-go: a relative command with a path separator is relative to the kubeconfig's folder.
        const file = command.includes('/') && !(0,external_node_path_.isAbsolute)(command) && dir ? (0,external_node_path_.resolve)(dir, command) : command;
        const apiVersion = config.apiVersion ?? 'client.authentication.k8s.io/v1';
        const cluster = this.target.clusterEntry;
        const info = {
            apiVersion,
            kind: 'ExecCredential',
            spec: {
                interactive: false,
                ...(config.provideClusterInfo
                    ? {
                        cluster: {
                            server: this.target.server,
                            'tls-server-name': cluster['tls-server-name'],
                            'insecure-skip-tls-verify': cluster['insecure-skip-tls-verify'],
                            'certificate-authority-data': cluster['certificate-authority-data'],
                        },
                    }
                    : {}),
            },
        };
        const env = { ...process.env, KUBERNETES_EXEC_INFO: JSON.stringify(info) };
        for (const e of config.env ?? [])
            if (e?.name)
                env[e.name] = e.value ?? '';
        this.events.notice(`kubeconfig user '${this.target.user}' gets its credentials from the exec plugin '${command}'${config.args?.length ? ` (${config.args.length} arguments)` : ''}`);
        const timeout = AbortSignal.timeout(EXEC_TIMEOUT_MS);
        let result;
        try {
            result = await (0,exec/* exec */.m0)(file, config.args ?? [], {
                env,
                allowFailure: true,
                signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
            });
        }
        catch (err) {
            if (timeout.aborted)
                throw fail(this.target, `: the exec plugin '${command}' did not answer within ${EXEC_TIMEOUT_MS / 1000}s`);
            if (signal?.aborted)
                throw signal.reason;
            throw fail(this.target, `: the exec plugin '${command}' cannot be started: ${err instanceof src_errors/* UserError */.yo ? 'not found' : (0,src_errors/* errorMessage */.gJ)(err)}`, config.installHint ||
                'Install the plugin on the runner, or give its absolute path in the kubeconfig.');
        }
        if (result.code !== 0) {
            const tail = result.stderr.trim().split('\n').slice(-3).join(' / ').slice(0, 400);
            throw fail(this.target, `: the exec plugin '${command}' exited with code ${result.code}${tail ? `: ${tail}` : ''}`, config.installHint);
        }
        let parsed;
        try {
            parsed = JSON.parse(result.stdout);
        }
        catch {
            throw fail(this.target, `: the exec plugin '${command}' did not print an ExecCredential (JSON)`);
        }
        const status = parsed?.status;
        if (parsed?.kind !== 'ExecCredential' || !status || (!status.token && !status.clientKeyData))
            throw fail(this.target, `: the exec plugin '${command}' printed no ExecCredential with a status.token or client certificate`);
        if (parsed.apiVersion !== apiVersion)
            throw fail(this.target, `: the exec plugin '${command}' answered with apiVersion '${parsed.apiVersion}', the kubeconfig asks for '${apiVersion}'`);
        // Masked before anything else can print them.
        for (const s of [status.token, status.clientKeyData])
            if (s)
                this.events.secret(s);
        if (Boolean(status.clientCertificateData) !== Boolean(status.clientKeyData))
            throw fail(this.target, `: the exec plugin '${command}' returned a client certificate without its key`);
        const expires = status.expirationTimestamp ? Date.parse(status.expirationTimestamp) : undefined;
        this.execCached = {
            token: status.token,
            clientCertificateData: status.clientCertificateData,
            clientKeyData: status.clientKeyData,
            expires: Number.isNaN(expires) ? undefined : expires,
        };
        return this.execCached;
    }
}

// EXTERNAL MODULE: ./packages/cluster/src/proxy.ts
var src_proxy = __webpack_require__(8822);
;// CONCATENATED MODULE: ./packages/cluster/src/client.ts





/** A non-2xx answer from the API server, with its `Status` body. */
class ApiError extends Error {
    statusCode;
    status;
    method;
    path;
    constructor(statusCode, status, method, path) {
        super(status.message || `${method} ${path}: HTTP ${statusCode}`);
        this.statusCode = statusCode;
        this.status = status;
        this.method = method;
        this.path = path;
        this.name = 'ApiError';
    }
    get reason() {
        return this.status.reason ?? '';
    }
}
/** The API server could not be reached at all (refused, DNS, TLS, timeout). */
class ConnectionError extends Error {
    code;
    retryable;
    constructor(message, code, retryable) {
        super(message);
        this.code = code;
        this.retryable = retryable;
        this.name = 'ConnectionError';
    }
}
const TLS_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'EPROTO',
]);
/*
 * Once the API server has answered, a refused or dropped connection (or a 503 while it starts) is most
 * likely a restart: a managed control plane's upgrade or an API server pod rolling takes tens of seconds.
 * Requests then keep retrying for this long. Before its first answer, a refusal is most likely a wrong
 * server URL and fails after the request's few attempts.
 */
const OUTAGE_TOLERANCE_MS = 60_000;
class KubeClient {
    credentials;
    target;
    log;
    agent;
    /** Whether the API server has answered this client (any status): see OUTAGE_TOLERANCE_MS. */
    answered = false;
    constructor(credentials, target, log) {
        this.credentials = credentials;
        this.target = target;
        this.log = log;
    }
    static async create(target, log) {
        return new KubeClient(new Credentials(target, log), target, log);
    }
    /** Where we talk to, for messages: the server URL, the context/user and the proxy, never credentials. */
    describe() {
        const proxy = this.target.proxy ? `, through the proxy ${this.target.proxy.shown}` : '';
        return `${this.target.server} (context '${this.target.context}'${this.target.user ? `, user '${this.target.user}'` : ''}${proxy})`;
    }
    url(path, query) {
        const u = new URL(this.target.server.replace(/\/+$/, '') + path);
        for (const [k, v] of Object.entries(query ?? {}))
            if (v !== undefined)
                u.searchParams.set(k, String(v));
        return u.toString();
    }
    /** One JSON request; transient failures are retried with backoff, everything else is thrown typed. */
    async request(method, path, opts = {}) {
        return (await this.requestWithStatus(method, path, opts)).body;
    }
    /** As `request`, with the HTTP status (201 tells a creating apply from an updating one). */
    async requestWithStatus(method, path, opts = {}) {
        const started = Date.now();
        let outage = false;
        return retry(async () => {
            const res = await this.send(method, path, opts);
            const text = await readText(res.message, method, path);
            if (res.statusCode >= 200 && res.statusCode < 300) {
                return { statusCode: res.statusCode, body: (text ? JSON.parse(text) : {}) };
            }
            throw new ApiError(res.statusCode, parseStatus(text, res.statusCode), method, path);
        }, {
            attempts: opts.attempts ?? 4,
            baseDelayMs: 400,
            maxDelayMs: 4000,
            signal: opts.signal,
            retryable: isTransient,
            beyondAttempts: (err) => {
                outage =
                    this.answered &&
                        (err instanceof ConnectionError || (err instanceof ApiError && err.statusCode === 503));
                return outage && Date.now() - started < OUTAGE_TOLERANCE_MS;
            },
            onRetry: (err, attempt, delay) => this.log.info(`  ${method} ${path}: ${(0,src_errors/* errorMessage */.gJ)(err)}; retrying in ${delay} ms (attempt ${attempt + 1}${!outage ? '' : `; the API server answered before: waiting up to ${OUTAGE_TOLERANCE_MS / 1000} s for it`})`),
        }).catch((err) => {
            // Unreachable and unauthorized are the same for every request; other API errors (403, 404, 409, 422)
            // mean something different to each caller, which explains them itself.
            throw err instanceof ApiError && err.statusCode !== 401 ? err : this.explain(err);
        });
    }
    /** A streaming GET (watch): resolves once the headers arrived, with the body as text lines. */
    async stream(path, query, signal) {
        const res = await this.send('GET', path, { query, signal, timeoutMs: 0 });
        if (res.statusCode !== 200) {
            throw new ApiError(res.statusCode, parseStatus(await readText(res.message, 'GET', path), res.statusCode), 'GET', path);
        }
        return lines(res.message, path);
    }
    agentFor(tls, https) {
        // One keep-alive agent per TLS identity (an exec plugin may hand out a new client certificate). No socket
        // limit: every watch holds a connection for its whole life, and a cap would queue requests behind them.
        if (this.agent?.tls !== tls) {
            this.agent?.agent.destroy();
            // Through the kubeconfig's proxy-url or HTTPS_PROXY when there is one (proxy.ts): Node's proxyEnv.
            const proxy = (0,src_proxy/* proxyAgentOptions */.aB)(this.target.proxy, https);
            const agent = https
                ? new external_node_https_.Agent({ keepAlive: true, ...tls, ...proxy })
                : new external_node_http_.Agent({ keepAlive: true, ...proxy });
            this.agent = { tls, agent };
        }
        return this.agent.agent;
    }
    async send(method, path, opts) {
        const url = new URL(this.url(path, opts.query));
        const https = url.protocol === 'https:';
        const timeout = opts.timeoutMs ?? 30_000;
        const signals = [opts.signal, timeout > 0 ? AbortSignal.timeout(timeout) : undefined].filter(Boolean);
        const signal = signals.length > 0 ? AbortSignal.any(signals) : undefined;
        const body = opts.body === undefined
            ? undefined
            : Buffer.from(typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body));
        for (let attempt = 0;; attempt++) {
            const { tls, authorization, credential } = await this.credentials.current(opts.signal);
            const headers = {
                Accept: 'application/json',
                'User-Agent': 'goship-k8s-rollout',
            };
            if (authorization)
                headers.Authorization = authorization;
            if (body) {
                headers['Content-Type'] = opts.contentType ?? 'application/json';
                headers['Content-Length'] = String(body.length);
            }
            let res;
            try {
                res = await new Promise((resolve, reject) => {
                    const req = (https ? external_node_https_.request : external_node_http_.request)(url, { method, headers, agent: this.agentFor(tls, https), signal }, (message) => resolve({ statusCode: message.statusCode ?? 0, message }));
                    req.on('error', reject);
                    req.end(body);
                });
            }
            catch (err) {
                if (opts.signal?.aborted)
                    throw opts.signal.reason ?? err;
                // A refused tunnel quotes the proxy's URL, password included: named without it, and not retried.
                const proxied = (0,src_proxy/* apiServerProxyFailure */.qB)(err, this.target.proxy, url);
                if (proxied)
                    throw proxied;
                const failure = toConnectionError(err, method, path, signal);
                if (!this.target.proxy)
                    throw failure;
                throw new ConnectionError((0,proxy/* redactProxy */.YP)(failure.message, this.target.proxy), failure.code, failure.retryable);
            }
            this.answered ||= !this.target.proxy || https;
            // Through a proxy to a plain-http server, the proxy's own refusal is an answer: not the API server's.
            if (res.statusCode === 407 && this.target.proxy && !https) {
                res.message.resume();
                throw (0,proxy/* proxyRefusal */.vd)(this.target.proxy, url, 407);
            }
            // An exec plugin's token may have been revoked or expired early: ask the plugin once more.
            if (res.statusCode === 401 && attempt === 0 && this.credentials.invalidate(credential)) {
                res.message.resume();
                continue;
            }
            return res;
        }
    }
    /** Turns the errors a user can cause or fix into messages that say what to do. */
    explain(err) {
        if (err instanceof ConnectionError) {
            const tls = err.code && TLS_CODES.has(err.code);
            return new src_errors/* UserError */.yo(`Cannot reach the API server at ${this.describe()}: ${err.message}`, {
                hint: tls
                    ? "The server's certificate is not trusted by the kubeconfig's certificate-authority(-data), or does not name this host."
                    : 'Check the server URL in the kubeconfig and that the cluster is reachable from the runner.',
                cause: err,
            });
        }
        if (err instanceof ApiError && err.statusCode === 401) {
            return new src_errors/* UserError */.yo(`Unauthorized: the API server at ${this.target.server} rejected the credentials of user '${this.target.user || '(none)'}' (context '${this.target.context}')`, {
                hint: 'The token or client certificate in the kubeconfig is wrong or expired; create a fresh kubeconfig secret.',
                cause: err,
            });
        }
        if (err instanceof ApiError && err.statusCode === 403) {
            return new src_errors/* UserError */.yo(`Forbidden: ${err.message}`, {
                hint: `The kubeconfig's user '${this.target.user || '(none)'}' lacks RBAC permission for this; grant it (a Role/ClusterRole and binding) or use a different kubeconfig.`,
                cause: err,
            });
        }
        return err;
    }
}
function isTransient(err) {
    if (err instanceof ConnectionError)
        return err.retryable;
    if (err instanceof ApiError)
        return err.statusCode === 429 || err.statusCode >= 500;
    return false;
}
function toConnectionError(err, method, path, signal) {
    const name = err.name;
    if (name === 'TimeoutError' || name === 'AbortError' || signal?.aborted) {
        return new ConnectionError(`${method} ${path} timed out`, 'ETIMEDOUT', true);
    }
    if (err instanceof ConnectionError)
        return err;
    const code = err.code;
    const message = (0,src_errors/* errorMessage */.gJ)(err);
    const retryable = !(code && TLS_CODES.has(code)) && !/certificate|self[- ]signed/i.test(message);
    return new ConnectionError(code && !message.includes(code) ? `${code}: ${message}` : message, code, retryable);
}
async function readText(message, method, path) {
    const chunks = [];
    try {
        for await (const chunk of message)
            chunks.push(chunk);
    }
    catch (err) {
        throw toConnectionError(err, method, path);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function parseStatus(text, code) {
    try {
        const parsed = JSON.parse(text);
        if (parsed && typeof parsed === 'object')
            return { code, ...parsed };
    }
    catch {
        /* not JSON: a proxy or load balancer answered */
    }
    return { code, message: text.trim().slice(0, 500) || `HTTP ${code}` };
}
async function* lines(body, path) {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
        for await (const chunk of body) {
            buffer += decoder.decode(chunk, { stream: true });
            let nl = buffer.indexOf('\n');
            while (nl >= 0) {
                const line = buffer.slice(0, nl).trim();
                buffer = buffer.slice(nl + 1);
                if (line)
                    yield line;
                nl = buffer.indexOf('\n');
            }
        }
        const rest = (buffer + decoder.decode()).trim();
        if (rest)
            yield rest;
    }
    catch (err) {
        throw toConnectionError(err, 'WATCH', path);
    }
    finally {
        body.destroy();
    }
}

;// CONCATENATED MODULE: ./packages/cluster/src/connect.ts


/**
 * Loads the client, checks the server answers (retrying a while: a cluster that is just starting, a
 * flaky network), and that our credentials are accepted — before anything is validated or applied.
 */
async function connect(target, log, signal) {
    const client = await KubeClient.create(target, log);
    // Who we are is asked alongside: one round trip, not two, before the real work starts.
    const review = client
        .request('POST', '/apis/authentication.k8s.io/v1/selfsubjectreviews', { body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' }, signal, attempts: 1 })
        .then((r) => r.status?.userInfo?.username, 
    // Older servers or restricted RBAC: who we are is only a nicety, a 401 is not.
    (err) => err instanceof ApiError ? undefined : err instanceof Error ? err : new Error(String(err)));
    let version;
    try {
        version = await client.request('GET', '/version', {
            attempts: 5,
            signal,
            timeoutMs: 10_000,
        });
    }
    catch (err) {
        await review;
        if (err instanceof src_errors/* UserError */.yo && /Cannot reach/.test(err.message)) {
            throw new src_errors/* UserError */.yo(`${err.message} (gave up after 5 attempts)`, { hint: err.hint, cause: err });
        }
        throw err;
    }
    let username = await review;
    if (username instanceof Error) {
        // The server answered /version, so this was no outage: ask once more, as before.
        username = await client
            .request('POST', '/apis/authentication.k8s.io/v1/selfsubjectreviews', { body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' }, signal })
            .then((r) => r.status?.userInfo?.username, (err) => {
            if (err instanceof ApiError)
                return undefined;
            throw err;
        });
    }
    return { client, serverVersion: version.gitVersion ?? 'unknown', username };
}

;// CONCATENATED MODULE: ./packages/cluster/src/types.ts
/*
 * The shapes of the raw JSON the API server sends that every caller reads: object metadata and the `Status`
 * of an error. We talk to the API with plain JSON (not client-node's model classes, whose deserializer turns
 * timestamps into Dates and drops unknown fields), so these types describe the wire format.
 */
function objectRef(obj) {
    const ns = obj.metadata.namespace ? `${obj.metadata.namespace}/` : '';
    return `${obj.kind} ${ns}${obj.metadata.name ?? obj.metadata.generateName ?? '?'}`;
}

;// CONCATENATED MODULE: ./packages/cluster/src/discovery.ts

function splitApiVersion(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0
        ? { group: '', version: apiVersion }
        : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
/** `/api/v1/namespaces/ns/deployments/name` and friends. */
function resourcePath(info, namespace, name) {
    const base = info.group ? `/apis/${info.group}/${info.version}` : `/api/${info.version}`;
    const ns = info.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
    return `${base}${ns}/${info.resource}${name ? `/${encodeURIComponent(name)}` : ''}`;
}
/**
 * Maps kinds to resources through the discovery API, one request per group-version that the manifests
 * use (fetched in parallel, cached), rather than the whole discovery document.
 */
class Discovery {
    client;
    lists = new Map();
    fromCrds = new Map();
    constructor(client) {
        this.client = client;
    }
    /** Kinds defined by CustomResourceDefinitions in the manifests, usable before the CRD exists. */
    addCrds(objects) {
        for (const crd of objects) {
            if (crd.kind !== 'CustomResourceDefinition')
                continue;
            const spec = crd.spec ?? {};
            for (const v of spec.versions ?? []) {
                const apiVersion = `${spec.group}/${v.name}`;
                this.fromCrds.set(`${apiVersion}|${spec.names?.kind}`, {
                    apiVersion,
                    group: spec.group,
                    version: v.name,
                    kind: spec.names?.kind,
                    resource: spec.names?.plural,
                    namespaced: spec.scope !== 'Cluster',
                    pendingCrd: true,
                });
            }
        }
    }
    /** Forgets cached lists (after CRDs were created). */
    reset() {
        this.lists.clear();
    }
    async resolve(apiVersion, kind) {
        const list = await this.list(apiVersion);
        const found = list?.resources?.find((r) => r.kind === kind && !r.name.includes('/'));
        if (found) {
            return {
                apiVersion,
                ...splitApiVersion(apiVersion),
                kind,
                resource: found.name,
                namespaced: found.namespaced,
            };
        }
        return this.fromCrds.get(`${apiVersion}|${kind}`);
    }
    /** The group's preferred group-version (e.g. `rbac.authorization.k8s.io/v1`), if the server serves the group. */
    async preferredVersion(group) {
        try {
            const g = await this.client.request('GET', `/apis/${encodeURIComponent(group)}`);
            return g.preferredVersion?.groupVersion;
        }
        catch (err) {
            if (err instanceof ApiError && err.statusCode === 404)
                return undefined;
            throw err;
        }
    }
    /** The kinds the server offers in this group-version (for "did you mean" in errors). */
    async kindsIn(apiVersion) {
        const list = await this.list(apiVersion);
        return list?.resources?.filter((r) => !r.name.includes('/')).map((r) => r.kind);
    }
    list(apiVersion) {
        let p = this.lists.get(apiVersion);
        if (!p) {
            const { group, version } = splitApiVersion(apiVersion);
            const path = group ? `/apis/${group}/${version}` : `/api/${version}`;
            p = this.client.request('GET', path).catch((err) => {
                if (err instanceof ApiError && (err.statusCode === 404 || err.statusCode === 406))
                    return undefined;
                throw err;
            });
            this.lists.set(apiVersion, p);
        }
        return p;
    }
}

;// CONCATENATED MODULE: ./packages/cluster/src/apply.ts



/*
 * Server-side apply (PATCH application/apply-patch+yaml, field manager `goship`), with dryRun=All for
 * validation, strict field validation (unknown fields are errors, as kubectl --validate=strict), and
 * errors turned into messages that name the object, its file:line, the field and the fix.
 */
const FIELD_MANAGER = 'goship';
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
async function applyObject(client, p, opts, dryRun) {
    const name = p.object.metadata.name;
    const path = resourcePath(p.info, p.object.metadata.namespace, name);
    const query = {
        fieldManager: FIELD_MANAGER,
        fieldValidation: 'Strict',
        dryRun: dryRun ? 'All' : undefined,
    };
    if (opts.serverSide) {
        const res = await client.requestWithStatus('PATCH', path, {
            query: { ...query, force: opts.force ? 'true' : undefined },
            body: p.object,
            contentType: 'application/apply-patch+yaml',
            signal: opts.signal,
        });
        return { object: res.body, created: res.statusCode === 201 };
    }
    return clientSideApply(client, p, path, query, opts.signal);
}
async function clientSideApply(client, p, path, query, signal) {
    const desired = structuredClone(p.object);
    desired.metadata.annotations = {
        ...desired.metadata.annotations,
        [LAST_APPLIED]: JSON.stringify(p.object),
    };
    let live;
    try {
        live = await client.request('GET', path, { signal });
    }
    catch (err) {
        if (!(err instanceof ApiError && err.statusCode === 404))
            throw err;
    }
    if (!live) {
        const collection = resourcePath(p.info, p.object.metadata.namespace);
        const object = await client.request('POST', collection, {
            query,
            body: desired,
            signal,
            attempts: 1,
        });
        return { object, created: true };
    }
    const previous = parseJson(live.metadata.annotations?.[LAST_APPLIED]);
    const patch = mergePatch(previous, desired);
    const object = await client.request('PATCH', path, {
        query,
        body: patch,
        contentType: 'application/merge-patch+json',
        signal,
    });
    return { object, created: false };
}
function parseJson(text) {
    try {
        return text ? JSON.parse(text) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * A JSON merge patch (RFC 7386) that sets everything in `desired` and removes what the previous apply set
 * but `desired` no longer has — the three-way part of client-side apply. Lists are replaced whole.
 */
function mergePatch(previous, desired) {
    if (!isMap(desired))
        return desired;
    const out = {};
    const prev = isMap(previous) ? previous : {};
    for (const [k, v] of Object.entries(desired))
        out[k] = isMap(v) ? mergePatch(prev[k], v) : v;
    for (const k of Object.keys(prev))
        if (!(k in desired))
            out[k] = null;
    return out;
}
function isMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `spec.template.spec.containers[0].image` or `.spec.replicas` → ['spec', …, 0, 'image']. */
function fieldPath(field) {
    const out = [];
    for (const m of field.replace(/^\./, '').matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
        if (m[2] !== undefined)
            out.push(Number(m[2]));
        else if (m[1] !== undefined)
            out.push(m[1]);
    }
    return out;
}
/** The nearest line for a field path: the field itself, or the closest parent that is written. */
function lineFor(p, field) {
    const path = field ? fieldPath(field.replace(/\[name=[^\]]*\]/g, '')) : [];
    for (let n = path.length; n > 0; n--) {
        const line = p.manifest.lineOf(path.slice(0, n));
        if (line !== undefined)
            return line;
    }
    return p.manifest.origin.line;
}
/** Turns a rejected apply (dry-run or real) into a message naming the object, the field and the fix. */
function explainApplyError(err, p, client) {
    if (!(err instanceof ApiError))
        return client.explain(err);
    const obj = p.object;
    const what = `${obj.kind} ${obj.metadata.namespace ? `${obj.metadata.namespace}/` : ''}${obj.metadata.name}`;
    const at = `${p.manifest.origin.file}:${p.manifest.origin.line}`;
    const atField = (field) => `${p.manifest.origin.file}:${lineFor(p, field)}`;
    const causes = err.status.details?.causes ?? [];
    const location = (field) => ({ file: p.manifest.origin.file, line: lineFor(p, field) });
    const message = err.status.message ?? err.message;
    const immutable = causes.filter((c) => /immutable/i.test(c.message ?? ''));
    if (immutable.length > 0 || /field is immutable/i.test(message)) {
        const fields = immutable.map((c) => c.field).filter(Boolean);
        const field = fields[0] ?? /(spec\.[\w.[\]]+)/.exec(message)?.[1] ?? 'a field';
        return new src_errors/* UserError */.yo(`${atField(field)}: ${what}: ${fields.length > 1 ? `fields ${fields.join(', ')} are` : `field ${field} is`} immutable and differ${fields.length > 1 ? '' : 's'} from the live object (the server said: ${message})`, {
            hint: `The server keeps ${field} as it was created. Either keep the old value in the manifest, or replace the object: delete it (\`kubectl delete ${obj.kind.toLowerCase()} ${obj.metadata.name}${obj.metadata.namespace ? ` -n ${obj.metadata.namespace}` : ''}\`; its pods are recreated) and run again, or deploy it under a new name.`,
            location: location(field),
            cause: err,
        });
    }
    if (err.statusCode === 409 && /conflict/i.test(message)) {
        const managers = [...message.matchAll(/conflict with "([^"]+)"/g)].map((m) => m[1]);
        const fields = [...message.matchAll(/:\s*(\.[\w.[\]="-]+)/g)].map((m) => m[1]);
        return new src_errors/* UserError */.yo(`${atField(fields[0])}: ${what}: ${message}`, {
            hint: `Field${fields.length > 1 ? 's' : ''} ${fields.join(', ') || '(see above)'} ${fields.length > 1 ? 'are' : 'is'} owned by another field manager (${[...new Set(managers)].join(', ') || 'unknown'}), and the manifest sets a different value. Set \`force-conflicts: true\` to take them over, or remove them from the manifest to leave them to that manager.`,
            location: location(fields[0]),
            cause: err,
        });
    }
    if (err.statusCode === 404 && err.status.details?.kind === 'namespaces') {
        const ns = err.status.details.name ?? obj.metadata.namespace;
        return new src_errors/* UserError */.yo(`${at}: ${what}: namespace '${ns}' does not exist on the server`, {
            hint: `Create the namespace first or add a Namespace manifest for '${ns}' to the manifests.`,
            location: location('metadata.namespace'),
            cause: err,
        });
    }
    if (err.statusCode === 403) {
        return new src_errors/* UserError */.yo(`${at}: ${what}: forbidden: ${message}`, {
            hint: `The kubeconfig's user '${client.target.user}' lacks RBAC permission for this; grant it (a Role/ClusterRole and binding) or use a different kubeconfig.`,
            location: location(),
            cause: err,
        });
    }
    if (err.statusCode === 422 ||
        err.statusCode === 400 ||
        (err.statusCode === 500 && /typed patch|unmarshal|decod/i.test(message))) {
        const first = causes.find((c) => c.field)?.field ??
            /(\.[\w.[\]]+): field not declared in schema/.exec(message)?.[1] ??
            /unknown field "([\w.[\]]+)"/.exec(message)?.[1] ??
            /(\.spec[\w.[\]]*):/.exec(message)?.[1];
        return new src_errors/* UserError */.yo(`${atField(first)}: ${what} is invalid: ${message}`, {
            hint: 'Fix the manifest; the server rejected it before anything was changed.',
            location: location(first),
            cause: err,
        });
    }
    return new src_errors/* UserError */.yo(`${at}: ${what}: the API server answered ${err.statusCode} ${err.reason}: ${message}`, { location: location(), cause: err });
}

;// CONCATENATED MODULE: ./packages/kit/src/concurrency.ts
/**
 * Runs `fn` over `items` with at most `limit` calls in flight, keeping the order of results (a build
 * matrix, parallel lookups). A failure rejects the returned promise at once; `fn` should catch what it
 * wants to report per item (the other workers still finish the items they took).
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    }));
    return results;
}

;// CONCATENATED MODULE: ./packages/kube/src/preflight.ts


/*
 * Everything checked before the first change: every kind is served, every namespace exists (or is created
 * by the manifests), every object passes a server-side dry-run, CRDs the manifests bring are Established.
 */
/** Parallel requests against the API server during the checks. */
const PREFLIGHT_CONCURRENCY = 8;
async function resolveKinds(discovery, manifests) {
    // Indexed by manifest so the errors come out in file order, however the lookups interleave.
    const found = [];
    const infos = await Promise.all(manifests.map(async (m, i) => {
        const { apiVersion, kind } = m.object;
        const info = await discovery.resolve(apiVersion, kind);
        if (!info) {
            const kinds = await discovery.kindsIn(apiVersion);
            const similar = kinds?.find((k) => k.toLowerCase() === kind.toLowerCase());
            found[i] = new src_errors/* UserError */.yo(`${m.origin.file}:${m.origin.line}: no such API on the server: kind ${kind} in ${apiVersion}`, {
                hint: kinds
                    ? similar
                        ? `Did you mean kind ${similar}?`
                        : `${apiVersion} serves: ${kinds.join(', ')}.`
                    : `The server does not serve the API group/version ${apiVersion}. Install the CRD or controller that provides it, or fix apiVersion.`,
                location: { file: m.origin.file, line: m.lineOf(['kind']) ?? m.origin.line },
            });
        }
        return info;
    }));
    const errors = found.filter((e) => e !== undefined);
    if (errors.length > 0)
        throw (0,src_errors/* aggregate */.QD)(errors, `${errors.length} objects have kinds the server does not know`);
    return infos;
}
/** Namespaces the plan's objects live in that do not exist; an error unless the manifests create them. */
async function checkNamespaces(client, plan, signal) {
    const created = new Set(plan
        .filter((p) => p.info.kind === 'Namespace' && p.info.group === '')
        .map((p) => p.object.metadata.name));
    const used = [...new Set(plan.filter((p) => p.info.namespaced).map((p) => p.object.metadata.namespace))];
    const missing = new Set();
    const toCheck = [...new Set([...used, ...created])];
    await Promise.all(toCheck.map(async (ns) => {
        try {
            await client.request('GET', `/api/v1/namespaces/${encodeURIComponent(ns)}`, { signal });
        }
        catch (err) {
            if (err instanceof ApiError && err.statusCode === 404)
                missing.add(ns);
            else if (!(err instanceof ApiError && err.statusCode === 403))
                throw client.explain(err); // 403: let the dry-run speak
        }
    }));
    const errors = toCheck
        .filter((ns) => missing.has(ns) && !created.has(ns))
        .map((ns) => {
        const users = plan.filter((p) => p.object.metadata.namespace === ns);
        const first = users[0];
        return new src_errors/* UserError */.yo(`namespace '${ns}' does not exist on the server and the manifests do not create it (needed by ${users.map((p) => objectRef(p.object)).join(', ')})`, {
            hint: `Create it (kubectl create namespace ${ns}), add a Namespace manifest, or set the 'namespace' input to an existing namespace.`,
            location: {
                file: first.manifest.origin.file,
                line: first.manifest.lineOf(['metadata', 'namespace']) ?? first.manifest.origin.line,
            },
        });
    });
    if (errors.length > 0)
        throw (0,src_errors/* aggregate */.QD)(errors, `${errors.length} namespaces are missing`);
    return missing;
}
async function dryRunAll(client, items, opts, alreadyCreated = []) {
    const results = new Map();
    // mapLimit keeps the manifests' order, so several rejections are reported in file order.
    const outcomes = await mapLimit(items, PREFLIGHT_CONCURRENCY, async (p) => {
        try {
            results.set(p.key, await applyObject(client, p, opts, true));
            return undefined;
        }
        catch (err) {
            return explainApplyError(err, p, client);
        }
    });
    const errors = outcomes.filter((e) => e !== undefined);
    if (errors.length > 0) {
        const users = errors.filter((e) => e instanceof src_errors/* UserError */.yo);
        if (users.length !== errors.length)
            throw errors.find((e) => !(e instanceof src_errors/* UserError */.yo));
        const note = alreadyCreated.length > 0
            ? `only ${alreadyCreated.map((p) => objectRef(p.object)).join(', ')} were created (so that the rest could be validated); nothing else was applied`
            : 'nothing was applied';
        if (users.length === 1) {
            const [u] = users;
            throw new src_errors/* UserError */.yo(`${u.message}\n(server-side dry-run: ${note})`, {
                hint: u.hint,
                location: u.location,
                cause: u,
            });
        }
        throw (0,src_errors/* aggregate */.QD)(users, `The server rejected ${users.length} of ${items.length} objects in the dry-run; ${note}`);
    }
    return results;
}
async function waitForCrds(client, prerequisites, signal) {
    const crds = prerequisites.filter((p) => p.info.kind === 'CustomResourceDefinition');
    for (const p of crds) {
        const path = resourcePath(p.info, undefined, p.object.metadata.name);
        const until = Date.now() + 30_000;
        for (;;) {
            const crd = await client.request('GET', path, { signal });
            const established = crd.status?.conditions?.some((c) => c.type === 'Established' && c.status === 'True');
            if (established)
                break;
            if (Date.now() > until)
                throw new src_errors/* UserError */.yo(`CRD ${p.object.metadata.name} was created but is not Established after 30s`);
            await new Promise((r) => setTimeout(r, 200));
        }
    }
}

;// CONCATENATED MODULE: ./packages/contract/src/kinds.ts
/*
 * The order in which Kubernetes kinds are written (render-manifests) and applied (k8s-rollout): Helm's
 * install order (helm.sh/helm/v3 pkg/releaseutil/kind_sorter.go, InstallOrder). What others depend on
 * comes first — priority classes, namespaces, policies, identities, config, storage, CRDs, RBAC,
 * services — then workloads, then what routes to them and the admission webhooks. Kinds not listed
 * (custom resources) go last, after their CustomResourceDefinitions.
 */
const KIND_ORDER = [
    'PriorityClass',
    'Namespace',
    'NetworkPolicy',
    'ResourceQuota',
    'LimitRange',
    'PodSecurityPolicy',
    'PodDisruptionBudget',
    'ServiceAccount',
    'Secret',
    'SecretList',
    'ConfigMap',
    'StorageClass',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'CustomResourceDefinition',
    'ClusterRole',
    'ClusterRoleList',
    'ClusterRoleBinding',
    'ClusterRoleBindingList',
    'Role',
    'RoleList',
    'RoleBinding',
    'RoleBindingList',
    'Service',
    'DaemonSet',
    'Pod',
    'ReplicationController',
    'ReplicaSet',
    'Deployment',
    'HorizontalPodAutoscaler',
    'StatefulSet',
    'Job',
    'CronJob',
    'IngressClass',
    'Ingress',
    'APIService',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
];
const RANK = new Map(KIND_ORDER.map((kind, i) => [kind, i]));
/** Position of a kind in KIND_ORDER; every unlisted kind shares the last rank. */
function kindRank(kind) {
    return RANK.get(kind) ?? KIND_ORDER.length;
}

;// CONCATENATED MODULE: ./packages/cluster/src/plan.ts


/** Apply order: the chain's one kind order (@goship/contract), re-exported for callers of this package. */

/*
 * From parsed manifests to the list of objects we will apply: namespaces settled, our labels and
 * annotations added, duplicates and namespace conflicts rejected, in dependency order. Pure.
 */
/** The label on everything we apply; prune only ever deletes objects carrying it with our value. */
const APPLY_SET_LABEL = 'goship.dev/apply-set';
const CHANGE_CAUSE = 'kubernetes.io/change-cause';
/** Kinds whose rollout we watch, by `group/Kind`. */
const WORKLOAD_KINDS = ['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'batch/Job'];
function objectKey(info, namespace, name) {
    return `${info.group}/${info.kind}/${namespace ?? ''}/${name}`;
}
function workloadKind(info) {
    const gk = `${info.group}/${info.kind}`;
    return WORKLOAD_KINDS.includes(gk) ? info.kind : undefined;
}
function buildPlan(items, opts) {
    const errors = [];
    const seen = new Map();
    const planned = [];
    for (const { manifest, info } of items) {
        const src = manifest.object;
        const name = src.metadata.name;
        const at = `${manifest.origin.file}:${manifest.origin.line}`;
        const nsLine = manifest.lineOf(['metadata', 'namespace']) ?? manifest.origin.line;
        const location = { file: manifest.origin.file, line: nsLine };
        let namespace = src.metadata.namespace;
        if (!info.namespaced) {
            if (namespace) {
                errors.push(new src_errors/* UserError */.yo(`${at}: ${src.kind} ${name} is cluster-scoped but sets metadata.namespace '${namespace}'`, {
                    hint: 'Remove metadata.namespace from this object.',
                    location,
                }));
                continue;
            }
        }
        else if (!namespace) {
            namespace = opts.namespace || opts.defaultNamespace;
        }
        else if (opts.namespace && namespace !== opts.namespace) {
            errors.push(new src_errors/* UserError */.yo(`${at}: ${src.kind} ${name} is in namespace '${namespace}', but the 'namespace' input is '${opts.namespace}' (namespace mismatch)`, {
                hint: `The input only fills objects without a namespace and never overrides one. Remove metadata.namespace from the manifest, set the input to '${namespace}', or leave the input empty to deploy each object to its own namespace.`,
                location,
            }));
            continue;
        }
        const key = objectKey(info, namespace, name);
        const first = seen.get(key);
        if (first) {
            errors.push(new src_errors/* UserError */.yo(`${at}: ${src.kind} ${namespace ? `${namespace}/` : ''}${name} is defined twice (first at ${first.origin.file}:${first.origin.line})`, {
                hint: 'Keep one definition of each object.',
                location: { file: manifest.origin.file, line: manifest.origin.line },
            }));
            continue;
        }
        seen.set(key, manifest);
        const workload = workloadKind(info);
        const object = structuredClone(src);
        if (namespace)
            object.metadata.namespace = namespace;
        object.metadata.labels = { ...object.metadata.labels, [APPLY_SET_LABEL]: opts.applySet };
        if (workload)
            object.metadata.annotations = { ...object.metadata.annotations, ...opts.workloadAnnotations };
        planned.push({ manifest, object, info, key, workload });
    }
    if (errors.length > 0)
        throw (0,src_errors/* aggregate */.QD)(errors, `${errors.length} problems in the manifests`);
    // Stable: same rank keeps the manifests' order.
    return planned
        .map((p, i) => ({ p, i }))
        .sort((a, b) => kindRank(a.p.info.kind) - kindRank(b.p.info.kind) || a.i - b.i)
        .map(({ p }) => p);
}
/** Label values: at most 63 characters of [A-Za-z0-9._-], starting and ending alphanumeric. */
function toLabelValue(text) {
    const cleaned = text
        .replace(/[^A-Za-z0-9._-]+/g, '.')
        .slice(0, 63)
        .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
    return cleaned || 'default';
}

;// CONCATENATED MODULE: ./packages/kube/src/prune.ts


/*
 * Prune: delete objects that an earlier run applied (they carry our apply-set label with this set's
 * value) and that are no longer in the manifests. Only kinds this plan uses or that an app commonly has,
 * only in the namespaces this plan touches, and never anything without the label — the label selector is
 * sent to the server and checked again here. Kinds whose loss cannot be undone by the next deploy —
 * PersistentVolumeClaims (their volumes' data) and Secrets (often created by hand or by other tools) — and
 * every cluster-scoped kind (shared by every namespace) are pruned only when the `prune-kinds` input lists them.
 */
/** Pruned only when listed: losing them loses data or affects more than this app. */
const PRUNE_ONLY_WHEN_LISTED = ['PersistentVolumeClaim', 'Secret'];
const COMMON = [
    ['', 'v1', 'ConfigMap', 'configmaps'],
    ['', 'v1', 'Secret', 'secrets'],
    ['', 'v1', 'Service', 'services'],
    ['', 'v1', 'ServiceAccount', 'serviceaccounts'],
    ['', 'v1', 'PersistentVolumeClaim', 'persistentvolumeclaims'],
    ['apps', 'v1', 'Deployment', 'deployments'],
    ['apps', 'v1', 'StatefulSet', 'statefulsets'],
    ['apps', 'v1', 'DaemonSet', 'daemonsets'],
    ['batch', 'v1', 'Job', 'jobs'],
    ['batch', 'v1', 'CronJob', 'cronjobs'],
    ['networking.k8s.io', 'v1', 'Ingress', 'ingresses'],
    ['networking.k8s.io', 'v1', 'NetworkPolicy', 'networkpolicies'],
    ['policy', 'v1', 'PodDisruptionBudget', 'poddisruptionbudgets'],
    ['autoscaling', 'v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers'],
    ['rbac.authorization.k8s.io', 'v1', 'Role', 'roles'],
    ['rbac.authorization.k8s.io', 'v1', 'RoleBinding', 'rolebindings'],
].map(([group, version, kind, resource]) => ({
    group: group,
    version: version,
    apiVersion: group ? `${group}/${version}` : version,
    kind: kind,
    resource: resource,
    namespaced: true,
}));
/** A `prune-kinds` entry: `Kind` (core group, or a kind the manifests or the defaults know) or `Kind.group`. */
function parseKind(item) {
    const dot = item.indexOf('.');
    return dot < 0 ? { kind: item } : { kind: item.slice(0, dot), group: item.slice(dot + 1) };
}
/**
 * The kinds prune lists: the common app kinds and the manifests' kinds, without PVCs, Secrets and cluster-scoped
 * kinds, plus whatever `listed` (already resolved) adds back.
 */
function pruneKinds(plan, listed) {
    const kinds = new Map();
    for (const info of [...COMMON, ...plan.map((p) => p.info)]) {
        if (!info.namespaced)
            continue;
        if (info.group === '' && PRUNE_ONLY_WHEN_LISTED.includes(info.kind))
            continue;
        kinds.set(`${info.group}/${info.kind}`, info);
    }
    for (const info of listed)
        kinds.set(`${info.group}/${info.kind}`, info);
    return [...kinds.values()];
}
/** Resolves the `prune-kinds` input against the manifests, the defaults and the server (before any change). */
async function resolvePruneKinds(discovery, plan, items, input = 'prune-kinds') {
    const known = [...plan.map((p) => p.info), ...COMMON];
    const out = [];
    for (const item of items) {
        const { kind, group } = parseKind(item);
        let info = known.find((k) => k.kind === kind && (group === undefined || k.group === group));
        if (!info) {
            let apiVersion = 'v1';
            if (group) {
                const g = await discovery.preferredVersion(group);
                apiVersion = g ?? `${group}/v1`;
            }
            info = await discovery.resolve(apiVersion, kind);
        }
        if (!info)
            throw new src_errors/* InputError */.dz(input, `'${item}' is not a kind the server serves`, 'kinds such as Secret, PersistentVolumeClaim, ClusterRole.rbac.authorization.k8s.io (Kind or Kind.group)');
        out.push(info);
    }
    return out;
}
async function prune(client, plan, applySet, listed, signal) {
    const keep = new Set(plan.map((p) => p.key));
    const namespaces = [
        ...new Set(plan.filter((p) => p.info.namespaced).map((p) => p.object.metadata.namespace)),
    ];
    const kinds = pruneKinds(plan, listed);
    const selector = `${APPLY_SET_LABEL}=${applySet}`;
    const pruned = [];
    const lists = [];
    for (const info of kinds) {
        if (info.namespaced)
            for (const ns of namespaces)
                lists.push({ info, namespace: ns });
        else
            lists.push({ info });
    }
    await Promise.all(lists.map(async ({ info, namespace }) => {
        let items;
        try {
            items =
                (await client.request('GET', resourcePath(info, namespace), {
                    query: { labelSelector: selector },
                    signal,
                })).items ?? [];
        }
        catch (err) {
            if (err instanceof ApiError && [403, 404, 405].includes(err.statusCode))
                return; // not served or not ours to list
            throw client.explain(err);
        }
        for (const obj of items) {
            if (obj.metadata.labels?.[APPLY_SET_LABEL] !== applySet)
                continue;
            if (keep.has(objectKey(info, obj.metadata.namespace, obj.metadata.name)))
                continue;
            // Owned objects (e.g. a ReplicaSet) go with their owner; never prune them directly.
            if (obj.metadata.ownerReferences?.length)
                continue;
            const entry = {
                apiVersion: info.apiVersion,
                kind: info.kind,
                namespace: obj.metadata.namespace,
                name: obj.metadata.name,
            };
            try {
                await client.request('DELETE', resourcePath(info, obj.metadata.namespace, obj.metadata.name), {
                    query: { propagationPolicy: 'Background' },
                    signal,
                });
                client.log.info(`  pruned ${info.kind} ${obj.metadata.namespace ? `${obj.metadata.namespace}/` : ''}${obj.metadata.name}`);
            }
            catch (err) {
                if (!(err instanceof ApiError && err.statusCode === 404))
                    entry.message = `not deleted: ${(0,src_errors/* errorMessage */.gJ)(client.explain(err))}`;
            }
            pruned.push(entry);
        }
    }));
    return pruned;
}

;// CONCATENATED MODULE: ./packages/kube/src/rollback.ts




async function recordPrevious(client, p, signal) {
    const ns = p.object.metadata.namespace;
    let live;
    try {
        live = await client.request('GET', resourcePath(p.info, ns, p.object.metadata.name), {
            signal,
        });
    }
    catch (err) {
        if (err instanceof ApiError && err.statusCode === 404)
            return {};
        throw client.explain(err);
    }
    const state = {
        live,
        revision: revisionOf(live),
        template: cleanTemplate(live.spec?.template),
    };
    if (live.kind === 'Deployment') {
        const list = await client.request('GET', resourcePath({
            group: 'apps',
            version: 'v1',
            apiVersion: 'apps/v1',
            kind: 'ReplicaSet',
            resource: 'replicasets',
            namespaced: true,
        }, ns), { query: { labelSelector: selectorString(live.spec?.selector) }, signal });
        const rs = newReplicaSet(live, list.items ?? []);
        if (rs) {
            state.replicaSet = rs.metadata.name;
            state.template = cleanTemplate(withoutHash(rs.spec?.template));
        }
    }
    return state;
}
/** A template as we can send it back in an apply: without server-only fields. */
function cleanTemplate(template) {
    if (!template || typeof template !== 'object')
        return template;
    const t = structuredClone(template);
    if (t.metadata) {
        delete t.metadata.creationTimestamp;
        if (Object.keys(t.metadata).length === 0)
            delete t.metadata;
    }
    return t;
}
/** The object to apply for a rollback: what we applied, with the previous pod template back in place. */
function rollbackObject(applied, previous, changeCause) {
    const obj = structuredClone(applied);
    obj.spec = { ...obj.spec, template: previous.template };
    obj.metadata.annotations = { ...obj.metadata.annotations, 'kubernetes.io/change-cause': changeCause };
    return obj;
}
/**
 * A StatefulSet (OrderedReady) waits for ever on a pod of the bad revision that never becomes Ready, even
 * after its template is reverted: the documented "forced rollback" is to delete those pods. Waits (briefly)
 * for the controller to observe the reverted template, then deletes the pods of any other revision that are
 * not Ready.
 */
async function releaseStuckStatefulSetPods(client, rolledBack, signal) {
    const ns = rolledBack.metadata.namespace;
    const stsPath = resourcePath({
        group: 'apps',
        version: 'v1',
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        resource: 'statefulsets',
        namespaced: true,
    }, ns, rolledBack.metadata.name);
    const core = {
        group: '',
        version: 'v1',
        apiVersion: 'v1',
        kind: 'Pod',
        resource: 'pods',
        namespaced: true,
    };
    let current = rolledBack;
    // The controller observes a change within milliseconds; this is a bounded wait for that, not a rollout poll.
    for (let i = 0; i < 50 && (current.status?.observedGeneration ?? 0) < (rolledBack.metadata.generation ?? 0); i++) {
        await sleep(100, signal);
        current = await client.request('GET', stsPath, { signal });
    }
    const good = current.status?.updateRevision;
    if (!good)
        return [];
    const list = await client.request('GET', resourcePath(core, ns), {
        query: { labelSelector: selectorString(current.spec?.selector) },
        signal,
    });
    const deleted = [];
    for (const pod of list.items ?? []) {
        const owned = pod.metadata.ownerReferences?.some((o) => o.uid === current.metadata.uid);
        const revision = pod.metadata.labels?.['controller-revision-hash'];
        const ready = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
        if (!owned || ready || !revision || revision === good || pod.metadata.deletionTimestamp)
            continue;
        await client.request('DELETE', resourcePath(core, ns, pod.metadata.name), { signal }).catch((err) => {
            if (!(err instanceof ApiError && err.statusCode === 404))
                throw err;
        });
        deleted.push(pod.metadata.name);
    }
    return deleted;
}
/** The ConfigMaps and Secrets a pod template references by name (env, envFrom, volumes, image pull secrets). */
function templateReferences(template) {
    const refs = { ConfigMap: new Set(), Secret: new Set() };
    // biome-ignore lint/suspicious/noExplicitAny: a pod spec read field by field
    const spec = template?.spec;
    if (!spec)
        return refs;
    const add = (kind, name) => {
        if (typeof name === 'string' && name)
            refs[kind].add(name);
    };
    for (const c of [
        ...(spec.containers ?? []),
        ...(spec.initContainers ?? []),
        ...(spec.ephemeralContainers ?? []),
    ]) {
        for (const e of c?.env ?? []) {
            add('ConfigMap', e?.valueFrom?.configMapKeyRef?.name);
            add('Secret', e?.valueFrom?.secretKeyRef?.name);
        }
        for (const e of c?.envFrom ?? []) {
            add('ConfigMap', e?.configMapRef?.name);
            add('Secret', e?.secretRef?.name);
        }
    }
    for (const v of spec.volumes ?? []) {
        add('ConfigMap', v?.configMap?.name);
        add('Secret', v?.secret?.secretName);
        for (const s of v?.projected?.sources ?? []) {
            add('ConfigMap', s?.configMap?.name);
            add('Secret', s?.secret?.name);
        }
    }
    for (const s of spec.imagePullSecrets ?? [])
        add('Secret', s?.name);
    return refs;
}
function isConfigObject(p) {
    return p.info.group === '' && (p.info.kind === 'ConfigMap' || p.info.kind === 'Secret');
}
async function recordPreviousConfig(client, p, signal) {
    try {
        const live = await client.request('GET', resourcePath(p.info, p.object.metadata.namespace, p.object.metadata.name), { signal });
        return { live };
    }
    catch (err) {
        if (err instanceof ApiError && err.statusCode === 404)
            return {};
        if (err instanceof ApiError && err.statusCode === 403)
            return { unreadable: 'reading it is forbidden' };
        throw client.explain(err);
    }
}
/** The apply body that puts a ConfigMap's or Secret's previous content back (our labels kept). */
function restoreConfigObject(planned, previous) {
    const body = {
        apiVersion: planned.apiVersion,
        kind: planned.kind,
        metadata: {
            name: planned.metadata.name,
            namespace: planned.metadata.namespace,
            labels: planned.metadata.labels,
        },
    };
    for (const field of ['data', 'binaryData', 'type']) {
        if (previous[field] !== undefined)
            body[field] = previous[field];
    }
    return body;
}

;// CONCATENATED MODULE: ./packages/kube/src/rollout-preflight.ts





/*
 * The rollout's steps before its first change: map the manifests' kinds to resources and plan, then
 * validate everything that can be validated with a server-side dry-run and record what was there (what a
 * rollback restores). Everything found here throws, with nothing applied.
 */
/** Parallel requests of a rollout: the previous state's reads, the applies of one rank. */
const CONCURRENCY = 4;
/** 1. Kinds → resources (discovery), then the plan. */
async function planRollout(client, opts) {
    const { log } = opts;
    const discovery = new Discovery(client);
    discovery.addCrds(opts.manifests.map((m) => m.object));
    const infos = await resolveKinds(discovery, opts.manifests);
    const plan = buildPlan(opts.manifests.map((manifest, i) => ({ manifest, info: infos[i] })), {
        namespace: opts.namespace,
        defaultNamespace: opts.kubeconfig.namespace ?? 'default',
        applySet: opts.applySet,
        workloadAnnotations: opts.workloadAnnotations,
    });
    if (opts.namespace) {
        const clusterScoped = plan.filter((p) => !p.info.namespaced);
        if (clusterScoped.length > 0)
            log.warning(`namespace: ${opts.namespace} is set, but ${clusterScoped.length} objects are cluster-scoped and are applied outside any namespace: ${clusterScoped.map((p) => `${objectRef(p.object)} (${p.manifest.origin.file}:${p.manifest.origin.line})`).join(', ')}`, { file: clusterScoped[0].manifest.origin.file, line: clusterScoped[0].manifest.origin.line });
    }
    const pruneListed = opts.prune ? await resolvePruneKinds(discovery, plan, opts.pruneKinds ?? []) : [];
    return { discovery, plan, pruneListed };
}
/**
 * 2. Namespaces that must exist; objects that can only be validated once the manifests' own Namespaces/CRDs
 * exist. 3. Server-side dry-run of everything that can be validated now, and the previous state of each workload.
 */
async function validateRollout(client, planned, opts) {
    const { log, signal } = opts;
    const { plan } = planned;
    const missingNamespaces = await checkNamespaces(client, plan, signal);
    const isDeferred = (p) => p.info.pendingCrd === true || (p.info.namespaced && missingNamespaces.has(p.object.metadata.namespace));
    const prerequisites = plan.filter((p) => (p.info.kind === 'Namespace' && missingNamespaces.has(p.object.metadata.name)) ||
        (p.info.kind === 'CustomResourceDefinition' && plan.some((q) => q.info.pendingCrd)));
    const applyOpts = { force: opts.force, serverSide: opts.serverSide, signal };
    const workloads = plan.filter((p) => p.workload);
    // What a rollback would restore besides the pod templates: the ConfigMaps and Secrets they may reference.
    const configs = opts.rollback === 'auto' ? plan.filter(isConfigObject) : [];
    const [dryRunsResult, previousResult, configsResult] = await Promise.allSettled([
        dryRunAll(client, plan.filter((p) => !isDeferred(p)), applyOpts),
        mapLimit(workloads, CONCURRENCY, (p) => recordPrevious(client, p, signal)),
        mapLimit(configs, CONCURRENCY, (p) => recordPreviousConfig(client, p, signal)),
    ]);
    // The dry-run's report (every rejected object) is the more useful one when both fail.
    if (dryRunsResult.status === 'rejected')
        throw dryRunsResult.reason;
    if (previousResult.status === 'rejected')
        throw previousResult.reason;
    if (configsResult.status === 'rejected')
        throw configsResult.reason;
    const dryRuns = dryRunsResult.value;
    const previous = previousResult.value;
    const previousByKey = new Map(workloads.map((p, i) => [p.key, previous[i]]));
    const previousConfigs = new Map(configs.map((p, i) => [p.key, configsResult.value[i]]));
    const deferred = plan.filter(isDeferred);
    if (deferred.length === 0)
        log.info(`Validated ${plan.length} objects with a server-side dry-run`);
    return {
        ...planned,
        applyOpts,
        missingNamespaces,
        prerequisites,
        deferred,
        dryRuns,
        workloads,
        previousByKey,
        previousConfigs,
    };
}

;// CONCATENATED MODULE: ./packages/kube/src/apply-in-order.ts




async function applyInOrder(client, validated, opts, since) {
    const { log, signal } = opts;
    const applied = [];
    try {
        if (validated.deferred.length > 0)
            await applyPrerequisites(client, validated, opts, applied);
    }
    catch (err) {
        throw withNote(err, applied, signal);
    }
    const validatedMs = since();
    log.info(`Applying ${validated.plan.length} objects (server-side apply, field manager goship${opts.force ? ', force-conflicts' : ''})`);
    try {
        const done = new Set(applied.map((a) => a.plan.key));
        await applyGroup(client, validated.plan.filter((p) => !done.has(p.key)), validated, opts, applied);
    }
    catch (err) {
        throw withNote(err, applied, signal);
    }
    const appliedMs = since();
    return { applied, validatedMs, appliedMs };
}
/** The Namespaces/CRDs the deferred objects need, then the deferred objects' dry-run. */
async function applyPrerequisites(client, validated, opts, applied) {
    const { log, signal } = opts;
    const { deferred, prerequisites, discovery } = validated;
    const names = [...validated.missingNamespaces]
        .map((n) => `namespace ${n}`)
        .concat(prerequisites
        .filter((p) => p.info.kind === 'CustomResourceDefinition')
        .map((p) => `CRD ${p.object.metadata.name}`));
    log.info(`Creating ${names.join(', ')} first: ${deferred.length} objects can only be validated once they exist`);
    await applyGroup(client, prerequisites, validated, opts, applied);
    await waitForCrds(client, prerequisites, signal);
    discovery.reset();
    for (const p of deferred) {
        if (p.info.pendingCrd) {
            const info = await discovery.resolve(p.info.apiVersion, p.info.kind);
            if (info)
                p.info = info;
        }
    }
    const more = await dryRunAll(client, deferred, validated.applyOpts, prerequisites);
    for (const [key, dryRun] of more)
        validated.dryRuns.set(key, dryRun);
    log.info(`Validated ${validated.plan.length} objects with a server-side dry-run`);
}
/** Applies a group rank by rank, adding each rank's objects to `applied` as it completes. */
async function applyGroup(client, group, validated, opts, applied) {
    for (const rank of groupByRank(group)) {
        const results = await mapLimit(rank, CONCURRENCY, async (p) => {
            try {
                const result = await applyObject(client, p, validated.applyOpts, false);
                const before = validated.dryRuns.get(p.key);
                const action = result.created
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
                };
            }
            catch (err) {
                throw explainApplyError(err, p, client);
            }
        });
        applied.push(...results);
    }
}
function groupByRank(items) {
    const groups = [];
    let lastKind;
    for (const p of items) {
        // Plans are sorted by kind rank: a new kind starts a new group unless it shares the rank.
        if (groups.length === 0 || p.info.kind !== lastKind)
            groups.push([]);
        groups.at(-1).push(p);
        lastKind = p.info.kind;
    }
    return groups;
}
function withNote(err, applied, signal) {
    const note = applied.length > 0
        ? `Applied before this: ${applied.map((a) => `${objectRef(a.plan.object)} (${a.action})`).join(', ')}.`
        : 'Nothing was applied.';
    if (signal.aborted)
        return new src_errors/* UserError */.yo(`${(0,src_errors/* errorMessage */.gJ)(signal.reason)} while applying. ${note}`, { cause: err });
    if (!(err instanceof src_errors/* UserError */.yo) || applied.length === 0)
        return err;
    return new src_errors/* UserError */.yo(`${err.message}\n${note}`, {
        hint: err.hint,
        location: err.location,
        related: err.related,
        cause: err,
    });
}

// EXTERNAL MODULE: ./packages/kit/src/summary.ts
var summary = __webpack_require__(5300);
;// CONCATENATED MODULE: ./packages/kube/src/settle.ts
const START_MULTIPLE = 3;
const MIN_HOLD_MS = 3000;
/**
 * The window a completed rollout may be held for, or undefined: none asked for (0), a Job (it completes on
 * its own terms), every container probed, or the workload's own minReadySeconds already covers it.
 */
function settleWindow(kind, template, workload, settleMs) {
    if (settleMs <= 0 || kind === 'Job')
        return undefined;
    const containers = template?.spec?.containers ?? [];
    const unprobed = containers.filter((c) => c.readinessProbe === undefined).map((c) => c.name ?? '?');
    if (unprobed.length === 0)
        return undefined;
    const minReadyMs = Number(workload?.spec?.minReadySeconds ?? 0) * 1000;
    if (minReadyMs >= settleMs)
        return undefined;
    return { maxMs: settleMs, unprobed };
}
/** When this process first saw each pod, and each container instance of it running. */
class StartClock {
    podSeen = new Map();
    /** Each running container instance: when first seen running, and its start when read from timestamps. */
    runningSeen = new Map();
    /** Records what is new in `pod` at `now` (ms on a monotonic clock). */
    observe(pod, now) {
        const uid = pod.metadata.uid ?? pod.metadata.name ?? '';
        const statuses = (pod.status?.containerStatuses ?? []).filter((c) => c.state?.running);
        const firstSight = !this.podSeen.has(uid);
        if (firstSight)
            this.podSeen.set(uid, { at: now, running: statuses.length > 0 });
        for (const c of statuses) {
            const key = instanceKey(uid, c);
            if (this.runningSeen.has(key))
                continue;
            this.runningSeen.set(key, { at: now, startMs: firstSight ? startFromTimestamps(pod, c) : undefined });
        }
    }
    /**
     * When the hold of these pods' unprobed containers ends (ms, same clock): the latest end among them.
     * A container not running yet is not settled: the hold is then at least settle-time from now.
     */
    holdUntil(pods, window, now) {
        let until = now;
        for (const pod of pods) {
            if (pod.metadata.deletionTimestamp)
                continue;
            const uid = pod.metadata.uid ?? pod.metadata.name ?? '';
            const seen = this.podSeen.get(uid);
            const statuses = (pod.status?.containerStatuses ?? []);
            for (const name of window.unprobed) {
                const c = statuses.find((s) => s.name === name);
                const running = c?.state?.running ? this.runningSeen.get(instanceKey(uid, c)) : undefined;
                if (seen === undefined || running === undefined) {
                    until = Math.max(until, now + window.maxMs);
                    continue;
                }
                const observedStart = seen.running ? running.startMs : running.at - seen.at;
                const hold = observedStart === undefined
                    ? window.maxMs
                    : Math.min(window.maxMs, Math.max(MIN_HOLD_MS, START_MULTIPLE * observedStart));
                until = Math.max(until, running.at + hold);
            }
        }
        return until;
    }
}
/**
 * created → startedAt of a container first seen running, from whole-second timestamps written by two
 * clocks (the API server's and the node's): the difference plus 1 s, so that it is never short; undefined
 * when either is missing or the node's clock is behind by more than that.
 */
function startFromTimestamps(pod, c) {
    const created = Date.parse(String(pod.metadata.creationTimestamp ?? ''));
    const started = Date.parse(c.state?.running?.startedAt ?? '');
    if (Number.isNaN(created) || Number.isNaN(started) || started + 1000 < created)
        return undefined;
    return Math.max(0, started - created) + 1000;
}
/** A container instance: a restart is a new one, whose uptime starts again. */
function instanceKey(uid, c) {
    return `${uid}/${c.name}/${c.restartCount ?? 0}`;
}

;// CONCATENATED MODULE: ./packages/kube/src/watch.ts


/** Errors that no amount of waiting fixes. */
function isPermanent(err) {
    if (err instanceof ApiError)
        return [400, 401, 403, 404, 422].includes(err.statusCode);
    if (err instanceof ConnectionError)
        return !err.retryable;
    return err instanceof src_errors/* UserError */.yo;
}
async function watchCollection(client, opts, handlers) {
    const { signal } = opts;
    const selectors = { labelSelector: opts.labelSelector, fieldSelector: opts.fieldSelector };
    const timeoutSeconds = opts.timeoutSeconds ?? 240;
    let version;
    let failures = 0;
    while (!signal.aborted) {
        try {
            if (version === undefined) {
                const list = await client.request('GET', opts.path, {
                    query: selectors,
                    signal,
                });
                version = list.metadata.resourceVersion;
                handlers.onSync(list.items ?? []);
            }
            // A connection that stays silent past the server's own timeout is dead (half-open): drop it.
            const idleAbort = new AbortController();
            const streamSignal = AbortSignal.any([signal, idleAbort.signal]);
            let idle;
            const arm = () => {
                clearTimeout(idle);
                idle = setTimeout(() => idleAbort.abort(new Error(`no data for ${timeoutSeconds + 30}s`)), (timeoutSeconds + 30) * 1000);
            };
            try {
                arm();
                const lines = await client.stream(opts.path, { ...selectors, watch: 1, resourceVersion: version, allowWatchBookmarks: true, timeoutSeconds }, streamSignal);
                if (failures > 0)
                    client.log.info(`  watch ${opts.label}: reconnected, resuming from resourceVersion ${version}`);
                failures = 0;
                for await (const line of lines) {
                    arm();
                    const event = JSON.parse(line);
                    if (event.type === 'ERROR') {
                        throw new ApiError(event.object.code ?? 500, event.object, 'WATCH', opts.path);
                    }
                    version = event.object.metadata?.resourceVersion ?? version;
                    if (event.type !== 'BOOKMARK')
                        handlers.onEvent(event.type, event.object);
                }
            }
            finally {
                clearTimeout(idle);
            }
            // The server closed the watch (its timeout): open it again from where we are.
        }
        catch (err) {
            if (signal.aborted)
                return;
            if (err instanceof ApiError &&
                (err.statusCode === 410 || err.reason === 'Expired' || err.reason === 'Gone')) {
                client.log.info(`  watch ${opts.label}: resourceVersion ${version} is gone (410), listing again`);
                version = undefined;
                continue;
            }
            if (isPermanent(err))
                throw client.explain(err);
            failures++;
            const delay = backoffDelay(failures, 250, 5000);
            if (failures <= 3 || failures % 10 === 0) {
                client.log.info(`  watch ${opts.label}: connection lost (${(0,src_errors/* errorMessage */.gJ)(err)}); reconnecting in ${delay} ms${version ? ` from resourceVersion ${version}` : ''}`);
            }
            await sleep(delay, signal).catch(() => { });
        }
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/monitor.ts







/** How long a failure verdict waits for the events that explain it (they trail the pod status). */
const EVENT_GRACE_MS = 300;
const APPS = { group: 'apps', version: 'v1', apiVersion: 'apps/v1' };
const CORE = { group: '', version: 'v1', apiVersion: 'v1' };
async function monitorWorkload(client, target, opts) {
    return new WorkloadMonitor(client, target, opts).run();
}
/** The resource of the workload itself: a Job, or one of the apps/v1 kinds. */
function workloadInfo(kind) {
    return kind === 'Job'
        ? {
            group: 'batch',
            version: 'v1',
            apiVersion: 'batch/v1',
            kind: 'Job',
            resource: 'jobs',
            namespaced: true,
        }
        : { ...APPS, kind, resource: `${kind.toLowerCase()}s`, namespaced: true };
}
/** One monitorWorkload call: the watches' stores, the latest verdict, the settle window. */
class WorkloadMonitor {
    client;
    target;
    opts;
    ns;
    snap = { replicaSets: [], pods: [], events: [] };
    stores = {
        replicaSets: new Map(),
        pods: new Map(),
        events: new Map(),
    };
    inner = new AbortController();
    lastMessage = '';
    failedAt;
    // While settling, a crash counts at its first restart (there is no probe to wait for).
    settling;
    startClock = new StartClock();
    completeReported = false;
    done = false;
    result;
    resolveResult = () => { };
    failed;
    rejectResult = () => { };
    // The pods/ReplicaSets watches need the workload's selector: they start once the workload is known.
    selectorWatches;
    constructor(client, target, opts) {
        this.client = client;
        this.target = target;
        this.opts = opts;
        this.ns = target.namespace;
        this.result = new Promise((resolve) => {
            this.resolveResult = resolve;
        });
        this.failed = new Promise((_, reject) => {
            this.rejectResult = reject;
        });
    }
    async run() {
        const { signal } = this.opts;
        signal.addEventListener('abort', this.stopInner, { once: true });
        const workloadWatch = this.watchWorkload();
        const eventsWatch = this.watchCollection({ ...CORE, kind: 'Event', resource: 'events', namespaced: true }, `events in ${this.ns}`, {}, this.store(this.stores.events));
        workloadWatch.catch(this.fail);
        eventsWatch.catch(this.fail);
        if (signal.aborted)
            this.onAbort();
        else
            signal.addEventListener('abort', this.onAbort, { once: true });
        try {
            return await Promise.race([this.result, this.failed]);
        }
        finally {
            if (this.settling)
                clearTimeout(this.settling.timer);
            signal.removeEventListener('abort', this.onAbort);
            signal.removeEventListener('abort', this.stopInner);
            this.inner.abort();
            // Let every watch close its connection before we report (a clean stop, nothing left running).
            await Promise.allSettled([workloadWatch, eventsWatch, ...(this.selectorWatches ?? [])]);
        }
    }
    stopInner = () => this.inner.abort(this.opts.signal.reason);
    onAbort = () => this.finish(this.failedAt ?? {
        state: 'interrupted',
        message: this.lastMessage || 'no status seen yet',
        revision: this.snap.workload ? revisionOf(this.snap.workload, this.target.kind) : undefined,
    });
    fail = (err) => {
        if (!this.done) {
            this.done = true;
            this.inner.abort();
            this.rejectResult(err);
        }
    };
    finish(r) {
        if (this.done)
            return;
        this.done = true;
        this.resolveResult(r.state === 'complete' ? { ...r, running: this.running() } : r);
        this.inner.abort();
    }
    /** The new ReplicaSet (a Deployment's) and the live pods of the new release (telemetry's deploy span). */
    running() {
        const { snap, target } = this;
        const rs = target.kind === 'Deployment' && snap.workload
            ? newReplicaSet(snap.workload, snap.replicaSets)
            : undefined;
        const pods = snap.pods.filter((p) => !p.metadata.deletionTimestamp &&
            (!rs || p.metadata.ownerReferences?.some((o) => o.uid === rs.metadata.uid)));
        return { replicaSet: rs?.metadata.name, pods: pods.map((p) => p.metadata.name).sort() };
    }
    classify() {
        return this.settling ? { ...this.opts, restartsAtComplete: this.settling.restarts } : this.opts;
    }
    reevaluate() {
        if (this.done)
            return;
        const { snap, stores } = this;
        snap.replicaSets = [...stores.replicaSets.values()];
        snap.pods = [...stores.pods.values()];
        snap.events = [...stores.events.values()];
        const ev = evaluate(snap, this.target, this.classify());
        if (ev.state === 'complete' && !this.settling) {
            const held = this.startSettling(ev);
            if (!this.completeReported) {
                this.completeReported = true;
                this.opts.onComplete?.(held);
            }
            if (held)
                return;
        }
        if (ev.state === 'complete' && this.settling)
            return;
        if (ev.state === 'waiting') {
            if (snap.workload && ev.message !== this.lastMessage) {
                this.lastMessage = ev.message;
                this.opts.onProgress?.(ev.message);
            }
            return;
        }
        if (ev.state !== 'failed') {
            this.finish(ev);
            return;
        }
        this.failAfterGrace(ev);
    }
    /** Holds a completed rollout whose containers have no readiness probe (see settle.ts); false when none is needed. */
    startSettling(ev) {
        const { snap, target } = this;
        const window = settleWindow(target.kind, target.template, snap.workload, this.opts.settleMs ?? 0);
        if (!window)
            return false;
        const now = performance.now();
        const holdMs = Math.max(0, this.startClock.holdUntil(snap.pods, window, now) - now);
        this.opts.onProgress?.(`${ev.message}; watching the new pods for ${(0,summary/* formatMs */._V)(holdMs)} more: ${window.unprobed.join(', ')} ${window.unprobed.length === 1 ? 'has' : 'have'} no readiness probe, so Ready does not mean it stays up (each new container is held until it has run ${START_MULTIPLE}× its observed start, ${(0,summary/* formatMs */._V)(MIN_HOLD_MS)} to ${(0,summary/* formatMs */._V)(window.maxMs)})`);
        this.settling = {
            window,
            timer: setTimeout(this.settled, holdMs),
            restarts: restartCounts(snap.pods),
            since: now,
        };
        return true;
    }
    // The window ended: complete still → success; anything else is judged as usual (a pod that went
    // unready is waited for again, and settles again once complete).
    settled = () => {
        if (this.done || !this.settling)
            return;
        const { window, since } = this.settling;
        const ev = evaluate(this.snap, this.target, this.classify());
        // A pod that appeared or restarted while held has its own hold: wait for it too.
        const now = performance.now();
        const until = this.startClock.holdUntil(this.snap.pods, window, now);
        if (ev.state === 'complete' && until > now) {
            this.settling.timer = setTimeout(this.settled, until - now);
            return;
        }
        this.settling = undefined;
        if (ev.state === 'complete')
            this.finish({
                ...ev,
                message: `${ev.message}; no restarts in ${(0,summary/* formatMs */._V)(now - since)} after Ready (${window.unprobed.join(', ')}: no readiness probe)`,
            });
        else
            this.reevaluate();
    };
    failAfterGrace(ev) {
        if (this.settling)
            clearTimeout(this.settling.timer);
        // A kubelet writes the container state a moment before the event that explains it: give the events
        // a short grace so the report carries them, then take the latest verdict (still a failure, or this one).
        if (this.failedAt !== undefined)
            return;
        this.failedAt = ev;
        setTimeout(() => {
            if (this.done)
                return;
            this.snap.events = [...this.stores.events.values()];
            const again = evaluate(this.snap, this.target, this.classify());
            this.finish(again.state === 'failed' ? again : this.failedAt);
        }, EVENT_GRACE_MS);
    }
    store(map) {
        return {
            onSync: (items) => {
                map.clear();
                for (const i of items)
                    map.set(i.metadata.uid, i);
                if (map === this.stores.pods)
                    for (const p of items)
                        this.startClock.observe(p, performance.now());
                this.reevaluate();
            },
            onEvent: (type, obj) => {
                if (type === 'DELETED')
                    map.delete(obj.metadata.uid);
                else
                    map.set(obj.metadata.uid, obj);
                if (map === this.stores.pods && type !== 'DELETED')
                    this.startClock.observe(obj, performance.now());
                this.reevaluate();
            },
        };
    }
    watchCollection(info, label, selectors, handlers) {
        return watchCollection(this.client, { path: resourcePath(info, this.ns), ...selectors, signal: this.inner.signal, label }, handlers);
    }
    watchWorkload() {
        const { snap, target } = this;
        return this.watchCollection(workloadInfo(target.kind), `${target.kind} ${this.ns}/${target.name}`, { fieldSelector: `metadata.name=${target.name}` }, {
            onSync: (items) => {
                snap.deleted = items.length === 0 && snap.workload !== undefined;
                snap.workload = items[0] ?? snap.workload;
                if (snap.workload)
                    this.startSelectorWatches(snap.workload);
                this.reevaluate();
            },
            onEvent: (type, obj) => {
                if (type === 'DELETED')
                    snap.deleted = true;
                else {
                    snap.workload = obj;
                    this.startSelectorWatches(obj);
                }
                this.reevaluate();
            },
        });
    }
    startSelectorWatches(w) {
        if (this.selectorWatches)
            return;
        const { ns, target } = this;
        const labelSelector = selectorString(w.spec?.selector) || `controller-uid=${w.metadata.uid}`;
        this.selectorWatches = [
            this.watchCollection({ ...CORE, kind: 'Pod', resource: 'pods', namespaced: true }, `pods of ${target.kind} ${ns}/${target.name}`, { labelSelector }, this.store(this.stores.pods)),
        ];
        if (target.kind === 'Deployment') {
            this.selectorWatches.push(this.watchCollection({ ...APPS, kind: 'ReplicaSet', resource: 'replicasets', namespaced: true }, `replicasets of ${ns}/${target.name}`, { labelSelector }, this.store(this.stores.replicaSets)));
        }
        for (const p of this.selectorWatches)
            p.catch(this.fail);
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/watch-workloads.ts



/*
 * The watch of a set of applied workloads, which both the rollout and the rollback use: one monitor per
 * workload, the first failure stopping the others, a log line per progress and per outcome.
 */
async function watchAll(client, items, opts, signal, since, phase, 
/** Called once every workload looks complete, while some may still be held (settle.ts). */
onAllComplete) {
    // The first failure stops the other watches: its report should not wait for theirs.
    const stopOthers = new AbortController();
    let completed = 0;
    let anyHeld = false;
    const combined = AbortSignal.any([signal, stopOthers.signal]);
    const stamp = () => `[${(since() / 1000).toFixed(1)}s]`;
    const results = await Promise.all(items.map(async (a) => {
        const target = rolloutTarget(a);
        const ref = objectRef(a.plan.object);
        // A span per watched workload, its progress messages as span events (telemetry).
        const outcome = await (0,telemetry/* span */.Ln)(`watch ${target.kind}`, { 'k8s.namespace.name': target.namespace, 'goship.workload': ref, 'goship.phase': phase }, async (s) => {
            const o = await monitorWorkload(client, target, {
                failureThreshold: opts.failureThreshold,
                // A rollback restores what ran before: it is not held (the release under test is the new one).
                settleMs: phase === 'rollout' ? opts.settleMs : 0,
                signal: combined,
                onProgress: (m) => {
                    s.event(m);
                    opts.log.info(`${stamp()} ${phase === 'rollback' ? 'rollback: ' : ''}${ref}: ${m}`);
                },
                onComplete: (held) => {
                    anyHeld ||= held;
                    if (++completed === items.length)
                        onAllComplete?.(anyHeld);
                },
            });
            s.set({
                'goship.outcome': o.state,
                'goship.revision': 'revision' in o ? o.revision : undefined,
            });
            if (o.running)
                s.set({ 'k8s.replicaset.name': o.running.replicaSet, 'goship.pods': o.running.pods.join(',') });
            if (o.state === 'failed')
                s.fail(o.failure.message, o.failure.reason);
            return o;
        });
        if (outcome.state === 'failed' || outcome.state === 'superseded')
            stopOthers.abort(new Error(`${ref} failed`));
        const line = outcome.state === 'failed'
            ? `${outcome.failure.reason}: ${outcome.failure.message}`
            : outcome.state === 'interrupted' &&
                signal.reason instanceof DOMException &&
                signal.reason.name === 'TimeoutError'
                ? `timed out: ${outcome.message}`
                : outcome.message;
        opts.log.info(`${stamp()} ${phase === 'rollback' ? 'rollback: ' : ''}${ref}: ${outcome.state === 'complete' ? '' : `${outcome.state.toUpperCase()} `}${line}`);
        return [a, outcome];
    }));
    return new Map(results);
}
function rolloutTarget(a) {
    const obj = a.result.object;
    const mine = obj.metadata.managedFields?.filter((m) => m.manager === 'goship' && m.time).map((m) => m.time) ?? [];
    return {
        kind: a.plan.workload,
        namespace: obj.metadata.namespace,
        name: obj.metadata.name,
        generation: obj.metadata.generation ?? 1,
        template: obj.spec?.template,
        changedAt: mine.sort().at(-1),
    };
}
function messageOf(o) {
    return o.state === 'failed' ? o.failure.message : o.message;
}
function outcomeName(o) {
    return o.state === 'complete' ? 'rolled-out' : o.state === 'waiting' ? 'interrupted' : o.state;
}

;// CONCATENATED MODULE: ./packages/kube/src/recover.ts




/*
 * After a failed rollout: restore what this run changed (the ConfigMaps/Secrets the previous pod templates
 * read, then the pod templates), watch the rollback with the same rules, delete or keep first deploys.
 */
async function recover(client, changed, applied, opts, result, reports, since) {
    const toRollBack = changed.filter((a) => a.previous?.live && a.previous.template !== undefined && a.plan.workload !== 'Job');
    const firstDeploys = changed.filter((a) => !a.previous?.live);
    const recovery = {
        client,
        opts,
        result,
        reports,
        // The rollback honours the same apply settings as the rollout: without force-conflicts it does not take
        // fields over from another manager (who changed them while we watched), it fails naming them.
        rollbackApply: { force: opts.force, serverSide: opts.serverSide, signal: opts.signal },
    };
    const configs = await restoreConfigs(recovery, toRollBack, applied);
    const rolledBack = await rollBackTemplates(recovery, toRollBack);
    if (rolledBack.length > 0) {
        const rollbackSignal = AbortSignal.any([opts.signal, AbortSignal.timeout(opts.timeoutMs)]);
        const outcomes = await watchAll(client, rolledBack, opts, rollbackSignal, since, 'rollback');
        const allBack = reportRollback(recovery, outcomes, configs);
        if (allBack && firstDeploys.length === 0 && rolledBack.length === toRollBack.length)
            result.status = 'rolled-back';
        const primary = reports.get(rolledBack[0].plan.key);
        if (primary?.revision)
            result.revision = primary.revision;
    }
    for (const a of firstDeploys)
        await deleteOrKeepFirstDeploy(recovery, a);
    for (const a of changed.filter((x) => x.plan.workload === 'Job' && x.previous?.live)) {
        result.recovery.push(`${objectRef(a.plan.object)}: Jobs cannot be rolled back (their pod template is immutable); left as it is.`);
    }
}
/**
 * 1. The ConfigMaps/Secrets the previous templates reference and this run changed: their old content first,
 *    so the restored pods read what they read before.
 */
async function restoreConfigs({ client, opts, result, reports, rollbackApply }, toRollBack, applied) {
    const restoreFailed = new Set();
    const restored = [];
    for (const a of toRollBack) {
        const refs = templateReferences(a.previous.template);
        const changedConfigs = applied.filter((c) => isConfigObject(c.plan) &&
            c.action === 'configured' &&
            c.plan.object.metadata.namespace === a.plan.object.metadata.namespace &&
            refs[c.plan.info.kind].has(c.plan.object.metadata.name));
        for (const c of changedConfigs) {
            const ref = objectRef(c.plan.object);
            if (restored.includes(ref))
                continue;
            const prev = c.previousConfig;
            const why = !prev
                ? 'its previous content was not recorded'
                : prev.unreadable
                    ? `its previous content could not be read (${prev.unreadable})`
                    : !prev.live
                        ? 'it did not exist before this run'
                        : undefined;
            if (why) {
                restoreFailed.add(a);
                result.recovery.push(`${objectRef(a.plan.object)}: the previous pod template references ${ref}, which this run changed, and ${why}: the rolled-back pods read its new content.`);
                continue;
            }
            try {
                await applyObject(client, { ...c.plan, object: restoreConfigObject(c.plan.object, prev.live) }, rollbackApply, false);
                restored.push(ref);
                reports.get(c.plan.key).message = 'restored to its previous content by the rollback';
                opts.log.info(`Restoring ${ref} to its content before this run (the previous pod template reads it)`);
            }
            catch (err) {
                restoreFailed.add(a);
                result.recovery.push(`${objectRef(a.plan.object)}: ${ref} (referenced by the previous pod template) could not be restored: ${withHint(explainApplyError(err, c.plan, client))}`);
            }
        }
    }
    return { restoreFailed, restored };
}
/** 2. The pod templates: the ones applied, to be watched. */
async function rollBackTemplates({ client, opts, result, reports, rollbackApply }, toRollBack) {
    const { log } = opts;
    const cause = result.failure
        ? `${result.failure.reason} in ${result.failure.kind} ${result.failure.name}`
        : 'failure';
    const rolledBack = [];
    for (const a of toRollBack) {
        const body = rollbackObject(a.plan.object, a.previous, `goship: rollback to revision ${a.previous.revision ?? '?'} after ${cause}`);
        try {
            const res = await applyObject(client, { ...a.plan, object: body }, rollbackApply, false);
            log.info(`Rolling back ${objectRef(a.plan.object)} to revision ${a.previous.revision ?? '?'}${a.previous.replicaSet ? ` (ReplicaSet ${a.previous.replicaSet})` : ''}: its pod template only`);
            if (a.plan.workload === 'StatefulSet') {
                for (const pod of await releaseStuckStatefulSetPods(client, res.object, opts.signal)) {
                    log.info(`  deleted pod ${pod}: stuck at the failed revision, a StatefulSet does not replace it by itself`);
                }
            }
            rolledBack.push({ ...a, result: res });
        }
        catch (err) {
            const r = reports.get(a.plan.key);
            r.outcome = 'rollback-failed';
            result.recovery.push(`${objectRef(a.plan.object)}: rollback could not be applied: ${withHint(explainApplyError(err, a.plan, client))}`);
        }
    }
    return rolledBack;
}
/** One recovery line per watched rollback; true when every one is back, with everything it reads. */
function reportRollback({ result, reports }, outcomes, { restoreFailed, restored }) {
    let allBack = true;
    for (const [a, o] of outcomes) {
        const r = reports.get(a.plan.key);
        r.revision = o.revision ?? r.revision;
        const configNote = restored.length > 0 ? `; restored ${restored.join(', ')} to their previous content` : '';
        if (o.state === 'complete' && restoreFailed.has(a)) {
            allBack = false;
            r.outcome = 'rollback-failed';
            result.recovery.push(`${objectRef(a.plan.object)}: the previous pod template is back (revision ${o.revision ?? '?'}), but not everything it reads (see above): rollback incomplete.`);
        }
        else if (o.state === 'complete') {
            r.outcome = 'rolled-back';
            result.recovery.push(`${objectRef(a.plan.object)}: rolled back its pod template only, to the previous revision's (revision ${a.previous.revision ?? '?'}, now revision ${o.revision ?? '?'})${configNote}; ${o.message}. Everything else this run applied (replicas, strategy, Services, other objects) stays as applied.`);
        }
        else {
            allBack = false;
            r.outcome = 'rollback-failed';
            const why = o.state === 'failed' ? `${o.failure.reason}: ${o.failure.message}` : o.message;
            result.recovery.push(`${objectRef(a.plan.object)}: the rollback did not complete either: ${why}`);
        }
    }
    return allBack;
}
/** A first deploy has nothing to roll back to: deleted with on-first-failure: delete, else left. */
async function deleteOrKeepFirstDeploy({ client, opts, result, reports }, a) {
    const ref = objectRef(a.plan.object);
    if (opts.onFirstFailure === 'delete') {
        try {
            await client.request('DELETE', resourcePath(a.plan.info, a.plan.object.metadata.namespace, a.plan.object.metadata.name), {
                query: { propagationPolicy: 'Background' },
                signal: opts.signal,
            });
            reports.get(a.plan.key).action = 'deleted';
            result.recovery.push(`${ref}: first deploy failed and there is no previous revision; deleted (on-first-failure: delete).`);
        }
        catch (err) {
            result.recovery.push(`${ref}: first deploy failed; deleting it failed too: ${(0,src_errors/* errorMessage */.gJ)(client.explain(err))}`);
        }
    }
    else {
        result.recovery.push(`${ref}: first deploy failed and there is no previous revision to roll back to; left as it is (set on-first-failure: delete to remove it).`);
    }
}
/** An error's message and, for a UserError, its hint (a rollback's failure reads as one line in the recovery). */
function withHint(err) {
    return err instanceof src_errors/* UserError */.yo && err.hint ? `${err.message} ${err.hint}` : (0,src_errors/* errorMessage */.gJ)(err);
}

;// CONCATENATED MODULE: ./packages/kube/src/verify.ts

/** The reason of a failed verification that threw instead of returning its verdict. */
const VERIFY_ERROR = 'VerifyError';
/**
 * `verify`, where an exception is a failed verification (never a pass, never a step that ends with the
 * unverified release in place): its message becomes the failure's, and the caller rolls back as for any.
 */
async function verifyRollout(verify, result, log, signal) {
    try {
        return await verify(result, signal);
    }
    catch (err) {
        const message = `the verification after the rollout failed with an error: ${(0,src_errors/* errorMessage */.gJ)(err)}`;
        log.warning(`${message}; treating the release as not verified`);
        return { reason: VERIFY_ERROR, message };
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/rollout.ts








async function rollout(opts) {
    try {
        return await run(opts);
    }
    catch (err) {
        // Cancelled before anything was applied (connecting, validating): say so, not "operation aborted".
        if (opts.signal.aborted && !(err instanceof src_errors/* UserError */.yo && /^cancelled/.test(err.message))) {
            throw new src_errors/* UserError */.yo(`${(0,src_errors/* errorMessage */.gJ)(opts.signal.reason)} before anything was applied`, { cause: err });
        }
        throw err;
    }
}
async function run(opts) {
    const started = performance.now();
    const since = () => performance.now() - started;
    const { log, signal } = opts;
    const { client, serverVersion, username } = await connect(opts.kubeconfig, log, signal);
    log.info(`Connected to ${client.describe()}: Kubernetes ${serverVersion}${username ? `, authenticated as '${username}'` : ''}`);
    const validated = await validateRollout(client, await planRollout(client, opts), opts);
    if (opts.beforeApply) {
        const { workloads, previousByKey } = validated;
        const first = workloads.find((p) => opts.waitFor.has(p.workload)) ?? workloads[0];
        await opts.beforeApply(first && previousByKey.get(first.key)?.revision);
    }
    const appliedAt = Date.now();
    const { applied, validatedMs, appliedMs } = await (0,telemetry/* span */.Ln)('server-side apply', { 'goship.objects': validated.plan.length }, () => applyInOrder(client, validated, opts, since));
    const reports = new Map(applied.map((a) => [a.plan.key, report(a)]));
    const result = {
        status: 'succeeded',
        server: opts.kubeconfig.server,
        serverVersion,
        username,
        recovery: [],
        objects: [],
        cancelled: false,
        timings: { validatedMs, appliedMs, settledMs: 0, totalMs: 0 },
        moments: { cluster: opts.kubeconfig.cluster, applied: appliedAt },
    };
    const state = { client, opts, since, validated, applied, reports, result };
    const verdict = await watchRollout(state);
    const m = verdict.primary?.plan.object.metadata;
    Object.assign(result.moments, { decided: Date.now(), workload: m?.name, namespace: m?.namespace });
    if (!verdict.failedOne && verdict.interrupted.length === 0 && !verdict.rejected)
        return await succeed(state, verdict);
    return await rollout_fail(state, verdict);
}
/** 5. Watch the rollouts, then verify them when every one rolled out. */
async function watchRollout(state) {
    const { client, opts, since, applied, reports, result } = state;
    const { log, signal } = opts;
    const watched = applied.filter((a) => a.plan.workload && opts.waitFor.has(a.plan.workload));
    const deadline = AbortSignal.timeout(opts.timeoutMs);
    const watchSignal = AbortSignal.any([signal, deadline, ...(opts.interrupt ? [opts.interrupt] : [])]);
    if (watched.length > 0)
        log.info(`Watching ${watched.map((a) => objectRef(a.plan.object)).join(', ')} (timeout ${Math.round(opts.timeoutMs / 1000)}s)`);
    // The verification may start while the hold goes on; it is aborted when the rollout fails after all.
    const verifyAbort = new AbortController();
    let early;
    const onAllComplete = opts.verify && opts.verifyWhileHeld
        ? (held) => {
            if (!held)
                return;
            log.info(`[${(since() / 1000).toFixed(1)}s] rolled out: verifying now, while the new pods are held`);
            early = verifyRollout(opts.verify, result, log, verifyAbort.signal);
        }
        : undefined;
    const outcomes = await watchAll(client, watched, opts, watchSignal, since, 'rollout', onAllComplete);
    result.timings.settledMs = since();
    for (const [a, outcome] of outcomes) {
        const r = reports.get(a.plan.key);
        r.revision = outcome.revision ?? r.revision;
        r.outcome = outcomeName(outcome);
        r.message = messageOf(outcome);
    }
    const primary = watched[0] ?? applied.find((a) => a.plan.workload);
    if (primary) {
        result.revision = reports.get(primary.plan.key)?.revision;
        result.previousRevision = primary.previous?.revision;
    }
    const failedOne = [...outcomes].find(([, o]) => o.state === 'failed' || o.state === 'superseded');
    const interrupted = [...outcomes].filter(([, o]) => o.state === 'interrupted');
    const rolledOut = !failedOne && interrupted.length === 0;
    if (!rolledOut && early) {
        verifyAbort.abort(new Error('the rollout failed while it was verified'));
        await early;
    }
    const rejected = rolledOut && opts.verify
        ? await (early ?? verifyRollout(opts.verify, result, log, verifyAbort.signal))
        : undefined;
    return { watched, outcomes, primary, failedOne, interrupted, rejected };
}
/** Rolled out (and verified): prune what the apply set no longer holds. */
async function succeed(state, verdict) {
    const { client, opts, validated, reports, result } = state;
    opts.log.info(verdict.watched.length > 0
        ? `Rolled out in ${(result.timings.settledMs / 1000).toFixed(2)}s`
        : 'Applied (no workloads to wait for)');
    if (opts.prune) {
        const pruned = await prune(client, validated.plan, opts.applySet, validated.pruneListed, opts.signal);
        for (const o of pruned)
            reports.set(`pruned/${o.kind}/${o.namespace}/${o.name}`, { ...o, action: 'pruned' });
    }
    return complete(state);
}
/** 6. Failure (or timeout, or cancellation): report, then roll back what we changed. */
async function rollout_fail(state, verdict) {
    const { client, opts, since, applied, reports, result } = state;
    result.status = 'failed';
    if (opts.signal.aborted)
        return cancelled(state, verdict);
    const superseded = describeVerdict(state, verdict);
    const changed = applied.filter((a) => a.plan.workload && a.action !== 'unchanged');
    if (superseded) {
        result.recovery.push('Not rolled back: another rollout replaced ours, and undoing it would overwrite that change.');
    }
    else if (opts.rollback === 'never') {
        result.recovery.push(`rollback: never — left as applied: ${changed.map((a) => objectRef(a.plan.object)).join(', ') || 'nothing changed'}.`);
    }
    else {
        const cause = result.failure;
        await (0,telemetry/* span */.Ln)('rollback', { 'goship.rollback.reason': cause?.reason, 'goship.rollback.workloads': changed.length }, async (s) => {
            await recover(client, changed, applied, opts, result, reports, since);
            if (result.status === 'rolled-back')
                result.moments.restored = Date.now();
            s.set({ 'goship.rollback.status': result.status });
        });
    }
    return complete(state);
}
/** Cancelled while watching or verifying: nothing is rolled back, the state left is reported. */
function cancelled(state, verdict) {
    const { opts, result } = state;
    const { interrupted, rejected, outcomes } = verdict;
    result.cancelled = true;
    result.failure = {
        kind: interrupted[0]?.[0].plan.object.kind ?? 'Rollout',
        namespace: interrupted[0]?.[0].plan.object.metadata.namespace ?? '',
        name: interrupted[0]?.[0].plan.object.metadata.name ?? '',
        reason: 'Cancelled',
        message: `${(0,src_errors/* errorMessage */.gJ)(opts.signal.reason)} ${rejected ? `while verifying the rollout (${rejected.reason}: ${rejected.message})` : 'while waiting'}; state left: ${[...outcomes].map(([a, o]) => `${objectRef(a.plan.object)}: ${messageOf(o)}${o.revision ? ` (revision ${o.revision})` : ''}`).join('; ')}`,
    };
    result.recovery.push('Cancelled: nothing was rolled back; the objects stay as applied and their rollouts continue in the cluster.');
    return complete(state);
}
/** Sets the result's failure from the verification or the failed watch; true when ours was superseded. */
function describeVerdict(state, verdict) {
    const { opts, applied, result } = state;
    const { rejected, primary, failedOne, interrupted } = verdict;
    if (rejected) {
        const obj = (primary ?? applied[0]).plan;
        result.failure = {
            kind: obj.object.kind,
            namespace: obj.object.metadata.namespace ?? '',
            name: obj.object.metadata.name,
            file: obj.manifest.origin.file,
            line: obj.manifest.origin.line,
            ...rejected,
        };
        return false;
    }
    const [failedApplied, failedOutcome] = failedOne ?? interrupted[0];
    result.failure =
        !failedOne && opts.interrupt?.aborted
            ? {
                ...describeFailure(failedApplied, failedOutcome, opts.timeoutMs),
                reason: 'Interrupted',
                message: (0,src_errors/* errorMessage */.gJ)(opts.interrupt.reason),
            }
            : describeFailure(failedApplied, failedOutcome, opts.timeoutMs);
    return failedOutcome.state === 'superseded';
}
function complete({ reports, result, since }) {
    result.objects = [...reports.values()];
    result.timings.totalMs = since();
    return result;
}
function describeFailure(a, o, timeoutMs) {
    const obj = a.plan.object;
    const at = { file: a.plan.manifest.origin.file, line: a.plan.manifest.origin.line };
    const base = { kind: obj.kind, namespace: obj.metadata.namespace ?? '', name: obj.metadata.name, ...at };
    if (o.state === 'failed') {
        // Point at the container's image line for image problems, when the manifest has one.
        if (/Image|ErrImage/.test(o.failure.reason) && o.failure.container) {
            const containers = (obj.spec?.template?.spec?.containers ?? []);
            const inits = (obj.spec?.template?.spec?.initContainers ?? []);
            const i = containers.findIndex((c) => c.name === o.failure.container);
            const j = inits.findIndex((c) => c.name === o.failure.container);
            const path = i >= 0
                ? ['spec', 'template', 'spec', 'containers', i, 'image']
                : j >= 0
                    ? ['spec', 'template', 'spec', 'initContainers', j, 'image']
                    : undefined;
            const line = path ? a.plan.manifest.lineOf(path) : undefined;
            if (line)
                at.line = line;
        }
        return { ...o.failure, ...at };
    }
    if (o.state === 'superseded')
        return { ...base, reason: 'Superseded', message: o.message };
    return {
        ...base,
        reason: 'Timeout',
        message: `not rolled out within the timeout (${Math.round(timeoutMs / 1000)}s): ${o.message}`,
    };
}
function report(a) {
    const obj = a.result.object;
    return {
        apiVersion: obj.apiVersion,
        kind: obj.kind,
        namespace: obj.metadata.namespace,
        name: obj.metadata.name,
        action: a.action,
        file: a.plan.manifest.origin.file,
        line: a.plan.manifest.origin.line,
        previousRevision: a.previous?.revision,
        outcome: a.plan.workload ? 'not-waited' : undefined,
    };
}

;// CONCATENATED MODULE: ./packages/kube/src/fleet/cluster-run.ts




function deferred() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
    });
    // A gate nobody waits on any more must not surface as an unhandled rejection.
    promise.catch(() => undefined);
    return { promise, resolve, reject };
}
/** A log whose lines say which cluster they are about: the clusters of a wave log side by side. */
function clusterLog(log, name) {
    return {
        info: (m) => log.info(`[${name}] ${m}`),
        warning: (m, where) => log.warning(`[${name}] ${m}`, where),
        debug: (m) => log.debug(`[${name}] ${m}`),
        notice: (m, where) => log.notice(`[${name}] ${m}`, where),
        secret: (v) => log.secret(v),
    };
}
class ClusterRun {
    name;
    wave;
    phase = 'preflight';
    /** The first watched workload's revision before this run (known once validated). */
    previousRevision;
    /** Set once the gate opened: from then on something may have been applied. */
    applyStarted = false;
    released = false;
    /** Why it was held at the gate (never applied), when it was. */
    heldBecause;
    /** Its rollout was interrupted because the run was cancelled (and rolled back): no deployment to count. */
    cancelled = false;
    /** When its own verification passed (or, without one, it rolled out): its deployment's end. */
    verifiedAt;
    /** Its delivery figures, once its rollout ended (none: cancelled, nothing applied, no context given). */
    delivery;
    done;
    /** What `done` resolved to, once it has. */
    settled;
    ready = deferred();
    gate = deferred();
    rolledOut = deferred();
    decision = deferred();
    /** Aborts connecting and validating only: after the gate, a cluster is stopped by `interrupt` (it rolls back). */
    stop = new AbortController();
    interruption = new AbortController();
    constructor(name, wave, options, verify, run = rollout, 
    /** The delivery figures' context (the commit, the version); without it, no figures. */
    deliveryContext) {
        this.name = name;
        this.wave = wave;
        const attributes = { 'k8s.cluster.name': name, 'goship.fleet.wave': wave };
        this.done = (0,telemetry/* span */.Ln)('cluster rollout', attributes, async (s) => {
            let result;
            try {
                result = await run({
                    ...options,
                    signal: this.stop.signal,
                    interrupt: this.interruption.signal,
                    beforeApply: async (previousRevision) => {
                        this.previousRevision = previousRevision;
                        this.phase = 'ready';
                        this.ready.resolve();
                        await this.gate.promise;
                        this.applyStarted = true;
                        this.phase = 'applying';
                    },
                    verify: async (result, signal) => {
                        const rejected = verify ? await verify(result, name, signal) : undefined;
                        if (rejected)
                            return rejected;
                        this.verifiedAt = Date.now();
                        this.phase = 'rolled-out';
                        this.rolledOut.resolve();
                        return this.decision.promise;
                    },
                });
            }
            catch (error) {
                // Held at its gate (its wave not reached, the run refused or cancelled) is no failure of its own.
                if (!this.heldBecause)
                    s.fail((0,src_errors/* errorMessage */.gJ)(error));
                return { error };
            }
            if (result.failure)
                s.fail(result.failure.message, result.failure.reason);
            if (result.moments && this.verifiedAt !== undefined)
                result.moments.verified = this.verifiedAt;
            // Cancelled only if the interruption is what ended it: a verification already under way may have passed.
            this.cancelled &&= result.failure?.reason === 'Interrupted';
            if (deliveryContext && !this.cancelled)
                this.delivery = rolloutDelivery(result, {
                    ...(await withCommitTime(deliveryContext)),
                    cluster: name,
                });
            reportDelivery(this.delivery);
            return { result };
        });
        void this.done.then((settled) => {
            this.settled = settled;
            this.phase = 'ended';
        });
    }
    /** Resolves when validated and waiting for its wave ('ready'), or when it ended before that. */
    validated() {
        return Promise.race([
            this.ready.promise.then(() => 'ready'),
            this.done.then(() => 'ended'),
        ]);
    }
    /** Starts applying; resolves when rolled out and verified ('rolled-out') or ended otherwise ('ended'). */
    release() {
        this.released = true;
        this.gate.resolve();
        return Promise.race([
            this.rolledOut.promise.then(() => 'rolled-out'),
            this.done.then(() => 'ended'),
        ]);
    }
    /** Not to be applied (its wave is not reached, the run is refused or cancelled): ends with nothing applied. */
    hold(reason) {
        if (this.released || this.heldBecause)
            return;
        this.heldBecause = reason;
        this.gate.reject(new src_errors/* UserError */.yo(reason));
        this.stop.abort(new Error(reason));
    }
    /** Stops a rollout in progress: it ends like a failure and rolls back what it changed. */
    interrupt(reason, cancelled = false) {
        if (this.phase !== 'applying' || this.interruption.signal.aborted)
            return;
        this.cancelled = cancelled;
        this.interruption.abort(new Error(reason));
    }
    keep() {
        this.decision.resolve(undefined);
    }
    rollBack(reason, message) {
        this.decision.resolve({ reason, message });
    }
}
/** A network failure reaching the API server (not TLS trust, not credentials): what `skip-unreachable` skips. */
function isUnreachable(err) {
    for (let e = err; e instanceof Error; e = e.cause) {
        if (e instanceof ConnectionError)
            return e.retryable;
    }
    return false;
}

// EXTERNAL MODULE: ./packages/kube/src/fleet/clusters.ts
var clusters = __webpack_require__(3401);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/contract/src/yaml.ts
/*
 * The YAML dialect of the chain. render-manifests writes, k8s-rollout reads, and in between a user may
 * run `kubectl apply -f` on the same file. kubectl reads YAML through go-yaml v2 (sigs.k8s.io/yaml), a
 * YAML 1.1 reader: `yes`/`on`/`y` are booleans, `0644` is octal, `1_000` is 1000, `0o14`/`0X1F`/`0b101` are
 * integers (Go's strconv with base 0), while timestamps and sexagesimal numbers (`12:30`) stay strings.
 *
 * - Reading (`parseYamlStream`): the schema below reproduces go-yaml v2's scalar resolution, so an object
 *   means for us exactly what it means for kubectl. Duplicate keys are errors (kubectl's strict field
 *   validation rejects them), an alias bomb is "too many aliases" at its line, never a bare ReferenceError.
 * - Writing (`toYaml`): a string is quoted whenever YAML 1.2 (core), YAML 1.1 (the full schema, with
 *   sexagesimal numbers and timestamps) or go-yaml would read its plain form as anything but that same
 *   string. The output therefore reads back identically under all three.
 */

/** At most this many alias expansions (weighted by the aliases inside each anchor) per document. */
const MAX_ALIAS_COUNT = 1000;
/** go-yaml integers that YAML 1.1 does not have: Go's base prefixes in any case, with a sign. */
const goInt = {
    identify: (value) => typeof value === 'number' && Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?0(?:[xX][0-9a-fA-F_]+|[oO][0-7_]+|[bB][01_]+)$/,
    resolve(str) {
        const negative = str.startsWith('-');
        const digits = str.replace(/^[-+]/, '').replace(/_/g, '').toLowerCase();
        const n = Number(digits);
        return negative ? -n : n;
    },
};
/** go-yaml's float rule (yamlStyleFloat after removing `_`), replacing YAML 1.1's looser one (`.` is NaN). */
const goFloat = {
    identify: (value) => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9][0-9_]*|[0-9][0-9_]*\.[0-9_]*|[0-9][0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9][0-9_]*|\.[0-9][0-9_]*[eE][-+]?[0-9][0-9_]*)$/,
    resolve: (str) => Number.parseFloat(str.replace(/_/g, '')),
};
/**
 * The schema kubectl reads with: YAML 1.1 as go-yaml v2 implements it. go-yaml leaves timestamps and
 * sexagesimal numbers as strings (when decoding into interface{}, as sigs.k8s.io/yaml does), and its
 * floats need a digit (eemeli/yaml's YAML 1.1 reads `.` and `e5` as NaN).
 */
const kubectlTags = (tags) => [
    ...tags.filter((t) => {
        if (t.format === 'TIME' || t.tag === 'tag:yaml.org,2002:timestamp')
            return false;
        const nan = t.test !== undefined && /inf/.test(t.test.source);
        return !(t.tag === 'tag:yaml.org,2002:float' && !nan);
    }),
    goInt,
    goFloat,
];
const KUBECTL_YAML = {
    version: '1.1',
    schema: 'yaml-1.1',
    customTags: kubectlTags,
    merge: true,
    uniqueKeys: true,
};
/** Parses a multi-document stream in the kubectl dialect. Problems are read per document (`documentProblems`). */
function parseYamlStream(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const parsed = (0,dist/* parseAllDocuments */.hR)(text, { ...KUBECTL_YAML, lineCounter, prettyErrors: false });
    const documents = Array.isArray(parsed) ? parsed : [];
    return {
        documents,
        position: (offset) => {
            const p = lineCounter.linePos(offset);
            return { line: p.line, column: p.col };
        },
    };
}
/** The syntax errors and duplicate keys of one document, each at its line. */
function documentProblems(doc, stream) {
    return doc.errors.map((e) => {
        const { line, column } = stream.position(e.pos[0]);
        const duplicate = e.code === 'DUPLICATE_KEY';
        return {
            message: duplicate
                ? `duplicate key ${JSON.stringify(keyAt(doc, e.pos[0]) ?? '?')}`
                : e.message.split('\n')[0],
            line,
            column,
            kind: duplicate ? 'duplicate-key' : 'syntax',
        };
    });
}
/** True for an empty document (a trailing `---`, only comments). */
function isEmptyDocument(doc) {
    return doc.contents === null || ((0,dist/* isScalar */.jn)(doc.contents) && doc.contents.value === null);
}
/**
 * The plain value of a document (maps, lists, strings, numbers, booleans, null). An alias bomb is a
 * problem at the line of the document's first alias instead of eemeli/yaml's bare ReferenceError.
 */
function documentValue(doc, stream) {
    try {
        return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
    }
    catch (e) {
        if (!(e instanceof ReferenceError))
            throw e;
        let offset = doc.contents?.range?.[0] ?? 0;
        (0,dist/* visit */.YR)(doc, {
            Alias(_, node) {
                offset = node.range?.[0] ?? offset;
                return dist/* visit */.YR.BREAK;
            },
        });
        const { line, column } = stream.position(offset);
        const excessive = /excessive alias count/i.test(e.message);
        return {
            problem: {
                message: excessive
                    ? `too many aliases: expanding them exceeds ${MAX_ALIAS_COUNT} nodes (an alias bomb?)`
                    : e.message,
                line,
                column,
                kind: excessive ? 'too-many-aliases' : 'syntax',
            },
        };
    }
}
function keyAt(doc, offset) {
    let found;
    (0,dist/* visit */.YR)(doc, {
        Pair(_, pair) {
            const key = pair.key;
            if ((0,dist/* isScalar */.jn)(key) && key.range?.[0] === offset) {
                found = String(key.value);
                return dist/* visit */.YR.BREAK;
            }
        },
    });
    return found;
}
/** The scalar tags of the kubectl reading, in resolution order (the merge key only matters as a key). */
const KUBECTL_SCALARS = new dist/* Document */.yo(null, KUBECTL_YAML).schema.tags.filter((t) => t.default &&
    t.test instanceof RegExp &&
    t.tag !== 'tag:yaml.org,2002:str' &&
    t.tag !== 'tag:yaml.org,2002:merge');
/**
 * What kubectl makes of a plain (unquoted) scalar with this text: a boolean, number, null or the string
 * itself. Used where text is placed into a plain scalar after parsing (`port: ${PORT}`).
 */
function resolvePlainScalar(text) {
    for (const tag of KUBECTL_SCALARS) {
        if (!tag.test.test(text))
            continue;
        const value = tag.resolve(text, () => { }, { intAsBigInt: false });
        return (isScalar(value) ? value.value : value);
    }
    return text;
}
/** Every resolver a reader of our output may use: YAML 1.2 core, full YAML 1.1, kubectl's go-yaml. */
const READERS = [
    new dist/* Document */.yo(null, { schema: 'core' }),
    new dist/* Document */.yo(null, { schema: 'yaml-1.1' }),
    new dist/* Document */.yo(null, KUBECTL_YAML),
].flatMap((d) => d.schema.tags.filter((t) => t.default && t.test instanceof RegExp && t.tag !== 'tag:yaml.org,2002:str'));
/**
 * Whether a plain (unquoted) `value` would be read as something other than this string by YAML 1.2,
 * YAML 1.1 or go-yaml: then it must be quoted.
 */
function needsQuotes(value) {
    return READERS.some((t) => t.test.test(value));
}
/**
 * Serializes one object: block style, no line folding (long strings stay on one line), multi-line
 * strings as block scalars, and every string (value or key) that any reader could type differently
 * double-quoted.
 */
function toYaml(object) {
    const doc = new Document(object, { aliasDuplicateObjects: false });
    visit(doc, {
        Scalar(_, node) {
            if (typeof node.value === 'string' && needsQuotes(node.value))
                node.type = Scalar.QUOTE_DOUBLE;
        },
    });
    return doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true });
}

;// CONCATENATED MODULE: ./packages/kit/src/paths.ts
/*
 * Where a path input may lead. A relative path stays inside its root (the workspace, or a build context):
 * one that leads out by `..` or through a symbolic link is an InputError naming the input. An absolute
 * path is taken as given: the user wrote it on purpose. One rule, used by every action that reads or
 * writes files named by an input.
 */



/** True when `path` is `root` or below it (both absolute, compared as written). */
function isInside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * The absolute path `given` names, resolved against `root`; throws an InputError when a relative `given`
 * leads outside `root`, by its name or through a link on the part of it that exists (a file not written
 * yet is judged by its nearest existing parent).
 */
function confinedPath(given, root, o) {
    const path = (0,external_node_path_.resolve)(root, given);
    if ((0,external_node_path_.isAbsolute)(given))
        return path;
    const absRoot = (0,external_node_path_.resolve)(root);
    const where = o.rootName ?? `the workspace (${absRoot})`;
    const refuse = (problem) => new src_errors/* InputError */.dz(o.input, problem, o.expected, o.hint ??
        'Relative paths stay inside the workspace; give an absolute path to use one elsewhere on purpose.');
    const shownAs = o.shownAs ?? given;
    if (!isInside(absRoot, path))
        throw refuse(`'${shownAs}' is outside ${where}`);
    const realRoot = realpathOrUndefined(absRoot) ?? absRoot;
    const existing = nearestExisting(path, absRoot);
    const real = existing === undefined ? undefined : realpathOrUndefined(existing);
    if (real !== undefined && !isInside(realRoot, real)) {
        const shown = (0,external_node_path_.relative)(absRoot, existing) || '.';
        throw refuse(`'${shownAs}' reaches ${shown}, a link to ${real}, outside ${where}`);
    }
    return path;
}
/** The deepest part of `path` that exists, not above `root`; undefined when not even the root does. */
function nearestExisting(path, root) {
    for (let p = path; isInside(root, p); p = (0,external_node_path_.dirname)(p)) {
        if (realpathOrUndefined(p) !== undefined)
            return p;
        if (p === root)
            break;
    }
    return undefined;
}
function realpathOrUndefined(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/kit/src/glob.ts



/*
 * File patterns for inputs that name files: a file, a folder (its files, not recursive, as
 * `kubectl apply -f dir`), or a glob with `*`, `?`, `**`, `{a,b}` and `[…]`. Not @actions/glob: it has no
 * `{a,b}` (it sets minimatch's nobrace), treats a folder as all its descendants, is async only, and found
 * every .yaml in a 4,000-file tree 2.95× slower than this walk (697 ms vs 236 ms on a loaded 2-CPU machine,
 * bench/glob.ts); Node 20 has no fs.glob.
 */
const WILDCARD = /[*?{[]/;
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** A glob as a regular expression over `/`-separated relative paths. */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                // `**/` matches zero or more folders; a trailing `**` matches everything below.
                const slash = glob[i + 2] === '/';
                re += slash ? '(?:[^/]+/)*' : '.*';
                i += slash ? 2 : 1;
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '{') {
            const end = glob.indexOf('}', i);
            if (end < 0)
                re += '\\{';
            else {
                re += `(?:${glob
                    .slice(i + 1, end)
                    .split(',')
                    .map((a) => a
                    .replace(/[.+^$()|[\]\\]/g, '\\$&')
                    .replace(/\*/g, '[^/]*')
                    .replace(/\?/g, '[^/]'))
                    .join('|')})`;
                i = end;
            }
        }
        else if (c === '[') {
            const end = glob.indexOf(']', i);
            if (end < 0)
                re += '\\[';
            else {
                re += `[${glob
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else
            re += c.replace(/[.+^$()|\\}]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/**
 * Each pattern's matches, sorted; duplicates across patterns dropped (the first pattern keeps them).
 *
 * A relative pattern stays inside `cwd` (the workspace): one that leads out of it, by `..` or through a
 * symbolic link, is an InputError; an absolute path is taken as given, on purpose. Directory links are
 * followed, each real folder at most once, so link cycles cannot make the walk loop or grow.
 */
function expandPatterns(patterns, cwd, opts = {}) {
    const seen = new Set();
    return patterns.map((pattern) => {
        const { all, missing } = expandOne(pattern, cwd, opts);
        const files = all.filter((f) => !seen.has(f));
        for (const f of files)
            seen.add(f);
        return { pattern, files, matched: all.length, missing };
    });
}
function expandOne(pattern, cwd, opts) {
    const wanted = (name) => !opts.files || opts.files.test(name);
    const abs = (0,external_node_path_.resolve)(cwd, pattern);
    const confine = (0,external_node_path_.isAbsolute)(pattern) ? undefined : confinement(pattern, cwd, opts.input ?? 'files');
    if (!WILDCARD.test(pattern)) {
        confine?.(abs);
        const st = statOrUndefined(abs);
        if (!st)
            return { all: [], missing: true };
        if (st.isFile())
            return { all: [abs], missing: false };
        const all = (0,external_node_fs_.readdirSync)(abs)
            .filter((n) => wanted(n) && statOrUndefined((0,external_node_path_.join)(abs, n))?.isFile())
            .sort()
            .map((n) => (0,external_node_path_.join)(abs, n));
        for (const f of all)
            confine?.(f);
        return { all, missing: false };
    }
    const parts = abs.split(external_node_path_.sep);
    const firstGlob = parts.findIndex((p) => WILDCARD.test(p));
    const base = parts.slice(0, firstGlob).join(external_node_path_.sep) || external_node_path_.sep;
    const glob = parts.slice(firstGlob);
    const re = globToRegExp(glob.join('/'));
    // Without `**` a match is exactly this many folders deep: deeper ones are not read at all.
    const maxDepth = glob.some((p) => p.includes('**')) ? Number.POSITIVE_INFINITY : glob.length - 1;
    const skip = opts.skip ?? SKIPPED_DIRS;
    const all = [];
    const walked = new Set();
    const walk = (dir, depth) => {
        const real = realpathOrUndefined(dir);
        if (real === undefined || walked.has(real))
            return;
        walked.add(real);
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            const full = (0,external_node_path_.join)(dir, e.name);
            const link = e.isSymbolicLink();
            const st = link ? statOrUndefined(full) : e;
            if (!st)
                continue;
            if (st.isDirectory()) {
                if (skip.has(e.name) || depth >= maxDepth)
                    continue;
                if (link)
                    confine?.(full);
                walk(full, depth + 1);
            }
            else if (st.isFile() && wanted(e.name) && re.test((0,external_node_path_.relative)(base, full).split(external_node_path_.sep).join('/'))) {
                if (link)
                    confine?.(full);
                all.push(full);
            }
        }
    };
    confine?.(base);
    walk(base, 0);
    return { all: all.sort(), missing: false };
}
/** Throws when a path found for a relative pattern is outside `cwd`, by its name or by where it links. */
function confinement(pattern, cwd, input) {
    const root = (0,external_node_path_.resolve)(cwd);
    return (path) => {
        confinedPath((0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(path)) || '.', root, {
            input,
            expected: 'paths inside the workspace',
            hint: 'Relative paths and globs stay inside the workspace; give an absolute path to use a file elsewhere on purpose.',
            shownAs: pattern,
        });
    };
}
function statOrUndefined(p) {
    try {
        return (0,external_node_fs_.statSync)(p);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/cluster/src/manifests.ts





/**
 * Reads every object from the given files/folders/globs. Parsed in the chain's YAML dialect
 * (@goship/contract: YAML 1.1 as kubectl's go-yaml reads it, so `0644` is octal and `yes` is a boolean,
 * exactly what the API server would get from kubectl). All problems in all files are reported together.
 */
function loadManifests(patterns, cwd, input = 'manifests') {
    if (patterns.length === 0) {
        throw new src_errors/* InputError */.dz(input, 'is empty', 'manifest files, folders or globs (one per line)');
    }
    const expanded = expandPatterns(patterns, cwd, { files: /\.(ya?ml|json)$/i, input });
    const missing = expanded.filter((e) => e.matched === 0).map((e) => e.pattern);
    if (missing.length > 0) {
        throw new src_errors/* InputError */.dz(input, `${missing.map((m) => `'${m}'`).join(', ')} matched no manifest file`, 'existing files, folders with *.yaml/*.yml/*.json files, or globs that match some', `Paths are relative to the workspace (${cwd}).`);
    }
    const manifests = [];
    const errors = [];
    for (const file of expanded.flatMap((e) => e.files)) {
        const display = (0,external_node_path_.relative)(cwd, file) || file;
        try {
            manifests.push(...parseManifests((0,external_node_fs_.readFileSync)(file, 'utf8'), display, errors));
        }
        catch (err) {
            errors.push(new src_errors/* UserError */.yo(`${display}: cannot read: ${err.message}`, { location: { file: display } }));
        }
    }
    if (errors.length > 0)
        throw (0,src_errors/* aggregate */.QD)(errors, `${errors.length} problems in the manifests`);
    if (manifests.length === 0) {
        throw new src_errors/* InputError */.dz(input, `the files (${expanded.flatMap((e) => e.files).length}) hold no Kubernetes objects`, 'at least one object');
    }
    return manifests;
}
/** Parses one file's documents; problems go to `errors` (each at file:line), good objects are returned. */
function parseManifests(text, file, errors) {
    const stream = parseYamlStream(text);
    const out = [];
    const line = (offset) => stream.position(offset).line;
    stream.documents.forEach((doc, index) => {
        const problems = documentProblems(doc, stream);
        // An empty document (a trailing `---`, only comments) holds no object.
        const read = problems.length === 0 && !isEmptyDocument(doc) ? documentValue(doc, stream) : undefined;
        if (read?.problem)
            problems.push(read.problem);
        for (const p of problems) {
            errors.push(new src_errors/* UserError */.yo(`${file}:${p.line}: invalid YAML: ${p.message}`, {
                location: { file, line: p.line, column: p.column },
            }));
        }
        if (!read || read.problem || !doc.contents)
            return;
        const start = line(doc.contents.range[0]);
        if (!(0,dist/* isMap */.jh)(doc.contents)) {
            errors.push(new src_errors/* UserError */.yo(`${file}:${start}: document ${index + 1} is not a mapping (a Kubernetes object)`, {
                location: { file, line: start },
            }));
            return;
        }
        const value = read.value;
        // The line of a field is the line of its key (`selector:`), not of its value (which may start below).
        const lineOf = (base) => (path) => {
            const full = [...base, ...path];
            if (full.length === 0)
                return start;
            const parent = full.length === 1 ? doc.contents : doc.getIn(full.slice(0, -1), true);
            const last = full.at(-1);
            if ((0,dist/* isMap */.jh)(parent)) {
                const pair = parent.items.find((p) => ((0,dist/* isScalar */.jn)(p.key) ? p.key.value : p.key) === last);
                const key = pair?.key;
                return key?.range ? line(key.range[0]) : undefined;
            }
            if ((0,dist/* isSeq */.oP)(parent) && typeof last === 'number') {
                const item = parent.items[last];
                return item?.range ? line(item.range[0]) : undefined;
            }
            return undefined;
        };
        if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
            const items = doc.getIn(['items'], true);
            value.items.forEach((item, i) => {
                const node = (0,dist/* isSeq */.oP)(items)
                    ? items.items[i]
                    : undefined;
                const at = node?.range ? line(node.range[0]) : start;
                const m = checkObject(item, { file, line: at, document: index }, errors, lineOf(['items', i]));
                if (m)
                    out.push(m);
            });
            return;
        }
        const m = checkObject(value, { file, line: start, document: index }, errors, lineOf([]));
        if (m)
            out.push(m);
    });
    return out;
}
function checkObject(value, origin, errors, lineOf) {
    const where = `${origin.file}:${origin.line}`;
    const fail = (problem, hint, line = origin.line) => {
        errors.push(new src_errors/* UserError */.yo(`${where}: ${problem}`, { hint, location: { file: origin.file, line } }));
        return undefined;
    };
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return fail('the object is not a mapping');
    const obj = value;
    if (typeof obj.apiVersion !== 'string' || obj.apiVersion === '')
        return fail('the object has no apiVersion');
    if (typeof obj.kind !== 'string' || obj.kind === '')
        return fail('the object has no kind');
    const meta = obj.metadata;
    if (!meta || typeof meta !== 'object')
        return fail(`${obj.kind} has no metadata`);
    if (meta.name !== undefined && meta.name !== null && typeof meta.name !== 'string') {
        return fail(`${obj.kind}: metadata.name must be a string, but YAML reads it as ${typeof meta.name} ${JSON.stringify(meta.name)}`, 'Quote it (YAML 1.1, which kubectl uses too, reads y/n/yes/no/on/off as booleans and 0644 as octal).', lineOf(['metadata', 'name']));
    }
    if (typeof meta.name !== 'string' || meta.name === '') {
        return meta.generateName
            ? fail(`${obj.kind} uses metadata.generateName; apply needs a fixed metadata.name`, 'Give the object a name.')
            : fail(`${obj.kind} has no metadata.name`);
    }
    if (meta.namespace !== undefined && (typeof meta.namespace !== 'string' || meta.namespace === '')) {
        return fail(`${obj.kind} ${meta.name}: metadata.namespace must be a non-empty string`, undefined, lineOf(['metadata', 'namespace']));
    }
    return { object: obj, origin, lineOf };
}

;// CONCATENATED MODULE: ./packages/contract/src/annotations.ts
/*
 * Annotation keys that render-manifests writes and k8s-rollout writes or reads. One spelling each: a key
 * written by one action and looked up under another name by the next is a silent disagreement.
 */
/** The application version (pod template: a new version rolls the pods). */
const VERSION_ANNOTATION = 'goship.dev/version';
/** The commit the image was built from (pod template). */
const COMMIT_ANNOTATION = 'goship.dev/commit';
/**
 * The workflow run that deployed the workload (workload metadata, not the pod template: re-running the
 * same commit must not restart every pod). Its value is the run's URL, hence the name.
 */
const RUN_URL_ANNOTATION = 'goship.dev/run-url';
/**
 * A hash of the content of every ConfigMap and Secret of the rendered set that a pod template reads (pod
 * template: pods read them only at start, so a changed ConfigMap must change the template to roll them;
 * an unchanged one leaves it unchanged). Helm charts spell the same idea `checksum/config`.
 */
const CONFIG_HASH_ANNOTATION = 'goship.dev/config-hash';

// EXTERNAL MODULE: ./packages/kube/src/inputs.ts
var inputs = __webpack_require__(5030);
;// CONCATENATED MODULE: ./packages/kube/src/stage.ts





const WORKLOADS = {
    deployment: 'Deployment',
    deployments: 'Deployment',
    statefulset: 'StatefulSet',
    statefulsets: 'StatefulSet',
    daemonset: 'DaemonSet',
    daemonsets: 'DaemonSet',
    job: 'Job',
    jobs: 'Job',
};
async function k8sRollout(o) {
    const { context: ctx, log } = o;
    // Credentials first: every secret in the kubeconfig is masked before anything else can print.
    const kubeconfig = (0,inputs/* rolloutKubeconfig */.b)(o);
    for (const secret of kubeconfig.secrets)
        log.secret(secret);
    for (const warning of kubeconfig.warnings)
        log.warning(warning);
    const waitFor = checkStageOptions(o);
    const manifests = loadManifests(o.manifests, ctx.workspace);
    // The GitHub deployment (when asked for) is created before anything is applied, so its statuses frame the
    // rollout; Octokit is loaded only then.
    const gh = o.github ? await startDeployment(o, ctx) : undefined;
    const result = await rollout({
        kubeconfig,
        manifests,
        namespace: o.namespace,
        timeoutMs: o.timeoutMs,
        waitFor,
        signal: o.signal,
        log,
        serverSide: o.serverSide,
        force: o.force,
        prune: o.prune,
        pruneKinds: o.pruneKinds,
        rollback: o.rollback,
        onFirstFailure: o.onFirstFailure,
        failureThreshold: o.failureThreshold,
        settleMs: o.settleMs,
        applySet: o.applySet ?? toLabelValue(ctx.repository ?? 'default'),
        workloadAnnotations: changeAnnotations(ctx, o.version, o.annotations, o.tagPrefix),
        verify: o.verify,
        verifyWhileHeld: o.verifyWhileHeld,
    }).catch(async (err) => {
        await gh?.finish('error', `rollout did not start: ${err instanceof Error ? err.message : String(err)}`);
        throw err;
    });
    if (gh) {
        const cause = result.failure ? `${result.failure.reason}: ${result.failure.message}` : '';
        if (result.status === 'succeeded')
            await gh.finish('success', `revision ${result.revision ?? '?'} rolled out`, o.github?.environmentUrl);
        else
            await gh.finish('failure', result.status === 'rolled-back'
                ? `rolled back to revision ${result.revision ?? '?'}: ${cause}`
                : cause);
    }
    return result;
}
/**
 * The inputs every cluster shares, checked before anything connects (a fleet rollout checks them once for all
 * clusters). Returns the workload kinds to wait for.
 */
function checkStageOptions(o) {
    if (o.namespace && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(o.namespace)) {
        throw new src_errors/* InputError */.dz('namespace', `'${o.namespace}' is not a valid namespace name`, 'a DNS label (lower-case letters, digits, -)');
    }
    if (o.timeoutMs < 1000)
        throw new src_errors/* InputError */.dz('timeout', `${o.timeoutMs} ms is too short`, 'a duration of at least 1s, e.g. 5m');
    const waitFor = new Set();
    for (const item of o.waitFor.length > 0 ? o.waitFor : Object.keys(WORKLOADS)) {
        if (item.toLowerCase() === 'none')
            continue;
        const kind = WORKLOADS[item.toLowerCase()];
        if (!kind)
            throw new src_errors/* InputError */.dz('wait-for', `'${item}' is not a workload kind we can watch`, 'a list of Deployment, StatefulSet, DaemonSet, Job (or none)');
        waitFor.add(kind);
    }
    if (o.applySet && toLabelValue(o.applySet) !== o.applySet) {
        throw new src_errors/* InputError */.dz('apply-set', `'${o.applySet}' is not a valid label value`, 'at most 63 characters of letters, digits, -, _ and ., starting and ending with a letter or digit');
    }
    if (o.prune && !o.applySet) {
        throw new src_errors/* InputError */.dz('apply-set', 'is empty while prune is true', "a name for this app's set of objects, unique among the apps deployed into the same namespaces (e.g. the app name)", 'Prune deletes every object labelled with the apply set that the manifests no longer hold; a value shared by two apps (such as the repository name) would let each prune the other.');
    }
    if (o.force && !o.serverSide)
        throw new src_errors/* InputError */.dz('force-conflicts', 'needs server-side: true', 'force-conflicts only with server-side apply');
    return waitFor;
}
async function startDeployment(o, ctx) {
    const { GitHubDeployment } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(156)]).then(__webpack_require__.bind(__webpack_require__, 5156));
    const g = o.github;
    const ref = ctx.ref?.replace(/^refs\/(heads|tags)\//, '') || ctx.sha;
    if (!ref || !ctx.repository)
        throw new src_errors/* InputError */.dz('environment', 'is set but the run has no ref or repository (GITHUB_REF, GITHUB_REPOSITORY)', 'a GitHub Actions run');
    return GitHubDeployment.start({
        token: g.token,
        apiUrl: g.apiUrl,
        repository: ctx.repository,
        ref,
        environment: g.environment,
        description: o.version ? `deploy ${o.version}` : undefined,
        payload: { version: o.version, commit: ctx.sha, manifests: o.manifests },
        logUrl: ctx.runId && ctx.repository
            ? `${ctx.serverUrl ?? 'https://github.com'}/${ctx.repository}/actions/runs/${ctx.runId}`
            : undefined,
        required: g.required,
        log: { info: o.log.info, warning: (m) => o.log.warning(m) },
    });
}
/** change-cause and provenance annotations: version (the one version rule for tags), commit, the workflow run. */
function changeAnnotations(ctx, versionInput, extra, tagPrefix) {
    const version = versionInput ?? (0,src_version/* versionFromRef */.YN)(ctx.ref ?? '', tagPrefix);
    const run = ctx.runId && ctx.repository
        ? `${ctx.serverUrl ?? 'https://github.com'}/${ctx.repository}/actions/runs/${ctx.runId}`
        : undefined;
    const out = {};
    const parts = [];
    if (version) {
        out[VERSION_ANNOTATION] = version;
        parts.push(`version ${version}`);
    }
    if (ctx.sha) {
        out[COMMIT_ANNOTATION] = ctx.sha;
        parts.push(`commit ${ctx.sha.slice(0, 7)}`);
    }
    if (run) {
        out[RUN_URL_ANNOTATION] = run;
        parts.push(`run ${run}`);
    }
    if (parts.length > 0)
        out['kubernetes.io/change-cause'] = `goship: ${parts.join(', ')}`;
    for (const [k, v] of extra)
        out[k] = v;
    return out;
}
/** The action's outputs for a result. */
function rolloutOutputs(result) {
    const f = result.failure;
    return {
        status: result.status,
        'rolled-back': result.status === 'rolled-back',
        revision: result.revision,
        'previous-revision': result.previousRevision,
        failure: f
            ? {
                kind: f.kind,
                namespace: f.namespace,
                name: f.name,
                reason: f.reason,
                message: f.message,
                pod: f.pod,
                container: f.container,
            }
            : undefined,
        objects: result.objects.map((o) => ({
            apiVersion: o.apiVersion,
            kind: o.kind,
            namespace: o.namespace,
            name: o.name,
            action: o.action,
            revision: o.revision,
            previousRevision: o.previousRevision,
            outcome: o.outcome,
        })),
    };
}
/** The step's failure for a failed result: what failed, where (file:line), the evidence and what was undone. */
function rolloutError(result) {
    if (result.status === 'succeeded')
        return undefined;
    const f = result.failure;
    const outcome = result.status === 'rolled-back' ? ' (rolled back: pod template only)' : '';
    return new src_errors/* UserError */.yo(`${f.kind} ${f.namespace}/${f.name}: ${f.reason}${outcome}: ${f.message}`, {
        hint: [...(f.events?.length ? [`Last events:\n${f.events.join('\n')}`] : []), ...result.recovery].join('\n'),
        location: f.file ? { file: f.file, line: f.line } : undefined,
    });
}

// EXTERNAL MODULE: ./packages/contract/src/reference.ts
var reference = __webpack_require__(5845);
;// CONCATENATED MODULE: ./packages/kube/src/fleet/overrides.ts


/** The pod spec of an object that has a pod template (workloads, ReplicaSets, CronJobs). */
function podSpecOf(object) {
    const spec = object.spec;
    if (object.kind === 'CronJob')
        return spec?.jobTemplate?.spec?.template?.spec;
    if (['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(object.kind))
        return spec?.template?.spec;
    return undefined;
}
/** The manifests for one cluster; the originals when it has no image or node-selector override. */
function applyOverrides(manifests, cluster) {
    if (!cluster.image && !cluster.nodeSelector)
        return manifests;
    const out = manifests.map((m) => ({ ...m, object: structuredClone(m.object) }));
    if (cluster.image) {
        const digest = (0,reference/* splitPinnedReference */.I2)(cluster.image)?.digest;
        const seen = new Set();
        let replaced = 0;
        for (const m of out) {
            const pod = podSpecOf(m.object);
            for (const c of [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])]) {
                if (!c.image)
                    continue;
                seen.add(c.image);
                if ((0,reference/* splitPinnedReference */.I2)(c.image)?.digest === digest) {
                    c.image = cluster.image;
                    replaced++;
                }
            }
        }
        if (replaced === 0)
            throw new src_errors/* InputError */.dz('clusters', `cluster '${cluster.name}' (line ${cluster.line}): image '${cluster.image}' has digest ${digest}, which no container image in the manifests has (they deploy ${[...seen].map((i) => `'${i}'`).join(', ') || 'no images'})`, 'the same image from another registry: the same @sha256 digest the manifests deploy, on another host', 'A per-cluster image only moves where the image is pulled from; a different digest would deploy different code to this cluster. Pin the manifests by digest (render-manifests does) and mirror that digest.');
    }
    if (cluster.nodeSelector) {
        for (const m of out) {
            const pod = podSpecOf(m.object);
            if (pod)
                pod.nodeSelector = { ...pod.nodeSelector, ...cluster.nodeSelector };
        }
    }
    return out;
}

// EXTERNAL MODULE: ./packages/kube/src/fleet/waves.ts
var fleet_waves = __webpack_require__(5258);
;// CONCATENATED MODULE: ./packages/kube/src/fleet/fleet.ts






const FLEET_ROLLBACK = 'FleetRollback';
async function fleetRollout(o) {
    const started = performance.now();
    const { log, signal } = o;
    if (o.github)
        throw new src_errors/* InputError */.dz('environment', 'is set together with clusters', 'no GitHub deployment environment with a fleet rollout', 'Use one k8s-rollout step per environment to track GitHub deployments.');
    const { waves, runs } = planFleet(o);
    const state = { cancelled: false, failure: undefined, culprit: '' };
    const onCancel = () => cancelRuns(state, runs, signal);
    if (signal.aborted)
        onCancel();
    else
        signal.addEventListener('abort', onCancel, { once: true });
    try {
        const { skipped, refusals } = await checkClusters(o, runs, state);
        if (state.cancelled)
            state.failure = `cancelled (${(0,src_errors/* errorMessage */.gJ)(signal.reason)}) before anything was applied`;
        else if (refusals.length > 0) {
            state.failure = `Refused before anything was applied to any cluster: ${refusals.join('; ')}`;
            for (const r of runs)
                r.hold('not applied: another cluster failed its checks');
            await Promise.all(runs.map((r) => r.done));
            return finish(o, runs, waves, skipped, 'failed', state.failure, true, started);
        }
        else
            log.info(`All ${runs.length - skipped.size} clusters validated (${skipped.size} skipped)`);
        await runWaves(o, runs, waves, skipped, state);
        // 4. Keep or roll back what rolled out; leave the rest as it was.
        for (const r of runs) {
            if (state.failure && !state.cancelled)
                r.rollBack(FLEET_ROLLBACK, `rolled back: ${state.culprit}`);
            else
                r.keep();
            r.hold(state.cancelled ? 'not reached: cancelled' : `not reached: ${state.culprit}`);
        }
        await Promise.all(runs.map((r) => r.done));
        if (state.cancelled && !state.failure)
            state.failure = `cancelled: ${(0,src_errors/* errorMessage */.gJ)(signal.reason)}`;
        return finish(o, runs, waves, skipped, state.cancelled ? 'cancelled' : undefined, state.failure, false, started);
    }
    finally {
        signal.removeEventListener('abort', onCancel);
    }
}
/**
 * 1. Everything that can be wrong in the inputs, for every cluster, before the first connection.
 * 2. Connect and validate every cluster; each then waits at its gate.
 */
function planFleet(o) {
    const { context: ctx, log } = o;
    const waitFor = checkStageOptions(o);
    const manifests = loadManifests(o.manifests, ctx.workspace);
    const waves = (0,fleet_waves/* planWaves */.K)(o.clusters.length, o.waves);
    const waveOf = new Map(waves.flatMap((w, i) => w.map((c) => [c, i + 1])));
    const targets = o.clusters.map((spec, i) => ({
        spec,
        wave: waveOf.get(i),
        kubeconfig: clusterKubeconfig(o, spec),
        manifests: applyOverrides(manifests, spec),
    }));
    const workloadAnnotations = changeAnnotations(ctx, o.version, o.annotations, o.tagPrefix);
    log.info(`Fleet of ${targets.length} clusters in ${waves.length} waves: ${waves.map((w, i) => `${i + 1}: ${w.map((c) => o.clusters[c].name).join(', ')}`).join(' · ')}`);
    const runs = targets.map((t) => new ClusterRun(t.spec.name, t.wave, {
        kubeconfig: t.kubeconfig,
        manifests: t.manifests,
        namespace: t.spec.namespace ?? o.namespace,
        timeoutMs: o.timeoutMs,
        waitFor,
        log: clusterLog(log, t.spec.name),
        serverSide: o.serverSide,
        force: o.force,
        prune: o.prune,
        pruneKinds: o.pruneKinds,
        rollback: o.rollback,
        onFirstFailure: o.onFirstFailure,
        failureThreshold: o.failureThreshold,
        settleMs: o.settleMs,
        applySet: o.applySet ?? toLabelValue(ctx.repository ?? 'default'),
        workloadAnnotations,
    }, o.verify, o.rollout, o.delivery));
    return { waves, runs };
}
function cancelRuns(state, runs, signal) {
    state.cancelled = true;
    const why = `cancelled: ${(0,src_errors/* errorMessage */.gJ)(signal.reason)}`;
    for (const r of runs) {
        if (r.phase === 'rolled-out')
            r.keep();
        else if (r.phase === 'applying')
            r.interrupt(why, true);
        else
            r.hold(`${why}; not applied`);
    }
}
/** Waits for every cluster's checks: the unreachable ones skipped when asked, the others' errors refusals. */
async function checkClusters(o, runs, state) {
    const checks = await Promise.all(runs.map((r) => r.validated()));
    const skipped = new Set();
    const refusals = [];
    for (const [i, r] of runs.entries()) {
        if (checks[i] === 'ready')
            continue;
        const { error } = await r.done;
        if (state.cancelled)
            continue;
        if (o.skipUnreachable && isUnreachable(error)) {
            skipped.add(r);
            o.log.warning(`Skipping cluster '${r.name}' (skip-unreachable): ${(0,src_errors/* errorMessage */.gJ)(error)}`);
        }
        else
            refusals.push(`cluster '${r.name}': ${(0,src_errors/* errorMessage */.gJ)(error)}`);
    }
    return { skipped, refusals };
}
/** 3. The waves: the first failure interrupts every cluster and ends the run. */
async function runWaves(o, runs, waves, skipped, state) {
    const { log, signal } = o;
    for (const [w, wave] of waves.entries()) {
        if (state.failure || state.cancelled)
            break;
        const members = wave.map((i) => runs[i]).filter((r) => !skipped.has(r));
        log.info(`Wave ${w + 1}/${waves.length}: ${members.map((r) => r.name).join(', ') || '(all skipped)'}`);
        await mapLimit(members, Math.max(1, o.maxParallel), async (r) => {
            if (state.failure || state.cancelled)
                return;
            const outcome = await r.release();
            if (outcome === 'rolled-out')
                log.info(`[${r.name}] rolled out in wave ${w + 1}`);
            if (outcome === 'ended' && !state.failure && !state.cancelled) {
                const { result, error } = await r.done;
                state.culprit = `cluster '${r.name}' failed in wave ${w + 1}${result?.failure ? ` (${result.failure.reason})` : ''}`;
                state.failure = `cluster '${r.name}' (wave ${w + 1}) failed: ${error ? (0,src_errors/* errorMessage */.gJ)(error) : result?.failure ? `${result.failure.reason}: ${result.failure.message}` : result?.status}`;
                log.info(`${state.failure}; stopping the fleet rollout`);
                for (const other of runs)
                    other.interrupt(`stopped mid-rollout: ${state.culprit}`);
            }
        });
        if (!state.failure && !state.cancelled && o.pauseMs > 0 && w < waves.length - 1) {
            log.info(`Pausing ${Math.round(o.pauseMs / 1000)}s before wave ${w + 2}`);
            await sleep(o.pauseMs, signal).catch(() => undefined);
        }
    }
}
function clusterKubeconfig(o, spec) {
    try {
        const kubeconfig = (0,src_kubeconfig/* resolveKubeconfig */.a8)({
            value: spec.kubeconfig ?? o.kubeconfig,
            fromEnv: spec.kubeconfig ? false : o.kubeconfigFromEnv,
            insecure: o.insecure,
            context: spec.context ?? '',
            cwd: o.context.workspace,
            env: { KUBECONFIG: o.context.kubeconfigEnv },
            proxyEnv: o.context.proxyEnv,
            home: o.context.home,
        });
        for (const secret of kubeconfig.secrets)
            o.log.secret(secret);
        for (const warning of kubeconfig.warnings)
            o.log.warning(`[${spec.name}] ${warning}`);
        return kubeconfig;
    }
    catch (err) {
        if (err instanceof src_errors/* InputError */.dz)
            throw new src_errors/* UserError */.yo(`Input 'clusters': cluster '${spec.name}' (line ${spec.line}): ${err.message}`, {
                hint: err.hint,
                cause: err,
            });
        throw err;
    }
}
function finish(o, runs, waves, skipped, forced, failure, refused, started) {
    const clusters = runs.map((r, i) => reportOf(r, o.clusters[i], skipped.has(r), o.namespace));
    const touched = clusters.filter((c) => ['succeeded', 'rolled-back', 'failed'].includes(c.status));
    const status = forced ??
        (clusters.some((c) => c.status === 'failed') || (failure && touched.some((c) => c.status === 'succeeded'))
            ? 'failed'
            : failure
                ? 'rolled-back'
                : 'succeeded');
    return {
        status,
        failure,
        refused,
        waves: waves.map((w) => w.map((i) => runs[i].name)),
        clusters,
        totalMs: performance.now() - started,
    };
}
function reportOf(r, spec, skipped, namespace) {
    const base = { name: r.name, wave: r.wave, namespace: spec.namespace ?? namespace };
    const counted = { delivery: r.delivery, ...(r.cancelled ? { cancelled: true } : {}) };
    return { ...base, ...outcomeOf(r, skipped), ...counted };
}
function outcomeOf(r, skipped) {
    const settled = r.settled;
    const before = r.previousRevision;
    if (!settled)
        return { status: 'failed', endsOn: 'unknown', cause: 'did not finish' };
    const { result, error } = settled;
    if (skipped)
        return { status: 'skipped', endsOn: 'old', cause: (0,src_errors/* errorMessage */.gJ)(error) };
    if (error) {
        if (!r.applyStarted)
            return {
                status: 'untouched',
                endsOn: 'old',
                revisionBefore: before,
                revisionAfter: before,
                cause: r.heldBecause ?? (0,src_errors/* errorMessage */.gJ)(error),
            };
        return { status: 'failed', endsOn: 'unknown', revisionBefore: before, cause: (0,src_errors/* errorMessage */.gJ)(error) };
    }
    const res = result;
    const common = {
        server: res.server,
        revisionBefore: res.previousRevision ?? before,
        revisionAfter: res.revision,
        result: res,
    };
    const cause = res.failure
        ? res.failure.reason === FLEET_ROLLBACK || res.failure.reason === 'Interrupted'
            ? res.failure.message
            : `${res.failure.reason}: ${res.failure.kind} ${res.failure.name}: ${res.failure.message}`
        : undefined;
    if (res.status === 'succeeded')
        return { ...common, status: 'succeeded', endsOn: 'new' };
    if (res.status === 'rolled-back')
        return { ...common, status: 'rolled-back', endsOn: 'old', cause };
    const changed = res.objects.some((x) => x.action !== 'unchanged' && x.outcome !== undefined);
    if (!changed)
        return { ...common, status: 'unchanged', endsOn: 'old', cause };
    return { ...common, status: 'failed', endsOn: 'unknown', cause: [cause, ...res.recovery].join(' ') };
}

// EXTERNAL MODULE: ./packages/kube/src/fleet/inputs.ts
var fleet_inputs = __webpack_require__(5839);
;// CONCATENATED MODULE: ./packages/kube/src/fleet/report.ts

/*
 * A fleet rollout's outputs, its job summary (one table, a row per cluster), its "Delivery" table (a row per
 * cluster: each is a deployment of its own) and the step's failure.
 */
const ICONS = {
    succeeded: '✅ succeeded',
    'rolled-back': '↩️ rolled back',
    failed: '❌ failed',
    unchanged: '➖ unchanged',
    untouched: '⏸️ untouched',
    skipped: '⏭️ skipped',
};
function fleetOutputs(r) {
    const clusters = r.clusters.map((c) => ({
        name: c.name,
        wave: c.wave,
        status: c.status,
        endsOn: c.endsOn,
        server: c.server,
        namespace: c.namespace,
        revisionBefore: c.revisionBefore,
        revisionAfter: c.revisionAfter,
        cause: c.cause,
    }));
    return {
        status: r.status,
        'rolled-back': r.status === 'rolled-back',
        failure: r.failure ? { reason: r.refused ? 'Refused' : r.status, message: r.failure } : undefined,
        clusters,
    };
}
function fleetSummaryMarkdown(r, title = 'k8s-rollout fleet') {
    const verdict = r.status === 'succeeded'
        ? '✅ rolled out to every cluster'
        : r.status === 'rolled-back'
            ? '↩️ failed, every cluster this run updated is rolled back'
            : r.status === 'cancelled'
                ? '⏹️ cancelled'
                : r.refused
                    ? '🛑 refused, nothing applied'
                    : '❌ failed';
    const out = [(0,summary/* heading */.R_)(`${title}: ${verdict}`)];
    out.push(`${r.clusters.length} clusters in ${r.waves.length} waves · ${(0,summary/* formatMs */._V)(r.totalMs)}${r.failure ? ` · ${r.failure}` : ''}`, '', (0,summary/* table */.tp)(['Cluster', 'Wave', 'Status', 'Ends on', 'Revision before → after', 'Namespace', 'Cause'], r.clusters.map((c) => [
        c.name,
        c.wave,
        ICONS[c.status],
        c.endsOn === 'unknown' ? 'unknown (see cause)' : `${c.endsOn} revision`,
        `${c.revisionBefore ?? '–'} → ${c.revisionAfter ?? '–'}`,
        c.namespace ? (0,summary/* code */.aY)(c.namespace) : '',
        c.cause ?? '',
    ])));
    return `${out.join('\n')}\n`;
}
/** The step's failure: undefined when every cluster rolled out. */
function fleetError(r) {
    if (r.status === 'succeeded')
        return undefined;
    const lines = r.clusters
        .filter((c) => c.status !== 'succeeded')
        .map((c) => `${c.name} (wave ${c.wave}): ${c.status}, on the ${c.endsOn} revision${c.cause ? ` — ${c.cause}` : ''}`);
    return new src_errors/* UserError */.yo(`Fleet rollout ${r.status}: ${r.failure ?? 'see the clusters below'}`, {
        hint: lines.join('\n'),
    });
}
const report_RESULTS = {
    success: '✅ success',
    failure: '❌ failure',
    rolled_back: '↩️ rolled back (a change failure)',
};
/** Why a cluster has no delivery figures: it was not deployed to, or its rollout was no deployment to count. */
function noDelivery(c) {
    if (c.status === 'skipped')
        return 'none: skipped (unreachable, skip-unreachable)';
    if (c.status === 'untouched')
        return 'none: nothing applied';
    if (c.cancelled)
        return 'none: cancelled mid-rollout';
    return c.result ? 'none: no workload rolled out' : 'none: the rollout ended in an error';
}
/**
 * The fleet's "Delivery" table: each cluster's own figures (kit's telemetry-delivery.ts computed them, the
 * metrics carry the same), or why it has none; '' when no cluster has any.
 */
function fleetDeliveryMarkdown(r) {
    const first = r.clusters.find((c) => c.delivery)?.delivery;
    if (!first)
        return '';
    const verified = first.verifiedBy === 'smoke test' ? 'smoke test passed' : 'rolled out';
    const what = [
        first.labels.service,
        first.labels.environment && `environment ${first.labels.environment}`,
        first.labels.version && `version ${first.labels.version}`,
        first.commitTime && `commit ${first.commit ? `${first.commit.slice(0, 7)} ` : ''}at ${first.commitTime}`,
    ];
    const rows = r.clusters.map((c) => {
        const where = [c.name, c.namespace ? (0,summary/* code */.aY)(c.namespace) : ''];
        const f = c.delivery?.figures;
        if (!f)
            return [...where, `– ${noDelivery(c)}`, '', '', ''];
        const lead = f.leadTime !== undefined
            ? (0,telemetry_delivery/* formatSeconds */.Xo)(f.leadTime)
            : f.result === 'success'
                ? '– (the commit time is not known here)'
                : '– (not delivered)';
        const restore = f.timeToRestore !== undefined ? (0,telemetry_delivery/* formatSeconds */.Xo)(f.timeToRestore) : '–';
        return [...where, report_RESULTS[f.result], lead, (0,telemetry_delivery/* formatSeconds */.Xo)(f.deploymentDuration), restore];
    });
    const headers = [
        'Cluster',
        'Namespace',
        'Result',
        `Lead time (commit → ${verified})`,
        `Deployment duration (apply → ${verified} or failure detected)`,
        'Time to restore (failure → previous release serving)',
    ];
    return `${(0,summary/* heading */.R_)('Delivery', 4)}\n\nEach cluster is a deployment of its own: ${what.filter(Boolean).join(', ')}\n\n${(0,summary/* table */.tp)(headers, rows)}\n`;
}

;// CONCATENATED MODULE: ./packages/kube/src/fleet/index.ts








;// CONCATENATED MODULE: ./packages/kube/src/report.ts

/** The job summary of a rollout: the objects, the verdict, the failure with its evidence, what was undone. */
function summaryMarkdown(r, title = 'k8s-rollout') {
    const verdict = r.status === 'succeeded'
        ? '✅ rolled out'
        : r.status === 'rolled-back'
            ? '↩️ failed, rolled back (pod templates and the ConfigMaps/Secrets they read; other changes stay applied)'
            : r.cancelled
                ? '⏹️ cancelled'
                : '❌ failed';
    const out = [(0,summary/* heading */.R_)(`${title}: ${verdict}`)];
    out.push(`Server ${(0,summary/* code */.aY)(r.server)} (Kubernetes ${r.serverVersion}${r.username ? `, as ${(0,summary/* code */.aY)(r.username)}` : ''}) · revision ${r.revision ?? '–'}` +
        `${r.previousRevision ? ` (previous ${r.previousRevision})` : ''} · validated ${(0,summary/* formatMs */._V)(r.timings.validatedMs)}, applied ${(0,summary/* formatMs */._V)(r.timings.appliedMs)}, settled ${(0,summary/* formatMs */._V)(r.timings.settledMs)}`);
    if (r.failure) {
        const f = r.failure;
        out.push('', (0,summary/* heading */.R_)('Failure', 4));
        out.push((0,summary/* table */.tp)(['Workload', 'Pod', 'Container', 'Reason', 'Message'], [
            [
                `${f.kind} ${f.namespace ? `${f.namespace}/` : ''}${f.name}`,
                f.pod ?? '–',
                f.container ?? '–',
                f.reason,
                f.message,
            ],
        ]));
        if (f.events && f.events.length > 0)
            out.push('', '<details><summary>Last events</summary>', '', '```', ...f.events, '```', '</details>');
    }
    if (r.recovery.length > 0)
        out.push('', (0,summary/* heading */.R_)('Recovery', 4), ...r.recovery.map((l) => `- ${l}`));
    out.push('', (0,summary/* table */.tp)(['Kind', 'Namespace', 'Name', 'Applied', 'Revision', 'Rollout', 'Source'], r.objects.map((o) => [
        o.kind,
        o.namespace ?? '',
        o.name,
        o.action,
        o.revision
            ? `${o.previousRevision && o.previousRevision !== o.revision ? `${o.previousRevision} → ` : ''}${o.revision}`
            : '',
        o.outcome ?? '',
        o.file ? `${o.file}:${o.line}` : '',
    ])));
    return `${out.join('\n')}\n`;
}
/** The failure as log lines: what, where, why, and the evidence. */
function failureLines(r) {
    const f = r.failure;
    if (!f)
        return [];
    const lines = [
        `${f.reason}: ${f.kind} ${f.namespace ? `${f.namespace}/` : ''}${f.name}${f.pod ? `, pod ${f.pod}` : ''}${f.container ? `, container ${f.container}` : ''}`,
        `  ${f.message}`,
    ];
    if (f.events?.length)
        lines.push('  last events:', ...f.events.map((e) => `    ${e}`));
    return lines;
}

;// CONCATENATED MODULE: ./packages/kube/src/index.ts


















/***/ })

};
