import { type ClusterLog, ConnectionError } from '@goship/cluster';
import { type Delivery, errorMessage, span, UserError } from '@goship/kit';
import { type DeliveryContext, reportDelivery, rolloutDelivery, withCommitTime } from '../delivery.js';
import { type RolloutOptions, type RolloutResult, rollout } from '../rollout.js';

/*
 * One cluster of a fleet rollout: the single-cluster `rollout`, held at two points the fleet controls —
 * before the first change (the gate: the cluster's wave has not started yet) and after it rolled out and
 * passed verify (the decision: keep it, or roll it back because another cluster failed). Its own failure,
 * timeout and rollback are the single-cluster rollout's, unchanged. Each cluster is a span of its own and,
 * once its rollout ended, a delivery of its own (delivery.ts): on that span and among the run's metrics.
 */

export type Phase = 'preflight' | 'ready' | 'applying' | 'rolled-out' | 'ended';

export interface Verdict {
  reason: string;
  message: string;
}

export type ClusterVerify = (
  result: RolloutResult,
  cluster: string,
  signal: AbortSignal,
) => Promise<Verdict | undefined>;

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(err: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A gate nobody waits on any more must not surface as an unhandled rejection.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** A log whose lines say which cluster they are about: the clusters of a wave log side by side. */
export function clusterLog(log: ClusterLog, name: string): ClusterLog {
  return {
    info: (m) => log.info(`[${name}] ${m}`),
    warning: (m, where) => log.warning(`[${name}] ${m}`, where),
    debug: (m) => log.debug(`[${name}] ${m}`),
    notice: (m, where) => log.notice(`[${name}] ${m}`, where),
    secret: (v) => log.secret(v),
  };
}

export class ClusterRun {
  phase: Phase = 'preflight';
  /** The first watched workload's revision before this run (known once validated). */
  previousRevision?: string;
  /** Set once the gate opened: from then on something may have been applied. */
  applyStarted = false;
  private released = false;
  /** Why it was held at the gate (never applied), when it was. */
  heldBecause?: string;
  /** Its rollout was interrupted because the run was cancelled (and rolled back): no deployment to count. */
  cancelled = false;
  /** When its own verification passed (or, without one, it rolled out): its deployment's end. */
  private verifiedAt?: number;
  /** Its delivery figures, once its rollout ended (none: cancelled, nothing applied, no context given). */
  delivery?: Delivery;
  readonly done: Promise<{ result?: RolloutResult; error?: unknown }>;
  /** What `done` resolved to, once it has. */
  settled?: { result?: RolloutResult; error?: unknown };
  private readonly ready = deferred<void>();
  private readonly gate = deferred<void>();
  private readonly rolledOut = deferred<void>();
  private readonly decision = deferred<Verdict | undefined>();
  /** Aborts connecting and validating only: after the gate, a cluster is stopped by `interrupt` (it rolls back). */
  private readonly stop = new AbortController();
  private readonly interruption = new AbortController();

  constructor(
    readonly name: string,
    readonly wave: number,
    options: Omit<RolloutOptions, 'signal' | 'interrupt' | 'beforeApply' | 'verify'>,
    verify: ClusterVerify | undefined,
    run: typeof rollout = rollout,
    /** The delivery figures' context (the commit, the version); without it, no figures. */
    deliveryContext?: DeliveryContext,
  ) {
    const attributes = { 'k8s.cluster.name': name, 'goship.fleet.wave': wave };
    this.done = span('cluster rollout', attributes, async (s) => {
      let result: RolloutResult;
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
            if (rejected) return rejected;
            this.verifiedAt = Date.now();
            this.phase = 'rolled-out';
            this.rolledOut.resolve();
            return this.decision.promise;
          },
        });
      } catch (error) {
        // Held at its gate (its wave not reached, the run refused or cancelled) is no failure of its own.
        if (!this.heldBecause) s.fail(errorMessage(error));
        return { error };
      }
      if (result.failure) s.fail(result.failure.message, result.failure.reason);
      if (result.moments && this.verifiedAt !== undefined) result.moments.verified = this.verifiedAt;
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
  validated(): Promise<'ready' | 'ended'> {
    return Promise.race([
      this.ready.promise.then(() => 'ready' as const),
      this.done.then(() => 'ended' as const),
    ]);
  }

  /** Starts applying; resolves when rolled out and verified ('rolled-out') or ended otherwise ('ended'). */
  release(): Promise<'rolled-out' | 'ended'> {
    this.released = true;
    this.gate.resolve();
    return Promise.race([
      this.rolledOut.promise.then(() => 'rolled-out' as const),
      this.done.then(() => 'ended' as const),
    ]);
  }

  /** Not to be applied (its wave is not reached, the run is refused or cancelled): ends with nothing applied. */
  hold(reason: string): void {
    if (this.released || this.heldBecause) return;
    this.heldBecause = reason;
    this.gate.reject(new UserError(reason));
    this.stop.abort(new Error(reason));
  }

  /** Stops a rollout in progress: it ends like a failure and rolls back what it changed. */
  interrupt(reason: string, cancelled = false): void {
    if (this.phase !== 'applying' || this.interruption.signal.aborted) return;
    this.cancelled = cancelled;
    this.interruption.abort(new Error(reason));
  }

  keep(): void {
    this.decision.resolve(undefined);
  }

  rollBack(reason: string, message: string): void {
    this.decision.resolve({ reason, message });
  }
}

/** A network failure reaching the API server (not TLS trust, not credentials): what `skip-unreachable` skips. */
export function isUnreachable(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    if (e instanceof ConnectionError) return e.retryable;
  }
  return false;
}
