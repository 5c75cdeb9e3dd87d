import "server-only";
import { getDb } from "@/lib/db/client";
import { isRole, type Role } from "./roles";
import { sessionAlive, type SessionTimes } from "./session-config";

export type CurrentUser = { id: number; email: string; name: string; role: Role };

export type SessionClaims = SessionTimes & { id?: unknown; tokenVersion?: unknown };

/**
 * The account a session token speaks for: only while the session is alive (idle and absolute
 * limits), the account active and the token not revoked.
 */
export async function userForClaims(claims: SessionClaims, now = new Date()): Promise<CurrentUser | null> {
  if (typeof claims.id !== "number" || !sessionAlive(claims, now)) return null;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: claims.id } });
  if (!user || user.disabled || !isRole(user.role) || user.tokenVersion !== claims.tokenVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
