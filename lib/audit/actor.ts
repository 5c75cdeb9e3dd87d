import type { CurrentUser } from "@/lib/auth/current-user";
import { clientIp } from "@/lib/visitors/client-ip";

/**
 * Who makes a change, as every audit entry records it: the account and the request's address.
 * The address is kept as the client sent it through the trusted proxies (README, security and
 * privacy): the audit log is the staff's security record, and an administrator who finds a
 * stolen session needs the address itself to block it and to match the reverse proxy's logs.
 */
export type Actor = Pick<CurrentUser, "id" | "name" | "role"> & { ip: string };

/** The one place an actor is made: the signed-in user and the request it came with. */
export function actorFor(user: CurrentUser, requestHeaders: Headers): Actor {
  return { id: user.id, name: user.name, role: user.role, ip: clientIp(requestHeaders) };
}
