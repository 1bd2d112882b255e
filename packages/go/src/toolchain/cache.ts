import { existsSync } from 'node:fs';
import { errorMessage } from '@goship/kit';

/**
 * The module and build caches (GOMODCACHE, GOCACHE) saved with @actions/cache. Unlike actions/setup-go, the
 * key has restore-keys: a changed go.sum still starts from the newest cache of the same Go version and platform
 * instead of from nothing (setup-go#316, #497, bufbuild/buf#2277). @actions/cache is imported only when a cache
 * service exists, to keep it off the start-up path.
 */
export interface CacheKeys {
  key: string;
  restoreKeys: string[];
}

export function cacheKeys(p: { os: string; arch: string; goVersion: string; depHash: string }): CacheKeys {
  const prefix = `goship-go-${p.os}-${p.arch}-go${p.goVersion}-`;
  return { key: `${prefix}${p.depHash}`, restoreKeys: [prefix] };
}

/**
 * Whether the runner offers a cache service. Same test as @actions/cache's isFeatureAvailable (v2 service:
 * ACTIONS_RESULTS_URL; v1: ACTIONS_CACHE_URL), done here so that no cache code loads when there is none.
 */
export function cacheServiceAvailable(env: Record<string, string | undefined>): boolean {
  return env.ACTIONS_CACHE_SERVICE_V2 ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL;
}

export interface RestoreOutcome {
  /** The key restored from (primary or a restore-key prefix match), if any. */
  matchedKey?: string;
  /** Restored from exactly the primary key. */
  hit: boolean;
  /** Why nothing was restored when the service failed (logged as a warning by the caller). */
  error?: string;
}

export async function restoreGoCache(paths: string[], keys: CacheKeys): Promise<RestoreOutcome> {
  try {
    const cache = await import('@actions/cache');
    const matchedKey = await cache.restoreCache([...paths], keys.key, keys.restoreKeys);
    return { matchedKey, hit: matchedKey === keys.key };
  } catch (err) {
    return { hit: false, error: errorMessage(err) };
  }
}

export interface SaveOutcome {
  saved: boolean;
  /** Why not, in words (for the log). */
  reason: string;
}

/** What the post step needs to save the cache: kept by the main step as runner state (JSON). */
export interface SaveCacheState {
  paths: string[];
  key: string;
  matchedKey?: string;
  restoreOnly: boolean;
}

export async function saveGoCache(state: SaveCacheState): Promise<SaveOutcome> {
  if (state.restoreOnly)
    return { saved: false, reason: 'cache-restore-only is true: the cache is restored but never saved' };
  if (state.matchedKey === state.key)
    return { saved: false, reason: `the cache was restored from ${state.key}: nothing new to save` };
  const paths = state.paths.filter((p) => existsSync(p));
  if (paths.length === 0)
    return { saved: false, reason: 'neither the module cache nor the build cache exists: no go command ran' };
  try {
    const cache = await import('@actions/cache');
    const id = await cache.saveCache(paths, state.key);
    return id === -1
      ? { saved: false, reason: 'the cache service did not accept the save' }
      : { saved: true, reason: `saved as ${state.key}` };
  } catch (err) {
    return { saved: false, reason: `saving failed: ${errorMessage(err)}` };
  }
}
