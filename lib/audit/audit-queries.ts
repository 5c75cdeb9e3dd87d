import { assertPermission, type CurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = { area: string | null; userId: number | null; page: number };

/** One page of the audit log, newest first, filtered by area (action prefix) and user. Admins only. */
export async function listAuditEntries(actor: CurrentUser | null, filter: AuditFilter) {
  assertPermission(actor, "audit.read");
  const db = await getDb();
  const where = {
    ...(filter.area ? { action: { startsWith: `${filter.area}.` } } : {}),
    ...(filter.userId ? { userId: filter.userId } : {}),
  };
  const [total, entries] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { user: { select: { name: true, email: true } } },
    }),
  ]);
  return { total, entries };
}
