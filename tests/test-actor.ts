import { actorFor, type Actor } from "@/lib/audit/actor";
import { isRole } from "@/lib/auth/roles";

/** The actor a request from `ip` would make for this account, built the way the actions build it. */
export function testActor(user: { id: number; name: string; role: string; email?: string }, ip = "192.0.2.7"): Actor {
  if (!isRole(user.role)) throw new Error(`not a role: ${user.role}`);
  return actorFor({ id: user.id, name: user.name, role: user.role, email: user.email ?? "" }, new Headers({ "x-forwarded-for": ip }));
}
