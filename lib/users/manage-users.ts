import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertPermission } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { getDb, type Db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-error";
import { newUserSchema, passwordSchema, roleSchema } from "./user-input";

// Every function here checks the actor's permission itself, next to the data it changes,
// and writes the change and its audit entry in one transaction.

export async function createUser(actor: Actor | null, input: unknown) {
  assertPermission(actor, "user.manage");
  const data = newUserSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  const db = await getDb();
  if (await db.user.findUnique({ where: { email: data.email } })) {
    throw new ConflictError("Email này đã có tài khoản.");
  }
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: data.email, name: data.name, role: data.role, passwordHash } });
    await recordAudit(tx, actor, {
      action: "user.create",
      targetType: "user",
      targetId: user.id,
      detail: { email: user.email, role: user.role },
    });
    return user;
  });
}

/** Disabling also revokes the account's sessions at once (tokenVersion). */
export async function setUserDisabled(actor: Actor | null, userId: number, disabled: boolean) {
  assertPermission(actor, "user.manage");
  if (userId === actor.id) throw new ConflictError("Bạn không thể tự khóa tài khoản của mình.");
  return changeUser(actor, userId, disabled ? "user.disable" : "user.enable", {
    data: { disabled, ...(disabled ? { tokenVersion: { increment: 1 } } : {}) },
  });
}

/** A new password set by an admin; every session of that account ends. */
export async function resetUserPassword(actor: Actor | null, userId: number, password: unknown) {
  assertPermission(actor, "user.manage");
  const passwordHash = await hashPassword(passwordSchema.parse(password));
  return changeUser(actor, userId, "user.reset-password", {
    data: { passwordHash, tokenVersion: { increment: 1 } },
  });
}

export async function changeUserRole(actor: Actor | null, userId: number, role: unknown) {
  assertPermission(actor, "user.manage");
  const newRole: Role = roleSchema.parse(role);
  // An admin cannot demote themself, so the portal always keeps at least one active admin.
  if (userId === actor.id) throw new ConflictError("Bạn không thể tự đổi vai trò của mình.");
  return changeUser(actor, userId, "user.change-role", {
    data: { role: newRole },
    detail: (before) => ({ from: before.role, to: newRole }),
  });
}

async function changeUser(
  actor: Actor,
  userId: number,
  action: string,
  change: { data: Parameters<Db["user"]["update"]>[0]["data"]; detail?: (before: { role: string }) => Record<string, unknown> },
) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) throw new NotFoundError("Không tìm thấy tài khoản.");
    const user = await tx.user.update({ where: { id: userId }, data: change.data });
    await recordAudit(tx, actor, {
      action,
      targetType: "user",
      targetId: userId,
      detail: { email: before.email, ...change.detail?.(before) },
    });
    return user;
  });
}
