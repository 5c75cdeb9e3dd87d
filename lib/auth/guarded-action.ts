import { headers } from "next/headers";
import { ZodError } from "zod";
import { clientIp } from "@/lib/visitors/client-ip";
import { DomainError } from "@/lib/errors/domain-error";
import { requirePermission, type CurrentUser } from "./current-user";
import type { Permission } from "./roles";

/** What a form's server action answers: a confirmation or a Vietnamese error to show. */
export type ActionState = { ok?: string; error?: string };

export type ActionContext = { actor: CurrentUser; ip: string };

/**
 * Runs a server action's work only for a signed-in user with `permission`, and turns the
 * expected refusals (not signed in, not allowed, invalid input, conflicts) into a message.
 * Anything else is a bug and is thrown on to the error page.
 */
export async function guardedAction(
  permission: Permission,
  work: (context: ActionContext) => Promise<string>,
): Promise<ActionState> {
  try {
    const actor = await requirePermission(permission);
    return { ok: await work({ actor, ip: clientIp(await headers()) }) };
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message };
    if (error instanceof ZodError) return { error: error.issues[0]?.message ?? "Dữ liệu không hợp lệ." };
    throw error;
  }
}
