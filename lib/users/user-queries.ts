import { assertPermission, type CurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";

const userColumns = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  lastLoginAt: true,
  createdAt: true,
} as const;

/** Every staff account, admins first (users are few: no paging). Admins only. */
export async function listUsers(actor: CurrentUser | null) {
  assertPermission(actor, "user.manage");
  const db = await getDb();
  return db.user.findMany({ select: userColumns, orderBy: [{ disabled: "asc" }, { role: "asc" }, { name: "asc" }] });
}

export async function getUserForAdmin(actor: CurrentUser | null, id: number) {
  assertPermission(actor, "user.manage");
  const db = await getDb();
  return db.user.findUnique({ where: { id }, select: userColumns });
}

export type AdminUserRow = Awaited<ReturnType<typeof listUsers>>[number];
