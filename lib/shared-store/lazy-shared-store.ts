import { logger } from "@/lib/observability/logger";

/** How long a store that could not be created is left alone before it is tried again. */
export const SHARED_STORE_RETRY_MS = 10_000;

/**
 * A store the portal's instances share (Redis, the database), created on first use and kept.
 * Each call runs `operation` on it; when the store cannot be created or the operation fails,
 * the error is logged with `failure` and `fallback` answers instead, so a shared store that
 * goes away degrades one feature rather than taking pages down. A store that could not be
 * created is tried again after a pause, not on every call.
 */
export function lazySharedStore<Store>(create: () => Promise<Store>, failure: string) {
  let store: Promise<Store> | undefined;
  let failedAt = -Infinity;
  return async function withStore<T>(
    operation: (store: Store) => Promise<T>,
    fallback: () => T | Promise<T>,
    logFields: Record<string, unknown> = {},
  ): Promise<T> {
    if (Date.now() - failedAt >= SHARED_STORE_RETRY_MS) {
      try {
        store ??= create().catch((error) => {
          store = undefined;
          failedAt = Date.now();
          throw error;
        });
        return await operation(await store);
      } catch (error) {
        logger.error(failure, { ...logFields, error });
      }
    }
    return fallback();
  };
}
