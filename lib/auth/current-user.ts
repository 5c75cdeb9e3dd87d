import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors/domain-error";
import { authOptions } from "./auth-options";
import { can, type Permission, type Role } from "./roles";
import { userForClaims, type CurrentUser, type SessionClaims } from "./session-user";

export type { CurrentUser };

/**
 * The signed-in user, checked against the server's clock and the database on every call: a
 * session idle or too old, a disabled account, a changed role or a revoked token
 * (tokenVersion bumped) takes effect at once. Within one page render (layout, page,
 * metadata) it is asked once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const claims = session?.user as SessionClaims | undefined;
  return claims ? userForClaims(claims) : null;
});

/** For server actions and route handlers: the user, or an UnauthenticatedError / ForbiddenError. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  assertPermission(user, permission);
  return user;
}

/** For domain functions handed an actor: the same check, next to the data they change. */
export function assertPermission<T extends { role: Role }>(actor: T | null, permission: Permission): asserts actor is T {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor.role, permission)) throw new ForbiddenError();
}
