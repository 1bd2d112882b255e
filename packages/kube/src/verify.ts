/*
 * The rollout's verification (the pipeline's smoke test), run after the watch or while pods are held
 * (RolloutOptions.verifyWhileHeld): an exception is a failed verification, never a pass.
 */
import type { ClusterLog } from '@goship/cluster';
import { errorMessage } from '@goship/kit';
import type { RolloutOptions, RolloutResult } from './rollout.js';

/** The reason of a failed verification that threw instead of returning its verdict. */
export const VERIFY_ERROR = 'VerifyError';

/**
 * `verify`, where an exception is a failed verification (never a pass, never a step that ends with the
 * unverified release in place): its message becomes the failure's, and the caller rolls back as for any.
 */
export async function verifyRollout(
  verify: NonNullable<RolloutOptions['verify']>,
  result: RolloutResult,
  log: ClusterLog,
  signal: AbortSignal,
): Promise<{ reason: string; message: string } | undefined> {
  try {
    return await verify(result, signal);
  } catch (err) {
    const message = `the verification after the rollout failed with an error: ${errorMessage(err)}`;
    log.warning(`${message}; treating the release as not verified`);
    return { reason: VERIFY_ERROR, message };
  }
}
