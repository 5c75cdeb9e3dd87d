import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { authOptions } from "./auth-options";
import { can, isRole, type Permission, type Role } from "./roles";

export type CurrentUser = { id: number; email: string; name: string; role: Role };

/**
 * The signed-in user, checked against the database on every call: a disabled account, a
 * changed role or a revoked token (tokenVersion bumped) takes effect at once. Within one
 * page render (layout, page, metadata) it is asked once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const claims = session?.user as { id?: number; tokenVersion?: number } | undefined;
  return claims ? userForClaims(claims) : null;
});

/** The account a session token speaks for, if it is still active and the token not revoked. */
export async function userForClaims(claims: { id?: unknown; tokenVersion?: unknown }): Promise<CurrentUser | null> {
  if (typeof claims.id !== "number") return null;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: claims.id } });
  if (!user || user.disabled || !isRole(user.role) || user.tokenVersion !== claims.tokenVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export class AuthorizationError extends Error {
  constructor(readonly status: 401 | 403) {
    super(status === 401 ? "Bạn cần đăng nhập để thực hiện thao tác này." : "Bạn không có quyền thực hiện thao tác này.");
  }
}

/** For server actions and route handlers: the user, or an AuthorizationError (401/403). */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  assertPermission(user, permission);
  return user;
}

/** For domain functions handed an actor: the same check, next to the data they change. */
export function assertPermission(actor: CurrentUser | null, permission: Permission): asserts actor is CurrentUser {
  if (!actor) throw new AuthorizationError(401);
  if (!can(actor.role, permission)) throw new AuthorizationError(403);
}
