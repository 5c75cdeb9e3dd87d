/**
 * How long a cached page may be served without any change recorded (it bounds how late a
 * scheduled article appears, and how stale the most-read block gets), and the memory the
 * cache may hold. PAGE_CACHE_SECONDS=0 turns the cache off.
 */
export function pageCacheConfig(env: NodeJS.ProcessEnv = process.env) {
  const seconds = Number(env.PAGE_CACHE_SECONDS ?? 60);
  const megabytes = Number(env.PAGE_CACHE_MB ?? 64);
  return {
    ttlMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0,
    maxBytes: (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 64) * 1024 * 1024,
    // Every instance reads the shared change log at most this often, on demand.
    changeLogIntervalMs: 500,
  };
}
