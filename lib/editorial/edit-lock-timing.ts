/** A lock lapses after this long without a heartbeat from the holder's open editor. */
export const EDIT_LOCK_TIMEOUT_MS = 3 * 60_000;
/** How often an open editor renews its lock: well inside the timeout, so one lost request does not lapse it. */
export const EDIT_LOCK_HEARTBEAT_MS = 45_000;
/** How often a page waiting for someone else's lock asks again. */
export const EDIT_LOCK_RETRY_MS = 10_000;
