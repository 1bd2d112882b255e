export const id = 9753;
export const ids = [9753];
export const modules = {

/***/ 82519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ describeSource),
/* harmony export */   Ui: () => (/* binding */ deriveVersion),
/* harmony export */   ag: () => (/* binding */ rfc3339),
/* harmony export */   bp: () => (/* binding */ versionFromTag),
/* harmony export */   pA: () => (/* binding */ sourceDateEpoch)
/* harmony export */ });
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77051);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92041);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73880);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/*
 * What commit is being built, and the one version derived from it (DESIGN.md "One version"). Every action
 * that stamps a version (the -X value, image tags and OCI labels, Deployment annotations) calls
 * describeSource so that they agree. Git runs with argument arrays only; nothing is read from the wall
 * clock, so the same commit always describes the same way.
 */


const SEMVER_CORE = String.raw `\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?`;
/** The semver in a release tag (`v1.2.3` → `1.2.3`), or undefined when the tag is not a release tag. */
function versionFromTag(tag, tagPrefix = 'v') {
    if (!tag.startsWith(tagPrefix))
        return undefined;
    const rest = tag.slice(tagPrefix.length);
    return new RegExp(`^${SEMVER_CORE}$`).test(rest) && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(rest) ? rest : undefined;
}
/** RFC 3339 in UTC without fractional seconds, as `date -u +%Y-%m-%dT%H:%M:%SZ` prints it. */
function rfc3339(epochSeconds) {
    return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970; undefined when unset or empty. */
function sourceDateEpoch(env = process.env) {
    const raw = env.SOURCE_DATE_EPOCH?.trim();
    if (!raw)
        return undefined;
    if (!/^\d{1,12}$/.test(raw)) {
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`SOURCE_DATE_EPOCH='${raw}' is not a Unix timestamp`, {
            hint: 'Set SOURCE_DATE_EPOCH to whole seconds since 1970-01-01 UTC, e.g. $(git log -1 --format=%ct), or unset it to use the commit time.',
        });
    }
    return Number(raw);
}
/**
 * Derives the version from the repository state alone:
 *  - a release tag on HEAD (highest semver when several) → its version (`v1.2.3` → `1.2.3`);
 *  - else the nearest release tag behind HEAD, git-describe style → `1.2.3-4-gabc1234`;
 *  - else `0.0.0-<sha7>`;
 * with `-dirty` appended when tracked files were modified.
 */
function deriveVersion(s) {
    const prefix = s.tagPrefix ?? 'v';
    const releases = s.tagsOnHead
        .map((tag) => ({ tag, version: versionFromTag(tag, prefix) }))
        .filter((t) => t.version !== undefined)
        .sort((a, b) => semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare(a.version, b.version));
    const short = s.commit.slice(0, 7);
    const suffix = s.dirty ? '-dirty' : '';
    if (releases.length > 0)
        return { version: `${releases[0].version}${suffix}`, tag: releases[0].tag };
    const base = s.describe ? versionFromTag(s.describe.tag, prefix) : undefined;
    if (base && s.describe.distance > 0) {
        // A build after v1.2.3 stays a pre-release of 1.2.3 in git's own notation; sorting it above 1.2.3
        // would need a guess about the next version, which belongs to whoever tags the release.
        return { version: `${base}-${s.describe.distance}-g${short}${suffix}`, tag: '' };
    }
    return { version: `0.0.0-${short}${suffix}`, tag: '' };
}
function gitError(dir, stderr) {
    if (/dubious ownership/i.test(stderr)) {
        return new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`git refuses to read ${dir}: the repository is owned by another user`, {
            hint: `Run \`git config --global --add safe.directory ${dir}\` in an earlier step (actions/checkout does this for the workspace).`,
        });
    }
    if (/not a git repository/i.test(stderr)) {
        return new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${dir} is not inside a git repository, so there is no commit to derive a version from`, {
            hint: 'Check out the repository with actions/checkout first (fetch-depth: 0 to see tags), or set the version explicitly.',
        });
    }
    if (/unknown revision|ambiguous argument 'HEAD'|does not have any commits/i.test(stderr)) {
        return new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the git repository at ${dir} has no commits yet`, {
            hint: 'Commit the sources first.',
        });
    }
    return new _goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`git failed in ${dir}: ${stderr.trim()}`);
}
/** Describes HEAD of the repository containing `dir`; see SourceInfo. */
async function describeSource(dir, opts = {}) {
    const env = opts.env ?? process.env;
    const prefix = opts.tagPrefix ?? 'v';
    const epochOverride = sourceDateEpoch(env);
    const git = (args) => (0,_goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)('git', ['--no-optional-locks', ...args], { cwd: dir, allowFailure: true, signal: opts.signal });
    const head = await git(['log', '-1', '--format=%H %ct']);
    if (head.code !== 0)
        throw gitError(dir, head.stderr);
    const [commit = '', committed = '0'] = head.stdout.trim().split(' ');
    const [tags, described, status, symbolic] = await Promise.all([
        git(['tag', '--points-at', 'HEAD']),
        git(['describe', '--tags', '--long', '--abbrev=7', '--match', `${prefix}[0-9]*`, 'HEAD']),
        git(['status', '--porcelain', '--untracked-files=no']),
        git(['symbolic-ref', '-q', 'HEAD']),
    ]);
    if (status.code !== 0)
        throw gitError(dir, status.stderr);
    const tagsOnHead = tags.stdout
        .split('\n')
        .map((t) => t.trim())
        .filter(Boolean);
    // A shallow checkout of a tag push may lack the tag object; the runner still names it in GITHUB_REF.
    const ghRef = env.GITHUB_REF ?? '';
    if (ghRef.startsWith('refs/tags/') && env.GITHUB_SHA === commit)
        tagsOnHead.push(ghRef.slice('refs/tags/'.length));
    const m = /^(.*)-(\d+)-g[0-9a-f]+$/.exec(described.stdout.trim());
    const describe = described.code === 0 && m ? { tag: m[1], distance: Number(m[2]) } : undefined;
    const dirty = status.stdout.trim() !== '';
    const { version, tag } = deriveVersion({ tagsOnHead, describe, commit, dirty, tagPrefix: prefix });
    let ref = symbolic.code === 0 ? symbolic.stdout.trim() : '';
    if (!ref && tag)
        ref = `refs/tags/${tag}`;
    if (!ref && ghRef && env.GITHUB_SHA === commit)
        ref = ghRef;
    const epoch = epochOverride ?? Number(committed);
    return {
        version,
        commit,
        shortCommit: commit.slice(0, 7),
        commitTime: rfc3339(epoch),
        epoch,
        tag,
        dirty,
        ref,
    };
}


/***/ }),

/***/ 26309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
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


/***/ }),

/***/ 52868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
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
            if (attempt >= attempts || opts.signal?.aborted || (opts.retryable && !opts.retryable(err)))
                throw err;
            const delay = backoffDelay(attempt, base, max, opts.random);
            opts.onRetry?.(err, attempt, delay);
            await sleep(delay, opts.signal);
        }
    }
}


/***/ }),

/***/ 18806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Markdown helpers for job summaries (rendered by GitHub as GFM). */
function escapeCell(value) {
    return String(value ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function table(headers, rows) {
    const head = `| ${headers.map(escapeCell).join(' | ')} |`;
    const rule = `| ${headers.map(() => '---').join(' | ')} |`;
    const body = rows.map((r) => `| ${r.map(escapeCell).join(' | ')} |`);
    return [head, rule, ...body].join('\n');
}
function code(value) {
    return `\`${value.replace(/`/g, "'")}\``;
}
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}`;
}
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = n;
    let i = -1;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(v < 10 ? 2 : 1)} ${units[i]}`;
}
function formatMs(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}


/***/ }),

/***/ 69753:
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
  cleanTemplate: () => (/* reexport */ cleanTemplate),
  clusterLogger: () => (/* reexport */ clusterLogger),
  condition: () => (/* reexport */ condition),
  daemonSetProgress: () => (/* reexport */ daemonSetProgress),
  deploymentProgress: () => (/* reexport */ deploymentProgress),
  describePod: () => (/* reexport */ describePod),
  evaluate: () => (/* reexport */ evaluate),
  failureLines: () => (/* reexport */ failureLines),
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
  resolvePruneKinds: () => (/* reexport */ resolvePruneKinds),
  restartCounts: () => (/* reexport */ restartCounts),
  restoreConfigObject: () => (/* reexport */ restoreConfigObject),
  revisionOf: () => (/* reexport */ revisionOf),
  rollbackObject: () => (/* reexport */ rollbackObject),
  rollout: () => (/* reexport */ rollout),
  rolloutError: () => (/* reexport */ rolloutError),
  rolloutKubeconfig: () => (/* reexport */ inputs/* rolloutKubeconfig */.b),
  rolloutOutputs: () => (/* reexport */ rolloutOutputs),
  selectorString: () => (/* reexport */ selectorString),
  statefulSetProgress: () => (/* reexport */ statefulSetProgress),
  summaryMarkdown: () => (/* reexport */ summaryMarkdown),
  templateReferences: () => (/* reexport */ templateReferences),
  watchCollection: () => (/* reexport */ watchCollection),
  withoutHash: () => (/* reexport */ withoutHash),
  workloadProgress: () => (/* reexport */ workloadProgress)
});

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
            if ((c.restartCount ?? 0) <= before)
                continue;
            const last = c.lastState?.terminated ?? c.state?.terminated;
            const exit = last ? `; exit code ${last.exitCode}${last.reason ? ` (${last.reason})` : ''}` : '';
            return {
                reason: 'CrashAfterReady',
                message: `container "${c.name}" restarted after the rollout looked complete (it has no readiness probe, so it counted as Ready as soon as it started)${exit}`,
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

// EXTERNAL MODULE: ./packages/cluster/src/client.ts
var src_client = __webpack_require__(56545);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var src_errors = __webpack_require__(77051);
// EXTERNAL MODULE: ./packages/cluster/src/connect.ts
var connect = __webpack_require__(70746);
// EXTERNAL MODULE: ./packages/cluster/src/discovery.ts
var src_discovery = __webpack_require__(61990);
// EXTERNAL MODULE: ./packages/cluster/src/plan.ts
var src_plan = __webpack_require__(45209);
// EXTERNAL MODULE: ./packages/cluster/src/types.ts
var types = __webpack_require__(53629);
// EXTERNAL MODULE: ./packages/cluster/src/apply.ts
var apply = __webpack_require__(23880);
// EXTERNAL MODULE: ./packages/kit/src/concurrency.ts
var concurrency = __webpack_require__(26309);
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
            if (err instanceof src_client/* ApiError */.hD && err.statusCode === 404)
                missing.add(ns);
            else if (!(err instanceof src_client/* ApiError */.hD && err.statusCode === 403))
                throw client.explain(err); // 403: let the dry-run speak
        }
    }));
    const errors = toCheck
        .filter((ns) => missing.has(ns) && !created.has(ns))
        .map((ns) => {
        const users = plan.filter((p) => p.object.metadata.namespace === ns);
        const first = users[0];
        return new src_errors/* UserError */.yo(`namespace '${ns}' does not exist on the server and the manifests do not create it (needed by ${users.map((p) => (0,types/* objectRef */.D)(p.object)).join(', ')})`, {
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
    const outcomes = await (0,concurrency/* mapLimit */.s)(items, PREFLIGHT_CONCURRENCY, async (p) => {
        try {
            results.set(p.key, await (0,apply/* applyObject */.qi)(client, p, opts, true));
            return undefined;
        }
        catch (err) {
            return (0,apply/* explainApplyError */.o2)(err, p, client);
        }
    });
    const errors = outcomes.filter((e) => e !== undefined);
    if (errors.length > 0) {
        const users = errors.filter((e) => e instanceof src_errors/* UserError */.yo);
        if (users.length !== errors.length)
            throw errors.find((e) => !(e instanceof src_errors/* UserError */.yo));
        const note = alreadyCreated.length > 0
            ? `only ${alreadyCreated.map((p) => (0,types/* objectRef */.D)(p.object)).join(', ')} were created (so that the rest could be validated); nothing else was applied`
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
        const path = (0,src_discovery/* resourcePath */.oU)(p.info, undefined, p.object.metadata.name);
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
    const selector = `${src_plan/* APPLY_SET_LABEL */.H3}=${applySet}`;
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
                (await client.request('GET', (0,src_discovery/* resourcePath */.oU)(info, namespace), {
                    query: { labelSelector: selector },
                    signal,
                })).items ?? [];
        }
        catch (err) {
            if (err instanceof src_client/* ApiError */.hD && [403, 404, 405].includes(err.statusCode))
                return; // not served or not ours to list
            throw client.explain(err);
        }
        for (const obj of items) {
            if (obj.metadata.labels?.[src_plan/* APPLY_SET_LABEL */.H3] !== applySet)
                continue;
            if (keep.has((0,src_plan/* objectKey */.T5)(info, obj.metadata.namespace, obj.metadata.name)))
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
                await client.request('DELETE', (0,src_discovery/* resourcePath */.oU)(info, obj.metadata.namespace, obj.metadata.name), {
                    query: { propagationPolicy: 'Background' },
                    signal,
                });
                client.log.info(`  pruned ${info.kind} ${obj.metadata.namespace ? `${obj.metadata.namespace}/` : ''}${obj.metadata.name}`);
            }
            catch (err) {
                if (!(err instanceof src_client/* ApiError */.hD && err.statusCode === 404))
                    entry.message = `not deleted: ${(0,src_errors/* errorMessage */.gJ)(client.explain(err))}`;
            }
            pruned.push(entry);
        }
    }));
    return pruned;
}

;// CONCATENATED MODULE: ./packages/kube/src/settle.ts
/**
 * The window a completed rollout is held for, or undefined: none asked for (0), a Job (it completes on
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
    return { ms: settleMs, unprobed };
}

// EXTERNAL MODULE: ./packages/kit/src/retry.ts
var retry = __webpack_require__(52868);
;// CONCATENATED MODULE: ./packages/kube/src/watch.ts


/** Errors that no amount of waiting fixes. */
function isPermanent(err) {
    if (err instanceof src_client/* ApiError */.hD)
        return [400, 401, 403, 404, 422].includes(err.statusCode);
    if (err instanceof src_client/* ConnectionError */.Rc)
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
                        throw new src_client/* ApiError */.hD(event.object.code ?? 500, event.object, 'WATCH', opts.path);
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
            if (err instanceof src_client/* ApiError */.hD &&
                (err.statusCode === 410 || err.reason === 'Expired' || err.reason === 'Gone')) {
                client.log.info(`  watch ${opts.label}: resourceVersion ${version} is gone (410), listing again`);
                version = undefined;
                continue;
            }
            if (isPermanent(err))
                throw client.explain(err);
            failures++;
            const delay = (0,retry/* backoffDelay */.EY)(failures, 250, 5000);
            if (failures <= 3 || failures % 10 === 0) {
                client.log.info(`  watch ${opts.label}: connection lost (${(0,src_errors/* errorMessage */.gJ)(err)}); reconnecting in ${delay} ms${version ? ` from resourceVersion ${version}` : ''}`);
            }
            await (0,retry/* sleep */.yy)(delay, signal).catch(() => { });
        }
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/monitor.ts






/** How long a failure verdict waits for the events that explain it (they trail the pod status). */
const EVENT_GRACE_MS = 300;
const APPS = { group: 'apps', version: 'v1', apiVersion: 'apps/v1' };
const CORE = { group: '', version: 'v1', apiVersion: 'v1' };
async function monitorWorkload(client, target, opts) {
    const ns = target.namespace;
    const workloadInfo = target.kind === 'Job'
        ? {
            group: 'batch',
            version: 'v1',
            apiVersion: 'batch/v1',
            kind: 'Job',
            resource: 'jobs',
            namespaced: true,
        }
        : { ...APPS, kind: target.kind, resource: `${target.kind.toLowerCase()}s`, namespaced: true };
    const path = (info) => (0,src_discovery/* resourcePath */.oU)(info, ns);
    const snap = { replicaSets: [], pods: [], events: [] };
    const stores = {
        replicaSets: new Map(),
        pods: new Map(),
        events: new Map(),
    };
    const inner = new AbortController();
    const stopInner = () => inner.abort(opts.signal.reason);
    opts.signal.addEventListener('abort', stopInner, { once: true });
    let lastMessage = '';
    let failedAt;
    // While settling, a crash counts at its first restart (there is no probe to wait for).
    let settling;
    const classify = () => settling ? { ...opts, restartsAtComplete: settling.restarts } : opts;
    let settle;
    const result = new Promise((resolve) => {
        settle = resolve;
    });
    let done = false;
    const finish = (r) => {
        if (done)
            return;
        done = true;
        settle(r);
        inner.abort();
    };
    const reevaluate = () => {
        if (done)
            return;
        snap.replicaSets = [...stores.replicaSets.values()];
        snap.pods = [...stores.pods.values()];
        snap.events = [...stores.events.values()];
        const ev = evaluate(snap, target, classify());
        if (ev.state === 'complete' && !settling) {
            const window = settleWindow(target.kind, target.template, snap.workload, opts.settleMs ?? 0);
            if (window) {
                opts.onProgress?.(`${ev.message}; watching the new pods for ${window.ms / 1000}s more: ${window.unprobed.join(', ')} ${window.unprobed.length === 1 ? 'has' : 'have'} no readiness probe, so Ready does not mean it stays up`);
                settling = { window, timer: setTimeout(settled, window.ms), restarts: restartCounts(snap.pods) };
                return;
            }
        }
        if (ev.state === 'complete' && settling)
            return;
        if (ev.state === 'waiting') {
            if (snap.workload && ev.message !== lastMessage) {
                lastMessage = ev.message;
                opts.onProgress?.(ev.message);
            }
            return;
        }
        if (ev.state !== 'failed') {
            finish(ev);
            return;
        }
        if (settling)
            clearTimeout(settling.timer);
        // A kubelet writes the container state a moment before the event that explains it: give the events
        // a short grace so the report carries them, then take the latest verdict (still a failure, or this one).
        if (failedAt !== undefined)
            return;
        failedAt = ev;
        setTimeout(() => {
            if (done)
                return;
            snap.events = [...stores.events.values()];
            const again = evaluate(snap, target, classify());
            finish(again.state === 'failed' ? again : failedAt);
        }, EVENT_GRACE_MS);
    };
    // The window ended: complete still → success; anything else is judged as usual (a pod that went
    // unready is waited for again, and settles again once complete).
    const settled = () => {
        if (done || !settling)
            return;
        const { window } = settling;
        const ev = evaluate(snap, target, classify());
        settling = undefined;
        if (ev.state === 'complete')
            finish({
                ...ev,
                message: `${ev.message}; no restarts in ${window.ms / 1000}s after Ready (${window.unprobed.join(', ')}: no readiness probe)`,
            });
        else
            reevaluate();
    };
    const store = (map) => ({
        onSync(items) {
            map.clear();
            for (const i of items)
                map.set(i.metadata.uid, i);
            reevaluate();
        },
        onEvent(type, obj) {
            if (type === 'DELETED')
                map.delete(obj.metadata.uid);
            else
                map.set(obj.metadata.uid, obj);
            reevaluate();
        },
    });
    // The pods/ReplicaSets watches need the workload's selector: start them once the workload is known.
    let selectorWatches;
    const startSelectorWatches = (w) => {
        if (selectorWatches)
            return;
        const selector = selectorString(w.spec?.selector) || `controller-uid=${w.metadata.uid}`;
        selectorWatches = [
            watchCollection(client, {
                path: (0,src_discovery/* resourcePath */.oU)({ ...CORE, kind: 'Pod', resource: 'pods', namespaced: true }, ns),
                labelSelector: selector,
                signal: inner.signal,
                label: `pods of ${target.kind} ${ns}/${target.name}`,
            }, store(stores.pods)),
        ];
        if (target.kind === 'Deployment') {
            selectorWatches.push(watchCollection(client, {
                path: (0,src_discovery/* resourcePath */.oU)({ ...APPS, kind: 'ReplicaSet', resource: 'replicasets', namespaced: true }, ns),
                labelSelector: selector,
                signal: inner.signal,
                label: `replicasets of ${ns}/${target.name}`,
            }, store(stores.replicaSets)));
        }
        for (const p of selectorWatches)
            p.catch(fail);
    };
    const fail = (err) => {
        if (!done) {
            done = true;
            inner.abort();
            rejectResult(err);
        }
    };
    let rejectResult;
    const failed = new Promise((_, reject) => {
        rejectResult = reject;
    });
    const workloadWatch = watchCollection(client, {
        path: path(workloadInfo),
        fieldSelector: `metadata.name=${target.name}`,
        signal: inner.signal,
        label: `${target.kind} ${ns}/${target.name}`,
    }, {
        onSync(items) {
            snap.deleted = items.length === 0 && snap.workload !== undefined;
            snap.workload = items[0] ?? snap.workload;
            if (snap.workload)
                startSelectorWatches(snap.workload);
            reevaluate();
        },
        onEvent(type, obj) {
            if (type === 'DELETED')
                snap.deleted = true;
            else {
                snap.workload = obj;
                startSelectorWatches(obj);
            }
            reevaluate();
        },
    });
    const eventsWatch = watchCollection(client, {
        path: (0,src_discovery/* resourcePath */.oU)({ ...CORE, kind: 'Event', resource: 'events', namespaced: true }, ns),
        signal: inner.signal,
        label: `events in ${ns}`,
    }, store(stores.events));
    workloadWatch.catch(fail);
    eventsWatch.catch(fail);
    const onAbort = () => finish(failedAt ?? {
        state: 'interrupted',
        message: lastMessage || 'no status seen yet',
        revision: snap.workload ? revisionOf(snap.workload, target.kind) : undefined,
    });
    if (opts.signal.aborted)
        onAbort();
    else
        opts.signal.addEventListener('abort', onAbort, { once: true });
    try {
        return await Promise.race([result, failed]);
    }
    finally {
        if (settling)
            clearTimeout(settling.timer);
        opts.signal.removeEventListener('abort', onAbort);
        opts.signal.removeEventListener('abort', stopInner);
        inner.abort();
        // Let every watch close its connection before we report (a clean stop, nothing left running).
        await Promise.allSettled([workloadWatch, eventsWatch, ...(selectorWatches ?? [])]);
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/rollback.ts




async function recordPrevious(client, p, signal) {
    const ns = p.object.metadata.namespace;
    let live;
    try {
        live = await client.request('GET', (0,src_discovery/* resourcePath */.oU)(p.info, ns, p.object.metadata.name), {
            signal,
        });
    }
    catch (err) {
        if (err instanceof src_client/* ApiError */.hD && err.statusCode === 404)
            return {};
        throw client.explain(err);
    }
    const state = {
        live,
        revision: revisionOf(live),
        template: cleanTemplate(live.spec?.template),
    };
    if (live.kind === 'Deployment') {
        const list = await client.request('GET', (0,src_discovery/* resourcePath */.oU)({
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
    const stsPath = (0,src_discovery/* resourcePath */.oU)({
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
        await (0,retry/* sleep */.yy)(100, signal);
        current = await client.request('GET', stsPath, { signal });
    }
    const good = current.status?.updateRevision;
    if (!good)
        return [];
    const list = await client.request('GET', (0,src_discovery/* resourcePath */.oU)(core, ns), {
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
        await client.request('DELETE', (0,src_discovery/* resourcePath */.oU)(core, ns, pod.metadata.name), { signal }).catch((err) => {
            if (!(err instanceof src_client/* ApiError */.hD && err.statusCode === 404))
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
        const live = await client.request('GET', (0,src_discovery/* resourcePath */.oU)(p.info, p.object.metadata.namespace, p.object.metadata.name), { signal });
        return { live };
    }
    catch (err) {
        if (err instanceof src_client/* ApiError */.hD && err.statusCode === 404)
            return {};
        if (err instanceof src_client/* ApiError */.hD && err.statusCode === 403)
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

;// CONCATENATED MODULE: ./packages/kube/src/recover.ts




/*
 * After a failed rollout: restore what this run changed (the ConfigMaps/Secrets the previous pod templates
 * read, then the pod templates), watch the rollback with the same rules, delete or keep first deploys — and
 * the watch of a set of workloads that both the rollout and the rollback use.
 */
async function recover(client, changed, applied, opts, result, reports, since) {
    const { log } = opts;
    const cause = result.failure
        ? `${result.failure.reason} in ${result.failure.kind} ${result.failure.name}`
        : 'failure';
    const toRollBack = changed.filter((a) => a.previous?.live && a.previous.template !== undefined && a.plan.workload !== 'Job');
    const firstDeploys = changed.filter((a) => !a.previous?.live);
    // The rollback honours the same apply settings as the rollout: without force-conflicts it does not take
    // fields over from another manager (who changed them while we watched), it fails naming them.
    const rollbackApply = { force: opts.force, serverSide: opts.serverSide, signal: opts.signal };
    // 1. The ConfigMaps/Secrets the previous templates reference and this run changed: their old content first,
    //    so the restored pods read what they read before.
    const restoreFailed = new Set();
    const restored = [];
    for (const a of toRollBack) {
        const refs = templateReferences(a.previous.template);
        const changedConfigs = applied.filter((c) => isConfigObject(c.plan) &&
            c.action === 'configured' &&
            c.plan.object.metadata.namespace === a.plan.object.metadata.namespace &&
            refs[c.plan.info.kind].has(c.plan.object.metadata.name));
        for (const c of changedConfigs) {
            const ref = (0,types/* objectRef */.D)(c.plan.object);
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
                result.recovery.push(`${(0,types/* objectRef */.D)(a.plan.object)}: the previous pod template references ${ref}, which this run changed, and ${why}: the rolled-back pods read its new content.`);
                continue;
            }
            try {
                await (0,apply/* applyObject */.qi)(client, { ...c.plan, object: restoreConfigObject(c.plan.object, prev.live) }, rollbackApply, false);
                restored.push(ref);
                reports.get(c.plan.key).message = 'restored to its previous content by the rollback';
                log.info(`Restoring ${ref} to its content before this run (the previous pod template reads it)`);
            }
            catch (err) {
                restoreFailed.add(a);
                result.recovery.push(`${(0,types/* objectRef */.D)(a.plan.object)}: ${ref} (referenced by the previous pod template) could not be restored: ${withHint((0,apply/* explainApplyError */.o2)(err, c.plan, client))}`);
            }
        }
    }
    // 2. The pod templates.
    const rolledBack = [];
    for (const a of toRollBack) {
        const body = rollbackObject(a.plan.object, a.previous, `goship: rollback to revision ${a.previous.revision ?? '?'} after ${cause}`);
        try {
            const res = await (0,apply/* applyObject */.qi)(client, { ...a.plan, object: body }, rollbackApply, false);
            log.info(`Rolling back ${(0,types/* objectRef */.D)(a.plan.object)} to revision ${a.previous.revision ?? '?'}${a.previous.replicaSet ? ` (ReplicaSet ${a.previous.replicaSet})` : ''}: its pod template only`);
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
            result.recovery.push(`${(0,types/* objectRef */.D)(a.plan.object)}: rollback could not be applied: ${withHint((0,apply/* explainApplyError */.o2)(err, a.plan, client))}`);
        }
    }
    if (rolledBack.length > 0) {
        const rollbackSignal = AbortSignal.any([opts.signal, AbortSignal.timeout(opts.timeoutMs)]);
        const outcomes = await watchAll(client, rolledBack, opts, rollbackSignal, since, 'rollback');
        let allBack = true;
        for (const [a, o] of outcomes) {
            const r = reports.get(a.plan.key);
            r.revision = o.revision ?? r.revision;
            const configNote = restored.length > 0 ? `; restored ${restored.join(', ')} to their previous content` : '';
            if (o.state === 'complete' && restoreFailed.has(a)) {
                allBack = false;
                r.outcome = 'rollback-failed';
                result.recovery.push(`${(0,types/* objectRef */.D)(a.plan.object)}: the previous pod template is back (revision ${o.revision ?? '?'}), but not everything it reads (see above): rollback incomplete.`);
            }
            else if (o.state === 'complete') {
                r.outcome = 'rolled-back';
                result.recovery.push(`${(0,types/* objectRef */.D)(a.plan.object)}: rolled back its pod template only, to the previous revision's (revision ${a.previous.revision ?? '?'}, now revision ${o.revision ?? '?'})${configNote}; ${o.message}. Everything else this run applied (replicas, strategy, Services, other objects) stays as applied.`);
            }
            else {
                allBack = false;
                r.outcome = 'rollback-failed';
                const why = o.state === 'failed' ? `${o.failure.reason}: ${o.failure.message}` : o.message;
                result.recovery.push(`${(0,types/* objectRef */.D)(a.plan.object)}: the rollback did not complete either: ${why}`);
            }
        }
        if (allBack && firstDeploys.length === 0 && rolledBack.length === toRollBack.length)
            result.status = 'rolled-back';
        const primary = reports.get(rolledBack[0].plan.key);
        if (primary?.revision)
            result.revision = primary.revision;
    }
    for (const a of firstDeploys) {
        const ref = (0,types/* objectRef */.D)(a.plan.object);
        if (opts.onFirstFailure === 'delete') {
            try {
                await client.request('DELETE', (0,src_discovery/* resourcePath */.oU)(a.plan.info, a.plan.object.metadata.namespace, a.plan.object.metadata.name), {
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
    for (const a of changed.filter((x) => x.plan.workload === 'Job' && x.previous?.live)) {
        result.recovery.push(`${(0,types/* objectRef */.D)(a.plan.object)}: Jobs cannot be rolled back (their pod template is immutable); left as it is.`);
    }
}
async function watchAll(client, items, opts, signal, since, phase) {
    // The first failure stops the other watches: its report should not wait for theirs.
    const stopOthers = new AbortController();
    const combined = AbortSignal.any([signal, stopOthers.signal]);
    const stamp = () => `[${(since() / 1000).toFixed(1)}s]`;
    const results = await Promise.all(items.map(async (a) => {
        const target = rolloutTarget(a);
        const ref = (0,types/* objectRef */.D)(a.plan.object);
        const outcome = await monitorWorkload(client, target, {
            failureThreshold: opts.failureThreshold,
            // A rollback restores what ran before: it is not held (the release under test is the new one).
            settleMs: phase === 'rollout' ? opts.settleMs : 0,
            signal: combined,
            onProgress: (m) => opts.log.info(`${stamp()} ${phase === 'rollback' ? 'rollback: ' : ''}${ref}: ${m}`),
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
/** An error's message and, for a UserError, its hint (a rollback's failure reads as one line in the recovery). */
function withHint(err) {
    return err instanceof src_errors/* UserError */.yo && err.hint ? `${err.message} ${err.hint}` : (0,src_errors/* errorMessage */.gJ)(err);
}

;// CONCATENATED MODULE: ./packages/kube/src/rollout.ts






const CONCURRENCY = 4;
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
    const { client, serverVersion, username } = await (0,connect/* connect */.N)(opts.kubeconfig, log, signal);
    log.info(`Connected to ${client.describe()}: Kubernetes ${serverVersion}${username ? `, authenticated as '${username}'` : ''}`);
    // 1. Kinds → resources (discovery), then the plan.
    const discovery = new src_discovery/* Discovery */.TB(client);
    discovery.addCrds(opts.manifests.map((m) => m.object));
    const infos = await resolveKinds(discovery, opts.manifests);
    const plan = (0,src_plan/* buildPlan */.Gg)(opts.manifests.map((manifest, i) => ({ manifest, info: infos[i] })), {
        namespace: opts.namespace,
        defaultNamespace: opts.kubeconfig.namespace ?? 'default',
        applySet: opts.applySet,
        workloadAnnotations: opts.workloadAnnotations,
    });
    if (opts.namespace) {
        const clusterScoped = plan.filter((p) => !p.info.namespaced);
        if (clusterScoped.length > 0)
            log.warning(`namespace: ${opts.namespace} is set, but ${clusterScoped.length} objects are cluster-scoped and are applied outside any namespace: ${clusterScoped.map((p) => `${(0,types/* objectRef */.D)(p.object)} (${p.manifest.origin.file}:${p.manifest.origin.line})`).join(', ')}`, { file: clusterScoped[0].manifest.origin.file, line: clusterScoped[0].manifest.origin.line });
    }
    const pruneListed = opts.prune ? await resolvePruneKinds(discovery, plan, opts.pruneKinds ?? []) : [];
    // 2. Namespaces that must exist; objects that can only be validated once the manifests' own Namespaces/CRDs exist.
    const missingNamespaces = await checkNamespaces(client, plan, signal);
    const isDeferred = (p) => p.info.pendingCrd === true || (p.info.namespaced && missingNamespaces.has(p.object.metadata.namespace));
    const prerequisites = plan.filter((p) => (p.info.kind === 'Namespace' && missingNamespaces.has(p.object.metadata.name)) ||
        (p.info.kind === 'CustomResourceDefinition' && plan.some((q) => q.info.pendingCrd)));
    const applyOpts = { force: opts.force, serverSide: opts.serverSide, signal };
    // 3. Server-side dry-run of everything that can be validated now, and the previous state of each workload.
    const workloads = plan.filter((p) => p.workload);
    // What a rollback would restore besides the pod templates: the ConfigMaps and Secrets they may reference.
    const configs = opts.rollback === 'auto' ? plan.filter(isConfigObject) : [];
    const [dryRunsResult, previousResult, configsResult] = await Promise.allSettled([
        dryRunAll(client, plan.filter((p) => !isDeferred(p)), applyOpts),
        (0,concurrency/* mapLimit */.s)(workloads, CONCURRENCY, (p) => recordPrevious(client, p, signal)),
        (0,concurrency/* mapLimit */.s)(configs, CONCURRENCY, (p) => recordPreviousConfig(client, p, signal)),
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
    if (opts.beforeApply) {
        const first = workloads.find((p) => opts.waitFor.has(p.workload)) ?? workloads[0];
        await opts.beforeApply(first && previousByKey.get(first.key)?.revision);
    }
    // 4. Apply, in dependency order; prerequisites first when some objects could not be validated yet.
    const applied = [];
    const applyGroup = async (group) => {
        for (const rank of groupByRank(group)) {
            const results = await (0,concurrency/* mapLimit */.s)(rank, CONCURRENCY, async (p) => {
                try {
                    const result = await (0,apply/* applyObject */.qi)(client, p, applyOpts, false);
                    const before = dryRuns.get(p.key);
                    const action = result.created
                        ? 'created'
                        : before && before.object.metadata.resourceVersion === result.object.metadata.resourceVersion
                            ? 'unchanged'
                            : 'configured';
                    log.info(`  ${(0,types/* objectRef */.D)(p.object)} ${action}`);
                    return {
                        plan: p,
                        result,
                        action,
                        previous: previousByKey.get(p.key),
                        previousConfig: previousConfigs.get(p.key),
                    };
                }
                catch (err) {
                    throw (0,apply/* explainApplyError */.o2)(err, p, client);
                }
            });
            applied.push(...results);
        }
    };
    const startApply = (what) => log.info(what);
    try {
        if (deferred.length > 0) {
            const names = [...missingNamespaces]
                .map((n) => `namespace ${n}`)
                .concat(prerequisites
                .filter((p) => p.info.kind === 'CustomResourceDefinition')
                .map((p) => `CRD ${p.object.metadata.name}`));
            startApply(`Creating ${names.join(', ')} first: ${deferred.length} objects can only be validated once they exist`);
            await applyGroup(prerequisites);
            await waitForCrds(client, prerequisites, signal);
            discovery.reset();
            for (const p of deferred) {
                if (p.info.pendingCrd) {
                    const info = await discovery.resolve(p.info.apiVersion, p.info.kind);
                    if (info)
                        p.info = info;
                }
            }
            const more = await dryRunAll(client, deferred, applyOpts, prerequisites);
            for (const [k, v] of more)
                dryRuns.set(k, v);
            log.info(`Validated ${plan.length} objects with a server-side dry-run`);
        }
    }
    catch (err) {
        throw withNote(err, applied, signal);
    }
    const validatedMs = since();
    startApply(`Applying ${plan.length} objects (server-side apply, field manager goship${opts.force ? ', force-conflicts' : ''})`);
    try {
        const done = new Set(applied.map((a) => a.plan.key));
        await applyGroup(plan.filter((p) => !done.has(p.key)));
    }
    catch (err) {
        throw withNote(err, applied, signal);
    }
    const appliedMs = since();
    // 5. Watch the rollouts.
    const reports = new Map(applied.map((a) => [a.plan.key, report(a)]));
    const watched = applied.filter((a) => a.plan.workload && opts.waitFor.has(a.plan.workload));
    const result = {
        status: 'succeeded',
        server: opts.kubeconfig.server,
        serverVersion,
        username,
        recovery: [],
        objects: [],
        cancelled: false,
        timings: { validatedMs, appliedMs, settledMs: 0, totalMs: 0 },
    };
    const deadline = AbortSignal.timeout(opts.timeoutMs);
    const watchSignal = AbortSignal.any([signal, deadline, ...(opts.interrupt ? [opts.interrupt] : [])]);
    if (watched.length > 0)
        log.info(`Watching ${watched.map((a) => (0,types/* objectRef */.D)(a.plan.object)).join(', ')} (timeout ${Math.round(opts.timeoutMs / 1000)}s)`);
    const outcomes = await watchAll(client, watched, opts, watchSignal, since, 'rollout');
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
    const rejected = !failedOne && interrupted.length === 0 && opts.verify
        ? await verifyRollout(opts.verify, result, log)
        : undefined;
    if (!failedOne && interrupted.length === 0 && !rejected) {
        log.info(watched.length > 0
            ? `Rolled out in ${(result.timings.settledMs / 1000).toFixed(2)}s`
            : 'Applied (no workloads to wait for)');
        if (opts.prune) {
            const pruned = await prune(client, plan, opts.applySet, pruneListed, signal);
            for (const o of pruned)
                reports.set(`pruned/${o.kind}/${o.namespace}/${o.name}`, { ...o, action: 'pruned' });
        }
        result.objects = [...reports.values()];
        result.timings.totalMs = since();
        return result;
    }
    // 6. Failure (or timeout, or cancellation): report, then roll back what we changed.
    result.status = 'failed';
    if (signal.aborted) {
        result.cancelled = true;
        result.failure = {
            kind: interrupted[0]?.[0].plan.object.kind ?? 'Rollout',
            namespace: interrupted[0]?.[0].plan.object.metadata.namespace ?? '',
            name: interrupted[0]?.[0].plan.object.metadata.name ?? '',
            reason: 'Cancelled',
            message: `${(0,src_errors/* errorMessage */.gJ)(signal.reason)} ${rejected ? `while verifying the rollout (${rejected.reason}: ${rejected.message})` : 'while waiting'}; state left: ${[...outcomes].map(([a, o]) => `${(0,types/* objectRef */.D)(a.plan.object)}: ${messageOf(o)}${o.revision ? ` (revision ${o.revision})` : ''}`).join('; ')}`,
        };
        result.recovery.push('Cancelled: nothing was rolled back; the objects stay as applied and their rollouts continue in the cluster.');
        result.objects = [...reports.values()];
        result.timings.totalMs = since();
        return result;
    }
    let superseded = false;
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
    }
    else {
        const [failedApplied, failedOutcome] = failedOne ?? interrupted[0];
        result.failure =
            !failedOne && opts.interrupt?.aborted
                ? {
                    ...describeFailure(failedApplied, failedOutcome, opts.timeoutMs),
                    reason: 'Interrupted',
                    message: (0,src_errors/* errorMessage */.gJ)(opts.interrupt.reason),
                }
                : describeFailure(failedApplied, failedOutcome, opts.timeoutMs);
        superseded = failedOutcome.state === 'superseded';
    }
    const changed = applied.filter((a) => a.plan.workload && a.action !== 'unchanged');
    if (superseded) {
        result.recovery.push('Not rolled back: another rollout replaced ours, and undoing it would overwrite that change.');
    }
    else if (opts.rollback === 'never') {
        result.recovery.push(`rollback: never — left as applied: ${changed.map((a) => (0,types/* objectRef */.D)(a.plan.object)).join(', ') || 'nothing changed'}.`);
    }
    else {
        await recover(client, changed, applied, opts, result, reports, since);
    }
    result.objects = [...reports.values()];
    result.timings.totalMs = since();
    return result;
}
/** The reason of a failed verification that threw instead of returning its verdict. */
const VERIFY_ERROR = 'VerifyError';
/**
 * `verify`, where an exception is a failed verification (never a pass, never a step that ends with the
 * unverified release in place): its message becomes the failure's, and the caller rolls back as for any.
 */
async function verifyRollout(verify, result, log) {
    try {
        return await verify(result);
    }
    catch (err) {
        const message = `the verification after the rollout failed with an error: ${(0,src_errors/* errorMessage */.gJ)(err)}`;
        log.warning(`${message}; treating the release as not verified`);
        return { reason: VERIFY_ERROR, message };
    }
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
        ? `Applied before this: ${applied.map((a) => `${(0,types/* objectRef */.D)(a.plan.object)} (${a.action})`).join(', ')}.`
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
function clusterLogger(log, name) {
    return {
        info: (m) => log.info(`[${name}] ${m}`),
        warning: (m, where) => log.warning(`[${name}] ${m}`, where),
        debug: (m) => log.debug(`[${name}] ${m}`),
        notice: (m) => log.notice(`[${name}] ${m}`),
        setSecret: (v) => log.setSecret(v),
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
    constructor(name, wave, options, verify, run = rollout) {
        this.name = name;
        this.wave = wave;
        this.done = run({
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
            verify: async (result) => {
                const rejected = verify ? await verify(result, name) : undefined;
                if (rejected)
                    return rejected;
                this.phase = 'rolled-out';
                this.rolledOut.resolve();
                return this.decision.promise;
            },
        }).then((result) => ({ result }), (error) => ({ error }));
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
    interrupt(reason) {
        if (this.phase === 'applying')
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
        if (e instanceof src_client/* ConnectionError */.Rc)
            return e.retryable;
    }
    return false;
}

// EXTERNAL MODULE: ./packages/kube/src/fleet/clusters.ts
var clusters = __webpack_require__(16495);
// EXTERNAL MODULE: ./packages/cluster/src/manifests.ts
var src_manifests = __webpack_require__(59842);
// EXTERNAL MODULE: ./packages/cluster/src/kubeconfig.ts
var src_kubeconfig = __webpack_require__(38357);
// EXTERNAL MODULE: ./packages/contract/src/annotations.ts
var annotations = __webpack_require__(4412);
// EXTERNAL MODULE: ./packages/go/src/compile/source.ts
var source = __webpack_require__(82519);
// EXTERNAL MODULE: ./packages/kube/src/inputs.ts
var inputs = __webpack_require__(54236);
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
        log.setSecret(secret);
    for (const warning of kubeconfig.warnings)
        log.warning(warning);
    const waitFor = checkStageOptions(o);
    const manifests = (0,src_manifests/* loadManifests */.D)(o.manifests, ctx.workspace);
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
        applySet: o.applySet ?? (0,src_plan/* toLabelValue */.NN)(ctx.repository ?? 'default'),
        workloadAnnotations: changeAnnotations(ctx, o.version, o.annotations),
        verify: o.verify,
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
    if (o.applySet && (0,src_plan/* toLabelValue */.NN)(o.applySet) !== o.applySet) {
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
    const { GitHubDeployment } = await Promise.all(/* import() */[__webpack_require__.e(7455), __webpack_require__.e(5893)]).then(__webpack_require__.bind(__webpack_require__, 85893));
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
function changeAnnotations(ctx, versionInput, extra) {
    const ref = ctx.ref ?? '';
    const tag = ref.startsWith('refs/tags/') ? (0,source/* versionFromTag */.bp)(ref.slice('refs/tags/'.length)) : undefined;
    const version = versionInput ?? tag;
    const run = ctx.runId && ctx.repository
        ? `${ctx.serverUrl ?? 'https://github.com'}/${ctx.repository}/actions/runs/${ctx.runId}`
        : undefined;
    const out = {};
    const parts = [];
    if (version) {
        out[annotations/* VERSION_ANNOTATION */.F8] = version;
        parts.push(`version ${version}`);
    }
    if (ctx.sha) {
        out[annotations/* COMMIT_ANNOTATION */._u] = ctx.sha;
        parts.push(`commit ${ctx.sha.slice(0, 7)}`);
    }
    if (run) {
        out[annotations/* RUN_URL_ANNOTATION */.A9] = run;
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
const digestOf = (image) => /@(sha256:[a-f0-9]{64})$/.exec(image)?.[1];
/** The manifests for one cluster; the originals when it has no image or node-selector override. */
function applyOverrides(manifests, cluster) {
    if (!cluster.image && !cluster.nodeSelector)
        return manifests;
    const out = manifests.map((m) => ({ ...m, object: structuredClone(m.object) }));
    if (cluster.image) {
        const digest = digestOf(cluster.image);
        const seen = new Set();
        let replaced = 0;
        for (const m of out) {
            const pod = podSpecOf(m.object);
            for (const c of [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])]) {
                if (!c.image)
                    continue;
                seen.add(c.image);
                if (digestOf(c.image) === digest) {
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
var fleet_waves = __webpack_require__(27496);
;// CONCATENATED MODULE: ./packages/kube/src/fleet/fleet.ts






const FLEET_ROLLBACK = 'FleetRollback';
async function fleetRollout(o) {
    const started = performance.now();
    const { context: ctx, log, signal } = o;
    if (o.github)
        throw new src_errors/* InputError */.dz('environment', 'is set together with clusters', 'no GitHub deployment environment with a fleet rollout', 'Use one k8s-rollout step per environment to track GitHub deployments.');
    // 1. Everything that can be wrong in the inputs, for every cluster, before the first connection.
    const waitFor = checkStageOptions(o);
    const manifests = (0,src_manifests/* loadManifests */.D)(o.manifests, ctx.workspace);
    const waves = (0,fleet_waves/* planWaves */.K)(o.clusters.length, o.waves);
    const waveOf = new Map(waves.flatMap((w, i) => w.map((c) => [c, i + 1])));
    const targets = o.clusters.map((spec, i) => ({
        spec,
        wave: waveOf.get(i),
        kubeconfig: clusterKubeconfig(o, spec),
        manifests: applyOverrides(manifests, spec),
    }));
    const workloadAnnotations = changeAnnotations(ctx, o.version, o.annotations);
    log.info(`Fleet of ${targets.length} clusters in ${waves.length} waves: ${waves.map((w, i) => `${i + 1}: ${w.map((c) => o.clusters[c].name).join(', ')}`).join(' · ')}`);
    // 2. Connect and validate every cluster; each then waits at its gate.
    const runs = targets.map((t) => new ClusterRun(t.spec.name, t.wave, {
        kubeconfig: t.kubeconfig,
        manifests: t.manifests,
        namespace: t.spec.namespace ?? o.namespace,
        timeoutMs: o.timeoutMs,
        waitFor,
        log: clusterLogger(log, t.spec.name),
        serverSide: o.serverSide,
        force: o.force,
        prune: o.prune,
        pruneKinds: o.pruneKinds,
        rollback: o.rollback,
        onFirstFailure: o.onFirstFailure,
        failureThreshold: o.failureThreshold,
        settleMs: o.settleMs,
        applySet: o.applySet ?? (0,src_plan/* toLabelValue */.NN)(ctx.repository ?? 'default'),
        workloadAnnotations,
    }, o.verify, o.rollout));
    let cancelled = false;
    let failure;
    /** The failure in a few words, for the other clusters' causes. */
    let culprit = '';
    const onCancel = () => {
        cancelled = true;
        const why = `cancelled: ${(0,src_errors/* errorMessage */.gJ)(signal.reason)}`;
        for (const r of runs) {
            if (r.phase === 'rolled-out')
                r.keep();
            else if (r.phase === 'applying')
                r.interrupt(why);
            else
                r.hold(`${why}; not applied`);
        }
    };
    if (signal.aborted)
        onCancel();
    else
        signal.addEventListener('abort', onCancel, { once: true });
    try {
        const checks = await Promise.all(runs.map((r) => r.validated()));
        const skipped = new Set();
        const refusals = [];
        for (const [i, r] of runs.entries()) {
            if (checks[i] === 'ready')
                continue;
            const { error } = await r.done;
            if (cancelled)
                continue;
            if (o.skipUnreachable && isUnreachable(error)) {
                skipped.add(r);
                log.warning(`Skipping cluster '${r.name}' (skip-unreachable): ${(0,src_errors/* errorMessage */.gJ)(error)}`);
            }
            else
                refusals.push(`cluster '${r.name}': ${(0,src_errors/* errorMessage */.gJ)(error)}`);
        }
        if (cancelled)
            failure = `cancelled (${(0,src_errors/* errorMessage */.gJ)(signal.reason)}) before anything was applied`;
        else if (refusals.length > 0) {
            failure = `Refused before anything was applied to any cluster: ${refusals.join('; ')}`;
            for (const r of runs)
                r.hold('not applied: another cluster failed its checks');
            await Promise.all(runs.map((r) => r.done));
            return finish(o, runs, waves, skipped, 'failed', failure, true, started);
        }
        else
            log.info(`All ${runs.length - skipped.size} clusters validated (${skipped.size} skipped)`);
        // 3. The waves.
        for (const [w, wave] of waves.entries()) {
            if (failure || cancelled)
                break;
            const members = wave.map((i) => runs[i]).filter((r) => !skipped.has(r));
            log.info(`Wave ${w + 1}/${waves.length}: ${members.map((r) => r.name).join(', ') || '(all skipped)'}`);
            await (0,concurrency/* mapLimit */.s)(members, Math.max(1, o.maxParallel), async (r) => {
                if (failure || cancelled)
                    return;
                const outcome = await r.release();
                if (outcome === 'rolled-out')
                    log.info(`[${r.name}] rolled out in wave ${w + 1}`);
                if (outcome === 'ended' && !failure && !cancelled) {
                    const { result, error } = await r.done;
                    culprit = `cluster '${r.name}' failed in wave ${w + 1}${result?.failure ? ` (${result.failure.reason})` : ''}`;
                    failure = `cluster '${r.name}' (wave ${w + 1}) failed: ${error ? (0,src_errors/* errorMessage */.gJ)(error) : result?.failure ? `${result.failure.reason}: ${result.failure.message}` : result?.status}`;
                    log.info(`${failure}; stopping the fleet rollout`);
                    for (const other of runs)
                        other.interrupt(`stopped mid-rollout: ${culprit}`);
                }
            });
            if (!failure && !cancelled && o.pauseMs > 0 && w < waves.length - 1) {
                log.info(`Pausing ${Math.round(o.pauseMs / 1000)}s before wave ${w + 2}`);
                await (0,retry/* sleep */.yy)(o.pauseMs, signal).catch(() => undefined);
            }
        }
        // 4. Keep or roll back what rolled out; leave the rest as it was.
        for (const r of runs) {
            if (failure && !cancelled)
                r.rollBack(FLEET_ROLLBACK, `rolled back: ${culprit}`);
            else
                r.keep();
            r.hold(cancelled ? 'not reached: cancelled' : `not reached: ${culprit}`);
        }
        await Promise.all(runs.map((r) => r.done));
        if (cancelled && !failure)
            failure = `cancelled: ${(0,src_errors/* errorMessage */.gJ)(signal.reason)}`;
        return finish(o, runs, waves, skipped, cancelled ? 'cancelled' : undefined, failure, false, started);
    }
    finally {
        signal.removeEventListener('abort', onCancel);
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
            home: o.context.home,
        });
        for (const secret of kubeconfig.secrets)
            o.log.setSecret(secret);
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
    return { ...base, ...outcomeOf(r, skipped) };
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
var fleet_inputs = __webpack_require__(74237);
// EXTERNAL MODULE: ./packages/kit/src/summary.ts
var summary = __webpack_require__(18806);
;// CONCATENATED MODULE: ./packages/kube/src/fleet/report.ts

/*
 * A fleet rollout's outputs, its job summary (one table, a row per cluster) and the step's failure.
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
