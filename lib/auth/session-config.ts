/** Idle limit of a signed-in session, in seconds (SESSION_IDLE_SECONDS, default 30 minutes). */
export function sessionIdleSeconds(): number {
  const configured = Number(process.env.SESSION_IDLE_SECONDS);
  return Number.isInteger(configured) && configured >= 120 ? configured : 1800;
}

/**
 * Longest life of a session from its sign-in, active or not (SESSION_MAX_HOURS, default 12:
 * a working day). Past it the user signs in again, so a token taken from a machine left
 * signed in does not keep an editor's rights for ever by being kept alive.
 */
export function sessionMaxSeconds(): number {
  const configured = Number(process.env.SESSION_MAX_HOURS);
  const hours = Number.isFinite(configured) && configured >= 1 && configured <= 24 * 7 ? configured : 12;
  return Math.max(Math.round(hours * 3600), sessionIdleSeconds());
}

/** The times a session token carries, in whole seconds since the epoch, as JWT times are. */
export type SessionTimes = { signedInAt?: unknown; lastActiveAt?: unknown };

/**
 * Whether a token's session is still alive at `now`, by the server's clock alone: its last
 * activity within the idle limit and its sign-in within the absolute limit. A token without
 * these times (issued before they existed, or forged without them) is not alive.
 */
export function sessionAlive(times: SessionTimes, now = new Date()): boolean {
  const { signedInAt, lastActiveAt } = times;
  if (typeof signedInAt !== "number" || typeof lastActiveAt !== "number") return false;
  const nowSeconds = now.getTime() / 1000;
  // A little tolerance for clocks of several instances that are not exactly in step.
  if (lastActiveAt > nowSeconds + 60 || signedInAt > lastActiveAt) return false;
  return nowSeconds - lastActiveAt <= sessionIdleSeconds() && nowSeconds - signedInAt <= sessionMaxSeconds();
}

export const epochSeconds = (now = new Date()) => Math.floor(now.getTime() / 1000);
