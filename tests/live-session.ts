import { epochSeconds } from "@/lib/auth/session-config";

/** What getServerSession gives for a user who signed in and was active just now. */
export function liveSessionUser(user: { id: number; tokenVersion: number }) {
  const now = epochSeconds();
  return { id: user.id, tokenVersion: user.tokenVersion, signedInAt: now, lastActiveAt: now };
}
