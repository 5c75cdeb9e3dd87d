/** Idle limit of a signed-in session, in seconds (SESSION_IDLE_SECONDS, default 30 minutes). */
export function sessionIdleSeconds(): number {
  const configured = Number(process.env.SESSION_IDLE_SECONDS);
  return Number.isInteger(configured) && configured >= 120 ? configured : 1800;
}
